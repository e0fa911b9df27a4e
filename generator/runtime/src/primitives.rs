//! What the generated models build on: exact date-time text, byte strings, open enums,
//! parameter styles and their validation, `pattern` checks, `null`-vs-absent fields, and
//! redaction of secrets.

use std::fmt;

/// An RFC 3339 timestamp that keeps the exact text it was read from, so a value read from a
/// server is written back byte for byte (`2016-03-28T23:39:34Z` stays as it was).
#[derive(Clone)]
pub struct DateTime {
    value: time::OffsetDateTime,
    text: StampText,
}

/// A timestamp's text, held inline up to [`StampText::INLINE`] bytes, which every RFC 3339
/// text with up to nine fraction digits and a numeric offset fits: decoding a timestamp then
/// allocates nothing (a page of 50 droplets has 100 of them).
#[derive(Clone)]
enum StampText {
    Inline {
        len: u8,
        bytes: [u8; StampText::INLINE],
    },
    Heap(Box<str>),
}

impl StampText {
    const INLINE: usize = 38;

    fn new(text: &str) -> Self {
        if text.len() <= Self::INLINE {
            let mut bytes = [0; Self::INLINE];
            bytes[..text.len()].copy_from_slice(text.as_bytes());
            StampText::Inline {
                len: text.len() as u8,
                bytes,
            }
        } else {
            StampText::Heap(text.into())
        }
    }

    fn as_str(&self) -> &str {
        match self {
            // Always whole UTF-8: the bytes were copied from a `&str` (an RFC 3339 text is
            // ASCII, so the check is over a few dozen bytes).
            StampText::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            StampText::Heap(text) => text,
        }
    }
}

impl DateTime {
    /// The parsed instant.
    pub fn value(&self) -> time::OffsetDateTime {
        self.value
    }

    /// The text as read (or as formatted, for values built in code).
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }
}

impl From<time::OffsetDateTime> for DateTime {
    /// Formats in UTC with `Z` and whole seconds when there are no fractions.
    fn from(value: time::OffsetDateTime) -> Self {
        let utc = value.to_offset(time::UtcOffset::UTC);
        let text = utc
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        DateTime {
            value,
            text: StampText::new(&text),
        }
    }
}

impl std::str::FromStr for DateTime {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339) {
            Ok(value) => Ok(DateTime {
                value,
                text: StampText::new(s),
            }),
            Err(e) => Err(format!("`{s}` is not an RFC 3339 timestamp: {e}")),
        }
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
        write!(f, "{:?}", self.as_str())
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Read from the borrowed text where the format allows (no `String` in between).
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DateTime, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
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
#[doc(hidden)]
#[macro_export]
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
                    $name::Unknown(other) => other.as_str(),
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
                    other => $name::Unknown($crate::primitives::UnknownValue::new(other.to_owned())),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            #[inline]
            fn from(s: ::std::string::String) -> Self {
                match $name::from(s.as_str()) {
                    $name::Unknown(_) => $name::Unknown($crate::primitives::UnknownValue::new(s)),
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
                d.deserialize_str($crate::primitives::TextVisitor(::std::marker::PhantomData))
            }
        }

        impl $crate::primitives::QueryValue for $name {
            #[inline]
            fn to_query(&self) -> ::std::string::String {
                self.as_str().to_owned()
            }
            #[inline]
            fn from_query(s: &str) -> ::std::result::Result<Self, ::std::string::String> {
                Ok($name::from(s))
            }
            #[inline]
            fn text(&self) -> ::std::option::Option<&str> {
                ::std::option::Option::Some(self.as_str())
            }
            #[inline]
            fn is_known(&self) -> bool {
                $name::is_known(self)
            }
        }
    };
}
#[doc(hidden)]
pub use crate::__open_enum as open_enum;

/// A generated struct's `Deserialize`, through [`crate::de::Object`]: the struct names each
/// field once (its index in the wire names, its Rust name, its wire name when that differs,
/// how it is filled in when absent) and the reading is written here, once.
///
/// A field is `required` (absent is an error), `optional` (absent is `None`, or
/// `optional = default_fn` for the spec's default) or `nullable` (`Option<Option<T>>`:
/// absent is `None`, `null` is `Some(None)`). `+ extra` names the map that keeps keys the
/// struct does not name (additional properties).
#[doc(hidden)]
#[macro_export]
macro_rules! __object {
    ($name:ident {
        $($i:literal $field:ident $(($wire:literal))? $kind:ident $(= $default:ident)?),* $(,)?
    } $(+ $extra:ident)?) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                $crate::de::deserialize(deserializer)
            }
        }
        impl<'de> $crate::de::Object<'de> for $name {
            const EXPECTING: &'static str = ::std::concat!("struct ", ::std::stringify!($name));
            const NAME: &'static str = ::std::stringify!($name);
            const FIELDS: &'static [&'static str] =
                &[$($crate::__object!(@wire $field $($wire)?)),*];
            const KEEPS_OTHERS: bool = $crate::__object!(@keeps $($extra)?);
            #[allow(clippy::match_single_binding)]
            fn read<A: ::serde::de::MapAccess<'de>>(
                mut map: A,
            ) -> ::std::result::Result<Self, A::Error> {
                $(let mut $field = ::std::option::Option::None;)*
                $(let mut $extra = ::std::collections::BTreeMap::new();)?
                while let ::std::option::Option::Some(key) =
                    map.next_key_seed($crate::de::keys::<Self>())?
                {
                    match key {
                        $($crate::de::Key::Field($i) => $crate::de::field(
                            &mut map,
                            &mut $field,
                            $crate::__object!(@wire $field $($wire)?),
                        )?,)*
                        $($crate::de::Key::Other(key) => {
                            $extra.insert(key.into_owned(), map.next_value()?);
                        })?
                        _ => $crate::de::skip(&mut map)?,
                    }
                }
                ::std::result::Result::Ok(Self {
                    $($field: $crate::__object!(
                        @value $kind $field $crate::__object!(@wire $field $($wire)?) $(, $default)?
                    ),)*
                    $($extra,)?
                })
            }
        }
    };
    (@wire $field:ident) => { ::std::stringify!($field) };
    (@wire $field:ident $wire:literal) => { $wire };
    (@keeps) => { false };
    (@keeps $extra:ident) => { true };
    (@value required $field:ident $wire:expr) => { $crate::de::required($field, $wire)? };
    (@value optional $field:ident $wire:expr) => { $field.unwrap_or_default() };
    (@value optional $field:ident $wire:expr, $default:ident) => {
        $field.unwrap_or_else(Self::$default)
    };
    (@value nullable $field:ident $wire:expr) => { $field };
}
#[doc(hidden)]
pub use crate::__object as object;

/// A value of an open enum that the generated code does not know: kept exactly as it was
/// sent, readable with [`as_str`](Self::as_str), but opaque, so that no code can match a
/// particular unknown value. When a later spec names that value, it becomes a variant of its
/// own, and code written against the older crate keeps its meaning.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownValue(String);

impl UnknownValue {
    /// Wraps a value (for the generated enums' conversions from text).
    #[doc(hidden)]
    pub fn new(value: String) -> Self {
        UnknownValue(value)
    }

    /// The value as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

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
    /// The value as a number, for range checks (numbers only).
    fn number(&self) -> Option<f64> {
        None
    }
    /// The value as text without copying it, for length and pattern checks (strings and
    /// enums; others are checked in their [`to_query`](Self::to_query) form).
    fn text(&self) -> Option<&str> {
        None
    }
    /// Whether the value is one the spec lists (false only for an enum's unknown values).
    fn is_known(&self) -> bool {
        true
    }
}

impl QueryValue for String {
    fn to_query(&self) -> String {
        self.clone()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        Ok(s.to_owned())
    }
    fn text(&self) -> Option<&str> {
        Some(self)
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
            fn number(&self) -> Option<f64> {
                Some(*self as f64)
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
        self.as_str().to_owned()
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
        let mut text = [0u8; uuid::fmt::Hyphenated::LENGTH];
        self.hyphenated().encode_lower(&mut text).to_owned()
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

/// A value that does not match the spec's `pattern` (the error does not echo the value, which
/// may be a secret).
pub fn pattern_mismatch(name: &str, pattern: &str) -> QueryError {
    error(name, format!("{name} must match `{pattern}`"))
}

/// Compiles a `pattern` (see [`crate::pattern`]).
pub fn compile_pattern(text: &str) -> Result<crate::pattern::Matcher, String> {
    crate::pattern::compile(text)
}

/// Whether [`compile_pattern`] takes a `pattern`, without building its matcher: the generator
/// checks each of the spec's patterns with it.
#[doc(hidden)]
pub fn check_pattern(text: &str) -> Result<(), String> {
    crate::pattern::check(text)
}

/// A `pattern` of the spec, compiled on first use and then shared by every thread without a
/// lock; generated code holds one `static` per distinct pattern.
#[doc(hidden)]
pub struct Pattern {
    text: &'static str,
    compiled: std::sync::OnceLock<Option<crate::pattern::Matcher>>,
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pattern").field(&self.text).finish()
    }
}

impl Pattern {
    /// The pattern `text`, not compiled yet.
    pub const fn new(text: &'static str) -> Self {
        Pattern {
            text,
            compiled: std::sync::OnceLock::new(),
        }
    }

    /// Checks the value `text` of the parameter or field `name`. (The generator emits only
    /// patterns that compile; one that does not would check nothing rather than refuse all.)
    pub fn check(&self, name: &str, text: &str) -> Result<(), QueryError> {
        match self
            .compiled
            .get_or_init(|| compile_pattern(self.text).ok())
        {
            Some(re) if !re.is_match(text) => Err(pattern_mismatch(name, self.text)),
            _ => Ok(()),
        }
    }
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

/// What a parameter (or each item of a list parameter) must satisfy: the spec's constraints
/// as data, checked by [`check_param`]. Generated code writes one per constrained parameter,
/// starting from [`Rules::NONE`].
#[doc(hidden)]
#[derive(Debug)]
pub struct Rules {
    /// `minimum` and `maximum` (numbers; infinite when absent), and whether each is
    /// exclusive.
    pub minimum: f64,
    pub maximum: f64,
    pub exclusive_minimum: bool,
    pub exclusive_maximum: bool,
    /// `minLength` and `maxLength` (strings; 0 and `usize::MAX` when absent).
    pub min_length: usize,
    pub max_length: usize,
    /// `minItems` and `maxItems` (lists; 0 and `usize::MAX` when absent).
    pub min_items: usize,
    pub max_items: usize,
    /// `pattern`, compiled once wherever it is used.
    pub pattern: Option<&'static Pattern>,
    /// `enum` of a value that is not a generated enum, in its text form.
    pub allowed: &'static [&'static str],
    /// A generated enum: refuse the values it does not list.
    pub known: bool,
    /// What each item of a list must satisfy.
    pub items: Option<&'static Rules>,
}

impl Rules {
    /// No constraint.
    pub const NONE: Rules = Rules {
        minimum: f64::NEG_INFINITY,
        maximum: f64::INFINITY,
        exclusive_minimum: false,
        exclusive_maximum: false,
        min_length: 0,
        max_length: usize::MAX,
        min_items: 0,
        max_items: usize::MAX,
        pattern: None,
        allowed: &[],
        known: false,
        items: None,
    };
}

/// A bound that is there (`Some`), or the sentinel that stands for none.
fn bound_of<T: PartialEq>(value: T, none: T) -> Option<T> {
    (value != none).then_some(value)
}

/// One parameter of a query (or cookie) parameter set, as data: its name as sent, its style,
/// whether it is exploded, and its rules. A generated query type holds a `static` table of
/// them and hands each entry to [`write_param`], [`read_param`] and [`check_param`]. (A tuple
/// struct, so that a table entry is one line: `rt::Param("page", rt::Style::Form, true,
/// rt::Rules::NONE)`.)
#[doc(hidden)]
#[derive(Debug)]
pub struct Param(pub &'static str, pub Style, pub bool, pub &'static Rules);

impl Param {
    /// The name, as sent.
    pub fn name(&self) -> &'static str {
        self.0
    }
}

/// A value [`check_param`] can check: a scalar ([`QueryValue`]), a list of them, or either
/// optional (absent passes).
#[doc(hidden)]
pub trait Checked {
    /// Checks the value of the parameter `name` against `rules`.
    fn check(&self, name: &str, rules: &Rules) -> Result<(), QueryError>;
}

impl<T: QueryValue> Checked for T {
    fn check(&self, name: &str, rules: &Rules) -> Result<(), QueryError> {
        if let Some(n) = self.number() {
            let (min, max) = (
                bound_of(rules.minimum, f64::NEG_INFINITY),
                bound_of(rules.maximum, f64::INFINITY),
            );
            if min.is_some() || max.is_some() {
                check_range(
                    name,
                    n,
                    min,
                    max,
                    rules.exclusive_minimum,
                    rules.exclusive_maximum,
                )?;
            }
        }
        let owned;
        let text = match self.text() {
            Some(text) => text,
            None if rules.pattern.is_none() && rules.allowed.is_empty() => return Ok(()),
            None => {
                owned = self.to_query();
                &owned
            }
        };
        let (min, max) = (
            bound_of(rules.min_length, 0),
            bound_of(rules.max_length, usize::MAX),
        );
        if min.is_some() || max.is_some() {
            check_length(name, text.chars().count(), min, max)?;
        }
        if rules.known {
            check_known(name, self.is_known(), text)?;
        }
        if let Some(pattern) = rules.pattern {
            pattern.check(name, text)?;
        }
        if !rules.allowed.is_empty() {
            check_allowed(name, text, rules.allowed)?;
        }
        Ok(())
    }
}

impl<T: QueryValue> Checked for Vec<T> {
    fn check(&self, name: &str, rules: &Rules) -> Result<(), QueryError> {
        let (min, max) = (
            bound_of(rules.min_items, 0),
            bound_of(rules.max_items, usize::MAX),
        );
        if min.is_some() || max.is_some() {
            check_count(name, self.len(), min, max)?;
        }
        if let Some(items) = rules.items {
            for item in self {
                item.check(name, items)?;
            }
        }
        Ok(())
    }
}

impl<T: Checked> Checked for Option<T> {
    fn check(&self, name: &str, rules: &Rules) -> Result<(), QueryError> {
        match self {
            Some(v) => v.check(name, rules),
            None => Ok(()),
        }
    }
}

/// Checks a parameter's value against its rules.
#[inline]
pub fn check_param<T: Checked>(param: &Param, value: &T) -> Result<(), QueryError> {
    value.check(param.0, param.3)
}

/// Writes a parameter in its style, if it has a value.
#[inline]
pub fn write_param<T: ParamValue>(
    pairs: &mut Vec<(String, String)>,
    param: &Param,
    value: Option<&T>,
) -> Result<(), QueryError> {
    match value {
        Some(v) => write_query(pairs, param.0, param.1, param.2, v),
        None => Ok(()),
    }
}

/// Writes a `content: application/json` parameter, if it has a value.
#[inline]
pub fn write_json_param<T: serde::Serialize>(
    pairs: &mut Vec<(String, String)>,
    param: &Param,
    value: Option<&T>,
) -> Result<(), QueryError> {
    if let Some(v) = value {
        pairs.push((param.0.to_owned(), write_json(param.0, v)?));
    }
    Ok(())
}

/// Reads a parameter in its style (`None` when absent).
#[inline]
pub fn read_param<T: ParamValue>(
    pairs: &[(String, String)],
    used: &mut [bool],
    param: &Param,
) -> Result<Option<T>, QueryError> {
    read_query(pairs, used, param.0, param.1, param.2)
}

/// Reads a `content: application/json` parameter (`None` when absent).
#[inline]
pub fn read_json_param<T: serde::de::DeserializeOwned>(
    pairs: &[(String, String)],
    used: &mut [bool],
    param: &Param,
) -> Result<Option<T>, QueryError> {
    read_query_json(pairs, used, param.0)
}

/// How a parameter is written: OpenAPI's `style`, with `explode` beside it where it is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `form` (query, cookie): `a=1&a=2` exploded, `a=1,2` not.
    Form,
    /// `spaceDelimited` (query): `a=1%202`.
    SpaceDelimited,
    /// `pipeDelimited` (query): `a=1|2`.
    PipeDelimited,
    /// `deepObject` (query): `a[x]=1&a[y][z]=2`.
    DeepObject,
    /// `simple` (path, header): `1,2`.
    Simple,
    /// `label` (path): `.1.2` exploded, `.1,2` not.
    Label,
    /// `matrix` (path): `;a=1;a=2` exploded, `;a=1,2` not.
    Matrix,
}

/// A parameter value before it is written in a style: one text, a list of texts, or named
/// members (an object or a map; only `deepObject` nests them).
#[derive(Clone, Debug, PartialEq)]
pub enum ParamTree {
    /// A scalar.
    Text(String),
    /// An array of scalars.
    List(Vec<String>),
    /// An object's or map's members, in order.
    Object(Vec<(String, ParamTree)>),
}

/// What kind of tree a type reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// One value.
    Scalar,
    /// A list of values.
    List,
    /// Named members.
    Object,
}

/// A value that can be a parameter in any style: scalars (through [`QueryValue`]), lists of
/// them, maps, and the generated structs used as parameters.
pub trait ParamValue: Sized {
    /// The tree this type reads and writes.
    const SHAPE: Shape;
    /// For an object with fixed properties, their names (exploded `form` objects are read
    /// from these top-level names); `None` for maps and non-objects.
    const KEYS: Option<&'static [&'static str]> = None;
    /// The value as a tree.
    fn to_tree(&self) -> ParamTree;
    /// Reads the tree; the error says what was expected.
    fn from_tree(tree: ParamTree) -> Result<Self, String>;
}

impl<T: QueryValue> ParamValue for T {
    const SHAPE: Shape = Shape::Scalar;
    #[inline]
    fn to_tree(&self) -> ParamTree {
        ParamTree::Text(self.to_query())
    }
    #[inline]
    fn from_tree(tree: ParamTree) -> Result<Self, String> {
        match tree {
            ParamTree::Text(s) => T::from_query(&s),
            ParamTree::List(mut l) if l.len() == 1 => T::from_query(&l.remove(0)),
            _ => Err("must be a single value".to_owned()),
        }
    }
}

impl<T: QueryValue> ParamValue for Vec<T> {
    const SHAPE: Shape = Shape::List;
    fn to_tree(&self) -> ParamTree {
        ParamTree::List(self.iter().map(QueryValue::to_query).collect())
    }
    fn from_tree(tree: ParamTree) -> Result<Self, String> {
        match tree {
            ParamTree::List(items) => items.iter().map(|s| T::from_query(s)).collect(),
            ParamTree::Text(s) => Ok(vec![T::from_query(&s)?]),
            ParamTree::Object(_) => Err("must be a list".to_owned()),
        }
    }
}

impl<T: ParamValue> ParamValue for std::collections::BTreeMap<String, T> {
    const SHAPE: Shape = Shape::Object;
    fn to_tree(&self) -> ParamTree {
        ParamTree::Object(self.iter().map(|(k, v)| (k.clone(), v.to_tree())).collect())
    }
    fn from_tree(tree: ParamTree) -> Result<Self, String> {
        match tree {
            ParamTree::Object(members) => members
                .into_iter()
                .map(|(k, v)| T::from_tree(v).map(|v| (k, v)))
                .collect(),
            _ => Err("must be an object".to_owned()),
        }
    }
}

/// The members of an object tree, for the `from_tree` of generated structs.
pub struct Members(Vec<(String, ParamTree)>);

impl Members {
    /// The members of `tree`, which must be an object.
    pub fn of(tree: ParamTree) -> Result<Self, String> {
        match tree {
            ParamTree::Object(members) => Ok(Members(members)),
            _ => Err("must be an object".to_owned()),
        }
    }

    /// Takes member `key`, if present.
    pub fn take<T: ParamValue>(&mut self, key: &str) -> Result<Option<T>, String> {
        match self.0.iter().position(|(k, _)| k == key) {
            Some(i) => {
                let (_, v) = self.0.remove(i);
                T::from_tree(v)
                    .map(Some)
                    .map_err(|why| format!("[{key}] {why}"))
            }
            None => Ok(None),
        }
    }

    /// Takes member `key`, which must be present.
    pub fn require<T: ParamValue>(&mut self, key: &str) -> Result<T, String> {
        self.take(key)?
            .ok_or_else(|| format!("[{key}] is required"))
    }

    /// Fails on members the type does not know.
    pub fn finish(self) -> Result<(), String> {
        match self.0.first() {
            Some((k, _)) => Err(format!("has an unknown member '{k}'")),
            None => Ok(()),
        }
    }
}

/// Writes a struct member into an object tree (absent members are left out).
pub fn member<T: ParamValue>(out: &mut Vec<(String, ParamTree)>, key: &str, value: Option<&T>) {
    if let Some(v) = value {
        out.push((key.to_owned(), v.to_tree()));
    }
}

/// The parameter's default from the spec, as JSON text; `None` if it does not fit the type
/// (the generator warns about such defaults).
pub fn default_param<T: ParamValue>(json: &str) -> Option<T> {
    fn tree(v: serde_json::Value) -> Option<ParamTree> {
        Some(match v {
            serde_json::Value::Null => return None,
            serde_json::Value::String(s) => ParamTree::Text(s),
            serde_json::Value::Array(items) => ParamTree::List(
                items
                    .into_iter()
                    .map(|i| match i {
                        serde_json::Value::String(s) => Some(s),
                        serde_json::Value::Array(_)
                        | serde_json::Value::Object(_)
                        | serde_json::Value::Null => None,
                        other => Some(other.to_string()),
                    })
                    .collect::<Option<_>>()?,
            ),
            serde_json::Value::Object(m) => ParamTree::Object(
                m.into_iter()
                    .map(|(k, v)| tree(v).map(|t| (k, t)))
                    .collect::<Option<_>>()?,
            ),
            other => ParamTree::Text(other.to_string()),
        })
    }
    T::from_tree(tree(serde_json::from_str(json).ok()?)?).ok()
}

fn delimiter(style: Style) -> char {
    match style {
        Style::SpaceDelimited => ' ',
        Style::PipeDelimited => '|',
        _ => ',',
    }
}

/// Joins texts with `sep`, refusing one that contains it: the receiver could not tell the
/// text from two (OpenAPI leaves delimiters inside values undefined, and servers split on
/// them whether percent-encoded or not).
fn join(name: &str, items: &[&str], sep: char) -> Result<String, QueryError> {
    if items.iter().any(|i| i.contains(sep)) {
        return Err(error(
            name,
            format!("{name} cannot hold a value containing '{sep}', its delimiter"),
        ));
    }
    Ok(items.join(sep.encode_utf8(&mut [0; 4])))
}

fn flat<'a>(
    name: &str,
    members: &'a [(String, ParamTree)],
) -> Result<Vec<(&'a str, &'a str)>, QueryError> {
    members
        .iter()
        .map(|(k, v)| match v {
            ParamTree::Text(t) => Ok((k.as_str(), t.as_str())),
            _ => Err(error(
                name,
                format!("{name}: member '{k}' must be a single value in this style"),
            )),
        })
        .collect()
}

fn key_value_list<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<&'a str> {
    pairs.iter().flat_map(|(k, v)| [*k, *v]).collect()
}

/// Appends a query (or cookie) parameter as decoded `(name, value)` pairs, in its style.
pub fn write_query<T: ParamValue>(
    pairs: &mut Vec<(String, String)>,
    name: &str,
    style: Style,
    explode: bool,
    value: &T,
) -> Result<(), QueryError> {
    match (value.to_tree(), style) {
        (ParamTree::Text(t), _) => pairs.push((name.to_owned(), t)),
        (ParamTree::List(items), Style::Form | Style::DeepObject) if explode => {
            pairs.extend(items.into_iter().map(|i| (name.to_owned(), i)));
        }
        (ParamTree::List(items), _) => {
            let items: Vec<&str> = items.iter().map(String::as_str).collect();
            pairs.push((name.to_owned(), join(name, &items, delimiter(style))?));
        }
        (ParamTree::Object(members), Style::DeepObject) => deep(pairs, name, &members)?,
        (ParamTree::Object(members), _) if explode => {
            for (k, v) in flat(name, &members)? {
                pairs.push((k.to_owned(), v.to_owned()));
            }
        }
        (ParamTree::Object(members), _) => {
            let flat = flat(name, &members)?;
            pairs.push((
                name.to_owned(),
                join(name, &key_value_list(&flat), delimiter(style))?,
            ));
        }
    }
    Ok(())
}

fn deep(
    pairs: &mut Vec<(String, String)>,
    prefix: &str,
    members: &[(String, ParamTree)],
) -> Result<(), QueryError> {
    for (k, v) in members {
        if k.contains(['[', ']']) {
            return Err(error(
                prefix,
                format!("{prefix}: member '{k}' cannot contain brackets"),
            ));
        }
        let key = format!("{prefix}[{k}]");
        match v {
            ParamTree::Text(t) => pairs.push((key, t.clone())),
            ParamTree::List(items) => pairs.extend(items.iter().map(|i| (key.clone(), i.clone()))),
            ParamTree::Object(inner) => deep(pairs, &key, inner)?,
        }
    }
    Ok(())
}

/// Reads a query (or cookie) parameter from decoded pairs, marking the pairs it consumes in
/// `used`. Lists split on the style's delimiter (after percent-decoding, as most servers do:
/// [`write_query`] refuses items holding it); repeated lists concatenate.
pub fn read_query<T: ParamValue>(
    pairs: &[(String, String)],
    used: &mut [bool],
    name: &str,
    style: Style,
    explode: bool,
) -> Result<Option<T>, QueryError> {
    let bad = |why: String| error(name, format!("{name} {why}"));
    let mut take = |pred: &dyn Fn(&str) -> bool| -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (i, (k, v)) in pairs.iter().enumerate() {
            if !used[i] && pred(k) {
                used[i] = true;
                out.push((k.clone(), v.clone()));
            }
        }
        out
    };
    let tree = match (T::SHAPE, style) {
        (Shape::Scalar, _) => match take(&|k| k == name).pop() {
            Some((_, v)) => ParamTree::Text(v),
            None => return Ok(None),
        },
        (Shape::List, _) => {
            let found = take(&|k| k == name);
            if found.is_empty() {
                return Ok(None);
            }
            let exploded = explode && matches!(style, Style::Form | Style::DeepObject);
            ParamTree::List(if exploded {
                found.into_iter().map(|(_, v)| v).collect()
            } else {
                found
                    .iter()
                    .flat_map(|(_, v)| split(v, delimiter(style)))
                    .collect()
            })
        }
        (Shape::Object, Style::DeepObject) => {
            let prefix = format!("{name}[");
            let found = take(&|k| k.starts_with(&prefix));
            if found.is_empty() {
                return Ok(None);
            }
            let mut members = Vec::new();
            for (k, v) in found {
                let path = brackets(&k[name.len()..])
                    .ok_or_else(|| bad(format!("has a malformed key '{k}'")))?;
                insert_deep(&mut members, &path, v)
                    .map_err(|why| bad(format!("[{}] {why}", path.join("]["))))?;
            }
            ParamTree::Object(members)
        }
        (Shape::Object, _) if explode => {
            let found = match T::KEYS {
                Some(keys) => take(&|k| keys.contains(&k)),
                None => take(&|_| true),
            };
            if found.is_empty() {
                return Ok(None);
            }
            ParamTree::Object(
                found
                    .into_iter()
                    .map(|(k, v)| (k, ParamTree::Text(v)))
                    .collect(),
            )
        }
        (Shape::Object, _) => match take(&|k| k == name).pop() {
            Some((_, v)) => {
                let parts = split(&v, delimiter(style));
                if parts.len() % 2 != 0 {
                    return Err(bad("must be a list of names and values".to_owned()));
                }
                let mut members = Vec::new();
                let mut it = parts.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    members.push((k, ParamTree::Text(v)));
                }
                ParamTree::Object(members)
            }
            None => return Ok(None),
        },
    };
    T::from_tree(tree).map(Some).map_err(bad)
}

/// A parameter declared with `content: application/json`: the value as JSON text.
pub fn write_json<T: serde::Serialize>(name: &str, value: &T) -> Result<String, QueryError> {
    serde_json::to_string(value).map_err(|e| error(name, format!("{name}: {e}")))
}

/// Reads a `content: application/json` parameter's JSON text.
pub fn read_json<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| format!("{name} is not valid JSON of its type: {e}"))
}

/// Reads a `content: application/json` query parameter (the last one given).
pub fn read_query_json<T: serde::de::DeserializeOwned>(
    pairs: &[(String, String)],
    used: &mut [bool],
    name: &str,
) -> Result<Option<T>, QueryError> {
    let mut found = None;
    for (i, (k, v)) in pairs.iter().enumerate() {
        if !used[i] && k == name {
            used[i] = true;
            found = Some(v);
        }
    }
    found
        .map(|v| read_json(name, v).map_err(|why| error(name, why)))
        .transpose()
}

fn split(value: &str, sep: char) -> Vec<String> {
    value.split(sep).map(str::to_owned).collect()
}

/// `[a][b]` → `["a", "b"]`.
fn brackets(mut rest: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let end = inner.find(']')?;
        out.push(inner[..end].to_owned());
        rest = &inner[end + 1..];
    }
    (!out.is_empty()).then_some(out)
}

fn insert_deep(
    members: &mut Vec<(String, ParamTree)>,
    path: &[String],
    value: String,
) -> Result<(), String> {
    let (key, rest) = path.split_first().ok_or("is empty")?;
    let slot = match members.iter().position(|(k, _)| k == key) {
        Some(i) => &mut members[i].1,
        None => {
            let fresh = if rest.is_empty() {
                ParamTree::List(Vec::new())
            } else {
                ParamTree::Object(Vec::new())
            };
            members.push((key.clone(), fresh));
            &mut members.last_mut().ok_or("is empty")?.1
        }
    };
    match (slot, rest.is_empty()) {
        (ParamTree::List(items), true) => {
            items.push(value);
            Ok(())
        }
        (ParamTree::Object(inner), false) => insert_deep(inner, rest, value),
        _ => Err("mixes a value and members".to_owned()),
    }
}

/// Fails on pairs no parameter consumed, naming them and the valid parameters.
pub fn reject_unused(
    pairs: &[(String, String)],
    used: &[bool],
    known: &[&str],
) -> Result<(), QueryError> {
    let unused: Vec<(String, String)> = pairs
        .iter()
        .zip(used)
        .filter(|(_, u)| !**u)
        .map(|(p, _)| p.clone())
        .collect();
    reject_unknown(&unused, &[]).map_err(|e| {
        let names: Vec<&str> = unused.iter().map(|(k, _)| k.as_str()).collect();
        let mut names = names;
        names.dedup();
        let list = |v: &[&str]| {
            v.iter()
                .map(|s| format!("'{s}'"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        QueryError {
            parameter: e.parameter,
            message: format!(
                "Unknown query parameter(s): {}. Valid parameters are: {}",
                list(&names),
                list(known)
            ),
        }
    })
}

const PATH_RESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path parameter in its style (`simple`, `label` or `matrix`), each value
/// percent-encoded and the style's delimiters left as they are.
pub fn write_path<T: ParamValue>(
    name: &str,
    style: Style,
    explode: bool,
    value: &T,
) -> Result<String, QueryError> {
    let enc = |s: &str| percent_encoding::utf8_percent_encode(s, PATH_RESERVED).to_string();
    let (prefix, sep) = match style {
        Style::Label => (".".to_owned(), if explode { '.' } else { ',' }),
        Style::Matrix => (String::new(), if explode { ';' } else { ',' }),
        _ => (String::new(), ','),
    };
    let named = |v: String| {
        if style == Style::Matrix {
            format!(";{}={v}", enc(name))
        } else {
            format!("{prefix}{v}")
        }
    };
    let sep_s = sep.to_string();
    Ok(match value.to_tree() {
        ParamTree::Text(t) => named(enc(&t)),
        ParamTree::List(items) if style == Style::Matrix && explode => items
            .iter()
            .map(|i| format!(";{}={}", enc(name), enc(i)))
            .collect(),
        ParamTree::List(items) => {
            let items: Vec<String> = items.iter().map(|i| enc(i)).collect();
            named(items.join(&sep_s))
        }
        ParamTree::Object(members) => {
            let flat = flat(name, &members)?;
            if explode {
                let kv: Vec<String> = flat
                    .iter()
                    .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
                    .collect();
                match style {
                    Style::Matrix => kv.iter().map(|p| format!(";{p}")).collect(),
                    _ => format!("{prefix}{}", kv.join(&sep_s)),
                }
            } else {
                let kv: Vec<String> = key_value_list(&flat).into_iter().map(enc).collect();
                named(kv.join(","))
            }
        }
    })
}

/// Reads a path parameter (already percent-decoded) written by [`write_path`].
pub fn read_path<T: ParamValue>(
    name: &str,
    style: Style,
    explode: bool,
    text: &str,
) -> Result<T, String> {
    let body: &str = match style {
        Style::Label => text.strip_prefix('.').ok_or("must start with '.'")?,
        Style::Matrix if T::SHAPE == Shape::Object && explode => text,
        Style::Matrix if T::SHAPE == Shape::List && explode => text,
        Style::Matrix => text
            .strip_prefix(';')
            .and_then(|t| t.strip_prefix(name))
            .and_then(|t| t.strip_prefix('='))
            .ok_or_else(|| format!("must be ';{name}=…'"))?,
        _ => text,
    };
    let sep = match (style, explode) {
        (Style::Label, true) => '.',
        (Style::Matrix, true) => ';',
        _ => ',',
    };
    read_delimited(name, style, explode, body, sep)
}

/// Reads a header parameter (`simple` style).
pub fn read_header<T: ParamValue>(name: &str, explode: bool, text: &str) -> Result<T, String> {
    read_delimited(name, Style::Simple, explode, text, ',')
}

/// A header parameter's text (`simple` style; values are not encoded, so a value holding the
/// delimiter is refused).
pub fn write_header<T: ParamValue>(
    name: &str,
    explode: bool,
    value: &T,
) -> Result<String, QueryError> {
    Ok(match value.to_tree() {
        ParamTree::Text(t) => t,
        ParamTree::List(items) => join(
            name,
            &items.iter().map(String::as_str).collect::<Vec<_>>(),
            ',',
        )?,
        ParamTree::Object(members) => {
            let flat = flat(name, &members)?;
            if explode {
                let kv: Vec<String> = flat.iter().map(|(k, v)| format!("{k}={v}")).collect();
                join(
                    name,
                    &kv.iter().map(String::as_str).collect::<Vec<_>>(),
                    ',',
                )?
            } else {
                join(name, &key_value_list(&flat), ',')?
            }
        }
    })
}

fn read_delimited<T: ParamValue>(
    name: &str,
    style: Style,
    explode: bool,
    body: &str,
    sep: char,
) -> Result<T, String> {
    let tree = match (T::SHAPE, style) {
        (Shape::Scalar, _) => ParamTree::Text(body.to_owned()),
        (Shape::List, Style::Matrix) if explode => {
            let prefix = format!("{name}=");
            let items = body
                .split(';')
                .skip(1)
                .map(|p| {
                    p.strip_prefix(prefix.as_str())
                        .map(str::to_owned)
                        .ok_or_else(|| format!("must be ';{name}=…' repeated"))
                })
                .collect::<Result<_, _>>()?;
            ParamTree::List(items)
        }
        (Shape::List, _) => ParamTree::List(body.split(sep).map(str::to_owned).collect()),
        (Shape::Object, _) if explode => {
            let parts: Vec<&str> = if style == Style::Matrix {
                body.split(';').skip(1).collect()
            } else {
                body.split(sep).collect()
            };
            let members = parts
                .into_iter()
                .filter(|p| !p.is_empty())
                .map(|p| match p.split_once('=') {
                    Some((k, v)) => Ok((k.to_owned(), ParamTree::Text(v.to_owned()))),
                    None => Err(format!("member '{p}' has no '='")),
                })
                .collect::<Result<_, String>>()?;
            ParamTree::Object(members)
        }
        (Shape::Object, _) => {
            let parts: Vec<&str> = body.split(',').collect();
            if parts.len() % 2 != 0 {
                return Err("must be a list of names and values".to_owned());
            }
            ParamTree::Object(
                parts
                    .chunks(2)
                    .map(|c| (c[0].to_owned(), ParamTree::Text(c[1].to_owned())))
                    .collect(),
            )
        }
    };
    T::from_tree(tree)
}

/// A cookie parameter's `name=value` pieces (`form` style; values percent-encoded, so any
/// text survives), to be joined with `; ` into one `Cookie` header.
pub fn write_cookie<T: ParamValue>(
    out: &mut Vec<String>,
    name: &str,
    explode: bool,
    value: &T,
) -> Result<(), QueryError> {
    let mut pairs = Vec::new();
    write_query(&mut pairs, name, Style::Form, explode, value)?;
    let enc = |s: &str| percent_encoding::utf8_percent_encode(s, PATH_RESERVED).to_string();
    out.extend(pairs.iter().map(|(k, v)| format!("{}={}", enc(k), enc(v))));
    Ok(())
}

/// The decoded `(name, value)` pairs of every `Cookie` header.
pub fn cookie_pairs<'a>(headers: impl Iterator<Item = &'a [u8]>) -> Vec<(String, String)> {
    let dec = |s: &str| {
        percent_encoding::percent_decode_str(s)
            .decode_utf8_lossy()
            .into_owned()
    };
    headers
        .filter_map(|h| std::str::from_utf8(h).ok())
        .flat_map(|h| h.split(';'))
        .filter_map(|piece| piece.trim().split_once('='))
        .map(|(k, v)| (dec(k), dec(v.trim_matches('"'))))
        .collect()
}

/// `format: byte`: bytes carried as base64 text. Written in the standard alphabet with
/// padding; read in the standard or URL-safe alphabet, padded or not, line breaks ignored.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Base64(pub Vec<u8>);

impl Base64 {
    /// The base64 text.
    pub fn encode(&self) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(&self.0)
    }

    /// Reads base64 text in either alphabet, padded or not.
    pub fn decode(text: &str) -> Result<Self, String> {
        use base64::Engine as _;
        use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
        const LENIENT: GeneralPurposeConfig =
            GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
        const STANDARD: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::STANDARD, LENIENT);
        const URL_SAFE: GeneralPurpose = GeneralPurpose::new(&base64::alphabet::URL_SAFE, LENIENT);
        let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        let engine = if compact.contains(['-', '_']) {
            URL_SAFE
        } else {
            STANDARD
        };
        engine
            .decode(compact.as_bytes())
            .map(Base64)
            .map_err(|e| format!("must be base64 ({e})"))
    }
}

impl fmt::Debug for Base64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Base64({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Base64 {
    fn from(bytes: Vec<u8>) -> Self {
        Base64(bytes)
    }
}

impl std::ops::Deref for Base64 {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl serde::Serialize for Base64 {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.encode())
    }
}

impl<'de> serde::Deserialize<'de> for Base64 {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Base64::decode(&text).map_err(serde::de::Error::custom)
    }
}

impl QueryValue for Base64 {
    fn to_query(&self) -> String {
        self.encode()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        Base64::decode(s)
    }
}

/// `format: binary` inside a JSON or form body: the octets of a JSON string. JSON can only
/// carry text, so bytes that are not UTF-8 fail to serialize rather than being altered
/// (`format: byte` is the spec's way to send arbitrary bytes in JSON).
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Binary(pub Vec<u8>);

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Binary({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Binary(bytes)
    }
}

impl std::ops::Deref for Binary {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl serde::Serialize for Binary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match std::str::from_utf8(&self.0) {
            Ok(text) => s.serialize_str(text),
            Err(_) => Err(serde::ser::Error::custom(
                "a `format: binary` value that is not UTF-8 cannot be written as JSON text",
            )),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Binary {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(|s| Binary(s.into_bytes()))
    }
}

impl QueryValue for Binary {
    fn to_query(&self) -> String {
        String::from_utf8_lossy(&self.0).into_owned()
    }
    fn from_query(s: &str) -> Result<Self, String> {
        Ok(Binary(s.as_bytes().to_vec()))
    }
}

/// Which side is writing a body: `readOnly` fields are left out of requests, `writeOnly`
/// ones out of responses. One type serves both directions; the writer says which it is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Neither,
    Request,
    Response,
}

thread_local! {
    static WRITING: std::cell::Cell<Direction> = const { std::cell::Cell::new(Direction::Neither) };
}

fn writing<R>(direction: Direction, f: impl FnOnce() -> R) -> R {
    struct Restore(Direction);
    impl Drop for Restore {
        fn drop(&mut self) {
            WRITING.with(|w| w.set(self.0));
        }
    }
    let _restore = Restore(WRITING.with(|w| w.replace(direction)));
    f()
}

/// A request body as JSON (`readOnly` fields left out).
pub fn to_request_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    writing(Direction::Request, || serde_json::to_vec(value))
}

/// A response body as JSON (`writeOnly` fields left out).
pub fn to_response_json<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Result<Vec<u8>> {
    writing(Direction::Response, || serde_json::to_vec(value))
}

/// `skip_serializing_if` of a `readOnly` field: absent, or a request is being written.
pub fn omit_read_only<T>(value: &Option<T>) -> bool {
    value.is_none() || WRITING.with(|w| w.get() == Direction::Request)
}

/// `skip_serializing_if` of a `writeOnly` field: absent, or a response is being written.
pub fn omit_write_only<T>(value: &Option<T>) -> bool {
    value.is_none() || WRITING.with(|w| w.get() == Direction::Response)
}

/// An `application/x-www-form-urlencoded` body: the object's fields as pairs (lists repeat
/// their name, nested objects are written `a[b]=c`); a request leaves `readOnly` fields out,
/// a response `writeOnly` ones.
pub fn write_form<T: ParamValue>(value: &T, request: bool) -> Result<String, QueryError> {
    let direction = if request {
        Direction::Request
    } else {
        Direction::Response
    };
    let tree = writing(direction, || value.to_tree());
    let ParamTree::Object(members) = tree else {
        return Err(error("", "a form body must be an object".to_owned()));
    };
    let mut pairs = Vec::new();
    for (k, v) in members {
        match v {
            ParamTree::Text(t) => pairs.push((k, t)),
            ParamTree::List(items) => pairs.extend(items.into_iter().map(|i| (k.clone(), i))),
            ParamTree::Object(inner) => deep(&mut pairs, &k, &inner)?,
        }
    }
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.extend_pairs(pairs);
    Ok(out.finish())
}

/// Reads an `application/x-www-form-urlencoded` body written by [`write_form`].
pub fn read_form<T: ParamValue>(body: &[u8]) -> Result<T, String> {
    let mut members: Vec<(String, ParamTree)> = Vec::new();
    for (k, v) in form_urlencoded::parse(body) {
        let (k, v) = (k.into_owned(), v.into_owned());
        match k.find('[') {
            Some(open) => {
                let path =
                    brackets(&k[open..]).ok_or_else(|| format!("has a malformed key '{k}'"))?;
                let mut full = vec![k[..open].to_owned()];
                full.extend(path);
                insert_deep(&mut members, &full, v).map_err(|why| format!("{k} {why}"))?;
            }
            None => insert_deep(&mut members, std::slice::from_ref(&k), v)
                .map_err(|why| format!("{k} {why}"))?,
        }
    }
    T::from_tree(ParamTree::Object(members))
}

/// A discriminated union (`oneOf` with a `discriminator`): its variant for a tag value, read
/// from the object's entries; the generated unions implement it.
pub trait Tagged<'de>: Sized {
    /// The discriminator property.
    const PROPERTY: &'static str;
    /// Reads the variant that `entries.tag()` selects from `entries`.
    fn variant<M: serde::de::MapAccess<'de>>(entries: Replay<'de, M>) -> Result<Self, M::Error>;
    /// A value that is not an object, kept as JSON.
    fn other(value: serde_json::Value) -> Self;
}

/// Reads a discriminated union in one pass: entries before the tag (usually none) are held as
/// JSON, the variant then reads them, the tag and the rest of the object straight from the
/// input. (Reading the object into a JSON tree first, then again into the variant, took
/// 2.3 times as long as serde's own tagged enums.)
pub fn deserialize_tagged<'de, D: serde::Deserializer<'de>, T: Tagged<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_any(TaggedVisitor(std::marker::PhantomData))
}

struct TaggedVisitor<T>(std::marker::PhantomData<T>);

/// Whether a key is the discriminator (then not kept) or another one.
struct TagKey(&'static str);

impl<'de> serde::de::DeserializeSeed<'de> for TagKey {
    type Value = Option<String>;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for TagKey {
    type Value = Option<String>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok((v != self.0).then(|| v.to_owned()))
    }
}

impl<'de, T: Tagged<'de>> serde::de::Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before = Vec::new();
        while let Some(key) = map.next_key_seed(TagKey(T::PROPERTY))? {
            match key {
                Some(other) => before.push((other, map.next_value::<serde_json::Value>()?)),
                None => {
                    let tag = match map.next_value::<serde_json::Value>()? {
                        serde_json::Value::String(text) => Tag::Text(text),
                        other => Tag::Other(other),
                    };
                    let entries = Replay {
                        property: T::PROPERTY,
                        before: before.into_iter(),
                        tag: Some(tag),
                        inner: Some(map),
                        pending: Pending::None,
                        _de: std::marker::PhantomData,
                    };
                    return T::variant(entries);
                }
            }
        }
        let entries = Replay {
            property: T::PROPERTY,
            before: before.into_iter(),
            tag: None,
            inner: None::<A>,
            pending: Pending::None,
            _de: std::marker::PhantomData,
        };
        T::variant(entries)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<serde_json::Value>()? {
            items.push(item);
        }
        Ok(T::other(serde_json::Value::Array(items)))
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        Ok(T::other(v.into()))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<T, E> {
        Ok(T::other(v.into()))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<T, E> {
        Ok(T::other(v.into()))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<T, E> {
        Ok(T::other(v.into()))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<T, E> {
        Ok(T::other(v.into()))
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<T, E> {
        Ok(T::other(serde_json::Value::Null))
    }
}

/// The discriminator's value: text (moved into the variant's field when it is read), or
/// something else, which selects no variant.
enum Tag {
    Text(String),
    Other(serde_json::Value),
}

enum Pending {
    None,
    Value(serde_json::Value),
    Text(String),
    Inner,
}

/// An object's entries as a union's variant reads them: those held before the tag, the tag,
/// then the rest of the input.
pub struct Replay<'de, M> {
    property: &'static str,
    before: std::vec::IntoIter<(String, serde_json::Value)>,
    tag: Option<Tag>,
    inner: Option<M>,
    pending: Pending,
    _de: std::marker::PhantomData<&'de ()>,
}

impl<'de, M: serde::de::MapAccess<'de>> Replay<'de, M> {
    /// The discriminator's value, when it is text.
    pub fn tag(&self) -> Option<&str> {
        match &self.tag {
            Some(Tag::Text(text)) => Some(text),
            _ => None,
        }
    }

    /// Reads the object as `V`.
    pub fn read<V: serde::Deserialize<'de>>(self) -> Result<V, M::Error> {
        V::deserialize(serde::de::value::MapAccessDeserializer::new(self))
    }
}

impl<'de, M: serde::de::MapAccess<'de>> serde::de::MapAccess<'de> for Replay<'de, M> {
    type Error = M::Error;

    fn next_key_seed<K: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, M::Error> {
        use serde::de::IntoDeserializer;
        if let Some((key, value)) = self.before.next() {
            self.pending = Pending::Value(value);
            return seed.deserialize(key.into_deserializer()).map(Some);
        }
        if let Some(tag) = self.tag.take() {
            self.pending = match tag {
                Tag::Text(text) => Pending::Text(text),
                Tag::Other(value) => Pending::Value(value),
            };
            return seed
                .deserialize(self.property.into_deserializer())
                .map(Some);
        }
        self.pending = Pending::Inner;
        match &mut self.inner {
            Some(inner) => inner.next_key_seed(seed),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: serde::de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, M::Error> {
        match std::mem::replace(&mut self.pending, Pending::None) {
            Pending::Value(value) => seed.deserialize(value).map_err(serde::de::Error::custom),
            Pending::Text(text) => {
                use serde::de::IntoDeserializer;
                seed.deserialize(text.into_deserializer())
            }
            Pending::Inner => match &mut self.inner {
                Some(inner) => inner.next_value_seed(seed),
                None => Err(serde::de::Error::custom("a value without its key")),
            },
            Pending::None => Err(serde::de::Error::custom("a value without its key")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_keep_their_exact_text_inline_or_not() {
        for text in [
            "2016-03-28T23:39:34Z",
            "2016-03-28T23:39:34.123456789+05:30",
            // Longer than the inline buffer: RFC 3339 sets no limit on fraction digits.
            "2016-03-28T23:39:34.1234567890123456789-08:00",
        ] {
            let json = format!("\"{text}\"");
            let Ok(stamp) = serde_json::from_str::<DateTime>(&json) else {
                // The parser may refuse very long fractions; then there is nothing to keep.
                assert!(text.len() > StampText::INLINE, "{text} was refused");
                continue;
            };
            assert_eq!(stamp.as_str(), text);
            assert_eq!(serde_json::to_string(&stamp).unwrap(), json);
            assert_eq!(stamp, text.parse::<DateTime>().unwrap());
            let from_value: DateTime = serde_json::from_value(serde_json::json!(text)).unwrap();
            assert_eq!(from_value.as_str(), text, "owned strings are read too");
        }
        let long = StampText::new(&"9".repeat(StampText::INLINE + 1));
        assert!(matches!(long, StampText::Heap(_)));
        assert_eq!(long.as_str().len(), StampText::INLINE + 1);
        assert!(serde_json::from_str::<DateTime>("\"yesterday\"").is_err());
        assert!(serde_json::from_str::<DateTime>("17").is_err());
    }

    #[test]
    fn patterns_are_ecma_262() {
        // Look-ahead and back-references (which the `regex` crate refuses), unanchored search,
        // and `\d` as ASCII digits only, as in ECMAScript.
        let p = Pattern::new(r"^(?=a)(a+)b\1$");
        assert!(p.check("x", "aabaa").is_ok());
        assert!(p.check("x", "aaba").is_err());
        let unanchored = Pattern::new(r"\d{3}");
        assert!(unanchored.check("x", "ab123cd").is_ok());
        assert!(
            unanchored.check("x", "١٢٣").is_err(),
            "Arabic-Indic digits are not \\d"
        );
        // A literal `{`, valid only without the `u` flag (Annex B), still compiles.
        assert!(Pattern::new("^{[a-z]+}$").check("x", "{ab}").is_ok());
        // Unicode semantics where the pattern allows them: `.` is one code point.
        assert!(Pattern::new("^.$").check("x", "😀").is_ok());
        assert!(
            compile_pattern("(?i)abc").is_err(),
            "Perl's inline flags are not ECMA-262"
        );
    }

    #[test]
    fn a_mismatch_names_the_field_not_the_value() {
        let e = Pattern::new("^[a-z]+$")
            .check("label", "S3CRET")
            .unwrap_err();
        assert_eq!(e.message, "label must match `^[a-z]+$`");
        assert!(!e.to_string().contains("S3CRET"));
    }

    #[test]
    fn unknown_enum_values_are_kept_but_opaque() {
        let v = UnknownValue::new("HIBERNATING".to_owned());
        assert_eq!(
            (v.as_str(), v.to_string()),
            ("HIBERNATING", "HIBERNATING".to_owned())
        );
    }
}
