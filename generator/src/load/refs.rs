//! Checks that every `$ref` in the document points at something that exists.

use crate::diagnostics::{Diagnostic, Diagnostics, escape_token};
use rustc_hash::FxHashSet;
use serde_json::Value;

/// Reports every `$ref` that does not resolve, or that points outside the document.
pub fn check(file: &str, raw: &Value) -> Result<(), Diagnostics> {
    let mut walk = Walk {
        file,
        root: raw,
        path: Vec::new(),
        found: FxHashSet::default(),
        problems: Vec::new(),
    };
    walk.value(raw, false);
    if walk.problems.is_empty() {
        Ok(())
    } else {
        Err(Diagnostics(walk.problems))
    }
}

/// One step from the root to a value. The walk keeps the steps and spells a JSON pointer only
/// for a diagnostic: a large spec has hundreds of thousands of values and no broken `$ref`.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

struct Walk<'a> {
    file: &'a str,
    root: &'a Value,
    path: Vec<Step<'a>>,
    /// Targets already found: a spec refers to its common schemas thousands of times, and
    /// each is looked up once.
    found: FxHashSet<&'a str>,
    problems: Vec<Diagnostic>,
}

impl<'a> Walk<'a> {
    /// `names` is true inside a map whose keys are names (`properties`), not keywords.
    fn value(&mut self, v: &'a Value, names: bool) {
        match v {
            Value::Object(map) => {
                if !names {
                    if let Some(r) = map.get("$ref") {
                        self.check_ref(r);
                    }
                }
                for (k, child) in map {
                    if !names
                        && matches!(
                            k.as_str(),
                            "$ref" | "example" | "x-examples" | "default" | "const" | "enum"
                        )
                    {
                        continue;
                    }
                    self.path.push(Step::Key(k));
                    if !names && k == "examples" {
                        // Example objects: check their own `$ref`, never look inside their data.
                        if let Value::Object(entries) = child {
                            for (name, ex) in entries {
                                if let Some(r) = ex.get("$ref") {
                                    self.path.push(Step::Key(name));
                                    self.check_ref(r);
                                    self.path.pop();
                                }
                            }
                        }
                    } else {
                        let child_names = !names && (k == "properties" || k == "patternProperties");
                        self.value(child, child_names);
                    }
                    self.path.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    self.path.push(Step::Index(i));
                    self.value(child, false);
                    self.path.pop();
                }
            }
            _ => {}
        }
    }

    /// Checks `r`, the `$ref` of the object at the current path.
    fn check_ref(&mut self, r: &'a Value) {
        let message = match r {
            Value::String(target) if target.starts_with('#') => {
                if self.found.contains(target.as_str()) {
                    return;
                }
                if super::resolve_pointer(self.root, target).is_some() {
                    self.found.insert(target);
                    return;
                }
                format!("`$ref` target `{target}` does not exist")
            }
            Value::String(target) => format!(
                "external `$ref` `{target}` is read relative to the spec's file: load the spec \
                 from its file (`load_file`, or `--spec FILE`)"
            ),
            _ => "`$ref` must be a string".to_owned(),
        };
        let mut at = String::new();
        for step in &self.path {
            at.push('/');
            match step {
                Step::Key(k) => at.push_str(&escape_token(k)),
                Step::Index(i) => at.push_str(&i.to_string()),
            }
        }
        at.push_str("/$ref");
        self.problems.push(Diagnostic::new(self.file, at, message));
    }
}
