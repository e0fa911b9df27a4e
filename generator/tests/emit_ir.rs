//! Emitters fed hand-built IR, no parser involved: the IR alone decides what is emitted.

use generator::emit::{Features, Only};
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
        experimental: false,
    };
    Api {
        title: "Pets".into(),
        version: "1".into(),
        description: None,
        types: vec![pet],
        operations: vec![op],
        oauth2: Vec::new(),
        servers: Vec::new(),
        webhooks: Vec::new(),
    }
}

#[test]
fn models_follow_the_ir() {
    let text = format::file(
        generator::emit::models(&api(), &Features::none(), Only::All),
        "",
    )
    .unwrap();
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
        generator::emit::client(&api(), "crate::models", &Features::none(), Only::All),
        "",
    )
    .unwrap();
    assert!(text.contains("pub async fn get_pet("), "{text}");
    assert!(text.contains("id: &i64"), "{text}");
    assert!(
        text.contains("rt::SchemeKind::ApiKeyHeader(\"X-Key\")"),
        "{text}"
    );
    assert!(text.contains("200 => {"), "{text}");
}

#[test]
fn the_server_follows_the_ir() {
    let text = format::file(
        generator::emit::server(
            &api(),
            "crate::models",
            "crate::rt::server",
            &Features::none(),
            &[],
            Only::All,
        ),
        "",
    )
    .unwrap();
    assert!(text.contains("pub enum GetPetResponse {"), "{text}");
    assert!(text.contains("fn get_pet("), "{text}");
    assert!(text.contains("\"/pets/{p0}\""), "{text}");
    assert!(
        text.contains("rt::SchemeKind::ApiKeyHeader(\"X-Key\")"),
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
    let models = format::file(generator::emit::models(&api, &features, Only::All), "").unwrap();
    assert!(
        models.contains("#[cfg(feature = \"owner-records\")]\n#[derive(Clone, PartialEq, ::serde::Serialize, Default)]\npub struct Owner"),
        "{models}"
    );
    assert!(
        models.contains("#[cfg(feature = \"schemas\")]\n#[derive(Clone, PartialEq, ::serde::Serialize, Default)]\npub struct Orphan"),
        "{models}"
    );
    let client = format::file(
        generator::emit::client(&api, "crate::models", &features, Only::All),
        "",
    )
    .unwrap();
    assert!(client.contains("#[cfg(feature = \"pets\")]"), "{client}");
    assert!(
        client.contains("#[cfg(feature = \"owner-records\")]"),
        "{client}"
    );
}

fn field(wire: &str, ty: TypeRef, presence: Presence) -> Field {
    Field {
        name: name(wire, wire),
        docs: Docs::default(),
        ty,
        presence,
        sensitive: false,
        read_only: false,
        write_only: false,
        boxed: false,
        default: None,
        constraints: Constraints::default(),
    }
}

fn structure(name: &str, fields: Vec<Field>) -> TypeDef {
    TypeDef {
        name: name.into(),
        origin: format!("/components/schemas/{name}"),
        docs: Docs::default(),
        kind: TypeKind::Struct(Struct {
            fields,
            additional: None,
            closed: false,
            patch: false,
        }),
    }
}

/// `api()` whose `getPet` documents 404 and `default` with an error body `Problem` of the
/// given fields.
fn api_with_errors(fields: Vec<Field>) -> Api {
    let mut api = api();
    api.types.push(structure("Problem", fields));
    let error = |status, variant: &str| Response {
        status,
        variant: variant.into(),
        docs: Docs::default(),
        body: Some(BodyContent::Json(TypeRef::Named("Problem".into()))),
        headers: Vec::new(),
    };
    let op = &mut api.operations[0];
    op.responses
        .push(error(Some(Status::Code(404)), "NotFound"));
    op.default_response = Some(error(None, "Default"));
    api
}

fn server_text(api: &Api, hand_written: &[String]) -> String {
    format::file(
        generator::emit::server(
            api,
            "crate::models",
            "crate::rt::server",
            &Features::none(),
            hand_written,
            Only::All,
        ),
        "",
    )
    .unwrap()
}

/// An implementation answers an error with `error.into()` when the spec's error bodies are
/// RFC 9457 problem details (the conversion is generated) or a model whose conversion the
/// crate writes by hand; for bodies of other shapes there is none.
#[test]
fn error_models_convert_from_the_runtime_error() {
    let problem = vec![
        field("type", TypeRef::String, Presence::Optional),
        field("title", TypeRef::String, Presence::Optional),
        field("status", TypeRef::I64, Presence::Optional),
        field("detail", TypeRef::String, Presence::Required),
        field("meta", TypeRef::Json, Presence::Optional),
    ];
    let text = server_text(&api_with_errors(problem), &[]);
    assert!(
        text.contains("impl ::std::convert::From<rt::ApiError> for GetPetResponse"),
        "{text}"
    );
    assert!(
        text.contains("404 => Self::NotFound(FromApiError::from_api_error(error))"),
        "{text}"
    );
    assert!(
        text.contains("_ => Self::Default(status, FromApiError::from_api_error(error))"),
        "{text}"
    );
    // The model converts once, whatever the number of operations using it.
    assert_eq!(
        text.matches("impl FromApiError for crate::models::Problem")
            .count(),
        1,
        "{text}"
    );
    assert!(text.contains("detail: error.detail.clone()"), "{text}");
    assert!(
        text.contains("status: ::std::option::Option::Some(i64::from(error.status.as_u16()))"),
        "{text}"
    );
    assert!(text.contains("meta: ::std::option::Option::None"), "{text}");

    // An envelope of another shape converts only when the crate's own code says how.
    let envelope = vec![
        field("code", TypeRef::I64, Presence::Required),
        field("message", TypeRef::String, Presence::Required),
    ];
    let text = server_text(&api_with_errors(envelope.clone()), &[]);
    assert!(!text.contains("From<rt::ApiError>"), "{text}");
    assert!(!text.contains("trait FromApiError"), "{text}");
    let text = server_text(&api_with_errors(envelope), &["Problem".to_owned()]);
    assert!(text.contains("pub trait FromApiError"), "{text}");
    assert!(
        text.contains("impl ::std::convert::From<rt::ApiError> for GetPetResponse"),
        "{text}"
    );
    assert!(
        !text.contains("impl FromApiError for"),
        "written by hand: {text}"
    );

    // A required field the error cannot fill, or no `default` response to take the other
    // statuses: no conversion.
    let extra_required = vec![
        field("detail", TypeRef::String, Presence::Required),
        field("trace", TypeRef::String, Presence::Required),
    ];
    let text = server_text(&api_with_errors(extra_required), &[]);
    assert!(!text.contains("From<rt::ApiError>"), "{text}");
    let mut no_default =
        api_with_errors(vec![field("detail", TypeRef::String, Presence::Required)]);
    no_default.operations[0].default_response = None;
    let text = server_text(&no_default, &[]);
    assert!(
        !text.contains("From<rt::ApiError> for GetPetResponse"),
        "{text}"
    );
}
