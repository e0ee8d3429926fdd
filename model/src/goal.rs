//! The goal: one Markdown file under `goals/`, its kind and status, its schedule, and the
//! three sources its progress can come from ([`Metric`], [`Cadence`], [`Milestone`]s).

use std::fmt;
use std::str::FromStr;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::names::{Login, Slug};

/// What kind of change a goal aims for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalKind {
    /// A measurable result ("80 % of events carbon-neutral").
    Outcome,
    /// A practice kept up over time ("a community call every month").
    Process,
    /// How people relate to each other ("every newcomer has a mentor").
    Relational,
    /// A change in how the community itself works ("move governance to elected stewards").
    Transformational,
}

/// Where a goal stands in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GoalStatus {
    /// Suggested, not yet accepted by the community.
    Proposed,
    /// Accepted and being worked on.
    Active,
    /// Reached.
    Achieved,
    /// Accepted but on hold.
    Paused,
    /// No longer pursued; kept visible so the community remembers why.
    Retired,
    /// Proposed and declined.
    Rejected,
}

/// The error of parsing a keyword (kind, status, interval unit) that is not one of the
/// allowed values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected one of {}", expected.iter().map(|e| format!("`{e}`")).collect::<Vec<_>>().join(", "))]
pub struct UnknownKeyword {
    /// The allowed values.
    pub expected: &'static [&'static str],
}

macro_rules! keyword_enum {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Every keyword, in declaration order.
            pub const KEYWORDS: &'static [&'static str] = &[$($text),+];
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The keyword as written in files.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $text),+ }
            }
        }

        impl FromStr for $ty {
            type Err = UnknownKeyword;
            fn from_str(s: &str) -> Result<Self, UnknownKeyword> {
                match s { $($text => Ok($ty::$variant),)+ _ => Err(UnknownKeyword { expected: Self::KEYWORDS }) }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use keyword_enum;

mod interval;
pub mod people;
pub mod relations;
pub mod source;

pub use interval::{Interval, IntervalError, IntervalUnit};
pub use people::{GoalLink, RoleHolders};
pub use relations::{Relations, Weight};
pub use source::{IssueUrl, MetricSource};

keyword_enum!(GoalKind { Outcome => "outcome", Process => "process", Relational => "relational", Transformational => "transformational" });
keyword_enum!(GoalStatus { Proposed => "proposed", Active => "active", Achieved => "achieved", Paused => "paused", Retired => "retired", Rejected => "rejected" });

impl GoalStatus {
    /// Whether the goal is finished with, one way or another (achieved, retired, rejected).
    pub fn is_closed(self) -> bool {
        matches!(self, Self::Achieved | Self::Retired | Self::Rejected)
    }
}

/// A measured quantity: where it started, where it is, where the community wants it.
/// Targets may lie below the baseline ("cut travel emissions from 120 t to 30 t").
/// All numbers are finite. A metric with a [`MetricSource`] may have no `current` yet:
/// it is *not measured yet* until `cairn measure` first writes one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "MetricFields")]
pub struct Metric {
    baseline: f64,
    current: Option<f64>,
    target: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<MetricSource>,
}

/// The fields of a [`Metric`] before validation (used for deserializing).
#[derive(Deserialize)]
struct MetricFields {
    baseline: f64,
    current: Option<f64>,
    target: f64,
    unit: Option<String>,
    source: Option<MetricSource>,
}

impl TryFrom<MetricFields> for Metric {
    type Error = MetricError;
    fn try_from(f: MetricFields) -> Result<Self, MetricError> {
        Metric::measured(f.baseline, f.current, f.target, f.unit, f.source)
    }
}

/// Why a [`Metric`] is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MetricError {
    /// One of the numbers is NaN or infinite.
    #[error("`{0}` must be a finite number")]
    NotFinite(&'static str),
    /// No `current`, and no source to measure it from.
    #[error("`current` is required unless the metric has a `source`")]
    NoCurrent,
}

impl Metric {
    /// Builds a metric whose numbers are typed by hand; every number must be finite.
    pub fn new(baseline: f64, current: f64, target: f64, unit: Option<String>) -> Result<Self, MetricError> {
        Self::measured(baseline, Some(current), target, unit, None)
    }

    /// Builds a metric with its source; `current` may be absent only when it has one.
    pub fn measured(
        baseline: f64,
        current: Option<f64>,
        target: f64,
        unit: Option<String>,
        source: Option<MetricSource>,
    ) -> Result<Self, MetricError> {
        for (name, v) in [("baseline", Some(baseline)), ("current", current), ("target", Some(target))] {
            if v.is_some_and(|v| !v.is_finite()) {
                return Err(MetricError::NotFinite(name));
            }
        }
        if current.is_none() && source.is_none() {
            return Err(MetricError::NoCurrent);
        }
        Ok(Self { baseline, current, target, unit, source })
    }

    /// Where the quantity started.
    pub fn baseline(&self) -> f64 {
        self.baseline
    }
    /// Where it is now; `None` for a measured metric before its first measurement.
    pub fn current(&self) -> Option<f64> {
        self.current
    }
    /// Where the community wants it.
    pub fn target(&self) -> f64 {
        self.target
    }
    /// The unit, as written ("% of events", "t CO₂e").
    pub fn unit(&self) -> Option<&str> {
        self.unit.as_deref()
    }
    /// Where `current` is measured from, if it is measured.
    pub fn source(&self) -> Option<&MetricSource> {
        self.source.as_ref()
    }
}

/// How often a process goal's practice is meant to happen: check-ins (updates that name
/// the goal) are counted against the number of periods since `since` (or the goal's
/// `started`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadence {
    /// The length of one period.
    pub every: Interval,
    /// When counting starts, if not the goal's `started` date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<Date>,
}

/// One item of the task list in a goal's body (`- [x] Publish a travel policy`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// The item's text, as plain text.
    pub text: String,
    /// Whether it is ticked.
    pub done: bool,
}

/// A goal's dates. `due` is never before `started`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ScheduleFields")]
pub struct Schedule {
    #[serde(skip_serializing_if = "Option::is_none")]
    started: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    due: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review_by: Option<Date>,
}

#[derive(Deserialize)]
struct ScheduleFields {
    started: Option<Date>,
    due: Option<Date>,
    review_by: Option<Date>,
}

impl TryFrom<ScheduleFields> for Schedule {
    type Error = ScheduleError;
    fn try_from(f: ScheduleFields) -> Result<Self, ScheduleError> {
        Schedule::new(f.started, f.due, f.review_by)
    }
}

/// Why a [`Schedule`] is invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// `due` lies before `started`.
    #[error("`due` ({due}) is before `started` ({started})")]
    DueBeforeStart {
        /// The start date.
        started: Date,
        /// The due date.
        due: Date,
    },
}

impl Schedule {
    /// Builds a schedule, checking that `due` is not before `started`.
    pub fn new(started: Option<Date>, due: Option<Date>, review_by: Option<Date>) -> Result<Self, ScheduleError> {
        if let (Some(started), Some(due)) = (started, due)
            && due < started
        {
            return Err(ScheduleError::DueBeforeStart { started, due });
        }
        Ok(Self { started, due, review_by })
    }
    /// When work began.
    pub fn started(&self) -> Option<Date> {
        self.started
    }
    /// When the goal should be reached.
    pub fn due(&self) -> Option<Date> {
        self.due
    }
    /// When the community should revisit the goal.
    pub fn review_by(&self) -> Option<Date> {
        self.review_by
    }
}

/// A validated goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    /// The goal's name, from its file name.
    pub slug: Slug,
    /// Its file, relative to the repository root (`goals/docs/better-onboarding.md`).
    pub path: String,
    /// The sub-community it belongs to (its folder under `goals/`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community: Option<Slug>,
    /// Its title.
    pub title: String,
    /// A one-sentence summary, for cards, feeds and page descriptions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// What kind of change it aims for.
    pub kind: GoalKind,
    /// Where it stands.
    pub status: GoalStatus,
    /// Who looks after it.
    #[serde(default)]
    pub owners: Vec<Login>,
    /// Its dates.
    #[serde(default)]
    pub schedule: Schedule,
    /// Free-form labels.
    #[serde(default)]
    pub tags: Vec<String>,
    /// A measured quantity, if the goal has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// How often its practice should happen, for process goals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// The task list from its body.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// The period it is set for, when it gives one itself (`period:`); else its
    /// sub-community's ([`crate::Content::period_of`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<crate::Period>,
    /// The goals it continues, replaces or is part of.
    #[serde(default, skip_serializing_if = "Relations::is_empty")]
    pub relations: Relations,
    /// Who holds which role for it, beyond its owners (`people:`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<RoleHolders>,
    /// Where its work happens (`links:`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<GoalLink>,
    /// What help it asks for (`help_wanted:`), which puts it on the start page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_wanted: Option<String>,
    /// The Markdown body, after the front matter.
    #[serde(default)]
    pub body: String,
}

/// A minimal goal for tests elsewhere in the crate: an active outcome named `g` with the
/// given schedule and nothing else.
#[cfg(test)]
pub(crate) fn test_goal(schedule: Schedule) -> Goal {
    Goal {
        slug: Slug::new("g").unwrap(),
        path: "goals/g.md".into(),
        community: None,
        title: "G".into(),
        summary: None,
        kind: GoalKind::Outcome,
        status: GoalStatus::Active,
        owners: vec![],
        schedule,
        tags: vec![],
        metric: None,
        cadence: None,
        milestones: vec![],
        period: None,
        relations: Relations::default(),
        people: vec![],
        links: vec![],
        help_wanted: None,
        body: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip() {
        for kind in GoalKind::ALL {
            assert_eq!(kind.as_str().parse::<GoalKind>().unwrap(), *kind);
        }
        for status in GoalStatus::ALL {
            assert_eq!(status.as_str().parse::<GoalStatus>().unwrap(), *status);
        }
        assert_eq!(
            "done".parse::<GoalStatus>().unwrap_err().to_string(),
            "expected one of `proposed`, `active`, `achieved`, `paused`, `retired`, `rejected`"
        );
    }

    #[test]
    fn schedule_rejects_due_before_start() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert!(Schedule::new(Some(d("2026-01-15")), Some(d("2026-01-15")), None).is_ok());
        assert_eq!(
            Schedule::new(Some(d("2026-01-15")), Some(d("2025-12-31")), None),
            Err(ScheduleError::DueBeforeStart { started: d("2026-01-15"), due: d("2025-12-31") })
        );
    }

    #[test]
    fn metric_rejects_non_finite() {
        assert_eq!(Metric::new(0.0, f64::NAN, 1.0, None), Err(MetricError::NotFinite("current")));
        assert!(Metric::new(120.0, 80.0, 30.0, Some("t".into())).is_ok());
        assert_eq!(Metric::measured(0.0, None, 1.0, None, None), Err(MetricError::NoCurrent));
        let source = MetricSource::Command("echo 3".into());
        assert_eq!(Metric::measured(0.0, None, 1.0, None, Some(source)).map(|m| m.current()), Ok(None));
    }
}
