//! The example community in `content/` is valid and as complete as the README promises.

use crate::harness::Repo;

#[test]
fn example_content_checks_clean() {
    let repo = Repo::example_content();
    let run = repo.cairn(&["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "no warnings either");
}

/// The showcase covers what the README promises: every goal kind and status, each
/// progress source, several sub-communities, updates, and reviews in every state.
#[test]
fn example_content_shows_every_feature() {
    use cairn_model::{GoalKind, GoalStatus, ReviewState};

    let loaded =
        cairn::load_repo(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"), &Default::default())
            .expect("content/ loads");
    let content = &loaded.content;
    assert!(content.goals.len() >= 12, "{} goals", content.goals.len());
    assert!(content.communities.len() >= 3);
    assert!(content.updates.len() >= 5);
    for kind in GoalKind::ALL {
        assert!(content.goals.iter().any(|g| g.kind == *kind), "a {kind} goal");
    }
    for status in GoalStatus::ALL {
        assert!(content.goals.iter().any(|g| g.status == *status), "a {status} goal");
    }
    let today: cairn_model::Date = "2026-11-26".parse().unwrap();
    let progress: Vec<_> = content.goals.iter().map(|g| content.progress(g, today)).collect();
    assert!(progress.iter().any(|p| p.metric.is_some()), "a metric goal");
    assert!(progress.iter().any(|p| p.cadence.and_then(|c| c.progress()).is_some()), "a cadence goal with check-ins");
    assert!(progress.iter().any(|p| p.checklist.is_some()), "a goal with milestones");
    assert!(
        content.goals.iter().filter_map(|g| g.metric.as_ref()).any(|m| m.target() < m.baseline()),
        "a metric whose target lies below its baseline"
    );
    let relations = content.relations();
    let none = cairn_model::History::default();
    let states: Vec<_> = content.goals.iter().map(|g| content.review_state(g, &none, &relations, today)).collect();
    assert!(states.iter().any(|s| matches!(s, ReviewState::Overdue { .. })), "an overdue review");
    assert!(states.iter().any(|s| matches!(s, ReviewState::NotCompleted { .. })), "a goal its period left open");
    let measured = content.measure(&relations, today);
    assert!((0..content.goals.len()).any(|i| measured.rollup(i).is_some()), "a goal made of parts");
    assert!(!content.periods().is_empty(), "a period");
    assert!(content.goals.iter().any(|g| g.relations.continues.is_some()), "a goal continuing another");
    assert!(content.goals.iter().any(|g| !g.people.is_empty() && !g.links.is_empty()), "people and links");
    assert!(content.goals.iter().any(|g| g.help_wanted.is_some()), "a call for help");
    assert!(states.iter().any(|s| matches!(s, ReviewState::DueSoon { .. })), "a review due soon");
    assert!(states.iter().any(|s| matches!(s, ReviewState::Stale { .. })), "a stale goal");
    assert!(content.goals.iter().all(|g| g.summary.is_some()), "every goal has a summary");
}
