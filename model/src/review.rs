//! The review state: whether the community should look at a goal again. It drives the
//! site's `/review/` agenda and the notices on goal pages.

use jiff::Unit;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::goal::Goal;
use crate::period::Period;

/// When a goal counts as due soon or stale. Set in `cairn.toml` under `[review]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewPolicy {
    /// A goal is due for review this many days before its `review_by` date.
    pub due_soon_days: u32,
    /// An active goal with no update and no progress for this many days is stale.
    pub stale_after_days: u32,
}

impl Default for ReviewPolicy {
    fn default() -> Self {
        Self { due_soon_days: 30, stale_after_days: 180 }
    }
}

/// Whether a goal needs the community's attention, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ReviewState {
    /// Its `review_by` date has passed.
    Overdue {
        /// The date it should have been reviewed by.
        review_by: Date,
        /// Days since then.
        days: i32,
    },
    /// Active, but nothing has happened for longer than the policy allows.
    Stale {
        /// The last update or progress.
        last_activity: Date,
        /// Days since then.
        days: i32,
    },
    /// Its `review_by` date is near.
    DueSoon {
        /// The date to review it by.
        review_by: Date,
        /// Days left.
        days: i32,
    },
    /// Its period has ended and it was neither achieved nor given up: it was not
    /// completed in that period. Never overdue, and off the agenda: the period's outcome
    /// says what became of it.
    NotCompleted {
        /// The period's last day.
        period_end: Date,
    },
    /// Nothing to do.
    OnTrack,
    /// Achieved, retired or rejected: reviews are over.
    Closed,
}

impl ReviewState {
    /// Whether the goal belongs on the review agenda.
    pub fn needs_attention(self) -> bool {
        matches!(self, Self::Overdue { .. } | Self::Stale { .. } | Self::DueSoon { .. })
    }
}

impl Goal {
    /// The goal's review state on `today`. `last_activity` is the latest date anything
    /// happened to it (an update naming it, a change of its metric); the goal's `started`
    /// date stands in when nothing has happened yet. `period` is the period it is set for
    /// ([`crate::Content::period_of`]): once that has ended, an open goal is
    /// [`ReviewState::NotCompleted`].
    pub fn review_state(
        &self,
        last_activity: Option<Date>,
        today: Date,
        policy: ReviewPolicy,
        period: Option<Period>,
    ) -> ReviewState {
        if self.status.is_closed() {
            return ReviewState::Closed;
        }
        if let Some(period) = period
            && period.has_ended(today)
        {
            return ReviewState::NotCompleted { period_end: period.to() };
        }
        let review_by = self.schedule.review_by();
        if let Some(review_by) = review_by
            && review_by < today
        {
            return ReviewState::Overdue { review_by, days: days_between(review_by, today) };
        }
        let last = last_activity.max(self.schedule.started());
        if self.status == crate::GoalStatus::Active
            && let Some(last) = last
        {
            let days = days_between(last, today);
            if days > i32::try_from(policy.stale_after_days).unwrap_or(i32::MAX) {
                return ReviewState::Stale { last_activity: last, days };
            }
        }
        if let Some(review_by) = review_by {
            let days = days_between(today, review_by);
            if days <= i32::try_from(policy.due_soon_days).unwrap_or(i32::MAX) {
                return ReviewState::DueSoon { review_by, days };
            }
        }
        ReviewState::OnTrack
    }
}

fn days_between(a: Date, b: Date) -> i32 {
    a.until((Unit::Day, b)).map(|s| s.get_days()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GoalStatus;
    use crate::goal::Schedule;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn goal(status: GoalStatus, started: Option<&str>, review_by: Option<&str>) -> Goal {
        let schedule = Schedule::new(started.map(d), None, review_by.map(d)).unwrap();
        Goal { status, ..crate::goal::test_goal(schedule) }
    }

    #[test]
    fn review_rules() {
        use GoalStatus::*;
        let today = "2026-11-26";
        // (status, started, review_by, last activity, expected, case)
        type Case<'a> = (GoalStatus, Option<&'a str>, Option<&'a str>, Option<&'a str>, ReviewState, &'a str);
        let cases: &[Case] = &[
            (
                Active,
                Some("2026-10-01"),
                Some("2027-06-01"),
                None,
                ReviewState::OnTrack,
                "recent start, review far off",
            ),
            (
                Active,
                Some("2026-01-01"),
                Some("2026-11-01"),
                Some("2026-11-20"),
                ReviewState::Overdue { review_by: d("2026-11-01"), days: 25 },
                "review date passed",
            ),
            (
                Active,
                Some("2026-01-01"),
                Some("2026-12-10"),
                Some("2026-11-20"),
                ReviewState::DueSoon { review_by: d("2026-12-10"), days: 14 },
                "review within 30 days",
            ),
            (
                Active,
                Some("2026-01-01"),
                Some("2026-11-26"),
                Some("2026-11-20"),
                ReviewState::DueSoon { review_by: d("2026-11-26"), days: 0 },
                "review due today is not yet overdue",
            ),
            (
                Active,
                Some("2025-01-01"),
                None,
                Some("2026-05-01"),
                ReviewState::Stale { last_activity: d("2026-05-01"), days: 209 },
                "no activity for 209 days",
            ),
            (
                Active,
                Some("2025-01-01"),
                None,
                None,
                ReviewState::Stale { last_activity: d("2025-01-01"), days: 694 },
                "started stands in for activity",
            ),
            (
                Active,
                Some("2026-06-01"),
                None,
                Some("2025-01-01"),
                ReviewState::OnTrack,
                "started later than the last activity counts",
            ),
            (Active, None, None, None, ReviewState::OnTrack, "nothing to measure"),
            (Active, Some("2027-01-01"), None, None, ReviewState::OnTrack, "future start"),
            (Paused, Some("2020-01-01"), None, None, ReviewState::OnTrack, "paused goals do not go stale"),
            (
                Proposed,
                None,
                Some("2026-01-01"),
                None,
                ReviewState::Overdue { review_by: d("2026-01-01"), days: 329 },
                "proposals can be overdue",
            ),
            (Achieved, Some("2020-01-01"), Some("2021-01-01"), None, ReviewState::Closed, "achieved"),
            (Retired, None, Some("2021-01-01"), None, ReviewState::Closed, "retired"),
            (Rejected, None, None, None, ReviewState::Closed, "rejected"),
            (
                Active,
                Some("2025-01-01"),
                Some("2026-01-01"),
                None,
                ReviewState::Overdue { review_by: d("2026-01-01"), days: 329 },
                "overdue wins over stale",
            ),
        ];
        for (status, started, review_by, last, want, case) in cases {
            let got =
                goal(*status, *started, *review_by).review_state(last.map(d), d(today), ReviewPolicy::default(), None);
            assert_eq!(got, *want, "{case}");
        }
    }

    #[test]
    fn policy_is_configurable() {
        let g = goal(GoalStatus::Active, Some("2026-11-01"), Some("2026-12-20"));
        let strict = ReviewPolicy { due_soon_days: 60, stale_after_days: 7 };
        assert!(matches!(g.review_state(None, d("2026-11-26"), strict, None), ReviewState::Stale { days: 25, .. }));
        let relaxed = ReviewPolicy { due_soon_days: 7, stale_after_days: 365 };
        assert_eq!(g.review_state(None, d("2026-11-26"), relaxed, None), ReviewState::OnTrack);
        assert!(ReviewState::DueSoon { review_by: d("2026-12-20"), days: 24 }.needs_attention());
        assert!(!ReviewState::Closed.needs_attention());
    }

    #[test]
    fn an_ended_period_leaves_open_goals_not_completed() {
        let period = Period::new(d("2024-07-01"), d("2024-12-31")).ok();
        let policy = ReviewPolicy::default();
        let after = d("2026-11-26");
        let overdue = goal(GoalStatus::Active, Some("2024-07-01"), Some("2024-12-01"));
        let not_completed = ReviewState::NotCompleted { period_end: d("2024-12-31") };
        assert_eq!(overdue.review_state(None, after, policy, period), not_completed, "never overdue");
        for status in [GoalStatus::Proposed, GoalStatus::Paused] {
            assert_eq!(goal(status, None, None).review_state(None, after, policy, period), not_completed);
        }
        let achieved = goal(GoalStatus::Achieved, None, None);
        assert_eq!(achieved.review_state(None, after, policy, period), ReviewState::Closed, "achieved stays achieved");
        let during = overdue.review_state(None, d("2024-12-15"), policy, period);
        assert!(matches!(during, ReviewState::Overdue { .. }), "within its period the usual rules hold");
        assert!(!not_completed.needs_attention());
    }
}
