//! The async client: one method per operation on `runtime::Client`, plus the response and
//! form types those methods need. Transport, retries and decoding live in the runtime.

use super::docs;
use super::features::{Features, gate};
use super::models::{form_ready, style_tokens};
use super::types::{Index, ident, is_scalar, path, security_consts, security_ref, type_tokens};
use super::{Detail, Only};
use crate::ir::{
    self, Api, Auth, BodyContent, Operation, ParamLocation, ParamStyle, PartKind, PathSegment,
    Response, Status, TypeRef,
};
use crate::names::Scope;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

/// The client module. `models` is the path of the models module (`crate::models`); the
/// methods are those of the operations in `only`.
pub fn client(api: &Api, models: &str, features: &Features, only: Only<'_>) -> TokenStream {
    client_module(api, models, features, only, Detail::Full)
}

/// [`client`], with the methods' bodies written or left empty.
pub(crate) fn client_module(
    api: &Api,
    models: &str,
    features: &Features,
    only: Only<'_>,
    detail: Detail,
) -> TokenStream {
    let models = path(models);
    let index = Index::new(api);
    let mut helpers = Scope::new();
    for op in &api.operations {
        helpers.claim(op.name.rust.clone());
    }
    let mut methods = Vec::new();
    let mut types = Vec::new();
    let credentials = credential_methods(api);
    let security = security_consts(api);
    for op in &api.operations {
        let mut cx = OpContext::new(op, &models, &index);
        // Every operation claims its helpers' names, written or not, so that each helper has
        // the name it has in the whole client.
        let stream = op
            .pagination
            .is_some()
            .then(|| helpers.claim(format!("{}_stream", op.name.rust)));
        let follow = cx
            .has_redirected_download()
            .then(|| helpers.claim(format!("{}_follow", op.name.rust)));
        if !only.op(op) {
            continue;
        }
        cx.cfg = features.op(op);
        let (method, extra_types) = cx.method(detail);
        methods.push(method);
        types.extend(extra_types.into_iter().map(|t| gate(&cx.cfg, t)));
        if let Some(name) = stream {
            methods.push(cx.stream_method(&name));
        }
        if let Some(name) = follow {
            methods.push(cx.follow_method(&name));
        }
    }
    quote! {
        //! The API's [`Client`], with one method per operation.
        //!
        //! The methods are `#[inline]`: like generic code, each is compiled into the crate that
        //! calls it, so a program pays in build time only for the operations it uses.
        // Names, sizes and arities come from the spec (`foo`, `from_template`, forty fields),
        // so the lints that judge them are the spec's business, not the crate's.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::needless_borrow, clippy::vec_init_then_push, clippy::disallowed_names, clippy::too_many_arguments, clippy::large_enum_variant, clippy::enum_variant_names, clippy::should_implement_trait, clippy::wrong_self_convention, clippy::type_complexity)]

        #[allow(unused_imports)]
        use crate::rt::client as rt;
        #[allow(unused_imports)]
        use crate::rt::deps::{futures_core, reqwest};

        #security

        #(#types)*

        rt::client_types!();

        impl Client {
            #(#methods)*
        }

        #credentials
    }
}

/// One builder method per security scheme, so each has its own credential slot.
fn credential_methods(api: &Api) -> TokenStream {
    let mut seen = std::collections::BTreeMap::new();
    for a in api.operations.iter().flat_map(|op| op.schemes()) {
        let name = match a {
            Auth::Bearer { scheme } | Auth::Basic { scheme } | Auth::ApiKey { scheme, .. } => {
                scheme
            }
        };
        seen.entry(name.clone()).or_insert(a);
    }
    if seen.is_empty() {
        return quote!();
    }
    let mut scope = Scope::with_reserved(&[
        "timeout",
        "connect_timeout",
        "user_agent",
        "default_headers",
        "http_client",
        "bearer_token",
        "token_provider",
        "credential",
        "retry",
        "max_response_body",
        "build",
    ]);
    let methods = seen.iter().map(|(scheme, a)| {
        let stem = crate::names::field_name(scheme);
        match a {
            Auth::Basic { .. } => {
                let m = ident(&scope.claim(format!("{}_credential", stem.trim_start_matches("r#"))));
                let doc = format!(" The user name and password for the `{scheme}` scheme (HTTP basic).");
                quote! {
                    #[doc = #doc]
                    pub fn #m(self, username: &str, password: &str) -> Self {
                        self.credential(#scheme, rt::StaticToken(rt::basic_credential(username, password)))
                    }
                }
            }
            Auth::Bearer { .. } | Auth::ApiKey { .. } => {
                let oauth = api.oauth2.iter().find(|o| o.scheme == **scheme).map(|o| oauth_methods(o, &stem, &mut scope));
                let m = ident(&scope.claim(format!("{}_credential", stem.trim_start_matches("r#"))));
                let what = match a {
                    Auth::ApiKey { name, location, .. } => format!("the API key sent in the `{name}` {}", match location {
                        ParamLocation::Query => "query parameter",
                        ParamLocation::Cookie => "cookie",
                        _ => "header",
                    }),
                    _ => "the bearer token".to_owned(),
                };
                let doc = format!(" A fixed credential for the `{scheme}` scheme: {what}. (Use [`credential`](Self::credential) with a [`TokenProvider`](rt::TokenProvider) to refresh it.)");
                quote! {
                    #[doc = #doc]
                    pub fn #m(self, token: impl ::std::convert::Into<rt::Secret>) -> Self {
                        self.credential(#scheme, rt::StaticToken::new(token))
                    }
                    #oauth
                }
            }
        }
    });
    quote! {
        /// A credential slot for each security scheme of the API.
        impl ClientBuilder {
            #(#methods)*
        }
    }
}

/// The token-fetching credential methods of an OAuth2 or OpenID Connect scheme: the
/// `clientCredentials` grant and a refresh token, at the spec's token endpoint (resolved
/// against the base URL) or the one its discovery document names, asking for the scopes the
/// spec's operations require under the scheme.
fn oauth_methods(o: &ir::OAuth2, stem: &str, scope: &mut Scope) -> TokenStream {
    let scheme = &o.scheme;
    let stem = stem.trim_start_matches("r#");
    let scopes = &o.scopes;
    let scope_text = if scopes.is_empty() {
        "no scopes".to_owned()
    } else {
        scopes
            .iter()
            .map(|s| format!("`{s}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (grant_url, refresh_url, discover) = match &o.discovery {
        Some(d) => (Some(d.clone()), Some(d.clone()), true),
        None => (o.client_credentials.clone(), o.refresh.clone(), false),
    };
    let wrap = |url: &str| {
        if discover {
            quote!(.discovered(self.0.resolve(#url)))
        } else {
            quote!()
        }
    };
    let endpoint = |url: &str| {
        if discover {
            quote!(::std::string::String::new())
        } else {
            quote!(self.0.resolve(#url))
        }
    };
    let mut out = TokenStream::new();
    if let Some(url) = &grant_url {
        let m = ident(&scope.claim(format!("{stem}_client_credentials")));
        let (at, then) = (endpoint(url), wrap(url));
        let doc = format!(
            " Bearer tokens for the `{scheme}` scheme from the `client_credentials` grant at `{url}`{}, asking for {scope_text}: fetched on first use, cached, renewed before they expire and once when the API refuses one; concurrent calls share one fetch.",
            if discover {
                " (OpenID Connect discovery)"
            } else {
                ""
            }
        );
        out.extend(quote! {
            #[doc = #doc]
            pub fn #m(self, client_id: &str, client_secret: impl ::std::convert::Into<rt::Secret>) -> Self {
                let provider = rt::OAuth2::client_credentials(#at, client_id, client_secret)#then.scopes([#(#scopes),*]);
                self.credential(#scheme, provider)
            }
        });
    }
    if let Some(url) = &refresh_url {
        let m = ident(&scope.claim(format!("{stem}_refresh_token")));
        let (at, then) = (endpoint(url), wrap(url));
        let doc = format!(
            " Bearer tokens for the `{scheme}` scheme from a refresh token (obtained by a login elsewhere), exchanged at `{url}`{}, asking for {scope_text}; `client_secret` is `None` for a public client. A refresh token in an answer replaces the old one.",
            if discover {
                " (OpenID Connect discovery)"
            } else {
                ""
            }
        );
        out.extend(quote! {
            #[doc = #doc]
            pub fn #m(self, client_id: &str, client_secret: ::std::option::Option<rt::Secret>, refresh_token: impl ::std::convert::Into<rt::Secret>) -> Self {
                let provider = rt::OAuth2::refresh_token(#at, client_id, client_secret, refresh_token)#then.scopes([#(#scopes),*]);
                self.credential(#scheme, provider)
            }
        });
    }
    out
}

struct OpContext<'a> {
    op: &'a Operation,
    /// The `#[cfg]` of the operation's per-tag feature (empty without features).
    cfg: TokenStream,
    models: &'a TokenStream,
    index: &'a Index<'a>,
    error_ty: TokenStream,
}

/// How a method returns its success.
enum Returns<'a> {
    /// Nothing (`()`).
    Unit,
    /// The body of the single success response.
    Body(&'a Response),
    /// A struct of body and headers of the single success response.
    Struct(&'a Response),
    /// An enum with one variant per success or redirect response.
    Enum(Vec<&'a Response>),
}

impl<'a> OpContext<'a> {
    fn new(op: &'a Operation, models: &'a TokenStream, index: &'a Index<'a>) -> Self {
        let error_ty = error_type(op, models);
        OpContext {
            op,
            cfg: TokenStream::new(),
            models,
            index,
            error_ty,
        }
    }

    fn successes(&self) -> Vec<&'a Response> {
        self.op
            .responses
            .iter()
            .filter(|r| r.status.is_some_and(|s| s.is_success() || s.is_redirect()))
            .collect()
    }

    fn returns(&self) -> Returns<'a> {
        let ok = self.successes();
        match ok.as_slice() {
            [] => Returns::Unit,
            [one] if one.headers.is_empty() => match one.body {
                None => Returns::Unit,
                Some(_) => Returns::Body(one),
            },
            [one] => Returns::Struct(one),
            _ => Returns::Enum(ok),
        }
    }

    fn response_type_name(&self) -> proc_macro2::Ident {
        format_ident!("{}Response", self.op.type_stem)
    }

    fn body_type(&self, body: &BodyContent) -> TokenStream {
        let m = self.models;
        match body {
            BodyContent::Json(t) | BodyContent::Form(t) => type_tokens(t, m),
            BodyContent::Binary(_) | BodyContent::Multipart(_) => {
                quote!(rt::ByteStream)
            }
            BodyContent::Text(_) => quote!(::std::string::String),
            BodyContent::EventStream { item, .. } => {
                let item = type_tokens(item, m);
                let err = &self.error_ty;
                quote!(rt::EventStream<#item, #err>)
            }
        }
    }

    fn return_type(&self) -> TokenStream {
        match self.returns() {
            Returns::Unit => quote!(()),
            Returns::Body(r) => self.body_type(r.body.as_ref().expect("Body has a body")),
            Returns::Struct(_) | Returns::Enum(_) => {
                let n = self.response_type_name();
                quote!(#n)
            }
        }
    }

    /// The generated types this operation needs (response struct/enum, multipart form).
    fn types(&self) -> Vec<TokenStream> {
        let mut out = Vec::new();
        let name = self.response_type_name();
        let wire = &self.op.name.wire;
        match self.returns() {
            Returns::Struct(r) => {
                let fields = self.response_fields(r, true);
                let doc = format!(
                    " The `{}` response of `{wire}`: {}",
                    status_text(r.status),
                    first_line(&r.docs)
                );
                out.push(quote! {
                    #[doc = #doc]
                    #[derive(Debug)]
                    pub struct #name { #(#fields)* }
                });
            }
            Returns::Enum(rs) => {
                let variants = rs.iter().map(|r| {
                    let v = ident(&r.variant);
                    let doc = format!(" `{}`: {}", status_text(r.status), first_line(&r.docs));
                    if r.headers.is_empty() {
                        match &r.body {
                            Some(b) => {
                                let t = self.body_type(b);
                                quote! { #[doc = #doc] #v(#t), }
                            }
                            None => quote! { #[doc = #doc] #v, },
                        }
                    } else {
                        let fields = self.response_fields(r, false);
                        quote! { #[doc = #doc] #v { #(#fields)* }, }
                    }
                });
                let doc = format!(" The responses of `{wire}`.");
                out.push(quote! {
                    #[doc = #doc]
                    #[derive(Debug)]
                    pub enum #name { #(#variants)* }
                });
            }
            Returns::Unit | Returns::Body(_) => {}
        }
        if let Some(ir::RequestBody {
            content: BodyContent::Multipart(fields),
            docs: body_docs,
            ..
        }) = &self.op.body
        {
            let form = format_ident!("{}Form", self.op.type_stem);
            let defs = fields.iter().map(|f| {
                let n = ident(&f.name.rust);
                let ty = match &f.kind {
                    PartKind::File => quote!(rt::FilePart),
                    PartKind::Value(t) => type_tokens(t, self.models),
                };
                let ty = if f.required {
                    ty
                } else {
                    quote!(::std::option::Option<#ty>)
                };
                let d = docs::attrs(&f.docs, &format!("The `{}` part.", f.name.wire));
                quote! { #d pub #n: #ty, }
            });
            let doc = docs::attrs(body_docs, &format!("The multipart body of `{wire}`."));
            out.push(quote! {
                #doc
                #[derive(Debug)]
                pub struct #form { #(#defs)* }
            });
        }
        out
    }

    fn response_fields(&self, r: &Response, public: bool) -> Vec<TokenStream> {
        let vis = if public { quote!(pub) } else { quote!() };
        let mut fields = Vec::new();
        if let Some(b) = &r.body {
            let t = self.body_type(b);
            fields.push(quote! { /// The body.
            #vis body: #t, });
        }
        for h in &r.headers {
            let n = ident(&h.name.rust);
            let t = type_tokens(&h.ty, self.models);
            let t = if h.required {
                t
            } else {
                quote!(::std::option::Option<#t>)
            };
            let d = docs::attrs(&h.docs, &format!("The `{}` header.", h.name.wire));
            fields.push(quote! { #d #vis #n: #t, });
        }
        fields
    }

    /// Method arguments: path parameters, header parameters, query, body.
    fn args(&self, lifetime: Option<&TokenStream>) -> (Vec<TokenStream>, Vec<TokenStream>) {
        let lt = lifetime.cloned().unwrap_or_default();
        let mut decl = Vec::new();
        let mut names = Vec::new();
        for p in &self.op.path_params {
            let n = ident(&p.name.rust);
            let t = param_arg_type(&p.ty, self.models);
            decl.push(quote!(#n: &#lt #t));
            names.push(quote!(#n));
        }
        for p in self.op.header_params.iter().chain(&self.op.cookie_params) {
            let n = ident(&p.name.rust);
            let t = param_arg_type(&p.ty, self.models);
            if p.required {
                decl.push(quote!(#n: &#lt #t));
            } else {
                decl.push(quote!(#n: ::std::option::Option<&#lt #t>));
            }
            names.push(quote!(#n));
        }
        if let Some(q) = &self.op.query_type {
            let q = ident(q);
            let m = self.models;
            decl.push(quote!(query: &#lt #m::#q));
            names.push(quote!(query));
        }
        if let Some(body) = &self.op.body {
            let t = match &body.content {
                BodyContent::Json(t) | BodyContent::Form(t) => {
                    let t = type_tokens(t, self.models);
                    quote!(&#lt #t)
                }
                BodyContent::Multipart(_) => {
                    let f = format_ident!("{}Form", self.op.type_stem);
                    quote!(#f)
                }
                BodyContent::Binary(_) | BodyContent::EventStream { .. } => quote!(reqwest::Body),
                BodyContent::Text(_) => quote!(::std::string::String),
            };
            if body.required
                || matches!(
                    body.content,
                    BodyContent::Multipart(_)
                        | BodyContent::Binary(_)
                        | BodyContent::Text(_)
                        | BodyContent::EventStream { .. }
                )
            {
                decl.push(quote!(body: #t));
            } else {
                decl.push(quote!(body: ::std::option::Option<#t>));
            }
            names.push(quote!(body));
        }
        (decl, names)
    }

    fn method(&self, detail: Detail) -> (TokenStream, Vec<TokenStream>) {
        let cfg = &self.cfg;
        let op = self.op;
        let name = ident(&op.name.rust);
        let (args, _) = self.args(None);
        let ret = self.return_type();
        let err = &self.error_ty;
        let doc = detail.docs(|| docs::operation(op));
        let deprecated = op.docs.deprecated.then(|| quote!(#[deprecated]));
        let body = detail.body(|| {
            let validate = op.query_type.as_ref().map(|_| {
                quote! { query.validate().map_err(|e| rt::Error::InvalidRequest(e.to_string()))?; }
            });
            let prims = quote!(crate::rt::primitives);
            let invalid = quote!(.map_err(|e| rt::Error::InvalidRequest(e.to_string()))?);
            let path_values = op.path_params.iter().enumerate().map(|(i, p)| {
                let n = ident(&p.name.rust);
                let v = format_ident!("path_{}", i);
                let wire = &p.name.wire;
                let text = match p.style {
                    ParamStyle::Simple if is_scalar(&p.ty, self.index) => to_text(&p.ty, quote!(#n)),
                    ParamStyle::Json => quote!(crate::rt::primitives::write_json(#wire, #n)#invalid),
                    style => {
                        let style = style_tokens(style, &prims);
                        let explode = p.explode;
                        let v = owned_if_str(&p.ty, quote!(#n));
                        quote!(crate::rt::primitives::write_path(#wire, #style, #explode, #v)#invalid)
                    }
                };
                quote! { let #v = #text; }
            });
            let parts = op.segments.iter().map(|s| match s {
                PathSegment::Literal(l) => quote!(rt::PathPart::Literal(#l)),
                PathSegment::Param(i) => {
                    let v = format_ident!("path_{}", i);
                    let p = &op.path_params[*i];
                    if p.style == ParamStyle::Json
                        || (p.style == ParamStyle::Simple && is_scalar(&p.ty, self.index))
                    {
                        quote!(rt::PathPart::Param(&#v))
                    } else {
                        quote!(rt::PathPart::Encoded(&#v))
                    }
                }
            });
            let query = if op.query_type.is_some() {
                quote!(query.to_pairs()#invalid)
            } else {
                quote!(::std::vec::Vec::new())
            };
            let headers = op.header_params.iter().map(|p| {
                let n = ident(&p.name.rust);
                let wire = &p.name.wire;
                let write = |v: TokenStream| match p.style {
                    ParamStyle::Json => quote!(crate::rt::primitives::write_json(#wire, #v)#invalid),
                    _ if is_scalar(&p.ty, self.index) => to_text(&p.ty, v),
                    _ => {
                        let explode = p.explode;
                        quote!(crate::rt::primitives::write_header(#wire, #explode, #v)#invalid)
                    }
                };
                if p.required {
                    let text = write(quote!(#n));
                    quote! { headers.push((#wire, #text)); }
                } else {
                    let text = write(quote!(v));
                    quote! { if let ::std::option::Option::Some(v) = #n { headers.push((#wire, #text)); } }
                }
            });
            let cookies = (!op.cookie_params.is_empty()).then(|| {
                let writes = op.cookie_params.iter().map(|p| {
                    let n = ident(&p.name.rust);
                    let wire = &p.name.wire;
                    let write = match p.style {
                        ParamStyle::Json => quote! {
                            crate::rt::primitives::write_cookie(&mut cookies, #wire, false, &crate::rt::primitives::write_json(#wire, v)#invalid)#invalid;
                        },
                        _ => {
                            let explode = p.explode;
                            let v = owned_if_str(&p.ty, quote!(v));
                            quote! { crate::rt::primitives::write_cookie(&mut cookies, #wire, #explode, #v)#invalid; }
                        }
                    };
                    if p.required {
                        quote! { { let v = #n; #write } }
                    } else {
                        quote! { if let ::std::option::Option::Some(v) = #n { #write } }
                    }
                });
                quote! {
                    let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
                    #(#writes)*
                    if !cookies.is_empty() {
                        headers.push(("Cookie", cookies.join("; ")));
                    }
                }
            });
            let body = self.body_expr();
            let method = format_ident!("{}", op.method.as_str());
            let wire = &op.name.wire;
            let template = &op.path;
            let auth = security_ref(op);
            let arms = self.status_arms();
            let (mut_headers, headers_field) =
                if op.header_params.is_empty() && op.cookie_params.is_empty() {
                    (quote!(), quote!(headers: ::std::vec::Vec::new()))
                } else {
                    (
                        quote! { let mut headers = ::std::vec::Vec::new(); #(#headers)* #cookies },
                        quote!(headers),
                    )
                };
            quote! {
                #validate
                #(#path_values)*
                let path = [#(#parts),*];
                #mut_headers
                let spec = rt::RequestSpec {
                    operation: #wire,
                    template: #template,
                    method: reqwest::Method::#method,
                    path: &path,
                    query: #query,
                    #headers_field,
                    body: #body,
                    auth: #auth,
                };
                let resp = self.send::<#err>(spec).await?;
                match resp.status().as_u16() {
                    #(#arms)*
                }
            }
        });
        let method_tokens = quote! {
            #doc
            #deprecated
            #cfg
            #[inline]
            pub async fn #name(&self, #(#args),*) -> ::std::result::Result<#ret, rt::Error<#err>> {
                #body
            }
        };
        (method_tokens, self.types())
    }

    fn body_expr(&self) -> TokenStream {
        let err = &self.error_ty;
        let Some(body) = &self.op.body else {
            return quote!(rt::RequestBody::Empty);
        };
        let optional = !body.required;
        match &body.content {
            BodyContent::Json(_) if optional => quote! {
                match body { ::std::option::Option::Some(b) => rt::RequestBody::json::<_, #err>(b)?, ::std::option::Option::None => rt::RequestBody::Empty }
            },
            BodyContent::Json(_) => quote!(rt::RequestBody::json::<_, #err>(body)?),
            BodyContent::Form(t) => {
                let write = if form_ready(t, self.index) {
                    quote!(form_fields)
                } else {
                    quote!(form)
                };
                if optional {
                    quote! {
                        match body { ::std::option::Option::Some(b) => rt::RequestBody::#write::<_, #err>(b)?, ::std::option::Option::None => rt::RequestBody::Empty }
                    }
                } else {
                    quote!(rt::RequestBody::#write::<_, #err>(body)?)
                }
            }
            BodyContent::Binary(ct) => {
                let ct = if ct.contains('*') {
                    "application/octet-stream".to_owned()
                } else {
                    ct.clone()
                };
                quote!(rt::RequestBody::Binary(body, #ct))
            }
            BodyContent::Text(ct) => quote!(rt::RequestBody::Text(body, #ct)),
            // (Lowered as bytes for requests; kept for IR built by hand.)
            BodyContent::EventStream { .. } => {
                quote!(rt::RequestBody::Binary(body, "text/event-stream"))
            }
            BodyContent::Multipart(fields) => {
                // Values before files: a server can then stream the (last) file straight
                // through once it has every value.
                let ordered = fields
                    .iter()
                    .filter(|f| f.kind != PartKind::File)
                    .chain(fields.iter().filter(|f| f.kind == PartKind::File));
                let parts = ordered.map(|f| {
                    let n = ident(&f.name.rust);
                    let wire = &f.name.wire;
                    let add = match &f.kind {
                        PartKind::File => quote!(form = form.part(#wire, v.into_part()?);),
                        // Text values go as they are; objects and lists as JSON.
                        PartKind::Value(t) => match self.index.resolve(t) {
                            TypeRef::String => quote!(form = form.text(#wire, v.clone());),
                            other if is_scalar(other, self.index) && *other != TypeRef::Json => {
                                quote!(form = form.text(#wire, crate::rt::primitives::QueryValue::to_query(&v));)
                            }
                            _ => quote!(form = form.text(#wire, rt::json_text::<_, #err>(&v)?);),
                        },
                    };
                    if f.required {
                        quote! { { let v = body.#n; #add } }
                    } else {
                        quote! { if let ::std::option::Option::Some(v) = body.#n { #add } }
                    }
                });
                quote! {{
                    let mut form = reqwest::multipart::Form::new();
                    #(#parts)*
                    rt::RequestBody::Multipart(form)
                }}
            }
        }
    }

    /// `match` arms from status to result.
    fn status_arms(&self) -> Vec<TokenStream> {
        let mut arms = Vec::new();
        let returns = self.returns();
        let response_name = self.response_type_name();
        let err = &self.error_ty;
        let mut ordered: Vec<&Response> = self.op.responses.iter().collect();
        // Exact codes before ranges, so `2XX` does not shadow `201`.
        ordered.sort_by_key(|r| matches!(r.status, Some(Status::Range(_))));
        let mut any_success = false;
        // Every documented error status decodes the same way, so they share one arm, and none
        // at all when a `default` response catches them anyway.
        let mut error_patterns = Vec::new();
        for r in ordered {
            let Some(status) = r.status else { continue };
            let pattern = status_pattern(status);
            if status.is_success() || status.is_redirect() {
                any_success = true;
                let value = match &returns {
                    Returns::Unit => quote!(()),
                    Returns::Body(_) => self.read_body(r.body.as_ref()),
                    Returns::Struct(_) => {
                        let init = self.struct_init(r);
                        quote!(#response_name { #init })
                    }
                    Returns::Enum(_) => {
                        let v = ident(&r.variant);
                        if r.headers.is_empty() {
                            match &r.body {
                                Some(b) => {
                                    let read = self.read_body(Some(b));
                                    quote!(#response_name::#v(#read))
                                }
                                None => quote!(#response_name::#v),
                            }
                        } else {
                            let init = self.struct_init(r);
                            quote!(#response_name::#v { #init })
                        }
                    }
                };
                arms.push(quote! { #pattern => ::std::result::Result::Ok(#value), });
            } else {
                error_patterns.push(pattern);
            }
        }
        if self.op.default_response.is_none() && !error_patterns.is_empty() {
            arms.push(quote! { #(#error_patterns)|* => ::std::result::Result::Err(rt::api_error::<#err>(resp).await), });
        }
        if !any_success && matches!(returns, Returns::Unit) {
            arms.push(quote! { 200..=299 => ::std::result::Result::Ok(()), });
        }
        if self.op.default_response.is_some() {
            arms.push(
                quote! { _ => ::std::result::Result::Err(rt::api_error::<#err>(resp).await), },
            );
        } else {
            arms.push(quote! { _ => ::std::result::Result::Err(rt::unexpected(resp).await), });
        }
        arms
    }

    fn struct_init(&self, r: &Response) -> TokenStream {
        let err = &self.error_ty;
        let headers = r.headers.iter().map(|h| {
            let n = ident(&h.name.rust);
            let wire = &h.name.wire;
            if h.required {
                quote! { #n: rt::required_header::<_, #err>(&resp, #wire)?, }
            } else {
                quote! { #n: rt::header::<_, #err>(&resp, #wire)?, }
            }
        });
        // Headers are read before the body consumes the response.
        let body = r.body.as_ref().map(|b| {
            let read = self.read_body(Some(b));
            quote! { body: #read, }
        });
        quote! { #(#headers)* #body }
    }

    fn read_body(&self, body: Option<&BodyContent>) -> TokenStream {
        let err = &self.error_ty;
        match body {
            None => quote!(()),
            Some(BodyContent::Form(t)) if form_ready(t, self.index) => {
                quote!(rt::form::<_, #err>(resp).await?)
            }
            Some(BodyContent::Json(_) | BodyContent::Form(_)) => {
                quote!(rt::json::<_, #err>(resp).await?)
            }
            Some(BodyContent::Text(_)) => quote!(rt::text::<#err>(resp).await?),
            // A GET stream can be asked for again (`reconnect`): it keeps where it came from.
            Some(BodyContent::EventStream { text, .. }) if self.op.method == ir::Method::Get => {
                let id = &self.op.name.wire;
                let auth = security_ref(self.op);
                quote!(rt::EventStream::from_get(resp, #text, &self.0, #id, #auth))
            }
            Some(BodyContent::EventStream { text, .. }) => {
                quote!(rt::EventStream::new(resp, #text))
            }
            Some(BodyContent::Binary(_) | BodyContent::Multipart(_)) => {
                quote!(rt::ByteStream::new(resp))
            }
        }
    }

    /// `<name>_stream`: every item of every page.
    fn stream_method(&self, name: &str) -> TokenStream {
        let cfg = &self.cfg;
        let op = self.op;
        let pagination = op.pagination.as_ref().expect("paginated");
        let name = ident(name);
        let call = ident(&op.name.rust);
        let lt = quote!('a);
        let (args, arg_names) = self.args(Some(&lt));
        let item = type_tokens(&pagination.item, self.models);
        let page = self.return_type();
        let err = &self.error_ty;
        let items = ident(&pagination.items_field);
        let mut next = quote!(::std::option::Option::Some(&page));
        let last = pagination.next_href.len() - 1;
        for (i, step) in pagination.next_href.iter().enumerate() {
            let f = ident(&step.field);
            next = match step.options {
                0 => quote!(#next.map(|v| &v.#f)),
                1 => quote!(#next.and_then(|v| v.#f.as_ref())),
                _ => quote!(#next.and_then(|v| v.#f.as_ref()).and_then(|v| v.as_ref())),
            };
            if i == last {
                next = quote!(#next.cloned());
            }
        }
        let items_expr = match self.items_optional() {
            true => quote!(page.#items.unwrap_or_default()),
            false => quote!(page.#items),
        };
        let wire = &op.name.wire;
        let auth = security_ref(op);
        let doc = format!(
            " Every item of `{wire}`, page after page: follows each page's next link until the last page.\n Pages are fetched lazily; an error ends the stream."
        );
        let deprecated = op.docs.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #[doc = #doc]
            #deprecated
            #cfg
            #[inline]
            pub fn #name<'a>(&'a self, #(#args),*) -> ::std::pin::Pin<::std::boxed::Box<dyn futures_core::Stream<Item = ::std::result::Result<#item, rt::Error<#err>>> + ::std::marker::Send + 'a>> {
                let first = ::std::boxed::Box::pin(self.#call(#(#arg_names),*));
                rt::paginate(
                    self,
                    first,
                    |page: #page| {
                        let next = #next;
                        (#items_expr, next)
                    },
                    #wire,
                    #auth,
                )
            }
        }
    }

    fn items_optional(&self) -> bool {
        let pagination = self.op.pagination.as_ref().expect("paginated");
        let Some(Returns::Body(r)) = Some(self.returns()) else {
            return false;
        };
        let Some(BodyContent::Json(page)) = &r.body else {
            return false;
        };
        let TypeRef::Named(page) = self.index.resolve(page) else {
            return false;
        };
        match self.index.kind(page) {
            Some(ir::TypeKind::Struct(s)) => s
                .fields
                .iter()
                .find(|f| f.name.rust == pagination.items_field)
                .is_some_and(|f| f.presence != ir::Presence::Required),
            _ => false,
        }
    }

    /// A download that may be answered with a redirect to a blob store.
    fn has_redirected_download(&self) -> bool {
        let ok = self.successes();
        let binary = ok.iter().any(|r| {
            matches!(r.body, Some(BodyContent::Binary(_)))
                && r.status.is_some_and(|s| s.is_success())
        });
        let redirect = ok.iter().any(|r| {
            r.status.is_some_and(|s| s.is_redirect())
                && r.headers
                    .iter()
                    .any(|h| h.name.wire.eq_ignore_ascii_case("location"))
        });
        binary && redirect && matches!(self.returns(), Returns::Enum(_))
    }

    /// `<name>_follow`: the download as a stream, following the redirect without the token.
    fn follow_method(&self, name: &str) -> TokenStream {
        let cfg = &self.cfg;
        let op = self.op;
        let name = ident(name);
        let call = ident(&op.name.rust);
        let (args, arg_names) = self.args(None);
        let err = &self.error_ty;
        let response = self.response_type_name();
        let arms = self.successes().into_iter().map(|r| {
            let v = ident(&r.variant);
            match (&r.body, r.status.is_some_and(|s| s.is_redirect())) {
                (Some(BodyContent::Binary(_)), _) if r.headers.is_empty() => quote!(#response::#v(stream) => Ok(stream),),
                (Some(BodyContent::Binary(_)), _) => quote!(#response::#v { body, .. } => Ok(body),),
                (_, true) => {
                    let loc = r.headers.iter().find(|h| h.name.wire.eq_ignore_ascii_case("location")).expect("has location");
                    let l = ident(&loc.name.rust);
                    let get = if loc.required { quote!(#l.to_string()) } else {
                        quote!(#l.map(|l| l.to_string()).ok_or_else(|| rt::Error::InvalidRequest("redirect without Location".to_owned()))?)
                    };
                    let auth = security_ref(op);
                    quote!(#response::#v { #l, .. } => self.fetch_redirect(&#get, #auth).await,)
                }
                _ => quote!(other => Err(rt::Error::InvalidRequest(format!("not a download: {other:?}"))),),
            }
        });
        let wire = &op.name.wire;
        let doc = format!(
            " `{wire}` as a byte stream: a redirect is followed, and the credential is not sent to another host."
        );
        let deprecated = op.docs.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #[doc = #doc]
            #deprecated
            #cfg
            #[inline]
            pub async fn #name(&self, #(#args),*) -> ::std::result::Result<rt::ByteStream, rt::Error<#err>> {
                #[allow(unreachable_patterns)]
                match self.#call(#(#arg_names),*).await? {
                    #(#arms)*
                }
            }
        }
    }
}

/// The text of a path or header argument (a reference).
fn to_text(ty: &TypeRef, value: TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(#value.to_owned()),
        _ => quote!(crate::rt::primitives::QueryValue::to_query(#value)),
    }
}

/// String arguments are `&str`; the style writers take the `String`.
fn owned_if_str(ty: &TypeRef, v: TokenStream) -> TokenStream {
    if *ty == TypeRef::String {
        quote!(&#v.to_owned())
    } else {
        v
    }
}

/// Path and header arguments are taken by reference; strings as `str`.
fn param_arg_type(ty: &TypeRef, models: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(str),
        other => type_tokens(other, models),
    }
}

/// The error body type: the one JSON type all error responses share, else JSON.
fn error_type(op: &Operation, models: &TokenStream) -> TokenStream {
    let mut found: Option<&TypeRef> = None;
    let errors = op
        .responses
        .iter()
        .filter(|r| {
            r.status
                .is_some_and(|s| !s.is_success() && !s.is_redirect())
        })
        .chain(&op.default_response);
    for r in errors {
        match &r.body {
            Some(BodyContent::Json(t)) => match found {
                None => found = Some(t),
                Some(prev) if prev == t => {}
                Some(_) => return quote!(::serde_json::Value),
            },
            _ => return quote!(::serde_json::Value),
        }
    }
    match found {
        Some(t) => type_tokens(t, models),
        None => quote!(::serde_json::Value),
    }
}

fn status_pattern(status: Status) -> TokenStream {
    match status {
        Status::Code(c) => {
            let c = Literal::u16_unsuffixed(c);
            quote!(#c)
        }
        Status::Range(r) => {
            let lo = Literal::u16_unsuffixed(r * 100);
            let hi = Literal::u16_unsuffixed(r * 100 + 99);
            quote!(#lo..=#hi)
        }
    }
}

fn status_text(status: Option<Status>) -> String {
    match status {
        Some(Status::Code(c)) => c.to_string(),
        Some(Status::Range(r)) => format!("{r}XX"),
        None => "default".to_owned(),
    }
}

fn first_line(d: &ir::Docs) -> String {
    d.summary
        .as_ref()
        .or(d.description.as_ref())
        .and_then(|s| s.lines().next())
        .unwrap_or("")
        .replace('`', "'")
}
