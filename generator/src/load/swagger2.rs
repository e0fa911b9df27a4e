//! Swagger 2.0 → OpenAPI 3.0.3, in place, so one typed model serves every version.
//!
//! | Swagger 2.0                                   | OpenAPI 3.0                                  |
//! |-----------------------------------------------|----------------------------------------------|
//! | `host`, `basePath`, `schemes`                 | `servers`                                    |
//! | `definitions`                                 | `components/schemas`                         |
//! | `parameters` (non-body)                       | `components/parameters`, type under `schema` |
//! | a `body` parameter                            | `requestBody` (`components/requestBodies`)   |
//! | `formData` parameters                         | a form or multipart `requestBody` object     |
//! | `type: file`                                  | `type: string, format: binary`               |
//! | `collectionFormat` csv/ssv/pipes/multi        | `style`/`explode`                            |
//! | `consumes`, `produces`                        | the media types of bodies and responses      |
//! | `responses` with `schema`                     | `content` for every produced media type      |
//! | `securityDefinitions` basic/apiKey/oauth2     | `components/securitySchemes` http/apiKey/flows |
//! | `x-nullable: true`                            | `nullable: true`                             |
//! | `discriminator: prop`                         | `discriminator: {propertyName: prop}`        |
//!
//! Every moved part is recorded in the [`SourceMap`], so a diagnostic about a converted
//! document names the place in the 2.0 text (`/definitions/Pet`, `/paths/~1pets/post/parameters/0`).

use crate::diagnostics::{Diagnostic, Diagnostics, escape_token, pointer_join};
use crate::load::sources::SourceMap;
use serde_json::{Map, Value, json};

/// Swagger 2.0's operations: OpenAPI 3's less `trace`.
const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch"];

/// Keys a 2.0 non-body parameter keeps; the rest describe its value and move under `schema`.
const PARAMETER_KEYS: &[&str] = &[
    "name",
    "in",
    "description",
    "required",
    "deprecated",
    "allowEmptyValue",
    "collectionFormat",
    "x-example",
];

/// Converts the 2.0 document `doc` (from `file`) in place.
pub fn convert(
    file: &str,
    doc: &mut Value,
    sources: &mut SourceMap,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(), Diagnostics> {
    let Some(version) = doc.get("swagger") else {
        return Ok(());
    };
    if version.as_str().map(|v| v.trim()) != Some("2.0") {
        return Err(Diagnostics::one(Diagnostic::new(
            file,
            "/swagger",
            format!("Swagger version {version} is not supported (2.0 is)"),
        )));
    }
    let Value::Object(root) = std::mem::take(doc) else {
        return Err(Diagnostics::one(Diagnostic::new(
            file,
            "",
            "the document must be a mapping",
        )));
    };
    sources.step();
    let mut cx = Converter {
        file,
        sources,
        warnings,
        consumes: media_types(root.get("consumes")),
        produces: media_types(root.get("produces")),
        root_parameters: root
            .get("parameters")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
    };
    let mut out = Map::new();
    out.insert("openapi".into(), json!("3.0.3"));
    out.insert("servers".into(), servers(&root));
    let mut components = Map::new();
    for (key, value) in root {
        match key.as_str() {
            "swagger" | "host" | "basePath" | "schemes" | "consumes" | "produces" => {}
            "definitions" => {
                cx.sources
                    .record("/components/schemas".into(), None, "/definitions".into());
                let mut schemas = value;
                if let Value::Object(map) = &mut schemas {
                    map.values_mut().for_each(schema);
                }
                components.insert("schemas".into(), schemas);
            }
            "parameters" => cx.root_parameters_into(&value, &mut components),
            "responses" => {
                let mut responses = Map::new();
                for (name, r) in value.as_object().into_iter().flatten() {
                    let to = pointer_join("/components/responses", &[name]);
                    let from = pointer_join("/responses", &[name]);
                    cx.sources.record(to, None, from);
                    responses.insert(name.clone(), cx.response(r.clone(), &cx.produces.clone()));
                }
                components.insert("responses".into(), Value::Object(responses));
            }
            "securityDefinitions" => {
                cx.sources.record(
                    "/components/securitySchemes".into(),
                    None,
                    "/securityDefinitions".into(),
                );
                let mut schemes = Map::new();
                for (name, s) in value.as_object().into_iter().flatten() {
                    schemes.insert(name.clone(), security_scheme(s));
                }
                components.insert("securitySchemes".into(), Value::Object(schemes));
            }
            "paths" => {
                let mut paths = Map::new();
                for (path, item) in value.as_object().into_iter().flatten() {
                    paths.insert(path.clone(), cx.path_item(path, item.clone()));
                }
                out.insert("paths".into(), Value::Object(paths));
            }
            _ => {
                out.insert(key, value);
            }
        }
    }
    if !components.is_empty() {
        out.insert("components".into(), Value::Object(components));
    }
    out.entry("paths").or_insert_with(|| json!({}));
    let mut converted = Value::Object(out);
    rewrite_refs(&mut converted);
    *doc = converted;
    Ok(())
}

struct Converter<'a> {
    file: &'a str,
    sources: &'a mut SourceMap,
    warnings: &'a mut Vec<Diagnostic>,
    consumes: Vec<String>,
    produces: Vec<String>,
    root_parameters: Map<String, Value>,
}

impl Converter<'_> {
    /// Root `parameters`: body ones become request bodies, form ones stay to be merged into
    /// the operations that use them, the rest become 3.0 parameters.
    fn root_parameters_into(&mut self, value: &Value, components: &mut Map<String, Value>) {
        let mut parameters = Map::new();
        let mut bodies = Map::new();
        for (name, p) in value.as_object().into_iter().flatten() {
            let from = pointer_join("/parameters", &[name]);
            match p.get("in").and_then(Value::as_str) {
                Some("body") => {
                    let to = pointer_join("/components/requestBodies", &[name]);
                    self.sources.record(to, None, from);
                    bodies.insert(name.clone(), self.body(p, &self.consumes.clone()));
                }
                Some("formData") => {}
                _ => {
                    let to = pointer_join("/components/parameters", &[name]);
                    self.sources.record(to, None, from);
                    parameters.insert(name.clone(), parameter(p.clone()));
                }
            }
        }
        if !parameters.is_empty() {
            components.insert("parameters".into(), Value::Object(parameters));
        }
        if !bodies.is_empty() {
            components.insert("requestBodies".into(), Value::Object(bodies));
        }
    }

    fn path_item(&mut self, path: &str, item: Value) -> Value {
        let Value::Object(item) = item else {
            return item;
        };
        let at = pointer_join("/paths", &[path]);
        let shared: Vec<Value> = item
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let mut out = Map::new();
        for (key, value) in &item {
            if METHODS.contains(&key.as_str()) {
                let op_at = format!("{at}/{}", escape_token(key));
                out.insert(
                    key.clone(),
                    self.operation(&op_at, &at, value.clone(), &shared),
                );
            } else if key != "parameters" {
                out.insert(key.clone(), value.clone());
            }
        }
        // Path-level parameters that are not bodies stay there; bodies went to the operations.
        let mut kept = Vec::new();
        for (i, p) in shared.iter().enumerate() {
            if !matches!(self.location(p).as_deref(), Some("body" | "formData")) {
                let from = format!("{at}/parameters/{i}");
                self.sources
                    .record(format!("{at}/parameters/{}", kept.len()), None, from);
                kept.push(self.parameter_or_ref(p));
            }
        }
        if !kept.is_empty() {
            out.insert("parameters".into(), Value::Array(kept));
        }
        Value::Object(out)
    }

    /// Where a parameter (or a reference to a root one) goes.
    fn location(&self, p: &Value) -> Option<String> {
        let p = self.deref_parameter(p)?;
        p.get("in").and_then(Value::as_str).map(str::to_owned)
    }

    fn deref_parameter<'p>(&'p self, p: &'p Value) -> Option<&'p Value> {
        match p.get("$ref").and_then(Value::as_str) {
            Some(r) => self.root_parameters.get(r.strip_prefix("#/parameters/")?),
            None => Some(p),
        }
    }

    fn parameter_or_ref(&self, p: &Value) -> Value {
        if p.get("$ref").is_some() {
            p.clone()
        } else {
            parameter(p.clone())
        }
    }

    fn operation(&mut self, at: &str, path_at: &str, op: Value, shared: &[Value]) -> Value {
        let Value::Object(op) = op else { return op };
        let consumes = op
            .get("consumes")
            .map(|c| media_types(Some(c)))
            .unwrap_or_else(|| self.consumes.clone());
        let produces = op
            .get("produces")
            .map(|c| media_types(Some(c)))
            .unwrap_or_else(|| self.produces.clone());
        let own: Vec<Value> = op
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        // An operation's parameter overrides a path-level one of the same name and location.
        let key = |p: &Value, cx: &Self| {
            cx.deref_parameter(p).map(|p| {
                (
                    p.get("name").cloned().unwrap_or(Value::Null),
                    p.get("in").cloned().unwrap_or(Value::Null),
                )
            })
        };
        let mut all: Vec<(String, Value)> = Vec::new();
        for (i, p) in shared.iter().enumerate() {
            let overridden = own.iter().any(|o| key(o, self) == key(p, self));
            if !overridden && matches!(self.location(p).as_deref(), Some("body" | "formData")) {
                all.push((format!("{path_at}/parameters/{i}"), p.clone()));
            }
        }
        for (i, p) in own.iter().enumerate() {
            all.push((format!("{at}/parameters/{i}"), p.clone()));
        }
        let mut parameters = Vec::new();
        let mut form: Vec<(String, Value)> = Vec::new();
        let mut body = None;
        for (from, p) in all {
            match self.location(&p).as_deref() {
                Some("body") => {
                    self.sources
                        .record(format!("{at}/requestBody"), None, from.clone());
                    body = Some(match p.get("$ref").and_then(Value::as_str) {
                        Some(r) => {
                            json!({ "$ref": r.replacen("#/parameters/", "#/components/requestBodies/", 1) })
                        }
                        None => self.body(&p, &consumes),
                    });
                }
                Some("formData") => {
                    let resolved = self.deref_parameter(&p).cloned().unwrap_or(p);
                    form.push((from, resolved));
                }
                _ => {
                    self.sources.record(
                        format!("{at}/parameters/{}", parameters.len()),
                        None,
                        from,
                    );
                    parameters.push(self.parameter_or_ref(&p));
                }
            }
        }
        if !form.is_empty() {
            body = Some(self.form_body(at, &form, &consumes));
        }
        let mut out = Map::new();
        for (key, value) in op {
            match key.as_str() {
                "consumes" | "produces" | "parameters" | "schemes" => {}
                "responses" => {
                    let mut responses = Map::new();
                    for (status, r) in value.as_object().into_iter().flatten() {
                        responses.insert(status.clone(), self.response(r.clone(), &produces));
                    }
                    out.insert(key, Value::Object(responses));
                }
                _ => {
                    out.insert(key, value);
                }
            }
        }
        if !parameters.is_empty() {
            out.insert("parameters".into(), Value::Array(parameters));
        }
        if let Some(body) = body {
            out.insert("requestBody".into(), body);
        }
        Value::Object(out)
    }

    /// A `body` parameter as a request body with a media type per `consumes` entry.
    fn body(&self, p: &Value, consumes: &[String]) -> Value {
        let mut s = p.get("schema").cloned().unwrap_or_else(|| json!({}));
        schema(&mut s);
        let types: Vec<String> = if consumes.is_empty() {
            vec!["application/json".into()]
        } else {
            consumes.to_vec()
        };
        let content: Map<String, Value> = types
            .into_iter()
            .map(|t| (t, json!({ "schema": s.clone() })))
            .collect();
        let mut out = Map::new();
        if let Some(d) = p.get("description") {
            out.insert("description".into(), d.clone());
        }
        out.insert("content".into(), Value::Object(content));
        if p.get("required") == Some(&Value::Bool(true)) {
            out.insert("required".into(), Value::Bool(true));
        }
        Value::Object(out)
    }

    /// `formData` parameters as one object schema, sent as multipart when the operation
    /// consumes it or uploads a file, else as a urlencoded form.
    fn form_body(&mut self, at: &str, form: &[(String, Value)], consumes: &[String]) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut has_file = false;
        for (from, p) in form {
            let Some(name) = p.get("name").and_then(Value::as_str) else {
                self.warnings.push(self.sources.diagnostic(
                    self.file,
                    from,
                    "a formData parameter without a name is left out",
                ));
                continue;
            };
            has_file |= p.get("type").and_then(Value::as_str) == Some("file");
            let converted = parameter(p.clone());
            let mut s = converted
                .get("schema")
                .cloned()
                .unwrap_or_else(|| json!({}));
            if let Some(d) = p.get("description") {
                if let Value::Object(m) = &mut s {
                    m.entry("description").or_insert(d.clone());
                }
            }
            if p.get("required") == Some(&Value::Bool(true)) {
                required.push(json!(name));
            }
            properties.insert(name.to_owned(), s);
        }
        let multipart = has_file
            || consumes
                .iter()
                .any(|c| c.starts_with("multipart/form-data"));
        let media = if multipart {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        let mut s = Map::new();
        s.insert("type".into(), json!("object"));
        s.insert("properties".into(), Value::Object(properties));
        if !required.is_empty() {
            s.insert("required".into(), Value::Array(required.clone()));
        }
        if let Some((from, _)) = form.first() {
            self.sources
                .record(format!("{at}/requestBody"), None, from.clone());
        }
        let mut out = Map::new();
        out.insert(
            "content".into(),
            json!({ media: { "schema": Value::Object(s) } }),
        );
        if !required.is_empty() {
            out.insert("required".into(), Value::Bool(true));
        }
        Value::Object(out)
    }

    /// A 2.0 response: `schema` → `content` per produced media type, headers typed by schema.
    fn response(&self, r: Value, produces: &[String]) -> Value {
        let Value::Object(mut r) = r else { return r };
        if let Some(Value::String(reference)) = r.get("$ref") {
            return json!({ "$ref": reference.replacen("#/responses/", "#/components/responses/", 1) });
        }
        let mut out = Map::new();
        out.insert(
            "description".into(),
            r.remove("description").unwrap_or_else(|| json!("")),
        );
        let examples = r.remove("examples");
        if let Some(mut s) = r.remove("schema") {
            schema(&mut s);
            let types: Vec<String> = if produces.is_empty() {
                vec!["application/json".into()]
            } else {
                produces.to_vec()
            };
            let content: Map<String, Value> = types
                .into_iter()
                .map(|t| {
                    let mut media = Map::new();
                    media.insert("schema".into(), s.clone());
                    if let Some(example) = examples.as_ref().and_then(|e| e.get(&t)) {
                        media.insert("example".into(), example.clone());
                    }
                    (t, Value::Object(media))
                })
                .collect();
            out.insert("content".into(), Value::Object(content));
        }
        if let Some(Value::Object(headers)) = r.remove("headers") {
            let headers: Map<String, Value> = headers
                .into_iter()
                .map(|(name, h)| (name, header(h)))
                .collect();
            out.insert("headers".into(), Value::Object(headers));
        }
        for (k, v) in r {
            if k.starts_with("x-") {
                out.insert(k, v);
            }
        }
        Value::Object(out)
    }
}

/// A non-body 2.0 parameter: its value keywords move under `schema`, `collectionFormat`
/// becomes `style`/`explode`.
fn parameter(p: Value) -> Value {
    let Value::Object(p) = p else { return p };
    let mut out = Map::new();
    let mut s = Map::new();
    for (k, v) in &p {
        if PARAMETER_KEYS.contains(&k.as_str()) || k.starts_with("x-") {
            if k != "collectionFormat" && k != "x-example" {
                out.insert(k.clone(), v.clone());
            }
        } else {
            s.insert(k.clone(), v.clone());
        }
    }
    if let Some(example) = p.get("x-example") {
        out.insert("example".into(), example.clone());
    }
    let mut s = Value::Object(s);
    schema(&mut s);
    let is_array = s.get("type").and_then(Value::as_str) == Some("array");
    if is_array {
        let location = p.get("in").and_then(Value::as_str).unwrap_or("query");
        let (style, explode) = match p.get("collectionFormat").and_then(Value::as_str) {
            Some("multi") => ("form", true),
            Some("ssv") => ("spaceDelimited", false),
            Some("pipes") => ("pipeDelimited", false),
            // csv (the default) and tsv, which 3.0 lacks.
            _ => match location {
                "path" | "header" => ("simple", false),
                _ => ("form", false),
            },
        };
        out.insert("style".into(), json!(style));
        out.insert("explode".into(), json!(explode));
    }
    out.insert("schema".into(), s);
    Value::Object(out)
}

fn header(h: Value) -> Value {
    let Value::Object(h) = h else { return h };
    let mut out = Map::new();
    let mut s = Map::new();
    for (k, v) in h {
        match k.as_str() {
            "description" => {
                out.insert(k, v);
            }
            "collectionFormat" => {}
            _ => {
                s.insert(k, v);
            }
        }
    }
    let mut s = Value::Object(s);
    schema(&mut s);
    out.insert("schema".into(), s);
    Value::Object(out)
}

/// 2.0 schema keywords that differ from 3.0, rewritten throughout a schema.
fn schema(v: &mut Value) {
    let Value::Object(map) = v else { return };
    if map.contains_key("$ref") {
        return;
    }
    if map.get("type").and_then(Value::as_str) == Some("file") {
        map.insert("type".into(), json!("string"));
        map.insert("format".into(), json!("binary"));
    }
    if let Some(n) = map.remove("x-nullable") {
        map.insert("nullable".into(), n);
    }
    if let Some(Value::String(property)) = map.get("discriminator").cloned() {
        map.insert("discriminator".into(), json!({ "propertyName": property }));
    }
    for key in ["items", "additionalProperties", "not"] {
        if let Some(child) = map.get_mut(key) {
            schema(child);
        }
    }
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        props.values_mut().for_each(schema);
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = map.get_mut(key) {
            members.iter_mut().for_each(schema);
        }
    }
}

fn security_scheme(s: &Value) -> Value {
    let description = s.get("description").cloned();
    let mut out = match s.get("type").and_then(Value::as_str) {
        Some("basic") => json!({ "type": "http", "scheme": "basic" }),
        Some("apiKey") => json!({
            "type": "apiKey",
            "name": s.get("name").cloned().unwrap_or_else(|| json!("")),
            "in": s.get("in").cloned().unwrap_or_else(|| json!("header")),
        }),
        Some("oauth2") => {
            let scopes = s.get("scopes").cloned().unwrap_or_else(|| json!({}));
            let url = |k: &str| s.get(k).cloned().unwrap_or_else(|| json!(""));
            let flow = match s.get("flow").and_then(Value::as_str) {
                Some("implicit") => json!({ "implicit": {
                    "authorizationUrl": url("authorizationUrl"), "scopes": scopes } }),
                Some("password") => json!({ "password": {
                    "tokenUrl": url("tokenUrl"), "scopes": scopes } }),
                Some("application") => json!({ "clientCredentials": {
                    "tokenUrl": url("tokenUrl"), "scopes": scopes } }),
                _ => json!({ "authorizationCode": {
                    "authorizationUrl": url("authorizationUrl"),
                    "tokenUrl": url("tokenUrl"), "scopes": scopes } }),
            };
            json!({ "type": "oauth2", "flows": flow })
        }
        _ => s.clone(),
    };
    if let (Some(d), Value::Object(m)) = (description, &mut out) {
        m.insert("description".into(), d);
    }
    out
}

fn servers(root: &Map<String, Value>) -> Value {
    let base = root
        .get("basePath")
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim_end_matches('/');
    let Some(host) = root.get("host").and_then(Value::as_str) else {
        let url = if base.is_empty() { "/" } else { base };
        return json!([{ "url": url }]);
    };
    let schemes: Vec<&str> = root
        .get("schemes")
        .and_then(Value::as_array)
        .map(|s| s.iter().filter_map(Value::as_str).collect())
        .filter(|s: &Vec<&str>| !s.is_empty())
        .unwrap_or_else(|| vec!["https"]);
    Value::Array(
        schemes
            .into_iter()
            .map(|scheme| json!({ "url": format!("{scheme}://{host}{base}") }))
            .collect(),
    )
}

fn media_types(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// `#/definitions/X` → `#/components/schemas/X` (and parameters, responses) everywhere,
/// discriminator mappings included.
fn rewrite_refs(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                match (k.as_str(), child) {
                    ("$ref", Value::String(r)) => *r = rewrite_ref(r),
                    // Data, not references.
                    ("example" | "default" | "enum", _) => {}
                    (_, child) => rewrite_refs(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite_refs),
        _ => {}
    }
}

fn rewrite_ref(r: &str) -> String {
    for (from, to) in [
        ("#/definitions/", "#/components/schemas/"),
        ("#/parameters/", "#/components/parameters/"),
        ("#/responses/", "#/components/responses/"),
    ] {
        if let Some(rest) = r.strip_prefix(from) {
            return format!("{to}{rest}");
        }
    }
    r.to_owned()
}
