// @generated from `spec/openapi.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! Typed models and an async client for Cloud Foundry Cloud Controller V3 API — droplets and tasks (version 3.228.0).
//!
//! The droplet, task and job endpoints of the Cloud Foundry Cloud Controller V3 API, plus the
//! root documents clients start from.
//!
//! A droplet is the result of staging an application package: the bits produced by a buildpack
//! (or a reference to a docker image) that an app runs. A task is a one-off command run in the
//! context of an app, using one of its droplets.
//!
//! Curated by hand from the API reference pages and checked against the Cloud Controller
//! source. Every place where the reference pages disagree with the real API is recorded in
//! `spec/CURATION.md`; the `x-curation` extensions below point at its entries.
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
