//! Tokens → formatted source with the generated-file header, in one place.

use proc_macro2::TokenStream;

/// Formats a token stream as a Rust file and puts `header` (comment lines) on top.
///
/// Fails only if the emitters produced tokens that do not parse as a file, which is a bug in
/// the generator; the error says where.
pub fn file(tokens: TokenStream, header: &str) -> Result<String, syn::Error> {
    let mut out = format!("{header}\n");
    out.push_str(&items(tokens)?);
    Ok(out)
}

/// Formats a token stream of items (and inner attributes) without a header: the text of a
/// part of a file. Parts formatted apart and joined read the same as the whole formatted at
/// once, as long as each part is whole items.
pub fn items(tokens: TokenStream) -> Result<String, syn::Error> {
    let mut out = String::new();
    // Items are parsed and printed a batch at a time rather than as one `syn::File`: the
    // syntax tree of a large file (5 MB of server stubs for GitHub's spec) costs more to
    // allocate and drop than to print, and a batch's memory is reused by the next. Each item
    // starts on a fresh line at column 0, so printing batches gives the same text as printing
    // the whole file at once.
    let print = |input: syn::parse::ParseStream| -> syn::Result<()> {
        let mut batch = syn::File {
            shebang: None,
            frontmatter: None,
            attrs: input.call(syn::Attribute::parse_inner)?,
            items: Vec::with_capacity(BATCH),
        };
        while !input.is_empty() {
            batch.items.push(input.parse()?);
            if batch.items.len() == BATCH {
                out.push_str(&prettyplease::unparse(&batch));
                batch.attrs.clear();
                batch.items.clear();
            }
        }
        if !batch.items.is_empty() || !batch.attrs.is_empty() {
            out.push_str(&prettyplease::unparse(&batch));
        }
        Ok(())
    };
    syn::parse::Parser::parse2(print, tokens)?;
    Ok(out)
}

/// Items parsed and printed at a time by [`file`] and [`Items`].
const BATCH: usize = 64;

/// Formats items as an emitter hands them over, a batch at a time: a large file's tokens are
/// never all in memory at once. The text is what [`items`] gives for all of them together.
#[derive(Default)]
pub struct Items {
    text: String,
    batch: TokenStream,
    len: usize,
    error: Option<syn::Error>,
}

impl Items {
    /// Adds one item (or several whole ones).
    pub fn push(&mut self, item: TokenStream) {
        self.batch.extend(item);
        self.len += 1;
        if self.len == BATCH {
            self.flush();
        }
    }

    fn flush(&mut self) {
        self.len = 0;
        let batch = std::mem::take(&mut self.batch);
        if self.error.is_some() {
            return;
        }
        match items(batch) {
            Ok(text) => self.text.push_str(&text),
            Err(e) => self.error = Some(e),
        }
    }

    /// The formatted text of every item pushed, or the first error.
    pub fn finish(mut self) -> Result<String, syn::Error> {
        self.flush();
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.text),
        }
    }
}

/// The header every generated file starts with.
pub fn header(source: &str, command: &str) -> String {
    format!("// @generated from `{source}` by `{command}`. Do not edit by hand.\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{format_ident, quote};

    /// 150 items of the kinds the emitters write (documented structs with long attribute
    /// lists, impls with long expressions, a trait): more than two batches.
    fn item(n: usize) -> TokenStream {
        let name = format_ident!("Thing{n}");
        let doc =
            format!(" Item number {n}, with a description long enough to be wrapped by nobody.");
        quote! {
            #[doc = #doc]
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, Default)]
            pub struct #name { pub a_rather_long_field_name: ::std::option::Option<::std::vec::Vec<::std::string::String>>, pub b: i64 }
            impl #name {
                pub fn total(&self, other: &Self) -> i64 { self.b + other.b + self.a_rather_long_field_name.as_ref().map(|v| v.len() as i64).unwrap_or_default() * 1_000_000 }
            }
        }
    }

    #[test]
    fn parts_formatted_apart_read_as_the_whole_formatted_at_once() {
        let preamble = quote! {
            #![allow(clippy::too_many_arguments)]
            use ::std::fmt;
        };
        let mut whole = preamble.clone();
        (0..150).for_each(|n| whole.extend(item(n)));
        let expected = file(whole, "// header").unwrap();

        // A head and a tail formatted apart and joined.
        let mut head = preamble.clone();
        (0..70).for_each(|n| head.extend(item(n)));
        let mut tail = TokenStream::new();
        (70..150).for_each(|n| tail.extend(item(n)));
        let joined = file(head, "// header").unwrap() + &items(tail).unwrap();
        assert_eq!(joined, expected);

        // Items pushed one at a time, flushed in batches.
        let mut pushed = Items::default();
        pushed.push(preamble);
        (0..150).for_each(|n| pushed.push(item(n)));
        assert_eq!(format!("// header\n{}", pushed.finish().unwrap()), expected);
    }

    #[test]
    fn an_item_that_does_not_parse_is_an_error_after_any_batch() {
        let mut pushed = Items::default();
        (0..100).for_each(|n| pushed.push(item(n)));
        pushed.push(quote!(struct ;));
        (100..130).for_each(|n| pushed.push(item(n)));
        assert!(pushed.finish().is_err());
    }
}
