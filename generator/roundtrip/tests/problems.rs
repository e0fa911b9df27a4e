//! A server generated from a spec that is not Cloud Foundry's answers every error in RFC 9457
//! problem details (the runtime's default): the router's own errors (unknown route, wrong
//! method, bad query, missing or refused credential) and those a handler returns.

mod common;

use common::Server;
use serde_json::{Value, json};

/// The status, content type, request id and body of `GET`/`DELETE` `path`.
fn call(
    server: &Server,
    method: reqwest::Method,
    path: &str,
    auth: Option<&str>,
) -> (u16, String, Option<String>, Value) {
    server.rt.block_on(async {
        let mut req = reqwest::Client::new().request(method, format!("{}{path}", server.base));
        if let Some(token) = auth {
            req = req.bearer_auth(token);
        }
        let resp = req.send().await.unwrap();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .map(|v| v.to_str().unwrap().to_owned())
        };
        let content_type = header("content-type").unwrap_or_default();
        let request_id = header("x-request-id");
        let status = resp.status().as_u16();
        (
            status,
            content_type,
            request_id,
            resp.json().await.unwrap_or(Value::Null),
        )
    })
}

fn problem(status: u16, title: &str) -> impl Fn(&Value) -> bool {
    let title = title.to_owned();
    move |body| {
        body["type"] == "about:blank"
            && body["status"] == json!(status)
            && body["title"] == json!(title)
            && body["detail"].as_str().is_some_and(|d| !d.is_empty())
            && body.get("errors").is_none()
    }
}

#[test]
fn router_errors_are_problem_details() {
    let s = Server::start();
    let get = reqwest::Method::GET;
    let cases = [
        (
            "an unknown route",
            get.clone(),
            "/nowhere",
            Some("token"),
            404,
            "Not Found",
        ),
        (
            "a wrong method",
            reqwest::Method::DELETE,
            "/query?scalar=a",
            Some("token"),
            405,
            "Method Not Allowed",
        ),
        (
            "a query value out of range",
            get.clone(),
            "/query?scalar=a&per_page=0",
            Some("token"),
            400,
            "Bad Request",
        ),
        (
            "a missing required query parameter",
            get.clone(),
            "/query",
            Some("token"),
            400,
            "Bad Request",
        ),
        (
            "a missing credential",
            get.clone(),
            "/query?scalar=a",
            None,
            401,
            "Unauthorized",
        ),
    ];
    for (what, method, path, auth, status, title) in cases {
        let (got, content_type, request_id, body) = call(&s, method, path, auth);
        assert_eq!(got, status, "{what}: {body}");
        assert_eq!(content_type, "application/problem+json", "{what}");
        assert!(problem(status, title)(&body), "{what}: {body}");
        assert!(
            request_id.is_some_and(|id| !id.is_empty()),
            "{what}: a request id is echoed"
        );
    }
}

#[test]
fn a_handlers_error_is_the_documented_variant_in_problem_details() {
    let s = Server::start();
    let (status, _, _, body) = call(&s, reqwest::Method::GET, "/pets/1/owner", Some("token"));
    assert_eq!((status, body), (200, json!({ "name": "Ann" })));
    let (status, content_type, _, body) =
        call(&s, reqwest::Method::GET, "/pets/2/owner", Some("token"));
    assert_eq!(status, 404);
    assert_eq!(
        content_type, "application/json",
        "the spec's own media type"
    );
    assert_eq!(
        body,
        json!({ "type": "about:blank", "title": "Not Found", "status": 404, "detail": "Pet 2 has no owner" })
    );
    // The typed client reads it as the spec's `Problem`.
    let err = s.rt.block_on(s.client().get_owner(&2)).expect_err("404");
    let problem = &err.api().expect("a documented error").body;
    assert_eq!(problem.status, Some(404));
    assert_eq!(problem.detail.as_deref(), Some("Pet 2 has no owner"));
}

#[test]
fn a_request_id_the_client_sends_is_echoed() {
    let s = Server::start();
    let id = s.rt.block_on(async {
        let resp = reqwest::Client::new()
            .get(format!("{}/nowhere", s.base))
            .header("x-request-id", "abc-123")
            .send()
            .await
            .unwrap();
        resp.headers()["x-request-id"].to_str().unwrap().to_owned()
    });
    assert_eq!(id, "abc-123");
}
