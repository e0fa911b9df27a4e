//! The command-line client: the runtime's `cli::Program` as data. One `Operation` per
//! operation of the spec (subcommand, arguments, body, credentials, pagination) and, where the
//! models can check what a user typed, a pointer to that check (the query type's own reading
//! and writing of the pairs, the body model's decoding). Parsing, sending and printing live in
//! the runtime, so a CLI for a thousand operations is a table, not a thousand functions.

use super::features::Features;
use super::models::{form_ready, style_tokens};
use super::types::{Index, path, security_consts, security_ref, type_tokens};
use crate::ir::{
    self, Api, BodyContent, Operation, Param, ParamLocation, PartKind, PathSegment, TypeKind,
    TypeRef,
};
use crate::names::Scope;
use heck::{ToKebabCase, ToShoutySnakeCase};
use proc_macro2::TokenStream;
use quote::quote;

/// Flags every subcommand has (or the program has globally); parameters get other names.
const RESERVED: &[&str] = &[
    "base-url", "verbose", "help", "version", "output", "all", "body", "token",
];

/// The `cli` module of a crate whose models are at `models` and whose client's runtime is
/// `crate::rt`. `program` is the binary's name (its environment variables are named after it).
pub fn cli(api: &Api, models: &str, program: &str, features: &Features) -> TokenStream {
    let models = path(models);
    let index = Index::new(api);
    let prefix = program.to_shouty_snake_case();
    let credentials = credentials(api, &prefix);
    let credential_flags: Vec<String> = credentials.iter().map(|c| c.flag.clone()).collect();
    let mut commands = Scope::with_reserved(&["help", "completions"]);
    let operations = api.operations.iter().map(|op| {
        let cfg = features.op(op);
        let command = commands.claim(op.name.wire.to_kebab_case());
        let table = operation(op, &command, &models, &index, &credential_flags);
        quote!(#cfg #table)
    });
    let credential_items = credentials.iter().map(|c| {
        let (flag, env, help, kind) = (&c.flag, &c.env, &c.help, &c.kind);
        quote!(rt::Credential { flag: #flag, env: #env, help: #help, kind: rt::CredentialKind::#kind })
    });
    let security = security_consts(api);
    let about = one_line(&api.title);
    // The first server the spec names with an absolute URL is the default base URL.
    let base_url = match api
        .servers
        .iter()
        .find(|u| (u.starts_with("https://") || u.starts_with("http://")) && !u.contains('{'))
    {
        Some(url) => quote!(::std::option::Option::Some(#url)),
        None => quote!(::std::option::Option::None),
    };
    let doc =
        format!(" The `{program}` command-line client: one subcommand per operation of the API.");
    quote! {
        #![doc = #doc]
        //!
        //! A table for the runtime's `cli` module, which builds the `clap` commands, sends the
        //! requests and prints the answers; run the binary with `--help` for its usage.
        #![allow(clippy::needless_borrow)]

        #[allow(unused_imports)]
        use crate::rt::cli as rt;

        #security

        /// The program: its global flags and every operation.
        pub static PROGRAM: rt::Program = rt::Program {
            name: #program,
            version: ::std::env!("CARGO_PKG_VERSION"),
            about: #about,
            env_prefix: #prefix,
            base_url: #base_url,
            credentials: &[#(#credential_items),*],
            operations: &[#(#operations),*],
        };

        /// Runs the command-line client on the process's arguments.
        pub fn main() -> ::std::process::ExitCode {
            PROGRAM.main()
        }
    }
}

/// A credential flag as emitted.
struct CredentialFlag {
    flag: String,
    env: String,
    help: String,
    kind: TokenStream,
}

/// The credential flags: `--token` for every bearer scheme (the client's default token),
/// a flag per API-key scheme, a user name and password per basic scheme.
fn credentials(api: &Api, prefix: &str) -> Vec<CredentialFlag> {
    let mut schemes: Vec<&ir::Auth> = Vec::new();
    for op in &api.operations {
        for a in op.schemes() {
            if !schemes.contains(&a) {
                schemes.push(a);
            }
        }
    }
    let mut names = Scope::with_reserved(RESERVED);
    let mut out = Vec::new();
    let env = |flag: &str| format!("{prefix}_{}", flag.to_shouty_snake_case());
    let bearers: Vec<&str> = schemes
        .iter()
        .filter_map(|a| match a {
            ir::Auth::Bearer { scheme } => Some(scheme.as_str()),
            _ => None,
        })
        .collect();
    if !bearers.is_empty() {
        out.push(CredentialFlag {
            flag: "token".to_owned(),
            env: env("token"),
            help: format!("Bearer token ({})", bearers.join(", ")),
            kind: quote!(Token),
        });
    }
    let basics = schemes
        .iter()
        .filter(|a| matches!(a, ir::Auth::Basic { .. }))
        .count();
    for a in &schemes {
        match a {
            ir::Auth::Bearer { .. } => {}
            ir::Auth::ApiKey { scheme, name, .. } => {
                let flag = names.claim(scheme.to_kebab_case());
                out.push(CredentialFlag {
                    env: env(&flag),
                    help: format!("API key of `{scheme}` (sent as `{name}`)"),
                    flag,
                    kind: quote!(Key(#scheme)),
                });
            }
            ir::Auth::Basic { scheme } => {
                let stem = if basics == 1 {
                    String::new()
                } else {
                    format!("{}-", scheme.to_kebab_case())
                };
                let user = names.claim(format!("{stem}username"));
                let password = names.claim(format!("{stem}password"));
                out.push(CredentialFlag {
                    env: env(&user),
                    help: format!("User name of `{scheme}` (HTTP basic)"),
                    flag: user,
                    kind: quote!(User(#scheme)),
                });
                out.push(CredentialFlag {
                    env: env(&password),
                    help: format!("Password of `{scheme}` (HTTP basic)"),
                    flag: password,
                    kind: quote!(Password(#scheme)),
                });
            }
        }
    }
    out
}

/// One operation's table.
fn operation(
    op: &Operation,
    command: &str,
    models: &TokenStream,
    index: &Index,
    credential_flags: &[String],
) -> TokenStream {
    let mut reserved: Vec<&str> = RESERVED.to_vec();
    reserved.extend(credential_flags.iter().map(String::as_str));
    let mut flags = Scope::with_reserved(&reserved);
    let id = &op.name.wire;
    let group = op.tags.first().cloned().unwrap_or_default();
    let summary = op
        .docs
        .summary
        .clone()
        .or_else(|| op.docs.description.as_deref().map(first_paragraph))
        .map(|s| one_line(&s))
        .unwrap_or_else(|| format!("{} {}", op.method.as_str(), op.path));
    let long_about = op.docs.description.clone().unwrap_or_default();
    let method = op.method.as_str();
    let template = &op.path;
    let params: Vec<&Param> = op
        .path_params
        .iter()
        .chain(&op.query_params)
        .chain(&op.header_params)
        .chain(&op.cookie_params)
        .collect();
    let param_items: Vec<TokenStream> =
        params.iter().map(|p| param(p, &mut flags, index)).collect();
    let segments = op.segments.iter().map(|s| match s {
        PathSegment::Literal(text) => quote!(rt::Segment::Literal(#text)),
        PathSegment::Param(i) => quote!(rt::Segment::Param(#i)),
    });
    let query = match &op.query_type {
        Some(q) => {
            let q = type_tokens(&TypeRef::Named(q.clone()), models);
            quote! {
                ::std::option::Option::Some(|pairs| {
                    let query = #q::from_pairs(pairs).map_err(|e| e.to_string())?;
                    query.validate().map_err(|e| e.to_string())?;
                    query.to_pairs().map_err(|e| e.to_string())
                })
            }
        }
        None => quote!(::std::option::Option::None),
    };
    let body = body(op, &mut flags, models, index);
    let auth = security_ref(op);
    let pages = match pages(op, index) {
        Some((items, next)) => {
            quote!(::std::option::Option::Some(rt::Pages { items: #items, next: &[#(#next),*] }))
        }
        None => quote!(::std::option::Option::None),
    };
    let successes = || {
        op.responses
            .iter()
            .filter(|r| r.status.is_some_and(|s| s.is_success()))
    };
    let download = successes().any(|r| matches!(r.body, Some(BodyContent::Binary(_))));
    let mut headers: Vec<&str> = Vec::new();
    for r in successes().chain(
        op.responses
            .iter()
            .filter(|r| r.status.is_some_and(|s| s.is_redirect())),
    ) {
        for h in &r.headers {
            if !headers.contains(&h.name.wire.as_str()) {
                headers.push(&h.name.wire);
            }
        }
    }
    let deprecated = op.docs.deprecated;
    quote! {
        rt::Operation {
            command: #command,
            id: #id,
            group: #group,
            about: #summary,
            long_about: #long_about,
            method: #method,
            template: #template,
            path: &[#(#segments),*],
            params: &[#(#param_items),*],
            query: #query,
            body: #body,
            auth: #auth,
            pages: #pages,
            download: #download,
            headers: &[#(#headers),*],
            deprecated: #deprecated,
        }
    }
}

/// A parameter's row.
fn param(p: &Param, flags: &mut Scope, index: &Index) -> TokenStream {
    let name = &p.name.wire;
    let location = match p.location {
        ParamLocation::Path => quote!(Path),
        ParamLocation::Query => quote!(Query),
        ParamLocation::Header => quote!(Header),
        ParamLocation::Cookie => quote!(Cookie),
    };
    let suffix = match p.location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    };
    let flag = claim(flags, &p.name.wire, suffix);
    let style = style_tokens(p.style, &quote!(rt));
    let explode = p.explode;
    let typed = match p.style {
        ir::ParamStyle::Json => None,
        _ => value_and_shape(&p.ty, index),
    };
    let json = typed.is_none();
    let (value, shape) = typed.unwrap_or_else(json_value);
    let required = p.required;
    let default = match p.default.as_ref().map(default_text) {
        Some(d) => quote!(::std::option::Option::Some(#d)),
        None => quote!(::std::option::Option::None),
    };
    let help = with_shape(help(&p.docs), json, &p.docs, &p.ty, index);
    quote! {
        rt::Param {
            name: #name,
            flag: #flag,
            location: rt::Location::#location,
            style: #style,
            explode: #explode,
            value: #value,
            shape: #shape,
            required: #required,
            default: #default,
            help: #help,
        }
    }
}

/// The request body's row: `--body` and a flag per top-level field or part.
fn body(op: &Operation, flags: &mut Scope, models: &TokenStream, index: &Index) -> TokenStream {
    let Some(body) = &op.body else {
        return quote!(rt::Body::None);
    };
    let required = body.required;
    match &body.content {
        BodyContent::Json(ty) => {
            let fields = fields(ty, flags, index);
            let model = type_tokens(ty, models);
            quote!(rt::Body::Json { required: #required, fields: &[#(#fields),*], check: rt::check::<#model> })
        }
        BodyContent::Form(ty) => {
            let fields = fields(ty, flags, index);
            let model = type_tokens(ty, models);
            // Written as the client writes it (see `client::OpContext::body`).
            let encode = if form_ready(ty, index) {
                quote!(rt::form_fields::<#model>)
            } else {
                quote!(rt::form_json::<#model>)
            };
            quote!(rt::Body::Form { required: #required, fields: &[#(#fields),*], encode: #encode })
        }
        BodyContent::Multipart(parts) => {
            let parts = parts.iter().map(|part| {
                let name = &part.name.wire;
                let flag = claim(flags, name, "part");
                let (file, value) = match &part.kind {
                    PartKind::File => (true, quote!(rt::Value::Text)),
                    PartKind::Value(ty) => (
                        false,
                        value_and_shape(ty, index).unwrap_or_else(json_value).0,
                    ),
                };
                let required = part.required;
                let help = help(&part.docs);
                quote!(rt::Part { name: #name, flag: #flag, file: #file, value: #value, required: #required, help: #help })
            });
            quote!(rt::Body::Multipart(&[#(#parts),*]))
        }
        BodyContent::Binary(media) => quote!(rt::Body::Binary(#media)),
        BodyContent::EventStream { .. } => quote!(rt::Body::Binary("text/event-stream")),
        BodyContent::Text(media) => quote!(rt::Body::Text(#media)),
    }
}

/// The flags of an object body's top-level fields (none for other bodies: `--body` only).
fn fields(ty: &TypeRef, flags: &mut Scope, index: &Index) -> Vec<TokenStream> {
    let TypeRef::Named(name) = index.resolve(ty) else {
        return Vec::new();
    };
    let Some(TypeKind::Struct(s)) = index.kind(name) else {
        return Vec::new();
    };
    s.fields
        .iter()
        .filter(|f| !f.read_only)
        .map(|f| {
            let key = &f.name.wire;
            let flag = claim(flags, key, "field");
            // An object field is JSON text: its members' types matter inside JSON, unlike in
            // a parameter, where every member is text on the wire.
            let typed = match index.resolve(&f.ty) {
                TypeRef::Named(n) if matches!(index.kind(n), Some(TypeKind::Struct(_))) => None,
                _ => value_and_shape(&f.ty, index),
            };
            let json = typed.is_none();
            let (value, shape) = typed.unwrap_or_else(json_value);
            let help = with_shape(help(&f.docs), json, &f.docs, &f.ty, index);
            quote!(rt::Field { key: #key, flag: #flag, value: #value, shape: #shape, help: #help })
        })
        .collect()
}

/// A flag name for a wire name: its kebab case, or with the location after it when taken.
fn claim(flags: &mut Scope, wire: &str, suffix: &str) -> String {
    let mut flag = wire.to_kebab_case();
    if flag.is_empty() {
        flag = suffix.to_owned();
    }
    if flags.contains(&flag) {
        flag = format!("{flag}-{suffix}");
    }
    flags.claim(flag)
}

/// How a value of this type is typed on the command line (its value kind and shape);
/// `None` when it has no text form and is written as JSON.
fn value_and_shape(ty: &TypeRef, index: &Index) -> Option<(TokenStream, TokenStream)> {
    Some(match index.resolve(ty) {
        TypeRef::Array(inner) => (scalar_value(inner, index)?, quote!(rt::Shape::List)),
        TypeRef::Map(inner) => (scalar_value(inner, index)?, quote!(rt::Shape::Members)),
        TypeRef::Named(n) if matches!(index.kind(n), Some(TypeKind::Struct(s)) if s.fields.iter().all(|f| scalar_value(&f.ty, index).is_some())) => {
            (quote!(rt::Value::Text), quote!(rt::Shape::Members))
        }
        other => (scalar_value(other, index)?, quote!(rt::Shape::One)),
    })
}

/// A value written as JSON text.
fn json_value() -> (TokenStream, TokenStream) {
    (quote!(rt::Value::Json), quote!(rt::Shape::One))
}

/// The value kind of a scalar type; `None` for lists, maps and objects.
fn scalar_value(ty: &TypeRef, index: &Index) -> Option<TokenStream> {
    Some(match index.resolve(ty) {
        TypeRef::String | TypeRef::Bytes | TypeRef::Base64 => quote!(rt::Value::Text),
        TypeRef::I32 | TypeRef::I64 => quote!(rt::Value::Integer),
        TypeRef::F32 | TypeRef::F64 => quote!(rt::Value::Number),
        TypeRef::Bool => quote!(rt::Value::Boolean),
        TypeRef::Uuid => quote!(rt::Value::Uuid),
        TypeRef::DateTime => quote!(rt::Value::DateTime),
        TypeRef::Date => quote!(rt::Value::Date),
        TypeRef::Nullable(inner) => return scalar_value(inner, index),
        TypeRef::Named(n) => match index.kind(n)? {
            TypeKind::Enum(e) => {
                let values = e.variants.iter().map(|v| &v.wire);
                quote!(rt::Value::Choice(&[#(#values),*]))
            }
            TypeKind::Union(u) if u.is_scalar(&|n| index.kind(n)) => quote!(rt::Value::Text),
            _ => return None,
        },
        TypeRef::Json | TypeRef::Array(_) | TypeRef::Map(_) => return None,
    })
}

/// Where a page keeps its items and its next link, as JSON keys (the IR names Rust fields).
fn pages(op: &Operation, index: &Index) -> Option<(String, Vec<String>)> {
    let pagination = op.pagination.as_ref()?;
    let page = op.responses.iter().find_map(|r| match &r.body {
        Some(BodyContent::Json(ty)) if r.status.is_some_and(|s| s.is_success()) => Some(ty),
        _ => None,
    })?;
    let wire = |ty: &TypeRef, rust: &str| -> Option<(String, TypeRef)> {
        let TypeRef::Named(n) = index.resolve(ty) else {
            return None;
        };
        let Some(TypeKind::Struct(s)) = index.kind(n) else {
            return None;
        };
        let f = s.fields.iter().find(|f| f.name.rust == rust)?;
        Some((f.name.wire.clone(), f.ty.clone()))
    };
    let (items, _) = wire(page, &pagination.items_field)?;
    let mut next = Vec::new();
    let mut at = page.clone();
    for step in &pagination.next_href {
        let (key, ty) = wire(&at, &step.field)?;
        next.push(key);
        at = ty;
    }
    Some((items, next))
}

/// A parameter's help: the first paragraph of its docs.
fn help(docs: &ir::Docs) -> String {
    let text = docs
        .description
        .as_deref()
        .or(docs.summary.as_deref())
        .map(first_paragraph)
        .unwrap_or_default();
    let text = one_line(&text);
    if docs.deprecated {
        format!("[deprecated] {text}")
    } else {
        text
    }
}

/// A JSON flag's help ends with what to write: the spec's example, else the shape of the type
/// (`{"labels":{"KEY":"string"}}`), so `--help` alone says how to use it.
fn with_shape(help: String, json: bool, docs: &ir::Docs, ty: &TypeRef, index: &Index) -> String {
    if !json {
        return help;
    }
    let example = docs
        .example
        .clone()
        .unwrap_or_else(|| skeleton(ty, index, 0).to_string());
    let sep = if help.is_empty() { "" } else { " " };
    format!("{help}{sep}JSON, e.g. {example}")
}

/// A value of the type's shape with placeholders, a few levels deep.
fn skeleton(ty: &TypeRef, index: &Index, depth: u8) -> serde_json::Value {
    use serde_json::{Value, json};
    if depth > 3 {
        return json!({});
    }
    match index.resolve(ty) {
        TypeRef::String | TypeRef::Bytes | TypeRef::Base64 => json!("string"),
        TypeRef::I32 | TypeRef::I64 => json!(0),
        TypeRef::F32 | TypeRef::F64 => json!(0.0),
        TypeRef::Bool => json!(false),
        TypeRef::Uuid => json!("00000000-0000-0000-0000-000000000000"),
        TypeRef::DateTime => json!("2024-01-01T00:00:00Z"),
        TypeRef::Date => json!("2024-01-01"),
        TypeRef::Json => json!({}),
        TypeRef::Nullable(inner) => skeleton(inner, index, depth),
        TypeRef::Array(inner) => json!([skeleton(inner, index, depth + 1)]),
        TypeRef::Map(inner) => json!({"KEY": skeleton(inner, index, depth + 1)}),
        TypeRef::Named(n) => match index.kind(n) {
            Some(TypeKind::Struct(s)) => {
                let mut map = serde_json::Map::new();
                for f in s.fields.iter().filter(|f| !f.read_only) {
                    map.insert(f.name.wire.clone(), skeleton(&f.ty, index, depth + 1));
                }
                if let Some(extra) = &s.additional {
                    map.insert("KEY".to_owned(), skeleton(extra, index, depth + 1));
                }
                Value::Object(map)
            }
            Some(TypeKind::Enum(e)) => e
                .variants
                .first()
                .map(|v| json!(v.wire))
                .unwrap_or(json!("string")),
            Some(TypeKind::Union(u)) => u
                .variants
                .first()
                .map(|v| skeleton(&v.ty, index, depth + 1))
                .unwrap_or(json!({})),
            Some(TypeKind::Newtype(inner)) => skeleton(inner, index, depth),
            _ => json!({}),
        },
    }
}

fn first_paragraph(text: &str) -> String {
    text.split("\n\n")
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A default as shown in help: strings bare, anything else as JSON.
fn default_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
