//! Progress: how far a goal has come, from each of its three sources. This is the only
//! place progress is computed; the generator, the endpoint and the widget all call it.
//!
//! - [`Metric::progress`]: `(current - baseline) / (target - baseline)`, clamped to
//!   0..=100 %, for targets above or below the baseline.
//! - [`Cadence::progress`]: periods with a check-in against periods elapsed.
//! - [`ChecklistProgress`]: ticked milestones against all milestones.
//!
//! [`Goal::progress`] gathers all three; [`GoalProgress::primary`] picks the one shown
//! first, in the order parts (a goal made of other goals, see [`crate::rollup`]), metric,
//! cadence, checklist.

use std::collections::BTreeSet;

use jiff::civil::Date;
use jiff::{Span, Unit};
use serde::{Deserialize, Serialize};

use crate::goal::{Cadence, Goal, IntervalUnit, Metric};

/// A share of the way to a goal, always within 0..=1.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(into = "f64", try_from = "f64")]
pub struct Progress(f64);

/// The value given for a [`Progress`] is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("progress must be a number")]
pub struct NotANumber;

impl Progress {
    /// No progress.
    pub const NONE: Self = Self(0.0);
    /// Complete.
    pub const COMPLETE: Self = Self(1.0);

    /// Clamps `fraction` into 0..=1 (NaN counts as no progress).
    pub fn from_fraction(fraction: f64) -> Self {
        if fraction.is_nan() { Self::NONE } else { Self(fraction.clamp(0.0, 1.0)) }
    }

    /// `done` out of `total`; `None` when `total` is 0.
    pub fn from_ratio(done: u32, total: u32) -> Option<Self> {
        (total > 0).then(|| Self::from_fraction(f64::from(done) / f64::from(total)))
    }

    /// The share, within 0..=1.
    pub fn fraction(self) -> f64 {
        self.0
    }

    /// The share in whole percent, rounded down so that 99.6 % never shows as 100 %.
    pub fn percent(self) -> u8 {
        // 0.29 * 100 is 28.999999999999996 in binary floating point: nudge by far less than
        // any real share before rounding down, and show 100 only when complete.
        let percent = (self.0 * 100.0 + 1e-9).floor();
        if self.is_complete() {
            100
        } else {
            // Within 0..=99 here, so the cast cannot truncate.
            percent.min(99.0) as u8
        }
    }

    /// Whether the goal's source is complete.
    pub fn is_complete(self) -> bool {
        self.0 >= 1.0
    }
}

impl From<Progress> for f64 {
    fn from(p: Progress) -> f64 {
        p.0
    }
}

impl TryFrom<f64> for Progress {
    type Error = NotANumber;
    fn try_from(v: f64) -> Result<Self, NotANumber> {
        if v.is_nan() { Err(NotANumber) } else { Ok(Self::from_fraction(v)) }
    }
}

/// Which way a metric has to move to reach its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The target lies above the baseline.
    Increase,
    /// The target lies below the baseline ("cut emissions").
    Decrease,
    /// The target equals the baseline: the goal is to hold a value.
    Hold,
}

impl Metric {
    /// Which way the metric has to move.
    pub fn direction(&self) -> Direction {
        match self.target().partial_cmp(&self.baseline()) {
            Some(std::cmp::Ordering::Greater) => Direction::Increase,
            Some(std::cmp::Ordering::Less) => Direction::Decrease,
            _ => Direction::Hold,
        }
    }

    /// How far `current` has moved from `baseline` towards `target`, clamped to 0..=1.
    /// Overshooting the target counts as complete, moving the wrong way as none. A metric
    /// whose target equals its baseline ("hold uptime at 99.9 %") has no direction: it is
    /// complete while `current` equals the target and at none otherwise.
    ///
    /// `None` for a measured metric that has no `current` yet.
    pub fn progress(&self) -> Option<Progress> {
        let current = self.current()?;
        Some(match self.direction() {
            Direction::Hold if current == self.target() => Progress::COMPLETE,
            Direction::Hold => Progress::NONE,
            // Halved first: the difference of two finite numbers near ±f64::MAX overflows.
            _ => Progress::from_fraction(
                (current / 2.0 - self.baseline() / 2.0) / (self.target() / 2.0 - self.baseline() / 2.0),
            ),
        })
    }
}

/// Ticked milestones against all milestones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistProgress {
    /// Ticked items.
    pub done: u32,
    /// All items.
    pub total: u32,
}

impl ChecklistProgress {
    /// The share ticked; `None` for an empty list.
    pub fn progress(self) -> Option<Progress> {
        Progress::from_ratio(self.done, self.total)
    }
}

/// Check-ins held against check-ins expected, for a goal with a [`Cadence`].
///
/// Periods run back to back from the cadence's start. A period counts as expected once it
/// has ended; the period under way counts only once it has a check-in, so a goal is never
/// marked down for a period that is not over yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadenceProgress {
    /// Periods with at least one check-in.
    pub held: u32,
    /// Periods that ended, plus the current one if it already has a check-in.
    pub expected: u32,
    /// The end of the current period: when the next check-in is due at the latest.
    /// `None` before the cadence starts.
    pub next_due: Option<Date>,
}

impl CadenceProgress {
    /// The share of expected check-ins held; `None` while nothing is expected yet.
    pub fn progress(self) -> Option<Progress> {
        Progress::from_ratio(self.held, self.expected)
    }
}

impl Cadence {
    /// Counts `checkins` (the dates of updates naming the goal) against the periods since
    /// `start` up to `today`. Check-ins before `start` or after `today` are ignored.
    pub fn progress(&self, start: Date, checkins: &[Date], today: Date) -> CadenceProgress {
        let Some(current) = self.period_index(start, today) else {
            return CadenceProgress { held: 0, expected: 0, next_due: None };
        };
        let held_periods: BTreeSet<u32> =
            checkins.iter().filter(|&&d| d <= today).filter_map(|&d| self.period_index(start, d)).collect();
        let current_held = held_periods.contains(&current);
        let bonus = u32::from(current_held);
        CadenceProgress {
            held: saturating_u32(held_periods.len()),
            expected: current.saturating_add(bonus),
            next_due: self.period_start(start, current.saturating_add(1)).and_then(|d| d.yesterday().ok()),
        }
    }

    /// The index of the period containing `date` (0 for the first), or `None` when
    /// `date` lies before `start`.
    fn period_index(&self, start: Date, date: Date) -> Option<u32> {
        if date < start {
            return None;
        }
        let every = self.every.count();
        let estimate = match self.every.unit() {
            IntervalUnit::Day => days_between(start, date) / i64::from(every),
            IntervalUnit::Week => days_between(start, date) / (7 * i64::from(every)),
            IntervalUnit::Month | IntervalUnit::Year => {
                let months = start.until((Unit::Month, date)).map(|s| i64::from(s.get_months())).unwrap_or(0);
                let per = i64::from(every) * if self.every.unit() == IntervalUnit::Year { 12 } else { 1 };
                months / per
            }
        };
        let mut k = u32::try_from(estimate).unwrap_or(u32::MAX);
        // Calendar arithmetic clamps month ends (Jan 31 + 1 month = Feb 28): settle the
        // estimate against the actual period boundaries.
        while k > 0 && self.period_start(start, k).is_none_or(|s| s > date) {
            k -= 1;
        }
        while self.period_start(start, k + 1).is_some_and(|s| s <= date) {
            k += 1;
        }
        Some(k)
    }

    /// The first day of period `k`, or `None` when it lies beyond the calendar.
    fn period_start(&self, start: Date, k: u32) -> Option<Date> {
        let n = i64::from(self.every.count()).checked_mul(i64::from(k))?;
        let span = match self.every.unit() {
            IntervalUnit::Day => Span::new().try_days(n),
            IntervalUnit::Week => Span::new().try_weeks(n),
            IntervalUnit::Month => Span::new().try_months(n),
            IntervalUnit::Year => Span::new().try_years(n),
        }
        .ok()?;
        start.checked_add(span).ok()
    }
}

fn days_between(a: Date, b: Date) -> i64 {
    a.until((Unit::Day, b)).map(|s| i64::from(s.get_days())).unwrap_or(0)
}

fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Every progress source a goal has.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GoalProgress {
    /// From the goal's metric.
    pub metric: Option<Progress>,
    /// From its cadence and check-ins.
    pub cadence: Option<CadenceProgress>,
    /// From the task list in its body.
    pub checklist: Option<ChecklistProgress>,
    /// From its parts, for a goal other goals are `part_of` ([`crate::rollup`]).
    #[serde(default)]
    pub parts: Option<Progress>,
}

impl GoalProgress {
    /// The progress to show first: the parts' roll-up, else metric, else cadence, else
    /// checklist. `None` when the goal has no source with anything to show yet.
    pub fn primary(&self) -> Option<Progress> {
        self.parts
            .or(self.metric)
            .or_else(|| self.cadence.and_then(CadenceProgress::progress))
            .or_else(|| self.checklist.and_then(ChecklistProgress::progress))
    }
}

impl Goal {
    /// The goal's progress from every source it has. `checkins` are the dates of the
    /// updates that name it; a cadence counts from `cadence.since`, else from `started`
    /// (a cadence with neither is left out).
    pub fn progress(&self, checkins: &[Date], today: Date) -> GoalProgress {
        let cadence = self.cadence.as_ref().and_then(|c| {
            let start = c.since.or(self.schedule.started())?;
            Some(c.progress(start, checkins, today))
        });
        GoalProgress {
            metric: self.metric.as_ref().and_then(Metric::progress),
            cadence,
            checklist: self.checklist(),
            parts: None,
        }
    }

    /// Its ticked milestones against all of them; `None` without milestones.
    pub fn checklist(&self) -> Option<ChecklistProgress> {
        (!self.milestones.is_empty()).then(|| ChecklistProgress {
            done: saturating_u32(self.milestones.iter().filter(|m| m.done).count()),
            total: saturating_u32(self.milestones.len()),
        })
    }
}

#[cfg(test)]
mod tests;
