//! The work that finishes after a request is answered: checking uploaded bits, deleting and
//! copying droplets, and moving canceled tasks to `FAILED`. Each step commits its outcome in
//! one transaction; work a stop or crash interrupted is found again from the database on start
//! and redone, which every step allows.

use crate::bits::{self, Bits};
use crate::db::{Db, now};
use crate::error::Result;
use crate::{droplets, jobs, metadata};
use generated_client::models::Error as EnvelopeError;
use rusqlite::{OptionalExtension, params};
use std::time::Duration;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

/// Work to do in the background.
#[derive(Debug, Clone)]
pub enum Work {
    /// Check uploaded bits, then stage or fail the droplet.
    Upload { job: String, droplet: String },
    /// Delete a droplet and its bits.
    Delete { job: String, droplet: String },
    /// Copy a droplet's bits into a `COPYING` droplet.
    Copy { droplet: String, source: String },
    /// Finish a cancel: `CANCELING` → `FAILED`.
    Cancel { task: String },
}

/// Runs work on the tokio runtime and keeps track of it for shutdown.
#[derive(Clone)]
pub struct Workers {
    db: Db,
    bits: Bits,
    cancel_delay: Duration,
    tracker: TaskTracker,
    /// Set when the server stops: waiting work gives up (and is redone on start).
    stopping: CancellationToken,
}

impl Workers {
    pub fn new(db: Db, bits: Bits, cancel_delay: Duration) -> Workers {
        Workers {
            db,
            bits,
            cancel_delay,
            tracker: TaskTracker::new(),
            stopping: CancellationToken::new(),
        }
    }

    /// Starts `work`.
    pub fn spawn(&self, work: Work) {
        let this = self.clone();
        self.tracker.spawn(async move {
            let what = format!("{work:?}");
            if let Err(e) = this.run(work).await {
                // Left as it was: the next start retries it.
                tracing::error!(work = %what, error = %e, "background work failed");
            }
        });
    }

    /// Waits (up to `limit`) for the work under way; what is left is redone on the next start.
    pub async fn drain(&self, limit: Duration) {
        self.stopping.cancel();
        self.tracker.close();
        if tokio::time::timeout(limit, self.tracker.wait())
            .await
            .is_err()
        {
            tracing::warn!("background work still running at shutdown; it resumes on start");
        }
    }

    /// Finds the work a previous run left unfinished, removes bits no droplet owns, and
    /// starts the work again.
    pub async fn resume(&self) -> Result<()> {
        let (work, keep) = self
            .db
            .call(|conn| {
                let mut work = Vec::new();
                for (job, operation, droplet) in jobs::unfinished(conn)? {
                    work.push(match operation.as_str() {
                        jobs::DROPLET_DELETE => Work::Delete { job, droplet },
                        _ => Work::Upload { job, droplet },
                    });
                }
                let mut stmt = conn.prepare_cached(
                    "SELECT guid, source_guid FROM droplets WHERE state = 'COPYING' ORDER BY id",
                )?;
                for row in stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    let (droplet, source): (String, Option<String>) = row?;
                    if let Some(source) = source {
                        work.push(Work::Copy { droplet, source });
                    }
                }
                let mut stmt = conn.prepare_cached(
                    "SELECT guid FROM tasks WHERE state = 'CANCELING' ORDER BY id",
                )?;
                for task in stmt.query_map([], |r| r.get(0))? {
                    work.push(Work::Cancel { task: task? });
                }
                // Bits belong to droplets that have (or are getting) them.
                let mut stmt = conn.prepare_cached(
                    "SELECT guid FROM droplets
                     WHERE state IN ('PROCESSING_UPLOAD', 'STAGED', 'COPYING')",
                )?;
                let keep = stmt
                    .query_map([], |r| r.get::<_, String>(0))?
                    .collect::<rusqlite::Result<std::collections::HashSet<_>>>()?;
                Ok((work, keep))
            })
            .await?;
        for guid in self.bits.stored()? {
            if !keep.contains(&guid) {
                tracing::info!(droplet = %guid, "removing bits no droplet owns");
                self.bits.remove(&guid).await?;
            }
        }
        if !work.is_empty() {
            tracing::info!(count = work.len(), "resuming unfinished work");
        }
        for w in work {
            self.spawn(w);
        }
        Ok(())
    }

    async fn run(&self, work: Work) -> Result<()> {
        match work {
            Work::Upload { job, droplet } => self.finish_upload(job, droplet).await,
            Work::Delete { job, droplet } => self.delete(job, droplet).await,
            Work::Copy { droplet, source } => self.copy(droplet, source).await,
            Work::Cancel { task } => self.cancel(task).await,
        }
    }

    async fn finish_upload(&self, job: String, droplet: String) -> Result<()> {
        let path = self.bits.path(&droplet);
        let checked = tokio::task::spawn_blocking(move || bits::check_tgz(&path))
            .await
            .unwrap_or_else(|e| Err(e.to_string()));
        let failed = checked.is_err();
        let guid = droplet.clone();
        self.db
            .call(move |conn| {
                let tx = conn.transaction()?;
                let at = now();
                match checked {
                    Ok(()) => {
                        tx.execute(
                            "UPDATE droplets SET state = 'STAGED', checksum = upload_sha256,
                                upload_sha256 = NULL, updated_at = ?2
                             WHERE guid = ?1 AND state = 'PROCESSING_UPLOAD'",
                            params![droplet, at],
                        )?;
                        jobs::complete(&tx, &job, at)?;
                    }
                    Err(why) => {
                        let detail = format!(
                            "Uploaded droplet file is invalid: not a gzipped tarball ({why})"
                        );
                        tx.execute(
                            "UPDATE droplets SET state = 'FAILED', error = ?2,
                                upload_sha256 = NULL, updated_at = ?3
                             WHERE guid = ?1 AND state = 'PROCESSING_UPLOAD'",
                            params![droplet, format!("DropletUploadInvalid - {detail}"), at],
                        )?;
                        let error = EnvelopeError {
                            code: 10008,
                            title: "CF-UnprocessableEntity".into(),
                            detail,
                        };
                        jobs::fail(&tx, &job, &error, at)?;
                    }
                }
                tx.commit()?;
                Ok(())
            })
            .await?;
        if failed {
            // A FAILED droplet keeps no bits.
            self.bits.remove(&guid).await?;
        }
        Ok(())
    }

    async fn delete(&self, job: String, droplet: String) -> Result<()> {
        let guid = droplet.clone();
        let deleted = self
            .db
            .call(move |conn| {
                let tx = conn.transaction()?;
                // The droplet may have become an app's current one since the request.
                let user: Option<String> = crate::db::row(
                    &tx,
                    "SELECT guid FROM apps WHERE current_droplet_guid = ?1",
                    [&guid],
                    |r| r.get(0),
                )
                .optional()?;
                if let Some(app) = user {
                    let error = EnvelopeError {
                        code: 10008,
                        title: "CF-UnprocessableEntity".into(),
                        detail: format!(
                            "The droplet is currently used by app with guid \"{app}\"."
                        ),
                    };
                    jobs::fail(&tx, &job, &error, now())?;
                    tx.commit()?;
                    return Ok(false);
                }
                tx.execute("DELETE FROM droplets WHERE guid = ?1", [&guid])?;
                metadata::delete(&tx, &guid)?;
                jobs::complete(&tx, &job, now())?;
                tx.commit()?;
                Ok(true)
            })
            .await?;
        if deleted {
            // After the commit: a crash here leaves bits no droplet owns, removed on start.
            self.bits.remove(&droplet).await?;
        }
        Ok(())
    }

    async fn copy(&self, droplet: String, source: String) -> Result<()> {
        let copied = self.bits.copy(&source, &droplet).await;
        if let Err(e) = &copied {
            tracing::warn!(droplet = %droplet, source = %source, error = %e, "copying bits failed");
        }
        let guid = droplet.clone();
        let staged = self
            .db
            .call(move |conn| {
                let at = now();
                let source_row = droplets::find(conn, &source)?;
                let tx = conn.transaction()?;
                let changed = match (copied, source_row.and_then(|s| s.checksum)) {
                    (Ok(()), Some(checksum)) => tx.execute(
                        "UPDATE droplets SET state = 'STAGED', checksum = ?2, source_guid = NULL,
                            updated_at = ?3
                         WHERE guid = ?1 AND state = 'COPYING'",
                        params![guid, checksum, at],
                    )?,
                    _ => tx.execute(
                        "UPDATE droplets SET state = 'FAILED', source_guid = NULL, updated_at = ?2,
                            error = 'CopyError - the source droplet has no bits to copy'
                         WHERE guid = ?1 AND state = 'COPYING'",
                        params![guid, at],
                    )?,
                };
                tx.commit()?;
                Ok(changed == 1)
            })
            .await?;
        if !staged {
            self.bits.remove(&droplet).await?;
        }
        Ok(())
    }

    async fn cancel(&self, task: String) -> Result<()> {
        tokio::select! {
            _ = tokio::time::sleep(self.cancel_delay) => {}
            // Still CANCELING in the database: the next start finishes it.
            _ = self.stopping.cancelled() => return Ok(()),
        }
        self.db
            .call(move |conn| {
                conn.execute(
                    "UPDATE tasks SET state = 'FAILED', failure_reason = 'task was cancelled',
                        updated_at = ?2
                     WHERE guid = ?1 AND state = 'CANCELING'",
                    params![task, now()],
                )?;
                Ok(())
            })
            .await
    }
}
