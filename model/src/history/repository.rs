//! [`History`]: what a repository's git history says of its content, as one value made
//! by the history stage from the loaded content and read by everything after it: each
//! goal's history, the charter's revisions, the commit that added or last changed each
//! file (ballots count by it), and, under `cairn serve`, the uncommitted state of goals
//! whose file says something their last commit did not.

use std::collections::HashMap;

use super::{GoalHistory, GoalPoint, Revision};
use crate::poll::CommitRef;
use crate::{Date, Goal};

/// The history of a repository's content. [`History::default`] is no history at all (not
/// a git repository, a shallow clone, `--no-history`): no goal has a past, no ballot is
/// committed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    /// Whether it was read from git (`false`: there is none to read, so nothing is known
    /// to be committed or not).
    pub read: bool,
    /// Each goal's history, by slug.
    pub goals: HashMap<String, GoalHistory>,
    /// The commits that changed `charter.md`, oldest first.
    pub charter: Vec<Revision>,
    /// For each file in `HEAD` (by path relative to the content), the commit on the main
    /// branch that added or last changed it.
    pub commits: HashMap<String, CommitRef>,
}

impl History {
    /// The history of the goal named `slug`.
    pub fn goal(&self, slug: &str) -> Option<&GoalHistory> {
        self.goals.get(slug)
    }

    /// The commit that added or last changed the file at `path`; `None` when it is not
    /// committed (or there is no history).
    pub fn commit_of(&self, path: &str) -> Option<&CommitRef> {
        self.commits.get(path)
    }

    /// This history with a working-tree point for each of `goals` whose file says
    /// something its last commit did not, dated `today` (and none for the others).
    pub fn with_working_tree<'a>(self, goals: impl IntoIterator<Item = &'a Goal>, today: Date) -> Self {
        goals.into_iter().fold(self, |history, goal| history.with_working_tree_of(goal, today))
    }

    /// This history with `goal`'s working-tree point as its file is now: set when the
    /// file says something its last commit did not, else cleared.
    pub fn with_working_tree_of(mut self, goal: &Goal, today: Date) -> Self {
        let revision = Revision { commit: String::new(), date: today, author: "working tree".to_owned() };
        let now =
            GoalPoint { revision, status: Some(goal.status), metric: goal.metric.clone(), checklist: goal.checklist() };
        let history = self.goals.entry(goal.slug.to_string()).or_default();
        let differs = history.points.last().is_none_or(|last| !last.same_state(&now));
        history.working_tree = differs.then_some(now);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::GoalStatus;

    fn goal(status: GoalStatus) -> Goal {
        Goal { status, ..crate::goal::test_goal(crate::Schedule::default()) }
    }

    #[test]
    fn a_working_tree_point_shows_only_what_the_last_commit_did_not_say() {
        let today = Date::constant(2026, 3, 9);
        let active = goal(GoalStatus::Active);
        let fresh = History::default().with_working_tree([&active], today);
        // No commit yet: the working tree is all there is.
        let point = fresh.goal("g").and_then(|h| h.working_tree.as_ref()).expect("a point");
        assert_eq!((point.status, point.revision.date), (Some(GoalStatus::Active), today));

        let committed = GoalPoint {
            revision: Revision { commit: "c1".into(), date: today, author: "amara".into() },
            ..point.clone()
        };
        let mut goals = HashMap::new();
        goals.insert("g".to_owned(), GoalHistory { points: vec![committed], ..GoalHistory::default() });
        let history = History { goals, ..History::default() };
        let same = history.clone().with_working_tree_of(&active, today);
        assert_eq!(same.goal("g").map(|h| h.working_tree.is_none()), Some(true));
        let paused = history.with_working_tree_of(&goal(GoalStatus::Paused), today);
        let point = paused.goal("g").and_then(|h| h.working_tree.as_ref()).expect("a point");
        assert_eq!(point.status, Some(GoalStatus::Paused));
        assert_eq!(paused.commit_of("goals/g.md"), None);
    }
}
