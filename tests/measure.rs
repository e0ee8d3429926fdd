//! `cairn measure` against a local origin that answers like the GitHub API (and a JSON
//! document's server): every kind of source measured and written in place, tokens from the
//! environment, pagination, and each failure (rate limit, 404, malformed JSON, a command
//! not allowed) a diagnostic for its goal while the other goals are still measured.

use crate::api_origin::{Answer, ApiOrigin, Asked};
use crate::harness::{Repo, cairn_env};

const ISSUE_BODY: &str =
    "Tasks:\\n\\n- [x] design\\n- [x] implement\\n- [ ] document\\n- [x] ship\\n\\n```\\n- [ ] not a task\\n```\\n";

fn repo() -> Repo {
    let repo = Repo::empty();
    repo.write("cairn.toml", "title = \"Measured\"\nbase_url = \"https://goals.example.org/\"\n");
    repo.write("charter.md", "---\ntitle: Charter\npurpose: Measure things.\n---\n");
    repo
}

fn goal(repo: &Repo, slug: &str, metric: &str) {
    repo.write(
        &format!("goals/{slug}.md"),
        format!("---\ntitle: {slug}\nkind: outcome\nstatus: active\n{metric}---\nBody.\n"),
    );
}

fn read(repo: &Repo, slug: &str) -> String {
    std::fs::read_to_string(repo.path().join(format!("goals/{slug}.md"))).expect("the goal")
}

/// Answers like GitHub: a search count, an issue with its body, a JSON document.
fn github(asked: &Asked, _origin: &str) -> Answer {
    match asked.target.split('?').next().unwrap_or_default() {
        "/search/issues" => Answer::json("{\"total_count\": 42, \"incomplete_results\": false, \"items\": []}"),
        "/repos/lantern/goals/issues/7" => Answer::json(&format!("{{\"number\": 7, \"body\": \"{ISSUE_BODY}\"}}")),
        "/stats.json" => Answer::json("{\"data\": {\"count\": 12, \"label\": \"twelve\"}}"),
        _ => Answer::status(404, "{\"message\": \"Not Found\"}"),
    }
}

#[test]
fn every_source_is_measured_and_written_into_its_goal_file_alone() {
    let origin = ApiOrigin::start(github);
    let repo = repo();
    goal(
        &repo,
        "closed-bugs",
        "metric:\n  baseline: 0\n  current: 30 # counted by hand once\n  target: 100\n  source:\n    github-issues: { query: \"repo:lantern/goals label:bug is:closed\" }\n",
    );
    goal(
        &repo,
        "release-plan",
        "metric:\n  baseline: 0\n  target: 100\n  unit: \"%\"\n  source:\n    checklist: https://github.com/lantern/goals/issues/7\n",
    );
    let stats = format!(
        "metric: {{ baseline: 0, current: 3, target: 20, source: {{ json: {{ url: \"{}/stats.json\", pointer: /data/count }} }} }}\n",
        origin.url()
    );
    goal(&repo, "translations", &stats);
    goal(&repo, "docs-pages", "metric:\n  baseline: 0\n  target: 10\n  source:\n    command: \"wc -l < pages.txt\"\n");
    goal(&repo, "typed", "metric: { baseline: 0, current: 5, target: 10 }\n");
    repo.write("pages.txt", "a\nb\nc\n");
    let before: Vec<String> =
        ["closed-bugs", "release-plan", "translations", "docs-pages", "typed"].iter().map(|g| read(&repo, g)).collect();
    let env = [("GITHUB_API_URL", origin.url()), ("GITHUB_TOKEN", "the-token".to_owned())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();

    let run = cairn_env(repo.path(), &["measure", "--allow-commands"], &env);
    assert_eq!(run.code, 0, "{run:?}");
    for line in [
        "measuring 4 goals",
        "goals/closed-bugs.md: current 30 → 42",
        "goals/release-plan.md: current not measured → 75",
        "goals/translations.md: current 3 → 12",
        "goals/docs-pages.md: current not measured → 3",
        "measured 4 of 4: 4 changed, 0 unchanged, 0 failed",
    ] {
        assert!(run.stderr.contains(line), "{line}: {run:?}");
    }
    assert_eq!(read(&repo, "closed-bugs"), before[0].replace("current: 30 #", "current: 42 #"), "only the value");
    assert_eq!(read(&repo, "release-plan"), before[1].replace("metric:\n", "metric:\n  current: 75\n"));
    assert_eq!(read(&repo, "translations"), before[2].replace("current: 3,", "current: 12,"));
    assert_eq!(read(&repo, "docs-pages"), before[3].replace("metric:\n", "metric:\n  current: 3\n"));
    assert_eq!(read(&repo, "typed"), before[4], "a metric without a source is the community's");

    let asked = origin.asked();
    let search = asked.iter().find(|a| a.target.starts_with("/search/issues")).expect("the search");
    assert_eq!(search.target, "/search/issues?q=repo%3Alantern%2Fgoals%20label%3Abug%20is%3Aclosed&per_page=100");
    assert_eq!(search.header("authorization"), Some("Bearer the-token"), "GitHub gets the token");
    assert!(search.header("user-agent").is_some_and(|ua| ua.starts_with("cairn/")), "{search:?}");
    let document = asked.iter().find(|a| a.target == "/stats.json").expect("the document");
    assert_eq!(document.header("authorization"), None, "a JSON document's server gets no token");

    let again = cairn_env(repo.path(), &["measure", "--allow-commands"], &env);
    assert_eq!(again.code, 0, "{again:?}");
    assert!(again.stderr.contains("measured 4 of 4: 0 changed, 4 unchanged, 0 failed"), "{again:?}");
    assert!(again.stderr.contains("goals/closed-bugs.md: current 42, unchanged"), "{again:?}");
    let check = repo.cairn(&["check"]);
    assert_eq!(check.code, 0, "{check:?}");
}

#[test]
fn each_failure_is_a_diagnostic_for_its_goal_and_the_other_goals_are_measured() {
    let origin = ApiOrigin::start(|asked: &Asked, _: &str| match asked.target.split('?').next().unwrap_or_default() {
        "/search/issues" => Answer::status(403, "{\"message\": \"API rate limit exceeded\"}")
            .with("x-ratelimit-remaining", "0")
            .with("x-ratelimit-reset", "1796428800"),
        "/broken.json" => Answer::json("{\"count\": 12,"),
        "/list.json" => Answer::json("{\"count\": [1, 2]}"),
        "/fine.json" => Answer::json("7"),
        _ => Answer::status(404, "{\"message\": \"Not Found\"}"),
    });
    let repo = repo();
    let url = origin.url();
    goal(
        &repo,
        "search-one",
        "metric:\n  baseline: 0\n  current: 1\n  target: 9\n  source:\n    github-issues: { query: \"repo:o/r is:open\" }\n",
    );
    goal(
        &repo,
        "search-two",
        "metric:\n  baseline: 0\n  current: 2\n  target: 9\n  source:\n    github-issues: { query: \"repo:o/r is:closed\" }\n",
    );
    goal(
        &repo,
        "moved-issue",
        "metric:\n  baseline: 0\n  current: 50\n  target: 100\n  source:\n    checklist: https://github.com/o/r/issues/4040\n",
    );
    let json = |slug: &str, path: &str, pointer: &str| {
        // No pointer: the whole document.
        let pointer = if pointer.is_empty() { String::new() } else { format!(", pointer: \"{pointer}\"") };
        goal(
            &repo,
            slug,
            &format!(
                "metric:\n  baseline: 0\n  current: 1\n  target: 9\n  source:\n    json: {{ url: \"{url}{path}\"{pointer} }}\n"
            ),
        );
    };
    json("broken", "/broken.json", "/count");
    json("a-list", "/list.json", "/count");
    json("fine", "/fine.json", "");
    goal(&repo, "scripted", "metric:\n  baseline: 0\n  current: 1\n  target: 9\n  source:\n    command: \"echo 5\"\n");
    let untouched: Vec<(String, String)> = ["search-one", "search-two", "moved-issue", "broken", "a-list", "scripted"]
        .iter()
        .map(|g| (g.to_string(), read(&repo, g)))
        .collect();

    let run = cairn_env(repo.path(), &["measure", "--format", "short"], &[("GITHUB_API_URL", url.as_str())]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    let expect = [
        format!("goals/a-list.md:9:3: error: `{url}/list.json` gave no number: `/count` is a list, not a number"),
        format!("goals/broken.md:9:3: error: `{url}/broken.json` gave no number: the answer is not JSON"),
        format!("goals/moved-issue.md:9:3: error: `{url}/repos/o/r/issues/4040` answered 404: Not Found"),
        "goals/scripted.md:9:3: error: the command `echo 5` is not run without `--allow-commands`".to_owned(),
        format!(
            "goals/search-one.md:9:3: error: the rate limit of `{url}` is used up until 2026-12-05 00:00 UTC (hint: set `GITHUB_TOKEN`"
        ),
        format!("goals/search-two.md:9:3: error: the rate limit of `{url}` is used up until 2026-12-05 00:00 UTC"),
    ];
    assert_eq!(lines.len(), expect.len(), "{run:?}");
    for (line, expected) in lines.iter().zip(&expect) {
        assert!(line.starts_with(expected.as_str()), "{line}\n  expected {expected}");
    }
    let searches = origin.asked().iter().filter(|a| a.target.starts_with("/search/issues")).count();
    assert_eq!(searches, 1, "a used-up API is not asked again in the run");
    assert!(read(&repo, "fine").contains("current: 7\n"), "the goal that could be measured is written");
    for (slug, text) in untouched {
        assert_eq!(read(&repo, &slug), text, "{slug} keeps its value");
    }
}

#[test]
fn a_search_without_a_count_is_counted_page_by_page() {
    let origin = ApiOrigin::start(|asked: &Asked, origin: &str| {
        let items = |n: usize| format!("[{}]", vec!["{\"number\": 1}"; n].join(", "));
        if asked.target.contains("page=2") {
            Answer::json(&format!("{{\"items\": {}}}", items(50)))
        } else {
            Answer::json(&format!("{{\"items\": {}}}", items(100)))
                .with("Link", &format!("<{origin}/search/issues?q=x&page=2>; rel=\"next\", <{origin}/search/issues?q=x&page=2>; rel=\"last\""))
        }
    });
    let repo = repo();
    goal(
        &repo,
        "counted",
        "metric:\n  baseline: 0\n  target: 500\n  source:\n    github-issues: { query: \"is:closed\" }\n",
    );
    let run = cairn_env(repo.path(), &["measure"], &[("GITHUB_API_URL", origin.url().as_str())]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(read(&repo, "counted").contains("  current: 150\n"), "{}", read(&repo, "counted"));
    assert_eq!(origin.asked().len(), 2);
}

#[test]
fn a_dry_run_prints_the_new_values_and_writes_nothing() {
    let origin = ApiOrigin::start(github);
    let repo = repo();
    goal(
        &repo,
        "closed-bugs",
        "metric:\n  baseline: 0\n  current: 30\n  target: 100\n  source:\n    github-issues: { query: \"repo:lantern/goals is:closed\" }\n",
    );
    let before = read(&repo, "closed-bugs");
    let run = cairn_env(repo.path(), &["measure", "--dry-run"], &[("GITHUB_API_URL", origin.url().as_str())]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("goals/closed-bugs.md: current 30 → 42 (not written: --dry-run)"), "{run:?}");
    assert!(run.stderr.contains("1 would change"), "{run:?}");
    assert_eq!(read(&repo, "closed-bugs"), before);
}

#[test]
fn a_goal_not_measured_yet_says_so_and_an_invalid_repository_is_not_measured() {
    let repo = repo();
    goal(
        &repo,
        "waiting",
        "metric:\n  baseline: 0\n  target: 10\n  source:\n    checklist: https://github.com/lantern/goals/issues/7\n",
    );
    let build = repo.cairn(&["build", "--output", "public"]);
    assert_eq!(build.code, 0, "{build:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/waiting/index.html")).expect("the page");
    assert!(page.contains("<strong>Not measured yet.</strong> Measured with cairn measure from the ticked boxes of https://github.com/lantern/goals/issues/7."), "{page}");
    let api = std::fs::read_to_string(repo.path().join("public/api/v1/goals/waiting.json")).expect("the API");
    assert!(
        api.contains("\"current\": null")
            && api.contains("\"checklist\": \"https://github.com/lantern/goals/issues/7\""),
        "{api}"
    );

    goal(&repo, "broken", "kind: nonsense\n");
    let run = repo.cairn(&["measure"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("nothing measured: fix the repository first (`cairn check`)"), "{run:?}");
}

#[test]
fn the_token_goes_to_no_other_host_than_the_apis() {
    let elsewhere = ApiOrigin::start(|_: &Asked, _: &str| Answer::json("{\"items\": [], \"body\": \"- [x] a\"}"));
    let other = elsewhere.url();
    let origin = ApiOrigin::start(move |asked: &Asked, _: &str| {
        match asked.target.split('?').next().unwrap_or_default() {
            // A next page, and a moved issue, on another host.
            "/search/issues" => Answer::json("{\"items\": [{\"number\": 1}]}")
                .with("Link", &format!("<{other}/search/issues?page=2>; rel=\"next\"")),
            _ => Answer::status(302, "").with("Location", &format!("{other}/repos/o/r/issues/1")),
        }
    });
    let repo = repo();
    goal(&repo, "paged", "metric:\n  baseline: 0\n  target: 9\n  source:\n    github-issues: { query: \"is:open\" }\n");
    goal(
        &repo,
        "moved",
        "metric:\n  baseline: 0\n  target: 9\n  source:\n    checklist: https://github.com/o/r/issues/1\n",
    );
    let env = [("GITHUB_API_URL", origin.url()), ("GITHUB_TOKEN", "secret".to_owned())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let run = cairn_env(repo.path(), &["measure", "--format", "short"], &env);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stdout.contains("its next page is on another host"), "{run:?}");
    assert!(run.stdout.contains("a request with a token follows no redirect"), "{run:?}");
    assert!(elsewhere.asked().is_empty(), "the other host was asked: {:?}", elsewhere.asked());
}

#[test]
fn a_used_up_search_limit_leaves_the_rest_of_the_api_and_the_limit_says_when() {
    let origin = ApiOrigin::start(|asked: &Asked, _: &str| match asked.target.split('?').next().unwrap_or_default() {
        "/search/issues" => Answer::status(429, "{\"message\": \"slow down\"}").with("Retry-After", "60"),
        "/repos/lantern/goals/issues/7" => Answer::json(&format!("{{\"number\": 7, \"body\": \"{ISSUE_BODY}\"}}")),
        _ => Answer::status(404, "{\"message\": \"Not Found\"}"),
    });
    let repo = repo();
    goal(
        &repo,
        "searched",
        "metric:\n  baseline: 0\n  target: 9\n  source:\n    github-issues: { query: \"is:open\" }\n",
    );
    goal(
        &repo,
        "ticked",
        "metric:\n  baseline: 0\n  target: 100\n  source:\n    checklist: https://github.com/lantern/goals/issues/7\n",
    );
    let run = cairn_env(repo.path(), &["measure", "--format", "short"], &[("GITHUB_API_URL", origin.url().as_str())]);
    assert_eq!(run.code, 1, "{run:?}");
    let expected = format!("the rate limit of `{}` is used up until 60 seconds from now", origin.url());
    assert!(run.stdout.contains(&expected), "{run:?}");
    assert!(read(&repo, "ticked").contains("current: 75\n"), "the issues API has a limit of its own");
}

#[test]
fn a_failure_in_a_toml_goal_points_at_its_source_and_an_incomplete_search_is_not_written() {
    let origin = ApiOrigin::start(|_: &Asked, _: &str| {
        Answer::json("{\"total_count\": 3, \"incomplete_results\": true, \"items\": []}")
    });
    let repo = repo();
    repo.write(
        "goals/toml.md",
        "+++\ntitle = \"TOML\"\nkind = \"outcome\"\nstatus = \"active\"\n\n[metric]\nbaseline = 0\ncurrent = 1\ntarget = 9\n\n[metric.source]\ngithub-issues = { query = \"is:open\" }\n+++\nBody.\n",
    );
    let before = read(&repo, "toml");
    let run = cairn_env(repo.path(), &["measure", "--format", "short"], &[("GITHUB_API_URL", origin.url().as_str())]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.starts_with("goals/toml.md:11:9: error:") && run.stdout.contains("incomplete_results"),
        "the `source` of `[metric.source]`: {run:?}"
    );
    assert_eq!(read(&repo, "toml"), before);
}
