//! Bodies: `readOnly`/`writeOnly` by direction, spec defaults (not in PATCH bodies),
//! `format: byte` and `format: binary`, form bodies both ways, streamed octets, multipart.

mod common;

use common::{Seen, Server};
use proptest::prelude::*;
use roundtrip::models::*;
use roundtrip::runtime::Error;

fn server() -> &'static Server {
    static SERVER: std::sync::OnceLock<Server> = std::sync::OnceLock::new();
    SERVER.get_or_init(Server::start)
}

fn pet() -> Pet {
    Pet {
        id: Some(99),
        name: "Rex".into(),
        password: Some("hunter2".into()),
        photo: Some(Base64(vec![0, 159, 255, 1, 2])),
        notes: Some(Binary(b"plain text".to_vec())),
        tag: None,
        age: None,
        kind: None,
        weights: None,
    }
}

#[test]
fn read_only_fields_stay_out_of_requests_and_write_only_out_of_responses() {
    let s = server();
    let created = s.rt.block_on(s.client().create_pet(&pet())).unwrap();
    let Some(Seen::Pet(received)) = s.recorder.last() else {
        panic!("no pet received")
    };
    assert_eq!(received.id, None, "the read-only id was not sent");
    assert_eq!(
        received.password.as_deref(),
        Some("hunter2"),
        "the write-only password was"
    );
    assert_eq!(created.id, Some(7), "the server's id came back");
    assert_eq!(created.password, None, "the password did not come back");
    assert_eq!(created.photo, pet().photo);
    assert_eq!(created.notes, pet().notes);
}

#[test]
fn absent_fields_take_the_spec_default_except_in_patch_bodies() {
    let s = server();
    s.rt.block_on(s.client().create_pet(&pet())).unwrap();
    let Some(Seen::Pet(received)) = s.recorder.last() else {
        panic!("no pet received")
    };
    assert_eq!(received.tag.as_deref(), Some("none"));
    assert_eq!(received.age, Some(1));
    assert_eq!(received.kind, Some(PetKind::Dog));
    assert_eq!(received.weights, Some(vec![1.5]));
    // A value that was sent is kept.
    let sent = Pet {
        tag: Some("good".into()),
        age: Some(3),
        ..pet()
    };
    s.rt.block_on(s.client().create_pet(&sent)).unwrap();
    let Some(Seen::Pet(received)) = s.recorder.last() else {
        panic!("no pet received")
    };
    assert_eq!(
        (received.tag.as_deref(), received.age),
        (Some("good"), Some(3))
    );
    // In a PATCH body absent means "unchanged": no default is filled in.
    let patch = PetPatch {
        name: Some("Max".into()),
        tag: None,
    };
    let echoed = s.rt.block_on(s.client().update_pet(&5, &patch)).unwrap();
    assert_eq!(s.recorder.last(), Some(Seen::Patch(5, patch.clone())));
    assert_eq!(echoed, patch);
}

#[test]
fn the_server_drops_a_read_only_field_and_a_closed_object_refuses_it() {
    let s = server();
    let http = reqwest::Client::new();
    let post = |path: &str, body: &str| {
        let req = http
            .post(format!("{}{path}", s.base))
            .bearer_auth("t")
            .header("content-type", "application/json")
            .body(body.to_owned());
        s.rt.block_on(async { req.send().await.unwrap() })
    };
    let resp = post("/pets", r#"{"id": 5, "name": "Rex", "password": "pw"}"#);
    assert_eq!(resp.status(), 201);
    let Some(Seen::Pet(received)) = s.recorder.last() else {
        panic!("no pet received")
    };
    assert_eq!(received.id, None);
    let resp = post("/pets/strict", r#"{"id": 5, "name": "Rex"}"#);
    assert_eq!(resp.status(), 422);
    let text = s.rt.block_on(resp.text()).unwrap();
    assert!(text.contains("id is read-only"), "{text}");
    assert_eq!(post("/pets/strict", r#"{"name": "Rex"}"#).status(), 201);
    // A response never requires the write-only password, nor a request the read-only id.
    assert_eq!(post("/pets", r#"{"name": "Rex"}"#).status(), 201);
}

#[test]
fn base64_is_read_in_either_alphabet_padded_or_not() {
    let bytes = vec![0xfb, 0xff, 0xbf, 0x00, 0x10];
    for text in ["+/+/ABA=", "+/+/ABA", "-_-_ABA=", "-_-_ABA", "+/+/\nABA="] {
        assert_eq!(Base64::decode(text).unwrap().0, bytes, "{text}");
    }
    assert_eq!(Base64(bytes).encode(), "+/+/ABA=");
    assert!(Base64::decode("not base64!").is_err());
    let json: Base64 = serde_json::from_str("\"aGk\"").unwrap();
    assert_eq!(json.0, b"hi");
}

#[test]
fn binary_that_json_cannot_carry_is_refused_not_altered() {
    let s = server();
    let before = s.recorder.seen.lock().unwrap().len();
    let bad = Pet {
        notes: Some(Binary(vec![0xff, 0xfe])),
        ..pet()
    };
    match s.rt.block_on(s.client().create_pet(&bad)) {
        Err(Error::InvalidRequest(why)) => assert!(why.contains("not UTF-8"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(s.recorder.seen.lock().unwrap().len(), before);
}

fn form() -> impl Strategy<Value = Form> {
    (
        "\\PC{0,12}",
        any::<Option<i64>>(),
        any::<Option<bool>>(),
        proptest::option::of(proptest::collection::vec("\\PC{0,6}", 1..4)),
        proptest::option::of(prop_oneof![Just(FormMode::A), Just(FormMode::B)]),
        proptest::option::of(
            (0i64..4_000_000_000).prop_map(|t| {
                DateTime::from(time::OffsetDateTime::from_unix_timestamp(t).unwrap())
            }),
        ),
        proptest::option::of((any::<i64>(), any::<Option<i64>>())),
    )
        .prop_map(|(name, count, flag, tags, mode, stamp, range)| Form {
            name,
            count,
            flag,
            tags,
            mode,
            stamp,
            secret: None,
            range: range.map(|(min, max)| FormRange {
                min: Some(min),
                max,
            }),
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn form_bodies_round_trip(sent in form()) {
        let s = server();
        let echoed = s.rt.block_on(s.client().submit_form(&sent)).unwrap();
        let expected = Form { flag: sent.flag.or(Some(true)), ..sent };
        prop_assert_eq!(s.recorder.last(), Some(Seen::Form(expected.clone())));
        prop_assert_eq!(echoed, Form { secret: Some("set by the server".to_owned()), ..expected });
    }
}

#[test]
fn a_form_body_is_urlencoded_with_lists_repeated_and_objects_bracketed() {
    let form = Form {
        name: "a b&c".into(),
        count: Some(2),
        flag: None,
        tags: Some(vec!["x".into(), "y".into()]),
        mode: Some(FormMode::B),
        stamp: None,
        secret: Some("not sent".into()),
        range: Some(FormRange {
            min: Some(1),
            max: Some(9),
        }),
    };
    let text = roundtrip::runtime::primitives::write_form(&form, true).unwrap();
    assert_eq!(
        text,
        "name=a+b%26c&count=2&tags=x&tags=y&mode=b&range%5Bmin%5D=1&range%5Bmax%5D=9"
    );
}

#[test]
fn octet_stream_bodies_stream_both_ways() {
    let s = server();
    let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let echoed = s.rt.block_on(async {
        let stream = s
            .client()
            .put_file(reqwest::Body::from(bytes.clone()))
            .await
            .unwrap();
        stream.bytes().await.unwrap()
    });
    assert_eq!(echoed.len(), bytes.len());
    assert!(echoed == bytes);
}

#[test]
fn multipart_carries_a_file_a_json_part_and_a_base64_part() {
    let s = server();
    let file = roundtrip::FilePart::from_bytes("f.bin", vec![7u8; 100_000]);
    let form = roundtrip::UploadForm {
        file,
        meta: Some(pet()),
        digest: Some(Base64(vec![1, 2, 3, 250])),
    };
    let got = s.rt.block_on(s.client().upload(form)).unwrap();
    assert_eq!(got.size, 100_000);
    assert_eq!(got.digest, Some(Base64(vec![1, 2, 3, 250])));
    let meta = got.meta.unwrap();
    assert_eq!(
        (meta.id, meta.password, meta.tag.as_deref()),
        (None, None, Some("none"))
    );
}

#[test]
fn unions_decode_by_discriminator_and_by_shape() {
    let text = r#"{"shapes": [
        {"kind": "circle", "radius": 1.5},
        {"label": "first key is not the tag", "side": 2, "kind": "square"},
        {"kind": "sq\u0075are", "side": 3},
        {"kind": "hexagon", "sides": 6},
        {"radius": 1}
    ], "values": [1, "two", {"kind": "square", "side": 4}, [5]]}"#;
    let drawing: Drawing = serde_json::from_str(text).unwrap();
    assert!(matches!(&drawing.shapes[0], Shape::Circle(c) if c.radius == 1.5));
    assert!(matches!(&drawing.shapes[1], Shape::Square(s) if s.side == 2.0));
    assert!(
        matches!(&drawing.shapes[2], Shape::Square(s) if s.side == 3.0),
        "an escaped tag"
    );
    assert!(matches!(&drawing.shapes[3], Shape::Unknown(v) if v["sides"] == 6));
    assert!(matches!(&drawing.shapes[4], Shape::Unknown(_)));
    assert!(matches!(
        &drawing.values[..],
        [
            Loose::Integer(1),
            Loose::String(_),
            Loose::Square(_),
            Loose::Other(_)
        ]
    ));
    // A known tag with a body that does not fit is an error, not silently unknown.
    assert!(serde_json::from_str::<Shape>(r#"{"kind": "circle", "radius": "big"}"#).is_err());
    let s = server();
    let echoed = s.rt.block_on(s.client().echo_shapes(&drawing)).unwrap();
    assert_eq!(echoed, drawing);
}

/// Schemas with `x-rust-type` are the user's own types on both sides: the client sends a
/// `std::net::IpAddr`, a `BTreeSet` and a `uuid::Uuid`, and the server's handler receives
/// them as such; what the user's type refuses to read, the server refuses.
#[test]
fn user_types_travel_as_themselves() {
    use std::collections::BTreeSet;
    let host = Host {
        address: std::net::IpAddr::V6("2001:db8::1".parse().unwrap()),
        tags: Some(BTreeSet::from(["b".to_owned(), "a".to_owned()])),
        id: Some(uuid::Uuid::from_u128(7)),
    };
    let tags: &TagSet = host.tags.as_ref().unwrap();
    assert_eq!(tags.iter().next().map(String::as_str), Some("a"));
    let s = server();
    let echoed = s.rt.block_on(s.client().echo_host(&host)).unwrap();
    assert_eq!(echoed, host);
    let raw = s.rt.block_on(async {
        reqwest::Client::new()
            .post(format!("{}/hosts", s.base))
            .bearer_auth("t")
            .json(&serde_json::json!({"address": "300.1.2.3"}))
            .send()
            .await
            .unwrap()
    });
    assert!(raw.status().is_client_error(), "{}", raw.status());
}
