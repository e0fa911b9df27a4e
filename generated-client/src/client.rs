// @generated from `spec/openapi.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! The client.
