//! `cargo xtask diff OLD NEW`: what a spec change breaks (clients and servers on the wire, the
//! generated Rust crates), the version bump each crate needs, and with `--check` whether the
//! crates' versions carry it.
//!
//! A spec is a file path or `REV:path` (a path from the repository's root at a git revision,
//! as git writes it: `main:spec/openapi.yaml`, `HEAD~1:spec/openapi.yaml`); a revision's
//! spec is read with the directory that holds it, so split specs work too.
//!
//! Paths (specs, manifests) are relative to the current directory; `REV:path` paths are from
//! the repository's root, as git reads them.
//!
//! Versions for `--check` come from the crates' manifests: at the revision for a `REV:path`
//! spec, in the work tree for a file — except for a recorded baseline (a plain OLD file with
//! a `versions` file beside it, written by `--record`), whose versions are the ones
//! recorded when it was released.

use generator::diff::{self, Format, Side, Version};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// What a spec change breaks (clients and servers on the wire, the generated Rust crates) and
/// the semver bump each crate needs.
///
/// A spec is a file or `REV:path` (a path from the repository's root at a git revision, e.g.
/// `main:spec/openapi.yaml`). Exit status 1 when the spec cannot be read or, with `--check`,
/// when a crate's version lacks the bump.
#[derive(clap::Args)]
pub struct Args {
    /// The old spec.
    pub old: String,
    /// The new spec.
    pub new: String,
    /// `text`, `markdown` (a PR comment or changelog section) or `json`.
    #[arg(long, default_value = "text")]
    pub format: Format,
    /// Fail unless the crates' versions carry the bumps the report asks for (old versions
    /// from OLD's revision, or from the `versions` file of a recorded baseline; new ones from
    /// NEW's revision or the work tree).
    #[arg(long)]
    pub check: bool,
    /// Record NEW (a file) and the crates' current versions as the released baseline in this
    /// directory.
    #[arg(long)]
    pub record: Option<PathBuf>,
    /// Judge the Rust axis for a standalone crate of this name (`codegen --spec`); the default
    /// is the project's layout for `spec/openapi.yaml`, else a standalone crate.
    #[arg(long)]
    pub standalone: Option<String>,
    /// The client crate's manifest (for `--check`).
    #[arg(long, default_value = "generated-client/Cargo.toml")]
    pub client_manifest: PathBuf,
    /// The server crate's manifest (for `--check`; a standalone crate's own for both).
    #[arg(long, default_value = "generated-server-stubs/Cargo.toml")]
    pub server_manifest: PathBuf,
}

/// Where a spec comes from.
enum Source {
    File(PathBuf),
    Rev { rev: String, path: String },
}

impl Source {
    fn parse(s: &str) -> Source {
        if Path::new(s).exists() {
            return Source::File(PathBuf::from(s));
        }
        match s.split_once(':') {
            Some((rev, path)) if !rev.is_empty() && !path.is_empty() => Source::Rev {
                rev: rev.to_owned(),
                path: path.trim_start_matches("./").to_owned(),
            },
            _ => Source::File(PathBuf::from(s)),
        }
    }

    fn is_project_spec(&self) -> bool {
        let path = match self {
            Source::File(p) => p.clone(),
            Source::Rev { path, .. } => PathBuf::from(path),
        };
        let root = crate::project_root();
        let full = if path.is_absolute() {
            path
        } else {
            std::env::current_dir().unwrap_or_default().join(path)
        };
        full.canonicalize().ok() == root.join(crate::codegen::SPEC).canonicalize().ok()
    }
}

/// A loaded and lowered spec.
struct Loaded {
    doc: generator::load::Document,
    lowered: generator::lower::Lowered,
    /// For a spec read at a revision: the temporary directory it was read from, and the
    /// `REV:` that names it for the user.
    renamed: Option<(String, String)>,
}

impl Loaded {
    /// A file name as the user knows it.
    fn user_name(&self, file: &str) -> String {
        match &self.renamed {
            Some((dir, rev)) => file.replacen(dir.as_str(), rev, 1),
            None => file.to_owned(),
        }
    }
}

pub fn run(args: Args) -> Result<(), String> {
    let start = Instant::now();
    let (old_source, new_source) = (Source::parse(&args.old), Source::parse(&args.new));
    let (old, new) = std::thread::scope(|scope| {
        let old = scope.spawn(|| load(&old_source, &args.old));
        let new = load(&new_source, &args.new);
        (
            old.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
            new,
        )
    });
    let (old, new) = (old?, new?);
    let loaded = start.elapsed();
    let config = match &args.standalone {
        Some(name) => diff::standalone_config(name),
        None if new_source.is_project_spec() => crate::codegen::project_config(),
        None => diff::standalone_config(&crate::codegen::crate_name_from(&new.lowered.api.title)),
    };
    let mut report = diff::compare(
        Side {
            doc: &old.doc,
            api: &old.lowered.api,
        },
        Side {
            doc: &new.doc,
            api: &new.lowered.api,
        },
        &config,
    );
    for c in &mut report.changes {
        let side = match c.side {
            diff::Which::Old => &old,
            diff::Which::New => &new,
        };
        c.file = c.file.as_deref().map(|f| side.user_name(f));
    }
    print!("{}", report.render(args.format));
    eprintln!(
        "compared {} and {} in {:.0} ms (load and lower {:.0} ms)",
        args.old,
        args.new,
        start.elapsed().as_secs_f64() * 1e3,
        loaded.as_secs_f64() * 1e3
    );
    // The specs are not needed any more, and freeing a GitHub-size pair of documents and IRs,
    // millions of small allocations, takes longer than the whole comparison's last steps: the
    // process is about to end and gives the memory back at once.
    std::mem::forget((old, new));
    if let Some(dir) = &args.record {
        record(&new_source, dir, &args)?;
    }
    if args.check {
        check(&report.semver, &old_source, &new_source, &args)?;
    }
    Ok(())
}

fn load(source: &Source, label: &str) -> Result<Loaded, String> {
    let (doc, renamed) = match source {
        Source::File(path) => (
            generator::load::load_file(path).map_err(|d| d.to_string())?,
            None,
        ),
        Source::Rev { rev, path } => {
            let dir = checkout(rev, path)?;
            let result = generator::load::load_file(&dir.join(path));
            let _ = std::fs::remove_dir_all(&dir);
            // Diagnostics and reports name the spec as the user wrote it, not the copy.
            let renamed = (format!("{}/", dir.display()), format!("{rev}:"));
            let doc = result.map_err(|d| d.to_string().replace(&renamed.0, &renamed.1))?;
            (doc, Some(renamed))
        }
    };
    let mut doc = doc;
    let lowered = generator::lower::lower(&doc).map_err(|d| format!("{label}: {d}"))?;
    // The raw tree is for lowering (`$ref` lookups); the comparison reads the IR and the
    // typed document. Freed now, its memory (a GitHub-size spec's tree is ~70 MB) serves
    // the emitters instead of fresh pages from the system.
    doc.raw = serde_json::Value::Null;
    Ok(Loaded {
        doc,
        lowered,
        renamed,
    })
}

/// The directory holding `path` at `rev`, extracted into a temporary directory (a split
/// spec's other files are beside it).
fn checkout(rev: &str, path: &str) -> Result<PathBuf, String> {
    let root = git(&["rev-parse", "--show-toplevel"], None)?;
    let root = PathBuf::from(root.trim());
    let dir = Path::new(path)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    let out = std::env::temp_dir().join(format!(
        "xtask-diff-{}-{}",
        std::process::id(),
        rev.replace(['/', '~', '^', ':'], "_")
    ));
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut archive = Command::new("git");
    archive
        .current_dir(&root)
        .args(["archive", "--format=tar", rev]);
    if !dir.is_empty() {
        archive.args(["--", &dir]);
    }
    let tar = archive
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !tar.status.success() {
        return Err(format!(
            "cannot read `{rev}:{path}`: {}",
            String::from_utf8_lossy(&tar.stderr).trim()
        ));
    }
    let mut untar = Command::new("tar")
        .args(["-x", "-C"])
        .arg(&out)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if let Some(mut stdin) = untar.stdin.take() {
        use std::io::Write;
        stdin
            .write_all(&tar.stdout)
            .map_err(|e| format!("tar: {e}"))?;
    }
    let status = untar.wait().map_err(|e| format!("tar: {e}"))?;
    if !status.success() || !out.join(path).exists() {
        let _ = std::fs::remove_dir_all(&out);
        return Err(format!("`{path}` does not exist at `{rev}`"));
    }
    Ok(out)
}

fn git(args: &[&str], dir: Option<&Path>) -> Result<String, String> {
    let mut cmd = Command::new("git");
    if let Some(dir) = dir {
        cmd.current_dir(dir);
    }
    let out = cmd
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "git {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// The `version` of a manifest's `[package]`.
fn manifest_version(text: &str, name: &str) -> Result<Version, String> {
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some(rest) = line.strip_prefix("version") {
                if let Some(value) = rest.trim_start().strip_prefix('=') {
                    return value.trim().trim_matches('"').parse();
                }
            }
        }
    }
    Err(format!("{name} has no `[package] version`"))
}

/// Where the crates' versions are read.
enum Versions<'a> {
    /// The manifests in the work tree.
    WorkTree,
    /// The manifests at a git revision.
    Rev(&'a str),
    /// A `versions` file recorded with a released baseline.
    Recorded(PathBuf),
}

impl<'a> Versions<'a> {
    /// For the old spec: a recorded baseline's own versions when it has them.
    fn of_old(source: &'a Source) -> Self {
        match source {
            Source::Rev { rev, .. } => Versions::Rev(rev),
            Source::File(spec) => {
                let recorded = spec.with_file_name("versions");
                if recorded.exists() {
                    Versions::Recorded(recorded)
                } else {
                    Versions::WorkTree
                }
            }
        }
    }

    /// For the new spec: the revision's manifests, or the work tree's.
    fn of_new(source: &'a Source) -> Self {
        match source {
            Source::Rev { rev, .. } => Versions::Rev(rev),
            Source::File(_) => Versions::WorkTree,
        }
    }

    /// The client and server crates' versions.
    fn read(&self, args: &Args) -> Result<(Version, Version), String> {
        let manifest = |manifest: &Path| -> Result<Version, String> {
            match self {
                Versions::Rev(rev) => {
                    let spec = format!("{rev}:{}", manifest.display());
                    manifest_version(&git(&["show", &spec], None)?, &spec)
                }
                _ => {
                    let path = manifest.to_path_buf();
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    manifest_version(&text, &path.display().to_string())
                }
            }
        };
        match self {
            Versions::Recorded(file) => {
                let text = std::fs::read_to_string(file)
                    .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
                recorded_versions(&text).map_err(|e| format!("{}: {e}", file.display()))
            }
            _ => Ok((
                manifest(&args.client_manifest)?,
                manifest(&args.server_manifest)?,
            )),
        }
    }
}

/// `client 0.1.0` and `server 0.1.0` lines (and `#` comments).
fn recorded_versions(text: &str) -> Result<(Version, Version), String> {
    let mut client = None;
    let mut server = None;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        match line.split_once(char::is_whitespace) {
            Some(("client", v)) => client = Some(v.trim().parse()?),
            Some(("server", v)) => server = Some(v.trim().parse()?),
            _ => {
                return Err(format!(
                    "unexpected line `{line}` (want `client X.Y.Z` or `server X.Y.Z`)"
                ));
            }
        }
    }
    Ok((
        client.ok_or("no `client` version")?,
        server.ok_or("no `server` version")?,
    ))
}

fn check(semver: &diff::Semver, old: &Source, new: &Source, args: &Args) -> Result<(), String> {
    let (old_client, old_server) = Versions::of_old(old).read(args)?;
    let (new_client, new_server) = Versions::of_new(new).read(args)?;
    let mut failures = Vec::new();
    for (name, needed, from, to) in [
        ("client", semver.client, old_client, new_client),
        ("server", semver.server, old_server, new_server),
    ] {
        let carried = from.bump_to(to);
        let verdict = if carried >= needed {
            "ok"
        } else {
            "NOT ENOUGH"
        };
        println!(
            "check: {name} crate needs {} ({from} → at least {}); {from} → {to} carries {}: {verdict}",
            needed.as_str(),
            from.next(needed),
            carried.as_str()
        );
        if carried < needed {
            failures.push(format!(
                "the {name} crate needs a {} bump: set its version to {} or later",
                needed.as_str(),
                from.next(needed)
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// Records `new` as the released baseline: the spec and the crates' versions.
fn record(new: &Source, dir: &Path, args: &Args) -> Result<(), String> {
    let Source::File(spec) = new else {
        return Err("`--record` takes the spec from a file, not a revision".into());
    };
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let name = spec.file_name().ok_or("the spec has no file name")?;
    std::fs::copy(spec, dir.join(name))
        .map_err(|e| format!("cannot copy {}: {e}", spec.display()))?;
    let (client, server) = Versions::WorkTree.read(args)?;
    let text = format!(
        "# The generated crates' versions when {} was released (`cargo xtask diff --record`).\nclient {client}\nserver {server}\n",
        name.to_string_lossy()
    );
    std::fs::write(dir.join("versions"), text)
        .map_err(|e| format!("cannot write {}: {e}", dir.display()))?;
    println!(
        "recorded {} as the released baseline in {}",
        spec.display(),
        dir.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use generator::diff::Bump;

    #[test]
    fn cargo_rules_for_what_a_version_change_carries() {
        let v = |s: &str| s.parse::<Version>().unwrap();
        assert_eq!(v("0.1.0").bump_to(v("0.2.0")), Bump::Major);
        assert_eq!(v("0.1.0").bump_to(v("0.1.1")), Bump::Minor);
        assert_eq!(v("0.1.0").bump_to(v("0.1.0")), Bump::None);
        assert_eq!(v("1.2.3").bump_to(v("2.0.0")), Bump::Major);
        assert_eq!(v("1.2.3").bump_to(v("1.3.0")), Bump::Minor);
        assert_eq!(v("1.2.3").bump_to(v("1.2.4")), Bump::Patch);
        assert_eq!(v("0.0.3").bump_to(v("0.0.4")), Bump::Major);
        assert_eq!(v("0.1.0").next(Bump::Major), v("0.2.0"));
        assert_eq!(v("0.1.4").next(Bump::Minor), v("0.1.5"));
        assert_eq!(v("1.4.2").next(Bump::Minor), v("1.5.0"));
        assert_eq!(v("1.4.2").next(Bump::Major), v("2.0.0"));
        assert!("1.2".parse::<Version>().is_err());
    }

    #[test]
    fn manifests_and_recorded_versions_are_read() {
        let text =
            "[package]\nname = \"x\"\nversion = \"0.3.1\"\n[dependencies]\nversion = \"9\"\n";
        assert_eq!(manifest_version(text, "x").unwrap(), Version(0, 3, 1));
        assert!(manifest_version("[dependencies]\nversion = \"1.0.0\"\n", "x").is_err());
        assert_eq!(
            recorded_versions("# c\nclient 0.1.0\nserver 1.2.3\n").unwrap(),
            (Version(0, 1, 0), Version(1, 2, 3))
        );
        assert!(recorded_versions("client 0.1.0\n").is_err());
    }
}
