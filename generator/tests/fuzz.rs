//! Property test of the whole path: random schema-shaped documents (3.0 and 3.1) go through
//! load → lower → emit. Nothing may panic, and whatever lowers must emit parseable Rust.

use proptest::prelude::*;
use serde_json::{Value, json};

const KEYS: &[&str] = &[
    "type",
    "properties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "$ref",
    "enum",
    "nullable",
    "required",
    "additionalProperties",
    "format",
    "discriminator",
    "description",
    "const",
    "examples",
    "default",
    "minimum",
    "maxLength",
    "not",
    "readOnly",
    "x-sensitive",
    "title",
    "a",
    "self",
    "type ",
];
const STRINGS: &[&str] = &[
    "string",
    "object",
    "array",
    "integer",
    "number",
    "boolean",
    "null",
    "#/components/schemas/A",
    "#/components/schemas/B",
    "#/components/schemas/Missing",
    "#/paths",
    "date-time",
    "uuid",
    "binary",
    "password",
    "",
    "-x",
    "+y",
    "A",
    "propertyName",
];

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-3i64..1000).prop_map(|n| json!(n)),
        prop::sample::select(STRINGS).prop_map(|s| json!(s)),
    ]
}

/// A few random keywords with random leaf values, mixed into schemas.
fn noise() -> impl Strategy<Value = Value> {
    prop::collection::vec((prop::sample::select(KEYS), leaf()), 0..3)
        .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
}

/// Schema-shaped values: mostly valid schemas of every kind, with random keywords mixed in.
fn schema() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        prop::sample::select(&["string", "integer", "number", "boolean", "object", "array"][..])
            .prop_map(|t| json!({ "type": t })),
        prop::sample::select(&["date-time", "uuid", "binary", "password", "int32", "x"][..])
            .prop_map(|f| json!({ "type": "string", "format": f })),
        prop::sample::select(
            &[
                "#/components/schemas/A",
                "#/components/schemas/B",
                "#/components/schemas/Missing"
            ][..]
        )
        .prop_map(|r| json!({ "$ref": r })),
        prop::collection::vec(prop::sample::select(STRINGS), 1..4)
            .prop_map(|v| json!({ "type": "string", "enum": v })),
        Just(json!({ "type": ["string", "null"] })),
        Just(json!({ "const": "fixed" })),
        Just(json!({})),
    ];
    leaf.prop_recursive(4, 48, 4, |inner| {
        prop_oneof![
            (
                prop::collection::vec((prop::sample::select(KEYS), inner.clone()), 0..4),
                any::<bool>()
            )
                .prop_map(|(props, req)| {
                    let names: Vec<String> = props.iter().map(|(k, _)| k.to_string()).collect();
                    let properties: serde_json::Map<String, Value> =
                        props.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
                    let required: Vec<String> = if req { names } else { Vec::new() };
                    json!({ "type": "object", "properties": properties, "required": required })
                }),
            inner
                .clone()
                .prop_map(|i| json!({ "type": "array", "items": i })),
            inner
                .clone()
                .prop_map(|i| json!({ "type": "object", "additionalProperties": i })),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|m| json!({ "allOf": m })),
            prop::collection::vec(inner.clone(), 1..3)
                .prop_map(|m| json!({ "oneOf": m, "discriminator": { "propertyName": "kind" } })),
            prop::collection::vec(inner.clone(), 1..3)
                .prop_map(|m| json!({ "anyOf": m, "nullable": true })),
            (inner, noise()).prop_map(|(s, noise)| match (s, noise) {
                (Value::Object(mut s), Value::Object(n)) => {
                    s.extend(n);
                    Value::Object(s)
                }
                (s, _) => s,
            }),
        ]
    })
}

fn document(version: &str, a: Value, b: Value, body: Value, param: Value) -> Value {
    json!({
        "openapi": version,
        "info": { "title": "Fuzz", "version": "1" },
        "paths": {
            "/x/{id}": {
                "post": {
                    "operationId": "post",
                    "parameters": [
                        { "name": "id", "in": "path", "required": true, "schema": param.clone() },
                        { "name": "q", "in": "query", "schema": param }
                    ],
                    "requestBody": { "content": { "application/json": { "schema": body.clone() } } },
                    "responses": {
                        "200": { "description": "ok", "content": { "application/json": { "schema": body } } },
                        "default": { "description": "error" }
                    }
                }
            }
        },
        "components": { "schemas": { "A": a, "B": b } }
    })
}

/// Runs one document through the pipeline; returns how far it got (0 load, 1 lower, 2 emit).
fn run(text: &str) -> Result<u8, String> {
    let Ok(doc) = generator::load::load_str("fuzz.json", text) else {
        return Ok(0);
    };
    let Ok(lowered) = generator::lower::lower(&doc) else {
        return Ok(1);
    };
    let config = generator::Config {
        source: "fuzz.json".into(),
        command: "fuzz".into(),
        layout: generator::emit::Layout::Standalone {
            crate_name: "fuzz".into(),
            model_crates: generator::ModelCrates::Auto,
            cli: true,
        },
        runtime: generator::emit::Runtime::Path("../generator/runtime".into()),
        error_models: Vec::new(),
    };
    generator::generate(&lowered.api, &config)
        .map(|_| 2)
        .map_err(|e| format!("emitted code does not parse: {e}\n{text}"))
}

#[test]
fn random_documents_never_panic() {
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new(Config {
        cases: 600,
        failure_persistence: None,
        ..Config::default()
    });
    let reached = std::sync::atomic::AtomicUsize::new(0);
    let strategy = (any::<bool>(), schema(), schema(), schema(), schema());
    runner
        .run(&strategy, |(v31, a, b, body, param)| {
            let version = if v31 { "3.1.0" } else { "3.0.3" };
            let text = serde_json::to_string(&document(version, a, b, body, param)).unwrap();
            if let Ok(path) = std::env::var("FUZZ_TRACE") {
                std::fs::write(path, &text).unwrap();
            }
            let stage = run(&text).map_err(proptest::test_runner::TestCaseError::fail)?;
            if stage == 2 {
                reached.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Ok(())
        })
        .unwrap();
    // The generator must be exercised, not just the loader's rejections.
    let reached = reached.into_inner();
    assert!(
        reached >= 60,
        "only {reached} of 600 random documents reached emission"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = generator::load::load_str("fuzz.yaml", &text);
    }
}

/// Replays a saved case: `FUZZ_REPLAY=case.json cargo test --test fuzz replay`.
#[test]
fn replay() {
    if let Ok(path) = std::env::var("FUZZ_REPLAY") {
        let text = std::fs::read_to_string(path).unwrap();
        run(&text).unwrap();
    }
}
