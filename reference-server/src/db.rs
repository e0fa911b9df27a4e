//! The SQLite database: opening it (WAL, full fsync on commit), its schema and migrations, and
//! running work on it off the async threads.
//!
//! One connection serves everything, behind a mutex: every change is one short transaction,
//! and the serialization is what keeps concurrent read-modify-write requests (two PATCHes of
//! one droplet's metadata) from losing each other's keys.

use crate::error::{Error, Result};
use rusqlite::Connection;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// The schema, one migration per entry; `PRAGMA user_version` counts those applied. Append,
/// never edit: a data directory created by an older server is migrated on start.
const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE apps (
    guid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    space_guid TEXT NOT NULL,
    organization_guid TEXT NOT NULL,
    lifecycle TEXT NOT NULL DEFAULT 'buildpack',
    current_droplet_guid TEXT
);
CREATE TABLE packages (
    guid TEXT PRIMARY KEY,
    app_guid TEXT NOT NULL REFERENCES apps(guid)
);
CREATE TABLE processes (
    guid TEXT PRIMARY KEY,
    app_guid TEXT NOT NULL REFERENCES apps(guid),
    type TEXT NOT NULL,
    command TEXT,
    memory_in_mb INTEGER,
    disk_in_mb INTEGER,
    log_rate_limit_in_bytes_per_second INTEGER
);
CREATE TABLE droplets (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    state TEXT NOT NULL,
    error TEXT,
    lifecycle TEXT NOT NULL,
    -- sha256 of the bits, once they are STAGED
    checksum TEXT,
    -- sha256 of the bits received, while the upload job checks them
    upload_sha256 TEXT,
    buildpacks TEXT,
    stack TEXT,
    image TEXT,
    execution_metadata TEXT NOT NULL DEFAULT '',
    process_types TEXT NOT NULL,
    app_guid TEXT NOT NULL REFERENCES apps(guid),
    package_guid TEXT,
    -- the droplet a COPYING droplet copies
    source_guid TEXT
);
CREATE INDEX droplets_app ON droplets(app_guid);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    app_guid TEXT NOT NULL REFERENCES apps(guid),
    sequence_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    command TEXT NOT NULL,
    user TEXT,
    state TEXT NOT NULL,
    memory_in_mb INTEGER NOT NULL,
    disk_in_mb INTEGER NOT NULL,
    log_rate_limit INTEGER NOT NULL,
    failure_reason TEXT,
    droplet_guid TEXT NOT NULL,
    UNIQUE (app_guid, sequence_id)
);
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    guid TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    operation TEXT NOT NULL,
    state TEXT NOT NULL,
    errors TEXT NOT NULL DEFAULT '[]',
    resource_type TEXT NOT NULL,
    resource_guid TEXT NOT NULL
);
CREATE TABLE labels (
    resource_guid TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (resource_guid, key)
) WITHOUT ROWID;
CREATE TABLE annotations (
    resource_guid TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (resource_guid, key)
) WITHOUT ROWID;
"#];

/// The database, shared by every request.
#[derive(Clone)]
pub struct Db {
    conn: Arc<Mutex<Connection>>,
}

impl Db {
    /// Opens (creating if needed) and migrates the database at `path`.
    pub fn open(path: &Path) -> Result<Db> {
        let mut conn = Connection::open(path)?;
        // WAL: readers never block the writer; FULL: a commit is on disk when it returns, so a
        // `kill -9` (or power loss) after an answer cannot take the change back.
        let mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Corrupt(format!("journal mode is {mode}, not WAL")));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(Duration::from_secs(5))?;
        // Statements are prepared once and kept: list queries vary with their filters.
        conn.set_prepared_statement_cache_capacity(256);
        migrate(&mut conn)?;
        Ok(Db {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection, on a blocking thread.
    pub async fn call<T, F>(&self, f: F) -> Result<T>
    where
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
        T: Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            // A panic mid-transaction rolls the transaction back (its guard drops), so the
            // connection is still sound after a poisoned lock.
            let mut conn = conn.lock().unwrap_or_else(PoisonError::into_inner);
            f(&mut conn)
        })
        .await
        .map_err(|e| Error::Corrupt(format!("database worker failed: {e}")))?
    }

    /// Folds the write-ahead log into the database file, so a stopped server leaves one file.
    pub fn checkpoint(&self) -> Result<()> {
        let conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let version: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > MIGRATIONS.len() {
        return Err(Error::Corrupt(format!(
            "the database is at schema version {version}, newer than this server ({})",
            MIGRATIONS.len()
        )));
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i + 1)?;
        tx.commit()?;
        tracing::info!(version = i + 1, "database migrated");
    }
    Ok(())
}

/// `query_row` on a statement prepared once per connection and kept in its cache.
pub fn row<T, P: rusqlite::Params>(
    conn: &Connection,
    sql: &str,
    params: P,
    f: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    conn.prepare_cached(sql)?.query_row(params, f)
}

/// Seconds since the epoch, the resolution CF timestamps have.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}
