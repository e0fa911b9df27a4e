//! Schemas → `ir::TypeRef`s and named `ir::TypeDef`s.

use super::{Lowerer, Target, docs};
use crate::diagnostics::{escape_token, pointer_join};
use crate::ir::{self, Constraints, Field, Presence, TypeKind, TypeRef};
use crate::names::{self, Scope};
use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, IntegerFormat, NumberFormat, ReferenceOr, Schema, SchemaData, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use std::borrow::Cow;

const COMPONENT_PREFIX: &str = "#/components/schemas/";

/// Property names whose values are secrets even when the spec does not say so.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "api_key",
    "apikey",
    "private_key",
    "access_key",
    "credential",
];

/// An object's parts, gathered from `properties` and every `allOf` member: borrowed from a
/// plain object schema, copied only when `allOf` members are merged.
struct ObjectParts<'s> {
    properties: Cow<'s, IndexMap<String, ReferenceOr<Box<Schema>>>>,
    required: Cow<'s, [String]>,
    additional: Cow<'s, Option<AdditionalProperties>>,
}

impl<'a> Lowerer<'a> {
    /// Gives every component schema its Rust name before any is lowered, so that references
    /// can be resolved in any order and component names win over inline ones.
    pub(super) fn reserve_components(&mut self) {
        let Some(components) = &self.doc.openapi.components else {
            return;
        };
        let keys: Vec<(String, bool)> = components
            .schemas
            .iter()
            .map(|(k, s)| {
                (
                    k.clone(),
                    matches!(s, ReferenceOr::Item(s) if s.schema_data.nullable),
                )
            })
            .collect();
        for (key, nullable) in keys {
            let name = self.type_names.claim(names::type_name(&key));
            self.components.insert(key, (name, nullable));
        }
    }

    pub(super) fn lower_components(&mut self) {
        // The document outlives the lowerer, so its schemas are read in place.
        let doc = self.doc;
        let Some(components) = &doc.openapi.components else {
            return;
        };
        for (key, schema) in &components.schemas {
            let (name, _) = self.components[key].clone();
            let pointer = pointer_join("/components/schemas", &[key]);
            match schema {
                ReferenceOr::Reference { reference } => {
                    let target = self.schema_ref(schema, &name, &pointer);
                    let d = ir::Docs {
                        description: Some(format!("Same as the schema at `{reference}`.")),
                        ..Default::default()
                    };
                    self.define(ir::TypeDef {
                        name,
                        origin: pointer,
                        docs: d,
                        kind: TypeKind::Alias(strip_nullable(target).0),
                    });
                }
                ReferenceOr::Item(s) => self.named_schema(s, name, &pointer),
            }
        }
    }

    /// Lowers a component schema under its reserved name: structs, enums and unions take the
    /// name; anything else becomes an alias of that name.
    fn named_schema(&mut self, s: &Schema, name: String, pointer: &str) {
        // `nullable` is carried by references instead (see `reserve_components`). Copied only
        // when set: a component schema holds its whole inline tree, and most are not nullable.
        let s = if s.schema_data.nullable {
            let mut s = s.clone();
            s.schema_data.nullable = false;
            Cow::Owned(s)
        } else {
            Cow::Borrowed(s)
        };
        let ty = self.schema_as(&s, &name, pointer, Some(name.clone()));
        if ty != TypeRef::Named(name.clone()) {
            let d = schema_docs(&s.schema_data);
            self.define(ir::TypeDef {
                name,
                origin: pointer.to_owned(),
                docs: d,
                kind: TypeKind::Alias(ty),
            });
        }
    }

    /// Lowers a schema or reference. `hint` names any inline type it defines.
    pub(crate) fn schema_ref(
        &mut self,
        s: &ReferenceOr<Schema>,
        hint: &str,
        pointer: &str,
    ) -> TypeRef {
        match s {
            ReferenceOr::Item(s) => self.schema(s, hint, pointer),
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
        }
    }

    fn boxed_ref(&mut self, s: &ReferenceOr<Box<Schema>>, hint: &str, pointer: &str) -> TypeRef {
        match s {
            ReferenceOr::Item(s) => self.schema(s, hint, pointer),
            ReferenceOr::Reference { reference } => self.reference(reference, pointer),
        }
    }

    fn reference(&mut self, reference: &str, at: &str) -> TypeRef {
        if let Some(key) = reference.strip_prefix(COMPONENT_PREFIX) {
            let key = unescape(key);
            if let Some((name, nullable)) = self.components.get(&key) {
                let named = TypeRef::Named(name.clone());
                return if *nullable {
                    TypeRef::Nullable(Box::new(named))
                } else {
                    named
                };
            }
        }
        if let Some(ty) = self.by_ref.get(reference) {
            return ty.clone();
        }
        // A reference into another place (a property of a component, a path's schema...).
        // Guard against self-reference while it is being lowered.
        self.by_ref.insert(reference.to_owned(), TypeRef::Json);
        let hint = reference
            .rsplit('/')
            .next()
            .map(unescape)
            .unwrap_or_default();
        let ty = match self.resolve_schema(reference, at) {
            Some(target) => {
                let pointer = reference.trim_start_matches('#').to_owned();
                let hint = names::type_name(&hint);
                self.schema_ref(&target, &hint, &pointer)
            }
            None => TypeRef::Json,
        };
        self.by_ref.insert(reference.to_owned(), ty.clone());
        ty
    }

    /// Lowers an inline schema; the result is `Nullable` when the schema is.
    pub(crate) fn schema(&mut self, s: &Schema, hint: &str, pointer: &str) -> TypeRef {
        self.schema_as(s, hint, pointer, None)
    }

    /// `name`: the reserved name when this is a component schema.
    fn schema_as(
        &mut self,
        s: &Schema,
        hint: &str,
        pointer: &str,
        name: Option<String>,
    ) -> TypeRef {
        // `allOf` merges copy referenced schemas inline, so a schema that includes itself
        // through `allOf` would expand forever. Past this depth it is typed as JSON.
        const MAX_DEPTH: usize = 32;
        if self.depth >= MAX_DEPTH {
            self.warn(
                pointer,
                "schema nests too deeply (an `allOf` that includes itself?); typed as JSON",
            );
            return TypeRef::Json;
        }
        self.depth += 1;
        let ty = self.schema_kind(s, hint, pointer, name);
        self.depth -= 1;
        ty
    }

    fn schema_kind(
        &mut self,
        s: &Schema,
        hint: &str,
        pointer: &str,
        name: Option<String>,
    ) -> TypeRef {
        let data = &s.schema_data;
        if let Some(extension) = data.extensions.get("x-rust-type")
            && let Some(ty) = self.user_type(extension, hint, pointer, data, name.clone())
        {
            return if data.nullable {
                TypeRef::Nullable(Box::new(ty))
            } else {
                ty
            };
        }
        let ty = match &s.schema_kind {
            SchemaKind::Type(Type::String(t)) => {
                let values: Vec<String> = t.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    self.string_enum(values, hint, pointer, data, name)
                } else {
                    string_format(&t.format)
                }
            }
            SchemaKind::Type(Type::Integer(t)) => match t.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TypeRef::I32,
                _ => TypeRef::I64,
            },
            SchemaKind::Type(Type::Number(t)) => match t.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TypeRef::F32,
                _ => TypeRef::F64,
            },
            SchemaKind::Type(Type::Boolean(_)) => TypeRef::Bool,
            SchemaKind::Type(Type::Array(a)) => {
                let item_hint = format!("{hint}Item");
                let items = match &a.items {
                    Some(items) => self.boxed_ref(items, &item_hint, &format!("{pointer}/items")),
                    None => TypeRef::Json,
                };
                TypeRef::Array(Box::new(items))
            }
            SchemaKind::Type(Type::Object(o)) => {
                let parts = ObjectParts {
                    properties: Cow::Borrowed(&o.properties),
                    required: Cow::Borrowed(&o.required),
                    additional: Cow::Borrowed(&o.additional_properties),
                };
                self.object(parts, hint, pointer, data, name)
            }
            SchemaKind::AllOf { all_of } => {
                self.all_of(all_of, &IndexMap::new(), &[], hint, pointer, data, name)
            }
            SchemaKind::OneOf { one_of } => self.union(one_of, "oneOf", hint, pointer, data, name),
            SchemaKind::AnyOf { any_of } => self.union(any_of, "anyOf", hint, pointer, data, name),
            SchemaKind::Not { .. } => {
                self.warn(
                    pointer,
                    "`not` cannot be expressed as a Rust type; typed as JSON",
                );
                TypeRef::Json
            }
            SchemaKind::Any(any) => self.any(any, hint, pointer, data, name),
        };
        if data.nullable && !matches!(ty, TypeRef::Nullable(_)) {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }

    /// Schemas `openapiv3` could not classify: a mix of keywords, or no `type`.
    fn any(
        &mut self,
        any: &openapiv3::AnySchema,
        hint: &str,
        pointer: &str,
        data: &SchemaData,
        name: Option<String>,
    ) -> TypeRef {
        if !any.one_of.is_empty() {
            return self.union(&any.one_of, "oneOf", hint, pointer, data, name);
        }
        if !any.any_of.is_empty() {
            return self.union(&any.any_of, "anyOf", hint, pointer, data, name);
        }
        if any.properties.is_empty() && !any.all_of.is_empty() {
            let members = constraining(&any.all_of);
            if let Some(ty) = self.scalar_all_of(&members, Some(any), hint, pointer) {
                return ty;
            }
        }
        if !any.properties.is_empty()
            || !any.all_of.is_empty()
            || any.typ.as_deref() == Some("object")
        {
            return self.all_of(
                &any.all_of,
                &any.properties,
                &any.required,
                hint,
                pointer,
                data,
                name,
            );
        }
        if let Some(items) = &any.items {
            let item = self.boxed_ref(items, &format!("{hint}Item"), &format!("{pointer}/items"));
            return TypeRef::Array(Box::new(item));
        }
        if !any.enumeration.is_empty() {
            let strings: Option<Vec<String>> = any
                .enumeration
                .iter()
                .filter(|v| !v.is_null())
                .map(|v| v.as_str().map(str::to_owned))
                .collect();
            if let Some(values) = strings.filter(|v| !v.is_empty()) {
                return self.string_enum(values, hint, pointer, data, name);
            }
            if any.enumeration.iter().all(|v| v.is_null()) {
                return TypeRef::Nullable(Box::new(TypeRef::Json));
            }
        }
        match any.typ.as_deref() {
            Some("string") => match any.format.as_deref() {
                Some("date-time") => TypeRef::DateTime,
                Some("date") => TypeRef::Date,
                Some("uuid") => TypeRef::Uuid,
                Some("binary") => TypeRef::Bytes,
                Some("byte") => TypeRef::Base64,
                _ => TypeRef::String,
            },
            Some("integer") => {
                if any.format.as_deref() == Some("int32") {
                    TypeRef::I32
                } else {
                    TypeRef::I64
                }
            }
            Some("number") => TypeRef::F64,
            Some("boolean") => TypeRef::Bool,
            Some("array") => TypeRef::Array(Box::new(TypeRef::Json)),
            _ => {
                if any.format.as_deref() == Some("binary") {
                    return TypeRef::Bytes;
                }
                TypeRef::Json
            }
        }
    }

    fn string_enum(
        &mut self,
        values: Vec<String>,
        hint: &str,
        pointer: &str,
        data: &SchemaData,
        name: Option<String>,
    ) -> TypeRef {
        let name = name.unwrap_or_else(|| self.type_names.claim(names::type_name(hint)));
        let mut scope = Scope::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for v in values {
            if !seen.insert(v.clone()) {
                continue; // a repeated value adds nothing
            }
            let rust = scope.claim(names::type_name(&v));
            variants.push(ir::Name { wire: v, rust });
        }
        let def = ir::TypeDef {
            name,
            origin: pointer.to_owned(),
            docs: schema_docs(data),
            kind: TypeKind::Enum(ir::Enum { variants }),
        };
        self.define(def)
    }

    /// A schema the user maps to a Rust type of theirs with typify's `x-rust-type`
    /// (`{crate, version, path, parameters}`). What cannot be used is a warning, and the
    /// schema is generated as usual.
    fn user_type(
        &mut self,
        extension: &serde_json::Value,
        hint: &str,
        pointer: &str,
        data: &SchemaData,
        name: Option<String>,
    ) -> Option<TypeRef> {
        let at = format!("{pointer}/x-rust-type");
        let text = |key: &str| extension.get(key).and_then(|v| v.as_str()).map(str::trim);
        let (Some(krate), Some(version), Some(path)) =
            (text("crate"), text("version"), text("path"))
        else {
            self.warn(
                &at,
                "`x-rust-type` needs `crate`, `version` and `path` strings; the schema is generated instead",
            );
            return None;
        };
        let valid_crate = !krate.is_empty()
            && krate
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid_crate || version.is_empty() {
            self.warn(
                &at,
                format!("`x-rust-type`: `{krate}` / `{version}` is not a crate name and version; the schema is generated instead"),
            );
            return None;
        }
        let bare = path.trim_start_matches("::");
        let type_path = syn::parse_str::<syn::TypePath>(bare).ok().filter(|p| {
            p.qself.is_none()
                && p.path
                    .segments
                    .iter()
                    .all(|s| matches!(s.arguments, syn::PathArguments::None))
        });
        let Some(type_path) = type_path else {
            self.warn(
                &at,
                format!("`x-rust-type`: `{path}` is not a Rust type path (generic arguments go in `parameters`); the schema is generated instead"),
            );
            return None;
        };
        let first = type_path.path.segments[0].ident.to_string();
        let lib = krate.replace('-', "_");
        if !["crate", "std", "core", "alloc", lib.as_str()].contains(&first.as_str()) {
            self.warn(
                &at,
                format!("`x-rust-type`: `{path}` does not start with the crate's name `{lib}` (or `crate`, `std`); the schema is generated instead"),
            );
            return None;
        }
        let parameters: Vec<TypeRef> = match extension.get("parameters") {
            None => Vec::new(),
            Some(serde_json::Value::Array(items)) => {
                let mut out = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let item_at = format!("{at}/parameters/{i}");
                    match serde_json::from_value::<ReferenceOr<Schema>>(item.clone()) {
                        Ok(schema) => {
                            let hint = format!("{hint}Parameter{i}");
                            out.push(self.schema_ref(&schema, &hint, &item_at));
                        }
                        Err(e) => {
                            self.warn(
                                &item_at,
                                format!("not a schema ({e}); the schema is generated instead"),
                            );
                            return None;
                        }
                    }
                }
                out
            }
            Some(_) => {
                self.warn(&at, "`x-rust-type`: `parameters` must be a list of schemas; the schema is generated instead");
                return None;
            }
        };
        let name = name.unwrap_or_else(|| self.type_names.claim(names::type_name(hint)));
        let path = if first == "crate" {
            bare.to_owned()
        } else {
            format!("::{bare}")
        };
        Some(self.define(ir::TypeDef {
            name,
            origin: pointer.to_owned(),
            docs: schema_docs(data),
            kind: TypeKind::User(ir::UserType {
                krate: krate.to_owned(),
                version: version.to_owned(),
                path,
                parameters,
            }),
        }))
    }

    #[allow(clippy::too_many_arguments)]
    fn all_of(
        &mut self,
        members: &[ReferenceOr<Schema>],
        own_properties: &IndexMap<String, ReferenceOr<Box<Schema>>>,
        own_required: &[String],
        hint: &str,
        pointer: &str,
        data: &SchemaData,
        name: Option<String>,
    ) -> TypeRef {
        let meaningful = constraining(members);
        if own_properties.is_empty() && meaningful.len() == 1 {
            let (i, only) = meaningful[0];
            return self.schema_ref(only, hint, &format!("{pointer}/allOf/{i}"));
        }
        if own_properties.is_empty() {
            if let Some(ty) = self.scalar_all_of(&meaningful, None, hint, pointer) {
                return ty;
            }
        }
        let mut parts = ObjectParts {
            properties: Cow::Owned(own_properties.clone()),
            required: Cow::Owned(own_required.to_vec()),
            additional: Cow::Owned(None),
        };
        // A member that is already being merged further up includes itself: merging it
        // again would never end.
        let refs: Vec<String> = meaningful
            .iter()
            .filter_map(|(_, m)| match m {
                ReferenceOr::Reference { reference } => Some(reference.clone()),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        if let Some(r) = refs.iter().find(|r| self.merging.contains(r)) {
            self.warn(
                pointer,
                format!("`allOf` includes `{r}`, which includes this schema; typed as JSON"),
            );
            return TypeRef::Json;
        }
        for (i, member) in meaningful {
            if !self.collect_object(member, &mut parts, 0) {
                self.warn(
                    &format!("{pointer}/allOf/{i}"),
                    "`allOf` member is not an object; the whole `allOf` is typed as JSON",
                );
                return TypeRef::Json;
            }
        }
        let depth = self.merging.len();
        self.merging.extend(refs);
        let ty = self.object(parts, hint, pointer, data, name);
        self.merging.truncate(depth);
        ty
    }

    /// An `allOf` of scalars, which only narrows one value: `allOf: [{$ref: Color}]` beside
    /// more constraints is that reference's type; inline members (and the schema's own `type`,
    /// `own`) merge into one scalar schema. `None` when a member is not a scalar or two members
    /// name different types.
    fn scalar_all_of(
        &mut self,
        members: &[(usize, &ReferenceOr<Schema>)],
        own: Option<&openapiv3::AnySchema>,
        hint: &str,
        pointer: &str,
    ) -> Option<TypeRef> {
        let own_kind = own.and_then(|a| a.typ.as_deref());
        if members.is_empty() || matches!(own_kind, Some("object" | "array")) {
            return None;
        }
        let mut reference: Option<(usize, &ReferenceOr<Schema>)> = None;
        let mut inline: Vec<&Schema> = Vec::new();
        for &(i, m) in members {
            match m {
                ReferenceOr::Reference { reference: r } => {
                    let mut target = self.resolve_schema(r, pointer)?;
                    for _ in 0..8 {
                        let next = match &*target {
                            ReferenceOr::Reference { reference } => {
                                self.resolve_schema(reference, pointer)?
                            }
                            ReferenceOr::Item(_) => break,
                        };
                        target = next;
                    }
                    let ReferenceOr::Item(t) = &*target else {
                        return None;
                    };
                    if !is_scalar(t) {
                        return None;
                    }
                    match reference {
                        Some((_, ReferenceOr::Reference { reference: seen })) if seen != r => {
                            return None;
                        }
                        _ => reference = Some((i, m)),
                    }
                }
                ReferenceOr::Item(s) if is_scalar(s) => inline.push(s),
                ReferenceOr::Item(_) => return None,
            }
        }
        if let Some((i, r)) = reference {
            return Some(self.schema_ref(r, hint, &format!("{pointer}/allOf/{i}")));
        }
        // Merge the inline members' keywords; the first member that sets one wins.
        let mut merged = serde_json::Map::new();
        if let Some(own) = own {
            if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(own) {
                merged.extend(m.into_iter().filter(|(k, _)| k != "allOf"));
            }
        }
        for s in inline {
            if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(&s.schema_kind) {
                for (k, v) in m {
                    merged.entry(k).or_insert(v);
                }
            }
        }
        let schema: Schema = serde_json::from_value(serde_json::Value::Object(merged)).ok()?;
        if !is_scalar(&schema) {
            return None;
        }
        Some(self.schema(&schema, hint, pointer))
    }

    /// Adds an `allOf` member's properties to `parts`; false if it is not object-like.
    fn collect_object(
        &mut self,
        member: &ReferenceOr<Schema>,
        parts: &mut ObjectParts<'_>,
        depth: usize,
    ) -> bool {
        if depth > 16 {
            return false;
        }
        let target;
        let schema = match member {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => {
                target = match self.resolve_schema(reference, "") {
                    Some(target) => target,
                    None => return false,
                };
                match &*target {
                    ReferenceOr::Item(s) => s,
                    r @ ReferenceOr::Reference { .. } => {
                        return self.collect_object(r, parts, depth + 1);
                    }
                }
            }
        };
        let mut extend = |props: &IndexMap<String, ReferenceOr<Box<Schema>>>,
                          required: &[String],
                          add: &Option<AdditionalProperties>| {
            for (k, v) in props {
                parts.properties.to_mut().insert(k.clone(), v.clone());
            }
            for r in required {
                if !parts.required.contains(r) {
                    parts.required.to_mut().push(r.clone());
                }
            }
            if add.is_some() {
                parts.additional = Cow::Owned(add.clone());
            }
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(o)) => {
                extend(&o.properties, &o.required, &o.additional_properties)
            }
            SchemaKind::AllOf { all_of } => {
                return all_of
                    .iter()
                    .all(|m| is_annotation_only(m) || self.collect_object(m, parts, depth + 1));
            }
            SchemaKind::Any(a) if a.one_of.is_empty() && a.any_of.is_empty() => {
                extend(&a.properties, &a.required, &a.additional_properties);
                return a
                    .all_of
                    .iter()
                    .all(|m| is_annotation_only(m) || self.collect_object(m, parts, depth + 1));
            }
            _ => return false,
        }
        true
    }

    fn object(
        &mut self,
        parts: ObjectParts<'_>,
        hint: &str,
        pointer: &str,
        data: &SchemaData,
        name: Option<String>,
    ) -> TypeRef {
        let closed = matches!(*parts.additional, Some(AdditionalProperties::Any(false)));
        let additional = match &*parts.additional {
            Some(AdditionalProperties::Schema(s)) => Some(self.schema_ref(
                s,
                &format!("{hint}Value"),
                &format!("{pointer}/additionalProperties"),
            )),
            Some(AdditionalProperties::Any(true)) => Some(TypeRef::Json),
            _ => None,
        };
        if parts.properties.is_empty() && name.is_none() {
            // A pure map (or free-form object): no struct needed.
            return TypeRef::Map(Box::new(additional.unwrap_or(TypeRef::Json)));
        }
        let name = name.unwrap_or_else(|| self.type_names.claim(names::type_name(hint)));
        let mut scope = Scope::new();
        let mut fields = Vec::new();
        for (key, prop) in parts.properties.iter() {
            let prop_pointer = format!("{pointer}/properties/{}", escape_token(key));
            let prop_hint = format!("{name}{}", names::type_name(key));
            let warnings_before = self.warnings.len();
            let ty = self.boxed_ref(prop, &prop_hint, &prop_pointer);
            let (ty, nullable) = strip_nullable(ty);
            let required = parts.required.contains(key);
            let presence = match (required, nullable) {
                (true, false) => Presence::Required,
                (true, true) => Presence::RequiredNullable,
                (false, false) => Presence::Optional,
                (false, true) => Presence::OptionalNullable,
            };
            let resolved;
            let target = match prop {
                ReferenceOr::Item(s) => Some(&**s),
                ReferenceOr::Reference { reference } => {
                    resolved = self.property_target(reference);
                    resolved.as_deref().and_then(ReferenceOr::as_item)
                }
            };
            let (field_docs, read_only, write_only, default, sensitive_hint, constraints) =
                match target {
                    Some(s) => (
                        schema_docs(&s.schema_data),
                        s.schema_data.read_only,
                        s.schema_data.write_only,
                        s.schema_data.default.clone(),
                        is_marked_sensitive(s),
                        constraints_of(s),
                    ),
                    None => (
                        ir::Docs::default(),
                        false,
                        false,
                        None,
                        false,
                        Constraints::default(),
                    ),
                };
            let sensitive = sensitive_hint || (looks_secret(key) && is_stringish(&ty));
            // A field only one side sends cannot be required of the other: `readOnly` ones are
            // left out of requests, `writeOnly` ones out of responses.
            let presence = match presence {
                Presence::Required if read_only || write_only => Presence::Optional,
                Presence::RequiredNullable if read_only || write_only => Presence::OptionalNullable,
                other => other,
            };
            // A property that could not be typed says why in its docs, not only in a warning.
            let mut field_docs = field_docs;
            if self.warnings.len() > warnings_before && mentions_json(&ty) {
                let message = &self.warnings[warnings_before].message;
                let why = message.trim_end_matches("; typed as JSON").to_owned();
                let base = field_docs.description.take().unwrap_or_default();
                let sep = if base.is_empty() { "" } else { "\n\n" };
                field_docs.description = Some(format!("{base}{sep}Typed as JSON: {why}."));
            }
            let constraints = self.checkable(constraints, &prop_pointer);
            let rust = scope.claim(names::field_name(key));
            fields.push(Field {
                name: ir::Name {
                    wire: key.clone(),
                    rust,
                },
                docs: field_docs,
                ty,
                presence,
                sensitive,
                read_only,
                write_only,
                boxed: false,
                default,
                constraints,
            });
        }
        let def = ir::TypeDef {
            name,
            origin: pointer.to_owned(),
            docs: schema_docs(data),
            kind: TypeKind::Struct(ir::Struct {
                fields,
                additional,
                closed,
                patch: false,
            }),
        };
        self.define(def)
    }

    /// The schema a property's `$ref` points at, for its docs and validation rules (a
    /// target that is itself a `$ref`, or missing, has none: lowering its type reports it).
    fn property_target(&mut self, reference: &str) -> Option<Target<'a>> {
        self.schema_target(reference, |l| {
            let value = crate::load::resolve_pointer(&l.doc.raw, reference)?;
            serde_json::from_value(value.clone()).ok()
        })
    }

    fn union(
        &mut self,
        members: &[ReferenceOr<Schema>],
        keyword: &str,
        hint: &str,
        pointer: &str,
        data: &SchemaData,
        name: Option<String>,
    ) -> TypeRef {
        // A member that admits only `null` (`{nullable: true, enum: [null]}`, the exact 3.0.3
        // form, or 3.1's `{type: "null"}`) makes the rest nullable: it is not an alternative.
        let mut nullable = false;
        let mut live = Vec::new();
        for (i, member) in constraining(members) {
            if self.admits_only_null(member, &format!("{pointer}/{keyword}/{i}")) {
                nullable = true;
            } else {
                live.push((i, member));
            }
        }
        let wrap = |ty: TypeRef| match ty {
            TypeRef::Nullable(_) => ty,
            ty if nullable => TypeRef::Nullable(Box::new(ty)),
            ty => ty,
        };
        if live.is_empty() {
            return wrap(TypeRef::Json);
        }
        if live.len() == 1 && name.is_none() {
            let (i, only) = live[0];
            let ty = self.schema_ref(only, hint, &format!("{pointer}/{keyword}/{i}"));
            return wrap(ty);
        }
        let name = name.unwrap_or_else(|| self.type_names.claim(names::type_name(hint)));
        let mut scope = Scope::with_reserved(&["Other", "Unknown"]);
        let mut variants = Vec::new();
        let discriminator = data.discriminator.clone();
        for (i, member) in live {
            let variant_hint = format!("{name}Variant{}", i + 1);
            let ty = self.schema_ref(member, &variant_hint, &format!("{pointer}/{keyword}/{i}"));
            let (ty, is_null) = strip_nullable(ty);
            nullable |= is_null;
            let mut tags = Vec::new();
            if let (Some(d), ReferenceOr::Reference { reference }) = (&discriminator, member) {
                tags = d
                    .mapping
                    .iter()
                    .filter(|(_, r)| {
                        *r == reference || r.as_str() == reference.rsplit('/').next().unwrap_or("")
                    })
                    .map(|(k, _)| k.clone())
                    .collect();
                if tags.is_empty() {
                    tags.push(unescape(reference.rsplit('/').next().unwrap_or_default()));
                }
            }
            let base = match &ty {
                TypeRef::Named(n) => n.clone(),
                other => kind_word(other).to_owned(),
            };
            variants.push(ir::UnionVariant {
                name: scope.claim(base),
                tags,
                ty,
                boxed: false,
            });
        }
        // A discriminator only helps when every alternative is a named object carrying it.
        let tagged = discriminator.filter(|_| variants.iter().all(|v| !v.tags.is_empty()));
        let def = ir::TypeDef {
            name,
            origin: pointer.to_owned(),
            docs: schema_docs(data),
            kind: TypeKind::Union(ir::Union {
                variants,
                discriminator: tagged.map(|d| d.property_name),
            }),
        };
        let ty = self.define(def);
        if nullable {
            TypeRef::Nullable(Box::new(ty))
        } else {
            ty
        }
    }
}

impl Lowerer<'_> {
    /// Whether a schema admits `null` and nothing else: `enum: [null]`, with or without a
    /// `type` (`openapiv3` drops `enum` beside `type: object`, so the document is asked too).
    fn admits_only_null(&self, member: &ReferenceOr<Schema>, pointer: &str) -> bool {
        let ReferenceOr::Item(schema) = member else {
            return false;
        };
        let typed_null = match &schema.schema_kind {
            SchemaKind::Any(a) => a.enumeration == [serde_json::Value::Null],
            SchemaKind::Type(Type::String(t)) => t.enumeration == [None],
            SchemaKind::Type(Type::Number(t)) => t.enumeration == [None],
            SchemaKind::Type(Type::Integer(t)) => t.enumeration == [None],
            SchemaKind::Type(Type::Boolean(t)) => t.enumeration == [None],
            _ => false,
        };
        typed_null
            || crate::load::resolve_pointer(&self.doc.raw, pointer)
                .and_then(|raw| raw.get("enum"))
                .is_some_and(|e| e == &serde_json::json!([null]))
    }
}

fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> TypeRef {
    match format {
        VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TypeRef::DateTime,
        VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TypeRef::Date,
        VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => TypeRef::Bytes,
        VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => TypeRef::Base64,
        VariantOrUnknownOrEmpty::Unknown(f) if f == "uuid" => TypeRef::Uuid,
        _ => TypeRef::String,
    }
}

/// Removes one level of `Nullable`, saying whether it was there.
pub(crate) fn strip_nullable(ty: TypeRef) -> (TypeRef, bool) {
    match ty {
        TypeRef::Nullable(inner) => (*inner, true),
        other => (other, false),
    }
}

fn unescape(token: &str) -> String {
    crate::diagnostics::unescape_token(token)
}

/// The members of an `allOf`/`oneOf`/`anyOf` that constrain anything, with their indexes.
fn constraining(members: &[ReferenceOr<Schema>]) -> Vec<(usize, &ReferenceOr<Schema>)> {
    members
        .iter()
        .enumerate()
        .filter(|(_, m)| !is_annotation_only(m))
        .collect()
}

/// A schema of one scalar value (a string, number, integer or boolean, enums included), or
/// constraints that only fit one.
fn is_scalar(s: &Schema) -> bool {
    match &s.schema_kind {
        SchemaKind::Type(
            Type::String(_) | Type::Integer(_) | Type::Number(_) | Type::Boolean(_),
        ) => true,
        SchemaKind::Any(a) => {
            a.properties.is_empty()
                && a.items.is_none()
                && a.additional_properties.is_none()
                && a.one_of.is_empty()
                && a.any_of.is_empty()
                && a.all_of.is_empty()
                && a.not.is_none()
                && !matches!(a.typ.as_deref(), Some("object" | "array"))
        }
        _ => false,
    }
}

/// A schema that only annotates (`{description: ...}`, `{nullable: true}`): no constraint.
fn is_annotation_only(s: &ReferenceOr<Schema>) -> bool {
    match s {
        ReferenceOr::Reference { .. } => false,
        ReferenceOr::Item(s) => match &s.schema_kind {
            SchemaKind::Any(a) => *a == openapiv3::AnySchema::default(),
            _ => false,
        },
    }
}

fn mentions_json(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Json => true,
        TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::Nullable(t) => mentions_json(t),
        _ => false,
    }
}

fn kind_word(ty: &TypeRef) -> &'static str {
    match ty {
        TypeRef::String | TypeRef::Uuid | TypeRef::DateTime | TypeRef::Date => "String",
        TypeRef::I32 | TypeRef::I64 => "Integer",
        TypeRef::F32 | TypeRef::F64 => "Number",
        TypeRef::Bool => "Boolean",
        TypeRef::Bytes | TypeRef::Base64 => "Bytes",
        TypeRef::Array(_) => "Array",
        TypeRef::Map(_) => "Object",
        TypeRef::Json | TypeRef::Named(_) | TypeRef::Nullable(_) => "Value",
    }
}

pub(crate) fn schema_docs(data: &SchemaData) -> ir::Docs {
    docs(
        data.title.as_ref(),
        data.description.as_ref(),
        data.example.as_ref(),
        data.deprecated,
    )
}

fn is_marked_sensitive(s: &Schema) -> bool {
    let ext = s
        .schema_data
        .extensions
        .get("x-sensitive")
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let password = matches!(&s.schema_kind, SchemaKind::Type(Type::String(t)) if matches!(t.format, VariantOrUnknownOrEmpty::Item(StringFormat::Password)));
    ext || password
        || s.schema_data.write_only
            && matches!(&s.schema_kind, SchemaKind::Type(Type::String(t)) if matches!(t.format, VariantOrUnknownOrEmpty::Item(StringFormat::Password)))
}

/// A property name that usually holds a secret (`password`, `client_secret`, `auth_token`).
pub(crate) fn looks_secret(name: &str) -> bool {
    let lower = names::field_name(name);
    SECRET_WORDS.iter().any(|w| {
        lower == *w
            || lower
                .strip_suffix(w)
                .is_some_and(|rest| rest.ends_with('_'))
            || lower
                .strip_prefix(w)
                .is_some_and(|rest| rest.starts_with('_'))
    }) || lower == "credentials"
}

fn is_stringish(ty: &TypeRef) -> bool {
    matches!(ty, TypeRef::String | TypeRef::Bytes)
        || matches!(ty, TypeRef::Map(v) if **v == TypeRef::String)
}

/// Validation rules of a schema.
pub(crate) fn constraints_of(s: &Schema) -> Constraints {
    let mut c = Constraints::default();
    match &s.schema_kind {
        SchemaKind::Type(Type::String(t)) => {
            c.min_length = t.min_length;
            c.max_length = t.max_length;
            c.pattern = t.pattern.clone();
        }
        SchemaKind::Type(Type::Integer(t)) => {
            c.minimum = t.minimum.map(|v| v as f64);
            c.maximum = t.maximum.map(|v| v as f64);
            c.exclusive_minimum = t.exclusive_minimum;
            c.exclusive_maximum = t.exclusive_maximum;
            c.allowed = t
                .enumeration
                .iter()
                .flatten()
                .map(|v| serde_json::json!(v))
                .collect();
        }
        SchemaKind::Type(Type::Number(t)) => {
            c.minimum = t.minimum;
            c.maximum = t.maximum;
            c.exclusive_minimum = t.exclusive_minimum;
            c.exclusive_maximum = t.exclusive_maximum;
        }
        SchemaKind::Type(Type::Boolean(t)) => {
            c.allowed = t
                .enumeration
                .iter()
                .flatten()
                .map(|v| serde_json::json!(v))
                .collect();
        }
        SchemaKind::Type(Type::Array(t)) => {
            c.min_items = t.min_items;
            c.max_items = t.max_items;
            if let Some(ReferenceOr::Item(item)) = &t.items {
                c.items = Some(Box::new(constraints_of(item))).filter(|i| !i.is_empty());
            }
        }
        SchemaKind::Type(Type::Object(o)) => {
            if let Some(AdditionalProperties::Schema(value)) = &o.additional_properties {
                if let ReferenceOr::Item(value) = value.as_ref() {
                    c.items = Some(Box::new(constraints_of(value))).filter(|i| !i.is_empty());
                }
            }
        }
        SchemaKind::Any(a) => {
            c.minimum = a.minimum;
            c.maximum = a.maximum;
            c.min_length = a.min_length;
            c.max_length = a.max_length;
            c.min_items = a.min_items;
            c.max_items = a.max_items;
        }
        _ => {}
    }
    c
}
