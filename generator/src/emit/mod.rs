//! IR → Rust. `models` emits the shared types, `client` the async client, `server` the trait
//! and router; `crate_root` the `lib.rs` files that tie them together, `split` the models
//! crates of a large API, `manifest` the `Cargo.toml` files and `inline` the runtime's sources
//! for a crate that carries its own copy. This module holds the configuration and lays out
//! the files.

mod cli;
mod client;
mod crate_root;
mod docs;
pub(crate) mod features;
mod inline;
mod manifest;
mod models;
pub(crate) mod server;
mod split;
mod tables;
mod types;
mod webhooks;

use crate::format;
use crate::ir::{Api, Operation};
pub use features::Features;
use rustc_hash::FxHashSet;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

pub use cli::cli;
pub use client::client;
pub use models::models;
pub use server::server;

/// How to lay out the output.
#[derive(Debug, Clone)]
pub struct Config {
    /// The spec path shown in file headers.
    pub source: String,
    /// The command shown in file headers.
    pub command: String,
    /// Where the files go.
    pub layout: Layout,
    /// How the generated crates reach the runtime.
    pub runtime: Runtime,
    /// The spec's error schemas whose conversion from the runtime's `ApiError` is written by
    /// hand beside the generated server (see [`Layout::Split`]); schemas shaped as RFC 9457
    /// problem details get a generated one without being named here.
    pub error_models: Vec<String>,
}

/// How a generated crate reaches the runtime (`generator/runtime`): generated code names it
/// through one path, `crate::rt`, whichever way it is provided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Runtime {
    /// A dependency on the `generator-runtime` crate at this path (relative to the crate's
    /// directory, as written in its `Cargo.toml`).
    Path(String),
    /// A dependency on a published `generator-runtime` of this version requirement.
    Version(String),
    /// The runtime's sources copied into the crate as private modules, for a crate that
    /// depends on no runtime crate. Only for one-crate layouts (models in the main crate).
    Inline,
}

/// Output layouts.
#[derive(Debug, Clone)]
pub enum Layout {
    /// Two crates with hand-written manifests: a client crate holding the models (usable
    /// without its `client` feature), whose `lib.rs` is generated, and a server crate that
    /// takes the models from it, whose `lib.rs` is written by hand (it declares
    /// `use ::generator_runtime as rt;` and `mod server;`, and holds what is specific to the
    /// API, such as its error models' `FromApiError`).
    Split {
        /// Directory of the client crate, relative to the output root.
        client_dir: PathBuf,
        /// Directory of the server crate.
        server_dir: PathBuf,
        /// The client crate's library name, as the server crate refers to it.
        client_crate: String,
        /// The command-line client's crate, if any.
        cli: Option<CliCrate>,
    },
    /// One crate with `client` (default) and `server` features, including `Cargo.toml`.
    Standalone {
        /// The package name.
        crate_name: String,
        /// Whether the models go in crates of their own.
        model_crates: ModelCrates,
        /// Whether to write the command-line client too (`src/cli.rs`, `src/main.rs` and a
        /// `cli` feature). It is asked for rather than always written: on a large spec the
        /// table adds a third to the output.
        cli: bool,
    },
}

/// The crate of a split layout's command-line client: a hand-written manifest and `main.rs`
/// (which declares `use ::generator_runtime as rt;` and `mod cli;`) beside the generated
/// `src/cli.rs`, which names the models through the client crate.
#[derive(Debug, Clone)]
pub struct CliCrate {
    /// Its directory, relative to the output root.
    pub dir: PathBuf,
    /// The binary's name (its environment variables are named after it).
    pub program: String,
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

impl Files {
    fn put(&mut self, path: impl Into<PathBuf>, text: String) {
        self.0.push((path.into(), text));
    }
}

/// The three parts of a layout's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The models (`models.rs`, or the models crates of a large spec, re-exported as one).
    Models,
    /// The client (`client.rs`).
    Client,
    /// The server trait and router (`server.rs`).
    Server,
}

/// How much of each item the emitters write. The files need all of it; the breaking-change
/// report reads signatures, types, attributes and the headers of trait impls, never a
/// function body or a doc comment (`diff::surface`), so [`emitted`] asks for [`Detail::Api`]:
/// a client method's request building, a response enum's `into_response`, the `Arc`
/// delegation, the routes, the doc comments and the models' private tables are most of the
/// tokens the three parts would otherwise hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Every token, as the files hold them.
    Full,
    /// What can hold API: functions with empty bodies, the `Arc` impl and the router without
    /// their contents, no doc comments, no private tables. The tokens parse; they are not
    /// meant to compile.
    Api,
}

impl Detail {
    /// `body()`, or nothing when only the API is written: the body of a function, or private
    /// items.
    pub(crate) fn body(
        self,
        body: impl FnOnce() -> proc_macro2::TokenStream,
    ) -> proc_macro2::TokenStream {
        match self {
            Detail::Full => body(),
            Detail::Api => proc_macro2::TokenStream::new(),
        }
    }

    /// `docs()` (doc comments), or nothing when only the API is written.
    pub(crate) fn docs(
        self,
        docs: impl FnOnce() -> proc_macro2::TokenStream,
    ) -> proc_macro2::TokenStream {
        self.body(docs)
    }
}

/// Which types and operations the emitters write. Generation writes all of them; the
/// breaking-change report asks only for those a spec change can reach, because the rest read
/// the same on both sides. Items that gather every operation or type (the router, the
/// credential methods, the constraint tables) are written whole either way.
#[derive(Debug, Clone, Copy)]
pub enum Only<'a> {
    /// Every type and operation.
    All,
    /// These.
    These(&'a Selection),
}

/// Types by Rust name, operations by Rust method name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The types.
    pub types: FxHashSet<String>,
    /// The operations.
    pub operations: FxHashSet<String>,
}

impl Only<'_> {
    pub(crate) fn ty(self, name: &str) -> bool {
        match self {
            Only::All => true,
            Only::These(s) => s.types.contains(name),
        }
    }

    pub(crate) fn op(self, op: &Operation) -> bool {
        match self {
            Only::All => true,
            Only::These(s) => s.operations.contains(&op.name.rust),
        }
    }
}

/// What an item's emitted code owes to the rest of the spec beyond its own IR and the types
/// it refers to: the `cfg` gates (a type's come from the operations that reach it), whether a
/// type is written as a parameter, and whether it gets a request-body check. The
/// breaking-change report compares these between two specs to find what a change reaches.
pub(crate) struct Surroundings {
    features: Features,
    in_params: BTreeSet<String>,
    checked: BTreeMap<String, BTreeSet<usize>>,
}

/// What [`Surroundings::of_type`] tells of a type.
pub(crate) type TypeSurroundings<'a> = (Option<Vec<&'a str>>, bool, Option<Option<Vec<&'a str>>>);

impl Surroundings {
    pub(crate) fn of(api: &Api, config: &Config) -> Self {
        let (features, _) = surface_plan(api, config);
        let index = types::Index::new(api);
        Surroundings {
            in_params: models::types_in_params(api, &index),
            checked: server::checked_types(api, &index, &features),
            features,
        }
    }

    /// A type's surroundings, equal on two specs when they are the same: the features that
    /// gate it (by name: two specs number them apart), whether it is written as a parameter,
    /// and the gate of its body check, if it has one.
    pub(crate) fn of_type(&self, name: &str) -> TypeSurroundings<'_> {
        (
            self.features.ty_gate(name),
            self.in_params.contains(name),
            self.checked
                .get(name)
                .map(|set| self.features.gate(Some(set))),
        )
    }

    /// An operation's surroundings: the features that gate it.
    pub(crate) fn of_op(&self, op: &Operation) -> Option<Vec<&str>> {
        self.features.op_gate(op)
    }
}

/// Hands `read` each part's tokens, unformatted, as `generate` would emit them (the same
/// features per tag, the same path from the server to the models): for tools that read the
/// generated API without writing files, such as the breaking-change report in
/// [`crate::diff`]. The server's part is its head (response types, the `Api` trait, the
/// router): the rest of the module, the body checks and the handlers, is private and holds
/// no API. Token streams cannot leave their thread, so `read` runs on the thread that built
/// them and returns what it learnt; the results come back in [`Part`] order.
pub fn emitted<T: Send>(
    api: &Api,
    config: &Config,
    only: Only<'_>,
    read: impl Fn(Part, proc_macro2::TokenStream) -> T + Sync,
) -> [T; 3] {
    let (features, server_models) = surface_plan(api, config);
    let read = &read;
    let features = &features;
    std::thread::scope(|scope| {
        let models = scope.spawn(move || {
            read(
                Part::Models,
                models::models_module(api, features, only, Detail::Api),
            )
        });
        let client = scope.spawn(move || {
            read(
                Part::Client,
                client::client_module(api, "crate::models", features, only, Detail::Api),
            )
        });
        let server = read(
            Part::Server,
            server::server_head(
                api,
                &server_models,
                "crate::rt::server",
                features,
                &config.error_models,
                only,
                Detail::Api,
            ),
        );
        [join(models), join(client), server]
    })
}

/// The features a layout gates items by, and the path the server names the models by.
fn surface_plan(api: &Api, config: &Config) -> (Features, String) {
    match &config.layout {
        Layout::Split { client_crate, .. } => {
            (Features::none(), format!("::{client_crate}::models"))
        }
        Layout::Standalone { .. } => (Features::by_tag(api), "crate::models".to_owned()),
    }
}

/// Emits every file for `api`.
pub fn generate(api: &Api, config: &Config) -> Result<Files, syn::Error> {
    let header = format::header(&config.source, &config.command);
    match &config.layout {
        Layout::Split {
            client_dir,
            server_dir,
            client_crate,
            cli,
        } => {
            let mut files = split_layout(api, config, &header, client_dir, server_dir)?;
            if let Some(cli_crate) = cli {
                let models = format!("::{client_crate}::models");
                let tokens = cli::cli(api, &models, &cli_crate.program, &Features::none());
                files.put(
                    cli_crate.dir.join("src/cli.rs"),
                    format::file(tokens, &header)?,
                );
            }
            Ok(files)
        }
        Layout::Standalone {
            crate_name,
            model_crates,
            cli,
        } => standalone_layout(api, config, &header, crate_name, *model_crates, *cli),
    }
}

/// The project's own pair of crates: small, with hand-written manifests, no per-tag features.
fn split_layout(
    api: &Api,
    config: &Config,
    header: &str,
    client_dir: &std::path::Path,
    server_dir: &std::path::Path,
) -> Result<Files, syn::Error> {
    let (features, server_models) = surface_plan(api, config);
    let (models_rs, client_rs, server_rs) = in_parallel(
        || format::file(models(api, &features, Only::All), header),
        || format::file(client(api, "crate::models", &features, Only::All), header),
        || {
            format::file(
                server(
                    api,
                    &server_models,
                    "crate::rt::server",
                    &features,
                    &config.error_models,
                    Only::All,
                ),
                header,
            )
        },
    )?;
    let mut files = Files::default();
    let src = client_dir.join("src");
    files.put(src.join("models.rs"), models_rs);
    files.put(src.join("client.rs"), client_rs);
    let lib = crate_root::client_lib(api, &config.runtime);
    files.put(src.join("lib.rs"), format::file(lib, header)?);
    files.put(server_dir.join("src/server.rs"), server_rs);
    Ok(files)
}

/// One crate for any spec, with its manifest; on a large spec, its models in crates of their
/// own under `crates/`.
fn standalone_layout(
    api: &Api,
    config: &Config,
    header: &str,
    crate_name: &str,
    model_crates: ModelCrates,
    with_cli: bool,
) -> Result<Files, syn::Error> {
    let (features, server_models) = surface_plan(api, config);
    // An inlined runtime lives in the main crate, where separate models crates cannot reach it.
    let spread = config.runtime != Runtime::Inline && model_crates.split(api, &features);
    let shared = format!("{crate_name}-models");
    // The CLI's table does not depend on the rest: it is written on a thread of its own.
    let (cli_rs, rest) = std::thread::scope(|scope| {
        let cli_rs = with_cli.then(|| {
            let features = &features;
            scope.spawn(move || {
                format::file(cli::cli(api, "crate::models", crate_name, features), header)
            })
        });
        let rest = in_parallel(
            || {
                if spread {
                    split::models(api, &features, header, &shared)
                } else {
                    Ok(split::ModelFiles::One(format::file(
                        models(api, &features, Only::All),
                        header,
                    )?))
                }
            },
            || format::file(client(api, "crate::models", &features, Only::All), header),
            // The server is the largest file (5 MB on GitHub's spec): its two halves are
            // built and formatted on two threads.
            || {
                let (head, tail) = std::thread::scope(|scope| {
                    let features = &features;
                    let tail = scope.spawn(|| {
                        let mut text = format::Items::default();
                        let error_models = &config.error_models;
                        let push = |item| text.push(item);
                        server::server_tail_items(
                            api,
                            &server_models,
                            features,
                            error_models,
                            Only::All,
                            push,
                        );
                        text.finish()
                    });
                    let head = server::server_head(
                        api,
                        &server_models,
                        "crate::rt::server",
                        features,
                        &config.error_models,
                        Only::All,
                        Detail::Full,
                    );
                    (format::file(head, header), join(tail))
                });
                Ok(head? + &tail?)
            },
        );
        (cli_rs.map(join).transpose(), rest)
    });
    let (cli_rs, (models_out, client_rs, server_rs)) = (cli_rs?, rest?);
    let mut files = Files::default();
    let parts = match models_out {
        split::ModelFiles::One(text) => {
            files.put("src/models.rs", text);
            None
        }
        split::ModelFiles::Parts {
            shared: shared_rs,
            parts,
        } => {
            let names = split::SplitModels {
                shared: &shared,
                parts: &parts,
            };
            let reexports = split::models_reexports(&features, &names);
            files.put("src/models.rs", format::file(reexports, header)?);
            split::put_crates(
                &mut files,
                api,
                crate_name,
                &features,
                header,
                &config.runtime,
                shared_rs,
                &parts,
            )?;
            Some(parts)
        }
    };
    let names = parts.as_ref().map(|parts| split::SplitModels {
        shared: &shared,
        parts,
    });
    files.put(
        "Cargo.toml",
        manifest::standalone(
            crate_name,
            &features,
            names.as_ref(),
            &config.runtime,
            with_cli,
            &manifest::user_dependencies(api),
        ),
    );
    files.put("src/client.rs", client_rs);
    files.put("src/server.rs", server_rs);
    if let Some(hooks) = webhooks::webhooks(api, "crate::models", &features, &config.error_models) {
        files.put("src/webhooks.rs", format::file(hooks, header)?);
    }
    if let Some(cli_rs) = cli_rs {
        files.put("src/cli.rs", cli_rs);
        files.put(
            "src/main.rs",
            crate_root::standalone_main(crate_name, header),
        );
    }
    let lib =
        crate_root::standalone_lib(api, &features, names.is_some(), &config.runtime, with_cli);
    files.put("src/lib.rs", format::file(lib, header)?);
    if config.runtime == Runtime::Inline {
        for (path, text) in inline::sources(header) {
            files.put(PathBuf::from("src/rt").join(path), text);
        }
    }
    Ok(files)
}

/// Runs the three emitters at once: they are independent and hold nearly all of the work on
/// large specs.
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
