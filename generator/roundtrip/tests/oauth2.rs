//! OAuth2 and OpenID Connect from the spec's `securitySchemes`: the generated client gets its
//! tokens from a token endpoint served beside the generated server, and the server receives
//! them as bearer tokens.

mod common;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::{get, post};
use common::{Seen, Server};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// A token endpoint: counts its grants, remembers the last form, hands out `tok-<n>`.
#[derive(Default)]
struct Issuer {
    grants: AtomicU64,
    /// Tokens to hand out before the counted ones (`revoked`, say).
    queue: Mutex<Vec<String>>,
    last_form: Mutex<Vec<(String, String)>>,
    last_authorization: Mutex<Option<String>>,
    expires_in: AtomicU64,
}

fn start(issuer: Arc<Issuer>) -> Server {
    let token = post(
        |State(issuer): State<Arc<Issuer>>, headers: HeaderMap, body: String| async move {
            // Slow enough that concurrent callers would each start a fetch if they could.
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            let n = issuer.grants.fetch_add(1, Ordering::SeqCst) + 1;
            let form: Vec<(String, String)> = form_urlencoded::parse(body.as_bytes())
                .into_owned()
                .collect();
            *issuer.last_form.lock().unwrap() = form;
            *issuer.last_authorization.lock().unwrap() = headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let queued = issuer.queue.lock().unwrap().pop();
            let token = queued.unwrap_or_else(|| format!("tok-{n}"));
            axum::Json(serde_json::json!({
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": issuer.expires_in.load(Ordering::SeqCst),
                "refresh_token": format!("refresh-{n}"),
            }))
        },
    );
    let discovery = get(|headers: HeaderMap| async move {
        let host = headers
            .get("host")
            .and_then(|h| h.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        axum::Json(serde_json::json!({ "token_endpoint": format!("http://{host}/oauth/token") }))
    });
    let extra = axum::Router::new()
        .route("/oauth/token", token)
        .route("/.well-known/openid-configuration", discovery)
        .with_state(issuer.clone());
    issuer.expires_in.store(3600, Ordering::SeqCst);
    Server::start_with(extra)
}

fn form_value(issuer: &Issuer, key: &str) -> Option<String> {
    issuer
        .last_form
        .lock()
        .unwrap()
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
}

fn tokens_seen(server: &Server) -> Vec<String> {
    server
        .recorder
        .seen
        .lock()
        .unwrap()
        .iter()
        .filter_map(|s| match s {
            Seen::Credential(_, Some(t)) => Some(t.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn concurrent_calls_share_one_client_credentials_fetch() {
    let issuer = Arc::new(Issuer::default());
    let server = start(issuer.clone());
    let client = server
        .builder()
        .oauth_client_credentials("app", "app-secret")
        .build()
        .unwrap();
    server.rt.block_on(async {
        let calls = (0..32).map(|_| client.oauth_credential());
        for r in futures_util::future::join_all(calls).await {
            r.unwrap();
        }
    });
    assert_eq!(
        issuer.grants.load(Ordering::SeqCst),
        1,
        "one fetch for 32 concurrent calls"
    );
    let seen = tokens_seen(&server);
    assert_eq!(seen.len(), 32);
    assert!(seen.iter().all(|t| t == "tok-1"));
    // The grant, the scopes the spec's operations require, and the client's basic credential.
    assert_eq!(
        form_value(&issuer, "grant_type").as_deref(),
        Some("client_credentials")
    );
    assert_eq!(form_value(&issuer, "scope").as_deref(), Some("pets:read"));
    let basic = issuer.last_authorization.lock().unwrap().clone().unwrap();
    assert_eq!(basic, format!("Basic {}", base64_of("app:app-secret")));
    let debug = format!("{client:?}");
    assert!(
        !debug.contains("app-secret") && !debug.contains("tok-1"),
        "{debug}"
    );
}

#[test]
fn an_expiring_token_is_renewed_and_a_refused_one_replaced_once() {
    let issuer = Arc::new(Issuer::default());
    let server = start(issuer.clone());
    issuer.expires_in.store(1, Ordering::SeqCst);
    let client = server
        .builder()
        .oauth_client_credentials("app", "s")
        .build()
        .unwrap();
    server.rt.block_on(async {
        client.oauth_credential().await.unwrap();
        // Half its one-second life is the renewal margin: after 0.6 s it is renewed.
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        client.oauth_credential().await.unwrap();
    });
    assert_eq!(issuer.grants.load(Ordering::SeqCst), 2);
    assert_eq!(tokens_seen(&server), ["tok-1", "tok-2"]);

    // A token the server refuses (401) is fetched anew and the call made once more.
    issuer.expires_in.store(3600, Ordering::SeqCst);
    issuer.queue.lock().unwrap().push("revoked".to_owned());
    let client = server
        .builder()
        .oauth_client_credentials("app", "s")
        .build()
        .unwrap();
    server.rt.block_on(client.oauth_credential()).unwrap();
    assert_eq!(
        issuer.grants.load(Ordering::SeqCst),
        4,
        "revoked, then a fresh one"
    );
    assert_eq!(
        tokens_seen(&server).last().map(String::as_str),
        Some("tok-4")
    );
    // A token refused every time: the 401 reaches the caller after one renewal, no loop.
    let fixed = server
        .builder()
        .oauth_credential("revoked")
        .build()
        .unwrap();
    let err = server.rt.block_on(fixed.oauth_credential()).unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
}

#[test]
fn a_refresh_token_is_exchanged_and_replaced() {
    let issuer = Arc::new(Issuer::default());
    let server = start(issuer.clone());
    issuer.expires_in.store(1, Ordering::SeqCst);
    let client = server
        .builder()
        .oauth_refresh_token("public-app", None, "refresh-0")
        .build()
        .unwrap();
    server.rt.block_on(client.oauth_credential()).unwrap();
    assert_eq!(
        form_value(&issuer, "grant_type").as_deref(),
        Some("refresh_token")
    );
    assert_eq!(
        form_value(&issuer, "refresh_token").as_deref(),
        Some("refresh-0")
    );
    assert_eq!(
        form_value(&issuer, "client_id").as_deref(),
        Some("public-app"),
        "a public client"
    );
    server.rt.block_on(async {
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        client.oauth_credential().await.unwrap();
    });
    assert_eq!(
        form_value(&issuer, "refresh_token").as_deref(),
        Some("refresh-1"),
        "the refresh token the last answer carried"
    );
}

#[test]
fn openid_connect_finds_its_token_endpoint_by_discovery() {
    let issuer = Arc::new(Issuer::default());
    let server = start(issuer.clone());
    let client = server
        .builder()
        .oidc_client_credentials("app", "s")
        .build()
        .unwrap();
    server.rt.block_on(async {
        client.oidc_credential().await.unwrap();
        client.oidc_credential().await.unwrap();
    });
    assert_eq!(issuer.grants.load(Ordering::SeqCst), 1);
    assert_eq!(
        form_value(&issuer, "scope").as_deref(),
        Some("openid profile")
    );
    assert_eq!(tokens_seen(&server), ["tok-1", "tok-1"]);
}

fn base64_of(text: &str) -> String {
    roundtrip::runtime::basic_credential(
        text.split(':').next().unwrap(),
        text.split(':').nth(1).unwrap(),
    )
    .expose()
    .to_owned()
}
