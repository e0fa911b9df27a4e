//! The generated `Api` trait, implemented on the reference server's state: each method reads
//! its inputs, calls the operation (here for reads and simple updates, in `droplet_ops` and
//! `task_ops` for the rest) and answers with the response enum. Everything HTTP (routing,
//! credentials, parameter and body checks, the error envelope) is the generated router's.

use crate::apps;
use crate::config::Role;
use crate::db::now;
use crate::droplet_ops::{current_droplet, current_relationship};
use crate::droplets::{self};
use crate::error::{Error, Result};
use crate::jobs;
use crate::listing::{common_filters, list_query};
use crate::metadata;
use crate::present::Secrets;
use crate::reference::{Reference, answer, role, secrets, secrets_of};
use crate::tasks::{self};
use crate::workers::Work;
use axum::http::{Method, StatusCode};
use generated_client::models::*;
use generated_server_stubs::*;
use rusqlite::OptionalExtension;
use std::collections::BTreeMap;

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
