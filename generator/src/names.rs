//! All naming: the only caller of `heck`. Turns wire names into Rust identifiers, escapes
//! keywords and keeps names unique within a scope.

use heck::{ToKebabCase, ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// Words Rust reserves; a field or method with one of these names is written `r#name`.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot even be raw identifiers.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Whether `ident` must be written as a raw identifier.
pub fn is_keyword(ident: &str) -> bool {
    KEYWORDS.contains(&ident)
}

/// A cargo feature name for an operation tag: kebab-case ASCII (`Code Scanning` →
/// `code-scanning`), `tag` when nothing of it is left.
pub fn feature_name(tag: &str) -> String {
    let ascii: String = tag
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let name = ascii.to_kebab_case();
    if name.is_empty() {
        "tag".to_owned()
    } else {
        name
    }
}

/// Spells out symbols that carry meaning in wire names (`-created_at` vs `created_at`), so
/// that case conversion does not merge them.
fn spell_symbols(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let word = match c {
            '-' if i == 0 => Some("minus "),
            '+' => Some(" plus "),
            '<' => Some(" lt "),
            '>' => Some(" gt "),
            '=' => Some(" eq "),
            '*' => Some(" star "),
            '@' if i == 0 => Some("at "),
            '$' if i == 0 => Some("dollar "),
            '.' if i == 0 => Some("dot "),
            '[' | ']' | '(' | ')' | '{' | '}' | '/' | '.' | ':' | '-' | ' ' | '#' | '@' | '$'
            | '|' | ',' | ';' | '\'' | '"' | '!' | '?' | '&' | '%' | '^' | '~' | '`' | '\\' => {
                Some(" ")
            }
            _ => None,
        };
        match word {
            Some(w) => out.push_str(w),
            None if c.is_alphanumeric() || c == '_' => out.push(c),
            None => {
                out.push_str(&format!(" u{:x} ", c as u32));
            }
        }
    }
    out
}

/// Keeps ASCII identifier characters only (heck keeps Unicode letters, rustc warns on them).
fn ascii_ident(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// The name of a `static` that belongs to the generated type `type_name` (`ListPetsQuery`,
/// `PARAMS` → `LIST_PETS_QUERY_PARAMS`).
pub fn static_name(type_name: &str, what: &str) -> String {
    format!("{}_{what}", type_name.to_shouty_snake_case())
}

/// A type or variant name: `UpperCamelCase`, never empty, never starting with a digit.
pub fn type_name(wire: &str) -> String {
    thread_local!(static KNOWN: Memo = Memo::default());
    KNOWN.with(|known| known.get(wire, spell_type_name))
}

fn spell_type_name(wire: &str) -> String {
    let mut name = ascii_ident(&spell_symbols(wire).to_upper_camel_case());
    if name.is_empty() {
        name = "Empty".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    if name == "Self" {
        name = "SelfType".into();
    }
    name
}

/// A field, argument or method name: `snake_case`, never empty, never starting with a digit.
pub fn field_name(wire: &str) -> String {
    thread_local!(static KNOWN: Memo = Memo::default());
    KNOWN.with(|known| known.get(wire, spell_field_name))
}

fn spell_field_name(wire: &str) -> String {
    let mut name = ascii_ident(&spell_symbols(wire).to_snake_case());
    if name.is_empty() {
        name = "empty".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Names already spelled, by wire name: a large spec asks for the same ones thousands of times
/// (`id`, `url`, `created_at` in every schema), and case conversion allocates. Each thread
/// keeps its own.
#[derive(Default)]
struct Memo(std::cell::RefCell<FxHashMap<String, String>>);

impl Memo {
    fn get(&self, wire: &str, spell: fn(&str) -> String) -> String {
        if let Some(name) = self.0.borrow().get(wire) {
            return name.clone();
        }
        let name = spell(wire);
        self.0.borrow_mut().insert(wire.to_owned(), name.clone());
        name
    }
}

/// Hands out names unique within one scope, adding a number on a clash.
#[derive(Debug, Default)]
pub struct Scope {
    taken: BTreeSet<String>,
}

impl Scope {
    /// An empty scope.
    pub fn new() -> Self {
        Scope::default()
    }

    /// A scope where `reserved` names are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// Returns `name`, or `name2`, `name3`... if it is taken, and marks the result taken.
    pub fn claim(&mut self, name: String) -> String {
        if self.taken.insert(name.clone()) {
            return name;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{name}{n}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            n += 1;
        }
    }

    /// Whether `name` is taken.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

/// The variant name for a status code (`200` → `Ok`, `404` → `NotFound`).
pub fn status_variant(code: u16) -> String {
    let reason = match code {
        200 => "Ok",
        201 => "Created",
        202 => "Accepted",
        203 => "NonAuthoritativeInformation",
        204 => "NoContent",
        205 => "ResetContent",
        206 => "PartialContent",
        300 => "MultipleChoices",
        301 => "MovedPermanently",
        302 => "Found",
        303 => "SeeOther",
        304 => "NotModified",
        307 => "TemporaryRedirect",
        308 => "PermanentRedirect",
        400 => "BadRequest",
        401 => "Unauthorized",
        402 => "PaymentRequired",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        408 => "RequestTimeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "LengthRequired",
        412 => "PreconditionFailed",
        413 => "PayloadTooLarge",
        414 => "UriTooLong",
        415 => "UnsupportedMediaType",
        416 => "RangeNotSatisfiable",
        417 => "ExpectationFailed",
        422 => "UnprocessableEntity",
        423 => "Locked",
        424 => "FailedDependency",
        425 => "TooEarly",
        426 => "UpgradeRequired",
        428 => "PreconditionRequired",
        429 => "TooManyRequests",
        431 => "RequestHeaderFieldsTooLarge",
        451 => "UnavailableForLegalReasons",
        500 => "InternalServerError",
        501 => "NotImplemented",
        502 => "BadGateway",
        503 => "ServiceUnavailable",
        504 => "GatewayTimeout",
        505 => "HttpVersionNotSupported",
        507 => "InsufficientStorage",
        _ => return format!("Status{code}"),
    };
    reason.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_table() {
        let cases: &[(&str, &str, &str)] = &[
            // wire, type name, field name
            ("droplet", "Droplet", "droplet"),
            ("created_at", "CreatedAt", "created_at"),
            ("-created_at", "MinusCreatedAt", "minus_created_at"),
            ("+created_at", "PlusCreatedAt", "plus_created_at"),
            ("created_ats[gt]", "CreatedAtsGt", "created_ats_gt"),
            ("AWAITING_UPLOAD", "AwaitingUpload", "awaiting_upload"),
            ("type", "Type", "type"),
            ("self", "SelfType", "self_"),
            ("Self", "SelfType", "self_"),
            ("123abc", "V123abc", "_123abc"),
            ("", "Empty", "empty"),
            ("x-rate-limit", "XRateLimit", "x_rate_limit"),
            ("application/json", "ApplicationJson", "application_json"),
            ("café", "Caf", "caf"),
            ("a b", "AB", "a_b"),
            ("@type", "AtType", "at_type"),
        ];
        for (wire, ty, field) in cases {
            assert_eq!(
                (type_name(wire).as_str(), field_name(wire).as_str()),
                (*ty, *field),
                "for {wire:?}"
            );
        }
    }

    #[test]
    fn scope_adds_numbers() {
        let mut s = Scope::with_reserved(&["Client"]);
        assert_eq!(s.claim("Client".into()), "Client2");
        assert_eq!(s.claim("A".into()), "A");
        assert_eq!(s.claim("A".into()), "A2");
        assert_eq!(s.claim("A".into()), "A3");
    }

    #[test]
    fn keywords_are_detected() {
        assert!(is_keyword("type") && is_keyword("async") && !is_keyword("kind"));
    }
}
