//! Pins what the generator emits for one small fixture spec per feature (`fixtures/*.yaml`).
//! `scripts/compile-generated.sh` compiles the same fixtures with clippy's `-D warnings`.

use generator::emit::Layout;
use generator::{Config, load, lower};

/// The generated models, client and server of a fixture, as one text.
fn generate(fixture: &str) -> String {
    generate_files(
        fixture,
        &[
            "src/models.rs",
            "src/client.rs",
            "src/server.rs",
            "src/webhooks.rs",
        ],
    )
}

/// These generated files of a fixture, as one text (after the generator's warnings).
fn generate_files(fixture: &str, wanted: &[&str]) -> String {
    let path = format!(
        "{}/tests/fixtures/{fixture}.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let doc = if std::path::Path::new(&path).exists() {
        let text = std::fs::read_to_string(&path).unwrap();
        load::load_str(&format!("{fixture}.yaml"), &text)
    } else {
        // A spec split across files (`fixtures/<name>/openapi.yaml`), read relative to
        // the crate so diagnostics name short paths.
        load::load_file(std::path::Path::new(&format!(
            "tests/fixtures/{fixture}/openapi.yaml"
        )))
    }
    .unwrap_or_else(|d| panic!("{d}"));
    let lowered = lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let config = Config {
        source: format!("{fixture}.yaml"),
        command: "test".into(),
        layout: Layout::Standalone {
            crate_name: fixture.replace('_', "-"),
            model_crates: generator::ModelCrates::Auto,
            cli: true,
        },
        runtime: generator::emit::Runtime::Path("../generator/runtime".into()),
        error_models: Vec::new(),
    };
    let files = generator::generate(&lowered.api, &config).unwrap();
    let mut out = String::new();
    for w in &lowered.warnings {
        out.push_str(&format!("// warning: {w}\n"));
    }
    for (path, text) in &files.0 {
        let name = path.to_string_lossy();
        if wanted.contains(&name.as_ref()) {
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
    objects,
    enums,
    unions,
    allof,
    allof_self,
    maps,
    nullable,
    recursion,
    keywords,
    collisions,
    docs,
    sensitive,
    openapi31,
    operations,
    tags,
    nullable_idioms,
    nullable_idioms31,
    features,
    no_responses31,
    security_edges31,
    repeated_path_names,
    scalar_unions,
    allof_scalars,
    nullable_body,
    split,
    swagger2,
    user_types,
    webhooks31
);

/// The command-line client of the fixture with every parameter style, credential scheme and
/// body format: the table the runtime's `cli` module runs, its binary and its feature.
#[test]
fn features_cli() {
    insta::assert_snapshot!(
        "features_cli",
        generate_files("features", &["src/cli.rs", "src/main.rs", "Cargo.toml"])
    );
}

/// Each way specs write "this reference, or null" is nullability, not a union of two types.
#[test]
fn nullable_idioms_are_options() {
    let models = |fixture: &str| {
        let out = generate(fixture);
        let start = out.find("pub struct Record").expect("Record");
        out[start..out[start..].find("\n}").map_or(out.len(), |e| start + e)].to_owned()
    };
    let v30 = models("nullable_idioms");
    for field in [
        "allof_form",
        "anyof_form",
        "oneof_form",
        "typed_member_form",
    ] {
        assert!(
            v30.contains(&format!("pub {field}: ::std::option::Option<Link>,")),
            "{field}:\n{v30}"
        );
    }
    assert!(
        v30.contains("pub string_form: ::std::option::Option<::std::string::String>,"),
        "{v30}"
    );
    assert!(
        v30.contains("pub optional_form: ::std::option::Option<::std::option::Option<Link>>,"),
        "{v30}"
    );
    assert!(
        v30.contains("BTreeMap<::std::string::String, ::std::option::Option<Link>>"),
        "map values: {v30}"
    );
    let v31 = models("nullable_idioms31");
    for field in ["anyof_form", "oneof_form"] {
        assert!(
            v31.contains(&format!("pub {field}: ::std::option::Option<Link>,")),
            "{field}:\n{v31}"
        );
    }
    assert!(
        v31.contains("pub type_array_form: ::std::option::Option<::std::string::String>,"),
        "{v31}"
    );
    assert!(
        v31.contains("pub optional_form: ::std::option::Option<::std::option::Option<Link>>,"),
        "{v31}"
    );
    assert!(
        !v30.contains("Variant") && !v31.contains("Variant"),
        "no union types: {v30}{v31}"
    );
}

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
