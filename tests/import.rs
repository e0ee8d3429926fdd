//! `cairn import`: checkouts in the shapes of rust-lang/rust-project-goals and
//! kubernetes/enhancements (fixtures of our own in `tests/fixtures/import/`) written as
//! cairn repositories that `cairn check` passes, imported again without losing what the
//! community added, and upstream values that cannot be imported reported at their line.

use crate::harness::{Repo, cairn_in};

fn read(repo: &Repo, rel: &str) -> String {
    std::fs::read_to_string(repo.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn rust_project_goals_import_into_a_repository_that_checks_and_builds() {
    let repo = Repo::fixture("import", "rust-project-goals");
    let run = repo.cairn(&["import", "rust-project-goals", ".", "goals-site", "--format", "short"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout.contains(
            "./src/2025h1/under-discussion.md:6:22: warning: unknown status `Under discussion`: imported as `proposed`"
        ),
        "{run:?}"
    );
    assert!(run.stdout.contains("./src/2026/async-drop.md:10:"), "the Zulip channel without an address: {run:?}");
    assert!(run.stderr.is_empty(), "the report alone: {run:?}");
    let site = repo.path().join("goals-site");
    let check = cairn_in(&site, &["check"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert_eq!(check.stderr, "checked 9 goals, 4 communities and 0 updates: no errors\n");
    let build = cairn_in(&site, &["build", "--output", "public", "--today", "2026-12-04"]);
    assert_eq!(build.code, 0, "{build:?}");
    let period = read(&repo, "goals-site/public/periods/2025h1/index.html");
    assert!(period.contains("Carried over"), "the async goal continues in 2026: {period}");
    let goal = read(&repo, "goals-site/public/goals/async-2025h1/index.html");
    assert!(goal.contains("Lang champion") && goal.contains("bo-chen"), "the champions: {goal}");
    assert!(goal.contains("href=\"https://github.com/rust-lang/rust-project-goals/issues/105\""), "the tracking issue");
    assert!(!goal.contains("cairn-import"), "the markers are comments: {goal}");
}

#[test]
fn importing_again_updates_what_upstream_changed_and_keeps_what_was_added_by_hand() {
    let repo = Repo::fixture("import", "rust-project-goals");
    let first = repo.cairn(&["import", "rust-project-goals", ".", "out"]);
    assert!(
        first
            .stderr
            .contains("imported 9 goals in 4 sub-communities from `.` into `out`: 15 created, 0 updated, 0 unchanged"),
        "{first:?}"
    );
    let goal = "out/goals/2025h2/next-solver-2025h2.md";
    let mine = read(&repo, goal)
        .replace("kind: outcome\n", "kind: process\n# set at our planning call\nreview_by: 2027-01-15\n")
        + "\nNotes from our planning call.\n";
    repo.write(goal, &mine);
    repo.write("out/cairn.toml", read(&repo, "out/cairn.toml").replace("\"Lang champion\"", "\"Language champion\""));
    repo.write("out/README.md", "Just our notes, no front matter.\n");
    let upstream = read(&repo, "src/2025h2/next-solver.md")
        .replace("| Status           | Proposed ", "| Status           | Accepted ")
        .replace("A solver that unblocks", "The solver that unblocks");
    repo.write("src/2025h2/next-solver.md", upstream);
    repo.remove("src/2025h1/untitled.md");

    let run = repo.cairn(&["import", "rust-project-goals", ".", "out"]);
    assert_eq!(run.code, 0, "{run:?}");
    // `cairn.toml` (its roles all there) and the other files; `charter.md` is ours now.
    assert!(
        run.stderr
            .contains("imported 8 goals in 4 sub-communities from `.` into `out`: 0 created, 1 updated, 12 unchanged"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("left as it is: `out/goals/2025h1/untitled-2025h1.md` (upstream no longer has it"),
        "{run:?}"
    );
    let again = read(&repo, goal);
    assert!(again.contains("status: active\n"), "upstream's new status: {again}");
    assert!(
        again.contains("The solver that unblocks") && !again.contains("A solver that"),
        "upstream's new text: {again}"
    );
    assert!(again.contains("kind: process\n# set at our planning call\nreview_by: 2027-01-15\n"), "ours: {again}");
    assert!(again.ends_with("<!-- cairn-import: end -->\n\nNotes from our planning call.\n"), "ours: {again}");
    assert!(read(&repo, "out/cairn.toml").contains("lang-champion = \"Language champion\""), "our label");
    assert_eq!(read(&repo, "out/README.md"), "Just our notes, no front matter.\n");
    assert_eq!(cairn_in(&repo.path().join("out"), &["check"]).code, 0);

    let third = repo.cairn(&["import", "rust-project-goals", ".", "out"]);
    assert!(
        third.stderr.contains(": 0 created, 0 updated, 13 unchanged"),
        "an import changes nothing twice: {third:?}"
    );
}

#[test]
fn a_file_the_import_cannot_update_is_kept_and_reported() {
    let repo = Repo::fixture("import", "rust-project-goals");
    repo.write("out/goals/2026/async-drop-2026.md", "Our own text, without front matter.\n");
    let run = repo.cairn(&["import", "rust-project-goals", ".", "out", "--format", "short"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stdout
            .contains("out/goals/2026/async-drop-2026.md: warning: not updated: it has no front matter to update"),
        "{run:?}"
    );
    assert_eq!(read(&repo, "out/goals/2026/async-drop-2026.md"), "Our own text, without front matter.\n");
}

#[test]
fn a_dry_run_says_what_it_would_write_and_writes_nothing() {
    let repo = Repo::fixture("import", "rust-project-goals");
    let run = repo.cairn(&["import", "rust-project-goals", ".", "out", "--dry-run"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.contains("would import 9 goals in 4 sub-communities from `.` into `out`: 15 would create"),
        "{run:?}"
    );
    assert!(!repo.path().join("out").exists(), "nothing written");
}

#[test]
fn keps_import_into_a_repository_that_checks() {
    let repo = Repo::fixture("import", "enhancements");
    let run = repo.cairn(&["import", "kep", ".", "sigs", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let bad_date = report["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["code"] == "import-bad-date" && d["message"].as_str().is_some_and(|m| m.contains("2023-14-05")))
        .unwrap_or_else(|| panic!("the invalid date: {report}"));
    assert_eq!(bad_date["path"], "./keps/sig-api-machinery/4355-coordinated-election/kep.yaml", "{bad_date}");
    assert_eq!(bad_date["line"], 7, "{bad_date}");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["warnings"], 9, "{report}");
    assert!(run.stderr.is_empty(), "JSON alone: {}", run.stderr);
    let check = cairn_in(&repo.path().join("sigs"), &["check"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert_eq!(check.stderr, "checked 5 goals, 3 communities and 0 updates: no errors\n");
    let swap = read(&repo, "sigs/goals/sig-node/2400-node-swap.md");
    assert!(swap.contains("replaces: [1234-old-swap]\n"), "{swap}");
}

#[test]
fn a_source_that_is_not_the_checkout_is_an_error_that_writes_nothing() {
    let repo = Repo::empty();
    let run = repo.cairn(&["import", "kep", ".", "out"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("error: `.` is not a checkout of kubernetes/enhancements"), "{run:?}");
    let run = repo.cairn(&["import", "rust-project-goals", "missing", "out"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("error: `missing` is not a checkout of rust-lang/rust-project-goals"), "{run:?}");
    assert!(!repo.path().join("out").exists());
}

#[test]
fn import_codes_are_explained() {
    let repo = Repo::empty();
    let run = repo.cairn(&["explain", "import-bad-date"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("# `import-bad-date`: "), "{run:?}");
    let list = repo.cairn(&["explain"]);
    for code in ["import-unreadable", "import-unknown-status", "import-kept", "missing-key"] {
        assert!(list.stdout.lines().any(|l| l.starts_with(code)), "{code}: {list:?}");
    }
}
