//! IR → Rust. `models` emits the shared types, `client` the async client, `server` the trait
//! and router. This module holds what they share and assembles the files.

mod client;
mod docs;
mod features;
mod models;
mod server;
mod types;

use crate::format;
use crate::ir::Api;
use features::Feature;
pub use features::Features;
use std::path::PathBuf;

pub use client::client;
pub use models::models;
pub use server::server;

/// The hand-written runtime the generated models use (dates, query values, redaction).
pub const MODELS_RUNTIME: &str = include_str!("../../runtime/primitives.rs");
/// The hand-written runtime of the generated client (transport, auth, retries, paging).
pub const CLIENT_RUNTIME: &str = include_str!("../../runtime/client.rs");
/// The hand-written runtime of the generated server (errors, extraction, middleware).
pub const SERVER_RUNTIME: &str = include_str!("../../runtime/server.rs");

/// How to lay out the output.
#[derive(Debug, Clone)]
pub struct Config {
    /// The spec path shown in file headers.
    pub source: String,
    /// The command shown in file headers.
    pub command: String,
    /// Where the files go.
    pub layout: Layout,
}

/// Output layouts.
#[derive(Debug, Clone)]
pub enum Layout {
    /// Two crates: a client crate holding the models (usable without its `client` feature) and
    /// a server crate that takes the models from it.
    Split {
        /// Directory of the client crate, relative to the output root.
        client_dir: PathBuf,
        /// Directory of the server crate.
        server_dir: PathBuf,
        /// The client crate's library name, as the server crate refers to it.
        client_crate: String,
    },
    /// One crate with `client` (default) and `server` features, including `Cargo.toml`.
    Standalone {
        /// The package name.
        crate_name: String,
        /// Whether the models go in crates of their own.
        model_crates: ModelCrates,
    },
}

/// Where a standalone crate's models go.
///
/// rustc compiles a crate as one unit: its memory grows with the crate, and one crate uses one
/// core for most of its build. On large specs the models are nearly all of the build, so they
/// are spread over crates: one for the types several tags share and one per tag for the types
/// only that tag reaches. Cargo builds those in parallel, each with a fraction of the memory,
/// and the main crate re-exports them all from `models`, so users see one crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ModelCrates {
    /// Per tag from [`ModelCrates::AUTO_TYPES`] types on, else in the main crate.
    #[default]
    Auto,
    /// In the main crate.
    One,
    /// A shared crate and one per tag (when the spec has two tags or more).
    PerTag,
}

impl ModelCrates {
    /// From how many types `Auto` spreads the models (a build of this many types takes
    /// around ten seconds and half a gigabyte in one crate).
    pub const AUTO_TYPES: usize = 300;

    fn split(self, api: &Api, features: &Features) -> bool {
        features.names.len() > 1
            && match self {
                ModelCrates::Auto => api.types.len() >= Self::AUTO_TYPES,
                ModelCrates::One => false,
                ModelCrates::PerTag => true,
            }
    }
}

/// Generated files: paths relative to the output root, and their contents.
#[derive(Debug, Clone, Default)]
pub struct Files(pub Vec<(PathBuf, String)>);

/// Emits every file for `api`.
pub fn generate(api: &Api, config: &Config) -> Result<Files, syn::Error> {
    // The project's own crates are small and have hand-written manifests: no per-tag features.
    let features = match config.layout {
        Layout::Split { .. } => Features::none(),
        Layout::Standalone { .. } => Features::by_tag(api),
    };
    let header = format::header(&config.source, &config.command);
    let runtime_header =
        format!("{header}// Copied verbatim from the generator's runtime/ directory.\n");
    let mut files = Vec::new();
    let mut put = |path: PathBuf, text: String| files.push((path, text));
    match &config.layout {
        Layout::Split {
            client_dir,
            server_dir,
            client_crate,
        } => {
            let models_path = format!("::{client_crate}::models");
            let [models_rs, client_rs, server_rs] =
                large_files(api, &features, &header, &models_path, "crate::runtime")?;
            let src = client_dir.join("src");
            put(src.join("models.rs"), models_rs);
            put(src.join("client.rs"), client_rs);
            put(
                src.join("primitives.rs"),
                format!("{runtime_header}\n{MODELS_RUNTIME}"),
            );
            put(
                src.join("runtime.rs"),
                format!("{runtime_header}\n{CLIENT_RUNTIME}"),
            );
            put(src.join("lib.rs"), format::file(client_lib(api), &header)?);
            let src = server_dir.join("src");
            put(src.join("server.rs"), server_rs);
            put(
                src.join("runtime.rs"),
                format!(
                    "{runtime_header}\n{}",
                    server_runtime(&format!("::{client_crate}"))
                ),
            );
            put(
                src.join("lib.rs"),
                format::file(server_lib(api, client_crate), &header)?,
            );
        }
        Layout::Standalone {
            crate_name,
            model_crates,
        } => {
            let spread = model_crates.split(api, &features);
            let patterns = models::checks_patterns(api);
            let shared = format!("{crate_name}-models");
            let (models_out, client_rs, server_rs) = in_parallel(
                || {
                    if spread {
                        let (shared, parts) =
                            split_models(api, &features, &header, &shared, patterns)?;
                        Ok(ModelFiles::Parts { shared, parts })
                    } else {
                        Ok(ModelFiles::One(format::file(
                            models(api, &features),
                            &header,
                        )?))
                    }
                },
                || format::file(client(api, "crate::models", &features), &header),
                || {
                    format::file(
                        server(api, "crate::models", "crate::server_runtime", &features),
                        &header,
                    )
                },
            )?;
            let primitives = format!("{runtime_header}\n{MODELS_RUNTIME}");
            // `regex` goes where `Pattern` is: the crate holding the (shared) models.
            let regex = if patterns { REGEX_DEPENDENCY } else { "" };
            let (split, models_rs) = match &models_out {
                ModelFiles::One(text) => (None, text.clone()),
                ModelFiles::Parts { parts, .. } => {
                    let split = SplitModels {
                        shared: &shared,
                        parts,
                    };
                    let text = format::file(models_reexports(&features, &split), &header)?;
                    (Some(split), text)
                }
            };
            let main_regex = if split.is_none() { regex } else { "" };
            put(
                PathBuf::from("Cargo.toml"),
                standalone_manifest(crate_name, &features, split.as_ref(), main_regex),
            );
            put(PathBuf::from("src/models.rs"), models_rs);
            put(PathBuf::from("src/client.rs"), client_rs);
            put(PathBuf::from("src/server.rs"), server_rs);
            put(
                PathBuf::from("src/runtime.rs"),
                format!("{runtime_header}\n{CLIENT_RUNTIME}"),
            );
            put(
                PathBuf::from("src/server_runtime.rs"),
                format!("{runtime_header}\n{}", server_runtime("crate")),
            );
            put(
                PathBuf::from("src/lib.rs"),
                format::file(standalone_lib(api, &features, split.as_ref()), &header)?,
            );
            let ModelFiles::Parts {
                shared: shared_rs,
                parts,
            } = models_out
            else {
                put(PathBuf::from("src/primitives.rs"), primitives);
                return Ok(Files(files));
            };
            let dir = PathBuf::from("crates/models");
            put(
                dir.join("Cargo.toml"),
                shared_manifest(&shared, &features, regex),
            );
            put(
                dir.join("src/lib.rs"),
                format::file(shared_models_lib(api, crate_name), &header)?,
            );
            put(dir.join("src/models.rs"), shared_rs);
            put(dir.join("src/primitives.rs"), primitives);
            let shared_lib = shared.replace('-', "_");
            for part in parts {
                let dir = PathBuf::from("crates").join(&part.dir);
                put(dir.join("Cargo.toml"), part_manifest(&part, &shared));
                let lib = part_lib(crate_name, &shared_lib, &features.names[part.feature]);
                put(dir.join("src/lib.rs"), format::file(lib, &header)?);
                put(dir.join("src/models.rs"), part.text);
            }
        }
    }
    Ok(Files(files))
}

/// The models, the client and the server, each emitted and formatted on its own thread: they
/// are independent and hold nearly all of the work on large specs.
fn large_files(
    api: &Api,
    features: &Features,
    header: &str,
    server_models: &str,
    server_runtime: &str,
) -> Result<[String; 3], syn::Error> {
    let (models, client, server) = in_parallel(
        || format::file(models(api, features), header),
        || format::file(client(api, "crate::models", features), header),
        || format::file(server(api, server_models, server_runtime, features), header),
    )?;
    Ok([models, client, server])
}

/// Runs the three emitters at once.
fn in_parallel<M: Send, C: Send, S>(
    models: impl FnOnce() -> Result<M, syn::Error> + Send,
    client: impl FnOnce() -> Result<C, syn::Error> + Send,
    server: impl FnOnce() -> Result<S, syn::Error>,
) -> Result<(M, C, S), syn::Error> {
    std::thread::scope(|scope| {
        let models = scope.spawn(models);
        let client = scope.spawn(client);
        let server = server();
        Ok((join(models)?, join(client)?, server?))
    })
}

/// A thread's result; its panic, if it panicked.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// The formatted models: one file, or the shared crate's and the parts'.
enum ModelFiles {
    One(String),
    Parts {
        shared: String,
        parts: Vec<ModelCrate>,
    },
}

/// One crate of a feature's models.
struct ModelCrate {
    feature: usize,
    /// Its package name and its directory under `crates/`.
    package: String,
    dir: String,
    /// The packages of the same feature's crates before it, which it may use.
    earlier: Vec<(String, String)>,
    /// Its formatted `models.rs`.
    text: String,
}

/// The shared models crate's `models.rs` and the parts, named and formatted.
fn split_models(
    api: &Api,
    features: &Features,
    header: &str,
    shared: &str,
    patterns: bool,
) -> Result<(String, Vec<ModelCrate>), syn::Error> {
    let (shared_items, parts) = models::model_parts(api, features);
    let shared_lib = lib_ident(shared);
    let mut crates: Vec<ModelCrate> = Vec::new();
    for (n, part) in parts.iter().enumerate() {
        let feature = &features.names[part.feature].name;
        let single = parts
            .iter()
            .filter(|p| p.feature == part.feature)
            .nth(1)
            .is_none();
        let dir = if single {
            format!("models-{feature}")
        } else {
            format!("models-{feature}-{}", part.chunk + 1)
        };
        let earlier: Vec<(String, String)> = crates[..n]
            .iter()
            .filter(|c| c.feature == part.feature)
            .map(|c| (c.package.clone(), c.dir.clone()))
            .collect();
        let imports = std::iter::once(quote::quote!(::#shared_lib::models::*)).chain(
            earlier.iter().map(|(package, _)| {
                let krate = lib_ident(package);
                quote::quote!(::#krate::models::*)
            }),
        );
        let imports = quote::quote! {
            #(
                #[allow(unused_imports)]
                use #imports;
            )*
        };
        crates.push(ModelCrate {
            feature: part.feature,
            package: format!("{shared}-{}", &dir["models-".len()..]),
            dir,
            earlier,
            text: format::file(models::module(part.items.clone(), imports, false), header)?,
        });
    }
    let shared_text = format::file(
        models::module(shared_items, quote::quote!(), patterns),
        header,
    )?;
    Ok((shared_text, crates))
}

/// The package names of the models crates: the shared one and the parts.
struct SplitModels<'a> {
    shared: &'a str,
    parts: &'a [ModelCrate],
}

fn lib_ident(package: &str) -> syn::Ident {
    syn::Ident::new(&package.replace('-', "_"), proc_macro2::Span::call_site())
}

/// The main crate's `models`: every models crate's types, each behind its feature.
fn models_reexports(features: &Features, split: &SplitModels) -> proc_macro2::TokenStream {
    let shared = lib_ident(split.shared);
    let parts = split.parts.iter().map(|part| {
        let name = &features.names[part.feature].name;
        let krate = lib_ident(&part.package);
        quote::quote! {
            #[cfg(feature = #name)]
            pub use ::#krate::models::*;
        }
    });
    quote::quote! {
        //! Types of the API's schemas and query parameters, shared by the client and the server.
        //!
        //! They are compiled in crates of their own (the types several features share, and per
        //! feature the types only it reaches), so cargo builds them in parallel; all of them
        //! are here.
        pub use ::#shared::models::*;
        #(#parts)*
    }
}

fn shared_models_lib(api: &Api, crate_name: &str) -> proc_macro2::TokenStream {
    let docs = crate_docs(
        api,
        &format!("The models several features of `{crate_name}` share"),
    );
    quote::quote! {
        #docs
        #![allow(clippy::large_enum_variant, deprecated)]

        #[rustfmt::skip]
        pub mod models;
        pub mod primitives;
    }
}

fn part_lib(crate_name: &str, shared_lib: &str, feature: &Feature) -> proc_macro2::TokenStream {
    let doc = format!(
        " The models of `{crate_name}` that only its `{}` feature ({}) reaches.",
        feature.name, feature.about
    );
    let shared = syn::Ident::new(shared_lib, proc_macro2::Span::call_site());
    quote::quote! {
        #![doc = #doc]
        #![allow(clippy::large_enum_variant, deprecated)]

        pub use ::#shared::primitives;
        #[rustfmt::skip]
        pub mod models;
    }
}

/// The server runtime refers to the models crate's primitives through `$models_crate`.
fn server_runtime(models_crate: &str) -> String {
    SERVER_RUNTIME.replace("crate::primitives", &format!("{models_crate}::primitives"))
}

fn crate_docs(api: &Api, what: &str) -> proc_macro2::TokenStream {
    let mut text = format!("{what} for {} (version {}).", api.title, api.version);
    if let Some(d) = &api.description {
        text.push_str("\n\n");
        text.push_str(d);
    }
    let d = docs::render(
        &crate::ir::Docs {
            description: Some(text),
            ..Default::default()
        },
        "",
    );
    let lines = d.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote::quote! { #( #![doc = #lines] )* }
}

/// The module declarations of a crate holding the models and the client (behind `client`).
/// With the models in crates of their own, `models` re-exports them and `primitives` is theirs.
fn models_and_client_modules(split: Option<&SplitModels>) -> proc_macro2::TokenStream {
    let primitives = match split {
        None => quote::quote! {
            pub mod primitives;
        },
        Some(split) => {
            let shared = lib_ident(split.shared);
            quote::quote!(pub use ::#shared::primitives;)
        }
    };
    quote::quote! {
        #[rustfmt::skip]
        pub mod models;
        #primitives
        #[cfg(feature = "client")]
        #[rustfmt::skip]
        pub mod runtime;
        #[cfg(feature = "client")]
        #[rustfmt::skip]
        mod client;
        #[cfg(feature = "client")]
        #[allow(unused_imports)]
        pub use client::*;
        #[cfg(feature = "client")]
        pub use runtime::{ByteStream, Client, ClientBuilder, Error};
        #[cfg(feature = "client")]
        pub use runtime::{FilePart, RetryPolicy, StaticToken, TokenProvider};
    }
}

fn client_lib(api: &Api) -> proc_macro2::TokenStream {
    let docs = crate_docs(api, "Typed models and an async client");
    let modules = models_and_client_modules(None);
    quote::quote! {
        #docs
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]

        #modules
    }
}

fn server_lib(api: &Api, client_crate: &str) -> proc_macro2::TokenStream {
    let docs = crate_docs(api, "An API trait and an axum router");
    let krate = syn::Ident::new(client_crate, proc_macro2::Span::call_site());
    quote::quote! {
        #docs
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]

        #[rustfmt::skip]
        pub mod runtime;
        #[rustfmt::skip]
        mod server;
        /// The models shared with the client crate.
        pub use ::#krate::models;
        pub use runtime::{ApiError, RequestContext, ServerConfig, UploadStream};
        pub use server::*;
    }
}

fn standalone_lib(
    api: &Api,
    features: &Features,
    split: Option<&SplitModels>,
) -> proc_macro2::TokenStream {
    let docs = crate_docs(api, "Typed models, an async client and an axum server");
    let feature_docs = features_docs(features, split.is_some());
    let modules = models_and_client_modules(split);
    quote::quote! {
        #docs
        #feature_docs
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]

        #modules
        #[cfg(feature = "server")]
        #[rustfmt::skip]
        pub mod server_runtime;
        /// The API trait and router.
        #[cfg(feature = "server")]
        #[rustfmt::skip]
        pub mod server;
    }
}

/// The crate docs' section on cargo features.
fn features_docs(features: &Features, split: bool) -> proc_macro2::TokenStream {
    if features.names.is_empty() {
        return quote::quote!();
    }
    let mut text = String::from(
        "\n# Features\n\n`client` (default) is the async client, `server` the API trait and axum router. \
         `full` (default) compiles every operation and type; to build only the operations you \
         call and the types they reach, turn default features off and name their tags, e.g. \
         `features = [\"client\", \"<tag>\"]`.\n\n",
    );
    if split {
        text.push_str(
            "The models are compiled in crates of their own, which cargo builds in parallel: \
             the types several features share, and per feature the types only it reaches. \
             [`models`] re-exports all of them.\n\n",
        );
    }
    for f in &features.names {
        text.push_str(&format!("- `{}`: {}.\n", f.name, f.about));
    }
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote::quote! { #( #![doc = #lines] )* }
}

/// `[package]` of a generated crate.
fn package_section(name: &str) -> String {
    format!(
        r#"# @generated by the OpenAPI generator. Do not edit by hand.
[package]
name = "{name}"
version = "0.1.0"
edition = "2024"
rust-version = "1.85"
publish = false
"#
    )
}

/// What the models need.
const MODEL_DEPENDENCIES: &str = r#"serde = { version = "1", features = ["derive"] }
serde_json = { version = "1", features = ["raw_value"] }
time = { version = "0.3", features = ["serde", "formatting", "parsing", "macros"] }
uuid = { version = "1", features = ["serde", "v4"] }
percent-encoding = "2"
form_urlencoded = "1"
base64 = "0.22"
"#;

/// What `Pattern` needs, in the crate that holds the (shared) models.
const REGEX_DEPENDENCY: &str = "regex = { version = \"1\", default-features = false, features = [\"std\", \"unicode-perl\"] }\n";

fn standalone_manifest(
    name: &str,
    features: &Features,
    split: Option<&SplitModels>,
    regex: &str,
) -> String {
    let mut tags = String::new();
    for (i, f) in features.names.iter().enumerate() {
        let enables = match split {
            None => String::new(),
            Some(split) => {
                let mut on: Vec<String> = split
                    .parts
                    .iter()
                    .filter(|p| p.feature == i)
                    .map(|p| format!("\"dep:{}\"", p.package))
                    .collect();
                on.push(format!("\"{}/{}\"", split.shared, f.name));
                on.join(", ")
            }
        };
        tags.push_str(&format!("# {}\n{} = [{enables}]\n", f.about, f.name));
    }
    let mut model_deps = String::new();
    if let Some(split) = split {
        model_deps.push_str(&format!(
            "{0} = {{ path = \"crates/models\" }}\n",
            split.shared
        ));
        for part in split.parts {
            model_deps.push_str(&format!(
                "{} = {{ path = \"crates/{}\", optional = true }}\n",
                part.package, part.dir
            ));
        }
    }
    let all: Vec<String> = features
        .names
        .iter()
        .map(|f| format!("\"{}\"", f.name))
        .collect();
    let all = all.join(", ");
    let package = package_section(name);
    format!(
        r#"{package}
[features]
default = ["client", "full"]
# Every operation and type. Without it, enable the tags you call (see below): a large API then
# builds only what those operations need.
full = [{all}]
client = ["dep:reqwest", "dep:tokio", "dep:tokio-util", "dep:futures-util", "dep:futures-core", "dep:bytes", "dep:url", "dep:tracing", "dep:http"]
server = ["dep:axum", "dep:tokio", "dep:tower", "dep:futures-util", "dep:bytes", "dep:http", "dep:tracing", "dep:serde_urlencoded", "dep:multer", "dep:serde_path_to_error"]
{tags}
[dependencies]
{model_deps}{MODEL_DEPENDENCIES}{regex}reqwest = {{ version = "0.13", default-features = false, features = ["rustls", "json", "multipart", "stream", "query", "http2"], optional = true }}
tokio = {{ version = "1", features = ["macros", "rt-multi-thread", "fs", "io-util", "net", "time", "sync"], optional = true }}
tokio-util = {{ version = "0.7", features = ["io"], optional = true }}
futures-util = {{ version = "0.3", optional = true }}
futures-core = {{ version = "0.3", optional = true }}
bytes = {{ version = "1", optional = true }}
url = {{ version = "2", optional = true }}
tracing = {{ version = "0.1", optional = true }}
http = {{ version = "1", optional = true }}
axum = {{ version = "0.8", optional = true }}
tower = {{ version = "0.5", optional = true }}
serde_path_to_error = {{ version = "0.1", optional = true }}
serde_urlencoded = {{ version = "0.7", optional = true }}
multer = {{ version = "3", optional = true }}
"#
    )
}

/// The shared models crate: the primitives and the types several features reach, each behind
/// the features that reach it.
fn shared_manifest(package: &str, features: &Features, regex: &str) -> String {
    let mut tags = String::new();
    for f in &features.names {
        tags.push_str(&format!("{} = []\n", f.name));
    }
    let package = package_section(package);
    format!("{package}\n[features]\n{tags}\n[dependencies]\n{MODEL_DEPENDENCIES}{regex}")
}

/// A feature's models crate: it uses the shared one and the same feature's crates before it.
fn part_manifest(part: &ModelCrate, shared: &str) -> String {
    let mut uses = format!("{shared} = {{ path = \"../models\" }}\n");
    for (package, dir) in &part.earlier {
        uses.push_str(&format!("{package} = {{ path = \"../{dir}\" }}\n"));
    }
    let package = package_section(&part.package);
    format!("{package}\n[dependencies]\n{uses}{MODEL_DEPENDENCIES}")
}
