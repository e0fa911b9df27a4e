//! `pattern` on query parameters: checked by the generated code (client before sending, server
//! on receipt) with the `regex` crate; a pattern it cannot compile is left out with a warning.

#[test]
fn patterns_are_checked_and_unsupported_ones_reported() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/patterns.yaml");
    let doc =
        generator::load::load_file(std::path::Path::new(path)).unwrap_or_else(|d| panic!("{d}"));
    let lowered = generator::lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let warnings: Vec<String> = lowered.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings.iter().any(|w| w.contains("/parameters/2/schema")
            && w.contains("pattern `^(?=a)a+$` is not checked")),
        "{warnings:#?}"
    );
    let config = generator::Config {
        source: "patterns.yaml".into(),
        command: "test".into(),
        layout: generator::emit::Layout::Standalone {
            crate_name: "patterns".into(),
            model_crates: generator::ModelCrates::Auto,
        },
    };
    let files = generator::generate(&lowered.api, &config).unwrap();
    let file = |name: &str| {
        files
            .0
            .iter()
            .find(|(p, _)| p.ends_with(name))
            .map(|(_, t)| t.clone())
            .unwrap()
    };
    let models = file("src/models.rs");
    let code = models.find("check_pattern(\n").expect("a check");
    assert!(
        models[code..].contains(r#""^[A-Z]{3}-\\d{2}$""#),
        "{models}"
    );
    assert!(
        models.contains(r#""since","#) && models.contains("for v in v.iter()"),
        "{models}"
    );
    assert!(
        !models.contains("(?=a)"),
        "the unsupported pattern is not emitted"
    );
    assert!(file("Cargo.toml").contains("regex = {"));
    // Request bodies: the server checks fields and list items against their patterns.
    let server = file("src/server.rs");
    assert!(server.contains("fn check_pattern("), "{server}");
    assert!(server.contains(r#""^[a-z]+$""#), "item pattern: {server}");
    assert!(
        server.matches(r#""^[A-Z]{3}-\\d{2}$""#).count() >= 1,
        "{server}"
    );
}
