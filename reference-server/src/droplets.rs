//! Droplets in the database: rows, queries, and how a row is presented (links by state,
//! secrets redacted by role and in lists).

use crate::error::{Error, Result};
use crate::listing::ListQuery;
use crate::metadata;
use crate::present::{Secrets, empty_metadata, link, link_with_method, timestamp};
use generated_client::models::{
    AppRelationship, Buildpack, Checksum, ChecksumType, Droplet, DropletLinks, DropletState,
    Lifecycle, LifecycleData, LifecycleType, RelationshipData, ToOneRelationship,
};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::BTreeMap;

/// A droplet as stored.
#[derive(Debug, Clone)]
pub struct DropletRow {
    pub guid: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub state: String,
    pub error: Option<String>,
    pub lifecycle: String,
    pub checksum: Option<String>,
    pub buildpacks: Option<String>,
    pub stack: Option<String>,
    pub image: Option<String>,
    pub execution_metadata: String,
    pub process_types: String,
    pub app_guid: String,
    pub package_guid: Option<String>,
    pub source_guid: Option<String>,
}

const COLUMNS: &str = "r.guid, r.created_at, r.updated_at, r.state, r.error, r.lifecycle, \
    r.checksum, r.buildpacks, r.stack, r.image, r.execution_metadata, r.process_types, \
    r.app_guid, r.package_guid, r.source_guid";

fn from_row(r: &Row<'_>) -> rusqlite::Result<DropletRow> {
    Ok(DropletRow {
        guid: r.get(0)?,
        created_at: r.get(1)?,
        updated_at: r.get(2)?,
        state: r.get(3)?,
        error: r.get(4)?,
        lifecycle: r.get(5)?,
        checksum: r.get(6)?,
        buildpacks: r.get(7)?,
        stack: r.get(8)?,
        image: r.get(9)?,
        execution_metadata: r.get(10)?,
        process_types: r.get(11)?,
        app_guid: r.get(12)?,
        package_guid: r.get(13)?,
        source_guid: r.get(14)?,
    })
}

/// The droplet `guid`, if it exists.
pub fn find(conn: &Connection, guid: &str) -> Result<Option<DropletRow>> {
    Ok(crate::db::row(
        conn,
        &format!("SELECT {COLUMNS} FROM droplets r WHERE r.guid = ?1"),
        [guid],
        from_row,
    )
    .optional()?)
}

/// The droplet `guid`, or 404 `Droplet not found`.
pub fn require(conn: &Connection, guid: &str) -> Result<DropletRow> {
    find(conn, guid)?.ok_or_else(|| Error::not_found("Droplet"))
}

/// One page of droplets and the number of all that match.
pub fn list(conn: &Connection, query: &ListQuery) -> Result<(i64, Vec<DropletRow>)> {
    let (filter, params) = query.where_clause();
    let from = "FROM droplets r JOIN apps a ON a.guid = r.app_guid";
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

/// Stores a new droplet.
pub fn insert(conn: &Connection, d: &DropletRow) -> Result<()> {
    conn.execute(
        "INSERT INTO droplets (guid, created_at, updated_at, state, error, lifecycle, checksum,
            buildpacks, stack, image, execution_metadata, process_types, app_guid, package_guid,
            source_guid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            d.guid,
            d.created_at,
            d.updated_at,
            d.state,
            d.error,
            d.lifecycle,
            d.checksum,
            d.buildpacks,
            d.stack,
            d.image,
            d.execution_metadata,
            d.process_types,
            d.app_guid,
            d.package_guid,
            d.source_guid
        ],
    )?;
    Ok(())
}

/// Presents rows as the API's droplets, with their metadata.
pub fn present(
    conn: &Connection,
    rows: &[DropletRow],
    base: &str,
    secrets: Secrets,
) -> Result<Vec<Droplet>> {
    let guids: Vec<String> = rows.iter().map(|d| d.guid.clone()).collect();
    let mut meta = metadata::load(conn, &guids)?;
    rows.iter()
        .map(|d| {
            let m = meta.remove(&d.guid).unwrap_or_else(empty_metadata);
            present_one(d, m, base, secrets)
        })
        .collect()
}

/// Presents one row.
pub fn present_row(
    conn: &Connection,
    row: &DropletRow,
    base: &str,
    secrets: Secrets,
) -> Result<Droplet> {
    present(conn, std::slice::from_ref(row), base, secrets)?
        .pop()
        .ok_or_else(|| Error::Corrupt("a row was not presented".into()))
}

fn present_one(
    d: &DropletRow,
    metadata: generated_client::models::Metadata,
    base: &str,
    secrets: Secrets,
) -> Result<Droplet> {
    let guid: uuid::Uuid = parse_guid(&d.guid)?;
    let app: uuid::Uuid = parse_guid(&d.app_guid)?;
    let state = DropletState::from(d.state.as_str());
    let lifecycle = LifecycleType::from(d.lifecycle.as_str());
    let process_types: BTreeMap<String, String> = serde_json::from_str(&d.process_types)
        .map_err(|e| Error::Corrupt(format!("droplet {guid} process_types: {e}")))?;
    let buildpacks: Option<Vec<Buildpack>> = d
        .buildpacks
        .as_deref()
        .map(serde_json::from_str)
        .transpose()
        .map_err(|e| Error::Corrupt(format!("droplet {guid} buildpacks: {e}")))?;
    let (execution_metadata, process_types) = match secrets.hidden() {
        None => (d.execution_metadata.clone(), process_types),
        Some(message) => (
            message.to_owned(),
            BTreeMap::from([("redacted_message".to_owned(), message.to_owned())]),
        ),
    };
    let staged_buildpack = state == DropletState::Staged && lifecycle != LifecycleType::Docker;
    Ok(Droplet {
        guid,
        created_at: timestamp(d.created_at),
        updated_at: timestamp(d.updated_at),
        error: d.error.clone(),
        lifecycle: Lifecycle {
            r#type: lifecycle,
            data: LifecycleData::default(),
        },
        checksum: d.checksum.as_ref().map(|value| Checksum {
            r#type: ChecksumType::Sha256,
            value: value.clone(),
        }),
        buildpacks,
        stack: d.stack.clone(),
        image: d.image.clone(),
        execution_metadata,
        process_types,
        relationships: AppRelationship {
            app: ToOneRelationship {
                data: RelationshipData { guid: app },
            },
        },
        metadata,
        links: DropletLinks {
            self_: link(base, &format!("/v3/droplets/{guid}")),
            app: Some(link(base, &format!("/v3/apps/{app}"))),
            assign_current_droplet: Some(link_with_method(
                base,
                &format!("/v3/apps/{app}/relationships/current_droplet"),
                "PATCH",
            )),
            package: d
                .package_guid
                .as_ref()
                .map(|p| link(base, &format!("/v3/packages/{p}"))),
            upload: (state == DropletState::AwaitingUpload)
                .then(|| link_with_method(base, &format!("/v3/droplets/{guid}/upload"), "POST")),
            download: staged_buildpack
                .then(|| link(base, &format!("/v3/droplets/{guid}/download"))),
        },
        state,
    })
}

pub fn parse_guid(s: &str) -> Result<uuid::Uuid> {
    s.parse()
        .map_err(|_| Error::Corrupt(format!("`{s}` is not a GUID")))
}
