//! Webhooks and callbacks: requests the API sends rather than receives. They are operations
//! too, so the usual emitters write both ends, turned around: the `receiver` module is a
//! server (an `Api` trait and `router`, with the same checks and errors as the API's own) for
//! whoever the API calls, and the `sender` module a client (a `Client` with one method per
//! webhook) for the API's side. Each is at `/<name>` of the receiver's base URL.

use super::client::client;
use super::features::Features;
use super::server::server;
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// The `webhooks` module, or nothing when the spec has none.
pub fn webhooks(
    api: &Api,
    models: &str,
    features: &Features,
    error_models: &[String],
) -> Option<TokenStream> {
    if api.webhooks.is_empty() {
        return None;
    }
    // The emitters read `operations`: a view of the API whose operations are the webhooks.
    let hooks = Api {
        operations: api.webhooks.clone(),
        webhooks: Vec::new(),
        ..api.clone()
    };
    let receiver = server(
        &hooks,
        models,
        "crate::rt::server",
        features,
        error_models,
        super::Only::All,
    );
    let sender = client(&hooks, models, features, super::Only::All);
    Some(quote! {
        //! Webhooks and callbacks: the requests this API sends. `receiver` serves them (for
        //! whoever the API calls: implement its `Api` and serve its `router`), `sender` sends
        //! them (for the API's side: a `Client` of the receiver's base URL). Each is at
        //! `/<name>` of that base URL.

        // Attributes inside: the emitted modules begin with inner ones, and an item should not
        // have both kinds.
        pub mod receiver {
            #![cfg(feature = "server")]
            #receiver

            /// The router, accepting only deliveries signed with `key` (Standard Webhooks:
            /// HMAC-SHA256 of `id.timestamp.body`, checked on the raw body in constant time,
            /// a five-minute window, each id accepted once); a refusal is 401.
            pub fn signed_router<A: Api>(api: A, key: rt::SigningKey) -> axum::Router {
                rt::signed(router(api), key)
            }
        }

        pub mod sender {
            #![cfg(feature = "client")]
            #sender
        }
    })
}
