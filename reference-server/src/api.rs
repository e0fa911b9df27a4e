//! The generated `Api` trait, implemented on the database and the bits directory. Everything
//! HTTP (routing, credentials, parameter and body checks, the error envelope) is the generated
//! router's; this module holds Cloud Controller's rules for droplets, tasks and jobs.

use crate::apps;
use crate::bits::Bits;
use crate::config::{Role, Tokens};
use crate::db::{Db, now};
use crate::droplets::{self, DropletRow};
use crate::error::{Error, Result};
use crate::jobs;
use crate::listing::{common_filters, list_query};
use crate::metadata;
use crate::present::{Secrets, link};
use crate::tasks::{self, TaskRow};
use crate::workers::{Work, Workers};
use axum::http::{Method, StatusCode};
use generated_client::models::*;
use generated_server_stubs::*;
use rusqlite::OptionalExtension;
use std::collections::{BTreeMap, HashSet};
use std::sync::Mutex;

/// Operator defaults for tasks that do not say (Cloud Controller's `default_app_*`).
const DEFAULT_MEMORY_MB: i64 = 1024;
const DEFAULT_DISK_MB: i64 = 1024;
const DEFAULT_LOG_RATE_LIMIT: i64 = -1;

/// The reference server's state.
pub struct Reference {
    pub(crate) db: Db,
    pub(crate) bits: Bits,
    pub(crate) workers: Workers,
    pub(crate) tokens: Tokens,
    pub(crate) external_url: Option<String>,
    pub(crate) max_task_disk_mb: i64,
    /// Droplets whose upload is being received: a second one is refused at once.
    pub(crate) uploading: Mutex<HashSet<String>>,
}

/// An operation's answer: its success variant, or the variant the generated
/// `From<ApiError>` picks for the error's status.
fn answer<T, R: From<ApiError>>(result: Result<T>, ok: impl FnOnce(T) -> R) -> R {
    match result {
        Ok(value) => ok(value),
        Err(e) => e.into_api().into(),
    }
}

/// The caller's role (set by `authenticate`; anonymous calls see what an auditor sees).
fn role(ctx: &RequestContext) -> Role {
    ctx.extensions
        .get::<Role>()
        .copied()
        .unwrap_or(Role::Auditor)
}

fn secrets(ctx: &RequestContext) -> Secrets {
    if role(ctx).reads_secrets() {
        Secrets::Show
    } else {
        Secrets::Hide
    }
}

impl Reference {
    /// The URL links start with: the configured one, or what the client called.
    fn base(&self, ctx: &RequestContext) -> String {
        if let Some(url) = &self.external_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = ctx
            .headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .unwrap_or("localhost");
        format!("http://{host}")
    }

    async fn cancel(&self, ctx: &RequestContext, guid: uuid::Uuid) -> Result<Task> {
        let base = self.base(ctx);
        let guid = guid.to_string();
        let task = self
            .db
            .call(move |c| {
                let task = tasks::require(c, &guid)?;
                if task.state == "SUCCEEDED" || task.state == "FAILED" {
                    return Err(Error::unprocessable(format!(
                        "Task state is {} and therefore cannot be canceled",
                        task.state
                    )));
                }
                let at = now();
                c.execute(
                    "UPDATE tasks SET state = 'CANCELING', updated_at = ?2 WHERE guid = ?1",
                    rusqlite::params![guid, at],
                )?;
                let task = TaskRow {
                    state: "CANCELING".into(),
                    updated_at: at,
                    ..task
                };
                tasks::present_row(c, &task, &base, true)
            })
            .await?;
        self.workers.spawn(Work::Cancel {
            task: task.guid.to_string(),
        });
        Ok(task)
    }

    async fn create(&self, base: String, role: Role, body: DropletCreate) -> Result<Droplet> {
        let app = body.relationships.app.data.guid.to_string();
        let process_types = body
            .process_types
            .unwrap_or_else(|| BTreeMap::from([("web".to_owned(), String::new())]));
        if process_types.keys().any(String::is_empty) {
            return Err(Error::unprocessable("Process types key must not be empty"));
        }
        let process_types =
            serde_json::to_string(&process_types).map_err(|e| Error::Corrupt(e.to_string()))?;
        self.db
            .call(move |c| {
                let app = apps::find(c, &app)?.ok_or_else(|| {
                    Error::unprocessable(format!(
                        "App with guid \"{app}\" does not exist, or you do not have access to it."
                    ))
                })?;
                if app.lifecycle == "docker" {
                    return Err(Error::unprocessable(
                        "Droplet creation is not available for apps with docker lifecycles.",
                    ));
                }
                let at = now();
                let row = DropletRow {
                    guid: uuid::Uuid::new_v4().to_string(),
                    created_at: at,
                    updated_at: at,
                    state: "AWAITING_UPLOAD".into(),
                    error: None,
                    lifecycle: app.lifecycle,
                    checksum: None,
                    buildpacks: Some("[]".into()),
                    stack: None,
                    image: None,
                    execution_metadata: String::new(),
                    process_types,
                    app_guid: app.guid,
                    package_guid: None,
                    source_guid: None,
                };
                droplets::insert(c, &row)?;
                droplets::present_row(c, &row, &base, secrets_of(role))
            })
            .await
    }

    async fn copy(
        &self,
        base: String,
        role: Role,
        source: uuid::Uuid,
        body: DropletCreate,
    ) -> Result<Droplet> {
        if body.process_types.is_some() {
            return Err(Error::unprocessable("Unknown field(s): 'process_types'"));
        }
        let app = body.relationships.app.data.guid.to_string();
        let source = source.to_string();
        let (droplet, copy) = self
            .db
            .call(move |c| {
                let src = droplets::require(c, &source)?;
                let app = apps::require(c, &app)?;
                if src.state != "STAGED" {
                    return Err(Error::unprocessable("source droplet is not staged"));
                }
                if src.lifecycle != app.lifecycle {
                    return Err(Error::unprocessable(
                        "source and destination lifecycle types do not match",
                    ));
                }
                // Docker droplets are an image reference: nothing to copy, the copy is as staged
                // as its source.
                let docker = src.lifecycle == "docker";
                let at = now();
                let row = DropletRow {
                    guid: uuid::Uuid::new_v4().to_string(),
                    created_at: at,
                    updated_at: at,
                    state: if docker {
                        src.state.clone()
                    } else {
                        "COPYING".into()
                    },
                    error: None,
                    checksum: None,
                    app_guid: app.guid,
                    package_guid: None,
                    source_guid: (!docker).then(|| src.guid.clone()),
                    ..src
                };
                droplets::insert(c, &row)?;
                let droplet = droplets::present_row(c, &row, &base, secrets_of(role))?;
                Ok((droplet, row.source_guid.map(|s| (row.guid, s))))
            })
            .await?;
        if let Some((droplet, source)) = copy {
            self.workers.spawn(Work::Copy { droplet, source });
        }
        Ok(droplet)
    }

    async fn upload(
        &self,
        base: String,
        role: Role,
        guid: uuid::Uuid,
        body: UploadDropletForm,
    ) -> Result<(Droplet, String)> {
        let guid = guid.to_string();
        let g = guid.clone();
        self.db
            .call(move |c| {
                let d = droplets::require(c, &g)?;
                if d.state != "AWAITING_UPLOAD" {
                    return Err(uploaded_once());
                }
                Ok(())
            })
            .await?;
        let name = body.bits.file_name().unwrap_or_default().to_owned();
        if !(name.ends_with(".tgz") || name.ends_with(".tar.gz")) {
            return Err(Error::unprocessable(format!(
                "Uploaded droplet file is invalid: {name} is not a tgz"
            )));
        }
        let _claim = Claim::take(&self.uploading, &guid).ok_or_else(uploaded_once)?;
        let received = self.bits.receive(body.bits).await?;
        if received.size == 0 {
            return Err(Error::unprocessable(format!(
                "Uploaded droplet file is invalid: {name} cannot be empty"
            )));
        }
        let sha256 = received.sha256.clone();
        self.bits.place(received, &guid).await?;
        // The bits are whole on disk; now the state says so, in one transaction.
        let g = guid.clone();
        let committed = self
            .db
            .call(move |c| {
                let tx = c.transaction()?;
                let at = now();
                let changed = tx.execute(
                    "UPDATE droplets SET state = 'PROCESSING_UPLOAD', upload_sha256 = ?2,
                        updated_at = ?3
                     WHERE guid = ?1 AND state = 'AWAITING_UPLOAD'",
                    rusqlite::params![g, sha256, at],
                )?;
                if changed == 0 {
                    return Err(uploaded_once());
                }
                let job = jobs::start(&tx, jobs::DROPLET_UPLOAD, &g, at)?;
                let row = droplets::require(&tx, &g)?;
                let droplet = droplets::present_row(&tx, &row, &base, secrets_of(role))?;
                tx.commit()?;
                Ok((droplet, job))
            })
            .await;
        match committed {
            Ok((droplet, job)) => {
                self.workers.spawn(Work::Upload {
                    job: job.clone(),
                    droplet: guid,
                });
                Ok((droplet, job))
            }
            Err(e) => {
                // The droplet changed under the upload (deleted, or not AWAITING_UPLOAD):
                // its bits go.
                self.bits.remove(&guid).await?;
                Err(e)
            }
        }
    }

    async fn create_task(&self, base: String, app: uuid::Uuid, body: TaskCreate) -> Result<Task> {
        if body.command.is_none() && body.template.is_none() {
            return Err(Error::unprocessable(
                "Command No command or template provided",
            ));
        }
        if let Some(m) = &body.metadata {
            metadata::validate(m)?;
        }
        let mut problems = Vec::new();
        if let Some(name) = &body.name
            && (name.is_empty() || name.chars().any(char::is_control))
        {
            problems.push("Name must contain printable characters".to_owned());
        }
        if body.memory_in_mb.is_some_and(|m| m < 1) {
            problems.push("Memory in mb must be greater than 0".to_owned());
        }
        if body.disk_in_mb.is_some_and(|d| d < 1) {
            problems.push("Disk in mb must be greater than 0".to_owned());
        }
        if body
            .log_rate_limit_in_bytes_per_second
            .is_some_and(|l| l < -1)
        {
            problems.push(
                "Log rate limit in bytes per second must be greater than or equal to -1".to_owned(),
            );
        }
        if let Some(disk) = body.disk_in_mb
            && disk > self.max_task_disk_mb
        {
            problems.push(format!(
                "Cannot request disk_in_mb greater than {}",
                self.max_task_disk_mb
            ));
        }
        if !problems.is_empty() {
            return Err(Error::unprocessable(problems.join(", ")));
        }
        let app = app.to_string();
        self.db
            .call(move |c| {
                let app = apps::require(c, &app)?;
                let template = match &body.template {
                    Some(t) => Some(
                        apps::process(c, &app.guid, &t.process.guid.to_string())?.ok_or_else(
                            || {
                                Error::Api(ApiError::named(
                                    StatusCode::NOT_FOUND,
                                    350003,
                                    "CF-ProcessNotFound",
                                    "Process not found",
                                ))
                            },
                        )?,
                    ),
                    None => None,
                };
                let droplet = match &body.droplet_guid {
                    Some(d) => {
                        let droplet = droplets::find(c, d)?
                            .filter(|d| d.app_guid == app.guid)
                            .ok_or_else(|| Error::not_found("Droplet"))?;
                        droplet.guid
                    }
                    None => app.current_droplet.clone().ok_or_else(|| {
                        Error::unprocessable(
                            "Task must have a droplet. Specify droplet or assign current droplet to app.",
                        )
                    })?,
                };
                let t = template.as_ref();
                let command = body
                    .command
                    .clone()
                    .or_else(|| t.and_then(|t| t.command.clone()))
                    .unwrap_or_default();
                let tx = c.transaction()?;
                let at = now();
                let row = TaskRow {
                    guid: uuid::Uuid::new_v4().to_string(),
                    created_at: at,
                    updated_at: at,
                    sequence_id: tasks::next_sequence_id(&tx, &app.guid)?,
                    name: body.name.clone().unwrap_or_else(|| {
                        uuid::Uuid::new_v4().simple().to_string()[..8].to_owned()
                    }),
                    command,
                    user: Some(body.user.clone().unwrap_or_else(|| {
                        if app.lifecycle == "buildpack" { "vcap" } else { "root" }.to_owned()
                    })),
                    // Cloud Controller asks the runtime to start the task before answering.
                    state: "RUNNING".into(),
                    memory_in_mb: body
                        .memory_in_mb
                        .or(t.and_then(|t| t.memory_in_mb))
                        .unwrap_or(DEFAULT_MEMORY_MB),
                    disk_in_mb: body
                        .disk_in_mb
                        .or(t.and_then(|t| t.disk_in_mb))
                        .unwrap_or(DEFAULT_DISK_MB),
                    log_rate_limit: body
                        .log_rate_limit_in_bytes_per_second
                        .or(t.and_then(|t| t.log_rate_limit))
                        .unwrap_or(DEFAULT_LOG_RATE_LIMIT),
                    failure_reason: None,
                    droplet_guid: droplet,
                    app_guid: app.guid,
                };
                tasks::insert(&tx, &row)?;
                if let Some(m) = &body.metadata {
                    metadata::apply(&tx, &row.guid, m)?;
                }
                let task = tasks::present_row(&tx, &row, &base, true)?;
                tx.commit()?;
                Ok(task)
            })
            .await
    }
}

fn secrets_of(role: Role) -> Secrets {
    if role.reads_secrets() {
        Secrets::Show
    } else {
        Secrets::Hide
    }
}

fn uploaded_once() -> Error {
    Error::unprocessable("Droplet may be uploaded only once. Create a new droplet to upload bits.")
}

/// A droplet's place in `Reference::uploading`, given back on drop.
struct Claim<'a> {
    set: &'a Mutex<HashSet<String>>,
    guid: String,
}

impl<'a> Claim<'a> {
    fn take(set: &'a Mutex<HashSet<String>>, guid: &str) -> Option<Claim<'a>> {
        let mut held = set
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        held.insert(guid.to_owned()).then(|| Claim {
            set,
            guid: guid.to_owned(),
        })
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut held = self
            .set
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        held.remove(&self.guid);
    }
}

fn current_relationship(
    base: &str,
    app: uuid::Uuid,
    droplet: uuid::Uuid,
) -> CurrentDropletRelationship {
    CurrentDropletRelationship {
        data: RelationshipData { guid: droplet },
        links: CurrentDropletRelationshipLinks {
            self_: link(
                base,
                &format!("/v3/apps/{app}/relationships/current_droplet"),
            ),
            related: link(base, &format!("/v3/apps/{app}/droplets/current")),
        },
    }
}

fn current_droplet(c: &rusqlite::Connection, app: &str) -> Result<DropletRow> {
    let app = apps::require(c, app)?;
    let current = app
        .current_droplet
        .ok_or_else(|| Error::not_found("Droplet"))?;
    droplets::require(c, &current)
}

impl Api for Reference {
    async fn authenticate(&self, token: &str, ctx: &mut RequestContext) -> Result<(), ApiError> {
        let role = self
            .tokens
            .role(token)
            .ok_or_else(ApiError::invalid_credential)?;
        let reading = ctx.method == Method::GET || ctx.method == Method::HEAD;
        // Scopes before roles, as Cloud Controller checks them: a token that may not write
        // gets 403 whether or not the resource exists.
        let allowed = match role {
            Role::Admin => true,
            Role::Auditor => reading,
            Role::BuildStateUpdater => ctx.operation == "updateDroplet",
        };
        if !allowed {
            return Err(ApiError::forbidden());
        }
        ctx.extensions.insert(role);
        Ok(())
    }

    async fn get_root(&self, ctx: RequestContext) -> GetRootResponse {
        let base = self.base(&ctx);
        let entry = |href: String| Some(RootLink { href, meta: None });
        let links = BTreeMap::from([
            ("self".to_owned(), entry(base.clone())),
            (
                "cloud_controller_v3".to_owned(),
                entry(format!("{base}/v3")),
            ),
            // No login server here: tokens are configured on the server. Clients that insist
            // on the links get this server, which they never need to call for a token.
            ("login".to_owned(), entry(base.clone())),
            ("uaa".to_owned(), entry(base.clone())),
            ("credhub".to_owned(), None),
        ]);
        GetRootResponse::Ok(RootInfo { links })
    }

    async fn get_v3_root(&self, ctx: RequestContext) -> GetV3RootResponse {
        let base = self.base(&ctx);
        let links = ["droplets", "tasks"]
            .into_iter()
            .map(|k| {
                let href = format!("{base}/v3/{k}");
                (k.to_owned(), RootLink { href, meta: None })
            })
            .chain([(
                "self".to_owned(),
                RootLink {
                    href: format!("{base}/v3"),
                    meta: None,
                },
            )])
            .collect();
        GetV3RootResponse::Ok(V3Root { links })
    }

    async fn list_droplets(
        &self,
        ctx: RequestContext,
        query: ListDropletsQuery,
    ) -> ListDropletsResponse {
        let base = self.base(&ctx);
        let result = async {
            let mut list = list_query!(query)?;
            common_filters!(list, query)?;
            list.any_of("r.app_guid", query.app_guids.as_deref());
            list.any_of("a.space_guid", query.space_guids.as_deref());
            list.any_of("a.organization_guid", query.organization_guids.as_deref());
            self.db
                .call(move |c| {
                    let (total, rows) = droplets::list(c, &list)?;
                    Ok(DropletList {
                        pagination: list.pagination(total, &base, "/v3/droplets"),
                        resources: droplets::present(c, &rows, &base, Secrets::HideInList)?,
                    })
                })
                .await
        };
        answer(result.await, ListDropletsResponse::Ok)
    }

    async fn create_droplet(
        &self,
        ctx: RequestContext,
        query: CreateDropletQuery,
        body: DropletCreate,
    ) -> CreateDropletResponse {
        let (base, role) = (self.base(&ctx), role(&ctx));
        let result = match query.source_guid {
            None => self.create(base, role, body).await,
            Some(source) => self.copy(base, role, source, body).await,
        };
        answer(result, CreateDropletResponse::Created)
    }

    async fn get_droplet(&self, ctx: RequestContext, guid: uuid::Uuid) -> GetDropletResponse {
        let (base, secrets) = (self.base(&ctx), secrets(&ctx));
        let result = self
            .db
            .call(move |c| {
                let row = droplets::require(c, &guid.to_string())?;
                droplets::present_row(c, &row, &base, secrets)
            })
            .await;
        answer(result, GetDropletResponse::Ok)
    }

    async fn delete_droplet(&self, ctx: RequestContext, guid: uuid::Uuid) -> DeleteDropletResponse {
        let base = self.base(&ctx);
        let droplet = guid.to_string();
        let result = self
            .db
            .call(move |c| {
                droplets::require(c, &droplet)?;
                let user: Option<String> = crate::db::row(
                    c,
                    "SELECT guid FROM apps WHERE current_droplet_guid = ?1",
                    [&droplet],
                    |r| r.get(0),
                )
                .optional()?;
                if let Some(app) = user {
                    return Err(Error::unprocessable(format!(
                        "The droplet is currently used by app with guid \"{app}\"."
                    )));
                }
                let job = jobs::start(c, jobs::DROPLET_DELETE, &droplet, now())?;
                Ok((job, droplet))
            })
            .await;
        answer(result, |(job, droplet)| {
            let location = format!("{base}/v3/jobs/{job}");
            self.workers.spawn(Work::Delete { job, droplet });
            DeleteDropletResponse::Accepted { location }
        })
    }

    async fn update_droplet(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: DropletUpdate,
    ) -> UpdateDropletResponse {
        let (base, role) = (self.base(&ctx), role(&ctx));
        let result = async {
            // Only the staging component sets `image`.
            if body.image.is_some() && role != Role::BuildStateUpdater {
                return Err(Error::Api(ApiError::forbidden()));
            }
            if let Some(m) = &body.metadata {
                metadata::validate(m)?;
            }
            self.db
                .call(move |c| {
                    let guid = guid.to_string();
                    let tx = c.transaction()?;
                    droplets::require(&tx, &guid)?;
                    if let Some(m) = &body.metadata {
                        metadata::apply(&tx, &guid, m)?;
                    }
                    if let Some(image) = &body.image {
                        tx.execute(
                            "UPDATE droplets SET image = ?2 WHERE guid = ?1",
                            rusqlite::params![guid, image],
                        )?;
                    }
                    tx.execute(
                        "UPDATE droplets SET updated_at = ?2 WHERE guid = ?1",
                        rusqlite::params![guid, now()],
                    )?;
                    let row = droplets::require(&tx, &guid)?;
                    let droplet = droplets::present_row(&tx, &row, &base, secrets_of(role))?;
                    tx.commit()?;
                    Ok(droplet)
                })
                .await
        };
        answer(result.await, UpdateDropletResponse::Ok)
    }

    async fn download_droplet(
        &self,
        _ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> DownloadDropletResponse {
        let result = async {
            let g = guid.to_string();
            let row = self.db.call(move |c| droplets::require(c, &g)).await?;
            if row.lifecycle == "docker" {
                return Err(Error::unprocessable(
                    "Cannot download droplets with 'docker' lifecycle.",
                ));
            }
            if row.state != "STAGED" {
                return Err(Error::unprocessable(
                    "Only staged droplets can be downloaded.",
                ));
            }
            self.bits.stream(&row.guid).await.map_err(|e| {
                tracing::error!(droplet = %row.guid, error = %e, "staged droplet has no bits");
                Error::Api(ApiError::named(
                    StatusCode::BAD_GATEWAY,
                    150006,
                    "CF-BlobstoreUnavailable",
                    "Failed to perform operation due to blobstore unavailability.",
                ))
            })
        };
        answer(result.await, DownloadDropletResponse::Ok)
    }

    async fn upload_droplet(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: UploadDropletForm,
    ) -> UploadDropletResponse {
        let (base, role) = (self.base(&ctx), role(&ctx));
        let result = self.upload(base.clone(), role, guid, body).await;
        answer(result, |(body, job)| UploadDropletResponse::Accepted {
            body,
            location: format!("{base}/v3/jobs/{job}"),
        })
    }

    async fn list_package_droplets(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        query: ListPackageDropletsQuery,
    ) -> ListPackageDropletsResponse {
        let base = self.base(&ctx);
        let result = async {
            let mut list = list_query!(query)?;
            common_filters!(list, query)?;
            list.any_of("r.app_guid", query.app_guids.as_deref());
            list.any_of("a.space_guid", query.space_guids.as_deref());
            list.any_of("a.organization_guid", query.organization_guids.as_deref());
            list.equals("r.package_guid", guid.to_string());
            self.db
                .call(move |c| {
                    if !apps::package_exists(c, &guid.to_string())? {
                        return Err(Error::not_found("Package"));
                    }
                    let (total, rows) = droplets::list(c, &list)?;
                    let path = format!("/v3/packages/{guid}/droplets");
                    Ok(DropletList {
                        pagination: list.pagination(total, &base, &path),
                        resources: droplets::present(c, &rows, &base, Secrets::HideInList)?,
                    })
                })
                .await
        };
        answer(result.await, ListPackageDropletsResponse::Ok)
    }

    async fn list_app_droplets(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        query: ListAppDropletsQuery,
    ) -> ListAppDropletsResponse {
        let base = self.base(&ctx);
        let result = async {
            let mut list = list_query!(query)?;
            common_filters!(list, query)?;
            match query.current {
                None => {}
                Some(true) => list.raw("r.guid = a.current_droplet_guid"),
                Some(false) => {
                    return Err(Error::bad_query("Current only accepts the value 'true'"));
                }
            }
            list.equals("r.app_guid", guid.to_string());
            self.db
                .call(move |c| {
                    apps::require(c, &guid.to_string())?;
                    let (total, rows) = droplets::list(c, &list)?;
                    let path = format!("/v3/apps/{guid}/droplets");
                    Ok(DropletList {
                        pagination: list.pagination(total, &base, &path),
                        resources: droplets::present(c, &rows, &base, Secrets::HideInList)?,
                    })
                })
                .await
        };
        answer(result.await, ListAppDropletsResponse::Ok)
    }

    async fn get_app_current_droplet(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> GetAppCurrentDropletResponse {
        let base = self.base(&ctx);
        let result = self
            .db
            .call(move |c| {
                let row = current_droplet(c, &guid.to_string())?;
                // Cloud Controller presents the current droplet without redaction.
                droplets::present_row(c, &row, &base, Secrets::Show)
            })
            .await;
        answer(result, GetAppCurrentDropletResponse::Ok)
    }

    async fn get_app_current_droplet_relationship(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> GetAppCurrentDropletRelationshipResponse {
        let base = self.base(&ctx);
        let result = self
            .db
            .call(move |c| {
                let row = current_droplet(c, &guid.to_string())?;
                Ok(current_relationship(
                    &base,
                    guid,
                    droplets::parse_guid(&row.guid)?,
                ))
            })
            .await;
        answer(result, GetAppCurrentDropletRelationshipResponse::Ok)
    }

    async fn set_app_current_droplet(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: ToOneRelationship,
    ) -> SetAppCurrentDropletResponse {
        let base = self.base(&ctx);
        let droplet = body.data.guid;
        let result = self
            .db
            .call(move |c| {
                let app = apps::require(c, &guid.to_string())?;
                let owned = droplets::find(c, &droplet.to_string())?
                    .is_some_and(|d| d.app_guid == app.guid);
                if !owned {
                    return Err(Error::unprocessable(
                        "Unable to assign current droplet. Ensure the droplet exists and belongs to this app.",
                    ));
                }
                c.execute(
                    "UPDATE apps SET current_droplet_guid = ?2 WHERE guid = ?1",
                    [&app.guid, &droplet.to_string()],
                )?;
                Ok(current_relationship(&base, guid, droplet))
            })
            .await;
        answer(result, SetAppCurrentDropletResponse::Ok)
    }

    async fn list_app_tasks(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        query: ListAppTasksQuery,
    ) -> ListAppTasksResponse {
        let base = self.base(&ctx);
        let show_command = role(&ctx).reads_secrets();
        let result = async {
            let mut list = list_query!(query)?;
            common_filters!(list, query)?;
            list.any_of("r.name", query.names.as_deref());
            list.any_of_int("r.sequence_id", query.sequence_ids.as_deref());
            list.equals("r.app_guid", guid.to_string());
            self.db
                .call(move |c| {
                    apps::require(c, &guid.to_string())?;
                    let (total, rows) = tasks::list(c, &list)?;
                    let path = format!("/v3/apps/{guid}/tasks");
                    Ok(TaskList {
                        pagination: list.pagination(total, &base, &path),
                        resources: tasks::present(c, &rows, &base, show_command)?,
                    })
                })
                .await
        };
        answer(result.await, ListAppTasksResponse::Ok)
    }

    async fn create_task(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: TaskCreate,
    ) -> CreateTaskResponse {
        let result = self.create_task(self.base(&ctx), guid, body).await;
        answer(result, CreateTaskResponse::Accepted)
    }

    async fn list_tasks(&self, ctx: RequestContext, query: ListTasksQuery) -> ListTasksResponse {
        let base = self.base(&ctx);
        let result = async {
            let mut list = list_query!(query)?;
            common_filters!(list, query)?;
            list.any_of("r.name", query.names.as_deref());
            list.any_of("r.app_guid", query.app_guids.as_deref());
            list.any_of("a.space_guid", query.space_guids.as_deref());
            list.any_of("a.organization_guid", query.organization_guids.as_deref());
            self.db
                .call(move |c| {
                    let (total, rows) = tasks::list(c, &list)?;
                    Ok(TaskList {
                        pagination: list.pagination(total, &base, "/v3/tasks"),
                        // The global list never shows commands.
                        resources: tasks::present(c, &rows, &base, false)?,
                    })
                })
                .await
        };
        answer(result.await, ListTasksResponse::Ok)
    }

    async fn get_task(&self, ctx: RequestContext, guid: uuid::Uuid) -> GetTaskResponse {
        let base = self.base(&ctx);
        let show_command = role(&ctx).reads_secrets();
        let result = self
            .db
            .call(move |c| {
                let row = tasks::require(c, &guid.to_string())?;
                tasks::present_row(c, &row, &base, show_command)
            })
            .await;
        answer(result, GetTaskResponse::Ok)
    }

    async fn update_task(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
        body: TaskUpdate,
    ) -> UpdateTaskResponse {
        let base = self.base(&ctx);
        let result = async {
            if let Some(m) = &body.metadata {
                metadata::validate(m)?;
            }
            self.db
                .call(move |c| {
                    let guid = guid.to_string();
                    let tx = c.transaction()?;
                    tasks::require(&tx, &guid)?;
                    if let Some(m) = &body.metadata {
                        metadata::apply(&tx, &guid, m)?;
                    }
                    tx.execute(
                        "UPDATE tasks SET updated_at = ?2 WHERE guid = ?1",
                        rusqlite::params![guid, now()],
                    )?;
                    let row = tasks::require(&tx, &guid)?;
                    let task = tasks::present_row(&tx, &row, &base, true)?;
                    tx.commit()?;
                    Ok(task)
                })
                .await
        };
        answer(result.await, UpdateTaskResponse::Ok)
    }

    async fn cancel_task(&self, ctx: RequestContext, guid: uuid::Uuid) -> CancelTaskResponse {
        answer(self.cancel(&ctx, guid).await, CancelTaskResponse::Accepted)
    }

    async fn cancel_task_deprecated(
        &self,
        ctx: RequestContext,
        guid: uuid::Uuid,
    ) -> CancelTaskDeprecatedResponse {
        answer(
            self.cancel(&ctx, guid).await,
            CancelTaskDeprecatedResponse::Accepted,
        )
    }

    async fn get_job(&self, ctx: RequestContext, guid: uuid::Uuid) -> GetJobResponse {
        let base = self.base(&ctx);
        let result = self
            .db
            .call(move |c| jobs::show(c, &guid.to_string(), &base))
            .await;
        answer(result, GetJobResponse::Ok)
    }
}
