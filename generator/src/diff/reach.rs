//! What a spec change reaches: the types and operations whose generated code may differ
//! between the two specs. The Rust axis emits only those, on both sides; the rest reads the
//! same on both and has nothing to report, and on a large spec it is nearly all of the code.
//!
//! An item's code depends on its own IR, on the IR of the types it refers to (derives, and
//! how forms and parameters are written, look through them) and on its surroundings
//! ([`Surroundings`]: its `cfg` gate and the like). So a type is reached when it
//! differs itself (in IR or surroundings, or exists on one side only) or refers, directly or
//! through other types, to one whose shape differs; an operation, when it differs itself or
//! refers to such a type. A type's shape is its IR without the text of its documentation,
//! which no other item's code reads: a release that rewords descriptions reaches the
//! reworded types, not their referrers.

use crate::emit::{Config, Selection, Surroundings};
use crate::ir::{Api, Docs, Operation, TypeDef, TypeKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// The items of either spec that a change between them reaches, by name.
pub(super) fn reached(old: &Api, new: &Api, config: &Config) -> Selection {
    let (old_around, new_around) = std::thread::scope(|scope| {
        let old_around = scope.spawn(|| Surroundings::of(old, config));
        let new_around = Surroundings::of(new, config);
        let old_around = old_around
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (old_around, new_around)
    });
    let old_types = by_name(old);
    let new_types = by_name(new);
    // Types that differ, and among them those whose shape differs: only those reach their
    // referrers.
    let mut differ: Vec<&str> = Vec::new();
    let mut reshaped: Vec<&str> = Vec::new();
    for (name, def) in &old_types {
        let new_def = new_types.get(name);
        let around = old_around.of_type(name) == new_around.of_type(name);
        if new_def.is_some_and(|n| n == def) && around {
            continue;
        }
        differ.push(name);
        if !around || !new_def.is_some_and(|n| same_shape(def, n)) {
            reshaped.push(name);
        }
    }
    let added = new_types
        .keys()
        .filter(|name| !old_types.contains_key(*name));
    differ.extend(added.clone());
    reshaped.extend(added);
    let mut types = with_referrers(reshaped, &[old, new]);
    let referring = types.clone();
    types.extend(differ);
    let old_ops: FxHashMap<&str, &Operation> = old
        .operations
        .iter()
        .map(|op| (op.name.rust.as_str(), op))
        .collect();
    let reaches = |op: &Operation| {
        op.refs()
            .iter()
            .any(|t| t.named().is_some_and(|n| referring.contains(n)))
    };
    let mut operations = FxHashSet::default();
    for op in &new.operations {
        let reached = match old_ops.get(op.name.rust.as_str()) {
            Some(o) => {
                *o != op || old_around.of_op(o) != new_around.of_op(op) || reaches(o) || reaches(op)
            }
            None => true,
        };
        if reached {
            operations.insert(op.name.rust.clone());
        }
    }
    let new_ops: FxHashSet<&str> = new
        .operations
        .iter()
        .map(|op| op.name.rust.as_str())
        .collect();
    operations.extend(
        old.operations
            .iter()
            .filter(|op| !new_ops.contains(op.name.rust.as_str()))
            .map(|op| op.name.rust.clone()),
    );
    Selection {
        types: types.into_iter().map(str::to_owned).collect(),
        operations,
    }
}

/// Whether two definitions of a type differ at most in the text of their documentation (a
/// deprecation still counts).
fn same_shape(a: &TypeDef, b: &TypeDef) -> bool {
    fn shape(def: &TypeDef) -> (String, Docs, TypeKind) {
        let mut kind = def.kind.clone();
        match &mut kind {
            TypeKind::Struct(s) => s
                .fields
                .iter_mut()
                .for_each(|f| f.docs = f.docs.text_free()),
            TypeKind::Query(params) => params.iter_mut().for_each(|p| p.docs = p.docs.text_free()),
            _ => {}
        }
        (def.origin.clone(), def.docs.text_free(), kind)
    }
    a.name == b.name && shape(a) == shape(b)
}

fn by_name(api: &Api) -> FxHashMap<&str, &TypeDef> {
    api.types.iter().map(|t| (t.name.as_str(), t)).collect()
}

/// `names` and every type of either spec that refers to one of them, directly or through
/// other types.
fn with_referrers<'a>(names: Vec<&'a str>, apis: &[&'a Api]) -> FxHashSet<&'a str> {
    let mut referrers: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
    for api in apis {
        for t in &api.types {
            for r in t.kind.refs() {
                if let Some(target) = r.named() {
                    referrers.entry(target).or_default().push(&t.name);
                }
            }
        }
    }
    let mut out: FxHashSet<&str> = names.iter().copied().collect();
    let mut stack = names;
    while let Some(name) = stack.pop() {
        for &by in referrers.get(name).into_iter().flatten() {
            if out.insert(by) {
                stack.push(by);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: pets, version: "1"}
paths:
  /pets/{id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
  /tags:
    get:
      operationId: listTags
      tags: [tags]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Tag"}}}
components:
  schemas:
    Pet:
      type: object
      properties:
        owner: {$ref: "#/components/schemas/Owner"}
    Owner:
      type: object
      properties:
        name: {type: string}
    Tag:
      type: object
      properties:
        label: {type: string}
"##;

    fn reached_by(edit: impl Fn(&str) -> String) -> (Vec<String>, Vec<String>) {
        let lowered = |text: &str| {
            let doc = crate::load::load_str("pets.yaml", text).unwrap();
            crate::lower::lower(&doc).unwrap().api
        };
        let (old, new) = (lowered(SPEC), lowered(&edit(SPEC)));
        let s = reached(&old, &new, &crate::diff::standalone_config("pets"));
        let mut types: Vec<String> = s.types.into_iter().collect();
        let mut ops: Vec<String> = s.operations.into_iter().collect();
        types.sort();
        ops.sort();
        (types, ops)
    }

    #[test]
    fn nothing_changed_reaches_nothing() {
        assert_eq!(reached_by(str::to_owned), (vec![], vec![]));
    }

    #[test]
    fn a_type_change_reaches_its_referrers_and_their_operations() {
        let (types, ops) = reached_by(|s| {
            s.replace(
                "        name: {type: string}",
                "        name: {type: string}\n        age: {type: integer}",
            )
        });
        assert_eq!(types, ["Owner", "Pet"]);
        assert_eq!(ops, ["get_pet"]);
    }

    #[test]
    fn a_reworded_type_reaches_neither_its_referrers_nor_their_operations() {
        let (types, ops) = reached_by(|s| {
            s.replace(
                "        name: {type: string}",
                "        name: {type: string, description: The owner's name.}",
            )
        });
        assert_eq!((types, ops), (vec!["Owner".to_owned()], vec![]));
    }

    #[test]
    fn an_operation_change_reaches_only_it() {
        let (types, ops) = reached_by(|s| {
            s.replace(
                "operationId: listTags",
                "operationId: listTags\n      summary: Lists tags.",
            )
        });
        assert_eq!((types, ops), (vec![], vec!["list_tags".to_owned()]));
    }

    #[test]
    fn a_new_tag_moves_the_gates_of_what_the_operation_reaches() {
        // `Tag` is now reached by the `pets` feature too: its `cfg` changes.
        let (types, ops) = reached_by(|s| s.replace("tags: [tags]", "tags: [tags, pets]"));
        assert_eq!(types, ["Tag"]);
        assert_eq!(ops, ["list_tags"]);
    }
}
