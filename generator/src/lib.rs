//! An OpenAPI 3.0/3.1 → Rust generator: typed models, an async client and axum server stubs.
//!
//! Data flows one way: [`load`] (text → checked `openapiv3` document) → [`lower`] (→ [`ir::Api`])
//! → [`emit`] (IR → token streams) → [`format`] (tokens → formatted, headed files). The IR knows
//! neither YAML nor Rust syntax; emitters never see `openapiv3` types.

pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod format;
mod graph;
pub mod ir;
pub mod load;
pub mod lower;
pub mod names;

pub use diagnostics::{Diagnostic, Diagnostics};
pub use emit::{Config, Files, ModelCrates, generate};
