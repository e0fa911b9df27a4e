//! Structural deduplication: inline schemas of the same shape (the same `state` enum or small
//! object repeated across hundreds of operations) become one type, and component schemas of the
//! same shape become aliases of one of them. Docs are not part of a shape: the field that uses
//! a type keeps its own description.

use crate::ir::{self, BodyContent, Docs, Operation, PartKind, TypeDef, TypeKind, TypeRef};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;

const COMPONENT_PREFIX: &str = "/components/schemas/";

/// How many origins a merged type lists in its docs before saying "and N more".
const ORIGINS_SHOWN: usize = 3;

/// Merges types of the same shape, rewriting every reference (in types and operations) to the
/// surviving one. Runs to a fixed point, because merging two enums can make the objects that
/// hold them identical. Deterministic: groups are visited in name order and the survivor is
/// chosen by name.
pub fn merge_identical(types: &mut Vec<TypeDef>, operations: &mut [Operation]) {
    // name → the name it now stands for (only for types that were merged away or aliased).
    let mut merged: FxHashMap<String, String> = FxHashMap::default();
    let mut origins: BTreeMap<String, Vec<(String, Docs)>> = BTreeMap::new();
    // Each round rebuilds only the shapes of the types that reach a type merged in the round
    // before (the others cannot have changed).
    let mut shapes: Vec<Option<Shape>> = types.iter().map(|d| shape(d, &merged)).collect();
    loop {
        // Types of equal shape, in type order; the hash only finds the candidates.
        let mut buckets: FxHashMap<u64, Vec<Vec<usize>>> = FxHashMap::default();
        let mut groups: Vec<(u64, usize)> = Vec::new();
        for (i, def) in types.iter().enumerate() {
            if merged.contains_key(&def.name) {
                continue;
            }
            let Some(shape) = &shapes[i] else { continue };
            let bucket = buckets.entry(shape.hash).or_default();
            let same = |m: &&mut Vec<usize>| {
                shapes[m[0]]
                    .as_ref()
                    .is_some_and(|s| same_shape(s.kind, shape.kind, &merged))
            };
            match bucket.iter_mut().find(same) {
                Some(members) => members.push(i),
                None => {
                    groups.push((shape.hash, bucket.len()));
                    bucket.push(vec![i]);
                }
            }
        }
        let mut fresh: FxHashSet<String> = FxHashSet::default();
        let mut changed = false;
        let groups = groups.iter().map(|(hash, n)| &buckets[hash][*n]);
        for members in groups.filter(|m| m.len() > 1) {
            let survivor = choose_survivor(types, members);
            let survivor_name = types[survivor].name.clone();
            for &m in members {
                if m == survivor {
                    continue;
                }
                let def = &types[m];
                fresh.insert(def.name.clone());
                merged.insert(def.name.clone(), survivor_name.clone());
                origins
                    .entry(survivor_name.clone())
                    .or_default()
                    .push((def.origin.clone(), def.docs.clone()));
                changed = true;
            }
        }
        if !changed {
            break;
        }
        for (i, def) in types.iter().enumerate() {
            if !merged.contains_key(&def.name) && reaches_any(&def.kind, &fresh, &merged) {
                shapes[i] = shape(def, &merged);
            }
        }
    }
    drop(shapes);
    if merged.is_empty() {
        return;
    }
    let resolve = |name: &str| -> String {
        let mut current = name;
        // Survivors are never merged later (they are skipped once merged), so chains are short.
        while let Some(next) = merged.get(current) {
            current = next;
        }
        current.to_owned()
    };
    let mut kept = Vec::with_capacity(types.len());
    let mut aliased = FxHashSet::default();
    for mut def in types.drain(..) {
        let Some(target) = merged.get(&def.name) else {
            kept.push(def);
            continue;
        };
        if is_component(&def.origin) {
            // A component keeps its spec name, as an alias of the survivor.
            let target = resolve(target);
            def.docs = Docs {
                description: Some(format!(
                    "Same shape as [`{target}`] (from `{}`).",
                    def.origin
                )),
                deprecated: def.docs.deprecated,
                ..Default::default()
            };
            def.kind = TypeKind::Alias(TypeRef::Named(target));
            aliased.insert(def.name.clone());
            kept.push(def);
        }
    }
    // Inline types that were merged away are gone: point their references at the survivor.
    let rename = |name: &str| -> Option<String> {
        let target = merged.get(name)?;
        (!aliased.contains(name)).then(|| resolve(target))
    };
    for def in &mut kept {
        if let Some(extra) = origins.get(&def.name) {
            note_origins(def, extra);
        }
        for_each_ref_in_type(&mut def.kind, &mut |t| rewrite(t, &rename));
    }
    for op in operations {
        for_each_ref_in_operation(op, &mut |t| rewrite(t, &rename));
    }
    *types = kept;
}

/// Whether a reference of `kind`, followed through `merged`, passes through a name in `fresh`.
fn reaches_any(
    kind: &TypeKind,
    fresh: &FxHashSet<String>,
    merged: &FxHashMap<String, String>,
) -> bool {
    kind.refs().into_iter().any(|t| {
        let Some(mut name) = t.named() else {
            return false;
        };
        for _ in 0..16 {
            if fresh.contains(name) {
                return true;
            }
            match merged.get(name) {
                Some(next) => name = next,
                None => return false,
            }
        }
        false
    })
}

fn is_component(origin: &str) -> bool {
    origin
        .strip_prefix(COMPONENT_PREFIX)
        .is_some_and(|key| !key.contains('/'))
}

/// The survivor of a group: a component when there is one (its name is the spec's), else the
/// shortest name, then the first in name order.
fn choose_survivor(types: &[TypeDef], members: &[usize]) -> usize {
    *members
        .iter()
        .min_by_key(|&&i| {
            let def = &types[i];
            (!is_component(&def.origin), def.name.len(), def.name.clone())
        })
        .expect("groups are not empty")
}

/// Says in the survivor's docs where else its shape comes from. When the merged schemas
/// describe themselves differently, the survivor's own description would mislead: it is
/// replaced by a neutral one (each field that uses the type keeps its own description).
fn note_origins(def: &mut TypeDef, others: &[(String, Docs)]) {
    let differs = others
        .iter()
        .any(|(_, d)| d.description != def.docs.description || d.summary != def.docs.summary);
    if differs && !is_component(&def.origin) {
        def.docs.summary = None;
        def.docs.description = None;
        def.docs.example = None;
    }
    let mut all: Vec<&str> = std::iter::once(def.origin.as_str())
        .chain(others.iter().map(|(o, _)| o.as_str()))
        .collect();
    all.sort_unstable();
    let shown: Vec<String> = all
        .iter()
        .take(ORIGINS_SHOWN)
        .map(|o| format!("`{o}`"))
        .collect();
    let more = all.len().saturating_sub(ORIGINS_SHOWN);
    let mut note = format!(
        "One type for {} schemas of the same shape: {}",
        all.len(),
        shown.join(", ")
    );
    if more > 0 {
        note.push_str(&format!(" and {more} more"));
    }
    note.push('.');
    let base = def.docs.description.take().unwrap_or_default();
    let sep = if base.is_empty() { "" } else { "\n\n" };
    def.docs.description = Some(format!("{base}{sep}{note}"));
}

fn rewrite(t: &mut TypeRef, rename: &impl Fn(&str) -> Option<String>) {
    match t {
        TypeRef::Named(n) => {
            if let Some(to) = rename(n) {
                *n = to;
            }
        }
        TypeRef::Array(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => {
            rewrite(inner, rename)
        }
        _ => {}
    }
}

/// Query types of the same parameters (the same filters on two list operations) become one:
/// the later ones are aliases of the first, so each keeps its name for the code that builds
/// it, and the parameter-handling code is emitted once.
pub fn alias_identical_queries(types: &mut [TypeDef]) {
    let mut first: FxHashMap<String, String> = FxHashMap::default();
    for def in types.iter_mut() {
        let TypeKind::Query(params) = &def.kind else {
            continue;
        };
        let key = format!("{params:?}");
        match first.get(&key) {
            Some(survivor) => {
                def.docs.description = Some(format!(
                    "{} The same parameters as [`{survivor}`].",
                    def.docs.description.as_deref().unwrap_or_default()
                ));
                def.kind = TypeKind::Alias(TypeRef::Named(survivor.clone()));
            }
            None => {
                first.insert(key, def.name.clone());
            }
        }
    }
}

/// A type's shape: its kind as it is, compared ([`same_shape`]) and hashed ([`shape_hash`])
/// with its references resolved through `merged` and without the docs of its fields; the
/// hash only narrows the comparison (equal shapes hash equally). Nothing is copied: a shape
/// is recomputed only for the types that reach a name merged in the round before, and
/// resolving the others' names again finds what it found before.
struct Shape<'t> {
    kind: &'t TypeKind,
    hash: u64,
}

/// The shape of a type; `None` for types that are never merged.
fn shape<'t>(def: &'t TypeDef, merged: &FxHashMap<String, String>) -> Option<Shape<'t>> {
    // Query types are per operation by design; aliases cost nothing to keep.
    if matches!(def.kind, TypeKind::Query(_) | TypeKind::Alias(_)) {
        return None;
    }
    Some(Shape {
        kind: &def.kind,
        hash: shape_hash(&def.kind, merged),
    })
}

/// The name a reference stands for now: followed through `merged`, since a survivor may
/// itself have been merged in a later round.
fn resolved<'n>(mut name: &'n str, merged: &'n FxHashMap<String, String>) -> &'n str {
    for _ in 0..8 {
        match merged.get(name) {
            Some(next) => name = next,
            None => break,
        }
    }
    name
}

/// Two references to the same type once merged names are resolved.
fn same_ref(a: &TypeRef, b: &TypeRef, merged: &FxHashMap<String, String>) -> bool {
    match (a, b) {
        (TypeRef::Named(x), TypeRef::Named(y)) => resolved(x, merged) == resolved(y, merged),
        (TypeRef::Array(x), TypeRef::Array(y))
        | (TypeRef::Map(x), TypeRef::Map(y))
        | (TypeRef::Nullable(x), TypeRef::Nullable(y)) => same_ref(x, y, merged),
        _ => a == b,
    }
}

fn same_refs(a: &[TypeRef], b: &[TypeRef], merged: &FxHashMap<String, String>) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_ref(a, b, merged))
}

/// Whether two kinds have the same shape: equal once merged names are resolved, but for the
/// docs of their fields (the field that uses a type keeps its own description).
fn same_shape(a: &TypeKind, b: &TypeKind, merged: &FxHashMap<String, String>) -> bool {
    match (a, b) {
        (TypeKind::Struct(a), TypeKind::Struct(b)) => {
            let ir::Struct {
                fields,
                additional,
                closed,
                patch,
            } = a;
            let additional = match (additional, &b.additional) {
                (Some(x), Some(y)) => same_ref(x, y, merged),
                (x, y) => x.is_none() && y.is_none(),
            };
            fields.len() == b.fields.len()
                && fields
                    .iter()
                    .zip(&b.fields)
                    .all(|(f, g)| same_field(f, g, merged))
                && additional
                && (closed, patch) == (&b.closed, &b.patch)
        }
        (TypeKind::Union(a), TypeKind::Union(b)) => {
            let ir::Union {
                variants,
                discriminator,
            } = a;
            variants.len() == b.variants.len()
                && variants.iter().zip(&b.variants).all(|(v, w)| {
                    let ir::UnionVariant {
                        name,
                        tags,
                        ty,
                        boxed,
                    } = v;
                    (name, tags, boxed) == (&w.name, &w.tags, &w.boxed)
                        && same_ref(ty, &w.ty, merged)
                })
                && *discriminator == b.discriminator
        }
        (TypeKind::Alias(x), TypeKind::Alias(y)) | (TypeKind::Newtype(x), TypeKind::Newtype(y)) => {
            same_ref(x, y, merged)
        }
        (TypeKind::User(a), TypeKind::User(b)) => {
            let ir::UserType {
                krate,
                version,
                path,
                parameters,
            } = a;
            (krate, version, path) == (&b.krate, &b.version, &b.path)
                && same_refs(parameters, &b.parameters, merged)
        }
        (TypeKind::Query(a), TypeKind::Query(b)) => a == b,
        (TypeKind::Enum(a), TypeKind::Enum(b)) => a == b,
        _ => false,
    }
}

/// Two fields the same but for their docs.
fn same_field(a: &ir::Field, b: &ir::Field, merged: &FxHashMap<String, String>) -> bool {
    let ir::Field {
        name,
        docs: _,
        ty,
        presence,
        sensitive,
        read_only,
        write_only,
        boxed,
        default,
        constraints,
    } = a;
    (name, presence, default, constraints) == (&b.name, &b.presence, &b.default, &b.constraints)
        && (sensitive, read_only, write_only, boxed)
            == (&b.sensitive, &b.read_only, &b.write_only, &b.boxed)
        && same_ref(ty, &b.ty, merged)
}

/// Hashes a reference with its merged names resolved.
fn hash_ref(t: &TypeRef, merged: &FxHashMap<String, String>, h: &mut impl std::hash::Hasher) {
    use std::hash::Hash;
    std::mem::discriminant(t).hash(h);
    match t {
        TypeRef::Named(n) => resolved(n, merged).hash(h),
        TypeRef::Array(x) | TypeRef::Map(x) | TypeRef::Nullable(x) => hash_ref(x, merged, h),
        _ => {}
    }
}

/// Hashes the kind's variant, names and type references (resolved): what tells most shapes
/// apart, and only what [`same_shape`] compares, so that equal shapes hash equally.
fn shape_hash(kind: &TypeKind, merged: &FxHashMap<String, String>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    std::mem::discriminant(kind).hash(&mut h);
    match kind {
        TypeKind::Struct(s) => {
            for f in &s.fields {
                f.name.hash(&mut h);
                hash_ref(&f.ty, merged, &mut h);
                std::mem::discriminant(&f.presence).hash(&mut h);
            }
            if let Some(a) = &s.additional {
                hash_ref(a, merged, &mut h);
            }
            (s.additional.is_some(), s.closed, s.patch).hash(&mut h);
        }
        TypeKind::Enum(e) => e.variants.hash(&mut h),
        TypeKind::Union(u) => {
            for v in &u.variants {
                (&v.name, &v.tags).hash(&mut h);
                hash_ref(&v.ty, merged, &mut h);
            }
            u.discriminator.hash(&mut h);
        }
        TypeKind::Alias(t) | TypeKind::Newtype(t) => hash_ref(t, merged, &mut h),
        TypeKind::User(u) => {
            (&u.krate, &u.path).hash(&mut h);
            for t in &u.parameters {
                hash_ref(t, merged, &mut h);
            }
        }
        TypeKind::Query(params) => {
            for p in params {
                p.name.hash(&mut h);
                hash_ref(&p.ty, merged, &mut h);
            }
        }
    }
    h.finish()
}

/// Calls `f` on every type reference a type holds.
fn for_each_ref_in_type(kind: &mut TypeKind, f: &mut impl FnMut(&mut TypeRef)) {
    match kind {
        TypeKind::Struct(s) => {
            for field in &mut s.fields {
                f(&mut field.ty);
            }
            if let Some(a) = &mut s.additional {
                f(a);
            }
        }
        TypeKind::Union(u) => {
            for v in &mut u.variants {
                f(&mut v.ty);
            }
        }
        TypeKind::Alias(t) | TypeKind::Newtype(t) => f(t),
        TypeKind::User(u) => {
            for t in &mut u.parameters {
                f(t);
            }
        }
        TypeKind::Query(params) => {
            for p in params {
                f(&mut p.ty);
            }
        }
        TypeKind::Enum(_) => {}
    }
}

/// Calls `f` on every type reference an operation holds.
fn for_each_ref_in_operation(op: &mut Operation, f: &mut impl FnMut(&mut TypeRef)) {
    for p in op
        .path_params
        .iter_mut()
        .chain(&mut op.query_params)
        .chain(&mut op.header_params)
        .chain(&mut op.cookie_params)
    {
        f(&mut p.ty);
    }
    let mut body = |b: &mut BodyContent| match b {
        BodyContent::Json(t) | BodyContent::Form(t) => f(t),
        BodyContent::Multipart(fields) => {
            for field in fields {
                if let PartKind::Value(t) = &mut field.kind {
                    f(t);
                }
            }
        }
        BodyContent::EventStream { item, .. } => f(item),
        BodyContent::Binary(_) | BodyContent::Text(_) => {}
    };
    if let Some(b) = &mut op.body {
        body(&mut b.content);
    }
    for r in op.responses.iter_mut().chain(&mut op.default_response) {
        if let Some(b) = &mut r.body {
            body(b);
        }
    }
    for r in op.responses.iter_mut().chain(&mut op.default_response) {
        for h in &mut r.headers {
            f(&mut h.ty);
        }
    }
    if let Some(p) = &mut op.pagination {
        f(&mut p.item);
    }
}
