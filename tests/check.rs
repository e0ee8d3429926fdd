//! `cairn check` on one tiny fixture per diagnostic: the exact message, path, line,
//! column and hint of each (`--format short` prints all of them on one line).

use crate::harness::Repo;

/// Checks fixture `case` and expects `lines` (and exit code 1 unless all are warnings).
fn expect(case: &str, lines: &[&str]) {
    let (code, got) = Repo::fixture("check", case).check_short();
    assert_eq!(got, lines, "fixture `{case}`");
    let want_code = if lines.iter().any(|l| l.contains(": error: ")) { 1 } else { 0 };
    assert_eq!(code, want_code, "exit code of `{case}`");
}

#[test]
fn clean_fixture_passes() {
    expect("_base", &[]);
}

#[test]
fn reports_unknown_key_with_suggestion() {
    expect("unknown-key", &["goals/typo.md:5:1: error: unknown key `revew_by` (hint: did you mean `review_by`?)"]);
}

#[test]
fn reports_unknown_key_in_config() {
    expect("unknown-config-key", &["cairn.toml:3:1: error: unknown key `langauge` (hint: did you mean `language`?)"]);
}

#[test]
fn reports_unknown_key_in_nested_table() {
    expect(
        "charter-values",
        &[
            "charter.md:7:5: error: unknown key `values.descripton` (hint: did you mean `description`?)",
            "charter.md:8:5: error: `values` must be a name or a table with `name` and `description`, found a number",
        ],
    );
}

#[test]
fn reports_missing_required_key_at_the_front_matter() {
    expect(
        "missing-key",
        &["goals/no-kind.md:1:1: error: missing required key `kind` (hint: add a line such as `kind: outcome`)"],
    );
}

#[test]
fn reports_missing_key_of_a_table_at_the_table() {
    expect(
        "metric-missing-baseline",
        &[
            "goals/metric.md:5:1: error: missing required key `metric.baseline` (hint: add a line such as `baseline: 0`)",
        ],
    );
}

#[test]
fn reports_missing_update_date() {
    expect(
        "update-without-date",
        &["updates/call.md:1:1: error: missing required key `date` (hint: add a line such as `date: 2026-03-02`)"],
    );
}

#[test]
fn reports_wrong_types() {
    expect("wrong-type", &["goals/owners-number.md:5:9: error: `owners` must be a list, found a number"]);
    expect(
        "text-not-number",
        &["goals/numeric-title.md:2:8: error: `title` must be text, found a number (hint: put the value in quotes)"],
    );
}

#[test]
fn reports_empty_text() {
    expect("empty-title", &["goals/empty.md:2:8: error: `title` must not be empty"]);
}

#[test]
fn reports_bad_keywords() {
    expect(
        "bad-keyword",
        &["goals/typo-kind.md:3:7: error: `outcom` is not a valid `kind` (hint: did you mean `outcome`?)"],
    );
    expect(
        "bad-status",
        &[
            "goals/done.md:4:9: error: `done` is not a valid `status` (hint: expected one of `proposed`, `active`, `achieved`, `paused`, `retired`, `rejected`)",
        ],
    );
}

#[test]
fn reports_bad_dates() {
    expect(
        "bad-date",
        &[
            "goals/feb-30.md:5:6: error: `2026-02-30` is not a valid date for `due` (hint: this day is not in the calendar: check its month and day)",
        ],
    );
}

#[test]
fn reports_due_before_started() {
    expect(
        "due-before-started",
        &[
            "goals/backwards.md:6:6: error: `due` (2026-01-01) is before `started` (2026-06-01) (hint: check both dates: a goal cannot be due before it starts)",
        ],
    );
}

#[test]
fn reports_owners_that_are_not_logins() {
    expect(
        "bad-login",
        &[
            "goals/names.md:5:17: error: `Amara Okafor` in `owners` is not a git-host login: it contains ` `: only ASCII letters, digits, `_`, `.` and `-` are allowed (hint: use git-host logins such as `amara`, not names or e-mail addresses)",
        ],
    );
}

#[test]
fn reports_duplicate_slugs_across_communities() {
    expect(
        "duplicate-slug",
        &[
            "goals/onboarding.md: error: duplicate goal `onboarding`: `goals/docs/onboarding.md` has the same name (hint: goal names become page addresses (`/goals/<name>/`), so each must be unique: rename one file)",
        ],
    );
}

#[test]
fn reports_file_and_folder_names_that_are_not_slugs() {
    expect(
        "bad-file-name",
        &[
            "goals/Better Onboarding.md: error: `Better Onboarding` is not a valid goal name: it contains `B`: only lowercase letters, digits and `-` are allowed (hint: rename it to `better-onboarding.md` (lowercase letters, digits and `-`))",
        ],
    );
    expect(
        "bad-community-name",
        &[
            "goals/Docs Team/guide.md: error: `Docs Team` is not a valid community name: it contains `D`: only lowercase letters, digits and `-` are allowed (hint: rename it to `docs-team` (lowercase letters, digits and `-`))",
        ],
    );
}

#[test]
fn reports_front_matter_problems() {
    expect(
        "missing-front-matter",
        &[
            "goals/plain.md:1:1: error: missing front matter (hint: start the file with a `---` line, its keys (such as `title: ...`), and another `---` line)",
        ],
    );
    expect(
        "unclosed-front-matter",
        &[
            "goals/open.md:1:1: error: front matter opened with `---` is never closed (hint: add a line with only `---` after the last key)",
        ],
    );
}

#[test]
fn reports_syntax_errors_in_the_file_not_the_block() {
    expect("yaml-syntax", &["goals/bracket.md:5:9: error: invalid YAML: unclosed bracket '['"]);
    expect(
        "toml-syntax",
        &["goals/toml.md:3:8: error: invalid TOML: string values must be quoted, expected literal string"],
    );
}

#[test]
fn reads_toml_front_matter() {
    expect("toml-front-matter", &[]);
}

#[test]
fn reports_unknown_goal_in_update() {
    expect(
        "unknown-goal",
        &["updates/2026-03-02-call.md:3:9: error: unknown goal `base-gaol` (hint: did you mean `base-goal`?)"],
    );
}

#[test]
fn reports_cadence_problems() {
    expect(
        "bad-interval",
        &[
            "goals/often.md:6:19: error: `sometimes` is not a valid `cadence.every`: expected an interval such as `1 month`, `2 weeks`, `quarterly` or `yearly`",
        ],
    );
    expect(
        "cadence-without-start",
        &[
            "goals/calls.md:5:1: error: `cadence` has no start date (hint: add `started: YYYY-MM-DD` to the goal, or `since:` to its cadence)",
        ],
    );
}

#[test]
fn reports_non_finite_metric() {
    expect("not-finite", &["goals/infinite.md:5:33: error: `metric.current` must be a finite number"]);
}

#[test]
fn reports_bad_config_values() {
    expect(
        "bad-url",
        &["cairn.toml:2:12: error: `base_url` must be an `https://` or `http://` address, found `goals.example.org`"],
    );
}

#[test]
fn reports_misplaced_files() {
    expect(
        "too-deep",
        &[
            "goals/docs/drafts/idea.md: error: this file is nested too deeply to be read (hint: move it to `goals/<goal>.md` or `goals/<community>/<goal>.md`)",
        ],
    );
    expect(
        "stray-file",
        &[
            "goals/notes.txt: warning: `notes.txt` is ignored: only `.md` files are read here, and images, PDFs and media files published (hint: rename it to end in `.md`, or list it in `.gitignore`; an SVG or HTML file belongs in `static/`, once reviewed)",
        ],
    );
}

#[test]
fn reports_empty_files() {
    expect(
        "empty-file",
        &["goals/empty.md: error: file is empty (hint: add front matter and text, or delete the file)"],
    );
}

#[test]
fn reports_missing_charter() {
    let repo = Repo::fixture("check", "_base");
    repo.remove("charter.md");
    let (code, lines) = repo.check_short();
    assert_eq!(
        lines,
        [
            "charter.md: error: missing `charter.md` (hint: create `charter.md`; `cairn init` in an empty folder writes an example of it)"
        ]
    );
    assert_eq!(code, 1);
}

#[test]
fn honours_gitignore() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        ".gitignore",
        "goals/drafts/
*.txt
",
    )
    .write("goals/drafts/deep/x.md", "broken")
    .write("goals/notes.txt", "notes");
    assert_eq!(repo.check_short(), (0, vec![]));
}

/// Twenty different mistakes across ten files, several in one file: all are reported in
/// one run, each at its own position.
#[test]
fn reports_twenty_mistakes_in_one_run() {
    expect(
        "twenty-mistakes",
        &[
            "cairn.toml:2:12: error: `base_url` must be an `https://` or `http://` address, found `goals.example.org`",
            "cairn.toml:3:12: error: `english` is not a valid `language` (hint: use a BCP 47 tag such as `en` or `pt-BR`)",
            "goals/Meetups.md: error: `Meetups` is not a valid goal name: it contains `M`: only lowercase letters, digits and `-` are allowed (hint: rename it to `meetups.md` (lowercase letters, digits and `-`))",
            "goals/broken.md:2:8: error: invalid YAML: unclosed quote",
            "goals/carbon.md:1:1: error: missing required key `title` (hint: add a line such as `title: Carbon-neutral community events`)",
            "goals/carbon.md:2:1: error: unknown key `titel` (hint: did you mean `title`?)",
            "goals/carbon.md:3:7: error: `outcom` is not a valid `kind` (hint: did you mean `outcome`?)",
            "goals/carbon.md:4:9: error: `actve` is not a valid `status` (hint: did you mean `active`?)",
            "goals/carbon.md:5:17: error: `Jonas K` in `owners` is not a git-host login: it contains ` `: only ASCII letters, digits, `_`, `.` and `-` are allowed (hint: use git-host logins such as `amara`, not names or e-mail addresses)",
            "goals/carbon.md:6:10: error: `2026-13-01` is not a valid date for `started` (hint: this day is not in the calendar: check its month and day)",
            "goals/carbon.md:8:1: error: missing required key `metric.baseline` (hint: add a line such as `baseline: 0`)",
            "goals/docs/onboarding.md:6:6: error: `due` (2026-05-01) is before `started` (2026-06-01) (hint: check both dates: a goal cannot be due before it starts)",
            "goals/docs/onboarding.md:7:19: error: `3 fortnights` is not a valid `cadence.every`: expected an interval such as `1 month`, `2 weeks`, `quarterly` or `yearly`",
            "goals/docs/onboarding.md:8:7: error: `tags` must be a list, found a number",
            "goals/events/base-goal.md: error: duplicate goal `base-goal`: `goals/base-goal.md` has the same name (hint: goal names become page addresses (`/goals/<name>/`), so each must be unique: rename one file)",
            "goals/open.md:1:1: error: front matter opened with `---` is never closed (hint: add a line with only `---` after the last key)",
            "goals/plain.md:1:1: error: missing front matter (hint: start the file with a `---` line, its keys (such as `title: ...`), and another `---` line)",
            "updates/2026-03-02-call.md:3:9: error: unknown goal `base-gol` (hint: did you mean `base-goal`?)",
            "updates/2026-04-01-call.md:4:1: error: unknown key `revieww` (hint: expected one of `title`, `date`, `goals`, `authors`)",
            "updates/call.md:1:1: error: missing required key `date` (hint: add a line such as `date: 2026-03-02`)",
        ],
    );
}

#[test]
fn reports_links_to_missing_files_and_non_pages() {
    expect(
        "broken-links",
        &[
            "goals/linking.md:7:1: error: link to `goals/docs/missing.md`, which does not exist (hint: check the path: it is relative to this file's folder)",
            "goals/linking.md:7:36: error: link to `README.md`, which is not a page of the site (hint: only the charter, goals, communities and updates become pages: set `[repo]` in `cairn.toml` and the link leads to the file on the git host)",
            "goals/linking.md:7:67: error: link to `../../../x.md`, which does not exist (hint: check the path: it is relative to this file's folder)",
            "goals/linking.md:8:8: error: link to `map.png`, which does not exist (hint: check the path: it is relative to this file's folder)",
        ],
    );
}

#[test]
fn links_to_files_the_site_does_not_publish_lead_to_the_git_host_when_it_is_known() {
    let repo = Repo::fixture("check", "_base");
    repo.write("OWNERS", "approvers: [amara]\n");
    repo.write("docs/plan.pdf", "%PDF");
    repo.write(
        "goals/linking.md",
        "---\ntitle: Links\nkind: outcome\nstatus: active\n---\n[owners](../OWNERS), [plan](../docs/plan.pdf#page=2), \
         [gone](../docs/gone.pdf), ![here](../docs/plan.pdf).\n",
    );
    let without = repo.cairn(&["check", "--format", "short"]);
    let lines: Vec<&str> = without.stdout.lines().filter(|l| l.contains("goals/linking.md")).collect();
    assert!(
        lines.iter().filter(|l| l.contains("warning: link to `../OWNERS`, a file the site does not publish")).count()
            == 1,
        "{}",
        without.stdout
    );
    assert!(without.stdout.contains("error: link to `../docs/gone.pdf`, which does not exist"), "{}", without.stdout);
    repo.write(
        "cairn.toml",
        "title = \"Fixture goals\"\nbase_url = \"https://goals.example.org/\"\n\n[repo]\nurl = \"https://github.com/lantern/goals\"\nbranch = \"main\"\nhost = \"github\"\n",
    );
    let with = repo.cairn(&["check", "--format", "short"]);
    assert!(
        !with.stdout.contains("`../OWNERS`") && !with.stdout.contains("`../docs/plan.pdf#page=2`"),
        "{}",
        with.stdout
    );
    assert!(
        with.stdout.contains("warning: link to `../docs/plan.pdf`, a file the site does not publish"),
        "an image is not sent to the host: {}",
        with.stdout
    );
    assert!(with.stdout.contains("error: link to `../docs/gone.pdf`, which does not exist"), "{}", with.stdout);
}

#[test]
fn reports_control_characters() {
    let repo = Repo::fixture("check", "_base");
    repo.write("goals/bell.md", "---\ntitle: A goal\nkind: outcome\nstatus: active\n---\nDing\u{7}!\n");
    repo.write("goals/escaped.md", "+++\ntitle = \"Bell \\u0007\"\nkind = \"outcome\"\nstatus = \"active\"\n+++\n");
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    let hint = "(hint: remove it: it is invisible in an editor and makes the feed and badges unreadable)";
    assert_eq!(
        lines,
        [
            format!("goals/bell.md:6:5: error: control character U+0007 is not allowed {hint}"),
            format!("goals/escaped.md:2:9: error: control character U+0007 is not allowed {hint}"),
        ]
    );
}

#[test]
fn reports_config_values_out_of_range_and_unknown_hosts() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "cairn.toml",
        "title = \"T\"\nbase_url = \"https://goals.example.org/\"\n\n[repo]\nurl = \"https://git.example.org/lantern/goals\"\n\n[review]\nstale_after_days = 5000\n",
    );
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "cairn.toml:5:7: error: cannot tell the git host from `https://git.example.org/lantern/goals` (hint: add `host = \"github\"`, `\"gitlab\"`, `\"gitea\"` or `\"forgejo\"` to `[repo]`)",
            "cairn.toml:8:20: error: `review.stale_after_days` must be a whole number from 0 to 3650",
        ]
    );
}

#[cfg(unix)]
#[test]
fn reports_broken_symlinks() {
    let repo = Repo::fixture("check", "_base");
    std::os::unix::fs::symlink("nowhere.md", repo.path().join("goals/dangling.md")).unwrap();
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "goals/dangling.md: error: cannot read this file: broken symbolic link (no such file or directory (os error 2))"
        ]
    );
}

#[test]
fn reports_poll_problems() {
    expect(
        "poll-problems",
        &[
            "polls/bad.md:4:1: error: a poll needs at least two options (hint: list the answers under `options`, one per line)",
            "polls/bad.md:4:17: error: two options are named `only` (hint: give each option its own `id`)",
            "polls/bad.md:6:9: error: `closes` (2026-11-01) is before `opens` (2026-11-10) (hint: a poll is open from `opens` to `closes`, both included)",
            "polls/roadmap.md:10:1: error: `budget` applies only to `score` polls, and this one is `ranked` (hint: remove the line, or change `method`)",
            "polls/roadmap.md:11:20: error: unknown goal `nope` (hint: name goals by their file name without `.md`)",
        ],
    );
}

#[test]
fn reports_poll_settings_of_the_other_backend() {
    let hint = "(hint: `backend: pr` polls take `electorate: anyone` or a list of `members.toml`; `backend: endpoint` polls take `electorate: invite` (codes from `cairn invites`) or `open`, and `origins`)";
    let origin = "a site's origin: `https://` or `http://` and the host, without a path (`https://lantern.example`)";
    expect(
        "poll-backends",
        &[
            &format!(
                "polls/by-endpoint.md:8:13: error: `electorate: anyone` is for `backend: pr` polls, and this poll is `backend: endpoint` {hint}"
            ),
            &format!(
                "polls/by-endpoint.md:9:11: error: `origins` must be {origin}, found `https://lantern.example/embed`"
            ),
            &format!("polls/by-endpoint.md:9:42: error: `origins` must be {origin}, found `ftp://files.example`"),
            &format!(
                "polls/by-pr.md:7:13: error: `electorate: open` is for `backend: endpoint` polls, and this poll is `backend: pr` {hint}"
            ),
            &format!(
                "polls/by-pr.md:8:1: error: `origins` is for `backend: endpoint` polls, and this poll is `backend: pr` {hint}"
            ),
        ],
    );
}

#[test]
fn lists_ballots_that_do_not_count_as_warnings() {
    let hint = "(hint: a ballot holds one of `choice = \"…\"`, `approve = [\"…\"]`, `ranking = [\"…\"]` or `[points]`, for the poll's method)";
    expect(
        "ballot-problems",
        &[
            "polls/ghost/ballots/fay.toml: warning: there is no poll `ghost` (`polls/ghost.md`) for this ballot (hint: ballots live in `polls/<poll>/ballots/`, next to `polls/<poll>.md`)",
            &format!(
                "polls/roadmap/ballots/bo.toml: warning: this ballot does not count: `boats` is not an option of this poll; the options are `rivers`, `trails`, `ferries` {hint}"
            ),
            &format!(
                "polls/roadmap/ballots/cy.toml: warning: this ballot does not count: this poll is counted by `ranked`, so a ballot gives the options in order of preference (`ranking = [\"…\", \"…\"]`) {hint}"
            ),
            &format!(
                "polls/roadmap/ballots/dee.toml:1:12: warning: this ballot does not count: invalid TOML: unclosed array, expected `]` {hint}"
            ),
            &format!(
                "polls/roadmap/ballots/flo.toml:1:1: warning: this ballot does not count: it has more than one of `choice`, `approve`, `ranking` and `points` {hint}"
            ),
        ],
    );
    // A voter's mistake does not stop the community's site.
    let repo = Repo::fixture("check", "ballot-problems");
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 0, "{run:?}");
}

#[test]
fn a_ballot_that_cannot_be_read_is_listed_not_counted_and_stops_nothing() {
    let repo = Repo::fixture("check", "ballot-problems");
    repo.write("polls/roadmap/ballots/gus.toml", "");
    repo.write("polls/roadmap/ballots/hal.toml", "choice = \"rivers\"\u{7}\n");
    repo.write("polls/roadmap/ballots/ivy.toml", [b'c', 0xff, b'\n']);
    let (code, lines) = repo.check_short();
    assert_eq!(code, 0, "{lines:#?}");
    for (file, reason) in [
        ("gus.toml", "file is empty"),
        ("hal.toml", "control character U+0007 is not allowed"),
        ("ivy.toml", "file is not valid UTF-8"),
    ] {
        let line = lines.iter().find(|l| l.contains(file)).unwrap_or_else(|| panic!("{file}: {lines:#?}"));
        assert!(line.contains(&format!("warning: this ballot does not count: {reason}")), "{line}");
    }
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/polls/roadmap/index.html")).expect("the poll page");
    for (voter, reason) in [
        ("gus", "file is empty"),
        ("hal", "control character U+0007 is not allowed"),
        ("ivy", "file is not valid UTF-8"),
    ] {
        let row = format!("<th scope=\"row\">@{voter}</th>");
        let at = page.find(&row).unwrap_or_else(|| panic!("@{voter} is listed on the poll's page"));
        assert!(page[at..].split("</tr>").next().is_some_and(|r| r.contains(&format!("No: {reason}"))), "@{voter}");
    }
}

#[test]
fn reports_relation_cycles_unknown_goals_and_weights() {
    expect(
        "relation-problems",
        &[
            "goals/again.md:5:12: error: `continues` makes a cycle: `again` → `again` (hint: a goal continues an earlier one: remove `continues` from the earliest of these goals)",
            "goals/heavy.md:5:1: error: `weight` without `part_of`: the weight counts only among the parts of a goal (hint: add `part_of: <goal>` naming the goal this one is a part of, or remove `weight`)",
            "goals/part.md:5:10: error: unknown goal `roadmapp` (hint: did you mean `roadmap`?)",
            "goals/part.md:6:9: error: `weight` must be a number above 0 (hint: give a part's share as a number such as `2` or `0.5`; parts without one weigh 1)",
            "goals/part.md:7:12: error: unknown goal `old-plan` (hint: name goals by their file name without `.md`)",
            "goals/plan.md:5:10: error: `part_of` makes a cycle: `plan` → `roadmap` → `plan` (hint: a goal cannot be a part of its own parts: remove `part_of` from one of these goals)",
        ],
    );
}

#[test]
fn reports_reversed_and_incomplete_periods_and_parts_outside_their_period() {
    expect(
        "period-problems",
        &[
            "goals/2025h2/_index.md:5:7: error: `period.to` (2024-12-31) is before `period.from` (2025-07-01) (hint: swap `from` and `to`, or correct the year)",
            "goals/half-period.md:5:1: error: missing required key `period.to` (hint: add a line such as `to: 2025-06-30`)",
            "goals/late-part.md:5:10: error: this goal is set for 2025-07-01 to 2025-12-31, but `flagship`, which it is part of, is set for 2025H1 (2025-01-01 to 2025-06-30) (hint: move the goal into its whole's period, or make it part of that period's goal instead)",
        ],
    );
}

#[test]
fn reports_metric_sources_that_cannot_be_measured_from() {
    expect(
        "source-problems",
        &[
            "goals/bad-pointer.md:9:67: error: bad `metric.source`: `json.pointer` must be a JSON pointer, starting with `/` (`/data/count`), not `data/count` (hint: a source is one of `github-issues: { query: \"…\" }`, `checklist: <issue address>`, `json: { url: \"…\", pointer: \"/…\" }` or `command: \"…\"`)",
            "goals/no-current.md:5:1: error: missing required key `metric.current` (hint: add a line such as `current: 42`)",
            "goals/no-source.md:8:3: error: bad `metric.source`: names no source: give one of `github-issues`, `checklist`, `json` or `command` (hint: a source is one of `github-issues: { query: \"…\" }`, `checklist: <issue address>`, `json: { url: \"…\", pointer: \"/…\" }` or `command: \"…\"`)",
            "goals/pull-request.md:5:58: error: bad `metric.source`: `checklist` must be an issue's address, and `https://github.com/lantern-maps/lantern/pull/12` is not: it is not the address of an issue (`…/<owner>/<repository>/issues/<number>`) (hint: a source is one of `github-issues: { query: \"…\" }`, `checklist: <issue address>`, `json: { url: \"…\", pointer: \"/…\" }` or `command: \"…\"`)",
            "goals/two-sources.md:8:3: error: bad `metric.source`: names 2 sources (`github-issues`, `checklist`): a metric is measured from one (hint: a source is one of `github-issues: { query: \"…\" }`, `checklist: <issue address>`, `json: { url: \"…\", pointer: \"/…\" }` or `command: \"…\"`)",
        ],
    );
}

#[test]
fn reports_unknown_roles_and_links_that_are_not_web_addresses() {
    expect(
        "people-problems",
        &[
            "goals/people.md:7:3: error: unknown role `reviewr` in `people` (hint: did you mean `reviewer`?)",
            "goals/people.md:8:3: error: `Lang_Team` is not a valid role name: it contains `L`: only lowercase letters, digits and `-` are allowed (hint: rename it to `lang-team` (lowercase letters, digits and `-`))",
            "goals/people.md:9:3: error: unknown role `mentor` in `people` (hint: the roles are `champion`, `reviewer`, `approver`, `steward`; add others to `[roles]` in `cairn.toml`, as `mentor = \"Mentor\"`)",
            "goals/people.md:14:10: error: `links.url` must be an `https://` or `http://` address, found `javascript:alert(1)`",
            "goals/people.md:15:5: error: `links` must be a table with `label` and `url`, found text",
            "goals/people.md:16:14: error: `help_wanted` must not be empty",
        ],
    );
    expect(
        "bad-role-name",
        &[
            "cairn.toml:5:1: error: `Co Lead` is not a valid role name: it contains `C`: only lowercase letters, digits and `-` are allowed (hint: rename it to `co-lead` (lowercase letters, digits and `-`))",
            "cairn.toml:6:10: error: `roles.mentor` must be text, found a number (hint: put the value in quotes)",
        ],
    );
}
