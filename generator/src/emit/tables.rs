//! The spec's constraints as shared tables in the (shared) models module: `PATTERNS`, each
//! distinct `pattern` compiled at most once per process, and one `RULES_<n>` static per
//! distinct rule set of a query parameter (the same filters recur across list operations).
//! Generated code names their entries instead of repeating them.

use super::types::Index;
use crate::ir::{self, Api, Param, TypeKind, TypeRef};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use std::collections::{BTreeSet, HashMap};

pub(crate) struct Tables {
    /// The distinct patterns of query parameters and object fields, sorted.
    patterns: Vec<String>,
    /// The distinct rule sets, in first use: their `rt::Rules` literal and a description.
    rules: Vec<(TokenStream, String)>,
    /// A literal's text → its place in `rules`.
    by_text: HashMap<String, usize>,
    /// (query type, parameter index) → its place in `rules`.
    by_param: HashMap<(String, usize), usize>,
}

impl Tables {
    pub(crate) fn of(api: &Api, index: &Index) -> Self {
        fn add(c: &ir::Constraints, out: &mut BTreeSet<String>) {
            out.extend(c.pattern.iter().cloned());
            if let Some(items) = &c.items {
                add(items, out);
            }
        }
        let mut all = BTreeSet::new();
        for def in &api.types {
            match &def.kind {
                TypeKind::Struct(s) => s.fields.iter().for_each(|f| add(&f.constraints, &mut all)),
                TypeKind::Query(params) => params.iter().for_each(|p| {
                    add(&p.constraints, &mut all);
                    add(&p.item_constraints, &mut all);
                }),
                _ => {}
            }
        }
        let mut tables = Tables {
            patterns: all.into_iter().collect(),
            rules: Vec::new(),
            by_text: HashMap::new(),
            by_param: HashMap::new(),
        };
        for def in &api.types {
            if let TypeKind::Query(params) = &def.kind {
                for (i, p) in params.iter().enumerate() {
                    if let Some(k) = tables.intern_param(p, index) {
                        tables.by_param.insert((def.name.clone(), i), k);
                    }
                }
            }
        }
        tables
    }

    /// Places a rule set in the table (once), returning its place.
    fn intern(&mut self, literal: TokenStream, about: String) -> usize {
        let text = literal.to_string();
        if let Some(&i) = self.by_text.get(&text) {
            return i;
        }
        self.by_text.insert(text, self.rules.len());
        self.rules.push((literal, about));
        self.rules.len() - 1
    }

    /// `PATTERNS[i]` for `pattern`, under `models` (the path of the models module, empty
    /// inside it).
    pub(crate) fn pattern(&self, pattern: &str, models: &TokenStream) -> TokenStream {
        let i = self
            .patterns
            .binary_search_by(|p| p.as_str().cmp(pattern))
            .expect("every pattern of the spec is in the table");
        let i = Literal::usize_unsuffixed(i);
        if models.is_empty() {
            quote!(PATTERNS[#i])
        } else {
            quote!(#models::PATTERNS[#i])
        }
    }

    /// `&RULES_<n>` for parameter `i` of the query type `query`, or `&rt::Rules::NONE`; and
    /// whether it has rules.
    pub(crate) fn param_rules(&self, query: &str, i: usize) -> (TokenStream, bool) {
        match self.by_param.get(&(query.to_owned(), i)) {
            Some(&k) => {
                let name = rules_name(k);
                (quote!(&#name), true)
            }
            None => (quote!(&rt::Rules::NONE), false),
        }
    }

    /// Places the rules of `p` in the table: for a list, its item count and, as `items`, what
    /// each item must satisfy.
    fn intern_param(&mut self, p: &Param, index: &Index) -> Option<usize> {
        match index.resolve(&p.ty) {
            TypeRef::Array(item) => {
                let mut set = Vec::new();
                let mut about = Vec::new();
                let c = &p.constraints;
                if let Some(n) = c.min_items {
                    set.push(quote!(min_items: #n));
                    about.push(count("at least", n, "item"));
                }
                if let Some(n) = c.max_items {
                    set.push(quote!(max_items: #n));
                    about.push(count("at most", n, "item"));
                }
                if let Some((literal, each)) =
                    self.value_rules(index.resolve(item), &p.item_constraints, index)
                {
                    let name = rules_name(self.intern(literal, each.clone()));
                    set.push(quote!(items: ::std::option::Option::Some(&#name)));
                    about.push(format!("each item {each}"));
                }
                let (literal, about) = rules(set, about)?;
                Some(self.intern(literal, about))
            }
            other => {
                let (literal, about) = self.value_rules(other, &p.constraints, index)?;
                Some(self.intern(literal, about))
            }
        }
    }

    /// The rules of one scalar value of type `ty` (resolved), and their description.
    fn value_rules(
        &self,
        ty: &TypeRef,
        c: &ir::Constraints,
        index: &Index,
    ) -> Option<(TokenStream, String)> {
        let mut set = Vec::new();
        let mut about = Vec::new();
        if matches!(
            ty,
            TypeRef::I32 | TypeRef::I64 | TypeRef::F32 | TypeRef::F64
        ) {
            if let Some(n) = c.minimum {
                set.push(quote!(minimum: #n));
                set.extend(c.exclusive_minimum.then(|| quote!(exclusive_minimum: true)));
                about.push(format!(
                    "{} {n}",
                    if c.exclusive_minimum {
                        "above"
                    } else {
                        "at least"
                    }
                ));
            }
            if let Some(n) = c.maximum {
                set.push(quote!(maximum: #n));
                set.extend(c.exclusive_maximum.then(|| quote!(exclusive_maximum: true)));
                about.push(format!(
                    "{} {n}",
                    if c.exclusive_maximum {
                        "below"
                    } else {
                        "at most"
                    }
                ));
            }
        }
        if matches!(ty, TypeRef::String) {
            if let Some(n) = c.min_length {
                set.push(quote!(min_length: #n));
                about.push(count("at least", n, "character"));
            }
            if let Some(n) = c.max_length {
                set.push(quote!(max_length: #n));
                about.push(count("at most", n, "character"));
            }
        }
        if let TypeRef::Named(n) = ty {
            if matches!(index.kind(n), Some(TypeKind::Enum(_))) {
                set.push(quote!(known: true));
                about.push("one of the enum's values".to_owned());
            }
        }
        if let Some(pattern) = &c.pattern {
            let entry = self.pattern(pattern, &TokenStream::new());
            set.push(quote!(pattern: ::std::option::Option::Some(&#entry)));
            about.push(format!("matching `{pattern}`"));
        }
        if !c.allowed.is_empty() {
            let allowed: Vec<String> = c
                .allowed
                .iter()
                .map(|v| match v {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .collect();
            about.push(format!(
                "one of {}",
                allowed
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            set.push(quote!(allowed: &[#(#allowed),*]));
        }
        rules(set, about)
    }

    /// The tables, for the (shared) models module; nothing for a spec without constraints.
    pub(crate) fn statics(&self) -> TokenStream {
        let patterns = (!self.patterns.is_empty()).then(|| {
            let n = Literal::usize_unsuffixed(self.patterns.len());
            let texts = &self.patterns;
            quote! {
                /// The spec's `pattern`s, each compiled on first use.
                #[doc(hidden)]
                pub static PATTERNS: [rt::Pattern; #n] = [#( rt::Pattern::new(#texts), )*];
            }
        });
        let rules = self.rules.iter().enumerate().map(|(i, (literal, about))| {
            let name = rules_name(i);
            let doc = format!(" Query parameter rules: {about}.");
            quote! {
                #[doc = #doc]
                #[doc(hidden)]
                pub static #name: rt::Rules = #literal;
            }
        });
        quote!(#patterns #(#rules)*)
    }
}

/// `at least 1 item`, `at most 3 characters`.
fn count(bound: &str, n: usize, what: &str) -> String {
    if n == 1 {
        format!("{bound} 1 {what}")
    } else {
        format!("{bound} {n} {what}s")
    }
}

fn rules_name(i: usize) -> proc_macro2::Ident {
    format_ident!("RULES_{}", i)
}

/// `rt::Rules` with the fields in `set`, the others unconstrained, and its description.
fn rules(set: Vec<TokenStream>, about: Vec<String>) -> Option<(TokenStream, String)> {
    (!set.is_empty()).then(|| {
        (
            quote!(rt::Rules { #(#set,)* ..rt::Rules::NONE }),
            about.join(", "),
        )
    })
}
