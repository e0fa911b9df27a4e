//! Tasks in the database: rows, queries, and how a row is presented (`command` only for
//! callers who may read secrets, never in the global list).

use crate::droplets::parse_guid;
use crate::error::{Error, Result};
use crate::listing::ListQuery;
use crate::metadata;
use crate::present::{empty_metadata, link, link_with_method, timestamp};
use generated_client::models::{
    AppRelationship, RelationshipData, Task, TaskLinks, TaskResult, TaskState, ToOneRelationship,
};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// A task as stored.
#[derive(Debug, Clone)]
pub struct TaskRow {
    pub guid: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub app_guid: String,
    pub sequence_id: i64,
    pub name: String,
    pub command: String,
    pub user: Option<String>,
    pub state: String,
    pub memory_in_mb: i64,
    pub disk_in_mb: i64,
    pub log_rate_limit: i64,
    pub failure_reason: Option<String>,
    pub droplet_guid: String,
}

const COLUMNS: &str = "r.guid, r.created_at, r.updated_at, r.app_guid, r.sequence_id, r.name, \
    r.command, r.user, r.state, r.memory_in_mb, r.disk_in_mb, r.log_rate_limit, \
    r.failure_reason, r.droplet_guid";

fn from_row(r: &Row<'_>) -> rusqlite::Result<TaskRow> {
    Ok(TaskRow {
        guid: r.get(0)?,
        created_at: r.get(1)?,
        updated_at: r.get(2)?,
        app_guid: r.get(3)?,
        sequence_id: r.get(4)?,
        name: r.get(5)?,
        command: r.get(6)?,
        user: r.get(7)?,
        state: r.get(8)?,
        memory_in_mb: r.get(9)?,
        disk_in_mb: r.get(10)?,
        log_rate_limit: r.get(11)?,
        failure_reason: r.get(12)?,
        droplet_guid: r.get(13)?,
    })
}

/// The task `guid`, or 404 `Task not found`.
pub fn require(conn: &Connection, guid: &str) -> Result<TaskRow> {
    crate::db::row(
        conn,
        &format!("SELECT {COLUMNS} FROM tasks r WHERE r.guid = ?1"),
        [guid],
        from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("Task"))
}

/// One page of tasks and the number of all that match.
pub fn list(conn: &Connection, query: &ListQuery) -> Result<(i64, Vec<TaskRow>)> {
    let (filter, params) = query.where_clause();
    let from = "FROM tasks r JOIN apps a ON a.guid = r.app_guid";
    let total = crate::db::row(
        conn,
        &format!("SELECT count(*) {from} {filter}"),
        rusqlite::params_from_iter(&params),
        |r| r.get(0),
    )?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} {from} {filter} {}",
        query.page_clause()
    ))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(&params), from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((total, rows))
}

/// Stores a new task.
pub fn insert(conn: &Connection, t: &TaskRow) -> Result<()> {
    conn.execute(
        "INSERT INTO tasks (guid, created_at, updated_at, app_guid, sequence_id, name, command,
            user, state, memory_in_mb, disk_in_mb, log_rate_limit, failure_reason, droplet_guid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            t.guid,
            t.created_at,
            t.updated_at,
            t.app_guid,
            t.sequence_id,
            t.name,
            t.command,
            t.user,
            t.state,
            t.memory_in_mb,
            t.disk_in_mb,
            t.log_rate_limit,
            t.failure_reason,
            t.droplet_guid
        ],
    )?;
    Ok(())
}

/// The next `sequence_id` of an app's tasks.
pub fn next_sequence_id(conn: &Connection, app: &str) -> Result<i64> {
    Ok(crate::db::row(
        conn,
        "SELECT coalesce(max(sequence_id), 0) + 1 FROM tasks WHERE app_guid = ?1",
        [app],
        |r| r.get(0),
    )?)
}

/// Presents rows as the API's tasks; `command` is left out unless `show_command`.
pub fn present(
    conn: &Connection,
    rows: &[TaskRow],
    base: &str,
    show_command: bool,
) -> Result<Vec<Task>> {
    let guids: Vec<String> = rows.iter().map(|t| t.guid.clone()).collect();
    let mut meta = metadata::load(conn, &guids)?;
    rows.iter()
        .map(|t| {
            let guid = parse_guid(&t.guid)?;
            let app = parse_guid(&t.app_guid)?;
            let droplet = parse_guid(&t.droplet_guid)?;
            Ok(Task {
                guid,
                created_at: timestamp(t.created_at),
                updated_at: timestamp(t.updated_at),
                sequence_id: t.sequence_id,
                name: t.name.clone(),
                command: show_command.then(|| t.command.clone()),
                user: t.user.clone(),
                state: TaskState::from(t.state.as_str()),
                memory_in_mb: t.memory_in_mb,
                disk_in_mb: t.disk_in_mb,
                log_rate_limit_in_bytes_per_second: t.log_rate_limit,
                result: TaskResult {
                    failure_reason: t.failure_reason.clone(),
                },
                droplet_guid: droplet,
                relationships: AppRelationship {
                    app: ToOneRelationship {
                        data: RelationshipData { guid: app },
                    },
                },
                metadata: meta.remove(&t.guid).unwrap_or_else(empty_metadata),
                links: TaskLinks {
                    self_: link(base, &format!("/v3/tasks/{guid}")),
                    app: Some(link(base, &format!("/v3/apps/{app}"))),
                    cancel: Some(link_with_method(
                        base,
                        &format!("/v3/tasks/{guid}/actions/cancel"),
                        "POST",
                    )),
                    droplet: Some(link(base, &format!("/v3/droplets/{droplet}"))),
                },
            })
        })
        .collect()
}

/// Presents one row.
pub fn present_row(
    conn: &Connection,
    row: &TaskRow,
    base: &str,
    show_command: bool,
) -> Result<Task> {
    present(conn, std::slice::from_ref(row), base, show_command)?
        .pop()
        .ok_or_else(|| Error::Corrupt("a row was not presented".into()))
}
