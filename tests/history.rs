//! Progress over time end to end: a repository whose goal evolves over real commits with
//! chosen dates; `cairn build` draws its chart, lists the same numbers, shows the status
//! timeline, contributors and last update, and puts the history into the goal's JSON.
//! Without history (`--no-history`, a shallow clone) the site is still built.

use crate::harness::Repo;

fn goal(status: &str, current: u32) -> String {
    format!(
        "---\ntitle: Faster builds\nkind: outcome\nstatus: {status}\nmetric: {{ baseline: 40, current: {current}, target: 10, unit: minutes }}\n---\nWhy.\n"
    )
}

fn evolving() -> Repo {
    let repo = Repo::fixture("check", "_base");
    repo.write("cairn.toml", "title = \"T\"\nbase_url = \"https://x.example/\"\n[repo]\nurl = \"https://codeberg.org/lantern/goals\"\nbranch = \"main\"\n");
    repo.git(&["init", "-q", "-b", "main"]);
    for (day, status, current) in [
        ("2026-01-05", "proposed", 40),
        ("2026-02-01", "active", 40),
        ("2026-03-01", "active", 25),
        ("2026-04-01", "achieved", 10),
    ] {
        repo.write("goals/faster-builds.md", goal(status, current));
        repo.commit_on(day);
    }
    repo
}

#[test]
fn a_goal_continuing_another_links_to_its_history() {
    let repo = evolving();
    repo.write(
        "goals/faster-builds-2027.md",
        "---\ntitle: Faster builds, again\nkind: outcome\nstatus: active\ncontinues: faster-builds\n---\nWhy.\n",
    );
    repo.commit_on("2026-04-05");
    assert_eq!(repo.cairn(&["build", "--today", "2026-04-10"]).code, 0);
    let page = std::fs::read_to_string(repo.path().join("public/goals/faster-builds-2027/index.html")).expect("page");
    assert!(page.contains("(<a href=\"/goals/faster-builds/#history\">its history</a>)"), "{page}");
    let earlier = std::fs::read_to_string(repo.path().join("public/goals/faster-builds/index.html")).expect("page");
    assert!(earlier.contains("<li>Continued by <a href=\"/goals/faster-builds-2027/\">Faster builds, again</a></li>"));
}

#[test]
fn a_goal_page_draws_its_history_and_the_json_carries_it() {
    let repo = evolving();
    let run = repo.cairn(&["build", "--today", "2026-04-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/faster-builds/index.html")).expect("the page");
    assert!(page.contains("<svg class=\"chart\""), "{page}");
    assert!(
        page.contains("role=\"img\" aria-labelledby=\"chart-faster-builds-title chart-faster-builds-desc\""),
        "{page}"
    );
    assert!(
        page.contains("From 40 minutes on 5 January 2026 to 10 minutes on 1 April 2026; the target is 10 minutes."),
        "{page}"
    );
    // The table: one row per point, with the value, the status and the commit's page.
    let rows = page.matches("<tr><th scope=\"row\"><time datetime=\"2026-").count();
    assert_eq!(rows, 4, "{page}");
    assert!(page.contains("<td>25 minutes</td><td>Active</td>"), "{page}");
    assert!(page.contains("href=\"https://codeberg.org/lantern/goals/commit/"), "{page}");
    // The timeline: proposed, active, achieved.
    let timeline = &page[page.find("<ol class=\"timeline\">").expect("a timeline")..];
    let timeline = &timeline[..timeline.find("</ol>").expect("its end")];
    let order: Vec<usize> = ["<strong>Proposed</strong>", "<strong>Active</strong>", "<strong>Achieved</strong>"]
        .iter()
        .map(|s| timeline.find(s).expect(s))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{timeline}");
    assert!(page.contains("<dt>Last updated</dt><dd><a href=\"https://codeberg.org/lantern/goals/commit/"), "{page}");
    assert!(page.contains("<li>Test <span class=\"muted\">(4 commits)</span></li>"), "{page}");

    let json = std::fs::read_to_string(repo.path().join("public/api/v1/goals/faster-builds.json")).expect("JSON");
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let points = doc["history"]["points"].as_array().expect("points");
    assert_eq!(points.len(), 4);
    assert_eq!(points[2]["date"], "2026-03-01");
    assert_eq!(points[2]["metric"]["current"], 25.0);
    assert_eq!(doc["history"]["revisions"].as_array().map(Vec::len), Some(4));
}

#[test]
fn without_history_the_site_is_built_and_says_why() {
    let repo = evolving();
    let run = repo.cairn(&["build", "--no-history", "--today", "2026-04-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/faster-builds/index.html")).expect("the page");
    assert!(!page.contains("<svg class=\"chart\""), "no chart without history");
    let json = std::fs::read_to_string(repo.path().join("public/api/v1/goals/faster-builds.json")).expect("JSON");
    assert!(json.contains("\"history\": null"), "{json}");

    // A shallow clone: built, with the command that fetches the rest.
    let clone = Repo::empty();
    let source = format!("file://{}", repo.path().display());
    let target = clone.path().join("c");
    let out = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "1", &source])
        .arg(&target)
        .output()
        .expect("git clone");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let run = crate::harness::cairn_in(&target, &["build", "--today", "2026-04-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("no goal shows its progress over time: this is a shallow clone"), "{}", run.stderr);
    assert!(run.stderr.contains("git fetch --unshallow"), "{}", run.stderr);
}

#[test]
fn the_feed_tells_status_changes_and_quarters_reached() {
    let repo = evolving();
    assert_eq!(repo.cairn(&["build", "--today", "2026-04-10"]).code, 0);
    let feed = std::fs::read_to_string(repo.path().join("public/atom.xml")).expect("the feed");
    let entry = |title: &str| -> String {
        let at = feed.find(&format!("<title>{title}</title>")).unwrap_or_else(|| panic!("no entry {title}: {feed}"));
        let start = feed[..at].rfind("<entry>").expect("its entry");
        let end = at + feed[at..].find("</entry>").expect("its end");
        feed[start..end].to_owned()
    };
    assert!(entry("Achieved: Faster builds").contains("<updated>2026-04-01T00:00:00+00:00</updated>"), "{feed}");
    assert!(entry("Active: Faster builds").contains("<updated>2026-02-01T00:00:00+00:00</updated>"), "{feed}");
    // 40 minutes to 25 is half the way to 10.
    assert!(entry("Faster builds reached 50%").contains("<updated>2026-03-01T00:00:00+00:00</updated>"), "{feed}");
    assert!(
        entry("Faster builds reached 100%").contains("<id>https://x.example/goals/faster-builds/#progress-100</id>")
    );
}

#[test]
fn a_renamed_goal_keeps_its_history_and_its_old_address_and_the_charter_shows_its_revisions() {
    let repo = evolving();
    repo.git(&["mv", "goals/faster-builds.md", "goals/quick-builds.md"]);
    repo.commit_on("2026-04-05");
    repo.write(
        "charter.md",
        std::fs::read_to_string(repo.path().join("charter.md")).expect("charter") + "\nAmended.\n",
    );
    repo.commit_on("2026-04-06");
    assert_eq!(repo.cairn(&["build", "--today", "2026-04-10"]).code, 0);
    let page = std::fs::read_to_string(repo.path().join("public/goals/quick-builds/index.html")).expect("the page");
    assert!(page.contains("Earlier names: faster-builds."), "{page}");
    assert_eq!(page.matches("<tr><th scope=\"row\"><time datetime=\"2026-").count(), 4, "{page}");
    let old = std::fs::read_to_string(repo.path().join("public/goals/faster-builds/index.html")).expect("a redirect");
    assert!(old.contains("<link rel=\"canonical\" href=\"https://x.example/goals/quick-builds/\">"), "{old}");
    assert!(old.contains("content=\"0; url=https://x.example/goals/quick-builds/\""), "{old}");
    // Widgets and README badges made before the rename keep working.
    let public = repo.path().join("public");
    for (new, earlier) in [
        ("api/v1/goals/quick-builds.json", "api/v1/goals/faster-builds.json"),
        ("badges/quick-builds.svg", "badges/faster-builds.svg"),
        ("badges/quick-builds.json", "badges/faster-builds.json"),
    ] {
        let (a, b) = (std::fs::read(public.join(new)), std::fs::read(public.join(earlier)));
        assert!(a.is_ok() && a.ok() == b.ok(), "{earlier} is a copy of {new}");
    }

    let charter = std::fs::read_to_string(repo.path().join("public/charter/index.html")).expect("the charter");
    let adopted = charter.find("<strong>Adopted</strong> <time datetime=\"2026-01-05\">").expect("adopted");
    let amended = charter.find("<strong>Amended</strong> <time datetime=\"2026-04-06\">").expect("amended");
    assert!(adopted < amended, "{charter}");
    assert!(charter.contains("by Test · <a href=\"https://codeberg.org/lantern/goals/commit/"), "{charter}");
}

#[test]
fn the_example_history_script_makes_a_history_worth_showing() {
    let target = Repo::empty();
    let out = target.path().join("example");
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/example-history");
    let run = std::process::Command::new("bash").arg(&script).arg(&out).output().expect("run the script");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let build = crate::harness::cairn_in(&out, &["build", "--today", "2026-11-26"]);
    assert_eq!(build.code, 0, "{build:?}");
    let page = std::fs::read_to_string(out.join("public/goals/cut-ci-energy-use/index.html")).expect("a goal page");
    assert!(page.contains("<svg class=\"chart\""), "a chart");
    let rows = page.matches("<tr><th scope=\"row\"><time datetime=\"").count();
    assert!(rows >= 12, "a point most months: {rows}");
    assert!(page.contains("<strong>Proposed</strong>") && page.contains("<strong>Active</strong>"), "{page}");
    // Its last commit is the example content as it is, ballots counted as there.
    let closed = std::fs::read_to_string(out.join("public/api/v1/polls/meetup-night.json")).expect("a poll");
    let doc: serde_json::Value = serde_json::from_str(&closed).expect("JSON");
    assert_eq!(doc["counted"].as_array().map(Vec::len), Some(3), "{closed}");
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/charter.md");
    assert_eq!(std::fs::read(out.join("charter.md")).ok(), std::fs::read(example).ok());
}

#[test]
fn progress_committed_lately_keeps_a_goal_from_going_stale() {
    let repo = Repo::fixture("check", "_base");
    repo.write("cairn.toml", "title = \"T\"\nbase_url = \"https://x.example/\"\n[review]\nstale_after_days = 30\n");
    repo.git(&["init", "-q", "-b", "main"]);
    let goal = |current: u32| {
        format!(
            "---\ntitle: Faster builds\nkind: outcome\nstatus: active\nstarted: 2026-01-01\nmetric: {{ baseline: 40, current: {current}, target: 10 }}\n---\n"
        )
    };
    repo.write("goals/faster-builds.md", goal(40));
    repo.commit_on("2026-01-05");
    repo.write("goals/faster-builds.md", goal(30));
    repo.commit_on("2026-03-01");
    let state = |args: &[&str]| -> String {
        let run = repo.cairn(args);
        assert_eq!(run.code, 0, "{run:?}");
        let json = std::fs::read_to_string(repo.path().join("public/api/v1/goals/faster-builds.json")).expect("JSON");
        let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
        doc["review"]["state"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(state(&["build", "--today", "2026-03-20"]), "on_track", "it moved 19 days ago");
    assert_eq!(state(&["build", "--today", "2026-03-20", "--no-history"]), "stale", "78 days since it started");
}
