// @generated from `generator/tests/fixtures/features.yaml` by `cargo xtask codegen`. Do not edit by hand.

//! Types of the API's schemas and query parameters, shared by the client and the server.
#![allow(
    clippy::derivable_impls,
    clippy::doc_lazy_continuation,
    clippy::doc_overindented_list_items,
    clippy::disallowed_names,
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::should_implement_trait,
    clippy::wrong_self_convention,
    clippy::type_complexity
)]
pub use crate::rt::primitives::{Base64, Binary, Date, DateTime, UnknownValue};
#[allow(unused_imports)]
use crate::rt::primitives as rt;
/// Query parameter rules: at least 1, at most 100.
#[doc(hidden)]
pub static RULES_0: rt::Rules = rt::Rules {
    minimum: 1f64,
    maximum: 100f64,
    ..rt::Rules::NONE
};
/// Query parameter rules: one of the enum's values.
#[doc(hidden)]
pub static RULES_1: rt::Rules = rt::Rules {
    known: true,
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 0.
#[doc(hidden)]
pub static RULES_2: rt::Rules = rt::Rules {
    minimum: 0f64,
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 0, at most 65536.
#[doc(hidden)]
pub static RULES_3: rt::Rules = rt::Rules {
    minimum: 0f64,
    maximum: 65536f64,
    ..rt::Rules::NONE
};
/// `Adoption`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Adoption {
    /// `pet_id`.
    pub pet_id: i64,
    /// `adopter`.
    pub adopter: ::std::string::String,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(Adoption { 0 pet_id required, 1 adopter required });
/// `Circle`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Circle {
    /// `kind`.
    pub kind: ::std::string::String,
    /// `radius`.
    pub radius: f64,
    /// `label`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(
    Circle { 0 kind required, 1 radius required, 2 label optional }
);
/// `Color`.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Color {
    /// `R`.
    #[serde(rename = "R")]
    pub r: i64,
    /// `G`.
    #[serde(rename = "G")]
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub g: ::std::option::Option<i64>,
    /// `B`.
    #[serde(rename = "B")]
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub b: ::std::option::Option<i64>,
}
#[cfg(feature = "params")]
crate::rt::primitives::object!(
    Color { 0 r("R") required, 1 g("G") optional, 2 b("B") optional }
);
#[cfg(feature = "params")]
impl crate::rt::primitives::ParamValue for Color {
    const SHAPE: crate::rt::primitives::Shape = crate::rt::primitives::Shape::Object;
    const KEYS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["R", "G", "B"],
    );
    fn to_tree(&self) -> crate::rt::primitives::ParamTree {
        let mut members = ::std::vec::Vec::new();
        crate::rt::primitives::member(
            &mut members,
            "R",
            ::std::option::Option::Some(&self.r),
        );
        crate::rt::primitives::member(&mut members, "G", self.g.as_ref());
        crate::rt::primitives::member(&mut members, "B", self.b.as_ref());
        crate::rt::primitives::ParamTree::Object(members)
    }
    fn from_tree(
        tree: crate::rt::primitives::ParamTree,
    ) -> ::std::result::Result<Self, ::std::string::String> {
        let mut members = crate::rt::primitives::Members::of(tree)?;
        let value = Self {
            r: members.require("R")?,
            g: members.take("G")?,
            b: members.take("B")?,
        };
        members.finish()?;
        ::std::result::Result::Ok(value)
    }
}
/// `Drawing`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Drawing {
    /// `shapes`.
    pub shapes: ::std::vec::Vec<Shape>,
    /// `values`.
    pub values: ::std::vec::Vec<Loose>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(Drawing { 0 shapes required, 1 values required });
/// `Filter`.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct Filter {
    /// `name`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// `tags`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `range`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub range: ::std::option::Option<FormRange>,
    /// `labels`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
#[cfg(feature = "params")]
crate::rt::primitives::object!(
    Filter { 0 name optional, 1 tags optional, 2 range optional, 3 labels optional }
);
#[cfg(feature = "params")]
impl crate::rt::primitives::ParamValue for Filter {
    const SHAPE: crate::rt::primitives::Shape = crate::rt::primitives::Shape::Object;
    const KEYS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["name", "tags", "range", "labels"],
    );
    fn to_tree(&self) -> crate::rt::primitives::ParamTree {
        let mut members = ::std::vec::Vec::new();
        crate::rt::primitives::member(&mut members, "name", self.name.as_ref());
        crate::rt::primitives::member(&mut members, "tags", self.tags.as_ref());
        crate::rt::primitives::member(&mut members, "range", self.range.as_ref());
        crate::rt::primitives::member(&mut members, "labels", self.labels.as_ref());
        crate::rt::primitives::ParamTree::Object(members)
    }
    fn from_tree(
        tree: crate::rt::primitives::ParamTree,
    ) -> ::std::result::Result<Self, ::std::string::String> {
        let mut members = crate::rt::primitives::Members::of(tree)?;
        let value = Self {
            name: members.take("name")?,
            tags: members.take("tags")?,
            range: members.take("range")?,
            labels: members.take("labels")?,
        };
        members.finish()?;
        ::std::result::Result::Ok(value)
    }
}
/// `Form`.
#[cfg(feature = "bodies")]
#[derive(Clone, PartialEq, ::serde::Serialize)]
pub struct Form {
    /// `name`.
    pub name: ::std::string::String,
    /// `count`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i64>,
    /// Defaults to `true`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub flag: ::std::option::Option<bool>,
    /// `tags`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `mode`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<FormMode>,
    /// `stamp`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stamp: ::std::option::Option<DateTime>,
    /// Read-only: sent by the server, ignored in requests. Secret: hidden from `Debug` output.
    #[serde(skip_serializing_if = "crate::rt::primitives::omit_read_only")]
    pub secret: ::std::option::Option<::std::string::String>,
    /// `range`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub range: ::std::option::Option<FormRange>,
}
#[cfg(feature = "bodies")]
impl ::std::fmt::Debug for Form {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Form")
            .field("name", &self.name)
            .field("count", &self.count)
            .field("flag", &self.flag)
            .field("tags", &self.tags)
            .field("mode", &self.mode)
            .field("stamp", &self.stamp)
            .field("secret", &crate::rt::primitives::Redacted)
            .field("range", &self.range)
            .finish()
    }
}
/// The spec's defaults, filled in when a field is absent.
#[cfg(feature = "bodies")]
impl Form {
    /// `flag` when absent: `true`.
    fn default_flag() -> ::std::option::Option<bool> {
        ::std::option::Option::Some(true)
    }
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(
    Form { 0 name required, 1 count optional, 2 flag optional = default_flag, 3 tags
    optional, 4 mode optional, 5 stamp optional, 6 secret optional, 7 range optional }
);
#[cfg(feature = "bodies")]
impl crate::rt::primitives::ParamValue for Form {
    const SHAPE: crate::rt::primitives::Shape = crate::rt::primitives::Shape::Object;
    const KEYS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["name", "count", "flag", "tags", "mode", "stamp", "secret", "range"],
    );
    fn to_tree(&self) -> crate::rt::primitives::ParamTree {
        let mut members = ::std::vec::Vec::new();
        crate::rt::primitives::member(
            &mut members,
            "name",
            ::std::option::Option::Some(&self.name),
        );
        crate::rt::primitives::member(&mut members, "count", self.count.as_ref());
        crate::rt::primitives::member(&mut members, "flag", self.flag.as_ref());
        crate::rt::primitives::member(&mut members, "tags", self.tags.as_ref());
        crate::rt::primitives::member(&mut members, "mode", self.mode.as_ref());
        crate::rt::primitives::member(&mut members, "stamp", self.stamp.as_ref());
        if !crate::rt::primitives::omit_read_only(&self.secret) {
            crate::rt::primitives::member(&mut members, "secret", self.secret.as_ref());
        }
        crate::rt::primitives::member(&mut members, "range", self.range.as_ref());
        crate::rt::primitives::ParamTree::Object(members)
    }
    fn from_tree(
        tree: crate::rt::primitives::ParamTree,
    ) -> ::std::result::Result<Self, ::std::string::String> {
        let mut members = crate::rt::primitives::Members::of(tree)?;
        let value = Self {
            name: members.require("name")?,
            count: members.take("count")?,
            flag: members.take("flag")?.or_else(Form::default_flag),
            tags: members.take("tags")?,
            mode: members.take("mode")?,
            stamp: members.take("stamp")?,
            secret: members.take("secret")?,
            range: members.take("range")?,
        };
        members.finish()?;
        ::std::result::Result::Ok(value)
    }
}
/// `FormMode`.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormMode {
    /// `a`
    A,
    /// `b`
    B,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
#[cfg(feature = "bodies")]
crate::rt::primitives::open_enum!(FormMode { A = "a", B = "b" });
/// One type for 2 schemas of the same shape: `/components/schemas/Filter/properties/range`, `/components/schemas/Form/properties/range`.
#[cfg(any(feature = "params", feature = "bodies"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FormRange {
    /// `min`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `max`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
}
#[cfg(any(feature = "params", feature = "bodies"))]
crate::rt::primitives::object!(FormRange { 0 min optional, 1 max optional });
#[cfg(any(feature = "params", feature = "bodies"))]
impl crate::rt::primitives::ParamValue for FormRange {
    const SHAPE: crate::rt::primitives::Shape = crate::rt::primitives::Shape::Object;
    const KEYS: ::std::option::Option<&'static [&'static str]> = ::std::option::Option::Some(
        &["min", "max"],
    );
    fn to_tree(&self) -> crate::rt::primitives::ParamTree {
        let mut members = ::std::vec::Vec::new();
        crate::rt::primitives::member(&mut members, "min", self.min.as_ref());
        crate::rt::primitives::member(&mut members, "max", self.max.as_ref());
        crate::rt::primitives::ParamTree::Object(members)
    }
    fn from_tree(
        tree: crate::rt::primitives::ParamTree,
    ) -> ::std::result::Result<Self, ::std::string::String> {
        let mut members = crate::rt::primitives::Members::of(tree)?;
        let value = Self {
            min: members.take("min")?,
            max: members.take("max")?,
        };
        members.finish()?;
        ::std::result::Result::Ok(value)
    }
}
/// `Host`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Host {
    /// An IPv4 or IPv6 address, as `std::net::IpAddr`.
    pub address: HostAddress,
    /// Tags without repeats, in order, as a `BTreeSet`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<TagSet>,
    /// A UUID, named by its crate's path.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<HostId>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(
    Host { 0 address required, 1 tags optional, 2 id optional }
);
/// An IPv4 or IPv6 address, as `std::net::IpAddr`.
#[cfg(feature = "bodies")]
pub type HostAddress = ::std::net::IpAddr;
/// A UUID, named by its crate's path.
#[cfg(feature = "bodies")]
pub type HostId = ::uuid::Uuid;
/// An ID as a number, or a name.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum IdOrName {
    /// An `Integer`.
    Integer(i64),
    /// A `String`.
    String(::std::string::String),
    /// A value matching none of the alternatives, kept as JSON.
    Other(::serde_json::Value),
}
#[cfg(feature = "params")]
impl crate::rt::primitives::QueryValue for IdOrName {
    fn to_query(&self) -> ::std::string::String {
        match self {
            IdOrName::Integer(v) => crate::rt::primitives::QueryValue::to_query(v),
            IdOrName::String(v) => crate::rt::primitives::QueryValue::to_query(v),
            IdOrName::Other(v) => crate::rt::primitives::QueryValue::to_query(v),
        }
    }
    fn from_query(s: &str) -> ::std::result::Result<Self, ::std::string::String> {
        if let ::std::result::Result::Ok(v) = crate::rt::primitives::QueryValue::from_query(
            s,
        ) {
            return ::std::result::Result::Ok(IdOrName::Integer(v));
        }
        if let ::std::result::Result::Ok(v) = crate::rt::primitives::QueryValue::from_query(
            s,
        ) {
            return ::std::result::Result::Ok(IdOrName::String(v));
        }
        ::std::result::Result::Err("must be one of: integer, string".to_owned())
    }
    fn number(&self) -> ::std::option::Option<f64> {
        match self {
            IdOrName::Integer(v) => crate::rt::primitives::QueryValue::number(v),
            IdOrName::String(v) => crate::rt::primitives::QueryValue::number(v),
            IdOrName::Other(_) => ::std::option::Option::None,
        }
    }
    fn text(&self) -> ::std::option::Option<&str> {
        match self {
            IdOrName::Integer(v) => crate::rt::primitives::QueryValue::text(v),
            IdOrName::String(v) => crate::rt::primitives::QueryValue::text(v),
            IdOrName::Other(_) => ::std::option::Option::None,
        }
    }
}
/// An untagged union.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Loose {
    /// An `Integer`.
    Integer(i64),
    /// A `String`.
    String(::std::string::String),
    /// A `Square`.
    Square(Square),
    /// A value matching none of the alternatives, kept as JSON.
    Other(::serde_json::Value),
}
/// `Owner`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Owner {
    /// `name`.
    pub name: ::std::string::String,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(Owner { 0 name required });
/// `Pet`.
#[cfg(feature = "bodies")]
#[derive(Clone, PartialEq, ::serde::Serialize)]
pub struct Pet {
    /// Set by the server.
    ///
    /// Read-only: sent by the server, ignored in requests.
    #[serde(skip_serializing_if = "crate::rt::primitives::omit_read_only")]
    pub id: ::std::option::Option<i64>,
    /// `name`.
    pub name: ::std::string::String,
    /// Write-only: sent in requests, never returned. Secret: hidden from `Debug` output.
    #[serde(skip_serializing_if = "crate::rt::primitives::omit_write_only")]
    pub password: ::std::option::Option<::std::string::String>,
    /// A small image.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub photo: ::std::option::Option<Base64>,
    /// Text octets.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notes: ::std::option::Option<Binary>,
    /// Defaults to `"none"`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::string::String>,
    /// Defaults to `1`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub age: ::std::option::Option<i32>,
    /// Defaults to `"dog"`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<PetKind>,
    /// Defaults to `[1.5]`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub weights: ::std::option::Option<::std::vec::Vec<f64>>,
}
#[cfg(feature = "bodies")]
impl ::std::fmt::Debug for Pet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Pet")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("password", &crate::rt::primitives::Redacted)
            .field("photo", &self.photo)
            .field("notes", &self.notes)
            .field("tag", &self.tag)
            .field("age", &self.age)
            .field("kind", &self.kind)
            .field("weights", &self.weights)
            .finish()
    }
}
/// The spec's defaults, filled in when a field is absent.
#[cfg(feature = "bodies")]
impl Pet {
    /// `tag` when absent: `"none"`.
    fn default_tag() -> ::std::option::Option<::std::string::String> {
        ::std::option::Option::Some("none".to_owned())
    }
    /// `age` when absent: `1`.
    fn default_age() -> ::std::option::Option<i32> {
        ::std::option::Option::Some(1i32)
    }
    /// `kind` when absent: `"dog"`.
    fn default_kind() -> ::std::option::Option<PetKind> {
        ::std::option::Option::Some(PetKind::from("dog"))
    }
    /// `weights` when absent: `[1.5]`.
    fn default_weights() -> ::std::option::Option<::std::vec::Vec<f64>> {
        ::serde_json::from_str("[1.5]").ok()
    }
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(
    Pet { 0 id optional, 1 name required, 2 password optional, 3 photo optional, 4 notes
    optional, 5 tag optional = default_tag, 6 age optional = default_age, 7 kind optional
    = default_kind, 8 weights optional = default_weights }
);
/// `PetKind`.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PetKind {
    /// `dog`
    Dog,
    /// `cat`
    Cat,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
#[cfg(feature = "bodies")]
crate::rt::primitives::open_enum!(PetKind { Dog = "dog", Cat = "cat" });
/// `PetPatch`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct PetPatch {
    /// `name`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Defaults to `"none"`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(PetPatch { 0 name optional, 1 tag optional });
/// RFC 9457 problem details.
#[cfg(any(feature = "auth", feature = "bodies"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct Problem {
    /// `type`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `title`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    /// `status`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<i64>,
    /// `detail`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    /// `instance`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instance: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "auth", feature = "bodies"))]
crate::rt::primitives::object!(
    Problem { 0 r#type("type") optional, 1 title optional, 2 status optional, 3 detail
    optional, 4 instance optional }
);
/// Query parameters of `queryExploded`.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryExplodedQuery {
    /// `color`.
    pub color: ::std::option::Option<Color>,
    /// `extra`.
    pub extra: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
/// The parameters of [`QueryExplodedQuery`]: how each is written and what it must satisfy.
#[cfg(feature = "params")]
static QUERY_EXPLODED_QUERY_PARAMS: [rt::Param; 2] = [
    rt::Param("color", rt::Style::Form, true, &rt::Rules::NONE),
    rt::Param("extra", rt::Style::Form, true, &rt::Rules::NONE),
];
#[cfg(feature = "params")]
impl QueryExplodedQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &["color", "extra"];
    /// The query as decoded `(name, value)` pairs, in spec order, each parameter written
    /// in its style; a list item holding its style's delimiter is refused.
    #[inline]
    pub fn to_pairs(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        rt::QueryError,
    > {
        let [p_color, p_extra] = &QUERY_EXPLODED_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_color, self.color.as_ref())?;
        rt::write_param(&mut pairs, p_extra, self.extra.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_color, p_extra] = &QUERY_EXPLODED_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let color = rt::read_param(pairs, &mut used, p_color)?;
        let extra = rt::read_param(pairs, &mut used, p_extra)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self { color, extra })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        Ok(())
    }
}
/// `QueryStylesOrder`.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum QueryStylesOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
#[cfg(feature = "params")]
crate::rt::primitives::open_enum!(QueryStylesOrder { Asc = "asc", Desc = "desc" });
/// Query parameters of `queryStyles`.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq)]
pub struct QueryStylesQuery {
    /// `scalar`.
    pub scalar: ::std::string::String,
    /// `list_x`.
    pub list_x: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `list`.
    pub list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `spaced`.
    pub spaced: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `piped`.
    pub piped: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `color`.
    pub color: ::std::option::Option<Color>,
    /// `color_piped`.
    pub color_piped: ::std::option::Option<Color>,
    /// `filter`.
    pub filter: ::std::option::Option<Filter>,
    /// `json`.
    pub json: ::std::option::Option<Color>,
    /// The server's default is `20`.
    pub per_page: ::std::option::Option<i64>,
    /// The server's default is `"asc"`.
    pub order: ::std::option::Option<QueryStylesOrder>,
}
/// The parameters of [`QueryStylesQuery`]: how each is written and what it must satisfy.
#[cfg(feature = "params")]
static QUERY_STYLES_QUERY_PARAMS: [rt::Param; 11] = [
    rt::Param("scalar", rt::Style::Form, true, &rt::Rules::NONE),
    rt::Param("list_x", rt::Style::Form, true, &rt::Rules::NONE),
    rt::Param("list", rt::Style::Form, false, &rt::Rules::NONE),
    rt::Param("spaced", rt::Style::SpaceDelimited, false, &rt::Rules::NONE),
    rt::Param("piped", rt::Style::PipeDelimited, false, &rt::Rules::NONE),
    rt::Param("color", rt::Style::Form, false, &rt::Rules::NONE),
    rt::Param("color_piped", rt::Style::PipeDelimited, false, &rt::Rules::NONE),
    rt::Param("filter", rt::Style::DeepObject, true, &rt::Rules::NONE),
    rt::Param("json", rt::Style::Form, false, &rt::Rules::NONE),
    rt::Param("per_page", rt::Style::Form, true, &RULES_0),
    rt::Param("order", rt::Style::Form, true, &RULES_1),
];
#[cfg(feature = "params")]
impl QueryStylesQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &[
        "scalar",
        "list_x",
        "list",
        "spaced",
        "piped",
        "color",
        "color_piped",
        "filter",
        "json",
        "per_page",
        "order",
    ];
    /// The query as decoded `(name, value)` pairs, in spec order, each parameter written
    /// in its style; a list item holding its style's delimiter is refused.
    #[inline]
    pub fn to_pairs(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        rt::QueryError,
    > {
        let [p_scalar, p_list_x, p_list, p_spaced, p_piped, p_color, p_color_piped,
        p_filter, p_json, p_per_page, p_order] = &QUERY_STYLES_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(
            &mut pairs,
            p_scalar,
            ::std::option::Option::Some(&self.scalar),
        )?;
        rt::write_param(&mut pairs, p_list_x, self.list_x.as_ref())?;
        rt::write_param(&mut pairs, p_list, self.list.as_ref())?;
        rt::write_param(&mut pairs, p_spaced, self.spaced.as_ref())?;
        rt::write_param(&mut pairs, p_piped, self.piped.as_ref())?;
        rt::write_param(&mut pairs, p_color, self.color.as_ref())?;
        rt::write_param(&mut pairs, p_color_piped, self.color_piped.as_ref())?;
        rt::write_param(&mut pairs, p_filter, self.filter.as_ref())?;
        rt::write_json_param(&mut pairs, p_json, self.json.as_ref())?;
        rt::write_param(&mut pairs, p_per_page, self.per_page.as_ref())?;
        rt::write_param(&mut pairs, p_order, self.order.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_scalar, p_list_x, p_list, p_spaced, p_piped, p_color, p_color_piped,
        p_filter, p_json, p_per_page, p_order] = &QUERY_STYLES_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let scalar = rt::required(
            "scalar",
            rt::read_param(pairs, &mut used, p_scalar)?,
        )?;
        let list_x = rt::read_param(pairs, &mut used, p_list_x)?;
        let list = rt::read_param(pairs, &mut used, p_list)?;
        let spaced = rt::read_param(pairs, &mut used, p_spaced)?;
        let piped = rt::read_param(pairs, &mut used, p_piped)?;
        let color = rt::read_param(pairs, &mut used, p_color)?;
        let color_piped = rt::read_param(pairs, &mut used, p_color_piped)?;
        let filter = rt::read_param(pairs, &mut used, p_filter)?;
        let json = rt::read_json_param(pairs, &mut used, p_json)?;
        let per_page = rt::read_param(pairs, &mut used, p_per_page)?
            .or_else(|| rt::default_param("20"));
        let order = rt::read_param(pairs, &mut used, p_order)?
            .or_else(|| rt::default_param("\"asc\""));
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self {
            scalar,
            list_x,
            list,
            spaced,
            piped,
            color,
            color_piped,
            filter,
            json,
            per_page,
            order,
        })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        let [_, _, _, _, _, _, _, _, _, p_per_page, p_order] = &QUERY_STYLES_QUERY_PARAMS;
        rt::check_param(p_per_page, &self.per_page)?;
        rt::check_param(p_order, &self.order)?;
        Ok(())
    }
}
/// `ScalarUnionsAroundItem`.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ScalarUnionsAroundItem {
    /// An `Integer`.
    Integer(i64),
    /// A `Boolean`.
    Boolean(bool),
    /// A value matching none of the alternatives, kept as JSON.
    Other(::serde_json::Value),
}
#[cfg(feature = "params")]
impl crate::rt::primitives::QueryValue for ScalarUnionsAroundItem {
    fn to_query(&self) -> ::std::string::String {
        match self {
            ScalarUnionsAroundItem::Integer(v) => {
                crate::rt::primitives::QueryValue::to_query(v)
            }
            ScalarUnionsAroundItem::Boolean(v) => {
                crate::rt::primitives::QueryValue::to_query(v)
            }
            ScalarUnionsAroundItem::Other(v) => {
                crate::rt::primitives::QueryValue::to_query(v)
            }
        }
    }
    fn from_query(s: &str) -> ::std::result::Result<Self, ::std::string::String> {
        if let ::std::result::Result::Ok(v) = crate::rt::primitives::QueryValue::from_query(
            s,
        ) {
            return ::std::result::Result::Ok(ScalarUnionsAroundItem::Boolean(v));
        }
        if let ::std::result::Result::Ok(v) = crate::rt::primitives::QueryValue::from_query(
            s,
        ) {
            return ::std::result::Result::Ok(ScalarUnionsAroundItem::Integer(v));
        }
        ::std::result::Result::Err("must be one of: integer, boolean".to_owned())
    }
    fn number(&self) -> ::std::option::Option<f64> {
        match self {
            ScalarUnionsAroundItem::Integer(v) => {
                crate::rt::primitives::QueryValue::number(v)
            }
            ScalarUnionsAroundItem::Boolean(v) => {
                crate::rt::primitives::QueryValue::number(v)
            }
            ScalarUnionsAroundItem::Other(_) => ::std::option::Option::None,
        }
    }
    fn text(&self) -> ::std::option::Option<&str> {
        match self {
            ScalarUnionsAroundItem::Integer(v) => {
                crate::rt::primitives::QueryValue::text(v)
            }
            ScalarUnionsAroundItem::Boolean(v) => {
                crate::rt::primitives::QueryValue::text(v)
            }
            ScalarUnionsAroundItem::Other(_) => ::std::option::Option::None,
        }
    }
}
/// Query parameters of `scalarUnions`.
#[cfg(feature = "params")]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScalarUnionsQuery {
    /// `around`.
    pub around: ::std::option::Option<::std::vec::Vec<ScalarUnionsAroundItem>>,
}
/// The parameters of [`ScalarUnionsQuery`]: how each is written and what it must satisfy.
#[cfg(feature = "params")]
static SCALAR_UNIONS_QUERY_PARAMS: [rt::Param; 1] = [
    rt::Param("around", rt::Style::Form, false, &rt::Rules::NONE),
];
#[cfg(feature = "params")]
impl ScalarUnionsQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &["around"];
    /// The query as decoded `(name, value)` pairs, in spec order, each parameter written
    /// in its style; a list item holding its style's delimiter is refused.
    #[inline]
    pub fn to_pairs(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        rt::QueryError,
    > {
        let [p_around] = &SCALAR_UNIONS_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_around, self.around.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_around] = &SCALAR_UNIONS_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let around = rt::read_param(pairs, &mut used, p_around)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self { around })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        Ok(())
    }
}
/// A discriminated union.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
#[serde(untagged)]
pub enum Shape {
    /// Selected by `kind` = `circle`.
    Circle(Circle),
    /// Selected by `kind` = `square`.
    Square(Square),
    /// A value whose discriminator this code does not know, kept as JSON.
    Unknown(::serde_json::Value),
}
#[cfg(feature = "bodies")]
impl<'de> crate::rt::primitives::Tagged<'de> for Shape {
    const PROPERTY: &'static str = "kind";
    fn variant<M: ::serde::de::MapAccess<'de>>(
        entries: crate::rt::primitives::Replay<'de, M>,
    ) -> ::std::result::Result<Self, M::Error> {
        match entries.tag() {
            ::std::option::Option::Some("circle") => entries.read().map(Shape::Circle),
            ::std::option::Option::Some("square") => entries.read().map(Shape::Square),
            _ => entries.read().map(Shape::Unknown),
        }
    }
    fn other(value: ::serde_json::Value) -> Self {
        Shape::Unknown(value)
    }
}
#[cfg(feature = "bodies")]
impl<'de> ::serde::Deserialize<'de> for Shape {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        crate::rt::primitives::deserialize_tagged(deserializer)
    }
}
/// `Square`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Square {
    /// `kind`.
    pub kind: ::std::string::String,
    /// `side`.
    pub side: f64,
    /// `label`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(
    Square { 0 kind required, 1 side required, 2 label optional }
);
/// Query parameters of `streamTicks`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq)]
pub struct StreamTicksQuery {
    /// `count`.
    pub count: i64,
    /// Bytes of padding in each tick.
    pub pad: ::std::option::Option<i64>,
}
/// The parameters of [`StreamTicksQuery`]: how each is written and what it must satisfy.
#[cfg(feature = "bodies")]
static STREAM_TICKS_QUERY_PARAMS: [rt::Param; 2] = [
    rt::Param("count", rt::Style::Form, true, &RULES_2),
    rt::Param("pad", rt::Style::Form, true, &RULES_3),
];
#[cfg(feature = "bodies")]
impl StreamTicksQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &["count", "pad"];
    /// The query as decoded `(name, value)` pairs, in spec order, each parameter written
    /// in its style; a list item holding its style's delimiter is refused.
    #[inline]
    pub fn to_pairs(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        rt::QueryError,
    > {
        let [p_count, p_pad] = &STREAM_TICKS_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_count, ::std::option::Option::Some(&self.count))?;
        rt::write_param(&mut pairs, p_pad, self.pad.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_count, p_pad] = &STREAM_TICKS_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let count = rt::required("count", rt::read_param(pairs, &mut used, p_count)?)?;
        let pad = rt::read_param(pairs, &mut used, p_pad)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self { count, pad })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        let [p_count, p_pad] = &STREAM_TICKS_QUERY_PARAMS;
        rt::check_param(p_count, &self.count)?;
        rt::check_param(p_pad, &self.pad)?;
        Ok(())
    }
}
/// `StrictPet`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct StrictPet {
    /// Read-only: sent by the server, ignored in requests.
    #[serde(skip_serializing_if = "crate::rt::primitives::omit_read_only")]
    pub id: ::std::option::Option<i64>,
    /// `name`.
    pub name: ::std::string::String,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(StrictPet { 0 id optional, 1 name required });
/// `Subscription`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Subscription {
    /// Where the API sends its callbacks.
    pub callback_url: ::std::string::String,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(Subscription { 0 callback_url required });
/// Tags without repeats, in order, as a `BTreeSet`.
#[cfg(feature = "bodies")]
pub type TagSet = ::std::collections::BTreeSet<::std::string::String>;
/// `Tick`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Tick {
    /// `n`.
    pub n: i64,
    /// `pad`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pad: ::std::option::Option<::std::string::String>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(Tick { 0 n required, 1 pad optional });
/// `UploadOkBody`.
#[cfg(feature = "bodies")]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct UploadOkBody {
    /// `size`.
    pub size: i64,
    /// `meta`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<Pet>,
    /// `digest`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub digest: ::std::option::Option<Base64>,
}
#[cfg(feature = "bodies")]
crate::rt::primitives::object!(
    UploadOkBody { 0 size required, 1 meta optional, 2 digest optional }
);
