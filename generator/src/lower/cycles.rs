//! Recursion: finds the strongly connected components of the "contains directly" graph so that
//! exactly the fields that close a cycle are boxed, and rejects cycles no value could satisfy.

use crate::diagnostics::Diagnostic;
use crate::ir::{TypeDef, TypeKind, TypeRef};
use rustc_hash::FxHashMap;

/// The named type a reference holds inline (not behind `Vec` or a map).
fn direct_target(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(n) => Some(n),
        TypeRef::Nullable(inner) => direct_target(inner),
        _ => None,
    }
}

fn edges(def: &TypeDef) -> Vec<&str> {
    match &def.kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .filter_map(|f| direct_target(&f.ty))
            .collect(),
        TypeKind::Union(u) => u
            .variants
            .iter()
            .filter_map(|v| direct_target(&v.ty))
            .collect(),
        TypeKind::Alias(t) => direct_target(t).into_iter().collect(),
        // A user type's generic arguments are its business (a `Vec`-like type needs no box).
        TypeKind::Enum(_) | TypeKind::Query(_) | TypeKind::Newtype(_) | TypeKind::User(_) => {
            Vec::new()
        }
    }
}

/// Every named type a reference mentions, through arrays and maps too.
fn all_targets<'a>(ty: &'a TypeRef, out: &mut Vec<&'a str>) {
    match ty {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Nullable(t) | TypeRef::Array(t) | TypeRef::Map(t) => all_targets(t, out),
        _ => {}
    }
}

/// Aliases that contain themselves through arrays or maps (`A = [A]`) become newtypes: a
/// recursive type alias does not compile. Runs before boxing.
pub fn alias_cycles_to_newtypes(types: &mut [TypeDef]) {
    let index: FxHashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    let graph: Vec<Vec<usize>> = types
        .iter()
        .map(|t| match &t.kind {
            TypeKind::Alias(ty) => {
                let mut targets = Vec::new();
                all_targets(ty, &mut targets);
                targets
                    .into_iter()
                    .filter_map(|n| index.get(n).copied())
                    .collect()
            }
            _ => Vec::new(),
        })
        .collect();
    let component = crate::graph::component_of_each(&graph);
    let mut size: FxHashMap<usize, usize> = FxHashMap::default();
    for c in &component {
        *size.entry(*c).or_default() += 1;
    }
    for (i, def) in types.iter_mut().enumerate() {
        let cyclic = size[&component[i]] > 1 || graph[i].contains(&i);
        if let (true, TypeKind::Alias(ty)) = (cyclic, &def.kind) {
            // A direct alias cycle (`A = B`, `B = A`) stays an alias and is reported by `mark_boxes`.
            if direct_target(ty).is_none() {
                def.kind = TypeKind::Newtype(ty.clone());
            }
        }
    }
}

/// Sets `boxed` on fields and variants that close a cycle. Errors on cycles made only of
/// aliases and unions (`A = B`, `B = A`): no finite value has that type.
pub fn mark_boxes(types: &mut [TypeDef], file: &str) -> Result<(), Vec<Diagnostic>> {
    let index: FxHashMap<String, usize> = types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.clone(), i))
        .collect();
    let graph: Vec<Vec<usize>> = types
        .iter()
        .map(|t| {
            edges(t)
                .into_iter()
                .filter_map(|n| index.get(n).copied())
                .collect()
        })
        .collect();
    let component = crate::graph::component_of_each(&graph);

    let mut errors = Vec::new();
    let mut sizes: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (node, c) in component.iter().enumerate() {
        sizes.entry(*c).or_default().push(node);
    }
    for members in sizes.values() {
        let cyclic = members.len() > 1 || graph[members[0]].contains(&members[0]);
        let has_struct = members
            .iter()
            .any(|&m| matches!(types[m].kind, TypeKind::Struct(_)));
        if cyclic && !has_struct {
            let first = members
                .iter()
                .map(|&m| &types[m])
                .min_by_key(|t| &t.name)
                .expect("non-empty");
            let names: Vec<&str> = members.iter().map(|&m| types[m].name.as_str()).collect();
            errors.push(Diagnostic::new(
                file,
                first.origin.clone(),
                format!(
                    "reference cycle with no object in it ({}): no finite value has this type",
                    names.join(" → ")
                ),
            ));
        }
    }
    if !errors.is_empty() {
        errors.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        return Err(errors);
    }

    for (i, def) in types.iter_mut().enumerate() {
        let same = |n: &str| index.get(n).is_some_and(|&j| component[j] == component[i]);
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for f in &mut s.fields {
                    f.boxed = direct_target(&f.ty).is_some_and(same);
                }
            }
            TypeKind::Union(u) => {
                for v in &mut u.variants {
                    v.boxed = direct_target(&v.ty).is_some_and(same);
                }
            }
            _ => {}
        }
    }
    Ok(())
}
