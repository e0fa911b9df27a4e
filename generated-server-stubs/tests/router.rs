//! The generated router over HTTP on 127.0.0.1, with a small in-memory implementation: every
//! validation rule, each error mapping, streamed multipart, panics and concurrency.

use in_memory_server as common;

use common::{InMemory, PANIC_GUID, TOKEN, serve};
use generated_server_stubs::ServerConfig;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::sync::Arc;

struct Server {
    base: String,
    api: Arc<InMemory>,
    http: reqwest::Client,
}

async fn start() -> Server {
    start_with(generated_server_stubs::server_config()).await
}

async fn start_with(config: ServerConfig) -> Server {
    let api = Arc::new(InMemory::default());
    let base = serve(api.clone(), config).await;
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Server { base, api, http }
}

impl Server {
    fn req(&self, method: Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(TOKEN)
    }

    async fn create_droplet(&self) -> Value {
        let body = json!({ "relationships": { "app": { "data": { "guid": "7b34f1cf-7e73-428a-bb5a-8a17a8058396" } } } });
        let resp = self
            .req(Method::POST, "/v3/droplets")
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::CREATED);
        resp.json().await.unwrap()
    }
}

/// Status, code, title and detail of an error envelope.
async fn error_of(resp: reqwest::Response) -> (StatusCode, i64, String, String) {
    let status = resp.status();
    let body: Value = resp.json().await.unwrap();
    let e = &body["errors"][0];
    (
        status,
        e["code"].as_i64().unwrap(),
        e["title"].as_str().unwrap().to_owned(),
        e["detail"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test]
async fn query_parameters_are_validated() {
    let s = start().await;
    let cases = [
        ("per_page=0", "per_page must be between 1 and 5000"),
        ("per_page=5001", "per_page must be between 1 and 5000"),
        ("per_page=ten", "per_page must be an integer"),
        ("page=0", "page must be greater than or equal to 1"),
        ("order_by=name", "order_by has an invalid value 'name'"),
        (
            "states=STAGED,MELTED",
            "states has an invalid value 'MELTED'",
        ),
        ("foo=bar", "Unknown query parameter(s): 'foo'"),
        (
            "created_ats%5Bgt%5D=yesterday",
            "created_ats[gt] has an invalid timestamp format",
        ),
    ];
    for (query, detail) in cases {
        let resp = s
            .req(Method::GET, &format!("/v3/droplets?{query}"))
            .send()
            .await
            .unwrap();
        let (status, code, title, got) = error_of(resp).await;
        assert_eq!(
            (status, code, title.as_str()),
            (StatusCode::BAD_REQUEST, 10005, "CF-BadQueryParameter"),
            "{query}"
        );
        assert!(got.contains(detail), "{query}: {got}");
        assert!(got.starts_with("The query parameter is invalid: "), "{got}");
    }
    // `current` is only accepted as `true`, and only on the app's list.
    let app = "/v3/apps/7b34f1cf-7e73-428a-bb5a-8a17a8058396/droplets";
    let (status, _, _, detail) = error_of(
        s.req(Method::GET, &format!("{app}?current=false"))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        detail.contains("current only accepts the value(s) 'true'"),
        "{detail}"
    );
    assert_eq!(
        s.req(Method::GET, &format!("{app}?current=true"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let (status, _, _, detail) = error_of(
        s.req(Method::GET, "/v3/droplets?current=true")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(detail.contains("'current'"), "{detail}");
    // Valid filters pass, including relational timestamps and comma lists.
    let ok = s.req(Method::GET, "/v3/droplets?states=STAGED,FAILED&per_page=5000&order_by=-created_at&created_ats%5Bgt%5D=2021-01-01T00:00:00Z").send().await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    // Operations without query parameters reject any.
    let (status, code, _, _) = error_of(
        s.req(
            Method::GET,
            "/v3/jobs/b19ae525-cbd3-4155-b156-dc0c2a431b4c?x=1",
        )
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!((status, code), (StatusCode::BAD_REQUEST, 10005));
}

#[tokio::test]
async fn json_bodies_are_validated() {
    let s = start().await;
    let d = s.create_droplet().await;
    let path = format!("/v3/droplets/{}", d["guid"].as_str().unwrap());

    let resp = s
        .req(Method::PATCH, &path)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_of(resp).await,
        (
            StatusCode::BAD_REQUEST,
            1001,
            "CF-MessageParseError".into(),
            "Request invalid due to parse error: invalid request body".into()
        )
    );

    // The seed's `[{}]` body is not an object.
    let (status, code, _, detail) = error_of(
        s.req(Method::PATCH, &path)
            .json(&json!([{}]))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, code), (StatusCode::UNPROCESSABLE_ENTITY, 10008));
    assert!(detail.contains("must be an object"), "{detail}");

    let (status, code, _, detail) = error_of(
        s.req(Method::PATCH, &path)
            .json(&json!({"metadata": {}, "colour": "red", "size": 1}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, code), (StatusCode::UNPROCESSABLE_ENTITY, 10008));
    assert_eq!(detail, "Unknown field(s): 'colour', 'size'");

    let (_, code, _, detail) = error_of(
        s.req(Method::PATCH, &path)
            .json(&json!({"metadata": {"labels": {"a": 5}}}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 10008);
    assert!(detail.contains("metadata.labels.a"), "{detail}");

    let (_, code, _, detail) = error_of(
        s.req(Method::POST, "/v3/droplets")
            .json(&json!({"process_types": {}}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 10008);
    assert!(detail.contains("relationships is required"), "{detail}");

    let app = "/v3/apps/7b34f1cf-7e73-428a-bb5a-8a17a8058396/tasks";
    let (_, code, _, detail) = error_of(
        s.req(Method::POST, app)
            .json(&json!({"command": "x", "memory_in_mb": 0, "user": ""}))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 10008);
    assert!(
        detail.contains("memory_in_mb must be greater than or equal to 1"),
        "{detail}"
    );
    assert!(
        detail.contains("user must be at least 1 characters"),
        "{detail}"
    );

    // Map values have limits too (annotations up to 5000 characters, labels up to 63).
    let long = json!({"metadata": {"annotations": {"note": "x".repeat(5001)}, "labels": {"tier": "y".repeat(64)}}});
    let (_, code, _, detail) = error_of(
        s.req(Method::PATCH, &path)
            .json(&long)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 10008);
    assert!(
        detail.contains("metadata.annotations.note must be at most 5000 characters"),
        "{detail}"
    );
    assert!(
        detail.contains("metadata.labels.tier must be at most 63 characters"),
        "{detail}"
    );

    // `null` in a metadata update deletes; a valid update goes through.
    let ok = s
        .req(Method::PATCH, &path)
        .json(&json!({"metadata": {"labels": {"a": "1", "b": null}}}))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    let body: Value = ok.json().await.unwrap();
    assert_eq!(body["metadata"]["labels"], json!({"a": "1"}));
}

#[tokio::test]
async fn credentials_are_checked() {
    let s = start().await;
    let url = format!("{}/v3/droplets", s.base);
    let none = s.http.get(&url).send().await.unwrap();
    assert_eq!(
        error_of(none).await,
        (
            StatusCode::UNAUTHORIZED,
            10002,
            "CF-NotAuthenticated".into(),
            "Authentication error".into()
        )
    );
    let bad = s.http.get(&url).bearer_auth("forged").send().await.unwrap();
    assert_eq!(error_of(bad).await.1, 1000);
    let malformed = s
        .http
        .get(&url)
        .header("authorization", "Basic abc")
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(malformed).await.1, 1000);
    let lowercase = s
        .http
        .get(&url)
        .header("authorization", format!("bearer {TOKEN}"))
        .send()
        .await
        .unwrap();
    assert_eq!(lowercase.status(), StatusCode::OK);
    let read_only = s
        .http
        .post(&url)
        .bearer_auth("readonly-token")
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(read_only).await.1, 10003);
    // The root documents need no token.
    assert_eq!(
        s.http
            .get(format!("{}/", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    assert_eq!(
        s.http
            .get(format!("{}/v3", s.base))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn routing_errors_use_the_envelope() {
    let s = start().await;
    let (status, code, title, _) =
        error_of(s.req(Method::GET, "/v3/nothing-here").send().await.unwrap()).await;
    assert_eq!(
        (status, code, title.as_str()),
        (StatusCode::NOT_FOUND, 10000, "CF-NotFound")
    );

    let resp = s.req(Method::DELETE, "/v3/tasks").send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::METHOD_NOT_ALLOWED);
    let allow = resp
        .headers()
        .get("allow")
        .expect("Allow header")
        .to_str()
        .unwrap()
        .to_owned();
    assert!(allow.contains("GET"), "{allow}");
    assert_eq!(error_of(resp).await.0, StatusCode::METHOD_NOT_ALLOWED);

    // A path parameter of the wrong shape names no resource.
    let (status, code, _, _) = error_of(
        s.req(Method::GET, "/v3/droplets/not-a-guid")
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!((status, code), (StatusCode::NOT_FOUND, 10010));
    let (status, _, _, detail) = error_of(
        s.req(
            Method::GET,
            "/v3/droplets/585bc3c1-3743-497d-88b0-403ad6b56d16",
        )
        .send()
        .await
        .unwrap(),
    )
    .await;
    assert_eq!(
        (status, detail.as_str()),
        (StatusCode::NOT_FOUND, "Droplet not found")
    );
}

#[tokio::test]
async fn every_response_has_a_request_id() {
    let s = start().await;
    for path in [
        "/",
        "/v3/droplets",
        "/v3/nothing",
        "/v3/droplets?per_page=0",
    ] {
        let resp = s.req(Method::GET, path).send().await.unwrap();
        let id = resp
            .headers()
            .get("x-vcap-request-id")
            .unwrap_or_else(|| panic!("{path}: no request id"));
        assert!(!id.is_empty());
    }
    let resp = s
        .req(Method::GET, "/v3")
        .header("X-VCAP-Request-ID", "abc-123")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["x-vcap-request-id"], "abc-123");
}

#[tokio::test]
async fn oversize_bodies_get_413() {
    let s = start_with(ServerConfig {
        body_limit: 1024,
        ..generated_server_stubs::server_config()
    })
    .await;
    let big = json!({ "metadata": { "annotations": { "a": "x".repeat(4096) } } });
    let d = "/v3/droplets/585bc3c1-3743-497d-88b0-403ad6b56d16";
    let (status, _, _, _) =
        error_of(s.req(Method::PATCH, d).json(&big).send().await.unwrap()).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

fn multipart(field: &str, file_name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part(
        field.to_owned(),
        reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_owned()),
    )
}

#[tokio::test]
async fn uploads_are_streamed_to_the_handler() {
    let s = start().await;
    let d = s.create_droplet().await;
    let guid = d["guid"].as_str().unwrap();
    // 64 MiB, sent as a stream of 1 MiB chunks.
    const TOTAL: u64 = 64 << 20;
    let chunks =
        futures_util::stream::iter((0..64).map(|_| Ok::<_, std::io::Error>(vec![7u8; 1 << 20])));
    let part =
        reqwest::multipart::Part::stream_with_length(reqwest::Body::wrap_stream(chunks), TOTAL)
            .file_name("droplet.tgz");
    let form = reqwest::multipart::Form::new().part("bits", part);
    let resp = s
        .req(Method::POST, &format!("/v3/droplets/{guid}/upload"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::ACCEPTED);
    assert!(
        resp.headers()["location"]
            .to_str()
            .unwrap()
            .contains("/v3/jobs/")
    );
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["state"], "PROCESSING_UPLOAD");
    let stats = s.api.uploads.lock().unwrap()[0];
    assert_eq!(stats.bytes, TOTAL);
    // The handler saw the part as many chunks, never as one buffer.
    assert!(
        stats.largest_chunk <= 4 << 20,
        "largest chunk {}",
        stats.largest_chunk
    );
    assert!(stats.chunks >= 16, "{} chunks", stats.chunks);

    // A second upload is refused; the missing `bits` field and unknown fields are named.
    let again = s
        .req(Method::POST, &format!("/v3/droplets/{guid}/upload"))
        .multipart(multipart("bits", "d.tgz", vec![1]))
        .send()
        .await
        .unwrap();
    assert_eq!(error_of(again).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    let d2 = s.create_droplet().await;
    let path = format!("/v3/droplets/{}/upload", d2["guid"].as_str().unwrap());
    let (_, code, _, detail) = error_of(
        s.req(Method::POST, &path)
            .multipart(multipart("resources", "x.json", b"[]".to_vec()))
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(code, 10008);
    assert!(detail.contains("'resources'"), "{detail}");
    let not_multipart = s
        .req(Method::POST, &path)
        .json(&json!({"resources": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        error_of(not_multipart).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
}

#[tokio::test]
async fn oversize_uploads_get_413_while_streaming() {
    let s = start_with(ServerConfig {
        body_limit: 256 * 1024,
        ..generated_server_stubs::server_config()
    })
    .await;
    let d = s.create_droplet().await;
    let path = format!("/v3/droplets/{}/upload", d["guid"].as_str().unwrap());
    let resp = s
        .req(Method::POST, &path)
        .multipart(multipart("bits", "droplet.tgz", vec![0; 1 << 20]))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn a_panicking_handler_gets_500_and_the_server_keeps_serving() {
    let s = start().await;
    let resp = s
        .req(Method::GET, &format!("/v3/tasks/{PANIC_GUID}"))
        .send()
        .await
        .unwrap();
    assert!(resp.headers().contains_key("x-vcap-request-id"));
    assert_eq!(
        error_of(resp).await,
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            10001,
            "UnknownError".into(),
            "An unknown error occurred.".into()
        )
    );
    assert_eq!(
        s.req(Method::GET, "/v3/tasks")
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn concurrent_requests_are_served() {
    let s = Arc::new(start().await);
    let handles: Vec<_> = (0..64)
        .map(|i| {
            let s = s.clone();
            tokio::spawn(async move {
                let path = if i % 2 == 0 {
                    "/v3/droplets"
                } else {
                    "/v3/tasks?per_page=2"
                };
                s.req(Method::GET, path).send().await.unwrap().status()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.await.unwrap(), StatusCode::OK);
    }
    assert_eq!(s.api.calls.load(std::sync::atomic::Ordering::Relaxed), 32);
}

#[tokio::test]
async fn documented_responses_carry_their_headers() {
    let s = start().await;
    let d = s.create_droplet().await;
    let guid = d["guid"].as_str().unwrap();
    let resp = s
        .req(Method::DELETE, &format!("/v3/droplets/{guid}"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::ACCEPTED);
    let job = resp.headers()["location"].to_str().unwrap().to_owned();
    assert!(resp.bytes().await.unwrap().is_empty());
    let job_path = job.trim_start_matches(&s.base).to_owned();
    let body: Value = s
        .req(Method::GET, &job_path)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["operation"], "droplet.delete");
}

/// An implementation answers any error with `error.into()`: the variant the spec documents for
/// its status, else `Default`, the error in the envelope.
#[test]
fn runtime_errors_become_the_documented_variant() {
    use generated_server_stubs::{ApiError, GetDropletResponse};
    match GetDropletResponse::from(ApiError::not_found("Droplet not found")) {
        GetDropletResponse::NotFound(body) => {
            assert_eq!(body.errors[0].code, 10010);
            assert_eq!(body.errors[0].title, "CF-ResourceNotFound");
            assert_eq!(body.errors[0].detail, "Droplet not found");
        }
        other => panic!("{other:?}"),
    }
    match GetDropletResponse::from(ApiError::internal()) {
        GetDropletResponse::Default(status, body) => {
            assert_eq!(status, 500);
            assert_eq!(body.errors[0].title, "UnknownError");
        }
        other => panic!("{other:?}"),
    }
}
