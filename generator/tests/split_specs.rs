//! Specs split across files: references between files are bundled into one document, and a
//! problem in any file is reported in that file, at its pointer there.

use generator::{load, lower};
use std::path::Path;

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("split-specs-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const ROOT: &str = r#"
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: 'schemas/pet.yaml'}
"#;

fn diagnose(dir: &Path) -> Vec<generator::Diagnostic> {
    match load::load_file(&dir.join("openapi.yaml")) {
        Err(d) => d.0,
        Ok(doc) => match lower::lower(&doc) {
            Err(d) => d.0,
            Ok(_) => Vec::new(),
        },
    }
}

#[test]
fn the_split_fixture_bundles_with_its_cycle_and_names() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/split/openapi.yaml");
    let doc = load::load_file(&path).unwrap_or_else(|d| panic!("{d}"));
    let lowered = lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let names: Vec<&str> = lowered.api.types.iter().map(|t| t.name.as_str()).collect();
    // Named after the components they come from: the root's own name for a file it refers to
    // (`Droplet`), the file's stem (`process.yaml`), the pointer's last token elsewhere.
    for expected in ["Droplet", "Process", "State", "Problem", "PerPage"] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    assert!(lowered.warnings.is_empty(), "{:?}", lowered.warnings);
    let ops: Vec<&str> = lowered
        .api
        .operations
        .iter()
        .map(|o| o.path.as_str())
        .collect();
    assert_eq!(ops.len(), 2, "{ops:?}");
}

#[test]
fn a_missing_file_is_reported_at_the_reference() {
    let dir = temp_dir("missing");
    write(&dir, &[("openapi.yaml", ROOT)]);
    let found = diagnose(&dir);
    let d = &found[0];
    assert!(d.file.ends_with("openapi.yaml"), "{d}");
    assert_eq!(
        d.pointer,
        "/paths/~1pets/get/responses/200/content/application~1json/schema/$ref"
    );
    assert!(d.message.contains("cannot read"), "{d}");
}

#[test]
fn a_problem_inside_another_file_names_that_file_and_its_pointer() {
    let dir = temp_dir("inside");
    write(
        &dir,
        &[
            ("openapi.yaml", ROOT),
            (
                "schemas/pet.yaml",
                "type: object\nproperties:\n  owner: {$ref: 'owner.yaml#/Owner'}\n",
            ),
            (
                "schemas/owner.yaml",
                "Owner:\n  type: object\n  required: 7\n",
            ),
        ],
    );
    let found = diagnose(&dir);
    let d = &found[0];
    assert!(d.file.ends_with("schemas/owner.yaml"), "{d}");
    assert_eq!(d.pointer, "/Owner", "{d}");
    assert!(d.message.contains("expected a sequence"), "{d}");
}

#[test]
fn a_missing_pointer_in_another_file_is_reported_where_it_is_written() {
    let dir = temp_dir("pointer");
    write(
        &dir,
        &[
            ("openapi.yaml", ROOT),
            (
                "schemas/pet.yaml",
                "type: object\nproperties:\n  owner: {$ref: 'owner.yaml#/Nobody'}\n",
            ),
            ("schemas/owner.yaml", "Owner: {type: object}\n"),
        ],
    );
    let found = diagnose(&dir);
    let d = &found[0];
    assert!(d.file.ends_with("schemas/pet.yaml"), "{d}");
    assert_eq!(d.pointer, "/properties/owner/$ref");
    assert!(d.message.contains("does not exist in"), "{d}");
}

#[test]
fn a_syntax_error_in_another_file_names_it() {
    let dir = temp_dir("syntax");
    write(
        &dir,
        &[
            ("openapi.yaml", ROOT),
            ("schemas/pet.yaml", "type: [object\n"),
        ],
    );
    let found = diagnose(&dir);
    assert!(found[0].file.ends_with("schemas/pet.yaml"), "{}", found[0]);
    assert!(found[0].message.contains("invalid YAML"), "{}", found[0]);
}

#[test]
fn remote_references_are_refused_not_fetched() {
    let dir = temp_dir("remote");
    write(
        &dir,
        &[(
            "openapi.yaml",
            &ROOT.replace("schemas/pet.yaml", "https://example.org/pet.yaml"),
        )],
    );
    let found = diagnose(&dir);
    assert!(found[0].message.contains("not fetched"), "{}", found[0]);
}

#[test]
fn two_files_with_the_same_component_name_keep_both() {
    let dir = temp_dir("names");
    write(
        &dir,
        &[
            ("openapi.yaml", ROOT),
            (
                "schemas/pet.yaml",
                "type: object\nproperties:\n  a: {$ref: 'a.yaml#/Thing'}\n  b: {$ref: 'b.yaml#/Thing'}\n",
            ),
            (
                "schemas/a.yaml",
                "Thing: {type: object, properties: {x: {type: string}}}\n",
            ),
            (
                "schemas/b.yaml",
                "Thing: {type: object, properties: {y: {type: integer}}}\n",
            ),
        ],
    );
    let doc = load::load_file(&dir.join("openapi.yaml")).unwrap_or_else(|d| panic!("{d}"));
    let lowered = lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let names: Vec<&str> = lowered.api.types.iter().map(|t| t.name.as_str()).collect();
    assert!(
        names.contains(&"Thing") && names.contains(&"Thing2"),
        "{names:?}"
    );
}

#[test]
fn a_split_swagger_2_spec_is_bundled_then_converted() {
    let dir = temp_dir("swagger2");
    write(
        &dir,
        &[
            (
                "openapi.yaml",
                r#"
swagger: "2.0"
info: {title: S, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      parameters:
        - $ref: 'defs/params.yaml#/Limit'
      responses:
        "200":
          description: ok
          schema:
            type: array
            items: {$ref: 'defs/pet.yaml'}
"#,
            ),
            (
                "defs/pet.yaml",
                "type: object\nproperties:\n  owner: {$ref: 'owner.json'}\n",
            ),
            (
                "defs/owner.json",
                r#"{"type":"object","properties":{"pets":{"type":"array","items":{"$ref":"pet.yaml"}}}}"#,
            ),
            (
                "defs/params.yaml",
                "Limit: {name: limit, in: query, type: integer, maximum: 10}\n",
            ),
        ],
    );
    let doc = load::load_file(&dir.join("openapi.yaml")).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(doc.source_version, "2.0");
    let lowered = lower::lower(&doc).unwrap_or_else(|d| panic!("{d}"));
    let names: Vec<&str> = lowered.api.types.iter().map(|t| t.name.as_str()).collect();
    for expected in ["Pet", "Owner", "ListPetsQuery"] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let op = &lowered.api.operations[0];
    assert_eq!(op.query_params[0].name.wire, "limit");
    assert_eq!(op.query_params[0].constraints.maximum, Some(10.0));
}
