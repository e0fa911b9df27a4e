//! Project tasks, run as `cargo xtask <task>`:
//! - `codegen`: regenerate `generated-client/` and `generated-server-stubs/` from `spec/`
//!   (`--check` fails on drift; `--spec FILE --out DIR` generates a crate for any spec);
//! - `diff OLD NEW`: what a spec change breaks, and the version bumps it needs;
//! - `validate`: lint `spec/openapi.yaml`;
//! - `bench`: the generated code's runtime cost against hand-written baselines (BENCHMARKS.md);
//!   `bench compile`: its compile cost against openapi-generator (`scripts/bench-compile.sh`).

mod bench;
mod codegen;
mod diff;
mod validate;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "xtask", about = "Project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate the generated crates from the spec.
    Codegen {
        /// Compare with the checked-in files instead of writing; fail with a diff on drift.
        #[arg(long)]
        check: bool,
        /// Generate a standalone crate from this spec instead of the project's own.
        #[arg(long, requires = "out")]
        spec: Option<PathBuf>,
        /// Where the standalone crate goes.
        #[arg(long, requires = "spec")]
        out: Option<PathBuf>,
        /// The standalone crate's package name (default: from the spec's title).
        #[arg(long)]
        name: Option<String>,
        /// Where the standalone crate's models go: `auto` spreads them over a shared crate
        /// and one crate per tag from 300 types on (cargo builds those in parallel).
        #[arg(long, value_enum, default_value_t = ModelCrates::Auto)]
        model_crates: ModelCrates,
        /// Copy the runtime into the crate as private modules instead of depending on the
        /// `generator-runtime` crate (the models then stay in the main crate).
        #[arg(long, requires = "spec")]
        inline_runtime: bool,
        /// Also write the command-line client: `src/cli.rs`, `src/main.rs` and a `cli`
        /// feature (`cargo install --path OUT --features cli`).
        #[arg(long, requires = "spec")]
        cli: bool,
    },
    /// Runtime cost of the generated code against hand-written baselines (decode, encode,
    /// client calls, router throughput, streaming); writes BENCHMARKS.md. `bench compile`
    /// measures compile cost against openapi-generator instead.
    Bench {
        /// Small sizes and short runs, to check that every benchmark works (CI); nothing is
        /// written.
        #[arg(long)]
        quick: bool,
        #[command(subcommand)]
        which: Option<BenchKind>,
    },
    Diff(diff::Args),
    /// Lint the spec: structure, references, responses, descriptions and examples.
    Validate {
        /// The spec to lint (default: spec/openapi.yaml).
        spec: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum BenchKind {
    /// Compile cost against openapi-generator and progenitor on this project's spec and the CF
    /// specs (and GitHub's with `--github`).
    Compile {
        /// Include GitHub's spec (1,223 operations; about 15 minutes).
        #[arg(long)]
        github: bool,
    },
}

/// `generator::ModelCrates`, as a command-line value.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ModelCrates {
    Auto,
    One,
    PerTag,
}

impl From<ModelCrates> for generator::ModelCrates {
    fn from(m: ModelCrates) -> Self {
        match m {
            ModelCrates::Auto => generator::ModelCrates::Auto,
            ModelCrates::One => generator::ModelCrates::One,
            ModelCrates::PerTag => generator::ModelCrates::PerTag,
        }
    }
}

/// Generation allocates millions of small token trees and strings, from three threads at once;
/// mimalloc takes a third off generating a GitHub-size spec against the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `purge_delay` and `allow_thp` options (`mi_option_purge_delay` and
/// `mi_option_allow_thp` in its `mimalloc.h`; the Rust bindings do not name them).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
const MI_OPTION_ALLOW_THP: libmimalloc_sys::mi_option_t = 43;

/// Keeps freed memory in the process instead of returning it to the system a second after it
/// is freed: generation frees and reallocates hundreds of megabytes of syntax trees, and each
/// page given back costs a page fault and a zeroed page when it is used again (a third of the
/// CPU time on GitHub's spec went to the kernel). The process is short-lived, so the memory
/// goes back when it exits.
///
/// And stops mimalloc advising transparent huge pages for the memory it maps from now on: the
/// first touch of a huge page zeroes 2 MiB. On GitHub's spec (`diff` of two major releases,
/// alternating runs) the kernel time per run was 1.0–1.4 s with the advice, 0.1 s without it,
/// and 0.3–0.4 s with huge pages off for the whole process (`PR_SET_THP_DISABLE`, which also
/// gives up those mapped before `main`); `codegen` gains alike, and the user time is the same
/// in all three.
#[allow(unsafe_code)]
fn tune_allocator() {
    // SAFETY: setting an option is allowed at any time; mimalloc reads them when it purges
    // and when it maps memory from the system. The asserts check the options' numbers
    // against their defaults.
    unsafe {
        debug_assert_eq!(libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY), 1000);
        debug_assert_eq!(libmimalloc_sys::mi_option_get(MI_OPTION_ALLOW_THP), 1);
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1);
        libmimalloc_sys::mi_option_set(MI_OPTION_ALLOW_THP, 0);
    }
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = Cli::parse();
    let result = match cli.task {
        Task::Codegen {
            check,
            spec: Some(spec),
            out: Some(out),
            name,
            model_crates,
            inline_runtime,
            cli,
        } => {
            if check {
                Err("`--check` applies to the project's own crates, not to `--spec`".to_owned())
            } else {
                codegen::standalone(
                    &spec,
                    &out,
                    name.as_deref(),
                    model_crates.into(),
                    inline_runtime,
                    cli,
                )
            }
        }
        Task::Codegen { check, .. } => codegen::project(check),
        Task::Bench {
            which: Some(BenchKind::Compile { github }),
            ..
        } => bench::compile(github),
        Task::Bench { quick, which: None } => bench::runtime(quick),
        Task::Diff(args) => diff::run(args),
        Task::Validate { spec } => {
            validate::run(&spec.unwrap_or_else(|| project_root().join("spec/openapi.yaml")))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (xtask lives one level below it).
pub fn project_root() -> PathBuf {
    let dir = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    PathBuf::from(dir)
        .parent()
        .expect("xtask is inside the workspace")
        .to_path_buf()
}

#[cfg(test)]
mod tidy {
    use std::path::Path;

    fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// Every hand-written module says what it holds in a `//!` line.
    #[test]
    fn every_module_has_a_doc_line() {
        let root = crate::project_root();
        let mut files = Vec::new();
        for dir in [
            "generator/src",
            "generator/runtime",
            "generator/tests",
            "xtask/src",
            "generated-client/tests",
            "generated-server-stubs/tests",
        ] {
            rust_files(&root.join(dir), &mut files);
        }
        assert!(files.len() > 20);
        let missing: Vec<String> = files
            .iter()
            .filter(|f| {
                let text = std::fs::read_to_string(f).unwrap();
                let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
                !first.starts_with("//!") && !first.starts_with("// @generated")
            })
            .map(|f| f.strip_prefix(&root).unwrap().display().to_string())
            .collect();
        assert!(
            missing.is_empty(),
            "modules without a `//!` line: {missing:?}"
        );
    }
}
