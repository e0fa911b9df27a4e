//! What Cloud Controller does to tasks: creating one from a command or a process template
//! (with the operator's defaults and limits), and canceling it.

use crate::apps;
use crate::db::now;
use crate::droplets::{self};
use crate::error::{Error, Result};
use crate::metadata;
use crate::tasks::{self, TaskRow};
use crate::workers::Work;
use axum::http::StatusCode;
use generated_client::models::*;
use generated_server_stubs::*;
/// Operator defaults for tasks that do not say (Cloud Controller's `default_app_*`).
const DEFAULT_MEMORY_MB: i64 = 1024;
const DEFAULT_DISK_MB: i64 = 1024;
const DEFAULT_LOG_RATE_LIMIT: i64 = -1;
use crate::reference::Reference;

impl Reference {
    pub(crate) async fn cancel(&self, ctx: &RequestContext, guid: uuid::Uuid) -> Result<Task> {
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

    pub(crate) async fn create_task(
        &self,
        base: String,
        app: uuid::Uuid,
        body: TaskCreate,
    ) -> Result<Task> {
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
