//! `cargo xtask codegen`: spec → generated crates, written only when they change.

use generator::emit::{Layout, Runtime};
use generator::{Config, Files};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub const SPEC: &str = "spec/openapi.yaml";
/// The fixture every OpenAPI feature the generator supports is exercised in; its crate,
/// `generator/roundtrip`, drives the generated client against the generated server.
const FEATURES_SPEC: &str = "generator/tests/fixtures/features.yaml";
const FEATURES_CRATE: &str = "generator/roundtrip";
const COMMAND: &str = "cargo xtask codegen";

/// Regenerates (or, with `check`, verifies) the project's generated crates.
pub fn project(check: bool) -> Result<(), String> {
    let start = Instant::now();
    let root = crate::project_root();
    let (files, counts) = generate_project(&root)?;
    let mut stale = Vec::new();
    for (path, contents) in &files.0 {
        let full = root.join(path);
        if let Some(diff) = ensure_file_contents(&full, contents, check)? {
            stale.push((path.clone(), diff));
        }
    }
    if stale.is_empty() {
        if check {
            println!("generated crates are up to date ({} files)", files.0.len());
        } else {
            println!("{}", counts.line(SPEC, &files, 0, start));
        }
        return Ok(());
    }
    if check {
        let mut message = String::new();
        for (path, diff) in &stale {
            message.push_str(&format!("--- {} is stale:\n{diff}\n", path.display()));
        }
        message.push_str("The generated crates are out of date: run `cargo xtask codegen` locally and commit the result.");
        return Err(message);
    }
    for (path, _) in &stale {
        println!("updated {}", path.display());
    }
    println!("{}", counts.line(SPEC, &files, stale.len(), start));
    Ok(())
}

/// What a generation produced, for the one-line summary.
pub struct Counts {
    operations: usize,
    types: usize,
    warnings: usize,
}

impl Counts {
    fn of(lowered: &generator::lower::Lowered) -> Self {
        Counts {
            operations: lowered.api.operations.len(),
            types: lowered.api.types.len(),
            warnings: lowered.warnings.len(),
        }
    }

    /// `spec: 22 operations, 50 types, 12 files (316 KiB): 2 written, 10 unchanged, in 80 ms; 0 warnings`
    fn line(&self, spec: &str, files: &Files, written: usize, start: Instant) -> String {
        let bytes: usize = files.0.iter().map(|(_, c)| c.len()).sum();
        format!(
            "{spec}: {} operations, {} types, {} files ({} KiB): {written} written, {} unchanged, in {:.0} ms; {} warnings",
            self.operations,
            self.types,
            files.0.len(),
            bytes / 1024,
            files.0.len() - written,
            start.elapsed().as_secs_f64() * 1e3,
            self.warnings,
        )
    }
}

/// The layout of the project's own crates.
pub fn project_config() -> Config {
    Config {
        source: SPEC.to_owned(),
        command: COMMAND.to_owned(),
        layout: Layout::Split {
            client_dir: PathBuf::from("generated-client"),
            server_dir: PathBuf::from("generated-server-stubs"),
            client_crate: "generated_client".to_owned(),
            cli: Some(generator::emit::CliCrate {
                dir: PathBuf::from("generated-cli"),
                program: "cf-droplets".to_owned(),
            }),
        },
        // The manifests are hand-written; they name the runtime by path.
        runtime: Runtime::Path("../generator/runtime".to_owned()),
        // Cloud Foundry's error envelope: `generated-server-stubs/src/cf.rs` writes errors in it.
        error_models: vec!["ErrorEnvelope".to_owned()],
    }
}

/// Everything `cargo xtask codegen` writes, in memory.
pub fn generate_project(root: &Path) -> Result<(Files, Counts), String> {
    let doc = generator::load::load_file(&root.join(SPEC)).map_err(|d| d.to_string())?;
    let lowered = generator::lower::lower(&doc).map_err(|d| d.to_string())?;
    for w in &lowered.warnings {
        eprintln!("warning: {w}");
    }
    let config = project_config();
    let mut files = generator::generate(&lowered.api, &config)
        .map_err(|e| format!("internal error: emitted code does not parse: {e}"))?;
    files.0.extend(generate_features_crate(root)?);
    Ok((files, Counts::of(&lowered)))
}

/// The roundtrip crate's sources (its manifest is hand-written: it adds the test dependencies).
fn generate_features_crate(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let doc = generator::load::load_file(&root.join(FEATURES_SPEC)).map_err(|d| d.to_string())?;
    let lowered = generator::lower::lower(&doc).map_err(|d| d.to_string())?;
    for w in &lowered.warnings {
        eprintln!("warning: {w}");
    }
    let config = Config {
        source: FEATURES_SPEC.to_owned(),
        command: COMMAND.to_owned(),
        layout: Layout::Standalone {
            crate_name: "roundtrip".to_owned(),
            model_crates: generator::ModelCrates::One,
            cli: true,
        },
        runtime: Runtime::Path("../runtime".to_owned()),
        error_models: Vec::new(),
    };
    let files = generator::generate(&lowered.api, &config)
        .map_err(|e| format!("internal error: emitted code does not parse: {e}"))?;
    Ok(files
        .0
        .into_iter()
        // Its manifest is hand-written, and it has no binary (its CLI module is tested in-process).
        .filter(|(path, _)| path != Path::new("Cargo.toml") && path != Path::new("src/main.rs"))
        .map(|(path, text)| (Path::new(FEATURES_CRATE).join(path), text))
        .collect())
}

/// Generates a standalone crate for any spec.
pub fn standalone(
    spec: &Path,
    out: &Path,
    name: Option<&str>,
    model_crates: generator::ModelCrates,
    inline_runtime: bool,
    cli: bool,
) -> Result<(), String> {
    let start = Instant::now();
    let doc = generator::load::load_file(spec).map_err(|d| d.to_string())?;
    let loaded = start.elapsed();
    let lowered = generator::lower::lower(&doc).map_err(|d| d.to_string())?;
    // The IR holds all that is needed from here; the document's memory is reused by emission.
    drop(doc);
    let lowered_at = start.elapsed();
    for w in &lowered.warnings {
        eprintln!("warning: {w}");
    }
    let crate_name = name
        .map(str::to_owned)
        .unwrap_or_else(|| crate_name_from(&lowered.api.title));
    let config = Config {
        source: spec.display().to_string(),
        command: "cargo xtask codegen --spec".to_owned(),
        layout: Layout::Standalone {
            crate_name: crate_name.clone(),
            model_crates,
            cli,
        },
        runtime: if inline_runtime {
            Runtime::Inline
        } else {
            Runtime::Path(runtime_path_from(out)?)
        },
        error_models: Vec::new(),
    };
    let files = generator::generate(&lowered.api, &config)
        .map_err(|e| format!("internal error: emitted code does not parse: {e}"))?;
    let emitted = start.elapsed();
    let mut bytes = 0;
    let mut written = 0;
    for (path, contents) in &files.0 {
        if ensure_file_contents(&out.join(path), contents, false)?.is_some() {
            written += 1;
        }
        bytes += contents.len();
    }
    println!(
        "{crate_name}: {} operations, {} types, {} files ({} KiB, {written} written) in {:.0} ms (load {:.0} ms, lower {:.0} ms, emit {:.0} ms); {} warnings",
        lowered.api.operations.len(),
        lowered.api.types.len(),
        files.0.len(),
        bytes / 1024,
        emitted.as_secs_f64() * 1e3,
        loaded.as_secs_f64() * 1e3,
        (lowered_at - loaded).as_secs_f64() * 1e3,
        (emitted - lowered_at).as_secs_f64() * 1e3,
        lowered.warnings.len(),
    );
    Ok(())
}

/// The path of this workspace's runtime crate as `out`'s manifest writes it: relative when
/// both are on one tree, so the pair can move together.
fn runtime_path_from(out: &Path) -> Result<String, String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let runtime = crate::project_root().join("generator/runtime");
    let (Ok(from), Ok(to)) = (out.canonicalize(), runtime.canonicalize()) else {
        return Ok(runtime.display().to_string());
    };
    let common = from
        .components()
        .zip(to.components())
        .take_while(|(a, b)| a == b)
        .count();
    let mut path = PathBuf::new();
    for _ in from.components().skip(common) {
        path.push("..");
    }
    path.extend(to.components().skip(common));
    Ok(path.display().to_string())
}

pub fn crate_name_from(title: &str) -> String {
    let name: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("api-{name}")
    } else {
        name
    }
}

/// Writes `contents` to `path` if it differs; `Some` when it did (or, in check mode, would).
/// In check mode nothing is written and the `Some` holds the diff; otherwise it is empty
/// (diffing 12 MB of a large spec's output against nothing is not free).
fn ensure_file_contents(
    path: &Path,
    contents: &str,
    check: bool,
) -> Result<Option<String>, String> {
    let old = std::fs::read_to_string(path).unwrap_or_default();
    if old == contents {
        return Ok(None);
    }
    if check {
        let diff = similar::TextDiff::from_lines(old.as_str(), contents)
            .unified_diff()
            .context_radius(2)
            .header("checked in", "generated")
            .to_string();
        return Ok(Some(diff));
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(Some(String::new()))
}

#[cfg(test)]
mod tests {
    /// The drift check as an ordinary test: fails when the checked-in crates are stale.
    #[test]
    fn generated_crates_are_fresh() {
        if let Err(message) = super::project(true) {
            panic!("{message}");
        }
    }

    #[test]
    fn crate_names() {
        assert_eq!(
            super::crate_name_from("Cloud Foundry V3 API — droplets"),
            "cloud-foundry-v3-api-droplets"
        );
        assert_eq!(super::crate_name_from("3scale"), "api-3scale");
    }
}
