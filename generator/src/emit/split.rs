//! The models of a large API in crates of their own: one for the types several features
//! share, and per feature the types only it reaches (a feature with a lot of code gets a chain
//! of crates, cut in dependency order). The main crate's `models` re-exports them all.

use super::features::{Feature, Features};
use super::{Files, Runtime, crate_root, manifest, models as emit_models};
use crate::format;
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;
use std::path::PathBuf;

/// The formatted models: one file, or the shared crate's and the parts'.
pub(super) enum ModelFiles {
    One(String),
    Parts {
        shared: String,
        parts: Vec<ModelCrate>,
    },
}

/// One crate of a feature's models.
pub(super) struct ModelCrate {
    pub(super) feature: usize,
    /// Its package name and its directory under `crates/`.
    pub(super) package: String,
    pub(super) dir: String,
    /// The packages of the same feature's crates before it, which it may use.
    pub(super) earlier: Vec<(String, String)>,
    /// Its formatted `models.rs`.
    text: String,
}

/// The package names of the models crates: the shared one and the parts.
pub(super) struct SplitModels<'a> {
    pub(super) shared: &'a str,
    pub(super) parts: &'a [ModelCrate],
}

/// The shared models crate's `models.rs` and the parts, named and formatted.
pub(super) fn models(
    api: &Api,
    features: &Features,
    header: &str,
    shared: &str,
) -> Result<ModelFiles, syn::Error> {
    let (shared_items, parts) = emit_models::model_parts(api, features)?;
    let shared_lib = lib_ident(shared);
    let mut crates: Vec<ModelCrate> = Vec::new();
    let mut per_feature = std::collections::HashMap::new();
    for part in &parts {
        *per_feature.entry(part.feature).or_insert(0) += 1;
    }
    for (n, part) in parts.into_iter().enumerate() {
        let feature = &features.names[part.feature].name;
        let single = per_feature[&part.feature] == 1;
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
        let imports = std::iter::once(quote!(::#shared_lib::models::*)).chain(earlier.iter().map(
            |(package, _)| {
                let krate = lib_ident(package);
                quote!(::#krate::models::*)
            },
        ));
        let imports = quote! {
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
            text: format::file(
                emit_models::module(TokenStream::new(), imports, quote!()),
                header,
            )? + &part.items,
        });
    }
    let shared = format::file(
        emit_models::module(TokenStream::new(), quote!(), quote!()),
        header,
    )? + &shared_items;
    Ok(ModelFiles::Parts {
        shared,
        parts: crates,
    })
}

/// Writes the models crates under `crates/`: manifests, `lib.rs` and `models.rs`.
#[allow(clippy::too_many_arguments)]
pub(super) fn put_crates(
    files: &mut Files,
    api: &Api,
    crate_name: &str,
    features: &Features,
    header: &str,
    runtime: &Runtime,
    shared_rs: String,
    parts: &[ModelCrate],
) -> Result<(), syn::Error> {
    let shared = format!("{crate_name}-models");
    let user_deps = manifest::user_dependencies(api);
    let dir = PathBuf::from("crates/models");
    files.put(
        dir.join("Cargo.toml"),
        manifest::shared_models(&shared, features, runtime, &user_deps),
    );
    let lib = shared_lib(api, crate_name);
    files.put(dir.join("src/lib.rs"), format::file(lib, header)?);
    files.put(dir.join("src/models.rs"), shared_rs);
    for part in parts {
        let dir = PathBuf::from("crates").join(&part.dir);
        files.put(
            dir.join("Cargo.toml"),
            manifest::part(part, &shared, runtime, &user_deps),
        );
        let lib = part_lib(crate_name, &features.names[part.feature]);
        files.put(dir.join("src/lib.rs"), format::file(lib, header)?);
        files.put(dir.join("src/models.rs"), part.text.clone());
    }
    Ok(())
}

pub(super) fn lib_ident(package: &str) -> syn::Ident {
    syn::Ident::new(&package.replace('-', "_"), proc_macro2::Span::call_site())
}

/// The main crate's `models`: every models crate's types, each behind its feature.
pub(super) fn models_reexports(features: &Features, split: &SplitModels) -> TokenStream {
    let shared = lib_ident(split.shared);
    let parts = split.parts.iter().map(|part| {
        let name = &features.names[part.feature].name;
        let krate = lib_ident(&part.package);
        quote! {
            #[cfg(feature = #name)]
            pub use ::#krate::models::*;
        }
    });
    quote! {
        //! Types of the API's schemas and query parameters, shared by the client and the server.
        //!
        //! They are compiled in crates of their own (the types several features share, and per
        //! feature the types only it reaches), so cargo builds them in parallel; all of them
        //! are here.
        pub use ::#shared::models::*;
        #(#parts)*
    }
}

fn shared_lib(api: &Api, crate_name: &str) -> TokenStream {
    let docs = crate_root::crate_docs(
        api,
        &format!("The models several features of `{crate_name}` share"),
    );
    quote! {
        #docs
        #![allow(clippy::large_enum_variant, deprecated)]

        use ::generator_runtime as rt;

        #[rustfmt::skip]
        pub mod models;
    }
}

fn part_lib(crate_name: &str, feature: &Feature) -> TokenStream {
    let doc = format!(
        " The models of `{crate_name}` that only its `{}` feature ({}) reaches.",
        feature.name, feature.about
    );
    quote! {
        #![doc = #doc]
        #![allow(clippy::large_enum_variant, deprecated)]

        use ::generator_runtime as rt;

        #[rustfmt::skip]
        pub mod models;
    }
}
