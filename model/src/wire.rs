//! Dates on the wire (the JSON API) as `YYYY-MM-DD`, the only form cairn writes, read by a
//! small parser of its own. jiff's general parser accepts many forms the API never holds,
//! and with its errors it made the widget's WebAssembly tens of kilobytes larger. Used
//! with `#[serde(with = …)]` on the fields the widget reads.

use std::fmt;

use jiff::civil::Date;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serializer};

/// Parses `YYYY-MM-DD` (a real date; years 1 to 9999).
pub fn parse(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i16> {
        b[range].iter().try_fold(0_i16, |n, &c| c.is_ascii_digit().then(|| n * 10 + i16::from(c - b'0')))
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok().filter(|_| year > 0)
}

struct Wire(Date);

impl<'de> Deserialize<'de> for Wire {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl Visitor<'_> for DateVisitor {
            type Value = Wire;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date as YYYY-MM-DD")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Wire, E> {
                parse(v).map(Wire).ok_or_else(|| E::custom("expected a date as YYYY-MM-DD"))
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

/// A `Date` field.
pub mod date {
    use super::*;

    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        Wire::deserialize(deserializer).map(|w| w.0)
    }
}

/// An `Option<Date>` field (use with `#[serde(default)]`).
pub mod option_date {
    use super::*;

    /// Writes `YYYY-MM-DD` or `null`.
    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_none(),
        }
    }

    /// Reads `YYYY-MM-DD` or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Date>, D::Error> {
        Option::<Wire>::deserialize(deserializer).map(|w| w.map(|w| w.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_dates_only() {
        assert_eq!(parse("2026-02-28"), Some(Date::constant(2026, 2, 28)));
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "26-02-28",
            "2026/02/28",
            "2026-02-28T00:00",
            "0000-01-01",
            "２０２６-01-01",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn round_trips_through_json() {
        #[derive(serde::Serialize, Deserialize, PartialEq, Debug)]
        struct T {
            #[serde(with = "date")]
            a: Date,
            #[serde(default, with = "option_date")]
            b: Option<Date>,
        }
        let t = T { a: Date::constant(2026, 11, 26), b: None };
        let json = serde_json::to_string(&t).expect("serializes");
        assert_eq!(json, r#"{"a":"2026-11-26","b":null}"#);
        assert_eq!(serde_json::from_str::<T>(&json).expect("reads"), t);
        assert_eq!(serde_json::from_str::<T>(r#"{"a":"2026-11-26"}"#).expect("b may be absent"), t);
        let err = serde_json::from_str::<T>(r#"{"a":"26 November"}"#).expect_err("not a date");
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
    }
}
