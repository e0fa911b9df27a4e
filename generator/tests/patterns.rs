//! `pattern` on query parameters: checked by the generated code (client before sending, server
//! on receipt) with the `regex` crate; a pattern it cannot compile is left out with a warning.

#[path = "common/standalone.rs"]
mod standalone;

#[test]
fn patterns_are_checked_and_unsupported_ones_reported() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/patterns.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    let (files, warnings) = standalone::generate("patterns", &text, generator::ModelCrates::Auto);
    assert!(
        warnings.iter().any(|w| w.contains("/parameters/2/schema")
            && w.contains("pattern `^(?=a)a+$` is not checked")),
        "{warnings:#?}"
    );
    let file = |name: &str| files[name].clone();
    let models = file("src/models.rs");
    let code = models.find("Pattern::new(").expect("a check");
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
    // Request bodies: the server checks fields and list items against their patterns, with
    // the models' one `Pattern` type; each pattern is compiled once, in a static of its own.
    assert!(models.contains("pub struct Pattern {"), "{models}");
    let server = file("src/server.rs");
    assert!(
        server.contains("static PATTERN: crate::models::Pattern = crate::models::Pattern::new("),
        "{server}"
    );
    assert!(
        !server.contains("struct Pattern"),
        "one Pattern per crate tree"
    );
    assert!(server.contains(r#""^[a-z]+$""#), "item pattern: {server}");
    assert!(
        server.matches(r#""^[A-Z]{3}-\\d{2}$""#).count() >= 1,
        "{server}"
    );
}
