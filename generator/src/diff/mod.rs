//! What a spec change breaks: two lowered specs compared on the wire (`wire`: what old clients
//! and old servers meet when the other side moves to the new spec) and as generated Rust
//! (`surface`: the public items the emitters write for each side, compared the way Rust's
//! semver rules judge them), merged into one list of changes with JSON pointers, and the
//! version bump each generated crate and the spec need (`render` writes it for people and
//! machines).
//!
//! The Rust axis reads the emitted tokens rather than a table of rules, so it follows the
//! generator's own decisions: open enums are `#[non_exhaustive]` (a new value is no break),
//! structs are built with literals (a new field is), trait methods have no default body (a
//! new operation is a break for servers).

mod reach;
mod render;
mod surface;
pub(crate) mod wire;

use crate::emit::{self, Config};
use crate::ir::Api;
use crate::load::Document;
pub use render::{Format, Version};
use std::collections::BTreeMap;

/// One spec of the pair: the loaded document (for pointers into it) and its IR.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The document as loaded.
    pub doc: &'a Document,
    /// Its IR.
    pub api: &'a Api,
}

/// A version bump, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Bump {
    /// Nothing changed.
    None,
    /// Only documentation or behaviour behind an unchanged API.
    Patch,
    /// Additions.
    Minor,
    /// Something that worked before breaks.
    Major,
}

impl Bump {
    /// The word used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }
}

/// Who a change breaks: each axis is `true` when what worked before stops working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Breaking {
    /// An existing client against a server on the new spec.
    pub wire_client: bool,
    /// An existing server meeting clients built on the new spec.
    pub wire_server: bool,
    /// Code using the generated client crate (models and client) no longer compiles.
    pub rust_client: bool,
    /// Code using the generated server crate (models and the `Api` trait) no longer compiles.
    pub rust_server: bool,
}

impl Breaking {
    fn any_wire(&self) -> bool {
        self.wire_client || self.wire_server
    }

    fn any(&self) -> bool {
        self.any_wire() || self.rust_client || self.rust_server
    }

    fn or(&mut self, other: Breaking) {
        self.wire_client |= other.wire_client;
        self.wire_server |= other.wire_server;
        self.rust_client |= other.rust_client;
        self.rust_server |= other.rust_server;
    }
}

/// One change between the two specs.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Change {
    /// Where: a JSON pointer into the new spec (into the old one for what was removed).
    pub pointer: String,
    /// Which spec `pointer` points into.
    pub side: Which,
    /// The file `pointer` is in when it is not the spec's root file (a spec split across
    /// files); pointers of a Swagger 2.0 spec are its own (`/definitions/..`).
    pub file: Option<String>,
    /// What changed, in one line.
    pub message: String,
    /// Which axes it breaks.
    pub breaking: Breaking,
    /// Why, one line per axis it breaks (and the Rust items behind a Rust break).
    pub why: Vec<String>,
    /// Something the old spec had marked `deprecated: true` was removed: still a break, but
    /// one that was announced.
    pub announced: bool,
    /// It belongs to an operation marked `x-stability: experimental`, so the wire axes are
    /// not judged.
    pub experimental: bool,
    /// What kind of change it is.
    pub kind: Kind,
}

/// The kinds of change; with nothing broken, documentation is a patch and the rest minor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Something new.
    Added,
    /// Something changed.
    Changed,
    /// Something gone.
    Removed,
    /// Marked `deprecated: true`.
    Deprecated,
    /// Only its documentation changed.
    Docs,
}

/// Which spec of the pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Which {
    /// The old spec.
    Old,
    /// The new spec.
    New,
}

/// The version bumps a change set needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Semver {
    /// The generated client crate (models and client).
    pub client: Bump,
    /// The generated server crate (models and the `Api` trait and router).
    pub server: Bump,
    /// The spec's `info.version`: major for a wire break, minor for additions or other
    /// wire changes, patch for documentation.
    pub spec: Bump,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Report {
    /// The bumps needed.
    pub semver: Semver,
    /// Every change, breaking ones first, then by pointer.
    pub changes: Vec<Change>,
}

/// Compares two specs. `config` is the layout the crates are generated with: the Rust axis
/// depends on it (a standalone crate gates operations by tag features, for instance).
///
/// Only the types and operations a change reaches are emitted for the Rust axis (see
/// `reach`): on a large spec with a few changes that is a small part of the crate.
pub fn compare(old: Side<'_>, new: Side<'_>, config: &Config) -> Report {
    compare_emitting(old, new, config, true)
}

/// [`compare`] with every item emitted on both sides: the same report, slower. For tests
/// that check the reach.
#[doc(hidden)]
pub fn compare_emitting_everything(old: Side<'_>, new: Side<'_>, config: &Config) -> Report {
    compare_emitting(old, new, config, false)
}

fn compare_emitting(old: Side<'_>, new: Side<'_>, config: &Config, reached_only: bool) -> Report {
    let (wire_changes, (old_surface, new_surface)) = std::thread::scope(|scope| {
        let surfaces = scope.spawn(|| {
            let (old_api, new_api) = (
                surface::without_prose(old.api),
                surface::without_prose(new.api),
            );
            let reached = reached_only.then(|| reach::reached(&old_api, &new_api, config));
            let only = match &reached {
                Some(reached) => emit::Only::These(reached),
                None => emit::Only::All,
            };
            let old_surface = surface::of(&old_api, config, only);
            let new_surface = surface::of(&new_api, config, only);
            (old_surface, new_surface)
        });
        let wire_changes = wire::compare(old, new);
        let surfaces = surfaces
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (wire_changes, surfaces)
    });
    let rust = surface::compare(&old_surface, &new_surface, old, new);
    let mut changes = merge(wire_changes, rust.changes);
    // Pointers into the user's files, as diagnostics give them.
    for c in &mut changes {
        let doc = match c.side {
            Which::Old => old.doc,
            Which::New => new.doc,
        };
        let (file, pointer) = doc.sources.locate(&doc.file, &c.pointer);
        c.pointer = pointer;
        c.file = (file != doc.file).then_some(file);
    }
    changes.sort_by(|a, b| {
        (!a.breaking.any(), &a.pointer, &a.message).cmp(&(
            !b.breaking.any(),
            &b.pointer,
            &b.message,
        ))
    });
    let spec = if changes.iter().any(|c| c.breaking.any_wire()) {
        Bump::Major
    } else if changes
        .iter()
        .any(|c| c.kind != Kind::Docs && !c.message.starts_with("Rust: "))
    {
        Bump::Minor
    } else if old.api != new.api {
        Bump::Patch
    } else {
        Bump::None
    };
    let semver = Semver {
        client: rust.client,
        server: rust.server,
        spec,
    };
    Report { semver, changes }
}

/// Joins the Rust findings to the wire changes they come from: one at the same pointer, or
/// the only one below it (a field's change below its type, a parameter's below its
/// operation). The rest stand alone.
fn merge(wire: Vec<Change>, rust: Vec<Change>) -> Vec<Change> {
    let mut out = wire;
    let mut by_pointer: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, c) in out.iter().enumerate() {
        by_pointer.entry(c.pointer.clone()).or_default().push(i);
    }
    let mut alone = Vec::new();
    for r in rust {
        let target = match by_pointer.get(&r.pointer) {
            Some(at) => Some(at[0]),
            None => {
                let prefix = format!("{}/", r.pointer);
                let mut below = by_pointer
                    .range(prefix.clone()..)
                    .take_while(|(p, _)| p.starts_with(&prefix))
                    .flat_map(|(_, at)| at.iter().copied());
                match (below.next(), below.next()) {
                    (Some(only), None) if !r.pointer.is_empty() => Some(only),
                    _ => None,
                }
            }
        };
        match target {
            Some(i) => {
                let c = &mut out[i];
                c.breaking.or(r.breaking);
                if r.breaking.rust_client || r.breaking.rust_server {
                    c.why.extend(r.why);
                }
            }
            None => alone.push(r),
        }
    }
    out.extend(alone);
    out
}

/// Lowers nothing itself: the caller loads and lowers both specs (see `cargo xtask diff`).
/// This is the layout `cargo xtask codegen --spec FILE --out DIR` writes, for reports on any
/// spec.
pub fn standalone_config(crate_name: &str) -> Config {
    Config {
        source: String::new(),
        command: String::new(),
        layout: emit::Layout::Standalone {
            crate_name: crate_name.to_owned(),
            model_crates: emit::ModelCrates::One,
            cli: false,
        },
        runtime: emit::Runtime::Version("*".into()),
        error_models: Vec::new(),
    }
}
