//! Emitters fed hand-built IR, no parser involved: the IR alone decides what is emitted.

use generator::emit::Features;
use generator::format;
use generator::ir::*;

fn name(wire: &str, rust: &str) -> Name {
    Name {
        wire: wire.into(),
        rust: rust.into(),
    }
}

fn api() -> Api {
    let pet = TypeDef {
        name: "Pet".into(),
        origin: "/components/schemas/Pet".into(),
        docs: Docs {
            description: Some("A pet.".into()),
            ..Default::default()
        },
        kind: TypeKind::Struct(Struct {
            fields: vec![Field {
                name: name("petName", "pet_name"),
                docs: Docs::default(),
                ty: TypeRef::String,
                presence: Presence::OptionalNullable,
                sensitive: true,
                read_only: false,
                write_only: false,
                boxed: false,
                default: None,
                constraints: Constraints::default(),
            }],
            additional: None,
            closed: true,
            patch: false,
        }),
    };
    let id = Param {
        name: name("id", "id"),
        location: ParamLocation::Path,
        ty: TypeRef::I64,
        required: true,
        docs: Docs::default(),
        style: ParamStyle::Simple,
        explode: false,
        constraints: Constraints::default(),
        item_constraints: Constraints::default(),
        default: None,
        sensitive: false,
    };
    let op = Operation {
        name: name("getPet", "get_pet"),
        type_stem: "GetPet".into(),
        method: Method::Get,
        path: "/pets/{id}".into(),
        segments: vec![PathSegment::Literal("/pets/".into()), PathSegment::Param(0)],
        docs: Docs {
            summary: Some("Get a pet".into()),
            ..Default::default()
        },
        path_params: vec![id],
        query_params: Vec::new(),
        query_type: None,
        header_params: Vec::new(),
        cookie_params: Vec::new(),
        body: None,
        responses: vec![Response {
            status: Some(Status::Code(200)),
            variant: "Ok".into(),
            docs: Docs::default(),
            body: Some(BodyContent::Json(TypeRef::Named("Pet".into()))),
            headers: Vec::new(),
        }],
        default_response: None,
        auth: vec![vec![Auth::ApiKey {
            scheme: "key".into(),
            name: "X-Key".into(),
            location: ParamLocation::Header,
        }]],
        anonymous: false,
        pagination: None,
        tags: vec!["pets".into()],
    };
    Api {
        title: "Pets".into(),
        version: "1".into(),
        description: None,
        types: vec![pet],
        operations: vec![op],
    }
}

#[test]
fn models_follow_the_ir() {
    let text = format::file(generator::emit::models(&api(), &Features::none()), "").unwrap();
    assert!(text.contains("pub struct Pet {"), "{text}");
    assert!(text.contains("#[serde(rename = \"petName\")]"), "{text}");
    assert!(
        text.contains(
            "pub pet_name: ::std::option::Option<::std::option::Option<::std::string::String>>"
        ),
        "{text}"
    );
    assert!(
        text.contains("impl ::std::fmt::Debug for Pet"),
        "a secret field gets a redacting Debug: {text}"
    );
}

#[test]
fn the_client_follows_the_ir() {
    let text = format::file(
        generator::emit::client(&api(), "crate::models", &Features::none()),
        "",
    )
    .unwrap();
    assert!(text.contains("pub async fn get_pet("), "{text}");
    assert!(text.contains("id: &i64"), "{text}");
    assert!(
        text.contains("crate::runtime::SchemeKind::ApiKeyHeader(\"X-Key\")"),
        "{text}"
    );
    assert!(text.contains("200 => {"), "{text}");
}

#[test]
fn the_server_follows_the_ir() {
    let text = format::file(
        generator::emit::server(&api(), "crate::models", "crate::runtime", &Features::none()),
        "",
    )
    .unwrap();
    assert!(text.contains("pub enum GetPetResponse {"), "{text}");
    assert!(text.contains("fn get_pet("), "{text}");
    assert!(text.contains("\"/pets/{p0}\""), "{text}");
    assert!(
        text.contains("rt::AuthKind::ApiKeyHeader(\"X-Key\")"),
        "{text}"
    );
}

/// Two tags: each operation and the types only it reaches are gated by its tag's feature; a
/// type both reach is gated by either; a type neither reaches sits behind `schemas`.
#[test]
fn per_tag_features_gate_what_each_tag_reaches() {
    let mut api = api();
    let mut other = api.operations[0].clone();
    other.name = name("listOwners", "list_owners");
    other.type_stem = "ListOwners".into();
    other.tags = vec!["Owner Records".into()];
    other.path_params.clear();
    other.segments = vec![PathSegment::Literal("/owners".into())];
    other.responses[0].body = Some(BodyContent::Json(TypeRef::Array(Box::new(TypeRef::Named(
        "Owner".into(),
    )))));
    api.operations.push(other);
    let mut owner = api.types[0].clone();
    owner.name = "Owner".into();
    api.types.push(owner);
    let mut orphan = api.types[0].clone();
    orphan.name = "Orphan".into();
    api.types.push(orphan);
    let features = Features::by_tag(&api);
    let names: Vec<&str> = features.names.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["pets", "owner-records", "schemas"]);
    let models = format::file(generator::emit::models(&api, &features), "").unwrap();
    assert!(
        models.contains("#[cfg(feature = \"owner-records\")]\n#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize, Default)]\npub struct Owner"),
        "{models}"
    );
    assert!(
        models.contains("#[cfg(feature = \"schemas\")]\n#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize, Default)]\npub struct Orphan"),
        "{models}"
    );
    let client = format::file(
        generator::emit::client(&api, "crate::models", &features),
        "",
    )
    .unwrap();
    assert!(client.contains("#[cfg(feature = \"pets\")]"), "{client}");
    assert!(
        client.contains("#[cfg(feature = \"owner-records\")]"),
        "{client}"
    );
}
