//! The server trait and router.
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;

/// The server module.
pub fn server(_api: &Api, _models: &str) -> TokenStream {
    quote! { //! The server.
    }
}
