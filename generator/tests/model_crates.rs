//! Large specs get their models in crates of their own: a shared crate, and per tag the types
//! only that tag reaches, cut into a chain of crates when a tag holds a lot of code.

#[path = "common/standalone.rs"]
mod standalone;

use std::collections::BTreeMap;
use std::fmt::Write;

/// Tag `big` reaches a chain of `chain` types of `fields` documented fields each (type `i`
/// refers to type `i + 1`) and a pair of types that refer to each other; tag `small` reaches
/// one type; both reach `Shared`.
fn spec(chain: usize, fields: usize) -> String {
    let mut schemas = String::new();
    for i in 0..chain {
        let _ = writeln!(
            schemas,
            "    Link{i}:\n      type: object\n      properties:"
        );
        if i + 1 < chain {
            let _ = writeln!(
                schemas,
                "        next: {{ $ref: \"#/components/schemas/Link{}\" }}",
                i + 1
            );
        } else {
            let _ = writeln!(
                schemas,
                "        ping: {{ $ref: \"#/components/schemas/Ping\" }}"
            );
        }
        let _ = writeln!(
            schemas,
            "        shared: {{ $ref: \"#/components/schemas/Shared\" }}"
        );
        for f in 0..fields {
            let _ = writeln!(
                schemas,
                "        field_{f}: {{ type: string, description: \"Field {f} of link {i}.\" }}"
            );
        }
    }
    format!(
        r##"openapi: 3.0.3
info: {{ title: Chains, version: "1" }}
paths:
  /big:
    get:
      operationId: getBig
      tags: [big]
      responses:
        "200": {{ description: OK, content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/Link0" }} }} }} }}
  /small:
    get:
      operationId: getSmall
      tags: [small]
      responses:
        "200": {{ description: OK, content: {{ application/json: {{ schema: {{ $ref: "#/components/schemas/Small" }} }} }} }}
components:
  schemas:
    Shared: {{ type: object, properties: {{ name: {{ type: string }} }} }}
    Small: {{ type: object, properties: {{ shared: {{ $ref: "#/components/schemas/Shared" }} }} }}
    Ping: {{ type: object, properties: {{ pong: {{ $ref: "#/components/schemas/Pong" }} }} }}
    Pong: {{ type: object, properties: {{ ping: {{ $ref: "#/components/schemas/Ping" }} }} }}
{schemas}"##
    )
}

fn generate(text: &str, model_crates: generator::ModelCrates) -> BTreeMap<String, String> {
    standalone::generate("chains", text, model_crates).0
}

/// The type names a models file defines.
fn defined(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("pub struct "))
        .map(|rest| rest.split([' ', '(', '{']).next().unwrap().to_owned())
        .collect()
}

#[test]
fn a_tag_with_a_lot_of_code_gets_a_chain_of_crates_in_dependency_order() {
    let files = generate(&spec(40, 120), generator::ModelCrates::PerTag);
    let shared = &files["crates/models/src/models.rs"];
    assert!(defined(shared).contains(&"Shared".to_owned()));
    assert!(shared.contains("pub struct Shared"));
    assert!(files["crates/models-small/src/models.rs"].contains("pub struct Small "));

    let chain: Vec<&String> = (1..)
        .map_while(|n| files.get(&format!("crates/models-big-{n}/src/models.rs")))
        .collect();
    assert!(
        chain.len() >= 2,
        "expected a chain, got {} crates",
        chain.len()
    );
    assert!(!files.contains_key("crates/models-big/src/models.rs"));

    // Every type once, and each crate refers only to types of itself or of crates before it.
    let mut home: BTreeMap<String, usize> = BTreeMap::new();
    for (n, text) in chain.iter().enumerate() {
        assert!(!text.contains("cfg(feature"), "a tag's crate is not gated");
        for name in defined(text) {
            assert!(home.insert(name.clone(), n).is_none(), "{name} twice");
        }
    }
    assert_eq!(home.len(), 40 + 2, "every Link and Ping/Pong: {home:?}");
    assert_eq!(
        home["Ping"], home["Pong"],
        "types that refer to each other share a crate"
    );
    for i in 0..39 {
        let (this, next) = (home[&format!("Link{i}")], home[&format!("Link{}", i + 1)]);
        assert!(
            next <= this,
            "Link{i} in crate {this} refers to Link{} in {next}",
            i + 1
        );
    }

    // Each crate depends on the ones before it; the tag's feature turns on all of them.
    for n in 2..=chain.len() {
        let manifest = &files[&format!("crates/models-big-{n}/Cargo.toml")];
        assert!(manifest.contains(&format!(
            "chains-models-big-{} = {{ path = \"../models-big-{}\" }}",
            n - 1,
            n - 1
        )));
    }
    let main = &files["Cargo.toml"];
    let big = main.lines().find(|l| l.starts_with("big = ")).unwrap();
    for n in 1..=chain.len() {
        assert!(
            big.contains(&format!("\"dep:chains-models-big-{n}\"")),
            "{big}"
        );
    }
    assert!(big.contains("\"chains-models/big\""));
    let reexports = &files["src/models.rs"];
    assert!(reexports.contains("pub use ::chains_models::models::*;"));
    assert!(reexports.contains("pub use ::chains_models_big_1::models::*;"));
}

#[test]
fn small_specs_keep_their_models_in_the_main_crate() {
    let files = generate(&spec(3, 2), generator::ModelCrates::Auto);
    assert!(files.contains_key("src/models.rs"));
    assert!(
        !files
            .keys()
            .any(|p| p.contains("primitives") || p.starts_with("src/rt/")),
        "the runtime is a dependency, not copied"
    );
    assert!(!files.keys().any(|p| p.starts_with("crates/")));
    let one = generate(&spec(40, 120), generator::ModelCrates::One);
    assert!(!one.keys().any(|p| p.starts_with("crates/")));
}

#[test]
fn the_split_is_deterministic() {
    let text = spec(40, 120);
    assert_eq!(
        generate(&text, generator::ModelCrates::PerTag),
        generate(&text, generator::ModelCrates::PerTag)
    );
}
