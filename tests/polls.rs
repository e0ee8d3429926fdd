//! Polls end to end: a repository with real commits on chosen dates; `cairn build` counts
//! the ballots committed inside the window, lists the others with their reasons, and
//! writes the poll's page and JSON.
use crate::harness::Repo;

const POLL: &str = "---\nquestion: What should we map next?\nmethod: ranked\noptions:\n  - Rivers\n  - id: trails\n    label: Hiking trails\n  - Ferries\nopens: 2026-03-01\ncloses: 2026-03-31\n---\nThe next mapping season.\n";

#[test]
fn counts_ballots_committed_in_the_window_and_explains_the_rest() {
    let repo = Repo::fixture("check", "_base");
    repo.write("polls/roadmap.md", POLL);
    repo.git(&["init", "-q", "-b", "main"]);
    repo.commit_on("2026-02-20");
    repo.write("polls/roadmap/ballots/amara.toml", "ranking = [\"rivers\", \"trails\"]\n");
    repo.write("polls/roadmap/ballots/bo.toml", "ranking = [\"rivers\", \"ferries\", \"trails\"]\n");
    repo.write("polls/roadmap/ballots/dee.toml", "ranking = [\"boats\"]\n");
    repo.commit_on("2026-03-05");
    repo.write("polls/roadmap/ballots/cy.toml", "ranking = [\"ferries\"]\n");
    repo.commit_on("2026-04-02");
    repo.write("polls/roadmap/ballots/eve.toml", "ranking = [\"trails\"]\n"); // not committed

    let run = repo.cairn(&["build", "--today", "2026-04-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let json = std::fs::read_to_string(repo.path().join("public/api/v1/polls/roadmap.json")).expect("the poll's JSON");
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(doc["status"], "closed");
    assert_eq!(doc["window"], "Closed on 31 March 2026");
    assert_eq!(doc["summary"], "2 ballots, options ranked in order");
    assert_eq!(doc["tally"]["winners"], serde_json::json!(["rivers"]));
    assert_eq!(doc["results"][0]["label"], "Rivers");
    assert_eq!(doc["results"][0]["text"], "1st place, beats 2 of 2");
    assert_eq!(
        doc["counted"],
        serde_json::json!(["polls/roadmap/ballots/amara.toml", "polls/roadmap/ballots/bo.toml"])
    );
    let reasons: Vec<(String, String)> = doc["not_counted"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|n| (n["path"].as_str().unwrap().to_owned(), n["reason"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(
        reasons,
        [
            (
                "polls/roadmap/ballots/cy.toml".to_owned(),
                "it was committed on 2026-04-02, outside the poll's window (2026-03-01 to 2026-03-31)".to_owned()
            ),
            (
                "polls/roadmap/ballots/dee.toml".to_owned(),
                "`boats` is not an option of this poll; the options are `rivers`, `trails`, `ferries`".to_owned()
            ),
            ("polls/roadmap/ballots/eve.toml".to_owned(), "it is not in the main branch's history yet".to_owned()),
        ]
    );
    let list = std::fs::read_to_string(repo.path().join("public/api/v1/polls.json")).expect("the polls' JSON");
    assert!(list.contains("\"slug\": \"roadmap\""), "{list}");

    // No repository in cairn.toml: nowhere to propose a ballot from the page.
    assert_eq!((doc["repo"].is_null(), doc["ballot_dir"].as_str()), (true, Some("polls/roadmap/ballots")));
    assert_eq!(doc["method"], "ranked");

    let page = std::fs::read_to_string(repo.path().join("public/polls/roadmap/index.html")).expect("the poll's page");
    assert!(page.contains("<h1>What should we map next?</h1>"), "{page}");
    // The head-to-head table, rows and columns in result order (Rivers first): Rivers is
    // preferred to each other option by both voters; Hiking trails and Ferries tie 1 to 1.
    let cells = |row: &str| -> Vec<String> {
        let start = page.find(&format!("<th scope=\"row\">{row}</th>")).expect("a row");
        let end = start + page[start..].find("</tr>").expect("its end");
        page[start..end].split("<td>").skip(1).map(|c| c.split("</td>").next().unwrap_or("").to_owned()).collect()
    };
    assert!(page.contains("<h3 id=\"pairs\">Head to head</h3>"), "{page}");
    let rivers = cells("Rivers");
    assert!(rivers[0].contains("same option"), "{rivers:?}");
    assert!(rivers[1..].iter().all(|c| c.starts_with("<strong>2</strong>")), "{rivers:?}");
    let trails = cells("Hiking trails");
    assert_eq!(trails.iter().filter(|c| c.as_str() == "1").count(), 1, "{trails:?}");
    assert!(trails.iter().any(|c| c == "0"), "{trails:?}");
    assert!(page.contains("No: it was committed on 2026-04-02"), "{page}");
    assert!(page.contains("1st place, beats 2 of 2"), "{page}");
    let index = std::fs::read_to_string(repo.path().join("public/polls/index.html")).expect("the polls page");
    assert!(index.contains("href=\"/polls/roadmap/\""), "{index}");
    let feed = std::fs::read_to_string(repo.path().join("public/atom.xml")).expect("the feed");
    assert!(feed.contains("<title>Poll closed: What should we map next?</title>"), "{feed}");
    assert!(feed.contains("2 ballots, options ranked in order. Rivers: 1st place, beats 2 of 2;"), "{feed}");
}

#[test]
fn without_git_history_no_ballot_counts_and_the_build_says_why() {
    let repo = Repo::fixture("check", "_base");
    repo.write("polls/roadmap.md", POLL);
    repo.write("polls/roadmap/ballots/amara.toml", "ranking = [\"rivers\"]\n");
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("no ballot is counted"), "{}", run.stderr);
    let json = std::fs::read_to_string(repo.path().join("public/api/v1/polls/roadmap.json")).expect("JSON");
    assert!(json.contains("the git history was not read, so when it was committed is not known"), "{json}");
}

#[test]
fn ballot_pull_requests_may_only_cast_the_authors_own_valid_vote() {
    let repo = Repo::fixture("check", "_base");
    repo.write("polls/roadmap.md", POLL);
    repo.write("polls/old.md", POLL.replace("2026-03-31", "2026-03-05"));
    repo.write("polls/online.md", POLL.replace("opens:", "backend: endpoint\nopens:"));
    repo.git(&["init", "-q", "-b", "main"]);
    repo.commit_on("2026-02-20");
    let base = repo.git(&["rev-parse", "HEAD"]);
    let case = |name: &str, files: &[(&str, &str)], author: &str| {
        repo.git(&["checkout", "-q", "-B", name, &base]);
        for (path, text) in files {
            repo.write(path, text);
        }
        repo.commit_on("2026-03-10");
        let run = repo.cairn(&["check", "--ballot-pr", "--author", author, "--base", &base, "--today", "2026-03-10"]);
        (run.code, run.stdout)
    };
    let own = [("polls/roadmap/ballots/amara.toml", "ranking = [\"rivers\"]\n")];
    assert_eq!(case("own", &own, "Amara"), (0, "valid: the ballot of @Amara for poll `roadmap`\n".to_owned()));

    let refused = |name: &str, files: &[(&str, &str)], author: &str, reason: &str| {
        let (code, out) = case(name, files, author);
        assert_eq!(code, 1, "{name}: {out}");
        assert!(out.lines().any(|l| l == format!("refused: {reason}")), "{name}: {out}");
    };
    refused("other", &own, "bo", "`polls/roadmap/ballots/amara.toml` is the ballot of `amara`, not of `bo`");
    let two = [own[0], ("polls/old/ballots/amara.toml", "ranking = [\"rivers\"]\n")];
    refused("two", &two, "amara", "the pull request changes 2 ballot files; it may cast one ballot");
    let with_goal = [own[0], ("goals/base-goal.md", "---\ntitle: Sneaky\nkind: outcome\nstatus: active\n---\n")];
    refused(
        "goal",
        &with_goal,
        "amara",
        "`goals/base-goal.md` is not a ballot file: a ballot pull request may only add or change `polls/<poll>/ballots/amara.toml`",
    );
    refused(
        "closed",
        &[("polls/old/ballots/amara.toml", "ranking = [\"rivers\"]\n")],
        "amara",
        "poll `old` closed on 5 March 2026",
    );
    refused(
        "endpoint",
        &[("polls/online/ballots/amara.toml", "ranking = [\"rivers\"]\n")],
        "amara",
        "poll `online` takes its votes at the vote endpoint, not by pull request",
    );
    refused(
        "bad-option",
        &[("polls/roadmap/ballots/amara.toml", "ranking = [\"boats\"]\n")],
        "amara",
        "`polls/roadmap/ballots/amara.toml`: `boats` is not an option of this poll; the options are `rivers`, `trails`, `ferries`",
    );
    refused("nothing", &[], "amara", "the pull request changes no file");
}
