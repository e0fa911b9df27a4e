//! `cargo xtask validate`: lints the spec beyond what OpenAPI itself requires. Every finding
//! names the JSON pointer of the place to fix.
//!
//! Rules: the document loads (YAML, `$ref`s, the OpenAPI schema, via the generator's loader);
//! operationIds are present and unique; path templates and path parameters agree; every
//! operation has a success response and the error responses the API returns (401/403 when
//! authenticated, 404 with a path parameter, 400 with a query or body, 422 with a body), all
//! error responses have a JSON body; operations, parameters, schemas and properties are
//! described; JSON success bodies and request bodies have examples; every component is used;
//! and every example validates against its schema.

use generator::diagnostics::{Diagnostic, escape_token, pointer_join};
use serde_json::{Map, Value, json};
use std::collections::BTreeSet;
use std::path::Path;

const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// Lints a spec file; `Err` lists every finding.
pub fn run(spec: &Path) -> Result<(), String> {
    let findings = lint_file(spec);
    if findings.is_empty() {
        println!("{}: no findings", spec.display());
        return Ok(());
    }
    let lines: Vec<String> = findings.iter().map(|f| f.to_string()).collect();
    Err(format!(
        "{}\n{} finding(s)",
        lines.join("\n"),
        findings.len()
    ))
}

/// All findings for a spec file.
pub fn lint_file(spec: &Path) -> Vec<Diagnostic> {
    match generator::load::load_file(spec) {
        Ok(doc) => lint(&doc.file, &doc.raw),
        Err(d) => d.0,
    }
}

/// All findings for a loaded document.
pub fn lint(file: &str, raw: &Value) -> Vec<Diagnostic> {
    let mut cx = Lint {
        file,
        raw,
        findings: Vec::new(),
    };
    cx.operations();
    cx.nullable_composites();
    cx.components_described();
    cx.unused_components();
    cx.examples();
    cx.findings
        .sort_by(|a, b| a.pointer.cmp(&b.pointer).then(a.message.cmp(&b.message)));
    cx.findings.dedup();
    cx.findings
}

struct Lint<'a> {
    file: &'a str,
    raw: &'a Value,
    findings: Vec<Diagnostic>,
}

impl Lint<'_> {
    fn report(&mut self, pointer: impl Into<String>, message: impl Into<String>) {
        self.findings
            .push(Diagnostic::new(self.file, pointer, message));
    }

    /// Follows a local `$ref` (if any) to the object it names.
    fn deref<'v>(&self, v: &'v Value) -> &'v Value
    where
        Self: 'v,
    {
        let mut current = v;
        for _ in 0..16 {
            match current.get("$ref").and_then(Value::as_str) {
                Some(r) => match generator::load::resolve_pointer(self.raw, r) {
                    Some(target) => current = target,
                    None => return current,
                },
                None => return current,
            }
        }
        current
    }

    fn operations(&mut self) {
        let Some(paths) = self.raw.get("paths").and_then(Value::as_object) else {
            return;
        };
        let global_security = self.raw.get("security").cloned();
        let mut ids: Vec<(String, String)> = Vec::new();
        for (path, item) in paths {
            let item_ptr = pointer_join("/paths", &[path]);
            let item = self.deref(item);
            let template: BTreeSet<String> = template_params(path);
            for method in METHODS {
                let Some(op) = item.get(*method) else {
                    continue;
                };
                let ptr = format!("{item_ptr}/{method}");
                match op.get("operationId").and_then(Value::as_str) {
                    Some(id) => ids.push((id.to_owned(), ptr.clone())),
                    None => self.report(&ptr, "operation has no operationId"),
                }
                if op
                    .get("description")
                    .and_then(Value::as_str)
                    .is_none_or(|d| d.trim().is_empty())
                {
                    self.report(&ptr, "operation has no description");
                }
                let params = self.params(item, op, &item_ptr, &ptr);
                let declared: BTreeSet<String> = params
                    .iter()
                    .filter(|(_, p)| p["in"] == "path")
                    .map(|(_, p)| p["name"].as_str().unwrap_or("").to_owned())
                    .collect();
                for missing in template.difference(&declared) {
                    self.report(
                        &ptr,
                        format!("path parameter `{missing}` is in the template but not declared"),
                    );
                }
                for (at, p) in &params {
                    let name = p["name"].as_str().unwrap_or("");
                    if p["in"] == "path" {
                        if !template.contains(name) {
                            self.report(
                                at,
                                format!("path parameter `{name}` is not in the path template"),
                            );
                        }
                        if p.get("required") != Some(&Value::Bool(true)) {
                            self.report(at, format!("path parameter `{name}` must be required"));
                        }
                    }
                    if p.get("description")
                        .and_then(Value::as_str)
                        .is_none_or(|d| d.trim().is_empty())
                    {
                        self.report(at, format!("parameter `{name}` has no description"));
                    }
                }
                let has_query = params.iter().any(|(_, p)| p["in"] == "query");
                let has_path = !template.is_empty();
                let body = op.get("requestBody").map(|b| self.deref(b));
                let security = op
                    .get("security")
                    .cloned()
                    .or_else(|| global_security.clone());
                let authenticated =
                    security
                        .as_ref()
                        .and_then(Value::as_array)
                        .is_some_and(|reqs| {
                            !reqs.is_empty()
                                && reqs
                                    .iter()
                                    .all(|r| r.as_object().is_some_and(|o| !o.is_empty()))
                        });
                self.responses(op, &ptr, authenticated, has_path, has_query, body.is_some());
                if let Some(body) = body {
                    self.body_examples(body, &format!("{ptr}/requestBody"));
                }
            }
        }
        let mut seen: Vec<(String, String)> = Vec::new();
        for (id, ptr) in ids {
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == id) {
                let message = format!("operationId `{id}` is also used at {first}");
                self.report(format!("{ptr}/operationId"), message);
            } else {
                seen.push((id, ptr));
            }
        }
    }

    /// Path-item and operation parameters, resolved, with their pointers; the operation's win.
    fn params(
        &self,
        item: &Value,
        op: &Value,
        item_ptr: &str,
        op_ptr: &str,
    ) -> Vec<(String, Value)> {
        let mut out: Vec<(String, Value)> = Vec::new();
        for (list, base) in [
            (item.get("parameters"), format!("{item_ptr}/parameters")),
            (op.get("parameters"), format!("{op_ptr}/parameters")),
        ] {
            let Some(list) = list.and_then(Value::as_array) else {
                continue;
            };
            for (i, p) in list.iter().enumerate() {
                let p = self.deref(p).clone();
                let at = match list[i].get("$ref").and_then(Value::as_str) {
                    Some(r) => r.trim_start_matches('#').to_owned(),
                    None => format!("{base}/{i}"),
                };
                out.retain(|(_, q)| !(q["name"] == p["name"] && q["in"] == p["in"]));
                out.push((at, p));
            }
        }
        out
    }

    fn responses(
        &mut self,
        op: &Value,
        ptr: &str,
        authenticated: bool,
        has_path: bool,
        has_query: bool,
        has_body: bool,
    ) {
        let at = format!("{ptr}/responses");
        let Some(responses) = op.get("responses").and_then(Value::as_object) else {
            self.report(&at, "operation has no responses");
            return;
        };
        let codes: BTreeSet<&str> = responses.keys().map(String::as_str).collect();
        if !codes
            .iter()
            .any(|c| c.starts_with('2') || c.starts_with('3'))
        {
            self.report(&at, "operation documents no success response");
        }
        let mut expect = |code: &str, why: &str| {
            if !codes.contains(code) {
                self.findings.push(Diagnostic::new(
                    self.file,
                    at.clone(),
                    format!("missing {code} response ({why})"),
                ));
            }
        };
        if authenticated {
            expect("401", "the operation needs a token");
            expect("403", "the operation needs a token");
        }
        if has_path {
            expect("404", "the path names a resource");
        }
        if has_query || has_body {
            expect("400", "a malformed query or body gets 400");
        }
        if has_body {
            expect("422", "an invalid body gets 422");
        }
        for (code, r) in responses {
            let rptr = format!("{at}/{}", escape_token(code));
            let r = self.deref(r);
            let is_error = code == "default" || code.starts_with('4') || code.starts_with('5');
            let json = r.get("content").and_then(|c| c.get("application/json"));
            if is_error && json.and_then(|j| j.get("schema")).is_none() {
                self.report(&rptr, "error response has no JSON body schema");
            }
            if code.starts_with('2') {
                if let Some(json) = json {
                    let has_example = json.get("example").is_some()
                        || json
                            .get("examples")
                            .is_some_and(|e| e.as_object().is_some_and(|o| !o.is_empty()));
                    if !has_example {
                        self.report(
                            format!("{rptr}/content/application~1json"),
                            "success body has no example",
                        );
                    }
                }
            }
        }
    }

    fn body_examples(&mut self, body: &Value, ptr: &str) {
        if let Some(json) = body.get("content").and_then(|c| c.get("application/json")) {
            let has = json.get("example").is_some()
                || json
                    .get("examples")
                    .is_some_and(|e| e.as_object().is_some_and(|o| !o.is_empty()));
            if !has {
                self.report(
                    format!("{ptr}/content/application~1json"),
                    "request body has no example",
                );
            }
        }
    }

    fn components_described(&mut self) {
        let Some(schemas) = self
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        else {
            return;
        };
        for (name, schema) in schemas {
            let ptr = pointer_join("/components/schemas", &[name]);
            self.schema_described(schema, &ptr);
        }
    }

    fn schema_described(&mut self, schema: &Value, ptr: &str) {
        if schema.get("$ref").is_some() {
            return;
        }
        if schema
            .get("description")
            .and_then(Value::as_str)
            .is_none_or(|d| d.trim().is_empty())
        {
            self.report(ptr, "schema has no description");
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                self.schema_described(prop, &format!("{ptr}/properties/{}", escape_token(name)));
            }
        }
    }

    fn unused_components(&mut self) {
        let mut refs = BTreeSet::new();
        collect_refs(self.raw, &mut refs);
        let mut used_schemes = BTreeSet::new();
        let mut security_lists: Vec<&Value> = self.raw.get("security").into_iter().collect();
        if let Some(paths) = self.raw.get("paths").and_then(Value::as_object) {
            for item in paths.values() {
                for m in METHODS {
                    if let Some(s) = item.get(*m).and_then(|op| op.get("security")) {
                        security_lists.push(s);
                    }
                }
            }
        }
        for list in security_lists {
            for req in list.as_array().into_iter().flatten() {
                for name in req.as_object().into_iter().flat_map(|o| o.keys()) {
                    used_schemes.insert(name.clone());
                }
            }
        }
        let Some(components) = self.raw.get("components").and_then(Value::as_object) else {
            return;
        };
        for (kind, entries) in components {
            let Some(entries) = entries.as_object() else {
                continue;
            };
            for name in entries.keys() {
                let ptr = pointer_join(&format!("/components/{kind}"), &[name]);
                let used = if kind == "securitySchemes" {
                    used_schemes.contains(name)
                } else {
                    refs.contains(&format!("#{ptr}"))
                };
                if !used {
                    self.report(&ptr, format!("component `{name}` is never used"));
                }
            }
        }
    }

    /// OpenAPI 3.0 documents get 3.0.3's exact `nullable`. (A 3.1 document reaches the linter
    /// rewritten into the 3.0 shape, where `nullable` stands for an explicit `null` type.)
    fn strict_nullable(&self) -> bool {
        self.raw
            .get("openapi")
            .and_then(Value::as_str)
            .is_some_and(|v| v.starts_with("3.0"))
    }

    /// `nullable: true` beside `allOf`/`oneOf`/`anyOf` whose members all reject `null`: under
    /// 3.0.3 it widens only the schema's own `type`, so `null` is still rejected, though the
    /// author meant to admit it (strict validators refuse such responses).
    fn nullable_composites(&mut self) {
        if !self.strict_nullable() {
            return;
        }
        let mut found = Vec::new();
        nullable_composites_in(self.raw, String::new(), &mut found);
        for (ptr, keyword) in found {
            self.report(
                ptr,
                format!(
                    "`nullable: true` beside `{keyword}` does not admit null under OpenAPI 3.0.3 (it widens only this schema's `type`; the members still reject null): write `anyOf: [{{ $ref: ... }}, {{ type: object, nullable: true, enum: [null] }}]`"
                ),
            );
        }
    }

    fn examples(&mut self) {
        let definitions = match self
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            Some(schemas) => schemas
                .iter()
                .map(|(k, v)| (k.clone(), to_json_schema(v, self.strict_nullable())))
                .collect::<Map<String, Value>>(),
            None => Map::new(),
        };
        let mut checks: Vec<(String, Value, Value)> = Vec::new(); // (pointer, schema, example)
        self.collect_examples(self.raw, String::new(), &mut checks);
        for (ptr, schema, example) in checks {
            let mut root = to_json_schema(&schema, self.strict_nullable());
            if let Value::Object(m) = &mut root {
                m.insert("definitions".into(), Value::Object(definitions.clone()));
            } else {
                root = json!({ "allOf": [root], "definitions": definitions });
            }
            let validator = match jsonschema::options()
                .with_draft(jsonschema::Draft::Draft7)
                .should_validate_formats(true)
                .build(&root)
            {
                Ok(v) => v,
                Err(e) => {
                    self.report(&ptr, format!("schema cannot be checked: {e}"));
                    continue;
                }
            };
            for error in validator.iter_errors(&example) {
                let at = error.instance_path().to_string();
                let at = if at.is_empty() {
                    "the example".to_owned()
                } else {
                    format!("example{at}")
                };
                self.report(
                    &ptr,
                    format!("example does not match its schema: at {at}: {error}"),
                );
            }
        }
    }

    /// Finds (pointer, schema, example) triples: media types, parameters, headers and schemas
    /// with `example`/`examples`.
    fn collect_examples(&self, v: &Value, ptr: String, out: &mut Vec<(String, Value, Value)>) {
        let Value::Object(map) = v else {
            if let Value::Array(items) = v {
                for (i, item) in items.iter().enumerate() {
                    self.collect_examples(item, format!("{ptr}/{i}"), out);
                }
            }
            return;
        };
        if let Some(schema) = map.get("schema").filter(|s| s.is_object()) {
            let schema = schema.clone();
            if let Some(example) = map.get("example") {
                out.push((format!("{ptr}/example"), schema.clone(), example.clone()));
            }
            if let Some(Value::Object(examples)) = map.get("examples") {
                for (name, ex) in examples {
                    let ex = self.deref(ex);
                    if let Some(value) = ex.get("value") {
                        out.push((
                            format!("{ptr}/examples/{}", escape_token(name)),
                            schema.clone(),
                            value.clone(),
                        ));
                    }
                }
            }
        } else if map.contains_key("type")
            || map.contains_key("allOf")
            || map.contains_key("properties")
        {
            // A schema with its own example.
            if let Some(example) = map.get("example") {
                out.push((format!("{ptr}/example"), v.clone(), example.clone()));
            }
        }
        for (k, child) in map {
            if matches!(k.as_str(), "example" | "examples" | "default" | "enum") {
                continue;
            }
            self.collect_examples(child, format!("{ptr}/{}", escape_token(k)), out);
        }
    }
}

fn template_params(path: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.insert(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    out
}

fn collect_refs(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.insert(r.clone());
            }
            map.values().for_each(|c| collect_refs(c, out));
        }
        Value::Array(items) => items.iter().for_each(|c| collect_refs(c, out)),
        _ => {}
    }
}

/// Finds, under `v` (at `ptr`), schemas with `nullable: true` beside a composite keyword none of
/// whose members admits `null`. Example values are not schemas and are skipped.
fn nullable_composites_in(v: &Value, ptr: String, found: &mut Vec<(String, &'static str)>) {
    match v {
        Value::Object(map) => {
            if map.get("nullable") == Some(&Value::Bool(true)) {
                for keyword in ["allOf", "oneOf", "anyOf"] {
                    let Some(Value::Array(members)) = map.get(keyword) else {
                        continue;
                    };
                    let admits_null = keyword != "allOf" && members.iter().any(admits_null_alone);
                    if !admits_null {
                        found.push((ptr.clone(), keyword));
                    }
                }
            }
            for (k, child) in map {
                if matches!(k.as_str(), "example" | "examples" | "default" | "enum") {
                    continue;
                }
                nullable_composites_in(child, pointer_join(&ptr, &[k]), found);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                nullable_composites_in(child, pointer_join(&ptr, &[&i.to_string()]), found);
            }
        }
        _ => {}
    }
}

/// Whether a schema admits `null` under 3.0.3: its `enum` lists null, or it is `nullable` with
/// a `type`.
fn admits_null_alone(member: &Value) -> bool {
    let enum_null = member
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|e| e.contains(&Value::Null));
    let typed_nullable =
        member.get("nullable") == Some(&Value::Bool(true)) && member.get("type").is_some();
    enum_null || typed_nullable
}

/// OpenAPI 3.0 schema → JSON Schema draft 7 (`nullable`, `$ref` targets, OpenAPI-only keywords).
///
/// With `strict` (3.0 documents), `nullable` means what 3.0.3 says: it adds `null` to the
/// `type` of its own schema object and nothing more; an `enum` still has to list null, and the
/// members of `allOf`/`oneOf`/`anyOf` still apply. Without it (3.1 documents rewritten into
/// the 3.0 shape), `nullable` stands for an explicit `null` alternative of the whole schema.
pub fn to_json_schema(v: &Value, strict: bool) -> Value {
    let Value::Object(map) = v else {
        return v.clone();
    };
    if let Some(Value::String(r)) = map.get("$ref") {
        return json!({ "$ref": r.replace("#/components/schemas/", "#/definitions/") });
    }
    let convert = |s: &Value| to_json_schema(s, strict);
    let mut out = Map::new();
    for (k, child) in map {
        let converted = match k.as_str() {
            "nullable" | "discriminator" | "readOnly" | "writeOnly" | "xml" | "externalDocs"
            | "example" | "examples" | "deprecated" => continue,
            k if k.starts_with("x-") => continue,
            "format"
                if !matches!(
                    child.as_str(),
                    Some("date-time" | "date" | "uuid" | "uri" | "email")
                ) =>
            {
                continue;
            }
            "properties" => Value::Object(
                child
                    .as_object()
                    .map(|p| p.iter().map(|(n, s)| (n.clone(), convert(s))).collect())
                    .unwrap_or_default(),
            ),
            "items" | "not" => convert(child),
            "additionalProperties" if child.is_object() => convert(child),
            "allOf" | "oneOf" | "anyOf" => Value::Array(
                child
                    .as_array()
                    .map(|a| a.iter().map(convert).collect())
                    .unwrap_or_default(),
            ),
            _ => child.clone(),
        };
        out.insert(k.clone(), converted);
    }
    if map.get("nullable") != Some(&Value::Bool(true)) {
        return Value::Object(out);
    }
    if strict {
        if let Some(Value::String(t)) = out.get("type").cloned() {
            out.insert("type".into(), json!([t, "null"]));
        }
        return Value::Object(out);
    }
    let composite = ["allOf", "oneOf", "anyOf"]
        .iter()
        .any(|k| out.contains_key(*k));
    match out.get("type").cloned() {
        Some(Value::String(t)) if !composite => {
            out.insert("type".into(), json!([t, "null"]));
            if let Some(Value::Array(values)) = out.get_mut("enum") {
                values.push(Value::Null);
            }
            Value::Object(out)
        }
        _ => json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> Value {
        let path = crate::project_root().join("spec/openapi.yaml");
        let text = std::fs::read_to_string(path).unwrap();
        serde_yaml::from_str(&text).unwrap()
    }

    fn findings(raw: &Value) -> Vec<Diagnostic> {
        let text = serde_json::to_string(raw).unwrap();
        match generator::load::load_str("broken.json", &text) {
            Ok(doc) => lint(&doc.file, &doc.raw),
            Err(d) => d.0,
        }
    }

    fn assert_finding(raw: &Value, pointer: &str, needle: &str) {
        let found = findings(raw);
        assert!(
            found
                .iter()
                .any(|f| f.pointer == pointer && f.message.contains(needle)),
            "expected a finding at {pointer} containing {needle:?}, got:\n{}",
            found
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn the_spec_is_clean() {
        let found = findings(&spec());
        assert!(
            found.is_empty(),
            "{}",
            found
                .iter()
                .map(|f| f.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn a_missing_error_response_is_found() {
        let mut raw = spec();
        raw.pointer_mut("/paths/~1v3~1droplets~1{guid}/get/responses")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove("404");
        assert_finding(
            &raw,
            "/paths/~1v3~1droplets~1{guid}/get/responses",
            "missing 404",
        );
    }

    #[test]
    fn a_bad_example_is_found() {
        let mut raw = spec();
        *raw.pointer_mut("/components/examples/DropletStaged/value/state")
            .unwrap() = json!("MELTED");
        assert_finding(
            &raw,
            "/paths/~1v3~1droplets~1{guid}/get/responses/200/content/application~1json/examples/staged",
            "state",
        );
    }

    #[test]
    fn a_wrong_timestamp_in_an_example_is_found() {
        let mut raw = spec();
        *raw.pointer_mut("/components/examples/TaskRunning/value/created_at")
            .unwrap() = json!("yesterday");
        assert_finding(
            &raw,
            "/paths/~1v3~1tasks~1{guid}/get/responses/200/content/application~1json/examples/running",
            "created_at",
        );
    }

    #[test]
    fn a_dangling_ref_is_found() {
        let mut raw = spec();
        *raw.pointer_mut("/components/schemas/Droplet/properties/state")
            .unwrap() = json!({ "$ref": "#/components/schemas/Nope" });
        assert_finding(
            &raw,
            "/components/schemas/Droplet/properties/state/$ref",
            "does not exist",
        );
    }

    #[test]
    fn duplicate_operation_ids_are_found() {
        let mut raw = spec();
        *raw.pointer_mut("/paths/~1v3~1tasks/get/operationId")
            .unwrap() = json!("getTask");
        assert_finding(
            &raw,
            "/paths/~1v3~1tasks~1{guid}/get/operationId",
            "also used at /paths/~1v3~1tasks/get",
        );
    }

    #[test]
    fn an_undeclared_path_parameter_is_found() {
        let mut raw = spec();
        let item = raw.pointer_mut("/paths").unwrap().as_object_mut().unwrap();
        let moved = item.remove("/v3/jobs/{guid}").unwrap();
        item.insert("/v3/jobs/{job_guid}".into(), moved);
        assert_finding(
            &raw,
            "/paths/~1v3~1jobs~1{job_guid}/get",
            "`job_guid` is in the template but not declared",
        );
    }

    #[test]
    fn an_unused_component_is_found() {
        let mut raw = spec();
        raw.pointer_mut("/components/schemas")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert(
                "Orphan".into(),
                json!({ "type": "string", "description": "x" }),
            );
        assert_finding(&raw, "/components/schemas/Orphan", "never used");
    }

    #[test]
    fn a_missing_description_is_found() {
        let mut raw = spec();
        raw.pointer_mut("/components/schemas/Task/properties/name")
            .unwrap()
            .as_object_mut()
            .unwrap()
            .remove("description");
        assert_finding(
            &raw,
            "/components/schemas/Task/properties/name",
            "no description",
        );
    }

    #[test]
    fn nullable_follows_the_documents_version() {
        let string = json!({"type": "string", "nullable": true});
        assert_eq!(
            to_json_schema(&string, true),
            json!({"type": ["string", "null"]})
        );
        assert_eq!(
            to_json_schema(&string, false),
            json!({"type": ["string", "null"]})
        );
        // 3.0.3: `nullable` widens only the own `type`; the `allOf` member still rejects null.
        let composite = json!({"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/Link"}]});
        assert_eq!(
            to_json_schema(&composite, true),
            json!({"type": ["object", "null"], "allOf": [{"$ref": "#/definitions/Link"}]})
        );
        assert_eq!(
            to_json_schema(&composite, false),
            json!({"anyOf": [{"type": "object", "allOf": [{"$ref": "#/definitions/Link"}]}, {"type": "null"}]})
        );
        // An enum has to list null itself under 3.0.3.
        let states = json!({"type": "string", "nullable": true, "enum": ["A"]});
        assert_eq!(
            to_json_schema(&states, true),
            json!({"type": ["string", "null"], "enum": ["A"]})
        );
    }

    /// Validates `value` against `schema` as the linter does, with the spec's Link in scope.
    fn accepts(schema: &Value, value: &Value) -> bool {
        let mut root = to_json_schema(schema, true);
        root["definitions"] = json!({
            "Link": to_json_schema(&json!({"type": "object", "required": ["href"], "properties": {"href": {"type": "string"}}}), true)
        });
        jsonschema::options()
            .with_draft(jsonschema::Draft::Draft7)
            .build(&root)
            .unwrap()
            .is_valid(value)
    }

    #[test]
    fn the_specs_nullable_reference_admits_null_and_rejects_what_the_reference_rejects() {
        let form = json!({"anyOf": [{"$ref": "#/components/schemas/Link"}, {"type": "object", "nullable": true, "enum": [null]}]});
        assert!(accepts(&form, &Value::Null));
        assert!(accepts(
            &form,
            &json!({"href": "https://api.example.com/v3/droplets?page=2"})
        ));
        assert!(!accepts(&form, &json!({"href": 7})));
        assert!(!accepts(&form, &json!("https://api.example.com")));
        assert!(!accepts(&form, &json!({})));
        // The old form rejects null under 3.0.3.
        let old = json!({"type": "object", "nullable": true, "allOf": [{"$ref": "#/components/schemas/Link"}]});
        assert!(!accepts(&old, &Value::Null));
    }

    #[test]
    fn nullable_beside_allof_is_found_with_its_pointer() {
        let mut raw = spec();
        raw["components"]["schemas"]["Pagination"]["properties"]["next"] = json!({
            "description": "The next page, or null on the last page.",
            "type": "object",
            "nullable": true,
            "allOf": [{"$ref": "#/components/schemas/Link"}]
        });
        assert_finding(
            &raw,
            "/components/schemas/Pagination/properties/next",
            "does not admit null under OpenAPI 3.0.3",
        );
        // The spec's examples have `next: null`, which the old form now rejects.
        let found = findings(&raw);
        assert!(
            found
                .iter()
                .any(|d| d.message.contains("null") && d.pointer.contains("example")),
            "{found:#?}"
        );
    }
}
