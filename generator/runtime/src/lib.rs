//! The runtime of the crates the generator writes: what never varies from one spec to the
//! next, compiled and tested once here instead of being written into every generated crate.
//!
//! The items at the top of this crate are what users of a generated crate meet: the model
//! primitives ([`DateTime`], [`Base64`], [`Secret`], ...), the client ([`Client`], [`Error`],
//! with the `client` feature) and the server's errors and settings ([`ApiError`],
//! [`ServerConfig`], with the `server` feature). The modules hold what generated code calls;
//! they are hidden from the documentation and may change between versions without notice.
//!
//! Generated code reaches this crate through one path, `crate::rt`, which a generated crate
//! declares as `use ::generator_runtime as rt;` (or, when it was generated with the runtime
//! inlined, as a private module holding a copy of these sources).

#[doc(hidden)]
pub mod auth;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
#[cfg(feature = "client")]
#[doc(hidden)]
pub mod client;
#[doc(hidden)]
pub mod de;
#[doc(hidden)]
pub mod events;
#[cfg(feature = "client")]
#[doc(hidden)]
pub mod oauth2;
#[doc(hidden)]
pub mod pattern;
#[doc(hidden)]
pub mod primitives;
#[cfg(feature = "server")]
#[doc(hidden)]
pub mod server;
#[cfg(any(feature = "client", feature = "server"))]
#[doc(hidden)]
pub mod signatures;

pub use auth::{Secret, basic_credential};
pub use events::Event;
#[cfg(feature = "server")]
pub use events::EventSource;
#[cfg(feature = "client")]
pub use events::EventStream;
pub use primitives::{Base64, Binary, Date, DateTime, QueryError, UnknownValue};
#[cfg(any(feature = "client", feature = "server"))]
pub use signatures::SigningKey;

#[cfg(feature = "client")]
pub use client::{
    ByteStream, Client, ClientBuilder, Error, ErrorResponse, FilePart, FnToken, RawResponse,
    RetryPolicy, StaticToken, TokenProvider,
};
#[cfg(feature = "client")]
pub use oauth2::OAuth2;

#[cfg(feature = "server")]
pub use server::{
    ApiError, ErrorKind, RequestContext, RequestId, ServerConfig, UploadStream, problem_response,
};

/// The crates generated code names, so that a generated crate depends on this one alone for
/// them and always gets the versions it was built with.
#[doc(hidden)]
pub mod deps {
    #[cfg(feature = "server")]
    pub use ::axum;
    #[cfg(any(feature = "client", feature = "server"))]
    pub use ::bytes;
    #[cfg(feature = "client")]
    pub use ::futures_core;
    #[cfg(any(feature = "client", feature = "server"))]
    pub use ::futures_util;
    #[cfg(feature = "client")]
    pub use ::reqwest;
    #[cfg(feature = "server")]
    pub use ::serde_urlencoded;
}
