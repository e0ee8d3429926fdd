//! The fixture harness: temporary repositories and a runner for the `cairn` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A repository in a temporary folder, removed when dropped.
pub(crate) struct Repo {
    dir: tempfile::TempDir,
}

/// What a run of `cairn` did.
#[derive(Debug)]
pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    fn from(output: Output) -> Self {
        Self {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

impl Repo {
    /// An empty repository folder.
    pub(crate) fn empty() -> Self {
        Self { dir: tempfile::Builder::new().prefix("cairn-test-").tempdir().expect("create a temporary folder") }
    }

    /// `tests/fixtures/<area>/_base/` with `tests/fixtures/<area>/<case>/` copied over it.
    pub(crate) fn fixture(area: &str, case: &str) -> Self {
        let repo = Self::empty();
        let base = fixtures().join(area).join("_base");
        if base.is_dir() {
            copy_tree(&base, repo.path());
        }
        let overlay = fixtures().join(area).join(case);
        assert!(overlay.is_dir() || case == "_base", "no fixture `{}`", overlay.display());
        if case != "_base" {
            copy_tree(&overlay, repo.path());
        }
        repo
    }

    /// A copy of the repository's own `content/` example.
    pub(crate) fn example_content() -> Self {
        let repo = Self::empty();
        copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"), repo.path());
        repo
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes `contents` to `rel`, creating folders.
    pub(crate) fn write(&self, rel: &str, contents: impl AsRef<[u8]>) -> &Self {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, contents).unwrap();
        self
    }

    pub(crate) fn remove(&self, rel: &str) -> &Self {
        std::fs::remove_file(self.path().join(rel)).unwrap();
        self
    }

    /// Runs `cairn ARGS` inside the repository.
    pub(crate) fn cairn(&self, args: &[&str]) -> Run {
        cairn_in(self.path(), args)
    }

    /// Runs `git ARGS` in the repository (as a test identity, unsigned); returns its
    /// output, trimmed. Fails the test when git fails.
    pub(crate) fn git(&self, args: &[&str]) -> String {
        self.git_env(args, &[])
    }

    /// Commits everything, dated `day` (`2026-03-05`) at noon UTC.
    pub(crate) fn commit_on(&self, day: &str) {
        let stamp = format!("{day}T12:00:00Z");
        let dates = [("GIT_AUTHOR_DATE", stamp.as_str()), ("GIT_COMMITTER_DATE", stamp.as_str())];
        self.git_env(&["add", "-A"], &dates);
        self.git_env(&["commit", "-q", "--allow-empty", "-m", day], &dates);
    }

    fn git_env(&self, args: &[&str], env: &[(&str, &str)]) -> String {
        let out = Command::new("git")
            .args(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"])
            .args(args)
            .envs(env.iter().copied())
            .current_dir(self.path())
            .output()
            .expect("run git");
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// `cairn check --format short`, returning the exit code and the printed lines.
    pub(crate) fn check_short(&self) -> (i32, Vec<String>) {
        let run = self.cairn(&["check", "--format", "short"]);
        assert!(run.stderr.is_empty(), "nothing on stderr: {}", run.stderr);
        (run.code, run.stdout.lines().map(str::to_owned).collect())
    }
}

/// Runs the `cairn` binary built for these tests in `dir`.
pub(crate) fn cairn_in(dir: &Path, args: &[&str]) -> Run {
    cairn_env(dir, args, &[])
}

/// Runs `cairn` in `dir` with extra environment variables.
pub(crate) fn cairn_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1").env_remove("CAIRN_COLOR").env_remove("SOURCE_DATE_EPOCH");
    for (key, value) in env {
        command.env(key, value);
    }
    Run::from(command.output().expect("run cairn"))
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
