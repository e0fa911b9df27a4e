//! The raw tree read into `openapiv3`'s types, schemas by hand.
//!
//! `openapiv3` reads a schema through an untagged `ReferenceOr` and two flattened halves,
//! so serde buffers every schema, and every schema nested in it, once per level before it
//! reads it: on a GitHub-size spec that is most of the time loading takes. Schemas are most
//! of such a document, so they are read here directly from the tree, and serde reads the
//! rest, a document in which each schema is a placeholder `$ref` ([`holed`]), which
//! [`fill`] then replaces with the schema read.
//!
//! The reading follows `openapiv3`'s own (`SchemaKind`'s `Deserialize`: the same keys, the
//! same order of choices, `null` as absent) and declines whatever it does not model exactly
//! (a value of an unexpected JSON type, a non-string `$ref`): serde reads that schema
//! instead. [`read`] answers `None` when anything does not add up (a placeholder serde did
//! not put where [`fill`] looks, a schema serde refuses), and the caller then reads the whole
//! tree with serde, which also explains any error. A test compares both readings of every
//! spec at hand.

use super::METHODS;
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, ArrayType, BooleanType, Discriminator, ExternalDocumentation,
    IntegerType, NumberType, ObjectType, OpenAPI, ReferenceOr, Schema, SchemaData, SchemaKind,
    StringType, Type,
};
use serde::Deserialize;
use serde_json::{Map, Value};

/// Marks a placeholder's `$ref`; no JSON pointer starts with a NUL.
const HOLE: char = '\0';

/// The document as `openapiv3`'s types, or `None` to read it with serde.
pub fn read(raw: &Value) -> Option<OpenAPI> {
    let mut schemas = Vec::new();
    let holed = holed::document(raw, &mut schemas);
    let mut openapi = OpenAPI::deserialize(&holed).ok()?;
    let mut parsed: Vec<Option<ReferenceOr<Schema>>> = schemas
        .iter()
        .map(|v| match reference_or_schema(v) {
            Some(s) => Some(Some(s)),
            None => ReferenceOr::<Schema>::deserialize(*v).ok().map(Some),
        })
        .collect::<Option<_>>()?;
    let mut filled = 0;
    fill::document(&mut openapi, &mut |slot| {
        if let ReferenceOr::Reference { reference } = slot {
            if let Some(i) = reference.strip_prefix(HOLE) {
                if let Some(schema) = i
                    .parse()
                    .ok()
                    .and_then(|i: usize| parsed.get_mut(i)?.take())
                {
                    *slot = schema;
                    filled += 1;
                }
            }
        }
    });
    (filled == schemas.len()).then_some(openapi)
}

/// A `$ref` or a schema.
fn reference_or_schema(v: &Value) -> Option<ReferenceOr<Schema>> {
    let object = v.as_object()?;
    match object.get("$ref") {
        Some(Value::String(r)) => Some(ReferenceOr::Reference {
            reference: r.clone(),
        }),
        Some(_) => None,
        None => Some(ReferenceOr::Item(schema(object)?)),
    }
}

fn boxed(v: &Value) -> Option<ReferenceOr<Box<Schema>>> {
    Some(match reference_or_schema(v)? {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference { reference },
        ReferenceOr::Item(s) => ReferenceOr::Item(Box::new(s)),
    })
}

/// The keys `SchemaKind` reads, as `openapiv3`'s `RawAnySchema` holds them.
#[derive(Default)]
struct Raw {
    typ: Option<String>,
    pattern: Option<String>,
    multiple_of: Option<serde_json::Number>,
    exclusive_minimum: Option<bool>,
    exclusive_maximum: Option<bool>,
    minimum: Option<serde_json::Number>,
    maximum: Option<serde_json::Number>,
    properties: Option<IndexMap<String, ReferenceOr<Box<Schema>>>>,
    required: Option<Vec<String>>,
    additional_properties: Option<AdditionalProperties>,
    min_properties: Option<usize>,
    max_properties: Option<usize>,
    items: Option<ReferenceOr<Box<Schema>>>,
    min_items: Option<usize>,
    max_items: Option<usize>,
    unique_items: Option<bool>,
    enumeration: Option<Vec<Value>>,
    format: Option<String>,
    min_length: Option<usize>,
    max_length: Option<usize>,
    one_of: Option<Vec<ReferenceOr<Schema>>>,
    all_of: Option<Vec<ReferenceOr<Schema>>>,
    any_of: Option<Vec<ReferenceOr<Schema>>>,
    not: Option<Box<ReferenceOr<Schema>>>,
}

/// `null` is absent; anything else is read by `f`, whose `None` declines the schema.
fn opt<T>(v: &Value, f: impl FnOnce(&Value) -> Option<T>) -> Option<Option<T>> {
    if v.is_null() {
        Some(None)
    } else {
        f(v).map(Some)
    }
}

fn string(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned)
}

fn size(v: &Value) -> Option<usize> {
    usize::try_from(v.as_u64()?).ok()
}

fn number(v: &Value) -> Option<serde_json::Number> {
    match v {
        Value::Number(n) => Some(n.clone()),
        _ => None,
    }
}

fn list(v: &Value) -> Option<Vec<ReferenceOr<Schema>>> {
    v.as_array()?.iter().map(reference_or_schema).collect()
}

fn schema(object: &Map<String, Value>) -> Option<Schema> {
    let mut data = SchemaData::default();
    let mut raw = Raw::default();
    for (key, v) in object {
        match key.as_str() {
            "nullable" => data.nullable = v.as_bool()?,
            "readOnly" => data.read_only = v.as_bool()?,
            "writeOnly" => data.write_only = v.as_bool()?,
            "deprecated" => data.deprecated = v.as_bool()?,
            "externalDocs" => {
                data.external_docs = opt(v, |v| ExternalDocumentation::deserialize(v).ok())?
            }
            "example" => data.example = opt(v, |v| Some(v.clone()))?,
            "title" => data.title = opt(v, string)?,
            "description" => data.description = opt(v, string)?,
            "discriminator" => data.discriminator = opt(v, |v| Discriminator::deserialize(v).ok())?,
            "default" => data.default = opt(v, |v| Some(v.clone()))?,
            "type" => raw.typ = opt(v, string)?,
            "pattern" => raw.pattern = opt(v, string)?,
            "multipleOf" => raw.multiple_of = opt(v, number)?,
            "exclusiveMinimum" => raw.exclusive_minimum = opt(v, Value::as_bool)?,
            "exclusiveMaximum" => raw.exclusive_maximum = opt(v, Value::as_bool)?,
            "minimum" => raw.minimum = opt(v, number)?,
            "maximum" => raw.maximum = opt(v, number)?,
            "properties" => {
                raw.properties = opt(v, |v| {
                    v.as_object()?
                        .iter()
                        .map(|(k, p)| Some((k.clone(), boxed(p)?)))
                        .collect()
                })?
            }
            "required" => raw.required = opt(v, |v| v.as_array()?.iter().map(string).collect())?,
            "additionalProperties" => {
                raw.additional_properties = opt(v, |v| match v {
                    Value::Bool(b) => Some(AdditionalProperties::Any(*b)),
                    Value::Object(_) => Some(AdditionalProperties::Schema(Box::new(
                        reference_or_schema(v)?,
                    ))),
                    _ => None,
                })?
            }
            "minProperties" => raw.min_properties = opt(v, size)?,
            "maxProperties" => raw.max_properties = opt(v, size)?,
            "items" => raw.items = opt(v, boxed)?,
            "minItems" => raw.min_items = opt(v, size)?,
            "maxItems" => raw.max_items = opt(v, size)?,
            "uniqueItems" => raw.unique_items = opt(v, Value::as_bool)?,
            "enum" => raw.enumeration = opt(v, |v| v.as_array().cloned())?,
            "format" => raw.format = opt(v, string)?,
            "minLength" => raw.min_length = opt(v, size)?,
            "maxLength" => raw.max_length = opt(v, size)?,
            "oneOf" => raw.one_of = opt(v, list)?,
            "allOf" => raw.all_of = opt(v, list)?,
            "anyOf" => raw.any_of = opt(v, list)?,
            "not" => raw.not = opt(v, |v| reference_or_schema(v).map(Box::new))?,
            k if k.starts_with("x-") => {
                data.extensions.insert(k.to_owned(), v.clone());
            }
            _ => {}
        }
    }
    Some(Schema {
        schema_data: data,
        schema_kind: kind(raw),
    })
}

/// `SchemaKind` from the keys it reads, choosing as `openapiv3` does: a typed schema when
/// only its type's keys are present (and its enum values have its type), a bare `oneOf`,
/// `allOf`, `anyOf` or `not`, else `Any`.
fn kind(raw: Raw) -> SchemaKind {
    // Which keys are present, in `Raw`'s order.
    let present = [
        raw.typ.is_some(),
        raw.pattern.is_some(),
        raw.multiple_of.is_some(),
        raw.exclusive_minimum.is_some(),
        raw.exclusive_maximum.is_some(),
        raw.minimum.is_some(),
        raw.maximum.is_some(),
        raw.properties.is_some(),
        raw.required.is_some(),
        raw.additional_properties.is_some(),
        raw.min_properties.is_some(),
        raw.max_properties.is_some(),
        raw.items.is_some(),
        raw.min_items.is_some(),
        raw.max_items.is_some(),
        raw.unique_items.is_some(),
        raw.enumeration.is_some(),
        raw.format.is_some(),
        raw.min_length.is_some(),
        raw.max_length.is_some(),
        raw.one_of.is_some(),
        raw.all_of.is_some(),
        raw.any_of.is_some(),
        raw.not.is_some(),
    ];
    let only = |allowed: &[usize]| {
        present
            .iter()
            .enumerate()
            .all(|(i, &p)| !p || allowed.contains(&i))
    };
    let mut raw = raw;
    if let Some(ty) = typed(&mut raw, &only) {
        return SchemaKind::Type(ty);
    }
    let alone = |key: usize| present[key] && only(&[key]);
    match raw {
        Raw {
            one_of: Some(one_of),
            ..
        } if alone(key::ONE_OF) => SchemaKind::OneOf { one_of },
        Raw {
            all_of: Some(all_of),
            ..
        } if alone(key::ALL_OF) => SchemaKind::AllOf { all_of },
        Raw {
            any_of: Some(any_of),
            ..
        } if alone(key::ANY_OF) => SchemaKind::AnyOf { any_of },
        Raw { not: Some(not), .. } if alone(key::NOT) => SchemaKind::Not { not },
        raw => SchemaKind::Any(AnySchema {
            typ: raw.typ,
            pattern: raw.pattern,
            multiple_of: raw.multiple_of.and_then(|n| n.as_f64()),
            exclusive_minimum: raw.exclusive_minimum,
            exclusive_maximum: raw.exclusive_maximum,
            minimum: raw.minimum.and_then(|n| n.as_f64()),
            maximum: raw.maximum.and_then(|n| n.as_f64()),
            properties: raw.properties.unwrap_or_default(),
            required: raw.required.unwrap_or_default(),
            additional_properties: raw.additional_properties,
            min_properties: raw.min_properties,
            max_properties: raw.max_properties,
            items: raw.items,
            min_items: raw.min_items,
            max_items: raw.max_items,
            unique_items: raw.unique_items,
            enumeration: raw.enumeration.unwrap_or_default(),
            format: raw.format,
            min_length: raw.min_length,
            max_length: raw.max_length,
            one_of: raw.one_of.unwrap_or_default(),
            all_of: raw.all_of.unwrap_or_default(),
            any_of: raw.any_of.unwrap_or_default(),
            not: raw.not,
        }),
    }
}

/// The positions of `kind`'s list of present keys.
mod key {
    pub const TYPE: usize = 0;
    pub const PATTERN: usize = 1;
    pub const NUMERIC: [usize; 5] = [2, 3, 4, 5, 6];
    pub const OBJECT: [usize; 5] = [7, 8, 9, 10, 11];
    pub const ARRAY: [usize; 4] = [12, 13, 14, 15];
    pub const ENUM: usize = 16;
    pub const FORMAT: usize = 17;
    pub const LENGTH: [usize; 2] = [18, 19];
    pub const ONE_OF: usize = 20;
    pub const ALL_OF: usize = 21;
    pub const ANY_OF: usize = 22;
    pub const NOT: usize = 23;
}

/// The typed schema `raw` is, if it is one (and then its keys are taken): only its type's keys
/// are present (`only` says whether nothing outside a list is), and its enum values have its
/// type.
fn typed(raw: &mut Raw, only: &impl Fn(&[usize]) -> bool) -> Option<Type> {
    use key::*;
    let values_are = |raw: &Raw, check: fn(&Value) -> bool| {
        raw.enumeration
            .as_ref()
            .is_none_or(|values| values.iter().all(|v| v.is_null() || check(v)))
    };
    let int_or_none = |n: &Option<serde_json::Number>| n.as_ref().is_none_or(|n| n.is_i64());
    let numeric = [&[TYPE, ENUM, FORMAT][..], &NUMERIC].concat();
    match raw.typ.as_deref() {
        Some("string")
            if only(&[TYPE, PATTERN, ENUM, FORMAT, LENGTH[0], LENGTH[1]])
                && values_are(raw, Value::is_string) =>
        {
            let raw = std::mem::take(raw);
            Some(Type::String(StringType {
                format: raw.format.into(),
                pattern: raw.pattern,
                enumeration: enumerated(raw.enumeration, |v| v.as_str().map(str::to_owned)),
                min_length: raw.min_length,
                max_length: raw.max_length,
            }))
        }
        Some("number") if only(&numeric) && values_are(raw, Value::is_number) => {
            let raw = std::mem::take(raw);
            Some(Type::Number(NumberType {
                format: raw.format.into(),
                multiple_of: raw.multiple_of.and_then(|n| n.as_f64()),
                exclusive_minimum: raw.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: raw.exclusive_maximum.unwrap_or_default(),
                minimum: raw.minimum.and_then(|n| n.as_f64()),
                maximum: raw.maximum.and_then(|n| n.as_f64()),
                enumeration: enumerated(raw.enumeration, Value::as_f64),
            }))
        }
        Some("integer")
            if only(&numeric)
                && values_are(raw, Value::is_i64)
                && int_or_none(&raw.multiple_of)
                && int_or_none(&raw.minimum)
                && int_or_none(&raw.maximum) =>
        {
            let raw = std::mem::take(raw);
            Some(Type::Integer(IntegerType {
                format: raw.format.into(),
                multiple_of: raw.multiple_of.and_then(|n| n.as_i64()),
                exclusive_minimum: raw.exclusive_minimum.unwrap_or_default(),
                exclusive_maximum: raw.exclusive_maximum.unwrap_or_default(),
                minimum: raw.minimum.and_then(|n| n.as_i64()),
                maximum: raw.maximum.and_then(|n| n.as_i64()),
                enumeration: enumerated(raw.enumeration, Value::as_i64),
            }))
        }
        Some("boolean") if only(&[TYPE, ENUM]) && values_are(raw, Value::is_boolean) => {
            let raw = std::mem::take(raw);
            Some(Type::Boolean(BooleanType {
                enumeration: enumerated(raw.enumeration, Value::as_bool),
            }))
        }
        Some("object") if only(&[&[TYPE][..], &OBJECT].concat()) => {
            let raw = std::mem::take(raw);
            Some(Type::Object(ObjectType {
                properties: raw.properties.unwrap_or_default(),
                required: raw.required.unwrap_or_default(),
                additional_properties: raw.additional_properties,
                min_properties: raw.min_properties,
                max_properties: raw.max_properties,
            }))
        }
        Some("array") if only(&[&[TYPE][..], &ARRAY].concat()) => {
            let raw = std::mem::take(raw);
            Some(Type::Array(ArrayType {
                items: raw.items,
                min_items: raw.min_items,
                max_items: raw.max_items,
                unique_items: raw.unique_items.unwrap_or_default(),
            }))
        }
        _ => None,
    }
}

/// An enum's values as its type's, `null` as `None` (the values were checked first).
fn enumerated<T>(values: Option<Vec<Value>>, read: fn(&Value) -> Option<T>) -> Vec<Option<T>> {
    values
        .unwrap_or_default()
        .iter()
        .map(|v| if v.is_null() { None } else { read(v) })
        .collect()
}

/// The document with every schema outside a schema replaced by a placeholder `$ref`
/// (`HOLE` and the schema's index in `schemas`). It visits the places `openapiv3` reads a
/// schema from; a place it does not know keeps its schema, which [`fill`] then does not
/// find, and [`read`] gives up.
mod holed {
    use super::{HOLE, METHODS};
    use serde_json::{Map, Value};

    type Schemas<'a> = Vec<&'a Value>;

    fn hole<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        let mut placeholder = Map::new();
        placeholder.insert(
            "$ref".to_owned(),
            Value::String(format!("{HOLE}{}", schemas.len())),
        );
        schemas.push(v);
        Value::Object(placeholder)
    }

    /// `v` with `f` applied to the values of the keys `f` knows, as a new object.
    fn object<'a>(
        v: &'a Value,
        schemas: &mut Schemas<'a>,
        f: impl Fn(&str, &'a Value, &mut Schemas<'a>) -> Option<Value>,
    ) -> Value {
        let Value::Object(map) = v else {
            return v.clone();
        };
        let mut out = Map::with_capacity(map.len());
        for (k, v) in map {
            let v = f(k, v, schemas).unwrap_or_else(|| v.clone());
            out.insert(k.clone(), v);
        }
        Value::Object(out)
    }

    /// Each value of a map (or element of a list) through `f`.
    fn each<'a>(
        v: &'a Value,
        schemas: &mut Schemas<'a>,
        f: fn(&'a Value, &mut Schemas<'a>) -> Value,
    ) -> Value {
        match v {
            Value::Object(map) => {
                let mut out = Map::with_capacity(map.len());
                for (k, v) in map {
                    out.insert(k.clone(), f(v, schemas));
                }
                Value::Object(out)
            }
            Value::Array(list) => Value::Array(list.iter().map(|v| f(v, schemas)).collect()),
            _ => v.clone(),
        }
    }

    pub(super) fn document<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "paths" => Some(paths(v, schemas)),
            "components" => Some(components(v, schemas)),
            _ => None,
        })
    }

    fn paths<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| {
            (!k.starts_with("x-")).then(|| path_item(v, schemas))
        })
    }

    fn path_item<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "parameters" => Some(each(v, schemas, parameter)),
            k if METHODS.contains(&k) => Some(operation(v, schemas)),
            _ => None,
        })
    }

    fn operation<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "parameters" => Some(each(v, schemas, parameter)),
            "requestBody" => Some(with_content(v, schemas)),
            "responses" => Some(object(v, schemas, |k, v, schemas| {
                (!k.starts_with("x-")).then(|| response(v, schemas))
            })),
            "callbacks" => Some(each(v, schemas, callback)),
            _ => None,
        })
    }

    fn callback<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| {
            (!k.starts_with("x-")).then(|| path_item(v, schemas))
        })
    }

    /// A parameter or a header: a `schema`, or `content`.
    fn parameter<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "schema" => Some(hole(v, schemas)),
            "content" => Some(each(v, schemas, media_type)),
            _ => None,
        })
    }

    /// A request body.
    fn with_content<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| {
            (k == "content").then(|| each(v, schemas, media_type))
        })
    }

    fn response<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "content" => Some(each(v, schemas, media_type)),
            "headers" => Some(each(v, schemas, parameter)),
            _ => None,
        })
    }

    fn media_type<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "schema" => Some(hole(v, schemas)),
            "encoding" => Some(each(v, schemas, encoding)),
            _ => None,
        })
    }

    fn encoding<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| {
            (k == "headers").then(|| each(v, schemas, parameter))
        })
    }

    fn components<'a>(v: &'a Value, schemas: &mut Schemas<'a>) -> Value {
        object(v, schemas, |k, v, schemas| match k {
            "schemas" => Some(each(v, schemas, hole)),
            "parameters" | "headers" => Some(each(v, schemas, parameter)),
            "requestBodies" => Some(each(v, schemas, with_content)),
            "responses" => Some(each(v, schemas, response)),
            "callbacks" => Some(each(v, schemas, callback)),
            _ => None,
        })
    }
}

/// Every place of a typed document that holds a schema outside a schema, handed to `f`: the
/// places [`holed`] puts placeholders in.
mod fill {
    use openapiv3::{
        Callback, Components, Header, MediaType, OpenAPI, Operation, Parameter, ParameterData,
        ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody, Response, Schema,
    };

    type Slot<'f> = &'f mut dyn FnMut(&mut ReferenceOr<Schema>);

    pub(super) fn document(doc: &mut OpenAPI, f: Slot<'_>) {
        for item in doc.paths.paths.values_mut() {
            if let ReferenceOr::Item(item) = item {
                path_item(item, f);
            }
        }
        if let Some(c) = &mut doc.components {
            components(c, f);
        }
    }

    fn path_item(item: &mut PathItem, f: Slot<'_>) {
        parameters(&mut item.parameters, f);
        let PathItem {
            get,
            put,
            post,
            delete,
            options,
            head,
            patch,
            trace,
            ..
        } = item;
        for op in [get, put, post, delete, options, head, patch, trace]
            .into_iter()
            .flatten()
        {
            operation(op, f);
        }
    }

    fn operation(op: &mut Operation, f: Slot<'_>) {
        parameters(&mut op.parameters, f);
        if let Some(ReferenceOr::Item(body)) = &mut op.request_body {
            request_body(body, f);
        }
        let responses = op.responses.default.iter_mut();
        for r in responses.chain(op.responses.responses.values_mut()) {
            if let ReferenceOr::Item(r) = r {
                response(r, f);
            }
        }
        for c in op.callbacks.values_mut() {
            callback(c, f);
        }
    }

    fn callback(c: &mut Callback, f: Slot<'_>) {
        for item in c.values_mut() {
            path_item(item, f);
        }
    }

    fn parameters(list: &mut [ReferenceOr<Parameter>], f: Slot<'_>) {
        for p in list {
            if let ReferenceOr::Item(p) = p {
                schema_or_content(&mut data(p).format, f);
            }
        }
    }

    fn data(p: &mut Parameter) -> &mut ParameterData {
        match p {
            Parameter::Query { parameter_data, .. }
            | Parameter::Header { parameter_data, .. }
            | Parameter::Path { parameter_data, .. }
            | Parameter::Cookie { parameter_data, .. } => parameter_data,
        }
    }

    fn schema_or_content(format: &mut ParameterSchemaOrContent, f: Slot<'_>) {
        match format {
            ParameterSchemaOrContent::Schema(s) => f(s),
            ParameterSchemaOrContent::Content(content) => {
                for m in content.values_mut() {
                    media_type(m, f);
                }
            }
        }
    }

    fn header(h: &mut ReferenceOr<Header>, f: Slot<'_>) {
        if let ReferenceOr::Item(h) = h {
            schema_or_content(&mut h.format, f);
        }
    }

    fn request_body(body: &mut RequestBody, f: Slot<'_>) {
        for m in body.content.values_mut() {
            media_type(m, f);
        }
    }

    fn response(r: &mut Response, f: Slot<'_>) {
        for m in r.content.values_mut() {
            media_type(m, f);
        }
        for h in r.headers.values_mut() {
            header(h, f);
        }
    }

    fn media_type(m: &mut MediaType, f: Slot<'_>) {
        if let Some(s) = &mut m.schema {
            f(s);
        }
        for e in m.encoding.values_mut() {
            for h in e.headers.values_mut() {
                header(h, f);
            }
        }
    }

    fn components(c: &mut Components, f: Slot<'_>) {
        for s in c.schemas.values_mut() {
            f(s);
        }
        for p in c.parameters.values_mut() {
            if let ReferenceOr::Item(p) = p {
                schema_or_content(&mut data(p).format, f);
            }
        }
        for h in c.headers.values_mut() {
            header(h, f);
        }
        for b in c.request_bodies.values_mut() {
            if let ReferenceOr::Item(b) = b {
                request_body(b, f);
            }
        }
        for r in c.responses.values_mut() {
            if let ReferenceOr::Item(r) = r {
                response(r, f);
            }
        }
        for cb in c.callbacks.values_mut() {
            if let ReferenceOr::Item(cb) = cb {
                callback(cb, f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both readings of a schema agree, for the shapes `SchemaKind` chooses between and the
    /// values it declines.
    #[test]
    fn schemas_read_as_serde_reads_them() {
        let cases = [
            r##"{"type": "string", "format": "date-time", "enum": ["a", null], "maxLength": 3}"##,
            r##"{"type": "string", "enum": [1]}"##,
            r##"{"type": "string", "minimum": 1}"##,
            r##"{"type": "integer", "minimum": 1.5}"##,
            r##"{"type": "integer", "format": "int64", "maximum": 9, "enum": [1, 2, null]}"##,
            r##"{"type": "number", "multipleOf": 0.5, "exclusiveMinimum": true}"##,
            r##"{"type": "boolean", "enum": [true], "nullable": true}"##,
            r##"{"type": "boolean", "format": "x"}"##,
            r##"{"type": "object", "properties": {"a": {"$ref": "#/x"}, "b": {"type": "array", "items": {}}}, "required": ["a"], "additionalProperties": false}"##,
            r##"{"type": "object", "additionalProperties": {"type": "string"}, "x-tag": [1]}"##,
            r##"{"type": "object", "oneOf": [{"type": "string"}]}"##,
            r##"{"type": "array", "items": {"type": "string"}, "uniqueItems": true, "minItems": 1}"##,
            r##"{"oneOf": [{"$ref": "#/a"}, {"type": "integer"}], "discriminator": {"propertyName": "k", "mapping": {"a": "#/a"}}}"##,
            r##"{"allOf": [{"$ref": "#/a"}], "description": "d", "title": "t", "default": {"k": 1}}"##,
            r##"{"anyOf": [{}], "readOnly": true, "example": null, "default": null}"##,
            r##"{"not": {"type": "string"}, "deprecated": true}"##,
            r##"{"not": {"type": "string"}, "anyOf": [{}]}"##,
            r##"{"type": "file", "pattern": "x", "externalDocs": {"url": "https://e"}}"##,
            r##"{"type": null, "properties": null, "enum": null}"##,
            r##"{"$ref": "#/a", "description": "ignored"}"##,
            r##"{}"##,
        ];
        for case in cases {
            let v: Value = serde_json::from_str(case).unwrap();
            let by_serde = ReferenceOr::<Schema>::deserialize(&v).unwrap();
            assert_eq!(reference_or_schema(&v), Some(by_serde), "{case}");
        }
        // What it declines, serde reads (or refuses).
        for case in [
            r##"{"$ref": 1}"##,
            r##"{"nullable": "yes"}"##,
            r##"{"type": "string", "maxLength": -1}"##,
            r##"{"type": "string", "maxLength": 1.0}"##,
            r##"{"additionalProperties": 1}"##,
            r##"true"##,
        ] {
            let v: Value = serde_json::from_str(case).unwrap();
            assert_eq!(reference_or_schema(&v), None, "{case}");
        }
    }

    /// A whole document reads the same both ways, with schemas in every place `holed` knows
    /// and one it does not (an extension), which serde reads as it is.
    #[test]
    fn a_document_reads_as_serde_reads_it() {
        let text = include_str!("../../tests/fixtures/features.yaml");
        let doc = crate::load::load_str("features.yaml", text).unwrap();
        let by_serde = OpenAPI::deserialize(&doc.raw).unwrap();
        assert_eq!(read(&doc.raw).as_ref(), Some(&by_serde));
        let mut schemas = Vec::new();
        holed::document(&doc.raw, &mut schemas);
        assert!(schemas.len() > 30, "{} schemas", schemas.len());
    }

    /// Every spec at hand reads the same both ways (and is refused by both, or neither): the
    /// fixtures, the third-party specs beside the workspace, and the directories in
    /// `SPECS_TO_COMPARE` (`:`-separated; the test command names the real specs there).
    #[test]
    fn every_spec_at_hand_reads_as_serde_reads_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut dirs = vec![
            root.join("tests/fixtures"),
            root.join("../../shared/specs/third-party"),
        ];
        if let Ok(more) = std::env::var("SPECS_TO_COMPARE") {
            dirs.extend(more.split(':').map(std::path::PathBuf::from));
        }
        let mut compared = 0;
        for dir in dirs {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for path in paths {
                let is_spec = path
                    .extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json");
                let Ok(doc) = crate::load::load_file(&path)
                    .map_err(|_| ())
                    .and_then(|d| is_spec.then_some(d).ok_or(()))
                else {
                    continue;
                };
                let by_serde = OpenAPI::deserialize(&doc.raw).ok();
                assert_eq!(read(&doc.raw), by_serde, "{}", path.display());
                compared += 1;
            }
        }
        assert!(compared > 20, "{compared} specs compared");
    }

    /// A schema serde refuses makes the reading give up, so serde's error is the one reported.
    #[test]
    fn a_refused_schema_gives_up() {
        let raw: Value = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {},
            "components": {"schemas": {"A": {"type": "string", "maxLength": "long"}}}
        });
        assert!(OpenAPI::deserialize(&raw).is_err());
        assert_eq!(read(&raw), None);
    }
}
