//! The breaking-change report against a corpus of spec mutations (`tests/diff/mutations.yaml`):
//! each mutation of `tests/diff/base.yaml` must be classified on every axis as the corpus
//! says, at the pointer it names, with the semver bumps it names.

use generator::diff::{self, Report, Side};
use serde_json::Value;

const BASE: &str = include_str!("diff/base.yaml");
const MUTATIONS: &str = include_str!("diff/mutations.yaml");

#[derive(serde::Deserialize)]
struct Mutation {
    name: String,
    patch: Vec<Patch>,
    expect: Expect,
    at: Option<String>,
    semver: Option<Semver>,
    #[serde(default)]
    announced: bool,
    #[serde(default)]
    experimental: bool,
}

#[derive(serde::Deserialize)]
struct Patch {
    op: String,
    path: String,
    from: Option<String>,
    value: Option<Value>,
}

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Expect {
    wire_client: bool,
    wire_server: bool,
    rust_client: bool,
    rust_server: bool,
}

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Semver {
    client: String,
    server: String,
    spec: String,
}

fn tokens(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The parent container of `pointer` and its last token.
fn parent<'a>(doc: &'a mut Value, pointer: &str) -> (&'a mut Value, String) {
    let mut t = tokens(pointer);
    let last = t.pop().unwrap_or_else(|| panic!("empty pointer {pointer}"));
    let mut at = doc;
    for k in t {
        at = match at {
            Value::Object(m) => m.get_mut(&k),
            Value::Array(a) => k.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
            _ => None,
        }
        .unwrap_or_else(|| panic!("no `{k}` on the way to {pointer}"));
    }
    (at, last)
}

fn remove(doc: &mut Value, pointer: &str) -> Value {
    let (container, last) = parent(doc, pointer);
    match container {
        Value::Object(m) => m.shift_remove(&last),
        Value::Array(a) => last
            .parse::<usize>()
            .ok()
            .filter(|&i| i < a.len())
            .map(|i| a.remove(i)),
        _ => None,
    }
    .unwrap_or_else(|| panic!("nothing to remove at {pointer}"))
}

fn add(doc: &mut Value, pointer: &str, value: Value) {
    let (container, last) = parent(doc, pointer);
    match container {
        Value::Object(m) => {
            m.insert(last, value);
        }
        Value::Array(a) if last == "-" => a.push(value),
        Value::Array(a) => a.insert(last.parse().expect("an index"), value),
        _ => panic!("cannot add at {pointer}"),
    }
}

fn apply(doc: &mut Value, patch: &[Patch]) {
    for p in patch {
        match p.op.as_str() {
            "add" => add(doc, &p.path, p.value.clone().expect("a value")),
            "remove" => {
                remove(doc, &p.path);
            }
            "replace" => {
                remove(doc, &p.path);
                add(doc, &p.path, p.value.clone().expect("a value"));
            }
            "move" => {
                let v = remove(doc, p.from.as_deref().expect("a from"));
                add(doc, &p.path, v);
            }
            other => panic!("unknown patch op {other}"),
        }
    }
}

/// The report between two loaded specs, for the standalone crate `codegen --spec` writes.
fn compare(old_doc: &generator::load::Document, new_doc: &generator::load::Document) -> Report {
    let old_api = generator::lower::lower(old_doc).expect("old lowers").api;
    let new_api = generator::lower::lower(new_doc).expect("new lowers").api;
    let old = Side {
        doc: old_doc,
        api: &old_api,
    };
    let new = Side {
        doc: new_doc,
        api: &new_api,
    };
    let config = diff::standalone_config("pets");
    let report = diff::compare(old, new, &config);
    // The report emits only the items a change reaches; emitting everything must give the
    // same report, or the reach missed something an item's code depends on.
    assert_eq!(
        report,
        diff::compare_emitting_everything(old, new, &config),
        "the reached items tell a different story from the whole crate"
    );
    report
}

fn report(old: &str, new: &str) -> Report {
    let old_doc = generator::load::load_str("base.yaml", old).expect("base loads");
    let new_doc = generator::load::load_str("mutated.json", new).expect("mutation loads");
    compare(&old_doc, &new_doc)
}

fn mutations() -> Vec<Mutation> {
    serde_yaml::from_str(MUTATIONS).expect("mutations.yaml parses")
}

/// The mutated spec of one corpus entry, as JSON.
fn mutated(m: &Mutation) -> String {
    let mut doc: Value = serde_yaml::from_str(BASE).expect("base parses");
    apply(&mut doc, &m.patch);
    serde_json::to_string_pretty(&doc).expect("serializes")
}

#[test]
fn the_corpus_covers_every_kind_of_change() {
    let all = mutations();
    assert!(all.len() >= 40, "{} mutations", all.len());
    let mut names: Vec<&str> = all.iter().map(|m| m.name.as_str()).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), all.len(), "mutation names are unique");
    // Every axis is broken alone somewhere, and some change breaks nothing.
    let expect = |f: fn(&Expect) -> bool| all.iter().any(|m| f(&m.expect));
    assert!(expect(|e| e.wire_client
        && !e.wire_server
        && !e.rust_client
        && !e.rust_server));
    assert!(expect(|e| !e.wire_client
        && e.wire_server
        && !e.rust_client
        && !e.rust_server));
    assert!(expect(|e| !e.wire_client
        && !e.wire_server
        && e.rust_client
        && e.rust_server));
    assert!(expect(|e| !e.wire_client
        && !e.wire_server
        && !e.rust_client
        && e.rust_server));
    assert!(expect(|e| !e.wire_client
        && !e.wire_server
        && !e.rust_client
        && !e.rust_server));
}

#[test]
fn every_mutation_is_classified_as_the_corpus_says() {
    let mut failures = Vec::new();
    for m in mutations() {
        let r = report(BASE, &mutated(&m));
        let got = Expect {
            wire_client: r.changes.iter().any(|c| c.breaking.wire_client),
            wire_server: r.changes.iter().any(|c| c.breaking.wire_server),
            rust_client: r.changes.iter().any(|c| c.breaking.rust_client),
            rust_server: r.changes.iter().any(|c| c.breaking.rust_server),
        };
        let mut wrong = Vec::new();
        if r.changes.is_empty() {
            wrong.push("no change reported".to_owned());
        }
        if got != m.expect {
            wrong.push(format!("expected {:?}, got {got:?}", m.expect));
        }
        if let Some(at) = &m.at {
            if !r.changes.iter().any(|c| &c.pointer == at) {
                wrong.push(format!("no change at {at}"));
            }
        }
        if let Some(s) = &m.semver {
            let got = Semver {
                client: r.semver.client.as_str().into(),
                server: r.semver.server.as_str().into(),
                spec: r.semver.spec.as_str().into(),
            };
            if &got != s {
                wrong.push(format!("semver: expected {s:?}, got {got:?}"));
            }
        }
        if m.announced && !r.changes.iter().any(|c| c.announced) {
            wrong.push("the removal is not reported as announced".into());
        }
        if m.experimental != r.changes.iter().any(|c| c.experimental) {
            wrong.push(format!("experimental: expected {}", m.experimental));
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {}\n{}",
                m.name,
                wrong.join("; "),
                r.render(diff::Format::Text)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of the corpus misclassified:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn an_unchanged_spec_has_no_changes_and_needs_no_bump() {
    let r = report(BASE, BASE);
    assert!(r.changes.is_empty(), "{}", r.render(diff::Format::Text));
    assert_eq!(r.semver.client, diff::Bump::None);
    assert_eq!(r.semver.spec, diff::Bump::None);
}

#[test]
fn json_output_has_the_documented_shape() {
    let m = mutations()
        .into_iter()
        .find(|m| m.name == "body-required-property-added")
        .unwrap();
    let r = report(BASE, &mutated(&m));
    let v: Value = serde_json::from_str(&r.render(diff::Format::Json)).unwrap();
    assert_eq!(v["semver"]["client"], "major");
    assert_eq!(v["semver"]["server"], "major");
    assert_eq!(v["semver"]["spec"], "major");
    let changes = v["changes"].as_array().unwrap();
    let c = changes
        .iter()
        .find(|c| c["pointer"] == "/components/schemas/PetCreate/properties/breed")
        .expect("the added property");
    assert_eq!(c["breaking"]["wire_client"], true);
    assert_eq!(c["breaking"]["wire_server"], false);
    assert_eq!(c["breaking"]["rust"], true);
    assert!(c["message"].as_str().unwrap().contains("breed"));
    let md = r.render(diff::Format::Markdown);
    assert!(
        md.contains("### Breaking") && md.contains("| client | major |"),
        "{md}"
    );
}

/// Prints the mutated specs for `scripts/semver-ground-truth.sh` (run with
/// `DIFF_CORPUS_OUT=dir cargo nextest run -p generator -E 'test(write_the_corpus)' --run-ignored all`).
#[test]
#[ignore = "writes files for the ground-truth script"]
fn write_the_corpus() {
    let dir = std::path::PathBuf::from(std::env::var("DIFF_CORPUS_OUT").expect("DIFF_CORPUS_OUT"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("base.yaml"), BASE).unwrap();
    let mut expected = String::new();
    for m in mutations() {
        std::fs::write(dir.join(format!("{}.json", m.name)), mutated(&m)).unwrap();
        expected.push_str(&format!(
            "{} {}\n",
            m.name,
            m.expect.rust_client || m.expect.rust_server
        ));
    }
    std::fs::write(dir.join("expected"), expected).unwrap();
}

fn report_files(old: &std::path::Path, new: &std::path::Path) -> Report {
    let old_doc = generator::load::load_file(old).expect("old loads");
    let new_doc = generator::load::load_file(new).expect("new loads");
    compare(&old_doc, &new_doc)
}

/// Every fixture (split and Swagger 2.0 ones included) compared with itself: nothing changed,
/// no bump; and compared with the next fixture: a report, not a panic.
#[test]
fn every_fixture_is_unchanged_against_itself() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut specs: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    specs.push(dir.join("split/openapi.yaml"));
    specs.sort();
    assert!(specs.len() > 20);
    for (i, spec) in specs.iter().enumerate() {
        let r = report_files(spec, spec);
        assert!(
            r.changes.is_empty(),
            "{}: {}",
            spec.display(),
            r.render(diff::Format::Text)
        );
        assert_eq!(r.semver.client, diff::Bump::None, "{}", spec.display());
        let next = &specs[(i + 1) % specs.len()];
        let r = report_files(spec, next);
        assert!(
            !r.changes.is_empty(),
            "{} → {}",
            spec.display(),
            next.display()
        );
    }
}

/// A change inside a split spec's other file is placed in that file; one in a Swagger 2.0
/// spec at its own `/definitions` pointer.
#[test]
fn changes_are_placed_in_the_users_files() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let tmp = std::env::temp_dir().join(format!("diff-split-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    for (from, to) in [
        (fixtures.join("split"), tmp.join("old")),
        (fixtures.join("split"), tmp.join("new")),
    ] {
        for entry in [
            "openapi.yaml",
            "shared/parameters.yaml",
            "shared/errors.json",
            "schemas/process.yaml",
            "schemas/droplet.yaml",
            "paths/droplet.yaml",
        ] {
            std::fs::create_dir_all(to.join(entry).parent().unwrap()).unwrap();
            std::fs::copy(from.join(entry), to.join(entry)).unwrap();
        }
    }
    let process = tmp.join("new/schemas/process.yaml");
    let text = std::fs::read_to_string(&process).unwrap();
    std::fs::write(
        &process,
        text.replace(
            "  type: {type: string}\n",
            "  type: {type: string}\n  command: {type: string}\n",
        ),
    )
    .unwrap();
    let r = report_files(&tmp.join("old/openapi.yaml"), &tmp.join("new/openapi.yaml"));
    let c = r
        .changes
        .iter()
        .find(|c| c.message.contains("`command`") && !c.message.starts_with("Rust"))
        .unwrap_or_else(|| panic!("{}", r.render(diff::Format::Text)));
    assert!(
        c.file
            .as_deref()
            .is_some_and(|f| f.ends_with("schemas/process.yaml")),
        "{c:?}"
    );
    assert_eq!(c.pointer, "/properties/command");
    let _ = std::fs::remove_dir_all(&tmp);

    let swagger = std::fs::read_to_string(fixtures.join("swagger2.yaml")).unwrap();
    let changed = swagger.replace(
        "    required: [name, kind]\n    discriminator: kind",
        "    required: [name, kind, born]\n    discriminator: kind",
    );
    assert_ne!(changed, swagger);
    let old_doc = generator::load::load_str("swagger2.yaml", &swagger).unwrap();
    let new_doc = generator::load::load_str("swagger2.yaml", &changed).unwrap();
    let r = compare(&old_doc, &new_doc);
    assert!(
        r.changes
            .iter()
            .any(|c| c.pointer == "/definitions/Pet/properties/born"
                && c.message.contains("became required")),
        "{}",
        r.render(diff::Format::Text)
    );
}
