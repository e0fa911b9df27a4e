//! The apps, packages and processes droplets and tasks refer to: registered from the seed,
//! read by the droplet and task operations.

use crate::config::Seed;
use crate::error::{Error, Result};
use rusqlite::{Connection, OptionalExtension, params};

/// An app as the droplet and task rules need it.
#[derive(Debug, Clone)]
pub struct App {
    pub guid: String,
    pub lifecycle: String,
    pub current_droplet: Option<String>,
}

/// The app `guid`, if it exists.
pub fn find(conn: &Connection, guid: &str) -> Result<Option<App>> {
    Ok(crate::db::row(
        conn,
        "SELECT guid, lifecycle, current_droplet_guid FROM apps WHERE guid = ?1",
        [guid],
        |r| {
            Ok(App {
                guid: r.get(0)?,
                lifecycle: r.get(1)?,
                current_droplet: r.get(2)?,
            })
        },
    )
    .optional()?)
}

/// The app `guid`, or 404 `App not found`.
pub fn require(conn: &Connection, guid: &str) -> Result<App> {
    find(conn, guid)?.ok_or_else(|| Error::not_found("App"))
}

/// Whether the package `guid` exists.
pub fn package_exists(conn: &Connection, guid: &str) -> Result<bool> {
    Ok(crate::db::row(
        conn,
        "SELECT 1 FROM packages WHERE guid = ?1",
        [guid],
        |_| Ok(()),
    )
    .optional()?
    .is_some())
}

/// A process, the template of a task.
pub struct Process {
    pub command: Option<String>,
    pub memory_in_mb: Option<i64>,
    pub disk_in_mb: Option<i64>,
    pub log_rate_limit: Option<i64>,
}

/// The process `guid` of `app`, if it exists.
pub fn process(conn: &Connection, app: &str, guid: &str) -> Result<Option<Process>> {
    Ok(crate::db::row(
        conn,
        "SELECT command, memory_in_mb, disk_in_mb, log_rate_limit_in_bytes_per_second
             FROM processes WHERE guid = ?1 AND app_guid = ?2",
        [guid, app],
        |r| {
            Ok(Process {
                command: r.get(0)?,
                memory_in_mb: r.get(1)?,
                disk_in_mb: r.get(2)?,
                log_rate_limit: r.get(3)?,
            })
        },
    )
    .optional()?)
}

/// Registers (or updates) the seed's apps, packages and processes; current droplets are kept.
pub fn seed(conn: &mut Connection, seed: &Seed) -> Result<()> {
    let tx = conn.transaction()?;
    for app in &seed.apps {
        tx.execute(
            "INSERT INTO apps (guid, name, space_guid, organization_guid, lifecycle)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (guid) DO UPDATE SET name = excluded.name,
                space_guid = excluded.space_guid, organization_guid = excluded.organization_guid,
                lifecycle = excluded.lifecycle",
            params![
                app.guid.to_string(),
                app.name,
                app.space_guid.to_string(),
                app.organization_guid.to_string(),
                app.lifecycle
            ],
        )?;
        for package in &app.packages {
            tx.execute(
                "INSERT INTO packages (guid, app_guid) VALUES (?1, ?2)
                 ON CONFLICT (guid) DO UPDATE SET app_guid = excluded.app_guid",
                params![package.to_string(), app.guid.to_string()],
            )?;
        }
        for p in &app.processes {
            tx.execute(
                "INSERT INTO processes (guid, app_guid, type, command, memory_in_mb, disk_in_mb,
                    log_rate_limit_in_bytes_per_second)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (guid) DO UPDATE SET app_guid = excluded.app_guid,
                    type = excluded.type, command = excluded.command,
                    memory_in_mb = excluded.memory_in_mb, disk_in_mb = excluded.disk_in_mb,
                    log_rate_limit_in_bytes_per_second = excluded.log_rate_limit_in_bytes_per_second",
                params![
                    p.guid.to_string(),
                    app.guid.to_string(),
                    p.kind,
                    p.command,
                    p.memory_in_mb,
                    p.disk_in_mb,
                    p.log_rate_limit_in_bytes_per_second
                ],
            )?;
        }
    }
    tx.commit()?;
    Ok(())
}
