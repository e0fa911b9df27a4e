//! `cargo xtask bench`: the generated code's runtime cost against hand-written baselines
//! (`generated-client/benches/runtime`), written into BENCHMARKS.md; and `cargo xtask bench
//! compile`, its compile cost against openapi-generator and progenitor
//! (`scripts/bench-compile.sh`).

use std::path::Path;
use std::process::Command;

const BEGIN: &str = "<!-- runtime:begin -->";
const END: &str = "<!-- runtime:end -->";

/// Runs every runtime benchmark; unless `quick`, rewrites the table in BENCHMARKS.md.
pub fn runtime(quick: bool) -> Result<(), String> {
    let root = crate::project_root();
    let started = std::time::Instant::now();
    // The streaming and reference benchmarks run the servers as processes of their own. Two
    // builds: with `--example`, cargo would build no package's binaries.
    run(Command::new("cargo").current_dir(&root).args([
        "build",
        "--release",
        "-p",
        "generated-server-stubs",
        "--example",
        "in_memory",
    ]))?;
    run(Command::new("cargo").current_dir(&root).args([
        "build",
        "--release",
        "-p",
        "reference-server",
        "--bin",
        "reference-server",
    ]))?;
    let mut rows = Vec::new();
    for section in [
        "decode",
        "encode",
        "client",
        "router",
        "streaming",
        "reference",
    ] {
        let mut cmd = Command::new("cargo");
        cmd.current_dir(&root)
            .args([
                "bench",
                "-q",
                "-p",
                "generated-client",
                "--bench",
                "runtime",
                "--",
                section,
            ])
            .env(
                "IN_MEMORY_SERVER",
                root.join("target/release/examples/in_memory"),
            )
            .env(
                "REFERENCE_SERVER",
                root.join("target/release/reference-server"),
            );
        if quick {
            cmd.arg("--quick");
        }
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run cargo bench: {e}"))?;
        let text = String::from_utf8_lossy(&out.stdout);
        for line in text.lines() {
            match line.strip_prefix("ROW|") {
                Some(row) => rows.push(row.split('|').map(str::to_owned).collect::<Vec<_>>()),
                None => println!("{line}"),
            }
        }
        if !out.status.success() {
            return Err(format!(
                "the `{section}` benchmark failed ({}):\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    let table = table(&rows, quick);
    println!("\n{table}");
    println!("({:.0} s)", started.elapsed().as_secs_f64());
    if !quick {
        let path = root.join("BENCHMARKS.md");
        let doc = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (Some(a), Some(b)) = (doc.find(BEGIN), doc.find(END)) else {
            return Err(format!("{} has no {BEGIN} … {END} block", path.display()));
        };
        let updated = format!("{}{BEGIN}\n{table}{}", &doc[..a], &doc[b..]);
        std::fs::write(&path, updated).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("BENCHMARKS.md updated");
    }
    Ok(())
}

/// The compile-cost benchmark.
pub fn compile(github: bool) -> Result<(), String> {
    let mut cmd = Command::new(crate::project_root().join("scripts/bench-compile.sh"));
    if github {
        cmd.arg("--github");
    }
    run(&mut cmd)
}

fn run(cmd: &mut Command) -> Result<(), String> {
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("{cmd:?} failed ({s})")),
        Err(e) => Err(format!("cannot run {cmd:?}: {e}")),
    }
}

/// The Markdown table: one line per case, with the machine and the date above it.
fn table(rows: &[Vec<String>], quick: bool) -> String {
    let mut out = String::new();
    let date = Command::new("date").arg("+%Y-%m-%d").output().ok();
    let date = date
        .map(|d| String::from_utf8_lossy(&d.stdout).trim().to_owned())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = meminfo_gib();
    let rustc = Command::new("rustc").arg("--version").output().ok();
    let rustc = rustc
        .map(|r| String::from_utf8_lossy(&r.stdout).trim().to_owned())
        .unwrap_or_default();
    let mode = if quick {
        " (quick mode: small sizes, short runs; not for judging)"
    } else {
        ""
    };
    out.push_str(&format!(
        "Measured {date} on {cores} cores, {memory} GiB, {rustc}{mode}.\n\n"
    ));
    out.push_str(
        "| benchmark | case | ours | baseline | unit | ours ÷ baseline | target | met |\n",
    );
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    for r in rows {
        let [section, case, ours, base, unit, ratio, target] = &r[..] else {
            continue;
        };
        out.push_str(&format!(
            "| {section} | {case} | {ours} | {base} | {unit} | **{ratio}** | {target} | {} |\n",
            met(ratio, target)
        ));
    }
    out
}

/// Whether a ratio meets its target (`≤ x`, `≥ x`, `< x` on the value itself for memory).
fn met(ratio: &str, target: &str) -> &'static str {
    let Ok(ratio) = ratio.parse::<f64>() else {
        return "";
    };
    let bound = |t: &str| {
        t.split_whitespace()
            .next()
            .and_then(|v| v.parse::<f64>().ok())
    };
    if let Some(t) = target.strip_prefix("≤") {
        bound(t).map_or("", |b| if ratio <= b { "yes" } else { "no" })
    } else if let Some(t) = target.strip_prefix("≥") {
        bound(t).map_or("", |b| if ratio >= b { "yes" } else { "no" })
    } else if target.starts_with('<') {
        // Memory rows carry value ÷ limit as their ratio.
        if ratio < 1.0 { "yes" } else { "no" }
    } else {
        ""
    }
}

fn meminfo_gib() -> u64 {
    let text = std::fs::read_to_string(Path::new("/proc/meminfo")).unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|kb| kb.parse::<u64>().ok())
        .map_or(0, |kb| (kb + (1 << 19)) >> 20)
}
