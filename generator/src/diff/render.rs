//! The report for people (text, Markdown for a pull request or a changelog) and for machines
//! (JSON).

use super::{Bump, Change, Report};
use std::fmt::Write;

/// How to write a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, one change per paragraph.
    Text,
    /// A Markdown section.
    Markdown,
    /// JSON: `{"semver": {...}, "changes": [...]}`.
    Json,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "text" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            other => Err(format!("unknown format `{other}` (text, markdown, json)")),
        }
    }
}

/// The axes a change breaks, as words.
fn axes(c: &Change) -> Vec<&'static str> {
    let b = &c.breaking;
    let mut out = Vec::new();
    if b.wire_client {
        out.push("clients on the wire");
    }
    if b.wire_server {
        out.push("servers on the wire");
    }
    if b.rust_client {
        out.push("Rust client crate");
    }
    if b.rust_server {
        out.push("Rust server crate");
    }
    out
}

fn notes(c: &Change) -> String {
    let mut n = Vec::new();
    if c.announced {
        n.push("deprecated before: announced");
    }
    if c.experimental {
        n.push("experimental: not judged on the wire");
    }
    if n.is_empty() {
        String::new()
    } else {
        format!(" ({})", n.join("; "))
    }
}

impl Report {
    /// Whether anything breaks on any axis.
    pub fn breaking(&self) -> bool {
        self.changes.iter().any(|c| c.breaking.any())
    }

    /// The report in `format`.
    pub fn render(&self, format: Format) -> String {
        match format {
            Format::Text => self.text(),
            Format::Markdown => self.markdown(),
            Format::Json => self.json(),
        }
    }

    fn summary(&self) -> String {
        let s = &self.semver;
        format!(
            "semver: client crate {}, server crate {}, spec (info.version) {}",
            s.client.as_str(),
            s.server.as_str(),
            s.spec.as_str()
        )
    }

    fn text(&self) -> String {
        let mut out = String::new();
        let breaking = self.changes.iter().filter(|c| c.breaking.any()).count();
        let _ = writeln!(
            out,
            "{} change(s), {breaking} breaking; {}",
            self.changes.len(),
            self.summary()
        );
        for c in &self.changes {
            let axes = axes(c);
            let verdict = if axes.is_empty() {
                "compatible".to_owned()
            } else {
                format!("BREAKING {}", axes.join(", "))
            };
            let _ = writeln!(out, "\n{verdict}: {}{}", c.message, notes(c));
            let _ = writeln!(out, "  at {}", pointer(c));
            for w in &c.why {
                let _ = writeln!(out, "  why: {w}");
            }
        }
        out
    }

    fn markdown(&self) -> String {
        let mut out = String::new();
        let s = &self.semver;
        let _ = writeln!(out, "## API changes\n");
        let _ = writeln!(out, "| crate | bump |\n|---|---|");
        let _ = writeln!(out, "| client | {} |", s.client.as_str());
        let _ = writeln!(out, "| server | {} |", s.server.as_str());
        let _ = writeln!(out, "| spec (`info.version`) | {} |", s.spec.as_str());
        let (breaking, compatible): (Vec<&Change>, Vec<&Change>) =
            self.changes.iter().partition(|c| c.breaking.any());
        for (title, list) in [("Breaking", breaking), ("Compatible", compatible)] {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "\n### {title}\n");
            for c in list {
                let axes = axes(c);
                let tail = if axes.is_empty() {
                    String::new()
                } else {
                    format!(" — breaks {}", axes.join(", "))
                };
                let side = match c.side {
                    super::Which::Old => " in the old spec",
                    super::Which::New => "",
                };
                let at = if c.pointer.is_empty() {
                    "#"
                } else {
                    c.pointer.as_str()
                };
                let _ = writeln!(out, "- {}{}{} (`{at}`{side})", c.message, notes(c), tail,);
                for w in &c.why {
                    let _ = writeln!(out, "  - {}", w);
                }
            }
        }
        if self.changes.is_empty() {
            let _ = writeln!(out, "\nNo changes.");
        }
        out
    }

    fn json(&self) -> String {
        let changes: Vec<serde_json::Value> = self
            .changes
            .iter()
            .map(|c| {
                serde_json::json!({
                    "pointer": c.pointer,
                    "spec": c.side,
                    "file": c.file,
                    "message": c.message,
                    "breaking": {
                        "wire_client": c.breaking.wire_client,
                        "wire_server": c.breaking.wire_server,
                        "rust": c.breaking.rust_client || c.breaking.rust_server,
                        "rust_client": c.breaking.rust_client,
                        "rust_server": c.breaking.rust_server,
                    },
                    "why": c.why,
                    "announced": c.announced,
                    "experimental": c.experimental,
                    "kind": c.kind,
                })
            })
            .collect();
        let value = serde_json::json!({
            "semver": self.semver,
            "changes": changes,
        });
        serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
    }
}

/// The whole document is the empty pointer; show it as `#`.
fn pointer(c: &Change) -> String {
    let side = match c.side {
        super::Which::Old => " (old spec)",
        super::Which::New => "",
    };
    let file = c
        .file
        .as_deref()
        .map(|f| format!("{f}: "))
        .unwrap_or_default();
    if c.pointer.is_empty() {
        format!("{file}#{side}")
    } else {
        format!("{file}{}{side}", c.pointer)
    }
}

/// A version as Cargo reads it: `MAJOR.MINOR.PATCH` (pre-release and build parts ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub u64, pub u64, pub u64);

impl std::str::FromStr for Version {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let core = s.trim().split(['-', '+']).next().unwrap_or_default();
        let mut parts = core.split('.').map(|p| p.parse::<u64>());
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(a)), Some(Ok(b)), Some(Ok(c)), None) => Ok(Version(a, b, c)),
            _ => Err(format!("`{s}` is not a MAJOR.MINOR.PATCH version")),
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

impl Version {
    /// The bump from `self` to `later` as Cargo sees compatibility: below 1.0 the minor
    /// number plays the major's part (0.1 → 0.2 is breaking) and the patch the minor's.
    pub fn bump_to(self, later: Version) -> Bump {
        if later <= self {
            return Bump::None;
        }
        match (self, later) {
            (Version(0, 0, _), Version(0, 0, _)) => Bump::Major,
            (Version(0, a, _), Version(0, b, _)) if a == b => Bump::Minor,
            (Version(0, _, _), _) => Bump::Major,
            (Version(a, _, _), Version(b, _, _)) if a != b => Bump::Major,
            (Version(_, a, _), Version(_, b, _)) if a != b => Bump::Minor,
            _ => Bump::Patch,
        }
    }

    /// The smallest version after `self` that carries `bump`, with Cargo's 0.x rule.
    pub fn next(self, bump: Bump) -> Version {
        let Version(a, b, c) = self;
        match (bump, a, b) {
            (Bump::None, ..) => self,
            (Bump::Major, 0, 0) => Version(0, 0, c + 1),
            (Bump::Major, 0, _) => Version(0, b + 1, 0),
            (Bump::Major, ..) => Version(a + 1, 0, 0),
            (Bump::Minor | Bump::Patch, 0, _) => Version(0, b, c + 1),
            (Bump::Minor, ..) => Version(a, b + 1, 0),
            (Bump::Patch, ..) => Version(a, b, c + 1),
        }
    }
}
