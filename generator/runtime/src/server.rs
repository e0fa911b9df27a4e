//! The generated server's runtime: errors and how they are written (problem details unless
//! configured), the request context, extraction and validation helpers, streamed multipart
//! uploads, and the middleware every router gets (request ids, tracing, panics → 500, 404/405).

use axum::body::Body;
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use std::borrow::Cow;
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

pub use crate::auth::{Auth, Scheme, SchemeKind, Secret};
pub use crate::events::{Event, EventSource, event_response};
/// The models' primitives (parameter styles, defaults), for the generated handlers.
pub use crate::primitives;
pub use crate::primitives::{QueryValue, reject_unknown};
pub use crate::signatures::{SigningKey, signed};

/// What went wrong, in terms every API shares. Renderers map it to the API's own error codes
/// (see [`ServerConfig::error_response`]); [`problem_response`] writes it as RFC 9457 problem
/// details.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The body is not valid JSON (or form, or multipart), or is missing where required. 400.
    MalformedBody,
    /// A query parameter is unknown, missing or invalid. 400.
    InvalidQuery,
    /// Another part of the request (a header, a cookie) is invalid. 400.
    BadRequest,
    /// The request carries no credential. 401.
    NotAuthenticated,
    /// The credential does not verify. 401.
    InvalidCredential,
    /// The caller may not do this. 403.
    Forbidden,
    /// No route matches the path. 404.
    RouteNotFound,
    /// The route does not take this method. 405.
    MethodNotAllowed,
    /// The resource does not exist (a path parameter of the wrong shape names none). 404.
    NotFound,
    /// The body is larger than the server accepts. 413.
    PayloadTooLarge,
    /// The body is well-formed but breaks the schema or a rule of the API. 422.
    Unprocessable,
    /// The server failed. 500.
    Internal,
    /// An error the API names in its own terms.
    Named {
        /// The API's code for it.
        code: i64,
        /// The API's name for it.
        title: Cow<'static, str>,
    },
}

/// An error a handler or the router answers: a status, what kind of error it is, and a detail
/// for people. How it is written is up to [`ServerConfig::error_response`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// The HTTP status.
    pub status: StatusCode,
    /// What went wrong.
    pub kind: ErrorKind,
    /// What went wrong, for people.
    pub detail: String,
}

impl ApiError {
    /// Any error.
    pub fn new(status: StatusCode, kind: ErrorKind, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            kind,
            detail: detail.into(),
        }
    }

    /// An error the API names in its own terms (`code`, `title`).
    pub fn named(
        status: StatusCode,
        code: i64,
        title: impl Into<Cow<'static, str>>,
        detail: impl Into<String>,
    ) -> Self {
        Self::new(
            status,
            ErrorKind::Named {
                code,
                title: title.into(),
            },
            detail,
        )
    }

    /// 400: the body is not valid.
    pub fn malformed_body(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorKind::MalformedBody, detail)
    }

    /// 400: a query parameter is invalid.
    pub fn invalid_query(detail: impl fmt::Display) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            ErrorKind::InvalidQuery,
            detail.to_string(),
        )
    }

    /// 400: a header or cookie is invalid.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ErrorKind::BadRequest, detail)
    }

    /// 401: no credential.
    pub fn not_authenticated() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorKind::NotAuthenticated,
            "The request carries no credential",
        )
    }

    /// 401: a credential that does not verify.
    pub fn invalid_credential() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            ErrorKind::InvalidCredential,
            "The credential is not valid",
        )
    }

    /// 403.
    pub fn forbidden() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            ErrorKind::Forbidden,
            "You are not allowed to do this",
        )
    }

    /// 404: no such route.
    pub fn route_not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            ErrorKind::RouteNotFound,
            "No route matches the request",
        )
    }

    /// 404: no such resource, e.g. `Pet not found`.
    pub fn not_found(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::NOT_FOUND, ErrorKind::NotFound, detail)
    }

    /// 405 (the router keeps axum's `Allow` header).
    pub fn method_not_allowed() -> Self {
        Self::new(
            StatusCode::METHOD_NOT_ALLOWED,
            ErrorKind::MethodNotAllowed,
            "The route does not take this method",
        )
    }

    /// 413: the body is larger than the server accepts.
    pub fn payload_too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            ErrorKind::PayloadTooLarge,
            format!("The request body is larger than the server accepts ({limit} bytes)"),
        )
    }

    /// 422: the body breaks the schema or a rule.
    pub fn unprocessable(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::Unprocessable,
            detail,
        )
    }

    /// 500 (the detail says nothing of the cause, which belongs in the server's log).
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            ErrorKind::Internal,
            "An internal error occurred",
        )
    }

    /// The error's title: the API's for [`ErrorKind::Named`], else the status's reason phrase
    /// (as RFC 9457 asks of problems of type `about:blank`).
    pub fn title(&self) -> &str {
        match &self.kind {
            ErrorKind::Named { title, .. } => title,
            _ => self.status.canonical_reason().unwrap_or("Error"),
        }
    }

    /// The error as RFC 9457 problem details: `type`, `title`, `status`, `detail`, and for
    /// [`ErrorKind::Named`] its `code` (the title is the API's).
    pub fn problem(&self) -> serde_json::Value {
        let mut problem = serde_json::json!({
            "type": "about:blank",
            "title": self.title(),
            "status": self.status.as_u16(),
            "detail": self.detail,
        });
        if let ErrorKind::Named { code, .. } = &self.kind {
            problem["code"] = serde_json::Value::from(*code);
        }
        problem
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {:?}: {}",
            self.status.as_u16(),
            self.kind,
            self.detail
        )
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    /// Problem details; a router answers with [`ServerConfig::error_response`] instead.
    fn into_response(self) -> Response {
        problem_response(self)
    }
}

/// An error as RFC 9457 problem details (`application/problem+json`): the default
/// [`ServerConfig::error_response`].
pub fn problem_response(error: ApiError) -> Response {
    let mut resp = json_response(error.status.as_u16(), &error.problem(), Vec::new());
    resp.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    resp
}

/// The request id of a request (the client's, or one the router made), in its extensions.
#[derive(Debug, Clone)]
pub struct RequestId(pub HeaderValue);

/// What a handler knows about the request besides its typed inputs.
#[derive(Debug)]
pub struct RequestContext {
    /// The request id (the client's, in [`ServerConfig::request_id_header`], or a new one).
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
        let headers = std::mem::take(&mut parts.headers);
        Self::with_headers(parts, operation, headers)
    }

    /// The context of a request.
    pub fn from_parts(parts: &Parts, operation: &'static str) -> Self {
        Self::with_headers(parts, operation, parts.headers.clone())
    }

    fn with_headers(parts: &Parts, operation: &'static str, headers: HeaderMap) -> Self {
        let request_id = parts
            .extensions
            .get::<RequestId>()
            .and_then(|id| id.0.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        RequestContext {
            request_id,
            operation,
            method: parts.method.clone(),
            headers,
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
    /// The header a request id is read from (when the client sends one) and echoed in on
    /// every response.
    pub request_id_header: HeaderName,
    /// Writes the errors the router raises (bad input, credentials, unknown routes, panics)
    /// and those handlers return: [`problem_response`] by default, or the API's own error
    /// body.
    pub error_response: fn(ApiError) -> Response,
}

impl Default for ServerConfig {
    fn default() -> Self {
        ServerConfig {
            body_limit: 2 * 1024 * 1024 * 1024,
            request_id_header: HeaderName::from_static("x-request-id"),
            error_response: problem_response,
        }
    }
}

/// The credentials of the first security requirement, in the spec's order, whose every scheme
/// the request carries (a requirement of one scheme is the usual case). Without one: none when
/// the operation allows anonymous calls (or takes no credential), else 401 `NotAuthenticated`;
/// an `Authorization` header of a kind no scheme accepts is 401 `InvalidAuthToken`.
pub fn credentials(
    parts: &Parts,
    requirements: &[&[Scheme]],
    anonymous: bool,
) -> Result<Vec<(&'static str, Secret)>, ApiError> {
    let mut malformed = false;
    for requirement in requirements {
        let mut found = Vec::with_capacity(requirement.len());
        for scheme in *requirement {
            match find_credential(parts, scheme.kind, &mut malformed)? {
                Some(token) => found.push((scheme.name, token)),
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
        Err(ApiError::invalid_credential())
    } else {
        Err(ApiError::not_authenticated())
    }
}

/// One scheme's credential in the request, if it is there; `malformed` notes an
/// `Authorization` header of another kind.
fn find_credential(
    parts: &Parts,
    kind: SchemeKind,
    malformed: &mut bool,
) -> Result<Option<Secret>, ApiError> {
    Ok(match kind {
        SchemeKind::Bearer | SchemeKind::Basic => {
            let wanted = if kind == SchemeKind::Bearer {
                "bearer"
            } else {
                "basic"
            };
            match parts
                .headers
                .get(axum::http::header::AUTHORIZATION)
                .map(|v| v.to_str())
            {
                None => None,
                Some(Err(_)) => {
                    *malformed = true;
                    None
                }
                Some(Ok(text)) => match text.split_once(' ').map(|(s, t)| (s, t.trim())) {
                    Some((s, token)) if s.eq_ignore_ascii_case(wanted) && !token.is_empty() => {
                        Some(Secret::from(token))
                    }
                    _ => {
                        *malformed = true;
                        None
                    }
                },
            }
        }
        SchemeKind::ApiKeyHeader(name) => parts
            .headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .filter(|v| !v.is_empty())
            .map(Secret::from),
        SchemeKind::ApiKeyQuery(name) => query_pairs(parts.uri.query())?
            .into_iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| Secret::from(v)),
        SchemeKind::ApiKeyCookie(name) => cookies(&parts.headers)
            .into_iter()
            .find(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| Secret::from(v)),
    })
}

/// Decodes a query string into pairs.
pub fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, ApiError> {
    match query {
        None | Some("") => Ok(Vec::new()),
        Some(q) => serde_urlencoded::from_str(q).map_err(ApiError::invalid_query),
    }
}

/// The path parameters matched by the router (percent-decoded), by capture name.
pub async fn path_params(parts: &mut Parts) -> Result<RawPathParams, ApiError> {
    RawPathParams::from_request_parts(parts, &())
        .await
        .map_err(|_| ApiError::not_found("The path is not valid UTF-8"))
}

fn capture<'a>(params: &'a RawPathParams, capture: &str) -> &'a str {
    params
        .iter()
        .find(|(k, _)| *k == capture)
        .map(|(_, v)| v)
        .unwrap_or("")
}

/// One path parameter, parsed; a value of the wrong shape names no resource, hence 404.
pub fn path_param<T: QueryValue>(
    params: &RawPathParams,
    capture_name: &str,
    name: &str,
) -> Result<T, ApiError> {
    let raw = capture(params, capture_name);
    T::from_query(raw).map_err(|why| ApiError::not_found(format!("{name} {why}")))
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
    crate::primitives::read_path(name, style, explode, raw)
        .map_err(|why| ApiError::not_found(format!("{name} {why}")))
}

/// A `content: application/json` path parameter.
pub fn path_json<T: serde::de::DeserializeOwned>(
    params: &RawPathParams,
    capture_name: &str,
    name: &str,
) -> Result<T, ApiError> {
    let raw = capture(params, capture_name);
    crate::primitives::read_json(name, raw).map_err(ApiError::not_found)
}

/// A header parameter that is a list or an object (`simple` style).
pub fn header_styled<T: crate::primitives::ParamValue>(
    headers: &HeaderMap,
    name: &str,
    explode: bool,
) -> Result<Option<T>, ApiError> {
    let Some(text) = header_text(headers, name)? else {
        return Ok(None);
    };
    crate::primitives::read_header(name, explode, text)
        .map(Some)
        .map_err(|why| ApiError::bad_request(format!("Header {name} {why}")))
}

/// A `content: application/json` header parameter.
pub fn header_json<T: serde::de::DeserializeOwned>(
    headers: &HeaderMap,
    name: &str,
) -> Result<Option<T>, ApiError> {
    let Some(text) = header_text(headers, name)? else {
        return Ok(None);
    };
    crate::primitives::read_json(name, text)
        .map(Some)
        .map_err(|why| ApiError::bad_request(format!("Header {name} {why}")))
}

fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Result<Option<&'a str>, ApiError> {
    match headers.get(name) {
        None => Ok(None),
        Some(v) => v
            .to_str()
            .map(Some)
            .map_err(|_| ApiError::bad_request(format!("Header {name} is not text"))),
    }
}

/// The cookies of a request, decoded.
pub fn cookies(headers: &HeaderMap) -> Vec<(String, String)> {
    crate::primitives::cookie_pairs(
        headers
            .get_all(axum::http::header::COOKIE)
            .iter()
            .map(|v| v.as_bytes()),
    )
}

/// A cookie parameter (`form` style); other cookies are left alone.
pub fn cookie_param<T: crate::primitives::ParamValue>(
    cookies: &[(String, String)],
    name: &str,
    explode: bool,
) -> Result<Option<T>, ApiError> {
    let mut used = vec![false; cookies.len()];
    crate::primitives::read_query(
        cookies,
        &mut used,
        name,
        crate::primitives::Style::Form,
        explode,
    )
    .map_err(|e| ApiError::bad_request(format!("Cookie {}", e.message)))
}

/// A `content: application/json` cookie parameter.
pub fn cookie_json<T: serde::de::DeserializeOwned>(
    cookies: &[(String, String)],
    name: &str,
) -> Result<Option<T>, ApiError> {
    let mut used = vec![false; cookies.len()];
    crate::primitives::read_query_json(cookies, &mut used, name)
        .map_err(|e| ApiError::bad_request(format!("Cookie {}", e.message)))
}

/// A required parameter outside the query must be present.
pub fn required_param<T>(value: Option<T>, what: &str) -> Result<T, ApiError> {
    value.ok_or_else(|| ApiError::bad_request(format!("Missing required {what}")))
}

/// A header parameter.
pub fn header_param<T: QueryValue>(
    headers: &HeaderMap,
    name: &str,
    required: bool,
) -> Result<Option<T>, ApiError> {
    match headers.get(name) {
        None if required => Err(ApiError::bad_request(format!(
            "Missing required header {name}"
        ))),
        None => Ok(None),
        Some(v) => {
            let text = v
                .to_str()
                .map_err(|_| ApiError::bad_request(format!("Header {name} is not text")))?;
            T::from_query(text)
                .map(Some)
                .map_err(|why| ApiError::bad_request(format!("Header {name} {why}")))
        }
    }
}

/// Maps a query problem to 400 `BadQueryParameter`.
pub fn bad_query(e: crate::primitives::QueryError) -> ApiError {
    ApiError::invalid_query(e.message)
}

/// Reads a whole body, failing with 413 past `limit` bytes (checked as chunks arrive).
pub async fn read_body(body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let mut stream = body.into_data_stream();
    let mut buf = bytes::BytesMut::new();
    while let Some(chunk) = stream.next().await {
        let chunk =
            chunk.map_err(|_| ApiError::malformed_body("The request body could not be read"))?;
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
        return if required {
            Err(ApiError::malformed_body("The request body is required"))
        } else {
            Ok(None)
        };
    }
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::malformed_body(format!("The request body is not valid JSON: {e}"))
    })?;
    let mut problems = Vec::new();
    check(&mut value, &At::Root, &mut problems);
    if !problems.is_empty() {
        return Err(ApiError::unprocessable(problems.join(", ")));
    }
    // The checks above catch nearly every bad body; only when decoding still fails is the
    // body read again, with the path of the failure tracked for the message.
    match T::deserialize(value) {
        Ok(decoded) => Ok(Some(decoded)),
        Err(_) => {
            let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
                ApiError::malformed_body(format!("The request body is not valid JSON: {e}"))
            })?;
            match serde_path_to_error::deserialize::<_, T>(value) {
                Ok(decoded) => Ok(Some(decoded)),
                Err(e) => {
                    let at = e.path().to_string();
                    let why = e.into_inner();
                    if at == "." || at.is_empty() {
                        Err(ApiError::unprocessable(why.to_string()))
                    } else {
                        Err(ApiError::unprocessable(format!("{at}: {why}")))
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
        let unknown: Vec<String> = obj
            .keys()
            .filter(|k| !known.contains(&k.as_str()))
            .map(|k| format!("'{}'", at.key(k)))
            .collect();
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
pub fn check_number(
    value: &serde_json::Value,
    at: &At<'_>,
    min: Option<f64>,
    max: Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
    problems: &mut Vec<String>,
) {
    let checked = value
        .as_f64()
        .map(|n| crate::primitives::check_range("", n, min, max, exclusive_min, exclusive_max));
    note_at(at, checked, problems);
}

/// Adds a failed check to `problems`; its message starts with the (empty) name the check was
/// given, so the value's path goes there.
fn note_at(
    at: &At<'_>,
    checked: Option<Result<(), crate::primitives::QueryError>>,
    problems: &mut Vec<String>,
) {
    if let Some(Err(e)) = checked {
        problems.push(format!("{at}{}", e.message));
    }
}

/// A string's length.
pub fn check_string(
    value: &serde_json::Value,
    at: &At<'_>,
    min: Option<usize>,
    max: Option<usize>,
    problems: &mut Vec<String>,
) {
    let checked = value
        .as_str()
        .map(|s| crate::primitives::check_length("", s.chars().count(), min, max));
    note_at(at, checked, problems);
}

/// An array's length.
pub fn check_items(
    value: &serde_json::Value,
    at: &At<'_>,
    min: Option<usize>,
    max: Option<usize>,
    problems: &mut Vec<String>,
) {
    let checked = value
        .as_array()
        .map(|a| crate::primitives::check_count("", a.len(), min, max));
    note_at(at, checked, problems);
}

/// An `application/x-www-form-urlencoded` response.
pub fn form_response<T: crate::primitives::ParamValue>(
    status: u16,
    body: &T,
    headers: Vec<(&'static str, String)>,
) -> Response {
    match crate::primitives::write_form(body, false) {
        Ok(text) => {
            let mut resp = Response::new(Body::from(text));
            *resp.status_mut() =
                StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            resp.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-www-form-urlencoded"),
            );
            add_headers(resp, headers)
        }
        Err(e) => {
            tracing::error!(error = %e, "response body could not be written as a form");
            ApiError::internal().into_response()
        }
    }
}

/// Reads an `application/x-www-form-urlencoded` request body into its type; an empty body is
/// `None` (refused when the body is required).
pub async fn form_body<T: crate::primitives::ParamValue>(
    body: Body,
    limit: usize,
    required: bool,
) -> Result<Option<T>, ApiError> {
    let bytes = read_body(body, limit).await?;
    if bytes.is_empty() {
        return if required {
            Err(ApiError::malformed_body("The request body is required"))
        } else {
            Ok(None)
        };
    }
    crate::primitives::read_form(&bytes)
        .map(Some)
        .map_err(ApiError::unprocessable)
}

/// A string that does not match its `pattern`.
pub fn pattern_problem(at: &At<'_>, pattern: &str) -> String {
    crate::primitives::pattern_mismatch(&at.to_string(), pattern).message
}

/// A JSON response.
pub fn json_response<T: serde::Serialize + ?Sized>(
    status: u16,
    body: &T,
    headers: Vec<(&'static str, String)>,
) -> Response {
    match crate::primitives::to_response_json(body) {
        Ok(bytes) => {
            let mut resp = Response::new(Body::from(bytes));
            *resp.status_mut() =
                StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            resp.headers_mut().insert(
                axum::http::header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            );
            add_headers(resp, headers)
        }
        Err(e) => {
            tracing::error!(error = %e, "response body could not be serialized");
            ApiError::internal().into_response()
        }
    }
}

/// A response with a raw body.
pub fn body_response(
    status: u16,
    content_type: &'static str,
    body: Body,
    headers: Vec<(&'static str, String)>,
) -> Response {
    let mut resp = Response::new(body);
    *resp.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    resp.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static(content_type),
    );
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
        match (
            axum::http::HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(&value),
        ) {
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
        f.debug_struct("UploadStream")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl UploadStream {
    fn live(field: multer::Field<'static>, limit: usize) -> Self {
        let file_name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(|m| m.to_string());
        let inner = field.map(move |chunk| chunk.map_err(|e| multipart_error(e, limit)));
        UploadStream {
            file_name,
            content_type,
            inner: Box::pin(inner),
        }
    }

    /// An upload held in memory (parts that arrive before the streamed one, and tests).
    pub fn from_bytes(
        file_name: Option<String>,
        content_type: Option<String>,
        bytes: Bytes,
    ) -> Self {
        let inner = futures_util::stream::once(async move { Ok(bytes) });
        UploadStream {
            file_name,
            content_type,
            inner: Box::pin(inner),
        }
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
        let mut file = tokio::fs::File::create(path)
            .await
            .map_err(|_| ApiError::internal())?;
        let mut written = 0u64;
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            file.write_all(&chunk)
                .await
                .map_err(|_| ApiError::internal())?;
            written += chunk.len() as u64;
        }
        file.flush().await.map_err(|_| ApiError::internal())?;
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
    if too_large {
        ApiError::payload_too_large(limit)
    } else {
        ApiError::unprocessable(format!("Invalid multipart body: {e}"))
    }
}

/// A multipart body, read part by part.
pub struct Multipart {
    inner: multer::Multipart<'static>,
    limit: usize,
}

impl Multipart {
    /// Starts reading; 422 if the request is not `multipart/form-data`.
    pub fn new(headers: &HeaderMap, body: Body, limit: usize) -> Result<Self, ApiError> {
        let content_type = headers
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let boundary = multer::parse_boundary(content_type)
            .map_err(|_| ApiError::unprocessable("The body must be multipart/form-data"))?;
        let mut seen = 0usize;
        let stream = body.into_data_stream().map(move |chunk| match chunk {
            Ok(bytes) => {
                seen += bytes.len();
                if seen > limit {
                    Err(Box::new(TooLarge) as Box<dyn std::error::Error + Send + Sync>)
                } else {
                    Ok(bytes)
                }
            }
            Err(e) => Err(Box::new(e) as Box<dyn std::error::Error + Send + Sync>),
        });
        Ok(Multipart {
            inner: multer::Multipart::new(stream, boundary),
            limit,
        })
    }

    /// The next part, or `None` at the end.
    pub async fn next_part(&mut self) -> Result<Option<Part>, ApiError> {
        let limit = self.limit;
        let field = self
            .inner
            .next_field()
            .await
            .map_err(|e| multipart_error(e, limit))?;
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
        let bytes = self
            .field
            .bytes()
            .await
            .map_err(|e| multipart_error(e, limit))?;
        Ok(UploadStream::from_bytes(file_name, content_type, bytes))
    }

    /// Reads a value part: JSON when it parses as the type, else the text as a JSON string.
    pub async fn value<T: serde::de::DeserializeOwned>(self) -> Result<T, ApiError> {
        let name = self.field.name().unwrap_or("").to_owned();
        let limit = self.limit;
        let text = self
            .field
            .text()
            .await
            .map_err(|e| multipart_error(e, limit))?;
        serde_json::from_str(&text)
            .or_else(|_| serde_json::from_value(serde_json::Value::String(text)))
            .map_err(|e| ApiError::unprocessable(format!("{name}: {e}")))
    }

    /// Reads and discards the part.
    pub async fn skip(self) -> Result<(), ApiError> {
        let limit = self.limit;
        self.field
            .bytes()
            .await
            .map(|_| ())
            .map_err(|e| multipart_error(e, limit))
    }
}

/// Finishes a router: unknown routes and methods answered by the configured
/// [`ServerConfig::error_response`], a request id on every request and response, a tracing
/// span, and a 500 instead of a dropped connection when a handler panics.
pub fn finish<S>(router: axum::Router<S>, state: S, config: &ServerConfig) -> axum::Router
where
    S: Clone + Send + Sync + 'static,
{
    let render = config.error_response;
    let router = router.fallback(move || async move { render(ApiError::route_not_found()) });
    let layer = RequestLayer {
        render,
        request_id_header: config.request_id_header.clone(),
    };
    router.layer(layer).with_state(state)
}

/// The layer of [`finish`]: one service doing what would otherwise take three middlewares
/// (request id, span, panics), so a request pays for one boxed future, not three.
#[derive(Clone)]
struct RequestLayer {
    render: fn(ApiError) -> Response,
    request_id_header: HeaderName,
}

impl<I> tower::Layer<I> for RequestLayer {
    type Service = RequestService<I>;
    fn layer(&self, inner: I) -> Self::Service {
        RequestService {
            inner,
            layer: self.clone(),
        }
    }
}

#[derive(Clone)]
struct RequestService<I> {
    inner: I,
    layer: RequestLayer,
}

impl<I> tower::Service<axum::extract::Request> for RequestService<I>
where
    I: tower::Service<
            axum::extract::Request,
            Response = Response,
            Error = std::convert::Infallible,
        > + Clone
        + Send
        + 'static,
    I::Future: Send + 'static,
{
    type Response = Response;
    type Error = std::convert::Infallible;
    type Future = Pin<
        Box<dyn std::future::Future<Output = Result<Response, std::convert::Infallible>> + Send>,
    >;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: axum::extract::Request) -> Self::Future {
        use futures_util::FutureExt as _;
        let header = &self.layer.request_id_header;
        let given = req
            .headers()
            .get(header)
            .filter(|v| !v.is_empty() && v.len() <= 255 && v.to_str().is_ok())
            .cloned();
        let request_id = given.unwrap_or_else(new_request_id);
        req.extensions_mut().insert(RequestId(request_id.clone()));
        let span = tracing::info_span!(
            "request",
            method = %req.method(),
            path = %req.uri().path(),
            request_id = request_id.to_str().unwrap_or_default(),
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let (render, header) = (self.layer.render, self.layer.request_id_header.clone());
        let started = std::time::Instant::now();
        // Called in place: `poll_ready` was forwarded to this service, and its future owns
        // what it needs (axum's routes clone themselves into it), so no copy of the service
        // is made per request.
        let future = tracing::Instrument::instrument(self.inner.call(req), span.clone());
        Box::pin(async move {
            let mut resp = match std::panic::AssertUnwindSafe(future).catch_unwind().await {
                Ok(Ok(resp)) => resp,
                Ok(Err(never)) => match never {},
                Err(_) => {
                    tracing::error!("handler panicked");
                    render(ApiError::internal())
                }
            };
            if resp.status() == StatusCode::METHOD_NOT_ALLOWED
                && !resp
                    .headers()
                    .contains_key(axum::http::header::CONTENT_TYPE)
            {
                // axum's own 405 has an empty body; keep its `Allow` header, add the error body.
                let allow = resp.headers().get(axum::http::header::ALLOW).cloned();
                resp = render(ApiError::method_not_allowed());
                *resp.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
                if let Some(allow) = allow {
                    resp.headers_mut().insert(axum::http::header::ALLOW, allow);
                }
            }
            span.record("status", resp.status().as_u16());
            span.record("duration_ms", started.elapsed().as_millis() as u64);
            resp.headers_mut().insert(header, request_id);
            Ok(resp)
        })
    }
}

/// A request id: unique in the process (a counter) and across processes (a random start),
/// shaped as a version-4 UUID, without asking the OS for randomness on every request.
fn new_request_id() -> HeaderValue {
    use std::sync::atomic::{AtomicU64, Ordering};
    static START: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let (high, low) = *START.get_or_init(|| uuid::Uuid::new_v4().as_u64_pair());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let id = uuid::Uuid::from_u64_pair(high, low.wrapping_add(n));
    let id = uuid::Builder::from_random_bytes(*id.as_bytes()).into_uuid();
    let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
    let text = id.hyphenated().encode_lower(&mut text);
    HeaderValue::from_str(text).unwrap_or(HeaderValue::from_static("unknown"))
}

/// Adds a route; a path the router cannot take (e.g. two parameters in one segment) is logged
/// and left out instead of panicking.
pub fn add_route<S: Clone + Send + Sync + 'static>(
    router: axum::Router<S>,
    path: &str,
    methods: axum::routing::MethodRouter<S>,
) -> axum::Router<S> {
    let backup = router.clone();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
        router.route(path, methods)
    })) {
        Ok(r) => r,
        Err(_) => {
            tracing::error!(path, "route cannot be served by the router; it is left out");
            backup
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn body_of(resp: Response) -> (StatusCode, String, serde_json::Value) {
        let status = resp.status();
        let content_type = resp.headers()[axum::http::header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .to_owned();
        let bytes = read_body(resp.into_body(), 1 << 20).await.unwrap();
        (
            status,
            content_type,
            serde_json::from_slice(&bytes).unwrap(),
        )
    }

    #[tokio::test]
    async fn errors_are_problem_details_by_default() {
        let (status, content_type, body) = body_of(problem_response(ApiError::invalid_query(
            "per_page must be at most 100",
        )))
        .await;
        assert_eq!(
            (status, content_type.as_str()),
            (StatusCode::BAD_REQUEST, "application/problem+json")
        );
        assert_eq!(
            body,
            serde_json::json!({"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "per_page must be at most 100"})
        );
        let named = ApiError::named(StatusCode::CONFLICT, 42, "PetTaken", "The name is taken");
        let (_, _, body) = body_of(problem_response(named)).await;
        assert_eq!(
            (
                body["title"].as_str(),
                body["code"].as_i64(),
                body["status"].as_u64()
            ),
            (Some("PetTaken"), Some(42), Some(409))
        );
    }

    #[tokio::test]
    async fn the_router_answers_with_the_configured_renderer_and_request_id_header() {
        use tower::ServiceExt as _;
        fn teapot(e: ApiError) -> Response {
            let mut resp = format!("{:?}: {}", e.kind, e.detail).into_response();
            *resp.status_mut() = StatusCode::IM_A_TEAPOT;
            resp
        }
        let config = ServerConfig {
            request_id_header: HeaderName::from_static("x-trace"),
            error_response: teapot,
            ..ServerConfig::default()
        };
        let router = finish(axum::Router::<()>::new(), (), &config);
        let req = axum::http::Request::get("/nowhere")
            .header("x-trace", "t-1")
            .body(Body::empty())
            .unwrap();
        let resp = router.clone().oneshot(req).await.unwrap();
        assert_eq!(resp.status(), StatusCode::IM_A_TEAPOT);
        assert_eq!(
            resp.headers()["x-trace"],
            "t-1",
            "the client's id is echoed"
        );
        let bytes = read_body(resp.into_body(), 1024).await.unwrap();
        assert!(bytes.starts_with(b"RouteNotFound"));
        let resp = router
            .oneshot(axum::http::Request::get("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(
            resp.headers()["x-trace"].len(),
            36,
            "a new id, shaped as a UUID"
        );
    }

    #[test]
    fn credentials_follow_the_first_requirement_the_request_meets() {
        let parts = |auth: Option<&str>| {
            let mut req = axum::http::Request::get("/?api_key=k1");
            if let Some(a) = auth {
                req = req.header("authorization", a);
            }
            req.body(()).unwrap().into_parts().0
        };
        let bearer = Scheme {
            name: "bearer",
            kind: SchemeKind::Bearer,
        };
        let key = Scheme {
            name: "key",
            kind: SchemeKind::ApiKeyQuery("api_key"),
        };
        let found = credentials(&parts(Some("Bearer t1")), &[&[bearer], &[key]], false).unwrap();
        assert_eq!(found, vec![("bearer", Secret::new("t1"))]);
        let found = credentials(&parts(None), &[&[bearer], &[key]], false).unwrap();
        assert_eq!(found, vec![("key", Secret::new("k1"))]);
        let none = credentials(&parts(None), &[&[bearer]], false).unwrap_err();
        assert_eq!(none.kind, ErrorKind::NotAuthenticated);
        let wrong = credentials(&parts(Some("Digest x")), &[&[bearer]], false).unwrap_err();
        assert_eq!(wrong.kind, ErrorKind::InvalidCredential);
        assert!(
            credentials(&parts(None), &[&[bearer]], true)
                .unwrap()
                .is_empty(),
            "anonymous allowed"
        );
    }
}
