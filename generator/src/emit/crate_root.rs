//! The `lib.rs` of generated crates: crate docs, the runtime under its one path (`crate::rt`),
//! the modules, and the re-exports users name.

use super::features::Features;
use super::{Runtime, docs};
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// How the crate brings in the runtime: `crate::rt` is the path generated code uses, and
/// `runtime` the public name users can reach it by when it is a crate of its own.
fn runtime_root(runtime: &Runtime) -> TokenStream {
    match runtime {
        // No attribute on `mod rt`: the runtime's exported macros are named by path, which
        // rustc refuses for macros inside an attribute-carrying module (rust-lang/rust#52234).
        Runtime::Inline => quote! {
            mod rt;
        },
        Runtime::Path(_) | Runtime::Version(_) => quote! {
            use ::generator_runtime as rt;
            /// The runtime this crate is built on: model primitives, client and server support,
            /// shared with every other generated crate in the program.
            pub use ::generator_runtime as runtime;
        },
    }
}

/// The models module and the client (behind `client`), with what users of the client name.
fn models_and_client_modules() -> TokenStream {
    quote! {
        #[rustfmt::skip]
        pub mod models;
        pub use rt::{Base64, Binary, Date, DateTime, Secret, UnknownValue};
        #[cfg(feature = "client")]
        #[rustfmt::skip]
        mod client;
        #[cfg(feature = "client")]
        #[allow(unused_imports)]
        pub use client::*;
        // (Two lines, so that rustfmt leaves them as prettyplease writes them.)
        #[cfg(feature = "client")]
        pub use rt::{ByteStream, Error, ErrorResponse, FilePart};
        #[cfg(feature = "client")]
        pub use rt::{FnToken, RetryPolicy, StaticToken, TokenProvider};
    }
}

/// The client crate of the split layout: models and client.
pub(super) fn client_lib(api: &Api, runtime: &Runtime) -> TokenStream {
    let docs = crate_docs(api, "Typed models and an async client");
    let runtime = runtime_root(runtime);
    let modules = models_and_client_modules();
    quote! {
        #docs
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]

        #runtime
        #modules
    }
}

/// A standalone crate: models, client (feature `client`) and server (feature `server`).
pub(super) fn standalone_lib(
    api: &Api,
    features: &Features,
    split: bool,
    runtime: &Runtime,
    cli: bool,
) -> TokenStream {
    let docs = crate_docs(api, "Typed models, an async client and an axum server");
    let feature_docs = features_docs(features, split);
    let runtime = runtime_root(runtime);
    let modules = models_and_client_modules();
    let webhooks = if api.webhooks.is_empty() {
        quote!()
    } else {
        quote! {
            /// Webhooks and callbacks: a receiver (server) and a sender (client) for the
            /// requests the API sends.
            #[rustfmt::skip]
            pub mod webhooks;
        }
    };
    let cli = if cli {
        quote! {
            /// The command-line client the crate's binary runs (`src/main.rs`).
            #[cfg(feature = "cli")]
            #[rustfmt::skip]
            pub mod cli;
        }
    } else {
        quote!()
    };
    quote! {
        #docs
        #feature_docs
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]

        #runtime
        #modules
        #webhooks
        #cli
        /// The API trait and router.
        #[cfg(feature = "server")]
        #[rustfmt::skip]
        pub mod server;
        #[cfg(feature = "server")]
        pub use rt::{ApiError, ErrorKind, RequestContext, ServerConfig, UploadStream};
    }
}

/// The standalone crate's binary (`required-features = ["cli"]`): the command-line client.
pub(super) fn standalone_main(crate_name: &str, header: &str) -> String {
    let lib = crate_name.replace('-', "_");
    format!(
        "{header}\n//! The `{crate_name}` command-line client (feature `cli`); `{crate_name} --help` lists its commands.\n\nfn main() -> std::process::ExitCode {{\n    {lib}::cli::main()\n}}\n"
    )
}

pub(super) fn crate_docs(api: &Api, what: &str) -> TokenStream {
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
    inner_docs(&d)
}

/// The crate docs' section on cargo features.
fn features_docs(features: &Features, split: bool) -> TokenStream {
    if features.names.is_empty() {
        return quote!();
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
    inner_docs(&text)
}

/// Text as `#![doc]` lines.
fn inner_docs(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #![doc = #lines] )* }
}
