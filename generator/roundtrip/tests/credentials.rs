//! Credentials: one slot per security scheme on the client builder, the first scheme with a
//! credential is sent, anonymous operations go out bare, credentials the user sends through
//! their own headers are not refused, and the server tells `authenticate` which scheme it saw.

mod common;

use common::{Seen, Server};
use roundtrip::runtime::Error;

fn server() -> &'static Server {
    static SERVER: std::sync::OnceLock<Server> = std::sync::OnceLock::new();
    SERVER.get_or_init(Server::start)
}

fn seen_credential(server: &Server) -> Seen {
    server.recorder.last().expect("the handler ran")
}

#[test]
fn each_scheme_has_its_own_slot_and_the_server_names_it() {
    let s = server();
    let cases: Vec<(roundtrip::Client, &str, String)> = vec![
        (
            s.builder().bearer_credential("b-token").build().unwrap(),
            "bearer",
            "b-token".to_owned(),
        ),
        (
            s.builder()
                .basic_credential("ann", "secret")
                .build()
                .unwrap(),
            "basic",
            roundtrip::runtime::basic_credential("ann", "secret")
                .expose()
                .to_owned(),
        ),
        (
            s.builder().header_key_credential("h-key").build().unwrap(),
            "headerKey",
            "h-key".to_owned(),
        ),
    ];
    for (client, scheme, token) in cases {
        s.rt.block_on(client.any_credential()).unwrap();
        assert_eq!(
            seen_credential(s),
            Seen::Credential(Some(scheme), Some(token)),
            "{scheme}"
        );
    }
    // Several credentials: the spec's order decides (bearer before basic).
    let both = s
        .builder()
        .basic_credential("ann", "secret")
        .bearer_credential("first")
        .build()
        .unwrap();
    s.rt.block_on(both.any_credential()).unwrap();
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("bearer"), Some("first".to_owned()))
    );
    // API keys in the query and in a cookie.
    let keys = s
        .builder()
        .query_key_credential("q key")
        .cookie_key_credential("c;key")
        .build()
        .unwrap();
    s.rt.block_on(keys.query_credential()).unwrap();
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("queryKey"), Some("q key".to_owned()))
    );
    s.rt.block_on(keys.cookie_credential()).unwrap();
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("cookieKey"), Some("c;key".to_owned()))
    );
}

#[test]
fn anonymous_operations_need_no_credential_and_use_one_when_there_is() {
    let s = server();
    let bare = s.builder().build().unwrap();
    s.rt.block_on(bare.optional_credential()).unwrap();
    assert_eq!(seen_credential(s), Seen::Credential(None, None));
    s.rt.block_on(s.client().optional_credential()).unwrap();
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("bearer"), Some("token".to_owned()))
    );
}

#[test]
fn a_missing_credential_is_refused_before_sending_unless_the_user_sends_it() {
    let s = server();
    let before = s.recorder.seen.lock().unwrap().len();
    let bare = s.builder().build().unwrap();
    match s.rt.block_on(bare.any_credential()) {
        Err(Error::Auth(why)) => assert!(why.contains("bearer or basic or headerKey"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(
        s.recorder.seen.lock().unwrap().len(),
        before,
        "nothing was sent"
    );

    // The user's own header carries the credential: the client sends the request as is.
    let mut headers = http::HeaderMap::new();
    headers.insert("x-api-key", "mine".parse().unwrap());
    let own = s.builder().default_headers(headers).build().unwrap();
    s.rt.block_on(own.any_credential()).unwrap();
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("headerKey"), Some("mine".to_owned()))
    );

    // So does a reqwest client the user built (its headers cannot be seen, so it is trusted).
    let mut headers = http::HeaderMap::new();
    headers.insert("authorization", "Bearer theirs".parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap();
    let theirs = s.builder().http_client(http).build().unwrap();
    s.rt.block_on(theirs.any_credential()).unwrap();
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("bearer"), Some("theirs".to_owned()))
    );
}

#[test]
fn the_server_answers_401_without_an_accepted_credential() {
    let s = server();
    let http = reqwest::Client::new();
    let status = |req: reqwest::RequestBuilder| {
        s.rt.block_on(async { req.send().await.unwrap().status().as_u16() })
    };
    let url = format!("{}/auth/any", s.base);
    assert_eq!(status(http.get(&url)), 401);
    assert_eq!(
        status(http.get(&url).header("authorization", "Digest abc")),
        401
    );
    assert_eq!(status(http.get(&url).header("x-api-key", "k")), 204);
    assert_eq!(status(http.get(format!("{}/auth/optional", s.base))), 204);
    assert_eq!(
        status(
            http.get(format!("{}/auth/cookie", s.base))
                .header("cookie", "other=1; api_session=abc")
        ),
        204
    );
    assert_eq!(
        status(http.get(format!("{}/auth/query?api_key=abc", s.base))),
        204
    );
}

#[test]
fn a_requirement_of_two_schemes_sends_and_needs_both() {
    let s = server();
    let one = s.builder().header_key_credential("h").build().unwrap();
    match s.rt.block_on(one.both_credentials()) {
        Err(Error::Auth(why)) => assert!(why.contains("headerKey and queryKey"), "{why}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let both = s
        .builder()
        .header_key_credential("h")
        .query_key_credential("q")
        .build()
        .unwrap();
    s.rt.block_on(both.both_credentials()).unwrap();
    // The first scheme's credential stays in the context.
    assert_eq!(
        seen_credential(s),
        Seen::Credential(Some("headerKey"), Some("h".to_owned()))
    );
    let http = reqwest::Client::new();
    let status = |req: reqwest::RequestBuilder| {
        s.rt.block_on(async { req.send().await.unwrap().status().as_u16() })
    };
    let url = format!("{}/auth/both", s.base);
    assert_eq!(status(http.get(&url).header("x-api-key", "h")), 401);
    assert_eq!(status(http.get(format!("{url}?api_key=q"))), 401);
    assert_eq!(
        status(
            http.get(format!("{url}?api_key=q"))
                .header("x-api-key", "h")
        ),
        204
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let client = server()
        .builder()
        .basic_credential("ann", "hunter2")
        .bearer_credential("tok-123")
        .build()
        .unwrap();
    let text = format!("{client:?}");
    assert!(
        !text.contains("hunter2") && !text.contains("tok-123"),
        "{text}"
    );
}
