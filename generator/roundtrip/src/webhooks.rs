// @generated from `generator/tests/fixtures/features.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! Webhooks and callbacks: the requests this API sends. `receiver` serves them (for
//! whoever the API calls: implement its `Api` and serve its `router`), `sender` sends
//! them (for the API's side: a `Client` of the receiver's base URL). Each is at
//! `/<name>` of that base URL.
pub mod receiver {
    #![cfg(feature = "server")]
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
    /// What `petAdopted` can answer: only the statuses the spec documents.
    #[cfg(feature = "bodies")]
    #[derive(Debug)]
    pub enum PetAdoptedResponse {
        /// `204`: Received.
        NoContent,
        /// `422`: An error.
        UnprocessableEntity(crate::models::Problem),
    }
    #[cfg(feature = "bodies")]
    impl axum::response::IntoResponse for PetAdoptedResponse {
        fn into_response(self) -> axum::response::Response {
            match self {
                Self::NoContent => rt::empty_response(204, ::std::vec::Vec::new()),
                Self::UnprocessableEntity(body) => {
                    rt::json_response(422, &body, ::std::vec::Vec::new())
                }
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
        /// A pet was adopted.
        ///
        /// `POST /pet-adopted`
        #[cfg(feature = "bodies")]
        fn pet_adopted(
            &self,
            ctx: rt::RequestContext,
            body: crate::models::Adoption,
        ) -> impl ::std::future::Future<
            Output = PetAdoptedResponse,
        > + ::std::marker::Send;
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
        #[cfg(feature = "bodies")]
        fn pet_adopted(
            &self,
            ctx: rt::RequestContext,
            body: crate::models::Adoption,
        ) -> impl ::std::future::Future<
            Output = PetAdoptedResponse,
        > + ::std::marker::Send {
            (**self).pet_adopted(ctx, body)
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
        #[cfg(feature = "bodies")]
        let router = {
            let methods = axum::routing::MethodRouter::new();
            #[cfg(feature = "bodies")]
            let methods = methods.post(handle_pet_adopted::<A>);
            rt::add_route(router, "/pet-adopted", methods)
        };
        rt::finish(router, shared, &finish)
    }
    /// Checks a `Adoption` in a request body: unknown, missing and wrongly null fields, ranges and lengths.
    #[cfg(feature = "bodies")]
    fn check_adoption(
        value: &mut ::serde_json::Value,
        at: &rt::At<'_>,
        problems: &mut ::std::vec::Vec<::std::string::String>,
    ) {
        let ::std::option::Option::Some(obj) = rt::check_object(
            value,
            at,
            &["pet_id", "adopter"],
            &["pet_id", "adopter"],
            &[],
            &[],
            false,
            problems,
        ) else { return };
        if let ::std::option::Option::Some(v) = obj
            .get_mut("adopter")
            .filter(|v| !v.is_null())
        {
            let at = at.key("adopter");
            rt::check_string(
                v,
                &at,
                ::std::option::Option::None,
                ::std::option::Option::Some(10usize),
                problems,
            );
        }
    }
    #[cfg(feature = "bodies")]
    async fn handle_pet_adopted<A: Api>(
        axum::extract::State(shared): axum::extract::State<::std::sync::Arc<Shared<A>>>,
        request: axum::extract::Request,
    ) -> axum::response::Response {
        let result: ::std::result::Result<axum::response::Response, rt::ApiError> = async {
            let (mut parts, body, ctx) = begin(
                    &shared,
                    request,
                    "petAdopted",
                    &rt::Auth::NONE,
                )
                .await?;
            let pairs = rt::query_pairs(parts.uri.query())?;
            rt::reject_unknown(&pairs, &[]).map_err(rt::bad_query)?;
            let body = rt::json_body::<
                crate::models::Adoption,
            >(body, shared.config.body_limit, true, check_adoption)
                .await?
                .ok_or_else(|| rt::ApiError::malformed_body(
                    "The request body is required",
                ))?;
            ::std::result::Result::Ok(
                shared.api.pet_adopted(ctx, body).await.into_response(),
            )
        }
            .await;
        result.unwrap_or_else(|e| render(&shared, e))
    }
    /// The router, accepting only deliveries signed with `key` (Standard Webhooks:
    /// HMAC-SHA256 of `id.timestamp.body`, checked on the raw body in constant time,
    /// a five-minute window, each id accepted once); a refusal is 401.
    pub fn signed_router<A: Api>(api: A, key: rt::SigningKey) -> axum::Router {
        rt::signed(router(api), key)
    }
}
pub mod sender {
    #![cfg(feature = "client")]
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
    rt::client_types!();
    impl Client {
        /// A pet was adopted.
        ///
        /// `POST /pet-adopted`
        #[cfg(feature = "bodies")]
        #[inline]
        pub async fn pet_adopted(
            &self,
            body: &crate::models::Adoption,
        ) -> ::std::result::Result<(), rt::Error<crate::models::Problem>> {
            let path = [rt::PathPart::Literal("/pet-adopted")];
            let spec = rt::RequestSpec {
                operation: "petAdopted",
                template: "/pet-adopted",
                method: reqwest::Method::POST,
                path: &path,
                query: ::std::vec::Vec::new(),
                headers: ::std::vec::Vec::new(),
                body: rt::RequestBody::json::<_, crate::models::Problem>(body)?,
                auth: rt::Auth::NONE,
            };
            let resp = self.send::<crate::models::Problem>(spec).await?;
            match resp.status().as_u16() {
                204 => ::std::result::Result::Ok(()),
                422 => {
                    ::std::result::Result::Err(
                        rt::api_error::<crate::models::Problem>(resp).await,
                    )
                }
                _ => ::std::result::Result::Err(rt::unexpected(resp).await),
            }
        }
    }
}
