// @generated from `generator/tests/fixtures/features.yaml` by `cargo xtask codegen`. Do not edit by hand.
// Copied verbatim from the generator's runtime/ directory.

//! Hand-written runtime of the generated server: the error envelope, request context,
//! extraction and validation helpers, streamed multipart uploads, and the middleware every
//! router gets (request ids, tracing, panics → 500, 404/405 in the envelope).

use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

pub use crate::primitives::{QueryValue, reject_unknown};
/// The models' primitives (parameter styles, defaults), for the generated handlers.
pub use crate::primitives;

/// The header carrying the request id, echoed on every response.
pub const REQUEST_ID_HEADER: &str = "x-vcap-request-id";

/// An error answered in the envelope `{"errors":[{"detail","title","code"}]}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// The numeric error code.
    pub code: i64,
    /// The error name, e.g. `CF-ResourceNotFound`.
    pub title: String,
    /// What went wrong, for people.
    pub detail: String,
}

impl ApiError {
    /// Any error.
    pub fn new(status: StatusCode, code: i64, title: impl Into<String>, detail: impl Into<String>) -> Self {
        ApiError { status, code, title: title.into(), detail: detail.into() }
    }

    /// 400 `CF-MessageParseError` (1001): the body is not valid JSON.
    pub fn message_parse_error() -> Self {
        Self::new(StatusCode::BAD_REQUEST, 1001, "CF-MessageParseError", "Request invalid due to parse error: invalid request body")
    }

    /// 400 `CF-BadQueryParameter` (10005).
    pub fn bad_query_parameter(detail: impl fmt::Display) -> Self {
        Self::new(StatusCode::BAD_REQUEST, 10005, "CF-BadQueryParameter", format!("The query parameter is invalid: {detail}"))
    }

    /// 400 `CF-BadRequest` (1004), e.g. a malformed header.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, 1004, "CF-BadRequest", detail)
    }

    /// 401 `CF-NotAuthenticated` (10002): no credential.
    pub fn not_authenticated() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, 10002, "CF-NotAuthenticated", "Authentication error")
    }

    /// 401 `CF-InvalidAuthToken` (1000): a credential that does not verify.
    pub fn invalid_auth_token() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, 1000, "CF-InvalidAuthToken", "Invalid Auth Token")
    }

    /// 403 `CF-NotAuthorized` (10003).
    pub fn not_authorized() -> Self {
        Self::new(StatusCode::FORBIDDEN, 10003, "CF-NotAuthorized", "You are not authorized to perform the requested action")
    }

    /// 404 `CF-NotFound` (10000): no such route.
    pub fn route_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, 10000, "CF-NotFound", "Unknown request")
    }

    /// 404 `CF-ResourceNotFound` (10010), e.g. `Droplet not found`.
    pub fn resource_not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, 10010, "CF-ResourceNotFound", detail)
    }

    /// 405 with the route's allowed methods in `detail`.
    pub fn method_not_allowed() -> Self {
        Self::new(StatusCode::METHOD_NOT_ALLOWED, 10000, "CF-NotFound", "Unknown request")
    }

    /// 413: the body is larger than the server accepts.
    pub fn payload_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            10009,
            "CF-PayloadTooLarge",
            format!("The request body is larger than the server accepts ({limit} bytes)"),
        )
    }

    /// 422 `CF-UnprocessableEntity` (10008).
    pub fn unprocessable_entity(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, 10008, "CF-UnprocessableEntity", detail)
    }

    /// 500 `UnknownError` (10001).
    pub fn unknown() -> Self {
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, 10001, "UnknownError", "An unknown error occurred.")
    }

    /// The envelope body.
    pub fn envelope(&self) -> serde_json::Value {
        serde_json::json!({ "errors": [{ "detail": self.detail, "title": self.title, "code": self.code }] })
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} ({}): {}", self.status.as_u16(), self.title, self.code, self.detail)
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        json_response(self.status.as_u16(), &self.envelope(), Vec::new())
    }
}

/// A secret credential: usable, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
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

/// What a handler knows about the request besides its typed inputs.
#[derive(Debug)]
pub struct RequestContext {
    /// The request id (from `X-VCAP-Request-ID`, or a new one).
    pub request_id: String,
    /// The operationId.
    pub operation: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The request headers (credentials included: do not log them).
    pub headers: HeaderMap,
    /// The credential, when the request carries one the operation accepts.
    pub token: Option<Secret>,
    /// The security scheme (its name in the spec) the credential belongs to.
    pub scheme: Option<&'static str>,
    /// Whatever the authentication hook wants to hand to handlers (e.g. the user).
    pub extensions: axum::http::Extensions,
}

impl RequestContext {
    /// The context of a request, taking its headers (the generated handlers read them here).
    pub fn taking_headers(parts: &mut Parts, operation: &'static str) -> Self {
        let request_id = parts.headers.get(REQUEST_ID_HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        RequestContext {
            request_id,
            operation,
            method: parts.method.clone(),
            headers: std::mem::take(&mut parts.headers),
            token: None,
            scheme: None,
            extensions: axum::http::Extensions::new(),
        }
    }

    /// The context of a request.
    pub fn from_parts(parts: &Parts, operation: &'static str) -> Self {
        let request_id = parts.headers.get(REQUEST_ID_HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        RequestContext {
            request_id,
            operation,
            method: parts.method.clone(),
            headers: parts.headers.clone(),
            token: None,
            scheme: None,
            extensions: axum::http::Extensions::new(),
        }
    }
}

/// Router settings.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The largest request body accepted, in bytes (413 above it). Uploads are streamed and
    /// checked as they arrive.
    pub body_limit: usize,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig { body_limit: 2 * 1024 * 1024 * 1024 }
    }
}

/// Where a security scheme's credential travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthKind {
    /// `Authorization: Bearer <token>` (the scheme name is case-insensitive).
    Bearer,
    /// `Authorization: Basic <credentials>`.
    Basic,
    /// A header.
    ApiKeyHeader(&'static str),
    /// A query parameter.
    ApiKeyQuery(&'static str),
    /// A cookie.
    ApiKeyCookie(&'static str),
}

/// A security scheme an operation accepts: its name in the spec and where its credential is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// The name under `components.securitySchemes` (what [`RequestContext::scheme`] reports).
    pub name: &'static str,
    /// Where the credential is.
    pub kind: AuthKind,
}

/// The credentials of the first security requirement, in the spec's order, whose every scheme
/// the request carries (a requirement of one scheme is the usual case). Without one: none when
/// the operation allows anonymous calls (or takes no credential), else 401 `NotAuthenticated`;
/// an `Authorization` header of a kind no scheme accepts is 401 `InvalidAuthToken`.
pub fn credentials(parts: &Parts, requirements: &[&[Scheme]], anonymous: bool) -> Result<Vec<(&'static str, Secret)>, ApiError> {
    let mut malformed = false;
    for requirement in requirements {
        let mut found = Vec::with_capacity(requirement.len());
        for scheme in *requirement {
            match find_credential(parts, scheme.kind, &mut malformed)? {
                Some(token) => found.push((scheme.name, Secret(token))),
                None => break,
            }
        }
        if found.len() == requirement.len() {
            return Ok(found);
        }
    }
    if anonymous || requirements.is_empty() {
        Ok(Vec::new())
    } else if malformed {
        Err(ApiError::invalid_auth_token())
    } else {
        Err(ApiError::not_authenticated())
    }
}

/// One scheme's credential in the request, if it is there; `malformed` notes an
/// `Authorization` header of another kind.
fn find_credential(parts: &Parts, kind: AuthKind, malformed: &mut bool) -> Result<Option<String>, ApiError> {
    Ok(match kind {
        AuthKind::Bearer | AuthKind::Basic => {
            let wanted = if kind == AuthKind::Bearer { "bearer" } else { "basic" };
            match parts.headers.get(axum::http::header::AUTHORIZATION).map(|v| v.to_str()) {
                None => None,
                Some(Err(_)) => {
                    *malformed = true;
                    None
                }
                Some(Ok(text)) => match text.split_once(' ') {
                    Some((s, token)) if s.eq_ignore_ascii_case(wanted) && !token.trim().is_empty() => Some(token.trim().to_owned()),
                    _ => {
                        *malformed = true;
                        None
                    }
                },
            }
        }
        AuthKind::ApiKeyHeader(name) => parts.headers.get(name).and_then(|v| v.to_str().ok()).filter(|v| !v.is_empty()).map(str::to_owned),
        AuthKind::ApiKeyQuery(name) => query_pairs(parts.uri.query())?.into_iter().find(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v),
        AuthKind::ApiKeyCookie(name) => cookies(&parts.headers).into_iter().find(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v),
    })
}

/// Decodes a query string into pairs.
pub fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    match query {
        None | Some("") => Ok(Vec::new()),
        Some(q) => serde_urlencoded::from_str(q).map_err(ApiError::bad_query_parameter),
    }
}

/// The path parameters matched by the router (percent-decoded), by capture name.
pub async fn path_params(parts: &mut Parts) -> Result<RawPathParams, ApiError> {
    RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| ApiError::resource_not_found("The path is not valid UTF-8"))
}

fn capture<'a>(params: &'a RawPathParams, capture: &str) -> &'a str {
    params.iter().find(|(k, _)| *k == capture).map(|(_, v)| v).unwrap_or("")
}

/// One path parameter, parsed; a value of the wrong shape names no resource, hence 404.
pub fn path_param<T: QueryValue>(params: &RawPathParams, capture_name: &str, name: &str) -> Result<T, ApiError> {
    let raw = capture(params, capture_name);
    T::from_query(raw).map_err(|why| ApiError::resource_not_found(format!("{name} {why}")))
}

/// A path parameter in a style other than a scalar `simple` one.
pub fn path_styled<T: crate::primitives::ParamValue>(
    params: &RawPathParams,
    capture_name: &str,
    name: &str,
    style: crate::primitives::Style,
    explode: bool,
) -> Result<T, ApiError> {
    let raw = capture(params, capture_name);
    crate::primitives::read_path(name, style, explode, raw).map_err(|why| ApiError::resource_not_found(format!("{name} {why}")))
}

/// A `content: application/json` path parameter.
pub fn path_json<T: serde::de::DeserializeOwned>(params: &RawPathParams, capture_name: &str, name: &str) -> Result<T, ApiError> {
    let raw = capture(params, capture_name);
    crate::primitives::read_json(name, raw).map_err(ApiError::resource_not_found)
}

/// A header parameter that is a list or an object (`simple` style).
pub fn header_styled<T: crate::primitives::ParamValue>(headers: &HeaderMap, name: &str, explode: bool) -> Result<Option<T>, ApiError> {
    let Some(text) = header_text(headers, name)? else { return Ok(None) };
    crate::primitives::read_header(name, explode, text).map(Some).map_err(|why| ApiError::bad_request(format!("Header {name} {why}")))
}

/// A `content: application/json` header parameter.
pub fn header_json<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &str) -> Result<Option<T>, ApiError> {
    let Some(text) = header_text(headers, name)? else { return Ok(None) };
    crate::primitives::read_json(name, text).map(Some).map_err(|why| ApiError::bad_request(format!("Header {name} {why}")))
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Result<Option<&'a str>, ApiError> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v.to_str().map(Some).map_err(|_| ApiError::bad_request(format!("Header {name} is not text"))),
    }
}

/// The cookies of a request, decoded.
pub fn cookies(headers: &HeaderMap) -> Vec<(String, String)> {
    crate::primitives::cookie_pairs(headers.get_all(axum::http::header::COOKIE).iter().map(|v| v.as_bytes()))
}

/// A cookie parameter (`form` style); other cookies are left alone.
pub fn cookie_param<T: crate::primitives::ParamValue>(cookies: &[(String, String)], name: &str, explode: bool) -> Result<Option<T>, ApiError> {
    let mut used = vec![false; cookies.len()];
    crate::primitives::read_query(cookies, &mut used, name, crate::primitives::Style::Form, explode)
        .map_err(|e| ApiError::bad_request(format!("Cookie {}", e.message)))
}

/// A `content: application/json` cookie parameter.
pub fn cookie_json<T: serde::de::DeserializeOwned>(cookies: &[(String, String)], name: &str) -> Result<Option<T>, ApiError> {
    let mut used = vec![false; cookies.len()];
    crate::primitives::read_query_json(cookies, &mut used, name).map_err(|e| ApiError::bad_request(format!("Cookie {}", e.message)))
}

/// A required parameter outside the query must be present.
pub fn required_param<T>(value: Option<T>, what: &str) -> Result<T, ApiError> {
    value.ok_or_else(|| ApiError::bad_request(format!("Missing required {what}")))
}

/// A header parameter.
pub fn header_param<T: QueryValue>(headers: &HeaderMap, name: &str, required: bool) -> Result<Option<T>, ApiError> {
    match headers.get(name) {
        None if required => Err(ApiError::bad_request(format!("Missing required header {name}"))),
        None => Ok(None),
        Some(v) => {
            let text = v.to_str().map_err(|_| ApiError::bad_request(format!("Header {name} is not text")))?;
            T::from_query(text).map(Some).map_err(|why| ApiError::bad_request(format!("Header {name} {why}")))
        }
    }
}

/// Maps a query problem to 400 `BadQueryParameter`.
pub fn bad_query(e: crate::primitives::QueryError) -> ApiError {
    ApiError::bad_query_parameter(e.message)
}

/// Reads a whole body, failing with 413 past `limit` bytes (checked as chunks arrive).
pub async fn read_body(body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let mut stream = body.into_data_stream();
    let mut buf = bytes::BytesMut::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| ApiError::message_parse_error())?;
        if buf.len() + chunk.len() > limit {
            return Err(ApiError::payload_too_large(limit));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf.freeze())
}

/// Parses a JSON body: malformed → 400 `MessageParseError`; `check` finds unknown, missing
/// or out-of-range fields → 422 naming them; a wrong type → 422 naming the field.
pub async fn json_body<T: serde::de::DeserializeOwned>(
    body: Body,
    limit: usize,
    required: bool,
    check: fn(&mut serde_json::Value, &At<'_>, &mut Vec<String>),
) -> Result<Option<T>, ApiError> {
    let bytes = read_body(body, limit).await?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return if required { Err(ApiError::message_parse_error()) } else { Ok(None) };
    }
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| ApiError::message_parse_error())?;
    let mut problems = Vec::new();
    check(&mut value, &At::Root, &mut problems);
    if !problems.is_empty() {
        return Err(ApiError::unprocessable_entity(problems.join(", ")));
    }
    // The checks above catch nearly every bad body; only when decoding still fails is the
    // body read again, with the path of the failure tracked for the message.
    match T::deserialize(value) {
        Ok(decoded) => Ok(Some(decoded)),
        Err(_) => {
            let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| ApiError::message_parse_error())?;
            match serde_path_to_error::deserialize::<_, T>(value) {
                Ok(decoded) => Ok(Some(decoded)),
                Err(e) => {
                    let at = e.path().to_string();
                    let why = e.into_inner();
                    if at == "." || at.is_empty() {
                        Err(ApiError::unprocessable_entity(why.to_string()))
                    } else {
                        Err(ApiError::unprocessable_entity(format!("{at}: {why}")))
                    }
                }
            }
        }
    }
}

/// Where a value sits in a request body (`metadata.labels.env`, `items[2]`), kept as links
/// on the stack and written out only when a check fails.
#[derive(Clone, Copy)]
pub enum At<'a> {
    /// The body itself.
    Root,
    /// A member of an object.
    Key(&'a At<'a>, &'a str),
    /// An item of an array.
    Index(&'a At<'a>, usize),
}

impl<'a> At<'a> {
    /// The member `key` of this value.
    pub fn key(&'a self, key: &'a str) -> At<'a> {
        At::Key(self, key)
    }

    /// The item `i` of this value.
    pub fn index(&'a self, i: usize) -> At<'a> {
        At::Index(self, i)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Root => Ok(()),
            At::Key(At::Root, key) => f.write_str(key),
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// An object's keys against its schema: unknown keys (closed objects), missing required keys,
/// and `readOnly` keys, which a closed object refuses and any other drops (the server sets
/// them, so the handler never sees a client's value).
#[allow(clippy::too_many_arguments)]
pub fn check_object<'v>(
    value: &'v mut serde_json::Value,
    at: &At<'_>,
    known: &[&str],
    required: &[&str],
    not_null: &[&str],
    read_only: &[&str],
    closed: bool,
    problems: &mut Vec<String>,
) -> Option<&'v mut serde_json::Map<String, serde_json::Value>> {
    let Some(obj) = value.as_object_mut() else {
        match at {
            At::Root => problems.push("The request body must be an object".to_owned()),
            at => problems.push(format!("{at} must be an object")),
        }
        return None;
    };
    if closed {
        let unknown: Vec<String> = obj.keys().filter(|k| !known.contains(&k.as_str())).map(|k| format!("'{}'", at.key(k))).collect();
        if !unknown.is_empty() {
            problems.push(format!("Unknown field(s): {}", unknown.join(", ")));
        }
    }
    for key in required {
        if !obj.contains_key(*key) {
            problems.push(format!("{} is required", at.key(key)));
        }
    }
    // Optional fields the spec does not make nullable: `null` is not "left out".
    for key in not_null {
        if obj.get(*key).is_some_and(serde_json::Value::is_null) {
            problems.push(format!("{} must not be null", at.key(key)));
        }
    }
    for key in read_only {
        if obj.contains_key(*key) {
            if closed {
                problems.push(format!("{} is read-only", at.key(key)));
            } else {
                obj.remove(*key);
            }
        }
    }
    Some(obj)
}

/// A number's range.
pub fn check_number(value: &serde_json::Value, at: &At<'_>, min: Option<f64>, max: Option<f64>, exclusive_min: bool, exclusive_max: bool, problems: &mut Vec<String>) {
    let checked = value.as_f64().map(|n| crate::primitives::check_range("", n, min, max, exclusive_min, exclusive_max));
    if let Some(Err(e)) = checked {
        // The message starts with the (empty) name: the path goes there.
        problems.push(format!("{at}{}", e.message));
    }
}

/// A string's length.
pub fn check_string(value: &serde_json::Value, at: &At<'_>, min: Option<usize>, max: Option<usize>, problems: &mut Vec<String>) {
    if let Some(Err(e)) = value.as_str().map(|s| crate::primitives::check_length("", s.chars().count(), min, max)) {
        // The message starts with the (empty) name: the path goes there.
        problems.push(format!("{at}{}", e.message));
    }
}

/// An array's length.
pub fn check_items(value: &serde_json::Value, at: &At<'_>, min: Option<usize>, max: Option<usize>, problems: &mut Vec<String>) {
    if let Some(Err(e)) = value.as_array().map(|a| crate::primitives::check_count("", a.len(), min, max)) {
        // The message starts with the (empty) name: the path goes there.
        problems.push(format!("{at}{}", e.message));
    }
}

/// An `application/x-www-form-urlencoded` response.
pub fn form_response<T: crate::primitives::ParamValue>(status: u16, body: &T, headers: Vec<(&'static str, String)>) -> Response {
    match crate::primitives::write_form(body, false) {
        Ok(text) => {
            let mut resp = Response::new(Body::from(text));
            *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            resp.headers_mut().insert(axum::http::header::CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
            add_headers(resp, headers)
        }
        Err(e) => {
            tracing::error!(error = %e, "response body could not be written as a form");
            ApiError::unknown().into_response()
        }
    }
}

/// Reads an `application/x-www-form-urlencoded` request body into its type; an empty body is
/// `None` (refused when the body is required).
pub async fn form_body<T: crate::primitives::ParamValue>(body: Body, limit: usize, required: bool) -> Result<Option<T>, ApiError> {
    let bytes = read_body(body, limit).await?;
    if bytes.is_empty() {
        return if required { Err(ApiError::message_parse_error()) } else { Ok(None) };
    }
    crate::primitives::read_form(&bytes).map(Some).map_err(ApiError::unprocessable_entity)
}

/// A string that does not match its `pattern`.
pub fn pattern_problem(at: &At<'_>, pattern: &str) -> String {
    crate::primitives::pattern_mismatch(&at.to_string(), pattern).message
}

/// A JSON response.
pub fn json_response<T: serde::Serialize + ?Sized>(status: u16, body: &T, headers: Vec<(&'static str, String)>) -> Response {
    match crate::primitives::to_response_json(body) {
        Ok(bytes) => {
            let mut resp = Response::new(Body::from(bytes));
            *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            resp.headers_mut().insert(axum::http::header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            add_headers(resp, headers)
        }
        Err(e) => {
            tracing::error!(error = %e, "response body could not be serialized");
            ApiError::unknown().into_response()
        }
    }
}

/// A response with a raw body.
pub fn body_response(status: u16, content_type: &'static str, body: Body, headers: Vec<(&'static str, String)>) -> Response {
    let mut resp = Response::new(body);
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    resp.headers_mut().insert(axum::http::header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    add_headers(resp, headers)
}

/// A response without a body.
pub fn empty_response(status: u16, headers: Vec<(&'static str, String)>) -> Response {
    let mut resp = Response::new(Body::empty());
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    add_headers(resp, headers)
}

fn add_headers(mut resp: Response, headers: Vec<(&'static str, String)>) -> Response {
    for (name, value) in headers {
        match (axum::http::HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(&value)) {
            (Ok(n), Ok(v)) => {
                resp.headers_mut().insert(n, v);
            }
            _ => tracing::error!(header = name, "response header is not valid; left out"),
        }
    }
    resp
}

/// An uploaded file part, streamed as it arrives (never buffered whole).
pub struct UploadStream {
    file_name: Option<String>,
    content_type: Option<String>,
    inner: Pin<Box<dyn Stream<Item = Result<Bytes, ApiError>> + Send>>,
}

impl fmt::Debug for UploadStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadStream").field("file_name", &self.file_name).field("content_type", &self.content_type).finish()
    }
}

impl UploadStream {
    fn live(field: multer::Field<'static>, limit: usize) -> Self {
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        let inner = field.map(move |chunk| chunk.map_err(|e| multipart_error(e, limit)));
        UploadStream { file_name, content_type, inner: Box::pin(inner) }
    }

    /// An upload held in memory (parts that arrive before the streamed one, and tests).
    pub fn from_bytes(file_name: Option<String>, content_type: Option<String>, bytes: Bytes) -> Self {
        let inner = futures_util::stream::once(async move { Ok(bytes) });
        UploadStream { file_name, content_type, inner: Box::pin(inner) }
    }

    /// The file name the client gave.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The part's content type.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// Writes the upload to a file chunk by chunk; returns the number of bytes.
    pub async fn to_file(mut self, path: impl AsRef<std::path::Path>) -> Result<u64, ApiError> {
        use tokio::io::AsyncWriteExt;
        let mut file = tokio::fs::File::create(path).await.map_err(|_| ApiError::unknown())?;
        let mut written = 0u64;
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            file.write_all(&chunk).await.map_err(|_| ApiError::unknown())?;
            written += chunk.len() as u64;
        }
        file.flush().await.map_err(|_| ApiError::unknown())?;
        Ok(written)
    }
}

impl Stream for UploadStream {
    type Item = Result<Bytes, ApiError>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.as_mut().poll_next(cx)
    }
}

/// Marks the body stream's own limit error so it can become a 413.
#[derive(Debug)]
struct TooLarge;

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("body too large")
    }
}

impl std::error::Error for TooLarge {}

fn multipart_error(e: multer::Error, limit: usize) -> ApiError {
    let too_large = match &e {
        multer::Error::StreamReadFailed(inner) => inner.is::<TooLarge>(),
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => true,
        _ => false,
    };
    if too_large { ApiError::payload_too_large(limit) } else { ApiError::unprocessable_entity(format!("Invalid multipart body: {e}")) }
}

/// A multipart body, read part by part.
pub struct Multipart {
    inner: multer::Multipart<'static>,
    limit: usize,
}

impl Multipart {
    /// Starts reading; 422 if the request is not `multipart/form-data`.
    pub fn new(headers: &HeaderMap, body: Body, limit: usize) -> Result<Self, ApiError> {
        let content_type = headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let boundary = multer::parse_boundary(content_type)
            .map_err(|_| ApiError::unprocessable_entity("The body must be multipart/form-data"))?;
        let mut seen = 0usize;
        let stream = body.into_data_stream().map(move |chunk| match chunk {
            Ok(bytes) => {
                seen += bytes.len();
                if seen > limit { Err(Box::new(TooLarge) as Box<dyn std::error::Error + Send + Sync>) } else { Ok(bytes) }
            }
            Err(e) => Err(Box::new(e) as Box<dyn std::error::Error + Send + Sync>),
        });
        Ok(Multipart { inner: multer::Multipart::new(stream, boundary), limit })
    }

    /// The next part, or `None` at the end.
    pub async fn next_part(&mut self) -> Result<Option<Part>, ApiError> {
        let limit = self.limit;
        let field = self.inner.next_field().await.map_err(|e| multipart_error(e, limit))?;
        Ok(field.map(|field| Part { field, limit }))
    }
}

/// One part of a multipart body.
pub struct Part {
    field: multer::Field<'static>,
    limit: usize,
}

impl Part {
    /// The part's form name.
    pub fn name(&self) -> Option<&str> {
        self.field.name()
    }

    /// Hands the part over as a live stream (the caller must not read further parts first).
    pub fn into_stream(self) -> UploadStream {
        UploadStream::live(self.field, self.limit)
    }

    /// Reads the part into memory and wraps it as an upload (for files that are not last).
    pub async fn buffered(self) -> Result<UploadStream, ApiError> {
        let file_name = self.field.file_name().map(str::to_owned);
        let content_type = self.field.content_type().map(|m| m.to_string());
        let limit = self.limit;
        let bytes = self.field.bytes().await.map_err(|e| multipart_error(e, limit))?;
        Ok(UploadStream::from_bytes(file_name, content_type, bytes))
    }

    /// Reads a value part: JSON when it parses as the type, else the text as a JSON string.
    pub async fn value<T: serde::de::DeserializeOwned>(self) -> Result<T, ApiError> {
        let name = self.field.name().unwrap_or("").to_owned();
        let limit = self.limit;
        let text = self.field.text().await.map_err(|e| multipart_error(e, limit))?;
        serde_json::from_str(&text)
            .or_else(|_| serde_json::from_value(serde_json::Value::String(text)))
            .map_err(|e| ApiError::unprocessable_entity(format!("{name}: {e}")))
    }

    /// Reads and discards the part.
    pub async fn skip(self) -> Result<(), ApiError> {
        let limit = self.limit;
        self.field.bytes().await.map(|_| ()).map_err(|e| multipart_error(e, limit))
    }
}

/// Finishes a router: the CF envelope for unknown routes and methods, a request id on every
/// request and response, a tracing span, and a 500 envelope instead of a dropped connection
/// when a handler panics.
pub fn finish<S>(router: axum::Router<S>, state: S, render: fn(&S, ApiError) -> Response) -> axum::Router
where
    S: Clone + Send + Sync + 'static,
{
    let fallback_state = state.clone();
    let router = router.fallback(move || {
        let state = fallback_state.clone();
        async move { render(&state, ApiError::route_not_found()) }
    });
    router.layer(EnvelopeLayer { state: state.clone(), render }).with_state(state)
}

/// The layer of [`finish`]: one service doing what would otherwise take three middlewares
/// (request id, span, panics), so a request pays for one boxed future, not three.
#[derive(Clone)]
struct EnvelopeLayer<S> {
    state: S,
    render: fn(&S, ApiError) -> Response,
}

impl<S: Clone, I> tower::Layer<I> for EnvelopeLayer<S> {
    type Service = Envelope<S, I>;
    fn layer(&self, inner: I) -> Self::Service {
        Envelope { inner, state: self.state.clone(), render: self.render }
    }
}

#[derive(Clone)]
struct Envelope<S, I> {
    inner: I,
    state: S,
    render: fn(&S, ApiError) -> Response,
}

impl<S, I> tower::Service<axum::extract::Request> for Envelope<S, I>
where
    S: Clone + Send + Sync + 'static,
    I: tower::Service<axum::extract::Request, Response = Response, Error = std::convert::Infallible> + Clone + Send + 'static,
    I::Future: Send + 'static,
{
    type Response = Response;
    type Error = std::convert::Infallible;
    type Future = Pin<Box<dyn std::future::Future<Output = Result<Response, std::convert::Infallible>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: axum::extract::Request) -> Self::Future {
        use futures_util::FutureExt as _;
        let given = req
            .headers()
            .get(REQUEST_ID_HEADER)
            .filter(|v| !v.is_empty() && v.len() <= 255 && v.to_str().is_ok())
            .cloned();
        let request_id = given.unwrap_or_else(|| {
            let id = HeaderValue::from_str(&new_request_id()).unwrap_or(HeaderValue::from_static("unknown"));
            req.headers_mut().insert(REQUEST_ID_HEADER, id.clone());
            id
        });
        let span = tracing::info_span!(
            "request",
            method = %req.method(),
            path = %req.uri().path(),
            request_id = request_id.to_str().unwrap_or_default(),
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        // The clone is the ready service's replacement, as tower's contract asks.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let (state, render) = (self.state.clone(), self.render);
        let started = std::time::Instant::now();
        let future = tracing::Instrument::instrument(inner.call(req), span.clone());
        Box::pin(async move {
            let mut resp = match std::panic::AssertUnwindSafe(future).catch_unwind().await {
                Ok(Ok(resp)) => resp,
                Ok(Err(never)) => match never {},
                Err(_) => {
                    tracing::error!("handler panicked");
                    ApiError::unknown().into_response()
                }
            };
            if resp.status() == StatusCode::METHOD_NOT_ALLOWED && !resp.headers().contains_key(axum::http::header::CONTENT_TYPE) {
                // axum's own 405 has an empty body; keep its `Allow` header, add the envelope.
                let allow = resp.headers().get(axum::http::header::ALLOW).cloned();
                resp = render(&state, ApiError::method_not_allowed());
                *resp.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
                if let Some(allow) = allow {
                    resp.headers_mut().insert(axum::http::header::ALLOW, allow);
                }
            }
            span.record("status", resp.status().as_u16());
            span.record("duration_ms", started.elapsed().as_millis() as u64);
            resp.headers_mut().insert(REQUEST_ID_HEADER, request_id);
            Ok(resp)
        })
    }
}

/// A request id: unique in the process (a counter) and across processes (a random start),
/// shaped as a version-4 UUID, without asking the OS for randomness on every request.
fn new_request_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static START: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let (high, low) = *START.get_or_init(|| uuid::Uuid::new_v4().as_u64_pair());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let id = uuid::Uuid::from_u64_pair(high, low.wrapping_add(n));
    uuid::Builder::from_random_bytes(*id.as_bytes()).into_uuid().to_string()
}

/// Adds a route; a path the router cannot take (e.g. two parameters in one segment) is logged
/// and left out instead of panicking.
pub fn add_route<S: Clone + Send + Sync + 'static>(
    router: axum::Router<S>,
    path: &str,
    methods: axum::routing::MethodRouter<S>,
) -> axum::Router<S> {
    let backup = router.clone();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || router.route(path, methods))) {
        Ok(r) => r,
        Err(_) => {
            tracing::error!(path, "route cannot be served by the router; it is left out");
            backup
        }
    }
}
