//! Periods: the spans of time a community sets goals for (`2025H1`, `2026`). A
//! sub-community may be one (`period:` in its `_index.md`), a goal may carry its own. Once
//! a period has ended, what became of each of its goals is its [`Outcome`].

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::goal::{Goal, GoalStatus};
use crate::rollup::Relations;
use crate::{Content, Slug};

/// A span of days, both ends included; `to` is never before `from`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "PeriodFields")]
pub struct Period {
    from: Date,
    to: Date,
}

#[derive(Deserialize)]
struct PeriodFields {
    from: Date,
    to: Date,
}

impl TryFrom<PeriodFields> for Period {
    type Error = PeriodError;
    fn try_from(f: PeriodFields) -> Result<Self, PeriodError> {
        Period::new(f.from, f.to)
    }
}

/// Why a [`Period`] is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// `to` lies before `from`.
    #[error("the period ends ({to}) before it starts ({from})")]
    EndsBeforeStart {
        /// Its first day.
        from: Date,
        /// Its last day.
        to: Date,
    },
}

/// Where a period stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PeriodPhase {
    /// It has not started.
    Upcoming,
    /// Today lies within it.
    Current,
    /// Its last day has passed.
    Ended,
}

impl Period {
    /// The period from `from` to `to`, both included.
    pub fn new(from: Date, to: Date) -> Result<Self, PeriodError> {
        if to < from {
            return Err(PeriodError::EndsBeforeStart { from, to });
        }
        Ok(Self { from, to })
    }
    /// Its first day.
    pub fn from(self) -> Date {
        self.from
    }
    /// Its last day.
    pub fn to(self) -> Date {
        self.to
    }
    /// Where it stands on `today`.
    pub fn phase(self, today: Date) -> PeriodPhase {
        if today < self.from {
            PeriodPhase::Upcoming
        } else if today > self.to {
            PeriodPhase::Ended
        } else {
            PeriodPhase::Current
        }
    }
    /// Whether its last day has passed on `today`.
    pub fn has_ended(self, today: Date) -> bool {
        self.phase(today) == PeriodPhase::Ended
    }
}

/// What became of a goal of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Reached.
    Achieved,
    /// Not reached, and a later goal continues it (`continues:`).
    CarriedOver,
    /// Given up (retired), or the period ended with the goal still open and nothing
    /// continues it.
    Dropped,
    /// Proposed for the period and not accepted (rejected).
    Declined,
    /// Still being worked on: the period has not ended.
    Open,
}

impl Outcome {
    /// Every outcome, in the order pages list them.
    pub const ALL: &'static [Outcome] =
        &[Outcome::Achieved, Outcome::CarriedOver, Outcome::Dropped, Outcome::Declined, Outcome::Open];

    /// The outcome's name in the JSON (`carried_over`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Achieved => "achieved",
            Self::CarriedOver => "carried_over",
            Self::Dropped => "dropped",
            Self::Declined => "declined",
            Self::Open => "open",
        }
    }
}

/// How many goals of a period came to each [`Outcome`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodOutcome {
    /// Reached.
    pub achieved: u32,
    /// Continued by a later goal.
    pub carried_over: u32,
    /// Given up, or left open when the period ended.
    pub dropped: u32,
    /// Not accepted.
    pub declined: u32,
    /// Still under way.
    pub open: u32,
}

impl PeriodOutcome {
    /// The counts of `outcomes`.
    pub fn count(outcomes: impl IntoIterator<Item = Outcome>) -> Self {
        let mut counts = Self::default();
        for outcome in outcomes {
            let slot = match outcome {
                Outcome::Achieved => &mut counts.achieved,
                Outcome::CarriedOver => &mut counts.carried_over,
                Outcome::Dropped => &mut counts.dropped,
                Outcome::Declined => &mut counts.declined,
                Outcome::Open => &mut counts.open,
            };
            *slot = slot.saturating_add(1);
        }
        counts
    }

    /// The count of `outcome`.
    pub fn of(self, outcome: Outcome) -> u32 {
        match outcome {
            Outcome::Achieved => self.achieved,
            Outcome::CarriedOver => self.carried_over,
            Outcome::Dropped => self.dropped,
            Outcome::Declined => self.declined,
            Outcome::Open => self.open,
        }
    }
}

/// A period as the site lists it: its days, its name, and the sub-community that is it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPeriod {
    /// Its name in addresses: the sub-community's slug, else `<from>-to-<to>`.
    pub slug: String,
    /// Its title: the sub-community's, else its dates in words.
    pub title: String,
    /// Its days.
    pub period: Period,
    /// The sub-community that is this period, if one is.
    pub community: Option<Slug>,
}

impl Content {
    /// The period `goal` is set for: its own `period:`, else its sub-community's.
    pub fn period_of(&self, goal: &Goal) -> Option<Period> {
        goal.period.or_else(|| goal.community.as_ref().and_then(|c| self.community(c)).and_then(|c| c.period))
    }

    /// Every period goals are set for, in order (by first, then last day). Sub-communities
    /// with the same days are one period, named after the first of them by slug; a
    /// goal's own period with no such sub-community is named by its dates.
    pub fn periods(&self) -> Vec<NamedPeriod> {
        let mut periods: Vec<NamedPeriod> = Vec::new();
        for c in &self.communities {
            if let Some(period) = c.period
                && !periods.iter().any(|p| p.period == period)
            {
                let (slug, title) = (c.slug.to_string(), c.title.clone());
                periods.push(NamedPeriod { slug, title, period, community: Some(c.slug.clone()) });
            }
        }
        for period in self.goals.iter().filter_map(|g| g.period) {
            if !periods.iter().any(|p| p.period == period) {
                let slug = format!("{}-to-{}", period.from, period.to);
                let title = format!("{} to {}", crate::long_date(period.from), crate::long_date(period.to));
                periods.push(NamedPeriod { slug, title, period, community: None });
            }
        }
        periods.sort_by(|a, b| a.period.cmp(&b.period).then_with(|| a.slug.cmp(&b.slug)));
        periods
    }

    /// The goals set for `period`, in slug order.
    pub fn goals_of_period(&self, period: Period) -> impl Iterator<Item = &Goal> {
        self.goals.iter().filter(move |g| self.period_of(g) == Some(period))
    }

    /// What became of `goal` in its period on `today`; `None` for a goal of no period.
    pub fn outcome(&self, goal: &Goal, relations: &Relations<'_>, today: Date) -> Option<Outcome> {
        let period = self.period_of(goal)?;
        Some(match goal.status {
            GoalStatus::Achieved => Outcome::Achieved,
            GoalStatus::Rejected => Outcome::Declined,
            _ if relations.is_continued(&goal.slug) => Outcome::CarriedOver,
            GoalStatus::Retired => Outcome::Dropped,
            _ if period.has_ended(today) => Outcome::Dropped,
            _ => Outcome::Open,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_ordered_spans() {
        let (a, b) = (Date::constant(2025, 1, 1), Date::constant(2025, 6, 30));
        let p = Period::new(a, b).unwrap();
        assert_eq!(Period::new(b, a), Err(PeriodError::EndsBeforeStart { from: b, to: a }));
        assert!(Period::new(a, a).is_ok());
        assert_eq!(p.phase(Date::constant(2024, 12, 31)), PeriodPhase::Upcoming);
        assert_eq!(p.phase(a), PeriodPhase::Current);
        assert_eq!(p.phase(b), PeriodPhase::Current, "the last day is still in it");
        assert!(p.has_ended(Date::constant(2025, 7, 1)));
        let counts = PeriodOutcome::count([Outcome::Achieved, Outcome::Dropped, Outcome::Achieved]);
        assert_eq!((counts.achieved, counts.dropped, counts.of(Outcome::Open)), (2, 1, 0));
    }
}
