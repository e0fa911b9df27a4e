//! Type references and identifiers as tokens.

use crate::ir::{Api, TypeDef, TypeKind, TypeRef};
use crate::names;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use rustc_hash::FxHashMap;

/// An identifier, raw when it is a keyword.
pub fn ident(name: &str) -> Ident {
    if names::is_keyword(name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// A path such as `crate::models` or `::generated_client::models` as tokens.
pub fn path(p: &str) -> TokenStream {
    p.parse().expect("module paths are valid Rust")
}

/// The Rust type for a reference; named types are prefixed with `models`.
pub fn type_tokens(ty: &TypeRef, models: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(::std::string::String),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bool => quote!(bool),
        TypeRef::DateTime => prefixed(models, quote!(DateTime)),
        TypeRef::Date => prefixed(models, quote!(Date)),
        TypeRef::Uuid => quote!(::uuid::Uuid),
        TypeRef::Bytes => prefixed(models, quote!(Binary)),
        TypeRef::Base64 => prefixed(models, quote!(Base64)),
        TypeRef::Json => quote!(::serde_json::Value),
        TypeRef::Named(n) => {
            let n = ident(n);
            prefixed(models, quote!(#n))
        }
        TypeRef::Array(inner) => {
            let inner = type_tokens(inner, models);
            quote!(::std::vec::Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, models);
            quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens(inner, models);
            quote!(::std::option::Option<#inner>)
        }
    }
}

/// Named types by name, for lookups while emitting (specs can have thousands of types).
pub struct Index<'a> {
    map: FxHashMap<&'a str, &'a TypeDef>,
}

impl<'a> Index<'a> {
    /// Indexes the API's types.
    pub fn new(api: &'a Api) -> Self {
        Index {
            map: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
        }
    }

    /// The kind of a named type.
    pub fn kind(&self, name: &str) -> Option<&'a TypeKind> {
        self.map.get(name).map(|t| &t.kind)
    }

    /// Follows aliases to the underlying reference.
    pub fn resolve<'b>(&self, ty: &'b TypeRef) -> &'b TypeRef
    where
        'a: 'b,
    {
        let mut current = ty;
        for _ in 0..64 {
            match current {
                TypeRef::Named(n) => match self.kind(n) {
                    Some(TypeKind::Alias(inner)) => current = inner,
                    _ => return current,
                },
                _ => return current,
            }
        }
        current
    }
}

/// `models::name`, or the bare name inside the models module (`models` empty).
fn prefixed(models: &TokenStream, name: TokenStream) -> TokenStream {
    if models.is_empty() {
        name
    } else {
        quote!(#models::#name)
    }
}

/// A parameter value written as one text (not a list or an object).
pub(crate) fn is_scalar(ty: &TypeRef, index: &Index) -> bool {
    match index.resolve(ty) {
        TypeRef::Array(_) | TypeRef::Map(_) => false,
        TypeRef::Named(n) => !matches!(
            index.kind(n),
            Some(TypeKind::Struct(_) | TypeKind::Union(_) | TypeKind::Newtype(_))
        ),
        _ => true,
    }
}

/// A security scheme's name and its runtime kind as tokens (`Bearer`, `ApiKeyQuery("key")`):
/// the runtime's `SchemeKind`, which both sides use.
pub(crate) fn scheme_kind(auth: &crate::ir::Auth) -> (&str, TokenStream) {
    use crate::ir::{Auth, ParamLocation};
    match auth {
        Auth::Bearer { scheme } => (scheme, quote!(Bearer)),
        Auth::Basic { scheme } => (scheme, quote!(Basic)),
        Auth::ApiKey {
            scheme,
            name,
            location,
        } => (
            scheme,
            match location {
                ParamLocation::Query => quote!(ApiKeyQuery(#name)),
                ParamLocation::Cookie => quote!(ApiKeyCookie(#name)),
                _ => quote!(ApiKeyHeader(#name)),
            },
        ),
    }
}

/// The security of an operation as a shared `const` of the runtime's `Auth` (`rt` is the
/// module's runtime): its name, from the schemes (`SECURITY_BEARER_AUTH`,
/// `SECURITY_API_KEY_OR_BASIC`, `OPTIONAL_...` when anonymous calls are allowed), or
/// `rt::Auth::NONE` for an operation that takes no credential.
pub(crate) fn security_ref(op: &crate::ir::Operation) -> TokenStream {
    if op.auth.is_empty() {
        return quote!(rt::Auth::NONE);
    }
    let name = security_name(&op.auth, op.anonymous);
    quote!(#name)
}

fn security_name(auth: &[Vec<crate::ir::Auth>], anonymous: bool) -> proc_macro2::Ident {
    let sets: Vec<String> = auth
        .iter()
        .map(|set| {
            set.iter()
                .map(|a| {
                    crate::names::static_name(scheme_kind(a).0, "")
                        .trim_end_matches('_')
                        .to_owned()
                })
                .collect::<Vec<_>>()
                .join("_AND_")
        })
        .collect();
    let prefix = if anonymous { "OPTIONAL" } else { "SECURITY" };
    ident(&format!("{prefix}_{}", sets.join("_OR_")))
}

/// The security consts the operations use, each once (`rt::Auth` of the module's runtime).
/// They are `allow(dead_code)`: with per-tag features, an operation that uses one may be
/// compiled out.
pub(crate) fn security_consts(api: &crate::ir::Api) -> TokenStream {
    let mut seen = std::collections::BTreeMap::new();
    for op in api.operations.iter().filter(|op| !op.auth.is_empty()) {
        let name = security_name(&op.auth, op.anonymous);
        seen.entry(name.to_string()).or_insert_with(|| {
            let sets = op.auth.iter().map(|set| {
                let schemes = set.iter().map(|a| {
                    let (scheme, kind) = scheme_kind(a);
                    quote!(rt::Scheme { name: #scheme, kind: rt::SchemeKind::#kind })
                });
                quote!(&[#(#schemes),*])
            });
            let anonymous = op.anonymous;
            quote! {
                #[allow(dead_code)]
                const #name: rt::Auth = rt::Auth { requirements: &[#(#sets),*], anonymous: #anonymous };
            }
        });
    }
    let consts = seen.into_values();
    quote!(#(#consts)*)
}
