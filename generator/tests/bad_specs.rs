//! Broken specs (`bad/*`): each gives an error naming the file and the JSON pointer of the
//! problem, and nothing panics. A YAML file's first line says what to expect:
//! `# expect: <pointer> | <text in the message>`.

use generator::{load, lower};

fn diagnose(name: &str, text: &str) -> Vec<generator::Diagnostic> {
    match load::load_str(name, text) {
        Err(d) => d.0,
        Ok(doc) => match lower::lower(&doc) {
            Err(d) => d.0,
            Ok(_) => Vec::new(),
        },
    }
}

#[test]
fn every_broken_spec_is_reported_where_it_is_broken() {
    let dir = format!("{}/tests/bad", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let (pointer, needle) = match text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# expect: "))
        {
            Some(rest) => {
                let (p, n) = rest
                    .split_once(" | ")
                    .expect("`# expect: <pointer> | <text>`");
                (p.to_owned(), n.to_owned())
            }
            // JSON has no comments: a truncated document is a syntax error at the root.
            None => ("/".to_owned(), "invalid JSON".to_owned()),
        };
        let found = diagnose(&name, &text);
        assert!(!found.is_empty(), "{name}: accepted, but it is broken");
        let rendered: Vec<String> = found.iter().map(|d| d.to_string()).collect();
        assert!(
            found.iter().any(|d| {
                let p = if d.pointer.is_empty() {
                    "/"
                } else {
                    d.pointer.as_str()
                };
                p == pointer && d.message.contains(&needle) && d.file == name
            }),
            "{name}: expected an error at {pointer} containing {needle:?}, got:\n{}",
            rendered.join("\n")
        );
        assert!(
            rendered.iter().all(|r| r.starts_with(&name)),
            "{name}: every message names the file"
        );
        checked += 1;
    }
    assert!(checked >= 14, "only {checked} broken specs found");
}

#[test]
fn syntax_errors_carry_a_line_and_column() {
    let found = diagnose("x.yaml", "openapi: 3.0.3\ninfo: [\n");
    assert!(found[0].line.is_some(), "{:?}", found);
    assert!(found[0].to_string().starts_with("x.yaml:"));
}
