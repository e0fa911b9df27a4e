// @generated from `generator/tests/fixtures/features.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! Typed models, an async client and an axum server for Features (version 1).
//!
//! Every parameter style, defaults, credentials and body formats, each once; the roundtrip crate (generator/roundtrip) is generated from this file and drives client against server.
//!
//! # Features
//!
//! `client` (default) is the async client, `server` the API trait and axum router. `full` (default) compiles every operation and type; to build only the operations you call and the types they reach, turn default features off and name their tags, e.g. `features = ["client", "<tag>"]`.
//!
//! - `params`: operations tagged `params`.
//! - `auth`: operations tagged `auth`.
//! - `bodies`: operations tagged `bodies`.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]
use ::generator_runtime as rt;
/// The runtime this crate is built on: model primitives, client and server support,
/// shared with every other generated crate in the program.
pub use ::generator_runtime as runtime;
#[rustfmt::skip]
pub mod models;
pub use rt::{Base64, Binary, Date, DateTime, Secret, UnknownValue};
#[cfg(feature = "client")]
#[rustfmt::skip]
mod client;
#[cfg(feature = "client")]
#[allow(unused_imports)]
pub use client::*;
#[cfg(feature = "client")]
pub use rt::{ByteStream, Error, ErrorResponse, FilePart};
#[cfg(feature = "client")]
pub use rt::{FnToken, RetryPolicy, StaticToken, TokenProvider};
/// Webhooks and callbacks: a receiver (server) and a sender (client) for the
/// requests the API sends.
#[rustfmt::skip]
pub mod webhooks;
/// The command-line client the crate's binary runs (`src/main.rs`).
#[cfg(feature = "cli")]
#[rustfmt::skip]
pub mod cli;
/// The API trait and router.
#[cfg(feature = "server")]
#[rustfmt::skip]
pub mod server;
#[cfg(feature = "server")]
pub use rt::{ApiError, ErrorKind, RequestContext, ServerConfig, UploadStream};
