//! The command line itself: exit codes, output formats, `init`, `new` and `--help`.

use crate::harness::{Repo, cairn_in};

#[test]
fn init_then_check_is_clean() {
    let repo = Repo::empty();
    let run = repo.cairn(&["init", "lantern"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("created a cairn repository in `lantern` with 17 files"), "{run:?}");
    let check = cairn_in(&repo.path().join("lantern"), &["check"]);
    assert_eq!(check.code, 0, "{check:?}");
    assert_eq!(check.stderr, "checked 5 goals, 1 community and 1 update, 1 poll with 0 ballots: no errors\n");
    // And the GitHub Actions that check pull requests and ballots and publish the site.
    for file in ["cairn-check.yml", "cairn-ballot.yml", "cairn-pages.yml", "cairn-export.yml", "cairn-measure.yml"] {
        assert!(repo.path().join("lantern/.github/workflows").join(file).is_file(), "{file}");
    }
    let charter = std::fs::read_to_string(repo.path().join("lantern/charter.md")).unwrap();
    assert!(charter.contains("title: The Lantern charter"), "named after the folder: {charter}");
}

#[test]
fn init_covers_every_goal_kind() {
    let repo = Repo::empty();
    assert_eq!(repo.cairn(&["init"]).code, 0);
    let goals: String =
        ["first-stable-release", "monthly-community-call", "welcome-every-newcomer", "shared-stewardship"]
            .iter()
            .map(|g| std::fs::read_to_string(repo.path().join(format!("goals/{g}.md"))).unwrap())
            .collect();
    for kind in ["outcome", "process", "relational", "transformational"] {
        assert!(goals.contains(&format!("kind: {kind}\n")), "{kind}");
    }
}

#[test]
fn init_refuses_to_overwrite_and_writes_nothing() {
    let repo = Repo::empty();
    repo.write("charter.md", "mine");
    let run = repo.cairn(&["init"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "error: `charter.md` already exists: cairn never overwrites files\n");
    assert_eq!(std::fs::read_to_string(repo.path().join("charter.md")).unwrap(), "mine");
    assert!(!repo.path().join("cairn.toml").exists(), "nothing else written");
}

#[test]
fn new_goal_of_every_kind_checks_clean() {
    let repo = Repo::fixture("check", "_base");
    for (slug, kind, community) in [
        ("ship-it", "outcome", None),
        ("weekly-triage", "process", Some("infra")),
        ("mentor-every-newcomer", "relational", None),
        ("elected-stewards", "transformational", Some("governance")),
    ] {
        let mut args = vec!["new", "goal", slug, "--kind", kind];
        if let Some(c) = community {
            args.extend(["--community", c]);
        }
        let run = repo.cairn(&args);
        assert_eq!(run.code, 0, "{run:?}");
    }
    assert_eq!(repo.check_short(), (0, vec![]));
    let text = std::fs::read_to_string(repo.path().join("goals/infra/weekly-triage.md")).unwrap();
    assert!(text.contains("title: \"Weekly triage\"\n") && text.contains("cadence: { every: 1 month }"), "{text}");
    assert!(text.contains("# people: { champion: [login], reviewer: [login] }\n"), "{text}");
    // Relations name goals that exist, and the goal still checks clean.
    let run = repo.cairn(&["new", "goal", "triage-docs", "--part-of", "weekly-triage", "--continues", "ship-it"]);
    assert_eq!(run.code, 0, "{run:?}");
    let text = std::fs::read_to_string(repo.path().join("goals/triage-docs.md")).unwrap();
    assert!(text.contains("part_of: weekly-triage\ncontinues: ship-it\n"), "{text}");
    assert_eq!(repo.check_short(), (0, vec![]));
    let run = repo.cairn(&["new", "goal", "orphan", "--part-of", "no-such-roadmap"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (
            2,
            "error: there is no goal `no-such-roadmap` for `--part-of`: name an existing goal by its file name without `.md`\n"
        )
    );
    assert!(!repo.path().join("goals/orphan.md").exists(), "nothing written");
}

#[test]
fn new_goal_refuses_bad_names_and_existing_files() {
    let repo = Repo::fixture("check", "_base");
    let run = repo.cairn(&["new", "goal", "Better Docs"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: `Better Docs` is not a valid goal name: it contains `B`: only lowercase letters, digits and `-` are allowed (hint: use `better-docs`)\n"
    );
    let run = repo.cairn(&["new", "goal", "base-goal"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (2, "error: a goal named `base-goal` already exists: `goals/base-goal.md`; goal names must be unique\n")
    );
    let empty = Repo::empty();
    let run = empty.cairn(&["new", "goal", "x"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is not a cairn repository (it has no `cairn.toml`); run `cairn init` first"),
        "{run:?}"
    );
}

#[test]
fn usage_and_io_errors_exit_2() {
    let repo = Repo::empty();
    let run = repo.cairn(&["check", "does-not-exist"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.starts_with("error: cannot open `does-not-exist`: no such file or directory"), "{run:?}");
    repo.write("file.txt", "x");
    let run = repo.cairn(&["check", "file.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("is not a directory"), "{run:?}");
    assert_eq!(repo.cairn(&["frobnicate"]).code, 2);
    assert_eq!(repo.cairn(&["check", "--format", "xml"]).code, 2);
}

#[test]
fn help_has_examples() {
    let run = Repo::empty().cairn(&["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Examples:") && run.stdout.contains("cairn init my-community"), "{}", run.stdout);
    let run = Repo::empty().cairn(&["new", "goal", "--help"]);
    assert!(run.stdout.contains("cairn new goal better-onboarding"), "{}", run.stdout);
}

#[test]
fn json_format_for_tools() {
    let repo = Repo::fixture("check", "unknown-key");
    let run = repo.cairn(&["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).expect("valid JSON");
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 0);
    let d = &v["diagnostics"][0];
    assert_eq!(d["path"], "goals/typo.md");
    assert_eq!(d["code"], "unknown-key");
    assert_eq!(d["message"], "unknown key `revew_by`");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64(), d["end_column"].as_u64()), (Some(5), Some(1), Some(9)));
    assert_eq!(d["source_line"], "revew_by: 2027-01-01");
    assert_eq!(d["hint"], "did you mean `review_by`?");
    let clean = Repo::fixture("check", "_base").cairn(&["check", "--format", "json"]);
    assert_eq!(clean.code, 0);
    assert_eq!(serde_json::from_str::<serde_json::Value>(&clean.stdout).unwrap()["diagnostics"], serde_json::json!([]));
}

#[test]
fn human_format_shows_the_line_and_a_caret() {
    let run = Repo::fixture("check", "bad-keyword").cairn(&["check"]);
    assert_eq!(run.code, 1);
    let expected = "\
cairn::bad-keyword

  × `outcom` is not a valid `kind`
   ╭─[goals/typo-kind.md:3:7]
 2 │ title: A goal
 3 │ kind: outcom
   ·       ───┬──
   ·          ╰── not a `kind`
 4 │ status: active
   ╰────
  help: did you mean `outcome`?

found 1 error and 0 warnings
For more information about this problem, try `cairn explain bad-keyword`.
";
    assert_eq!(run.stderr, expected);
    assert!(run.stdout.is_empty());
}

#[test]
fn github_annotations() {
    let run = Repo::fixture("check", "bad-date").cairn(&["check", "--format", "github"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "::error file=goals/feb-30.md,line=5,col=6,title=cairn%3A%3Abad-date::`2026-02-30` is not a valid date for `due` (hint: this day is not in the calendar: check its month and day)\n"
    );
}

#[test]
fn init_keeps_an_existing_gitignore() {
    let repo = Repo::empty();
    repo.write(".gitignore", "target/\n");
    let run = repo.cairn(&["init"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(std::fs::read_to_string(repo.path().join(".gitignore")).unwrap(), "target/\n");
    assert_eq!(repo.check_short(), (0, vec![]));
}

#[test]
fn new_goal_names_are_unique_across_communities() {
    let repo = Repo::fixture("check", "_base");
    let run = repo.cairn(&["new", "goal", "base-goal", "--community", "docs"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: a goal named `base-goal` already exists: `goals/base-goal.md`; goal names must be unique\n"
    );
    assert_eq!(repo.cairn(&["new", "goal", "fresh", "--community", "docs"]).code, 0);
    let run = repo.cairn(&["new", "goal", "fresh"]);
    assert_eq!(
        run.stderr,
        "error: a goal named `fresh` already exists: `goals/docs/fresh.md`; goal names must be unique\n"
    );
}

#[test]
fn build_refuses_a_base_url_that_is_not_a_web_address() {
    let repo = Repo::fixture("check", "_base");
    // An empty value is what a Pages workflow passes when configure-pages did not run.
    for bad in ["", "goals.example.org", "ftp://example.org/", "https://"] {
        let run = repo.cairn(&["build", "--base-url", bad]);
        assert_eq!(run.code, 2, "{bad}: {run:?}");
        let expected = format!(
            "error: invalid value '{bad}' for '--base-url <URL>': it must be an `https://` or `http://` address, such as `https://org.github.io/goals/`"
        );
        assert!(run.stderr.starts_with(&expected), "{bad}: {}", run.stderr);
        assert!(!repo.path().join("public").exists(), "{bad}: a site was written");
    }
}

#[test]
fn init_takes_the_release_address_and_refuses_one_that_is_not() {
    let repo = Repo::empty();
    let run = repo.cairn(&["init", "--release-url", "https://mirror.example.org/cairn/releases/"]);
    assert_eq!(run.code, 0, "{run:?}");
    let action =
        std::fs::read_to_string(repo.path().join(".github/actions/install-cairn/action.yml")).expect("the action");
    assert!(action.contains("    default: \"https://mirror.example.org/cairn/releases\"\n"), "{action}");
    let other = Repo::empty();
    let run = other.cairn(&["init", "--release-url", "mirror.example.org/$(touch pwned)"]);
    assert_eq!(run.code, 2, "{run:?}");
    let release = concat!(env!("CARGO_PKG_REPOSITORY"), "/releases/download");
    assert_eq!(
        run.stderr,
        format!(
            "error: `mirror.example.org/$(touch pwned)` is not a release address: use an `https://` or `http://` address, such as `{release}`\n"
        )
    );
    assert!(std::fs::read_dir(other.path()).expect("the folder").next().is_none(), "nothing is written");
}

#[test]
fn explain_prints_a_codes_page_lists_them_all_and_names_a_close_one() {
    let repo = Repo::empty();
    let page = repo.cairn(&["explain", "missing-key"]);
    assert_eq!(page.code, 0, "{page:?}");
    let source = concat!(env!("CARGO_MANIFEST_DIR"), "/explain/missing-key.md");
    assert_eq!(page.stdout, std::fs::read_to_string(source).expect("the page"));
    // As the terminal report heads a problem, too.
    assert_eq!(repo.cairn(&["explain", "cairn::missing-key"]).stdout, page.stdout);
    let list = repo.cairn(&["explain"]);
    assert_eq!(list.code, 0, "{list:?}");
    assert!(list.stdout.lines().any(|l| l.starts_with("missing-key ") && l.ends_with("a required key is missing")));
    assert_eq!(
        list.stdout.lines().count(),
        cairn::diagnostic::explain::all().count(),
        "the loader's codes and `cairn import`'s"
    );
    let typo = repo.cairn(&["explain", "misng-key"]);
    assert_eq!(typo.code, 2, "{typo:?}");
    assert_eq!(
        typo.stderr,
        "error: no diagnostic code `misng-key` (did you mean `missing-key`?); `cairn explain` lists them all\n"
    );
}

#[test]
fn a_report_for_a_terminal_ends_with_the_command_that_explains_it() {
    let repo = Repo::empty();
    assert_eq!(repo.cairn(&["init"]).code, 0);
    repo.write("goals/broken.md", "---\ntitle: Broken\nkind: nonsense\n---\n");
    let run = repo.cairn(&["check"]);
    assert_eq!(run.code, 1, "{run:?}");
    let last: Vec<&str> = run.stderr.lines().rev().take(2).collect();
    assert_eq!(
        last,
        [
            "For more information about a problem, try `cairn explain missing-key`.",
            "Some problems have detailed explanations: `missing-key`, `bad-keyword`."
        ],
        "{}",
        run.stderr
    );
    repo.write("goals/broken.md", "---\ntitle: Broken\nkind: outcome\n---\n");
    let one = repo.cairn(&["check"]);
    assert!(one.stderr.ends_with("try `cairn explain missing-key`.\n"), "{}", one.stderr);
    // Editors and scripts read one line per problem, and nothing else.
    let short = repo.cairn(&["check", "--format", "short"]);
    assert_eq!(short.stdout.lines().count(), 1, "{}", short.stdout);
}
