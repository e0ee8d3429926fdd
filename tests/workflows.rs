//! The GitHub Actions workflows `cairn init` writes, run for real: every `run:` step of
//! the check, ballot and pages workflows is executed with bash in a repository made by
//! `cairn init`, with real commits, GitHub's expressions filled in as a pull request's
//! event fills them, and the `cairn` under test on the `PATH`. This shows that they call
//! cairn with arguments that work; tests/browser/workflows.test.mjs checks them against
//! GitHub's schema.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::harness::Repo;

/// A workflow, parsed.
fn workflow(repo: &Repo, name: &str) -> Value {
    let text = std::fs::read_to_string(repo.path().join(".github/workflows").join(name)).expect("the workflow");
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{name} is not YAML: {e}"))
}

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
struct JobRun {
    code: i32,
    output: String,
    ran: Vec<String>,
}

/// Runs the `run:` steps of `job` in the repository. `uses:` steps must be the actions
/// the workflows are meant to use; they are GitHub's, or install cairn (which needs cairn
/// published: not tested here), and are skipped.
fn run_job(repo: &Repo, job: &Value, vars: &[(&str, &str)]) -> JobRun {
    run_job_with(repo, job, vars, None)
}

/// [`run_job`], with `tools` (stand-ins for programs such as `gh`) first on the `PATH`.
fn run_job_with(repo: &Repo, job: &Value, vars: &[(&str, &str)], tools: Option<&Path>) -> JobRun {
    let bin = Path::new(env!("CARGO_BIN_EXE_cairn")).parent().expect("the binary's folder").to_owned();
    let mut path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    if let Some(tools) = tools {
        path = format!("{}:{path}", tools.display());
    }
    let mut result = JobRun { code: 0, output: String::new(), ran: Vec::new() };
    for step in job["steps"].as_array().expect("steps") {
        if let Some(uses) = step["uses"].as_str() {
            let known = ["actions/checkout@v4", "./.github/actions/install-cairn", "actions/upload-pages-artifact@v3"];
            assert!(known.contains(&uses), "an unexpected action: {uses}");
            continue;
        }
        let script = expand(step["run"].as_str().expect("a run step"), vars);
        let mut command = Command::new("bash");
        command.args(["-e", "-o", "pipefail", "-c", &script]).current_dir(repo.path()).env("PATH", &path);
        command.env("NO_COLOR", "1").env("GITHUB_ACTIONS", "true");
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
    let repo = Repo::empty();
    assert_eq!(repo.cairn(&["init"]).code, 0);
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
fn the_pages_workflow_builds_the_site_and_deploys_it() {
    let repo = initialized();
    let pages = workflow(&repo, "cairn-pages.yml");
    assert_eq!(pages["on"]["push"]["branches"], serde_json::json!(["main"]));
    assert_eq!(pages["permissions"]["pages"], "write");
    assert_eq!(pages["permissions"]["id-token"], "write");
    let build = run_job(&repo, &pages["jobs"]["build"], &[]);
    assert_eq!(build.code, 0, "{}", build.output);
    assert!(repo.path().join("public/index.html").is_file());
    assert!(repo.path().join("public/polls/next-focus/index.html").is_file());
    let upload = pages["jobs"]["build"]["steps"].as_array().and_then(|s| s.last()).expect("a last step");
    assert_eq!(upload["with"]["path"], "public", "the artifact is the folder the build wrote");
    let deploy = &pages["jobs"]["deploy"];
    assert_eq!(deploy["needs"], "build");
    assert_eq!(deploy["steps"][0]["uses"], "actions/deploy-pages@v4");
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

    // `gh` stands in for GitHub's command line: it records what it was asked.
    let tools = tempfile::tempdir().expect("temporary folder");
    let gh = tools.path().join("gh");
    std::fs::write(&gh, "#!/bin/sh\necho \"$@\" >> \"$GH_LOG\"\n[ \"$1 $2\" = \"pr view\" ] && exit 1\nexit 0\n")
        .expect("gh");
    std::fs::set_permissions(&gh, std::os::unix::fs::PermissionsExt::from_mode(0o755)).expect("executable");
    let log = tools.path().join("gh.log");
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
    let run = run_job_with(&repo, &job, &vars, Some(tools.path()));
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
