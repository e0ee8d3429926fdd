//! A rebuild after goal files changed gives the same site as a full build of the same
//! files, byte for byte, and the same diagnostics; on the example content, in a real git
//! repository (so that goals have a history and a working-tree point).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use super::*;
use crate::diagnostic::render::{Format, render};
use crate::render::RenderOptions;

struct Served {
    repo: tempfile::TempDir,
    out: tempfile::TempDir,
    session: Session,
}

fn options(output: &Path) -> BuildOptions {
    BuildOptions {
        output: output.to_owned(),
        render: RenderOptions {
            today: "2026-11-26".parse().expect("a date"),
            base_url: Some("http://127.0.0.1:1111/".to_owned()),
            templates: None,
            endpoint: None,
        },
        load: crate::LoadOptions::default(),
        no_history: false,
        working_tree: true,
        history_cache: Some(std::sync::Arc::default()),
    }
}

fn git(root: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(root)
        .env("GIT_AUTHOR_DATE", "2026-10-01T12:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-10-01T12:00:00Z")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

/// The example content, committed, served from a first full build.
fn served() -> Served {
    let repo = tempfile::tempdir().expect("temporary folder");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    crate::write::copy_tree(&example, repo.path()).expect("the example content");
    git(repo.path(), &["init", "-q", "-b", "main"]);
    git(repo.path(), &["add", "-A"]);
    git(repo.path(), &["commit", "-q", "-m", "Example"]);
    let out = tempfile::tempdir().expect("temporary folder");
    let mut session = Session::new(repo.path(), options(&out.path().join("site")));
    assert!(matches!(session.rebuild(None), Ok(Rebuilt::Full(_))), "the first build is a full one");
    Served { repo, out, session }
}

impl Served {
    /// Replaces `from` by `to` in the file at `rel`; returns its absolute path.
    fn edit(&self, rel: &str, from: &str, to: &str) -> PathBuf {
        let path = self.repo.path().join(rel);
        let text = std::fs::read_to_string(&path).expect("a goal file");
        assert!(text.contains(from), "`{rel}` has no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("save");
        std::fs::canonicalize(&path).expect("the file")
    }

    fn rebuild(&mut self, changed: &[PathBuf]) -> Result<Rebuilt, BuildError> {
        self.session.rebuild(Some(changed))
    }

    /// Asserts the served site is what a full build of the files as they are now makes,
    /// once the search index is made again as `cairn serve` does after the reload.
    fn assert_same_as_full_build(&mut self, what: &str) {
        self.session.refresh_index().expect("the search index");
        let fresh = tempfile::tempdir().expect("temporary folder");
        let full = options(&fresh.path().join("site"));
        crate::build::build_site(self.repo.path(), &full, &|_| {}).expect("a full build");
        let (served, built) = (files(&self.out.path().join("site")), files(&fresh.path().join("site")));
        let paths = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
        assert_eq!(paths(&served), paths(&built), "{what}: the same files");
        for (path, bytes) in &served {
            assert!(bytes == &built[path], "{what}: `{path}` differs from a full build's");
        }
    }
}

/// Every file under `dir` by relative path.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    for entry in ignore::WalkBuilder::new(dir).standard_filters(false).build().flatten() {
        if entry.file_type().is_some_and(|t| t.is_file()) {
            let rel = relative(dir, entry.path()).expect("a relative path");
            found.insert(rel, std::fs::read(entry.path()).expect("a file"));
        }
    }
    found
}

fn goals_rebuilt(result: Result<Rebuilt, BuildError>) -> Vec<String> {
    match result {
        Ok(Rebuilt::Goals { goals, .. }) => goals,
        other => panic!("expected a rebuild of goals, got {other:?}"),
    }
}

#[test]
fn rebuilding_changed_goals_gives_the_full_build_site() {
    let mut s = served();
    let metric = "goals/respond-to-issues-within-a-day.md";
    let edits: [(&str, &str, &str, &str); 5] = [
        ("title and metric (a working-tree point)", metric, "current: 31", "current: 27"),
        ("status (every kind and status page counts)", metric, "status: active", "status: paused"),
        ("kind", "goals/monthly-community-call.md", "kind: process", "kind: relational"),
        ("a milestone unticked", "goals/docs/screen-reader-audit-of-docs.md", "- [x] Fix or", "- [ ] Fix or"),
        (
            "a link to another goal in the body",
            "goals/events/travel-grants.md",
            "\n---\n",
            "\n---\n\nSee [the summit](lantern-summit-2027.md) too.\n",
        ),
    ];
    for (what, rel, from, to) in edits {
        let path = s.edit(rel, from, to);
        assert_eq!(goals_rebuilt(s.rebuild(&[path])), [rel], "{what}");
        s.assert_same_as_full_build(what);
    }
    // Two goals at once, with an editor's temporary file that came and went.
    let a = s.edit(metric, "title: Respond to new issues within a day", "title: Answer new issues within a day");
    let b = s.edit("goals/monthly-community-call.md", "status: active", "status: achieved");
    let gone = s.repo.path().join("goals/.monthly-community-call.md.swp");
    assert_eq!(goals_rebuilt(s.rebuild(&[a, gone, b])).len(), 2);
    s.assert_same_as_full_build("two goals and a temporary file");
}

#[test]
fn the_search_index_follows_a_partial_rebuild_when_asked() {
    let mut s = served();
    let index = |s: &Served| files(&s.out.path().join("site/pagefind"));
    let before = index(&s);
    let path = s.edit(
        "goals/monthly-community-call.md",
        "title: Hold a community call every month",
        "title: Hold a zyzzyva call",
    );
    goals_rebuilt(s.rebuild(&[path]));
    assert_eq!(index(&s), before, "a partial rebuild leaves the index to `refresh_index`");
    assert!(s.session.refresh_index().expect("the index") > 0, "the index is made again");
    assert_ne!(index(&s), before);
    assert_eq!(s.session.refresh_index().expect("nothing to do"), 0, "once");
    s.assert_same_as_full_build("the index made again");

    // An index made from a site that was rebuilt since is not written over the newer one.
    let path = s.edit("goals/monthly-community-call.md", "zyzzyva", "quokka");
    goals_rebuilt(s.rebuild(std::slice::from_ref(&path)));
    let late = s.session.index_job().expect("a job");
    let path = s.edit("goals/monthly-community-call.md", "quokka", "wombat");
    goals_rebuilt(s.rebuild(&[path]));
    assert_eq!(s.session.write_index(late.run().expect("made")).expect("nothing written"), 0);
    s.assert_same_as_full_build("the index of the last rebuild");

    // A rebuild that fails leaves the pages as they were: the index made for them is written.
    let path = s.edit("goals/monthly-community-call.md", "wombat", "numbat");
    goals_rebuilt(s.rebuild(std::slice::from_ref(&path)));
    let job = s.session.index_job().expect("a job");
    let path = s.edit("goals/monthly-community-call.md", "status: active", "status: finished");
    assert!(s.rebuild(&[path]).is_err(), "a broken goal");
    assert!(s.session.write_index(job.run().expect("made")).expect("written") > 0);
    assert!(s.session.index_job().is_none(), "the index is of the pages served");
}

#[test]
fn a_broken_goal_reports_what_a_full_build_reports_and_keeps_the_site() {
    let mut s = served();
    let rel = "goals/monthly-community-call.md";
    let before = files(&s.out.path().join("site"));
    let path = s.edit(rel, "status: active", "status: finished");
    let Err(BuildError::Load(LoadError::Invalid(found))) = s.rebuild(std::slice::from_ref(&path)) else {
        panic!("expected the goal's error");
    };
    let fresh = tempfile::tempdir().expect("temporary folder");
    let full = crate::build::build_site(s.repo.path(), &options(fresh.path()), &|_| {});
    let Err(BuildError::Load(LoadError::Invalid(expected))) = full else { panic!("a full build fails too") };
    assert_eq!(render(&found, Format::Human, false), render(&expected, Format::Human, false));
    assert!(files(&s.out.path().join("site")) == before, "the last good site stays");

    // Another goal changes while the first is broken: still an error.
    let other = s.edit("goals/move-chat-to-discord.md", "title: ", "title: Really ");
    assert!(matches!(s.rebuild(&[other]), Err(BuildError::Load(_))), "the broken goal is read again");
    // Fixed: both goals are read again, and the site is a full build's.
    s.edit(rel, "status: finished", "status: achieved");
    assert_eq!(goals_rebuilt(s.rebuild(&[path])).len(), 2);
    s.assert_same_as_full_build("after a fix");
}

#[test]
fn anything_but_a_goal_edit_is_a_full_build() {
    let mut s = served();
    let charter = s.edit("charter.md", "title: ", "title: The ");
    assert!(matches!(s.rebuild(&[charter]), Ok(Rebuilt::Full(_))), "the charter");
    let new = s.repo.path().join("goals/new-goal.md");
    std::fs::write(&new, "---\ntitle: New\nkind: outcome\nstatus: proposed\n---\n").expect("write");
    assert!(matches!(s.rebuild(&[new]), Ok(Rebuilt::Full(_))), "a new goal file");
    assert!(matches!(s.session.rebuild(None), Ok(Rebuilt::Full(_))), "not knowing what changed");
    s.assert_same_as_full_build("after full builds");

    // With templates in the repository, every build is full: they may show any goal on
    // any page.
    std::fs::create_dir_all(s.repo.path().join("templates")).expect("folder");
    let template = s.repo.path().join("templates/404.html");
    std::fs::write(&template, "{% extends \"base.html\" %}{% block content %}Lost{% endblock %}").expect("write");
    assert!(matches!(s.rebuild(&[template]), Ok(Rebuilt::Full(_))));
    let goal = s.edit("goals/monthly-community-call.md", "title: ", "title: A ");
    assert!(matches!(s.rebuild(&[goal]), Ok(Rebuilt::Full(_))), "a goal, with templates");
}

#[test]
fn a_goal_in_a_relation_is_a_full_build_and_roles_are_checked_either_way() {
    let mut s = served();
    // A part shows on its whole's page (the roll-up), so the whole is made again too.
    let part = s.edit("goals/infrastructure/reproducible-release-builds.md", "current: 100", "current: 90");
    assert!(matches!(s.rebuild(&[part]), Ok(Rebuilt::Full(_))), "a part");
    s.assert_same_as_full_build("a part changed");
    // A goal that comes to name another: its name is checked against every goal file.
    let goal = s.edit("goals/monthly-community-call.md", "\n---\n", "\npart_of: safer-releases\n---\n");
    assert!(matches!(s.rebuild(&[goal]), Ok(Rebuilt::Full(_))), "a new relation");
    s.assert_same_as_full_build("a new part");
    // A goal in no relation is made alone, and its roles are checked as a full build does.
    let rel = "goals/move-chat-to-discord.md";
    let goal = s.edit(rel, "\n---\n", "\npeople: { reviewer: [amara] }\n---\n");
    assert_eq!(goals_rebuilt(s.rebuild(&[goal])), [rel]);
    s.assert_same_as_full_build("a goal with people");
    let goal = s.edit(rel, "reviewer:", "reviewr:");
    let Err(BuildError::Load(LoadError::Invalid(found))) = s.rebuild(&[goal]) else { panic!("an unknown role") };
    assert_eq!(found.iter().map(|d| d.problem.code()).collect::<Vec<_>>(), ["unknown-role"]);
}
