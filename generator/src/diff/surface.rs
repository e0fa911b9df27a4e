//! The Rust axis: the public items the emitters write for a spec, read from their tokens, and
//! compared the way Rust's semver rules (and `cargo semver-checks`) judge a release: a removed
//! item, field or variant, a changed type or signature, a field added to a struct users build
//! with a literal, a variant added to an enum without `#[non_exhaustive]`, a trait method
//! without a default body, a lost derive are breaking; new items are additions; any other
//! difference in the tokens (documentation, bodies) is a patch.

use super::{Breaking, Bump, Change, Kind, Side, Which};
use crate::emit::{self, Config, Part};
use crate::ir::{Api, BodyContent, Docs, Operation, Param, Response, TypeKind};
use quote::ToTokens;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// The parts in the order of [`Surface::parts`] (and of `emit::emitted`).
const PARTS: [Part; 3] = [Part::Models, Part::Client, Part::Server];

/// The three parts of a layout as item chunks: what the comparison reads.
pub(super) struct Surface {
    parts: [Vec<Chunk>; 3],
}

/// One top-level item of a part as text, or one member of an inherent `impl` or a `trait`
/// (with the block's header), so that a spec change that touches one operation re-reads one
/// method rather than the whole `impl Client`. Items whose text is the same on both sides
/// have the same surface and are never parsed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Chunk {
    /// `impl Client`, `pub trait Api: Send + Sync` (with attributes) for a member.
    header: Option<String>,
    /// What the surface reads of the item ([`Keep::Api`]), printed on the emitter's thread
    /// while the tokens are at hand.
    text: String,
}

/// What of an item (or an inherent impl's member) can hold public API. Private items (the
/// server's handlers, the tables behind the models, `pub(crate)` helpers) are most of the
/// text of a large crate and hold none, a trait impl's body is the trait's, and function
/// bodies and doc comments are no API either ([`without_bodies`]); leaving them out of the
/// text before it is compared and parsed again saves most of both.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reads {
    /// A private item, or an inner attribute.
    Nothing,
    /// A trait impl: only whether it exists (under its gate) is API, so this is its header
    /// with an empty body.
    Header(String),
    /// Everything but bodies and doc comments: a public item, a trait's member, a macro call.
    All,
}

/// How much of each item a chunk's text holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// What [`Reads`] says can hold API: the report's chunks.
    Api,
    /// Every token: for the tests that check the other leaves no API out.
    #[cfg_attr(not(test), allow(dead_code))]
    Whole,
}

impl Keep {
    /// The text of a block's header (`impl Client`, a trait's attributes and name).
    fn header(self, tokens: &[proc_macro2::TokenTree]) -> String {
        match self {
            Keep::Whole => text_of(tokens),
            Keep::Api => bare_text(tokens),
        }
    }

    fn text(self, item: &[proc_macro2::TokenTree], reads: Reads) -> String {
        match (self, reads) {
            (Keep::Whole, _) => text_of(item),
            (Keep::Api, Reads::Nothing) => String::new(),
            (Keep::Api, Reads::Header(header)) => header,
            (Keep::Api, Reads::All) => bare_text(item),
        }
    }
}

/// The tokens as text without function bodies and doc comments ([`without_bodies`]).
fn bare_text(tokens: &[proc_macro2::TokenTree]) -> String {
    without_bodies(tokens.iter().cloned().collect()).to_string()
}

/// The public items of the chunks of one part that differ from the other side.
#[derive(Default)]
struct PartSurface {
    items: BTreeMap<String, Item>,
}

#[derive(Debug, Clone, PartialEq)]
enum Item {
    Struct {
        attrs: Attrs,
        /// Field name (or position) → type.
        fields: Vec<(String, String)>,
        /// Every field is public: users can build it with a literal.
        all_public: bool,
    },
    Enum {
        attrs: Attrs,
        /// Variant → its fields as text.
        variants: Vec<(String, String)>,
    },
    Fn {
        cfg: String,
        sig: String,
    },
    Trait {
        cfg: String,
        /// Method → (signature, has a default body).
        methods: BTreeMap<String, (String, bool)>,
    },
    /// A type alias, constant or static: its type.
    Typed {
        cfg: String,
        ty: String,
    },
    /// A trait impl, re-export or macro call: present or not.
    Present {
        cfg: String,
    },
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Attrs {
    cfg: String,
    derives: BTreeSet<String>,
    non_exhaustive: bool,
}

/// Emits the items of `api` in `only` with `config` and cuts each part into chunks. `api` is
/// read [`without_prose`].
pub(super) fn of(api: &Api, config: &Config, only: emit::Only<'_>) -> Surface {
    let parts = emit::emitted(api, config, only, |_, tokens| chunks(tokens));
    Surface { parts }
}

/// `api` without the text of its documentation (summaries, descriptions, examples; a
/// deprecation stays, it is an attribute): what the Rust axis emits. Doc comments are no API,
/// and on a large spec most changes are only in prose, so emitting without it leaves those
/// items out of the reach and a large part of the tokens out of the rest. Whether the prose
/// changed is read off the IR instead ([`changed_behind`]).
pub(super) fn without_prose(api: &Api) -> Api {
    fn clear(docs: &mut Docs) {
        *docs = docs.text_free();
    }
    fn params(list: &mut [Param]) {
        list.iter_mut().for_each(|p| clear(&mut p.docs));
    }
    fn body(content: &mut BodyContent) {
        if let BodyContent::Multipart(fields) = content {
            fields.iter_mut().for_each(|f| clear(&mut f.docs));
        }
    }
    fn response(r: &mut Response) {
        clear(&mut r.docs);
        r.headers.iter_mut().for_each(|h| clear(&mut h.docs));
        if let Some(content) = &mut r.body {
            body(content);
        }
    }
    fn operation(op: &mut Operation) {
        clear(&mut op.docs);
        params(&mut op.path_params);
        params(&mut op.query_params);
        params(&mut op.header_params);
        params(&mut op.cookie_params);
        if let Some(b) = &mut op.body {
            clear(&mut b.docs);
            body(&mut b.content);
        }
        op.responses.iter_mut().for_each(response);
        if let Some(r) = &mut op.default_response {
            response(r);
        }
    }
    let mut api = api.clone();
    api.description = None;
    for t in &mut api.types {
        clear(&mut t.docs);
        match &mut t.kind {
            TypeKind::Struct(s) => s.fields.iter_mut().for_each(|f| clear(&mut f.docs)),
            TypeKind::Query(list) => params(list),
            _ => {}
        }
    }
    api.operations.iter_mut().for_each(operation);
    api.webhooks.iter_mut().for_each(operation);
    api
}

/// Whether anything behind each part ([`PARTS`]) differs between the two IRs, prose
/// included: the models are the types, the client and the server everything else. A part
/// whose public items are the same needs a patch release when it does.
pub(super) fn changed_behind(old: &Api, new: &Api) -> [bool; 3] {
    // Spelled out field by field, so that a field added to `Api` is not overlooked here.
    fn rest(api: &Api) -> impl PartialEq + '_ {
        let Api {
            title,
            version,
            description,
            types: _,
            operations,
            oauth2,
            servers,
            webhooks,
        } = api;
        (
            title,
            version,
            description,
            operations,
            oauth2,
            servers,
            webhooks,
        )
    }
    let models = old.types != new.types;
    let rest = rest(old) != rest(new);
    [models, rest, rest]
}

fn part_name(part: Part) -> &'static str {
    match part {
        Part::Models => "models",
        Part::Client => "client",
        Part::Server => "server",
    }
}

/// Splits a token stream into its items: an item ends at a top-level `;`, or at its brace
/// block unless it is a `const`, `static`, `use` or `type` (whose initializer or tree may
/// hold braces before the `;`).
fn items_of(tokens: proc_macro2::TokenStream) -> Vec<Vec<proc_macro2::TokenTree>> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut out = Vec::new();
    let mut current: Vec<TokenTree> = Vec::new();
    let mut until_semicolon = false;
    let mut iter = tokens.into_iter().peekable();
    // `'static` is a `'` and an identifier: not the `static` keyword.
    let mut after_quote = false;
    while let Some(tt) = iter.next() {
        // An inner attribute (`#![allow(..)]`) is a chunk of its own.
        if current.is_empty() && matches!(&tt, TokenTree::Punct(p) if p.as_char() == '#') {
            if let Some(TokenTree::Punct(bang)) = iter.peek() {
                if bang.as_char() == '!' {
                    let bang = iter.next().into_iter();
                    let group = iter.next().into_iter();
                    out.push(std::iter::once(tt).chain(bang).chain(group).collect());
                    continue;
                }
            }
        }
        let end = match &tt {
            TokenTree::Punct(p) => p.as_char() == ';',
            TokenTree::Group(g) => g.delimiter() == Delimiter::Brace && !until_semicolon,
            TokenTree::Ident(i) => {
                if !after_quote
                    && ["const", "static", "use", "type"].iter().any(|w| i == w)
                    && !matches!(iter.peek(), Some(TokenTree::Ident(n)) if n == "fn")
                {
                    until_semicolon = true;
                }
                false
            }
            TokenTree::Literal(_) => false,
        };
        after_quote = matches!(&tt, TokenTree::Punct(p) if p.as_char() == '\'');
        current.push(tt);
        if end {
            out.push(std::mem::take(&mut current));
            until_semicolon = false;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A part as chunks: inherent `impl` blocks and traits by member, everything else whole.
fn chunks(tokens: proc_macro2::TokenStream) -> Vec<Chunk> {
    cut(tokens, Keep::Api)
}

/// [`chunks`], keeping `keep` of each.
fn cut(tokens: proc_macro2::TokenStream, keep: Keep) -> Vec<Chunk> {
    use proc_macro2::TokenTree;
    let mut out = Vec::new();
    for item in items_of(tokens) {
        let is_ident = |t: &TokenTree, w: &str| matches!(t, TokenTree::Ident(i) if i == w);
        let split = match item.last() {
            Some(TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Brace => {
                let head = &item[..item.len() - 1];
                let inherent_impl = head.iter().any(|t| is_ident(t, "impl"))
                    && !head.iter().any(|t| is_ident(t, "for"));
                let is_trait = head.iter().any(|t| is_ident(t, "trait"));
                (inherent_impl || is_trait).then(|| (g.stream(), is_trait))
            }
            _ => None,
        };
        match split {
            Some((body, is_trait)) => {
                let header = keep.header(&item[..item.len() - 1]);
                let members = items_of(body);
                if members.is_empty() {
                    out.push(Chunk {
                        header: Some(header.clone()),
                        text: String::new(),
                    });
                }
                for m in members {
                    // A trait's members are as public as the trait.
                    let reads = if is_trait { Reads::All } else { reads(&m) };
                    out.push(Chunk {
                        header: Some(header.clone()),
                        text: keep.text(&m, reads),
                    });
                }
            }
            None => {
                let reads = reads(&item);
                out.push(Chunk {
                    header: None,
                    text: keep.text(&item, reads),
                });
            }
        }
    }
    out
}

/// The tokens as text, spaced as a `TokenStream` of them prints (a space between two tokens
/// unless the first is a joint punctuation mark), without building that stream.
fn text_of(tokens: &[proc_macro2::TokenTree]) -> String {
    use proc_macro2::{Spacing, TokenTree};
    use std::fmt::Write;
    let mut out = String::new();
    let mut joint = false;
    for (i, t) in tokens.iter().enumerate() {
        if i != 0 && !joint {
            out.push(' ');
        }
        joint = matches!(t, TokenTree::Punct(p) if p.spacing() == Spacing::Joint);
        let _ = write!(out, "{t}");
    }
    out
}

/// What of an item (or an inherent impl's member) the surface reads: `items` reads public
/// items, impls and macro calls, and of a trait impl only its header.
fn reads(item: &[proc_macro2::TokenTree]) -> Reads {
    use proc_macro2::{Delimiter, TokenTree};
    let punct =
        |t: Option<&TokenTree>, c: char| matches!(t, Some(TokenTree::Punct(p)) if p.as_char() == c);
    let mut at = 0;
    // Outer attributes; an inner one (`#![..]`) is no item.
    while punct(item.get(at), '#') {
        match item.get(at + 1) {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => at += 2,
            _ => return Reads::Nothing,
        }
    }
    match (item.get(at), item.get(at + 1)) {
        // `pub`, but not `pub(crate)` or `pub(super)`.
        (Some(TokenTree::Ident(i)), next) if i == "pub" => match next {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => Reads::Nothing,
            _ => Reads::All,
        },
        (Some(TokenTree::Ident(i)), _) if i == "impl" || i == "unsafe" => match item.last() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                Reads::Header(format!("{} {{}}", text_of(&item[..item.len() - 1])))
            }
            _ => Reads::All,
        },
        // A macro call: `open_enum!(..)`, `crate::rt::primitives::object!(..)`.
        _ if is_macro_call(&item[at..]) => Reads::All,
        _ => Reads::Nothing,
    }
}

/// Whether the tokens start with a path and a `!`.
fn is_macro_call(tokens: &[proc_macro2::TokenTree]) -> bool {
    use proc_macro2::TokenTree;
    let path = tokens
        .iter()
        .take_while(|t| match t {
            TokenTree::Ident(_) => true,
            TokenTree::Punct(p) => p.as_char() == ':',
            _ => false,
        })
        .count();
    path > 0 && matches!(tokens.get(path), Some(TokenTree::Punct(p)) if p.as_char() == '!')
}

/// The chunks of `a` that `b` lacks, counted as a multiset.
fn only_in<'a>(a: &'a [Chunk], b: &[Chunk]) -> Vec<&'a Chunk> {
    let mut counts: FxHashMap<&Chunk, usize> = FxHashMap::default();
    for c in b {
        *counts.entry(c).or_default() += 1;
    }
    a.iter()
        .filter(|c| match counts.get_mut(*c) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

/// About how much source one parse reads: the differing chunks of every part of both sides
/// are cut into pieces of this size and parsed on every core at once ([`read_all`]).
const PIECE_BYTES: usize = 16 * 1024;

/// The public items of the chunks of `mine` that `theirs` lacks (as a multiset), read on this
/// thread: what [`read_all`] gives for one part, for the tests.
#[cfg(test)]
fn differing(mine: &[Chunk], theirs: &[Chunk], part: Part) -> Result<PartSurface, String> {
    let mut out = PartSurface::default();
    for piece in differing_source(mine, theirs) {
        merge(&mut out.items, read_piece(&piece, part)?);
    }
    Ok(out)
}

/// The source of the chunks of `mine` that `theirs` lacks (as a multiset), in pieces of about
/// [`PIECE_BYTES`] that parse on their own. A block with a member that differs is rebuilt with
/// its differing members, on each side that has the block, so the block itself (a trait, with
/// its gate) is compared too; a long one is cut between members, its header repeated
/// ([`merge`] joins a trait's methods again).
fn differing_source(mine: &[Chunk], theirs: &[Chunk]) -> Vec<String> {
    let only = only_in(mine, theirs);
    // Headers with a differing member on either side.
    let touched: BTreeSet<&str> = only
        .iter()
        .chain(&only_in(theirs, mine))
        .filter_map(|c| c.header.as_deref())
        .collect();
    let mine_headers: BTreeSet<&str> = mine.iter().filter_map(|c| c.header.as_deref()).collect();
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let full = |piece: &String| piece.len() >= PIECE_BYTES;
    for c in only.iter().filter(|c| c.header.is_none()) {
        piece.push_str(&c.text);
        piece.push('\n');
        if full(&piece) {
            pieces.push(std::mem::take(&mut piece));
        }
    }
    for header in touched.iter().filter(|h| mine_headers.contains(*h)) {
        let mut members = only
            .iter()
            .filter(|c| c.header.as_deref() == Some(*header))
            .peekable();
        // The block once even without a differing member of its own.
        loop {
            piece.push_str(header);
            piece.push_str(" {\n");
            for c in members.by_ref() {
                piece.push_str(&c.text);
                piece.push('\n');
                if full(&piece) {
                    break;
                }
            }
            piece.push_str("}\n");
            if full(&piece) {
                pieces.push(std::mem::take(&mut piece));
            }
            if members.peek().is_none() {
                break;
            }
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// The public items in a piece of a part's source.
fn read_piece(source: &str, part: Part) -> Result<BTreeMap<String, Item>, String> {
    // The chunks are the emitters' own tokens as text, which lex and parse again (the
    // formatter parses the same tokens), already without bodies and doc comments
    // ([`Keep::Api`]).
    let file = syn::parse_str::<syn::File>(source).map_err(|e| e.to_string())?;
    let mut out = BTreeMap::new();
    items(&file.items, part_name(part), &mut out);
    Ok(out)
}

/// Adds a piece's items to those of the pieces before it: a later item of the same name
/// replaces an earlier one, as within one piece, but the methods of a trait cut into two
/// pieces are joined.
fn merge(into: &mut BTreeMap<String, Item>, piece: BTreeMap<String, Item>) {
    for (key, item) in piece {
        match (into.get_mut(&key), item) {
            (
                Some(Item::Trait { cfg, methods }),
                Item::Trait {
                    cfg: more_cfg,
                    methods: more,
                },
            ) if *cfg == more_cfg => methods.extend(more),
            (_, item) => {
                into.insert(key, item);
            }
        }
    }
}

/// [`differing`] for each part of both sides: every piece of source on a pool of threads, one
/// per core, the largest first (the parts and the sides differ in size, and one side of a
/// release that adds a hundred operations is most of the work).
fn read_all(old: &Surface, new: &Surface) -> [[Result<PartSurface, String>; 3]; 2] {
    use std::sync::atomic::{AtomicUsize, Ordering};
    // (side, part, piece), side 0 the old one.
    let mut jobs: Vec<(usize, usize, String)> = Vec::new();
    for (side, (mine, theirs)) in [(old, new), (new, old)].into_iter().enumerate() {
        for part in 0..PARTS.len() {
            for piece in differing_source(&mine.parts[part], &theirs.parts[part]) {
                jobs.push((side, part, piece));
            }
        }
    }
    let mut order: Vec<usize> = (0..jobs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(jobs[i].2.len()));
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(jobs.len())
        .max(1);
    let read = || {
        let mut done = Vec::new();
        loop {
            let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) else {
                return done;
            };
            let (_, part, piece) = &jobs[i];
            done.push((i, read_piece(piece, PARTS[*part])));
        }
    };
    let mut results: Vec<Option<Result<BTreeMap<String, Item>, String>>> =
        (0..jobs.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let others: Vec<_> = (1..workers).map(|_| scope.spawn(read)).collect();
        let mine = read();
        for done in others
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .chain([mine])
        {
            for (i, result) in done {
                results[i] = Some(result);
            }
        }
    });
    let mut out: [[Result<PartSurface, String>; 3]; 2] =
        std::array::from_fn(|_| std::array::from_fn(|_| Ok(PartSurface::default())));
    // In source order, so that merging reads as one parse of the part would.
    for ((side, part, _), result) in jobs.iter().zip(results) {
        let result = result.expect("every piece is read");
        let slot = &mut out[*side][*part];
        match (slot.as_mut(), result) {
            (Ok(surface), Ok(items)) => merge(&mut surface.items, items),
            (Ok(_), Err(e)) => *slot = Err(e),
            (Err(_), _) => {}
        }
    }
    out
}

/// The tokens with every function body emptied, every `const`/`static` initializer
/// replaced by `0` and every doc comment (`#[doc = ".."]`, not `#[doc(hidden)]`) dropped:
/// what is left are the signatures, types and attributes the surface reads.
fn without_bodies(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    use proc_macro2::{Delimiter, Group, Literal, TokenTree};
    let is_doc_comment = |t: Option<&TokenTree>| match t {
        Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => {
            let mut inner = g.stream().into_iter();
            matches!(inner.next(), Some(TokenTree::Ident(i)) if i == "doc")
                && matches!(inner.next(), Some(TokenTree::Punct(p)) if p.as_char() == '=')
        }
        _ => false,
    };
    let mut out: Vec<TokenTree> = Vec::new();
    let mut iter = tokens.into_iter().peekable();
    // Inside a signature: from `fn` to its body.
    let mut in_fn = false;
    while let Some(tt) = iter.next() {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == '#' && is_doc_comment(iter.peek()) => {
                iter.next();
            }
            TokenTree::Ident(i) if i == "fn" => {
                in_fn = true;
                out.push(tt);
            }
            // (`'static` is a `'` and an identifier, not the keyword.)
            TokenTree::Ident(i)
                if (i == "const" || i == "static")
                    && !matches!(out.last(), Some(TokenTree::Punct(p)) if p.as_char() == '\'')
                    && !matches!(iter.peek(), Some(TokenTree::Ident(n)) if n == "fn") =>
            {
                // `const NAME: Type = expr;`: keep up to `=`, then `0;`.
                out.push(tt);
                let mut depth = 0i32;
                for t in iter.by_ref() {
                    match &t {
                        TokenTree::Punct(p) if p.as_char() == '<' => depth += 1,
                        TokenTree::Punct(p) if p.as_char() == '>' => depth -= 1,
                        TokenTree::Punct(p) if p.as_char() == '=' && depth <= 0 => {
                            out.push(t);
                            out.push(TokenTree::Literal(Literal::u8_unsuffixed(0)));
                            break;
                        }
                        TokenTree::Punct(p) if p.as_char() == ';' => {
                            out.push(t);
                            break;
                        }
                        _ => {}
                    }
                    out.push(t);
                }
                if matches!(out.last(), Some(TokenTree::Literal(_))) {
                    for t in iter.by_ref() {
                        if matches!(&t, TokenTree::Punct(p) if p.as_char() == ';') {
                            out.push(t);
                            break;
                        }
                    }
                }
            }
            TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                let inner = if in_fn {
                    in_fn = false;
                    proc_macro2::TokenStream::new()
                } else {
                    without_bodies(g.stream())
                };
                let mut group = Group::new(Delimiter::Brace, inner);
                group.set_span(g.span());
                out.push(TokenTree::Group(group));
            }
            TokenTree::Punct(p) if p.as_char() == ';' && in_fn => {
                // A trait method without a body.
                in_fn = false;
                out.push(tt);
            }
            _ => out.push(tt),
        }
    }
    out.into_iter().collect()
}

fn text(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

/// A type or signature as people write it: `Option<String>` rather than
/// `:: std :: option :: Option < :: std :: string :: String >`.
fn pretty(tokens: &str) -> String {
    let mut out = String::with_capacity(tokens.len());
    let chars: Vec<char> = tokens.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = out.chars().last().unwrap_or(' ');
            let after = chars.get(i + 1).copied().unwrap_or(' ');
            let word = |c: char| c.is_alphanumeric() || c == '_' || c == '\'';
            let keyword = out.ends_with("impl") || out.ends_with("dyn") || out.ends_with("for");
            if (word(before) && word(after))
                || (keyword && after == ':')
                || before == ','
                || before == '+'
                || after == '+'
                || after == '-'
                || out.ends_with("->")
            {
                out.push(' ');
            }
            continue;
        }
        out.push(c);
    }
    for prefix in [
        "::std::option::",
        "::std::string::",
        "::std::vec::",
        "::std::collections::",
        "::std::result::",
        "::std::boxed::",
        "::std::future::",
        "::std::marker::",
        "::std::convert::",
        "crate::models::",
        "crate::rt::primitives::",
        "::uuid::",
    ] {
        out = out.replace(prefix, "");
    }
    out
}

fn is_pub(v: &syn::Visibility) -> bool {
    matches!(v, syn::Visibility::Public(_))
}

fn attrs_of(attrs: &[syn::Attribute]) -> Attrs {
    let mut out = Attrs::default();
    for a in attrs {
        let path = a.path();
        if path.is_ident("cfg") {
            out.cfg.push_str(&text(a));
        } else if path.is_ident("non_exhaustive") {
            out.non_exhaustive = true;
        } else if path.is_ident("derive") {
            let _ = a.parse_nested_meta(|meta| {
                let name = meta.path.segments.last().map(|s| s.ident.to_string());
                out.derives.extend(name);
                Ok(())
            });
        }
    }
    out
}

fn cfg_of(attrs: &[syn::Attribute]) -> String {
    attrs_of(attrs).cfg
}

/// A function's signature without argument names (renaming an argument breaks no caller).
fn signature(sig: &syn::Signature) -> String {
    let inputs: Vec<String> = sig
        .inputs
        .iter()
        .map(|arg| match arg {
            syn::FnArg::Receiver(r) => text(r),
            syn::FnArg::Typed(t) => text(&t.ty),
        })
        .collect();
    format!(
        "{}fn {}{}({}) {} {}",
        if sig.asyncness.is_some() {
            "async "
        } else {
            ""
        },
        sig.ident,
        text(&sig.generics),
        inputs.join(", "),
        text(&sig.output),
        sig.generics
            .where_clause
            .as_ref()
            .map(text)
            .unwrap_or_default()
    )
}

/// `#[doc(hidden)]`: not part of the API users are promised (tables the generated code
/// shares between its modules); `cargo semver-checks` skips these too.
fn hidden(attrs: &[syn::Attribute]) -> bool {
    attrs
        .iter()
        .any(|a| a.path().is_ident("doc") && text(&a.meta).replace(' ', "") == "doc(hidden)")
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        _ => &[],
    }
}

fn items(list: &[syn::Item], module: &str, out: &mut BTreeMap<String, Item>) {
    for item in list {
        if hidden(item_attrs(item)) {
            continue;
        }
        match item {
            syn::Item::Struct(s) if is_pub(&s.vis) => {
                let fields = s
                    .fields
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| is_pub(&f.vis))
                    .map(|(i, f)| {
                        let name = f.ident.as_ref().map_or(i.to_string(), |n| n.to_string());
                        (name, text(&f.ty))
                    })
                    .collect();
                let all_public = s.fields.iter().all(|f| is_pub(&f.vis));
                out.insert(
                    format!("{module}::{}", s.ident),
                    Item::Struct {
                        attrs: attrs_of(&s.attrs),
                        fields,
                        all_public,
                    },
                );
            }
            syn::Item::Enum(e) if is_pub(&e.vis) => {
                let variants = e
                    .variants
                    .iter()
                    .map(|v| (v.ident.to_string(), text(&v.fields)))
                    .collect();
                out.insert(
                    format!("{module}::{}", e.ident),
                    Item::Enum {
                        attrs: attrs_of(&e.attrs),
                        variants,
                    },
                );
            }
            syn::Item::Fn(f) if is_pub(&f.vis) => {
                out.insert(
                    format!("{module}::{}", f.sig.ident),
                    Item::Fn {
                        cfg: cfg_of(&f.attrs),
                        sig: signature(&f.sig),
                    },
                );
            }
            syn::Item::Trait(t) if is_pub(&t.vis) => {
                let methods = t
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        syn::TraitItem::Fn(f) => Some((
                            f.sig.ident.to_string(),
                            (signature(&f.sig), f.default.is_some()),
                        )),
                        _ => None,
                    })
                    .collect();
                out.insert(
                    format!("{module}::{}", t.ident),
                    Item::Trait {
                        cfg: cfg_of(&t.attrs),
                        methods,
                    },
                );
            }
            // A type alias, constant or static: its type.
            syn::Item::Type(syn::ItemType {
                vis,
                ident,
                ty,
                attrs,
                ..
            })
            | syn::Item::Const(syn::ItemConst {
                vis,
                ident,
                ty,
                attrs,
                ..
            })
            | syn::Item::Static(syn::ItemStatic {
                vis,
                ident,
                ty,
                attrs,
                ..
            }) if is_pub(vis) => {
                out.insert(
                    format!("{module}::{ident}"),
                    Item::Typed {
                        cfg: cfg_of(attrs),
                        ty: text(ty),
                    },
                );
            }
            syn::Item::Impl(i) => {
                let cfg = cfg_of(&i.attrs);
                let self_ty = text(&i.self_ty);
                match &i.trait_ {
                    Some((path, _)) => {
                        out.insert(
                            format!("{module}::impl {} for {self_ty}", pretty(&text(path))),
                            Item::Present { cfg },
                        );
                    }
                    None => {
                        for member in &i.items {
                            match member {
                                syn::ImplItem::Fn(f) if is_pub(&f.vis) => {
                                    out.insert(
                                        format!("{module}::{self_ty}::{}", f.sig.ident),
                                        Item::Fn {
                                            cfg: cfg.clone() + &cfg_of(&f.attrs),
                                            sig: signature(&f.sig),
                                        },
                                    );
                                }
                                syn::ImplItem::Const(c) if is_pub(&c.vis) => {
                                    out.insert(
                                        format!("{module}::{self_ty}::{}", c.ident),
                                        Item::Typed {
                                            cfg: cfg.clone() + &cfg_of(&c.attrs),
                                            ty: text(&c.ty),
                                        },
                                    );
                                }
                                _ => {}
                            }
                        }
                    }
                }
            }
            syn::Item::Use(u) if is_pub(&u.vis) => {
                out.insert(
                    format!("{module}::use {}", text(&u.tree)),
                    Item::Present {
                        cfg: cfg_of(&u.attrs),
                    },
                );
            }
            syn::Item::Mod(m) if is_pub(&m.vis) => {
                if let Some((_, inner)) = &m.content {
                    items(inner, &format!("{module}::{}", m.ident), out);
                }
            }
            syn::Item::Macro(m) => {
                // `open_enum!(Name { .. })`: the impls it writes follow the enum's variants,
                // which are compared on the enum itself.
                let first = m
                    .mac
                    .tokens
                    .clone()
                    .into_iter()
                    .next()
                    .map(|t| t.to_string())
                    .unwrap_or_default();
                out.insert(
                    format!(
                        "{module}::{}!({first})",
                        m.mac
                            .path
                            .segments
                            .last()
                            .map(|s| s.ident.to_string())
                            .unwrap_or_default()
                    ),
                    Item::Present {
                        cfg: cfg_of(&m.attrs),
                    },
                );
            }
            _ => {}
        }
    }
}

/// What the Rust comparison found.
pub(super) struct RustChanges {
    pub changes: Vec<Change>,
    pub client: Bump,
    pub server: Bump,
}

/// One finding about one item, before it is placed in the spec.
struct Finding {
    item: String,
    member: Option<String>,
    message: String,
    breaking: bool,
    side: Which,
    kind: Kind,
}

/// Compares two surfaces; findings are placed at the spec location of the type or
/// operation each item comes from.
pub(super) fn compare(
    old: &Surface,
    new: &Surface,
    old_side: Side<'_>,
    new_side: Side<'_>,
) -> RustChanges {
    let behind = changed_behind(old_side.api, new_side.api);
    let old_places = Places::new(old_side);
    let new_places = Places::new(new_side);
    let mut changes = Vec::new();
    let mut bumps = [Bump::None; 3];
    let [old_items, new_items] = read_all(old, new);
    for (i, (part, (old_items, new_items))) in PARTS
        .into_iter()
        .zip(old_items.into_iter().zip(new_items))
        .enumerate()
    {
        let (o, n) = (&old.parts[i], &new.parts[i]);
        let findings = match (old_items, new_items) {
            (Ok(old_items), Ok(new_items)) => without_echoes(compare_part(&old_items, &new_items)),
            // Never silently "no change": the emitters' tokens always parse, so this is a
            // bug, reported as a break to be looked at.
            (Err(e), _) | (_, Err(e)) => vec![Finding {
                item: part_name(part).to_owned(),
                member: None,
                message: format!("the generated {} could not be read: {e}", part_name(part)),
                breaking: true,
                side: Which::New,
                kind: Kind::Changed,
            }],
        };
        bumps[i] = if findings.iter().any(|f| f.breaking) {
            Bump::Major
        } else if !findings.is_empty() {
            Bump::Minor
        } else if o != n || behind[i] {
            Bump::Patch
        } else {
            Bump::None
        };
        let crates = match part {
            Part::Models => "client and server crates",
            Part::Client => "client crate",
            Part::Server => "server crate",
        };
        for f in findings {
            let places = match f.side {
                Which::Old => &old_places,
                Which::New => &new_places,
            };
            let pointer = places.locate(&f.item, f.member.as_deref());
            let breaking = Breaking {
                rust_client: f.breaking && part != Part::Server,
                rust_server: f.breaking && part != Part::Client,
                ..Breaking::default()
            };
            let why = if f.breaking {
                vec![format!("Rust ({crates}): {}", f.message)]
            } else {
                Vec::new()
            };
            changes.push(Change {
                pointer,
                side: f.side,
                file: None,
                message: format!("Rust: {}", f.message),
                breaking,
                why,
                announced: false,
                experimental: false,
                kind: f.kind,
            });
        }
    }
    RustChanges {
        changes,
        client: bumps[0].max(bumps[1]),
        server: bumps[0].max(bumps[2]),
    }
}

/// The findings without those that only echo their type's: a trait impl (`impl Debug for
/// Pet`) or a macro call naming a type (`object!(Pet)`, `open_enum!(Kind)`) comes and goes,
/// and is gated, with the type it is for, so when that type has a finding at least as
/// breaking, the companion's says nothing new (a new struct would otherwise be reported
/// three times). What breaks, and the bumps, stay as they were.
fn without_echoes(mut findings: Vec<Finding>) -> Vec<Finding> {
    let mut breaking: BTreeMap<String, bool> = BTreeMap::new();
    for f in &findings {
        *breaking.entry(f.item.clone()).or_default() |= f.breaking;
    }
    findings.retain(|f| {
        let echo = companion_of(&f.item)
            .and_then(|owner| breaking.get(&owner))
            .is_some_and(|&owner_breaks| owner_breaks || !f.breaking);
        !echo
    });
    findings
}

/// The type a trait impl or a macro call belongs to, by its surface key (`models::impl
/// ::std::fmt::Debug for Pet` and `models::object!(Pet)` belong to `models::Pet`).
fn companion_of(key: &str) -> Option<String> {
    if let Some((module, rest)) = key.split_once("::impl ") {
        let (_, self_ty) = rest.rsplit_once(" for ")?;
        return Some(format!("{module}::{self_ty}"));
    }
    let (path, named) = key.strip_suffix(')')?.split_once("!(")?;
    let (module, _) = path.rsplit_once("::")?;
    Some(format!("{module}::{named}"))
}

fn compare_part(old: &PartSurface, new: &PartSurface) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push =
        |item: &str, member: Option<&str>, message: String, breaking: bool, side: Which| {
            let kind = if message.contains(" added") || message.contains(" now implements ") {
                Kind::Added
            } else if side == Which::Old {
                Kind::Removed
            } else {
                Kind::Changed
            };
            out.push(Finding {
                item: item.to_owned(),
                member: member.map(str::to_owned),
                message,
                breaking,
                side,
                kind,
            })
        };
    for (key, o) in &old.items {
        let Some(n) = new.items.get(key) else {
            push(key, None, format!("`{key}` removed"), true, Which::Old);
            continue;
        };
        match (o, n) {
            (
                Item::Struct {
                    attrs: oa,
                    fields: of,
                    ..
                },
                Item::Struct {
                    attrs: na,
                    fields: nf,
                    all_public,
                },
            ) => {
                attrs_change(key, oa, na, &mut push);
                for (name, ty) in of {
                    match nf.iter().find(|(m, _)| m == name) {
                        None => push(
                            key,
                            Some(name),
                            format!("field `{name}` of `{key}` removed"),
                            true,
                            Which::Old,
                        ),
                        Some((_, t)) if t != ty => push(
                            key,
                            Some(name),
                            format!(
                                "field `{name}` of `{key}` changed type from `{}` to `{}`",
                                pretty(ty),
                                pretty(t)
                            ),
                            true,
                            Which::New,
                        ),
                        Some(_) => {}
                    }
                }
                for (name, _) in nf {
                    if !of.iter().any(|(m, _)| m == name) {
                        let literal = *all_public && !na.non_exhaustive;
                        let message = if literal {
                            format!(
                                "field `{name}` added to `{key}`, which code builds with a struct literal"
                            )
                        } else {
                            format!("field `{name}` added to `{key}`")
                        };
                        push(key, Some(name), message, literal, Which::New);
                    }
                }
            }
            (
                Item::Enum {
                    attrs: oa,
                    variants: ov,
                },
                Item::Enum {
                    attrs: na,
                    variants: nv,
                },
            ) => {
                attrs_change(key, oa, na, &mut push);
                for (name, fields) in ov {
                    match nv.iter().find(|(m, _)| m == name) {
                        None => push(
                            key,
                            Some(name),
                            format!("variant `{name}` of `{key}` removed"),
                            true,
                            Which::Old,
                        ),
                        Some((_, f)) if f != fields => push(
                            key,
                            Some(name),
                            format!(
                                "variant `{name}` of `{key}` changed from `{}` to `{}`",
                                pretty(fields),
                                pretty(f)
                            ),
                            true,
                            Which::New,
                        ),
                        Some(_) => {}
                    }
                }
                for (name, _) in nv {
                    if !ov.iter().any(|(m, _)| m == name) {
                        let exhaustive = !na.non_exhaustive;
                        let message = if exhaustive {
                            format!(
                                "variant `{name}` added to `{key}`, which code matches exhaustively"
                            )
                        } else {
                            format!("variant `{name}` added to `{key}` (`#[non_exhaustive]`)")
                        };
                        push(key, Some(name), message, exhaustive, Which::New);
                    }
                }
            }
            (
                Item::Trait {
                    cfg: oc,
                    methods: om,
                },
                Item::Trait {
                    cfg: nc,
                    methods: nm,
                },
            ) => {
                gate(key, oc, nc, &mut push);
                for (name, (sig, default)) in om {
                    match nm.get(name) {
                        None => push(
                            key,
                            Some(name),
                            format!("method `{name}` of trait `{key}` removed"),
                            true,
                            Which::Old,
                        ),
                        Some((s, _)) if s != sig => push(
                            key,
                            Some(name),
                            format!(
                                "method `{name}` of trait `{key}` changed signature from `{}` to `{}`",
                                pretty(sig),
                                pretty(s)
                            ),
                            true,
                            Which::New,
                        ),
                        Some((_, d)) if *default && !d => push(
                            key,
                            Some(name),
                            format!("method `{name}` of trait `{key}` lost its default body"),
                            true,
                            Which::New,
                        ),
                        Some(_) => {}
                    }
                }
                for (name, (_, default)) in nm {
                    if !om.contains_key(name) {
                        let message = if *default {
                            format!("method `{name}` added to trait `{key}` (with a default body)")
                        } else {
                            format!(
                                "method `{name}` added to trait `{key}`, which implementations must now write"
                            )
                        };
                        push(key, Some(name), message, !default, Which::New);
                    }
                }
            }
            (Item::Fn { cfg: oc, sig: os }, Item::Fn { cfg: nc, sig: ns }) => {
                if os != ns {
                    push(
                        key,
                        None,
                        format!(
                            "signature of `{key}` changed from `{}` to `{}`",
                            pretty(os),
                            pretty(ns)
                        ),
                        true,
                        Which::New,
                    );
                } else {
                    gate(key, oc, nc, &mut push);
                }
            }
            (Item::Typed { cfg: oc, ty: ot }, Item::Typed { cfg: nc, ty: nt }) => {
                if ot != nt {
                    push(
                        key,
                        None,
                        format!(
                            "type of `{key}` changed from `{}` to `{}`",
                            pretty(ot),
                            pretty(nt)
                        ),
                        true,
                        Which::New,
                    );
                } else {
                    gate(key, oc, nc, &mut push);
                }
            }
            (Item::Present { cfg: oc }, Item::Present { cfg: nc }) => {
                gate(key, oc, nc, &mut push);
            }
            _ => push(key, None, format!("`{key}` changed kind"), true, Which::New),
        }
    }
    for key in new.items.keys() {
        if !old.items.contains_key(key) {
            push(key, None, format!("`{key}` added"), false, Which::New);
        }
    }
    out
}

/// Whether code that could use an item gated by `old` still can under `new`: an ungated item,
/// or one under `any(...)` of at least the old features, stays available; anything else
/// (another feature, a narrower set) breaks crates that enabled only the old ones.
/// Reports a change of the features an item is gated by.
fn gate(
    key: &str,
    old: &str,
    new: &str,
    push: &mut impl FnMut(&str, Option<&str>, String, bool, Which),
) {
    if old == new {
        return;
    }
    if gate_narrowed(old, new) {
        push(
            key,
            None,
            format!(
                "`{key}` is gated by other features (`{}` → `{}`)",
                pretty(old),
                pretty(new)
            ),
            true,
            Which::New,
        );
    } else {
        push(
            key,
            None,
            format!("`{key}` is available under more features"),
            false,
            Which::New,
        );
    }
}

fn gate_narrowed(old: &str, new: &str) -> bool {
    fn features(cfg: &str) -> Option<BTreeSet<String>> {
        if cfg.is_empty() {
            return None; // ungated: available everywhere
        }
        let mut out = BTreeSet::new();
        let mut rest = cfg;
        while let Some(i) = rest.find("feature") {
            rest = &rest[i + "feature".len()..];
            let Some(open) = rest.find('"') else { break };
            let Some(close) = rest[open + 1..].find('"') else {
                break;
            };
            out.insert(rest[open + 1..open + 1 + close].to_owned());
            rest = &rest[open + 1 + close + 1..];
        }
        Some(out)
    }
    if old == new {
        return false;
    }
    // Only `feature = ".."` and `any(..)` of them are emitted; anything else is judged by text.
    let simple = |c: &str| !c.contains("all (") && !c.contains("not (");
    if !simple(old) || !simple(new) {
        return true;
    }
    match (features(old), features(new)) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(o), Some(n)) => !o.is_subset(&n),
    }
}

fn attrs_change(
    key: &str,
    old: &Attrs,
    new: &Attrs,
    push: &mut impl FnMut(&str, Option<&str>, String, bool, Which),
) {
    gate(key, &old.cfg, &new.cfg, push);
    if !old.non_exhaustive && new.non_exhaustive {
        push(
            key,
            None,
            format!("`{key}` became `#[non_exhaustive]`"),
            true,
            Which::New,
        );
    }
    for d in old.derives.difference(&new.derives) {
        push(
            key,
            None,
            format!("`{key}` no longer implements `{d}`"),
            true,
            Which::New,
        );
    }
    for d in new.derives.difference(&old.derives) {
        push(
            key,
            None,
            format!("`{key}` now implements `{d}`"),
            false,
            Which::New,
        );
    }
}

/// Where in the spec each generated item comes from.
struct Places<'a> {
    side: Side<'a>,
    types: BTreeMap<&'a str, &'a crate::ir::TypeDef>,
}

impl<'a> Places<'a> {
    fn new(side: Side<'a>) -> Self {
        Places {
            side,
            types: side
                .api
                .types
                .iter()
                .map(|t| (t.name.as_str(), t))
                .collect(),
        }
    }

    /// The pointer of an item (`models::Droplet`, `client::Client::get_droplet`,
    /// `server::Api`) and, for a field or method, of that member.
    fn locate(&self, item: &str, member: Option<&str>) -> String {
        let rest = item.split_once("::").map_or(item, |(_, rest)| rest);
        // `impl Trait for Type` is about the type.
        let rest = match rest.strip_prefix("impl ") {
            Some(r) => r.rsplit_once(" for ").map_or(r, |(_, ty)| ty),
            None => rest,
        };
        let segments: Vec<&str> = rest.split("::").collect();
        let mut name = segments.first().copied().unwrap_or_default();
        // `open_enum!(Kind)` is about `Kind`.
        if let Some((_, inner)) = name.split_once("!(") {
            name = inner.trim_end_matches(')');
        }
        if let Some(def) = self.types.get(name) {
            return self.type_member(def, segments.get(1).copied().or(member));
        }
        // `Client::get_droplet_stream`, `Api::get_droplet`: the method names the operation.
        let method = match segments.as_slice() {
            [_, m, ..] => Some(*m),
            [_] => member,
            _ => None,
        };
        // `ClientBuilder::bearer_credential`: the security scheme it takes a credential for.
        if let Some(scheme) = method.and_then(|m| m.strip_suffix("_credential")) {
            let schemes = self.side.doc.openapi.components.as_ref();
            let key = schemes
                .into_iter()
                .flat_map(|c| c.security_schemes.keys())
                .find(|k| crate::names::field_name(k).trim_start_matches("r#") == scheme);
            if let Some(key) = key {
                return crate::diagnostics::pointer_join("/components/securitySchemes", &[key]);
            }
        }
        let by_method =
            method.and_then(|m| longest(&self.side.api.operations, m, |op| &op.name.rust));
        let by_type = longest(&self.side.api.operations, name, |op| &op.type_stem);
        match by_method.or(by_type) {
            Some(op) => op.pointer(),
            None => String::new(),
        }
    }

    fn type_member(&self, def: &crate::ir::TypeDef, member: Option<&str>) -> String {
        let Some(member) = member else {
            return def.origin.clone();
        };
        match &def.kind {
            TypeKind::Struct(s) => match s
                .fields
                .iter()
                .find(|f| f.name.rust == member.trim_start_matches("r#"))
            {
                Some(f) => format!(
                    "{}/properties/{}",
                    def.origin,
                    crate::diagnostics::escape_token(&f.name.wire)
                ),
                None => def.origin.clone(),
            },
            TypeKind::Query(params) => {
                let op = self
                    .side
                    .api
                    .operations
                    .iter()
                    .find(|op| op.query_type.as_deref() == Some(def.name.as_str()));
                let param = params
                    .iter()
                    .find(|p| p.name.rust == member.trim_start_matches("r#"));
                match (op, param) {
                    (Some(op), Some(p)) => {
                        super::wire::param_pointer(self.side, op, p).unwrap_or_else(|| op.pointer())
                    }
                    (Some(op), None) => op.pointer(),
                    _ => def.origin.clone(),
                }
            }
            _ => def.origin.clone(),
        }
    }
}

/// The operation whose name (by `key`) is the longest prefix of `name`.
fn longest<'a>(
    ops: &'a [Operation],
    name: &str,
    key: impl Fn(&'a Operation) -> &'a String,
) -> Option<&'a Operation> {
    ops.iter()
        .filter(|op| name.starts_with(key(op).as_str()))
        .max_by_key(|op| key(op).len())
}

#[cfg(test)]
mod tests {
    /// Every item of a fixture with every feature the emitters write, as chunks.
    fn fixture_surface() -> super::Surface {
        super::Surface {
            parts: fixture_chunks(super::Keep::Api),
        }
    }

    /// The feature fixture's parts as chunks, keeping `keep` of each item.
    fn fixture_chunks(keep: super::Keep) -> [Vec<super::Chunk>; 3] {
        let text = include_str!("../../tests/fixtures/features.yaml");
        let doc = crate::load::load_str("features.yaml", text).unwrap();
        let api = super::without_prose(&crate::lower::lower(&doc).unwrap().api);
        crate::emit::emitted(
            &api,
            &crate::diff::standalone_config("x"),
            crate::emit::Only::All,
            |_, tokens| super::cut(tokens, keep),
        )
    }

    /// What the report's emitters leave out (`Detail::Api`: bodies, doc comments, private
    /// tables) holds no API: each part of the feature fixture, prose included, reads as the
    /// same items from the tokens the files are written from (`Detail::Full`).
    #[test]
    fn the_reports_emission_reads_as_the_files() {
        use crate::emit::{Detail, Only, features::Features};
        let text = include_str!("../../tests/fixtures/features.yaml");
        let doc = crate::load::load_str("features.yaml", text).unwrap();
        let api = crate::lower::lower(&doc).unwrap().api;
        let config = crate::diff::standalone_config("x");
        let features = Features::by_tag(&api);
        let head = |detail| {
            crate::emit::server::server_head(
                &api,
                "crate::models",
                "crate::rt::server",
                &features,
                &config.error_models,
                Only::All,
                detail,
            )
        };
        let files = [
            crate::emit::models(&api, &features, Only::All),
            crate::emit::client(&api, "crate::models", &features, Only::All),
            head(Detail::Full),
        ];
        let report =
            crate::emit::emitted(&api, &config, Only::All, |_, tokens| super::chunks(tokens));
        assert_eq!(
            super::cut(head(Detail::Api), super::Keep::Api),
            report[2],
            "the report's server is server_head in Detail::Api"
        );
        for ((part, files), report) in super::PARTS.into_iter().zip(files).zip(report) {
            let read = |chunks: &[super::Chunk]| {
                super::differing(chunks, &[], part)
                    .unwrap_or_else(|e| panic!("{part:?}: {e}"))
                    .items
            };
            let full = read(&super::chunks(files));
            assert!(full.len() > 5, "{part:?}: {} items", full.len());
            assert_eq!(read(&report), full, "{part:?}");
        }
    }

    /// Every chunk of every part reads back as items (what a spec against an empty one
    /// parses), for a fixture with every feature the emitters write.
    #[test]
    fn every_chunk_reads_back() {
        let surface = fixture_surface();
        let whole = fixture_chunks(super::Keep::Whole);
        for (i, part) in super::PARTS.into_iter().enumerate() {
            let chunks = &surface.parts[i];
            assert!(chunks.len() > 10, "{part:?}: {} chunks", chunks.len());
            let read =
                super::differing(chunks, &[], part).unwrap_or_else(|e| panic!("{part:?}: {e}"));
            assert!(read.items.len() > 5, "{part:?}: {} items", read.items.len());
            // Against itself nothing differs and nothing is parsed.
            assert!(
                super::differing(chunks, chunks, part)
                    .unwrap()
                    .items
                    .is_empty()
            );
            // Each chunk is one item (or one member of its block) and reads on its own.
            assert_eq!(chunks.len(), whole[i].len());
            for (c, w) in chunks.iter().zip(&whole[i]) {
                // The same block, its header without doc comments.
                let bare_header = w
                    .header
                    .as_ref()
                    .map(|h| super::without_bodies(h.parse().unwrap()).to_string());
                assert_eq!(c.header, bare_header);
                super::differing(std::slice::from_ref(c), &[], part)
                    .unwrap_or_else(|e| panic!("{part:?}: {e}: {c:?}"));
                let source = match &w.header {
                    Some(h) => format!("{h} {{ {} }}", w.text),
                    None => w.text.clone(),
                };
                let file: syn::File = syn::parse_str(&source).unwrap();
                assert_eq!(
                    file.items.len() + file.attrs.len(),
                    1,
                    "{part:?}: one item per chunk: {w:?}"
                );
                if w.header.is_some() {
                    let members = match &file.items[0] {
                        syn::Item::Impl(i) => i.items.len(),
                        syn::Item::Trait(t) => t.items.len(),
                        _ => panic!("a block: {w:?}"),
                    };
                    assert!(members <= 1, "{part:?}: one member per chunk: {w:?}");
                }
            }
        }
        // Blocks are read by member: the server's trait and the client's `impl Client`.
        let headers = |i: usize| -> Vec<String> {
            surface.parts[i]
                .iter()
                .filter_map(|c| c.header.clone())
                .collect()
        };
        assert!(headers(2).iter().any(|h| h.contains("trait Api")));
        assert!(headers(1).iter().any(|h| h.contains("impl Client")));
    }

    /// What a chunk leaves out (private items, a trait impl's body, function bodies, doc
    /// comments) holds no API: each chunk of the fixture reads as the same items from what it
    /// keeps as from its whole text.
    #[test]
    fn what_a_chunk_leaves_out_holds_no_api() {
        let kept = fixture_chunks(super::Keep::Api);
        let whole = fixture_chunks(super::Keep::Whole);
        let (mut private, mut shortened) = (0, 0);
        for (i, part) in super::PARTS.into_iter().enumerate() {
            assert_eq!(kept[i].len(), whole[i].len());
            for (k, w) in kept[i].iter().zip(&whole[i]) {
                if k.text.is_empty() && !w.text.is_empty() {
                    private += 1;
                } else if k.text.len() < w.text.len() {
                    shortened += 1;
                }
                // A whole chunk is read as the report reads what it keeps: without bodies
                // and doc comments.
                let bare = |c: &super::Chunk| super::Chunk {
                    header: c.header.clone(),
                    text: super::without_bodies(c.text.parse().unwrap()).to_string(),
                };
                let read = |c: &super::Chunk| {
                    super::differing(std::slice::from_ref(&bare(c)), &[], part)
                        .unwrap_or_else(|e| panic!("{part:?}: {e}: {c:?}"))
                        .items
                };
                assert_eq!(read(k), read(w), "{part:?}: {w:?}");
            }
        }
        assert!(
            private > 20 && shortened > 20,
            "private items {private}, shortened items {shortened}"
        );
    }

    /// The part of the server module the report does not emit (`emit::emitted` gives the
    /// head) holds no API: every item of the feature fixture's tail is private.
    #[test]
    fn the_servers_tail_holds_no_api() {
        let text = include_str!("../../tests/fixtures/features.yaml");
        let doc = crate::load::load_str("features.yaml", text).unwrap();
        let api = crate::lower::lower(&doc).unwrap().api;
        let features = crate::emit::features::Features::by_tag(&api);
        let tail = crate::emit::server::server_tail(
            &api,
            "crate::models",
            &features,
            &[],
            crate::emit::Only::All,
        );
        let whole = super::cut(tail.clone(), super::Keep::Whole);
        let kept = super::cut(tail, super::Keep::Api);
        assert!(whole.len() > 20, "{} items in the tail", whole.len());
        assert!(
            kept.iter().all(|c| c.text.is_empty()),
            "{:?}",
            kept.iter().find(|c| !c.text.is_empty())
        );
    }

    /// Differing chunks are read in pieces: a long block is cut between members with its header
    /// repeated, and what the pieces hold is what one parse of the whole source reads.
    #[test]
    fn pieces_read_as_one_source() {
        let header = "pub trait Api: Send".to_owned();
        let mut chunks: Vec<super::Chunk> = (0..3000)
            .map(|i| super::Chunk {
                header: Some(header.clone()),
                text: format!("fn method_{i}(&self, id: i64) -> Result<Pet{i}, Error>;"),
            })
            .collect();
        chunks.extend((0..1500).map(|i| super::Chunk {
            header: None,
            text: format!("pub struct Pet{i} {{ pub id: i64, pub name: Option<String> }}"),
        }));
        let pieces = super::differing_source(&chunks, &[]);
        assert!(pieces.len() > 4, "{} pieces", pieces.len());
        let mut whole = String::new();
        for c in chunks.iter().filter(|c| c.header.is_none()) {
            whole.push_str(&c.text);
        }
        whole.push_str(&format!("{header} {{"));
        for c in chunks.iter().filter(|c| c.header.is_some()) {
            whole.push_str(&c.text);
        }
        whole.push('}');
        let one = super::read_piece(&whole, super::Part::Server).unwrap();
        let read = super::differing(&chunks, &[], super::Part::Server).unwrap();
        assert_eq!(read.items.len(), 1501);
        assert_eq!(read.items, one);
        // And on the pool, for both sides.
        let surface = |chunks: Vec<super::Chunk>| super::Surface {
            parts: [Vec::new(), Vec::new(), chunks],
        };
        let [old, new] = super::read_all(&surface(Vec::new()), &surface(chunks));
        assert!(old.iter().all(|p| p.as_ref().unwrap().items.is_empty()));
        assert_eq!(new[2].as_ref().unwrap().items, one);
    }

    /// A doc comment is no API, on a variant's field as anywhere else.
    #[test]
    fn a_reworded_doc_comment_reads_the_same() {
        let read = |doc: &str| {
            let source = format!(
                "pub enum Answer {{ Ok {{ #[doc = {doc:?}] body: Body }} }} \
                 pub struct Body {{ #[doc = {doc:?}] pub n: i32 }}"
            );
            let chunks = super::chunks(source.parse().unwrap());
            super::differing(&chunks, &[], super::Part::Server)
                .unwrap()
                .items
        };
        let before = read("The body.");
        assert_eq!(before.len(), 2);
        assert_eq!(before, read("The answer's body."));
    }

    #[test]
    fn a_companion_belongs_to_the_type_it_names() {
        assert_eq!(
            super::companion_of("models::impl ::std::fmt::Debug for Pet").as_deref(),
            Some("models::Pet")
        );
        assert_eq!(
            super::companion_of("models::object!(Pet)").as_deref(),
            Some("models::Pet")
        );
        assert_eq!(super::companion_of("models::Pet"), None);
        assert_eq!(super::companion_of("client::Client::list_pets"), None);
    }

    /// A companion's finding is dropped only beside one of its type at least as breaking.
    #[test]
    fn echoes_are_dropped_and_nothing_else() {
        let finding = |item: &str, breaking: bool| super::Finding {
            item: item.to_owned(),
            member: None,
            message: format!("`{item}` changed"),
            breaking,
            side: super::Which::New,
            kind: super::Kind::Changed,
        };
        let kept = super::without_echoes(vec![
            finding("models::Pet", false),
            finding("models::object!(Pet)", false),
            finding("models::impl ::std::fmt::Debug for Pet", true),
            finding("models::object!(Owner)", true),
        ]);
        let items: Vec<&str> = kept.iter().map(|f| f.item.as_str()).collect();
        assert_eq!(
            items,
            [
                "models::Pet",
                "models::impl ::std::fmt::Debug for Pet",
                "models::object!(Owner)"
            ]
        );
    }

    /// Chunk texts are what printing the tokens as a stream gives.
    #[test]
    fn text_is_the_streams_print() {
        let tokens: proc_macro2::TokenStream =
            "#[doc = r\"x\"] pub fn f<'a>(x: &'a str) -> ::std::vec::Vec<u8> { x.len() >= 1 && !x.is_empty(); a::<b>() }"
                .parse()
                .unwrap();
        let trees: Vec<proc_macro2::TokenTree> = tokens.clone().into_iter().collect();
        assert_eq!(super::text_of(&trees), tokens.to_string());
    }

    #[test]
    fn types_read_as_people_write_them() {
        assert_eq!(
            super::pretty(":: std :: option :: Option < :: std :: string :: String >"),
            "Option<String>"
        );
        assert_eq!(
            super::pretty(
                "fn f (& self , & str) -> impl :: std :: future :: Future < Output = X > + :: std :: marker :: Send"
            ),
            "fn f(&self, &str) -> impl Future<Output=X> + Send"
        );
    }
}
