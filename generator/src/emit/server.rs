//! The server: an `Api` trait with one method per operation, a response enum per operation
//! (so only documented statuses can be returned), JSON body checks, and an axum router whose
//! handlers do all extraction and validation before calling the trait.

use super::docs;
use super::features::{Features, gate};
use super::models::{form_ready, param_default, style_tokens};
use super::tables::Tables;
use super::types::{Index, ident, is_scalar, path, security_consts, security_ref, type_tokens};
use super::{Detail, Only};
use crate::ir::{
    self, Api, Auth, BodyContent, Operation, ParamStyle, PartKind, PathSegment, Presence, Response,
    Status, TypeKind, TypeRef,
};
use heck::ToSnakeCase;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// The server module. `models` is the path of the models module, `runtime` of the server
/// runtime module; `error_models` names the error schemas whose `FromApiError` the crate's
/// hand-written code implements (problem-details schemas get one generated). The trait
/// methods, response types and handlers are those of the operations in `only`.
pub fn server(
    api: &Api,
    models: &str,
    runtime: &str,
    features: &Features,
    error_models: &[String],
    only: Only<'_>,
) -> TokenStream {
    let mut tokens = server_head(
        api,
        models,
        runtime,
        features,
        error_models,
        only,
        Detail::Full,
    );
    tokens.extend(server_tail(api, models, features, error_models, only));
    tokens
}

/// The first part of [`server`]: the response enums, the `Api` trait and the router. The two
/// parts are independent, so a large spec's are built and formatted on two threads; together
/// they are the module's items in order.
pub fn server_head(
    api: &Api,
    models: &str,
    runtime: &str,
    features: &Features,
    error_models: &[String],
    only: Only<'_>,
    detail: Detail,
) -> TokenStream {
    let models = path(models);
    let runtime = path(runtime);
    let index = Index::new(api);
    let op_cx = |op| Op::new(op, &models, &index, error_models);
    let mut types = Vec::new();
    let mut trait_methods = Vec::new();
    let operations = || api.operations.iter().filter(|op| only.op(op));
    for op in operations() {
        let cx = op_cx(op);
        let cfg = features.op(op);
        types.push(gate(&cfg, cx.response_enum(detail)));
        types.extend(cx.upload_struct().map(|t| gate(&cfg, t)));
        trait_methods.push(cx.trait_method(&cfg, detail));
    }
    let delegates = detail.body(|| {
        operations()
            .map(|op| op_cx(op).delegate(&features.op(op)))
            .collect()
    });
    let routes = detail.body(|| routes(api, features).into_iter().collect());
    let security = security_consts(api);
    let error_model_impls = error_model_conversions(api, &index, &models, features, error_models);
    quote! {
        //! The API as a trait to implement, and a router that serves an implementation.
        // Names, sizes and arities come from the spec (`foo`, `from_template`, forty fields),
        // so the lints that judge them are the spec's business, not the crate's.
        #![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items, clippy::needless_borrow, unused_variables, unused_mut, clippy::disallowed_names, clippy::too_many_arguments, clippy::large_enum_variant, clippy::enum_variant_names, clippy::should_implement_trait, clippy::wrong_self_convention, clippy::type_complexity)]

        #[allow(unused_imports)]
        use axum::response::IntoResponse as _;
        use #runtime as rt;
        use crate::rt::deps::axum;
        #[allow(unused_imports)]
        use crate::rt::deps::serde_urlencoded;

        #security

        #(#types)*

        #error_model_impls

        /// The API. Implement one method per operation; [`router`] does the HTTP work:
        /// routing, extraction, validation, credentials, and errors written by
        /// [`rt::ServerConfig::error_response`].
        pub trait Api: ::std::marker::Send + ::std::marker::Sync + 'static {
            /// Verifies a credential before any handler runs; `ctx.scheme` names the security
            /// scheme it came with (a requirement of several schemes calls it once for each). The default accepts every credential; return [`rt::ApiError::invalid_credential`] (401) or
            /// [`rt::ApiError::forbidden`] (403) to refuse. Anything stored in
            /// `ctx.extensions` reaches the handler.
            fn authenticate(&self, token: &str, ctx: &mut rt::RequestContext) -> impl ::std::future::Future<Output = ::std::result::Result<(), rt::ApiError>> + ::std::marker::Send {
                let _ = (token, ctx);
                async { ::std::result::Result::Ok(()) }
            }

            #(#trait_methods)*
        }

        /// An `Arc` of an implementation is an implementation, so callers can keep a handle on
        /// the state the router serves.
        impl<T: Api> Api for ::std::sync::Arc<T> {
            fn authenticate(&self, token: &str, ctx: &mut rt::RequestContext) -> impl ::std::future::Future<Output = ::std::result::Result<(), rt::ApiError>> + ::std::marker::Send {
                (**self).authenticate(token, ctx)
            }

            #delegates
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
        ) -> ::std::result::Result<(axum::http::request::Parts, axum::body::Body, rt::RequestContext), rt::ApiError> {
            let (mut parts, body) = request.into_parts();
            let credentials = rt::credentials(&parts, auth.requirements, auth.anonymous)?;
            // The headers move to the context (handlers read them there), not copied.
            let mut ctx = rt::RequestContext::taking_headers(&mut parts, operation);
            // Each credential of the satisfied requirement is checked; the first stays in `ctx`.
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
            #routes
            rt::finish(router, shared, &finish)
        }
    }
}

/// The second part of [`server`]: the body checks and the handlers.
pub fn server_tail(
    api: &Api,
    models: &str,
    features: &Features,
    error_models: &[String],
    only: Only<'_>,
) -> TokenStream {
    let mut tokens = TokenStream::new();
    server_tail_items(api, models, features, error_models, only, |item| {
        tokens.extend(item)
    });
    tokens
}

/// [`server_tail`] an item at a time, in order: a large spec's are formatted as they come
/// instead of being gathered into one token stream first.
pub fn server_tail_items(
    api: &Api,
    models: &str,
    features: &Features,
    error_models: &[String],
    only: Only<'_>,
    mut item: impl FnMut(TokenStream),
) {
    let models = path(models);
    let index = Index::new(api);
    let checked = checked_types(api, &index, features);
    let tables = Tables::of(api, &index);
    let checks = Checks {
        index: &index,
        models: &models,
        tables: &tables,
    };
    for (name, set) in checked.iter().filter(|(name, _)| only.ty(name)) {
        item(gate(&features.cfg(Some(set)), check_fn(name, &checks)));
    }
    for op in api.operations.iter().filter(|op| only.op(op)) {
        let cx = Op::new(op, &models, &index, error_models);
        item(gate(&features.op(op), cx.handler()));
    }
}

struct Op<'a> {
    op: &'a Operation,
    models: &'a TokenStream,
    index: &'a Index<'a>,
    /// The error models whose `FromApiError` is written by hand beside the generated code.
    error_models: &'a [String],
}

impl<'a> Op<'a> {
    fn new(
        op: &'a Operation,
        models: &'a TokenStream,
        index: &'a Index<'a>,
        error_models: &'a [String],
    ) -> Self {
        Op {
            op,
            models,
            index,
            error_models,
        }
    }

    fn response_name(&self) -> proc_macro2::Ident {
        format_ident!("{}Response", self.op.type_stem)
    }

    fn upload_name(&self) -> proc_macro2::Ident {
        format_ident!("{}Form", self.op.type_stem)
    }

    fn all_responses(&self) -> impl Iterator<Item = &Response> {
        self.op.responses.iter().chain(&self.op.default_response)
    }

    fn body_type(&self, body: &BodyContent) -> TokenStream {
        match body {
            BodyContent::Json(t) | BodyContent::Form(t) => type_tokens(t, self.models),
            BodyContent::Binary(_) | BodyContent::Multipart(_) => {
                quote!(axum::body::Body)
            }
            BodyContent::Text(_) => quote!(::std::string::String),
            BodyContent::EventStream { item, .. } => {
                let item = type_tokens(item, self.models);
                quote!(rt::EventSource<#item>)
            }
        }
    }

    /// One variant per documented response.
    fn response_enum(&self, detail: Detail) -> TokenStream {
        let name = self.response_name();
        let variants = self.all_responses().map(|r| {
            let v = ident(&r.variant);
            let doc = format!(
                " {}: {}",
                status_label(r.status),
                docs::render(&r.docs, "").lines().next().unwrap_or("")
            );
            let status_field = needs_status(r).then(|| quote!(axum::http::StatusCode));
            let body = r.body.as_ref().map(|b| self.body_type(b));
            if r.headers.is_empty() {
                let items: Vec<TokenStream> = status_field.into_iter().chain(body).collect();
                if items.is_empty() {
                    quote! { #[doc = #doc] #v, }
                } else {
                    quote! { #[doc = #doc] #v(#(#items),*), }
                }
            } else {
                let status = needs_status(r).then(|| {
                    quote! { /// The status to send.
                    status: axum::http::StatusCode, }
                });
                let body = body.map(|t| {
                    quote! { /// The body.
                    body: #t, }
                });
                let headers = r.headers.iter().map(|h| {
                    let n = ident(&h.name.rust);
                    let t = type_tokens(&h.ty, self.models);
                    let t = if h.required {
                        t
                    } else {
                        quote!(::std::option::Option<#t>)
                    };
                    let d = docs::attrs(&h.docs, &format!("The `{}` header.", h.name.wire));
                    quote! { #d #n: #t, }
                });
                quote! { #[doc = #doc] #v { #status #body #(#headers)* }, }
            }
        });
        let arms = detail.body(|| self.all_responses().map(|r| self.response_arm(r)).collect());
        let doc = format!(
            " What `{}` can answer: only the statuses the spec documents.",
            self.op.name.wire
        );
        let from_error = self.error_conversion();
        quote! {
            #[doc = #doc]
            #[derive(Debug)]
            pub enum #name { #(#variants)* }

            impl axum::response::IntoResponse for #name {
                fn into_response(self) -> axum::response::Response {
                    match self { #arms }
                }
            }

            #from_error
        }
    }

    /// `From<rt::ApiError>`, so an implementation answers any error with `error.into()`: the
    /// variant documented for its status, else `default`. Emitted when the error bodies are
    /// error models (see `error_model`) and the operation has a `default` response to take
    /// the statuses it does not list.
    fn error_conversion(&self) -> Option<TokenStream> {
        let name = self.response_name();
        let mut default = None;
        let mut arms = Vec::new();
        for r in self.all_responses() {
            let Some(BodyContent::Json(t)) = &r.body else {
                continue;
            };
            if !r.headers.is_empty() || error_model(t, self.index, self.error_models).is_none() {
                continue;
            }
            let v = ident(&r.variant);
            match r.status {
                None => default = Some(v),
                Some(Status::Code(c)) if c >= 400 => {
                    let c = Literal::u16_unsuffixed(c);
                    arms.push(quote!(#c => Self::#v(FromApiError::from_api_error(error)),));
                }
                Some(_) => {}
            }
        }
        let default = default?;
        let fallback = quote!(Self::#default(status, FromApiError::from_api_error(error)));
        let body = if arms.is_empty() {
            fallback
        } else {
            quote!(match status.as_u16() { #(#arms)* _ => #fallback, })
        };
        Some(quote! {
            impl ::std::convert::From<rt::ApiError> for #name {
                /// The variant documented for the error's status (`Default` for the others),
                /// the error in the API's error model.
                fn from(error: rt::ApiError) -> Self {
                    let status = error.status;
                    #body
                }
            }
        })
    }

    fn response_arm(&self, r: &Response) -> TokenStream {
        let v = ident(&r.variant);
        let code = match r.status {
            Some(Status::Code(c)) => {
                let c = Literal::u16_unsuffixed(c);
                quote!(#c)
            }
            _ => quote!(status.as_u16()),
        };
        let header_names: Vec<_> = r.headers.iter().map(|h| ident(&h.name.rust)).collect();
        let required_headers = r.headers.iter().filter(|h| h.required).map(|h| {
            let n = ident(&h.name.rust);
            let wire = &h.name.wire;
            quote! { (#wire, rt::QueryValue::to_query(&#n)) }
        });
        let optional: Vec<&ir::Header> = r.headers.iter().filter(|h| !h.required).collect();
        let push_optional = optional.iter().map(|h| {
            let n = ident(&h.name.rust);
            let wire = &h.name.wire;
            quote! { if let ::std::option::Option::Some(v) = &#n { headers.push((#wire, rt::QueryValue::to_query(v))); } }
        });
        // Most responses carry no headers: they pass an empty list in one line.
        let headers = if r.headers.is_empty() {
            quote!(::std::vec::Vec::new())
        } else {
            quote!(headers)
        };
        let respond = match &r.body {
            None => quote!(rt::empty_response(#code, #headers)),
            Some(BodyContent::Form(t)) if form_ready(t, self.index) => {
                quote!(rt::form_response(#code, &body, #headers))
            }
            Some(BodyContent::Json(_) | BodyContent::Form(_)) => {
                quote!(rt::json_response(#code, &body, #headers))
            }
            Some(BodyContent::Binary(ct)) => {
                let ct = static_content_type(ct);
                quote!(rt::body_response(#code, #ct, body, #headers))
            }
            Some(BodyContent::Multipart(_)) => {
                quote!(rt::body_response(#code, "multipart/form-data", body, #headers))
            }
            Some(BodyContent::Text(ct)) => {
                let ct = static_content_type(ct);
                quote!(rt::body_response(#code, #ct, axum::body::Body::from(body), #headers))
            }
            Some(BodyContent::EventStream { text, .. }) => {
                quote!(rt::event_response(#code, body, #text, #headers))
            }
        };
        let status_bind = needs_status(r).then(|| quote!(status));
        let body_bind = r.body.as_ref().map(|_| quote!(body));
        let pattern = if r.headers.is_empty() {
            let items: Vec<TokenStream> = status_bind.into_iter().chain(body_bind).collect();
            if items.is_empty() {
                quote!(Self::#v)
            } else {
                quote!(Self::#v(#(#items),*))
            }
        } else {
            let binds: Vec<TokenStream> = status_bind
                .into_iter()
                .chain(body_bind)
                .chain(header_names.iter().map(|h| quote!(#h)))
                .collect();
            quote!(Self::#v { #(#binds),* })
        };
        if r.headers.is_empty() {
            return quote!(#pattern => #respond,);
        }
        let mutable = if optional.is_empty() {
            quote!()
        } else {
            quote!(mut)
        };
        quote! {
            #pattern => {
                let #mutable headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec![#(#required_headers),*];
                #(#push_optional)*
                #respond
            }
        }
    }

    /// The parts of a multipart body, as the trait method receives them.
    fn upload_struct(&self) -> Option<TokenStream> {
        let Some(ir::RequestBody {
            content: BodyContent::Multipart(fields),
            docs: d,
            ..
        }) = &self.op.body
        else {
            return None;
        };
        let name = self.upload_name();
        let defs = fields.iter().map(|f| {
            let n = ident(&f.name.rust);
            let t = match &f.kind {
                PartKind::File => quote!(rt::UploadStream),
                PartKind::Value(t) => type_tokens(t, self.models),
            };
            let t = if f.required {
                t
            } else {
                quote!(::std::option::Option<#t>)
            };
            let doc = docs::attrs(&f.docs, &format!("The `{}` part.", f.name.wire));
            quote! { #doc pub #n: #t, }
        });
        let doc = docs::attrs(
            d,
            &format!("The multipart body of `{}`.", self.op.name.wire),
        );
        Some(quote! {
            #doc
            #[derive(Debug)]
            pub struct #name { #(#defs)* }
        })
    }

    /// The typed inputs, in order: path parameters, headers, query, body.
    fn inputs(&self) -> Vec<(proc_macro2::Ident, TokenStream)> {
        let mut out = Vec::new();
        for p in &self.op.path_params {
            out.push((ident(&p.name.rust), type_tokens(&p.ty, self.models)));
        }
        for p in self.op.header_params.iter().chain(&self.op.cookie_params) {
            let t = type_tokens(&p.ty, self.models);
            out.push((
                ident(&p.name.rust),
                if p.required {
                    t
                } else {
                    quote!(::std::option::Option<#t>)
                },
            ));
        }
        if let Some(q) = &self.op.query_type {
            let q = ident(q);
            let m = self.models;
            out.push((format_ident!("query"), quote!(#m::#q)));
        }
        if let Some(body) = &self.op.body {
            let t = match &body.content {
                BodyContent::Json(t) | BodyContent::Form(t) => type_tokens(t, self.models),
                BodyContent::Multipart(_) => {
                    let n = self.upload_name();
                    quote!(#n)
                }
                BodyContent::Binary(_) | BodyContent::EventStream { .. } => {
                    quote!(axum::body::Body)
                }
                BodyContent::Text(_) => quote!(::std::string::String),
            };
            let optional = !body.required
                && matches!(body.content, BodyContent::Json(_) | BodyContent::Form(_));
            out.push((
                format_ident!("body"),
                if optional {
                    quote!(::std::option::Option<#t>)
                } else {
                    t
                },
            ));
        }
        out
    }

    fn trait_method(&self, cfg: &TokenStream, detail: Detail) -> TokenStream {
        let op = self.op;
        let name = ident(&op.name.rust);
        let response = self.response_name();
        let args = self.inputs().into_iter().map(|(n, t)| quote!(#n: #t));
        let doc = detail.docs(|| docs::operation(op));
        quote! {
            #doc
            #cfg
            fn #name(&self, ctx: rt::RequestContext, #(#args),*) -> impl ::std::future::Future<Output = #response> + ::std::marker::Send;
        }
    }

    fn delegate(&self, cfg: &TokenStream) -> TokenStream {
        let name = ident(&self.op.name.rust);
        let response = self.response_name();
        let inputs = self.inputs();
        let args = inputs.iter().map(|(n, t)| quote!(#n: #t));
        let names = inputs.iter().map(|(n, _)| n);
        quote! {
            #cfg
            fn #name(&self, ctx: rt::RequestContext, #(#args),*) -> impl ::std::future::Future<Output = #response> + ::std::marker::Send {
                (**self).#name(ctx, #(#names),*)
            }
        }
    }

    fn handler(&self) -> TokenStream {
        let op = self.op;
        let handler = format_ident!("handle_{}", op.name.rust);
        let method = ident(&op.name.rust);
        let wire = &op.name.wire;
        let prims = quote!(rt::primitives);
        let auth = security_ref(op);
        let path_params = (!op.path_params.is_empty()).then(|| {
            let reads = op.path_params.iter().enumerate().map(|(i, p)| {
                let n = ident(&p.name.rust);
                let t = type_tokens(&p.ty, self.models);
                let capture = format!("p{i}");
                let wire = &p.name.wire;
                let read = match p.style {
                    ParamStyle::Json => quote!(rt::path_json(&params, #capture, #wire)?),
                    ParamStyle::Simple if is_scalar(&p.ty, self.index) => {
                        quote!(rt::path_param(&params, #capture, #wire)?)
                    }
                    style => {
                        let style = style_tokens(style, &prims);
                        let explode = p.explode;
                        quote!(rt::path_styled(&params, #capture, #wire, #style, #explode)?)
                    }
                };
                quote! { let #n: #t = #read; }
            });
            quote! {
                let params = rt::path_params(&mut parts).await?;
                #(#reads)*
            }
        });
        let headers = op.header_params.iter().map(|p| {
            let n = ident(&p.name.rust);
            let t = type_tokens(&p.ty, self.models);
            let wire = &p.name.wire;
            let read = match p.style {
                ParamStyle::Json => quote!(rt::header_json(&ctx.headers, #wire)?),
                _ if is_scalar(&p.ty, self.index) => {
                    quote!(rt::header_param(&ctx.headers, #wire, false)?)
                }
                _ => {
                    let explode = p.explode;
                    quote!(rt::header_styled(&ctx.headers, #wire, #explode)?)
                }
            };
            let what = format!("header {wire}");
            finish_param(p, &n, &t, read, &what, &prims)
        });
        let cookies = (!op.cookie_params.is_empty()).then(|| {
            let reads = op.cookie_params.iter().map(|p| {
                let n = ident(&p.name.rust);
                let t = type_tokens(&p.ty, self.models);
                let wire = &p.name.wire;
                let read = match p.style {
                    ParamStyle::Json => quote!(rt::cookie_json(&cookies, #wire)?),
                    _ => {
                        let explode = p.explode;
                        quote!(rt::cookie_param(&cookies, #wire, #explode)?)
                    }
                };
                let what = format!("cookie {wire}");
                finish_param(p, &n, &t, read, &what, &prims)
            });
            quote! {
                let cookies = rt::cookies(&ctx.headers);
                #(#reads)*
            }
        });
        // API keys sent in the query are credentials, not parameters.
        let keys: Vec<&String> = op
            .schemes()
            .into_iter()
            .filter_map(|a| match a {
                Auth::ApiKey {
                    name,
                    location: ir::ParamLocation::Query,
                    ..
                } => Some(name),
                _ => None,
            })
            .collect();
        let read_pairs = if keys.is_empty() {
            quote!(let pairs = rt::query_pairs(parts.uri.query())?;)
        } else {
            quote! {
                let mut pairs = rt::query_pairs(parts.uri.query())?;
                pairs.retain(|(k, _)| ![#(#keys),*].contains(&k.as_str()));
            }
        };
        let query = match &op.query_type {
            Some(q) => {
                let q = ident(q);
                let m = self.models;
                quote! {
                    #read_pairs
                    let query = #m::#q::from_pairs(&pairs).map_err(rt::bad_query)?;
                    query.validate().map_err(rt::bad_query)?;
                }
            }
            None => quote! {
                #read_pairs
                rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
            },
        };
        let body = self.body_extraction();
        let args = self.inputs().into_iter().map(|(n, _)| n);
        quote! {
            async fn #handler<A: Api>(
                axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
                request: axum::extract::Request,
            ) -> axum::response::Response {
                let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
                    let (mut parts, body, ctx) = begin(&shared, request, #wire, &#auth).await?;
                    #path_params
                    #(#headers)*
                    #cookies
                    #query
                    #body
                    ::std::result::Result::Ok(shared.api.#method(ctx, #(#args),*).await.into_response())
                }
                .await;
                result.unwrap_or_else(|e| render(&shared, e))
            }
        }
    }

    fn body_extraction(&self) -> TokenStream {
        let Some(body) = &self.op.body else {
            return quote!(let _ = body;);
        };
        let required = body.required;
        match &body.content {
            BodyContent::Json(t) => {
                let ty = type_tokens(t, self.models);
                let check = check_fn_path(t, self.index);
                let get = if required {
                    quote!(.ok_or_else(|| rt::ApiError::malformed_body("The request body is required"))?)
                } else {
                    quote!()
                };
                quote! { let body = rt::json_body::<#ty>(body, shared.config.body_limit, #required, #check).await? #get; }
            }
            BodyContent::Form(t) if form_ready(t, self.index) => {
                let ty = type_tokens(t, self.models);
                let get = if required {
                    quote!(.ok_or_else(|| rt::ApiError::malformed_body("The request body is required"))?)
                } else {
                    quote!()
                };
                quote! { let body = rt::form_body::<#ty>(body, shared.config.body_limit, #required).await? #get; }
            }
            BodyContent::Form(t) => {
                let ty = type_tokens(t, self.models);
                let parse = quote! {
                    serde_urlencoded::from_bytes::<#ty>(&bytes).map_err(|e| rt::ApiError::unprocessable(e.to_string()))?
                };
                if required {
                    quote! { let bytes = rt::read_body(body, shared.config.body_limit).await?; let body = #parse; }
                } else {
                    quote! {
                        let bytes = rt::read_body(body, shared.config.body_limit).await?;
                        let body = if bytes.is_empty() { ::std::option::Option::None } else { ::std::option::Option::Some(#parse) };
                    }
                }
            }
            BodyContent::Binary(_) | BodyContent::EventStream { .. } => quote!(),
            BodyContent::Text(_) => quote! {
                let bytes = rt::read_body(body, shared.config.body_limit).await?;
                let body = ::std::string::String::from_utf8(bytes.to_vec()).map_err(|_| rt::ApiError::malformed_body("The request body is not UTF-8 text"))?;
            },
            BodyContent::Multipart(fields) => self.multipart_extraction(fields),
        }
    }

    fn multipart_extraction(&self, fields: &[ir::MultipartField]) -> TokenStream {
        let upload = self.upload_name();
        let slots: Vec<_> = fields
            .iter()
            .map(|f| format_ident!("part_{}", f.name.rust.trim_start_matches("r#")))
            .collect();
        let slot_types = fields.iter().map(|f| match &f.kind {
            PartKind::File => quote!(rt::UploadStream),
            PartKind::Value(t) => type_tokens(t, self.models),
        });
        let last_file = fields.iter().rposition(|f| f.kind == PartKind::File);
        let required_values: Vec<_> = fields
            .iter()
            .zip(&slots)
            .filter(|(f, _)| f.required && f.kind != PartKind::File)
            .map(|(_, s)| quote!(#s.is_some()))
            .collect();
        let arms = fields.iter().zip(&slots).enumerate().map(|(i, (f, slot))| {
            let wire = &f.name.wire;
            match &f.kind {
                PartKind::File if Some(i) == last_file => {
                    // The last file streams straight to the handler once every required value
                    // has arrived; anything before it is small enough to buffer.
                    let ready = if required_values.is_empty() { quote!(true) } else { quote!(#(#required_values)&&*) };
                    quote! {
                        #wire => {
                            if #ready {
                                #slot = ::std::option::Option::Some(part.into_stream());
                                break;
                            }
                            #slot = ::std::option::Option::Some(part.buffered().await?);
                        }
                    }
                }
                PartKind::File => quote! { #wire => { #slot = ::std::option::Option::Some(part.buffered().await?); } },
                PartKind::Value(_) => quote! { #wire => { #slot = ::std::option::Option::Some(part.value().await?); } },
            }
        });
        let finish = fields.iter().zip(&slots).map(|(f, slot)| {
            let n = ident(&f.name.rust);
            let wire = &f.name.wire;
            if f.required {
                quote! { #n: #slot.ok_or_else(|| rt::ApiError::unprocessable(format!("{} is required", #wire)))?, }
            } else {
                quote! { #n: #slot, }
            }
        });
        quote! {
            let mut multipart = rt::Multipart::new(&ctx.headers, body, shared.config.body_limit)?;
            #( let mut #slots: ::std::option::Option<#slot_types> = ::std::option::Option::None; )*
            let mut unknown: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
            while let ::std::option::Option::Some(part) = multipart.next_part().await? {
                match part.name().unwrap_or("").to_owned().as_str() {
                    #(#arms)*
                    other => {
                        unknown.push(format!("'{other}'"));
                        part.skip().await?;
                    }
                }
            }
            if !unknown.is_empty() {
                return ::std::result::Result::Err(rt::ApiError::unprocessable(format!("Unknown field(s): {}", unknown.join(", "))));
            }
            let body = #upload { #(#finish)* };
        }
    }
}

/// Binds a header or cookie parameter read as `Option<T>`: required ones must be there, and
/// absent ones take the spec's default.
fn finish_param(
    p: &ir::Param,
    n: &proc_macro2::Ident,
    t: &TokenStream,
    read: TokenStream,
    what: &str,
    prims: &TokenStream,
) -> TokenStream {
    match (p.required, param_default(p, prims)) {
        (true, _) => quote! { let #n: #t = rt::required_param(#read, #what)?; },
        (false, Some(default)) => {
            quote! { let #n: ::std::option::Option<#t> = #read.or_else(|| #default); }
        }
        (false, None) => quote! { let #n: ::std::option::Option<#t> = #read; },
    }
}

/// The error model `t` names: a schema listed in `hand_written` (its `FromApiError` is written
/// beside the generated code), or one shaped as RFC 9457 problem details, for which the
/// generator writes it.
fn error_model(t: &TypeRef, index: &Index, hand_written: &[String]) -> Option<String> {
    let TypeRef::Named(name) = index.resolve(t) else {
        return None;
    };
    let known =
        hand_written.contains(name) || problem_literal(name, index, &TokenStream::new()).is_some();
    known.then(|| name.clone())
}

/// A literal of the problem-details model `name` from `error` (an `rt::ApiError`), when the
/// model is problem details: an object with `title` or `detail` among the members RFC 9457
/// defines (`type`, `title`, `status`, `detail`, `instance`), every other field optional.
fn problem_literal(name: &str, index: &Index, models: &TokenStream) -> Option<TokenStream> {
    let Some(TypeKind::Struct(s)) = index.kind(name) else {
        return None;
    };
    let has = |wire: &str| s.fields.iter().any(|f| f.name.wire == wire);
    if !(has("title") || has("detail")) {
        return None;
    }
    struct_literal(name, s, models, |f| {
        match (f.name.wire.as_str(), index.resolve(&f.ty)) {
            ("type", TypeRef::String) => Some(quote!(::std::string::String::from("about:blank"))),
            ("title", TypeRef::String) => Some(quote!(error.title().to_owned())),
            ("detail", TypeRef::String) => Some(quote!(error.detail.clone())),
            ("status", TypeRef::I64) => Some(quote!(i64::from(error.status.as_u16()))),
            ("status", TypeRef::I32) => Some(quote!(i32::from(error.status.as_u16()))),
            _ => None,
        }
    })
}

/// The `FromApiError` trait, and its impl for each problem-details model the operations'
/// error responses use (gated like the model); the response enums' conversions build on it.
/// Without any error model, nothing.
fn error_model_conversions(
    api: &Api,
    index: &Index,
    models: &TokenStream,
    features: &Features,
    hand_written: &[String],
) -> TokenStream {
    let mut seen = BTreeSet::new();
    let mut impls = Vec::new();
    for op in &api.operations {
        for r in op.responses.iter().chain(&op.default_response) {
            let Some(BodyContent::Json(t)) = &r.body else {
                continue;
            };
            let Some(name) = error_model(t, index, hand_written) else {
                continue;
            };
            if !seen.insert(name.clone()) {
                continue;
            }
            let Some(value) = problem_literal(&name, index, models) else {
                continue;
            };
            let ty = type_tokens(&TypeRef::Named(name.clone()), models);
            impls.push(gate(
                &features.ty(&name),
                quote! {
                    impl FromApiError for #ty {
                        /// The error as problem details.
                        fn from_api_error(error: rt::ApiError) -> Self {
                            #value
                        }
                    }
                },
            ));
        }
    }
    if seen.is_empty() {
        return TokenStream::new();
    }
    quote! {
        /// An error model of the API that an [`rt::ApiError`] can be written in, so that a
        /// handler answers any error with `error.into()`: the response enum's variant for the
        /// error's status, its body in that model. Generated for problem-details models;
        /// the API's other error models implement it beside the generated code.
        pub trait FromApiError {
            /// The error in this model.
            fn from_api_error(error: rt::ApiError) -> Self;
        }

        #(#impls)*
    }
}

/// A literal of struct `name`: `value` gives the fields it fills, every other field must be
/// optional (left `None`); `None` when one is required.
fn struct_literal(
    name: &str,
    s: &ir::Struct,
    models: &TokenStream,
    value: impl Fn(&ir::Field) -> Option<TokenStream>,
) -> Option<TokenStream> {
    // The models name the extra-properties map this way (see `models::structure`).
    let mut scope = crate::names::Scope::new();
    for f in &s.fields {
        scope.claim(f.name.rust.clone());
    }
    let extra = ident(&scope.claim("additional_properties".to_owned()));
    let mut inits = Vec::new();
    for f in &s.fields {
        let field = ident(&f.name.rust);
        let v = match value(f) {
            Some(_) if f.boxed => return None,
            Some(v) => match f.presence {
                Presence::Required => v,
                Presence::Optional | Presence::RequiredNullable => {
                    quote!(::std::option::Option::Some(#v))
                }
                Presence::OptionalNullable => {
                    quote!(::std::option::Option::Some(::std::option::Option::Some(#v)))
                }
            },
            None if f.presence == Presence::Required => return None,
            None => quote!(::std::option::Option::None),
        };
        inits.push(quote!(#field: #v));
    }
    if s.additional.is_some() {
        inits.push(quote!(#extra: ::std::default::Default::default()));
    }
    let ty = type_tokens(&TypeRef::Named(name.to_owned()), models);
    Some(quote!(#ty { #(#inits),* }))
}

/// Range and default responses carry the status the handler picked.
fn needs_status(r: &Response) -> bool {
    !matches!(r.status, Some(Status::Code(_)))
}

fn status_label(status: Option<Status>) -> String {
    match status {
        Some(Status::Code(c)) => format!("`{c}`"),
        Some(Status::Range(r)) => format!("`{r}XX`"),
        None => "Any other status".to_owned(),
    }
}

fn static_content_type(ct: &str) -> String {
    if ct.contains('*') {
        "application/octet-stream".to_owned()
    } else {
        ct.to_owned()
    }
}

/// The axum routes: capture names are positional (`{p0}`), so templates that differ only in
/// parameter names share one route, and methods of the same route share one `MethodRouter`.
fn routes(api: &Api, features: &Features) -> Vec<TokenStream> {
    let mut grouped: Vec<(String, Vec<&Operation>)> = Vec::new();
    for op in &api.operations {
        let mut route = String::new();
        let mut seen = Vec::new();
        for s in &op.segments {
            match s {
                PathSegment::Literal(l) => route.push_str(l),
                // A template may name a parameter twice (`/{id}/x/{id}`); axum needs distinct
                // captures, and the first one is read.
                PathSegment::Param(i) if seen.contains(i) => {
                    route.push_str(&format!("{{p{i}r{}}}", seen.len()));
                }
                PathSegment::Param(i) => {
                    seen.push(*i);
                    route.push_str(&format!("{{p{i}}}"));
                }
            }
        }
        if !route.starts_with('/') {
            route.insert(0, '/');
        }
        match grouped.iter_mut().find(|(r, _)| *r == route) {
            Some((_, ops)) if ops.iter().any(|o| o.method == op.method) => {} // a duplicate: the first wins
            Some((_, ops)) => ops.push(op),
            None => grouped.push((route, vec![op])),
        }
    }
    grouped
        .into_iter()
        .map(|(route, ops)| {
            let call = |op: &Operation| {
                let m = format_ident!("{}", op.method.as_str().to_ascii_lowercase());
                let h = format_ident!("handle_{}", op.name.rust);
                quote!(.#m(#h::<A>))
            };
            if ops.iter().all(|op| features.op(op).is_empty()) {
                let calls = ops.iter().map(|op| call(op));
                return quote! {
                    let router = rt::add_route(router, #route, axum::routing::MethodRouter::new() #(#calls)*);
                };
            }
            // The route exists when one of its operations is compiled, each method when its own is.
            let any: BTreeSet<usize> = ops.iter().flat_map(|op| features.op_set(op)).collect();
            let route_cfg = features.cfg(Some(&any));
            let methods = ops.iter().map(|op| {
                let cfg = features.op(op);
                let call = call(op);
                quote! { #cfg let methods = methods #call; }
            });
            quote! {
                #route_cfg
                let router = {
                    let methods = axum::routing::MethodRouter::new();
                    #(#methods)*
                    rt::add_route(router, #route, methods)
                };
            }
        })
        .collect()
}

/// Struct types reachable from JSON request bodies: they get a `check_*` function, compiled
/// with the features of the operations whose bodies reach it (an unused one would warn).
pub(super) fn checked_types(
    api: &Api,
    index: &Index,
    features: &Features,
) -> BTreeMap<String, BTreeSet<usize>> {
    let mut out: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for op in &api.operations {
        let Some(ir::RequestBody {
            content: BodyContent::Json(root),
            ..
        }) = &op.body
        else {
            continue;
        };
        let set = features.op_set(op);
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&TypeRef> = vec![root];
        while let Some(t) = stack.pop() {
            // Aliases can lead back to themselves through arrays (`A = [A]`): visit each name once.
            if let TypeRef::Named(n) = t {
                if !seen.insert(n.clone()) {
                    continue;
                }
            }
            match index.resolve(t) {
                TypeRef::Named(n) => {
                    if let Some(TypeKind::Struct(s)) = index.kind(n) {
                        out.entry(n.clone())
                            .or_default()
                            .extend(set.iter().copied());
                        if seen.insert(format!("struct {n}")) {
                            stack.extend(s.fields.iter().map(|f| &f.ty));
                        }
                    }
                }
                TypeRef::Array(inner) | TypeRef::Nullable(inner) | TypeRef::Map(inner) => {
                    stack.push(inner)
                }
                _ => {}
            }
        }
    }
    out
}

fn check_name(type_name: &str) -> proc_macro2::Ident {
    format_ident!("check_{}", type_name.to_snake_case())
}

/// The check function for a body type, or a no-op for bodies that are not objects. A nullable
/// body (`nullable: true` on its schema) may be `null`; anything else is checked as the object.
fn check_fn_path(t: &TypeRef, index: &Index) -> TokenStream {
    let (ty, nullable) = match index.resolve(t) {
        TypeRef::Nullable(inner) => (index.resolve(inner), true),
        other => (other, false),
    };
    let f = match ty {
        TypeRef::Named(n) if matches!(index.kind(n), Some(TypeKind::Struct(_))) => check_name(n),
        _ => return quote!(|_, _, _| {}),
    };
    if !nullable {
        return quote!(#f);
    }
    quote!(|v: &mut ::serde_json::Value, at: &rt::At<'_>, problems: &mut ::std::vec::Vec<::std::string::String>| {
        if !v.is_null() {
            #f(v, at, problems)
        }
    })
}

/// What the body checks need: the types, the models' path and the pattern table.
struct Checks<'a> {
    index: &'a Index<'a>,
    models: &'a TokenStream,
    tables: &'a Tables,
}

fn check_fn(name: &str, cx: &Checks) -> TokenStream {
    let index = cx.index;
    let Some(TypeKind::Struct(s)) = index.kind(name) else {
        return quote!();
    };
    let f = check_name(name);
    let known: Vec<&String> = s.fields.iter().map(|f| &f.name.wire).collect();
    let required: Vec<&String> = s
        .fields
        .iter()
        .filter(|f| matches!(f.presence, Presence::Required | Presence::RequiredNullable))
        .map(|f| &f.name.wire)
        .collect();
    let not_null: Vec<&String> = s
        .fields
        .iter()
        .filter(|f| {
            f.presence == Presence::Optional
                && !matches!(index.resolve(&f.ty), TypeRef::Json | TypeRef::Nullable(_))
        })
        .map(|f| &f.name.wire)
        .collect();
    let read_only: Vec<&String> = s
        .fields
        .iter()
        .filter(|f| f.read_only)
        .map(|f| &f.name.wire)
        .collect();
    let closed = s.closed;
    let per_field = s.fields.iter().filter_map(|field| {
        let check = value_check(&field.ty, &field.constraints, cx, quote!(v), quote!(&at));
        if check.is_empty() {
            return None;
        }
        let wire = &field.name.wire;
        Some(quote! {
            if let ::std::option::Option::Some(v) = obj.get_mut(#wire).filter(|v| !v.is_null()) {
                let at = at.key(#wire);
                #check
            }
        })
    });
    let doc = format!(
        " Checks a `{name}` in a request body: unknown, missing and wrongly null fields, ranges and lengths."
    );
    quote! {
        #[doc = #doc]
        fn #f(value: &mut ::serde_json::Value, at: &rt::At<'_>, problems: &mut ::std::vec::Vec<::std::string::String>) {
            let ::std::option::Option::Some(obj) = rt::check_object(value, at, &[#(#known),*], &[#(#required),*], &[#(#not_null),*], &[#(#read_only),*], #closed, problems) else { return };
            #(#per_field)*
        }
    }
}

fn opt<T: quote::ToTokens>(v: Option<T>) -> TokenStream {
    match v {
        Some(v) => quote!(::std::option::Option::Some(#v)),
        None => quote!(::std::option::Option::None),
    }
}

/// Checks on one JSON value `v` at path `at`.
fn value_check(
    ty: &TypeRef,
    c: &ir::Constraints,
    cx: &Checks,
    v: TokenStream,
    at: TokenStream,
) -> TokenStream {
    let index = cx.index;
    // A nullable value is checked when present; `null` itself is left to deserialization.
    let resolved = match index.resolve(ty) {
        TypeRef::Nullable(inner) => index.resolve(inner),
        other => other,
    };
    let mut out = TokenStream::new();
    match resolved {
        TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64
            if c.minimum.is_some() || c.maximum.is_some() =>
        {
            let (min, max) = (opt(c.minimum), opt(c.maximum));
            let (emin, emax) = (c.exclusive_minimum, c.exclusive_maximum);
            out.extend(quote! { rt::check_number(#v, #at, #min, #max, #emin, #emax, problems); });
        }
        TypeRef::String if c.min_length.is_some() || c.max_length.is_some() => {
            let (min, max) = (opt(c.min_length), opt(c.max_length));
            out.extend(quote! { rt::check_string(#v, #at, #min, #max, problems); });
        }
        _ => {}
    }
    if let (Some(pattern), TypeRef::String | TypeRef::DateTime | TypeRef::Date | TypeRef::Uuid) =
        (&c.pattern, resolved)
    {
        let entry = cx.tables.pattern(pattern, cx.models);
        out.extend(quote! {
            if let ::std::option::Option::Some(text) = #v.as_str() {
                if #entry.check("", text).is_err() {
                    problems.push(rt::pattern_problem(#at, #pattern));
                }
            }
        });
    }
    match resolved {
        TypeRef::Named(n) if matches!(index.kind(n), Some(TypeKind::Struct(_))) => {
            let f = check_name(n);
            out.extend(quote! { #f(#v, #at, problems); });
        }
        TypeRef::Array(inner) => {
            if c.min_items.is_some() || c.max_items.is_some() {
                let (min, max) = (opt(c.min_items), opt(c.max_items));
                out.extend(quote! { rt::check_items(#v, #at, #min, #max, problems); });
            }
            let item_rules = c.items.as_deref().cloned().unwrap_or_default();
            let item = value_check(inner, &item_rules, cx, quote!(item), quote!(&item_at));
            if !item.is_empty() {
                out.extend(quote! {
                    if let ::std::option::Option::Some(items) = #v.as_array_mut() {
                        for (i, item) in items.iter_mut().enumerate() {
                            let item_at = #at.index(i);
                            #item
                        }
                    }
                });
            }
        }
        TypeRef::Map(inner) => {
            let value_rules = c.items.as_deref().cloned().unwrap_or_default();
            let value = value_check(inner, &value_rules, cx, quote!(value), quote!(&value_at));
            if !value.is_empty() {
                out.extend(quote! {
                    if let ::std::option::Option::Some(entries) = #v.as_object_mut() {
                        for (key, value) in entries.iter_mut().filter(|(_, v)| !v.is_null()) {
                            let value_at = #at.key(key);
                            #value
                        }
                    }
                });
            }
        }
        _ => {}
    }
    out
}
