//! Checks that every `$ref` in the document points at something that exists.

use crate::diagnostics::{Diagnostic, Diagnostics, escape_token};
use serde_json::Value;

/// Reports every `$ref` that does not resolve, or that points outside the document.
pub fn check(file: &str, raw: &Value) -> Result<(), Diagnostics> {
    let mut problems = Vec::new();
    let mut pointer = String::new();
    walk(file, raw, raw, &mut pointer, &mut problems);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(problems))
    }
}

fn walk(file: &str, root: &Value, v: &Value, pointer: &mut String, out: &mut Vec<Diagnostic>) {
    walk_in(file, root, v, pointer, out, false)
}

/// `names` is true inside a map whose keys are names (`properties`), not keywords.
fn walk_in(
    file: &str,
    root: &Value,
    v: &Value,
    pointer: &mut String,
    out: &mut Vec<Diagnostic>,
    names: bool,
) {
    match v {
        Value::Object(map) => {
            if !names {
                if let Some(r) = map.get("$ref") {
                    check_ref(file, root, r, &format!("{pointer}/$ref"), out);
                }
            }
            for (k, child) in map {
                if !names
                    && (k == "$ref"
                        || k == "example"
                        || k == "x-examples"
                        || k == "default"
                        || k == "const"
                        || k == "enum")
                {
                    continue;
                }
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_token(k));
                if !names && k == "examples" {
                    // Example objects: check their own `$ref`, never look inside their data.
                    if let Value::Object(entries) = child {
                        for (name, ex) in entries {
                            if let Some(r) = ex.get("$ref") {
                                let at = format!("{pointer}/{}/$ref", escape_token(name));
                                check_ref(file, root, r, &at, out);
                            }
                        }
                    }
                } else {
                    let child_names = !names && (k == "properties" || k == "patternProperties");
                    walk_in(file, root, child, pointer, out, child_names);
                }
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                walk_in(file, root, child, pointer, out, false);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

fn check_ref(file: &str, root: &Value, r: &Value, at: &str, out: &mut Vec<Diagnostic>) {
    match r {
        Value::String(target) if target.starts_with('#') => {
            if super::resolve_pointer(root, target).is_none() {
                out.push(Diagnostic::new(
                    file,
                    at,
                    format!("`$ref` target `{target}` does not exist"),
                ));
            }
        }
        Value::String(target) => out.push(Diagnostic::new(
            file,
            at,
            format!(
                "external `$ref` `{target}` is read relative to the spec's file: load the spec \
                 from its file (`load_file`, or `--spec FILE`)"
            ),
        )),
        _ => out.push(Diagnostic::new(file, at, "`$ref` must be a string")),
    }
}
