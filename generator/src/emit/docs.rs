//! Doc comments from `ir::Docs`.

use crate::ir::{Docs, Operation};
use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc = "..."]` attributes for the docs, one per line; `fallback` when there are none.
pub fn attrs(docs: &Docs, fallback: &str) -> TokenStream {
    let text = render(docs, fallback);
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

/// An operation's doc comment (on its client method and its trait method): its docs, then its
/// method and path.
pub fn operation(op: &Operation) -> TokenStream {
    let mut d = op.docs.clone();
    let line = format!("`{} {}`", op.method.as_str(), op.path);
    d.description = Some(match d.description.take() {
        Some(text) => format!("{text}\n\n{line}"),
        None => line,
    });
    attrs(&d, &op.name.wire)
}

/// Appends notes (presence, defaults, secrecy) as a last paragraph of the description.
pub fn with_notes(docs: &mut Docs, notes: &[String]) {
    if notes.is_empty() {
        return;
    }
    let base = docs.description.take().unwrap_or_default();
    let sep = if base.is_empty() { "" } else { "\n\n" };
    docs.description = Some(format!("{base}{sep}{}", notes.join(" ")));
}

/// The doc text: summary, description, default/example notes.
pub fn render(docs: &Docs, fallback: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(s) = &docs.summary {
        parts.push(s.clone());
    }
    if let Some(d) = &docs.description {
        if docs.summary.as_deref() != Some(d.as_str()) {
            parts.push(d.clone());
        }
    }
    if parts.is_empty() {
        parts.push(fallback.to_owned());
    }
    if let Some(e) = &docs.example {
        if e.len() <= 400 {
            parts.push(format!("Example: `{}`", e.replace('`', "'")));
        }
    }
    sanitize(&parts.join("\n\n"))
}

/// Keeps spec prose from being read as Rust: code fences become `text` blocks (so doctests do
/// not try to compile them) and indented lines lose the indentation that would make them code.
fn sanitize(text: &str) -> String {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            out.push(if in_fence {
                "```".to_owned()
            } else {
                "```text".to_owned()
            });
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
        } else {
            out.push(trimmed.trim_end().to_owned());
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    out.join("\n")
}
