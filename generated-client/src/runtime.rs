// @generated from `spec/openapi.yaml` by `cargo xtask codegen`. Do not edit by hand.
// Copied verbatim from the generator's runtime/ directory.

