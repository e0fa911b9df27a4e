//! The wire axes: what an old client meets from a server on the new spec, and what an old
//! server meets from a client on the new spec.
//!
//! Every value travels one way: requests from client to server, responses back. A change to
//! what a value may be either narrows it (fewer values allowed: a new required field, a
//! removed enum value, a lower maximum) or widens it (a new enum value, a field no longer
//! required), or both (a changed type). The reader on the old spec meets the writer on the
//! new one and the other way round, so
//!
//! | value    | narrowed breaks | widened breaks |
//! |----------|-----------------|----------------|
//! | request  | old clients     | old servers    |
//! | response | old servers     | old clients    |
//!
//! with a few cases a reader tolerates by convention (a new optional field in a response is
//! ignored by every client) written out where they occur.

use super::{Breaking, Change, Kind, Side, Which};
use crate::diagnostics::{escape_token as escape, unescape_token as unescape};
use crate::ir::{
    self, Api, Auth, BodyContent, Constraints, Header, Operation, Param, ParamLocation, PartKind,
    Presence, RequestBody, Response, TypeDef, TypeKind, TypeRef,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The wire changes between two specs.
pub(super) fn compare(old: Side<'_>, new: Side<'_>) -> Vec<Change> {
    let mut cx = Wire::new(old, new);
    cx.operations();
    cx.finish()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Dir {
    Request,
    Response,
}

/// How a value's set of allowed values moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shift {
    Narrowed,
    Widened,
    /// Neither contains the other.
    Changed,
}

struct Wire<'a> {
    old: Side<'a>,
    new: Side<'a>,
    old_types: HashMap<&'a str, &'a TypeDef>,
    new_types: HashMap<&'a str, &'a TypeDef>,
    /// Type pairs already compared in a direction (types are shared and may recurse).
    seen: HashSet<(String, String, Dir, bool)>,
    /// Changes by (pointer, message): a shared schema reached from many operations is one
    /// change whose axes add up.
    changes: BTreeMap<(String, String), Change>,
    /// The operation being compared is experimental: its wire axes are not judged.
    experimental: bool,
}

impl<'a> Wire<'a> {
    fn new(old: Side<'a>, new: Side<'a>) -> Self {
        let index = |api: &'a Api| api.types.iter().map(|t| (t.name.as_str(), t)).collect();
        Wire {
            old,
            new,
            old_types: index(old.api),
            new_types: index(new.api),
            seen: HashSet::new(),
            changes: BTreeMap::new(),
            experimental: false,
        }
    }

    fn finish(self) -> Vec<Change> {
        self.changes.into_values().collect()
    }

    /// Records a change; `client`/`server` say which wire axes it breaks, `why` explains.
    fn record(&mut self, at: At, message: String, client: bool, server: bool, why: Vec<String>) {
        let (client, server) = if self.experimental {
            (false, false)
        } else {
            (client, server)
        };
        let entry = self
            .changes
            .entry((at.pointer.clone(), message.clone()))
            .or_insert_with(|| Change {
                pointer: at.pointer.clone(),
                side: at.side,
                file: None,
                message,
                breaking: Breaking::default(),
                why: Vec::new(),
                announced: at.deprecated,
                experimental: self.experimental,
                kind: at.kind,
            });
        entry.breaking.or(Breaking {
            wire_client: client,
            wire_server: server,
            ..Breaking::default()
        });
        entry.experimental &= self.experimental;
        for w in why {
            if (client || server) && !entry.why.contains(&w) {
                entry.why.push(w);
            }
        }
    }

    /// Records a shift of the values allowed in `dir`, with the reason the table above gives.
    fn shift(&mut self, at: At, message: String, dir: Dir, shift: Shift) {
        let narrowed = matches!(shift, Shift::Narrowed | Shift::Changed);
        let widened = matches!(shift, Shift::Widened | Shift::Changed);
        let (client, server) = match dir {
            Dir::Request => (narrowed, widened),
            Dir::Response => (widened, narrowed),
        };
        let mut why = Vec::new();
        if client {
            why.push(
                match dir {
                    Dir::Request => "clients: old clients may send what the new server refuses",
                    Dir::Response => {
                        "clients: the new server may answer what old clients cannot read"
                    }
                }
                .to_owned(),
            );
        }
        if server {
            why.push(
                match dir {
                    Dir::Request => {
                        "servers: new clients may send what old servers refuse or ignore"
                    }
                    Dir::Response => {
                        "servers: old servers may answer what new clients do not accept"
                    }
                }
                .to_owned(),
            );
        }
        self.record(at, message, client, server, why);
    }

    // ---- operations ----

    /// A security scheme whose kind changed (bearer → basic, another header for an API key)
    /// is one change at the scheme, not one per operation using it.
    fn schemes(&mut self) {
        let kinds = |api: &Api| -> BTreeMap<String, String> {
            api.operations
                .iter()
                .flat_map(|op| op.auth.iter().flatten())
                .map(|a| (scheme_name(a).to_owned(), auth_word(a)))
                .collect()
        };
        let (old, new) = (kinds(self.old.api), kinds(self.new.api));
        for (name, o) in &old {
            if let Some(n) = new.get(name) {
                if o != n {
                    self.record(
                        At::new(format!("/components/securitySchemes/{}", escape(name))),
                        format!("security scheme changed from {o} to {n}"),
                        true,
                        true,
                        vec![
                            "clients: old clients send the old kind of credential".into(),
                            "servers: old servers refuse the new kind".into(),
                        ],
                    );
                }
            }
        }
    }

    fn operations(&mut self) {
        self.schemes();
        let key = |op: &Operation| (op.method, path_shape(&op.path));
        let new_by_key: HashMap<_, &Operation> = self
            .new
            .api
            .operations
            .iter()
            .map(|op| (key(op), op))
            .collect();
        let old_keys: HashSet<_> = self.old.api.operations.iter().map(key).collect();
        for old in &self.old.api.operations {
            self.experimental = old.experimental;
            match new_by_key.get(&key(old)) {
                Some(new) => {
                    self.experimental = old.experimental || new.experimental;
                    self.operation(old, new);
                }
                None => {
                    let moved = self
                        .new
                        .api
                        .operations
                        .iter()
                        .find(|n| n.name.wire == old.name.wire && !old_keys.contains(&key(n)));
                    let message = match moved {
                        Some(n) => format!(
                            "operation `{}` moved from `{} {}` to `{} {}`",
                            old.name.wire,
                            old.method.as_str(),
                            old.path,
                            n.method.as_str(),
                            n.path
                        ),
                        None => format!(
                            "operation `{}` (`{} {}`) removed",
                            old.name.wire,
                            old.method.as_str(),
                            old.path
                        ),
                    };
                    let at = At::old(old.pointer()).deprecated(old.docs.deprecated);
                    self.record(
                        at,
                        message,
                        true,
                        false,
                        vec!["clients: old clients still call it and get an error".into()],
                    );
                }
            }
        }
        for new in &self.new.api.operations {
            if !old_keys.contains(&key(new)) {
                self.experimental = new.experimental;
                let at = At::new(new.pointer()).added();
                let message = format!(
                    "operation `{}` (`{} {}`) added",
                    new.name.wire,
                    new.method.as_str(),
                    new.path
                );
                self.record(at, message, false, false, Vec::new());
            }
        }
        self.experimental = false;
    }

    fn operation(&mut self, old: &Operation, new: &Operation) {
        let at = At::new(new.pointer());
        let name = &new.name.wire;
        if old.name.wire != new.name.wire {
            self.record(
                at.clone(),
                format!(
                    "operationId `{}` renamed to `{}`",
                    old.name.wire, new.name.wire
                ),
                false,
                false,
                Vec::new(),
            );
        }
        if !old.docs.deprecated && new.docs.deprecated {
            self.record(
                at.clone().kind(Kind::Deprecated),
                format!("operation `{name}` deprecated"),
                false,
                false,
                Vec::new(),
            );
        }
        if old.tags != new.tags {
            self.record(
                at.clone(),
                format!(
                    "tags of `{name}` changed from {:?} to {:?}",
                    old.tags, new.tags
                ),
                false,
                false,
                Vec::new(),
            );
        }
        if old.experimental != new.experimental {
            let message = if new.experimental {
                format!("operation `{name}` marked experimental")
            } else {
                format!("operation `{name}` no longer experimental")
            };
            self.record(at.clone(), message, false, false, Vec::new());
        }
        if old.docs.summary != new.docs.summary || old.docs.description != new.docs.description {
            self.record(
                at.clone().kind(Kind::Docs),
                format!("documentation of `{name}` changed"),
                false,
                false,
                Vec::new(),
            );
        }
        // Path parameters by position: their names are not on the wire.
        for (o, n) in old.path_params.iter().zip(&new.path_params) {
            let p = self.param_at(Which::New, new, n);
            if o.name.wire != n.name.wire {
                self.record(
                    p.clone(),
                    format!(
                        "path parameter `{}` renamed to `{}` (names are not sent)",
                        o.name.wire, n.name.wire
                    ),
                    false,
                    false,
                    Vec::new(),
                );
            }
            self.param(o, n, p);
        }
        let pkey = |p: &Param| (location_word(p.location), wire_key(p));
        let old_params: BTreeMap<_, &Param> =
            others(old).into_iter().map(|p| (pkey(p), p)).collect();
        let new_params: BTreeMap<_, &Param> =
            others(new).into_iter().map(|p| (pkey(p), p)).collect();
        for (k, o) in &old_params {
            match new_params.get(k) {
                Some(n) => {
                    let p = self.param_at(Which::New, new, n);
                    self.param(o, n, p);
                }
                None => {
                    let p = self
                        .param_at(Which::Old, old, o)
                        .deprecated(o.docs.deprecated)
                        .kind(Kind::Removed);
                    self.record(
                        p,
                        format!("{} parameter `{}` removed", k.0, o.name.wire),
                        true,
                        false,
                        vec!["clients: old clients still send it; the new server ignores or refuses it".into()],
                    );
                }
            }
        }
        for (k, n) in &new_params {
            if !old_params.contains_key(k) {
                let p = self.param_at(Which::New, new, n).added();
                if n.required {
                    self.record(
                        p,
                        format!("required {} parameter `{}` added", k.0, n.name.wire),
                        true,
                        false,
                        vec!["clients: old clients do not send it".into()],
                    );
                } else {
                    self.record(
                        p,
                        format!("optional {} parameter `{}` added", k.0, n.name.wire),
                        false,
                        true,
                        vec![
                            "servers: old servers ignore it or refuse it when new clients send it"
                                .into(),
                        ],
                    );
                }
            }
        }
        self.request_body(old, new);
        self.responses(old, new);
        self.auth(old, new);
    }

    /// The pointer of a parameter: where the operation or its path item declares it.
    fn param_at(&self, which: Which, op: &Operation, p: &Param) -> At {
        let side = match which {
            Which::Old => self.old,
            Which::New => self.new,
        };
        let pointer =
            param_pointer(side, op, p).unwrap_or_else(|| format!("{}/parameters", op.pointer()));
        At {
            pointer,
            side: which,
            deprecated: false,
            kind: Kind::Changed,
            pinned: false,
        }
    }

    fn param(&mut self, old: &Param, new: &Param, at: At) {
        let what = format!(
            "{} parameter `{}`",
            location_word(new.location),
            new.name.wire
        );
        if !old.docs.deprecated && new.docs.deprecated {
            self.record(
                at.clone().kind(Kind::Deprecated),
                format!("{what} deprecated"),
                false,
                false,
                Vec::new(),
            );
        }
        if old.required != new.required {
            let (message, shift) = if new.required {
                (format!("{what} became required"), Shift::Narrowed)
            } else {
                (format!("{what} became optional"), Shift::Widened)
            };
            self.shift(at.clone(), message, Dir::Request, shift);
        }
        if (old.style, old.explode) != (new.style, new.explode) {
            self.shift(
                at.clone(),
                format!(
                    "{what} is written differently (style {:?}{} → {:?}{})",
                    old.style,
                    if old.explode { ", exploded" } else { "" },
                    new.style,
                    if new.explode { ", exploded" } else { "" }
                ),
                Dir::Request,
                Shift::Changed,
            );
        }
        self.ty(&old.ty, &new.ty, Dir::Request, &at, &what);
        self.constraints(&old.constraints, &new.constraints, Dir::Request, &at, &what);
        self.constraints(
            &old.item_constraints,
            &new.item_constraints,
            Dir::Request,
            &at,
            &format!("{what} (each item)"),
        );
        self.default(&old.default, &new.default, Dir::Request, &at, &what);
    }

    fn request_body(&mut self, old: &Operation, new: &Operation) {
        let at = At::new(format!("{}/requestBody", new.pointer()));
        let name = &new.name.wire;
        match (&old.body, &new.body) {
            (None, None) => {}
            (None, Some(b)) => {
                if b.required {
                    self.record(
                        at.added(),
                        format!("required request body added to `{name}`"),
                        true,
                        false,
                        vec!["clients: old clients send no body".into()],
                    );
                } else {
                    self.record(
                        at.added(),
                        format!("optional request body added to `{name}`"),
                        false,
                        true,
                        vec!["servers: old servers ignore the body new clients send".into()],
                    );
                }
            }
            (Some(_), None) => self.record(
                At::old(format!("{}/requestBody", old.pointer())),
                format!("request body of `{name}` removed"),
                true,
                false,
                vec![
                    "clients: old clients still send one; the new server ignores or refuses it"
                        .into(),
                ],
            ),
            (Some(o), Some(n)) => self.body_pair(o, n, at, name),
        }
    }

    fn body_pair(&mut self, o: &RequestBody, n: &RequestBody, at: At, name: &str) {
        if o.required != n.required {
            let (message, shift) = if n.required {
                (
                    format!("request body of `{name}` became required"),
                    Shift::Narrowed,
                )
            } else {
                (
                    format!("request body of `{name}` became optional"),
                    Shift::Widened,
                )
            };
            self.shift(at.clone(), message, Dir::Request, shift);
        }
        self.content(
            &o.content,
            &n.content,
            Dir::Request,
            &at,
            &format!("request body of `{name}`"),
        );
    }

    fn content(&mut self, old: &BodyContent, new: &BodyContent, dir: Dir, at: &At, what: &str) {
        match (old, new) {
            (BodyContent::Json(a), BodyContent::Json(b))
            | (BodyContent::Form(a), BodyContent::Form(b))
            | (
                BodyContent::EventStream { item: a, .. },
                BodyContent::EventStream { item: b, .. },
            ) => self.ty(a, b, dir, at, &format!("{what} (each event's data)")),
            (BodyContent::Binary(a), BodyContent::Binary(b))
            | (BodyContent::Text(a), BodyContent::Text(b)) => {
                if a != b {
                    self.shift(
                        at.clone(),
                        format!("{what}: media type `{a}` → `{b}`"),
                        dir,
                        Shift::Changed,
                    );
                }
            }
            (BodyContent::Multipart(a), BodyContent::Multipart(b)) => {
                for f in a {
                    let field_at = at.below(&format!(
                        "content/multipart~1form-data/schema/properties/{}",
                        escape(&f.name.wire)
                    ));
                    match b.iter().find(|g| g.name.wire == f.name.wire) {
                        None => self.record(
                            field_at.on(Which::Old),
                            format!("{what}: part `{}` removed", f.name.wire),
                            dir == Dir::Request || f.required,
                            false,
                            vec![match dir {
                                Dir::Request => "clients: old clients still send it".to_owned(),
                                Dir::Response => "clients: old clients expect it".to_owned(),
                            }],
                        ),
                        Some(g) => {
                            if f.required != g.required {
                                let shift = if g.required {
                                    Shift::Narrowed
                                } else {
                                    Shift::Widened
                                };
                                let word = if g.required { "required" } else { "optional" };
                                self.shift(
                                    field_at.clone(),
                                    format!("{what}: part `{}` became {word}", g.name.wire),
                                    dir,
                                    shift,
                                );
                            }
                            match (&f.kind, &g.kind) {
                                (PartKind::File, PartKind::File) => {}
                                (PartKind::Value(x), PartKind::Value(y)) => self.ty(
                                    x,
                                    y,
                                    dir,
                                    &field_at,
                                    &format!("{what}: part `{}`", g.name.wire),
                                ),
                                _ => self.shift(
                                    field_at.clone(),
                                    format!(
                                        "{what}: part `{}` changed between a file and a value",
                                        g.name.wire
                                    ),
                                    dir,
                                    Shift::Changed,
                                ),
                            }
                        }
                    }
                }
                for g in b {
                    if !a.iter().any(|f| f.name.wire == g.name.wire) {
                        let field_at = at
                            .below(&format!(
                                "content/multipart~1form-data/schema/properties/{}",
                                escape(&g.name.wire)
                            ))
                            .added();
                        self.added_field(
                            field_at,
                            what,
                            &format!("part `{}`", g.name.wire),
                            g.required,
                            dir,
                        );
                    }
                }
            }
            _ => self.shift(
                at.clone(),
                format!(
                    "{what}: content changed from {} to {}",
                    content_word(old),
                    content_word(new)
                ),
                dir,
                Shift::Changed,
            ),
        }
    }

    fn responses(&mut self, old: &Operation, new: &Operation) {
        let name = &new.name.wire;
        for o in &old.responses {
            match new.responses.iter().find(|n| n.status == o.status) {
                Some(n) => self.response(o, n, new),
                None => {
                    let success = o.status.is_some_and(|s| s.is_success());
                    self.record(
                        At::old(response_pointer(old, o)),
                        format!("response {} of `{name}` removed", status_word(o)),
                        false,
                        success,
                        if success {
                            vec!["servers: old servers still answer it; new clients do not expect it".into()]
                        } else {
                            Vec::new()
                        },
                    );
                }
            }
        }
        for n in &new.responses {
            if !old.responses.iter().any(|o| o.status == n.status) {
                let success = n.status.is_some_and(|s| s.is_success());
                self.record(
                    At::new(response_pointer(new, n)).added(),
                    format!("response {} of `{name}` added", status_word(n)),
                    success,
                    false,
                    if success {
                        vec!["clients: old clients do not expect this success status".into()]
                    } else {
                        Vec::new()
                    },
                );
            }
        }
        match (&old.default_response, &new.default_response) {
            (Some(o), Some(n)) => self.response(o, n, new),
            (None, Some(n)) => self.record(
                At::new(response_pointer(new, n)).added(),
                format!("default response of `{name}` added"),
                false,
                false,
                Vec::new(),
            ),
            (Some(o), None) => self.record(
                At::old(response_pointer(old, o)),
                format!("default response of `{name}` removed"),
                false,
                false,
                Vec::new(),
            ),
            (None, None) => {}
        }
    }

    fn response(&mut self, old: &Response, new: &Response, op: &Operation) {
        let at = At::new(response_pointer(op, new));
        let what = format!("response {} of `{}`", status_word(new), op.name.wire);
        match (&old.body, &new.body) {
            (None, None) => {}
            (None, Some(_)) => self.record(
                at.clone().added(),
                format!("{what}: body added"),
                false,
                false,
                Vec::new(),
            ),
            (Some(_), None) => self.record(
                at.clone(),
                format!("{what}: body removed"),
                true,
                false,
                vec!["clients: old clients expect a body".into()],
            ),
            (Some(a), Some(b)) => self.content(a, b, Dir::Response, &at, &what),
        }
        for h in &old.headers {
            let h_at = at.below(&format!("headers/{}", escape(&h.name.wire)));
            match new
                .headers
                .iter()
                .find(|n| n.name.wire.eq_ignore_ascii_case(&h.name.wire))
            {
                None => self.record(
                    h_at.on(Which::Old),
                    format!("{what}: header `{}` removed", h.name.wire),
                    h.required,
                    false,
                    if h.required {
                        vec!["clients: old clients expect it".into()]
                    } else {
                        Vec::new()
                    },
                ),
                Some(n) => self.header(h, n, h_at, &what),
            }
        }
        for n in &new.headers {
            if !old
                .headers
                .iter()
                .any(|h| h.name.wire.eq_ignore_ascii_case(&n.name.wire))
            {
                let h_at = at
                    .below(&format!("headers/{}", escape(&n.name.wire)))
                    .added();
                self.added_field(
                    h_at,
                    &what,
                    &format!("header `{}`", n.name.wire),
                    n.required,
                    Dir::Response,
                );
            }
        }
    }

    fn header(&mut self, old: &Header, new: &Header, at: At, what: &str) {
        let what = format!("{what}: header `{}`", new.name.wire);
        if old.required != new.required {
            let (message, shift) = if new.required {
                (format!("{what} became required"), Shift::Narrowed)
            } else {
                (format!("{what} became optional"), Shift::Widened)
            };
            self.shift(at.clone(), message, Dir::Response, shift);
        }
        self.ty(&old.ty, &new.ty, Dir::Response, &at, &what);
    }

    fn auth(&mut self, old: &Operation, new: &Operation) {
        let at = At::new(format!("{}/security", new.pointer()));
        let name = &new.name.wire;
        let sets = |op: &Operation| -> Vec<Vec<String>> {
            let mut out: Vec<Vec<String>> = op
                .auth
                .iter()
                .map(|req| {
                    let mut r: Vec<String> = req
                        .iter()
                        .map(|a| format!("`{}`", scheme_name(a)))
                        .collect();
                    r.sort();
                    r
                })
                .collect();
            out.sort();
            out.dedup();
            out
        };
        let (o, n) = (sets(old), sets(new));
        if old.anonymous && !new.anonymous {
            self.record(
                at.clone(),
                format!("`{name}` now needs credentials"),
                true,
                false,
                vec!["clients: old clients may call it without credentials".into()],
            );
        } else if !old.anonymous && new.anonymous {
            self.record(
                at.clone(),
                format!("`{name}` may now be called without credentials"),
                false,
                true,
                vec!["servers: old servers refuse new clients that send none".into()],
            );
        }
        for r in &o {
            if !n.contains(r) {
                // Without credentials it is answered anyway.
                self.record(
                    at.clone(),
                    format!("`{name}` no longer accepts {}", r.join(" + ")),
                    !new.anonymous,
                    false,
                    vec!["clients: old clients using it are refused".into()],
                );
            }
        }
        for r in &n {
            if !o.contains(r) {
                self.record(
                    at.clone(),
                    format!("`{name}` now accepts {}", r.join(" + ")),
                    false,
                    !o.is_empty() || !old.anonymous,
                    vec!["servers: old servers refuse new clients using it".into()],
                );
            }
        }
    }

    // ---- values ----

    /// Compares two types in one direction; `what` names the value for messages.
    fn ty(&mut self, old: &TypeRef, new: &TypeRef, dir: Dir, at: &At, what: &str) {
        let (old, new) = (self.resolve(old, Which::Old), self.resolve(new, Which::New));
        match (&old, &new) {
            (TypeRef::Named(a), TypeRef::Named(b)) => self.named(a, b, dir, at),
            (TypeRef::Array(a), TypeRef::Array(b)) => {
                self.ty(a, b, dir, at, &format!("{what} (each item)"))
            }
            (TypeRef::Map(a), TypeRef::Map(b)) => {
                self.ty(a, b, dir, at, &format!("{what} (each value)"))
            }
            (TypeRef::Nullable(a), TypeRef::Nullable(b)) => self.ty(a, b, dir, at, what),
            (TypeRef::Nullable(a), b) => {
                self.shift(
                    at.clone(),
                    format!("{what}: items may no longer be null"),
                    dir,
                    Shift::Narrowed,
                );
                self.ty(a, b, dir, at, what);
            }
            (a, TypeRef::Nullable(b)) => {
                self.shift(
                    at.clone(),
                    format!("{what}: items may now be null"),
                    dir,
                    Shift::Widened,
                );
                self.ty(a, b, dir, at, what);
            }
            (a, b) if a == b => {}
            (a, b) => {
                let shift = relation(a, b);
                self.shift(
                    at.clone(),
                    format!(
                        "{what}: type changed from {} to {}",
                        type_word(a),
                        type_word(b)
                    ),
                    dir,
                    shift,
                );
            }
        }
    }

    /// Follows aliases (named primitives, arrays, maps) to what they stand for.
    fn resolve(&self, ty: &TypeRef, which: Which) -> TypeRef {
        let types = match which {
            Which::Old => &self.old_types,
            Which::New => &self.new_types,
        };
        let mut ty = ty.clone();
        for _ in 0..16 {
            match &ty {
                TypeRef::Named(n) => match types.get(n.as_str()).map(|t| &t.kind) {
                    Some(TypeKind::Alias(inner)) | Some(TypeKind::Newtype(inner)) => {
                        ty = inner.clone()
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        ty
    }

    fn named(&mut self, a: &str, b: &str, dir: Dir, from: &At) {
        let (Some(old), Some(new)) = (
            self.old_types.get(a).copied(),
            self.new_types.get(b).copied(),
        ) else {
            return;
        };
        // The same schema on both sides is judged where it is defined, once; a reference that
        // now leads to another schema is judged where the reference is.
        let same = old.origin == new.origin;
        let anchor = if same {
            String::new()
        } else {
            from.pointer.clone()
        };
        if !self.seen.insert((
            a.to_owned(),
            b.to_owned() + "#" + &anchor,
            dir,
            self.experimental,
        )) {
            return;
        }
        let at = if same {
            At::new(new.origin.clone())
        } else {
            At {
                pinned: true,
                ..from.clone()
            }
        };
        let old_base = if same {
            At::old(old.origin.clone())
        } else {
            at.clone()
        };
        let what = format!("schema `{}`", schema_name(new));
        if same
            && (old.docs.summary != new.docs.summary
                || old.docs.description != new.docs.description)
        {
            self.record(
                at.clone().kind(Kind::Docs),
                format!("documentation of {what} changed"),
                false,
                false,
                Vec::new(),
            );
        }
        match (&old.kind, &new.kind) {
            (TypeKind::Struct(o), TypeKind::Struct(n)) => {
                for f in &o.fields {
                    let f_at = at.below(&format!("properties/{}", escape(&f.name.wire)));
                    let f_what = format!("{what}: property `{}`", f.name.wire);
                    match n.fields.iter().find(|g| g.name.wire == f.name.wire) {
                        None => {
                            let old_at = old_base
                                .below(&format!("properties/{}", escape(&f.name.wire)))
                                .deprecated(f.docs.deprecated)
                                .kind(Kind::Removed);
                            let required = matches!(
                                f.presence,
                                Presence::Required | Presence::RequiredNullable
                            );
                            match dir {
                                Dir::Request => self.record(
                                    old_at,
                                    format!("{f_what} removed"),
                                    true,
                                    false,
                                    vec!["clients: old clients still send it; the new server ignores or refuses it".into()],
                                ),
                                Dir::Response => self.record(
                                    old_at,
                                    format!("{f_what} removed"),
                                    required && !f.write_only,
                                    false,
                                    vec!["clients: old clients expect it".into()],
                                ),
                            }
                        }
                        Some(g) => {
                            if same
                                && (f.docs.summary != g.docs.summary
                                    || f.docs.description != g.docs.description)
                            {
                                self.record(
                                    f_at.clone().kind(Kind::Docs),
                                    format!("documentation of {f_what} changed"),
                                    false,
                                    false,
                                    Vec::new(),
                                );
                            }
                            if !f.docs.deprecated && g.docs.deprecated {
                                self.record(
                                    f_at.clone().kind(Kind::Deprecated),
                                    format!("{f_what} deprecated"),
                                    false,
                                    false,
                                    Vec::new(),
                                );
                            }
                            self.presence(f.presence, g.presence, dir, &f_at, &f_what);
                            self.ty(&f.ty, &g.ty, dir, &f_at, &f_what);
                            self.constraints(&f.constraints, &g.constraints, dir, &f_at, &f_what);
                            self.default(&f.default, &g.default, dir, &f_at, &f_what);
                        }
                    }
                }
                for g in &n.fields {
                    if !o.fields.iter().any(|f| f.name.wire == g.name.wire) {
                        let f_at = at
                            .below(&format!("properties/{}", escape(&g.name.wire)))
                            .added();
                        let required =
                            matches!(g.presence, Presence::Required | Presence::RequiredNullable);
                        let required = required
                            && !(dir == Dir::Request && g.read_only)
                            && !(dir == Dir::Response && g.write_only);
                        self.added_field(
                            f_at,
                            &what,
                            &format!("property `{}`", g.name.wire),
                            required,
                            dir,
                        );
                    }
                }
                match (&o.additional, &n.additional) {
                    (Some(x), Some(y)) => {
                        self.ty(x, y, dir, &at, &format!("{what}: additional properties"))
                    }
                    (None, Some(_)) => self.shift(
                        at.clone(),
                        format!("{what}: additional properties now typed"),
                        dir,
                        Shift::Widened,
                    ),
                    (Some(_), None) => self.shift(
                        at.clone(),
                        format!("{what}: additional properties no longer typed"),
                        dir,
                        Shift::Narrowed,
                    ),
                    (None, None) => {}
                }
                if o.closed != n.closed {
                    let (message, shift) = if n.closed {
                        (
                            format!("{what}: unknown properties now refused"),
                            Shift::Narrowed,
                        )
                    } else {
                        (
                            format!("{what}: unknown properties now allowed"),
                            Shift::Widened,
                        )
                    };
                    self.shift(at.clone(), message, dir, shift);
                }
            }
            (TypeKind::Enum(o), TypeKind::Enum(n)) => {
                for v in &o.variants {
                    if !n.variants.iter().any(|w| w.wire == v.wire) {
                        self.shift(
                            at.clone(),
                            format!("{what}: enum value `{}` removed", v.wire),
                            dir,
                            Shift::Narrowed,
                        );
                    }
                }
                for v in &n.variants {
                    if !o.variants.iter().any(|w| w.wire == v.wire) {
                        self.shift(
                            at.clone().added(),
                            format!("{what}: enum value `{}` added", v.wire),
                            dir,
                            Shift::Widened,
                        );
                    }
                }
            }
            (TypeKind::Union(o), TypeKind::Union(n)) => {
                if o.discriminator != n.discriminator {
                    self.shift(
                        at.clone(),
                        format!("{what}: discriminator changed"),
                        dir,
                        Shift::Changed,
                    );
                }
                let member =
                    |u: &'a ir::Union, v: &ir::UnionVariant| -> Option<&'a ir::UnionVariant> {
                        u.variants.iter().find(|w| {
                            if v.tags.is_empty() {
                                w.name == v.name || w.ty == v.ty
                            } else {
                                w.tags.iter().any(|t| v.tags.contains(t))
                            }
                        })
                    };
                for v in &o.variants {
                    match member(n, v) {
                        None => self.shift(
                            at.clone(),
                            format!("{what}: member `{}` removed", v.name),
                            dir,
                            Shift::Narrowed,
                        ),
                        Some(w) => self.ty(
                            &v.ty,
                            &w.ty,
                            dir,
                            &at,
                            &format!("{what}: member `{}`", w.name),
                        ),
                    }
                }
                for w in &n.variants {
                    if member(o, w).is_none() {
                        self.shift(
                            at.clone().added(),
                            format!("{what}: member `{}` added", w.name),
                            dir,
                            Shift::Widened,
                        );
                    }
                }
            }
            (a, b) if std::mem::discriminant(a) == std::mem::discriminant(b) => {}
            (a, b) => self.shift(
                at,
                format!("{what}: changed from {} to {}", kind_word(a), kind_word(b)),
                dir,
                Shift::Changed,
            ),
        }
    }

    /// A field, part or header that is new: required is a narrowing (the old writer does not
    /// send it), optional a widening — except in responses, where clients ignore what they do
    /// not know.
    fn added_field(&mut self, at: At, context: &str, noun: &str, required: bool, dir: Dir) {
        let adjective = if required { "required" } else { "optional" };
        let message = format!("{context}: {adjective} {noun} added");
        let (client, server, why) = match (dir, required) {
            (Dir::Request, true) => (true, false, "clients: old clients do not send it"),
            (Dir::Request, false) => (
                false,
                true,
                "servers: old servers ignore it or refuse it when new clients send it",
            ),
            (Dir::Response, true) => (
                false,
                true,
                "servers: old servers do not send it; new clients need it",
            ),
            (Dir::Response, false) => (false, false, ""),
        };
        let why = if why.is_empty() {
            Vec::new()
        } else {
            vec![why.to_owned()]
        };
        self.record(at, message, client, server, why);
    }

    fn presence(&mut self, old: Presence, new: Presence, dir: Dir, at: &At, what: &str) {
        let required = |p: Presence| matches!(p, Presence::Required | Presence::RequiredNullable);
        let nullable =
            |p: Presence| matches!(p, Presence::RequiredNullable | Presence::OptionalNullable);
        if required(old) != required(new) {
            let (message, shift) = if required(new) {
                (format!("{what} became required"), Shift::Narrowed)
            } else {
                (format!("{what} became optional"), Shift::Widened)
            };
            self.shift(at.clone(), message, dir, shift);
        }
        if nullable(old) != nullable(new) {
            let (message, shift) = if nullable(new) {
                (format!("{what} became nullable"), Shift::Widened)
            } else {
                (format!("{what} is no longer nullable"), Shift::Narrowed)
            };
            self.shift(at.clone(), message, dir, shift);
        }
    }

    fn constraints(&mut self, old: &Constraints, new: &Constraints, dir: Dir, at: &At, what: &str) {
        if old == new {
            return;
        }
        // For a lower bound a larger value narrows; for an upper bound a smaller one does.
        let bound = |cx: &mut Self, name: &str, o: Option<f64>, n: Option<f64>, lower: bool| {
            let shift = match (o, n) {
                (None, Some(_)) => Shift::Narrowed,
                (Some(_), None) => Shift::Widened,
                (Some(a), Some(b)) if a == b => return,
                (Some(a), Some(b)) => {
                    if (b > a) == lower {
                        Shift::Narrowed
                    } else {
                        Shift::Widened
                    }
                }
                (None, None) => return,
            };
            let show = |v: Option<f64>| v.map_or("none".to_owned(), |v| v.to_string());
            cx.shift(
                at.clone(),
                format!("{what}: {name} {} → {}", show(o), show(n)),
                dir,
                shift,
            );
        };
        let count = |v: Option<usize>| v.map(|v| v as f64);
        bound(self, "minimum", old.minimum, new.minimum, true);
        bound(self, "maximum", old.maximum, new.maximum, false);
        bound(
            self,
            "minLength",
            count(old.min_length),
            count(new.min_length),
            true,
        );
        bound(
            self,
            "maxLength",
            count(old.max_length),
            count(new.max_length),
            false,
        );
        bound(
            self,
            "minItems",
            count(old.min_items),
            count(new.min_items),
            true,
        );
        bound(
            self,
            "maxItems",
            count(old.max_items),
            count(new.max_items),
            false,
        );
        for (name, o, n) in [
            (
                "exclusiveMinimum",
                old.exclusive_minimum,
                new.exclusive_minimum,
            ),
            (
                "exclusiveMaximum",
                old.exclusive_maximum,
                new.exclusive_maximum,
            ),
        ] {
            if o != n {
                let shift = if n { Shift::Narrowed } else { Shift::Widened };
                self.shift(at.clone(), format!("{what}: {name} {o} → {n}"), dir, shift);
            }
        }
        let short = |p: &str| -> String {
            if p.chars().count() > 60 {
                format!("{}…", p.chars().take(60).collect::<String>())
            } else {
                p.to_owned()
            }
        };
        match (&old.pattern, &new.pattern) {
            (None, Some(p)) => self.shift(
                at.clone(),
                format!("{what}: pattern `{}` added", short(p)),
                dir,
                Shift::Narrowed,
            ),
            (Some(p), None) => self.shift(
                at.clone(),
                format!("{what}: pattern `{}` removed", short(p)),
                dir,
                Shift::Widened,
            ),
            (Some(a), Some(b)) if a != b => self.shift(
                at.clone(),
                format!("{what}: pattern `{}` → `{}`", short(a), short(b)),
                dir,
                Shift::Changed,
            ),
            _ => {}
        }
        if old.allowed != new.allowed {
            let shift = match (old.allowed.is_empty(), new.allowed.is_empty()) {
                (true, false) => Shift::Narrowed,
                (false, true) => Shift::Widened,
                _ if new.allowed.iter().all(|v| old.allowed.contains(v)) => Shift::Narrowed,
                _ if old.allowed.iter().all(|v| new.allowed.contains(v)) => Shift::Widened,
                _ => Shift::Changed,
            };
            self.shift(
                at.clone(),
                format!("{what}: allowed values changed"),
                dir,
                shift,
            );
        }
        match (&old.items, &new.items) {
            (Some(a), Some(b)) => self.constraints(a, b, dir, at, &format!("{what} (each item)")),
            (None, Some(b)) => self.constraints(
                &Constraints::default(),
                b,
                dir,
                at,
                &format!("{what} (each item)"),
            ),
            (Some(a), None) => self.constraints(
                a,
                &Constraints::default(),
                dir,
                at,
                &format!("{what} (each item)"),
            ),
            (None, None) => {}
        }
    }

    /// A changed default changes what a server assumes when a client leaves the value out.
    fn default(
        &mut self,
        old: &Option<serde_json::Value>,
        new: &Option<serde_json::Value>,
        dir: Dir,
        at: &At,
        what: &str,
    ) {
        if old == new || dir == Dir::Response {
            return;
        }
        let show =
            |v: &Option<serde_json::Value>| v.as_ref().map_or("none".to_owned(), |v| v.to_string());
        self.record(
            at.clone(),
            format!("{what}: default {} → {}", show(old), show(new)),
            true,
            false,
            vec!["clients: old clients that leave it out now get a different value".into()],
        );
    }
}

/// Where a change is, and what kind of finding it is.
#[derive(Debug, Clone)]
struct At {
    pointer: String,
    side: Which,
    deprecated: bool,
    kind: Kind,
    /// Everything found below stays at this pointer (a reference that now leads to another
    /// schema: the change is where the reference is, not in either schema).
    pinned: bool,
}

impl At {
    fn new(pointer: String) -> Self {
        At {
            pointer,
            side: Which::New,
            deprecated: false,
            kind: Kind::Changed,
            pinned: false,
        }
    }

    fn old(pointer: String) -> Self {
        At {
            pointer,
            side: Which::Old,
            deprecated: false,
            kind: Kind::Removed,
            pinned: false,
        }
    }

    fn added(mut self) -> Self {
        self.kind = Kind::Added;
        self
    }

    fn kind(mut self, kind: Kind) -> Self {
        self.kind = kind;
        self
    }

    fn deprecated(mut self, yes: bool) -> Self {
        self.deprecated = yes;
        self
    }

    fn on(mut self, side: Which) -> Self {
        self.side = side;
        if side == Which::Old {
            self.kind = Kind::Removed;
        }
        self
    }

    fn below(&self, tail: &str) -> At {
        if self.pinned {
            return self.clone();
        }
        At {
            pointer: format!("{}/{tail}", self.pointer),
            ..self.clone()
        }
    }
}

/// The parameters matched by location and name (path parameters go by position).
fn others(op: &Operation) -> Vec<&Param> {
    op.query_params
        .iter()
        .chain(&op.header_params)
        .chain(&op.cookie_params)
        .collect()
}

/// `/v3/droplets/{guid}` and `/v3/droplets/{id}` are the same route.
fn path_shape(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                out.push_str("{}");
            }
            '}' => depth -= 1,
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

/// Header names are case-insensitive.
fn wire_key(p: &Param) -> String {
    match p.location {
        ParamLocation::Header => p.name.wire.to_ascii_lowercase(),
        _ => p.name.wire.clone(),
    }
}

fn location_word(l: ParamLocation) -> &'static str {
    match l {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// Where the spec declares a parameter: in the operation's `parameters`, else its path
/// item's (references followed to match by name and location).
pub(super) fn param_pointer(side: Side<'_>, op: &Operation, p: &Param) -> Option<String> {
    let doc = &side.doc.openapi;
    let item = match doc.paths.paths.get(&op.path)? {
        openapiv3::ReferenceOr::Item(item) => item,
        openapiv3::ReferenceOr::Reference { .. } => return None,
    };
    let operation = item
        .iter()
        .find(|(m, _)| m.eq_ignore_ascii_case(op.method.as_str()))?
        .1;
    let matches = |r: &openapiv3::ReferenceOr<openapiv3::Parameter>| -> bool {
        let param = match r {
            openapiv3::ReferenceOr::Item(param) => Some(param.clone()),
            openapiv3::ReferenceOr::Reference { reference } => reference
                .strip_prefix("#/components/parameters/")
                .and_then(|name| doc.components.as_ref()?.parameters.get(&unescape(name)))
                .and_then(|r| r.as_item().cloned()),
        };
        param.is_some_and(|param| {
            let data = param.parameter_data_ref();
            let location = match param {
                openapiv3::Parameter::Path { .. } => ParamLocation::Path,
                openapiv3::Parameter::Query { .. } => ParamLocation::Query,
                openapiv3::Parameter::Header { .. } => ParamLocation::Header,
                openapiv3::Parameter::Cookie { .. } => ParamLocation::Cookie,
            };
            location == p.location && data.name.eq_ignore_ascii_case(&p.name.wire)
        })
    };
    if let Some(i) = operation.parameters.iter().position(matches) {
        return Some(format!("{}/parameters/{i}", op.pointer()));
    }
    let i = item.parameters.iter().position(matches)?;
    let op_pointer = op.pointer();
    let (item_pointer, _) = op_pointer.rsplit_once('/')?;
    Some(format!("{item_pointer}/parameters/{i}"))
}

fn response_pointer(op: &Operation, r: &Response) -> String {
    let status = match r.status {
        None => "default".to_owned(),
        Some(ir::Status::Code(c)) => c.to_string(),
        Some(ir::Status::Range(d)) => format!("{d}XX"),
    };
    format!("{}/responses/{status}", op.pointer())
}

fn status_word(r: &Response) -> String {
    match r.status {
        None => "default".to_owned(),
        Some(ir::Status::Code(c)) => c.to_string(),
        Some(ir::Status::Range(d)) => format!("{d}XX"),
    }
}

fn scheme_name(a: &Auth) -> &str {
    match a {
        Auth::Bearer { scheme } | Auth::Basic { scheme } | Auth::ApiKey { scheme, .. } => scheme,
    }
}

fn auth_word(a: &Auth) -> String {
    match a {
        Auth::Bearer { scheme } => format!("`{scheme}` (bearer)"),
        Auth::Basic { scheme } => format!("`{scheme}` (basic)"),
        Auth::ApiKey {
            scheme,
            name,
            location,
        } => {
            format!(
                "`{scheme}` (API key `{name}` in the {})",
                location_word(*location)
            )
        }
    }
}

fn content_word(c: &BodyContent) -> String {
    match c {
        BodyContent::Json(_) => "JSON".into(),
        BodyContent::Multipart(_) => "multipart/form-data".into(),
        BodyContent::Form(_) => "application/x-www-form-urlencoded".into(),
        BodyContent::Binary(m) | BodyContent::Text(m) => format!("`{m}`"),
        BodyContent::EventStream { .. } => "`text/event-stream`".into(),
    }
}

fn kind_word(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Struct(_) => "an object",
        TypeKind::Enum(_) => "an enum",
        TypeKind::Union(_) => "a oneOf/anyOf",
        TypeKind::Alias(_) | TypeKind::Newtype(_) => "another type",
        TypeKind::Query(_) => "query parameters",
        TypeKind::User(_) => "a type of the user's (`x-rust-type`)",
    }
}

/// The schema's name as the spec gives it (the last token of its pointer), else its Rust name.
fn schema_name(def: &TypeDef) -> String {
    match def.origin.strip_prefix("/components/schemas/") {
        Some(name) if !name.contains('/') => unescape(name),
        _ => def.name.clone(),
    }
}

fn type_word(t: &TypeRef) -> String {
    match t {
        TypeRef::String => "string".into(),
        TypeRef::I32 => "integer (int32)".into(),
        TypeRef::I64 => "integer".into(),
        TypeRef::F32 => "number (float)".into(),
        TypeRef::F64 => "number".into(),
        TypeRef::Bool => "boolean".into(),
        TypeRef::DateTime => "string (date-time)".into(),
        TypeRef::Date => "string (date)".into(),
        TypeRef::Uuid => "string (uuid)".into(),
        TypeRef::Bytes => "string (binary)".into(),
        TypeRef::Base64 => "string (byte)".into(),
        TypeRef::Json => "any value".into(),
        TypeRef::Named(n) => format!("`{n}`"),
        TypeRef::Array(t) => format!("array of {}", type_word(t)),
        TypeRef::Map(t) => format!("map of {}", type_word(t)),
        TypeRef::Nullable(t) => format!("nullable {}", type_word(t)),
    }
}

/// How the set of values of `new` relates to that of `old`.
fn relation(old: &TypeRef, new: &TypeRef) -> Shift {
    use TypeRef::*;
    let string_like = |t: &TypeRef| matches!(t, DateTime | Date | Uuid | Base64);
    match (old, new) {
        (_, Json) => Shift::Widened,
        (Json, _) => Shift::Narrowed,
        (I32, I64) | (F32, F64) | (I32 | I64, F32 | F64) => Shift::Widened,
        (I64, I32) | (F64, F32) | (F32 | F64, I32 | I64) => Shift::Narrowed,
        (a, String) if string_like(a) => Shift::Widened,
        (String, b) if string_like(b) => Shift::Narrowed,
        _ => Shift::Changed,
    }
}
