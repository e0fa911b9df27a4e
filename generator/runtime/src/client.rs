//! Hand-written runtime of the generated client: the `Client` and its builder, credentials,
//! retries, tracing, error decoding, pagination, streamed uploads and downloads. Generated
//! methods only describe a request and map statuses to types; everything else lives here.

use bytes::Bytes;
use futures_core::Stream;
use futures_util::StreamExt;
use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use reqwest::StatusCode;
pub use reqwest::header::HeaderMap;

pub use crate::auth::{Auth, Scheme, SchemeKind, Secret, basic_credential};
pub use crate::events::{Event, EventStream};
pub use crate::oauth2::OAuth2;

pub(crate) type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Supplies the credential for each request, so tokens can be refreshed.
pub trait TokenProvider: Send + Sync {
    /// The current credential (a bearer token or API key), or why there is none.
    fn token(&self) -> BoxFuture<'_, Result<Secret, String>>;

    /// The server refused the credential (401): forget it. Returns whether the next
    /// [`token`](Self::token) may be a different one, in which case the request is sent once
    /// more (fixed tokens return `false`).
    fn invalidate(&self) -> bool {
        false
    }
}

/// A fixed token.
#[derive(Clone, Debug)]
pub struct StaticToken(pub Secret);

impl StaticToken {
    /// A provider that always returns `token`.
    pub fn new(token: impl Into<Secret>) -> Self {
        StaticToken(token.into())
    }
}

impl TokenProvider for StaticToken {
    fn token(&self) -> BoxFuture<'_, Result<Secret, String>> {
        let token = self.0.clone();
        Box::pin(async move { Ok(token) })
    }
}

/// A provider backed by an async function (e.g. one that refreshes an OAuth token).
pub struct FnToken<F>(pub F);

impl<F, Fut> TokenProvider for FnToken<F>
where
    F: Fn() -> Fut + Send + Sync,
    Fut: Future<Output = Result<Secret, String>> + Send + 'static,
{
    fn token(&self) -> BoxFuture<'_, Result<Secret, String>> {
        Box::pin((self.0)())
    }
}

/// When and how to retry.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 turns retrying off).
    pub max_retries: u32,
    /// The first backoff; each retry doubles it.
    pub initial_backoff: Duration,
    /// The longest wait between attempts, including a server's `Retry-After`.
    pub max_backoff: Duration,
    /// Also retry POST and PATCH (which may not be safe to repeat).
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(30),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.min(16));
        self.initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff)
    }
}

/// A file (or any byte stream) sent as a multipart part, streamed, never held in memory whole.
pub struct FilePart {
    file_name: String,
    content_type: Option<String>,
    body: reqwest::Body,
    length: Option<u64>,
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FilePart")
            .field("file_name", &self.file_name)
            .field("length", &self.length)
            .finish()
    }
}

impl FilePart {
    /// Streams a file from disk; its name becomes the part's file name.
    pub async fn from_path(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let file = tokio::fs::File::open(path).await?;
        let length = file.metadata().await?.len();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "file".to_owned());
        Ok(FilePart::from_reader(name, file, Some(length)))
    }

    /// Streams from any reader. Give the length when known: some servers need it.
    pub fn from_reader(
        file_name: impl Into<String>,
        reader: impl tokio::io::AsyncRead + Send + 'static,
        length: Option<u64>,
    ) -> Self {
        let stream = tokio_util::io::ReaderStream::with_capacity(reader, 64 * 1024);
        FilePart {
            file_name: file_name.into(),
            content_type: None,
            body: reqwest::Body::wrap_stream(stream),
            length,
        }
    }

    /// Bytes already in memory.
    pub fn from_bytes(file_name: impl Into<String>, bytes: impl Into<Bytes>) -> Self {
        let bytes = bytes.into();
        let length = Some(bytes.len() as u64);
        FilePart {
            file_name: file_name.into(),
            content_type: None,
            body: reqwest::Body::from(bytes),
            length,
        }
    }

    /// Sets the part's content type (default: `application/octet-stream`).
    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The part for a multipart form.
    pub fn into_part(self) -> Result<reqwest::multipart::Part, reqwest::Error> {
        let part = match self.length {
            Some(len) => reqwest::multipart::Part::stream_with_length(self.body, len),
            None => reqwest::multipart::Part::stream(self.body),
        };
        let ct = self
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        part.file_name(self.file_name).mime_str(ct)
    }
}

/// A streamed response body (a download).
pub struct ByteStream {
    response: reqwest::Response,
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("status", &self.response.status())
            .field("length", &self.content_length())
            .finish()
    }
}

impl ByteStream {
    /// Wraps a response whose body has not been read.
    pub fn new(response: reqwest::Response) -> Self {
        ByteStream { response }
    }

    /// `Content-Length`, when the server sent one.
    pub fn content_length(&self) -> Option<u64> {
        self.response.content_length()
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.response.headers()
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, reqwest::Error>> + Send {
        self.response.bytes_stream()
    }

    /// Reads the whole body into memory.
    pub async fn bytes(self) -> Result<Bytes, reqwest::Error> {
        self.response.bytes().await
    }

    /// Writes the body to a file chunk by chunk; returns the number of bytes written.
    pub async fn to_file(self, path: impl AsRef<std::path::Path>) -> std::io::Result<u64> {
        use tokio::io::AsyncWriteExt;
        let mut file = tokio::fs::File::create(path).await?;
        let mut stream = self.response.bytes_stream();
        let mut written = 0u64;
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(std::io::Error::other)?;
            file.write_all(&chunk).await?;
            written += chunk.len() as u64;
        }
        file.flush().await?;
        Ok(written)
    }
}

/// A documented error response, its body decoded.
#[derive(Debug)]
pub struct ErrorResponse<E> {
    /// The status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: E,
}

/// A response kept whole: status, headers and raw body.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The status.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Bytes,
}

/// Everything that can go wrong with a call. Large variants are boxed so `Result`s stay small.
#[derive(Debug)]
pub enum Error<E = serde_json::Value> {
    /// The request was not sent: an argument breaks the spec's constraints.
    InvalidRequest(String),
    /// The credential provider failed.
    Auth(String),
    /// The request could not be sent or the response not read.
    Transport(reqwest::Error),
    /// A documented error status; the body is decoded.
    Api(Box<ErrorResponse<E>>),
    /// A status the spec does not document for this operation, or a body that is not the
    /// documented error shape. Nothing is lost: status, headers and body are kept.
    UnexpectedResponse(Box<RawResponse>),
    /// A documented success status whose body or headers do not match the spec.
    InvalidResponse {
        /// What did not match.
        message: String,
        /// The response.
        response: Box<RawResponse>,
    },
    /// A body larger than [`ClientBuilder::max_response_body`] allows; reading stopped there.
    ResponseTooLarge {
        /// The response's status.
        status: StatusCode,
        /// The limit, in bytes.
        limit: usize,
    },
}

impl<E> Error<E> {
    /// The documented error, if this is one.
    pub fn api(&self) -> Option<&ErrorResponse<E>> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status, when a response was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::UnexpectedResponse(r) | Error::InvalidResponse { response: r, .. } => {
                Some(r.status)
            }
            Error::ResponseTooLarge { status, .. } => Some(*status),
            Error::Transport(e) => e.status(),
            Error::InvalidRequest(_) | Error::Auth(_) => None,
        }
    }

    fn invalid(status: StatusCode, headers: HeaderMap, body: Bytes, message: String) -> Self {
        Error::InvalidResponse {
            message,
            response: Box::new(RawResponse {
                status,
                headers,
                body,
            }),
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            Error::Auth(m) => write!(f, "no credential: {m}"),
            Error::Transport(e) => write!(f, "transport error: {e}"),
            Error::Api(e) => write!(f, "{}: {:?}", e.status, e.body),
            Error::UnexpectedResponse(r) => {
                write!(
                    f,
                    "unexpected response {}: {}",
                    r.status,
                    String::from_utf8_lossy(&r.body[..r.body.len().min(512)])
                )
            }
            Error::InvalidResponse { message, response } => {
                write!(f, "invalid {} response: {message}", response.status)
            }
            Error::ResponseTooLarge { status, limit } => {
                write!(
                    f,
                    "{status} response body is larger than the client's limit of {limit} bytes (see ClientBuilder::max_response_body)"
                )
            }
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    fn from(e: reqwest::Error) -> Self {
        Error::Transport(e)
    }
}

/// Builds a [`Client`].
pub struct ClientBuilder {
    base_url: String,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    user_agent: String,
    default_headers: HeaderMap,
    http: Option<reqwest::Client>,
    token: Option<Arc<dyn TokenProvider>>,
    credentials: Vec<(&'static str, Arc<dyn TokenProvider>)>,
    /// Whether a provider given to this builder may renew its credential (one that was
    /// replaced since still counts: the cost is a copy of each request, not a wrong answer).
    renewable: bool,
    retry: RetryPolicy,
    max_body: usize,
    signer: Option<crate::signatures::SigningKey>,
}

/// Whether a provider may give another credential after a 401: all but fixed tokens.
fn renews(provider: &(impl TokenProvider + 'static)) -> bool {
    !(provider as &dyn std::any::Any).is::<StaticToken>()
}

/// The client types of a generated crate: its `Client` (the runtime's, under the crate's own
/// name, so the generated operations can be its methods) and `ClientBuilder` (the runtime's
/// builder, whose `build` makes that `Client`, and to which the crate adds one credential
/// method per security scheme). The `User-Agent` names the generated crate.
#[doc(hidden)]
#[macro_export]
macro_rules! __client_types {
    () => {
        /// The API's client: one method per operation. Cheap to clone; clones share
        /// connections. It dereferences to the runtime's client (base URL, raw requests).
        #[derive(Clone, Debug)]
        pub struct Client($crate::client::Client);

        impl Client {
            /// A client for the API at `base_url` (which may include a path prefix).
            pub fn new(
                base_url: impl ::std::convert::Into<::std::string::String>,
            ) -> ::std::result::Result<Self, $crate::client::Error> {
                Self::builder(base_url).build()
            }

            /// A builder for a client of the API at `base_url`.
            pub fn builder(
                base_url: impl ::std::convert::Into<::std::string::String>,
            ) -> ClientBuilder {
                ClientBuilder(
                    $crate::client::Client::builder(base_url).user_agent(::std::concat!(
                        ::std::env!("CARGO_PKG_NAME"),
                        "/",
                        ::std::env!("CARGO_PKG_VERSION")
                    )),
                )
            }
        }

        impl ::std::ops::Deref for Client {
            type Target = $crate::client::Client;
            fn deref(&self) -> &Self::Target {
                &self.0
            }
        }

        impl ::std::convert::From<$crate::client::Client> for Client {
            fn from(client: $crate::client::Client) -> Self {
                Client(client)
            }
        }

        /// Builds a [`Client`].
        #[derive(Debug)]
        pub struct ClientBuilder($crate::client::ClientBuilder);

        impl ClientBuilder {
            /// A request timeout for every call (none by default; downloads may be long).
            pub fn timeout(self, timeout: ::std::time::Duration) -> Self {
                ClientBuilder(self.0.timeout(timeout))
            }

            /// A connect timeout (default 30 s).
            pub fn connect_timeout(self, timeout: ::std::time::Duration) -> Self {
                ClientBuilder(self.0.connect_timeout(timeout))
            }

            /// The `User-Agent` header (by default this crate's name and version).
            pub fn user_agent(
                self,
                user_agent: impl ::std::convert::Into<::std::string::String>,
            ) -> Self {
                ClientBuilder(self.0.user_agent(user_agent))
            }

            /// Headers sent with every request.
            pub fn default_headers(self, headers: $crate::client::HeaderMap) -> Self {
                ClientBuilder(self.0.default_headers(headers))
            }

            /// A `reqwest::Client` of your own (proxies, TLS roots, ...).
            pub fn http_client(self, client: $crate::deps::reqwest::Client) -> Self {
                ClientBuilder(self.0.http_client(client))
            }

            /// A bearer token for every scheme that has no credential of its own.
            pub fn bearer_token(self, token: impl ::std::convert::Into<$crate::Secret>) -> Self {
                ClientBuilder(self.0.bearer_token(token))
            }

            /// A provider of the credential for every scheme that has none of its own (for
            /// tokens that are refreshed).
            pub fn token_provider(
                self,
                provider: impl $crate::client::TokenProvider + 'static,
            ) -> Self {
                ClientBuilder(self.0.token_provider(provider))
            }

            /// The credential of one security scheme (its name in the spec).
            pub fn credential(
                self,
                scheme: &'static str,
                provider: impl $crate::client::TokenProvider + 'static,
            ) -> Self {
                ClientBuilder(self.0.credential(scheme, provider))
            }

            /// When to retry (429 and 503 on idempotent requests, by default).
            pub fn retry(self, policy: $crate::client::RetryPolicy) -> Self {
                ClientBuilder(self.0.retry(policy))
            }

            /// The largest response body read into memory (256 MiB by default).
            pub fn max_response_body(self, bytes: usize) -> Self {
                ClientBuilder(self.0.max_response_body(bytes))
            }

            /// Signs every request as a webhook (Standard Webhooks: `webhook-id`,
            /// `webhook-timestamp`, `webhook-signature`), for a sender of webhooks.
            pub fn signing_key(self, key: $crate::SigningKey) -> Self {
                ClientBuilder(self.0.signing_key(key))
            }

            /// The client.
            pub fn build(self) -> ::std::result::Result<Client, $crate::client::Error> {
                self.0.build().map(Client)
            }
        }
    };
}
#[doc(hidden)]
pub use crate::__client_types as client_types;

/// The default [`ClientBuilder::max_response_body`]: 256 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 256 << 20;

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("has_token", &self.token.is_some())
            .finish()
    }
}

impl ClientBuilder {
    /// A request timeout for every call (none by default; downloads may be long).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// A connect timeout (default 30 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// The `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Headers sent with every request.
    pub fn default_headers(mut self, headers: HeaderMap) -> Self {
        self.default_headers = headers;
        self
    }

    /// Use this `reqwest::Client` as is (timeouts, user agent and headers set here are then
    /// ignored). It should not follow redirects: the client reports documented redirects and
    /// follows them itself without leaking the token to other hosts.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// A fixed bearer token.
    pub fn bearer_token(self, token: impl Into<Secret>) -> Self {
        self.token_provider(StaticToken::new(token))
    }

    /// A credential provider, asked before every request that needs one, for every security
    /// scheme that has no provider of its own (see [`ClientBuilder::credential`]).
    pub fn token_provider(mut self, provider: impl TokenProvider + 'static) -> Self {
        self.renewable |= renews(&provider);
        self.token = Some(Arc::new(provider));
        self
    }

    /// `url` resolved against the base URL: a spec may name its token endpoint relative to
    /// the API. An absolute URL, or one that cannot be resolved, is returned as it is.
    pub fn resolve(&self, url: &str) -> String {
        reqwest::Url::parse(&self.base_url)
            .and_then(|base| base.join(url))
            .map(|u| u.to_string())
            .unwrap_or_else(|_| url.to_owned())
    }

    /// The credential for one security scheme (by its name in the spec). An operation that
    /// accepts several schemes uses the first, in the spec's order, that has a credential.
    pub fn credential(
        mut self,
        scheme: &'static str,
        provider: impl TokenProvider + 'static,
    ) -> Self {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.renewable |= renews(&provider);
        self.credentials.push((scheme, Arc::new(provider)));
        self
    }

    /// Signs every request as a webhook (see [`crate::signatures`]).
    pub fn signing_key(mut self, key: crate::signatures::SigningKey) -> Self {
        self.signer = Some(key);
        self
    }

    /// The retry policy (default: 3 retries of idempotent requests).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest response body the client reads into memory (JSON, text, errors), so a
    /// misbehaving server cannot make it allocate without bound; larger bodies fail with
    /// [`Error::ResponseTooLarge`]. Streamed downloads are not limited. Default
    /// [`DEFAULT_MAX_RESPONSE_BODY`].
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_body = bytes;
        self
    }

    /// Builds the client; fails on a base URL that cannot take a path.
    pub fn build(self) -> Result<Client, Error> {
        // Headers through which the user already sends a credential themselves.
        let supplied: Vec<String> = if self.http.is_some() {
            vec!["*".to_owned()]
        } else {
            self.default_headers
                .keys()
                .map(|k| k.as_str().to_owned())
                .collect()
        };
        let base = reqwest::Url::parse(&self.base_url)
            .map_err(|e| Error::InvalidRequest(format!("base URL `{}`: {e}", self.base_url)))?;
        if base.cannot_be_a_base() || !matches!(base.scheme(), "http" | "https") {
            return Err(Error::InvalidRequest(format!(
                "base URL `{}` must be http or https",
                self.base_url
            )));
        }
        let http = match self.http {
            Some(h) => h,
            None => {
                let mut b = reqwest::Client::builder()
                    .redirect(reqwest::redirect::Policy::none())
                    .user_agent(self.user_agent)
                    .default_headers(self.default_headers)
                    .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(30)));
                if let Some(t) = self.timeout {
                    b = b.timeout(t);
                }
                b.build()?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                renewable: self.renewable,
                token: self.token,
                credentials: self.credentials,
                supplied,
                retry: self.retry,
                max_body: self.max_body,
                signer: self.signer,
            }),
        })
    }
}

struct Inner {
    http: reqwest::Client,
    base: reqwest::Url,
    token: Option<Arc<dyn TokenProvider>>,
    credentials: Vec<(&'static str, Arc<dyn TokenProvider>)>,
    /// Lower-case names of the default headers (`*`: a user-built `reqwest::Client`, whose
    /// headers cannot be seen).
    supplied: Vec<String>,
    retry: RetryPolicy,
    max_body: usize,
    signer: Option<crate::signatures::SigningKey>,
    /// Whether any provider may renew a refused credential, so that a request is kept for a
    /// second sending (fixed tokens never are: the copy would be made for nothing).
    renewable: bool,
}

/// The body limit of the client that received a response, carried in its extensions when it
/// is not the default.
#[derive(Clone, Copy)]
struct BodyLimit(usize);

/// The API client. Cheap to clone; clones share connections.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base.as_str())
            .field("has_token", &self.inner.token.is_some())
            .field("retry", &self.inner.retry)
            .finish()
    }
}

/// One piece of a request path.
#[derive(Debug, Clone, Copy)]
pub enum PathPart<'a> {
    /// Literal template text; may hold several `/`-separated segments.
    Literal(&'a str),
    /// A parameter value, percent-encoded as one segment.
    Param(&'a str),
    /// A parameter already written in its style and percent-encoded (`label`, `matrix`).
    Encoded(&'a str),
}

/// A request as the generated code describes it.
pub struct RequestSpec<'a> {
    /// The operationId, for tracing.
    pub operation: &'static str,
    /// The path template, for tracing.
    pub template: &'static str,
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The path.
    pub path: &'a [PathPart<'a>],
    /// Query pairs, decoded (each parameter already written in its style).
    pub query: Vec<(String, String)>,
    /// Header pairs.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: RequestBody,
    /// How to authenticate.
    pub auth: Auth,
}

/// A request body.
pub enum RequestBody {
    /// No body.
    Empty,
    /// JSON text.
    Json(Vec<u8>),
    /// `application/x-www-form-urlencoded` text.
    Form(String),
    /// Plain text with a content type.
    Text(String, &'static str),
    /// Raw bytes with a content type (streamed).
    Binary(reqwest::Body, &'static str),
    /// A multipart form (streamed; not retried).
    Multipart(reqwest::multipart::Form),
}

impl RequestBody {
    /// Serializes a JSON body.
    pub fn json<T: serde::Serialize, E>(value: &T) -> Result<Self, Error<E>> {
        crate::primitives::to_request_json(value)
            .map(RequestBody::Json)
            .map_err(|e| Error::InvalidRequest(format!("body: {e}")))
    }

    /// Serializes a form body whose fields are text, lists and objects of text.
    pub fn form_fields<T: crate::primitives::ParamValue, E>(value: &T) -> Result<Self, Error<E>> {
        crate::primitives::write_form(value, true)
            .map(RequestBody::Form)
            .map_err(|e| Error::InvalidRequest(format!("body: {e}")))
    }

    /// Serializes a form body of another shape (fields that are not text as JSON text).
    pub fn form<T: serde::Serialize, E>(value: &T) -> Result<Self, Error<E>> {
        let text = serde_json::to_value(value)
            .ok()
            .and_then(|v| v.as_object().cloned())
            .map(|o| {
                let mut s = url::form_urlencoded::Serializer::new(String::new());
                for (k, v) in o {
                    let v = match v {
                        serde_json::Value::String(s) => s,
                        other => other.to_string(),
                    };
                    s.append_pair(&k, &v);
                }
                s.finish()
            })
            .ok_or_else(|| Error::InvalidRequest("form body must be an object".to_owned()))?;
        Ok(RequestBody::Form(text))
    }
}

impl Client {
    /// A client for the API at `base_url` (which may include a path prefix).
    pub fn new(base_url: impl Into<String>) -> Result<Self, Error> {
        Client::builder(base_url).build()
    }

    /// A builder for a client of the API at `base_url`.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            base_url: base_url.into(),
            timeout: None,
            connect_timeout: None,
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned(),
            default_headers: HeaderMap::new(),
            http: None,
            token: None,
            credentials: Vec::new(),
            renewable: false,
            retry: RetryPolicy::default(),
            max_body: DEFAULT_MAX_RESPONSE_BODY,
            signer: None,
        }
    }

    /// The base URL.
    pub fn base_url(&self) -> &reqwest::Url {
        &self.inner.base
    }

    /// The URL of a path below the base URL. Parameter values are percent-encoded whole
    /// (a `/` in a value stays inside its segment), and a parameter may share a segment with
    /// literal text (`/files/{name}.{ext}`).
    pub fn url(&self, path: &[PathPart<'_>]) -> reqwest::Url {
        let mut url = self.inner.base.clone();
        url.set_path(&self.path_text(path));
        url
    }

    fn path_text(&self, path: &[PathPart<'_>]) -> String {
        let prefix = self.inner.base.path().trim_end_matches('/');
        let len = path.iter().map(|p| match p {
            PathPart::Literal(t) | PathPart::Param(t) | PathPart::Encoded(t) => t.len(),
        });
        let mut full = String::with_capacity(prefix.len() + len.sum::<usize>() + 8);
        full.push_str(prefix);
        for part in path {
            match part {
                PathPart::Literal(text) => full.push_str(text),
                PathPart::Param(value) => encode_segment(value, &mut full),
                PathPart::Encoded(value) => full.push_str(value),
            }
        }
        if full.is_empty() {
            full.push('/');
        }
        full
    }

    /// Sends a request with credentials, retries and tracing; returns any response.
    pub async fn send<E>(&self, spec: RequestSpec<'_>) -> Result<reqwest::Response, Error<E>> {
        let full = self.path_text(spec.path);
        // URLs drop `.` and `..` segments (percent-encoded or not), so a parameter that makes
        // one would reach another resource: refused rather than sent.
        if full.contains("/.") && full.split('/').any(|segment| matches!(segment, "." | "..")) {
            return Err(Error::InvalidRequest(format!(
                "the path `{full}` has a `.` or `..` segment, which URLs remove; a path parameter cannot be `.` or `..`"
            )));
        }
        let mut url = self.inner.base.clone();
        url.set_path(&full);
        let mut builder = self.inner.http.request(spec.method.clone(), url);
        let mut query = spec.query;
        let mut headers = spec.headers;
        for (kind, token) in self.credential(spec.auth).await? {
            match kind {
                SchemeKind::ApiKeyQuery(name) => {
                    query.push((name.to_owned(), token.expose().to_owned()))
                }
                SchemeKind::ApiKeyCookie(name) => {
                    add_cookies(&mut headers, &[cookie(name, &token)?])
                }
                _ => {
                    if let Some((name, value)) = credential_header(kind, &token)? {
                        builder = builder.header(name, value);
                    }
                }
            }
        }
        if !query.is_empty() {
            builder = builder.query(&query);
        }
        for (name, value) in headers {
            builder = builder.header(name, value);
        }
        if let Some(key) = &self.inner.signer {
            let bytes: &[u8] = match &spec.body {
                RequestBody::Empty => b"",
                RequestBody::Json(bytes) => bytes,
                RequestBody::Form(text) | RequestBody::Text(text, _) => text.as_bytes(),
                RequestBody::Binary(..) | RequestBody::Multipart(_) => {
                    return Err(Error::InvalidRequest(
                        "a streamed body cannot be signed as a webhook".to_owned(),
                    ));
                }
            };
            for (name, value) in key.headers(bytes) {
                builder = builder.header(name, value);
            }
        }
        builder = match spec.body {
            RequestBody::Empty => builder,
            RequestBody::Json(bytes) => builder
                .header("Content-Type", "application/json")
                .body(bytes),
            RequestBody::Form(text) => builder
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(text),
            RequestBody::Text(text, ct) => builder.header("Content-Type", ct).body(text),
            RequestBody::Binary(body, ct) => builder.header("Content-Type", ct).body(body),
            RequestBody::Multipart(form) => builder.multipart(form),
        };
        let request = builder.build()?;
        let idempotent = !matches!(spec.method, reqwest::Method::POST | reqwest::Method::PATCH);
        // A refused credential that its provider can renew (an OAuth2 token revoked or expired
        // early) is renewed and the request sent once more, when its body can be replayed.
        let again = if self.inner.renewable {
            request.try_clone()
        } else {
            None
        };
        let resp = self
            .execute(request, spec.operation, spec.template, idempotent)
            .await?;
        if resp.status() != StatusCode::UNAUTHORIZED || !self.invalidate(spec.auth) {
            return Ok(resp);
        }
        let Some(mut again) = again else {
            return Ok(resp);
        };
        for (kind, token) in self.credential(spec.auth).await? {
            // Keys in the query or a cookie come from fixed providers, which never renew.
            if let Some((name, value)) = credential_header(kind, &token)? {
                again.headers_mut().insert(name, value);
            }
        }
        self.execute(again, spec.operation, spec.template, idempotent)
            .await
    }

    /// Tells the providers of an operation's schemes that their credential was refused;
    /// whether any of them may now give another.
    fn invalidate(&self, auth: Auth) -> bool {
        let mut renewed = false;
        for scheme in auth.requirements.iter().flat_map(|r| r.iter()) {
            let own = self
                .inner
                .credentials
                .iter()
                .find(|(name, _)| *name == scheme.name)
                .map(|(_, p)| p);
            if let Some(p) = own.or(self.inner.token.as_ref()) {
                renewed |= p.invalidate();
            }
        }
        renewed
    }

    /// The credentials to send: those of the first requirement, in the spec's order, for whose
    /// every scheme there is a provider (its own or the default one). Without one the request
    /// goes out bare when the operation allows anonymous calls or the user sends a credential's
    /// header themselves; otherwise it is refused before sending.
    async fn credential<E>(&self, auth: Auth) -> Result<Vec<(SchemeKind, Secret)>, Error<E>> {
        let provider = |scheme: &Scheme| {
            let own = self
                .inner
                .credentials
                .iter()
                .find(|(name, _)| *name == scheme.name)
                .map(|(_, p)| p);
            own.or(self.inner.token.as_ref())
        };
        for requirement in auth.requirements {
            if requirement.iter().all(|s| provider(s).is_some()) {
                let mut out = Vec::with_capacity(requirement.len());
                for scheme in *requirement {
                    if let Some(p) = provider(scheme) {
                        out.push((scheme.kind, p.token().await.map_err(Error::Auth)?));
                    }
                }
                return Ok(out);
            }
        }
        let supplied = |s: &Scheme| {
            s.kind.header().is_some_and(|h| {
                self.inner
                    .supplied
                    .iter()
                    .any(|x| x == "*" || x.eq_ignore_ascii_case(h))
            })
        };
        if auth.anonymous
            || auth
                .requirements
                .iter()
                .flat_map(|r| r.iter())
                .any(supplied)
        {
            return Ok(Vec::new());
        }
        let names: Vec<String> = auth
            .requirements
            .iter()
            .map(|r| r.iter().map(|s| s.name).collect::<Vec<_>>().join(" and "))
            .collect();
        Err(Error::Auth(format!(
            "the operation needs a credential ({}) and the client has none",
            names.join(" or ")
        )))
    }

    async fn execute<E>(
        &self,
        request: reqwest::Request,
        operation: &'static str,
        template: &'static str,
        idempotent: bool,
    ) -> Result<reqwest::Response, Error<E>> {
        let policy = &self.inner.retry;
        let retryable = idempotent || policy.retry_non_idempotent;
        let span = tracing::info_span!(
            "http_request",
            operation,
            method = %request.method(),
            path = template,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let attempts = async {
            let started = Instant::now();
            let mut attempt = 0u32;
            let mut pending = Some(request);
            loop {
                let Some(current) = pending.take() else {
                    return Err(Error::InvalidRequest(
                        "request could not be repeated".to_owned(),
                    ));
                };
                // A streamed body cannot be replayed; such requests get one attempt.
                let spare = if retryable && attempt < policy.max_retries {
                    current.try_clone()
                } else {
                    None
                };
                let outcome = self.inner.http.execute(current).await;
                let wait = match &outcome {
                    Ok(resp) if spare.is_some() && matches!(resp.status().as_u16(), 429 | 503) => {
                        Some(
                            retry_after(resp.headers())
                                .unwrap_or_else(|| policy.backoff(attempt))
                                .min(policy.max_backoff),
                        )
                    }
                    Err(e) if spare.is_some() && (e.is_connect() || e.is_timeout()) => {
                        Some(policy.backoff(attempt))
                    }
                    _ => None,
                };
                match wait {
                    Some(wait) => {
                        tracing::debug!(attempt, wait_ms = wait.as_millis() as u64, "retrying");
                        tokio::time::sleep(wait).await;
                        attempt += 1;
                        pending = spare;
                    }
                    None => {
                        let span = tracing::Span::current();
                        span.record("attempts", attempt + 1);
                        span.record("duration_ms", started.elapsed().as_millis() as u64);
                        let mut resp = outcome?;
                        // The default limit travels without an entry (which would allocate
                        // the extensions map for every response).
                        if self.inner.max_body != DEFAULT_MAX_RESPONSE_BODY {
                            resp.extensions_mut().insert(BodyLimit(self.inner.max_body));
                        }
                        span.record("status", resp.status().as_u16());
                        tracing::debug!(status = resp.status().as_u16(), "response");
                        return Ok(resp);
                    }
                }
            }
        };
        tracing::Instrument::instrument(attempts, span).await
    }

    /// Fetches an absolute URL given by the server (a next-page link, a redirect). The
    /// credential is sent only when the URL is on the API's own origin.
    pub async fn get_absolute<E>(
        &self,
        url: &str,
        operation: &'static str,
        auth: Auth,
    ) -> Result<reqwest::Response, Error<E>> {
        self.get_absolute_with(url, operation, auth, &[]).await
    }

    /// [`get_absolute`](Self::get_absolute) with more headers (`Last-Event-ID`, say).
    pub async fn get_absolute_with<E>(
        &self,
        url: &str,
        operation: &'static str,
        auth: Auth,
        headers: &[(&'static str, String)],
    ) -> Result<reqwest::Response, Error<E>> {
        let target = self
            .inner
            .base
            .join(url)
            .map_err(|e| Error::InvalidRequest(format!("link `{url}`: {e}")))?;
        let same_origin = target.origin() == self.inner.base.origin();
        let mut builder = self.inner.http.get(target.clone());
        for (name, value) in headers {
            builder = builder.header(*name, value);
        }
        if same_origin {
            for (kind, token) in self.credential(auth).await? {
                builder = match kind {
                    SchemeKind::ApiKeyQuery(name) => builder.query(&[(name, token.expose())]),
                    SchemeKind::ApiKeyCookie(name) => {
                        builder.header("Cookie", cookie(name, &token)?)
                    }
                    _ => match credential_header(kind, &token)? {
                        Some((name, value)) => builder.header(name, value),
                        None => builder,
                    },
                };
            }
        }
        let request = builder.build()?;
        self.execute(request, operation, "(link)", true).await
    }

    /// Follows a documented redirect to its target and streams the body, without sending the
    /// credential to another host.
    pub async fn fetch_redirect<E>(
        &self,
        location: &str,
        auth: Auth,
    ) -> Result<ByteStream, Error<E>> {
        let mut url = location.to_owned();
        for _ in 0..10 {
            let resp = self.get_absolute::<E>(&url, "fetch_redirect", auth).await?;
            let status = resp.status();
            if status.is_redirection() {
                match resp.headers().get("location").and_then(|v| v.to_str().ok()) {
                    Some(next) => {
                        url = self
                            .inner
                            .base
                            .join(&url)
                            .and_then(|u| u.join(next))
                            .map(|u| u.to_string())
                            .unwrap_or_else(|_| next.to_owned());
                        continue;
                    }
                    None => return Err(unexpected(resp).await),
                }
            }
            if status.is_success() {
                return Ok(ByteStream::new(resp));
            }
            return Err(unexpected(resp).await);
        }
        Err(Error::InvalidRequest(format!(
            "too many redirects from `{location}`"
        )))
    }
}

/// The header a credential travels in, marked sensitive (kept out of HTTP/2 header tables
/// and shown as `Sensitive` by `Debug`); `None` for keys in the query or a cookie.
fn credential_header<E>(
    kind: SchemeKind,
    token: &Secret,
) -> Result<Option<(reqwest::header::HeaderName, reqwest::header::HeaderValue)>, Error<E>> {
    let (name, value) = match kind {
        SchemeKind::Bearer => ("authorization", format!("Bearer {}", token.expose())),
        SchemeKind::Basic => ("authorization", format!("Basic {}", token.expose())),
        SchemeKind::ApiKeyHeader(name) => (name, token.expose().to_owned()),
        SchemeKind::ApiKeyQuery(_) | SchemeKind::ApiKeyCookie(_) => return Ok(None),
    };
    let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
        .map_err(|e| Error::Auth(format!("`{name}` is not a header name: {e}")))?;
    let mut value = reqwest::header::HeaderValue::from_str(&value)
        .map_err(|e| Error::Auth(format!("the credential is not a header value: {e}")))?;
    value.set_sensitive(true);
    Ok(Some((name, value)))
}

/// A credential as one `name=value` cookie piece.
fn cookie<E>(name: &str, token: &Secret) -> Result<String, Error<E>> {
    let mut pieces = Vec::with_capacity(1);
    crate::primitives::write_cookie(&mut pieces, name, false, &token.expose().to_owned())
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
    Ok(pieces.join("; "))
}

/// Adds cookie pieces to the request's one `Cookie` header.
fn add_cookies(headers: &mut Vec<(&'static str, String)>, pieces: &[String]) {
    match headers
        .iter_mut()
        .find(|(name, _)| name.eq_ignore_ascii_case("cookie"))
    {
        Some((_, value)) => {
            for p in pieces {
                value.push_str("; ");
                value.push_str(p);
            }
        }
        None => headers.push(("Cookie", pieces.join("; "))),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn encode_segment(value: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get("retry-after")?.to_str().ok()?;
    parse_retry_after(value, time::OffsetDateTime::now_utc())
}

/// `Retry-After` as delay-seconds or as an HTTP-date (RFC 9110 §10.2.3), in any of the three
/// date forms a recipient must accept; a date in the past means "now".
fn parse_retry_after(value: &str, now: time::OffsetDateTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = http_date(value)?;
    Some(Duration::try_from(at - now).unwrap_or(Duration::ZERO))
}

/// An HTTP-date: IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the obsolete RFC 850 form
/// (`Sunday, 06-Nov-94 08:49:37 GMT`) or C's asctime (`Sun Nov  6 08:49:37 1994`), all in UTC.
fn http_date(value: &str) -> Option<time::OffsetDateTime> {
    use time::macros::format_description;
    let imf = format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let asctime = format_description!(
        "[weekday repr:short] [month repr:short] [day padding:space] [hour]:[minute]:[second] [year]"
    );
    let rfc850 = format_description!(
        "[weekday], [day]-[month repr:short]-[year] [hour]:[minute]:[second] GMT"
    );
    let parsed = time::PrimitiveDateTime::parse(value, &imf)
        .or_else(|_| time::PrimitiveDateTime::parse(value, &asctime))
        .ok()
        .or_else(|| {
            // RFC 850 has a two-digit year: one that looks more than 50 years ahead is in the
            // past century (RFC 9110 §5.6.7).
            let (head, rest) = value.split_once(", ")?;
            let (date, time_part) = rest.split_once(' ')?;
            let mut date = date.splitn(3, '-');
            let (day, month, year) = (date.next()?, date.next()?, date.next()?);
            let yy: i32 = year.parse().ok().filter(|_| year.len() == 2)?;
            let this_year = time::OffsetDateTime::now_utc().year();
            let mut full = this_year - this_year % 100 + yy;
            if full > this_year + 50 {
                full -= 100;
            }
            let text = format!("{head}, {day}-{month}-{full} {time_part}");
            time::PrimitiveDateTime::parse(&text, &rfc850).ok()
        })?;
    Some(parsed.assume_utc())
}

/// Reads a whole body, up to the client's limit.
async fn read_body<E>(mut resp: reqwest::Response) -> Result<Bytes, Error<E>> {
    let status = resp.status();
    let limit = resp
        .extensions()
        .get::<BodyLimit>()
        .map_or(DEFAULT_MAX_RESPONSE_BODY, |l| l.0);
    let too_large = || Error::ResponseTooLarge { status, limit };
    if resp.content_length().is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    // Most bodies arrive in one chunk: that chunk is the body, with no copy.
    let Some(first) = resp.chunk().await? else {
        return Ok(Bytes::new());
    };
    if first.len() > limit {
        return Err(too_large());
    }
    let Some(second) = resp.chunk().await? else {
        return Ok(first);
    };
    let expected = resp.content_length().map_or(0, |n| n as usize).min(limit);
    let mut body = bytes::BytesMut::with_capacity(expected.max(first.len() + second.len()));
    body.extend_from_slice(&first);
    let mut next = Some(second);
    while let Some(chunk) = next {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
        next = resp.chunk().await?;
    }
    Ok(body.freeze())
}

/// Reads a JSON success body.
pub async fn json<T: serde::de::DeserializeOwned, E>(
    resp: reqwest::Response,
) -> Result<T, Error<E>> {
    let status = resp.status();
    let body = read_body(resp).await?;
    let bytes: &[u8] = if body.is_empty() { b"null" } else { &body };
    serde_json::from_slice(bytes)
        .map_err(|e| Error::invalid(status, HeaderMap::new(), body.clone(), e.to_string()))
}

/// Reads a text success body.
pub async fn text<E>(resp: reqwest::Response) -> Result<String, Error<E>> {
    let body = read_body(resp).await?;
    Ok(String::from_utf8_lossy(&body).into_owned())
}

/// Decodes a documented error; a body of another shape becomes `UnexpectedResponse`.
pub async fn api_error<E: serde::de::DeserializeOwned>(resp: reqwest::Response) -> Error<E> {
    let status = resp.status();
    let headers = resp.headers().clone();
    match read_body::<E>(resp).await {
        Ok(body) => match serde_json::from_slice::<E>(&body) {
            Ok(decoded) => Error::Api(Box::new(ErrorResponse {
                status,
                headers,
                body: decoded,
            })),
            Err(_) => Error::UnexpectedResponse(Box::new(RawResponse {
                status,
                headers,
                body,
            })),
        },
        Err(e) => e,
    }
}

/// A response the operation does not document, kept whole.
pub async fn unexpected<E>(resp: reqwest::Response) -> Error<E> {
    let status = resp.status();
    let headers = resp.headers().clone();
    match read_body::<E>(resp).await {
        Ok(body) => Error::UnexpectedResponse(Box::new(RawResponse {
            status,
            headers,
            body,
        })),
        Err(e) => e,
    }
}

/// A JSON value as text, for a multipart part.
pub fn json_text<T: serde::Serialize, E>(value: &T) -> Result<String, Error<E>> {
    crate::primitives::to_request_json(value)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .map_err(|e| Error::InvalidRequest(format!("body: {e}")))
}

/// Decodes a successful `application/x-www-form-urlencoded` body.
pub async fn form<T: crate::primitives::ParamValue, E>(
    resp: reqwest::Response,
) -> Result<T, Error<E>> {
    let status = resp.status();
    let headers = resp.headers().clone();
    let body = read_body::<E>(resp).await?;
    crate::primitives::read_form(&body)
        .map_err(|why| Error::invalid(status, headers, body, format!("form body {why}")))
}

/// Reads a documented response header.
pub fn header<T: crate::primitives::QueryValue, E>(
    resp: &reqwest::Response,
    name: &str,
) -> Result<Option<T>, Error<E>> {
    let Some(value) = resp.headers().get(name) else {
        return Ok(None);
    };
    let bad = |why: String| {
        Error::invalid(
            resp.status(),
            resp.headers().clone(),
            Bytes::new(),
            format!("header `{name}` {why}"),
        )
    };
    let text = value.to_str().map_err(|_| bad("is not text".to_owned()))?;
    T::from_query(text).map(Some).map_err(bad)
}

/// A header the spec says is always sent.
pub fn required_header<T: crate::primitives::QueryValue, E>(
    resp: &reqwest::Response,
    name: &str,
) -> Result<T, Error<E>> {
    header(resp, name)?.ok_or_else(|| {
        Error::invalid(
            resp.status(),
            resp.headers().clone(),
            Bytes::new(),
            format!("required header `{name}` is missing"),
        )
    })
}

/// A stream of every item of a paginated list: fetches `first`, then follows each page's
/// next link until there is none. Pages are fetched lazily, one at a time.
pub fn paginate<'a, P, T, E>(
    client: &'a Client,
    first: BoxFuture<'a, Result<P, Error<E>>>,
    split: fn(P) -> (Vec<T>, Option<String>),
    operation: &'static str,
    auth: Auth,
) -> Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'a>>
where
    P: serde::de::DeserializeOwned + Send + 'a,
    T: Send + 'a,
    E: serde::de::DeserializeOwned + Send + 'a,
{
    enum Next<'a, P, E> {
        First(BoxFuture<'a, Result<P, Error<E>>>),
        Link(String),
        Done,
    }
    let state = (Next::First(first), VecDeque::<T>::new());
    Box::pin(futures_util::stream::unfold(
        state,
        move |(mut next, mut buffer)| async move {
            loop {
                if let Some(item) = buffer.pop_front() {
                    return Some((Ok(item), (next, buffer)));
                }
                let page = match std::mem::replace(&mut next, Next::Done) {
                    Next::Done => return None,
                    Next::First(fut) => fut.await,
                    Next::Link(url) => {
                        match client.get_absolute::<E>(&url, operation, auth).await {
                            Ok(resp) if resp.status().is_success() => json::<P, E>(resp).await,
                            Ok(resp) => Err(api_error::<E>(resp).await),
                            Err(e) => Err(e),
                        }
                    }
                };
                match page {
                    Ok(page) => {
                        let (items, link) = split(page);
                        buffer.extend(items);
                        if let Some(link) = link {
                            next = Next::Link(link);
                        }
                    }
                    Err(e) => return Some((Err(e), (Next::Done, buffer))),
                }
            }
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::{FnToken, StaticToken, encode_segment, parse_retry_after, renews};
    use std::time::Duration;

    #[test]
    fn only_fixed_tokens_are_known_never_to_renew() {
        assert!(!renews(&StaticToken::new("t")));
        let oauth2 =
            crate::oauth2::OAuth2::client_credentials("https://id.example/token", "id", "secret");
        assert!(
            renews(&oauth2),
            "a token fetched from a token endpoint may be renewed"
        );
        let other = FnToken(|| async { Ok("t".into()) });
        assert!(renews(&other), "a provider of the user's may renew");
    }

    #[test]
    fn credentials_in_headers_are_marked_sensitive() {
        use crate::auth::{SchemeKind, Secret};
        let token = Secret::from("s3cret");
        for (kind, name, text) in [
            (SchemeKind::Bearer, "authorization", "Bearer s3cret"),
            (SchemeKind::Basic, "authorization", "Basic s3cret"),
            (SchemeKind::ApiKeyHeader("X-Api-Key"), "x-api-key", "s3cret"),
        ] {
            let (n, v) = super::credential_header::<()>(kind, &token)
                .unwrap()
                .unwrap();
            assert_eq!((n.as_str(), v.to_str().unwrap()), (name, text));
            assert!(v.is_sensitive(), "{name} is sensitive");
            assert!(!format!("{v:?}").contains("s3cret"));
        }
        let query = SchemeKind::ApiKeyQuery("key");
        assert!(
            super::credential_header::<()>(query, &token)
                .unwrap()
                .is_none()
        );
        let bad = Secret::from("line\nbreak");
        assert!(super::credential_header::<()>(SchemeKind::Bearer, &bad).is_err());
    }

    #[test]
    fn path_segments_are_percent_encoded_whole() {
        let mut out = String::new();
        encode_segment("a b/ü~.-_%", &mut out);
        assert_eq!(out, "a%20b%2F%C3%BC~.-_%25");
    }

    #[test]
    fn retry_after_reads_seconds_and_every_http_date_form() {
        let now = time::macros::datetime!(1994-11-06 08:49:30 UTC);
        let in_7s = Some(Duration::from_secs(7));
        assert_eq!(parse_retry_after("7", now), in_7s);
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now),
            in_7s
        );
        assert_eq!(
            parse_retry_after("Sunday, 06-Nov-94 08:49:37 GMT", now),
            in_7s
        );
        assert_eq!(parse_retry_after("Sun Nov  6 08:49:37 1994", now), in_7s);
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:00:00 GMT", now),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:37 PST", now),
            None
        );
    }
}
