//! A spec split across files, bundled into one document.
//!
//! Every `$ref` that leaves the root file (`./schemas/droplet.yaml`,
//! `common.yaml#/components/parameters/Page`, and the references inside those files, which are
//! relative to the file that holds them) is read from disk (never the network) and made local:
//!
//! - a schema, parameter, response, request body, header, example, link, callback or security
//!   scheme becomes a component of the root (`#/components/schemas/Droplet`), named after the
//!   component it comes from (the last token of its pointer, or the file's stem when the
//!   reference names a whole file). A component of the root that is only a reference to another
//!   file keeps its own name. Two different targets never share a name (`Droplet2`);
//! - a path item, which OpenAPI 3.0 cannot keep among its components, is copied in place.
//!
//! Because components are named before their contents are read, cycles across files (a schema
//! in `a.yaml` that refers to `b.yaml` that refers back) end in ordinary local references.
//! Every moved part is recorded in the [`SourceMap`], so diagnostics name the file it is in.

use crate::diagnostics::{Diagnostic, Diagnostics, escape_token};
use crate::load::sources::SourceMap;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// What the value at a place in a document is, as far as references are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Anything that is not one of the kinds below (the root, an operation, a media type).
    Other,
    Schema,
    Parameter,
    Response,
    RequestBody,
    Header,
    Example,
    Link,
    Callback,
    PathItem,
    SecurityScheme,
}

impl Kind {
    /// The components section that holds this kind (Swagger 2.0 keeps three at the root).
    fn section(self, swagger2: bool) -> Option<&'static str> {
        if swagger2 {
            return match self {
                Kind::Schema => Some("definitions"),
                Kind::Parameter => Some("parameters"),
                Kind::Response => Some("responses"),
                _ => None,
            };
        }
        Some(match self {
            Kind::Schema => "components/schemas",
            Kind::Parameter => "components/parameters",
            Kind::Response => "components/responses",
            Kind::RequestBody => "components/requestBodies",
            Kind::Header => "components/headers",
            Kind::Example => "components/examples",
            Kind::Link => "components/links",
            Kind::Callback => "components/callbacks",
            Kind::SecurityScheme => "components/securitySchemes",
            Kind::PathItem | Kind::Other => return None,
        })
    }

    /// The kind a pointer names by where it is (`/components/schemas/X` → a schema).
    fn of_pointer(pointer: &str) -> Kind {
        let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
        match tokens.as_slice() {
            ["components", section, _, ..] | [section, _, ..] => match *section {
                "schemas" | "definitions" => Kind::Schema,
                "parameters" => Kind::Parameter,
                "responses" => Kind::Response,
                "requestBodies" => Kind::RequestBody,
                "headers" => Kind::Header,
                "examples" => Kind::Example,
                "links" => Kind::Link,
                "callbacks" => Kind::Callback,
                "securitySchemes" | "securityDefinitions" => Kind::SecurityScheme,
                "paths" | "pathItems" => Kind::PathItem,
                _ => Kind::Other,
            },
            _ => Kind::Other,
        }
    }
}

/// How the value under a key is to be walked.
enum Slot {
    /// One value of this kind.
    One(Kind),
    /// A map or list whose every entry is of this kind.
    Each(Kind),
    /// Data (examples, defaults, enums): never holds references.
    Skip,
}

fn slot(parent: Kind, key: &str) -> Slot {
    match parent {
        Kind::Schema => match key {
            "properties" | "patternProperties" | "$defs" | "definitions" | "dependentSchemas"
            | "allOf" | "oneOf" | "anyOf" | "prefixItems" => Slot::Each(Kind::Schema),
            "items"
            | "additionalProperties"
            | "not"
            | "contains"
            | "if"
            | "then"
            | "else"
            | "propertyNames"
            | "unevaluatedProperties"
            | "unevaluatedItems"
            | "additionalItems"
            | "contentSchema" => Slot::One(Kind::Schema),
            _ => Slot::Skip,
        },
        Kind::Example => Slot::Skip,
        Kind::Callback => Slot::One(Kind::PathItem),
        _ => match key {
            "schema" => Slot::One(Kind::Schema),
            "schemas" | "definitions" => Slot::Each(Kind::Schema),
            "parameters" => Slot::Each(Kind::Parameter),
            "responses" => Slot::Each(Kind::Response),
            "requestBody" => Slot::One(Kind::RequestBody),
            "requestBodies" => Slot::Each(Kind::RequestBody),
            "headers" => Slot::Each(Kind::Header),
            "examples" => Slot::Each(Kind::Example),
            "links" => Slot::Each(Kind::Link),
            "callbacks" => Slot::Each(Kind::Callback),
            "paths" | "pathItems" | "webhooks" => Slot::Each(Kind::PathItem),
            "securitySchemes" | "securityDefinitions" => Slot::Each(Kind::SecurityScheme),
            "example" | "default" | "enum" | "const" | "value" => Slot::Skip,
            k if k.starts_with("x-") => Slot::Skip,
            _ => Slot::One(Kind::Other),
        },
    }
}

/// Resolves every reference to another file; a document without any is returned as it is.
pub fn bundle(
    path: &Path,
    file: &str,
    mut root: Value,
    sources: &mut SourceMap,
) -> Result<Value, Diagnostics> {
    if !has_external_ref(&root) {
        return Ok(root);
    }
    let root_key = canonical(path);
    let swagger2 = root.get("swagger").is_some() && root.get("openapi").is_none();
    let mut b = Bundler {
        root_key: root_key.clone(),
        files: HashMap::new(),
        hoisted: HashMap::new(),
        used: HashMap::new(),
        queue: Vec::new(),
        inlining: Vec::new(),
        errors: Vec::new(),
        swagger2,
        moves: Vec::new(),
    };
    b.files
        .insert(root_key.clone(), (file.to_owned(), Value::Null));
    b.claim_root_components(&mut root, file);
    let mut pointer = String::new();
    b.walk(&mut root, &root_key, &mut pointer, Kind::Other);
    // Components are read after they are named, so references among them (and cycles) resolve
    // to the names already given.
    let mut done = 0;
    while done < b.queue.len() {
        let (target, target_pointer, kind, name) = b.queue[done].clone();
        done += 1;
        let Some(mut value) = b.value(&target, &target_pointer).cloned() else {
            continue;
        };
        let section = kind
            .section(swagger2)
            .expect("only kinds with a section are hoisted");
        let mut at = format!("/{section}/{}", escape_token(&name));
        let display = b.files[&target].0.clone();
        b.moves.push((at.clone(), display, target_pointer.clone()));
        b.walk(&mut value, &target, &mut at, kind);
        insert(&mut root, section, &name, value);
    }
    // Pointers so far are the bundle's; the errors are placed back in the files (as every
    // later diagnostic will be).
    let mut map = SourceMap::default();
    map.step();
    for (to, file, from) in b.moves {
        map.record(to, Some(file), from);
    }
    if !b.errors.is_empty() {
        return Err(Diagnostics(
            b.errors.into_iter().map(|d| map.relocate(d)).collect(),
        ));
    }
    sources.append(map);
    Ok(root)
}

struct Bundler {
    root_key: PathBuf,
    /// Files read so far, by canonical path: the name diagnostics use, and the parsed text
    /// (the root's is not kept here; it is never read through a reference).
    files: HashMap<PathBuf, (String, Value)>,
    /// The component name given to each referenced `(file, pointer)`.
    hoisted: HashMap<(PathBuf, String), String>,
    /// Names taken in each components section.
    used: HashMap<&'static str, HashSet<String>>,
    /// Components named but not yet copied: `(file, pointer, kind, name)`.
    queue: Vec<(PathBuf, String, Kind, String)>,
    /// Path items being copied in place, to refuse a cycle among them.
    inlining: Vec<(PathBuf, String)>,
    errors: Vec<Diagnostic>,
    swagger2: bool,
    /// `(pointer in the bundle, file, pointer in that file)` of every copied part.
    moves: Vec<(String, String, String)>,
}

impl Bundler {
    /// Takes the root's components that are only a reference to another file out of the root
    /// and names their targets after them, so `Droplet: {$ref: droplet.yaml}` stays `Droplet`.
    fn claim_root_components(&mut self, root: &mut Value, file: &str) {
        let sections: Vec<&'static str> = [
            Kind::Schema,
            Kind::Parameter,
            Kind::Response,
            Kind::RequestBody,
            Kind::Header,
            Kind::Example,
            Kind::Link,
            Kind::Callback,
            Kind::SecurityScheme,
        ]
        .iter()
        .filter_map(|k| k.section(self.swagger2))
        .collect();
        for section in sections {
            let Some(Value::Object(entries)) = lookup_mut(root, section) else {
                continue;
            };
            let kind = Kind::of_pointer(&format!("/{section}/x"));
            let names: HashSet<String> = entries.keys().cloned().collect();
            let mut claimed = Vec::new();
            for (name, entry) in entries.iter() {
                let Some(Value::String(r)) = entry.get("$ref") else {
                    continue;
                };
                if r.starts_with('#') || entry.as_object().is_some_and(|m| m.len() > 1) {
                    continue;
                }
                let at = format!("/{section}/{}/$ref", escape_token(name));
                let root_key = self.root_key.clone();
                if let Some((target, pointer)) = self.target(&root_key, r, file, &at) {
                    if target != self.root_key
                        && !self
                            .hoisted
                            .contains_key(&(target.clone(), pointer.clone()))
                    {
                        claimed.push(name.clone());
                        self.hoisted
                            .insert((target.clone(), pointer.clone()), name.clone());
                        self.queue.push((target, pointer, kind, name.clone()));
                    }
                }
            }
            for name in &claimed {
                entries.remove(name);
            }
            self.used.entry(section).or_default().extend(names);
        }
    }

    fn walk(&mut self, v: &mut Value, file: &Path, pointer: &mut String, kind: Kind) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    let r = r.clone();
                    let at = format!("{pointer}/$ref");
                    if let Some(replacement) = self.reference(&r, file, &at, pointer, kind) {
                        match replacement {
                            Resolved::Ref(local) => {
                                map.insert("$ref".into(), Value::String(local));
                            }
                            Resolved::Inline(Value::Object(mut inlined)) => {
                                map.remove("$ref");
                                for (k, val) in std::mem::take(map) {
                                    inlined.entry(k).or_insert(val);
                                }
                                *map = inlined;
                                return;
                            }
                            Resolved::Inline(other) => {
                                *v = other;
                                return;
                            }
                        }
                    }
                }
                if kind == Kind::Schema {
                    if let Some(Value::Object(mapping)) = map
                        .get_mut("discriminator")
                        .and_then(|d| d.get_mut("mapping"))
                    {
                        for (value, target) in mapping.iter_mut() {
                            let Value::String(r) = target else { continue };
                            let at =
                                format!("{pointer}/discriminator/mapping/{}", escape_token(value));
                            let r = r.clone();
                            if r.contains('#') || r.contains('.') || r.contains('/') {
                                if let Some(Resolved::Ref(local)) =
                                    self.reference(&r, file, &at, &at, Kind::Schema)
                                {
                                    *target = Value::String(local);
                                }
                            }
                        }
                    }
                }
                for (key, child) in map.iter_mut() {
                    if key == "$ref" {
                        continue;
                    }
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&escape_token(key));
                    match slot(kind, key) {
                        Slot::One(k) => self.walk(child, file, pointer, k),
                        Slot::Each(k) => self.walk_each(child, file, pointer, k),
                        Slot::Skip => {}
                    }
                    pointer.truncate(len);
                }
            }
            Value::Array(items) => self.walk_each_items(items, file, pointer, kind),
            _ => {}
        }
    }

    fn walk_each(&mut self, v: &mut Value, file: &Path, pointer: &mut String, kind: Kind) {
        match v {
            Value::Object(map) if !map.contains_key("$ref") => {
                for (key, child) in map.iter_mut() {
                    let len = pointer.len();
                    pointer.push('/');
                    pointer.push_str(&escape_token(key));
                    self.walk(child, file, pointer, kind);
                    pointer.truncate(len);
                }
            }
            Value::Array(items) => self.walk_each_items(items, file, pointer, kind),
            // `items: {$ref}` in a slot that may also be a list.
            _ => self.walk(v, file, pointer, kind),
        }
    }

    fn walk_each_items(
        &mut self,
        items: &mut [Value],
        file: &Path,
        pointer: &mut String,
        kind: Kind,
    ) {
        for (i, child) in items.iter_mut().enumerate() {
            let len = pointer.len();
            pointer.push('/');
            pointer.push_str(&i.to_string());
            self.walk(child, file, pointer, kind);
            pointer.truncate(len);
        }
    }

    /// What the reference `r`, written in `file` at `at`, becomes in the bundle; `None` when it
    /// stays as it is (a local reference of the root) or cannot be resolved (an error is kept).
    fn reference(
        &mut self,
        r: &str,
        file: &Path,
        at: &str,
        out: &str,
        kind: Kind,
    ) -> Option<Resolved> {
        if r.starts_with('#') && file == self.root_key {
            return None;
        }
        let display = self
            .files
            .get(file)
            .map(|f| f.0.clone())
            .unwrap_or_default();
        let (target, pointer) = self.target(file, r, &display, at)?;
        if target == self.root_key {
            return Some(Resolved::Ref(format!("#{pointer}")));
        }
        let kind = match kind {
            Kind::Other => Kind::of_pointer(&pointer),
            k => k,
        };
        match kind.section(self.swagger2) {
            Some(section) => {
                let name = self.hoist(&target, &pointer, kind, section);
                Some(Resolved::Ref(format!(
                    "#/{section}/{}",
                    escape_token(&name)
                )))
            }
            None => {
                let key = (target.clone(), pointer.clone());
                if self.inlining.contains(&key) {
                    self.errors.push(Diagnostic::new(
                        &display,
                        at,
                        format!("`$ref` `{r}` refers back to itself through other files"),
                    ));
                    return None;
                }
                let mut value = self.value(&target, &pointer)?.clone();
                self.inlining.push(key);
                let target_display = self.files[&target].0.clone();
                self.moves
                    .push((out.to_owned(), target_display, pointer.clone()));
                let mut at_out = out.to_owned();
                self.walk(&mut value, &target, &mut at_out, kind);
                self.inlining.pop();
                Some(Resolved::Inline(value))
            }
        }
    }

    /// The component name of `(target, pointer)`, given now if it has none.
    fn hoist(&mut self, target: &Path, pointer: &str, kind: Kind, section: &'static str) -> String {
        let key = (target.to_path_buf(), pointer.to_owned());
        if let Some(name) = self.hoisted.get(&key) {
            return name.clone();
        }
        let base = pointer
            .rsplit('/')
            .next()
            .filter(|t| !t.is_empty())
            .map(|t| t.replace("~1", "/").replace("~0", "~"))
            .unwrap_or_else(|| {
                target
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "Schema".into())
            });
        let used = self.used.entry(section).or_default();
        let mut name = base.clone();
        let mut n = 2;
        while used.contains(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        used.insert(name.clone());
        self.hoisted.insert(key, name.clone());
        self.queue
            .push((target.to_path_buf(), pointer.to_owned(), kind, name.clone()));
        name
    }

    /// The file and pointer `r` names, read relative to `file`; checks that the target exists.
    fn target(
        &mut self,
        file: &Path,
        r: &str,
        display: &str,
        at: &str,
    ) -> Option<(PathBuf, String)> {
        let (path_part, pointer) = match r.split_once('#') {
            Some((p, f)) => (p, f),
            None => (r, ""),
        };
        let pointer = super::percent_decode(pointer);
        if path_part.contains("://") {
            self.errors.push(Diagnostic::new(
                display,
                at,
                format!("`$ref` `{r}` is a URL; remote references are not fetched (download the file and refer to it by path)"),
            ));
            return None;
        }
        let target = if path_part.is_empty() {
            file.to_path_buf()
        } else {
            let dir = file.parent().unwrap_or(Path::new("."));
            canonical(&dir.join(super::percent_decode(path_part)))
        };
        if !self.files.contains_key(&target) {
            let shown = display_name(&self.files[&self.root_key].0, &self.root_key, &target);
            let text = match std::fs::read_to_string(&target) {
                Ok(t) => t,
                Err(e) => {
                    self.errors.push(Diagnostic::new(
                        display,
                        at,
                        format!("`$ref` `{r}`: cannot read {shown}: {e}"),
                    ));
                    return None;
                }
            };
            match super::parse(&shown, &text) {
                Ok(v) => {
                    self.files.insert(target.clone(), (shown, v));
                }
                Err(d) => {
                    self.errors.extend(d.0);
                    return None;
                }
            }
        }
        if target != self.root_key && self.value(&target, &pointer).is_none() {
            self.errors.push(Diagnostic::new(
                display,
                at,
                format!(
                    "`$ref` target `#{pointer}` does not exist in {}",
                    self.files[&target].0
                ),
            ));
            return None;
        }
        Some((target, pointer))
    }

    fn value(&self, file: &Path, pointer: &str) -> Option<&Value> {
        self.files.get(file)?.1.pointer(pointer)
    }
}

enum Resolved {
    /// The reference, rewritten to point into the bundle.
    Ref(String),
    /// The referenced value, to be copied in place of the reference.
    Inline(Value),
}

pub(super) fn has_external_ref(v: &Value) -> bool {
    match v {
        Value::Object(map) => {
            matches!(map.get("$ref"), Some(Value::String(r)) if !r.starts_with('#'))
                || map.values().any(has_external_ref)
        }
        Value::Array(items) => items.iter().any(has_external_ref),
        _ => false,
    }
}

fn lookup_mut<'a>(root: &'a mut Value, section: &str) -> Option<&'a mut Value> {
    section.split('/').try_fold(root, |v, key| v.get_mut(key))
}

fn insert(root: &mut Value, section: &str, name: &str, value: Value) {
    let mut v = root;
    for key in section.split('/') {
        let Value::Object(map) = v else { return };
        v = map
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if let Value::Object(map) = v {
        map.insert(name.to_owned(), value);
    }
}

/// The path with `.` and `..` resolved, through the file system when it exists.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// How diagnostics name a referenced file: its path from the root file's directory, beside the
/// root's name as given (`spec/openapi.yaml` → `spec/schemas/droplet.yaml`); an absolute path
/// for a file outside that directory.
fn display_name(root_display: &str, root: &Path, target: &Path) -> String {
    let root_dir = root.parent().unwrap_or(Path::new("/"));
    match target.strip_prefix(root_dir) {
        Ok(rest) => Path::new(root_display)
            .parent()
            .unwrap_or(Path::new(""))
            .join(rest)
            .display()
            .to_string(),
        Err(_) => target.display().to_string(),
    }
}
