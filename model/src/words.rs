//! The words for model values that the site and the widget both show: kind and status
//! labels, review labels, outcomes and long dates. Each value names the message of
//! cairn-i18n's catalogues that says it (`message_id`), which the site writes in its
//! language; `label` is the English one, which the widget shows until it reads the
//! catalogues too (a test holds the two to the same words).

use crate::{Date, GoalKind, GoalStatus, Outcome, PollPhase, ReviewState};

impl GoalKind {
    /// The kind as pages and the widget name it (`Outcome`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Outcome => "Outcome",
            Self::Process => "Process",
            Self::Relational => "Relational",
            Self::Transformational => "Transformational",
        }
    }
}

impl GoalStatus {
    /// The status as pages and the widget name it (`Active`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Proposed => "Proposed",
            Self::Active => "Active",
            Self::Achieved => "Achieved",
            Self::Paused => "Paused",
            Self::Retired => "Retired",
            Self::Rejected => "Rejected",
        }
    }
}

impl ReviewState {
    /// The state in a few words (`Review overdue`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Overdue { .. } => "Review overdue",
            Self::Stale { .. } => "No recent progress",
            Self::DueSoon { .. } => "Review due soon",
            Self::NotCompleted { .. } => "Not completed in its period",
            Self::OnTrack => "On track",
            Self::Closed => "Closed",
        }
    }
}

impl Outcome {
    /// The outcome as a period's page names it (`Carried over`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Achieved => "Achieved",
            Self::CarriedOver => "Carried over",
            Self::Dropped => "Dropped",
            Self::Declined => "Not accepted",
            Self::Open => "Under way",
        }
    }
}

impl crate::goal::MetricSource {
    /// Where the number comes from, as pages say it: "the issues a GitHub search finds
    /// (“repo:o/r is:closed”)".
    pub fn describe(&self) -> String {
        match self {
            Self::GithubIssues { query } => format!("the issues a GitHub search finds (“{query}”)"),
            Self::Checklist(issue) => format!("the ticked boxes of {}", issue.as_str()),
            Self::Json { url, pointer } if pointer.is_empty() => format!("the JSON document {url}"),
            Self::Json { url, pointer } => format!("“{pointer}” in the JSON document {url}"),
            Self::Command(command) => format!("the output of the command “{command}”"),
        }
    }
}

/// `2026-01-15` as `15 January 2026`.
pub fn long_date(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS[usize::try_from(date.month() - 1).unwrap_or(0)];
    format!("{} {month} {}", date.day(), date.year())
}

impl GoalKind {
    /// The catalogue message naming the kind (`kind-outcome`); its description is
    /// `<id>-description`.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Outcome => "kind-outcome",
            Self::Process => "kind-process",
            Self::Relational => "kind-relational",
            Self::Transformational => "kind-transformational",
        }
    }
}

impl GoalStatus {
    /// The catalogue message naming the status (`status-active`); its description is
    /// `<id>-description`.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Proposed => "status-proposed",
            Self::Active => "status-active",
            Self::Achieved => "status-achieved",
            Self::Paused => "status-paused",
            Self::Retired => "status-retired",
            Self::Rejected => "status-rejected",
        }
    }
}

impl ReviewState {
    /// The catalogue message naming the state (`review-overdue`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Overdue { .. } => "review-overdue",
            Self::Stale { .. } => "review-stale",
            Self::DueSoon { .. } => "review-due-soon",
            Self::NotCompleted { .. } => "review-not-completed",
            Self::OnTrack => "review-on-track",
            Self::Closed => "review-closed",
        }
    }
}

impl Outcome {
    /// The catalogue message naming the outcome (`outcome-carried-over`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Achieved => "outcome-achieved",
            Self::CarriedOver => "outcome-carried-over",
            Self::Dropped => "outcome-dropped",
            Self::Declined => "outcome-declined",
            Self::Open => "outcome-open",
        }
    }
}

impl PollPhase {
    /// The catalogue message naming the phase (`poll-open`).
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Upcoming => "poll-upcoming",
            Self::Open => "poll-open",
            Self::Closed => "poll-closed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_dates() {
        assert_eq!(GoalKind::Transformational.label(), "Transformational");
        assert_eq!(GoalStatus::Rejected.label(), "Rejected");
        assert_eq!(ReviewState::Closed.label(), "Closed");
        assert_eq!(long_date(Date::constant(2026, 1, 5)), "5 January 2026");
        assert_eq!(long_date(Date::constant(2027, 12, 31)), "31 December 2027");
    }

    #[test]
    fn the_english_labels_are_the_english_catalogues() {
        let english = cairn_i18n::Catalogue::english();
        for k in GoalKind::ALL {
            assert_eq!(k.label(), english.text(k.message_id()));
        }
        for s in GoalStatus::ALL {
            assert_eq!(s.label(), english.text(s.message_id()));
        }
        let date = Date::constant(2026, 1, 5);
        let states = [
            ReviewState::Overdue { review_by: date, days: 1 },
            ReviewState::Stale { last_activity: date, days: 1 },
            ReviewState::DueSoon { review_by: date, days: 1 },
            ReviewState::NotCompleted { period_end: date },
            ReviewState::OnTrack,
            ReviewState::Closed,
        ];
        for state in states {
            assert_eq!(state.label(), english.text(state.message_id()));
        }
        for o in Outcome::ALL {
            assert_eq!(o.label(), english.text(o.message_id()));
        }
        for p in [PollPhase::Upcoming, PollPhase::Open, PollPhase::Closed] {
            assert!(english.has(p.message_id()), "{}", p.message_id());
        }
        for (y, m, d) in [(2026, 1, 5), (2027, 12, 31), (2026, 6, 15)] {
            let date = Date::constant(y, m, d);
            let (month, day) = (u8::try_from(date.month()).unwrap(), u8::try_from(date.day()).unwrap());
            assert_eq!(long_date(date), english.long_date(i32::from(date.year()), month, day));
        }
    }
}
