//! `openapiv3` → IR. Everything the emitters need is decided here: names, nullability,
//! recursion boxing, pagination. Unsupported constructs become `TypeRef::Json` with a note in
//! the docs (a warning is also reported); real errors carry their JSON pointer.

mod cycles;
mod dedup;
mod operation;
mod schema;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::ir;
use crate::load::{self, Document};
use crate::names::Scope;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The IR of a spec plus the warnings found on the way (things typed as JSON, duplicate names).
#[derive(Debug, Clone)]
pub struct Lowered {
    /// The API.
    pub api: ir::Api,
    /// Non-fatal findings.
    pub warnings: Vec<Diagnostic>,
}

/// Lowers a loaded document.
pub fn lower(doc: &Document) -> Result<Lowered, Diagnostics> {
    let mut cx = Lowerer::new(doc);
    cx.reserve_components();
    cx.lower_components();
    let mut operations = cx.lower_operations();
    let mut webhooks = cx.lower_webhooks(&operations);
    let oauth2 = cx.oauth2();
    if !cx.errors.is_empty() {
        return Err(Diagnostics(once_each(cx.errors)));
    }
    let mut types: Vec<ir::TypeDef> = cx.types.into_values().collect();
    // Webhooks take part in type merging like operations; they are split off again after.
    let hooks = webhooks.len();
    operations.append(&mut webhooks);
    dedup::merge_identical(&mut types, &mut operations);
    let webhooks = operations.split_off(operations.len() - hooks);
    dedup::alias_identical_queries(&mut types);
    cycles::alias_cycles_to_newtypes(&mut types);
    if let Err(errors) = cycles::mark_boxes(&mut types, &doc.file) {
        return Err(Diagnostics(
            errors
                .into_iter()
                .map(|d| doc.sources.relocate(d))
                .collect(),
        ));
    }
    mark_patch_bodies(&mut types, &operations);
    let info = &doc.openapi.info;
    let api = ir::Api {
        title: info.title.clone(),
        version: info.version.clone(),
        description: info.description.clone(),
        types,
        operations,
        oauth2,
        webhooks,
        servers: doc
            .openapi
            .servers
            .iter()
            .map(|s| {
                let mut url = s.url.clone();
                for (name, var) in s.variables.iter().flatten() {
                    url = url.replace(&format!("{{{name}}}"), &var.default);
                }
                url
            })
            .collect(),
    };
    Ok(Lowered {
        api,
        warnings: once_each(cx.warnings),
    })
}

/// The diagnostics in their first order, each reported once (a shared parameter or scheme is
/// reached from every operation that uses it).
fn once_each(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = FxHashSet::default();
    diagnostics
        .into_iter()
        .filter(|d| seen.insert((d.file.clone(), d.pointer.clone(), d.message.clone())))
        .collect()
}

/// Marks the structs a PATCH request body reaches: absent fields there mean "unchanged".
fn mark_patch_bodies(types: &mut [ir::TypeDef], operations: &[ir::Operation]) {
    let index: FxHashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    let mut stack: Vec<ir::TypeRef> = operations
        .iter()
        .filter(|op| op.method == ir::Method::Patch)
        .filter_map(|op| match &op.body.as_ref()?.content {
            ir::BodyContent::Json(t) | ir::BodyContent::Form(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    let mut seen = FxHashSet::default();
    while let Some(t) = stack.pop() {
        let Some(name) = t.named() else { continue };
        let Some(&i) = index.get(name) else { continue };
        if !seen.insert(i) {
            continue;
        }
        if let ir::TypeKind::Struct(s) = &mut types[i].kind {
            s.patch = true;
        }
        stack.extend(types[i].kind.refs().into_iter().cloned());
    }
}

/// A schema a `$ref` points at: borrowed from the typed document, or read from the raw tree
/// (a target outside `components/schemas`) and shared by every reference to it.
#[derive(Clone)]
enum Target<'a> {
    Typed(&'a openapiv3::ReferenceOr<openapiv3::Schema>),
    Read(Rc<openapiv3::ReferenceOr<openapiv3::Schema>>),
}

impl std::ops::Deref for Target<'_> {
    type Target = openapiv3::ReferenceOr<openapiv3::Schema>;

    fn deref(&self) -> &Self::Target {
        match self {
            Target::Typed(schema) => schema,
            Target::Read(schema) => schema,
        }
    }
}

/// Lowering state: the types found so far and the names already handed out.
pub(crate) struct Lowerer<'a> {
    doc: &'a Document,
    /// Named types by Rust name (sorted, so the output order does not depend on discovery order).
    types: BTreeMap<String, ir::TypeDef>,
    /// Type names handed out.
    type_names: Scope,
    /// `components/schemas` key → (Rust name, nullable at the top).
    components: FxHashMap<String, (String, bool)>,
    /// Types of non-component `$ref`s already lowered, by reference.
    by_ref: FxHashMap<String, ir::TypeRef>,
    /// Schemas `$ref`s point at, read once: large specs reference the same schemas thousands
    /// of times.
    ref_targets: FxHashMap<String, Target<'a>>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
    /// Nesting depth of the schema being lowered (see `schema_as`).
    depth: usize,
    /// `$ref`s whose properties are being merged by an enclosing `allOf`.
    merging: Vec<String>,
    /// The scopes operations require, by OAuth2 / OpenID Connect scheme.
    scopes: BTreeMap<String, std::collections::BTreeSet<String>>,
}

impl<'a> Lowerer<'a> {
    fn new(doc: &'a Document) -> Self {
        Lowerer {
            doc,
            types: BTreeMap::new(),
            type_names: Scope::with_reserved(&["DateTime", "Date"]),
            components: FxHashMap::default(),
            by_ref: FxHashMap::default(),
            ref_targets: FxHashMap::default(),
            errors: Vec::new(),
            warnings: doc.warnings.clone(),
            depth: 0,
            merging: Vec::new(),
            scopes: BTreeMap::new(),
        }
    }

    fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        self.warnings.push(self.doc.diagnostic(pointer, message));
    }

    fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.errors.push(self.doc.diagnostic(pointer, message));
    }

    /// Reads the object a local `$ref` points at as `T`.
    fn resolve<T: DeserializeOwned>(&mut self, reference: &str, at: &str) -> Option<T> {
        let Some(value) = load::resolve_pointer(&self.doc.raw, reference) else {
            self.error(at, format!("`$ref` target `{reference}` does not exist"));
            return None;
        };
        match serde_json::from_value(value.clone()) {
            Ok(t) => Some(t),
            Err(e) => {
                let target = reference.trim_start_matches('#').to_owned();
                self.error(
                    &target,
                    format!("`$ref` target (from {at}) has the wrong shape: {e}"),
                );
                None
            }
        }
    }

    /// The schema (or schema reference) a local `$ref` points at; see [`Lowerer::resolve`].
    fn resolve_schema(&mut self, reference: &str, at: &str) -> Option<Target<'a>> {
        self.schema_target(reference, |l| l.resolve(reference, at))
    }

    /// The schema `reference` points at, once per reference: from the typed document for a
    /// component, else by `read` from the raw tree.
    fn schema_target(
        &mut self,
        reference: &str,
        read: impl FnOnce(&mut Self) -> Option<openapiv3::ReferenceOr<openapiv3::Schema>>,
    ) -> Option<Target<'a>> {
        if let Some(target) = self.ref_targets.get(reference) {
            return Some(target.clone());
        }
        let target = match self.component_schema(reference) {
            Some(typed) => Target::Typed(typed),
            None => Target::Read(Rc::new(read(self)?)),
        };
        self.ref_targets
            .insert(reference.to_owned(), target.clone());
        Some(target)
    }

    /// The schema a `#/components/schemas/<name>` reference names, from the typed document
    /// (nearly every `$ref` of a large spec): reading it again from the raw tree would
    /// deserialize the same schema once more. `None` for any other reference, and for names
    /// that need unescaping, which [`Lowerer::resolve`] reads from the raw tree.
    pub(crate) fn component_schema(
        &self,
        reference: &str,
    ) -> Option<&'a openapiv3::ReferenceOr<openapiv3::Schema>> {
        self.component(reference)
    }

    /// Follows `$ref` chains (a reference to a reference) up to a fixed depth.
    /// The object `r` is or leads to, and its pointer: borrowed when `r` is the object itself
    /// or a component of the typed document, read from the raw document otherwise.
    fn deref<'r, T: Component>(
        &mut self,
        r: &'r openapiv3::ReferenceOr<T>,
        at: &str,
    ) -> Option<(std::borrow::Cow<'r, T>, String)>
    where
        'a: 'r,
    {
        let mut reference = match r {
            openapiv3::ReferenceOr::Item(item) => {
                return Some((std::borrow::Cow::Borrowed(item), at.to_owned()));
            }
            openapiv3::ReferenceOr::Reference { reference } => reference.clone(),
        };
        for _ in 0..32 {
            let pointer = reference.trim_start_matches('#').to_owned();
            let target = match self.component::<T>(&reference) {
                Some(openapiv3::ReferenceOr::Item(item)) => {
                    return Some((std::borrow::Cow::Borrowed(item), pointer));
                }
                Some(openapiv3::ReferenceOr::Reference { reference: next }) => {
                    openapiv3::ReferenceOr::Reference {
                        reference: next.clone(),
                    }
                }
                None => self.resolve::<openapiv3::ReferenceOr<T>>(&reference, at)?,
            };
            match target {
                openapiv3::ReferenceOr::Item(item) => {
                    return Some((std::borrow::Cow::Owned(item), pointer));
                }
                openapiv3::ReferenceOr::Reference { reference: next } => reference = next,
            }
        }
        self.error(at, "`$ref` chain is too long or cyclic");
        None
    }

    /// The component a `#/components/<section>/<name>` reference names, from the typed
    /// document: most of a large spec's parameters and responses are shared ones, and
    /// reading each use again from the raw tree deserialized the same object thousands of
    /// times. `None` for other references and for names that need unescaping, which
    /// [`Lowerer::resolve`] reads from the raw tree.
    fn component<T: Component>(&self, reference: &str) -> Option<&'a openapiv3::ReferenceOr<T>> {
        let name = reference
            .strip_prefix("#/components/")?
            .strip_prefix(T::SECTION)?
            .strip_prefix('/')?;
        if name.contains(['/', '~', '%']) {
            return None;
        }
        T::of(self.doc.openapi.components.as_ref()?)?.get(name)
    }

    /// Adds a named type.
    fn define(&mut self, def: ir::TypeDef) -> ir::TypeRef {
        let name = def.name.clone();
        self.types.insert(name.clone(), def);
        ir::TypeRef::Named(name)
    }
}

/// An object a `$ref` can name: `deref` borrows it from the typed document's components when
/// the reference names one.
trait Component: DeserializeOwned + Clone {
    /// Its section of `components`.
    const SECTION: &'static str;
    /// That section of `components`; `None` where `openapiv3` has none (path items).
    fn of(components: &openapiv3::Components) -> Option<&ComponentMap<Self>>;
}

type ComponentMap<T> = indexmap::IndexMap<String, openapiv3::ReferenceOr<T>>;

macro_rules! component {
    ($($ty:ident in $section:literal: $field:ident,)*) => {$(
        impl Component for openapiv3::$ty {
            const SECTION: &'static str = $section;
            fn of(components: &openapiv3::Components) -> Option<&ComponentMap<Self>> {
                Some(&components.$field)
            }
        }
    )*};
}

component! {
    Schema in "schemas": schemas,
    Parameter in "parameters": parameters,
    Response in "responses": responses,
    RequestBody in "requestBodies": request_bodies,
    Header in "headers": headers,
    SecurityScheme in "securitySchemes": security_schemes,
}

impl Component for openapiv3::PathItem {
    const SECTION: &'static str = "pathItems";
    fn of(_: &openapiv3::Components) -> Option<&ComponentMap<Self>> {
        None
    }
}

/// Docs from the usual OpenAPI fields.
pub(crate) fn docs(
    summary: Option<&String>,
    description: Option<&String>,
    example: Option<&serde_json::Value>,
    deprecated: bool,
) -> ir::Docs {
    let clean = |s: Option<&String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    ir::Docs {
        summary: clean(summary),
        description: clean(description),
        example: example.map(|e| serde_json::to_string(e).unwrap_or_default()),
        deprecated,
    }
}
