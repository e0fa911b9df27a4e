//! Signed webhooks, as the Standard Webhooks specification writes them: the sender adds
//! `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of
//! "{id}.{timestamp}.{body}">`; the receiver recomputes the signature over the raw body as it
//! arrived (never a re-serialized one), compares in constant time, and refuses a timestamp
//! outside its window and an id it has already accepted (a replay).

use crate::auth::Secret;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

type HmacSha256 = Hmac<Sha256>;

/// How far a timestamp may be from the receiver's clock (Standard Webhooks' suggestion).
pub const TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// A webhook signing secret: `whsec_` and base64 (Standard Webhooks' form), or any other text,
/// whose bytes are the key. Never shown by `Debug`.
#[derive(Clone)]
pub struct SigningKey(Secret);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey([REDACTED])")
    }
}

/// Why a delivery was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A header is missing or malformed.
    Missing(&'static str),
    /// The timestamp is outside the window.
    Stale,
    /// No signature matches the body.
    Mismatch,
    /// This id was accepted before.
    Replayed,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Missing(h) => write!(f, "the `{h}` header is missing or malformed"),
            Refusal::Stale => f.write_str("the webhook's timestamp is outside the accepted window"),
            Refusal::Mismatch => f.write_str("the webhook's signature does not match its body"),
            Refusal::Replayed => f.write_str("this webhook was delivered before"),
        }
    }
}

impl SigningKey {
    /// The key of a secret.
    pub fn new(secret: impl Into<Secret>) -> Self {
        SigningKey(secret.into())
    }

    fn bytes(&self) -> Vec<u8> {
        let text = self.0.expose();
        match text.strip_prefix("whsec_") {
            Some(b64) => base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap_or_else(|_| text.as_bytes().to_vec()),
            None => text.as_bytes().to_vec(),
        }
    }

    fn mac(&self, id: &str, timestamp: i64, body: &[u8]) -> HmacSha256 {
        let mut mac =
            HmacSha256::new_from_slice(&self.bytes()).expect("HMAC takes keys of any length");
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        mac
    }

    /// The `webhook-signature` value for a delivery.
    pub fn sign(&self, id: &str, timestamp: i64, body: &[u8]) -> String {
        let tag = self.mac(id, timestamp, body).finalize().into_bytes();
        format!(
            "v1,{}",
            base64::engine::general_purpose::STANDARD.encode(tag)
        )
    }

    /// The three headers of a delivery of `body` now, with a fresh id.
    pub fn headers(&self, body: &[u8]) -> [(&'static str, String); 3] {
        let id = format!("msg_{}", uuid::Uuid::new_v4().simple());
        let timestamp = now();
        let signature = self.sign(&id, timestamp, body);
        [
            ("webhook-id", id),
            ("webhook-timestamp", timestamp.to_string()),
            ("webhook-signature", signature),
        ]
    }

    /// Checks a delivery: the timestamp within `tolerance` of `now`, and one of the
    /// space-separated `v1,` signatures matching (compared in constant time).
    pub fn verify(
        &self,
        id: Option<&str>,
        timestamp: Option<&str>,
        signatures: Option<&str>,
        body: &[u8],
        now: i64,
        tolerance: Duration,
    ) -> Result<(), Refusal> {
        let id = id
            .filter(|s| !s.is_empty())
            .ok_or(Refusal::Missing("webhook-id"))?;
        let timestamp: i64 = timestamp
            .and_then(|t| t.trim().parse().ok())
            .ok_or(Refusal::Missing("webhook-timestamp"))?;
        let signatures = signatures.ok_or(Refusal::Missing("webhook-signature"))?;
        if now.abs_diff(timestamp) > tolerance.as_secs() {
            return Err(Refusal::Stale);
        }
        for candidate in signatures.split_whitespace() {
            let Some(b64) = candidate.strip_prefix("v1,") else {
                continue;
            };
            let Ok(tag) = base64::engine::general_purpose::STANDARD.decode(b64) else {
                continue;
            };
            if self.mac(id, timestamp, body).verify_slice(&tag).is_ok() {
                return Ok(());
            }
        }
        Err(Refusal::Mismatch)
    }
}

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(feature = "server")]
pub use server::signed;

#[cfg(feature = "server")]
mod server {
    use super::{Refusal, SigningKey, TOLERANCE, now};
    use crate::server::{ApiError, ErrorKind};
    use axum::body::Body;
    use axum::extract::{Request, State};
    use axum::http::StatusCode;
    use axum::middleware::Next;
    use axum::response::{IntoResponse, Response};
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};

    /// The largest webhook body read to check its signature.
    const MAX_BODY: usize = 16 << 20;

    struct Verifier {
        key: SigningKey,
        /// Ids accepted within the window, with their timestamps: a second delivery of one
        /// is a replay.
        seen: Mutex<HashMap<String, i64>>,
    }

    /// `router` accepting only deliveries signed with `key`: each body is read whole (up to
    /// 16 MiB), checked against its signature before any handler sees it, and handed on
    /// unchanged. A refusal is 401 in problem details (400 for a body over the limit).
    pub fn signed(router: axum::Router, key: SigningKey) -> axum::Router {
        let verifier = Arc::new(Verifier {
            key,
            seen: Mutex::new(HashMap::new()),
        });
        router.layer(axum::middleware::from_fn_with_state(verifier, verify))
    }

    async fn verify(State(v): State<Arc<Verifier>>, request: Request, next: Next) -> Response {
        let (parts, body) = request.into_parts();
        let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
            return ApiError::new(
                StatusCode::BAD_REQUEST,
                ErrorKind::MalformedBody,
                "The webhook body is too large to verify",
            )
            .into_response();
        };
        let header = |name: &str| parts.headers.get(name).and_then(|h| h.to_str().ok());
        let id = header("webhook-id");
        let at = now();
        let checked = v.key.verify(
            id,
            header("webhook-timestamp"),
            header("webhook-signature"),
            &bytes,
            at,
            TOLERANCE,
        );
        let id = id.unwrap_or_default().to_owned();
        // The id is held while the delivery is handled (a concurrent copy is a replay too)
        // and kept if it was accepted; a failed delivery may be sent again.
        let checked = checked.and_then(|()| {
            let mut seen = v.seen.lock().unwrap_or_else(|e| e.into_inner());
            seen.retain(|_, t| at.abs_diff(*t) <= 2 * TOLERANCE.as_secs());
            match seen.insert(id.clone(), at) {
                Some(_) => Err(Refusal::Replayed),
                None => Ok(()),
            }
        });
        if let Err(refusal) = checked {
            tracing::warn!(%refusal, "webhook refused");
            return ApiError::new(
                StatusCode::UNAUTHORIZED,
                ErrorKind::InvalidCredential,
                refusal.to_string(),
            )
            .into_response();
        }
        let response = next
            .run(Request::from_parts(parts, Body::from(bytes)))
            .await;
        if !response.status().is_success() {
            v.seen.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the Standard Webhooks specification.
    #[test]
    fn signs_as_the_standard_webhooks_example() {
        let key = SigningKey::new("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        let body = br#"{"test": 2432232314}"#;
        let sig = key.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
        assert_eq!(sig, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        let ok = key.verify(
            Some("msg_p5jXN8AQM9LWM0D4loKWxJek"),
            Some("1614265330"),
            Some(&format!("v1,bm9wZQ== {sig}")),
            body,
            1614265330 + 10,
            TOLERANCE,
        );
        assert_eq!(ok, Ok(()));
        let check = |id, ts: &str, body: &[u8], now| {
            key.verify(Some(id), Some(ts), Some(&sig), body, now, TOLERANCE)
        };
        assert_eq!(
            check(
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "1614265330",
                b"{}",
                1614265330
            ),
            Err(Refusal::Mismatch)
        );
        assert_eq!(
            check("msg_other", "1614265330", body, 1614265330),
            Err(Refusal::Mismatch)
        );
        assert_eq!(
            check(
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                "1614265330",
                body,
                1614265330 + 600
            ),
            Err(Refusal::Stale)
        );
        assert_eq!(
            key.verify(None, Some("1"), Some(&sig), body, 1, TOLERANCE),
            Err(Refusal::Missing("webhook-id"))
        );
        assert_eq!(format!("{key:?}"), "SigningKey([REDACTED])");
    }
}
