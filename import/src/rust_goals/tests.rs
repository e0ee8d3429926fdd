//! rust-project-goals checkouts in the shape upstream has them (`tests/fixtures/import/
//! rust-project-goals/`, written for these tests).

use std::path::PathBuf;

use super::*;

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/import/rust-project-goals")
}

fn imported() -> Import {
    import(&fixture(), "rpg").expect("the fixture imports")
}

fn file<'a>(import: &'a Import, rel: &str) -> &'a Planned {
    &import.plan.files.iter().find(|(p, _)| p == rel).unwrap_or_else(|| panic!("no {rel}: {:?}", paths(import))).1
}

fn paths(import: &Import) -> Vec<&str> {
    import.plan.files.iter().map(|(p, _)| p.as_str()).collect()
}

fn key<'a>(planned: &'a Planned, key: &str) -> Option<&'a Yaml> {
    planned.owned.iter().chain(&planned.initial).find(|(k, _)| *k == key).map(|(_, v)| v)
}

#[test]
fn each_period_is_a_sub_community_with_its_dates() {
    let import = imported();
    for (period, from, to) in [
        ("2024h2", "2024-07-01", "2024-12-31"),
        ("2025h1", "2025-01-01", "2025-06-30"),
        ("2026", "2026-01-01", "2026-12-31"),
    ] {
        let community = file(&import, &format!("goals/{period}/_index.md"));
        let dates = Yaml::Table(vec![("from".into(), Yaml::plain(from)), ("to".into(), Yaml::plain(to))]);
        assert_eq!(key(community, "period"), Some(&dates), "{period}");
        assert_eq!(key(community, "title"), Some(&Yaml::text(period.to_uppercase())));
    }
    let readme = file(&import, "goals/2024h2/_index.md").body.clone().expect("the README");
    assert!(readme.contains("[the async goal](async-2024h2.md)"), "links to imported goals: {readme}");
    assert!(readme.contains("(https://github.com/rust-lang/rust-project-goals/blob/HEAD/src/how_to/report_status.md)"));
    assert!(!readme.contains("((("), "the book's placeholders are dropped: {readme}");
    assert!(!paths(&import).iter().any(|p| p.contains("faq")), "a page without metadata is no goal");
}

#[test]
fn metadata_rows_become_statuses_people_links_and_relations() {
    let import = imported();
    let goal = file(&import, "goals/2025h1/async-2025h1.md");
    assert_eq!(key(goal, "title"), Some(&Yaml::text("Bring async Rust closer to sync Rust")));
    assert_eq!(key(goal, "status"), Some(&Yaml::plain("active")));
    assert_eq!(key(goal, "owners"), Some(&Yaml::List(vec![Yaml::plain("amara")])));
    let Some(Yaml::Block(people)) = key(goal, "people") else { panic!("people: {goal:?}") };
    let roles: Vec<&str> = people.iter().map(|(r, _)| r.as_str()).collect();
    assert_eq!(roles, ["lang-champion", "types-champion", "task-owner"]);
    assert_eq!(people[2].1, Yaml::List(vec![Yaml::plain("amara"), Yaml::plain("dara")]), "owners of the task table");
    assert!(import.plan.roles.contains(&("lang-champion".into(), "Lang champion".into())), "{:?}", import.plan.roles);
    let Some(Yaml::List(links)) = key(goal, "links") else { panic!("links") };
    let text = format!("{links:?}");
    assert!(
        text.contains("https://github.com/rust-lang/rust-project-goals/issues/105"),
        "rust-lang/goals is the goals repository: {text}"
    );
    assert!(text.contains("Zulip #wg-async"), "{text}");
    assert_eq!(key(goal, "continues"), Some(&Yaml::plain("async-2024h2")), "the same tracking issue a period before");
    assert!(
        matches!(key(goal, "help_wanted"), Some(Yaml::Text(t)) if t.contains("help wanted")),
        "a help-wanted badge"
    );
    assert_eq!(key(goal, "tags"), Some(&Yaml::List(vec![Yaml::text("flagship")])));
    let body = goal.body.as_deref().unwrap_or_default();
    assert!(body.contains("[the 2024H2 goal](../2024h2/async-2024h2.md#summary)"), "{body}");
    assert!(!body.contains("| Metadata"), "the table is in the front matter now: {body}");

    let older = file(&import, "goals/2024h2/async-2024h2.md");
    let body = older.body.as_deref().unwrap_or_default();
    assert!(body.contains("* \\[x] ~~traits~~"), "upstream's boxes are not milestones: {body}");
    let Some(Yaml::List(links)) = key(older, "links") else { panic!("links") };
    assert!(format!("{links:?}").contains("187312-wg-async"), "a definition right after the table");
}

#[test]
fn roadmaps_and_flagship_themes_are_wholes_of_their_goals() {
    let import = imported();
    let drop = file(&import, "goals/2026/async-drop-2026.md");
    assert_eq!(key(drop, "part_of"), Some(&Yaml::plain("roadmap-just-add-async-2026")));
    assert_eq!(key(drop, "continues"), Some(&Yaml::plain("async-2025h1")), "the latest earlier goal of the issue");
    assert_eq!(key(drop, "help_wanted"), Some(&Yaml::text("Reviewers for the drop glue.")), "the section's ask");
    let roadmap = file(&import, "goals/2026/roadmap-just-add-async-2026.md");
    assert_eq!(key(roadmap, "status"), Some(&Yaml::plain("active")), "a roadmap has no status row");
    assert_eq!(key(roadmap, "summary"), Some(&Yaml::text("Patterns that work in sync Rust should work in async Rust")));

    let theme = "goals/2025h2/flagship-unblocking-dormant-traits-2025h2.md";
    assert_eq!(paths(&import).iter().filter(|p| **p == theme).count(), 1, "one goal for the theme");
    for part in ["next-solver-2025h2", "implied-bounds-2025h2"] {
        let goal = file(&import, &format!("goals/2025h2/{part}.md"));
        assert_eq!(key(goal, "part_of"), Some(&Yaml::plain("flagship-unblocking-dormant-traits-2025h2")), "{part}");
    }
    let solver = file(&import, "goals/2025h2/next-solver-2025h2.md");
    assert_eq!(key(solver, "help_wanted"), Some(&Yaml::text("This goal needs contributors to do its work.")));
    assert_eq!(key(file(&import, "goals/2025h2/implied-bounds-2025h2.md"), "status"), Some(&Yaml::plain("rejected")));
}

#[test]
fn what_cannot_be_imported_is_a_finding_at_its_line_and_the_rest_imports() {
    let import = imported();
    let found: Vec<(String, usize, &str)> = import.findings.iter().map(|f| f.placed("rpg/")).collect();
    let expected = [
        ("src/2025h1/under-discussion.md", 6, "import-unknown-status"),
        ("src/2025h1/untitled.md", 0, "import-missing-title"),
        ("src/2025h2/implied-bounds.md", 5, "import-bad-value"),
        ("src/2025h2/next-solver.md", 9, "import-bad-value"),
        ("src/2026/async-drop.md", 8, "import-bad-value"),
        ("src/2026/async-drop.md", 10, "import-bad-value"),
    ];
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(sorted, expected.map(|(p, l, c)| (p.to_owned(), l, c)), "{found:?}");
    let untitled = file(&import, "goals/2025h1/untitled-2025h1.md");
    assert_eq!(key(untitled, "title"), Some(&Yaml::text("Untitled")), "titled after its file");
    assert_eq!(key(file(&import, "goals/2025h1/under-discussion-2025h1.md"), "status"), Some(&Yaml::plain("proposed")));
}

#[test]
fn a_folder_that_is_no_checkout_is_refused() {
    let dir = tempfile::tempdir().expect("a folder");
    let err = import(dir.path(), "here").expect_err("no periods");
    assert!(err.to_string().contains("is not a checkout of rust-lang/rust-project-goals"), "{err}");
}
