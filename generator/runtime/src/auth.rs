//! Credentials and security schemes, the same on both sides: the client sends what a scheme
//! names, the server looks for it there.

use std::fmt;

/// A secret string (a token, an API key, a password): usable, but never printed by `Debug`.
/// Cheap to clone (shared), as the client hands its token to every request and the server
/// keeps the request's credential in its context.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(std::sync::Arc<str>);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into().into())
    }

    /// The secret itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

impl From<&str> for Secret {
    fn from(s: &str) -> Self {
        Secret(s.into())
    }
}

impl From<String> for Secret {
    fn from(s: String) -> Self {
        Secret(s.into())
    }
}

/// A security scheme: its name in the spec and where its credential travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scheme {
    /// The name under `components.securitySchemes`.
    pub name: &'static str,
    /// Where the credential travels.
    pub kind: SchemeKind,
}

/// Where a credential travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchemeKind {
    /// `Authorization: Bearer <token>` (the scheme name is case-insensitive).
    Bearer,
    /// `Authorization: Basic <credentials>` (see [`basic_credential`]).
    Basic,
    /// The token in this header.
    ApiKeyHeader(&'static str),
    /// The token in this query parameter.
    ApiKeyQuery(&'static str),
    /// The token in this cookie.
    ApiKeyCookie(&'static str),
}

impl SchemeKind {
    /// The request header this credential travels in, if any.
    pub fn header(self) -> Option<&'static str> {
        match self {
            SchemeKind::Bearer | SchemeKind::Basic => Some("authorization"),
            SchemeKind::ApiKeyHeader(name) => Some(name),
            SchemeKind::ApiKeyCookie(_) => Some("cookie"),
            SchemeKind::ApiKeyQuery(_) => None,
        }
    }
}

/// The credentials an operation accepts: any one of `requirements` (in the spec's order; a
/// requirement of several schemes needs all of them), or none at all when `anonymous` (the
/// spec lists `{}` among its requirements).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Auth {
    /// The security requirements, any one of which will do.
    pub requirements: &'static [&'static [Scheme]],
    /// The operation may also be called without a credential.
    pub anonymous: bool,
}

impl Auth {
    /// An operation that takes no credential.
    pub const NONE: Auth = Auth {
        requirements: &[],
        anonymous: true,
    };
}

/// The `Authorization: Basic` credential for a user name and password (base64 of
/// `user:password`).
pub fn basic_credential(username: &str, password: &str) -> Secret {
    use base64::Engine as _;
    Secret::new(base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_never_show_in_debug() {
        let s = Secret::new("hunter2");
        assert_eq!(format!("{s:?}"), "Secret([REDACTED])");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn basic_credential_is_base64_of_user_colon_password() {
        assert_eq!(
            basic_credential("Aladdin", "open sesame").expose(),
            "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
        );
    }
}
