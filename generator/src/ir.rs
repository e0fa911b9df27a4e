//! The intermediate representation: plain, ordered data describing an API's types and
//! operations. It knows neither YAML nor `openapiv3` nor Rust tokens; `lower` builds it and the
//! emitters read it. Every name is kept twice: as sent on the wire and as a Rust identifier.

use serde_json::Value;

/// A whole API.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    /// `info.title`.
    pub title: String,
    /// `info.version`.
    pub version: String,
    /// `info.description`.
    pub description: Option<String>,
    /// Every named type, sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Every operation, in path order then method order.
    pub operations: Vec<Operation>,
    /// The OAuth2 and OpenID Connect schemes the operations use, by scheme name: where the
    /// client gets its tokens.
    pub oauth2: Vec<OAuth2>,
    /// The `servers` URLs, server variables replaced by their defaults.
    pub servers: Vec<String>,
    /// Requests the API sends rather than receives: 3.1 `webhooks` and the operations'
    /// `callbacks`, each as an operation at `/<name>` of the receiver's base URL.
    pub webhooks: Vec<Operation>,
}

/// Where an OAuth2 or OpenID Connect scheme's tokens come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OAuth2 {
    /// The security scheme's name.
    pub scheme: String,
    /// The `clientCredentials` flow's `tokenUrl`.
    pub client_credentials: Option<String>,
    /// The `tokenUrl` where a refresh token (from `authorizationCode` or `password`) is
    /// exchanged: the flow's `refreshUrl`, else its `tokenUrl`.
    pub refresh: Option<String>,
    /// `openIdConnectUrl`: the discovery document naming the token endpoint.
    pub discovery: Option<String>,
    /// The scopes the spec's operations require under this scheme, sorted.
    pub scopes: Vec<String>,
}

/// A name as written in the spec and as a Rust identifier (without `r#`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Name {
    /// As on the wire (a JSON key, a query parameter, an enum value, an operationId).
    pub wire: String,
    /// As a Rust identifier; raw identifiers are marked by the emitter, not here.
    pub rust: String,
}

/// Documentation gathered from `title`, `description`, `example` and friends.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Docs {
    /// A one-line summary (`summary` or `title`).
    pub summary: Option<String>,
    /// The long description.
    pub description: Option<String>,
    /// An example value, rendered as JSON.
    pub example: Option<String>,
    /// Marked `deprecated: true`.
    pub deprecated: bool,
}

impl Docs {
    /// The same docs without their text: only a deprecation, which is an attribute of the
    /// item rather than prose, stays.
    pub fn text_free(&self) -> Docs {
        Docs {
            deprecated: self.deprecated,
            ..Docs::default()
        }
    }
}

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// The Rust type name.
    pub name: String,
    /// JSON pointer of the schema this type comes from.
    pub origin: String,
    /// Its documentation.
    pub docs: Docs,
    /// What it is.
    pub kind: TypeKind,
}

/// The shapes a named type can take.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    /// An object with known properties.
    Struct(Struct),
    /// A string enum.
    Enum(Enum),
    /// `oneOf`/`anyOf`.
    Union(Union),
    /// Another name for a type (a named primitive, array or map).
    Alias(TypeRef),
    /// A wrapper around a type that contains itself through an array or map (`A = [A]`):
    /// Rust aliases cannot be recursive, so this is a single-field struct, transparent in JSON.
    Newtype(TypeRef),
    /// A query-parameter set of one operation (generated for every operation with query
    /// parameters, so clients and servers share it).
    Query(Vec<Param>),
    /// A type the user already has (the schema's `x-rust-type`): generated code names it
    /// instead of generating one.
    User(UserType),
}

/// A Rust type of the user's, named by a schema's `x-rust-type` (typify's extension:
/// `{crate, version, path, parameters}`).
#[derive(Debug, Clone, PartialEq)]
pub struct UserType {
    /// The crate that defines it, as a Cargo package name (`my-types`).
    pub krate: String,
    /// Its version requirement (`1`, `0.4`); standalone crates depend on it.
    pub version: String,
    /// Its path, checked to be a Rust type path (`my_types::Money`, `::uuid::Uuid`).
    pub path: String,
    /// Its generic arguments, in order.
    pub parameters: Vec<TypeRef>,
}

/// An object type.
#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    /// Its properties, in spec order.
    pub fields: Vec<Field>,
    /// `additionalProperties` with a schema: the type of the extra values, kept in a flattened map.
    pub additional: Option<TypeRef>,
    /// `additionalProperties: false`: a server rejects unknown keys (clients still accept them).
    pub closed: bool,
    /// Sent as a PATCH body: an absent field means "leave unchanged", so the spec's defaults
    /// are not filled in when it is read.
    pub patch: bool,
}

/// Whether a field must be present and whether it may be `null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null.
    Required,
    /// Always present, may be null.
    RequiredNullable,
    /// May be absent, never null.
    Optional,
    /// May be absent or null, and the two mean different things (e.g. `null` deletes).
    OptionalNullable,
}

/// One property of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// JSON key and Rust field name.
    pub name: Name,
    /// Its documentation.
    pub docs: Docs,
    /// Its type, without the nullability (see `presence`).
    pub ty: TypeRef,
    /// Required and nullable, kept apart.
    pub presence: Presence,
    /// Hidden from `Debug` output.
    pub sensitive: bool,
    /// `readOnly`: sent by servers only (so never required: requests leave it out).
    pub read_only: bool,
    /// `writeOnly`: sent by clients only (so never required: responses leave it out).
    pub write_only: bool,
    /// Must be boxed to break a recursive type.
    pub boxed: bool,
    /// The spec's `default`.
    pub default: Option<Value>,
    /// Validation rules.
    pub constraints: Constraints,
}

/// A string enum. Enums are open: values added later by a server are kept, not rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    /// The known values.
    pub variants: Vec<Name>,
}

/// A `oneOf`/`anyOf`.
#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    /// The alternatives, in spec order.
    pub variants: Vec<UnionVariant>,
    /// The discriminator property, when the spec names one.
    pub discriminator: Option<String>,
}

impl Union {
    /// Whether every alternative is one scalar (a primitive, an enum, or such a union), so the
    /// union has a text form in parameters: the text of the alternative it holds.
    /// `kind` looks a named type up; aliases are followed.
    pub fn is_scalar<'a>(&'a self, kind: &impl Fn(&str) -> Option<&'a TypeKind>) -> bool {
        fn scalar<'a>(
            u: &'a Union,
            kind: &impl Fn(&str) -> Option<&'a TypeKind>,
            depth: u8,
        ) -> bool {
            u.discriminator.is_none()
                && depth < 8
                && u.variants.iter().all(|v| {
                    let mut ty = &v.ty;
                    for _ in 0..32 {
                        match ty {
                            TypeRef::Named(n) => match kind(n) {
                                Some(TypeKind::Alias(inner)) => ty = inner,
                                Some(TypeKind::Enum(_)) => return true,
                                Some(TypeKind::Union(inner)) => {
                                    return scalar(inner, kind, depth + 1);
                                }
                                _ => return false,
                            },
                            TypeRef::Array(_)
                            | TypeRef::Map(_)
                            | TypeRef::Nullable(_)
                            | TypeRef::Json => return false,
                            _ => return true,
                        }
                    }
                    false
                })
        }
        scalar(self, kind, 0)
    }
}

/// One alternative of a union.
#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    /// The Rust variant name.
    pub name: String,
    /// The discriminator values that select it.
    pub tags: Vec<String>,
    /// Its type.
    pub ty: TypeRef,
    /// Boxed to break recursion.
    pub boxed: bool,
}

/// A reference to a type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TypeRef {
    /// `string`.
    String,
    /// `integer`, `int32`.
    I32,
    /// `integer` (default), `int64`.
    I64,
    /// `number`, `float`.
    F32,
    /// `number` (default), `double`.
    F64,
    /// `boolean`.
    Bool,
    /// `format: date-time`.
    DateTime,
    /// `format: date`.
    Date,
    /// `format: uuid`.
    Uuid,
    /// `format: binary`: raw bytes (inside JSON, a string of text).
    Bytes,
    /// `format: byte`: bytes sent as base64 text.
    Base64,
    /// Anything: a schema that cannot be typed more precisely.
    Json,
    /// A named type.
    Named(String),
    /// An array.
    Array(Box<TypeRef>),
    /// An object used as a map from string keys.
    Map(Box<TypeRef>),
    /// A nullable type inside an array or map (fields use `Presence` instead).
    Nullable(Box<TypeRef>),
}

impl TypeRef {
    /// The named type this reference leads to through arrays, maps and nullability.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeRef::Named(n) => Some(n),
            TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) => t.named(),
            _ => None,
        }
    }
}

impl TypeKind {
    /// Every type reference the type holds directly.
    pub fn refs(&self) -> Vec<&TypeRef> {
        match self {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .map(|f| &f.ty)
                .chain(&s.additional)
                .collect(),
            TypeKind::Union(u) => u.variants.iter().map(|v| &v.ty).collect(),
            TypeKind::Alias(t) | TypeKind::Newtype(t) => vec![t],
            TypeKind::Query(params) => params.iter().map(|p| &p.ty).collect(),
            TypeKind::User(u) => u.parameters.iter().collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    }
}

/// Validation rules from the schema, applied by servers (and clients for parameters).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    /// `minimum` (inclusive unless `exclusive_minimum`).
    pub minimum: Option<f64>,
    /// `maximum` (inclusive unless `exclusive_maximum`).
    pub maximum: Option<f64>,
    /// `exclusiveMinimum: true`.
    pub exclusive_minimum: bool,
    /// `exclusiveMaximum: true`.
    pub exclusive_maximum: bool,
    /// `minLength`.
    pub min_length: Option<usize>,
    /// `maxLength`.
    pub max_length: Option<usize>,
    /// `pattern` (ECMA regex, kept for docs).
    pub pattern: Option<String>,
    /// `minItems`.
    pub min_items: Option<usize>,
    /// `maxItems`.
    pub max_items: Option<usize>,
    /// `enum` on a non-string type (e.g. `[true]`).
    pub allowed: Vec<Value>,
    /// Rules of each array item or map value (`items`, `additionalProperties`).
    pub items: Option<Box<Constraints>>,
}

impl Constraints {
    /// No rule at all.
    pub fn is_empty(&self) -> bool {
        *self == Constraints::default()
    }
}

/// An HTTP method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// GET
    Get,
    /// PUT
    Put,
    /// POST
    Post,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// HEAD
    Head,
    /// PATCH
    Patch,
    /// TRACE
    Trace,
}

impl Method {
    /// The upper-case method name.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// Safe to repeat (RFC 9110 §9.2.2).
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post | Method::Patch)
    }
}

/// One operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    /// `operationId` (synthesized from method and path when missing) and the Rust method name.
    pub name: Name,
    /// The type-name stem for this operation's generated types (`GetDroplet`).
    pub type_stem: String,
    /// HTTP method.
    pub method: Method,
    /// The path template as written (`/v3/droplets/{guid}`).
    pub path: String,
    /// The template split into literal and parameter segments.
    pub segments: Vec<PathSegment>,
    /// Its documentation.
    pub docs: Docs,
    /// Path parameters, in template order.
    pub path_params: Vec<Param>,
    /// Query parameters; when non-empty the query type `query_type` holds them.
    pub query_params: Vec<Param>,
    /// The name of the shared query type, when there are query parameters.
    pub query_type: Option<String>,
    /// Header parameters.
    pub header_params: Vec<Param>,
    /// Cookie parameters (sent together in one `Cookie` header).
    pub cookie_params: Vec<Param>,
    /// The request body.
    pub body: Option<RequestBody>,
    /// Documented responses with a status code or range, sorted by status.
    pub responses: Vec<Response>,
    /// The `default` response.
    pub default_response: Option<Response>,
    /// The security requirements, in the spec's order: any one of them will do, and a
    /// requirement with several schemes needs all of them.
    pub auth: Vec<Vec<Auth>>,
    /// It may also be called without credentials (no `security`, or `{}` among them).
    pub anonymous: bool,
    /// List operations whose body links to the next page.
    pub pagination: Option<Pagination>,
    /// The spec's `tags`, in spec order (a standalone crate has a cargo feature per tag).
    pub tags: Vec<String>,
    /// Marked `x-stability: experimental`: it may change in any release, so the
    /// breaking-change report exempts it from the wire checks.
    pub experimental: bool,
}

impl Operation {
    /// The JSON pointer of the operation in the spec (`/paths/~1v3~1droplets/get`).
    pub fn pointer(&self) -> String {
        let method = self.method.as_str().to_ascii_lowercase();
        crate::diagnostics::pointer_join("/paths", &[&self.path, &method])
    }

    /// Every security scheme the operation names, once each, in the spec's order.
    pub fn schemes(&self) -> Vec<&Auth> {
        let mut out: Vec<&Auth> = Vec::new();
        for a in self.auth.iter().flatten() {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    /// Every type reference the operation holds: parameters, bodies, response headers, and
    /// its query type.
    pub fn refs(&self) -> Vec<TypeRef> {
        let mut out: Vec<TypeRef> = self
            .path_params
            .iter()
            .chain(&self.query_params)
            .chain(&self.header_params)
            .chain(&self.cookie_params)
            .map(|p| p.ty.clone())
            .collect();
        out.extend(self.query_type.iter().map(|q| TypeRef::Named(q.clone())));
        let mut body = |b: &BodyContent| match b {
            BodyContent::Json(t) | BodyContent::Form(t) => out.push(t.clone()),
            BodyContent::Multipart(fields) => {
                for f in fields {
                    if let PartKind::Value(t) = &f.kind {
                        out.push(t.clone());
                    }
                }
            }
            BodyContent::EventStream { item, .. } => out.push(item.clone()),
            BodyContent::Binary(_) | BodyContent::Text(_) => {}
        };
        if let Some(b) = &self.body {
            body(&b.content);
        }
        for r in self.responses.iter().chain(&self.default_response) {
            if let Some(b) = &r.body {
                body(b);
            }
        }
        for r in self.responses.iter().chain(&self.default_response) {
            out.extend(r.headers.iter().map(|h| h.ty.clone()));
        }
        out
    }
}

/// A segment of a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSegment {
    /// Literal text (may contain `/`).
    Literal(String),
    /// The path parameter with this index in `path_params`.
    Param(usize),
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamLocation {
    /// In the path.
    Path,
    /// In the query string.
    Query,
    /// In a header.
    Header,
    /// In the `Cookie` header.
    Cookie,
}

/// How a parameter is written (OpenAPI's `style`; `explode` is kept beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamStyle {
    /// `form` (query, cookie).
    Form,
    /// `spaceDelimited` (query).
    SpaceDelimited,
    /// `pipeDelimited` (query).
    PipeDelimited,
    /// `deepObject` (query).
    DeepObject,
    /// `simple` (path, header).
    Simple,
    /// `label` (path).
    Label,
    /// `matrix` (path).
    Matrix,
    /// `content: application/json` (or a value no style can write): JSON text.
    Json,
}

/// A parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// Wire name and Rust field/argument name.
    pub name: Name,
    /// Where it goes.
    pub location: ParamLocation,
    /// Its type: a scalar, a list of scalars, a map or a struct (see `style`).
    pub ty: TypeRef,
    /// Must be given.
    pub required: bool,
    /// Its documentation.
    pub docs: Docs,
    /// How the value is written.
    pub style: ParamStyle,
    /// `explode` (its default depends on the style).
    pub explode: bool,
    /// Validation rules of the parameter (for arrays: of each item in `item_constraints`).
    pub constraints: Constraints,
    /// Validation rules of each array item.
    pub item_constraints: Constraints,
    /// The spec's `default`.
    pub default: Option<Value>,
    /// Hidden from logs and `Debug`.
    pub sensitive: bool,
}

/// A request body.
#[derive(Debug, Clone, PartialEq)]
pub struct RequestBody {
    /// `requestBody.required`.
    pub required: bool,
    /// Its documentation.
    pub docs: Docs,
    /// What it carries.
    pub content: BodyContent,
}

/// The kinds of body an operation can send or receive.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyContent {
    /// JSON of this type.
    Json(TypeRef),
    /// `multipart/form-data`.
    Multipart(Vec<MultipartField>),
    /// `application/x-www-form-urlencoded` of this type.
    Form(TypeRef),
    /// Raw bytes of this media type (streamed).
    Binary(String),
    /// Plain text of this media type.
    Text(String),
    /// `text/event-stream` (responses): server-sent events whose `data` is of this type
    /// (the media type's `itemSchema`, else its `schema`); `text` when that type is text,
    /// sent as is rather than as JSON.
    EventStream {
        /// The type of each event's data.
        item: TypeRef,
        /// The data is text, not JSON.
        text: bool,
    },
}

/// A field of a multipart body.
#[derive(Debug, Clone, PartialEq)]
pub struct MultipartField {
    /// The part name.
    pub name: Name,
    /// Its documentation.
    pub docs: Docs,
    /// A file (streamed) or a value (sent as text/JSON).
    pub kind: PartKind,
    /// Must be sent.
    pub required: bool,
}

/// What a multipart part holds.
#[derive(Debug, Clone, PartialEq)]
pub enum PartKind {
    /// Binary content, streamed.
    File,
    /// A value of this type, sent as text (strings, numbers) or JSON (objects).
    Value(TypeRef),
}

/// A response status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// One code.
    Code(u16),
    /// `2XX` and friends: the first digit.
    Range(u16),
}

impl Status {
    /// 2xx (or `2XX`).
    pub fn is_success(self) -> bool {
        match self {
            Status::Code(c) => (200..300).contains(&c),
            Status::Range(r) => r == 2,
        }
    }

    /// 3xx.
    pub fn is_redirect(self) -> bool {
        match self {
            Status::Code(c) => (300..400).contains(&c),
            Status::Range(r) => r == 3,
        }
    }
}

/// A documented response.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    /// Its status; `None` for `default`.
    pub status: Option<Status>,
    /// The Rust variant name (`Ok`, `Accepted`, `NotFound`, `Status418`, `Default`).
    pub variant: String,
    /// Its documentation.
    pub docs: Docs,
    /// Its body.
    pub body: Option<BodyContent>,
    /// Its documented headers.
    pub headers: Vec<Header>,
}

/// A documented response header.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// Header name (wire) and Rust field name.
    pub name: Name,
    /// Its type.
    pub ty: TypeRef,
    /// Always sent.
    pub required: bool,
    /// Its documentation.
    pub docs: Docs,
}

/// A credential an operation accepts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer <token>` (http bearer, OAuth2 or OpenID Connect).
    Bearer {
        /// The security scheme's name.
        scheme: String,
    },
    /// `Authorization: Basic ...`.
    Basic {
        /// The security scheme's name.
        scheme: String,
    },
    /// An API key in a header, the query or a cookie.
    ApiKey {
        /// The security scheme's name.
        scheme: String,
        /// Header, query parameter or cookie name.
        name: String,
        /// Where it goes.
        location: ParamLocation,
    },
}

/// How to walk a paginated list.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// The field of the page body that holds the items.
    pub items_field: String,
    /// The item type.
    pub item: TypeRef,
    /// Rust field names leading from the page body to the next page's URL (`pagination.next.href`).
    pub next_href: Vec<NextStep>,
}

/// One step on the way to the next page's URL.
#[derive(Debug, Clone, PartialEq)]
pub struct NextStep {
    /// The Rust field name.
    pub field: String,
    /// How many `Option`s wrap the field (0, 1, or 2 for absent-or-null); `None` ends the walk.
    pub options: u8,
}
