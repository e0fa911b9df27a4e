//! Generation time: the project's spec is the baseline; the third-party specs and a synthetic
//! spec of 1200+ operations and 10+ MB are reported against it, per operation.
//! `cargo bench -p generator --bench generate`

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

use std::time::Instant;

struct Timing {
    ops: usize,
    bytes: usize,
    load: f64,
    lower: f64,
    emit: f64,
}

fn run(name: &str, text: &str) -> Timing {
    let t0 = Instant::now();
    let doc = generator::load::load_str(name, text).unwrap_or_else(|d| panic!("{d}"));
    let t1 = Instant::now();
    let lowered = generator::lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let t2 = Instant::now();
    let config = generator::Config {
        source: name.into(),
        command: "bench".into(),
        layout: generator::emit::Layout::Standalone {
            crate_name: "bench".into(),
            model_crates: generator::ModelCrates::Auto,
            cli: false,
        },
        runtime: generator::emit::Runtime::Path("../generator/runtime".into()),
        error_models: Vec::new(),
    };
    let files = generator::generate(&lowered.api, &config).unwrap();
    let t3 = Instant::now();
    assert!(!files.0.is_empty());
    Timing {
        ops: lowered.api.operations.len(),
        bytes: text.len(),
        load: (t1 - t0).as_secs_f64() * 1e3,
        lower: (t2 - t1).as_secs_f64() * 1e3,
        emit: (t3 - t2).as_secs_f64() * 1e3,
    }
}

/// The best of `n` runs (the machine's noise only ever adds time).
fn best(name: &str, text: &str, n: usize) -> Timing {
    (0..n)
        .map(|_| run(name, text))
        .min_by(|a, b| (a.load + a.lower + a.emit).total_cmp(&(b.load + b.lower + b.emit)))
        .unwrap()
}

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut inputs: Vec<(String, String)> = vec![(
        "spec/openapi.yaml".into(),
        std::fs::read_to_string(format!("{root}/spec/openapi.yaml")).unwrap(),
    )];
    if let Ok(dir) = std::fs::read_dir(format!("{root}/../shared/specs/third-party")) {
        let mut paths: Vec<_> = dir
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        for p in paths {
            inputs.push((
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            ));
        }
    }
    inputs.push((
        "synthetic (250 resources, 150 props)".into(),
        synthetic::spec(250, 150),
    ));

    println!(
        "{:<34} {:>6} {:>9} {:>9} {:>9} {:>9} {:>10} {:>8}",
        "spec", "ops", "KiB", "load ms", "lower ms", "emit ms", "ms per op", "ratio"
    );
    let mut baseline = None;
    for (name, text) in &inputs {
        let t = best(name, text, 3);
        let total = t.load + t.lower + t.emit;
        let per_op = total / t.ops.max(1) as f64;
        let base = *baseline.get_or_insert(per_op);
        println!(
            "{name:<34} {:>6} {:>9} {:>9.1} {:>9.1} {:>9.1} {:>10.3} {:>8.2}",
            t.ops,
            t.bytes / 1024,
            t.load,
            t.lower,
            t.emit,
            per_op,
            per_op / base
        );
    }
    println!("\nratio: time per operation relative to spec/openapi.yaml, measured in this run");
}
