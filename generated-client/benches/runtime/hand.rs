//! What a careful engineer would write by hand for the same payloads: plain serde structs and
//! enums, no open enums, no kept timestamp text.

// The fields are read only through `black_box`.
#![allow(dead_code)]

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Serialize, Deserialize)]
pub struct DropletList {
    pub pagination: Pagination,
    pub resources: Vec<Droplet>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Pagination {
    pub total_results: i64,
    pub total_pages: i64,
    pub first: Link,
    pub last: Link,
    pub next: Option<Link>,
    pub previous: Option<Link>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Link {
    pub href: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum DropletState {
    AwaitingUpload,
    ProcessingUpload,
    Staged,
    Copying,
    Failed,
    Expired,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Droplet {
    pub guid: uuid::Uuid,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: time::OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: time::OffsetDateTime,
    pub state: DropletState,
    pub error: Option<String>,
    pub lifecycle: Lifecycle,
    pub checksum: Option<Checksum>,
    pub buildpacks: Option<Vec<Buildpack>>,
    pub stack: Option<String>,
    pub image: Option<String>,
    pub execution_metadata: String,
    pub process_types: BTreeMap<String, String>,
    pub relationships: AppRelationship,
    pub metadata: Metadata,
    pub links: DropletLinks,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Lifecycle {
    #[serde(rename = "type")]
    pub kind: LifecycleType,
    pub data: LifecycleData,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LifecycleType {
    Buildpack,
    Docker,
    Cnb,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct LifecycleData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buildpacks: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Checksum {
    #[serde(rename = "type")]
    pub kind: ChecksumType,
    pub value: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChecksumType {
    Sha256,
    Sha1,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Buildpack {
    pub name: String,
    #[serde(default)]
    pub detect_output: Option<String>,
    #[serde(default)]
    pub buildpack_name: Option<String>,
    #[serde(default)]
    pub version: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct AppRelationship {
    pub app: ToOne,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ToOne {
    pub data: Guid,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Guid {
    pub guid: uuid::Uuid,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Metadata {
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct DropletLinks {
    #[serde(rename = "self")]
    pub self_: Link,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assign_current_droplet: Option<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub download: Option<Link>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload: Option<Link>,
}

/// A PATCH body: `None` leaves a field alone, `Some(None)` sends `null`.
#[derive(Debug, Serialize, Deserialize)]
pub struct DropletUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<MetadataUpdate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Option<String>>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct MetadataUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, Option<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, Option<String>>>,
}

/// serde's own internally tagged enum: the tag is taken out before the variant is read.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind")]
pub enum Shape {
    #[serde(rename = "circle")]
    Circle(Circle),
    #[serde(rename = "square")]
    Square(Square),
}

#[derive(Debug, Deserialize)]
pub struct Circle {
    pub radius: f64,
    pub label: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Square {
    pub side: f64,
    pub label: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct TaggedSquare {
    pub kind: String,
    pub side: f64,
    pub label: Option<String>,
}

/// serde's own untagged enum.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Loose {
    Integer(i64),
    String(String),
    Square(TaggedSquare),
}

#[derive(Debug, Deserialize)]
pub struct Shapes {
    pub shapes: Vec<Shape>,
}

#[derive(Debug, Deserialize)]
pub struct Values {
    pub values: Vec<Loose>,
}

/// The PATCH body as a careful hand-written server reads it, with the spec's rules: unknown
/// fields refused, `null` refused where the spec does not allow it, value lengths checked.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrictDropletUpdate {
    #[serde(default, deserialize_with = "present")]
    pub metadata: Option<StrictMetadataUpdate>,
    #[serde(default, deserialize_with = "nullable")]
    pub image: Option<Option<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StrictMetadataUpdate {
    #[serde(default, deserialize_with = "present")]
    pub labels: Option<BTreeMap<String, Option<String>>>,
    #[serde(default, deserialize_with = "present")]
    pub annotations: Option<BTreeMap<String, Option<String>>>,
}

/// A field that may be absent but not `null`.
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(d)?
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom("must not be null"))
}

/// A field where `null` and absent differ.
fn nullable<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// What a label value may be (the spec's `pattern`), compiled once (with the ECMA-262 engine
/// the generated code uses, so the two pay for the same matching).
static LABEL_VALUE: std::sync::LazyLock<regress::Regex> = std::sync::LazyLock::new(|| {
    regress::Regex::new("^([A-Za-z0-9]([A-Za-z0-9_.-]{0,61}[A-Za-z0-9])?)?$").unwrap()
});

impl StrictDropletUpdate {
    /// The length rules of labels (63) and annotations (5000), and the label value pattern.
    pub fn check(&self) -> Result<(), String> {
        let Some(m) = &self.metadata else {
            return Ok(());
        };
        let bad_value = m
            .labels
            .iter()
            .flatten()
            .find(|(_, v)| v.as_ref().is_some_and(|v| LABEL_VALUE.find(v).is_none()));
        if let Some((k, _)) = bad_value {
            return Err(format!("metadata.labels.{k} is not a label value"));
        }
        let too_long = |map: &Option<BTreeMap<String, Option<String>>>, max: usize| {
            map.iter()
                .flatten()
                .find(|(_, v)| v.as_ref().is_some_and(|v| v.chars().count() > max))
                .map(|(k, _)| k.clone())
        };
        if let Some(k) = too_long(&m.labels, 63) {
            return Err(format!("metadata.labels.{k} must be at most 63 characters"));
        }
        if let Some(k) = too_long(&m.annotations, 5000) {
            return Err(format!(
                "metadata.annotations.{k} must be at most 5000 characters"
            ));
        }
        Ok(())
    }
}
