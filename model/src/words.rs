//! The English words for model values that the site and the widget both show: kind and
//! status labels, review labels and long dates. One place, so that a goal reads the same everywhere.

use crate::{Date, GoalKind, GoalStatus, Outcome, ReviewState};

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
}
