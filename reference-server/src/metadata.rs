//! Labels and annotations: Cloud Controller's key and value rules, the PATCH merge (a key set
//! to `null` is deleted), the per-resource limits, and reading them back.
//!
//! Each key is a row, so a merge touches only the keys a request names and two concurrent
//! PATCHes of different keys both land.

use crate::error::{Error, Result};
use generated_client::models::{Metadata, MetadataUpdate};
use generated_server_stubs::ApiError;
use rusqlite::{Transaction, params};
use std::collections::{BTreeMap, HashMap};

/// Cloud Controller's default limits per resource.
const MAX_LABELS: usize = 50;
const MAX_ANNOTATIONS: usize = 200;
const MAX_ANNOTATION_VALUE: usize = 5000;

#[derive(Clone, Copy)]
enum Kind {
    Label,
    Annotation,
}

impl Kind {
    fn table(self) -> &'static str {
        match self {
            Kind::Label => "labels",
            Kind::Annotation => "annotations",
        }
    }
}

/// Checks an update against the key and value rules; every problem is reported, joined.
pub fn validate(update: &MetadataUpdate) -> Result<()> {
    let mut problems = Vec::new();
    for (key, value) in update.labels.iter().flatten() {
        if let Err(e) = check_key(key) {
            problems.push(format!("Metadata label key error: {e}"));
        }
        if let Some(v) = value
            && let Err(e) = check_label_value(v)
        {
            problems.push(format!("Metadata label value error: {e}"));
        }
    }
    for (key, value) in update.annotations.iter().flatten() {
        // An annotation's key is checked only when it gets a value: deleting a bad key works.
        let Some(v) = value.as_deref().filter(|v| !v.is_empty()) else {
            continue;
        };
        if let Err(e) = check_key(key) {
            problems.push(format!("Metadata annotation key error: {e}"));
        }
        if v.chars().count() > MAX_ANNOTATION_VALUE {
            problems.push(format!(
                "Metadata annotation value error: '{key}' is greater than {MAX_ANNOTATION_VALUE} characters"
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::unprocessable(problems.join(", ")))
    }
}

/// A key a resource may be given: well-formed and not under the reserved prefix.
pub fn check_key(key: &str) -> Result<(), String> {
    check_key_syntax(key)?;
    match key.split_once('/') {
        Some((prefix, _)) if prefix.eq_ignore_ascii_case("cloudfoundry.org") => {
            Err("prefix 'cloudfoundry.org' is reserved".into())
        }
        _ => Ok(()),
    }
}

/// A well-formed label or annotation key: `[prefix/]name` (selectors may name any of these).
pub fn check_key_syntax(key: &str) -> Result<(), String> {
    if key.is_empty() {
        return Err("key cannot be empty string".into());
    }
    let (prefix, name) = match key.split_once('/') {
        Some((_, rest)) if rest.contains('/') => {
            return Err(format!("'{key}' key has more than one '/'"));
        }
        Some((prefix, name)) => (Some(prefix), name),
        None => (None, key),
    };
    if let Some(prefix) = prefix {
        if prefix.len() > 253 {
            return Err(format!("prefix '{prefix}' is greater than 253 characters"));
        }
        if !is_dns_subdomain(prefix) {
            return Err(format!("prefix '{prefix}' must be in valid dns format"));
        }
    }
    if name.is_empty() {
        return Err("key cannot be empty string".into());
    }
    if name.len() > 63 {
        return Err(format!("'{name}' is greater than 63 characters"));
    }
    check_name_chars(name)
}

/// A label value: empty, or a name of at most 63 characters.
pub fn check_label_value(value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Ok(());
    }
    if value.len() > 63 {
        return Err(format!("'{value}' is greater than 63 characters"));
    }
    check_name_chars(value)
}

fn check_name_chars(name: &str) -> Result<(), String> {
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
    {
        return Err(format!("'{name}' contains invalid characters"));
    }
    let alnum = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    if !alnum(name.as_bytes().first()) || !alnum(name.as_bytes().last()) {
        return Err(format!("'{name}' starts or ends with invalid characters"));
    }
    Ok(())
}

fn is_dns_subdomain(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// Merges `update` into the resource's metadata inside `tx`: a value creates or replaces its
/// key, `null` deletes it, keys left out stay. Refuses (and so rolls back) an update that takes
/// a resource over its limits.
pub fn apply(tx: &Transaction<'_>, guid: &str, update: &MetadataUpdate) -> Result<()> {
    merge(tx, Kind::Label, guid, update.labels.as_ref())?;
    merge(tx, Kind::Annotation, guid, update.annotations.as_ref())
}

fn merge(
    tx: &Transaction<'_>,
    kind: Kind,
    guid: &str,
    entries: Option<&BTreeMap<String, Option<String>>>,
) -> Result<()> {
    let Some(entries) = entries else {
        return Ok(());
    };
    let table = kind.table();
    let count = |tx: &Transaction<'_>| -> Result<usize> {
        Ok(crate::db::row(
            tx,
            &format!("SELECT count(*) FROM {table} WHERE resource_guid = ?1"),
            [guid],
            |r| r.get(0),
        )?)
    };
    let before = count(tx)?;
    for (key, value) in entries {
        match value {
            Some(v) => tx.execute(
                &format!(
                    "INSERT INTO {table} (resource_guid, key, value) VALUES (?1, ?2, ?3)
                     ON CONFLICT (resource_guid, key) DO UPDATE SET value = excluded.value"
                ),
                params![guid, key, v],
            )?,
            None => tx.execute(
                &format!("DELETE FROM {table} WHERE resource_guid = ?1 AND key = ?2"),
                params![guid, key],
            )?,
        };
    }
    let after = count(tx)?;
    let (max, code, title, what) = match kind {
        Kind::Label => (MAX_LABELS, 390020, "CF-LabelLimitExceeded", "labels"),
        Kind::Annotation => (
            MAX_ANNOTATIONS,
            390023,
            "CF-AnnotationLimitExceeded",
            "annotations",
        ),
    };
    // Like Cloud Controller, only a request that grows the count is held to the limit.
    if after > max && after > before {
        return Err(ApiError::named(
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            code,
            title,
            format!(
                "Failed to add {} {what} because it would exceed maximum of {max}",
                after - before
            ),
        )
        .into());
    }
    Ok(())
}

/// Deletes every label and annotation of a resource.
pub fn delete(tx: &Transaction<'_>, guid: &str) -> Result<()> {
    tx.execute("DELETE FROM labels WHERE resource_guid = ?1", [guid])?;
    tx.execute("DELETE FROM annotations WHERE resource_guid = ?1", [guid])?;
    Ok(())
}

/// The metadata of each of `guids` (resources without any get empty maps).
pub fn load(conn: &rusqlite::Connection, guids: &[String]) -> Result<HashMap<String, Metadata>> {
    let mut out: HashMap<String, Metadata> = guids
        .iter()
        .map(|g| {
            let empty = Metadata {
                labels: BTreeMap::new(),
                annotations: BTreeMap::new(),
            };
            (g.clone(), empty)
        })
        .collect();
    if guids.is_empty() {
        return Ok(out);
    }
    let marks = vec!["?"; guids.len()].join(",");
    for kind in [Kind::Label, Kind::Annotation] {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT resource_guid, key, value FROM {} WHERE resource_guid IN ({marks})",
            kind.table()
        ))?;
        let rows = stmt.query_map(rusqlite::params_from_iter(guids), |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (guid, key, value) = row?;
            if let Some(m) = out.get_mut(&guid) {
                match kind {
                    Kind::Label => m.labels.insert(key, value),
                    Kind::Annotation => m.annotations.insert(key, value),
                };
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_cloud_controller_rules() {
        for ok in ["env", "a", "example.com/tier", "a-b_c.d", "x9"] {
            assert_eq!(check_key(ok), Ok(()), "{ok}");
        }
        for bad in [
            "",
            "-env",
            "env-",
            "a/b/c",
            "bad key",
            "cloudfoundry.org/x",
            "CloudFoundry.org/x",
            "ex_ample.com/x",
            "example.com/",
            &"k".repeat(64),
        ] {
            assert!(check_key(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(check_label_value(""), Ok(()));
        assert!(check_label_value("has space").is_err());
        assert!(check_label_value(&"v".repeat(64)).is_err());
    }

    #[test]
    fn a_bad_annotation_key_may_still_be_deleted() {
        let update = MetadataUpdate {
            labels: None,
            annotations: Some(BTreeMap::from([("bad key".to_owned(), None)])),
        };
        assert!(validate(&update).is_ok());
        let update = MetadataUpdate {
            labels: None,
            annotations: Some(BTreeMap::from([("bad key".to_owned(), Some("v".into()))])),
        };
        assert!(validate(&update).is_err());
    }
}
