//! `cargo xtask diff` as a team runs it in CI: specs read at git revisions, the three output
//! formats, and `--check` failing until the crates' versions carry the bump the report asks
//! for (Cargo's 0.x rule included), then passing.

use std::path::Path;
use std::process::{Command, Output};

const BASE: &str = include_str!("../../generator/tests/diff/base.yaml");

fn run(dir: &Path, program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn git(dir: &Path, args: &[&str]) {
    let out = run(dir, "git", args);
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn xtask(dir: &Path, args: &[&str]) -> Output {
    run(dir, env!("CARGO_BIN_EXE_xtask"), args)
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn manifest(version: &str) -> String {
    format!(
        "[package]\nname = \"pets\"\nversion = \"{version}\"\n\n[dependencies]\nserde = {{ version = \"1\" }}\n"
    )
}

/// A repository whose first commit holds `base.yaml` at `spec/openapi.yaml` (in a directory,
/// as `REV:path` reads it) and a crate at version 0.1.0.
fn repository() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "xtask-diff-cli-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("spec")).unwrap();
    std::fs::create_dir_all(dir.join("pets")).unwrap();
    std::fs::write(dir.join("spec/openapi.yaml"), BASE).unwrap();
    std::fs::write(dir.join("pets/Cargo.toml"), manifest("0.1.0")).unwrap();
    git(&dir, &["init", "-q"]);
    git(
        &dir,
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "add",
            ".",
        ],
    );
    git(
        &dir,
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "commit",
            "-qm",
            "base",
        ],
    );
    dir
}

const CHECK: [&str; 8] = [
    "diff",
    "HEAD:spec/openapi.yaml",
    "spec/openapi.yaml",
    "--check",
    "--client-manifest",
    "pets/Cargo.toml",
    "--server-manifest",
    "pets/Cargo.toml",
];

#[test]
fn a_breaking_change_needs_the_bump_before_the_check_passes() {
    let dir = repository();
    // Unchanged: nothing to bump.
    let out = xtask(&dir, &CHECK);
    assert!(out.status.success(), "{}", text(&out));

    // A new required request property: breaking on the wire and in Rust.
    let changed = BASE.replace("      required: [name, kind]\n      properties:\n        name:\n          type: string\n          minLength: 1", "      required: [name, kind, breed]\n      properties:\n        breed:\n          type: string\n        name:\n          type: string\n          minLength: 1");
    assert_ne!(changed, BASE);
    std::fs::write(dir.join("spec/openapi.yaml"), &changed).unwrap();
    let out = xtask(&dir, &CHECK);
    assert!(
        !out.status.success(),
        "a major change passed without a bump: {}",
        text(&out)
    );
    let t = text(&out);
    assert!(t.contains("BREAKING clients on the wire"), "{t}");
    assert!(
        t.contains("/components/schemas/PetCreate/properties/breed"),
        "{t}"
    );
    assert!(t.contains("set its version to 0.2.0"), "{t}");

    // 0.1.1 carries a minor change only under Cargo's 0.x rule: still not enough.
    std::fs::write(dir.join("pets/Cargo.toml"), manifest("0.1.1")).unwrap();
    let out = xtask(&dir, &CHECK);
    assert!(!out.status.success(), "{}", text(&out));

    std::fs::write(dir.join("pets/Cargo.toml"), manifest("0.2.0")).unwrap();
    let out = xtask(&dir, &CHECK);
    assert!(out.status.success(), "{}", text(&out));

    // JSON and Markdown for machines and pull requests.
    let out = xtask(
        &dir,
        &[
            "diff",
            "HEAD:spec/openapi.yaml",
            "spec/openapi.yaml",
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(v["semver"]["client"], "major");
    assert!(
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["breaking"]["wire_client"] == true)
    );
    let out = xtask(
        &dir,
        &[
            "diff",
            "HEAD:spec/openapi.yaml",
            "spec/openapi.yaml",
            "--format",
            "markdown",
        ],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("### Breaking"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_recorded_baseline_keeps_its_versions_and_bad_input_is_an_error() {
    let dir = repository();
    let record = xtask(
        &dir,
        &[
            "diff",
            "spec/openapi.yaml",
            "spec/openapi.yaml",
            "--record",
            "released",
            "--client-manifest",
            "pets/Cargo.toml",
            "--server-manifest",
            "pets/Cargo.toml",
        ],
    );
    assert!(record.status.success(), "{}", text(&record));
    assert!(
        std::fs::read_to_string(dir.join("released/versions"))
            .unwrap()
            .contains("client 0.1.0")
    );
    // A new optional response property: a major bump for crates built with struct literals.
    let changed = BASE.replace("        nickname:\n          type: string\n          nullable: true\n        tags:", "        nickname:\n          type: string\n          nullable: true\n        weight:\n          type: number\n        tags:");
    assert_ne!(changed, BASE);
    std::fs::write(dir.join("spec/openapi.yaml"), &changed).unwrap();
    std::fs::write(dir.join("pets/Cargo.toml"), manifest("0.2.0")).unwrap();
    let out = xtask(
        &dir,
        &[
            "diff",
            "released/openapi.yaml",
            "spec/openapi.yaml",
            "--check",
            "--client-manifest",
            "pets/Cargo.toml",
            "--server-manifest",
            "pets/Cargo.toml",
        ],
    );
    assert!(
        out.status.success(),
        "0.1.0 (recorded) → 0.2.0 carries a major change: {}",
        text(&out)
    );

    // A revision that does not exist, and a spec that does not load: errors naming them.
    let out = xtask(
        &dir,
        &["diff", "nosuchrev:spec/openapi.yaml", "spec/openapi.yaml"],
    );
    assert!(!out.status.success());
    assert!(text(&out).contains("nosuchrev"), "{}", text(&out));
    std::fs::write(dir.join("broken.yaml"), "openapi: 3.0.3\npaths: 7\n").unwrap();
    let out = xtask(&dir, &["diff", "spec/openapi.yaml", "broken.yaml"]);
    assert!(!out.status.success());
    assert!(text(&out).contains("broken.yaml"), "{}", text(&out));
    let _ = std::fs::remove_dir_all(&dir);
}
