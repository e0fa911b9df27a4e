// @generated from `spec/openapi.yaml` by `cargo xtask codegen`. Do not edit by hand.

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
/// The spec's `pattern`s, each compiled on first use.
#[doc(hidden)]
pub static PATTERNS: [rt::Pattern; 4] = [
    rt::Pattern::new(
        "^(!?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?(==?|!=)([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])? (in|notin) \\(([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?(,([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?)*\\))(,(!?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?(==?|!=)([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])? (in|notin) \\(([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?(,([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?)*\\)))*$",
    ),
    rt::Pattern::new("^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$"),
    rt::Pattern::new("^[^, \\t\\n\\r\\f\\v][^,]*$"),
    rt::Pattern::new("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"),
];
/// Query parameter rules: at least 1 character, matching `^[^, \t\n\r\f\v][^,]*$`.
#[doc(hidden)]
pub static RULES_0: rt::Rules = rt::Rules {
    min_length: 1usize,
    pattern: ::std::option::Option::Some(&PATTERNS[2]),
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1 item, each item at least 1 character, matching `^[^, \t\n\r\f\v][^,]*$`.
#[doc(hidden)]
pub static RULES_1: rt::Rules = rt::Rules {
    min_items: 1usize,
    items: ::std::option::Option::Some(&RULES_0),
    ..rt::Rules::NONE
};
/// Query parameter rules: one of the enum's values.
#[doc(hidden)]
pub static RULES_2: rt::Rules = rt::Rules {
    known: true,
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1 item, each item one of the enum's values.
#[doc(hidden)]
pub static RULES_3: rt::Rules = rt::Rules {
    min_items: 1usize,
    items: ::std::option::Option::Some(&RULES_2),
    ..rt::Rules::NONE
};
/// Query parameter rules: one of `true`.
#[doc(hidden)]
pub static RULES_4: rt::Rules = rt::Rules {
    allowed: &["true"],
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1.
#[doc(hidden)]
pub static RULES_5: rt::Rules = rt::Rules {
    minimum: 1f64,
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1, at most 5000.
#[doc(hidden)]
pub static RULES_6: rt::Rules = rt::Rules {
    minimum: 1f64,
    maximum: 5000f64,
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1 character, matching `^(!?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?(==?|!=)([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])? (in|notin) \(([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?(,([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?)*\))(,(!?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?(==?|!=)([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?|([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*/)?[A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])? (in|notin) \(([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?(,([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?)*\)))*$`.
#[doc(hidden)]
pub static RULES_7: rt::Rules = rt::Rules {
    min_length: 1usize,
    pattern: ::std::option::Option::Some(&PATTERNS[0]),
    ..rt::Rules::NONE
};
/// Query parameter rules: matching `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$`.
#[doc(hidden)]
pub static RULES_8: rt::Rules = rt::Rules {
    pattern: ::std::option::Option::Some(&PATTERNS[3]),
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1 item, each item matching `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$`.
#[doc(hidden)]
pub static RULES_9: rt::Rules = rt::Rules {
    min_items: 1usize,
    items: ::std::option::Option::Some(&RULES_8),
    ..rt::Rules::NONE
};
/// Query parameter rules: at least 1 item, each item at least 1.
#[doc(hidden)]
pub static RULES_10: rt::Rules = rt::Rules {
    min_items: 1usize,
    items: ::std::option::Option::Some(&RULES_5),
    ..rt::Rules::NONE
};
/// The app a resource belongs to.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct AppRelationship {
    /// A to-one relationship.
    pub app: ToOneRelationship,
}
crate::rt::primitives::object!(AppRelationship { 0 app required });
/// A buildpack that took part in staging.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Buildpack {
    /// The system buildpack name or the buildpack URL.
    pub name: ::std::string::String,
    /// What the buildpack's detect script printed.
    ///
    /// `None`: left out; `Some(None)`: sent as `null`; `Some(Some(v))`: sent as `v`.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "crate::rt::primitives::double_option::serialize"
    )]
    pub detect_output: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    /// The name the buildpack reports for itself.
    ///
    /// `None`: left out; `Some(None)`: sent as `null`; `Some(Some(v))`: sent as `v`.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "crate::rt::primitives::double_option::serialize"
    )]
    pub buildpack_name: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    /// The version the buildpack reports.
    ///
    /// `None`: left out; `Some(None)`: sent as `null`; `Some(Some(v))`: sent as `v`.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "crate::rt::primitives::double_option::serialize"
    )]
    pub version: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
crate::rt::primitives::object!(
    Buildpack { 0 name required, 1 detect_output nullable, 2 buildpack_name nullable, 3
    version nullable }
);
/// The checksum of the droplet's bits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Checksum {
    /// The checksum algorithm.
    pub r#type: ChecksumType,
    /// The hex digest.
    ///
    /// Example: `"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"`
    pub value: ::std::string::String,
}
crate::rt::primitives::object!(Checksum { 0 r#type("type") required, 1 value required });
/// The checksum algorithm.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChecksumType {
    /// `sha256`
    Sha256,
    /// `sha1`
    Sha1,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
crate::rt::primitives::open_enum!(ChecksumType { Sha256 = "sha256", Sha1 = "sha1" });
/// Query parameters of `createDroplet`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDropletQuery {
    /// GUID of a staged droplet to copy. Turns the request into a copy.
    ///
    /// Example: `"6b8e6b8b-a5b5-4c85-a9b5-4e0e7b7c5b2c"`
    pub source_guid: ::std::option::Option<::uuid::Uuid>,
}
/// The parameters of [`CreateDropletQuery`]: how each is written and what it must satisfy.
static CREATE_DROPLET_QUERY_PARAMS: [rt::Param; 1] = [
    rt::Param("source_guid", rt::Style::Form, true, &rt::Rules::NONE),
];
impl CreateDropletQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &["source_guid"];
    /// The query as decoded `(name, value)` pairs, in spec order, each parameter written
    /// in its style; a list item holding its style's delimiter is refused.
    #[inline]
    pub fn to_pairs(
        &self,
    ) -> ::std::result::Result<
        ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
        rt::QueryError,
    > {
        let [p_source_guid] = &CREATE_DROPLET_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_source_guid, self.source_guid.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_source_guid] = &CREATE_DROPLET_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let source_guid = rt::read_param(pairs, &mut used, p_source_guid)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self { source_guid })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        Ok(())
    }
}
/// The app's current droplet, as a relationship.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CurrentDropletRelationship {
    /// The target of a to-one relationship.
    pub data: RelationshipData,
    /// Links to this relationship and to the droplet.
    pub links: CurrentDropletRelationshipLinks,
}
crate::rt::primitives::object!(
    CurrentDropletRelationship { 0 data required, 1 links required }
);
/// Links to this relationship and to the droplet.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CurrentDropletRelationshipLinks {
    /// A link to a related resource or action.
    #[serde(rename = "self")]
    pub self_: Link,
    /// A link to a related resource or action.
    pub related: Link,
}
crate::rt::primitives::object!(
    CurrentDropletRelationshipLinks { 0 self_("self") required, 1 related required }
);
/// A droplet is the result of staging an application package. There are two types (lifecycles) of droplets, buildpack and docker. For buildpacks the droplet holds the bits the buildpack produced, typically application code and dependencies; for docker it references the image.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Droplet {
    /// A resource GUID.
    ///
    /// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
    pub guid: Guid,
    /// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
    ///
    /// Example: `"2016-03-28T23:39:34Z"`
    pub created_at: Timestamp,
    /// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
    ///
    /// Example: `"2016-03-28T23:39:34Z"`
    pub updated_at: Timestamp,
    /// Where a droplet is in its life. (`STAGING` exists inside the server but is never shown.)
    pub state: DropletState,
    /// Why staging or the upload failed, when the state is `FAILED`.
    ///
    /// Always sent; `None` means `null`.
    pub error: ::std::option::Option<::std::string::String>,
    /// The lifecycle the droplet was staged with.
    pub lifecycle: Lifecycle,
    /// The checksum of the bits; null for docker droplets and until bits are processed.
    ///
    /// Always sent; `None` means `null`.
    pub checksum: ::std::option::Option<Checksum>,
    /// The buildpacks that staged the droplet; null for docker droplets.
    ///
    /// Always sent; `None` means `null`.
    pub buildpacks: ::std::option::Option<::std::vec::Vec<Buildpack>>,
    /// The root filesystem the droplet runs on; null for docker droplets and before staging.
    ///
    /// Always sent; `None` means `null`.
    pub stack: ::std::option::Option<::std::string::String>,
    /// The docker image (docker droplets) or built image reference; null otherwise.
    ///
    /// Always sent; `None` means `null`.
    pub image: ::std::option::Option<::std::string::String>,
    /// Serialized facts from staging. Redacted as `[PRIVATE DATA HIDDEN]` for callers who cannot read secrets, and always in lists.
    pub execution_metadata: ::std::string::String,
    /// Process type to start command. Redacted as `{"redacted_message":"[PRIVATE DATA HIDDEN]"}` for callers who cannot read secrets.
    pub process_types: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
    /// The app a resource belongs to.
    pub relationships: AppRelationship,
    /// Labels and annotations attached to a resource. Responses always carry both maps, empty when unset.
    pub metadata: Metadata,
    /// Links from a droplet. `download` exists only for buildpack droplets; `upload` only while the droplet awaits its bits.
    pub links: DropletLinks,
}
crate::rt::primitives::object!(
    Droplet { 0 guid required, 1 created_at required, 2 updated_at required, 3 state
    required, 4 error optional, 5 lifecycle required, 6 checksum optional, 7 buildpacks
    optional, 8 stack optional, 9 image optional, 10 execution_metadata required, 11
    process_types required, 12 relationships required, 13 metadata required, 14 links
    required }
);
/// Create an empty droplet for an app, or (with `?source_guid=`) copy one to it.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct DropletCreate {
    /// The app a resource belongs to.
    pub relationships: AppRelationship,
    /// Process type to start command. Defaults to `{"web": ""}`. Not allowed when copying.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub process_types: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}
crate::rt::primitives::object!(
    DropletCreate { 0 relationships required, 1 process_types optional }
);
/// Links from a droplet. `download` exists only for buildpack droplets; `upload` only while the droplet awaits its bits.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct DropletLinks {
    /// A link to a related resource or action.
    #[serde(rename = "self")]
    pub self_: Link,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app: ::std::option::Option<Link>,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub package: ::std::option::Option<Link>,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assign_current_droplet: ::std::option::Option<Link>,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download: ::std::option::Option<Link>,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upload: ::std::option::Option<Link>,
}
crate::rt::primitives::object!(
    DropletLinks { 0 self_("self") required, 1 app optional, 2 package optional, 3
    assign_current_droplet optional, 4 download optional, 5 upload optional }
);
/// A page of droplets.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct DropletList {
    /// Where a page sits in a paginated list. `next` is null on the last page and `previous` on the first.
    pub pagination: Pagination,
    /// The droplets on this page.
    pub resources: ::std::vec::Vec<Droplet>,
}
crate::rt::primitives::object!(
    DropletList { 0 pagination required, 1 resources required }
);
/// Where a droplet is in its life. (`STAGING` exists inside the server but is never shown.)
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DropletState {
    /// `AWAITING_UPLOAD`
    AwaitingUpload,
    /// `PROCESSING_UPLOAD`
    ProcessingUpload,
    /// `STAGED`
    Staged,
    /// `COPYING`
    Copying,
    /// `FAILED`
    Failed,
    /// `EXPIRED`
    Expired,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
crate::rt::primitives::open_enum!(
    DropletState { AwaitingUpload = "AWAITING_UPLOAD", ProcessingUpload =
    "PROCESSING_UPLOAD", Staged = "STAGED", Copying = "COPYING", Failed = "FAILED",
    Expired = "EXPIRED" }
);
/// A droplet change.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct DropletUpdate {
    /// A metadata change, deep-merged into the resource's metadata. A key with a value creates or updates it, a key set to `null` deletes it, and keys left out are unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<MetadataUpdate>,
    /// Image reference where the built image was stored. Only a Build State Updater may set it.
    ///
    /// `None`: left out; `Some(None)`: sent as `null`; `Some(Some(v))`: sent as `v`.
    #[serde(
        skip_serializing_if = "::std::option::Option::is_none",
        serialize_with = "crate::rt::primitives::double_option::serialize"
    )]
    pub image: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
crate::rt::primitives::object!(DropletUpdate { 0 metadata optional, 1 image nullable });
/// The multipart form of a droplet upload.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct DropletUpload {
    /// The droplet as a gzipped tarball; the file name must end in `.tgz` or `.tar.gz` and the file must not be empty.
    pub bits: Binary,
}
crate::rt::primitives::object!(DropletUpload { 0 bits required });
/// One error.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Error {
    /// A numeric code for this error.
    ///
    /// Example: `10010`
    pub code: i64,
    /// Name of the error, `CF-` followed by its name (`UnknownError` for the catch-all).
    ///
    /// Example: `"CF-ResourceNotFound"`
    pub title: ::std::string::String,
    /// Detailed description of the error.
    ///
    /// Example: `"Droplet not found"`
    pub detail: ::std::string::String,
}
crate::rt::primitives::object!(
    Error { 0 code required, 1 title required, 2 detail required }
);
/// Every error response. Several errors may come back together.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ErrorEnvelope {
    /// The errors.
    pub errors: ::std::vec::Vec<Error>,
}
crate::rt::primitives::object!(ErrorEnvelope { 0 errors required });
/// A resource GUID.
///
/// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
pub type Guid = ::uuid::Uuid;
/// An asynchronous operation.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Job {
    /// A resource GUID.
    ///
    /// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
    pub guid: Guid,
    /// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
    ///
    /// Example: `"2016-03-28T23:39:34Z"`
    pub created_at: Timestamp,
    /// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
    ///
    /// Example: `"2016-03-28T23:39:34Z"`
    pub updated_at: Timestamp,
    /// What the job does, e.g. `droplet.upload` or `droplet.delete`.
    ///
    /// Example: `"droplet.upload"`
    pub operation: ::std::string::String,
    /// Where a job is. `COMPLETE` and `FAILED` are final.
    pub state: JobState,
    /// Why the job failed; empty unless `FAILED`.
    pub errors: ::std::vec::Vec<Error>,
    /// Warnings raised while the job ran.
    pub warnings: ::std::vec::Vec<JobWarning>,
    /// `self`, plus a link keyed by the resource type (e.g. `droplet`) while the resource exists.
    pub links: JobLinks,
}
crate::rt::primitives::object!(
    Job { 0 guid required, 1 created_at required, 2 updated_at required, 3 operation
    required, 4 state required, 5 errors required, 6 warnings required, 7 links required
    }
);
/// `self`, plus a link keyed by the resource type (e.g. `droplet`) while the resource exists.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct JobLinks {
    /// A link to a related resource or action.
    #[serde(rename = "self")]
    pub self_: Link,
    /// Properties not named in the schema.
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<::std::string::String, Link>,
}
crate::rt::primitives::object!(
    JobLinks { 0 self_("self") required } + additional_properties
);
/// Where a job is. `COMPLETE` and `FAILED` are final.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JobState {
    /// `PROCESSING`
    Processing,
    /// `POLLING`
    Polling,
    /// `COMPLETE`
    Complete,
    /// `FAILED`
    Failed,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
crate::rt::primitives::open_enum!(
    JobState { Processing = "PROCESSING", Polling = "POLLING", Complete = "COMPLETE",
    Failed = "FAILED" }
);
/// A warning raised by a job.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct JobWarning {
    /// The warning.
    pub detail: ::std::string::String,
}
crate::rt::primitives::object!(JobWarning { 0 detail required });
/// The lifecycle the droplet was staged with.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Lifecycle {
    /// How the app is built and run.
    pub r#type: LifecycleType,
    /// Lifecycle settings. Buildpack and cnb droplets fill `buildpacks` and `stack`; docker droplets have an empty object.
    pub data: LifecycleData,
}
crate::rt::primitives::object!(Lifecycle { 0 r#type("type") required, 1 data required });
/// Lifecycle settings. Buildpack and cnb droplets fill `buildpacks` and `stack`; docker droplets have an empty object.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct LifecycleData {
    /// Buildpack names or URLs used to stage.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub buildpacks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The root filesystem.
    ///
    /// Example: `"cflinuxfs4"`
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stack: ::std::option::Option<::std::string::String>,
    /// Registry credentials keyed by registry host (cnb only).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, RegistryCredentials>,
    >,
}
crate::rt::primitives::object!(
    LifecycleData { 0 buildpacks optional, 1 stack optional, 2 credentials optional }
);
/// How the app is built and run.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LifecycleType {
    /// `buildpack`
    Buildpack,
    /// `docker`
    Docker,
    /// `cnb`
    Cnb,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
crate::rt::primitives::open_enum!(
    LifecycleType { Buildpack = "buildpack", Docker = "docker", Cnb = "cnb" }
);
/// A link to a related resource or action.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Link {
    /// The absolute URL.
    pub href: ::std::string::String,
    /// The HTTP method to use, when it is not GET.
    ///
    /// Example: `"PATCH"`
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
}
crate::rt::primitives::object!(Link { 0 href required, 1 method optional });
/// Query parameters of `listAppDroplets`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAppDropletsQuery {
    /// Comma-delimited list of resource GUIDs to filter by.
    ///
    /// Example: `["585bc3c1-3743-497d-88b0-403ad6b56d16"]`
    pub guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of droplet states to filter by. The server does not reject unknown states; they match nothing.
    ///
    /// Example: `["STAGED","FAILED"]`
    pub states: ::std::option::Option<::std::vec::Vec<DropletState>>,
    /// Only the literal `true` is accepted; it returns just the app's current droplet.
    ///
    /// Example: `true`
    pub current: ::std::option::Option<bool>,
    /// Page to display; valid values are integers >= 1.
    ///
    /// The server's default is `1`.
    ///
    /// Example: `1`
    pub page: ::std::option::Option<i32>,
    /// Number of results per page; valid values are 1 through 5000.
    ///
    /// The server's default is `50`.
    ///
    /// Example: `50`
    pub per_page: ::std::option::Option<i32>,
    /// Value to sort by. Defaults to ascending; prepend with `-` to sort descending (`+` is accepted for ascending). Without it the order is creation order.
    ///
    /// Example: `"-created_at"`
    pub order_by: ::std::option::Option<OrderBy>,
    /// A query string containing a list of label selector requirements, combined with AND (at most 50): `key`, `!key`, `key=value`, `key==value`, `key!=value`, `key in (v1,v2)`, `key notin (v1,v2)`.
    ///
    /// Example: `"environment=production,tier in (backend,worker)"`
    pub label_selector: ::std::option::Option<::std::string::String>,
    /// Comma-delimited list of exact creation timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub created_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources created before this timestamp.
    ///
    /// Sent as `created_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources created at or before this timestamp.
    ///
    /// Sent as `created_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources created after this timestamp.
    ///
    /// Sent as `created_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources created at or after this timestamp.
    ///
    /// Sent as `created_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gte: ::std::option::Option<Timestamp>,
    /// Comma-delimited list of exact update timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub updated_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources last updated before this timestamp.
    ///
    /// Sent as `updated_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or before this timestamp.
    ///
    /// Sent as `updated_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources last updated after this timestamp.
    ///
    /// Sent as `updated_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or after this timestamp.
    ///
    /// Sent as `updated_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gte: ::std::option::Option<Timestamp>,
}
/// The parameters of [`ListAppDropletsQuery`]: how each is written and what it must satisfy.
static LIST_APP_DROPLETS_QUERY_PARAMS: [rt::Param; 17] = [
    rt::Param("guids", rt::Style::Form, false, &RULES_1),
    rt::Param("states", rt::Style::Form, false, &RULES_3),
    rt::Param("current", rt::Style::Form, true, &RULES_4),
    rt::Param("page", rt::Style::Form, true, &RULES_5),
    rt::Param("per_page", rt::Style::Form, true, &RULES_6),
    rt::Param("order_by", rt::Style::Form, true, &RULES_2),
    rt::Param("label_selector", rt::Style::Form, true, &RULES_7),
    rt::Param("created_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("created_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("updated_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gte]", rt::Style::Form, true, &RULES_8),
];
impl ListAppDropletsQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &[
        "guids",
        "states",
        "current",
        "page",
        "per_page",
        "order_by",
        "label_selector",
        "created_ats",
        "created_ats[lt]",
        "created_ats[lte]",
        "created_ats[gt]",
        "created_ats[gte]",
        "updated_ats",
        "updated_ats[lt]",
        "updated_ats[lte]",
        "updated_ats[gt]",
        "updated_ats[gte]",
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
        let [p_guids, p_states, p_current, p_page, p_per_page, p_order_by,
        p_label_selector, p_created_ats, p_created_ats_lt, p_created_ats_lte,
        p_created_ats_gt, p_created_ats_gte, p_updated_ats, p_updated_ats_lt,
        p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_APP_DROPLETS_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_guids, self.guids.as_ref())?;
        rt::write_param(&mut pairs, p_states, self.states.as_ref())?;
        rt::write_param(&mut pairs, p_current, self.current.as_ref())?;
        rt::write_param(&mut pairs, p_page, self.page.as_ref())?;
        rt::write_param(&mut pairs, p_per_page, self.per_page.as_ref())?;
        rt::write_param(&mut pairs, p_order_by, self.order_by.as_ref())?;
        rt::write_param(&mut pairs, p_label_selector, self.label_selector.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats, self.created_ats.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lt, self.created_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lte, self.created_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gt, self.created_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gte, self.created_ats_gte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats, self.updated_ats.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lt, self.updated_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lte, self.updated_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gt, self.updated_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gte, self.updated_ats_gte.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_guids, p_states, p_current, p_page, p_per_page, p_order_by,
        p_label_selector, p_created_ats, p_created_ats_lt, p_created_ats_lte,
        p_created_ats_gt, p_created_ats_gte, p_updated_ats, p_updated_ats_lt,
        p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_APP_DROPLETS_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let guids = rt::read_param(pairs, &mut used, p_guids)?;
        let states = rt::read_param(pairs, &mut used, p_states)?;
        let current = rt::read_param(pairs, &mut used, p_current)?;
        let page = rt::read_param(pairs, &mut used, p_page)?
            .or_else(|| rt::default_param("1"));
        let per_page = rt::read_param(pairs, &mut used, p_per_page)?
            .or_else(|| rt::default_param("50"));
        let order_by = rt::read_param(pairs, &mut used, p_order_by)?;
        let label_selector = rt::read_param(pairs, &mut used, p_label_selector)?;
        let created_ats = rt::read_param(pairs, &mut used, p_created_ats)?;
        let created_ats_lt = rt::read_param(pairs, &mut used, p_created_ats_lt)?;
        let created_ats_lte = rt::read_param(pairs, &mut used, p_created_ats_lte)?;
        let created_ats_gt = rt::read_param(pairs, &mut used, p_created_ats_gt)?;
        let created_ats_gte = rt::read_param(pairs, &mut used, p_created_ats_gte)?;
        let updated_ats = rt::read_param(pairs, &mut used, p_updated_ats)?;
        let updated_ats_lt = rt::read_param(pairs, &mut used, p_updated_ats_lt)?;
        let updated_ats_lte = rt::read_param(pairs, &mut used, p_updated_ats_lte)?;
        let updated_ats_gt = rt::read_param(pairs, &mut used, p_updated_ats_gt)?;
        let updated_ats_gte = rt::read_param(pairs, &mut used, p_updated_ats_gte)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self {
            guids,
            states,
            current,
            page,
            per_page,
            order_by,
            label_selector,
            created_ats,
            created_ats_lt,
            created_ats_lte,
            created_ats_gt,
            created_ats_gte,
            updated_ats,
            updated_ats_lt,
            updated_ats_lte,
            updated_ats_gt,
            updated_ats_gte,
        })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        let [p_guids, p_states, p_current, p_page, p_per_page, p_order_by,
        p_label_selector, p_created_ats, p_created_ats_lt, p_created_ats_lte,
        p_created_ats_gt, p_created_ats_gte, p_updated_ats, p_updated_ats_lt,
        p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_APP_DROPLETS_QUERY_PARAMS;
        rt::check_param(p_guids, &self.guids)?;
        rt::check_param(p_states, &self.states)?;
        rt::check_param(p_current, &self.current)?;
        rt::check_param(p_page, &self.page)?;
        rt::check_param(p_per_page, &self.per_page)?;
        rt::check_param(p_order_by, &self.order_by)?;
        rt::check_param(p_label_selector, &self.label_selector)?;
        rt::check_param(p_created_ats, &self.created_ats)?;
        rt::check_param(p_created_ats_lt, &self.created_ats_lt)?;
        rt::check_param(p_created_ats_lte, &self.created_ats_lte)?;
        rt::check_param(p_created_ats_gt, &self.created_ats_gt)?;
        rt::check_param(p_created_ats_gte, &self.created_ats_gte)?;
        rt::check_param(p_updated_ats, &self.updated_ats)?;
        rt::check_param(p_updated_ats_lt, &self.updated_ats_lt)?;
        rt::check_param(p_updated_ats_lte, &self.updated_ats_lte)?;
        rt::check_param(p_updated_ats_gt, &self.updated_ats_gt)?;
        rt::check_param(p_updated_ats_gte, &self.updated_ats_gte)?;
        Ok(())
    }
}
/// Query parameters of `listAppTasks`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAppTasksQuery {
    /// Comma-delimited list of resource GUIDs to filter by.
    ///
    /// Example: `["585bc3c1-3743-497d-88b0-403ad6b56d16"]`
    pub guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of task names to filter by (exact match).
    ///
    /// Example: `["migrate"]`
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of task states to filter by. The server does not reject unknown states; they match nothing.
    ///
    /// Example: `["RUNNING"]`
    pub states: ::std::option::Option<::std::vec::Vec<TaskState>>,
    /// Comma-delimited list of sequence ids to filter by.
    ///
    /// Example: `[1,2]`
    pub sequence_ids: ::std::option::Option<::std::vec::Vec<i64>>,
    /// Page to display; valid values are integers >= 1.
    ///
    /// The server's default is `1`.
    ///
    /// Example: `1`
    pub page: ::std::option::Option<i32>,
    /// Number of results per page; valid values are 1 through 5000.
    ///
    /// The server's default is `50`.
    ///
    /// Example: `50`
    pub per_page: ::std::option::Option<i32>,
    /// Value to sort by. Defaults to ascending; prepend with `-` to sort descending (`+` is accepted for ascending). Without it the order is creation order.
    ///
    /// Example: `"-created_at"`
    pub order_by: ::std::option::Option<OrderBy>,
    /// A query string containing a list of label selector requirements, combined with AND (at most 50): `key`, `!key`, `key=value`, `key==value`, `key!=value`, `key in (v1,v2)`, `key notin (v1,v2)`.
    ///
    /// Example: `"environment=production,tier in (backend,worker)"`
    pub label_selector: ::std::option::Option<::std::string::String>,
    /// Comma-delimited list of exact creation timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub created_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources created before this timestamp.
    ///
    /// Sent as `created_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources created at or before this timestamp.
    ///
    /// Sent as `created_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources created after this timestamp.
    ///
    /// Sent as `created_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources created at or after this timestamp.
    ///
    /// Sent as `created_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gte: ::std::option::Option<Timestamp>,
    /// Comma-delimited list of exact update timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub updated_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources last updated before this timestamp.
    ///
    /// Sent as `updated_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or before this timestamp.
    ///
    /// Sent as `updated_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources last updated after this timestamp.
    ///
    /// Sent as `updated_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or after this timestamp.
    ///
    /// Sent as `updated_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gte: ::std::option::Option<Timestamp>,
}
/// The parameters of [`ListAppTasksQuery`]: how each is written and what it must satisfy.
static LIST_APP_TASKS_QUERY_PARAMS: [rt::Param; 18] = [
    rt::Param("guids", rt::Style::Form, false, &RULES_1),
    rt::Param("names", rt::Style::Form, false, &RULES_1),
    rt::Param("states", rt::Style::Form, false, &RULES_3),
    rt::Param("sequence_ids", rt::Style::Form, false, &RULES_10),
    rt::Param("page", rt::Style::Form, true, &RULES_5),
    rt::Param("per_page", rt::Style::Form, true, &RULES_6),
    rt::Param("order_by", rt::Style::Form, true, &RULES_2),
    rt::Param("label_selector", rt::Style::Form, true, &RULES_7),
    rt::Param("created_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("created_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("updated_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gte]", rt::Style::Form, true, &RULES_8),
];
impl ListAppTasksQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &[
        "guids",
        "names",
        "states",
        "sequence_ids",
        "page",
        "per_page",
        "order_by",
        "label_selector",
        "created_ats",
        "created_ats[lt]",
        "created_ats[lte]",
        "created_ats[gt]",
        "created_ats[gte]",
        "updated_ats",
        "updated_ats[lt]",
        "updated_ats[lte]",
        "updated_ats[gt]",
        "updated_ats[gte]",
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
        let [p_guids, p_names, p_states, p_sequence_ids, p_page, p_per_page, p_order_by,
        p_label_selector, p_created_ats, p_created_ats_lt, p_created_ats_lte,
        p_created_ats_gt, p_created_ats_gte, p_updated_ats, p_updated_ats_lt,
        p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_APP_TASKS_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_guids, self.guids.as_ref())?;
        rt::write_param(&mut pairs, p_names, self.names.as_ref())?;
        rt::write_param(&mut pairs, p_states, self.states.as_ref())?;
        rt::write_param(&mut pairs, p_sequence_ids, self.sequence_ids.as_ref())?;
        rt::write_param(&mut pairs, p_page, self.page.as_ref())?;
        rt::write_param(&mut pairs, p_per_page, self.per_page.as_ref())?;
        rt::write_param(&mut pairs, p_order_by, self.order_by.as_ref())?;
        rt::write_param(&mut pairs, p_label_selector, self.label_selector.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats, self.created_ats.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lt, self.created_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lte, self.created_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gt, self.created_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gte, self.created_ats_gte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats, self.updated_ats.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lt, self.updated_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lte, self.updated_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gt, self.updated_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gte, self.updated_ats_gte.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_guids, p_names, p_states, p_sequence_ids, p_page, p_per_page, p_order_by,
        p_label_selector, p_created_ats, p_created_ats_lt, p_created_ats_lte,
        p_created_ats_gt, p_created_ats_gte, p_updated_ats, p_updated_ats_lt,
        p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_APP_TASKS_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let guids = rt::read_param(pairs, &mut used, p_guids)?;
        let names = rt::read_param(pairs, &mut used, p_names)?;
        let states = rt::read_param(pairs, &mut used, p_states)?;
        let sequence_ids = rt::read_param(pairs, &mut used, p_sequence_ids)?;
        let page = rt::read_param(pairs, &mut used, p_page)?
            .or_else(|| rt::default_param("1"));
        let per_page = rt::read_param(pairs, &mut used, p_per_page)?
            .or_else(|| rt::default_param("50"));
        let order_by = rt::read_param(pairs, &mut used, p_order_by)?;
        let label_selector = rt::read_param(pairs, &mut used, p_label_selector)?;
        let created_ats = rt::read_param(pairs, &mut used, p_created_ats)?;
        let created_ats_lt = rt::read_param(pairs, &mut used, p_created_ats_lt)?;
        let created_ats_lte = rt::read_param(pairs, &mut used, p_created_ats_lte)?;
        let created_ats_gt = rt::read_param(pairs, &mut used, p_created_ats_gt)?;
        let created_ats_gte = rt::read_param(pairs, &mut used, p_created_ats_gte)?;
        let updated_ats = rt::read_param(pairs, &mut used, p_updated_ats)?;
        let updated_ats_lt = rt::read_param(pairs, &mut used, p_updated_ats_lt)?;
        let updated_ats_lte = rt::read_param(pairs, &mut used, p_updated_ats_lte)?;
        let updated_ats_gt = rt::read_param(pairs, &mut used, p_updated_ats_gt)?;
        let updated_ats_gte = rt::read_param(pairs, &mut used, p_updated_ats_gte)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self {
            guids,
            names,
            states,
            sequence_ids,
            page,
            per_page,
            order_by,
            label_selector,
            created_ats,
            created_ats_lt,
            created_ats_lte,
            created_ats_gt,
            created_ats_gte,
            updated_ats,
            updated_ats_lt,
            updated_ats_lte,
            updated_ats_gt,
            updated_ats_gte,
        })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        let [p_guids, p_names, p_states, p_sequence_ids, p_page, p_per_page, p_order_by,
        p_label_selector, p_created_ats, p_created_ats_lt, p_created_ats_lte,
        p_created_ats_gt, p_created_ats_gte, p_updated_ats, p_updated_ats_lt,
        p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_APP_TASKS_QUERY_PARAMS;
        rt::check_param(p_guids, &self.guids)?;
        rt::check_param(p_names, &self.names)?;
        rt::check_param(p_states, &self.states)?;
        rt::check_param(p_sequence_ids, &self.sequence_ids)?;
        rt::check_param(p_page, &self.page)?;
        rt::check_param(p_per_page, &self.per_page)?;
        rt::check_param(p_order_by, &self.order_by)?;
        rt::check_param(p_label_selector, &self.label_selector)?;
        rt::check_param(p_created_ats, &self.created_ats)?;
        rt::check_param(p_created_ats_lt, &self.created_ats_lt)?;
        rt::check_param(p_created_ats_lte, &self.created_ats_lte)?;
        rt::check_param(p_created_ats_gt, &self.created_ats_gt)?;
        rt::check_param(p_created_ats_gte, &self.created_ats_gte)?;
        rt::check_param(p_updated_ats, &self.updated_ats)?;
        rt::check_param(p_updated_ats_lt, &self.updated_ats_lt)?;
        rt::check_param(p_updated_ats_lte, &self.updated_ats_lte)?;
        rt::check_param(p_updated_ats_gt, &self.updated_ats_gt)?;
        rt::check_param(p_updated_ats_gte, &self.updated_ats_gte)?;
        Ok(())
    }
}
/// Query parameters of `listDroplets`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDropletsQuery {
    /// Comma-delimited list of resource GUIDs to filter by.
    ///
    /// Example: `["585bc3c1-3743-497d-88b0-403ad6b56d16"]`
    pub guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of droplet states to filter by. The server does not reject unknown states; they match nothing.
    ///
    /// Example: `["STAGED","FAILED"]`
    pub states: ::std::option::Option<::std::vec::Vec<DropletState>>,
    /// Comma-delimited list of app GUIDs to filter by.
    ///
    /// Example: `["7b34f1cf-7e73-428a-bb5a-8a17a8058396"]`
    pub app_guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of space GUIDs to filter by.
    ///
    /// Example: `["0f1e9b60-7a8f-4ab6-a9ba-2b3b2d3c4f5e"]`
    pub space_guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of organization GUIDs to filter by.
    ///
    /// Example: `["9d2e6a10-2c1b-4f3e-8a7b-6c5d4e3f2a1b"]`
    pub organization_guids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Page to display; valid values are integers >= 1.
    ///
    /// The server's default is `1`.
    ///
    /// Example: `1`
    pub page: ::std::option::Option<i32>,
    /// Number of results per page; valid values are 1 through 5000.
    ///
    /// The server's default is `50`.
    ///
    /// Example: `50`
    pub per_page: ::std::option::Option<i32>,
    /// Value to sort by. Defaults to ascending; prepend with `-` to sort descending (`+` is accepted for ascending). Without it the order is creation order.
    ///
    /// Example: `"-created_at"`
    pub order_by: ::std::option::Option<OrderBy>,
    /// A query string containing a list of label selector requirements, combined with AND (at most 50): `key`, `!key`, `key=value`, `key==value`, `key!=value`, `key in (v1,v2)`, `key notin (v1,v2)`.
    ///
    /// Example: `"environment=production,tier in (backend,worker)"`
    pub label_selector: ::std::option::Option<::std::string::String>,
    /// Comma-delimited list of exact creation timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub created_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources created before this timestamp.
    ///
    /// Sent as `created_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources created at or before this timestamp.
    ///
    /// Sent as `created_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources created after this timestamp.
    ///
    /// Sent as `created_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources created at or after this timestamp.
    ///
    /// Sent as `created_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gte: ::std::option::Option<Timestamp>,
    /// Comma-delimited list of exact update timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub updated_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources last updated before this timestamp.
    ///
    /// Sent as `updated_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or before this timestamp.
    ///
    /// Sent as `updated_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources last updated after this timestamp.
    ///
    /// Sent as `updated_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or after this timestamp.
    ///
    /// Sent as `updated_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gte: ::std::option::Option<Timestamp>,
}
/// The parameters of [`ListDropletsQuery`]: how each is written and what it must satisfy.
static LIST_DROPLETS_QUERY_PARAMS: [rt::Param; 19] = [
    rt::Param("guids", rt::Style::Form, false, &RULES_1),
    rt::Param("states", rt::Style::Form, false, &RULES_3),
    rt::Param("app_guids", rt::Style::Form, false, &RULES_1),
    rt::Param("space_guids", rt::Style::Form, false, &RULES_1),
    rt::Param("organization_guids", rt::Style::Form, false, &RULES_1),
    rt::Param("page", rt::Style::Form, true, &RULES_5),
    rt::Param("per_page", rt::Style::Form, true, &RULES_6),
    rt::Param("order_by", rt::Style::Form, true, &RULES_2),
    rt::Param("label_selector", rt::Style::Form, true, &RULES_7),
    rt::Param("created_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("created_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("updated_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gte]", rt::Style::Form, true, &RULES_8),
];
impl ListDropletsQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &[
        "guids",
        "states",
        "app_guids",
        "space_guids",
        "organization_guids",
        "page",
        "per_page",
        "order_by",
        "label_selector",
        "created_ats",
        "created_ats[lt]",
        "created_ats[lte]",
        "created_ats[gt]",
        "created_ats[gte]",
        "updated_ats",
        "updated_ats[lt]",
        "updated_ats[lte]",
        "updated_ats[gt]",
        "updated_ats[gte]",
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
        let [p_guids, p_states, p_app_guids, p_space_guids, p_organization_guids, p_page,
        p_per_page, p_order_by, p_label_selector, p_created_ats, p_created_ats_lt,
        p_created_ats_lte, p_created_ats_gt, p_created_ats_gte, p_updated_ats,
        p_updated_ats_lt, p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_DROPLETS_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_guids, self.guids.as_ref())?;
        rt::write_param(&mut pairs, p_states, self.states.as_ref())?;
        rt::write_param(&mut pairs, p_app_guids, self.app_guids.as_ref())?;
        rt::write_param(&mut pairs, p_space_guids, self.space_guids.as_ref())?;
        rt::write_param(
            &mut pairs,
            p_organization_guids,
            self.organization_guids.as_ref(),
        )?;
        rt::write_param(&mut pairs, p_page, self.page.as_ref())?;
        rt::write_param(&mut pairs, p_per_page, self.per_page.as_ref())?;
        rt::write_param(&mut pairs, p_order_by, self.order_by.as_ref())?;
        rt::write_param(&mut pairs, p_label_selector, self.label_selector.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats, self.created_ats.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lt, self.created_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lte, self.created_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gt, self.created_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gte, self.created_ats_gte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats, self.updated_ats.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lt, self.updated_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lte, self.updated_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gt, self.updated_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gte, self.updated_ats_gte.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_guids, p_states, p_app_guids, p_space_guids, p_organization_guids, p_page,
        p_per_page, p_order_by, p_label_selector, p_created_ats, p_created_ats_lt,
        p_created_ats_lte, p_created_ats_gt, p_created_ats_gte, p_updated_ats,
        p_updated_ats_lt, p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_DROPLETS_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let guids = rt::read_param(pairs, &mut used, p_guids)?;
        let states = rt::read_param(pairs, &mut used, p_states)?;
        let app_guids = rt::read_param(pairs, &mut used, p_app_guids)?;
        let space_guids = rt::read_param(pairs, &mut used, p_space_guids)?;
        let organization_guids = rt::read_param(pairs, &mut used, p_organization_guids)?;
        let page = rt::read_param(pairs, &mut used, p_page)?
            .or_else(|| rt::default_param("1"));
        let per_page = rt::read_param(pairs, &mut used, p_per_page)?
            .or_else(|| rt::default_param("50"));
        let order_by = rt::read_param(pairs, &mut used, p_order_by)?;
        let label_selector = rt::read_param(pairs, &mut used, p_label_selector)?;
        let created_ats = rt::read_param(pairs, &mut used, p_created_ats)?;
        let created_ats_lt = rt::read_param(pairs, &mut used, p_created_ats_lt)?;
        let created_ats_lte = rt::read_param(pairs, &mut used, p_created_ats_lte)?;
        let created_ats_gt = rt::read_param(pairs, &mut used, p_created_ats_gt)?;
        let created_ats_gte = rt::read_param(pairs, &mut used, p_created_ats_gte)?;
        let updated_ats = rt::read_param(pairs, &mut used, p_updated_ats)?;
        let updated_ats_lt = rt::read_param(pairs, &mut used, p_updated_ats_lt)?;
        let updated_ats_lte = rt::read_param(pairs, &mut used, p_updated_ats_lte)?;
        let updated_ats_gt = rt::read_param(pairs, &mut used, p_updated_ats_gt)?;
        let updated_ats_gte = rt::read_param(pairs, &mut used, p_updated_ats_gte)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self {
            guids,
            states,
            app_guids,
            space_guids,
            organization_guids,
            page,
            per_page,
            order_by,
            label_selector,
            created_ats,
            created_ats_lt,
            created_ats_lte,
            created_ats_gt,
            created_ats_gte,
            updated_ats,
            updated_ats_lt,
            updated_ats_lte,
            updated_ats_gt,
            updated_ats_gte,
        })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        let [p_guids, p_states, p_app_guids, p_space_guids, p_organization_guids, p_page,
        p_per_page, p_order_by, p_label_selector, p_created_ats, p_created_ats_lt,
        p_created_ats_lte, p_created_ats_gt, p_created_ats_gte, p_updated_ats,
        p_updated_ats_lt, p_updated_ats_lte, p_updated_ats_gt, p_updated_ats_gte] = &LIST_DROPLETS_QUERY_PARAMS;
        rt::check_param(p_guids, &self.guids)?;
        rt::check_param(p_states, &self.states)?;
        rt::check_param(p_app_guids, &self.app_guids)?;
        rt::check_param(p_space_guids, &self.space_guids)?;
        rt::check_param(p_organization_guids, &self.organization_guids)?;
        rt::check_param(p_page, &self.page)?;
        rt::check_param(p_per_page, &self.per_page)?;
        rt::check_param(p_order_by, &self.order_by)?;
        rt::check_param(p_label_selector, &self.label_selector)?;
        rt::check_param(p_created_ats, &self.created_ats)?;
        rt::check_param(p_created_ats_lt, &self.created_ats_lt)?;
        rt::check_param(p_created_ats_lte, &self.created_ats_lte)?;
        rt::check_param(p_created_ats_gt, &self.created_ats_gt)?;
        rt::check_param(p_created_ats_gte, &self.created_ats_gte)?;
        rt::check_param(p_updated_ats, &self.updated_ats)?;
        rt::check_param(p_updated_ats_lt, &self.updated_ats_lt)?;
        rt::check_param(p_updated_ats_lte, &self.updated_ats_lte)?;
        rt::check_param(p_updated_ats_gt, &self.updated_ats_gt)?;
        rt::check_param(p_updated_ats_gte, &self.updated_ats_gte)?;
        Ok(())
    }
}
/// Query parameters of `listPackageDroplets`. The same parameters as [`ListDropletsQuery`].
pub type ListPackageDropletsQuery = ListDropletsQuery;
/// Query parameters of `listTasks`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListTasksQuery {
    /// Comma-delimited list of resource GUIDs to filter by.
    ///
    /// Example: `["585bc3c1-3743-497d-88b0-403ad6b56d16"]`
    pub guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of task names to filter by (exact match).
    ///
    /// Example: `["migrate"]`
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of task states to filter by. The server does not reject unknown states; they match nothing.
    ///
    /// Example: `["RUNNING"]`
    pub states: ::std::option::Option<::std::vec::Vec<TaskState>>,
    /// Comma-delimited list of app GUIDs to filter by.
    ///
    /// Example: `["7b34f1cf-7e73-428a-bb5a-8a17a8058396"]`
    pub app_guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of space GUIDs to filter by.
    ///
    /// Example: `["0f1e9b60-7a8f-4ab6-a9ba-2b3b2d3c4f5e"]`
    pub space_guids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Comma-delimited list of organization GUIDs to filter by.
    ///
    /// Example: `["9d2e6a10-2c1b-4f3e-8a7b-6c5d4e3f2a1b"]`
    pub organization_guids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// Page to display; valid values are integers >= 1.
    ///
    /// The server's default is `1`.
    ///
    /// Example: `1`
    pub page: ::std::option::Option<i32>,
    /// Number of results per page; valid values are 1 through 5000.
    ///
    /// The server's default is `50`.
    ///
    /// Example: `50`
    pub per_page: ::std::option::Option<i32>,
    /// Value to sort by. Defaults to ascending; prepend with `-` to sort descending (`+` is accepted for ascending). Without it the order is creation order.
    ///
    /// Example: `"-created_at"`
    pub order_by: ::std::option::Option<OrderBy>,
    /// A query string containing a list of label selector requirements, combined with AND (at most 50): `key`, `!key`, `key=value`, `key==value`, `key!=value`, `key in (v1,v2)`, `key notin (v1,v2)`.
    ///
    /// Example: `"environment=production,tier in (backend,worker)"`
    pub label_selector: ::std::option::Option<::std::string::String>,
    /// Comma-delimited list of exact creation timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub created_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources created before this timestamp.
    ///
    /// Sent as `created_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources created at or before this timestamp.
    ///
    /// Sent as `created_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources created after this timestamp.
    ///
    /// Sent as `created_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources created at or after this timestamp.
    ///
    /// Sent as `created_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub created_ats_gte: ::std::option::Option<Timestamp>,
    /// Comma-delimited list of exact update timestamps to filter by.
    ///
    /// Example: `["2021-01-01T00:00:00Z"]`
    pub updated_ats: ::std::option::Option<::std::vec::Vec<Timestamp>>,
    /// Only resources last updated before this timestamp.
    ///
    /// Sent as `updated_ats[lt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or before this timestamp.
    ///
    /// Sent as `updated_ats[lte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_lte: ::std::option::Option<Timestamp>,
    /// Only resources last updated after this timestamp.
    ///
    /// Sent as `updated_ats[gt]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gt: ::std::option::Option<Timestamp>,
    /// Only resources last updated at or after this timestamp.
    ///
    /// Sent as `updated_ats[gte]`.
    ///
    /// Example: `"2021-01-01T00:00:00Z"`
    pub updated_ats_gte: ::std::option::Option<Timestamp>,
}
/// The parameters of [`ListTasksQuery`]: how each is written and what it must satisfy.
static LIST_TASKS_QUERY_PARAMS: [rt::Param; 20] = [
    rt::Param("guids", rt::Style::Form, false, &RULES_1),
    rt::Param("names", rt::Style::Form, false, &RULES_1),
    rt::Param("states", rt::Style::Form, false, &RULES_3),
    rt::Param("app_guids", rt::Style::Form, false, &RULES_1),
    rt::Param("space_guids", rt::Style::Form, false, &RULES_1),
    rt::Param("organization_guids", rt::Style::Form, false, &RULES_1),
    rt::Param("page", rt::Style::Form, true, &RULES_5),
    rt::Param("per_page", rt::Style::Form, true, &RULES_6),
    rt::Param("order_by", rt::Style::Form, true, &RULES_2),
    rt::Param("label_selector", rt::Style::Form, true, &RULES_7),
    rt::Param("created_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("created_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("created_ats[gte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats", rt::Style::Form, false, &RULES_9),
    rt::Param("updated_ats[lt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[lte]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gt]", rt::Style::Form, true, &RULES_8),
    rt::Param("updated_ats[gte]", rt::Style::Form, true, &RULES_8),
];
impl ListTasksQuery {
    /// The parameter names, as sent.
    pub const PARAMETERS: &'static [&'static str] = &[
        "guids",
        "names",
        "states",
        "app_guids",
        "space_guids",
        "organization_guids",
        "page",
        "per_page",
        "order_by",
        "label_selector",
        "created_ats",
        "created_ats[lt]",
        "created_ats[lte]",
        "created_ats[gt]",
        "created_ats[gte]",
        "updated_ats",
        "updated_ats[lt]",
        "updated_ats[lte]",
        "updated_ats[gt]",
        "updated_ats[gte]",
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
        let [p_guids, p_names, p_states, p_app_guids, p_space_guids,
        p_organization_guids, p_page, p_per_page, p_order_by, p_label_selector,
        p_created_ats, p_created_ats_lt, p_created_ats_lte, p_created_ats_gt,
        p_created_ats_gte, p_updated_ats, p_updated_ats_lt, p_updated_ats_lte,
        p_updated_ats_gt, p_updated_ats_gte] = &LIST_TASKS_QUERY_PARAMS;
        let mut pairs = ::std::vec::Vec::new();
        rt::write_param(&mut pairs, p_guids, self.guids.as_ref())?;
        rt::write_param(&mut pairs, p_names, self.names.as_ref())?;
        rt::write_param(&mut pairs, p_states, self.states.as_ref())?;
        rt::write_param(&mut pairs, p_app_guids, self.app_guids.as_ref())?;
        rt::write_param(&mut pairs, p_space_guids, self.space_guids.as_ref())?;
        rt::write_param(
            &mut pairs,
            p_organization_guids,
            self.organization_guids.as_ref(),
        )?;
        rt::write_param(&mut pairs, p_page, self.page.as_ref())?;
        rt::write_param(&mut pairs, p_per_page, self.per_page.as_ref())?;
        rt::write_param(&mut pairs, p_order_by, self.order_by.as_ref())?;
        rt::write_param(&mut pairs, p_label_selector, self.label_selector.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats, self.created_ats.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lt, self.created_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_lte, self.created_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gt, self.created_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_created_ats_gte, self.created_ats_gte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats, self.updated_ats.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lt, self.updated_ats_lt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_lte, self.updated_ats_lte.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gt, self.updated_ats_gt.as_ref())?;
        rt::write_param(&mut pairs, p_updated_ats_gte, self.updated_ats_gte.as_ref())?;
        Ok(pairs)
    }
    /// Reads decoded `(name, value)` pairs, each parameter in its style. Absent
    /// parameters with a spec default get it; unknown names, bad values and missing
    /// required parameters are errors naming the parameter.
    #[inline]
    pub fn from_pairs(
        pairs: &[(::std::string::String, ::std::string::String)],
    ) -> ::std::result::Result<Self, rt::QueryError> {
        let [p_guids, p_names, p_states, p_app_guids, p_space_guids,
        p_organization_guids, p_page, p_per_page, p_order_by, p_label_selector,
        p_created_ats, p_created_ats_lt, p_created_ats_lte, p_created_ats_gt,
        p_created_ats_gte, p_updated_ats, p_updated_ats_lt, p_updated_ats_lte,
        p_updated_ats_gt, p_updated_ats_gte] = &LIST_TASKS_QUERY_PARAMS;
        let mut used = ::std::vec![false; pairs.len()];
        let guids = rt::read_param(pairs, &mut used, p_guids)?;
        let names = rt::read_param(pairs, &mut used, p_names)?;
        let states = rt::read_param(pairs, &mut used, p_states)?;
        let app_guids = rt::read_param(pairs, &mut used, p_app_guids)?;
        let space_guids = rt::read_param(pairs, &mut used, p_space_guids)?;
        let organization_guids = rt::read_param(pairs, &mut used, p_organization_guids)?;
        let page = rt::read_param(pairs, &mut used, p_page)?
            .or_else(|| rt::default_param("1"));
        let per_page = rt::read_param(pairs, &mut used, p_per_page)?
            .or_else(|| rt::default_param("50"));
        let order_by = rt::read_param(pairs, &mut used, p_order_by)?;
        let label_selector = rt::read_param(pairs, &mut used, p_label_selector)?;
        let created_ats = rt::read_param(pairs, &mut used, p_created_ats)?;
        let created_ats_lt = rt::read_param(pairs, &mut used, p_created_ats_lt)?;
        let created_ats_lte = rt::read_param(pairs, &mut used, p_created_ats_lte)?;
        let created_ats_gt = rt::read_param(pairs, &mut used, p_created_ats_gt)?;
        let created_ats_gte = rt::read_param(pairs, &mut used, p_created_ats_gte)?;
        let updated_ats = rt::read_param(pairs, &mut used, p_updated_ats)?;
        let updated_ats_lt = rt::read_param(pairs, &mut used, p_updated_ats_lt)?;
        let updated_ats_lte = rt::read_param(pairs, &mut used, p_updated_ats_lte)?;
        let updated_ats_gt = rt::read_param(pairs, &mut used, p_updated_ats_gt)?;
        let updated_ats_gte = rt::read_param(pairs, &mut used, p_updated_ats_gte)?;
        rt::reject_unused(pairs, &used, Self::PARAMETERS)?;
        Ok(Self {
            guids,
            names,
            states,
            app_guids,
            space_guids,
            organization_guids,
            page,
            per_page,
            order_by,
            label_selector,
            created_ats,
            created_ats_lt,
            created_ats_lte,
            created_ats_gt,
            created_ats_gte,
            updated_ats,
            updated_ats_lt,
            updated_ats_lte,
            updated_ats_gt,
            updated_ats_gte,
        })
    }
    /// Checks the spec's constraints (ranges, lengths, item counts, allowed values,
    /// patterns).
    #[inline]
    pub fn validate(&self) -> ::std::result::Result<(), rt::QueryError> {
        let [p_guids, p_names, p_states, p_app_guids, p_space_guids,
        p_organization_guids, p_page, p_per_page, p_order_by, p_label_selector,
        p_created_ats, p_created_ats_lt, p_created_ats_lte, p_created_ats_gt,
        p_created_ats_gte, p_updated_ats, p_updated_ats_lt, p_updated_ats_lte,
        p_updated_ats_gt, p_updated_ats_gte] = &LIST_TASKS_QUERY_PARAMS;
        rt::check_param(p_guids, &self.guids)?;
        rt::check_param(p_names, &self.names)?;
        rt::check_param(p_states, &self.states)?;
        rt::check_param(p_app_guids, &self.app_guids)?;
        rt::check_param(p_space_guids, &self.space_guids)?;
        rt::check_param(p_organization_guids, &self.organization_guids)?;
        rt::check_param(p_page, &self.page)?;
        rt::check_param(p_per_page, &self.per_page)?;
        rt::check_param(p_order_by, &self.order_by)?;
        rt::check_param(p_label_selector, &self.label_selector)?;
        rt::check_param(p_created_ats, &self.created_ats)?;
        rt::check_param(p_created_ats_lt, &self.created_ats_lt)?;
        rt::check_param(p_created_ats_lte, &self.created_ats_lte)?;
        rt::check_param(p_created_ats_gt, &self.created_ats_gt)?;
        rt::check_param(p_created_ats_gte, &self.created_ats_gte)?;
        rt::check_param(p_updated_ats, &self.updated_ats)?;
        rt::check_param(p_updated_ats_lt, &self.updated_ats_lt)?;
        rt::check_param(p_updated_ats_lte, &self.updated_ats_lte)?;
        rt::check_param(p_updated_ats_gt, &self.updated_ats_gt)?;
        rt::check_param(p_updated_ats_gte, &self.updated_ats_gte)?;
        Ok(())
    }
}
/// Labels and annotations attached to a resource. Responses always carry both maps, empty when unset.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Metadata {
    /// Labels: keys are an optional DNS-subdomain prefix and `/`, then a 1..63 character name of `[A-Za-z0-9_.-]`; values are 0..63 such characters.
    pub labels: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
    /// Annotations; values are free text of up to 5000 characters.
    pub annotations: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
}
crate::rt::primitives::object!(Metadata { 0 labels required, 1 annotations required });
/// A metadata change, deep-merged into the resource's metadata. A key with a value creates or updates it, a key set to `null` deletes it, and keys left out are unchanged.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct MetadataUpdate {
    /// Labels to set (string) or delete (`null`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >,
    >,
    /// Annotations to set (string) or delete (`null`).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<
        ::std::collections::BTreeMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >,
    >,
}
crate::rt::primitives::object!(
    MetadataUpdate { 0 labels optional, 1 annotations optional }
);
/// A sort key with an optional direction prefix (`-` descending, `+` ascending).
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrderBy {
    /// `created_at`
    CreatedAt,
    /// `-created_at`
    MinusCreatedAt,
    /// `+created_at`
    PlusCreatedAt,
    /// `updated_at`
    UpdatedAt,
    /// `-updated_at`
    MinusUpdatedAt,
    /// `+updated_at`
    PlusUpdatedAt,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
crate::rt::primitives::open_enum!(
    OrderBy { CreatedAt = "created_at", MinusCreatedAt = "-created_at", PlusCreatedAt =
    "+created_at", UpdatedAt = "updated_at", MinusUpdatedAt = "-updated_at",
    PlusUpdatedAt = "+updated_at" }
);
/// Where a page sits in a paginated list. `next` is null on the last page and `previous` on the first.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Pagination {
    /// Number of resources across all pages.
    pub total_results: i64,
    /// Number of pages (at least 1, even when empty).
    pub total_pages: i64,
    /// A link to a related resource or action.
    pub first: Link,
    /// A link to a related resource or action.
    pub last: Link,
    /// The next page, or null on the last page.
    ///
    /// Always sent; `None` means `null`.
    pub next: ::std::option::Option<Link>,
    /// The previous page, or null on the first page.
    ///
    /// Always sent; `None` means `null`.
    pub previous: ::std::option::Option<Link>,
}
crate::rt::primitives::object!(
    Pagination { 0 total_results required, 1 total_pages required, 2 first required, 3
    last required, 4 next optional, 5 previous optional }
);
/// Credentials for a private image or buildpack registry.
#[derive(Clone, PartialEq, ::serde::Serialize, Default)]
pub struct RegistryCredentials {
    /// The registry user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    /// The registry password.
    ///
    /// Secret: hidden from `Debug` output.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
    /// A registry token, used instead of a password.
    ///
    /// Secret: hidden from `Debug` output.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for RegistryCredentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegistryCredentials")
            .field("username", &self.username)
            .field("password", &crate::rt::primitives::Redacted)
            .field("token", &crate::rt::primitives::Redacted)
            .finish()
    }
}
crate::rt::primitives::object!(
    RegistryCredentials { 0 username optional, 1 password optional, 2 token optional }
);
/// The target of a to-one relationship.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct RelationshipData {
    /// A resource GUID.
    ///
    /// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
    pub guid: Guid,
}
crate::rt::primitives::object!(RelationshipData { 0 guid required });
/// The global root document. `links.cloud_controller_v3` is the V3 base URL; `links.login` and `links.uaa` locate the token server. A link may be `null` when that component is not deployed.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct RootInfo {
    /// Links keyed by component (`self`, `cloud_controller_v2`, `cloud_controller_v3`, `login`, `uaa`, `logging`, `log_cache`, ...).
    pub links: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::option::Option<RootLink>,
    >,
}
crate::rt::primitives::object!(RootInfo { 0 links required });
/// A link in the global root document, with optional metadata about the target.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct RootLink {
    /// The absolute URL.
    pub href: ::std::string::String,
    /// Extra facts about the target, such as its version or host key fingerprint.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::serde_json::Value>,
    >,
}
crate::rt::primitives::object!(RootLink { 0 href required, 1 meta optional });
/// A one-off command run in the context of an app, on one of its droplets.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Task {
    /// A resource GUID.
    ///
    /// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
    pub guid: Guid,
    /// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
    ///
    /// Example: `"2016-03-28T23:39:34Z"`
    pub created_at: Timestamp,
    /// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
    ///
    /// Example: `"2016-03-28T23:39:34Z"`
    pub updated_at: Timestamp,
    /// A number unique to the task within its app.
    pub sequence_id: i64,
    /// The task's name.
    pub name: ::std::string::String,
    /// The command. Absent (not null) for callers who cannot read secrets and in `GET /v3/tasks`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::string::String>,
    /// The OS user the command runs as.
    ///
    /// Always sent; `None` means `null`.
    pub user: ::std::option::Option<::std::string::String>,
    /// Where a task is in its life. `SUCCEEDED` and `FAILED` are final.
    pub state: TaskState,
    /// Memory limit in MB.
    pub memory_in_mb: i64,
    /// Disk limit in MB.
    pub disk_in_mb: i64,
    /// Log rate limit in bytes per second; -1 means unlimited.
    pub log_rate_limit_in_bytes_per_second: i64,
    /// The outcome of a task.
    pub result: TaskResult,
    /// A resource GUID.
    ///
    /// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
    pub droplet_guid: Guid,
    /// The app a resource belongs to.
    pub relationships: AppRelationship,
    /// Labels and annotations attached to a resource. Responses always carry both maps, empty when unset.
    pub metadata: Metadata,
    /// Links from a task.
    pub links: TaskLinks,
}
crate::rt::primitives::object!(
    Task { 0 guid required, 1 created_at required, 2 updated_at required, 3 sequence_id
    required, 4 name required, 5 command optional, 6 user optional, 7 state required, 8
    memory_in_mb required, 9 disk_in_mb required, 10 log_rate_limit_in_bytes_per_second
    required, 11 result required, 12 droplet_guid required, 13 relationships required, 14
    metadata required, 15 links required }
);
/// A task to run. `command` is required unless `template` is given.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct TaskCreate {
    /// The command to run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::string::String>,
    /// A name for the task; 8 random hex characters when left out.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Disk limit in MB; defaults to the template process's or the operator's default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disk_in_mb: ::std::option::Option<i64>,
    /// Memory limit in MB; defaults to the template process's or the operator's default.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_in_mb: ::std::option::Option<i64>,
    /// Log rate limit in bytes per second; -1 means unlimited.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub log_rate_limit_in_bytes_per_second: ::std::option::Option<i64>,
    /// The droplet to run; defaults to the app's current droplet.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub droplet_guid: ::std::option::Option<::std::string::String>,
    /// Take the command and limits from a process of the app.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub template: ::std::option::Option<TaskTemplate>,
    /// The OS user to run as; `vcap` or a user the operator allows.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    /// A metadata change, deep-merged into the resource's metadata. A key with a value creates or updates it, a key set to `null` deletes it, and keys left out are unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<MetadataUpdate>,
}
crate::rt::primitives::object!(
    TaskCreate { 0 command optional, 1 name optional, 2 disk_in_mb optional, 3
    memory_in_mb optional, 4 log_rate_limit_in_bytes_per_second optional, 5 droplet_guid
    optional, 6 template optional, 7 user optional, 8 metadata optional }
);
/// Links from a task.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct TaskLinks {
    /// A link to a related resource or action.
    #[serde(rename = "self")]
    pub self_: Link,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub app: ::std::option::Option<Link>,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cancel: ::std::option::Option<Link>,
    /// A link to a related resource or action.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub droplet: ::std::option::Option<Link>,
}
crate::rt::primitives::object!(
    TaskLinks { 0 self_("self") required, 1 app optional, 2 cancel optional, 3 droplet
    optional }
);
/// A page of tasks.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct TaskList {
    /// Where a page sits in a paginated list. `next` is null on the last page and `previous` on the first.
    pub pagination: Pagination,
    /// The tasks on this page.
    pub resources: ::std::vec::Vec<Task>,
}
crate::rt::primitives::object!(TaskList { 0 pagination required, 1 resources required });
/// The outcome of a task.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct TaskResult {
    /// Why the task failed; null unless it failed.
    ///
    /// Always sent; `None` means `null`.
    pub failure_reason: ::std::option::Option<::std::string::String>,
}
crate::rt::primitives::object!(TaskResult { 0 failure_reason optional });
/// Where a task is in its life. `SUCCEEDED` and `FAILED` are final.
/// (Open: a value the spec does not list is kept as [`Unknown`](Self::Unknown), and
/// `#[non_exhaustive]` lets a later spec add variants without breaking a `match`.)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TaskState {
    /// `PENDING`
    Pending,
    /// `RUNNING`
    Running,
    /// `SUCCEEDED`
    Succeeded,
    /// `CANCELING`
    Canceling,
    /// `FAILED`
    Failed,
    /// A value this code does not know yet (a newer server may send one), kept as sent
    /// and readable with `as_str`; opaque, so no code depends on a value that a later
    /// spec may name.
    Unknown(crate::rt::primitives::UnknownValue),
}
crate::rt::primitives::open_enum!(
    TaskState { Pending = "PENDING", Running = "RUNNING", Succeeded = "SUCCEEDED",
    Canceling = "CANCELING", Failed = "FAILED" }
);
/// Take the command and limits from a process of the app.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct TaskTemplate {
    /// The process to copy from.
    pub process: TaskTemplateProcess,
}
crate::rt::primitives::object!(TaskTemplate { 0 process required });
/// The process to copy from.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct TaskTemplateProcess {
    /// A resource GUID.
    ///
    /// Example: `"585bc3c1-3743-497d-88b0-403ad6b56d16"`
    pub guid: Guid,
}
crate::rt::primitives::object!(TaskTemplateProcess { 0 guid required });
/// A task change; only metadata can change.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct TaskUpdate {
    /// A metadata change, deep-merged into the resource's metadata. A key with a value creates or updates it, a key set to `null` deletes it, and keys left out are unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<MetadataUpdate>,
}
crate::rt::primitives::object!(TaskUpdate { 0 metadata optional });
/// A UTC timestamp, always rendered as `YYYY-MM-DDThh:mm:ssZ`; timestamp filters accept exactly this form (no offset, no fractional seconds).
///
/// Example: `"2016-03-28T23:39:34Z"`
pub type Timestamp = DateTime;
/// A to-one relationship.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ToOneRelationship {
    /// The target of a to-one relationship.
    pub data: RelationshipData,
}
crate::rt::primitives::object!(ToOneRelationship { 0 data required });
/// The V3 root document.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct V3Root {
    /// Links keyed by resource collection (`self`, `droplets`, `tasks`, ...).
    pub links: ::std::collections::BTreeMap<::std::string::String, RootLink>,
}
crate::rt::primitives::object!(V3Root { 0 links required });
