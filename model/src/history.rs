//! A goal's history, as read from git by the generator: the revisions of its file, the
//! points at which its status, metric or task list changed, and the facts derived from
//! them (when it was proposed, accepted and achieved; how fast it moves; how long since
//! it last moved). Computed here, so that the site and the widget draw the same chart.

use serde::{Deserialize, Serialize};

mod repository;

pub use repository::History;

use crate::Date;
use crate::goal::{GoalStatus, Metric};
use crate::progress::{ChecklistProgress, Progress};

/// One commit that changed a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// The commit's full id.
    pub commit: String,
    /// The day it landed on the main branch (its committer date, UTC).
    pub date: Date,
    /// Its author's name.
    pub author: String,
}

/// The goal as one revision left it: what could be read of its status, metric and task
/// list (an old version may lack any of them, or be malformed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalPoint {
    /// The commit.
    #[serde(flatten)]
    pub revision: Revision,
    /// Its status then.
    pub status: Option<GoalStatus>,
    /// Its metric then.
    pub metric: Option<Metric>,
    /// Its task list then.
    pub checklist: Option<ChecklistProgress>,
}

impl GoalPoint {
    /// The progress shown for this point: the metric's, else the task list's.
    pub fn progress(&self) -> Option<Progress> {
        self.metric.as_ref().and_then(Metric::progress).or_else(|| self.checklist.and_then(ChecklistProgress::progress))
    }

    /// Whether `self` and `other` show the same status, metric and task list.
    pub fn same_state(&self, other: &Self) -> bool {
        self.status == other.status && self.metric == other.metric && self.checklist == other.checklist
    }
}

/// A goal's history, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GoalHistory {
    /// Every commit that changed the goal's file (under any of its names).
    pub revisions: Vec<Revision>,
    /// The revisions that changed its status, metric or task list, with the state each
    /// left (the first revision is always one).
    pub points: Vec<GoalPoint>,
    /// Earlier slugs of the goal, oldest first (its file was renamed).
    pub renamed_from: Vec<String>,
    /// When the working tree differs from the last commit (`cairn serve` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub working_tree: Option<GoalPoint>,
}

/// A status change, for the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusChange {
    /// The new status.
    pub status: GoalStatus,
    /// The commit that made it.
    pub revision: Revision,
}

/// A person who changed the goal's file, and how many commits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contributor {
    /// The commit author's name.
    pub name: String,
    /// Their commits to the file.
    pub commits: usize,
}

impl GoalHistory {
    /// The last commit that changed the file.
    pub fn last_updated(&self) -> Option<&Revision> {
        self.revisions.last()
    }

    /// Each change of status, oldest first (the first point's status counts as one).
    pub fn status_changes(&self) -> Vec<StatusChange> {
        let mut changes: Vec<StatusChange> = Vec::new();
        for point in &self.points {
            let Some(status) = point.status else { continue };
            if changes.last().is_none_or(|c| c.status != status) {
                changes.push(StatusChange { status, revision: point.revision.clone() });
            }
        }
        changes
    }

    /// The first day the goal had `status`.
    pub fn first(&self, status: GoalStatus) -> Option<Date> {
        self.points.iter().find(|p| p.status == Some(status)).map(|p| p.revision.date)
    }

    /// The day its progress last changed (the first point when it never changed).
    pub fn last_progress(&self) -> Option<Date> {
        let mut last = None;
        let mut before: Option<Option<u8>> = None;
        for point in &self.points {
            let now = point.progress().map(Progress::percent);
            if before != Some(now) {
                last = Some(point.revision.date);
                before = Some(now);
            }
        }
        last
    }

    /// Whole percent gained per 30 days, from the first point with progress to the last:
    /// `None` with fewer than two such points or no time between them.
    pub fn velocity(&self) -> Option<f64> {
        let measured: Vec<(Date, f64)> = self
            .points
            .iter()
            .filter_map(|p| p.progress().map(|pr| (p.revision.date, f64::from(pr.percent()))))
            .collect();
        let (&(from, a), &(to, b)) = (measured.first()?, measured.last()?);
        let days = to.since(from).ok()?.get_days();
        (days > 0).then(|| (b - a) * 30.0 / f64::from(days))
    }

    /// Each quarter of the way reached (25, 50, 75 and 100 percent), with the revision
    /// that first reached it, oldest first. A quarter reached, lost and reached again
    /// counts once.
    pub fn milestones(&self) -> Vec<(u8, Revision)> {
        let mut reached = Vec::new();
        for point in &self.points {
            let Some(percent) = point.progress().map(Progress::percent) else { continue };
            for quarter in [25, 50, 75, 100] {
                if percent >= quarter && !reached.iter().any(|(q, _)| *q == quarter) {
                    reached.push((quarter, point.revision.clone()));
                }
            }
        }
        reached
    }

    /// Who changed the file, most commits first (then by name).
    pub fn contributors(&self) -> Vec<Contributor> {
        let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for r in &self.revisions {
            *counts.entry(r.author.as_str()).or_default() += 1;
        }
        let mut list: Vec<Contributor> =
            counts.into_iter().map(|(name, commits)| Contributor { name: name.to_owned(), commits }).collect();
        list.sort_by(|a, b| b.commits.cmp(&a.commits).then_with(|| a.name.cmp(&b.name)));
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(day: &str, author: &str) -> Revision {
        Revision { commit: format!("c-{day}"), date: day.parse().expect("a date"), author: author.to_owned() }
    }

    fn point(day: &str, status: GoalStatus, current: f64) -> GoalPoint {
        GoalPoint {
            revision: rev(day, "amara"),
            status: Some(status),
            metric: Some(Metric::new(0.0, current, 100.0, None).expect("a metric")),
            checklist: None,
        }
    }

    #[test]
    fn derived_facts() {
        let history = GoalHistory {
            revisions: vec![
                rev("2026-01-01", "amara"),
                rev("2026-01-15", "bo"),
                rev("2026-02-01", "amara"),
                rev("2026-03-03", "amara"),
            ],
            points: vec![
                point("2026-01-01", GoalStatus::Proposed, 0.0),
                point("2026-01-15", GoalStatus::Active, 0.0),
                point("2026-02-01", GoalStatus::Active, 30.0),
                point("2026-03-03", GoalStatus::Achieved, 100.0),
            ],
            ..GoalHistory::default()
        };
        assert_eq!(history.first(GoalStatus::Active), Some(Date::constant(2026, 1, 15)));
        assert_eq!(history.first(GoalStatus::Achieved), Some(Date::constant(2026, 3, 3)));
        assert_eq!(history.first(GoalStatus::Paused), None);
        let statuses: Vec<GoalStatus> = history.status_changes().iter().map(|c| c.status).collect();
        assert_eq!(statuses, [GoalStatus::Proposed, GoalStatus::Active, GoalStatus::Achieved]);
        assert_eq!(history.last_progress(), Some(Date::constant(2026, 3, 3)));
        // 100 percent in 61 days.
        let v = history.velocity().expect("a velocity");
        assert!((v - 100.0 * 30.0 / 61.0).abs() < 1e-9, "{v}");
        let people: Vec<(String, usize)> = history.contributors().into_iter().map(|c| (c.name, c.commits)).collect();
        assert_eq!(people, [("amara".to_owned(), 3), ("bo".to_owned(), 1)]);
        assert_eq!(history.last_updated().map(|r| r.date), Some(Date::constant(2026, 3, 3)));
        let quarters: Vec<(u8, String)> =
            history.milestones().into_iter().map(|(q, r)| (q, r.date.to_string())).collect();
        assert_eq!(
            quarters,
            [
                (25, "2026-02-01".into()),
                (50, "2026-03-03".into()),
                (75, "2026-03-03".into()),
                (100, "2026-03-03".into())
            ]
        );
    }

    #[test]
    fn one_point_has_no_velocity_and_still_progress_keeps_its_first_day() {
        let mut history =
            GoalHistory { points: vec![point("2026-01-01", GoalStatus::Active, 10.0)], ..GoalHistory::default() };
        assert_eq!(history.velocity(), None);
        history.points.push(point("2026-02-01", GoalStatus::Paused, 10.0));
        assert_eq!(history.last_progress(), Some(Date::constant(2026, 1, 1)));
        assert_eq!(history.velocity(), Some(0.0));
        assert!(history.points[0].same_state(&history.points[0].clone()));
        assert!(!history.points[0].same_state(&history.points[1]));
    }
}
