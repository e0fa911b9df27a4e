//! Jobs: the asynchronous work a `Location` header points at (droplet uploads and deletions).

use crate::droplets::parse_guid;
use crate::error::{Error, Result};
use crate::present::{link, timestamp};
use generated_client::models::{Error as EnvelopeError, Job, JobLinks, JobState};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::BTreeMap;

/// `droplet.upload`.
pub const DROPLET_UPLOAD: &str = "droplet.upload";
/// `droplet.delete`.
pub const DROPLET_DELETE: &str = "droplet.delete";

/// Records a new `PROCESSING` job on a droplet; returns its GUID.
pub fn start(conn: &Connection, operation: &str, droplet: &str, now: i64) -> Result<String> {
    let guid = uuid::Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO jobs (guid, created_at, updated_at, operation, state, resource_type, resource_guid)
         VALUES (?1, ?2, ?2, ?3, 'PROCESSING', 'droplet', ?4)",
        params![guid, now, operation, droplet],
    )?;
    Ok(guid)
}

/// Marks a job `COMPLETE`.
pub fn complete(conn: &Connection, guid: &str, now: i64) -> Result<()> {
    conn.execute(
        "UPDATE jobs SET state = 'COMPLETE', updated_at = ?2 WHERE guid = ?1",
        params![guid, now],
    )?;
    Ok(())
}

/// Marks a job `FAILED` with one error.
pub fn fail(conn: &Connection, guid: &str, error: &EnvelopeError, now: i64) -> Result<()> {
    let errors = serde_json::to_string(&[error]).map_err(|e| Error::Corrupt(e.to_string()))?;
    conn.execute(
        "UPDATE jobs SET state = 'FAILED', errors = ?2, updated_at = ?3 WHERE guid = ?1",
        params![guid, errors, now],
    )?;
    Ok(())
}

/// The jobs still `PROCESSING`, as (job, operation, droplet), oldest first.
pub fn unfinished(conn: &Connection) -> Result<Vec<(String, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT guid, operation, resource_guid FROM jobs WHERE state = 'PROCESSING' ORDER BY id",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The job `guid` as the API presents it, or 404 `Job not found`.
pub fn show(conn: &Connection, guid: &str, base: &str) -> Result<Job> {
    let row = crate::db::row(
        conn,
        "SELECT j.guid, j.created_at, j.updated_at, j.operation, j.state, j.errors,
                    j.resource_type, j.resource_guid, d.guid IS NOT NULL
             FROM jobs j LEFT JOIN droplets d ON d.guid = j.resource_guid
             WHERE j.guid = ?1",
        [guid],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
                r.get::<_, bool>(8)?,
            ))
        },
    )
    .optional()?
    .ok_or_else(|| Error::not_found("Job"))?;
    let (guid, created, updated, operation, state, errors, kind, resource, exists) = row;
    let errors: Vec<EnvelopeError> = serde_json::from_str(&errors)
        .map_err(|e| Error::Corrupt(format!("job {guid} errors: {e}")))?;
    let mut related = BTreeMap::new();
    // A link to the resource while it exists, keyed by its type.
    if exists {
        related.insert(kind.clone(), link(base, &format!("/v3/{kind}s/{resource}")));
    }
    Ok(Job {
        guid: parse_guid(&guid)?,
        created_at: timestamp(created),
        updated_at: timestamp(updated),
        operation,
        state: JobState::from(state.as_str()),
        errors,
        warnings: Vec::new(),
        links: JobLinks {
            self_: link(base, &format!("/v3/jobs/{guid}")),
            additional_properties: related,
        },
    })
}
