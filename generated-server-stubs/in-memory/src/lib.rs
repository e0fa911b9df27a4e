//! A small in-memory implementation of the generated `Api` trait, used by the server's and the
//! client's tests, examples and benchmarks: enough Cloud Controller behaviour to exercise
//! every operation, and [`serve`] to run it on 127.0.0.1.

use futures_util::StreamExt;
use generated_client::models::*;
use generated_server_stubs::*;
use generated_server_stubs::{ApiError, RequestContext};
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A task GUID whose `GET` panics, to test panic handling.
pub const PANIC_GUID: &str = "00000000-0000-0000-0000-00000000dead";
/// The token the test server accepts; `readonly-token` may only read.
pub const TOKEN: &str = "good-token";

/// What an upload delivered to the handler.
#[derive(Debug, Default, Clone, Copy)]
pub struct UploadStats {
    /// The bytes received.
    pub bytes: u64,
    /// The chunks they came in.
    pub chunks: u64,
    /// The largest chunk, in bytes (streaming keeps it small).
    pub largest_chunk: u64,
}

/// Droplets, tasks and jobs in memory, served through the generated router.
#[derive(Default)]
pub struct InMemory {
    droplets: Mutex<Vec<Droplet>>,
    tasks: Mutex<Vec<Task>>,
    jobs: Mutex<Vec<Job>>,
    current: Mutex<BTreeMap<uuid::Uuid, uuid::Uuid>>,
    /// What each upload kept (its first MiB) and how long it was.
    bits: Mutex<BTreeMap<uuid::Uuid, (Vec<u8>, u64)>>,
    /// What each upload delivered, in order.
    pub uploads: Mutex<Vec<UploadStats>>,
    /// When set, downloads answer 302 to this URL instead of sending bytes.
    pub redirect_downloads_to: Mutex<Option<String>>,
    /// How many operations were called.
    pub calls: AtomicUsize,
}

fn now() -> DateTime {
    let t = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap();
    DateTime::from(t)
}

fn link(base: &str, path: &str) -> Link {
    Link {
        href: format!("{base}{path}"),
        method: None,
    }
}

fn base(ctx: &RequestContext) -> String {
    let host = ctx
        .headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    format!("http://{host}")
}

fn envelope(e: ApiError) -> ErrorEnvelope {
    FromApiError::from_api_error(e)
}

fn not_found(what: &str) -> ErrorEnvelope {
    envelope(ApiError::not_found(format!("{what} not found")))
}

fn unprocessable(detail: &str) -> ErrorEnvelope {
    envelope(ApiError::unprocessable(detail))
}

fn merge(target: &mut BTreeMap<String, String>, update: Option<BTreeMap<String, Option<String>>>) {
    for (k, v) in update.unwrap_or_default() {
        match v {
            Some(v) => {
                target.insert(k, v);
            }
            None => {
                target.remove(&k);
            }
        }
    }
}

fn apply_metadata(metadata: &mut Metadata, update: Option<MetadataUpdate>) {
    if let Some(u) = update {
        merge(&mut metadata.labels, u.labels);
        merge(&mut metadata.annotations, u.annotations);
    }
}

/// One page of `items`, with CF-style pagination links.
fn page<T: Clone>(
    items: &[T],
    page: Option<i32>,
    per_page: Option<i32>,
    base: &str,
    path: &str,
) -> (Pagination, Vec<T>) {
    let per_page = per_page.unwrap_or(50).max(1) as usize;
    let page = page.unwrap_or(1).max(1) as usize;
    let total = items.len();
    let pages = total.div_ceil(per_page).max(1);
    let href = |p: usize| link(base, &format!("{path}?page={p}&per_page={per_page}"));
    let slice = items
        .iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .cloned()
        .collect();
    let pagination = Pagination {
        total_results: total as i64,
        total_pages: pages as i64,
        first: href(1),
        last: href(pages),
        next: (page < pages).then(|| href(page + 1)),
        previous: (page > 1).then(|| href(page - 1)),
    };
    (pagination, slice)
}

fn find<T: Clone>(store: &Mutex<Vec<T>>, pred: impl Fn(&T) -> bool) -> Option<T> {
    store.lock().unwrap().iter().find(|x| pred(x)).cloned()
}

/// Stores `item`, replacing the entry `same` says it updates.
fn replace<T>(store: &Mutex<Vec<T>>, item: T, same: impl Fn(&T, &T) -> bool) {
    let mut all = store.lock().unwrap();
    all.retain(|x| !same(x, &item));
    all.push(item);
}

impl InMemory {
    fn droplet(&self, guid: uuid::Uuid) -> Option<Droplet> {
        find(&self.droplets, |d| d.guid == guid)
    }

    fn store_droplet(&self, d: Droplet) {
        replace(&self.droplets, d, |a, b| a.guid == b.guid);
    }

    fn new_droplet(
        &self,
        base: &str,
        app: uuid::Uuid,
        process_types: BTreeMap<String, String>,
    ) -> Droplet {
        let guid = uuid::Uuid::new_v4();
        let at = now();
        Droplet {
            guid,
            created_at: at.clone(),
            updated_at: at,
            state: DropletState::AwaitingUpload,
            error: None,
            lifecycle: Lifecycle {
                r#type: LifecycleType::Buildpack,
                data: LifecycleData::default(),
            },
            checksum: None,
            buildpacks: Some(Vec::new()),
            stack: None,
            image: None,
            execution_metadata: String::new(),
            process_types,
            relationships: AppRelationship {
                app: ToOneRelationship {
                    data: RelationshipData { guid: app },
                },
            },
            metadata: Metadata::default_empty(),
            links: DropletLinks {
                self_: link(base, &format!("/v3/droplets/{guid}")),
                app: Some(link(base, &format!("/v3/apps/{app}"))),
                package: None,
                assign_current_droplet: Some(Link {
                    href: format!("{base}/v3/apps/{app}/relationships/current_droplet"),
                    method: Some("PATCH".into()),
                }),
                download: None,
                upload: Some(Link {
                    href: format!("{base}/v3/droplets/{guid}/upload"),
                    method: Some("POST".into()),
                }),
            },
        }
    }

    fn job(&self, base: &str, operation: &str, droplet: uuid::Uuid) -> String {
        let guid = uuid::Uuid::new_v4();
        let at = now();
        let mut links = JobLinks {
            self_: link(base, &format!("/v3/jobs/{guid}")),
            additional_properties: BTreeMap::new(),
        };
        links.additional_properties.insert(
            "droplet".into(),
            link(base, &format!("/v3/droplets/{droplet}")),
        );
        self.jobs.lock().unwrap().push(Job {
            guid,
            created_at: at.clone(),
            updated_at: at,
            operation: operation.into(),
            state: JobState::Complete,
            errors: Vec::new(),
            warnings: Vec::new(),
            links,
        });
        format!("{base}/v3/jobs/{guid}")
    }

    fn task(&self, guid: uuid::Uuid) -> Option<Task> {
        find(&self.tasks, |t| t.guid == guid)
    }

    fn store_task(&self, t: Task) {
        replace(&self.tasks, t, |a, b| a.guid == b.guid);
    }

    fn cancel(&self, guid: uuid::Uuid) -> Result<Task, ErrorEnvelope> {
        let mut task = self.task(guid).ok_or_else(|| not_found("Task"))?;
        if matches!(task.state, TaskState::Succeeded | TaskState::Failed) {
            return Err(unprocessable(&format!(
                "Task state is {} and therefore cannot be canceled",
                task.state
            )));
        }
        task.state = TaskState::Canceling;
        task.updated_at = now();
        self.store_task(task.clone());
        Ok(task)
    }
}

/// Responses always carry both maps.
trait EmptyMetadata {
    fn default_empty() -> Self;
}

impl EmptyMetadata for Metadata {
    fn default_empty() -> Self {
        Metadata {
            labels: BTreeMap::new(),
            annotations: BTreeMap::new(),
        }
    }
}

impl Api for InMemory {
    async fn authenticate(&self, token: &str, ctx: &mut RequestContext) -> Result<(), ApiError> {
        match token {
            TOKEN => Ok(()),
            "readonly-token" if ctx.method == axum::http::Method::GET => Ok(()),
            "readonly-token" => Err(ApiError::forbidden()),
            _ => Err(ApiError::invalid_credential()),
        }
    }

    async fn get_root(&self, ctx: RequestContext) -> GetRootResponse {
        let base = base(&ctx);
        let mut links = BTreeMap::new();
        for (k, v) in [
            ("self", base.clone()),
            ("cloud_controller_v3", format!("{base}/v3")),
            ("login", base.clone()),
            ("uaa", base.clone()),
        ] {
            links.insert(
                k.to_owned(),
                Some(RootLink {
                    href: v,
                    meta: None,
                }),
            );
        }
        links.insert("credhub".into(), None);
        GetRootResponse::Ok(RootInfo { links })
    }

    async fn get_v3_root(&self, ctx: RequestContext) -> GetV3RootResponse {
        let base = base(&ctx);
        let links = ["droplets", "tasks", "jobs"]
            .iter()
            .map(|k| {
                (
                    k.to_string(),
                    RootLink {
                        href: format!("{base}/v3/{k}"),
                        meta: None,
                    },
                )
            })
            .collect();
        GetV3RootResponse::Ok(V3Root { links })
    }

    async fn list_droplets(
        &self,
        ctx: RequestContext,
        query: ListDropletsQuery,
    ) -> ListDropletsResponse {
        self.calls.fetch_add(1, Ordering::Relaxed);
        let all: Vec<Droplet> = self
            .droplets
            .lock()
            .unwrap()
            .iter()
            .filter(|d| query.states.as_ref().is_none_or(|s| s.contains(&d.state)))
            .filter(|d| {
                query
                    .app_guids
                    .as_ref()
                    .is_none_or(|a| a.contains(&d.relationships.app.data.guid.to_string()))
            })
            .cloned()
            .collect();
        let (pagination, resources) = page(
            &all,
            query.page,
            query.per_page,
            &base(&ctx),
            "/v3/droplets",
        );
        ListDropletsResponse::Ok(DropletList {
            pagination,
            resources,
        })
    }

    async fn create_droplet(
        &self,
        ctx: RequestContext,
        query: CreateDropletQuery,
        body: DropletCreate,
    ) -> CreateDropletResponse {
        let base = base(&ctx);
        let app = body.relationships.app.data.guid;
        match query.source_guid {
            None => {
                let d = self.new_droplet(
                    &base,
                    app,
                    body.process_types
                        .unwrap_or_else(|| BTreeMap::from([("web".into(), String::new())])),
                );
                self.store_droplet(d.clone());
                CreateDropletResponse::Created(d)
            }
            Some(source) => match self.droplet(source) {
                None => CreateDropletResponse::NotFound(not_found("Droplet")),
                Some(src) if src.state != DropletState::Staged => {
                    CreateDropletResponse::UnprocessableEntity(unprocessable(
                        "source droplet is not staged",
                    ))
                }
                Some(src) => {
                    let mut d = self.new_droplet(&base, app, src.process_types.clone());
                    d.state = DropletState::Copying;
                    d.links.upload = None;
                    self.store_droplet(d.clone());
                    CreateDropletResponse::Created(d)
                }
            },
        }
    }

    async fn get_droplet(&self, _ctx: RequestContext, guid: uuid::Uuid) -> GetDropletResponse {
        match self.droplet(guid) {
            Some(d) => GetDropletResponse::Ok(d),
            None => GetDropletResponse::NotFound(not_found("Droplet")),
        }
    }

    async fn delete_droplet(&self, ctx: RequestContext, guid: uuid::Uuid) -> DeleteDropletResponse {
        if self.droplet(guid).is_none() {
            return DeleteDropletResponse::NotFound(not_found("Droplet"));
        }
        if let Some((app, _)) = self
            .current
            .lock()
            .unwrap()
            .iter()
            .find(|(_, d)| **d == guid)
        {
            return DeleteDropletResponse::UnprocessableEntity(unprocessable(&format!(
                "The droplet is currently used by app with guid \"{app}\"."
            )));
        }
        self.droplets.lock().unwrap().retain(|d| d.guid != guid);
        DeleteDropletResponse::Accepted {
            location: self.job(&base(&ctx), "droplet.delete", guid),
        }
    }

    async fn update_droplet(
        &self,
        _ctx: RequestContext,
        guid: uuid::Uuid,
        body: DropletUpdate,
    ) -> UpdateDropletResponse {
        let Some(mut d) = self.droplet(guid) else {
            return UpdateDropletResponse::NotFound(not_found("Droplet"));
        };
        apply_metadata(&mut d.metadata, body.metadata);
        if let Some(image) = body.image {
            d.image = image;
        }
        d.updated_at = now();
        self.store_droplet(d.clone());
        UpdateDropletResponse::Ok(d)
    }

    async fn download_droplet(
        &self,
        _ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> DownloadDropletResponse {
        let Some(d) = self.droplet(guid) else {
            return DownloadDropletResponse::NotFound(not_found("Droplet"));
        };
        if d.state != DropletState::Staged {
            return DownloadDropletResponse::UnprocessableEntity(unprocessable(
                "Only staged droplets can be downloaded.",
            ));
        }
        if let Some(url) = self.redirect_downloads_to.lock().unwrap().clone() {
            return DownloadDropletResponse::Found { location: url };
        }
        let (kept, len) = self
            .bits
            .lock()
            .unwrap()
            .get(&guid)
            .cloned()
            .unwrap_or_default();
        // The kept prefix, then zeros up to the uploaded length, streamed in 256 KiB chunks.
        let rest = len.saturating_sub(kept.len() as u64);
        let zeros = bytes::Bytes::from(vec![0u8; 256 << 10]);
        let tail = futures_util::stream::unfold(rest, move |left| {
            let zeros = zeros.clone();
            async move {
                (left > 0).then(|| {
                    let n = left.min(zeros.len() as u64);
                    (Ok::<_, std::io::Error>(zeros.slice(..n as usize)), left - n)
                })
            }
        });
        let head = futures_util::stream::once(async move { Ok(bytes::Bytes::from(kept)) });
        DownloadDropletResponse::Ok(axum::body::Body::from_stream(head.chain(tail)))
    }

    async fn upload_droplet(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: UploadDropletForm,
    ) -> UploadDropletResponse {
        let Some(mut d) = self.droplet(guid) else {
            return UploadDropletResponse::NotFound(not_found("Droplet"));
        };
        if d.state != DropletState::AwaitingUpload {
            return UploadDropletResponse::UnprocessableEntity(unprocessable(
                "Droplet may be uploaded only once. Create a new droplet to upload bits.",
            ));
        }
        let name = body.bits.file_name().unwrap_or("").to_owned();
        if !(name.ends_with(".tgz") || name.ends_with(".tar.gz")) {
            return UploadDropletResponse::UnprocessableEntity(unprocessable(&format!(
                "Uploaded droplet file is invalid: {name} is not a tgz"
            )));
        }
        // Stream the part: keep at most the first 1 MiB (for downloads in tests), count the rest.
        let mut stats = UploadStats::default();
        let mut kept = Vec::new();
        let mut stream = body.bits;
        while let Some(chunk) = stream.next().await {
            match chunk {
                Ok(c) => {
                    stats.bytes += c.len() as u64;
                    stats.chunks += 1;
                    stats.largest_chunk = stats.largest_chunk.max(c.len() as u64);
                    let room = (1usize << 20).saturating_sub(kept.len());
                    kept.extend_from_slice(&c[..c.len().min(room)]);
                }
                Err(e) => return UploadDropletResponse::PayloadTooLarge(envelope(e)),
            }
        }
        if stats.bytes == 0 {
            return UploadDropletResponse::UnprocessableEntity(unprocessable(&format!(
                "Uploaded droplet file is invalid: {name} cannot be empty"
            )));
        }
        self.uploads.lock().unwrap().push(stats);
        self.bits.lock().unwrap().insert(guid, (kept, stats.bytes));
        d.state = DropletState::ProcessingUpload;
        d.links.upload = None;
        self.store_droplet(d.clone());
        let base = base(&ctx);
        let location = self.job(&base, "droplet.upload", guid);
        // The job "completes" at once: the droplet is staged for later calls.
        let mut staged = d.clone();
        staged.state = DropletState::Staged;
        staged.checksum = Some(Checksum {
            r#type: ChecksumType::Sha256,
            value: "0".repeat(64),
        });
        staged.links.download = Some(link(&base, &format!("/v3/droplets/{guid}/download")));
        self.store_droplet(staged);
        UploadDropletResponse::Accepted { body: d, location }
    }

    async fn list_package_droplets(
        &self,
        ctx: RequestContext,
        _guid: uuid::Uuid,
        query: ListPackageDropletsQuery,
    ) -> ListPackageDropletsResponse {
        let (pagination, resources) = page::<Droplet>(
            &[],
            query.page,
            query.per_page,
            &base(&ctx),
            "/v3/packages/x/droplets",
        );
        ListPackageDropletsResponse::Ok(DropletList {
            pagination,
            resources,
        })
    }

    async fn list_app_droplets(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        query: ListAppDropletsQuery,
    ) -> ListAppDropletsResponse {
        let current = self.current.lock().unwrap().get(&guid).copied();
        let all: Vec<Droplet> = self
            .droplets
            .lock()
            .unwrap()
            .iter()
            .filter(|d| d.relationships.app.data.guid == guid)
            .filter(|d| query.current != Some(true) || Some(d.guid) == current)
            .cloned()
            .collect();
        let (pagination, resources) = page(
            &all,
            query.page,
            query.per_page,
            &base(&ctx),
            &format!("/v3/apps/{guid}/droplets"),
        );
        ListAppDropletsResponse::Ok(DropletList {
            pagination,
            resources,
        })
    }

    async fn get_app_current_droplet(
        &self,
        _ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> GetAppCurrentDropletResponse {
        let current = self.current.lock().unwrap().get(&guid).copied();
        match current.and_then(|d| self.droplet(d)) {
            Some(d) => GetAppCurrentDropletResponse::Ok(d),
            None => GetAppCurrentDropletResponse::NotFound(not_found("Droplet")),
        }
    }

    async fn get_app_current_droplet_relationship(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> GetAppCurrentDropletRelationshipResponse {
        let base = base(&ctx);
        match self.current.lock().unwrap().get(&guid) {
            Some(d) => GetAppCurrentDropletRelationshipResponse::Ok(CurrentDropletRelationship {
                data: RelationshipData { guid: *d },
                links: CurrentDropletRelationshipLinks {
                    self_: link(
                        &base,
                        &format!("/v3/apps/{guid}/relationships/current_droplet"),
                    ),
                    related: link(&base, &format!("/v3/apps/{guid}/droplets/current")),
                },
            }),
            None => GetAppCurrentDropletRelationshipResponse::NotFound(not_found("Droplet")),
        }
    }

    async fn set_app_current_droplet(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: ToOneRelationship,
    ) -> SetAppCurrentDropletResponse {
        let droplet = body.data.guid;
        if self.droplet(droplet).is_none() {
            return SetAppCurrentDropletResponse::UnprocessableEntity(unprocessable(
                "Unable to assign current droplet. Ensure the droplet exists and belongs to this app.",
            ));
        }
        self.current.lock().unwrap().insert(guid, droplet);
        let base = base(&ctx);
        SetAppCurrentDropletResponse::Ok(CurrentDropletRelationship {
            data: RelationshipData { guid: droplet },
            links: CurrentDropletRelationshipLinks {
                self_: link(
                    &base,
                    &format!("/v3/apps/{guid}/relationships/current_droplet"),
                ),
                related: link(&base, &format!("/v3/apps/{guid}/droplets/current")),
            },
        })
    }

    async fn create_task(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: TaskCreate,
    ) -> CreateTaskResponse {
        if body.command.is_none() && body.template.is_none() {
            return CreateTaskResponse::UnprocessableEntity(unprocessable(
                "Command No command or template provided",
            ));
        }
        let droplet = match body.droplet_guid.as_deref().map(str::parse::<uuid::Uuid>) {
            Some(Ok(d)) => d,
            Some(Err(_)) => return CreateTaskResponse::NotFound(not_found("Droplet")),
            None => match self.current.lock().unwrap().get(&guid) {
                Some(d) => *d,
                None => {
                    return CreateTaskResponse::UnprocessableEntity(unprocessable(
                        "Task must have a droplet. Specify droplet or assign current droplet to app.",
                    ));
                }
            },
        };
        let base = base(&ctx);
        let task_guid = uuid::Uuid::new_v4();
        let sequence_id = self
            .tasks
            .lock()
            .unwrap()
            .iter()
            .filter(|t| t.relationships.app.data.guid == guid)
            .count() as i64
            + 1;
        let mut metadata = Metadata::default_empty();
        apply_metadata(&mut metadata, body.metadata);
        let at = now();
        let task = Task {
            guid: task_guid,
            created_at: at.clone(),
            updated_at: at,
            sequence_id,
            name: body.name.unwrap_or_else(|| "a1b2c3d4".into()),
            command: body.command,
            user: Some(body.user.unwrap_or_else(|| "vcap".into())),
            state: TaskState::Running,
            memory_in_mb: body.memory_in_mb.unwrap_or(1024),
            disk_in_mb: body.disk_in_mb.unwrap_or(1024),
            log_rate_limit_in_bytes_per_second: body
                .log_rate_limit_in_bytes_per_second
                .unwrap_or(-1),
            result: TaskResult {
                failure_reason: None,
            },
            droplet_guid: droplet,
            relationships: AppRelationship {
                app: ToOneRelationship {
                    data: RelationshipData { guid },
                },
            },
            metadata,
            links: TaskLinks {
                self_: link(&base, &format!("/v3/tasks/{task_guid}")),
                app: Some(link(&base, &format!("/v3/apps/{guid}"))),
                cancel: Some(Link {
                    href: format!("{base}/v3/tasks/{task_guid}/actions/cancel"),
                    method: Some("POST".into()),
                }),
                droplet: Some(link(&base, &format!("/v3/droplets/{droplet}"))),
            },
        };
        self.store_task(task.clone());
        CreateTaskResponse::Accepted(task)
    }

    async fn list_app_tasks(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        query: ListAppTasksQuery,
    ) -> ListAppTasksResponse {
        let all: Vec<Task> = self
            .tasks
            .lock()
            .unwrap()
            .iter()
            .filter(|t| t.relationships.app.data.guid == guid)
            .cloned()
            .collect();
        let (pagination, resources) = page(
            &all,
            query.page,
            query.per_page,
            &base(&ctx),
            &format!("/v3/apps/{guid}/tasks"),
        );
        ListAppTasksResponse::Ok(TaskList {
            pagination,
            resources,
        })
    }

    async fn list_tasks(&self, ctx: RequestContext, query: ListTasksQuery) -> ListTasksResponse {
        let all: Vec<Task> = self
            .tasks
            .lock()
            .unwrap()
            .iter()
            .filter(|t| query.names.as_ref().is_none_or(|n| n.contains(&t.name)))
            .map(|t| Task {
                command: None,
                ..t.clone()
            })
            .collect();
        let (pagination, resources) =
            page(&all, query.page, query.per_page, &base(&ctx), "/v3/tasks");
        ListTasksResponse::Ok(TaskList {
            pagination,
            resources,
        })
    }

    async fn get_task(&self, _ctx: RequestContext, guid: uuid::Uuid) -> GetTaskResponse {
        if guid.to_string() == PANIC_GUID {
            panic!("a handler bug");
        }
        match self.task(guid) {
            Some(t) => GetTaskResponse::Ok(t),
            None => GetTaskResponse::NotFound(not_found("Task")),
        }
    }

    async fn update_task(
        &self,
        _ctx: RequestContext,
        guid: uuid::Uuid,
        body: TaskUpdate,
    ) -> UpdateTaskResponse {
        let Some(mut t) = self.task(guid) else {
            return UpdateTaskResponse::NotFound(not_found("Task"));
        };
        apply_metadata(&mut t.metadata, body.metadata);
        t.updated_at = now();
        self.store_task(t.clone());
        UpdateTaskResponse::Ok(t)
    }

    async fn cancel_task(&self, _ctx: RequestContext, guid: uuid::Uuid) -> CancelTaskResponse {
        match self.cancel(guid) {
            Ok(t) => CancelTaskResponse::Accepted(t),
            Err(e) if e.errors[0].code == 10010 => CancelTaskResponse::NotFound(e),
            Err(e) => CancelTaskResponse::UnprocessableEntity(e),
        }
    }

    async fn cancel_task_deprecated(
        &self,
        _ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> CancelTaskDeprecatedResponse {
        match self.cancel(guid) {
            Ok(t) => CancelTaskDeprecatedResponse::Accepted(t),
            Err(e) if e.errors[0].code == 10010 => CancelTaskDeprecatedResponse::NotFound(e),
            Err(e) => CancelTaskDeprecatedResponse::UnprocessableEntity(e),
        }
    }

    async fn get_job(&self, _ctx: RequestContext, guid: uuid::Uuid) -> GetJobResponse {
        match self.jobs.lock().unwrap().iter().find(|j| j.guid == guid) {
            Some(j) => GetJobResponse::Ok(j.clone()),
            None => GetJobResponse::NotFound(not_found("Job")),
        }
    }
}

/// Serves `api` on 127.0.0.1 (a free port); returns the base URL.
pub async fn serve(
    api: std::sync::Arc<InMemory>,
    config: generated_server_stubs::ServerConfig,
) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = router_with_config(api, config);
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{addr}")
}
