//! Pins what the generator emits for one small fixture spec per feature (`fixtures/*.yaml`).
//! `scripts/compile-generated.sh` compiles the same fixtures with clippy's `-D warnings`.

use generator::emit::Layout;
use generator::{Config, load, lower};

/// The generated models, client and server of a fixture, as one text.
fn generate(fixture: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/{fixture}.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let doc = load::load_str(&format!("{fixture}.yaml"), &text).unwrap_or_else(|d| panic!("{d}"));
    let lowered = lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let config = Config {
        source: format!("{fixture}.yaml"),
        command: "test".into(),
        layout: Layout::Standalone {
            crate_name: fixture.replace('_', "-"),
            model_crates: generator::ModelCrates::Auto,
        },
    };
    let files = generator::generate(&lowered.api, &config).unwrap();
    let mut out = String::new();
    for w in &lowered.warnings {
        out.push_str(&format!("// warning: {w}\n"));
    }
    for (path, text) in &files.0 {
        let name = path.to_string_lossy();
        if ["src/models.rs", "src/client.rs", "src/server.rs"].contains(&name.as_ref()) {
            out.push_str(&format!("// ===== {name}\n{text}\n"));
        }
    }
    out
}

macro_rules! fixtures {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), generate(stringify!($name)));
        }
    )*};
}

fixtures!(
    objects, enums, unions, allof, allof_self, maps, nullable, recursion, keywords, collisions,
    docs, sensitive, openapi31, operations, tags
);

#[test]
fn output_is_deterministic() {
    for fixture in ["operations", "unions", "openapi31"] {
        assert_eq!(
            generate(fixture),
            generate(fixture),
            "{fixture} differs between two runs"
        );
    }
}
