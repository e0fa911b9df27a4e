//! The async client.
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// The client module.
pub fn client(_api: &Api, _models: &str) -> TokenStream {
    quote! { //! The client.
    }
}
