//! Every example in `spec/openapi.yaml` deserializes into the generated type of its schema and
//! serializes back to equal JSON: the models lose nothing the real API sends.

use generated_client::models::*;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

fn roundtrip<T: DeserializeOwned + Serialize>(example: &Value) -> Value {
    let typed: T =
        serde_json::from_value(example.clone()).unwrap_or_else(|e| panic!("{e}: {example}"));
    serde_json::to_value(&typed).unwrap()
}

fn by_schema(name: &str, example: &Value) -> Value {
    match name {
        "RootInfo" => roundtrip::<RootInfo>(example),
        "V3Root" => roundtrip::<V3Root>(example),
        "Droplet" => roundtrip::<Droplet>(example),
        "DropletList" => roundtrip::<DropletList>(example),
        "DropletCreate" => roundtrip::<DropletCreate>(example),
        "DropletUpdate" => roundtrip::<DropletUpdate>(example),
        "ToOneRelationship" => roundtrip::<ToOneRelationship>(example),
        "CurrentDropletRelationship" => roundtrip::<CurrentDropletRelationship>(example),
        "Task" => roundtrip::<Task>(example),
        "TaskList" => roundtrip::<TaskList>(example),
        "TaskCreate" => roundtrip::<TaskCreate>(example),
        "TaskUpdate" => roundtrip::<TaskUpdate>(example),
        "Job" => roundtrip::<Job>(example),
        "ErrorEnvelope" => roundtrip::<ErrorEnvelope>(example),
        other => panic!("no generated type is mapped for schema `{other}`: add it here"),
    }
}

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => spec
            .pointer(r.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("{r}")),
        None => v,
    }
}

/// (where, schema name, example) for every JSON media type example.
fn examples(spec: &Value) -> Vec<(String, String, Value)> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), spec)];
    while let Some((at, v)) = stack.pop() {
        let Value::Object(map) = v else { continue };
        if let Some(media) = map.get("content").and_then(|c| c.get("application/json")) {
            let schema = media
                .pointer("/schema/$ref")
                .and_then(Value::as_str)
                .map(|r| r.rsplit('/').next().unwrap().to_owned());
            if let (Some(schema), Some(Value::Object(exs))) = (schema, media.get("examples")) {
                for (name, ex) in exs {
                    let value = resolve(spec, ex)
                        .get("value")
                        .cloned()
                        .expect("example value");
                    out.push((format!("{at}/{name}"), schema.clone(), value));
                }
            }
        }
        for (k, child) in map {
            if k != "examples" {
                stack.push((format!("{at}/{k}"), child));
            }
        }
    }
    out
}

#[test]
fn every_spec_example_round_trips() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/openapi.yaml"))
            .unwrap();
    let spec: Value = serde_yaml::from_str(&text).unwrap();
    let all = examples(&spec);
    assert!(all.len() >= 40, "only {} examples found", all.len());
    for (at, schema, example) in &all {
        assert_eq!(
            &by_schema(schema, example),
            example,
            "{at} ({schema}) changed in a round trip"
        );
    }
}

#[test]
fn timestamps_keep_their_exact_text() {
    let t: DateTime = serde_json::from_value(Value::String("2016-03-28T23:39:34Z".into())).unwrap();
    assert_eq!(serde_json::to_value(&t).unwrap(), "2016-03-28T23:39:34Z");
    let offset: DateTime =
        serde_json::from_value(Value::String("2016-03-28T23:39:34.120+02:00".into())).unwrap();
    assert_eq!(
        serde_json::to_value(&offset).unwrap(),
        "2016-03-28T23:39:34.120+02:00"
    );
    assert!(serde_json::from_value::<DateTime>(Value::String("yesterday".into())).is_err());
}

#[test]
fn null_and_absent_are_kept_apart_in_updates() {
    let update: MetadataUpdate =
        serde_json::from_str(r#"{"labels":{"keep":"v","drop":null}}"#).unwrap();
    let labels = update.labels.as_ref().unwrap();
    assert_eq!(labels["keep"], Some("v".to_owned()));
    assert_eq!(labels["drop"], None);
    assert_eq!(
        serde_json::to_string(&update).unwrap(),
        r#"{"labels":{"drop":null,"keep":"v"}}"#
    );
}

#[test]
fn secrets_are_redacted_in_debug_output() {
    let creds = RegistryCredentials {
        username: Some("me".into()),
        password: Some("hunter2".into()),
        token: Some("tok-123".into()),
    };
    let shown = format!("{creds:?}");
    assert!(
        shown.contains("me") && shown.contains("[REDACTED]"),
        "{shown}"
    );
    assert!(
        !shown.contains("hunter2") && !shown.contains("tok-123"),
        "{shown}"
    );
}

#[test]
fn query_types_round_trip_through_pairs() {
    let q = ListDropletsQuery {
        states: Some(vec![DropletState::Staged, DropletState::Failed]),
        per_page: Some(10),
        order_by: Some(OrderBy::MinusCreatedAt),
        created_ats_gt: Some("2021-01-01T00:00:00Z".parse().unwrap()),
        ..Default::default()
    };
    let pairs = q.to_pairs().unwrap();
    let expected = [
        ("states", "STAGED,FAILED"),
        ("per_page", "10"),
        ("order_by", "-created_at"),
        ("created_ats[gt]", "2021-01-01T00:00:00Z"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!(pairs, expected);
    // The server reads back what was sent, and the spec's default for what was not.
    let read = ListDropletsQuery::from_pairs(&pairs).unwrap();
    assert_eq!(read, ListDropletsQuery { page: Some(1), ..q });
}
