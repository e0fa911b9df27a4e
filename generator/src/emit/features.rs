//! Per-tag cargo features: each operation tag is a feature, an operation is compiled when one
//! of its tags' features is on, and a type when a feature whose operations reach it is on.
//! Types no operation reaches (webhook payloads, for example) sit behind `schemas`. Large
//! specs build only what a user asks for; `full` (in `default`) keeps everything.

use crate::ir::{Api, Operation, TypeRef};
use crate::names::{self, Scope};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeSet, HashMap};

/// Which features compile what. `Features::none()` (the project's own crates) emits no `cfg`.
pub struct Features {
    /// Feature names, in tag order, each with the tags it stands for.
    pub names: Vec<Feature>,
    /// Operation (by Rust name) → feature indexes.
    ops: HashMap<String, BTreeSet<usize>>,
    /// Type (by Rust name) → feature indexes.
    types: HashMap<String, BTreeSet<usize>>,
}

/// One cargo feature.
pub struct Feature {
    /// The feature's name in `Cargo.toml`.
    pub name: String,
    /// What it compiles, for the manifest's comment.
    pub about: String,
}

/// Names cargo or the crate already uses.
const RESERVED: &[&str] = &["default", "full", "client", "server", "schemas"];

impl Features {
    /// No per-tag features: everything is always compiled.
    pub fn none() -> Self {
        Features {
            names: Vec::new(),
            ops: HashMap::new(),
            types: HashMap::new(),
        }
    }

    /// One feature per tag (and `untagged`, `schemas` where needed).
    pub fn by_tag(api: &Api) -> Self {
        let mut scope = Scope::with_reserved(RESERVED);
        let mut names: Vec<Feature> = Vec::new();
        let mut by_tag: HashMap<&str, usize> = HashMap::new();
        let mut untagged: Option<usize> = None;
        let mut ops = HashMap::new();
        for op in &api.operations {
            let mut set = BTreeSet::new();
            for tag in &op.tags {
                let i = *by_tag.entry(tag.as_str()).or_insert_with(|| {
                    names.push(Feature {
                        name: scope.claim(names::feature_name(tag)),
                        about: format!("operations tagged `{tag}`"),
                    });
                    names.len() - 1
                });
                set.insert(i);
            }
            if set.is_empty() {
                let i = *untagged.get_or_insert_with(|| {
                    names.push(Feature {
                        name: scope.claim("untagged".to_owned()),
                        about: "operations without a tag".to_owned(),
                    });
                    names.len() - 1
                });
                set.insert(i);
            }
            ops.insert(op.name.rust.clone(), set);
        }
        let kinds: HashMap<&str, &crate::ir::TypeKind> = api
            .types
            .iter()
            .map(|t| (t.name.as_str(), &t.kind))
            .collect();
        let mut types: HashMap<String, BTreeSet<usize>> = HashMap::new();
        for op in &api.operations {
            let set = &ops[&op.name.rust];
            let roots = op.refs();
            spread(roots.iter(), set, &kinds, &mut types);
        }
        let unreached: Vec<TypeRef> = api
            .types
            .iter()
            .filter(|t| !types.contains_key(&t.name))
            .map(|t| TypeRef::Named(t.name.clone()))
            .collect();
        if !unreached.is_empty() {
            names.push(Feature {
                name: "schemas".to_owned(),
                about: "schemas no operation uses".to_owned(),
            });
            let set = BTreeSet::from([names.len() - 1]);
            spread(unreached.iter(), &set, &kinds, &mut types);
        }
        Features { names, ops, types }
    }

    /// The `#[cfg]` of an operation's items.
    pub fn op(&self, op: &Operation) -> TokenStream {
        self.cfg(self.ops.get(&op.name.rust))
    }

    /// The `#[cfg]` of a named type.
    pub fn ty(&self, name: &str) -> TokenStream {
        self.cfg(self.types.get(name))
    }

    /// The feature indexes of an operation.
    pub fn op_set(&self, op: &Operation) -> BTreeSet<usize> {
        self.ops.get(&op.name.rust).cloned().unwrap_or_default()
    }

    /// The `#[cfg]` for items needed by any of these features.
    pub fn cfg(&self, set: Option<&BTreeSet<usize>>) -> TokenStream {
        let Some(set) = set else { return quote!() };
        if self.names.is_empty() || set.len() == self.names.len() {
            return quote!();
        }
        let names: Vec<&String> = set.iter().map(|i| &self.names[*i].name).collect();
        match names.as_slice() {
            [one] => quote!(#[cfg(feature = #one)]),
            _ => quote!(#[cfg(any(#(feature = #names),*))]),
        }
    }
}

/// Adds `set` to every type reachable from `roots`.
fn spread<'a>(
    roots: impl Iterator<Item = &'a TypeRef>,
    set: &BTreeSet<usize>,
    kinds: &HashMap<&str, &crate::ir::TypeKind>,
    types: &mut HashMap<String, BTreeSet<usize>>,
) {
    let mut stack: Vec<String> = roots.filter_map(|t| t.named().map(str::to_owned)).collect();
    while let Some(name) = stack.pop() {
        let entry = types.entry(name.clone()).or_default();
        if set.is_subset(entry) {
            continue; // already carries these features, and so does everything it reaches
        }
        entry.extend(set.iter().copied());
        if let Some(kind) = kinds.get(name.as_str()) {
            stack.extend(
                kind.refs()
                    .iter()
                    .filter_map(|t| t.named().map(str::to_owned)),
            );
        }
    }
}

/// Puts `cfg` on every item in `items` (a type and its impls, an operation's types).
pub fn gate(cfg: &TokenStream, items: TokenStream) -> TokenStream {
    if cfg.is_empty() {
        return items;
    }
    // Emitted tokens always parse; if they did not, formatting reports it with a location.
    let Ok(mut file) = syn::parse2::<syn::File>(items.clone()) else {
        return items;
    };
    let Ok(attr) = syn::parse::Parser::parse2(syn::Attribute::parse_outer, cfg.clone()) else {
        return items;
    };
    for item in &mut file.items {
        if let Some(attrs) = item_attrs(item) {
            // After the docs, so an item reads: docs, when it exists, what it is.
            let at = attrs
                .iter()
                .position(|a| !a.path().is_ident("doc"))
                .unwrap_or(attrs.len());
            attrs.splice(at..at, attr.iter().cloned());
        }
    }
    let items = file.items;
    quote!(#(#items)*)
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Struct(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Const(i) => &mut i.attrs,
        Item::Trait(i) => &mut i.attrs,
        Item::Use(i) => &mut i.attrs,
        Item::Mod(i) => &mut i.attrs,
        _ => return None,
    })
}
