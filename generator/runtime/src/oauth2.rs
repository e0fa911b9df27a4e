//! OAuth2 tokens for the client: a [`TokenProvider`] that gets a bearer token from the spec's
//! token endpoint (the `clientCredentials` grant, or a refresh token obtained elsewhere, for
//! example by an `authorizationCode` login), caches it, and gets a new one shortly before it
//! expires or when the API refuses it. Concurrent calls wait for the one fetch in progress
//! rather than start their own. An OpenID Connect scheme finds its token endpoint in its
//! discovery document first.
//!
//! Client secrets, tokens and refresh tokens are [`Secret`]s: never in `Debug` output, logs or
//! errors (an error from the token endpoint carries its status and `error` code only).

use crate::auth::Secret;
use crate::client::{BoxFuture, TokenProvider};
use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// The bearer tokens of an OAuth2 or OpenID Connect scheme. Cheap to clone; clones share the
/// cached token.
#[derive(Clone)]
pub struct OAuth2 {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    endpoint: Endpoint,
    client_id: String,
    client_secret: Option<Secret>,
    grant: Grant,
    scopes: Vec<String>,
    /// The token and what is needed to renew it; the lock is held across a fetch, which is
    /// what makes concurrent callers share it.
    state: tokio::sync::Mutex<State>,
    /// Set when the API refused the current token.
    refused: AtomicBool,
    fetches: AtomicU64,
}

enum Endpoint {
    /// The token endpoint.
    Token(String),
    /// An OpenID Connect discovery document naming it (`token_endpoint`).
    Discover(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Grant {
    ClientCredentials,
    RefreshToken,
}

#[derive(Default)]
struct State {
    token: Option<(Secret, Option<Instant>)>,
    refresh_token: Option<Secret>,
    token_url: Option<String>,
}

impl fmt::Debug for OAuth2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let endpoint = match &self.inner.endpoint {
            Endpoint::Token(url) | Endpoint::Discover(url) => url,
        };
        f.debug_struct("OAuth2")
            .field("endpoint", endpoint)
            .field("client_id", &self.inner.client_id)
            .field("scopes", &self.inner.scopes)
            .finish_non_exhaustive()
    }
}

impl OAuth2 {
    /// The `client_credentials` grant at `token_url`.
    pub fn client_credentials(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        Self::new(
            Endpoint::Token(token_url.into()),
            client_id.into(),
            Some(client_secret.into()),
            Grant::ClientCredentials,
            None,
        )
    }

    /// Tokens from a refresh token (obtained by a login the user ran elsewhere); a new
    /// refresh token in an answer replaces it. `client_secret` is `None` for a public client.
    pub fn refresh_token(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: Option<Secret>,
        refresh_token: impl Into<Secret>,
    ) -> Self {
        Self::new(
            Endpoint::Token(token_url.into()),
            client_id.into(),
            client_secret,
            Grant::RefreshToken,
            Some(refresh_token.into()),
        )
    }

    /// The same grant, at the token endpoint an OpenID Connect discovery document names
    /// (`token_endpoint`), read once.
    pub fn discovered(self, discovery_url: impl Into<String>) -> Self {
        let url = discovery_url.into();
        self.with(|inner| inner.endpoint = Endpoint::Discover(url))
    }

    /// The scopes to ask for (space-separated in the request, as RFC 6749 §3.3 writes them).
    pub fn scopes<S: Into<String>>(self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.with(|inner| inner.scopes = scopes.into_iter().map(Into::into).collect())
    }

    /// The HTTP client that talks to the token endpoint (timeouts, proxies, TLS roots).
    pub fn http_client(self, http: reqwest::Client) -> Self {
        self.with(|inner| inner.http = http)
    }

    /// How many tokens it has fetched.
    pub fn fetches(&self) -> u64 {
        self.inner.fetches.load(Ordering::Relaxed)
    }

    fn new(
        endpoint: Endpoint,
        client_id: String,
        client_secret: Option<Secret>,
        grant: Grant,
        refresh_token: Option<Secret>,
    ) -> Self {
        OAuth2 {
            inner: Arc::new(Inner {
                http: reqwest::Client::new(),
                endpoint,
                client_id,
                client_secret,
                grant,
                scopes: Vec::new(),
                state: tokio::sync::Mutex::new(State {
                    refresh_token,
                    ..State::default()
                }),
                refused: AtomicBool::new(false),
                fetches: AtomicU64::new(0),
            }),
        }
    }

    /// Changes a setting. Settings are made before the provider is shared: a clone already
    /// handed out keeps the old ones.
    fn with(self, change: impl FnOnce(&mut Inner)) -> Self {
        match Arc::try_unwrap(self.inner) {
            Ok(mut inner) => {
                change(&mut inner);
                OAuth2 {
                    inner: Arc::new(inner),
                }
            }
            Err(shared) => OAuth2 { inner: shared },
        }
    }

    /// A valid token: the cached one unless it is refused or about to expire.
    async fn current(&self) -> Result<Secret, String> {
        let inner = &self.inner;
        let mut state = inner.state.lock().await;
        let refused = inner.refused.swap(false, Ordering::AcqRel);
        if let Some((token, expires)) = &state.token
            && !refused
            && expires.is_none_or(|at| Instant::now() < at)
        {
            return Ok(token.clone());
        }
        state.token = None;
        let url = match (&state.token_url, &inner.endpoint) {
            (Some(url), _) => url.clone(),
            (None, Endpoint::Token(url)) => url.clone(),
            (None, Endpoint::Discover(discovery)) => self.discover(discovery).await?,
        };
        state.token_url = Some(url.clone());
        let mut form: Vec<(&str, String)> = Vec::new();
        match inner.grant {
            Grant::ClientCredentials => form.push(("grant_type", "client_credentials".to_owned())),
            Grant::RefreshToken => {
                let refresh = state
                    .refresh_token
                    .as_ref()
                    .ok_or_else(|| "no refresh token".to_owned())?;
                form.push(("grant_type", "refresh_token".to_owned()));
                form.push(("refresh_token", refresh.expose().to_owned()));
            }
        }
        if !inner.scopes.is_empty() {
            form.push(("scope", inner.scopes.join(" ")));
        }
        let mut request = inner.http.post(&url).header("accept", "application/json");
        // RFC 6749 §2.3.1: the client authenticates with HTTP basic, its id and secret
        // form-encoded first; a public client sends its id in the body.
        match &inner.client_secret {
            Some(secret) => {
                let enc =
                    |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
                request = request.basic_auth(enc(&inner.client_id), Some(enc(secret.expose())));
            }
            None => form.push(("client_id", inner.client_id.clone())),
        }
        tracing::debug!(token_url = %url, "fetching an OAuth2 token");
        let started = Instant::now();
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&form)
            .finish();
        let resp = request
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .map_err(|e| format!("token endpoint `{url}`: {}", e.without_url()))?;
        let status = resp.status();
        let body: serde_json::Value = resp.json().await.map_err(|e| {
            format!(
                "token endpoint `{url}` answered {status}, not JSON: {}",
                e.without_url()
            )
        })?;
        if !status.is_success() {
            let code = body.get("error").and_then(|e| e.as_str()).unwrap_or("?");
            return Err(format!("token endpoint `{url}` answered {status}: {code}"));
        }
        let token = body
            .get("access_token")
            .and_then(|t| t.as_str())
            .ok_or_else(|| format!("token endpoint `{url}` answered without an access_token"))?;
        if let Some(refresh) = body.get("refresh_token").and_then(|t| t.as_str()) {
            state.refresh_token = Some(Secret::new(refresh));
        }
        // Renewed before it expires: a request made just before expiry must not arrive after.
        let expires = body
            .get("expires_in")
            .and_then(|e| e.as_f64())
            .filter(|s| s.is_finite() && *s >= 0.0)
            .map(|secs| {
                let lifetime = Duration::from_secs_f64(secs.min(1e9));
                let margin = (lifetime / 2).min(Duration::from_secs(60));
                started + lifetime - margin
            });
        let token = Secret::new(token);
        state.token = Some((token.clone(), expires));
        inner.fetches.fetch_add(1, Ordering::Relaxed);
        Ok(token)
    }

    /// The token endpoint an OpenID Connect discovery document names.
    async fn discover(&self, discovery: &str) -> Result<String, String> {
        let resp = self
            .inner
            .http
            .get(discovery)
            .send()
            .await
            .map_err(|e| format!("OpenID Connect discovery `{discovery}`: {e}"))?;
        let status = resp.status();
        if !status.is_success() {
            return Err(format!(
                "OpenID Connect discovery `{discovery}` answered {status}"
            ));
        }
        let doc: serde_json::Value = resp
            .json()
            .await
            .map_err(|e| format!("OpenID Connect discovery `{discovery}`: {e}"))?;
        doc.get("token_endpoint")
            .and_then(|t| t.as_str())
            .map(str::to_owned)
            .ok_or_else(|| {
                format!("OpenID Connect discovery `{discovery}` names no token_endpoint")
            })
    }
}

impl TokenProvider for OAuth2 {
    fn token(&self) -> BoxFuture<'_, Result<Secret, String>> {
        Box::pin(self.current())
    }

    fn invalidate(&self) -> bool {
        self.inner.refused.store(true, Ordering::Release);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_has_no_secrets() {
        let p = OAuth2::refresh_token(
            "https://id.example/token",
            "app",
            Some(Secret::new("s3cret")),
            "r3fresh",
        )
        .scopes(["read"]);
        let text = format!("{p:?}");
        assert!(text.contains("app") && text.contains("read"), "{text}");
        assert!(
            !text.contains("s3cret") && !text.contains("r3fresh"),
            "{text}"
        );
    }
}
