//! Finds the innermost part of a document that fails to deserialize, so an error names the
//! operation, response or schema that is wrong rather than a top-level key.

use super::METHODS;
use crate::diagnostics::{escape_token, pointer_join};
use openapiv3::{
    Header, Operation, Parameter, ReferenceOr, RequestBody, Response, Schema, SecurityScheme,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// `(pointer, message)` of the innermost failure, if one is found.
pub fn locate(raw: &Value) -> Option<(String, String)> {
    if let Some(Value::Object(paths)) = raw.get("paths") {
        for (path, item) in paths {
            let at = pointer_join("/paths", &[path]);
            if let Some(found) = path_item(item, &at) {
                return Some(found);
            }
        }
    }
    if let Some(Value::Object(components)) = raw.get("components") {
        for (kind, entries) in components {
            let Value::Object(entries) = entries else {
                continue;
            };
            for (name, v) in entries {
                let at = pointer_join(&format!("/components/{}", escape_token(kind)), &[name]);
                let found = match kind.as_str() {
                    "schemas" => schema(v, &at, 0),
                    "parameters" => check::<ReferenceOr<Parameter>>(v, &at),
                    "responses" => response(v, &at),
                    "requestBodies" => check::<ReferenceOr<RequestBody>>(v, &at),
                    "headers" => check::<ReferenceOr<Header>>(v, &at),
                    "securitySchemes" => check::<ReferenceOr<SecurityScheme>>(v, &at),
                    _ => None,
                };
                if found.is_some() {
                    return found;
                }
            }
        }
    }
    None
}

fn check<T: DeserializeOwned>(v: &Value, at: &str) -> Option<(String, String)> {
    match serde_path_to_error::deserialize::<_, T>(v.clone()) {
        Ok(_) => None,
        Err(e) => {
            let inner = super::serde_path_to_pointer(e.path());
            Some((format!("{at}{inner}"), e.into_inner().to_string()))
        }
    }
}

fn path_item(item: &Value, at: &str) -> Option<(String, String)> {
    for method in METHODS {
        let Some(op) = item.get(*method) else {
            continue;
        };
        let op_at = format!("{at}/{method}");
        if check::<Operation>(op, &op_at).is_none() {
            continue;
        }
        if let Some(Value::Array(params)) = op.get("parameters") {
            for (i, p) in params.iter().enumerate() {
                if let Some(found) =
                    check::<ReferenceOr<Parameter>>(p, &format!("{op_at}/parameters/{i}"))
                {
                    return Some(found);
                }
            }
        }
        if let Some(body) = op.get("requestBody") {
            if let Some(found) =
                check::<ReferenceOr<RequestBody>>(body, &format!("{op_at}/requestBody"))
            {
                return Some(found);
            }
        }
        match op.get("responses") {
            Some(Value::Object(responses)) => {
                for (code, r) in responses {
                    let r_at = format!("{op_at}/responses/{}", escape_token(code));
                    if let Some(found) = response(r, &r_at) {
                        return Some(found);
                    }
                }
            }
            Some(_) => {
                return Some((
                    format!("{op_at}/responses"),
                    "`responses` must be a mapping of status codes".to_owned(),
                ));
            }
            None => {}
        }
        return check::<Operation>(op, &op_at);
    }
    check::<ReferenceOr<openapiv3::PathItem>>(item, at)
}

fn response(r: &Value, at: &str) -> Option<(String, String)> {
    check::<ReferenceOr<Response>>(r, at)?;
    if let Some(Value::Object(content)) = r.get("content") {
        for (media, m) in content {
            if let Some(s) = m.get("schema") {
                let found = schema(
                    s,
                    &format!("{at}/content/{}/schema", escape_token(media)),
                    0,
                );
                if found.is_some() {
                    return found;
                }
            }
        }
    }
    check::<ReferenceOr<Response>>(r, at)
}

fn schema(s: &Value, at: &str, depth: usize) -> Option<(String, String)> {
    let outer = check::<ReferenceOr<Schema>>(s, at)?;
    if depth > 32 {
        return Some(outer);
    }
    if let Some(Value::Object(props)) = s.get("properties") {
        for (name, p) in props {
            if let Some(found) = schema(
                p,
                &format!("{at}/properties/{}", escape_token(name)),
                depth + 1,
            ) {
                return Some(found);
            }
        }
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = s.get(key).filter(|c| c.is_object()) {
            if let Some(found) = schema(child, &format!("{at}/{key}"), depth + 1) {
                return Some(found);
            }
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = s.get(key) {
            for (i, m) in members.iter().enumerate() {
                if let Some(found) = schema(m, &format!("{at}/{key}/{i}"), depth + 1) {
                    return Some(found);
                }
            }
        }
    }
    Some(outer)
}
