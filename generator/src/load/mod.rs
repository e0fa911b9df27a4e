//! Reading a spec: YAML or JSON text → a checked `openapiv3::OpenAPI`, with Swagger 2.0 and
//! OpenAPI 3.1 brought to 3.0.
//!
//! Loading happens in steps, each of which reports located errors:
//! 1. parse the text into a `serde_json::Value` (syntax errors carry a line and column);
//! 2. bundle a spec split across files into one tree ([`bundle`], files only);
//! 3. convert Swagger 2.0 into OpenAPI 3.0 ([`swagger2`]);
//! 4. normalize OpenAPI 3.1 constructs into their 3.0 equivalents ([`normalize`]) and accept
//!    what `openapiv3` refuses but real specs write ([`tolerate`]);
//! 5. check that every local `$ref` resolves ([`refs`]), then read the tree into `openapiv3`
//!    types ([`typed`]: schemas by hand, the rest by serde; where that gives up, serde reads
//!    it all and its path becomes a JSON pointer).
//!
//! Steps 2 and 3 move parts of the document; [`sources`] records each move so that every
//! diagnostic, here and in `lower`, names the file and pointer the user wrote.

mod bundle;
mod normalize;
pub(crate) use normalize::WEBHOOKS;
mod refine;
mod refs;
pub mod sources;
mod swagger2;
mod tolerate;
mod typed;

use crate::diagnostics::{Diagnostic, Diagnostics, escape_token};
use serde_json::Value;
use sources::SourceMap;
use std::collections::BTreeSet;
use std::path::Path;

/// The keys of a path item that hold operations.
pub(crate) const METHODS: &[&str] = &[
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// A loaded spec: the typed document plus the raw tree that `$ref`s point into.
#[derive(Debug, Clone)]
pub struct Document {
    /// The file name used in diagnostics.
    pub file: String,
    /// The `openapi` version string as written (`3.0.3`, `3.1.0`, ...).
    pub source_version: String,
    /// The raw document after 3.1 normalization.
    pub raw: Value,
    /// The typed document.
    pub openapi: openapiv3::OpenAPI,
    /// Where the parts of `raw` came from (split files, Swagger 2.0 places).
    pub sources: SourceMap,
    /// Security schemes met by the transport (`mutualTLS`), not by a request credential.
    pub transport_schemes: BTreeSet<String>,
    /// Findings of loading that do not stop generation.
    pub warnings: Vec<Diagnostic>,
}

impl Document {
    /// A diagnostic at `pointer` of the loaded document, in the user's file and pointer.
    pub fn diagnostic(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        self.sources.diagnostic(&self.file, pointer, message)
    }
}

/// Reads and loads a spec file.
pub fn load_file(path: &Path) -> Result<Document, Diagnostics> {
    let file = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Diagnostics::one(Diagnostic::new(
            &file,
            "",
            format!("cannot read the file: {e}"),
        ))
    })?;
    let raw = parse(&file, &text)?;
    drop(text);
    let mut sources = SourceMap::default();
    let raw = if bundle::has_external_ref(&raw) {
        bundle::bundle(path, &file, raw, &mut sources)?
    } else {
        raw
    };
    finish(&file, raw, sources)
}

/// Loads a spec from text; `file` names it in diagnostics. References to other files are
/// errors here (there is no directory to resolve them in); [`load_file`] reads them.
pub fn load_str(file: &str, text: &str) -> Result<Document, Diagnostics> {
    let raw = parse(file, text)?;
    finish(file, raw, SourceMap::default())
}

/// Converts, checks and types the raw tree.
fn finish(file: &str, mut raw: Value, mut sources: SourceMap) -> Result<Document, Diagnostics> {
    if !raw.is_object() {
        return Err(one(
            file,
            "",
            "not an OpenAPI document: the document must be a mapping",
        ));
    }
    let mut warnings = Vec::new();
    let mut swagger = None;
    if raw.get("openapi").is_none() && raw.get("swagger").is_some() {
        swagger = Some("2.0".to_owned());
        swagger2::convert(file, &mut raw, &mut sources, &mut warnings)?;
    }
    let version = match raw.get("openapi") {
        Some(Value::String(v)) => v.clone(),
        Some(_) => {
            return Err(one(
                file,
                "/openapi",
                "`openapi` must be a version string such as \"3.0.3\"",
            ));
        }
        None => {
            return Err(one(
                file,
                "",
                "not an OpenAPI document: the `openapi` field is missing",
            ));
        }
    };
    let is_31 = version.starts_with("3.1");
    if is_31 {
        normalize::to_openapi_30(&mut raw);
    } else if !version.starts_with("3.0") {
        return Err(one(
            file,
            "/openapi",
            format!("OpenAPI version {version} is not supported (3.0.x and 3.1.x are)"),
        ));
    }
    let transport_schemes = tolerate::apply(file, &sources, &mut raw, is_31, &mut warnings);
    let relocate =
        |d: Diagnostics| Diagnostics(d.0.into_iter().map(|d| sources.relocate(d)).collect());
    refs::check(file, &raw).map_err(relocate)?;
    let openapi = match typed::read(&raw) {
        Some(openapi) => openapi,
        None => deserialize(file, &raw).map_err(relocate)?,
    };
    Ok(Document {
        file: file.to_owned(),
        source_version: swagger.unwrap_or(version),
        raw,
        openapi,
        sources,
        transport_schemes,
        warnings,
    })
}

fn parse(file: &str, text: &str) -> Result<Value, Diagnostics> {
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| {
            let mut d = Diagnostic::new(file, "", format!("invalid JSON: {e}"));
            d.line = Some((e.line(), e.column()));
            Diagnostics::one(d)
        });
    }
    // Through `serde_yaml::Value` first: it rejects duplicate keys, which a direct
    // `serde_json::Value` would silently overwrite (losing half of the spec's data).
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let mut d = Diagnostic::new(file, "", format!("invalid YAML: {e}"));
        d.line = e.location().map(|l| (l.line(), l.column()));
        Diagnostics::one(d)
    })?;
    serde_json::to_value(&yaml).map_err(|e| {
        Diagnostics::one(Diagnostic::new(
            file,
            "",
            format!(
                "the YAML cannot be read as JSON (keys must be strings, numbers or booleans): {e}"
            ),
        ))
    })
}

fn deserialize(file: &str, raw: &Value) -> Result<openapiv3::OpenAPI, Diagnostics> {
    // `&Value` is a deserializer, so `raw` stays for later `$ref` lookups. Tracking the path
    // costs a third of the time on large specs, so it is paid only to explain a failure.
    use serde::Deserialize;
    if let Ok(openapi) = openapiv3::OpenAPI::deserialize(raw) {
        return Ok(openapi);
    }
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let pointer = serde_path_to_pointer(e.path());
        let inner = e.into_inner().to_string();
        // `openapiv3` flattens and untags many types, which hides the real place of an error
        // behind a parent (`/paths`). Deserialize the parts one by one to find it.
        let (pointer, message) = refine::locate(raw).unwrap_or((pointer, inner));
        Diagnostics::one(Diagnostic::new(
            file,
            pointer,
            format!("does not match the OpenAPI schema: {message}"),
        ))
    })
}

fn serde_path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push('/');
                out.push_str(&escape_token(key));
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn one(file: &str, pointer: &str, message: impl Into<String>) -> Diagnostics {
    Diagnostics::one(Diagnostic::new(file, pointer, message))
}

/// Resolves a local JSON pointer (`#/a/b`) in the raw document.
pub fn resolve_pointer<'a>(raw: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    let decoded = percent_decode(pointer);
    raw.pointer(&decoded)
}

/// `$ref`s may percent-encode characters (e.g. `%7B` for `{` in path keys).
fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_owned();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}
