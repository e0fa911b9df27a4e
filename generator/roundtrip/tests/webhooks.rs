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
