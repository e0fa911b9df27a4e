//! How generated structs are read. A struct states its wire names and reads its own fields
//! ([`Object`]); the visitor, the key lookup and the duplicate and missing-field errors are
//! here, compiled once. serde's derive writes all of that out again for every struct (a field
//! enum with its own visitor, a sequence visitor, a map visitor): it was most of the lines and
//! most of the type-checking time of a generated models module.
//!
//! What a struct accepts is what serde's derive accepts for a JSON object: unknown keys are
//! skipped (or kept, when the schema allows additional properties), a repeated key is an
//! error, a missing required field is an error, and a missing field of an `Option` type is
//! `None`. An array is not read as a struct: a schema's object is never an array on the wire.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};

/// A generated struct, as read from a map.
pub trait Object<'de>: Sized {
    /// `struct Name`, as errors name what was expected.
    const EXPECTING: &'static str;
    /// The struct's name.
    const NAME: &'static str;
    /// The fields' wire names; a key is the index of its name here.
    const FIELDS: &'static [&'static str];
    /// Whether keys not in `FIELDS` are kept (additional properties) rather than skipped.
    const KEEPS_OTHERS: bool = false;
    /// The index of `key` in `FIELDS`. Names of another length or first byte are passed over
    /// without a call to compare them: a plain search of `FIELDS` made decoding 12 % slower
    /// than serde's derive, whose `match` on the names the compiler sorts by length.
    #[inline]
    fn field(key: &str) -> Option<usize> {
        let key = key.as_bytes();
        let Some(&first) = key.first() else {
            return Self::FIELDS.iter().position(|name| name.is_empty());
        };
        Self::FIELDS.iter().position(|name| {
            let name = name.as_bytes();
            name.len() == key.len() && name[0] == first && name == key
        })
    }
    /// Reads the entries of `map`, keys looked up with [`keys`].
    fn read<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// Reads `T` as serde's derive would, from the same input.
#[inline]
pub fn deserialize<'de, T: Object<'de>, D: de::Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    deserializer.deserialize_struct(T::NAME, T::FIELDS, ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Object<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::read(map)
    }
}

/// A key of a struct's map.
#[derive(Debug, PartialEq)]
pub enum Key<'de> {
    /// The field at this index of `FIELDS`.
    Field(usize),
    /// Another key, kept (the struct keeps additional properties).
    Other(Cow<'de, str>),
    /// Another key, to be skipped.
    Skipped,
}

/// The key seed of `T`'s map: `map.next_key_seed(keys::<T>())`.
#[inline]
pub fn keys<'de, T: Object<'de>>() -> Keys<T> {
    Keys(PhantomData)
}

/// Looks keys up in `T`'s wire names.
pub struct Keys<T>(PhantomData<T>);

impl<'de, T: Object<'de>> Keys<T> {
    #[inline]
    fn find(&self, key: &str) -> Option<Key<'de>> {
        T::field(key).map(Key::Field)
    }

    fn other(&self, key: Cow<'de, str>) -> Key<'de> {
        match T::KEEPS_OTHERS {
            true => Key::Other(key),
            false => Key::Skipped,
        }
    }
}

impl<'de, T: Object<'de>> DeserializeSeed<'de> for Keys<T> {
    type Value = Key<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Key<'de>, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de, T: Object<'de>> Visitor<'de> for Keys<T> {
    type Value = Key<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
        Ok(match self.find(v) {
            Some(key) => key,
            None if T::KEEPS_OTHERS => Key::Other(Cow::Owned(v.to_owned())),
            None => Key::Skipped,
        })
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
        Ok(self.find(v).unwrap_or_else(|| self.other(Cow::Borrowed(v))))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
        Ok(self.find(&v).unwrap_or_else(|| self.other(Cow::Owned(v))))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Key<'de>, E> {
        match std::str::from_utf8(v) {
            Ok(text) => self.visit_str(text),
            Err(_) if T::KEEPS_OTHERS => Err(E::invalid_value(de::Unexpected::Bytes(v), &self)),
            Err(_) => Ok(Key::Skipped),
        }
    }
}

/// Reads the value of field `name` into `slot`; a second value for it is an error. (A field
/// that tells absent from `null` is an `Option<Option<T>>` read as `Option<T>` here: present
/// is `Some`, whatever its value.)
#[inline]
pub fn field<'de, A: MapAccess<'de>, T: de::Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a key the struct does not name.
#[inline]
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(drop)
}

/// A required field's value, or the error naming it.
#[inline]
pub fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// What a generated struct's reading looks like.
    #[derive(Debug, PartialEq)]
    struct Sample {
        name: String,
        size: Option<i64>,
        note: Option<Option<String>>,
        rest: BTreeMap<String, serde_json::Value>,
    }

    impl<'de> de::Deserialize<'de> for Sample {
        fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            deserialize(d)
        }
    }

    impl<'de> Object<'de> for Sample {
        const EXPECTING: &'static str = "struct Sample";
        const NAME: &'static str = "Sample";
        const FIELDS: &'static [&'static str] = &["name", "size", "note"];
        const KEEPS_OTHERS: bool = true;
        fn read<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let (mut name, mut size, mut note) = (None, None, None);
            let mut rest = BTreeMap::new();
            while let Some(key) = map.next_key_seed(keys::<Self>())? {
                match key {
                    Key::Field(0) => field(&mut map, &mut name, "name")?,
                    Key::Field(1) => field(&mut map, &mut size, "size")?,
                    Key::Field(2) => field(&mut map, &mut note, "note")?,
                    Key::Other(key) => {
                        rest.insert(key.into_owned(), map.next_value()?);
                    }
                    _ => skip(&mut map)?,
                }
            }
            Ok(Sample {
                name: required(name, "name")?,
                size: size.unwrap_or_default(),
                note,
                rest,
            })
        }
    }

    #[test]
    fn fields_absent_null_and_present() {
        let s: Sample = serde_json::from_str(r#"{"name":"a","note":null,"x":1}"#).unwrap();
        assert_eq!(s.name, "a");
        assert_eq!(s.size, None);
        assert_eq!(s.note, Some(None));
        assert_eq!(s.rest, BTreeMap::from([("x".to_owned(), 1.into())]));
        let s: Sample = serde_json::from_str(r#"{"size":null,"name":"b"}"#).unwrap();
        assert_eq!((s.size, s.note), (None, None));
    }

    #[test]
    fn keys_are_found_by_length_first_byte_and_text() {
        assert_eq!(Sample::field("size"), Some(1));
        assert_eq!(Sample::field("note"), Some(2));
        assert_eq!(Sample::field("nome"), None);
        assert_eq!(Sample::field("names"), None);
        assert_eq!(Sample::field(""), None);
    }

    #[test]
    fn the_errors_are_serdes() {
        let err = |json: &str| {
            serde_json::from_str::<Sample>(json)
                .unwrap_err()
                .to_string()
        };
        assert!(err(r#"{"size":1}"#).starts_with("missing field `name`"));
        assert!(err(r#"{"name":"a","name":"b"}"#).starts_with("duplicate field `name`"));
        assert!(err(r#"["a"]"#).starts_with("invalid type: sequence, expected struct Sample"));
        assert!(err(r#"{"name":1}"#).starts_with("invalid type: integer `1`, expected a string"));
    }

    #[test]
    fn escaped_and_owned_keys_are_found() {
        // An escaped key is not borrowed from the input; a reader's keys never are.
        let s: Sample = serde_json::from_str(r#"{"n\u0061me":"a","o\"k":true}"#).unwrap();
        assert_eq!(s.name, "a");
        assert!(s.rest.contains_key("o\"k"));
        let s: Sample = serde_json::from_reader(&br#"{"name":"r","size":3}"#[..]).unwrap();
        assert_eq!((s.name.as_str(), s.size), ("r", Some(3)));
        let value = serde_json::json!({"name": "v", "other": [1]});
        let s: Sample = serde_json::from_value(value).unwrap();
        assert_eq!(s.rest["other"], serde_json::json!([1]));
    }
}
