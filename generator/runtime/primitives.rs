//! Hand-written support for the generated models: exact date-time text, query-parameter
//! values and their validation, `null`-vs-absent fields, and redaction of secrets.

use std::fmt;

/// An RFC 3339 timestamp that keeps the exact text it was read from, so a value read from a
/// server is written back byte for byte (`2016-03-28T23:39:34Z` stays as it was).
#[derive(Clone)]
pub struct DateTime {
    value: time::OffsetDateTime,
    text: String,
}

impl DateTime {
    /// The parsed instant.
    pub fn value(&self) -> time::OffsetDateTime {
        self.value
    }

    /// The text as read (or as formatted, for values built in code).
    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl From<time::OffsetDateTime> for DateTime {
    /// Formats in UTC with `Z` and whole seconds when there are no fractions.
    fn from(value: time::OffsetDateTime) -> Self {
        let utc = value.to_offset(time::UtcOffset::UTC);
        let text = utc
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        DateTime { value, text }
    }
}

impl std::str::FromStr for DateTime {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .map(|value| DateTime {
                value,
                text: s.to_owned(),
            })
            .map_err(|e| format!("`{s}` is not an RFC 3339 timestamp: {e}"))
    }
}

impl PartialEq for DateTime {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl Eq for DateTime {}

impl PartialOrd for DateTime {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for DateTime {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.value.cmp(&other.value)
    }
}

impl std::hash::Hash for DateTime {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state)
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.text)
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A calendar date (`YYYY-MM-DD`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date(pub time::Date);

const DATE_FORMAT: &[time::format_description::BorrowedFormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

impl std::str::FromStr for Date {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        time::Date::parse(s, DATE_FORMAT)
            .map(Date)
            .map_err(|e| format!("`{s}` is not a YYYY-MM-DD date: {e}"))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.format(DATE_FORMAT).map_err(|_| fmt::Error)?)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Prints `[REDACTED]` in place of a secret in `Debug` output.
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

/// `Option<Option<T>>` fields: absent → `None`, `null` → `Some(None)`, a value → `Some(Some(v))`.
/// Used with `#[serde(default, skip_serializing_if = "Option::is_none", with = ...)]`.
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    /// Writes `Some(None)` as `null` (`None` is skipped by the field attribute).
    pub fn serialize<T: Serialize, S: Serializer>(
        value: &Option<Option<T>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    /// A present field is `Some`, whatever its value.
    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

/// The behaviour every generated open string enum shares, from its table of variants and wire
/// values: `KNOWN`, `as_str`, `is_known`, conversions from text, `Display`, serde and query
/// values. The enum itself (with its docs and an `Unknown(String)` variant) is written out in
/// the models; only what is the same for every enum lives here. The methods are `#[inline]`, so
/// each is compiled where it is used rather than once per enum in the generated crate.
/// (Exported, so that the models crates of a large API, which take these primitives from a
/// shared crate, can use it too; `crate::primitives` in its body is the calling crate's. Its
/// module carries no attribute: `macro_export` macros in an attribute-expanded module cannot
/// be re-exported by path.)
#[doc(hidden)]
#[macro_export]
#[allow(clippy::crate_in_macro_def)]
macro_rules! __open_enum {
    ($name:ident { $($variant:ident = $wire:literal),* $(,)? }) => {
        impl $name {
            /// Every value known when this code was generated.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),*];

            /// The value as sent on the wire.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $wire,)*
                    $name::Unknown(other) => other,
                }
            }

            /// Whether the value is one the spec lists.
            #[inline]
            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }
        }

        impl ::std::convert::From<&str> for $name {
            #[inline]
            fn from(s: &str) -> Self {
                match s {
                    $($wire => $name::$variant,)*
                    other => $name::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            #[inline]
            fn from(s: ::std::string::String) -> Self {
                match $name::from(s.as_str()) {
                    $name::Unknown(_) => $name::Unknown(s),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            #[inline]
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok($name::from(s))
            }
        }

        impl ::std::fmt::Display for $name {
            #[inline]
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                d.deserialize_str(crate::primitives::TextVisitor(::std::marker::PhantomData))
            }
        }

        impl crate::primitives::QueryValue for $name {
            #[inline]
            fn to_query(&self) -> ::std::string::String {
                self.as_str().to_owned()
            }
            #[inline]
            fn from_query(s: &str) -> ::std::result::Result<Self, ::std::string::String> {
                Ok($name::from(s))
            }
        }
    };
}
#[doc(hidden)]
pub use crate::__open_enum as open_enum;

/// Reads a string into any type built from text, borrowing the input where the format allows
/// (one visitor for every open enum, instead of one each).
pub struct TextVisitor<T>(pub std::marker::PhantomData<T>);

impl<T: for<'a> From<&'a str> + From<String>> serde::de::Visitor<'_> for TextVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::from(v))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<T, E> {
        Ok(T::from(v))
    }
}

/// A value that can be written into and read from a query string, path segment or header.
pub trait QueryValue: Sized {
    /// The text form.
    fn to_query(&self) -> String;
    /// Parses the text form; the error says what was expected.
    fn from_query(s: &str) -> Result<Self, String>;
}

impl QueryValue for String {
    fn to_query(&self) -> String {
        self.clone()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        Ok(s.to_owned())
    }
}

macro_rules! query_number {
    ($($t:ty => $what:literal),*) => {$(
        impl QueryValue for $t {
            fn to_query(&self) -> String {
                self.to_string()
            }
            fn from_query(s: &str) -> Result<Self, String> {
                s.trim().parse().map_err(|_| format!("must be {}", $what))
            }
        }
    )*};
}

query_number!(i32 => "an integer", i64 => "an integer", f32 => "a number", f64 => "a number");

impl QueryValue for bool {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        match s {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err("must be `true` or `false`".to_owned()),
        }
    }
}

impl QueryValue for DateTime {
    fn to_query(&self) -> String {
        self.text.clone()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        s.parse().map_err(|_| "has an invalid timestamp format. Timestamps should be formatted as 'YYYY-MM-DDThh:mm:ssZ'".to_owned())
    }
}

impl QueryValue for Date {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        s.parse()
    }
}

impl QueryValue for uuid::Uuid {
    fn to_query(&self) -> String {
        self.to_string()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        s.parse().map_err(|_| "must be a UUID".to_owned())
    }
}

impl QueryValue for serde_json::Value {
    fn to_query(&self) -> String {
        match self {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
    fn from_query(s: &str) -> Result<Self, String> {
        Ok(serde_json::from_str(s).unwrap_or_else(|_| serde_json::Value::String(s.to_owned())))
    }
}

/// A query parameter that is unknown, malformed or out of range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// The parameter, as sent (empty when several are involved).
    pub parameter: String,
    /// What is wrong, e.g. `per_page must be between 1 and 5000`.
    pub message: String,
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for QueryError {}

fn error(parameter: &str, message: String) -> QueryError {
    QueryError {
        parameter: parameter.to_owned(),
        message,
    }
}

/// Appends a list as one pair, items joined by `sep`.
pub fn push_joined<T: QueryValue>(
    pairs: &mut Vec<(&'static str, String)>,
    name: &'static str,
    items: &[T],
    sep: char,
) {
    let joined = items
        .iter()
        .map(QueryValue::to_query)
        .collect::<Vec<_>>()
        .join(&sep.to_string());
    pairs.push((name, joined));
}

/// Rejects parameters the operation does not declare.
pub fn reject_unknown(pairs: &[(String, String)], known: &[&str]) -> Result<(), QueryError> {
    let mut unknown: Vec<&str> = pairs
        .iter()
        .map(|(k, _)| k.as_str())
        .filter(|k| !known.contains(k))
        .collect();
    unknown.dedup();
    if unknown.is_empty() {
        return Ok(());
    }
    let list = |v: &[&str]| {
        v.iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Err(error(
        unknown[0],
        format!(
            "Unknown query parameter(s): {}. Valid parameters are: {}",
            list(&unknown),
            list(known)
        ),
    ))
}

fn parse<T: QueryValue>(name: &str, raw: &str) -> Result<T, QueryError> {
    T::from_query(raw).map_err(|why| error(name, format!("{name} {why}")))
}

/// The last value of a scalar parameter.
pub fn query_single<T: QueryValue>(
    pairs: &[(String, String)],
    name: &str,
) -> Result<Option<T>, QueryError> {
    match pairs.iter().rev().find(|(k, _)| k == name) {
        Some((_, v)) => parse(name, v).map(Some),
        None => Ok(None),
    }
}

/// A list sent as one value split on `sep` (`states=STAGED,FAILED`); repeats are concatenated.
pub fn query_split<T: QueryValue>(
    pairs: &[(String, String)],
    name: &str,
    sep: char,
) -> Result<Option<Vec<T>>, QueryError> {
    let mut out: Option<Vec<T>> = None;
    for (_, v) in pairs.iter().filter(|(k, _)| k == name) {
        let items = out.get_or_insert_with(Vec::new);
        for part in v.split(sep) {
            // Spaces after a separator are dropped, ASCII ones only (as `\s` in the real
            // server's Ruby split), so every regex dialect can describe what an item may be.
            let part = part.trim_start_matches([' ', '\t', '\n', '\r', '\x0C', '\x0B']);
            items.push(parse(name, part)?);
        }
    }
    Ok(out)
}

/// A list sent as repeated parameters (`tag=a&tag=b`).
pub fn query_repeated<T: QueryValue>(
    pairs: &[(String, String)],
    name: &str,
) -> Result<Option<Vec<T>>, QueryError> {
    let mut out: Option<Vec<T>> = None;
    for (_, v) in pairs.iter().filter(|(k, _)| k == name) {
        out.get_or_insert_with(Vec::new).push(parse(name, v)?);
    }
    Ok(out)
}

/// A required parameter must be present.
pub fn required<T>(name: &str, value: Option<T>) -> Result<T, QueryError> {
    value.ok_or_else(|| error(name, format!("{name} is required")))
}

fn bound(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        v.to_string()
    }
}

/// `minimum`/`maximum`, inclusive unless exclusive.
pub fn check_range(
    name: &str,
    v: f64,
    min: Option<f64>,
    max: Option<f64>,
    exclusive_min: bool,
    exclusive_max: bool,
) -> Result<(), QueryError> {
    let low = min.is_some_and(|m| if exclusive_min { v <= m } else { v < m });
    let high = max.is_some_and(|m| if exclusive_max { v >= m } else { v > m });
    if !(low || high) {
        return Ok(());
    }
    let message = match (min, max) {
        (Some(lo), Some(hi)) => format!("{name} must be between {} and {}", bound(lo), bound(hi)),
        (Some(lo), None) if exclusive_min => format!("{name} must be greater than {}", bound(lo)),
        (Some(lo), None) => format!("{name} must be greater than or equal to {}", bound(lo)),
        (None, Some(hi)) if exclusive_max => format!("{name} must be less than {}", bound(hi)),
        (None, Some(hi)) => format!("{name} must be less than or equal to {}", bound(hi)),
        (None, None) => unreachable_message(name),
    };
    Err(error(name, message))
}

fn unreachable_message(name: &str) -> String {
    format!("{name} is out of range")
}

/// `minLength`/`maxLength` (in characters).
pub fn check_length(
    name: &str,
    len: usize,
    min: Option<usize>,
    max: Option<usize>,
) -> Result<(), QueryError> {
    if min.is_some_and(|m| len < m) {
        return Err(error(
            name,
            format!("{name} must be at least {} characters", min.unwrap_or(0)),
        ));
    }
    if let Some(m) = max.filter(|m| len > *m) {
        return Err(error(
            name,
            format!("{name} must be at most {m} characters"),
        ));
    }
    Ok(())
}

/// A value that does not match the spec's `pattern` (the generated code holds the compiled
/// pattern; this only words the error, without echoing the value, which may be a secret).
pub fn pattern_mismatch(name: &str, pattern: &str) -> QueryError {
    error(name, format!("{name} must match `{pattern}`"))
}

/// `minItems`/`maxItems`.
pub fn check_count(
    name: &str,
    len: usize,
    min: Option<usize>,
    max: Option<usize>,
) -> Result<(), QueryError> {
    if min.is_some_and(|m| len < m) {
        return Err(error(
            name,
            format!("{name} must have at least {} values", min.unwrap_or(0)),
        ));
    }
    if let Some(m) = max.filter(|m| len > *m) {
        return Err(error(name, format!("{name} must have at most {m} values")));
    }
    Ok(())
}

/// An enum value must be one the spec lists.
pub fn check_known(name: &str, known: bool, value: &str) -> Result<(), QueryError> {
    if known {
        Ok(())
    } else {
        Err(error(
            name,
            format!("{name} has an invalid value '{value}'"),
        ))
    }
}

/// `enum` on a non-string parameter (e.g. `current` accepts only `true`).
pub fn check_allowed(name: &str, value: &str, allowed: &[&str]) -> Result<(), QueryError> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let list = allowed
        .iter()
        .map(|a| format!("'{a}'"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(error(
        name,
        format!("{name} only accepts the value(s) {list}"),
    ))
}
