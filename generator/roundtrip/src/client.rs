// @generated from `generator/tests/fixtures/features.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! The API's [`Client`], with one method per operation.
//!
//! The methods are `#[inline]`: like generic code, each is compiled into the crate that
//! calls it, so a program pays in build time only for the operations it uses.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::needless_borrow,
    clippy::vec_init_then_push,
    clippy::disallowed_names,
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::rt::client as rt;
#[allow(unused_imports)]
use crate::rt::deps::{futures_core, reqwest};
#[allow(dead_code)]
const OPTIONAL_BEARER: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "bearer",
                kind: rt::SchemeKind::Bearer,
            },
        ],
    ],
    anonymous: true,
};
#[allow(dead_code)]
const SECURITY_BEARER: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "bearer",
                kind: rt::SchemeKind::Bearer,
            },
        ],
    ],
    anonymous: false,
};
#[allow(dead_code)]
const SECURITY_BEARER_OR_BASIC_OR_HEADER_KEY: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "bearer",
                kind: rt::SchemeKind::Bearer,
            },
        ],
        &[
            rt::Scheme {
                name: "basic",
                kind: rt::SchemeKind::Basic,
            },
        ],
        &[
            rt::Scheme {
                name: "headerKey",
                kind: rt::SchemeKind::ApiKeyHeader("X-Api-Key"),
            },
        ],
    ],
    anonymous: false,
};
#[allow(dead_code)]
const SECURITY_COOKIE_KEY: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "cookieKey",
                kind: rt::SchemeKind::ApiKeyCookie("api_session"),
            },
        ],
    ],
    anonymous: false,
};
#[allow(dead_code)]
const SECURITY_HEADER_KEY_AND_QUERY_KEY: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "headerKey",
                kind: rt::SchemeKind::ApiKeyHeader("X-Api-Key"),
            },
            rt::Scheme {
                name: "queryKey",
                kind: rt::SchemeKind::ApiKeyQuery("api_key"),
            },
        ],
    ],
    anonymous: false,
};
#[allow(dead_code)]
const SECURITY_OAUTH: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "oauth",
                kind: rt::SchemeKind::Bearer,
            },
        ],
    ],
    anonymous: false,
};
#[allow(dead_code)]
const SECURITY_OIDC: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "oidc",
                kind: rt::SchemeKind::Bearer,
            },
        ],
    ],
    anonymous: false,
};
#[allow(dead_code)]
const SECURITY_QUERY_KEY: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "queryKey",
                kind: rt::SchemeKind::ApiKeyQuery("api_key"),
            },
        ],
    ],
    anonymous: false,
};
/// The multipart body of `upload`.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub struct UploadForm {
    /// The `file` part.
    pub file: rt::FilePart,
    /// The `meta` part.
    pub meta: ::std::option::Option<crate::models::Pet>,
    /// The `digest` part.
    pub digest: ::std::option::Option<crate::models::Base64>,
}
rt::client_types!();
impl Client {
    /// `GET /simple/{scalar}/{list}/{list_x}/{obj}/{obj_x}`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn path_simple(
        &self,
        scalar: &str,
        list: &::std::vec::Vec<i64>,
        list_x: &::std::vec::Vec<::std::string::String>,
        obj: &crate::models::Color,
        obj_x: &crate::models::Color,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path_0 = scalar.to_owned();
        let path_1 = crate::rt::primitives::write_path(
                "list",
                crate::rt::primitives::Style::Simple,
                false,
                list,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_2 = crate::rt::primitives::write_path(
                "list_x",
                crate::rt::primitives::Style::Simple,
                true,
                list_x,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_3 = crate::rt::primitives::write_path(
                "obj",
                crate::rt::primitives::Style::Simple,
                false,
                obj,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_4 = crate::rt::primitives::write_path(
                "obj_x",
                crate::rt::primitives::Style::Simple,
                true,
                obj_x,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [
            rt::PathPart::Literal("/simple/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_1),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_2),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_3),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_4),
        ];
        let spec = rt::RequestSpec {
            operation: "pathSimple",
            template: "/simple/{scalar}/{list}/{list_x}/{obj}/{obj_x}",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /label/{scalar}/{list}/{list_x}/{obj}/{obj_x}`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn path_label(
        &self,
        scalar: &str,
        list: &::std::vec::Vec<::std::string::String>,
        list_x: &::std::vec::Vec<::std::string::String>,
        obj: &crate::models::Color,
        obj_x: &crate::models::Color,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path_0 = crate::rt::primitives::write_path(
                "scalar",
                crate::rt::primitives::Style::Label,
                false,
                &scalar.to_owned(),
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_1 = crate::rt::primitives::write_path(
                "list",
                crate::rt::primitives::Style::Label,
                false,
                list,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_2 = crate::rt::primitives::write_path(
                "list_x",
                crate::rt::primitives::Style::Label,
                true,
                list_x,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_3 = crate::rt::primitives::write_path(
                "obj",
                crate::rt::primitives::Style::Label,
                false,
                obj,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_4 = crate::rt::primitives::write_path(
                "obj_x",
                crate::rt::primitives::Style::Label,
                true,
                obj_x,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [
            rt::PathPart::Literal("/label/"),
            rt::PathPart::Encoded(&path_0),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_1),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_2),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_3),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_4),
        ];
        let spec = rt::RequestSpec {
            operation: "pathLabel",
            template: "/label/{scalar}/{list}/{list_x}/{obj}/{obj_x}",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /matrix/{scalar}/{list}/{list_x}/{obj}/{obj_x}`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn path_matrix(
        &self,
        scalar: &str,
        list: &::std::vec::Vec<::std::string::String>,
        list_x: &::std::vec::Vec<::std::string::String>,
        obj: &crate::models::Color,
        obj_x: &crate::models::Color,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path_0 = crate::rt::primitives::write_path(
                "scalar",
                crate::rt::primitives::Style::Matrix,
                false,
                &scalar.to_owned(),
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_1 = crate::rt::primitives::write_path(
                "list",
                crate::rt::primitives::Style::Matrix,
                false,
                list,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_2 = crate::rt::primitives::write_path(
                "list_x",
                crate::rt::primitives::Style::Matrix,
                true,
                list_x,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_3 = crate::rt::primitives::write_path(
                "obj",
                crate::rt::primitives::Style::Matrix,
                false,
                obj,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_4 = crate::rt::primitives::write_path(
                "obj_x",
                crate::rt::primitives::Style::Matrix,
                true,
                obj_x,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [
            rt::PathPart::Literal("/matrix/"),
            rt::PathPart::Encoded(&path_0),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_1),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_2),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_3),
            rt::PathPart::Literal("/"),
            rt::PathPart::Encoded(&path_4),
        ];
        let spec = rt::RequestSpec {
            operation: "pathMatrix",
            template: "/matrix/{scalar}/{list}/{list_x}/{obj}/{obj_x}",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// A template naming `id` twice, and unions of scalars in the path and query.
    ///
    /// `GET /ids/{id}/then/{id}`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn scalar_unions(
        &self,
        id: &crate::models::IdOrName,
        query: &crate::models::ScalarUnionsQuery,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path_0 = crate::rt::primitives::write_path(
                "id",
                crate::rt::primitives::Style::Simple,
                false,
                id,
            )
            .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [
            rt::PathPart::Literal("/ids/"),
            rt::PathPart::Encoded(&path_0),
            rt::PathPart::Literal("/then/"),
            rt::PathPart::Encoded(&path_0),
        ];
        let spec = rt::RequestSpec {
            operation: "scalarUnions",
            template: "/ids/{id}/then/{id}",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /query`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn query_styles(
        &self,
        query: &crate::models::QueryStylesQuery,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [rt::PathPart::Literal("/query")];
        let spec = rt::RequestSpec {
            operation: "queryStyles",
            template: "/query",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /query/exploded`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn query_exploded(
        &self,
        query: &crate::models::QueryExplodedQuery,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [rt::PathPart::Literal("/query/exploded")];
        let spec = rt::RequestSpec {
            operation: "queryExploded",
            template: "/query/exploded",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /headers`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn header_styles(
        &self,
        x_scalar: &i64,
        x_list: ::std::option::Option<&::std::vec::Vec<::std::string::String>>,
        x_object: ::std::option::Option<&crate::models::Color>,
        x_object_x: ::std::option::Option<&crate::models::Color>,
        x_mode: ::std::option::Option<&str>,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/headers")];
        let mut headers = ::std::vec::Vec::new();
        headers
            .push(("X-Scalar", crate::rt::primitives::QueryValue::to_query(x_scalar)));
        if let ::std::option::Option::Some(v) = x_list {
            headers
                .push((
                    "X-List",
                    crate::rt::primitives::write_header("X-List", false, v)
                        .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
                ));
        }
        if let ::std::option::Option::Some(v) = x_object {
            headers
                .push((
                    "X-Object",
                    crate::rt::primitives::write_header("X-Object", false, v)
                        .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
                ));
        }
        if let ::std::option::Option::Some(v) = x_object_x {
            headers
                .push((
                    "X-Object-X",
                    crate::rt::primitives::write_header("X-Object-X", true, v)
                        .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
                ));
        }
        if let ::std::option::Option::Some(v) = x_mode {
            headers.push(("X-Mode", v.to_owned()));
        }
        let spec = rt::RequestSpec {
            operation: "headerStyles",
            template: "/headers",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers,
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /cookies`
    #[cfg(feature = "params")]
    #[inline]
    pub async fn cookie_styles(
        &self,
        session: &str,
        list: ::std::option::Option<&::std::vec::Vec<::std::string::String>>,
        list_x: ::std::option::Option<&::std::vec::Vec<::std::string::String>>,
        color: ::std::option::Option<&crate::models::Color>,
        theme: ::std::option::Option<&str>,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/cookies")];
        let mut headers = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        {
            let v = session;
            crate::rt::primitives::write_cookie(
                    &mut cookies,
                    "session",
                    true,
                    &v.to_owned(),
                )
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        }
        if let ::std::option::Option::Some(v) = list {
            crate::rt::primitives::write_cookie(&mut cookies, "list", false, v)
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        }
        if let ::std::option::Option::Some(v) = list_x {
            crate::rt::primitives::write_cookie(&mut cookies, "list_x", true, v)
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        }
        if let ::std::option::Option::Some(v) = color {
            crate::rt::primitives::write_cookie(&mut cookies, "color", false, v)
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        }
        if let ::std::option::Option::Some(v) = theme {
            crate::rt::primitives::write_cookie(
                    &mut cookies,
                    "theme",
                    true,
                    &v.to_owned(),
                )
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        }
        if !cookies.is_empty() {
            headers.push(("Cookie", cookies.join("; ")));
        }
        let spec = rt::RequestSpec {
            operation: "cookieStyles",
            template: "/cookies",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers,
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Accepts a bearer token, basic credentials or an API key in a header.
    ///
    /// `GET /auth/any`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn any_credential(
        &self,
    ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/auth/any")];
        let spec = rt::RequestSpec {
            operation: "anyCredential",
            template: "/auth/any",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER_OR_BASIC_OR_HEADER_KEY,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            401 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Anonymous calls are allowed; a bearer token is used when there is one.
    ///
    /// `GET /auth/optional`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn optional_credential(
        &self,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/auth/optional")];
        let spec = rt::RequestSpec {
            operation: "optionalCredential",
            template: "/auth/optional",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: OPTIONAL_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /auth/query`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn query_credential(
        &self,
    ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/auth/query")];
        let spec = rt::RequestSpec {
            operation: "queryCredential",
            template: "/auth/query",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_QUERY_KEY,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            401 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Needs an API key in a header and another in the query, together.
    ///
    /// `GET /auth/both`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn both_credentials(
        &self,
    ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/auth/both")];
        let spec = rt::RequestSpec {
            operation: "bothCredentials",
            template: "/auth/both",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_HEADER_KEY_AND_QUERY_KEY,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            401 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `GET /auth/cookie`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn cookie_credential(
        &self,
    ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/auth/cookie")];
        let spec = rt::RequestSpec {
            operation: "cookieCredential",
            template: "/auth/cookie",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_COOKIE_KEY,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            401 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Needs an OAuth2 token with the `pets:read` scope (the client fetches it from `/oauth/token`).
    ///
    /// `GET /auth/oauth`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn oauth_credential(
        &self,
    ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/auth/oauth")];
        let spec = rt::RequestSpec {
            operation: "oauthCredential",
            template: "/auth/oauth",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_OAUTH,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            401 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Needs an OpenID Connect token (the client reads its token endpoint from the discovery document).
    ///
    /// `GET /auth/oidc`
    #[cfg(feature = "auth")]
    #[inline]
    pub async fn oidc_credential(
        &self,
    ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/auth/oidc")];
        let spec = rt::RequestSpec {
            operation: "oidcCredential",
            template: "/auth/oidc",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_OIDC,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            204 => ::std::result::Result::Ok(()),
            401 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Echoes the pet as the server received it (read-only fields dropped, defaults filled in).
    ///
    /// `POST /pets`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn create_pet(
        &self,
        body: &crate::models::Pet,
    ) -> ::std::result::Result<crate::models::Pet, rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/pets")];
        let spec = rt::RequestSpec {
            operation: "createPet",
            template: "/pets",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::Problem>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            201 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::Problem>(resp).await?,
                )
            }
            422 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// `POST /pets/strict`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn create_strict_pet(
        &self,
        body: &crate::models::StrictPet,
    ) -> ::std::result::Result<
        crate::models::StrictPet,
        rt::Error<crate::models::Problem>,
    > {
        let path = [rt::PathPart::Literal("/pets/strict")];
        let spec = rt::RequestSpec {
            operation: "createStrictPet",
            template: "/pets/strict",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, crate::models::Problem>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            201 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::Problem>(resp).await?,
                )
            }
            422 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Echoes the patch as received (absent fields stay absent).
    ///
    /// `PATCH /pets/{id}`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn update_pet(
        &self,
        id: &i64,
        body: &crate::models::PetPatch,
    ) -> ::std::result::Result<crate::models::PetPatch, rt::Error<::serde_json::Value>> {
        let path_0 = crate::rt::primitives::QueryValue::to_query(id);
        let path = [rt::PathPart::Literal("/pets/"), rt::PathPart::Param(&path_0)];
        let spec = rt::RequestSpec {
            operation: "updatePet",
            template: "/pets/{id}",
            method: reqwest::Method::PATCH,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, ::serde_json::Value>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, ::serde_json::Value>(resp).await?,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// The owner of pet 1; any other pet is 404, in problem details.
    ///
    /// `GET /pets/{id}/owner`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn get_owner(
        &self,
        id: &i64,
    ) -> ::std::result::Result<crate::models::Owner, rt::Error<crate::models::Problem>> {
        let path_0 = crate::rt::primitives::QueryValue::to_query(id);
        let path = [
            rt::PathPart::Literal("/pets/"),
            rt::PathPart::Param(&path_0),
            rt::PathPart::Literal("/owner"),
        ];
        let spec = rt::RequestSpec {
            operation: "getOwner",
            template: "/pets/{id}/owner",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, crate::models::Problem>(resp).await?,
                )
            }
            _ => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
        }
    }
    /// Echoes the form.
    ///
    /// `POST /forms`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn submit_form(
        &self,
        body: &crate::models::Form,
    ) -> ::std::result::Result<crate::models::Form, rt::Error<crate::models::Problem>> {
        let path = [rt::PathPart::Literal("/forms")];
        let spec = rt::RequestSpec {
            operation: "submitForm",
            template: "/forms",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::form_fields::<_, crate::models::Problem>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<crate::models::Problem>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::form::<_, crate::models::Problem>(resp).await?,
                )
            }
            422 => {
                ::std::result::Result::Err(
                    rt::api_error::<crate::models::Problem>(resp).await,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Echoes the bytes.
    ///
    /// `PUT /files`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn put_file(
        &self,
        body: reqwest::Body,
    ) -> ::std::result::Result<rt::ByteStream, rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/files")];
        let spec = rt::RequestSpec {
            operation: "putFile",
            template: "/files",
            method: reqwest::Method::PUT,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Binary(body, "application/octet-stream"),
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => ::std::result::Result::Ok(rt::ByteStream::new(resp)),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Describes what arrived.
    ///
    /// `POST /uploads`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn upload(
        &self,
        body: UploadForm,
    ) -> ::std::result::Result<
        crate::models::UploadOkBody,
        rt::Error<::serde_json::Value>,
    > {
        let path = [rt::PathPart::Literal("/uploads")];
        let spec = rt::RequestSpec {
            operation: "upload",
            template: "/uploads",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: {
                let mut form = reqwest::multipart::Form::new();
                if let ::std::option::Option::Some(v) = body.meta {
                    form = form
                        .text("meta", rt::json_text::<_, ::serde_json::Value>(&v)?);
                }
                if let ::std::option::Option::Some(v) = body.digest {
                    form = form
                        .text("digest", crate::rt::primitives::QueryValue::to_query(&v));
                }
                {
                    let v = body.file;
                    form = form.part("file", v.into_part()?);
                }
                rt::RequestBody::Multipart(form)
            },
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, ::serde_json::Value>(resp).await?,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Echoes a list of unions (the runtime benchmark decodes the same types).
    ///
    /// `POST /shapes`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn echo_shapes(
        &self,
        body: &crate::models::Drawing,
    ) -> ::std::result::Result<crate::models::Drawing, rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/shapes")];
        let spec = rt::RequestSpec {
            operation: "echoShapes",
            template: "/shapes",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, ::serde_json::Value>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, ::serde_json::Value>(resp).await?,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Server-sent events, one `Tick` per event (OpenAPI 3.2's `itemSchema`), as many as `count` asks.
    ///
    /// `GET /ticks`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn stream_ticks(
        &self,
        query: &crate::models::StreamTicksQuery,
    ) -> ::std::result::Result<
        rt::EventStream<crate::models::Tick, ::serde_json::Value>,
        rt::Error<::serde_json::Value>,
    > {
        query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?;
        let path = [rt::PathPart::Literal("/ticks")];
        let spec = rt::RequestSpec {
            operation: "streamTicks",
            template: "/ticks",
            method: reqwest::Method::GET,
            path: &path,
            query: query
                .to_pairs()
                .map_err(|e| rt::Error::InvalidRequest(e.to_string()))?,
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::EventStream::from_get(
                        resp,
                        false,
                        &self.0,
                        "streamTicks",
                        SECURITY_BEARER,
                    ),
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Server-sent events whose data is text, not JSON.
    ///
    /// `GET /log`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn stream_log(
        &self,
    ) -> ::std::result::Result<
        rt::EventStream<::std::string::String, ::serde_json::Value>,
        rt::Error<::serde_json::Value>,
    > {
        let path = [rt::PathPart::Literal("/log")];
        let spec = rt::RequestSpec {
            operation: "streamLog",
            template: "/log",
            method: reqwest::Method::GET,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::Empty,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::EventStream::from_get(
                        resp,
                        true,
                        &self.0,
                        "streamLog",
                        SECURITY_BEARER,
                    ),
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Subscribes to adoptions; the API then calls the subscriber back (a callback).
    ///
    /// `POST /subscriptions`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn subscribe(
        &self,
        body: &crate::models::Subscription,
    ) -> ::std::result::Result<(), rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/subscriptions")];
        let spec = rt::RequestSpec {
            operation: "subscribe",
            template: "/subscriptions",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, ::serde_json::Value>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            201 => ::std::result::Result::Ok(()),
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
    /// Echoes a host, whose address and tags are the user's own Rust types (`x-rust-type`).
    ///
    /// `POST /hosts`
    #[cfg(feature = "bodies")]
    #[inline]
    pub async fn echo_host(
        &self,
        body: &crate::models::Host,
    ) -> ::std::result::Result<crate::models::Host, rt::Error<::serde_json::Value>> {
        let path = [rt::PathPart::Literal("/hosts")];
        let spec = rt::RequestSpec {
            operation: "echoHost",
            template: "/hosts",
            method: reqwest::Method::POST,
            path: &path,
            query: ::std::vec::Vec::new(),
            headers: ::std::vec::Vec::new(),
            body: rt::RequestBody::json::<_, ::serde_json::Value>(body)?,
            auth: SECURITY_BEARER,
        };
        let resp = self.send::<::serde_json::Value>(spec).await?;
        match resp.status().as_u16() {
            200 => {
                ::std::result::Result::Ok(
                    rt::json::<_, ::serde_json::Value>(resp).await?,
                )
            }
            _ => ::std::result::Result::Err(rt::unexpected(resp).await),
        }
    }
}
/// A credential slot for each security scheme of the API.
impl ClientBuilder {
    /// The user name and password for the `basic` scheme (HTTP basic).
    pub fn basic_credential(self, username: &str, password: &str) -> Self {
        self.credential(
            "basic",
            rt::StaticToken(rt::basic_credential(username, password)),
        )
    }
    /// A fixed credential for the `bearer` scheme: the bearer token. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn bearer_credential(
        self,
        token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        self.credential("bearer", rt::StaticToken::new(token))
    }
    /// A fixed credential for the `cookieKey` scheme: the API key sent in the `api_session` cookie. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn cookie_key_credential(
        self,
        token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        self.credential("cookieKey", rt::StaticToken::new(token))
    }
    /// A fixed credential for the `headerKey` scheme: the API key sent in the `X-Api-Key` header. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn header_key_credential(
        self,
        token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        self.credential("headerKey", rt::StaticToken::new(token))
    }
    /// A fixed credential for the `oauth` scheme: the bearer token. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn oauth_credential(self, token: impl ::std::convert::Into<rt::Secret>) -> Self {
        self.credential("oauth", rt::StaticToken::new(token))
    }
    /// Bearer tokens for the `oauth` scheme from the `client_credentials` grant at `/oauth/token`, asking for `pets:read`: fetched on first use, cached, renewed before they expire and once when the API refuses one; concurrent calls share one fetch.
    pub fn oauth_client_credentials(
        self,
        client_id: &str,
        client_secret: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        let provider = rt::OAuth2::client_credentials(
                self.0.resolve("/oauth/token"),
                client_id,
                client_secret,
            )
            .scopes(["pets:read"]);
        self.credential("oauth", provider)
    }
    /// Bearer tokens for the `oauth` scheme from a refresh token (obtained by a login elsewhere), exchanged at `/oauth/token`, asking for `pets:read`; `client_secret` is `None` for a public client. A refresh token in an answer replaces the old one.
    pub fn oauth_refresh_token(
        self,
        client_id: &str,
        client_secret: ::std::option::Option<rt::Secret>,
        refresh_token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        let provider = rt::OAuth2::refresh_token(
                self.0.resolve("/oauth/token"),
                client_id,
                client_secret,
                refresh_token,
            )
            .scopes(["pets:read"]);
        self.credential("oauth", provider)
    }
    /// A fixed credential for the `oidc` scheme: the bearer token. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn oidc_credential(self, token: impl ::std::convert::Into<rt::Secret>) -> Self {
        self.credential("oidc", rt::StaticToken::new(token))
    }
    /// Bearer tokens for the `oidc` scheme from the `client_credentials` grant at `/.well-known/openid-configuration` (OpenID Connect discovery), asking for `openid`, `profile`: fetched on first use, cached, renewed before they expire and once when the API refuses one; concurrent calls share one fetch.
    pub fn oidc_client_credentials(
        self,
        client_id: &str,
        client_secret: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        let provider = rt::OAuth2::client_credentials(
                ::std::string::String::new(),
                client_id,
                client_secret,
            )
            .discovered(self.0.resolve("/.well-known/openid-configuration"))
            .scopes(["openid", "profile"]);
        self.credential("oidc", provider)
    }
    /// Bearer tokens for the `oidc` scheme from a refresh token (obtained by a login elsewhere), exchanged at `/.well-known/openid-configuration` (OpenID Connect discovery), asking for `openid`, `profile`; `client_secret` is `None` for a public client. A refresh token in an answer replaces the old one.
    pub fn oidc_refresh_token(
        self,
        client_id: &str,
        client_secret: ::std::option::Option<rt::Secret>,
        refresh_token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        let provider = rt::OAuth2::refresh_token(
                ::std::string::String::new(),
                client_id,
                client_secret,
                refresh_token,
            )
            .discovered(self.0.resolve("/.well-known/openid-configuration"))
            .scopes(["openid", "profile"]);
        self.credential("oidc", provider)
    }
    /// A fixed credential for the `queryKey` scheme: the API key sent in the `api_key` query parameter. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)
    pub fn query_key_credential(
        self,
        token: impl ::std::convert::Into<rt::Secret>,
    ) -> Self {
        self.credential("queryKey", rt::StaticToken::new(token))
    }
}
