//! `pattern` on query parameters and body fields: checked by the generated code (client before
//! sending, server on receipt) with the runtime's ECMA-262 engine, as OpenAPI defines patterns;
//! only a pattern that is not ECMA-262 is left out, with a warning.

#[path = "common/standalone.rs"]
mod standalone;

#[test]
fn patterns_are_checked_and_unsupported_ones_reported() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/patterns.yaml");
    let text = std::fs::read_to_string(path).unwrap();
    let (files, warnings) = standalone::generate("patterns", &text, generator::ModelCrates::Auto);
    assert!(
        warnings.iter().any(|w| w.contains("/parameters/2/schema")
            && w.contains("pattern `(?i)^abc$` is not checked")),
        "{warnings:#?}"
    );
    let file = |name: &str| files[name].clone();
    let models = file("src/models.rs");
    let code = models.find("Pattern::new(").expect("a check");
    assert!(
        models[code..].contains(r#""^[A-Z]{3}-\\d{2}$""#),
        "{models}"
    );
    // The list's pattern applies to each item: the parameter's rules name the item rules,
    // which name the pattern.
    let since = models
        .find(r#"rt::Param("since""#)
        .expect("since in the table");
    let rules = &models[since..][..models[since..].find(')').unwrap()];
    let rules = rules.rsplit('&').next().unwrap();
    let list = &models[models
        .find(&format!("pub static {rules}:"))
        .expect("its rules")..];
    assert!(
        list.contains("min_items: 1usize")
            && list.contains("items: ::std::option::Option::Some(&RULES_"),
        "{models}"
    );
    assert!(models.contains(r#"Pattern::new("^\\d{4}-"#), "{models}");
    assert!(!models.contains("(?i)"), "the Perl pattern is not emitted");
    assert_eq!(
        warnings.len(),
        1,
        "ECMA-262 patterns are all checked: {warnings:#?}"
    );
    assert!(models.contains(r#""^(?=a)(a+)b\\1$""#), "{models}");
    assert!(models.contains(r#""^{[a-z]+}$""#), "{models}");
    assert!(
        !file("Cargo.toml").contains("regex"),
        "the engine is the runtime's"
    );
    // One table of distinct patterns, each compiled once however many parameters and fields
    // use it; the server's request-body checks use the same entries.
    assert_eq!(
        models
            .matches(r#"Pattern::new("^[A-Z]{3}-\\d{2}$")"#)
            .count(),
        1,
        "{models}"
    );
    let server = file("src/server.rs");
    assert!(server.contains("crate::models::PATTERNS["), "{server}");
    assert!(!server.contains("Pattern::new(") && !server.contains("struct Pattern"));
    assert!(server.contains(r#""^[a-z]+$""#), "item pattern: {server}");
    assert!(
        server.matches(r#""^[A-Z]{3}-\\d{2}$""#).count() >= 1,
        "{server}"
    );
}
