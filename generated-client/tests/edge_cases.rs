//! The client against a mock server for what a real server rarely does on demand: every
//! documented error status, unknown fields and enum values, undocumented statuses, retries,
//! redirects to other hosts, and secrets kept out of logs.

use generated_client::models::*;
use generated_client::runtime::{RetryPolicy, Secret, TokenProvider};
use generated_client::{Client, Error};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const GUID: &str = "585bc3c1-3743-497d-88b0-403ad6b56d16";

fn guid() -> uuid::Uuid {
    GUID.parse().unwrap()
}

fn droplet_json() -> Value {
    json!({
        "guid": GUID, "created_at": "2016-03-28T23:39:34Z", "updated_at": "2016-03-28T23:39:47Z",
        "state": "STAGED", "error": null, "lifecycle": { "type": "buildpack", "data": {} },
        "checksum": null, "buildpacks": [], "stack": "cflinuxfs4", "image": null,
        "execution_metadata": "", "process_types": { "web": "run" },
        "relationships": { "app": { "data": { "guid": "7b34f1cf-7e73-428a-bb5a-8a17a8058396" } } },
        "metadata": { "labels": {}, "annotations": {} },
        "links": { "self": { "href": format!("https://api.example.org/v3/droplets/{GUID}") } }
    })
}

fn envelope(code: i64, title: &str, detail: &str) -> Value {
    json!({ "errors": [{ "code": code, "title": title, "detail": detail }] })
}

async fn client(server: &MockServer) -> Client {
    Client::builder(server.uri())
        .bearer_token("s3cr3t-token")
        .retry(RetryPolicy {
            initial_backoff: Duration::from_millis(10),
            ..RetryPolicy::default()
        })
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_documented_error_status_is_decoded() {
    let server = MockServer::start().await;
    let statuses = [
        (400, 10005, "CF-BadQueryParameter"),
        (401, 1000, "CF-InvalidAuthToken"),
        (403, 10003, "CF-NotAuthorized"),
        (404, 10010, "CF-ResourceNotFound"),
        (422, 10008, "CF-UnprocessableEntity"),
        (500, 10001, "UnknownError"),
        (502, 150006, "CF-BlobstoreUnavailable"),
    ];
    let c = client(&server).await;
    for (status, code, title) in statuses {
        server.reset().await;
        Mock::given(method("PATCH"))
            .and(path(format!("/v3/droplets/{GUID}")))
            .respond_with(ResponseTemplate::new(status).set_body_json(envelope(code, title, "why")))
            .mount(&server)
            .await;
        let err = c
            .update_droplet(&guid(), &DropletUpdate::default())
            .await
            .unwrap_err();
        let api = err.api().unwrap_or_else(|| panic!("{status}: {err:?}"));
        assert_eq!(
            (
                api.status.as_u16(),
                api.body.errors[0].code,
                api.body.errors[0].title.as_str()
            ),
            (status, code, title)
        );
    }
    // Several errors in one envelope are all kept.
    server.reset().await;
    let two = json!({ "errors": [{ "code": 10008, "title": "CF-UnprocessableEntity", "detail": "a" }, { "code": 390020, "title": "CF-LabelLimitExceeded", "detail": "b" }] });
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(422).set_body_json(two))
        .mount(&server)
        .await;
    let err = c
        .update_droplet(&guid(), &DropletUpdate::default())
        .await
        .unwrap_err();
    assert_eq!(err.api().unwrap().body.errors.len(), 2);
}

#[tokio::test]
async fn undocumented_responses_are_kept_whole() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(418)
                .insert_header("x-teapot", "yes")
                .set_body_string("short and stout"),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .await
        .get_droplet(&guid())
        .await
        .unwrap_err();
    match err {
        // A documented `default` response whose body is not the envelope is not lost either.
        Error::UnexpectedResponse(r) => {
            assert_eq!(r.status.as_u16(), 418);
            assert_eq!(r.headers["x-teapot"], "yes");
            assert_eq!(&r.body[..], b"short and stout");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn unknown_fields_and_enum_values_are_accepted() {
    let server = MockServer::start().await;
    let mut body = droplet_json();
    body["state"] = json!("HIBERNATING");
    body["lifecycle"]["type"] = json!("kpack");
    body["a_field_from_the_future"] = json!({ "x": 1 });
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&body))
        .mount(&server)
        .await;
    let d = client(&server).await.get_droplet(&guid()).await.unwrap();
    assert_eq!(d.state, DropletState::from("HIBERNATING"));
    assert!(!d.state.is_known());
    assert_eq!(d.lifecycle.r#type.as_str(), "kpack");
    // Re-serialized, the unknown value goes back as it came.
    assert_eq!(serde_json::to_value(&d).unwrap()["state"], "HIBERNATING");
}

#[tokio::test]
async fn idempotent_requests_are_retried_honouring_retry_after() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(droplet_json()))
        .mount(&server)
        .await;
    let start = Instant::now();
    let d = client(&server).await.get_droplet(&guid()).await.unwrap();
    assert_eq!(d.guid, guid());
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "Retry-After: 1 was honoured"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}

#[tokio::test]
async fn non_idempotent_requests_are_not_retried_unless_asked() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_json(envelope(
            10015,
            "CF-ServiceUnavailable",
            "busy",
        )))
        .mount(&server)
        .await;
    let c = client(&server).await;
    let err = c.cancel_task(&guid()).await.unwrap_err();
    assert_eq!(err.status().unwrap().as_u16(), 503);
    assert_eq!(server.received_requests().await.unwrap().len(), 1);

    let eager = Client::builder(server.uri())
        .bearer_token("t")
        .retry(RetryPolicy {
            max_retries: 2,
            initial_backoff: Duration::from_millis(1),
            retry_non_idempotent: true,
            ..RetryPolicy::default()
        })
        .build()
        .unwrap();
    let _ = eager.cancel_task(&guid()).await.unwrap_err();
    assert_eq!(server.received_requests().await.unwrap().len(), 4);
}

#[tokio::test]
async fn the_token_is_not_sent_to_another_host_on_redirect() {
    let api = MockServer::start().await;
    let blobstore = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/v3/droplets/{GUID}/download")))
        .and(header("authorization", "Bearer s3cr3t-token"))
        .respond_with(ResponseTemplate::new(302).insert_header(
            "location",
            format!("{}/blobs/droplet.tgz?signature=abc", blobstore.uri()),
        ))
        .mount(&api)
        .await;
    Mock::given(method("GET"))
        .and(path("/blobs/droplet.tgz"))
        .respond_with(ResponseTemplate::new(200).set_body_bytes(b"blob".to_vec()))
        .mount(&blobstore)
        .await;
    let c = client(&api).await;
    match c.download_droplet(&guid()).await.unwrap() {
        generated_client::DownloadDropletResponse::Found { location } => {
            assert!(location.contains("/blobs/"))
        }
        other => panic!("{other:?}"),
    }
    let bytes = c
        .download_droplet_follow(&guid())
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&bytes[..], b"blob");
    let received = blobstore.received_requests().await.unwrap();
    assert!(!received.is_empty());
    assert!(
        received
            .iter()
            .all(|r| !r.headers.contains_key("authorization")),
        "the blobstore got the token"
    );
}

#[tokio::test]
async fn tokens_come_from_the_provider_on_every_request() {
    struct Rotating(Mutex<u32>);
    impl TokenProvider for Rotating {
        fn token(
            &self,
        ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Secret, String>> + Send + '_>>
        {
            let mut n = self.0.lock().unwrap();
            *n += 1;
            let token = Secret::new(format!("token-{n}"));
            Box::pin(async move { Ok(token) })
        }
    }
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(droplet_json()))
        .mount(&server)
        .await;
    let c = Client::builder(server.uri())
        .token_provider(Rotating(Mutex::new(0)))
        .build()
        .unwrap();
    c.get_droplet(&guid()).await.unwrap();
    c.get_droplet(&guid()).await.unwrap();
    let seen: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.headers["authorization"].to_str().unwrap().to_owned())
        .collect();
    assert_eq!(seen, ["Bearer token-1", "Bearer token-2"]);
}

/// Captures everything `tracing` writes.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Capture {
    type Writer = Capture;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

#[tokio::test]
async fn spans_name_the_request_and_never_the_token() {
    let capture = Capture::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(capture.clone())
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(droplet_json()))
        .mount(&server)
        .await;
    let c = client(&server).await;
    c.get_droplet(&guid()).await.unwrap();
    let log = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("getDroplet")
            && log.contains("/v3/droplets/{guid}")
            && log.contains("status=200"),
        "{log}"
    );
    assert!(!log.contains("s3cr3t-token"), "{log}");
    assert!(!format!("{c:?}").contains("s3cr3t-token"));
}

#[test]
fn paths_keep_parameters_inside_their_segment() {
    use generated_client::runtime::client::PathPart::{Literal, Param};
    let c = Client::new("https://api.example.org/prefix/").unwrap();
    let url = c.url(&[
        Literal("/files/"),
        Param("a b/c"),
        Literal("."),
        Param("tgz"),
    ]);
    assert_eq!(
        url.as_str(),
        "https://api.example.org/prefix/files/a%20b%2Fc.tgz"
    );
    let root = Client::new("https://api.example.org").unwrap();
    assert_eq!(
        root.url(&[Literal("/")]).as_str(),
        "https://api.example.org/"
    );
    assert_eq!(
        root.url(&[Literal("/v3/droplets/"), Param("x")]).as_str(),
        "https://api.example.org/v3/droplets/x"
    );
}

/// A body larger than the client's limit fails clearly instead of being read without bound;
/// under the limit (and by default) the same body decodes.
#[tokio::test]
async fn response_bodies_are_read_up_to_the_limit() {
    let server = MockServer::start().await;
    let body = droplet_json();
    let size = serde_json::to_vec(&body).unwrap().len();
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(404).set_body_json(envelope(
            10010,
            "CF-ResourceNotFound",
            &"x".repeat(4096),
        )))
        .mount(&server)
        .await;
    let small = Client::builder(server.uri())
        .bearer_token("s3cr3t-token")
        .max_response_body(size - 1)
        .build()
        .unwrap();
    match small.get_droplet(&guid()).await.unwrap_err() {
        Error::ResponseTooLarge { status, limit } => {
            assert_eq!((status.as_u16(), limit), (200, size - 1));
        }
        other => panic!("{other:?}"),
    }
    let err = small.delete_droplet(&guid()).await.unwrap_err();
    assert!(matches!(err, Error::ResponseTooLarge { .. }), "{err:?}");
    assert!(err.to_string().contains("max_response_body"), "{err}");
    let exact = Client::builder(server.uri())
        .bearer_token("s3cr3t-token")
        .max_response_body(size)
        .build()
        .unwrap();
    assert_eq!(exact.get_droplet(&guid()).await.unwrap().guid, guid());
    assert_eq!(
        client(&server)
            .await
            .get_droplet(&guid())
            .await
            .unwrap()
            .guid,
        guid()
    );
}
