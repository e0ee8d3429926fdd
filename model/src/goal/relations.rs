//! How a goal relates to other goals: the earlier goal it continues, the goals it
//! replaces, the roadmap or objective it is part of (with its weight there). The loader
//! checks that every goal named exists and that `part_of` and `continues` make no cycle;
//! [`crate::rollup`] follows them.

use serde::{Deserialize, Serialize};

use crate::names::Slug;

/// The relations a goal's front matter states (the other direction — the goals that
/// continue, replace or are part of this one — comes from [`crate::rollup::Relations`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Relations {
    /// The earlier goal this one carries on (`continues:`), often of the period before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<Slug>,
    /// The goals this one takes the place of (`replaces:`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<Slug>,
    /// The goal (a roadmap, an objective) this one is a part of (`part_of:`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<Slug>,
    /// Its weight among the parts of `part_of` (`weight:`); 1 when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<Weight>,
}

impl Relations {
    /// Whether the goal states no relation at all.
    pub fn is_empty(&self) -> bool {
        self.continues.is_none() && self.replaces.is_empty() && self.part_of.is_none() && self.weight.is_none()
    }

    /// Every goal named, with the key naming it.
    pub fn named(&self) -> impl Iterator<Item = (&'static str, &Slug)> {
        let continues = self.continues.iter().map(|s| ("continues", s));
        let replaces = self.replaces.iter().map(|s| ("replaces", s));
        let part_of = self.part_of.iter().map(|s| ("part_of", s));
        continues.chain(replaces).chain(part_of)
    }
}

/// A part's weight in its whole's roll-up: a finite number above 0.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Weight(f64);

/// The value given for a [`Weight`] is not a finite number above 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("`weight` must be a number above 0")]
pub struct WeightError;

impl Weight {
    /// The weight of a part that gives none.
    pub const ONE: Self = Self(1.0);

    /// A weight of `value`, which must be finite and above 0.
    pub fn new(value: f64) -> Result<Self, WeightError> {
        if value.is_finite() && value > 0.0 { Ok(Self(value)) } else { Err(WeightError) }
    }

    /// The number.
    pub fn value(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Weight {
    type Error = WeightError;
    fn try_from(value: f64) -> Result<Self, WeightError> {
        Self::new(value)
    }
}

impl From<Weight> for f64 {
    fn from(w: Weight) -> f64 {
        w.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_positive_and_finite() {
        assert_eq!(Weight::new(2.5).map(Weight::value), Ok(2.5));
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert_eq!(Weight::new(bad), Err(WeightError), "{bad}");
        }
        let r = Relations {
            continues: Some(Slug::new("a").unwrap()),
            part_of: Some(Slug::new("b").unwrap()),
            ..Relations::default()
        };
        let named: Vec<_> = r.named().map(|(k, s)| (k, s.as_str())).collect();
        assert_eq!(named, [("continues", "a"), ("part_of", "b")]);
        assert!(Relations::default().is_empty());
    }
}
