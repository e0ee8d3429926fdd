//! [`Interval`]: a length of time such as `1 month`, `2 weeks` or `quarterly`, as a
//! cadence's `every` and a review policy write it.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::UnknownKeyword;

/// The unit of an [`Interval`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IntervalUnit {
    /// A calendar day.
    Day,
    /// Seven days.
    Week,
    /// A calendar month (a period starting on the 31st ends on the last day of a shorter month).
    Month,
    /// A calendar year.
    Year,
}

keyword_enum!(IntervalUnit { Day => "day", Week => "week", Month => "month", Year => "year" });

/// A length of time such as "1 month" or "2 weeks".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Interval {
    count: u32,
    unit: IntervalUnit,
}

/// Why an interval could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IntervalError {
    /// Not of the form `N unit` or a word like `monthly`.
    #[error("expected an interval such as `1 month`, `2 weeks`, `quarterly` or `yearly`")]
    Syntax,
    /// The count is zero or too large.
    #[error("the count must be between 1 and {max}")]
    Count {
        /// The largest count allowed.
        max: u32,
    },
}

impl Interval {
    /// The largest count accepted (a thousand of anything is no longer a cadence).
    pub const MAX_COUNT: u32 = 1000;

    /// Builds an interval of `count` units.
    pub fn new(count: u32, unit: IntervalUnit) -> Result<Self, IntervalError> {
        if count == 0 || count > Self::MAX_COUNT {
            return Err(IntervalError::Count { max: Self::MAX_COUNT });
        }
        Ok(Self { count, unit })
    }
    /// How many units.
    pub fn count(self) -> u32 {
        self.count
    }
    /// Which unit.
    pub fn unit(self) -> IntervalUnit {
        self.unit
    }
}

impl FromStr for Interval {
    type Err = IntervalError;
    fn from_str(s: &str) -> Result<Self, IntervalError> {
        let s = s.trim().to_ascii_lowercase();
        let named = match s.as_str() {
            "daily" => Some((1, IntervalUnit::Day)),
            "weekly" => Some((1, IntervalUnit::Week)),
            "fortnightly" | "biweekly" => Some((2, IntervalUnit::Week)),
            "monthly" => Some((1, IntervalUnit::Month)),
            "quarterly" => Some((3, IntervalUnit::Month)),
            "yearly" | "annually" => Some((1, IntervalUnit::Year)),
            _ => None,
        };
        if let Some((count, unit)) = named {
            return Self::new(count, unit);
        }
        let (count, word) = match s.split_once(char::is_whitespace) {
            Some((n, w)) => (n.parse::<u32>().map_err(|_| IntervalError::Syntax)?, w.trim()),
            None => (1, s.as_str()),
        };
        let word = word.strip_suffix('s').unwrap_or(word);
        let unit = word.parse::<IntervalUnit>().map_err(|_| IntervalError::Syntax)?;
        Self::new(count, unit)
    }
}

impl TryFrom<String> for Interval {
    type Error = IntervalError;
    fn try_from(s: String) -> Result<Self, IntervalError> {
        s.parse()
    }
}

impl From<Interval> for String {
    fn from(i: Interval) -> String {
        i.to_string()
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.count == 1 { "" } else { "s" };
        write!(f, "{} {}{plural}", self.count, self.unit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_intervals() {
        let cases: &[(&str, Option<(u32, IntervalUnit)>)] = &[
            ("1 month", Some((1, IntervalUnit::Month))),
            ("2 weeks", Some((2, IntervalUnit::Week))),
            ("month", Some((1, IntervalUnit::Month))),
            ("Monthly", Some((1, IntervalUnit::Month))),
            ("quarterly", Some((3, IntervalUnit::Month))),
            ("fortnightly", Some((2, IntervalUnit::Week))),
            ("3 days", Some((3, IntervalUnit::Day))),
            ("1 year", Some((1, IntervalUnit::Year))),
            ("0 weeks", None),
            ("1001 days", None),
            ("-1 week", None),
            ("1 fortnight", None),
            ("", None),
            ("every month", None),
        ];
        for (input, want) in cases {
            let got = input.parse::<Interval>().ok().map(|i| (i.count(), i.unit()));
            assert_eq!(got, *want, "{input:?}");
        }
        assert_eq!("2 weeks".parse::<Interval>().unwrap().to_string(), "2 weeks");
        assert_eq!("monthly".parse::<Interval>().unwrap().to_string(), "1 month");
    }
}
