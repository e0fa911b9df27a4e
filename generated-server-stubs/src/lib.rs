//! An API trait and an axum router for the Cloud Foundry Cloud Controller V3 droplets and
//! tasks API, generated from `spec/openapi.yaml`.
//!
//! `server.rs` is generated (`cargo xtask codegen`); this file and [`cf`] are written by hand:
//! they hold what is specific to Cloud Foundry and not the generator's business, namely the
//! error envelope every error is answered in and the `X-VCAP-Request-ID` header. [`router`]
//! serves an implementation of [`Api`] with both; [`server_config`] is the base for other
//! settings.
#![allow(clippy::large_enum_variant, clippy::too_many_arguments, deprecated)]

// The generated code reaches the runtime as `crate::rt`.
use ::generator_runtime as rt;

pub mod cf;
// Its `router` (the runtime's default settings) gives way to the one below.
#[allow(dead_code)]
#[rustfmt::skip]
mod server;

/// The models shared with the client crate.
pub use ::generated_client::models;
pub use rt::{ApiError, ErrorKind, RequestContext, ServerConfig, UploadStream};
pub use server::*;

/// The router's settings as Cloud Foundry answers: errors in the CF envelope, request ids in
/// `X-VCAP-Request-ID`, the runtime's other defaults.
pub fn server_config() -> ServerConfig {
    ServerConfig {
        request_id_header: rt::deps::axum::http::HeaderName::from_static(cf::REQUEST_ID_HEADER),
        error_response: cf::error_response,
        ..ServerConfig::default()
    }
}

/// A router serving `api` with [`server_config`].
pub fn router<A: Api>(api: A) -> rt::deps::axum::Router {
    router_with_config(api, server_config())
}
