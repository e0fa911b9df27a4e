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
    },
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
        Layout::Standalone { crate_name } => {
            put(
                PathBuf::from("Cargo.toml"),
                standalone_manifest(crate_name, &features),
            );
            let [models_rs, client_rs, server_rs] = large_files(
                api,
                &features,
                &header,
                "crate::models",
                "crate::server_runtime",
            )?;
            put(PathBuf::from("src/models.rs"), models_rs);
            put(PathBuf::from("src/client.rs"), client_rs);
            put(PathBuf::from("src/server.rs"), server_rs);
            put(
                PathBuf::from("src/primitives.rs"),
                format!("{runtime_header}\n{MODELS_RUNTIME}"),
            );
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
                format::file(standalone_lib(api, &features), &header)?,
            );
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
    std::thread::scope(|scope| {
        let models = scope.spawn(|| format::file(models(api, features), header));
        let client = scope.spawn(|| format::file(client(api, "crate::models", features), header));
        let server = format::file(server(api, server_models, server_runtime, features), header);
        let join = |handle: std::thread::ScopedJoinHandle<'_, _>| {
            handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        };
        Ok([join(models)?, join(client)?, server?])
    })
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
fn models_and_client_modules() -> proc_macro2::TokenStream {
    quote::quote! {
        #[rustfmt::skip]
        pub mod models;
        #[rustfmt::skip]
        pub mod primitives;
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
    let modules = models_and_client_modules();
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

fn standalone_lib(api: &Api, features: &Features) -> proc_macro2::TokenStream {
    let docs = crate_docs(api, "Typed models, an async client and an axum server");
    let feature_docs = features_docs(features);
    let modules = models_and_client_modules();
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
fn features_docs(features: &Features) -> proc_macro2::TokenStream {
    if features.names.is_empty() {
        return quote::quote!();
    }
    let mut text = String::from(
        "\n# Features\n\n`client` (default) is the async client, `server` the API trait and axum router. \
         `full` (default) compiles every operation and type; to build only the operations you \
         call and the types they reach, turn default features off and name their tags, e.g. \
         `features = [\"client\", \"<tag>\"]`.\n\n",
    );
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

fn standalone_manifest(name: &str, features: &Features) -> String {
    let mut tags = String::new();
    for f in &features.names {
        tags.push_str(&format!("# {}\n{} = []\n", f.about, f.name));
    }
    let all: Vec<String> = features
        .names
        .iter()
        .map(|f| format!("\"{}\"", f.name))
        .collect();
    let all = all.join(", ");
    format!(
        r#"# @generated by the OpenAPI generator. Do not edit by hand.
[package]
name = "{name}"
version = "0.1.0"
edition = "2024"
rust-version = "1.85"
publish = false

[features]
default = ["client", "full"]
# Every operation and type. Without it, enable the tags you call (see below): a large API then
# builds only what those operations need.
full = [{all}]
client = ["dep:reqwest", "dep:tokio", "dep:tokio-util", "dep:futures-util", "dep:futures-core", "dep:bytes", "dep:url", "dep:tracing", "dep:http"]
server = ["dep:axum", "dep:tokio", "dep:tower", "dep:tower-http", "dep:futures-util", "dep:bytes", "dep:http", "dep:tracing", "dep:serde_urlencoded", "dep:multer", "dep:serde_path_to_error"]
{tags}
[dependencies]
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
time = {{ version = "0.3", features = ["serde", "formatting", "parsing", "macros"] }}
uuid = {{ version = "1", features = ["serde", "v4"] }}
reqwest = {{ version = "0.13", default-features = false, features = ["rustls", "json", "multipart", "stream", "query", "http2"], optional = true }}
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
tower-http = {{ version = "0.6", features = ["catch-panic"], optional = true }}
serde_path_to_error = {{ version = "0.1", optional = true }}
serde_urlencoded = {{ version = "0.7", optional = true }}
multer = {{ version = "3", optional = true }}
"#
    )
}
