// @generated from `spec/openapi.yaml` by `cargo xtask codegen`. Do not edit by hand.

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
const SECURITY_BEARER_AUTH: rt::Auth = rt::Auth {
    requirements: &[
        &[
            rt::Scheme {
                name: "bearerAuth",
                kind: rt::SchemeKind::Bearer,
            },
        ],
    ],
    anonymous: false,
};
/// What `getRoot` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetRootResponse {
    /// `200`: The root links.
    Ok(::generated_client::models::RootInfo),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetRootResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetRootResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        Self::Default(status, FromApiError::from_api_error(error))
    }
}
/// What `getV3Root` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetV3RootResponse {
    /// `200`: The V3 resource links.
    Ok(::generated_client::models::V3Root),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetV3RootResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetV3RootResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        Self::Default(status, FromApiError::from_api_error(error))
    }
}
/// What `listDroplets` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum ListDropletsResponse {
    /// `200`: A page of droplets.
    Ok(::generated_client::models::DropletList),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for ListDropletsResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for ListDropletsResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `createDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum CreateDropletResponse {
    /// `201`: The new droplet.
    Created(::generated_client::models::Droplet),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for CreateDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Created(body) => rt::json_response(201, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for CreateDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `getDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetDropletResponse {
    /// `200`: The droplet.
    Ok(::generated_client::models::Droplet),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `deleteDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum DeleteDropletResponse {
    /// `202`: Deletion started.
    Accepted {
        /// URL of the job that tracks the asynchronous work (`/v3/jobs/{guid}`).
        location: ::std::string::String,
    },
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for DeleteDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Accepted { location } => {
                let headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec![
                    ("Location", rt::QueryValue::to_query(& location))
                ];
                rt::empty_response(202, headers)
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for DeleteDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `updateDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum UpdateDropletResponse {
    /// `200`: The updated droplet.
    Ok(::generated_client::models::Droplet),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for UpdateDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for UpdateDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `downloadDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum DownloadDropletResponse {
    /// `200`: The droplet tarball (local blobstore).
    Ok(axum::body::Body),
    /// `302`: Redirect to the blobstore (remote blobstore).
    Found {
        /// Signed blobstore URL of the tarball.
        location: ::std::string::String,
    },
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// `502`: Bad Gateway — the blobstore is unavailable (`CF-BlobstoreUnavailable`, 150006).
    BadGateway(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for DownloadDropletResponse {
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
            Self::Found { location } => {
                let headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec![
                    ("Location", rt::QueryValue::to_query(& location))
                ];
                rt::empty_response(302, headers)
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::BadGateway(body) => {
                rt::json_response(502, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for DownloadDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            502 => Self::BadGateway(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `uploadDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum UploadDropletResponse {
    /// `202`: Upload accepted; the job in `Location` tracks its processing.
    Accepted {
        /// The body.
        body: ::generated_client::models::Droplet,
        /// URL of the job that tracks the asynchronous work (`/v3/jobs/{guid}`).
        location: ::std::string::String,
    },
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `413`: Payload Too Large — the upload exceeds the server's body-size limit.
    PayloadTooLarge(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for UploadDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Accepted { body, location } => {
                let headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec![
                    ("Location", rt::QueryValue::to_query(& location))
                ];
                rt::json_response(202, &body, headers)
            }
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::PayloadTooLarge(body) => {
                rt::json_response(413, &body, ::std::vec::Vec::new())
            }
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for UploadDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            413 => Self::PayloadTooLarge(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// The multipart body of `uploadDroplet`.
#[derive(Debug)]
pub struct UploadDropletForm {
    /// The droplet as a gzipped tarball; the file name must end in `.tgz` or `.tar.gz` and the file must not be empty.
    pub bits: rt::UploadStream,
}
/// What `listPackageDroplets` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum ListPackageDropletsResponse {
    /// `200`: A page of the package's droplets.
    Ok(::generated_client::models::DropletList),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for ListPackageDropletsResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for ListPackageDropletsResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `listAppDroplets` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum ListAppDropletsResponse {
    /// `200`: A page of the app's droplets.
    Ok(::generated_client::models::DropletList),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for ListAppDropletsResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for ListAppDropletsResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `getAppCurrentDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetAppCurrentDropletResponse {
    /// `200`: The current droplet.
    Ok(::generated_client::models::Droplet),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetAppCurrentDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetAppCurrentDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `getAppCurrentDropletRelationship` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetAppCurrentDropletRelationshipResponse {
    /// `200`: The relationship.
    Ok(::generated_client::models::CurrentDropletRelationship),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetAppCurrentDropletRelationshipResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetAppCurrentDropletRelationshipResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `setAppCurrentDroplet` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum SetAppCurrentDropletResponse {
    /// `200`: The new relationship.
    Ok(::generated_client::models::CurrentDropletRelationship),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for SetAppCurrentDropletResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for SetAppCurrentDropletResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `listAppTasks` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum ListAppTasksResponse {
    /// `200`: A page of the app's tasks.
    Ok(::generated_client::models::TaskList),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for ListAppTasksResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for ListAppTasksResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `createTask` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum CreateTaskResponse {
    /// `202`: The task, accepted to run.
    Accepted(::generated_client::models::Task),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for CreateTaskResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Accepted(body) => rt::json_response(202, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for CreateTaskResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `listTasks` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum ListTasksResponse {
    /// `200`: A page of tasks.
    Ok(::generated_client::models::TaskList),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for ListTasksResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for ListTasksResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `getTask` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetTaskResponse {
    /// `200`: The task.
    Ok(::generated_client::models::Task),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetTaskResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetTaskResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `updateTask` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum UpdateTaskResponse {
    /// `200`: The updated task.
    Ok(::generated_client::models::Task),
    /// `400`: Bad Request — a malformed body (`CF-MessageParseError`, 1001) or an invalid query parameter (`CF-BadQueryParameter`, 10005).
    BadRequest(::generated_client::models::ErrorEnvelope),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for UpdateTaskResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::BadRequest(body) => {
                rt::json_response(400, &body, ::std::vec::Vec::new())
            }
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for UpdateTaskResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            400 => Self::BadRequest(FromApiError::from_api_error(error)),
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `cancelTask` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum CancelTaskResponse {
    /// `202`: The task, now canceling.
    Accepted(::generated_client::models::Task),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for CancelTaskResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Accepted(body) => rt::json_response(202, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for CancelTaskResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `cancelTaskDeprecated` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum CancelTaskDeprecatedResponse {
    /// `202`: The task, now canceling.
    Accepted(::generated_client::models::Task),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// `422`: Unprocessable Entity — the request is well-formed but invalid (`CF-UnprocessableEntity`, 10008), e.g. an unknown field or a state that forbids the action.
    UnprocessableEntity(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for CancelTaskDeprecatedResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Accepted(body) => rt::json_response(202, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::UnprocessableEntity(body) => {
                rt::json_response(422, &body, ::std::vec::Vec::new())
            }
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for CancelTaskDeprecatedResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            422 => Self::UnprocessableEntity(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
        }
    }
}
/// What `getJob` can answer: only the statuses the spec documents.
#[derive(Debug)]
pub enum GetJobResponse {
    /// `200`: The job.
    Ok(::generated_client::models::Job),
    /// `401`: Unauthorized — no token (`CF-NotAuthenticated`, 10002) or an invalid or expired one (`CF-InvalidAuthToken`, 1000).
    Unauthorized(::generated_client::models::ErrorEnvelope),
    /// `403`: Forbidden — the token lacks the scope or role (`CF-NotAuthorized`, 10003), a feature flag is off (`CF-FeatureDisabled`, 330002), or the org or space is suspended.
    Forbidden(::generated_client::models::ErrorEnvelope),
    /// `404`: Not Found — the resource does not exist or the caller cannot see it (`CF-ResourceNotFound`, 10010).
    NotFound(::generated_client::models::ErrorEnvelope),
    /// Any other status: Any other error (500 `UnknownError`, 503 `CF-ServiceUnavailable`, 429 `CF-RateLimitExceeded`, ...), always in the error envelope.
    Default(axum::http::StatusCode, ::generated_client::models::ErrorEnvelope),
}
impl axum::response::IntoResponse for GetJobResponse {
    fn into_response(self) -> axum::response::Response {
        match self {
            Self::Ok(body) => rt::json_response(200, &body, ::std::vec::Vec::new()),
            Self::Unauthorized(body) => {
                rt::json_response(401, &body, ::std::vec::Vec::new())
            }
            Self::Forbidden(body) => {
                rt::json_response(403, &body, ::std::vec::Vec::new())
            }
            Self::NotFound(body) => rt::json_response(404, &body, ::std::vec::Vec::new()),
            Self::Default(status, body) => {
                rt::json_response(status.as_u16(), &body, ::std::vec::Vec::new())
            }
        }
    }
}
impl ::std::convert::From<rt::ApiError> for GetJobResponse {
    /// The variant documented for the error's status (`Default` for the others),
    /// the error in the API's error model.
    fn from(error: rt::ApiError) -> Self {
        let status = error.status;
        match status.as_u16() {
            401 => Self::Unauthorized(FromApiError::from_api_error(error)),
            403 => Self::Forbidden(FromApiError::from_api_error(error)),
            404 => Self::NotFound(FromApiError::from_api_error(error)),
            _ => Self::Default(status, FromApiError::from_api_error(error)),
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
    /// Global API root
    ///
    /// Links to the APIs this Cloud Foundry exposes (Cloud Controller, UAA, logging). Needs no authentication; clients call it first to discover the V3 base URL and the login server.
    ///
    /// `GET /`
    fn get_root(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<Output = GetRootResponse> + ::std::marker::Send;
    /// V3 API root
    ///
    /// Links to every V3 resource collection. Needs no authentication.
    ///
    /// `GET /v3`
    fn get_v3_root(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<Output = GetV3RootResponse> + ::std::marker::Send;
    /// List droplets
    ///
    /// Retrieve all droplets the caller can see. Droplets that are still staging are never listed. Secrets are always redacted in lists, whatever the caller's role.
    ///
    /// `GET /v3/droplets`
    fn list_droplets(
        &self,
        ctx: rt::RequestContext,
        query: ::generated_client::models::ListDropletsQuery,
    ) -> impl ::std::future::Future<Output = ListDropletsResponse> + ::std::marker::Send;
    /// Create or copy a droplet
    ///
    /// Without `source_guid`, creates an empty droplet in state `AWAITING_UPLOAD` for the app,
    /// whose bits are then uploaded with the upload endpoint.
    ///
    /// With `source_guid`, copies that droplet to the app given in the body (state `COPYING`;
    /// docker droplets take the source's state). The body must then hold `relationships` only.
    ///
    /// `POST /v3/droplets`
    fn create_droplet(
        &self,
        ctx: rt::RequestContext,
        query: ::generated_client::models::CreateDropletQuery,
        body: ::generated_client::models::DropletCreate,
    ) -> impl ::std::future::Future<
        Output = CreateDropletResponse,
    > + ::std::marker::Send;
    /// Get a droplet
    ///
    /// Retrieve one droplet. Callers who cannot read secrets see `execution_metadata` and `process_types` redacted.
    ///
    /// `GET /v3/droplets/{guid}`
    fn get_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetDropletResponse> + ::std::marker::Send;
    /// Delete a droplet
    ///
    /// Delete a droplet asynchronously. The `Location` header points at the job (operation `droplet.delete`). An app's current droplet cannot be deleted.
    ///
    /// `DELETE /v3/droplets/{guid}`
    fn delete_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = DeleteDropletResponse,
    > + ::std::marker::Send;
    /// Update a droplet
    ///
    /// Update a droplet's metadata, or (Build State Updater role only) its `image`. Metadata is deep-merged; a key set to `null` is deleted.
    ///
    /// `PATCH /v3/droplets/{guid}`
    fn update_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::DropletUpdate,
    ) -> impl ::std::future::Future<
        Output = UpdateDropletResponse,
    > + ::std::marker::Send;
    /// Download droplet bits
    ///
    /// Download a staged buildpack droplet as a gzipped tarball. A remote blobstore answers with a redirect to a signed URL; a client following it must not send its bearer token there.
    ///
    /// `GET /v3/droplets/{guid}/download`
    fn download_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = DownloadDropletResponse,
    > + ::std::marker::Send;
    /// Upload droplet bits
    ///
    /// Upload a gzip compressed tarball containing a Cloud Foundry compatible droplet, as the multipart file field `bits`. The droplet must be `AWAITING_UPLOAD`; it moves to `PROCESSING_UPLOAD` and a job finishes the upload.
    ///
    /// `POST /v3/droplets/{guid}/upload`
    fn upload_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: UploadDropletForm,
    ) -> impl ::std::future::Future<
        Output = UploadDropletResponse,
    > + ::std::marker::Send;
    /// List droplets for a package
    ///
    /// Retrieve the droplets staged from a package.
    ///
    /// `GET /v3/packages/{guid}/droplets`
    fn list_package_droplets(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        query: ::generated_client::models::ListPackageDropletsQuery,
    ) -> impl ::std::future::Future<
        Output = ListPackageDropletsResponse,
    > + ::std::marker::Send;
    /// List droplets for an app
    ///
    /// Retrieve the droplets of an app. `current=true` narrows the list to the app's current droplet.
    ///
    /// `GET /v3/apps/{guid}/droplets`
    fn list_app_droplets(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        query: ::generated_client::models::ListAppDropletsQuery,
    ) -> impl ::std::future::Future<
        Output = ListAppDropletsResponse,
    > + ::std::marker::Send;
    /// Get the current droplet of an app
    ///
    /// Retrieve the droplet the app runs. Answers 404 `Droplet not found` when the app has none.
    ///
    /// `GET /v3/apps/{guid}/droplets/current`
    fn get_app_current_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetAppCurrentDropletResponse,
    > + ::std::marker::Send;
    /// Get the current-droplet relationship of an app
    ///
    /// The GUID of the app's current droplet, with links to the relationship and the droplet.
    ///
    /// `GET /v3/apps/{guid}/relationships/current_droplet`
    fn get_app_current_droplet_relationship(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetAppCurrentDropletRelationshipResponse,
    > + ::std::marker::Send;
    /// Set the current droplet of an app
    ///
    /// Make a staged droplet the one the app runs from its next start. The relationship cannot be removed (`data` must not be null).
    ///
    /// `PATCH /v3/apps/{guid}/relationships/current_droplet`
    fn set_app_current_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::ToOneRelationship,
    ) -> impl ::std::future::Future<
        Output = SetAppCurrentDropletResponse,
    > + ::std::marker::Send;
    /// List tasks for an app
    ///
    /// Retrieve the tasks of an app. `command` is included only for callers who can read secrets.
    ///
    /// `GET /v3/apps/{guid}/tasks`
    fn list_app_tasks(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        query: ::generated_client::models::ListAppTasksQuery,
    ) -> impl ::std::future::Future<Output = ListAppTasksResponse> + ::std::marker::Send;
    /// Create a task
    ///
    /// Run a one-off command in the context of an app. The answer is usually already `RUNNING`; if the runtime refuses it the task is `FAILED`.
    ///
    /// `POST /v3/apps/{guid}/tasks`
    fn create_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::TaskCreate,
    ) -> impl ::std::future::Future<Output = CreateTaskResponse> + ::std::marker::Send;
    /// List tasks
    ///
    /// Retrieve all tasks the caller can see. `command` is never included in this list.
    ///
    /// `GET /v3/tasks`
    fn list_tasks(
        &self,
        ctx: rt::RequestContext,
        query: ::generated_client::models::ListTasksQuery,
    ) -> impl ::std::future::Future<Output = ListTasksResponse> + ::std::marker::Send;
    /// Get a task
    ///
    /// Retrieve one task. `command` is omitted for callers who cannot read secrets.
    ///
    /// `GET /v3/tasks/{guid}`
    fn get_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetTaskResponse> + ::std::marker::Send;
    /// Update a task
    ///
    /// Update a task's metadata. Metadata is deep-merged; a key set to `null` is deleted.
    ///
    /// `PATCH /v3/tasks/{guid}`
    fn update_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::TaskUpdate,
    ) -> impl ::std::future::Future<Output = UpdateTaskResponse> + ::std::marker::Send;
    /// Cancel a task
    ///
    /// Ask a running task to stop. It moves to `CANCELING` and later to `FAILED`. Tasks already `SUCCEEDED` or `FAILED` cannot be canceled (422).
    ///
    /// `POST /v3/tasks/{guid}/actions/cancel`
    fn cancel_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = CancelTaskResponse> + ::std::marker::Send;
    /// Cancel a task (deprecated route)
    ///
    /// The old cancel route; identical to `POST /v3/tasks/{guid}/actions/cancel`, which new clients should use.
    ///
    /// `PUT /v3/tasks/{guid}/cancel`
    fn cancel_task_deprecated(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = CancelTaskDeprecatedResponse,
    > + ::std::marker::Send;
    /// Get a job
    ///
    /// Retrieve an asynchronous job, such as a droplet upload or deletion. Poll it until `COMPLETE` or `FAILED`.
    ///
    /// `GET /v3/jobs/{guid}`
    fn get_job(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetJobResponse> + ::std::marker::Send;
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
    fn get_root(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<Output = GetRootResponse> + ::std::marker::Send {
        (**self).get_root(ctx)
    }
    fn get_v3_root(
        &self,
        ctx: rt::RequestContext,
    ) -> impl ::std::future::Future<Output = GetV3RootResponse> + ::std::marker::Send {
        (**self).get_v3_root(ctx)
    }
    fn list_droplets(
        &self,
        ctx: rt::RequestContext,
        query: ::generated_client::models::ListDropletsQuery,
    ) -> impl ::std::future::Future<
        Output = ListDropletsResponse,
    > + ::std::marker::Send {
        (**self).list_droplets(ctx, query)
    }
    fn create_droplet(
        &self,
        ctx: rt::RequestContext,
        query: ::generated_client::models::CreateDropletQuery,
        body: ::generated_client::models::DropletCreate,
    ) -> impl ::std::future::Future<
        Output = CreateDropletResponse,
    > + ::std::marker::Send {
        (**self).create_droplet(ctx, query, body)
    }
    fn get_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetDropletResponse> + ::std::marker::Send {
        (**self).get_droplet(ctx, guid)
    }
    fn delete_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = DeleteDropletResponse,
    > + ::std::marker::Send {
        (**self).delete_droplet(ctx, guid)
    }
    fn update_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::DropletUpdate,
    ) -> impl ::std::future::Future<
        Output = UpdateDropletResponse,
    > + ::std::marker::Send {
        (**self).update_droplet(ctx, guid, body)
    }
    fn download_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = DownloadDropletResponse,
    > + ::std::marker::Send {
        (**self).download_droplet(ctx, guid)
    }
    fn upload_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: UploadDropletForm,
    ) -> impl ::std::future::Future<
        Output = UploadDropletResponse,
    > + ::std::marker::Send {
        (**self).upload_droplet(ctx, guid, body)
    }
    fn list_package_droplets(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        query: ::generated_client::models::ListPackageDropletsQuery,
    ) -> impl ::std::future::Future<
        Output = ListPackageDropletsResponse,
    > + ::std::marker::Send {
        (**self).list_package_droplets(ctx, guid, query)
    }
    fn list_app_droplets(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        query: ::generated_client::models::ListAppDropletsQuery,
    ) -> impl ::std::future::Future<
        Output = ListAppDropletsResponse,
    > + ::std::marker::Send {
        (**self).list_app_droplets(ctx, guid, query)
    }
    fn get_app_current_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetAppCurrentDropletResponse,
    > + ::std::marker::Send {
        (**self).get_app_current_droplet(ctx, guid)
    }
    fn get_app_current_droplet_relationship(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = GetAppCurrentDropletRelationshipResponse,
    > + ::std::marker::Send {
        (**self).get_app_current_droplet_relationship(ctx, guid)
    }
    fn set_app_current_droplet(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::ToOneRelationship,
    ) -> impl ::std::future::Future<
        Output = SetAppCurrentDropletResponse,
    > + ::std::marker::Send {
        (**self).set_app_current_droplet(ctx, guid, body)
    }
    fn list_app_tasks(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        query: ::generated_client::models::ListAppTasksQuery,
    ) -> impl ::std::future::Future<
        Output = ListAppTasksResponse,
    > + ::std::marker::Send {
        (**self).list_app_tasks(ctx, guid, query)
    }
    fn create_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::TaskCreate,
    ) -> impl ::std::future::Future<Output = CreateTaskResponse> + ::std::marker::Send {
        (**self).create_task(ctx, guid, body)
    }
    fn list_tasks(
        &self,
        ctx: rt::RequestContext,
        query: ::generated_client::models::ListTasksQuery,
    ) -> impl ::std::future::Future<Output = ListTasksResponse> + ::std::marker::Send {
        (**self).list_tasks(ctx, query)
    }
    fn get_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetTaskResponse> + ::std::marker::Send {
        (**self).get_task(ctx, guid)
    }
    fn update_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
        body: ::generated_client::models::TaskUpdate,
    ) -> impl ::std::future::Future<Output = UpdateTaskResponse> + ::std::marker::Send {
        (**self).update_task(ctx, guid, body)
    }
    fn cancel_task(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = CancelTaskResponse> + ::std::marker::Send {
        (**self).cancel_task(ctx, guid)
    }
    fn cancel_task_deprecated(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<
        Output = CancelTaskDeprecatedResponse,
    > + ::std::marker::Send {
        (**self).cancel_task_deprecated(ctx, guid)
    }
    fn get_job(
        &self,
        ctx: rt::RequestContext,
        guid: ::uuid::Uuid,
    ) -> impl ::std::future::Future<Output = GetJobResponse> + ::std::marker::Send {
        (**self).get_job(ctx, guid)
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
    let router = rt::add_route(
        router,
        "/",
        axum::routing::MethodRouter::new().get(handle_get_root::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3",
        axum::routing::MethodRouter::new().get(handle_get_v3_root::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/droplets",
        axum::routing::MethodRouter::new()
            .get(handle_list_droplets::<A>)
            .post(handle_create_droplet::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/droplets/{p0}",
        axum::routing::MethodRouter::new()
            .get(handle_get_droplet::<A>)
            .delete(handle_delete_droplet::<A>)
            .patch(handle_update_droplet::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/droplets/{p0}/download",
        axum::routing::MethodRouter::new().get(handle_download_droplet::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/droplets/{p0}/upload",
        axum::routing::MethodRouter::new().post(handle_upload_droplet::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/packages/{p0}/droplets",
        axum::routing::MethodRouter::new().get(handle_list_package_droplets::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/apps/{p0}/droplets",
        axum::routing::MethodRouter::new().get(handle_list_app_droplets::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/apps/{p0}/droplets/current",
        axum::routing::MethodRouter::new().get(handle_get_app_current_droplet::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/apps/{p0}/relationships/current_droplet",
        axum::routing::MethodRouter::new()
            .get(handle_get_app_current_droplet_relationship::<A>)
            .patch(handle_set_app_current_droplet::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/apps/{p0}/tasks",
        axum::routing::MethodRouter::new()
            .get(handle_list_app_tasks::<A>)
            .post(handle_create_task::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/tasks",
        axum::routing::MethodRouter::new().get(handle_list_tasks::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/tasks/{p0}",
        axum::routing::MethodRouter::new()
            .get(handle_get_task::<A>)
            .patch(handle_update_task::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/tasks/{p0}/actions/cancel",
        axum::routing::MethodRouter::new().post(handle_cancel_task::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/tasks/{p0}/cancel",
        axum::routing::MethodRouter::new().put(handle_cancel_task_deprecated::<A>),
    );
    let router = rt::add_route(
        router,
        "/v3/jobs/{p0}",
        axum::routing::MethodRouter::new().get(handle_get_job::<A>),
    );
    rt::finish(router, shared, &finish)
}
/// Checks a `AppRelationship` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_app_relationship(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["app"],
        &["app"],
        &[],
        &[],
        false,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj.get_mut("app").filter(|v| !v.is_null()) {
        let at = at.key("app");
        check_to_one_relationship(v, &at, problems);
    }
}
/// Checks a `DropletCreate` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_droplet_create(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["relationships", "process_types"],
        &["relationships"],
        &["process_types"],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj
        .get_mut("relationships")
        .filter(|v| !v.is_null())
    {
        let at = at.key("relationships");
        check_app_relationship(v, &at, problems);
    }
}
/// Checks a `DropletUpdate` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_droplet_update(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["metadata", "image"],
        &[],
        &["metadata"],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj
        .get_mut("metadata")
        .filter(|v| !v.is_null())
    {
        let at = at.key("metadata");
        check_metadata_update(v, &at, problems);
    }
}
/// Checks a `MetadataUpdate` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_metadata_update(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["labels", "annotations"],
        &[],
        &["labels", "annotations"],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj
        .get_mut("labels")
        .filter(|v| !v.is_null())
    {
        let at = at.key("labels");
        if let ::std::option::Option::Some(entries) = v.as_object_mut() {
            for (key, value) in entries.iter_mut().filter(|(_, v)| !v.is_null()) {
                let value_at = &at.key(key);
                rt::check_string(
                    value,
                    &value_at,
                    ::std::option::Option::None,
                    ::std::option::Option::Some(63usize),
                    problems,
                );
                if let ::std::option::Option::Some(text) = value.as_str() {
                    if ::generated_client::models::PATTERNS[1].check("", text).is_err() {
                        problems
                            .push(
                                rt::pattern_problem(
                                    &value_at,
                                    "^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$",
                                ),
                            );
                    }
                }
            }
        }
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("annotations")
        .filter(|v| !v.is_null())
    {
        let at = at.key("annotations");
        if let ::std::option::Option::Some(entries) = v.as_object_mut() {
            for (key, value) in entries.iter_mut().filter(|(_, v)| !v.is_null()) {
                let value_at = &at.key(key);
                rt::check_string(
                    value,
                    &value_at,
                    ::std::option::Option::None,
                    ::std::option::Option::Some(5000usize),
                    problems,
                );
            }
        }
    }
}
/// Checks a `RelationshipData` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_relationship_data(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["guid"],
        &["guid"],
        &[],
        &[],
        false,
        problems,
    ) else { return };
}
/// Checks a `TaskCreate` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_task_create(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &[
            "command",
            "name",
            "disk_in_mb",
            "memory_in_mb",
            "log_rate_limit_in_bytes_per_second",
            "droplet_guid",
            "template",
            "user",
            "metadata",
        ],
        &[],
        &[
            "command",
            "name",
            "disk_in_mb",
            "memory_in_mb",
            "log_rate_limit_in_bytes_per_second",
            "droplet_guid",
            "template",
            "user",
            "metadata",
        ],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj
        .get_mut("command")
        .filter(|v| !v.is_null())
    {
        let at = at.key("command");
        rt::check_string(
            v,
            &at,
            ::std::option::Option::None,
            ::std::option::Option::Some(4096usize),
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj.get_mut("name").filter(|v| !v.is_null())
    {
        let at = at.key("name");
        rt::check_string(
            v,
            &at,
            ::std::option::Option::Some(1usize),
            ::std::option::Option::None,
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("disk_in_mb")
        .filter(|v| !v.is_null())
    {
        let at = at.key("disk_in_mb");
        rt::check_number(
            v,
            &at,
            ::std::option::Option::Some(1f64),
            ::std::option::Option::None,
            false,
            false,
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("memory_in_mb")
        .filter(|v| !v.is_null())
    {
        let at = at.key("memory_in_mb");
        rt::check_number(
            v,
            &at,
            ::std::option::Option::Some(1f64),
            ::std::option::Option::None,
            false,
            false,
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("log_rate_limit_in_bytes_per_second")
        .filter(|v| !v.is_null())
    {
        let at = at.key("log_rate_limit_in_bytes_per_second");
        rt::check_number(
            v,
            &at,
            ::std::option::Option::Some(-1f64),
            ::std::option::Option::None,
            false,
            false,
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("droplet_guid")
        .filter(|v| !v.is_null())
    {
        let at = at.key("droplet_guid");
        rt::check_string(
            v,
            &at,
            ::std::option::Option::Some(1usize),
            ::std::option::Option::Some(200usize),
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("template")
        .filter(|v| !v.is_null())
    {
        let at = at.key("template");
        check_task_template(v, &at, problems);
    }
    if let ::std::option::Option::Some(v) = obj.get_mut("user").filter(|v| !v.is_null())
    {
        let at = at.key("user");
        rt::check_string(
            v,
            &at,
            ::std::option::Option::Some(1usize),
            ::std::option::Option::Some(255usize),
            problems,
        );
    }
    if let ::std::option::Option::Some(v) = obj
        .get_mut("metadata")
        .filter(|v| !v.is_null())
    {
        let at = at.key("metadata");
        check_metadata_update(v, &at, problems);
    }
}
/// Checks a `TaskTemplate` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_task_template(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["process"],
        &["process"],
        &[],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj
        .get_mut("process")
        .filter(|v| !v.is_null())
    {
        let at = at.key("process");
        check_task_template_process(v, &at, problems);
    }
}
/// Checks a `TaskTemplateProcess` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_task_template_process(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["guid"],
        &["guid"],
        &[],
        &[],
        true,
        problems,
    ) else { return };
}
/// Checks a `TaskUpdate` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_task_update(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["metadata"],
        &[],
        &["metadata"],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj
        .get_mut("metadata")
        .filter(|v| !v.is_null())
    {
        let at = at.key("metadata");
        check_metadata_update(v, &at, problems);
    }
}
/// Checks a `ToOneRelationship` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
fn check_to_one_relationship(
    value: &mut ::serde_json::Value,
    at: &rt::At<'_>,
    problems: &mut ::std::vec::Vec<::std::string::String>,
) {
    let ::std::option::Option::Some(obj) = rt::check_object(
        value,
        at,
        &["data"],
        &["data"],
        &[],
        &[],
        true,
        problems,
    ) else { return };
    if let ::std::option::Option::Some(v) = obj.get_mut("data").filter(|v| !v.is_null())
    {
        let at = at.key("data");
        check_relationship_data(v, &at, problems);
    }
}
async fn handle_get_root<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(&shared, request, "getRoot", &rt::Auth::NONE)
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.get_root(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_get_v3_root<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getV3Root",
                &rt::Auth::NONE,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.get_v3_root(ctx).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_list_droplets<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "listDroplets",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = ::generated_client::models::ListDropletsQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.list_droplets(ctx, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_create_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "createDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = ::generated_client::models::CreateDropletQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let body = rt::json_body::<
            ::generated_client::models::DropletCreate,
        >(body, shared.config.body_limit, true, check_droplet_create)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.create_droplet(ctx, query, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_get_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.get_droplet(ctx, guid).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_delete_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "deleteDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.delete_droplet(ctx, guid).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_update_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "updateDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            ::generated_client::models::DropletUpdate,
        >(body, shared.config.body_limit, true, check_droplet_update)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.update_droplet(ctx, guid, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_download_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "downloadDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.download_droplet(ctx, guid).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_upload_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "uploadDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let mut multipart = rt::Multipart::new(
            &ctx.headers,
            body,
            shared.config.body_limit,
        )?;
        let mut part_bits: ::std::option::Option<rt::UploadStream> = ::std::option::Option::None;
        let mut unknown: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        while let ::std::option::Option::Some(part) = multipart.next_part().await? {
            match part.name().unwrap_or("").to_owned().as_str() {
                "bits" => {
                    if true {
                        part_bits = ::std::option::Option::Some(part.into_stream());
                        break;
                    }
                    part_bits = ::std::option::Option::Some(part.buffered().await?);
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
        let body = UploadDropletForm {
            bits: part_bits
                .ok_or_else(|| rt::ApiError::unprocessable(
                    format!("{} is required", "bits"),
                ))?,
        };
        ::std::result::Result::Ok(
            shared.api.upload_droplet(ctx, guid, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_list_package_droplets<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "listPackageDroplets",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = ::generated_client::models::ListPackageDropletsQuery::from_pairs(
                &pairs,
            )
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.list_package_droplets(ctx, guid, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_list_app_droplets<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "listAppDroplets",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = ::generated_client::models::ListAppDropletsQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.list_app_droplets(ctx, guid, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_get_app_current_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getAppCurrentDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.get_app_current_droplet(ctx, guid).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_get_app_current_droplet_relationship<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getAppCurrentDropletRelationship",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared
                .api
                .get_app_current_droplet_relationship(ctx, guid)
                .await
                .into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_set_app_current_droplet<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "setAppCurrentDroplet",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            ::generated_client::models::ToOneRelationship,
        >(body, shared.config.body_limit, true, check_to_one_relationship)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.set_app_current_droplet(ctx, guid, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_list_app_tasks<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "listAppTasks",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = ::generated_client::models::ListAppTasksQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.list_app_tasks(ctx, guid, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_create_task<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "createTask",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            ::generated_client::models::TaskCreate,
        >(body, shared.config.body_limit, true, check_task_create)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.create_task(ctx, guid, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_list_tasks<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "listTasks",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        let query = ::generated_client::models::ListTasksQuery::from_pairs(&pairs)
            .map_err(rt::bad_query)?;
        query.validate().map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.list_tasks(ctx, query).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_get_task<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getTask",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.get_task(ctx, guid).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_update_task<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "updateTask",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let body = rt::json_body::<
            ::generated_client::models::TaskUpdate,
        >(body, shared.config.body_limit, true, check_task_update)
            .await?
            .ok_or_else(|| rt::ApiError::malformed_body(
                "The request body is required",
            ))?;
        ::std::result::Result::Ok(
            shared.api.update_task(ctx, guid, body).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_cancel_task<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "cancelTask",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.cancel_task(ctx, guid).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_cancel_task_deprecated<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "cancelTaskDeprecated",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(
            shared.api.cancel_task_deprecated(ctx, guid).await.into_response(),
        )
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
async fn handle_get_job<A: Api>(
    axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
    request: axum::extract::Request,
) -> axum::response::Response {
    let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
        let (mut parts, body, ctx) = begin(
                &shared,
                request,
                "getJob",
                &SECURITY_BEARER_AUTH,
            )
            .await?;
        let params = rt::path_params(&mut parts).await?;
        let guid: ::uuid::Uuid = rt::path_param(&params, "p0", "guid")?;
        let pairs = rt::query_pairs(parts.uri.query())?;
        rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
        let _ = body;
        ::std::result::Result::Ok(shared.api.get_job(ctx, guid).await.into_response())
    }
        .await;
    result.unwrap_or_else(|e| render(&shared, e))
}
