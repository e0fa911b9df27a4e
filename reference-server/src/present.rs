//! Shared pieces of presenting rows: links, timestamps, and how much of a resource's secrets a
//! caller sees.

use generated_client::models::{Link, Timestamp};

/// Whether secrets (a droplet's `execution_metadata` and `process_types`, a task's `command`)
/// are shown, and with which text they are hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secrets {
    /// Shown: the caller may read secrets.
    Show,
    /// Hidden from a caller who may not read secrets.
    Hide,
    /// Hidden because the resource is in a list: always, whatever the role.
    HideInList,
}

impl Secrets {
    /// The text that replaces hidden secrets, if they are hidden.
    pub fn hidden(self) -> Option<&'static str> {
        match self {
            Secrets::Show => None,
            Secrets::Hide => Some("[PRIVATE DATA HIDDEN]"),
            Secrets::HideInList => Some("[PRIVATE DATA HIDDEN IN LISTS]"),
        }
    }
}

/// A link to `base` + `path`.
pub fn link(base: &str, path: &str) -> Link {
    Link {
        href: format!("{base}{path}"),
        method: None,
    }
}

/// A link that names the method to use.
pub fn link_with_method(base: &str, path: &str, method: &str) -> Link {
    Link {
        href: format!("{base}{path}"),
        method: Some(method.to_owned()),
    }
}

/// A stored time (seconds since the epoch) as CF renders it: `YYYY-MM-DDThh:mm:ssZ`.
pub fn timestamp(seconds: i64) -> Timestamp {
    let t = time::OffsetDateTime::from_unix_timestamp(seconds)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    Timestamp::from(t)
}

/// Metadata with no labels and no annotations (responses always carry both maps).
pub fn empty_metadata() -> generated_client::models::Metadata {
    generated_client::models::Metadata {
        labels: Default::default(),
        annotations: Default::default(),
    }
}
