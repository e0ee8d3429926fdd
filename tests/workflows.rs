//! The GitHub Actions workflows `cairn init` writes, run for real: every `run:` step of
//! the check, ballot, pages and export workflows is executed with bash in a repository
//! made by `cairn init`, with real commits, GitHub's expressions filled in as a pull
//! request's event fills them, and the `cairn` under test on the `PATH`. This shows that
//! they call cairn with arguments that work; tests/browser/workflows.test.mjs checks them
//! against GitHub's schema. The install action's steps are run in `install.rs`.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::harness::Repo;

/// A workflow, parsed.
fn workflow(repo: &Repo, name: &str) -> Value {
    yaml_file(&repo.path().join(".github/workflows").join(name))
}

/// A YAML file, parsed.
pub(crate) fn yaml_file(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{} is not YAML: {e}", path.display()))
}

/// The actions the workflows and the install action may use: GitHub's own, and the
/// install action. They are not run here.
const KNOWN_ACTIONS: &[&str] = &[
    "actions/checkout@v7",
    "actions/cache@v6",
    "actions/configure-pages@v6",
    "actions/upload-pages-artifact@v5",
    "actions/deploy-pages@v5",
    "./.github/actions/install-cairn",
];

/// `text` with each `${{ expression }}` replaced by its value in `vars`; an expression
/// the test does not know fails it.
fn expand(text: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("${{") {
        let end = rest[start..].find("}}").expect("a closed expression") + start;
        let expression = rest[start + 3..end].trim();
        let value = vars.iter().find(|(k, _)| *k == expression).unwrap_or_else(|| panic!("unknown `{expression}`"));
        out.push_str(&rest[..start]);
        out.push_str(value.1);
        rest = &rest[end + 2..];
    }
    out + rest
}

/// What the run steps of one job did: the exit code and output of the last step run (a
/// failing step stops the job, as on GitHub).
pub(crate) struct JobRun {
    pub(crate) code: i32,
    pub(crate) output: String,
    pub(crate) ran: Vec<String>,
}

/// Runs the `run:` steps of `job` in the repository. `uses:` steps must be the actions
/// the workflows are meant to use (GitHub's, or the install action, which `install.rs`
/// runs), and are skipped.
fn run_job(repo: &Repo, job: &Value, vars: &[(&str, &str)]) -> JobRun {
    run_job_with(repo, job, vars, None, &[])
}

/// [`run_job`], with `tools` (stand-ins for programs such as `gh`) first on the `PATH`
/// and `env` set for every step (as the runner sets `GITHUB_PATH`).
pub(crate) fn run_job_with(
    repo: &Repo,
    job: &Value,
    vars: &[(&str, &str)],
    tools: Option<&Path>,
    env: &[(&str, &str)],
) -> JobRun {
    let bin = Path::new(env!("CARGO_BIN_EXE_cairn")).parent().expect("the binary's folder").to_owned();
    let mut path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    if let Some(tools) = tools {
        path = format!("{}:{path}", tools.display());
    }
    let mut result = JobRun { code: 0, output: String::new(), ran: Vec::new() };
    for step in job["steps"].as_array().expect("steps") {
        if let Some(uses) = step["uses"].as_str() {
            assert!(KNOWN_ACTIONS.contains(&uses), "an unexpected action: {uses}");
            continue;
        }
        let script = expand(step["run"].as_str().expect("a run step"), vars);
        let mut command = Command::new("bash");
        command.args(["-e", "-o", "pipefail", "-c", &script]).current_dir(repo.path()).env("PATH", &path);
        command.env("NO_COLOR", "1").env("GITHUB_ACTIONS", "true").envs(env.iter().copied());
        for (key, value) in step["env"].as_object().into_iter().flatten() {
            command.env(key, expand(value.as_str().expect("text"), vars));
        }
        let out = command.output().expect("run bash");
        result.ran.push(script);
        result.code = out.status.code().unwrap_or(-1);
        result.output = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        if result.code != 0 {
            break;
        }
    }
    result
}

/// A repository made by `cairn init`, committed on the main branch.
fn initialized() -> Repo {
    initialized_with(&[])
}

/// [`initialized`], with more arguments for `cairn init`.
pub(crate) fn initialized_with(args: &[&str]) -> Repo {
    let repo = Repo::empty();
    let init = repo.cairn(&[&["init"], args].concat());
    assert_eq!(init.code, 0, "{}", init.stderr);
    repo.git(&["init", "-q", "-b", "main"]);
    repo.git(&["add", "-A"]);
    repo.git(&["-c", "user.name=Maintainer", "-c", "user.email=m@example.org", "commit", "-q", "-m", "Start"]);
    repo
}

#[test]
fn the_check_workflow_runs_cairn_check_and_annotates_problems() {
    let repo = initialized();
    let check = workflow(&repo, "cairn-check.yml");
    assert!(check["on"]["pull_request"].is_null() && check["on"].get("pull_request").is_some(), "{check}");
    assert_eq!(check["on"]["push"]["branches"], serde_json::json!(["main"]));
    let job = &check["jobs"]["check"];
    let run = run_job(&repo, job, &[]);
    assert_eq!((run.code, run.ran.clone()), (0, vec!["cairn check --format github".to_owned()]), "{}", run.output);

    repo.write("goals/first-stable-release.md", "---\ntitle: Broken\nkind: outcome\nstatus: finished\n---\n");
    let run = run_job(&repo, job, &[]);
    assert_eq!(run.code, 1, "{}", run.output);
    assert!(run.output.contains("::error file=goals/first-stable-release.md,line=4"), "{}", run.output);
}

#[test]
fn the_ballot_workflow_accepts_the_authors_own_ballot_and_refuses_another() {
    let repo = initialized();
    let ballot = workflow(&repo, "cairn-ballot.yml");
    // From the main branch, so that a pull request cannot change its own check.
    assert_eq!(ballot["on"]["pull_request_target"]["paths"], serde_json::json!(["polls/*/ballots/**"]));
    assert!(ballot["on"].get("pull_request").is_none(), "{ballot}");
    assert_eq!(ballot["permissions"], serde_json::json!({ "contents": "read" }));
    let steps = ballot["jobs"]["ballot"]["steps"].as_array().expect("steps");
    assert_eq!(steps[0]["with"]["persist-credentials"], false, "no token left in the checkout");
    // As GitHub holds a pull request: its branch merged into main, as `refs/pull/1/merge`
    // of the origin; the job starts on the main branch and fetches it.
    repo.git(&["checkout", "-q", "-b", "vote"]);
    let ranking = "ranking = [\"welcome-every-newcomer\", \"first-stable-release\"]\n";
    repo.write("polls/next-focus/ballots/amara.toml", ranking);
    repo.git(&["add", "-A"]);
    repo.git(&["commit", "-q", "-m", "Vote in next-focus"]);
    repo.git(&["checkout", "-q", "--detach", "main"]);
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge pull request #1", "vote"]);
    repo.git(&["update-ref", "refs/pull/1/merge", "HEAD"]);
    repo.git(&["checkout", "-q", "main"]);
    let origin = repo.path().display().to_string();
    repo.git(&["remote", "add", "origin", &format!("file://{origin}")]);

    let job = &ballot["jobs"]["ballot"];
    let by = |login: &str| {
        repo.git(&["checkout", "-q", "main"]);
        run_job(
            &repo,
            job,
            &[("github.event.pull_request.number", "1"), ("github.event.pull_request.user.login", login)],
        )
    };
    let own = by("amara");
    assert_eq!(own.code, 0, "{}", own.output);
    assert_eq!(own.output, "valid: the ballot of @amara for poll `next-focus`\n");
    let other = by("bo");
    assert_eq!(other.code, 1, "{}", other.output);
    assert!(
        other.output.contains("refused: `polls/next-focus/ballots/amara.toml` is the ballot of `amara`, not of `bo`"),
        "{}",
        other.output
    );
    // The login reaches cairn as one argument, whatever it holds.
    let odd = by("x\"; touch pwned; echo \"");
    assert_eq!(odd.code, 1, "{}", odd.output);
    assert!(!repo.path().join("pwned").exists(), "the login ran as a command");
}

#[test]
fn the_pages_workflow_builds_the_site_for_the_pages_address_and_deploys_it() {
    let repo = initialized();
    let pages = workflow(&repo, "cairn-pages.yml");
    assert_eq!(pages["on"]["push"]["branches"], serde_json::json!(["main"]));
    // Nothing by default; only the deploy job may publish.
    assert_eq!(pages["permissions"], serde_json::json!({}));
    let build_job = &pages["jobs"]["build"];
    assert_eq!(build_job["permissions"], serde_json::json!({ "contents": "read", "pages": "read" }));
    let deploy = &pages["jobs"]["deploy"];
    assert_eq!(deploy["permissions"], serde_json::json!({ "pages": "write", "id-token": "write" }));
    assert_eq!(deploy["needs"], "build");
    assert_eq!(deploy["steps"][0]["uses"], "actions/deploy-pages@v5");
    let steps = build_job["steps"].as_array().expect("steps");
    let configure = steps.iter().find(|s| s["uses"] == "actions/configure-pages@v6").expect("configure-pages");
    assert_eq!(configure["id"], "pages");

    // As configure-pages gives it for a project site: no trailing slash.
    let address = "https://lantern.github.io/goals";
    let build = run_job(&repo, build_job, &[("steps.pages.outputs.base_url", address)]);
    assert_eq!(build.code, 0, "{}", build.output);
    let public = repo.path().join("public");
    assert!(public.join("polls/next-focus/index.html").is_file());
    let read = |path: &str| std::fs::read_to_string(public.join(path)).expect("a built file");
    let goal = read("goals/first-stable-release/index.html");
    assert!(
        goal.contains("<link rel=\"canonical\" href=\"https://lantern.github.io/goals/goals/first-stable-release/\">"),
        "{goal}"
    );
    assert!(goal.contains("https://lantern.github.io/goals/widget/cairn.js"), "the embed snippet: {goal}");
    assert!(read("sitemap.xml").contains("<loc>https://lantern.github.io/goals/</loc>"));
    assert!(read("atom.xml").contains("<id>https://lantern.github.io/goals/</id>"));
    for path in ["index.html", "goals/first-stable-release/index.html", "sitemap.xml", "atom.xml", "api/v1/site.json"] {
        assert!(!read(path).contains("example.org"), "`{path}` still names cairn.toml's base_url");
    }
    let upload = steps.last().expect("a last step");
    assert_eq!(upload["uses"], "actions/upload-pages-artifact@v5");
    assert_eq!(upload["with"]["path"], "public", "the artifact is the folder the build wrote");
}

#[test]
fn the_workflows_run_on_the_branch_given_or_found() {
    let read = |repo: &Repo, path: &str| std::fs::read_to_string(repo.path().join(path)).expect("a written file");
    let repo = initialized_with(&["--branch", "trunk"]);
    for name in ["cairn-pages.yml", "cairn-check.yml"] {
        assert_eq!(workflow(&repo, name)["on"]["push"]["branches"], serde_json::json!(["trunk"]), "{name}");
    }
    assert!(read(&repo, "cairn.toml").contains("# branch = \"trunk\"\n"));

    // `cairn init` in a git repository takes its branch, born or not.
    let repo = Repo::empty();
    repo.git(&["init", "-q", "-b", "develop"]);
    assert_eq!(repo.cairn(&["init"]).code, 0);
    assert_eq!(workflow(&repo, "cairn-pages.yml")["on"]["push"]["branches"], serde_json::json!(["develop"]));

    // A current branch the workflows cannot carry is refused, with what to do.
    let repo = Repo::empty();
    repo.git(&["init", "-q", "-b", "goals,2027"]);
    let refused = repo.cairn(&["init"]);
    assert_eq!(refused.code, 2);
    assert_eq!(
        refused.stderr,
        "error: the repository's current branch `goals,2027` cannot be written into the workflows: name the branch to publish from with `--branch NAME` (letters, digits, `-`, `_`, `.` and `/`)\n"
    );
    assert!(!repo.path().join("cairn.toml").exists());
    assert_eq!(repo.cairn(&["init", "--branch", "main"]).code, 0);

    // A name the workflows cannot carry is refused, and nothing is written.
    let repo = Repo::empty();
    let refused = repo.cairn(&["init", "--branch", "main\"; rm -rf /"]);
    assert_eq!(refused.code, 2);
    assert_eq!(
        refused.stderr,
        "error: `main\"; rm -rf /` is not a branch name cairn can write into the workflows: use letters, digits, `-`, `_`, `.` and `/` (such as `main`)\n"
    );
    assert!(!repo.path().join("cairn.toml").exists());
}

#[test]
fn the_export_workflow_commits_an_endpoint_polls_ballots_and_opens_a_pull_request() {
    const KEY: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE";
    let repo = initialized();
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("a date");
    let poll = format!(
        "---\nquestion: Where?\nmethod: single\noptions: [Lisbon, Nairobi]\nopens: {}\ncloses: {}\nbackend: endpoint\n---\n",
        day(-2),
        day(2)
    );
    repo.write("polls/summit.md", poll);
    repo.write(".gitignore", "public/\nvotes.db*\n");
    repo.git(&["add", "-A"]);
    repo.git(&["-c", "user.name=Maintainer", "-c", "user.email=m@example.org", "commit", "-q", "-m", "A poll"]);
    let origin = tempfile::tempdir().expect("temporary folder");
    repo.git(&["init", "-q", "--bare", &origin.path().display().to_string()]);
    repo.git(&["remote", "add", "origin", &origin.path().display().to_string()]);

    // Two ballots at the endpoint, as voters would cast them.
    assert_eq!(repo.cairn(&["build", "--output", "public"]).code, 0);
    let env = [("CAIRN_ENDPOINT_KEY", KEY)];
    let endpoint = crate::endpoint::Endpoint::start_with(&repo, &env);
    let codes = crate::harness::cairn_env(repo.path(), &["invites", "issue", "--poll", "summit", "--count", "2"], &env);
    for code in codes.stdout.lines() {
        let body = format!("{{\"choice\": {{\"single\": \"nairobi\"}}, \"code\": \"{code}\"}}");
        let sent = crate::endpoint::http(&endpoint.address, "POST", "/api/v1/polls/summit/ballots", &body);
        assert_eq!(sent.map(|r| r.0), Some(201));
    }
    drop(endpoint);
    std::fs::remove_dir_all(repo.path().join("public")).expect("the site goes; the workflow builds it");

    let (tools, log) = fake_gh();
    let export = workflow(&repo, "cairn-export.yml");
    assert_eq!(export["permissions"]["contents"], "write");
    let mut job = export["jobs"]["export"].clone();
    for step in job["steps"].as_array_mut().expect("steps") {
        if let Some(env) = step["env"].as_object_mut() {
            env.insert("GH_LOG".into(), log.display().to_string().into());
        }
    }
    let vars = [
        ("inputs.poll", "summit"),
        ("secrets.CAIRN_DATABASE", "sqlite://votes.db"),
        ("secrets.CAIRN_ENDPOINT_KEY", KEY),
        ("github.token", "a-token"),
    ];
    let run = run_job_with(&repo, &job, &vars, Some(tools.path()), &[]);
    assert_eq!(run.code, 0, "{}", run.output);
    let pushed = repo.git(&[
        "--git-dir",
        &origin.path().display().to_string(),
        "ls-tree",
        "-r",
        "--name-only",
        "cairn-export/summit",
    ]);
    assert_eq!(pushed.lines().filter(|l| l.starts_with("polls/summit/ballots/voter-")).count(), 2, "{pushed}");
    let asked = std::fs::read_to_string(&log).expect("gh was run");
    assert!(asked.contains("pr create --head cairn-export/summit --title Ballots of poll summit"), "{asked}");
}

#[test]
fn the_measure_workflow_writes_new_values_and_opens_a_pull_request_with_them() {
    let api = crate::api_origin::ApiOrigin::start(|_: &crate::api_origin::Asked, _: &str| {
        crate::api_origin::Answer::json("{\"total_count\": 17, \"items\": []}")
    });
    let repo = initialized();
    repo.write(
        "goals/closed-bugs.md",
        "---\ntitle: Close the old bugs\nkind: outcome\nstatus: active\nmetric:\n  baseline: 0\n  current: 3\n  target: 40\n  source:\n    github-issues: { query: \"repo:lantern/goals label:bug is:closed\" }\n---\n",
    );
    repo.git(&["add", "-A"]);
    repo.git(&[
        "-c",
        "user.name=Maintainer",
        "-c",
        "user.email=m@example.org",
        "commit",
        "-q",
        "-m",
        "A measured goal",
    ]);
    let origin = tempfile::tempdir().expect("temporary folder");
    repo.git(&["init", "-q", "--bare", &origin.path().display().to_string()]);
    repo.git(&["remote", "add", "origin", &origin.path().display().to_string()]);
    let (tools, log) = fake_gh();

    let measure = workflow(&repo, "cairn-measure.yml");
    assert_eq!(measure["permissions"]["contents"], "write");
    assert!(measure["on"]["schedule"][0]["cron"].is_string(), "{measure}");
    let job = &measure["jobs"]["measure"];
    let env = [("GITHUB_API_URL", api.url()), ("GH_LOG", log.display().to_string())];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let run = run_job_with(&repo, job, &[("github.token", "run-token")], Some(tools.path()), &env);
    assert_eq!(run.code, 0, "{}", run.output);
    let asked = api.asked();
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].header("authorization"), Some("Bearer run-token"), "the run's token, from the environment");
    let branch = "cairn-measure";
    let pushed = repo.git(&[
        "--git-dir",
        &origin.path().display().to_string(),
        "show",
        &format!("{branch}:goals/closed-bugs.md"),
    ]);
    assert!(pushed.contains("  current: 17\n"), "{pushed}");
    let asked = std::fs::read_to_string(&log).expect("gh was run");
    assert!(asked.contains(&format!("pr list --head {branch} --base main --state open")), "{asked}");
    assert!(asked.contains(&format!("pr create --head {branch} --base main --title Measured goals")), "{asked}");

    // Nothing new: nothing is pushed, and the job succeeds.
    repo.git(&["switch", "-q", "main"]);
    repo.git(&["merge", "-q", branch]);
    let again = run_job_with(&repo, job, &[("github.token", "run-token")], Some(tools.path()), &env);
    assert_eq!(again.code, 0, "{}", again.output);
    assert!(again.output.contains("Every value is as it was."), "{}", again.output);

    // DELIVERY=commit: the new value is pushed to the main branch, with no pull request.
    let goal = std::fs::read_to_string(repo.path().join("goals/closed-bugs.md")).expect("the goal");
    repo.write("goals/closed-bugs.md", goal.replace("current: 17", "current: 5"));
    repo.git(&["-c", "user.name=M", "-c", "user.email=m@example.org", "commit", "-qam", "By hand"]);
    std::fs::write(&log, "").expect("the log emptied");
    let commit: Vec<(&str, &str)> = env.iter().copied().chain([("DELIVERY", "commit")]).collect();
    let delivered = run_job_with(&repo, job, &[("github.token", "run-token")], Some(tools.path()), &commit);
    assert_eq!(delivered.code, 0, "{}", delivered.output);
    let main = repo.git(&["--git-dir", &origin.path().display().to_string(), "show", "main:goals/closed-bugs.md"]);
    assert!(main.contains("  current: 17\n"), "{main}");
    assert_eq!(std::fs::read_to_string(&log).expect("the log"), "", "no pull request");
}

/// A folder holding a `gh` that stands in for GitHub's command line: it
/// appends each command line it is given to `$GH_LOG` (the returned path),
/// answers `pr view` with "no such pull request" and everything else with
/// success.
fn fake_gh() -> (tempfile::TempDir, std::path::PathBuf) {
    let tools = tempfile::tempdir().expect("temporary folder");
    let gh = tools.path().join("gh");
    std::fs::write(&gh, "#!/bin/sh\necho \"$@\" >> \"$GH_LOG\"\n[ \"$1 $2\" = \"pr view\" ] && exit 1\nexit 0\n")
        .expect("gh");
    std::fs::set_permissions(&gh, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("executable");
    let log = tools.path().join("gh.log");
    (tools, log)
}
