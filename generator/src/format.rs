//! Tokens → formatted source with the generated-file header, in one place.

use proc_macro2::TokenStream;

/// Formats a token stream as a Rust file and puts `header` (comment lines) on top.
///
/// Fails only if the emitters produced tokens that do not parse as a file, which is a bug in
/// the generator; the error says where.
pub fn file(tokens: TokenStream, header: &str) -> Result<String, syn::Error> {
    let parsed: syn::File = syn::parse2(tokens)?;
    let body = prettyplease::unparse(&parsed);
    Ok(format!("{header}\n{body}"))
}

/// The header every generated file starts with.
pub fn header(source: &str, command: &str) -> String {
    format!("// @generated from `{source}` by `{command}`. Do not edit by hand.\n")
}
