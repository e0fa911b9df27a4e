//! OpenAPI 3.1 → 3.0: rewrites the JSON Schema 2020-12 constructs that 3.0 lacks, in place, so
//! that one typed model (`openapiv3`) serves both versions.
//!
//! | 3.1                                   | 3.0                                   |
//! |---------------------------------------|---------------------------------------|
//! | `type: [string, "null"]`              | `type: string`, `nullable: true`      |
//! | `type: [string, integer]`             | `anyOf` of the two types              |
//! | `type: "null"` alone                  | `nullable: true`, `enum: [null]`      |
//! | `oneOf`/`anyOf` with a `null` member  | the rest, `nullable: true`            |
//! | `const: x`                            | `enum: [x]`                           |
//! | `examples: [a, ...]` in a schema      | `example: a`                          |
//! | `exclusiveMinimum: n` (a number)      | `minimum: n`, `exclusiveMinimum: true`|
//! | `contentEncoding: base64`             | `format: byte`                        |
//! | `contentMediaType` (binary)           | `format: binary`                      |
//! | `$defs`, `prefixItems`, `if`/`then`   | dropped (not representable)           |
//! | `webhooks`                            | `x-openapi-webhooks` (lowered there)  |
//! | missing `paths`                       | `paths: {}`                           |
//!
//! Only schema positions are rewritten: the walk knows which keys hold schemas, so a property
//! that happens to be called `const` or `type` is left alone.

use serde_json::{Map, Value, json};

/// Where a 3.1 document's `webhooks` are kept for `lower`.
pub const WEBHOOKS: &str = "x-openapi-webhooks";

/// Rewrites a 3.1 document into the 3.0 shape, in place.
pub fn to_openapi_30(doc: &mut Value) {
    let Some(root) = doc.as_object_mut() else {
        return;
    };
    if let Some(hooks) = root.remove("webhooks") {
        // Not `x-webhooks`: GitHub's 3.0 spec uses that name for its own extension, which
        // is not read (270 more operations on every generation of a GitHub client).
        root.insert(WEBHOOKS.to_owned(), hooks);
    }
    root.remove("jsonSchemaDialect");
    root.entry("paths").or_insert_with(|| json!({}));
    if let Some(Value::Object(info)) = root.get_mut("info") {
        if let Some(Value::Object(license)) = info.get_mut("license") {
            license.remove("identifier");
            license.entry("name").or_insert_with(|| json!(""));
        }
        info.remove("summary");
    }
    for v in root.values_mut() {
        walk_document(v);
    }
}

/// Walks non-schema parts of the document, entering schemas where a key holds one.
fn walk_document(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                match k.as_str() {
                    "schema" => schema(child),
                    "schemas" => {
                        if let Value::Object(schemas) = child {
                            schemas.values_mut().for_each(schema);
                        }
                    }
                    "example" | "examples" | "default" => {}
                    _ => walk_document(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(walk_document),
        _ => {}
    }
}

fn schema(v: &mut Value) {
    let Value::Object(map) = v else { return };
    if map.contains_key("$ref") {
        // 3.1 allows siblings next to `$ref`; 3.0 ignores them. Keep only a description
        // by wrapping the reference, so it is not lost.
        if map.len() > 1 {
            let reference = map.remove("$ref").unwrap_or(Value::Null);
            let nullable = map.get("nullable").cloned();
            let description = map.get("description").cloned();
            map.clear();
            map.insert("allOf".into(), json!([{ "$ref": reference }]));
            if let Some(d) = description {
                map.insert("description".into(), d);
            }
            if let Some(n) = nullable {
                map.insert("nullable".into(), n);
            }
        }
        return;
    }
    rewrite_type(map);
    if let Some(c) = map.remove("const") {
        map.insert("enum".into(), Value::Array(vec![c]));
    }
    if let Some(Value::Array(examples)) = map.get("examples") {
        let first = examples.first().cloned();
        map.remove("examples");
        if let Some(first) = first {
            map.entry("example").or_insert(first);
        }
    }
    for (key, flag) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n) = map.get(key).filter(|v| v.is_number()).cloned() {
            map.insert(flag.into(), n);
            map.insert(key.into(), Value::Bool(true));
        }
    }
    if map.get("contentEncoding").and_then(Value::as_str) == Some("base64") {
        map.insert("format".into(), json!("byte"));
    } else if map.contains_key("contentMediaType") && !map.contains_key("format") {
        map.insert("format".into(), json!("binary"));
    }
    for key in [
        "$defs",
        "prefixItems",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "unevaluatedProperties",
        "$schema",
        "$id",
        "$anchor",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
        "dependentRequired",
        "propertyNames",
        "contains",
        "minContains",
        "maxContains",
    ] {
        map.remove(key);
    }
    for key in ["oneOf", "anyOf"] {
        null_member_to_nullable(map, key);
    }
    // Recurse into the places that hold schemas.
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            schema(child);
        }
    }
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        props.values_mut().for_each(schema);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            members.iter_mut().for_each(schema);
        }
    }
}

fn rewrite_type(map: &mut Map<String, Value>) {
    match map.get("type") {
        Some(Value::Array(types)) => {
            let nullable = types.iter().any(|t| t == "null");
            let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
            match rest.len() {
                0 => {
                    map.remove("type");
                    map.insert("enum".into(), json!([null]));
                }
                1 => {
                    map.insert("type".into(), rest[0].clone());
                }
                _ => {
                    // Several types: an `anyOf` of single-typed copies keeps every constraint.
                    map.remove("type");
                    let variants: Vec<Value> =
                        rest.into_iter().map(|t| json!({ "type": t })).collect();
                    map.insert("anyOf".into(), Value::Array(variants));
                }
            }
            if nullable {
                map.insert("nullable".into(), Value::Bool(true));
            }
        }
        Some(Value::String(t)) if t == "null" => {
            map.remove("type");
            map.insert("nullable".into(), Value::Bool(true));
            map.insert("enum".into(), json!([null]));
        }
        _ => {}
    }
}

fn null_member_to_nullable(map: &mut Map<String, Value>, key: &str) {
    let Some(Value::Array(members)) = map.get_mut(key) else {
        return;
    };
    let before = members.len();
    members.retain(|m| !is_null_schema(m));
    if members.len() != before {
        map.insert("nullable".into(), Value::Bool(true));
    }
}

fn is_null_schema(v: &Value) -> bool {
    match v.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => ts.len() == 1 && ts[0] == "null",
        _ => {
            v.get("enum").is_some_and(|e| e == &json!([null]))
                && v.as_object().is_some_and(|m| m.len() <= 2)
        }
    }
}
