// @generated from `generator/tests/fixtures/features.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! The API as a trait to implement, and a router that serves an implementation.
#![allow(
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::needless_borrow,
    unused_variables,
    unused_mut,
    clippy::disallowed_names,
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use axum::response::IntoResponse as _;
use crate::rt::server as rt;
use crate::rt::deps::axum;
#[allow(unused_imports)]
use crate::rt::deps::serde_urlencoded;
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
/// What `pathSimple` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum PathSimpleResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for PathSimpleResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `pathLabel` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum PathLabelResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for PathLabelResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `pathMatrix` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum PathMatrixResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for PathMatrixResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `scalarUnions` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum ScalarUnionsResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for ScalarUnionsResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `queryStyles` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum QueryStylesResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for QueryStylesResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `queryExploded` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum QueryExplodedResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for QueryExplodedResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `headerStyles` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum HeaderStylesResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for HeaderStylesResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `cookieStyles` can answer: only the statuses the spec documents.
#[cfg(feature = "params")]
#[derive(Debug)]
pub enum CookieStylesResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "params")]
impl axum::response::IntoResponse for CookieStylesResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `anyCredential` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum AnyCredentialResponse {
    /// `204`: Received.
    NoContent,
    /// `401`: An error.
    Unauthorized(crate::models::Problem),
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for AnyCredentialResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `optionalCredential` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum OptionalCredentialResponse {
    /// `204`: Received.
    NoContent,
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for OptionalCredentialResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
        }
    }
}
/// What `queryCredential` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum QueryCredentialResponse {
    /// `204`: Received.
    NoContent,
    /// `401`: An error.
    Unauthorized(crate::models::Problem),
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for QueryCredentialResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `bothCredentials` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum BothCredentialsResponse {
    /// `204`: Received.
    NoContent,
    /// `401`: An error.
    Unauthorized(crate::models::Problem),
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for BothCredentialsResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `cookieCredential` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum CookieCredentialResponse {
    /// `204`: Received.
    NoContent,
    /// `401`: An error.
    Unauthorized(crate::models::Problem),
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for CookieCredentialResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `oauthCredential` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum OauthCredentialResponse {
    /// `204`: Received.
    NoContent,
    /// `401`: An error.
    Unauthorized(crate::models::Problem),
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for OauthCredentialResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `oidcCredential` can answer: only the statuses the spec documents.
#[cfg(feature = "auth")]
#[derive(Debug)]
pub enum OidcCredentialResponse {
    /// `204`: Received.
    NoContent,
    /// `401`: An error.
    Unauthorized(crate::models::Problem),
}
#[cfg(feature = "auth")]
impl axum::response::IntoResponse for OidcCredentialResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `createPet` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum CreatePetResponse {
    /// `201`: Created.
    Created(crate::models::Pet),
    /// `422`: An error.
    UnprocessableEntity(crate::models::Problem),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for CreatePetResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Created(body) => rt::json_response(201, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `createStrictPet` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum CreateStrictPetResponse {
    /// `201`: Created.
    Created(crate::models::StrictPet),
    /// `422`: An error.
    UnprocessableEntity(crate::models::Problem),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for CreateStrictPetResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Created(body) => rt::json_response(201, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `updatePet` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum UpdatePetResponse {
    /// `200`: Updated.
    Ok(crate::models::PetPatch),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for UpdatePetResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
        }
    }
}
/// What `getOwner` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum GetOwnerResponse {
    /// `200`: The owner.
    Ok(crate::models::Owner),
    /// `404`: An error.
    NotFound(crate::models::Problem),
    /// Any other status: An error.
    Default(axum::http::StatusCode, crate::models::Problem),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for GetOwnerResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
#[cfg(feature = "bodies")]
impl ::std::convert::From<rt::ApiError> for GetOwnerResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `submitForm` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum SubmitFormResponse {
    /// `200`: Echoed.
    Ok(crate::models::Form),
    /// `422`: An error.
    UnprocessableEntity(crate::models::Problem),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for SubmitFormResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::form_response(200, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `putFile` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum PutFileResponse {
    /// `200`: Echoed.
    Ok(axum::body::Body),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for PutFileResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => {
                rt::body_response(
                    200,
                    "application/octet-stream",
                    body,
                    ::std::vec::Vec::new(),
                )
            }
        }
    }
}
/// What `upload` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum UploadResponse {
    /// `200`: What arrived.
    Ok(crate::models::UploadOkBody),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for UploadResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
        }
    }
}
/// The multipart body of `upload`.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub struct UploadForm {
    /// The `file` part.
    pub file: rt::UploadStream,
    /// The `meta` part.
    pub meta: ::std::option::Option<crate::models::Pet>,
    /// The `digest` part.
    pub digest: ::std::option::Option<crate::models::Base64>,
}
/// What `echoShapes` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum EchoShapesResponse {
    /// `200`: Echoed.
    Ok(crate::models::Drawing),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for EchoShapesResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
        }
    }
}
/// What `streamTicks` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum StreamTicksResponse {
    /// `200`: The ticks.
    Ok(rt::EventSource<crate::models::Tick>),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for StreamTicksResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => {
                rt::event_response(200, body, false, ::std::vec::Vec::new())
            }
        }
    }
}
/// What `streamLog` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum StreamLogResponse {
    /// `200`: Log lines.
    Ok(rt::EventSource<::std::string::String>),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for StreamLogResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::event_response(200, body, true, ::std::vec::Vec::new()),
        }
    }
}
/// What `subscribe` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum SubscribeResponse {
    /// `201`: Subscribed.
    Created,
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for SubscribeResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Created => rt::empty_response(201, ::std::vec::Vec::new()),
        }
    }
}
/// What `echoHost` can answer: only the statuses the spec documents.
#[cfg(feature = "bodies")]
#[derive(Debug)]
pub enum EchoHostResponse {
    /// `200`: Echoed.
    Ok(crate::models::Host),
}
#[cfg(feature = "bodies")]
impl axum::response::IntoResponse for EchoHostResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
        }
    }
}
/// An error model of the API that an [`rt::ApiError`] can be written in, so that a
/// handler answers any error with `error.into()`: the response enum's variant for the
/// error's status, its body in that model. Generated for problem-details models;
/// the API's other error models implement it beside the generated code.
pub trait FromApiError {
    /// The error in this model.
    fn from_api_error(error: rt::ApiError) -> Self;
}
#[cfg(any(feature = "auth", feature = "bodies"))]
impl FromApiError for crate::models::Problem {
    /// The error as problem details.
    fn from_api_error(error: rt::ApiError) -> Self {
        crate::models::Problem {
            r#type: ::std::option::Option::Some(
                ::std::string::String::from("about:blank"),
            ),
            title: ::std::option::Option::Some(error.title().to_owned()),
            status: ::std::option::Option::Some(i64::from(error.status.as_u16())),
            detail: ::std::option::Option::Some(error.detail.clone()),
            instance: ::std::option::Option::None,
        }
    }
}
/// The API. Implement one method per operation; [`router`] does the HTTP work:
/// routing, extraction, validation, credentials, and errors written by
/// [`rt::ServerConfig::error_response`].
pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
    /// Verifies a credential before any handler runs; `ctx.scheme` names the security
    /// scheme it came with (a requirement of several schemes calls it once for each). The default accepts every credential; return [`rt::ApiError::invalid_credential`] (401) or
    /// [`rt::ApiError::forbidden`] (403) to refuse. Anything stored in
    /// `ctx.extensions` reaches the handler.
    fn authenticate(
        &self,
        token: &str,
        ctx: &mut rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<(), rt::ApiError>,
    > + ::std::marker::Send {
        let _ = (token, ctx);
        async { ::std::result::Result::Ok(()) }
    }
    /// `GET /simple/{scalar}/{list}/{list_x}/{obj}/{obj_x}`
    #[cfg(feature = "params")]
    fn path_simple(
        &self,
        ctx: rt::RequestContext,
        scalar: ::std::string::String,
        list: ::std::vec::Vec<i64>,
        list_x: ::std::vec::Vec<::std::string::String>,
        obj: crate::models::Color,
        obj_x: crate::models::Color,
    ) -> impl ::std::future::Future<Output = PathSimpleResponse> + ::std::marker::Send;
    /// `GET /label/{scalar}/{list}/{list_x}/{obj}/{obj_x}`
    #[cfg(feature = "params")]
    fn path_label(
        &self,
        ctx: rt::RequestContext,
        scalar: ::std::string::String,
        list: ::std::vec::Vec<::std::string::String>,
        list_x: ::std::vec::Vec<::std::string::String>,
        obj: crate::models::Color,
        obj_x: crate::models::Color,
    ) -> impl ::std::future::Future<Output = PathLabelResponse> + ::std::marker::Send;
    /// `GET /matrix/{scalar}/{list}/{list_x}/{obj}/{obj_x}`
    #[cfg(feature = "params")]
    fn path_matrix(
        &self,
        ctx: rt::RequestContext,
        scalar: ::std::string::String,
        list: ::std::vec::Vec<::std::string::String>,
        list_x: ::std::vec::Vec<::std::string::String>,
        obj: crate::models::Color,
        obj_x: crate::models::Color,
    ) -> impl ::std::future::Future<Output = PathMatrixResponse> + ::std::marker::Send;
    /// A template naming `id` twice, and unions of scalars in the path and query.
    ///
    /// `GET /ids/{id}/then/{id}`
    #[cfg(feature = "params")]
    fn scalar_unions(
        &self,
        ctx: rt::RequestContext,
        id: crate::models::IdOrName,
        query: crate::models::ScalarUnionsQuery,
    ) -> impl ::std::future::Future<Output = ScalarUnionsResponse> + ::std::marker::Send;
    /// `GET /query`
    #[cfg(feature = "params")]
    fn query_styles(
        &self,
        ctx: rt::RequestContext,
        query: crate::models::QueryStylesQuery,
    ) -> impl ::std::future::Future<Output = QueryStylesResponse> + ::std::marker::Send;
    /// `GET /query/exploded`
    #[cfg(feature = "params")]
    fn query_exploded(
        &self,
        ctx: rt::RequestContext,
        query: crate::models::QueryExplodedQuery,
    ) -> impl ::std::future::Future<
        Output = QueryExplodedResponse,
    > + ::std::marker::Send;
    /// `GET /headers`
    #[cfg(feature = "params")]
    fn header_styles(
        &self,
        ctx: rt::RequestContext,
        x_scalar: i64,
        x_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        x_object: ::std::option::Option<crate::models::Color>,
        x_object_x: ::std::option::Option<crate::models::Color>,
        x_mode: ::std::option::Option<::std::string::String>,
    ) -> impl ::std::future::Future<Output = HeaderStylesResponse> + ::std::marker::Send;
    /// `GET /cookies`
    #[cfg(feature = "params")]
    fn cookie_styles(
        &self,
        ctx: rt::RequestContext,
        session: ::std::string::String,
        list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        list_x: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        color: ::std::option::Option<crate::models::Color>,
        theme: ::std::option::Option<::std::string::String>,
    ) -> impl ::std::future::Future<Output = CookieStylesResponse> + ::std::marker::Send;
    /// Accepts a bearer token, basic credentials or an API key in a header.
    ///
    /// `GET /auth/any`
    #[cfg(feature = "auth")]
    fn any_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = AnyCredentialResponse,
    > + ::std::marker::Send;
    /// Anonymous calls are allowed; a bearer token is used when there is one.
    ///
    /// `GET /auth/optional`
    #[cfg(feature = "auth")]
    fn optional_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = OptionalCredentialResponse,
    > + ::std::marker::Send;
    /// `GET /auth/query`
    #[cfg(feature = "auth")]
    fn query_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = QueryCredentialResponse,
    > + ::std::marker::Send;
    /// Needs an API key in a header and another in the query, together.
    ///
    /// `GET /auth/both`
    #[cfg(feature = "auth")]
    fn both_credentials(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = BothCredentialsResponse,
    > + ::std::marker::Send;
    /// `GET /auth/cookie`
    #[cfg(feature = "auth")]
    fn cookie_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = CookieCredentialResponse,
    > + ::std::marker::Send;
    /// Needs an OAuth2 token with the `pets:read` scope (the client fetches it from `/oauth/token`).
    ///
    /// `GET /auth/oauth`
    #[cfg(feature = "auth")]
    fn oauth_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = OauthCredentialResponse,
    > + ::std::marker::Send;
    /// Needs an OpenID Connect token (the client reads its token endpoint from the discovery document).
    ///
    /// `GET /auth/oidc`
    #[cfg(feature = "auth")]
    fn oidc_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = OidcCredentialResponse,
    > + ::std::marker::Send;
    /// Echoes the pet as the server received it (read-only fields dropped, defaults filled in).
    ///
    /// `POST /pets`
    #[cfg(feature = "bodies")]
    fn create_pet(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Pet,
    ) -> impl ::std::future::Future<Output = CreatePetResponse> + ::std::marker::Send;
    /// `POST /pets/strict`
    #[cfg(feature = "bodies")]
    fn create_strict_pet(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::StrictPet,
    ) -> impl ::std::future::Future<
        Output = CreateStrictPetResponse,
    > + ::std::marker::Send;
    /// Echoes the patch as received (absent fields stay absent).
    ///
    /// `PATCH /pets/{id}`
    #[cfg(feature = "bodies")]
    fn update_pet(
        &self,
        ctx: rt::RequestContext,
        id: i64,
        body: crate::models::PetPatch,
    ) -> impl ::std::future::Future<Output = UpdatePetResponse> + ::std::marker::Send;
    /// The owner of pet 1; any other pet is 404, in problem details.
    ///
    /// `GET /pets/{id}/owner`
    #[cfg(feature = "bodies")]
    fn get_owner(
        &self,
        ctx: rt::RequestContext,
        id: i64,
    ) -> impl ::std::future::Future<Output = GetOwnerResponse> + ::std::marker::Send;
    /// Echoes the form.
    ///
    /// `POST /forms`
    #[cfg(feature = "bodies")]
    fn submit_form(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Form,
    ) -> impl ::std::future::Future<Output = SubmitFormResponse> + ::std::marker::Send;
    /// Echoes the bytes.
    ///
    /// `PUT /files`
    #[cfg(feature = "bodies")]
    fn put_file(
        &self,
        ctx: rt::RequestContext,
        body: axum::body::Body,
    ) -> impl ::std::future::Future<Output = PutFileResponse> + ::std::marker::Send;
    /// Describes what arrived.
    ///
    /// `POST /uploads`
    #[cfg(feature = "bodies")]
    fn upload(
        &self,
        ctx: rt::RequestContext,
        body: UploadForm,
    ) -> impl ::std::future::Future<Output = UploadResponse> + ::std::marker::Send;
    /// Echoes a list of unions (the runtime benchmark decodes the same types).
    ///
    /// `POST /shapes`
    #[cfg(feature = "bodies")]
    fn echo_shapes(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Drawing,
    ) -> impl ::std::future::Future<Output = EchoShapesResponse> + ::std::marker::Send;
    /// Server-sent events, one `Tick` per event (OpenAPI 3.2's `itemSchema`), as many as `count` asks.
    ///
    /// `GET /ticks`
    #[cfg(feature = "bodies")]
    fn stream_ticks(
        &self,
        ctx: rt::RequestContext,
        query: crate::models::StreamTicksQuery,
    ) -> impl ::std::future::Future<Output = StreamTicksResponse> + ::std::marker::Send;
    /// Server-sent events whose data is text, not JSON.
    ///
    /// `GET /log`
    #[cfg(feature = "bodies")]
    fn stream_log(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<Output = StreamLogResponse> + ::std::marker::Send;
    /// Subscribes to adoptions; the API then calls the subscriber back (a callback).
    ///
    /// `POST /subscriptions`
    #[cfg(feature = "bodies")]
    fn subscribe(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Subscription,
    ) -> impl ::std::future::Future<Output = SubscribeResponse> + ::std::marker::Send;
    /// Echoes a host, whose address and tags are the user's own Rust types (`x-rust-type`).
    ///
    /// `POST /hosts`
    #[cfg(feature = "bodies")]
    fn echo_host(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Host,
    ) -> impl ::std::future::Future<Output = EchoHostResponse> + ::std::marker::Send;
}
/// An `Arc` of an implementation is an implementation, so callers can keep a handle on
/// the state the router serves.
impl<T: Api> Api for ::std::sync::Arc<T> {
    fn authenticate(
        &self,
        token: &str,
        ctx: &mut rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = ::std::result::Result<(), rt::ApiError>,
    > + ::std::marker::Send {
        (**self).authenticate(token, ctx)
    }
    #[cfg(feature = "params")]
    fn path_simple(
        &self,
        ctx: rt::RequestContext,
        scalar: ::std::string::String,
        list: ::std::vec::Vec<i64>,
        list_x: ::std::vec::Vec<::std::string::String>,
        obj: crate::models::Color,
        obj_x: crate::models::Color,
    ) -> impl ::std::future::Future<Output = PathSimpleResponse> + ::std::marker::Send {
        (**self).path_simple(ctx, scalar, list, list_x, obj, obj_x)
    }
    #[cfg(feature = "params")]
    fn path_label(
        &self,
        ctx: rt::RequestContext,
        scalar: ::std::string::String,
        list: ::std::vec::Vec<::std::string::String>,
        list_x: ::std::vec::Vec<::std::string::String>,
        obj: crate::models::Color,
        obj_x: crate::models::Color,
    ) -> impl ::std::future::Future<Output = PathLabelResponse> + ::std::marker::Send {
        (**self).path_label(ctx, scalar, list, list_x, obj, obj_x)
    }
    #[cfg(feature = "params")]
    fn path_matrix(
        &self,
        ctx: rt::RequestContext,
        scalar: ::std::string::String,
        list: ::std::vec::Vec<::std::string::String>,
        list_x: ::std::vec::Vec<::std::string::String>,
        obj: crate::models::Color,
        obj_x: crate::models::Color,
    ) -> impl ::std::future::Future<Output = PathMatrixResponse> + ::std::marker::Send {
        (**self).path_matrix(ctx, scalar, list, list_x, obj, obj_x)
    }
    #[cfg(feature = "params")]
    fn scalar_unions(
        &self,
        ctx: rt::RequestContext,
        id: crate::models::IdOrName,
        query: crate::models::ScalarUnionsQuery,
    ) -> impl ::std::future::Future<
        Output = ScalarUnionsResponse,
    > + ::std::marker::Send {
        (**self).scalar_unions(ctx, id, query)
    }
    #[cfg(feature = "params")]
    fn query_styles(
        &self,
        ctx: rt::RequestContext,
        query: crate::models::QueryStylesQuery,
    ) -> impl ::std::future::Future<Output = QueryStylesResponse> + ::std::marker::Send {
        (**self).query_styles(ctx, query)
    }
    #[cfg(feature = "params")]
    fn query_exploded(
        &self,
        ctx: rt::RequestContext,
        query: crate::models::QueryExplodedQuery,
    ) -> impl ::std::future::Future<
        Output = QueryExplodedResponse,
    > + ::std::marker::Send {
        (**self).query_exploded(ctx, query)
    }
    #[cfg(feature = "params")]
    fn header_styles(
        &self,
        ctx: rt::RequestContext,
        x_scalar: i64,
        x_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        x_object: ::std::option::Option<crate::models::Color>,
        x_object_x: ::std::option::Option<crate::models::Color>,
        x_mode: ::std::option::Option<::std::string::String>,
    ) -> impl ::std::future::Future<
        Output = HeaderStylesResponse,
    > + ::std::marker::Send {
        (**self).header_styles(ctx, x_scalar, x_list, x_object, x_object_x, x_mode)
    }
    #[cfg(feature = "params")]
    fn cookie_styles(
        &self,
        ctx: rt::RequestContext,
        session: ::std::string::String,
        list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        list_x: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        color: ::std::option::Option<crate::models::Color>,
        theme: ::std::option::Option<::std::string::String>,
    ) -> impl ::std::future::Future<
        Output = CookieStylesResponse,
    > + ::std::marker::Send {
        (**self).cookie_styles(ctx, session, list, list_x, color, theme)
    }
    #[cfg(feature = "auth")]
    fn any_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = AnyCredentialResponse,
    > + ::std::marker::Send {
        (**self).any_credential(ctx)
    }
    #[cfg(feature = "auth")]
    fn optional_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = OptionalCredentialResponse,
    > + ::std::marker::Send {
        (**self).optional_credential(ctx)
    }
    #[cfg(feature = "auth")]
    fn query_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = QueryCredentialResponse,
    > + ::std::marker::Send {
        (**self).query_credential(ctx)
    }
    #[cfg(feature = "auth")]
    fn both_credentials(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = BothCredentialsResponse,
    > + ::std::marker::Send {
        (**self).both_credentials(ctx)
    }
    #[cfg(feature = "auth")]
    fn cookie_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = CookieCredentialResponse,
    > + ::std::marker::Send {
        (**self).cookie_credential(ctx)
    }
    #[cfg(feature = "auth")]
    fn oauth_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = OauthCredentialResponse,
    > + ::std::marker::Send {
        (**self).oauth_credential(ctx)
    }
    #[cfg(feature = "auth")]
    fn oidc_credential(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<
        Output = OidcCredentialResponse,
    > + ::std::marker::Send {
        (**self).oidc_credential(ctx)
    }
    #[cfg(feature = "bodies")]
    fn create_pet(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Pet,
    ) -> impl ::std::future::Future<Output = CreatePetResponse> + ::std::marker::Send {
        (**self).create_pet(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn create_strict_pet(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::StrictPet,
    ) -> impl ::std::future::Future<
        Output = CreateStrictPetResponse,
    > + ::std::marker::Send {
        (**self).create_strict_pet(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn update_pet(
        &self,
        ctx: rt::RequestContext,
        id: i64,
        body: crate::models::PetPatch,
    ) -> impl ::std::future::Future<Output = UpdatePetResponse> + ::std::marker::Send {
        (**self).update_pet(ctx, id, body)
    }
    #[cfg(feature = "bodies")]
    fn get_owner(
        &self,
        ctx: rt::RequestContext,
        id: i64,
    ) -> impl ::std::future::Future<Output = GetOwnerResponse> + ::std::marker::Send {
        (**self).get_owner(ctx, id)
    }
    #[cfg(feature = "bodies")]
    fn submit_form(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Form,
    ) -> impl ::std::future::Future<Output = SubmitFormResponse> + ::std::marker::Send {
        (**self).submit_form(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn put_file(
        &self,
        ctx: rt::RequestContext,
        body: axum::body::Body,
    ) -> impl ::std::future::Future<Output = PutFileResponse> + ::std::marker::Send {
        (**self).put_file(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn upload(
        &self,
        ctx: rt::RequestContext,
        body: UploadForm,
    ) -> impl ::std::future::Future<Output = UploadResponse> + ::std::marker::Send {
        (**self).upload(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn echo_shapes(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Drawing,
    ) -> impl ::std::future::Future<Output = EchoShapesResponse> + ::std::marker::Send {
        (**self).echo_shapes(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn stream_ticks(
        &self,
        ctx: rt::RequestContext,
        query: crate::models::StreamTicksQuery,
    ) -> impl ::std::future::Future<Output = StreamTicksResponse> + ::std::marker::Send {
        (**self).stream_ticks(ctx, query)
    }
    #[cfg(feature = "bodies")]
    fn stream_log(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<Output = StreamLogResponse> + ::std::marker::Send {
        (**self).stream_log(ctx)
    }
    #[cfg(feature = "bodies")]
    fn subscribe(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Subscription,
    ) -> impl ::std::future::Future<Output = SubscribeResponse> + ::std::marker::Send {
        (**self).subscribe(ctx, body)
    }
    #[cfg(feature = "bodies")]
    fn echo_host(
        &self,
        ctx: rt::RequestContext,
        body: crate::models::Host,
    ) -> impl ::std::future::Future<Output = EchoHostResponse> + ::std::marker::Send {
        (**self).echo_host(ctx, body)
    }
}
/// What every handler shares. (`config` is unused by APIs without request bodies.)
#[allow(dead_code)]
struct Shared<A> {
    api: A,
    config: rt::ServerConfig,
}
/// Writes an error as the router's settings say. (Unused when no operation is compiled in.)
#[allow(dead_code)]
fn render<A>(shared: &Shared<A>, error: rt::ApiError) -> axum::response::Response {
    (shared.config.error_response)(error)
}
/// What every handler does first: splits the request and authenticates its credential.
/// (Unused when no operation is compiled in.)
#[allow(dead_code)]
async fn begin<A: Api>(
    shared: &Shared<A>,
    request: axum::extract::Request,
    operation: &'static str,
    auth: &rt::Auth,
) -> ::std::result::Result<
    (axum::http::request::Parts, axum::body::Body, rt::RequestContext),
    rt::ApiError,
> {
    let (mut parts, body) = request.into_parts();
    let credentials = rt::credentials(&parts, auth.requirements, auth.anonymous)?;
    let mut ctx = rt::RequestContext::taking_headers(&mut parts, operation);
    for (scheme, token) in credentials.into_iter().rev() {
        ctx.scheme = ::std::option::Option::Some(scheme);
        ctx.token = ::std::option::Option::Some(token.clone());
        shared.api.authenticate(token.expose(), &mut ctx).await?;
    }
    ::std::result::Result::Ok((parts, body, ctx))
}
/// A router serving `api` with the default [`rt::ServerConfig`].
pub fn router<A: Api>(api: A) -> axum::Router {
    router_with_config(api, rt::ServerConfig::default())
}
/// A router serving `api`.
pub fn router_with_config<A: Api>(api: A, config: rt::ServerConfig) -> axum::Router {
    let finish = config.clone();
    let shared = ::std::sync::Arc::new(Shared { api, config });
    let router = axum::Router::new();
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_path_simple::<A>);
        rt::add_route(router, "/simple/{p0}/{p1}/{p2}/{p3}/{p4}", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_path_label::<A>);
        rt::add_route(router, "/label/{p0}/{p1}/{p2}/{p3}/{p4}", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_path_matrix::<A>);
        rt::add_route(router, "/matrix/{p0}/{p1}/{p2}/{p3}/{p4}", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_scalar_unions::<A>);
        rt::add_route(router, "/ids/{p0}/then/{p0r1}", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_query_styles::<A>);
        rt::add_route(router, "/query", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_query_exploded::<A>);
        rt::add_route(router, "/query/exploded", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_header_styles::<A>);
        rt::add_route(router, "/headers", methods)
    };
    #[cfg(feature = "params")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "params")]
        let methods = methods.get(handle_cookie_styles::<A>);
        rt::add_route(router, "/cookies", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_any_credential::<A>);
        rt::add_route(router, "/auth/any", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_optional_credential::<A>);
        rt::add_route(router, "/auth/optional", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_query_credential::<A>);
        rt::add_route(router, "/auth/query", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_both_credentials::<A>);
        rt::add_route(router, "/auth/both", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_cookie_credential::<A>);
        rt::add_route(router, "/auth/cookie", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_oauth_credential::<A>);
        rt::add_route(router, "/auth/oauth", methods)
    };
    #[cfg(feature = "auth")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "auth")]
        let methods = methods.get(handle_oidc_credential::<A>);
        rt::add_route(router, "/auth/oidc", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_create_pet::<A>);
        rt::add_route(router, "/pets", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_create_strict_pet::<A>);
        rt::add_route(router, "/pets/strict", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.patch(handle_update_pet::<A>);
        rt::add_route(router, "/pets/{p0}", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.get(handle_get_owner::<A>);
        rt::add_route(router, "/pets/{p0}/owner", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_submit_form::<A>);
        rt::add_route(router, "/forms", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.put(handle_put_file::<A>);
        rt::add_route(router, "/files", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_upload::<A>);
        rt::add_route(router, "/uploads", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_echo_shapes::<A>);
        rt::add_route(router, "/shapes", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.get(handle_stream_ticks::<A>);
        rt::add_route(router, "/ticks", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.get(handle_stream_log::<A>);
        rt::add_route(router, "/log", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_subscribe::<A>);
        rt::add_route(router, "/subscriptions", methods)
    };
    #[cfg(feature = "bodies")]
    let router = {
        let methods = axum::routing::MethodRouter::new();
        #[cfg(feature = "bodies")]
        let methods = methods.post(handle_echo_host::<A>);
        rt::add_route(router, "/hosts", methods)
    };
    rt::finish(router, shared, &finish)
}
/// Checks a `Drawing` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
#[cfg(feature = "bodies")]
fn check_drawing(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["shapes", "values"],
        &["shapes", "values"],
        &[],
        &[],
        false,
        problems,
    ) else { return };
}
/// Checks a `Host` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
#[cfg(feature = "bodies")]
fn check_host(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["address", "tags", "id"],
        &["address"],
        &["tags", "id"],
        &[],
        false,
        problems,
    ) else { return };
}
/// Checks a `Pet` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
#[cfg(feature = "bodies")]
fn check_pet(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["id", "name", "password", "photo", "notes", "tag", "age", "kind", "weights"],
        &["name"],
        &["id", "password", "photo", "notes", "tag", "age", "kind", "weights"],
        &["id"],
        false,
        problems,
    ) else { return };
}
/// Checks a `PetPatch` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
#[cfg(feature = "bodies")]
fn check_pet_patch(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["name", "tag"],
        &[],
        &["name", "tag"],
        &[],
        false,
        problems,
    ) else { return };
}
/// Checks a `StrictPet` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
#[cfg(feature = "bodies")]
fn check_strict_pet(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["id", "name"],
        &["name"],
        &["id"],
        &["id"],
        true,
        problems,
    ) else { return };
}
/// Checks a `Subscription` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
#[cfg(feature = "bodies")]
fn check_subscription(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["callback_url"],
        &["callback_url"],
        &[],
        &[],
        false,
        problems,
    ) else { return };
}
#[cfg(feature = "params")]
async fn handle_path_simple<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "pathSimple",
                &SECURITY_BEARER,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let scalar: ::std::string::String = rt::path_param(&params, "p0", "scalar")?;
        let list: ::std::vec::Vec<i64> = rt::path_styled(
            &params,
            "p1",
            "list",
            rt::primitives::Style::Simple,
            false,
        )?;
        let list_x: ::std::vec::Vec<::std::string::String> = rt::path_styled(
            &params,
            "p2",
            "list_x",
            rt::primitives::Style::Simple,
            true,
        )?;
        let obj: crate::models::Color = rt::path_styled(
            &params,
            "p3",
            "obj",
            rt::primitives::Style::Simple,
            false,
        )?;
        let obj_x: crate::models::Color = rt::path_styled(
            &params,
            "p4",
            "obj_x",
            rt::primitives::Style::Simple,
            true,
        )?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared
                .api
                .path_simple(ctx, scalar, list, list_x, obj, obj_x)
                .await
                .into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_path_label<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "pathLabel",
                &SECURITY_BEARER,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let scalar: ::std::string::String = rt::path_styled(
            &params,
            "p0",
            "scalar",
            rt::primitives::Style::Label,
            false,
        )?;
        let list: ::std::vec::Vec<::std::string::String> = rt::path_styled(
            &params,
            "p1",
            "list",
            rt::primitives::Style::Label,
            false,
        )?;
        let list_x: ::std::vec::Vec<::std::string::String> = rt::path_styled(
            &params,
            "p2",
            "list_x",
            rt::primitives::Style::Label,
            true,
        )?;
        let obj: crate::models::Color = rt::path_styled(
            &params,
            "p3",
            "obj",
            rt::primitives::Style::Label,
            false,
        )?;
        let obj_x: crate::models::Color = rt::path_styled(
            &params,
            "p4",
            "obj_x",
            rt::primitives::Style::Label,
            true,
        )?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared
                .api
                .path_label(ctx, scalar, list, list_x, obj, obj_x)
                .await
                .into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_path_matrix<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "pathMatrix",
                &SECURITY_BEARER,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let scalar: ::std::string::String = rt::path_styled(
            &params,
            "p0",
            "scalar",
            rt::primitives::Style::Matrix,
            false,
        )?;
        let list: ::std::vec::Vec<::std::string::String> = rt::path_styled(
            &params,
            "p1",
            "list",
            rt::primitives::Style::Matrix,
            false,
        )?;
        let list_x: ::std::vec::Vec<::std::string::String> = rt::path_styled(
            &params,
            "p2",
            "list_x",
            rt::primitives::Style::Matrix,
            true,
        )?;
        let obj: crate::models::Color = rt::path_styled(
            &params,
            "p3",
            "obj",
            rt::primitives::Style::Matrix,
            false,
        )?;
        let obj_x: crate::models::Color = rt::path_styled(
            &params,
            "p4",
            "obj_x",
            rt::primitives::Style::Matrix,
            true,
        )?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared
                .api
                .path_matrix(ctx, scalar, list, list_x, obj, obj_x)
                .await
                .into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_scalar_unions<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "scalarUnions",
                &SECURITY_BEARER,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let id: crate::models::IdOrName = rt::path_styled(
            &params,
            "p0",
            "id",
            rt::primitives::Style::Simple,
            false,
        )?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = crate::models::ScalarUnionsQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.scalar_unions(ctx, id, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_query_styles<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "queryStyles",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = crate::models::QueryStylesQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.query_styles(ctx, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_query_exploded<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "queryExploded",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = crate::models::QueryExplodedQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.query_exploded(ctx, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_header_styles<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "headerStyles",
                &SECURITY_BEARER,
            )
            .await?;
        let x_scalar: i64 = rt::required_param(
            rt::header_param(&ctx.headers, "X-Scalar", false)?,
            "header X-Scalar",
        )?;
        let x_list: ::std::option::Option<::std::vec::Vec<::std::string::String>> = rt::header_styled(
            &ctx.headers,
            "X-List",
            false,
        )?;
        let x_object: ::std::option::Option<crate::models::Color> = rt::header_styled(
            &ctx.headers,
            "X-Object",
            false,
        )?;
        let x_object_x: ::std::option::Option<crate::models::Color> = rt::header_styled(
            &ctx.headers,
            "X-Object-X",
            true,
        )?;
        let x_mode: ::std::option::Option<::std::string::String> = rt::header_param(
                &ctx.headers,
                "X-Mode",
                false,
            )?
            .or_else(|| rt::primitives::default_param("\"fast\""));
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared
                .api
                .header_styles(ctx, x_scalar, x_list, x_object, x_object_x, x_mode)
                .await
                .into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "params")]
async fn handle_cookie_styles<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "cookieStyles",
                &SECURITY_BEARER,
            )
            .await?;
        let cookies = rt::cookies(&ctx.headers);
        let session: ::std::string::String = rt::required_param(
            rt::cookie_param(&cookies, "session", true)?,
            "cookie session",
        )?;
        let list: ::std::option::Option<::std::vec::Vec<::std::string::String>> = rt::cookie_param(
            &cookies,
            "list",
            false,
        )?;
        let list_x: ::std::option::Option<::std::vec::Vec<::std::string::String>> = rt::cookie_param(
            &cookies,
            "list_x",
            true,
        )?;
        let color: ::std::option::Option<crate::models::Color> = rt::cookie_param(
            &cookies,
            "color",
            false,
        )?;
        let theme: ::std::option::Option<::std::string::String> = rt::cookie_param(
                &cookies,
                "theme",
                true,
            )?
            .or_else(|| rt::primitives::default_param("\"dark\""));
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared
                .api
                .cookie_styles(ctx, session, list, list_x, color, theme)
                .await
                .into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_any_credential<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "anyCredential",
                &SECURITY_BEARER_OR_BASIC_OR_HEADER_KEY,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.any_credential(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_optional_credential<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "optionalCredential",
                &OPTIONAL_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.optional_credential(ctx).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_query_credential<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "queryCredential",
                &SECURITY_QUERY_KEY,
            )
            .await?;
        let mut pairs = rt::query_pairs(parts.uri.query())?;
        pairs.retain(|(k, _)| !["api_key"].contains(&k.as_str()));
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.query_credential(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_both_credentials<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "bothCredentials",
                &SECURITY_HEADER_KEY_AND_QUERY_KEY,
            )
            .await?;
        let mut pairs = rt::query_pairs(parts.uri.query())?;
        pairs.retain(|(k, _)| !["api_key"].contains(&k.as_str()));
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.both_credentials(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_cookie_credential<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "cookieCredential",
                &SECURITY_COOKIE_KEY,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.cookie_credential(ctx).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_oauth_credential<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "oauthCredential",
                &SECURITY_OAUTH,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.oauth_credential(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "auth")]
async fn handle_oidc_credential<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "oidcCredential",
                &SECURITY_OIDC,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.oidc_credential(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_create_pet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "createPet",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            crate::models::Pet,
        >(body, shared.config.body_limit, true, check_pet)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(shared.api.create_pet(ctx, body).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_create_strict_pet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "createStrictPet",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            crate::models::StrictPet,
        >(body, shared.config.body_limit, true, check_strict_pet)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.create_strict_pet(ctx, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_update_pet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "updatePet",
                &SECURITY_BEARER,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let id: i64 = rt::path_param(&params, "p0", "id")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            crate::models::PetPatch,
        >(body, shared.config.body_limit, true, check_pet_patch)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.update_pet(ctx, id, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_get_owner<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getOwner",
                &SECURITY_BEARER,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let id: i64 = rt::path_param(&params, "p0", "id")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.get_owner(ctx, id).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_submit_form<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "submitForm",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::form_body::<
            crate::models::Form,
        >(body, shared.config.body_limit, true)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.submit_form(ctx, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_put_file<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(&shared, request, "putFile", &SECURITY_BEARER)
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        ::std::result::Result::Ok(shared.api.put_file(ctx, body).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_upload<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(&shared, request, "upload", &SECURITY_BEARER)
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let mut multipart = rt::Multipart::new(
            &ctx.headers,
            body,
            shared.config.body_limit,
        )?;
        let mut part_file: ::std::option::Option<rt::UploadStream> = ::std::option::Option::None;
        let mut part_meta: ::std::option::Option<crate::models::Pet> = ::std::option::Option::None;
        let mut part_digest: ::std::option::Option<crate::models::Base64> = ::std::option::Option::None;
        let mut unknown: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        while let ::std::option::Option::Some(part) = multipart.next_part().await? {
            match part.name().unwrap_or("").to_owned().as_str() {
                "file" => {
                    if true {
                        part_file = ::std::option::Option::Some(part.into_stream());
                        break;
                    }
                    part_file = ::std::option::Option::Some(part.buffered().await?);
                }
                "meta" => {
                    part_meta = ::std::option::Option::Some(part.value().await?);
                }
                "digest" => {
                    part_digest = ::std::option::Option::Some(part.value().await?);
                }
                other => {
                    unknown.push(format!("'{other}'"));
                    part.skip().await?;
                }
            }
        }
        if !unknown.is_empty() {
            return ::std::result::Result::Err(
                rt::ApiError::unprocessable(
                    format!("Unknown field(s): {}", unknown.join(", ")),
                ),
            );
        }
        let body = UploadForm {
            file: part_file
                .ok_or_else(|| rt::ApiError::unprocessable(
                    format!("{} is required", "file"),
                ))?,
            meta: part_meta,
            digest: part_digest,
        };
        ::std::result::Result::Ok(shared.api.upload(ctx, body).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_echo_shapes<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "echoShapes",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            crate::models::Drawing,
        >(body, shared.config.body_limit, true, check_drawing)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.echo_shapes(ctx, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_stream_ticks<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "streamTicks",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = crate::models::StreamTicksQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.stream_ticks(ctx, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_stream_log<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "streamLog",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.stream_log(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_subscribe<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "subscribe",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            crate::models::Subscription,
        >(body, shared.config.body_limit, true, check_subscription)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(shared.api.subscribe(ctx, body).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
#[cfg(feature = "bodies")]
async fn handle_echo_host<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "echoHost",
                &SECURITY_BEARER,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            crate::models::Host,
        >(body, shared.config.body_limit, true, check_host)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(shared.api.echo_host(ctx, body).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
