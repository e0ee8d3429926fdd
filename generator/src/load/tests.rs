//! Loader tests that match on [`Problem`] variants and on the loaded model, on small
//! repositories written into temporary folders.

use cairn_model::{GoalKind, GoalStatus, Slug};
use proptest::prelude::*;

use super::*;

const CONFIG: &str = "title = \"T\"\nbase_url = \"https://goals.example.org\"\n";
const CHARTER: &str = "---\ntitle: C\npurpose: P\n---\n";

fn repo(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in [("cairn.toml", CONFIG), ("charter.md", CHARTER)].iter().chain(files) {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn load(files: &[(&str, &str)]) -> Result<Loaded, LoadError> {
    load_repo(repo(files).path(), &LoadOptions::default())
}

fn problems(files: &[(&str, &str)]) -> Vec<(String, Problem)> {
    match load(files) {
        Err(LoadError::Invalid(d)) => d.iter().map(|d| (d.path.clone(), (*d.problem).clone())).collect(),
        other => panic!("expected diagnostics, got {other:?}"),
    }
}

#[test]
fn loads_goals_communities_and_updates() {
    let loaded = load(&[
        ("goals/b.md", "---\ntitle: B\nkind: process\nstatus: active\nstarted: 2026-01-01\ncadence: { every: 2 weeks }\n---\n- [x] one\n- [ ] two\n"),
        ("goals/docs-team/a.md", "+++\ntitle = \"A\"\nkind = \"outcome\"\nstatus = \"proposed\"\nmetric = { baseline = 120, current = 75, target = 30 }\n+++\n"),
        ("updates/2026-01-10-first.md", "---\ntitle: First\ngoals: [b]\n---\n"),
        ("updates/2026-02-10-second.md", "---\ntitle: Second\ngoals: b\nauthors: ['@Amara']\n---\n"),
    ])
    .unwrap();
    let c = &loaded.content;
    assert!(loaded.warnings.is_empty());
    assert_eq!(c.config.base_url, "https://goals.example.org/", "a trailing slash is added");
    let slugs: Vec<&str> = c.goals.iter().map(|g| g.slug.as_str()).collect();
    assert_eq!(slugs, ["a", "b"], "sorted by slug");
    let a = &c.goals[0];
    assert_eq!(
        (a.kind, a.status, a.community.as_ref().map(Slug::as_str)),
        (GoalKind::Outcome, GoalStatus::Proposed, Some("docs-team"))
    );
    assert_eq!(a.metric.as_ref().and_then(|m| m.progress()).map(|p| p.percent()), Some(50));
    assert_eq!(c.communities.len(), 1);
    assert_eq!(c.communities[0].title, "Docs team", "titled after the folder");
    let b = &c.goals[1];
    assert_eq!(b.milestones.iter().map(|m| m.done).collect::<Vec<_>>(), [true, false]);
    let dates: Vec<String> = c.updates.iter().map(|u| u.date.to_string()).collect();
    assert_eq!(dates, ["2026-02-10", "2026-01-10"], "newest first, dates from file names");
    assert_eq!(c.updates[0].authors[0].as_str(), "Amara");
    let p = c.progress(b, "2026-02-10".parse().unwrap());
    assert_eq!(
        p.cadence.map(|c| (c.held, c.expected)),
        Some((2, 3)),
        "the first period and the current (third) one held, the second missed"
    );
}

#[test]
fn reports_every_problem_of_one_file() {
    let found = problems(&[(
        "goals/g.md",
        "---\ntitel: G\nkind: outcom\nstatus: active\nowners: [a b]\ndue: 2026-02-30\n---\n",
    )]);
    let codes: Vec<&str> = found.iter().map(|(_, p)| p.code()).collect();
    assert_eq!(codes, ["missing-key", "unknown-key", "bad-keyword", "bad-login", "bad-date"]);
    assert!(matches!(&found[1].1, Problem::UnknownKey { suggestion: Some("title"), .. }));
}

#[test]
fn unknown_goals_are_reported_even_when_the_update_has_other_problems() {
    let found = problems(&[
        ("goals/real.md", "---\ntitle: R\nkind: outcome\nstatus: active\n---\n"),
        ("updates/u.md", "---\ngoals: [rael]\n---\n"),
    ]);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found.iter().any(|(_, p)| matches!(p, Problem::MissingKey { key, .. } if key == "title")));
    assert!(found.iter().any(|(_, p)| matches!(p, Problem::MissingKey { key, .. } if key == "date")));
    assert!(found.iter().any(
        |(_, p)| matches!(p, Problem::UnknownGoal { slug, suggestion: Some(s) } if slug == "rael" && s == "real")
    ));
}

#[test]
fn a_goal_with_errors_is_still_a_known_goal() {
    let found = problems(&[
        ("goals/broken.md", "---\ntitle: B\nkind: outcome\n---\n"),
        ("updates/2026-01-01-u.md", "---\ntitle: U\ngoals: [broken]\n---\n"),
    ]);
    assert_eq!(
        found,
        [("goals/broken.md".into(), Problem::MissingKey { key: "status".into(), example: "status: active" })]
    );
}

#[test]
fn warnings_alone_do_not_fail() {
    let loaded = load(&[("goals/readme.txt", "notes")]).unwrap();
    assert_eq!(loaded.warnings.len(), 1);
    assert!(
        matches!(&*loaded.warnings.iter().next().unwrap().problem, Problem::StrayFile { name, ballot: false, .. } if name == "readme.txt")
    );
}

#[test]
fn not_a_directory() {
    let dir = repo(&[]);
    let file = dir.path().join("cairn.toml");
    assert!(matches!(load_repo(&file, &LoadOptions::default()), Err(LoadError::NotADirectory { .. })));
    assert!(matches!(load_repo(&dir.path().join("nope"), &LoadOptions::default()), Err(LoadError::Io { .. })));
}

#[test]
fn limits_are_options() {
    let dir = repo(&[("goals/g.md", "---\ntitle: A long enough title\nkind: outcome\nstatus: active\n---\n")]);
    let tight = LoadOptions { max_file_bytes: 1 << 20, max_front_matter_bytes: 16 };
    match load_repo(dir.path(), &tight) {
        Err(LoadError::Invalid(d)) => {
            let found: Vec<_> = d.iter().map(|d| (*d.problem).clone()).collect();
            assert!(found.contains(&Problem::FrontMatterTooLarge { limit: 16 }), "{found:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn keys_without_values_are_reported_not_dropped() {
    let found = problems(&[
        ("goals/g.md", "---\ntitle:\nkind: ~\nstatus: active\ncadence: { every: ~ }\nstarted: 2026-01-01\n---\n"),
        ("updates/u.md", "---\ntitle: U\ndate: ~\ngoals: ~\n---\n"),
    ]);
    let got: Vec<(&str, &str)> = found.iter().map(|(path, p)| (path.as_str(), p.code())).collect();
    assert_eq!(
        got,
        [
            ("goals/g.md", "empty-value"),
            ("goals/g.md", "empty-value"),
            ("goals/g.md", "empty-value"),
            ("updates/u.md", "empty-value"),
            ("updates/u.md", "empty-value"),
        ],
        "{found:?}"
    );
    // The charter is read from a fixed path: overwrite it after `repo` writes the default.
    let dir = repo(&[]);
    std::fs::write(dir.path().join("charter.md"), "---\ntitle: ~\npurpose: P\n---\n").unwrap();
    match load_repo(dir.path(), &LoadOptions::default()) {
        Err(LoadError::Invalid(d)) => {
            let found: Vec<_> = d.iter().map(|d| (d.path.as_str(), d.problem.code())).collect();
            assert_eq!(found, [("charter.md", "empty-value")]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_update_dated_by_its_file_name_may_leave_date_empty() {
    let loaded = load(&[
        ("goals/g.md", "---\ntitle: G\nkind: outcome\nstatus: active\n---\n"),
        ("updates/2026-05-01-call.md", "---\ntitle: U\ndate:\ngoals: [g]\n---\n"),
    ])
    .unwrap();
    assert_eq!(loaded.content.updates[0].date.to_string(), "2026-05-01");
}

#[test]
fn duplicates_are_found_even_when_one_file_is_invalid() {
    let found = problems(&[
        ("goals/a/x.md", "---\ntitle: X\nkind: outcome\nstatus: active\n---\n"),
        ("goals/b/x.md", "---\ntitle: X\n---\n"),
    ]);
    assert!(
        found.contains(&(
            "goals/b/x.md".into(),
            Problem::DuplicateSlug { slug: "x".into(), other: "goals/a/x.md".into() }
        ))
    );
}

#[test]
fn channels_must_be_safe_addresses() {
    let found = problems(&[(
        "goals/docs/_index.md",
        "---\nchannels:\n  - { name: Chat, url: \"javascript:alert(1)\" }\n  - { name: Mail, url: \"mailto:docs@example.org\" }\n---\n",
    )]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(matches!(&found[0].1, Problem::BadUrl { key, .. } if key == "channels.url"));
}

#[cfg(unix)]
#[test]
fn a_linked_goals_folder_must_stay_inside() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.md"), "---\ntitle: S\n---\n").unwrap();
    let dir = repo(&[]);
    std::os::unix::fs::symlink(outside.path(), dir.path().join("goals")).unwrap();
    match load_repo(dir.path(), &LoadOptions::default()) {
        Err(LoadError::Invalid(d)) => {
            let found: Vec<_> = d.iter().map(|d| (d.path.as_str(), d.problem.code())).collect();
            assert_eq!(found, [("goals", "symlink-outside")]);
        }
        other => panic!("{other:?}"),
    }
    let inside = repo(&[("shared/g.md", "---\ntitle: G\nkind: outcome\nstatus: active\n---\n")]);
    std::os::unix::fs::symlink("shared", inside.path().join("goals")).unwrap();
    let loaded = load_repo(inside.path(), &LoadOptions::default()).unwrap();
    assert_eq!(loaded.content.goals.len(), 1);
}

/// Characters that make up front matter, plus some that break it.
const FRONT_MATTER: &str = "[a-z_:{}\\[\\],'\"#&*!|>%@` \\-\n0-9.~é]{0,120}";

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Whatever the input, a goal file either loads or gets at least one diagnostic that
    /// points inside the file: nothing panics and nothing is dropped silently.
    #[test]
    fn any_goal_file_loads_or_is_reported(front in FRONT_MATTER, toml in any::<bool>()) {
        let delimiter = if toml { "+++" } else { "---" };
        let text = format!("{delimiter}\n{front}\n{delimiter}\nBody\n");
        let file = crate::diagnostic::SourceFile { path: "goals/g.md".into(), text: text.clone().into() };
        let slug = Slug::new("g").unwrap();
        match goal::read_goal(&file, slug, None, Vec::new(), &LoadOptions::default()) {
            Ok(_) => {}
            Err(diagnostics) => {
                prop_assert!(!diagnostics.is_empty());
                for d in diagnostics {
                    let loc = d.location.expect("front matter problems have a position");
                    prop_assert!(loc.span.end <= text.len());
                    prop_assert!(loc.line >= 1 && loc.column >= 1);
                }
            }
        }
    }

    #[test]
    fn parsers_never_panic(text in "\\PC{0,200}") {
        let _ = node::parse_yaml(&text);
        let _ = node::parse_toml(&text);
        let _ = config::read_config(&crate::diagnostic::SourceFile { path: "cairn.toml".into(), text: text.into() });
    }
}

#[test]
fn loads_polls_and_keeps_every_ballot_with_its_reason() {
    let poll_file = "---\nquestion: Next?\nmethod: score\nbudget: 5\noptions: [Rivers, { id: trails, label: Hiking trails }]\nopens: 2026-11-01\ncloses: 2026-11-30\nelectorate: maintainers\n---\nWhy.\n";
    let loaded = load(&[
        ("members.toml", "maintainers = [\"amara\", \"Bo\"]\n"),
        ("polls/next.md", poll_file),
        ("polls/next/ballots/amara.toml", "[points]\nrivers = 3\ntrails = 2\n"),
        ("polls/next/ballots/bo.yaml", "points:\n  rivers: 9\n"),
    ])
    .expect("ballot problems are warnings");
    let [poll] = loaded.content.polls.as_slice() else { panic!("one poll") };
    assert_eq!(poll.method, cairn_model::Method::Score { budget: 5 });
    assert_eq!(poll.options[0].id.as_str(), "rivers");
    assert_eq!(poll.options[1].label, "Hiking trails");
    assert_eq!(poll.electorate, cairn_model::Electorate::List("maintainers".into()));
    assert_eq!(poll.body, "Why.\n");
    let [amara, bo] = loaded.content.ballots.as_slice() else { panic!("two ballot files") };
    assert!(amara.ballot.is_ok(), "{amara:?}");
    assert_eq!(bo.ballot, Err("the ballot gives 9 points; this poll's budget is 5".to_owned()));
    assert!(matches!(*loaded.warnings.iter().next().expect("a warning").problem, Problem::InvalidBallot { .. }));
    assert_eq!(loaded.content.members["maintainers"].len(), 2);

    let found = problems(&[("polls/next.md", poll_file), ("members.toml", "members = [\"amara\", \"not a login\"]\n")]);
    let codes: Vec<(&str, &str)> = found.iter().map(|(path, p)| (path.as_str(), p.code())).collect();
    // Which lists it has is known once it reads: no second error follows from the first.
    assert_eq!(codes, [("members.toml", "bad-login")]);
}

#[test]
fn a_members_file_with_errors_does_not_also_make_its_lists_unknown() {
    let poll = "---\nquestion: Q?\noptions: [a, b]\nmethod: single\nopens: 2026-03-01\ncloses: 2026-03-31\nelectorate: maintainers\n---\n";
    let found = problems(&[("members.toml", "maintainers = [\"amara okafor\"]\n"), ("polls/next.md", poll)]);
    let codes: Vec<(&str, &str)> = found.iter().map(|(path, p)| (path.as_str(), p.code())).collect();
    assert_eq!(codes, [("members.toml", "bad-login")]);
    // Without the list, the poll's electorate is unknown.
    let found = problems(&[("members.toml", "reviewers = [\"amara\"]\n"), ("polls/next.md", poll)]);
    assert!(
        matches!(&found[..], [(path, Problem::UnknownElectorate { list, .. })] if path == "polls/next.md" && list == "maintainers"),
        "{found:?}"
    );
}

#[test]
fn a_count_must_be_a_whole_number_in_its_range() {
    let poll = |extra: &str| {
        format!(
            "---\nquestion: Q?\noptions: [a, b]\nmethod: approval\nopens: 2026-03-01\ncloses: 2026-03-31\n{extra}\n---\n"
        )
    };
    let found = problems(&[("polls/p.md", &poll("max_choices: 0"))]);
    assert!(
        matches!(&found[..], [(_, Problem::OutOfRange { key, min: 1, max: 1000 })] if key == "max_choices"),
        "a poll no ballot could answer: {found:?}"
    );
    let found = problems(&[("polls/p.md", &poll("max_choices: \"2\""))]);
    assert!(
        matches!(&found[..], [(_, Problem::WrongType { key, expected: "a whole number", found: "text" })] if key == "max_choices"),
        "quoted: {found:?}"
    );
}
