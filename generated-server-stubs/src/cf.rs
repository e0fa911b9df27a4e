//! Cloud Foundry's terms for errors: the envelope `{"errors": [{"code", "title", "detail"}]}`,
//! each of the runtime's error kinds as the code and title Cloud Controller answers with, and
//! the request-id header.

use crate::models::{Error, ErrorEnvelope};
use crate::rt;
use rt::deps::axum::response::Response;
use rt::{ApiError, ErrorKind};

/// The header Cloud Controller reads a request id from and echoes on every response.
pub const REQUEST_ID_HEADER: &str = "x-vcap-request-id";

/// The CF error for a runtime error: its code, title and detail as Cloud Controller words
/// them (the router's own errors have fixed texts there).
pub fn error(error: &ApiError) -> Error {
    let (code, title, detail): (i64, &str, String) = match &error.kind {
        ErrorKind::MalformedBody => (
            1001,
            "CF-MessageParseError",
            "Request invalid due to parse error: invalid request body".to_owned(),
        ),
        ErrorKind::InvalidQuery => (
            10005,
            "CF-BadQueryParameter",
            format!("The query parameter is invalid: {}", error.detail),
        ),
        ErrorKind::BadRequest => (1004, "CF-BadRequest", error.detail.clone()),
        ErrorKind::NotAuthenticated => (
            10002,
            "CF-NotAuthenticated",
            "Authentication error".to_owned(),
        ),
        ErrorKind::InvalidCredential => {
            (1000, "CF-InvalidAuthToken", "Invalid Auth Token".to_owned())
        }
        ErrorKind::Forbidden => (
            10003,
            "CF-NotAuthorized",
            "You are not authorized to perform the requested action".to_owned(),
        ),
        ErrorKind::RouteNotFound | ErrorKind::MethodNotAllowed => {
            (10000, "CF-NotFound", "Unknown request".to_owned())
        }
        ErrorKind::NotFound => (10010, "CF-ResourceNotFound", error.detail.clone()),
        ErrorKind::PayloadTooLarge => (10009, "CF-PayloadTooLarge", error.detail.clone()),
        ErrorKind::Unprocessable => (10008, "CF-UnprocessableEntity", error.detail.clone()),
        ErrorKind::Named { code, title } => (*code, title, error.detail.clone()),
        // `Internal`, and kinds a later runtime adds: the catch-all.
        _ => (
            10001,
            "UnknownError",
            "An unknown error occurred.".to_owned(),
        ),
    };
    Error {
        code,
        title: title.to_owned(),
        detail,
    }
}

/// The error in the envelope: what every response enum's error variant holds.
impl crate::FromApiError for ErrorEnvelope {
    fn from_api_error(e: ApiError) -> Self {
        ErrorEnvelope {
            errors: vec![error(&e)],
        }
    }
}

/// Answers an error in the envelope, with its status (the router's
/// [`ServerConfig::error_response`](rt::ServerConfig::error_response)).
pub fn error_response(e: ApiError) -> Response {
    let status = e.status.as_u16();
    let envelope = <ErrorEnvelope as crate::FromApiError>::from_api_error(e);
    rt::server::json_response(status, &envelope, Vec::new())
}
