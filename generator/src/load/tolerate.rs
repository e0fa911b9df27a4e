//! Accepts what real specs write and `openapiv3` refuses, turning it into the nearest 3.0 form
//! with a warning where meaning is lost.
//!
//! - An operation without `responses` (optional since 3.1): an empty `responses`, which the
//!   generator answers as a response without a body.
//! - A `mutualTLS` security scheme (3.1): a credential of the TLS layer, not of the request.
//!   It is taken out of `components/securitySchemes` and its name recorded, so requirements
//!   naming it are met by the transport (the client's certificate is configured on the
//!   `reqwest::Client` given to the builder, the server's in its TLS terminator).

use super::METHODS;
use crate::diagnostics::{Diagnostic, pointer_join};
use crate::load::sources::SourceMap;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Applies the rewrites above; returns the names of the transport-level schemes.
pub fn apply(
    file: &str,
    sources: &SourceMap,
    raw: &mut Value,
    is_31: bool,
    warnings: &mut Vec<Diagnostic>,
) -> BTreeSet<String> {
    if let Some(Value::Object(paths)) = raw.get_mut("paths") {
        for (path, item) in paths.iter_mut() {
            let Value::Object(item) = item else { continue };
            for method in METHODS {
                let Some(Value::Object(op)) = item.get_mut(*method) else {
                    continue;
                };
                if !op.contains_key("responses") {
                    if !is_31 {
                        let at = pointer_join("/paths", &[path, method]);
                        warnings.push(sources.diagnostic(
                            file,
                            &at,
                            "OpenAPI 3.0 requires `responses`; the operation is generated as \
                             answering without a body",
                        ));
                    }
                    op.insert("responses".into(), json!({}));
                }
            }
        }
    }
    let mut transport = BTreeSet::new();
    if let Some(Value::Object(schemes)) = raw
        .get_mut("components")
        .and_then(|c| c.get_mut("securitySchemes"))
    {
        schemes.retain(|name, scheme| {
            let mtls = scheme.get("type").and_then(Value::as_str) == Some("mutualTLS");
            if mtls {
                transport.insert(name.clone());
            }
            !mtls
        });
    }
    transport
}
