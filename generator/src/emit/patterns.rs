//! The spec's `pattern`s as one table, `models::PATTERNS`: each distinct pattern is compiled at
//! most once per process, whichever parameters and fields use it, and the generated code names
//! it by its place in the table.

use crate::ir::{self, Api, TypeKind};
use proc_macro2::{Literal, TokenStream};
use quote::quote;
use std::collections::BTreeSet;

/// The distinct patterns of query parameters and of object fields (which the server checks in
/// request bodies), sorted.
pub(crate) struct Patterns(Vec<String>);

impl Patterns {
    pub(crate) fn of(api: &Api) -> Self {
        fn add(c: &ir::Constraints, out: &mut BTreeSet<String>) {
            out.extend(c.pattern.iter().cloned());
            if let Some(items) = &c.items {
                add(items, out);
            }
        }
        let mut all = BTreeSet::new();
        for op in &api.operations {
            for p in &op.query_params {
                add(&p.constraints, &mut all);
                add(&p.item_constraints, &mut all);
            }
        }
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
        Patterns(all.into_iter().collect())
    }

    /// `PATTERNS[i]` for `pattern`, under `models` (the path of the models module, empty
    /// inside it).
    pub(crate) fn entry(&self, pattern: &str, models: &TokenStream) -> TokenStream {
        let i = self
            .0
            .binary_search_by(|p| p.as_str().cmp(pattern))
            .expect("every pattern of the spec is in the table");
        let i = Literal::usize_unsuffixed(i);
        if models.is_empty() {
            quote!(PATTERNS[#i])
        } else {
            quote!(#models::PATTERNS[#i])
        }
    }

    /// The table, for the (shared) models module; nothing when the spec has no pattern.
    pub(crate) fn table(&self) -> TokenStream {
        if self.0.is_empty() {
            return quote!();
        }
        let n = Literal::usize_unsuffixed(self.0.len());
        let texts = &self.0;
        quote! {
            /// The spec's `pattern`s, each compiled on first use.
            #[doc(hidden)]
            pub static PATTERNS: [crate::rt::primitives::Pattern; #n] = [
                #( crate::rt::primitives::Pattern::new(#texts), )*
            ];
        }
    }
}
