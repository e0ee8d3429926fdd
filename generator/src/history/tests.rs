//! The history reader on real repositories, made with `git` and chosen commit dates.

use std::process::Command;

use super::*;

struct Repo(tempfile::TempDir);

impl Repo {
    fn new() -> Self {
        let repo = Self(tempfile::tempdir().expect("temporary folder"));
        repo.git(&["init", "-q", "-b", "main"], None);
        repo
    }

    fn path(&self) -> &Path {
        self.0.path()
    }

    fn git(&self, args: &[&str], day: Option<&str>) {
        let mut command = Command::new("git");
        command.args(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"]);
        command.args(args).current_dir(self.path());
        if let Some(day) = day {
            let stamp = format!("{day}T12:00:00Z");
            command.env("GIT_AUTHOR_DATE", &stamp).env("GIT_COMMITTER_DATE", &stamp);
        }
        let out = command.output().expect("run git");
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }

    fn write(&self, path: &str, text: &str) {
        let path = self.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("folder");
        std::fs::write(path, text).expect("write");
    }

    /// A `--depth 1` clone of this repository, in a folder removed with the returned guard.
    fn shallow_clone(&self) -> (tempfile::TempDir, std::path::PathBuf) {
        let clone = tempfile::tempdir().expect("temporary folder");
        let source = format!("file://{}", self.path().display());
        let target = clone.path().join("c");
        let out = Command::new("git")
            .args(["clone", "-q", "--depth", "1", &source])
            .arg(&target)
            .output()
            .expect("git clone");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        (clone, target)
    }

    fn commit(&self, day: &str) {
        self.git(&["add", "-A"], None);
        self.git(&["commit", "-q", "--allow-empty", "-m", day], Some(day));
    }
}

/// The day each of `paths` was added or last changed, as the one pass says; paths not
/// in `HEAD` are left out.
fn dates(root: &Path, paths: &[&str]) -> Vec<(String, String)> {
    let found = histories(root, &[]).expect("history");
    paths.iter().filter_map(|p| found.commits.get(*p).map(|c| ((*p).to_owned(), c.date.to_string()))).collect()
}

#[test]
fn dates_files_by_the_commit_that_added_or_last_changed_them() {
    let repo = Repo::new();
    repo.write("polls/p/ballots/a.toml", "choice = \"x\"\n");
    repo.write("polls/p/ballots/b.toml", "choice = \"x\"\n");
    repo.commit("2026-03-01");
    repo.write("polls/p/ballots/b.toml", "choice = \"y\"\n");
    repo.write("other.md", "unrelated\n");
    repo.commit("2026-03-05");
    repo.write("other.md", "still unrelated\n");
    repo.commit("2026-03-09");
    repo.write("polls/p/ballots/untracked.toml", "choice = \"x\"\n");
    let paths = ["polls/p/ballots/a.toml", "polls/p/ballots/b.toml", "polls/p/ballots/untracked.toml"];
    assert_eq!(
        dates(repo.path(), &paths),
        [
            ("polls/p/ballots/a.toml".into(), "2026-03-01".into()),
            ("polls/p/ballots/b.toml".into(), "2026-03-05".into())
        ]
    );
}

#[test]
fn a_file_deleted_and_restored_dates_from_its_return() {
    let repo = Repo::new();
    let b = "polls/p/ballots/b.toml";
    repo.write(b, "choice = \"x\"\n");
    repo.commit("2026-03-01");
    std::fs::remove_file(repo.path().join(b)).expect("delete");
    repo.commit("2026-03-02");
    repo.write(b, "choice = \"x\"\n");
    repo.commit("2026-03-03");
    assert_eq!(dates(repo.path(), &[b]), [(b.into(), "2026-03-03".into())]);
}

#[test]
fn only_the_first_parent_counts_so_a_merged_ballot_dates_from_the_merge() {
    let repo = Repo::new();
    repo.write("README.md", "hi\n");
    repo.commit("2026-03-01");
    repo.git(&["checkout", "-q", "-b", "vote"], None);
    repo.write("polls/p/ballots/amara.toml", "choice = \"x\"\n");
    repo.commit("2026-02-20"); // the branch's commit carries an older date
    repo.git(&["checkout", "-q", "main"], None);
    repo.git(&["merge", "-q", "--no-ff", "-m", "merge", "vote"], Some("2026-03-10"));
    assert_eq!(
        dates(repo.path(), &["polls/p/ballots/amara.toml"]),
        [("polls/p/ballots/amara.toml".into(), "2026-03-10".into())]
    );
}

#[test]
fn content_in_a_subfolder_of_the_repository() {
    let repo = Repo::new();
    repo.write("site/polls/p/ballots/a.toml", "choice = \"x\"\n");
    repo.commit("2026-03-04");
    let root = repo.path().join("site");
    assert_eq!(dates(&root, &["polls/p/ballots/a.toml"]), [("polls/p/ballots/a.toml".into(), "2026-03-04".into())]);
}

#[test]
fn no_repository_and_shallow_clones_are_reported() {
    let plain = tempfile::tempdir().expect("temporary folder");
    assert!(matches!(histories(plain.path(), &[]), Err(HistoryError::NotARepository { .. })));

    let repo = Repo::new();
    for day in ["2026-03-01", "2026-03-02", "2026-03-03"] {
        repo.write("polls/p/ballots/a.toml", day);
        repo.commit(day);
    }
    let (_clone, target) = repo.shallow_clone();
    let err = histories(&target, &[]).expect_err("shallow");
    assert!(err.to_string().contains("git fetch --unshallow"), "{err}");
}

mod goals;
