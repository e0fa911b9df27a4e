//! A server on 127.0.0.1 whose `Api` records what each handler received, and a client for it.

#![allow(dead_code, clippy::large_enum_variant)]

use roundtrip::models::*;
use roundtrip::server::*;
use std::sync::{Arc, Mutex};

/// What one handler received, typed as the trait hands it over.
#[derive(Debug, Clone, PartialEq)]
pub enum Seen {
    Path(String, Vec<String>, Vec<String>, Color, Color),
    PathSimple(String, Vec<i64>, Vec<String>, Color, Color),
    Query(QueryStylesQuery),
    Exploded(QueryExplodedQuery),
    Headers(
        i64,
        Option<Vec<String>>,
        Option<Color>,
        Option<Color>,
        Option<String>,
    ),
    Cookies(
        String,
        Option<Vec<String>>,
        Option<Vec<String>>,
        Option<Color>,
        Option<String>,
    ),
    /// The scheme and token a credential arrived with (`None`: anonymous).
    Credential(Option<&'static str>, Option<String>),
    Pet(Pet),
    StrictPet(StrictPet),
    Patch(i64, PetPatch),
    Form(Form),
    ScalarUnions(IdOrName, Option<Vec<ScalarUnionsAroundItem>>),
}

#[derive(Default)]
pub struct Recorder {
    pub seen: Mutex<Vec<Seen>>,
}

impl Recorder {
    fn record(&self, s: Seen) {
        self.seen.lock().unwrap().push(s);
    }

    /// The last thing a handler received.
    pub fn last(&self) -> Option<Seen> {
        self.seen.lock().unwrap().last().cloned()
    }

    fn credential(&self, ctx: &roundtrip::RequestContext) {
        self.record(Seen::Credential(
            ctx.scheme,
            ctx.token.as_ref().map(|t| t.expose().to_owned()),
        ));
    }
}

impl Api for Recorder {
    async fn path_simple(
        &self,
        _: roundtrip::RequestContext,
        scalar: String,
        list: Vec<i64>,
        list_x: Vec<String>,
        obj: Color,
        obj_x: Color,
    ) -> PathSimpleResponse {
        self.record(Seen::PathSimple(scalar, list, list_x, obj, obj_x));
        PathSimpleResponse::NoContent
    }

    async fn path_label(
        &self,
        _: roundtrip::RequestContext,
        scalar: String,
        list: Vec<String>,
        list_x: Vec<String>,
        obj: Color,
        obj_x: Color,
    ) -> PathLabelResponse {
        self.record(Seen::Path(scalar, list, list_x, obj, obj_x));
        PathLabelResponse::NoContent
    }

    async fn path_matrix(
        &self,
        _: roundtrip::RequestContext,
        scalar: String,
        list: Vec<String>,
        list_x: Vec<String>,
        obj: Color,
        obj_x: Color,
    ) -> PathMatrixResponse {
        self.record(Seen::Path(scalar, list, list_x, obj, obj_x));
        PathMatrixResponse::NoContent
    }

    async fn scalar_unions(
        &self,
        _: roundtrip::RequestContext,
        id: IdOrName,
        query: ScalarUnionsQuery,
    ) -> ScalarUnionsResponse {
        self.record(Seen::ScalarUnions(id, query.around));
        ScalarUnionsResponse::NoContent
    }

    async fn query_styles(
        &self,
        _: roundtrip::RequestContext,
        query: QueryStylesQuery,
    ) -> QueryStylesResponse {
        self.record(Seen::Query(query));
        QueryStylesResponse::NoContent
    }

    async fn query_exploded(
        &self,
        _: roundtrip::RequestContext,
        query: QueryExplodedQuery,
    ) -> QueryExplodedResponse {
        self.record(Seen::Exploded(query));
        QueryExplodedResponse::NoContent
    }

    async fn header_styles(
        &self,
        _: roundtrip::RequestContext,
        x_scalar: i64,
        x_list: Option<Vec<String>>,
        x_object: Option<Color>,
        x_object_x: Option<Color>,
        x_mode: Option<String>,
    ) -> HeaderStylesResponse {
        self.record(Seen::Headers(
            x_scalar, x_list, x_object, x_object_x, x_mode,
        ));
        HeaderStylesResponse::NoContent
    }

    async fn cookie_styles(
        &self,
        _: roundtrip::RequestContext,
        session: String,
        list: Option<Vec<String>>,
        list_x: Option<Vec<String>>,
        color: Option<Color>,
        theme: Option<String>,
    ) -> CookieStylesResponse {
        self.record(Seen::Cookies(session, list, list_x, color, theme));
        CookieStylesResponse::NoContent
    }

    async fn any_credential(&self, ctx: roundtrip::RequestContext) -> AnyCredentialResponse {
        self.credential(&ctx);
        AnyCredentialResponse::NoContent
    }

    async fn optional_credential(
        &self,
        ctx: roundtrip::RequestContext,
    ) -> OptionalCredentialResponse {
        self.credential(&ctx);
        OptionalCredentialResponse::NoContent
    }

    async fn query_credential(&self, ctx: roundtrip::RequestContext) -> QueryCredentialResponse {
        self.credential(&ctx);
        QueryCredentialResponse::NoContent
    }

    async fn cookie_credential(&self, ctx: roundtrip::RequestContext) -> CookieCredentialResponse {
        self.credential(&ctx);
        CookieCredentialResponse::NoContent
    }

    async fn oauth_credential(&self, ctx: roundtrip::RequestContext) -> OauthCredentialResponse {
        self.credential(&ctx);
        OauthCredentialResponse::NoContent
    }

    async fn oidc_credential(&self, ctx: roundtrip::RequestContext) -> OidcCredentialResponse {
        self.credential(&ctx);
        OidcCredentialResponse::NoContent
    }

    /// A token named `revoked` is refused, as a server refuses a token it revoked.
    async fn authenticate(
        &self,
        token: &str,
        _ctx: &mut roundtrip::RequestContext,
    ) -> Result<(), roundtrip::ApiError> {
        if token == "revoked" {
            return Err(roundtrip::ApiError::invalid_credential());
        }
        Ok(())
    }
    async fn both_credentials(&self, ctx: roundtrip::RequestContext) -> BothCredentialsResponse {
        self.credential(&ctx);
        BothCredentialsResponse::NoContent
    }

    async fn create_pet(&self, _: roundtrip::RequestContext, body: Pet) -> CreatePetResponse {
        self.record(Seen::Pet(body.clone()));
        // The server assigns the read-only id; the write-only password stays in the request.
        CreatePetResponse::Created(Pet {
            id: Some(7),
            ..body
        })
    }

    async fn create_strict_pet(
        &self,
        _: roundtrip::RequestContext,
        body: StrictPet,
    ) -> CreateStrictPetResponse {
        self.record(Seen::StrictPet(body.clone()));
        CreateStrictPetResponse::Created(StrictPet {
            id: Some(1),
            ..body
        })
    }

    async fn update_pet(
        &self,
        _: roundtrip::RequestContext,
        id: i64,
        body: PetPatch,
    ) -> UpdatePetResponse {
        self.record(Seen::Patch(id, body.clone()));
        UpdatePetResponse::Ok(body)
    }

    async fn get_owner(&self, _: roundtrip::RequestContext, id: i64) -> GetOwnerResponse {
        match id {
            1 => GetOwnerResponse::Ok(Owner {
                name: "Ann".to_owned(),
            }),
            _ => roundtrip::ApiError::not_found(format!("Pet {id} has no owner")).into(),
        }
    }

    async fn submit_form(&self, _: roundtrip::RequestContext, body: Form) -> SubmitFormResponse {
        self.record(Seen::Form(body.clone()));
        SubmitFormResponse::Ok(Form {
            secret: Some("set by the server".to_owned()),
            ..body
        })
    }

    async fn put_file(
        &self,
        _: roundtrip::RequestContext,
        body: axum::body::Body,
    ) -> PutFileResponse {
        PutFileResponse::Ok(axum::body::Body::from_stream(body.into_data_stream()))
    }

    async fn echo_shapes(&self, _: roundtrip::RequestContext, body: Drawing) -> EchoShapesResponse {
        EchoShapesResponse::Ok(body)
    }

    async fn echo_host(&self, _: roundtrip::RequestContext, body: Host) -> EchoHostResponse {
        EchoHostResponse::Ok(body)
    }

    async fn stream_ticks(
        &self,
        _: roundtrip::RequestContext,
        query: StreamTicksQuery,
    ) -> StreamTicksResponse {
        use futures_util::StreamExt;
        let pad = "x".repeat(query.pad.unwrap_or(0) as usize);
        let ticks = futures_util::stream::iter(0..query.count).map(move |n| {
            roundtrip::runtime::Event::new(Tick {
                n,
                pad: Some(pad.clone()),
            })
            .id(n.to_string())
        });
        StreamTicksResponse::Ok(roundtrip::runtime::EventSource::new(ticks))
    }

    async fn subscribe(
        &self,
        _: roundtrip::RequestContext,
        _body: Subscription,
    ) -> SubscribeResponse {
        SubscribeResponse::Created
    }

    async fn stream_log(&self, _: roundtrip::RequestContext) -> StreamLogResponse {
        let lines = ["started", "two\nlines", "done"]
            .map(|l| roundtrip::runtime::Event::new(l.to_owned()).event("log"));
        StreamLogResponse::Ok(roundtrip::runtime::EventSource::new(
            futures_util::stream::iter(lines),
        ))
    }

    async fn upload(&self, _: roundtrip::RequestContext, body: UploadForm) -> UploadResponse {
        use futures_util::StreamExt;
        let mut size = 0i64;
        let mut file = body.file;
        while let Some(chunk) = file.next().await {
            size += chunk.map(|c| c.len() as i64).unwrap_or(-1_000_000);
        }
        UploadResponse::Ok(UploadOkBody {
            size,
            meta: body.meta,
            digest: body.digest,
        })
    }
}

/// A running server: its runtime, base URL and recorder.
pub struct Server {
    pub rt: tokio::runtime::Runtime,
    pub base: String,
    pub recorder: Arc<Recorder>,
}

impl Server {
    pub fn start() -> Server {
        Self::start_with(axum::Router::new())
    }

    /// The server with more routes beside the API's (a token endpoint, say).
    pub fn start_with(extra: axum::Router) -> Server {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let recorder = Arc::new(Recorder::default());
        let app = router(recorder.clone()).merge(extra);
        let listener = rt
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        rt.spawn(async move { axum::serve(listener, app).await.unwrap() });
        Server { rt, base, recorder }
    }

    /// A client with a bearer token and no retries.
    pub fn client(&self) -> roundtrip::Client {
        self.builder().bearer_token("token").build().unwrap()
    }

    pub fn builder(&self) -> roundtrip::ClientBuilder {
        roundtrip::Client::builder(&self.base).retry(roundtrip::RetryPolicy::none())
    }
}
