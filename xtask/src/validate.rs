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

    fn examples(&mut self) {
        let definitions = match self
            .raw
            .pointer("/components/schemas")
            .and_then(Value::as_object)
        {
            Some(schemas) => schemas
                .iter()
                .map(|(k, v)| (k.clone(), to_json_schema(v)))
                .collect::<Map<String, Value>>(),
            None => Map::new(),
        };
        let mut checks: Vec<(String, Value, Value)> = Vec::new(); // (pointer, schema, example)
        self.collect_examples(self.raw, String::new(), &mut checks);
        for (ptr, schema, example) in checks {
            let mut root = to_json_schema(&schema);
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

/// OpenAPI 3.0 schema → JSON Schema draft 7 (`nullable`, `$ref` targets, OpenAPI-only keywords).
pub fn to_json_schema(v: &Value) -> Value {
    let Value::Object(map) = v else {
        return v.clone();
    };
    if let Some(Value::String(r)) = map.get("$ref") {
        return json!({ "$ref": r.replace("#/components/schemas/", "#/definitions/") });
    }
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
                    .map(|p| {
                        p.iter()
                            .map(|(n, s)| (n.clone(), to_json_schema(s)))
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
            "items" | "not" => to_json_schema(child),
            "additionalProperties" if child.is_object() => to_json_schema(child),
            "allOf" | "oneOf" | "anyOf" => Value::Array(
                child
                    .as_array()
                    .map(|a| a.iter().map(to_json_schema).collect())
                    .unwrap_or_default(),
            ),
            _ => child.clone(),
        };
        out.insert(k.clone(), converted);
    }
    if map.get("nullable") == Some(&Value::Bool(true)) {
        // `nullable` admits null for the whole schema, `allOf` members included.
        let composite = ["allOf", "oneOf", "anyOf"]
            .iter()
            .any(|k| out.contains_key(*k));
        match out.get("type").cloned() {
            Some(Value::String(t)) if !composite => {
                out.insert("type".into(), json!([t, "null"]));
                if let Some(Value::Array(values)) = out.get_mut("enum") {
                    values.push(Value::Null);
                }
            }
            _ => return json!({ "anyOf": [Value::Object(out), { "type": "null" }] }),
        }
    }
    Value::Object(out)
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
    fn nullable_becomes_a_null_type() {
        assert_eq!(
            to_json_schema(&json!({"type": "string", "nullable": true})),
            json!({"type": ["string", "null"]})
        );
        assert_eq!(
            to_json_schema(
                &json!({"allOf": [{"$ref": "#/components/schemas/Link"}], "nullable": true})
            ),
            json!({"anyOf": [{"allOf": [{"$ref": "#/definitions/Link"}]}, {"type": "null"}]})
        );
    }
}
