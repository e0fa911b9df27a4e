//! Paths and operations → `ir::Operation`s: parameters, bodies, responses, auth, pagination.

use super::schema::{constraints_of, looks_secret, schema_docs, strip_nullable};
use super::{Lowerer, docs};
use crate::diagnostics::{escape_token, pointer_join};
use crate::ir::{self, BodyContent, ParamLocation, ParamStyle, TypeKind, TypeRef};
use crate::names::{self, Scope};
use indexmap::IndexMap;
use openapiv3::{
    MediaType, Parameter, ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody, Response,
    Schema, SecurityScheme, StatusCode,
};
use std::borrow::Cow;

/// Method names the generated client already uses.
const RESERVED_METHODS: &[&str] = &[
    "new",
    "builder",
    "base_url",
    "inner",
    "with_client",
    "from_parts",
    "fetch_redirect",
];

impl Lowerer<'_> {
    pub(super) fn lower_operations(&mut self) -> Vec<ir::Operation> {
        // The document outlives the lowerer, so its paths are read in place.
        let doc = self.doc;
        let mut method_names = Scope::with_reserved(RESERVED_METHODS);
        let mut stems = Scope::new();
        let mut out = Vec::new();
        for (path, item) in &doc.openapi.paths.paths {
            let item_pointer = pointer_join("/paths", &[path]);
            let Some((item, _)) = self.deref(item, &item_pointer) else {
                continue;
            };
            let methods = [
                (ir::Method::Get, "get", &item.get),
                (ir::Method::Put, "put", &item.put),
                (ir::Method::Post, "post", &item.post),
                (ir::Method::Delete, "delete", &item.delete),
                (ir::Method::Options, "options", &item.options),
                (ir::Method::Head, "head", &item.head),
                (ir::Method::Patch, "patch", &item.patch),
                (ir::Method::Trace, "trace", &item.trace),
            ];
            for (method, key, op) in methods {
                let Some(op) = op else { continue };
                let pointer = format!("{item_pointer}/{key}");
                let wire = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{key} {path}"));
                let rust = names::field_name(&wire);
                if method_names.contains(&rust) && !RESERVED_METHODS.contains(&rust.as_str()) {
                    self.warn(&format!("{pointer}/operationId"), format!("operationId `{wire}` clashes with another operation's name; a number was added"));
                }
                let rust = method_names.claim(rust);
                let stem = stems.claim(names::type_name(&rust));
                if let Some(lowered) = self.operation(
                    path,
                    method,
                    op,
                    &item,
                    ir::Name { wire, rust },
                    stem,
                    &pointer,
                ) {
                    out.push(lowered);
                }
            }
        }
        out
    }

    /// The requests the API sends: 3.1 `webhooks` (kept under another name by `load`) and every
    /// operation's `callbacks`. Each becomes an operation at `/<name>`, named by its
    /// operationId (else the webhook's name, or `<operationId> <callback>`), with names
    /// unique beside the API's own operations.
    pub(super) fn lower_webhooks(&mut self, operations: &[ir::Operation]) -> Vec<ir::Operation> {
        // The document outlives the lowerer, so its path items are borrowed, not copied.
        let doc = self.doc;
        let mut items: Vec<Hook<'_>> = Vec::new();
        let hooks = doc
            .openapi
            .extensions
            .get(crate::load::WEBHOOKS)
            .and_then(|v| v.as_object());
        for (name, value) in hooks.into_iter().flatten() {
            let at = pointer_join("/webhooks", &[name]);
            match <ReferenceOr<PathItem> as serde::Deserialize>::deserialize(value) {
                Ok(item) => {
                    if let Some((item, _)) = self.deref(&item, &at) {
                        items.push(Hook {
                            name: name.clone(),
                            route: name.clone(),
                            pointer: at,
                            item: Cow::Owned(item.into_owned()),
                            parent_tags: Vec::new(),
                        });
                    }
                }
                Err(e) => self.error(&at, format!("not a path item: {e}")),
            }
        }
        for (path, item) in &doc.openapi.paths.paths {
            let item_pointer = pointer_join("/paths", &[path]);
            match self.deref(item, &item_pointer) {
                Some((Cow::Borrowed(item), _)) => {
                    items.extend(callbacks(path, &item_pointer, item, Cow::Borrowed));
                }
                Some((Cow::Owned(item), _)) => {
                    items.extend(callbacks(path, &item_pointer, &item, |cb| {
                        Cow::Owned(cb.clone())
                    }))
                }
                None => {}
            }
        }
        let mut method_names = Scope::with_reserved(RESERVED_METHODS);
        for op in operations {
            method_names.claim(op.name.rust.clone());
        }
        let mut stems = Scope::new();
        for op in operations {
            stems.claim(op.type_stem.clone());
        }
        let mut routes = Scope::new();
        let mut out = Vec::new();
        for Hook {
            name,
            route,
            pointer: item_pointer,
            item,
            parent_tags,
        } in items
        {
            let methods = [
                (ir::Method::Get, "get", &item.get),
                (ir::Method::Put, "put", &item.put),
                (ir::Method::Post, "post", &item.post),
                (ir::Method::Delete, "delete", &item.delete),
                (ir::Method::Patch, "patch", &item.patch),
            ];
            let route = format!(
                "/{}",
                routes.claim(heck::ToKebabCase::to_kebab_case(route.as_str()))
            );
            for (method, key, op) in methods {
                let Some(op) = op else { continue };
                // The API's own `security` is for requests to it; a webhook needs only what it
                // names itself (how its receiver checks a sender is the signature's business).
                let mut op = op.clone();
                op.security.get_or_insert_with(Vec::new);
                let op = &op;
                let pointer = format!("{item_pointer}/{key}");
                let wire = op.operation_id.clone().unwrap_or_else(|| name.clone());
                let rust = method_names.claim(names::field_name(&wire));
                let stem = stems.claim(names::type_name(&rust));
                let mut item = item.clone().into_owned();
                // The receiver chooses its URL: path parameters of the sender's template do not
                // apply, and the route is the webhook's name.
                item.parameters
                    .retain(|p| !matches!(p, ReferenceOr::Item(Parameter::Path { .. })));
                if let Some(mut lowered) = self.operation(
                    &route,
                    method,
                    op,
                    &item,
                    ir::Name { wire, rust },
                    stem,
                    &pointer,
                ) {
                    // A callback belongs with the operation that registers it.
                    if lowered.tags.is_empty() {
                        lowered.tags = parent_tags.clone();
                    }
                    out.push(lowered);
                }
            }
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn operation(
        &mut self,
        path: &str,
        method: ir::Method,
        op: &openapiv3::Operation,
        item: &PathItem,
        name: ir::Name,
        stem: String,
        pointer: &str,
    ) -> Option<ir::Operation> {
        // Operation parameters override path-item ones with the same name and location.
        let mut params: IndexMap<(String, &'static str), (Parameter, String)> = IndexMap::new();
        let sources = [
            (&item.parameters, format!("{}/parameters", parent(pointer))),
            (&op.parameters, format!("{pointer}/parameters")),
        ];
        for (list, base) in sources {
            for (i, p) in list.iter().enumerate() {
                let at = format!("{base}/{i}");
                if let Some((p, _)) = self.deref(p, &at) {
                    let key = (p.parameter_data_ref().name.clone(), location_key(&p));
                    params.insert(key, (p.into_owned(), at));
                }
            }
        }

        let mut path_params = Vec::new();
        let mut query_params = Vec::new();
        let mut header_params = Vec::new();
        let mut cookie_params = Vec::new();
        let mut query_scope = Scope::new();
        let mut arg_scope = Scope::with_reserved(&["body", "query", "client"]);
        for ((_, loc), (p, at)) in &params {
            let lowered = match *loc {
                "path" => self.param(p, ParamLocation::Path, &stem, at, &mut arg_scope),
                "query" => self.param(p, ParamLocation::Query, &stem, at, &mut query_scope),
                "header" => {
                    let lower = p.parameter_data_ref().name.to_ascii_lowercase();
                    if matches!(lower.as_str(), "authorization" | "content-type" | "accept") {
                        continue; // handled by the HTTP layer
                    }
                    self.param(p, ParamLocation::Header, &stem, at, &mut arg_scope)
                }
                _ => self.param(p, ParamLocation::Cookie, &stem, at, &mut arg_scope),
            };
            match lowered.location {
                ParamLocation::Path => path_params.push(lowered),
                ParamLocation::Query => query_params.push(lowered),
                ParamLocation::Header => header_params.push(lowered),
                ParamLocation::Cookie => cookie_params.push(lowered),
            }
        }

        let segments = self.segments(path, &mut path_params, pointer, &mut arg_scope);

        let query_type = if query_params.is_empty() {
            None
        } else {
            let qname = self.type_names.claim(format!("{stem}Query"));
            let d = ir::Docs {
                description: Some(format!("Query parameters of `{}`.", name.wire)),
                ..Default::default()
            };
            self.define(ir::TypeDef {
                name: qname.clone(),
                origin: pointer.to_owned(),
                docs: d,
                kind: TypeKind::Query(query_params.clone()),
            });
            Some(qname)
        };

        let body = match &op.request_body {
            Some(rb) => self.request_body(rb, &stem, &format!("{pointer}/requestBody")),
            None => None,
        };

        let mut responses = Vec::new();
        let mut variants = Scope::with_reserved(&["Default"]);
        for (status, r) in &op.responses.responses {
            let code = match status {
                StatusCode::Code(c) => ir::Status::Code(*c),
                StatusCode::Range(r) => ir::Status::Range(*r),
            };
            let at = format!("{pointer}/responses/{}", escape_token(&status.to_string()));
            let variant = match code {
                ir::Status::Code(c) => names::status_variant(c),
                ir::Status::Range(r) => format!("Status{r}xx"),
            };
            let variant = variants.claim(variant);
            let hint = format!("{stem}{variant}Body");
            if let Some(resp) = self.response(r, Some(code), variant, &hint, &at) {
                responses.push(resp);
            }
        }
        responses.sort_by_key(|r| r.status);
        let default_response = match &op.responses.default {
            Some(r) => self.response(
                r,
                None,
                "Default".into(),
                &format!("{stem}DefaultBody"),
                &format!("{pointer}/responses/default"),
            ),
            None => None,
        };
        if responses.is_empty()
            && default_response.is_none()
            && !self.doc.source_version.starts_with("3.1")
        {
            // Optional since 3.1, where leaving them out is no oversight.
            self.warn(
                &format!("{pointer}/responses"),
                "the operation documents no response",
            );
        }

        let security = op.security.as_ref().or(self.doc.openapi.security.as_ref());
        let (auth, anonymous) = self.auth(security);
        let pagination = self.pagination(&responses);
        let mut description = op.description.clone();
        let experimental = op
            .extensions
            .get("x-stability")
            .and_then(|v| v.as_str())
            .is_some_and(|v| v.eq_ignore_ascii_case("experimental"));
        if experimental {
            let note = "Experimental (`x-stability: experimental`): it may change or go away in \
                        any release.";
            description = Some(match description {
                Some(d) => format!("{}\n\n{note}", d.trim_end()),
                None => note.to_owned(),
            });
        }
        let certificates: Vec<&String> = security
            .into_iter()
            .flatten()
            .flat_map(|r| r.keys())
            .filter(|k| self.doc.transport_schemes.contains(*k))
            .collect();
        if let Some(first) = certificates.first() {
            // Nothing in a request carries it, so say where it goes.
            let note = format!(
                "Needs a TLS client certificate (`{first}`, mutualTLS): the client gives it \
                 on the `reqwest::Client` passed to `ClientBuilder::http_client`, and the \
                 server's TLS terminator checks it."
            );
            description = Some(match description {
                Some(d) => format!("{}\n\n{note}", d.trim_end()),
                None => note,
            });
        }
        Some(ir::Operation {
            name,
            type_stem: stem,
            method,
            path: path.to_owned(),
            segments,
            docs: docs(
                op.summary.as_ref(),
                description.as_ref(),
                None,
                op.deprecated,
            ),
            path_params,
            query_params,
            query_type,
            header_params,
            cookie_params,
            body,
            responses,
            default_response,
            auth,
            anonymous,
            pagination,
            tags: op.tags.clone(),
            experimental,
        })
    }

    /// Splits the template; a `{name}` with no declared parameter gets a string parameter (and
    /// a warning) rather than a broken URL.
    fn segments(
        &mut self,
        path: &str,
        params: &mut Vec<ir::Param>,
        pointer: &str,
        scope: &mut Scope,
    ) -> Vec<ir::PathSegment> {
        let mut out = Vec::new();
        let mut ordered = Vec::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            if open > 0 {
                out.push(ir::PathSegment::Literal(rest[..open].to_owned()));
            }
            let pname = &rest[open + 1..close];
            let idx = match params.iter().position(|p| p.name.wire == pname) {
                Some(i) => i,
                None => {
                    self.warn(
                        pointer,
                        format!(
                            "path parameter `{pname}` is not declared; it is typed as a string"
                        ),
                    );
                    params.push(ir::Param {
                        name: ir::Name {
                            wire: pname.to_owned(),
                            rust: scope.claim(names::field_name(pname)),
                        },
                        location: ParamLocation::Path,
                        ty: TypeRef::String,
                        required: true,
                        docs: ir::Docs::default(),
                        style: ParamStyle::Simple,
                        explode: false,
                        constraints: Default::default(),
                        item_constraints: Default::default(),
                        default: None,
                        sensitive: false,
                    });
                    params.len() - 1
                }
            };
            // A name written twice (`/{id}/x/{id}`) is one parameter in both places.
            let position = match ordered.iter().position(|&i| i == idx) {
                Some(position) => position,
                None => {
                    ordered.push(idx);
                    ordered.len() - 1
                }
            };
            out.push(ir::PathSegment::Param(position));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            out.push(ir::PathSegment::Literal(rest.to_owned()));
        }
        // Keep path parameters in template order; drop declared ones the template lacks.
        let mut sorted = Vec::new();
        for i in &ordered {
            sorted.push(params[*i].clone());
        }
        for p in params.iter() {
            if !ordered.iter().any(|i| params[*i].name == p.name) {
                self.warn(pointer, format!("path parameter `{}` is declared but not in the path template; it is ignored", p.name.wire));
            }
        }
        *params = sorted;
        out
    }

    fn param(
        &mut self,
        p: &Parameter,
        location: ParamLocation,
        stem: &str,
        at: &str,
        scope: &mut Scope,
    ) -> ir::Param {
        let data = p.parameter_data_ref();
        let hint = format!("{stem}{}", names::type_name(&data.name));
        let (ty, constraints, item_constraints, default, schema_sensitive, schema_docs_) =
            match &data.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let ty = self.schema_ref(s, &hint, &format!("{at}/schema"));
                    let resolved = self.resolved_schema(s);
                    let (c, d, sens, sd) = match &resolved {
                        Some(s) => (
                            constraints_of(s),
                            s.schema_data.default.clone(),
                            s.schema_data.extensions.contains_key("x-sensitive"),
                            schema_docs(&s.schema_data),
                        ),
                        None => (Default::default(), None, false, Default::default()),
                    };
                    let items = match resolved.as_ref().map(|s| &s.schema_kind) {
                        Some(openapiv3::SchemaKind::Type(openapiv3::Type::Array(a))) => {
                            match &a.items {
                                Some(ReferenceOr::Item(i)) => constraints_of(i),
                                Some(ReferenceOr::Reference { reference }) => self
                                    .resolve::<Schema>(reference, at)
                                    .map(|s| constraints_of(&s))
                                    .unwrap_or_default(),
                                None => Default::default(),
                            }
                        }
                        _ => Default::default(),
                    };
                    (ty, c, items, d, sens, sd)
                }
                ParameterSchemaOrContent::Content(content) => {
                    let ty = match content.first() {
                        Some((_, m)) => match &m.schema {
                            Some(s) => self.schema_ref(s, &hint, &format!("{at}/content")),
                            None => TypeRef::String,
                        },
                        None => TypeRef::String,
                    };
                    (
                        ty,
                        Default::default(),
                        Default::default(),
                        None,
                        false,
                        Default::default(),
                    )
                }
            };
        let constraints = self.checkable(constraints, &format!("{at}/schema"));
        let item_constraints = self.checkable(item_constraints, &format!("{at}/schema/items"));
        let (ty, _) = strip_nullable(ty);
        let ty = self.param_type(ty, false, 0);
        let is_content = matches!(data.format, ParameterSchemaOrContent::Content(_));
        let (style, explode) = self.param_style(p, &ty, is_content, at);
        let mut d = docs(
            None,
            data.description.as_ref(),
            data.example.as_ref(),
            data.deprecated.unwrap_or(false),
        );
        if d.description.is_none() {
            d.description = schema_docs_.description;
        }
        ir::Param {
            name: ir::Name {
                wire: data.name.clone(),
                rust: scope.claim(names::field_name(&data.name)),
            },
            location,
            ty,
            required: data.required || location == ParamLocation::Path,
            docs: d,
            style,
            explode,
            constraints,
            item_constraints,
            default,
            sensitive: schema_sensitive || looks_secret(&data.name),
        }
    }

    /// The parameter's style and `explode`, with OpenAPI's defaults (`form` exploded for the
    /// query and cookies, `simple` for paths and headers). A value the style cannot write
    /// (a union, a list of objects, nested objects outside `deepObject`) is sent as JSON text,
    /// with a warning; so is every parameter declared with `content`.
    fn param_style(
        &mut self,
        p: &Parameter,
        ty: &TypeRef,
        is_content: bool,
        at: &str,
    ) -> (ParamStyle, bool) {
        use openapiv3::{CookieStyle, HeaderStyle, PathStyle, QueryStyle};
        let style = match p {
            Parameter::Query { style, .. } => match style {
                QueryStyle::Form => ParamStyle::Form,
                QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                QueryStyle::DeepObject => ParamStyle::DeepObject,
            },
            Parameter::Path { style, .. } => match style {
                PathStyle::Simple => ParamStyle::Simple,
                PathStyle::Label => ParamStyle::Label,
                PathStyle::Matrix => ParamStyle::Matrix,
            },
            Parameter::Header { style, .. } => match style {
                HeaderStyle::Simple => ParamStyle::Simple,
            },
            Parameter::Cookie { style, .. } => match style {
                CookieStyle::Form => ParamStyle::Form,
            },
        };
        let explode = p
            .parameter_data_ref()
            .explode
            .unwrap_or(style == ParamStyle::Form);
        if is_content {
            return (ParamStyle::Json, false);
        }
        let deep = style == ParamStyle::DeepObject;
        if let Err(why) = self.styled(ty, deep, 0) {
            self.warn(
                at,
                format!(
                    "{why} cannot be written in this parameter's style; it is sent as JSON text"
                ),
            );
            return (ParamStyle::Json, false);
        }
        (style, explode)
    }

    /// Whether a style can write values of this type: scalars, lists of scalars, and objects
    /// (structs without extra properties, maps) of those; `deepObject` also nests objects.
    fn styled(&self, ty: &TypeRef, deep: bool, depth: u8) -> Result<(), String> {
        let scalar = |t: &TypeRef| match t {
            TypeRef::Array(_) | TypeRef::Map(_) => false,
            TypeRef::Named(n) => match self.types.get(n).map(|t| &t.kind) {
                Some(TypeKind::Union(u)) => u.is_scalar(&|n| self.types.get(n).map(|t| &t.kind)),
                Some(TypeKind::Struct(_) | TypeKind::Newtype(_) | TypeKind::Query(_)) => false,
                _ => true,
            },
            _ => true,
        };
        let member = |t: &TypeRef| -> Result<(), String> {
            let t = self.resolve_alias(t);
            match &t {
                // Only `deepObject` writes a list inside an object (`a[tags]=x&a[tags]=y`).
                TypeRef::Array(inner) if deep && scalar(&self.resolve_alias(inner)) => Ok(()),
                _ if scalar(&t) => Ok(()),
                _ if deep && depth < 8 => self.styled(&t, deep, depth + 1),
                _ => Err("an object holding lists or nested objects".to_owned()),
            }
        };
        let ty = self.resolve_alias(ty);
        match &ty {
            t if scalar(t) => Ok(()),
            TypeRef::Array(inner) if scalar(&self.resolve_alias(inner)) => Ok(()),
            TypeRef::Array(_) => Err("a list of lists or objects".to_owned()),
            TypeRef::Map(inner) => member(inner),
            TypeRef::Named(n) => match self.types.get(n).map(|t| &t.kind) {
                Some(TypeKind::Struct(s)) if s.additional.is_none() => {
                    s.fields.iter().try_for_each(|f| member(&f.ty))
                }
                Some(TypeKind::Struct(_)) => Err("an object with extra properties".to_owned()),
                _ => Err("a union".to_owned()),
            },
            _ => Err("this value".to_owned()),
        }
    }

    fn resolve_alias(&self, ty: &TypeRef) -> TypeRef {
        let mut ty = ty.clone();
        for _ in 0..32 {
            match &ty {
                TypeRef::Nullable(inner) => ty = (**inner).clone(),
                TypeRef::Named(n) => match self.types.get(n).map(|t| &t.kind) {
                    Some(TypeKind::Alias(t)) => ty = t.clone(),
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// Constraints the generated code can check: a `pattern` that the runtime's ECMA-262
    /// engine cannot compile (it is not an ECMAScript regular expression) is left out, with a
    /// warning.
    pub(crate) fn checkable(&mut self, mut c: ir::Constraints, pointer: &str) -> ir::Constraints {
        if let Some(items) = c.items.take() {
            let items = self.checkable(*items, &format!("{pointer}/items"));
            c.items = Some(Box::new(items)).filter(|i| !i.is_empty());
        }
        if let Some(pattern) = &c.pattern {
            if let Err(e) = generator_runtime::primitives::check_pattern(pattern) {
                self.warn(
                    pointer,
                    format!("pattern `{pattern}` is not checked: it is not an ECMA-262 regular expression ({e})"),
                );
                c.pattern = None;
            }
        }
        c
    }

    /// What a parameter can be in a URL or header: a scalar, a named type, or a list of
    /// those (`param_style` decides how each is written). Nested lists become JSON text.
    fn param_type(&self, ty: TypeRef, in_list: bool, hops: u8) -> TypeRef {
        match ty {
            TypeRef::Bytes => TypeRef::Json,
            TypeRef::Nullable(inner) => self.param_type(*inner, in_list, hops),
            TypeRef::Array(_) if in_list => TypeRef::Json,
            TypeRef::Array(inner) => TypeRef::Array(Box::new(self.param_type(*inner, true, hops))),
            TypeRef::Named(n) => match self.types.get(&n).map(|t| &t.kind) {
                // Aliases are followed a bounded number of times: alias cycles are reported later.
                Some(TypeKind::Alias(target)) if hops < 32 => {
                    let resolved = self.param_type(target.clone(), in_list, hops + 1);
                    if resolved == *target {
                        TypeRef::Named(n)
                    } else {
                        resolved
                    }
                }
                Some(TypeKind::Alias(_)) => TypeRef::Json,
                _ => TypeRef::Named(n),
            },
            other => other,
        }
    }

    fn resolved_schema(&mut self, s: &ReferenceOr<Schema>) -> Option<Schema> {
        match s {
            ReferenceOr::Item(s) => Some(s.clone()),
            ReferenceOr::Reference { .. } => self.deref(s, "").map(|(s, _)| s.into_owned()),
        }
    }

    fn request_body(
        &mut self,
        rb: &ReferenceOr<RequestBody>,
        stem: &str,
        at: &str,
    ) -> Option<ir::RequestBody> {
        let (rb, at) = self.deref(rb, at)?;
        let content = match self.content(
            &rb.content,
            &format!("{stem}Body"),
            &format!("{at}/content"),
        )? {
            // A client sending events sends bytes it writes itself.
            BodyContent::EventStream { .. } => BodyContent::Binary("text/event-stream".to_owned()),
            other => other,
        };
        Some(ir::RequestBody {
            required: rb.required,
            docs: docs(None, rb.description.as_ref(), None, false),
            content,
        })
    }

    /// Picks the media type to support: JSON first, then multipart, form, binary, text.
    fn content(
        &mut self,
        content: &IndexMap<String, MediaType>,
        hint: &str,
        at: &str,
    ) -> Option<BodyContent> {
        let find = |pred: &dyn Fn(&str) -> bool| {
            content.iter().find(|(k, _)| pred(&k.to_ascii_lowercase()))
        };
        let schema_at = |k: &str| format!("{at}/{}/schema", escape_token(k));
        if let Some((k, m)) = find(&|k| {
            k.starts_with("application/json") || k.contains("+json") || k.starts_with("text/json")
        }) {
            let ty = match &m.schema {
                Some(s) => self.schema_ref(s, hint, &schema_at(k)),
                None => TypeRef::Json,
            };
            // A JSON body whose schema is a binary string is really a download.
            if ty == TypeRef::Bytes {
                return Some(BodyContent::Binary(k.clone()));
            }
            return Some(BodyContent::Json(ty));
        }
        if let Some((k, m)) = find(&|k| k.starts_with("multipart/")) {
            return Some(self.multipart(m, hint, &schema_at(k)));
        }
        if let Some((k, m)) = find(&|k| k.starts_with("application/x-www-form-urlencoded")) {
            let ty = match &m.schema {
                Some(s) => self.schema_ref(s, hint, &schema_at(k)),
                None => TypeRef::Map(Box::new(TypeRef::String)),
            };
            return Some(BodyContent::Form(ty));
        }
        if let Some((k, m)) = find(&|k| k.starts_with("text/event-stream")) {
            // OpenAPI 3.2's `itemSchema` is each event's; before it, specs put that in `schema`.
            let item_at = format!("{at}/{}/itemSchema", escape_token(k));
            let item = crate::load::resolve_pointer(&self.doc.raw, &format!("#{item_at}"))
                .and_then(|v| {
                    serde_json::from_value::<openapiv3::ReferenceOr<openapiv3::Schema>>(v.clone())
                        .ok()
                });
            let item = match (&item, &m.schema) {
                (Some(s), _) => self.schema_ref(s, &format!("{hint}Event"), &item_at),
                (None, Some(s)) => self.schema_ref(s, &format!("{hint}Event"), &schema_at(k)),
                (None, None) => TypeRef::String,
            };
            let text = item == TypeRef::String;
            return Some(BodyContent::EventStream { item, text });
        }
        if let Some((k, _)) = find(&|k| k.starts_with("text/")) {
            return Some(BodyContent::Text(k.clone()));
        }
        if let Some((k, _)) = content.first() {
            return Some(BodyContent::Binary(k.clone()));
        }
        None
    }

    fn multipart(&mut self, m: &MediaType, hint: &str, at: &str) -> BodyContent {
        let mut fields = Vec::new();
        let schema = m.schema.as_ref().and_then(|s| self.resolved_schema(s));
        let (props, required) = match schema.as_ref().map(|s| &s.schema_kind) {
            Some(openapiv3::SchemaKind::Type(openapiv3::Type::Object(o))) => {
                (o.properties.clone(), o.required.clone())
            }
            Some(openapiv3::SchemaKind::Any(a)) => (a.properties.clone(), a.required.clone()),
            _ => (IndexMap::new(), Vec::new()),
        };
        let mut scope = Scope::new();
        for (key, prop) in &props {
            let prop_at = format!("{at}/properties/{}", escape_token(key));
            let ty = match prop {
                ReferenceOr::Item(s) => {
                    self.schema(s, &format!("{hint}{}", names::type_name(key)), &prop_at)
                }
                ReferenceOr::Reference { reference } => {
                    let r: ReferenceOr<Schema> = ReferenceOr::Reference {
                        reference: reference.clone(),
                    };
                    self.schema_ref(&r, hint, &prop_at)
                }
            };
            let (ty, _) = strip_nullable(ty);
            let is_file = matches!(&ty, TypeRef::Bytes)
                || matches!(&ty, TypeRef::Array(i) if **i == TypeRef::Bytes);
            let d = match prop {
                ReferenceOr::Item(s) => schema_docs(&s.schema_data),
                _ => Default::default(),
            };
            fields.push(ir::MultipartField {
                name: ir::Name {
                    wire: key.clone(),
                    rust: scope.claim(names::field_name(key)),
                },
                docs: d,
                kind: if is_file {
                    ir::PartKind::File
                } else {
                    ir::PartKind::Value(ty)
                },
                required: required.contains(key),
            });
        }
        BodyContent::Multipart(fields)
    }

    fn response(
        &mut self,
        r: &ReferenceOr<Response>,
        status: Option<ir::Status>,
        variant: String,
        hint: &str,
        at: &str,
    ) -> Option<ir::Response> {
        let (r, at) = self.deref(r, at)?;
        let body = self.content(&r.content, hint, &format!("{at}/content"));
        let mut headers = Vec::new();
        let mut scope = Scope::new();
        for (name, h) in &r.headers {
            if name.eq_ignore_ascii_case("content-type")
                || name.eq_ignore_ascii_case("content-length")
            {
                continue;
            }
            let h_at = format!("{at}/headers/{}", escape_token(name));
            let Some((h, h_at)) = self.deref(h, &h_at) else {
                continue;
            };
            let ty = match &h.format {
                ParameterSchemaOrContent::Schema(s) => self.schema_ref(
                    s,
                    &format!("{hint}{}", names::type_name(name)),
                    &format!("{h_at}/schema"),
                ),
                ParameterSchemaOrContent::Content(_) => TypeRef::String,
            };
            let (ty, _) = strip_nullable(ty);
            headers.push(ir::Header {
                name: ir::Name {
                    wire: name.clone(),
                    rust: scope.claim(names::field_name(name)),
                },
                ty,
                required: h.required,
                docs: docs(None, h.description.as_ref(), None, false),
            });
        }
        Some(ir::Response {
            status,
            variant,
            docs: docs(None, Some(&r.description), None, false),
            body,
            headers,
        })
    }

    /// Where the OAuth2 and OpenID Connect schemes the operations use get their tokens.
    pub(super) fn oauth2(&mut self) -> Vec<ir::OAuth2> {
        let schemes = self
            .doc
            .openapi
            .components
            .as_ref()
            .map(|c| c.security_schemes.clone())
            .unwrap_or_default();
        let used = std::mem::take(&mut self.scopes);
        let mut out = Vec::new();
        for (name, scopes) in used {
            let at = pointer_join("/components/securitySchemes", &[&name]);
            let Some(scheme) = schemes.get(&name) else {
                continue;
            };
            let Some((scheme, _)) = self.deref(scheme, &at) else {
                continue;
            };
            let mut entry = ir::OAuth2 {
                scheme: name.clone(),
                client_credentials: None,
                refresh: None,
                discovery: None,
                scopes: scopes.into_iter().collect(),
            };
            match scheme.into_owned() {
                SecurityScheme::OAuth2 { flows, .. } => {
                    entry.client_credentials = flows
                        .client_credentials
                        .as_ref()
                        .map(|f| f.token_url.clone());
                    entry.refresh = flows
                        .authorization_code
                        .as_ref()
                        .map(|f| f.refresh_url.clone().unwrap_or_else(|| f.token_url.clone()))
                        .or_else(|| {
                            flows.password.as_ref().map(|f| {
                                f.refresh_url.clone().unwrap_or_else(|| f.token_url.clone())
                            })
                        });
                }
                SecurityScheme::OpenIDConnect {
                    open_id_connect_url,
                    ..
                } => entry.discovery = Some(open_id_connect_url),
                _ => continue,
            }
            out.push(entry);
        }
        out
    }

    /// The requirements an operation accepts (any one of them; a requirement naming several
    /// schemes needs them all) and whether it may be called without credentials (no
    /// `security`, or `{}` among the requirements).
    fn auth(
        &mut self,
        security: Option<&Vec<openapiv3::SecurityRequirement>>,
    ) -> (Vec<Vec<ir::Auth>>, bool) {
        let Some(requirements) = security else {
            return (Vec::new(), true);
        };
        let mut anonymous = requirements.is_empty() || requirements.iter().any(|r| r.is_empty());
        let schemes = self
            .doc
            .openapi
            .components
            .as_ref()
            .map(|c| c.security_schemes.clone())
            .unwrap_or_default();
        let mut out: Vec<Vec<ir::Auth>> = Vec::new();
        for req in requirements {
            let mut set = Vec::new();
            for name in req.keys() {
                if self.doc.transport_schemes.contains(name) {
                    // `mutualTLS`: the TLS layer carries the credential, not the request.
                    continue;
                }
                let Some(scheme) = schemes.get(name) else {
                    self.warn(
                        &pointer_join("/components/securitySchemes", &[name]),
                        format!(
                            "security scheme `{name}` is used but not defined; requirements \
                             naming it are generated as needing no credential for it"
                        ),
                    );
                    continue;
                };
                let at = pointer_join("/components/securitySchemes", &[name]);
                let Some((scheme, _)) = self.deref(scheme, &at) else {
                    continue;
                };
                let auth = match scheme.into_owned() {
                    SecurityScheme::HTTP { scheme: s, .. } if s.eq_ignore_ascii_case("basic") => {
                        ir::Auth::Basic {
                            scheme: name.clone(),
                        }
                    }
                    SecurityScheme::OAuth2 { .. } | SecurityScheme::OpenIDConnect { .. } => {
                        self.scopes
                            .entry(name.clone())
                            .or_default()
                            .extend(req[name].iter().cloned());
                        ir::Auth::Bearer {
                            scheme: name.clone(),
                        }
                    }
                    SecurityScheme::HTTP { .. } => ir::Auth::Bearer {
                        scheme: name.clone(),
                    },
                    SecurityScheme::APIKey {
                        location,
                        name: key,
                        ..
                    } => match location {
                        openapiv3::APIKeyLocation::Query => ir::Auth::ApiKey {
                            scheme: name.clone(),
                            name: key,
                            location: ParamLocation::Query,
                        },
                        openapiv3::APIKeyLocation::Header => ir::Auth::ApiKey {
                            scheme: name.clone(),
                            name: key,
                            location: ParamLocation::Header,
                        },
                        openapiv3::APIKeyLocation::Cookie => ir::Auth::ApiKey {
                            scheme: name.clone(),
                            name: key,
                            location: ParamLocation::Cookie,
                        },
                    },
                };
                if !set.contains(&auth) {
                    set.push(auth);
                }
            }
            if set.is_empty() {
                // Every scheme of this requirement is met without a request credential.
                anonymous = true;
            } else if !out.contains(&set) {
                out.push(set);
            }
        }
        (out, anonymous)
    }

    /// A list operation: its success body is an object with one array of items and a path of
    /// objects leading to `next` → `href` (the convention of JSON:API-like and CF-style APIs).
    fn pagination(&self, responses: &[ir::Response]) -> Option<ir::Pagination> {
        let ok = responses
            .iter()
            .find(|r| r.status.is_some_and(|s| s.is_success()))?;
        let Some(BodyContent::Json(TypeRef::Named(page))) = &ok.body else {
            return None;
        };
        let TypeKind::Struct(page) = &self.types.get(page)?.kind else {
            return None;
        };
        let arrays: Vec<&ir::Field> = page
            .fields
            .iter()
            .filter(|f| matches!(f.ty, TypeRef::Array(_)))
            .collect();
        let [items] = arrays.as_slice() else {
            return None;
        };
        let TypeRef::Array(item) = &items.ty else {
            return None;
        };
        for f in &page.fields {
            if let Some(mut steps) = self.next_href(&f.ty, 0) {
                steps.insert(
                    0,
                    ir::NextStep {
                        field: f.name.rust.clone(),
                        options: option_depth(f.presence),
                    },
                );
                return Some(ir::Pagination {
                    items_field: items.name.rust.clone(),
                    item: (**item).clone(),
                    next_href: steps,
                });
            }
        }
        None
    }

    fn next_href(&self, ty: &TypeRef, depth: usize) -> Option<Vec<ir::NextStep>> {
        let TypeRef::Named(n) = ty else { return None };
        let TypeKind::Struct(s) = &self.types.get(n)?.kind else {
            return None;
        };
        if depth == 1 {
            // We are at the `next` link: it must hold a string `href`.
            let href = s
                .fields
                .iter()
                .find(|f| f.name.wire == "href" && f.ty == TypeRef::String)?;
            return Some(vec![ir::NextStep {
                field: href.name.rust.clone(),
                options: option_depth(href.presence),
            }]);
        }
        let next = s.fields.iter().find(|f| f.name.wire == "next")?;
        let mut rest = self.next_href(&next.ty, depth + 1)?;
        rest.insert(
            0,
            ir::NextStep {
                field: next.name.rust.clone(),
                options: option_depth(next.presence),
            },
        );
        Some(rest)
    }
}

fn option_depth(p: ir::Presence) -> u8 {
    match p {
        ir::Presence::Required => 0,
        ir::Presence::Optional | ir::Presence::RequiredNullable => 1,
        ir::Presence::OptionalNullable => 2,
    }
}

fn location_key(p: &Parameter) -> &'static str {
    match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

fn parent(pointer: &str) -> &str {
    pointer.rsplit_once('/').map(|(p, _)| p).unwrap_or("")
}

/// A webhook or callback, before lowering.
struct Hook<'d> {
    name: String,
    route: String,
    pointer: String,
    item: Cow<'d, PathItem>,
    /// A callback's: the tags of the operation it belongs to.
    parent_tags: Vec<String>,
}

/// The callbacks of a path item's operations. `keep` holds a callback's path item as long as
/// the list needs it.
fn callbacks<'i, 'o>(
    path: &str,
    item_pointer: &str,
    item: &'i PathItem,
    keep: impl Fn(&'i PathItem) -> Cow<'o, PathItem>,
) -> Vec<Hook<'o>> {
    let mut out = Vec::new();
    for (key, op) in item.iter() {
        for (cb_name, callback) in &op.callbacks {
            for (expression, cb_item) in callback {
                let at = pointer_join(item_pointer, &[key, "callbacks", cb_name, expression]);
                let parent = op
                    .operation_id
                    .clone()
                    .unwrap_or_else(|| format!("{key} {path}"));
                out.push(Hook {
                    name: format!("{parent} {cb_name}"),
                    route: cb_name.clone(),
                    pointer: at,
                    item: keep(cb_item),
                    parent_tags: op.tags.clone(),
                });
            }
        }
    }
    out
}
