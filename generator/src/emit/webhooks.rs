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
    let receiver = server(&hooks, models, "crate::rt::server", features, error_models);
    let sender = client(&hooks, models, features);
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
        }

        pub mod sender {
            #![cfg(feature = "client")]
            #sender
        }
    })
}
