//! Goal histories on real repositories: metric changes and status transitions, edits
//! that change nothing shown, a rename with and without edits, a file deleted and
//! restored, a merge (only the first parent counts), one commit changing many goals, and
//! a shallow clone.

use cairn_model::{Goal, GoalHistory, GoalStatus};

use super::Repo;
use crate::history::{HistoryError, goal_histories};

fn goal_text(title: &str, status: &str, current: u32) -> String {
    format!(
        "---\ntitle: {title}\nkind: outcome\nstatus: {status}\nmetric: {{ baseline: 0, current: {current}, target: 100 }}\n---\nWhy.\n"
    )
}

/// The goals the repository holds now, as the loader reads them.
fn current_goals(repo: &Repo) -> Vec<Goal> {
    crate::load_repo(repo.path(), &crate::LoadOptions::default()).expect("loads").content.goals
}

fn history_of(repo: &Repo, slug: &str) -> GoalHistory {
    let mut all = goal_histories(repo.path(), &current_goals(repo)).expect("history");
    all.remove(slug).unwrap_or_else(|| panic!("no history for {slug}"))
}

/// `(date, status, percent)` of each point.
fn points(history: &GoalHistory) -> Vec<(String, GoalStatus, u8)> {
    history
        .points
        .iter()
        .map(|p| {
            let percent = p.progress().map_or(0, |pr| pr.percent());
            (p.revision.date.to_string(), p.status.expect("a status"), percent)
        })
        .collect()
}

fn base(repo: &Repo) {
    repo.write("cairn.toml", "title = \"T\"\nbase_url = \"https://x.example/\"\n");
    repo.write("charter.md", include_str!("../../../../tests/fixtures/check/_base/charter.md"));
}

#[test]
fn metric_changes_and_status_transitions_make_points_and_prose_edits_only_revisions() {
    let repo = Repo::new();
    base(&repo);
    repo.write("goals/maps.md", &goal_text("Maps", "proposed", 0));
    repo.commit("2026-01-05");
    repo.write("goals/maps.md", &goal_text("Maps", "active", 0));
    repo.commit("2026-01-20");
    repo.write("goals/maps.md", &goal_text("Maps", "active", 40));
    repo.commit("2026-02-10");
    repo.write("goals/maps.md", &goal_text("Maps", "active", 40).replace("Why.", "Why, in more words."));
    repo.commit("2026-02-12");
    repo.write("README.md", "unrelated\n");
    repo.commit("2026-02-13");
    repo.write("goals/maps.md", &goal_text("Maps", "achieved", 100));
    repo.commit("2026-03-01");
    let history = history_of(&repo, "maps");
    assert_eq!(
        points(&history),
        [
            ("2026-01-05".into(), GoalStatus::Proposed, 0),
            ("2026-01-20".into(), GoalStatus::Active, 0),
            ("2026-02-10".into(), GoalStatus::Active, 40),
            ("2026-03-01".into(), GoalStatus::Achieved, 100),
        ]
    );
    assert_eq!(history.revisions.len(), 5, "the prose edit is a revision, the README commit is not");
    assert_eq!(history.first(GoalStatus::Active).map(|d| d.to_string()).as_deref(), Some("2026-01-20"));
    assert_eq!(history.last_progress().map(|d| d.to_string()).as_deref(), Some("2026-03-01"));
}

#[test]
fn a_renamed_goal_keeps_its_history_with_or_without_edits() {
    let repo = Repo::new();
    base(&repo);
    repo.write("goals/old-name.md", &goal_text("Maps", "active", 10));
    repo.write("goals/other.md", &goal_text("Other", "active", 10));
    repo.commit("2026-01-05");
    repo.git(&["mv", "goals/old-name.md", "goals/middle-name.md"], None);
    repo.commit("2026-01-10");
    // Moved into a sub-community and edited in the same commit: recognised by its title.
    std::fs::create_dir_all(repo.path().join("goals/docs")).expect("a folder");
    repo.git(&["mv", "goals/middle-name.md", "goals/docs/new-name.md"], None);
    repo.write("goals/docs/new-name.md", &goal_text("Maps", "active", 30));
    repo.commit("2026-01-20");
    let history = history_of(&repo, "new-name");
    assert_eq!(history.renamed_from, ["old-name", "middle-name"]);
    assert_eq!(history.revisions.len(), 3);
    assert_eq!(
        points(&history),
        [("2026-01-05".into(), GoalStatus::Active, 10), ("2026-01-20".into(), GoalStatus::Active, 30)]
    );
    assert_eq!(history_of(&repo, "other").revisions.len(), 1);
}

#[test]
fn a_goal_deleted_and_restored_continues_its_history() {
    let repo = Repo::new();
    base(&repo);
    repo.write("goals/maps.md", &goal_text("Maps", "active", 10));
    repo.commit("2026-01-05");
    std::fs::remove_file(repo.path().join("goals/maps.md")).expect("delete");
    repo.commit("2026-01-06");
    repo.write("goals/maps.md", &goal_text("Maps", "active", 20));
    repo.commit("2026-01-07");
    let history = history_of(&repo, "maps");
    assert_eq!(
        points(&history),
        [("2026-01-05".into(), GoalStatus::Active, 10), ("2026-01-07".into(), GoalStatus::Active, 20)]
    );
}

#[test]
fn only_the_first_parent_counts_and_one_commit_may_change_many_goals() {
    let repo = Repo::new();
    base(&repo);
    for g in ["a", "b", "c"] {
        repo.write(&format!("goals/{g}.md"), &goal_text(g, "active", 0));
    }
    repo.commit("2026-01-05");
    repo.git(&["checkout", "-q", "-b", "work"], None);
    repo.write("goals/a.md", &goal_text("a", "active", 20));
    repo.commit("2026-01-06");
    repo.write("goals/a.md", &goal_text("a", "active", 50));
    repo.commit("2026-01-07");
    repo.git(&["checkout", "-q", "main"], None);
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge work", "work"], Some("2026-01-10"));
    for g in ["a", "b", "c"] {
        repo.write(&format!("goals/{g}.md"), &goal_text(g, "active", 60));
    }
    repo.commit("2026-01-15");
    let a = history_of(&repo, "a");
    assert_eq!(
        points(&a),
        [
            ("2026-01-05".into(), GoalStatus::Active, 0),
            ("2026-01-10".into(), GoalStatus::Active, 50),
            ("2026-01-15".into(), GoalStatus::Active, 60)
        ],
        "the branch's own commits are not on the main line; the merge is"
    );
    for g in ["b", "c"] {
        assert_eq!(points(&history_of(&repo, g)).last().map(|p| p.2), Some(60), "{g}");
    }
}

#[test]
fn a_shallow_clone_has_no_goal_history() {
    let repo = Repo::new();
    base(&repo);
    for (day, n) in [("2026-01-05", 0), ("2026-01-06", 10)] {
        repo.write("goals/maps.md", &goal_text("Maps", "active", n));
        repo.commit(day);
    }
    let (_clone, target) = repo.shallow_clone();
    let goals = crate::load_repo(&target, &crate::LoadOptions::default()).expect("loads").content.goals;
    assert!(matches!(goal_histories(&target, &goals), Err(HistoryError::Shallow)));
}

#[test]
fn goals_moved_and_edited_together_keep_their_histories() {
    let repo = Repo::new();
    base(&repo);
    repo.write("goals/maps.md", &goal_text("Maps", "active", 10));
    repo.write("goals/trails.md", &goal_text("Trails", "active", 20));
    repo.commit("2026-01-05");
    std::fs::create_dir_all(repo.path().join("goals/outdoors")).expect("a folder");
    repo.git(&["mv", "goals/maps.md", "goals/outdoors/maps.md"], None);
    repo.git(&["mv", "goals/trails.md", "goals/outdoors/hiking-trails.md"], None);
    repo.write("goals/outdoors/maps.md", &goal_text("Maps", "active", 15));
    repo.write("goals/outdoors/hiking-trails.md", &goal_text("Trails", "active", 25));
    repo.commit("2026-01-20");
    let maps = history_of(&repo, "maps");
    assert_eq!(maps.revisions.len(), 2);
    assert!(maps.renamed_from.is_empty(), "a move to a sub-community keeps its name: {:?}", maps.renamed_from);
    let trails = history_of(&repo, "hiking-trails");
    assert_eq!(trails.renamed_from, ["trails"]);
    assert_eq!(
        points(&trails),
        [("2026-01-05".into(), GoalStatus::Active, 20), ("2026-01-20".into(), GoalStatus::Active, 25)]
    );
}

#[test]
fn a_cache_answers_while_head_stays_and_reads_again_after_a_commit() {
    let repo = Repo::new();
    base(&repo);
    repo.write("goals/maps.md", &goal_text("Maps", "active", 10));
    repo.commit("2026-01-05");
    let cache = crate::history::HistoryCache::default();
    let read = |repo: &Repo| {
        crate::history::histories_with(repo.path(), &current_goals(repo), Some(&cache)).expect("history").goals
    };
    let first = read(&repo);
    // Saving a file commits nothing: the history is the same, and not read again.
    repo.write("goals/maps.md", &goal_text("Maps", "active", 12));
    let second = read(&repo);
    assert_eq!(cache.hits(), 1);
    assert_eq!(first["maps"], second["maps"]);
    repo.commit("2026-01-06");
    let third = read(&repo);
    assert_eq!(cache.hits(), 1, "a commit moves HEAD: read again");
    assert_eq!(third["maps"].revisions.len(), 2);
}
