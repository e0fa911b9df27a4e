//! Per-tag cargo features: each operation tag is a feature, an operation is compiled when one
//! of its tags' features is on, and a type when a feature whose operations reach it is on.
//! Types no operation reaches (webhook payloads, for example) sit behind `schemas`. Large
//! specs build only what a user asks for; `full` (in `default`) keeps everything.

use crate::ir::{Api, Operation, TypeRef};
use crate::names::{self, Scope};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Which features compile what. `Features::none()` (the project's own crates) emits no `cfg`.
pub struct Features {
    /// Feature names, in tag order, each with the tags it stands for.
    pub names: Vec<Feature>,
    /// Operation (by Rust name) → feature indexes.
    ops: FxHashMap<String, BTreeSet<usize>>,
    /// Type (by Rust name) → feature indexes.
    types: FxHashMap<String, BTreeSet<usize>>,
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
            ops: FxHashMap::default(),
            types: FxHashMap::default(),
        }
    }

    /// One feature per tag (and `untagged`, `schemas` where needed).
    pub fn by_tag(api: &Api) -> Self {
        let mut scope = Scope::with_reserved(RESERVED);
        let mut names: Vec<Feature> = Vec::new();
        let mut by_tag: FxHashMap<&str, usize> = FxHashMap::default();
        let mut untagged: Option<usize> = None;
        let mut ops = FxHashMap::default();
        for op in api.operations.iter().chain(&api.webhooks) {
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
        let kinds: FxHashMap<&str, &crate::ir::TypeKind> = api
            .types
            .iter()
            .map(|t| (t.name.as_str(), &t.kind))
            .collect();
        let mut types: FxHashMap<String, BTreeSet<usize>> = FxHashMap::default();
        for op in api.operations.iter().chain(&api.webhooks) {
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

    /// The one feature that alone reaches a named type, if only one does: such a type can live
    /// in that feature's own models crate.
    pub fn sole_feature(&self, name: &str) -> Option<usize> {
        match self.types.get(name) {
            Some(set) if set.len() == 1 && self.names.len() > 1 => set.first().copied(),
            _ => None,
        }
    }

    /// The feature indexes of an operation.
    pub fn op_set(&self, op: &Operation) -> BTreeSet<usize> {
        self.ops.get(&op.name.rust).cloned().unwrap_or_default()
    }

    /// The `#[cfg]` for items needed by any of these features.
    pub fn cfg(&self, set: Option<&BTreeSet<usize>>) -> TokenStream {
        match self.gate(set).as_deref() {
            None => quote!(),
            Some([one]) => quote!(#[cfg(feature = #one)]),
            Some(names) => quote!(#[cfg(any(#(feature = #names),*))]),
        }
    }

    /// The names of the features that gate a named type ([`Features::gate`]).
    pub(crate) fn ty_gate(&self, name: &str) -> Option<Vec<&str>> {
        self.gate(self.types.get(name))
    }

    /// The names of the features that gate an operation's items ([`Features::gate`]).
    pub(crate) fn op_gate(&self, op: &Operation) -> Option<Vec<&str>> {
        self.gate(self.ops.get(&op.name.rust))
    }

    /// The names of the features that gate items needed by any of these, as [`Features::cfg`]
    /// writes them; `None` when nothing gates them (every feature, or none at all).
    pub(crate) fn gate(&self, set: Option<&BTreeSet<usize>>) -> Option<Vec<&str>> {
        let set = set?;
        if self.names.is_empty() || set.len() == self.names.len() {
            return None;
        }
        Some(set.iter().map(|i| self.names[*i].name.as_str()).collect())
    }
}

/// Adds `set` to every type reachable from `roots`.
fn spread<'a>(
    roots: impl Iterator<Item = &'a TypeRef>,
    set: &BTreeSet<usize>,
    kinds: &FxHashMap<&str, &crate::ir::TypeKind>,
    types: &mut FxHashMap<String, BTreeSet<usize>>,
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

/// Puts `cfg` on every item in `items` (a type and its impls, an operation's types), after
/// the item's doc attributes, so an item reads: docs, when it exists, what it is.
///
/// Works on tokens rather than a `syn` parse: gating runs once per type and per operation,
/// and on large specs parsing every item twice (here and when formatting) was a fifth of the
/// generation time.
pub fn gate(cfg: &TokenStream, items: TokenStream) -> TokenStream {
    if cfg.is_empty() {
        return items;
    }
    let mut out = TokenStream::new();
    let mut tokens = items.into_iter().peekable();
    while tokens.peek().is_some() {
        let mut docs_done = false;
        let mut item = Vec::new();
        // Attributes: `#` followed by a bracket group; the cfg goes after the leading docs.
        loop {
            match tokens.peek() {
                Some(TokenTree::Punct(p)) if p.as_char() == '#' => {
                    let hash = tokens.next().expect("peeked");
                    let group = tokens.next();
                    if !docs_done && !group.as_ref().is_some_and(is_doc_attr) {
                        item.extend(cfg.clone());
                        docs_done = true;
                    }
                    item.push(hash);
                    item.extend(group);
                }
                _ => break,
            }
        }
        if !docs_done {
            item.extend(cfg.clone());
        }
        // The rest of the item: up to its closing `;`, or its body's braces for the items
        // that have one (`const`, `static`, `type` and `use` end at `;` even after braces).
        let mut ends_at_semicolon = false;
        // `'static` is a `'` and an ident, not the `static` keyword.
        let mut after_quote = false;
        for token in tokens.by_ref() {
            let end = match &token {
                TokenTree::Punct(p) => p.as_char() == ';',
                TokenTree::Ident(i) => {
                    let word = i.to_string();
                    if !after_quote && matches!(word.as_str(), "const" | "static" | "type" | "use")
                    {
                        ends_at_semicolon = true;
                    }
                    if word == "fn" {
                        ends_at_semicolon = false;
                    }
                    false
                }
                TokenTree::Group(g) => g.delimiter() == Delimiter::Brace && !ends_at_semicolon,
                TokenTree::Literal(_) => false,
            };
            after_quote = matches!(&token, TokenTree::Punct(p) if p.as_char() == '\'');
            item.push(token);
            if end {
                break;
            }
        }
        out.extend(item);
    }
    out
}

/// Whether an attribute's bracket group is `[doc ...]`.
fn is_doc_attr(group: &TokenTree) -> bool {
    let TokenTree::Group(g) = group else {
        return false;
    };
    matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(i)) if i == "doc")
}

#[cfg(test)]
mod tests {
    use super::gate;
    use quote::quote;

    #[test]
    fn gate_puts_the_cfg_on_every_item_after_its_docs() {
        let cfg = quote!(#[cfg(feature = "pets")]);
        let items = quote! {
            /// A pet.
            #[derive(Debug)]
            pub struct Pet { name: String }
            impl Pet {
                pub const NONE: Option<&'static Pet> = None;
            }
            pub const DEFAULT: Pet = Pet { name: String::new() };
            pub struct Id(u64);
            /// Lists.
            pub fn list() -> impl Iterator<Item = &'static Pet> { [].into_iter() }
            impl From<&'static str> for Id { fn from(_: &'static str) -> Self { Id(0) } }
            crate::primitives::open_enum!(Kind { Cat = "cat" });
            pub type Pets = Vec<Pet>;
            pub(crate) static COUNT: u64 = 0;
            pub const fn zero() -> u64 { 0 }
        };
        let gated = gate(&cfg, items).to_string();
        let expected = quote! {
            /// A pet.
            #[cfg(feature = "pets")]
            #[derive(Debug)]
            pub struct Pet { name: String }
            #[cfg(feature = "pets")]
            impl Pet {
                pub const NONE: Option<&'static Pet> = None;
            }
            #[cfg(feature = "pets")]
            pub const DEFAULT: Pet = Pet { name: String::new() };
            #[cfg(feature = "pets")]
            pub struct Id(u64);
            /// Lists.
            #[cfg(feature = "pets")]
            pub fn list() -> impl Iterator<Item = &'static Pet> { [].into_iter() }
            #[cfg(feature = "pets")]
            impl From<&'static str> for Id { fn from(_: &'static str) -> Self { Id(0) } }
            #[cfg(feature = "pets")]
            crate::primitives::open_enum!(Kind { Cat = "cat" });
            #[cfg(feature = "pets")]
            pub type Pets = Vec<Pet>;
            #[cfg(feature = "pets")]
            pub(crate) static COUNT: u64 = 0;
            #[cfg(feature = "pets")]
            pub const fn zero() -> u64 { 0 }
        };
        assert_eq!(gated, expected.to_string());
    }

    #[test]
    fn gate_without_a_cfg_changes_nothing() {
        let items = quote!(pub struct A; impl A {});
        assert_eq!(
            gate(&quote!(), items.clone()).to_string(),
            items.to_string()
        );
    }
}
