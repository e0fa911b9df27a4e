//! Models: one Rust type per named IR type, shared by the client and the server.

use super::docs;
use super::features::{Features, gate};
use super::tables::Tables;
use super::types::{Index, ident, type_tokens};
use super::{Detail, Only};
use crate::ir::{self, Api, Param, ParamStyle, Presence, TypeDef, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// The `models` module: every named type and every operation's query type (of those in
/// `only`).
pub fn models(api: &Api, features: &Features, only: Only<'_>) -> TokenStream {
    models_module(api, features, only, Detail::Full)
}

/// [`models`] in as much detail as asked.
pub(crate) fn models_module(
    api: &Api,
    features: &Features,
    only: Only<'_>,
    detail: Detail,
) -> TokenStream {
    let index = Index::new(api);
    let in_params = types_in_params(api, &index);
    let tables = Tables::of(api, &index);
    let mut items = TokenStream::new();
    for def in api.types.iter().filter(|def| only.ty(&def.name)) {
        let item = type_def(def, &index, &in_params, &tables, detail);
        items.extend(gate(&features.ty(&def.name), item));
    }
    module(items, quote!(), detail.body(|| tables.statics()))
}

/// The items of one models crate: the feature it belongs to, its place in that feature's
/// chain of crates (each may use the ones before it), and its types, formatted.
pub struct Part {
    pub feature: usize,
    pub chunk: usize,
    pub items: String,
}

/// About how much code (in tokens) one models crate holds at most, so that no rustc process
/// of a large spec needs much more than a gigabyte.
const PART_TOKENS: usize = 100_000;

/// The models spread over crates: the shared crate holds every type that more than one
/// feature reaches (behind those features' `cfg`), and each feature's crates the types only it
/// reaches (ungated: the crate itself is the feature). A feature with more than
/// [`PART_TOKENS`] of types gets a chain of crates: its types in dependency order, cut where a
/// crate is full, so each crate refers only to the shared crate and the ones before it.
/// Returns the shared crate's items and the parts, by feature and chunk.
pub fn model_parts(api: &Api, features: &Features) -> Result<(String, Vec<Part>), syn::Error> {
    let index = Index::new(api);
    let in_params = types_in_params(api, &index);
    let tables = Tables::of(api, &index);
    // Each type is formatted as soon as it is built (items formatted apart and joined read as
    // formatted together): a large spec's model tokens are never all in memory at once.
    let mut shared = crate::format::Items::default();
    shared.push(tables.statics());
    let mut by_feature: BTreeMap<usize, Vec<(&TypeDef, usize, String)>> = BTreeMap::new();
    for def in &api.types {
        let item = type_def(def, &index, &in_params, &tables, Detail::Full);
        match features.sole_feature(&def.name) {
            Some(f) => {
                let size = token_count(&item);
                let text = crate::format::items(item)?;
                by_feature.entry(f).or_default().push((def, size, text));
            }
            None => shared.push(gate(&features.ty(&def.name), item)),
        }
    }
    let mut parts = Vec::new();
    for (feature, defs) in by_feature {
        for (chunk, items) in chunks(defs).into_iter().enumerate() {
            parts.push(Part {
                feature,
                chunk,
                items,
            });
        }
    }
    Ok((shared.finish()?, parts))
}

/// Cuts one feature's types (each with its size in tokens and its text) into crates of about
/// [`PART_TOKENS`]: strongly connected components (types that refer to each other must share
/// a crate) in dependency order, packed greedily.
fn chunks(defs: Vec<(&TypeDef, usize, String)>) -> Vec<String> {
    let sizes: Vec<usize> = defs.iter().map(|(_, size, _)| *size).collect();
    if sizes.iter().sum::<usize>() <= PART_TOKENS {
        return vec![defs.into_iter().map(|(_, _, text)| text).collect()];
    }
    let position: std::collections::HashMap<&str, usize> = defs
        .iter()
        .enumerate()
        .map(|(i, (def, _, _))| (def.name.as_str(), i))
        .collect();
    let edges: Vec<Vec<usize>> = defs
        .iter()
        .map(|(def, _, _)| {
            def.kind
                .refs()
                .iter()
                .filter_map(|t| t.named().and_then(|n| position.get(n).copied()))
                .collect()
        })
        .collect();
    let mut chunk_of = vec![0; defs.len()];
    let (mut chunk, mut filled) = (0, 0);
    for component in crate::graph::components_in_dependency_order(&edges) {
        let size: usize = component.iter().map(|&i| sizes[i]).sum();
        if filled > 0 && filled + size > PART_TOKENS {
            chunk += 1;
            filled = 0;
        }
        filled += size;
        for i in component {
            chunk_of[i] = chunk;
        }
    }
    let mut out = vec![String::new(); chunk + 1];
    for (i, (_, _, text)) in defs.into_iter().enumerate() {
        out[chunk_of[i]].push_str(&text);
    }
    out
}

fn token_count(tokens: &TokenStream) -> usize {
    tokens
        .clone()
        .into_iter()
        .map(|t| match t {
            proc_macro2::TokenTree::Group(g) => 1 + token_count(&g.stream()),
            _ => 1,
        })
        .sum()
}

/// A models module with its items; `imports` brings in types of other crates, `tables` the
/// constraint tables (in the crate holding the shared models).
pub(super) fn module(items: TokenStream, imports: TokenStream, tables: TokenStream) -> TokenStream {
    let mut tokens = quote! {
        //! Types of the API's schemas and query parameters, shared by the client and the server.
        // Names, sizes and arities come from the spec (`foo`, `from_template`, forty fields),
        // so the lints that judge them are the spec's business, not the crate's.
        #![allow(clippy::derivable_impls, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::disallowed_names, clippy::too_many_arguments, clippy::large_enum_variant, clippy::enum_variant_names, clippy::should_implement_trait, clippy::wrong_self_convention, clippy::type_complexity)]

        pub use crate::rt::primitives::{Base64, Binary, Date, DateTime, UnknownValue};
        #[allow(unused_imports)]
        use crate::rt::primitives as rt;
        #imports

        #tables
    };
    // Moved rather than interpolated: `#items` would copy a large spec's models once more.
    tokens.extend(items);
    tokens
}

/// Named structs written as parameters in a style (they need `ParamValue`), with the structs
/// they hold (`deepObject` nests them).
pub(super) fn types_in_params(api: &Api, index: &Index) -> BTreeSet<String> {
    fn visit(ty: &TypeRef, index: &Index, out: &mut BTreeSet<String>) {
        match index.resolve(ty) {
            TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
                visit(inner, index, out)
            }
            TypeRef::Named(n) => {
                let children: Vec<&TypeRef> = match index.kind(n) {
                    Some(TypeKind::Struct(s)) => s.fields.iter().map(|f| &f.ty).collect(),
                    Some(TypeKind::Union(u)) if u.is_scalar(&|n| index.kind(n)) => {
                        u.variants.iter().map(|v| &v.ty).collect()
                    }
                    _ => return,
                };
                if out.insert(n.clone()) {
                    for t in children {
                        visit(t, index, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    for op in api.operations.iter().chain(&api.webhooks) {
        let bodies = op.body.iter().map(|b| &b.content).chain(
            op.responses
                .iter()
                .chain(&op.default_response)
                .filter_map(|r| r.body.as_ref()),
        );
        for body in bodies {
            if let ir::BodyContent::Form(t) = body {
                if form_ready(t, index) {
                    visit(t, index, &mut out);
                }
            }
        }
        for p in op
            .path_params
            .iter()
            .chain(&op.query_params)
            .chain(&op.header_params)
            .chain(&op.cookie_params)
            .filter(|p| p.style != ParamStyle::Json)
        {
            visit(&p.ty, index, &mut out);
        }
    }
    out
}

fn type_def(
    def: &TypeDef,
    index: &Index,
    in_params: &BTreeSet<String>,
    tables: &Tables,
    detail: Detail,
) -> TokenStream {
    let name = ident(&def.name);
    let doc = detail.docs(|| docs::attrs(&def.docs, &format!("`{}`.", def.name)));
    let deprecated = def.docs.deprecated.then(|| quote!(#[deprecated]));
    let param_value = match &def.kind {
        TypeKind::Struct(st) if in_params.contains(&def.name) => {
            Some(param_value(&name, st, index))
        }
        TypeKind::Union(u) if in_params.contains(&def.name) => {
            Some(union_param_value(&name, u, index))
        }
        _ => None,
    };
    let body = match &def.kind {
        TypeKind::Struct(s) => structure(&name, s, index, detail),
        TypeKind::Enum(e) => enumeration(&name, e),
        TypeKind::Union(u) => union(&name, u),
        TypeKind::Alias(ty) => {
            let ty = type_tokens(ty, &TokenStream::new());
            quote! { pub type #name = #ty; }
        }
        TypeKind::Newtype(ty) => {
            let ty = type_tokens(ty, &TokenStream::new());
            quote! {
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #ty);
            }
        }
        TypeKind::Query(params) => query(&name, params, index, tables, detail),
        // The user's type, under the schema's name: generated code names the alias, so the
        // user's type is used wherever the schema appears.
        TypeKind::User(u) => {
            let path = super::types::path(&u.path);
            let args = u
                .parameters
                .iter()
                .map(|t| type_tokens(t, &TokenStream::new()));
            let args = if u.parameters.is_empty() {
                quote!()
            } else {
                quote!(<#(#args),*>)
            };
            quote! { pub type #name = #path #args; }
        }
    };
    quote! { #doc #deprecated #body #param_value }
}

/// A union of scalars as a parameter value: written as the alternative it holds; read by
/// trying the alternatives from the most to the least particular (numbers and booleans
/// before enums and text, which accept more).
fn union_param_value(name: &proc_macro2::Ident, u: &ir::Union, index: &Index) -> TokenStream {
    let rank = |t: &TypeRef| match index.resolve(t) {
        TypeRef::Bool => 0,
        TypeRef::I32 | TypeRef::I64 => 1,
        TypeRef::F32 | TypeRef::F64 => 2,
        TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid => 3,
        TypeRef::Named(n) if matches!(index.kind(n), Some(TypeKind::Union(_))) => 4,
        TypeRef::Named(_) => 5,
        _ => 6,
    };
    let mut order: Vec<&ir::UnionVariant> = u.variants.iter().collect();
    order.sort_by_key(|v| rank(&v.ty));
    // `match self` arms that hand the held value to one `QueryValue` method.
    let arms = |method: TokenStream| -> Vec<TokenStream> {
        u.variants
            .iter()
            .map(|v| {
                let vname = ident(&v.name);
                let held = if v.boxed { quote!(&**v) } else { quote!(v) };
                quote!(#name::#vname(v) => crate::rt::primitives::QueryValue::#method(#held),)
            })
            .collect()
    };
    let (to_query, number, text) = (
        arms(quote!(to_query)),
        arms(quote!(number)),
        arms(quote!(text)),
    );
    let tries = order.iter().map(|v| {
        let vname = ident(&v.name);
        let wrap = if v.boxed {
            quote!(#name::#vname(::std::boxed::Box::new(v)))
        } else {
            quote!(#name::#vname(v))
        };
        quote! {
            if let ::std::result::Result::Ok(v) = crate::rt::primitives::QueryValue::from_query(s) {
                return ::std::result::Result::Ok(#wrap);
            }
        }
    });
    let expected = format!(
        "must be one of: {}",
        u.variants
            .iter()
            .map(|v| v.name.to_lowercase())
            .collect::<Vec<_>>()
            .join(", ")
    );
    quote! {
        impl crate::rt::primitives::QueryValue for #name {
            fn to_query(&self) -> ::std::string::String {
                match self {
                    #(#to_query)*
                    #name::Other(v) => crate::rt::primitives::QueryValue::to_query(v),
                }
            }
            fn from_query(s: &str) -> ::std::result::Result<Self, ::std::string::String> {
                #(#tries)*
                ::std::result::Result::Err(#expected.to_owned())
            }
            fn number(&self) -> ::std::option::Option<f64> {
                match self {
                    #(#number)*
                    #name::Other(_) => ::std::option::Option::None,
                }
            }
            fn text(&self) -> ::std::option::Option<&str> {
                match self {
                    #(#text)*
                    #name::Other(_) => ::std::option::Option::None,
                }
            }
        }
    }
}

/// A struct as a parameter value: an object whose members are its fields.
fn param_value(name: &proc_macro2::Ident, s: &ir::Struct, index: &Index) -> TokenStream {
    let keys = s.fields.iter().map(|f| &f.name.wire);
    let writes = s.fields.iter().map(|f| {
        let n = ident(&f.name.rust);
        let wire = &f.name.wire;
        let mut value = match f.presence {
            Presence::Required => quote!(::std::option::Option::Some(&self.#n)),
            Presence::Optional | Presence::RequiredNullable => quote!(self.#n.as_ref()),
            Presence::OptionalNullable => {
                quote!(self.#n.as_ref().and_then(::std::option::Option::as_ref))
            }
        };
        if f.boxed {
            value = quote!(#value.map(|b| &**b));
        }
        if f.read_only || f.write_only {
            let omit = if f.read_only {
                quote!(omit_read_only)
            } else {
                quote!(omit_write_only)
            };
            return quote! {
                if !crate::rt::primitives::#omit(&self.#n) {
                    crate::rt::primitives::member(&mut members, #wire, #value);
                }
            };
        }
        quote! { crate::rt::primitives::member(&mut members, #wire, #value); }
    });
    let reads = s.fields.iter().map(|f| {
        let n = ident(&f.name.rust);
        let wire = &f.name.wire;
        let boxed = f.boxed.then(|| quote!(.map(::std::boxed::Box::new)));
        let default = default_fn(name, f, s, index).map(|(path, _)| {
            let path: TokenStream = path.parse().unwrap_or_default();
            quote!(.or_else(#path))
        });
        match f.presence {
            Presence::Required => quote! { #n: members.require(#wire)#boxed?, },
            Presence::Optional => quote! { #n: members.take(#wire)?#boxed #default, },
            Presence::RequiredNullable => quote! { #n: members.take(#wire)?#boxed, },
            Presence::OptionalNullable => {
                quote! { #n: members.take(#wire)?#boxed.map(::std::option::Option::Some), }
            }
        }
    });
    quote! {
        impl crate::rt::primitives::ParamValue for #name {
            const SHAPE: crate::rt::primitives::Shape = crate::rt::primitives::Shape::Object;
            const KEYS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(&[#(#keys),*]);
            fn to_tree(&self) -> crate::rt::primitives::ParamTree {
                let mut members = ::std::vec::Vec::new();
                #(#writes)*
                crate::rt::primitives::ParamTree::Object(members)
            }
            fn from_tree(tree: crate::rt::primitives::ParamTree) -> ::std::result::Result<Self, ::std::string::String> {
                let mut members = crate::rt::primitives::Members::of(tree)?;
                let value = Self { #(#reads)* };
                members.finish()?;
                ::std::result::Result::Ok(value)
            }
        }
    }
}

fn field_type(f: &ir::Field) -> TokenStream {
    let mut ty = type_tokens(&f.ty, &TokenStream::new());
    if f.boxed {
        ty = quote!(::std::boxed::Box<#ty>);
    }
    match f.presence {
        Presence::Required => ty,
        Presence::Optional | Presence::RequiredNullable => quote!(::std::option::Option<#ty>),
        Presence::OptionalNullable => quote!(::std::option::Option<::std::option::Option<#ty>>),
    }
}

fn field_docs(f: &ir::Field) -> TokenStream {
    let mut d = f.docs.clone();
    let mut notes = Vec::new();
    match f.presence {
        Presence::RequiredNullable => notes.push("Always sent; `None` means `null`.".to_owned()),
        Presence::OptionalNullable => notes.push(
            "`None`: left out; `Some(None)`: sent as `null`; `Some(Some(v))`: sent as `v`."
                .to_owned(),
        ),
        _ => {}
    }
    if f.read_only {
        notes.push("Read-only: sent by the server, ignored in requests.".to_owned());
    }
    if f.write_only {
        notes.push("Write-only: sent in requests, never returned.".to_owned());
    }
    if let Some(v) = &f.default {
        notes.push(format!("Defaults to `{v}`."));
    }
    if f.sensitive {
        notes.push("Secret: hidden from `Debug` output.".to_owned());
    }
    if d.deprecated {
        notes.push("**Deprecated.**".to_owned());
    }
    docs::with_notes(&mut d, &notes);
    docs::attrs(&d, &format!("`{}`.", f.name.wire))
}

fn structure(
    name: &proc_macro2::Ident,
    s: &ir::Struct,
    index: &Index,
    detail: Detail,
) -> TokenStream {
    let mut scope = crate::names::Scope::new();
    for f in &s.fields {
        scope.claim(f.name.rust.clone());
    }
    let extra_name = ident(&scope.claim("additional_properties".to_owned()));
    let fields = s.fields.iter().map(|f| {
        let fname = ident(&f.name.rust);
        let wire = &f.name.wire;
        let rename = (f.name.rust != *wire).then(|| quote!(#[serde(rename = #wire)]));
        let skip = if f.read_only {
            "crate::rt::primitives::omit_read_only"
        } else if f.write_only {
            "crate::rt::primitives::omit_write_only"
        } else {
            "::std::option::Option::is_none"
        };
        // Serialization only: reading is `deserialize`'s, below.
        let presence = match f.presence {
            Presence::Optional => quote!(#[serde(skip_serializing_if = #skip)]),
            Presence::OptionalNullable => quote!(
                #[serde(skip_serializing_if = #skip, serialize_with = "crate::rt::primitives::double_option::serialize")]
            ),
            Presence::Required | Presence::RequiredNullable => quote!(),
        };
        let ty = field_type(f);
        let doc = detail.docs(|| field_docs(f));
        quote! { #doc #rename #presence pub #fname: #ty, }
    });
    let extra = s.additional.as_ref().map(|t| {
        let ty = type_tokens(t, &TokenStream::new());
        quote! {
            /// Properties not named in the schema.
            #[serde(flatten)]
            pub #extra_name: ::std::collections::BTreeMap<::std::string::String, #ty>,
        }
    });
    let sensitive = s.fields.iter().any(|f| f.sensitive);
    let all_optional = s
        .fields
        .iter()
        .all(|f| !matches!(f.presence, Presence::Required));
    let mut derives = vec![quote!(Clone), quote!(PartialEq), quote!(::serde::Serialize)];
    if !sensitive {
        derives.insert(0, quote!(Debug));
    }
    if all_optional {
        derives.push(quote!(Default));
    }
    let debug = sensitive.then(|| {
        let name_str = name.to_string();
        let entries = s.fields.iter().map(|f| {
            let fname = ident(&f.name.rust);
            let label = &f.name.rust;
            if f.sensitive {
                quote!(.field(#label, &crate::rt::primitives::Redacted))
            } else {
                quote!(.field(#label, &self.#fname))
            }
        });
        let extra_entry = s.additional.as_ref().map(|_| {
            let label = extra_name.to_string();
            quote!(.field(#label, &self.#extra_name))
        });
        quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#name_str) #(#entries)* #extra_entry .finish()
                }
            }
        }
    });
    let defaults: Vec<TokenStream> = s
        .fields
        .iter()
        .filter(|f| f.presence == Presence::Optional)
        .filter_map(|f| default_fn(name, f, s, index).map(|(_, item)| item))
        .collect();
    let defaults = (!defaults.is_empty()).then(|| {
        quote! {
            /// The spec's defaults, filled in when a field is absent.
            impl #name { #(#defaults)* }
        }
    });
    let deserialize = deserialize(name, s, index, &extra_name);
    quote! {
        #[derive(#(#derives),*)]
        pub struct #name {
            #(#fields)*
            #extra
        }
        #debug
        #defaults
        #deserialize
    }
}

/// A struct's `Deserialize`: the runtime's `object!` with each field's index among the wire
/// names, its name, its wire name when that differs, and how it is filled in when absent.
/// (serde's derive writes several times the code, which was most of a models module's build
/// time.) It accepts what the derive accepted: unknown keys skipped or kept, repeated keys and
/// missing required fields refused, missing `Option` fields `None`.
fn deserialize(
    name: &proc_macro2::Ident,
    s: &ir::Struct,
    index: &Index,
    extra_name: &proc_macro2::Ident,
) -> TokenStream {
    let fields = s.fields.iter().enumerate().map(|(i, f)| {
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        let field = ident(&f.name.rust);
        let wire = &f.name.wire;
        // `stringify!` spells the name as written, so a raw identifier gives its wire name.
        let wire = (field != wire).then(|| quote!((#wire)));
        let kind = match f.presence {
            Presence::Required => quote!(required),
            Presence::OptionalNullable => quote!(nullable),
            Presence::Optional => match default_fn(name, f, s, index) {
                Some(_) => {
                    let fn_name = default_fn_name(f);
                    quote!(optional = #fn_name)
                }
                None => quote!(optional),
            },
            // serde's reading too: a missing field of an `Option` type is `None`.
            Presence::RequiredNullable => quote!(optional),
        };
        quote!(#i #field #wire #kind)
    });
    let extra = s.additional.as_ref().map(|_| quote!(+ #extra_name));
    quote! {
        crate::rt::primitives::object!(#name { #(#fields),* } #extra);
    }
}

/// The function called for an absent field with a spec `default` (not in PATCH bodies,
/// where absent means "unchanged"): its path and its definition.
fn default_fn(
    name: &proc_macro2::Ident,
    f: &ir::Field,
    s: &ir::Struct,
    index: &Index,
) -> Option<(String, TokenStream)> {
    let value = f.default.as_ref().filter(|v| !v.is_null())?;
    if s.patch || f.boxed {
        return None;
    }
    let fn_name = default_fn_name(f);
    let ty = type_tokens(&f.ty, &TokenStream::new());
    let json = serde_json::to_string(value).ok()?;
    let body = match (index.resolve(&f.ty), value) {
        (TypeRef::String, serde_json::Value::String(text)) => {
            quote!(::std::option::Option::Some(#text.to_owned()))
        }
        (TypeRef::I64, serde_json::Value::Number(n)) if n.is_i64() => {
            let lit = proc_macro2::Literal::i64_suffixed(n.as_i64()?);
            quote!(::std::option::Option::Some(#lit))
        }
        (TypeRef::I32, serde_json::Value::Number(n))
            if n.as_i64().is_some_and(|v| i32::try_from(v).is_ok()) =>
        {
            let lit = proc_macro2::Literal::i32_suffixed(n.as_i64()? as i32);
            quote!(::std::option::Option::Some(#lit))
        }
        (TypeRef::Bool, serde_json::Value::Bool(b)) => quote!(::std::option::Option::Some(#b)),
        (TypeRef::Named(n), serde_json::Value::String(text))
            if matches!(index.kind(n), Some(TypeKind::Enum(_))) =>
        {
            quote!(::std::option::Option::Some(#ty::from(#text)))
        }
        // Anything else is read from its JSON (`None` if it does not fit the type).
        _ => quote!(::serde_json::from_str(#json).ok()),
    };
    let doc = format!(" `{}` when absent: `{json}`.", f.name.wire);
    Some((
        format!("{name}::{fn_name}"),
        quote! {
            #[doc = #doc]
            fn #fn_name() -> ::std::option::Option<#ty> { #body }
        },
    ))
}

fn default_fn_name(f: &ir::Field) -> proc_macro2::Ident {
    format_ident!("default_{}", f.name.rust.trim_start_matches("r#"))
}

/// An open enum: the variants here, the shared behaviour from the runtime's `open_enum!`.
fn enumeration(name: &proc_macro2::Ident, e: &ir::Enum) -> TokenStream {
    let variants: Vec<_> = e.variants.iter().map(|v| ident(&v.rust)).collect();
    let wires: Vec<&String> = e.variants.iter().map(|v| &v.wire).collect();
    let variant_docs = wires.iter().map(|w| format!(" `{w}`"));
    quote! {
        /// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
        /// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #( #[doc = #variant_docs] #variants, )*
            /// A value this code does not know yet (a newer server may send one), kept as sent
            /// and readable with `as_str`; opaque, so no code depends on a value that a later
            /// spec may name.
            Unknown(crate::rt::primitives::UnknownValue),
        }

        crate::rt::primitives::open_enum!(#name { #( #variants = #wires ),* });
    }
}

fn union(name: &proc_macro2::Ident, u: &ir::Union) -> TokenStream {
    let variant_defs = u.variants.iter().map(|v| {
        let vname = ident(&v.name);
        let mut ty = type_tokens(&v.ty, &TokenStream::new());
        if v.boxed {
            ty = quote!(::std::boxed::Box<#ty>);
        }
        let doc = if v.tags.is_empty() {
            let article = if v.name.starts_with(['A', 'E', 'I', 'O', 'U']) {
                "An"
            } else {
                "A"
            };
            format!(" {article} `{}`.", v.name)
        } else {
            format!(
                " Selected by `{}` = {}.",
                u.discriminator.as_deref().unwrap_or(""),
                v.tags
                    .iter()
                    .map(|t| format!("`{t}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        quote! { #[doc = #doc] #vname(#ty), }
    });
    match &u.discriminator {
        None => quote! {
            #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
            #[serde(untagged)]
            pub enum #name {
                #(#variant_defs)*
                /// A value matching none of the alternatives, kept as JSON.
                Other(::serde_json::Value),
            }
        },
        Some(prop) => {
            let arms = u.variants.iter().map(|v| {
                let vname = ident(&v.name);
                let tags = &v.tags;
                let wrap = if v.boxed {
                    quote!(|v| #name::#vname(::std::boxed::Box::new(v)))
                } else {
                    quote!(#name::#vname)
                };
                quote! {
                    #( ::std::option::Option::Some(#tags) )|* => entries.read().map(#wrap),
                }
            });
            quote! {
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
                #[serde(untagged)]
                pub enum #name {
                    #(#variant_defs)*
                    /// A value whose discriminator this code does not know, kept as JSON.
                    Unknown(::serde_json::Value),
                }

                impl<'de> crate::rt::primitives::Tagged<'de> for #name {
                    const PROPERTY: &'static str = #prop;
                    fn variant<M: ::serde::de::MapAccess<'de>>(entries: crate::rt::primitives::Replay<'de, M>) -> ::std::result::Result<Self, M::Error> {
                        match entries.tag() {
                            #(#arms)*
                            _ => entries.read().map(#name::Unknown),
                        }
                    }
                    fn other(value: ::serde_json::Value) -> Self {
                        #name::Unknown(value)
                    }
                }

                impl<'de> ::serde::Deserialize<'de> for #name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        crate::rt::primitives::deserialize_tagged(deserializer)
                    }
                }
            }
        }
    }
}

/// Whether a form body's type has a form encoding: an object whose fields are scalars, lists
/// of scalars, maps of scalars or such objects (written `a[b]=c`).
pub(crate) fn form_ready(ty: &TypeRef, index: &Index) -> bool {
    fn scalar(t: &TypeRef, index: &Index) -> bool {
        match t {
            TypeRef::Array(_) | TypeRef::Map(_) | TypeRef::Nullable(_) => false,
            TypeRef::Named(n) => matches!(index.kind(n), Some(TypeKind::Enum(_))),
            _ => true,
        }
    }
    fn object(ty: &TypeRef, index: &Index, depth: u8) -> bool {
        match index.resolve(ty) {
            TypeRef::Map(inner) => scalar(index.resolve(inner), index),
            TypeRef::Named(n) => match index.kind(n) {
                Some(TypeKind::Struct(s)) if s.additional.is_none() && depth < 8 => {
                    s.fields.iter().all(|f| {
                        let t = index.resolve(&f.ty);
                        match t {
                            TypeRef::Array(inner) => scalar(index.resolve(inner), index),
                            _ if scalar(t, index) => true,
                            _ => object(t, index, depth + 1),
                        }
                    })
                }
                _ => false,
            },
            _ => false,
        }
    }
    matches!(index.resolve(ty), TypeRef::Named(_)) && object(ty, index, 0)
}

/// The runtime's `Style` for a parameter (`prefix` is the path to the primitives module).
pub(crate) fn style_tokens(style: ParamStyle, prefix: &TokenStream) -> TokenStream {
    let v = match style {
        ParamStyle::Form | ParamStyle::Json => quote!(Form),
        ParamStyle::SpaceDelimited => quote!(SpaceDelimited),
        ParamStyle::PipeDelimited => quote!(PipeDelimited),
        ParamStyle::DeepObject => quote!(DeepObject),
        ParamStyle::Simple => quote!(Simple),
        ParamStyle::Label => quote!(Label),
        ParamStyle::Matrix => quote!(Matrix),
    };
    quote!(#prefix::Style::#v)
}

/// The spec's default of a parameter, as an expression of type `Option<T>`.
pub(crate) fn param_default(p: &Param, prefix: &TokenStream) -> Option<TokenStream> {
    let json = serde_json::to_string(p.default.as_ref()?).ok()?;
    Some(if p.style == ParamStyle::Json {
        quote!(::serde_json::from_str(#json).ok())
    } else {
        quote!(#prefix::default_param(#json))
    })
}

/// The Rust type of a parameter value (arrays as `Vec`), without `Option`.
pub(crate) fn param_value_type(p: &Param, models: &TokenStream) -> TokenStream {
    type_tokens(&p.ty, models)
}

/// A query type: the typed struct users build, its parameters as a `static` table of
/// `rt::Param` (name, style, explode, rules), and three short methods that hand each field to
/// the runtime with its table entry.
fn query(
    name: &proc_macro2::Ident,
    params: &[Param],
    index: &Index,
    tables: &Tables,
    detail: Detail,
) -> TokenStream {
    let wires: Vec<&String> = params.iter().map(|p| &p.name.wire).collect();
    let fields = params.iter().map(|p| {
        let fname = ident(&p.name.rust);
        let ty = param_value_type(p, &TokenStream::new());
        let ty = if p.required {
            ty
        } else {
            quote!(::std::option::Option<#ty>)
        };
        let doc = detail.docs(|| {
            let mut d = p.docs.clone();
            let mut notes = Vec::new();
            if p.name.wire != p.name.rust {
                notes.push(format!("Sent as `{}`.", p.name.wire));
            }
            if let Some(v) = &p.default {
                notes.push(format!("The server's default is `{v}`."));
            }
            if d.deprecated {
                notes.push("**Deprecated.**".to_owned());
            }
            docs::with_notes(&mut d, &notes);
            docs::attrs(&d, &format!("`{}`.", p.name.wire))
        });
        quote! { #doc pub #fname: #ty, }
    });
    let prims = quote!(rt);
    let table = ident(&crate::names::static_name(&name.to_string(), "PARAMS"));
    let n = proc_macro2::Literal::usize_unsuffixed(params.len());
    let query_name = name.to_string();
    let entries = params.iter().enumerate().map(|(i, p)| {
        let wire = &p.name.wire;
        let style = style_tokens(p.style, &prims);
        let explode = p.explode;
        let (rules, _) = tables.param_rules(&query_name, i);
        quote! { #prims::Param(#wire, #style, #explode, #rules), }
    });
    // Each field beside its entry: `let [p_a, p_b] = &TABLE;`.
    // A field may start with `_` (`_1_property`); `p_` + it would not be snake case, and
    // `_x` beside `x` would give one name twice, so those fall back to positions.
    let mut locals: Vec<proc_macro2::Ident> = params
        .iter()
        .map(|p| {
            let field = p.name.rust.trim_start_matches("r#");
            format_ident!("p_{}", field.trim_start_matches('_'))
        })
        .collect();
    let distinct: BTreeSet<String> = locals.iter().map(|l| l.to_string()).collect();
    if distinct.len() != locals.len() {
        locals = (0..params.len()).map(|i| format_ident!("p{i}")).collect();
    }
    let value = |p: &Param| {
        let fname = ident(&p.name.rust);
        if p.required {
            quote!(::std::option::Option::Some(&self.#fname))
        } else {
            quote!(self.#fname.as_ref())
        }
    };
    let writes = params.iter().zip(&locals).map(|(p, local)| {
        let v = value(p);
        if p.style == ParamStyle::Json {
            quote! { #prims::write_json_param(&mut pairs, #local, #v)?; }
        } else {
            quote! { #prims::write_param(&mut pairs, #local, #v)?; }
        }
    });
    // An exploded object without fixed keys (a map) takes every pair no other parameter
    // claims, so it is read last.
    let mut order: Vec<(&Param, &proc_macro2::Ident)> = params.iter().zip(&locals).collect();
    order.sort_by_key(|(p, _)| {
        p.explode && p.style == ParamStyle::Form && matches!(index.resolve(&p.ty), TypeRef::Map(_))
    });
    let reads = order.iter().map(|(p, local)| {
        let fname = ident(&p.name.rust);
        let read = if p.style == ParamStyle::Json {
            quote!(#prims::read_json_param(pairs, &mut used, #local)?)
        } else {
            quote!(#prims::read_param(pairs, &mut used, #local)?)
        };
        let wire = &p.name.wire;
        match (p.required, param_default(p, &prims)) {
            (true, _) => quote! { let #fname = #prims::required(#wire, #read)?; },
            (false, Some(default)) => quote! { let #fname = #read.or_else(|| #default); },
            (false, None) => quote! { let #fname = #read; },
        }
    });
    let field_names = params.iter().map(|p| ident(&p.name.rust));
    // `validate` binds only the entries of parameters with rules.
    let checked: Vec<bool> = (0..params.len())
        .map(|i| tables.param_rules(&query_name, i).1)
        .collect();
    let checks = params
        .iter()
        .zip(&locals)
        .zip(&checked)
        .filter(|(_, c)| **c)
        .map(|((p, local), _)| {
            let fname = ident(&p.name.rust);
            quote! { #prims::check_param(#local, &self.#fname)?; }
        });
    let bound = locals
        .iter()
        .zip(&checked)
        .map(|(local, c)| if *c { quote!(#local) } else { quote!(_) });
    let bind_checked = checked
        .iter()
        .any(|c| *c)
        .then(|| quote! { let [#(#bound),*] = &#table; });
    let sensitive = params.iter().any(|p| p.sensitive);
    let debug = if sensitive {
        let name_str = name.to_string();
        let entries = params.iter().map(|p| {
            let fname = ident(&p.name.rust);
            let label = &p.name.rust;
            if p.sensitive {
                quote!(.field(#label, &crate::rt::primitives::Redacted))
            } else {
                quote!(.field(#label, &self.#fname))
            }
        });
        quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.debug_struct(#name_str) #(#entries)* .finish()
                }
            }
        }
    } else {
        quote!()
    };
    let mut derives = vec![quote!(Clone), quote!(PartialEq)];
    if !sensitive {
        derives.insert(0, quote!(Debug));
    }
    if params.iter().all(|p| !p.required) {
        derives.push(quote!(Default));
    }
    let table_doc =
        format!(" The parameters of [`{name}`]: how each is written and what it must satisfy.");
    quote! {
        #[derive(#(#derives),*)]
        pub struct #name {
            #(#fields)*
        }

        #debug

        #[doc = #table_doc]
        static #table: [#prims::Param; #n] = [#(#entries)*];

        impl #name {
            /// The parameter names, as sent.
            pub const PARAMETERS: &'static [&'static str] = &[#(#wires),*];

            /// The query as decoded `(name, value)` pairs, in spec order, each parameter written
            /// in its style; a list item holding its style's delimiter is refused.
            #[inline]
            pub fn to_pairs(&self) -> ::std::result::Result<::std::vec::Vec<(::std::string::String, ::std::string::String)>, #prims::QueryError> {
                let [#(#locals),*] = &#table;
                let mut pairs = ::std::vec::Vec::new();
                #(#writes)*
                Ok(pairs)
            }

            /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
            /// parameters with a spec default get it; unknown names, bad values and missing
            /// required parameters are errors naming the parameter.
            #[inline]
            pub fn from_pairs(pairs: &[(::std::string::String, ::std::string::String)]) -> ::std::result::Result<Self, #prims::QueryError> {
                let [#(#locals),*] = &#table;
                let mut used = ::std::vec![false; pairs.len()];
                #(#reads)*
                #prims::reject_unused(pairs, &used, Self::PARAMETERS)?;
                Ok(Self { #(#field_names),* })
            }

            /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
            /// patterns).
            #[inline]
            pub fn validate(&self) -> ::std::result::Result<(), #prims::QueryError> {
                #bind_checked
                #(#checks)*
                Ok(())
            }
        }
    }
}
