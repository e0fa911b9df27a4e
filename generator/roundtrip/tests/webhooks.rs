//! Callbacks (and webhooks, which are generated the same way): the generated sender delivers
//! to the generated receiver, which checks and decodes like the API's own router.

use roundtrip::models::*;
use roundtrip::webhooks::{receiver, sender};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct Subscriber {
    adoptions: Mutex<Vec<Adoption>>,
}

impl receiver::Api for Subscriber {
    async fn pet_adopted(
        &self,
        _ctx: roundtrip::RequestContext,
        body: Adoption,
    ) -> receiver::PetAdoptedResponse {
        self.adoptions.lock().unwrap().push(body);
        receiver::PetAdoptedResponse::NoContent
    }
}

/// The receiver on 127.0.0.1 and its base URL.
fn serve(rt: &tokio::runtime::Runtime, app: axum::Router) -> String {
    let listener = rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    rt.spawn(async move { axum::serve(listener, app).await.unwrap() });
    base
}

#[test]
fn a_callback_is_delivered_typed_and_checked() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let subscriber = Arc::new(Subscriber::default());
    let base = serve(&rt, receiver::router(subscriber.clone()));
    // The API's side: a client of the subscriber's base URL.
    let to = sender::Client::builder(&base).build().unwrap();
    let adoption = Adoption {
        pet_id: 7,
        adopter: "ann".into(),
    };
    rt.block_on(to.pet_adopted(&adoption)).unwrap();
    assert_eq!(*subscriber.adoptions.lock().unwrap(), [adoption]);
    // The receiver checks what arrives as the API's router does: a too-long adopter is 422,
    // a body that is not an `Adoption` 4xx; neither reaches the handler.
    let raw = |body: serde_json::Value| {
        rt.block_on(async {
            reqwest::Client::new()
                .post(format!("{base}/pet-adopted"))
                .json(&body)
                .send()
                .await
                .unwrap()
                .status()
        })
    };
    assert_eq!(
        raw(serde_json::json!({"pet_id": 1, "adopter": "far too long a name"})).as_u16(),
        422
    );
    assert!(raw(serde_json::json!({"pet": 1})).is_client_error());
    assert_eq!(subscriber.adoptions.lock().unwrap().len(), 1);
}

#[test]
fn signed_deliveries_are_accepted_and_tampered_or_replayed_ones_refused() {
    use roundtrip::runtime::SigningKey;
    let rt = tokio::runtime::Runtime::new().unwrap();
    let subscriber = Arc::new(Subscriber::default());
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let base = serve(
        &rt,
        receiver::signed_router(subscriber.clone(), SigningKey::new(secret)),
    );
    // The generated sender signs each delivery.
    let to = sender::Client::builder(&base)
        .signing_key(SigningKey::new(secret))
        .build()
        .unwrap();
    let adoption = Adoption {
        pet_id: 1,
        adopter: "bo".into(),
    };
    rt.block_on(to.pet_adopted(&adoption)).unwrap();
    assert_eq!(subscriber.adoptions.lock().unwrap().len(), 1);
    // Unsigned, signed with another key, tampered with, replayed, stale: 401, unhandled.
    let unsigned = sender::Client::builder(&base).build().unwrap();
    let err = rt.block_on(unsigned.pet_adopted(&adoption)).unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    let other = sender::Client::builder(&base)
        .signing_key(SigningKey::new("another secret"))
        .build()
        .unwrap();
    assert!(rt.block_on(other.pet_adopted(&adoption)).is_err());
    let key = SigningKey::new(secret);
    let body = br#"{"pet_id":2,"adopter":"cy"}"#;
    let send = |headers: &[(&'static str, String)], body: &'static [u8]| {
        rt.block_on(async {
            let mut req = reqwest::Client::new()
                .post(format!("{base}/pet-adopted"))
                .header("content-type", "application/json")
                .body(body);
            for (k, v) in headers {
                req = req.header(*k, v);
            }
            req.send().await.unwrap().status().as_u16()
        })
    };
    let signed = key.headers(body);
    assert_eq!(
        send(&signed, br#"{"pet_id":3,"adopter":"cy"}"#),
        401,
        "tampered"
    );
    assert_eq!(send(&signed, body), 204, "the genuine one");
    assert_eq!(send(&signed, body), 401, "replayed");
    let stale_at = roundtrip::runtime::signatures::now() - 600;
    let stale = [
        ("webhook-id", "msg_stale".to_owned()),
        ("webhook-timestamp", stale_at.to_string()),
        ("webhook-signature", key.sign("msg_stale", stale_at, body)),
    ];
    assert_eq!(send(&stale, body), 401, "outside the window");
    // A delivery the handler refuses (422) may be sent again with the same id.
    let long = br#"{"pet_id":4,"adopter":"much too long"}"#;
    let refused = key.headers(long);
    assert_eq!(send(&refused, long), 422);
    assert_eq!(send(&refused, long), 422, "not taken for a replay");
    assert_eq!(subscriber.adoptions.lock().unwrap().len(), 2);
}
