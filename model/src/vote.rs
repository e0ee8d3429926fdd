//! Casting a vote on a `pr` poll: the ballot as the file a voter commits, where that file
//! goes, and the git host's "new file" page prefilled with it. The site and the widget
//! both build ballots here, so what they propose is exactly what the loader reads and
//! `cairn check --ballot-pr` accepts.

use std::fmt::Write as _;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::config::{HostKind, RepoConfig};
use crate::names::{Login, Slug};
use crate::poll::Choice;

/// What `encodeURIComponent` leaves alone; everything else in a query value is encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'!')
    .remove(b'~')
    .remove(b'*')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')');

impl Choice {
    /// The ballot file's text (TOML), as `polls/<poll>/ballots/<login>.toml` holds it.
    /// Option ids are slugs, so they need no quoting beyond the double quotes.
    pub fn to_toml(&self) -> String {
        let list = |ids: &[Slug]| ids.iter().map(|id| format!("\"{id}\"")).collect::<Vec<_>>().join(", ");
        match self {
            Self::Single(id) => format!("choice = \"{id}\"\n"),
            Self::Approval(ids) => format!("approve = [{}]\n", list(ids)),
            Self::Ranked(ids) => format!("ranking = [{}]\n", list(ids)),
            Self::Score(points) => {
                let mut text = "[points]\n".to_owned();
                for (id, n) in points.iter().filter(|(_, n)| **n > 0) {
                    let _ = writeln!(text, "{id} = {n}");
                }
                text
            }
        }
    }
}

/// The folder of a poll's ballot files, relative to the repository.
pub fn ballot_dir(poll: &Slug) -> String {
    format!("polls/{poll}/ballots")
}

/// The name of `voter`'s ballot file.
pub fn ballot_file(voter: &Login) -> String {
    format!("{voter}.toml")
}

/// A path (or a branch name) for an address: each `/`-separated part encoded, the
/// slashes kept, as hosts write branch names with slashes in their addresses.
pub(crate) fn segments(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| utf8_percent_encode(s, COMPONENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

impl HostKind {
    /// The host's name, for buttons (`Vote on GitHub`).
    pub fn label(self) -> &'static str {
        match self {
            Self::Github => "GitHub",
            Self::Gitlab => "GitLab",
            Self::Gitea => "Forgejo",
        }
    }
}

impl RepoConfig {
    /// The host's page of the commit `id`.
    pub fn commit_url(&self, id: &str) -> String {
        let base = self.url.trim_end_matches('/');
        match self.host {
            HostKind::Gitlab => format!("{base}/-/commit/{id}"),
            HostKind::Github | HostKind::Gitea => format!("{base}/commit/{id}"),
        }
    }

    /// The host's page that edits `path` (relative to the repository) on the main branch.
    pub fn edit_url(&self, path: &str) -> String {
        let base = self.url.trim_end_matches('/');
        let (branch, path) = (segments(&self.branch), segments(path));
        match self.host {
            HostKind::Github => format!("{base}/edit/{branch}/{path}"),
            HostKind::Gitlab => format!("{base}/-/edit/{branch}/{path}"),
            HostKind::Gitea => format!("{base}/_edit/{branch}/{path}"),
        }
    }

    /// The host's page that creates `file` in `dir` on the main branch, holding `text`.
    /// A voter without write access gets a fork and a pull request (GitHub, Forgejo) or
    /// a merge request (GitLab) from it.
    pub fn new_file_url(&self, dir: &str, file: &str, text: &str, message: &str) -> String {
        let enc = |s: &str| utf8_percent_encode(s, COMPONENT).to_string();
        let base = self.url.trim_end_matches('/');
        let (branch, dir) = (segments(&self.branch), segments(dir));
        match self.host {
            // `filename` with slashes is unreliable on GitHub: the folder goes in the path.
            HostKind::Github => {
                format!("{base}/new/{branch}/{dir}?filename={}&value={}", enc(file), enc(text))
            }
            HostKind::Gitlab => format!(
                "{base}/-/new/{branch}/{dir}?file_name={}&content={}&commit_message={}",
                enc(file),
                enc(text),
                enc(message)
            ),
            HostKind::Gitea => {
                format!("{base}/_new/{branch}/{dir}?filename={}&value={}", enc(file), enc(text))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn slug(s: &str) -> Slug {
        Slug::new(s).expect("a slug")
    }

    #[test]
    fn ballots_as_files() {
        assert_eq!(Choice::Single(slug("rivers")).to_toml(), "choice = \"rivers\"\n");
        assert_eq!(Choice::Approval(vec![slug("a"), slug("b")]).to_toml(), "approve = [\"a\", \"b\"]\n");
        assert_eq!(Choice::Ranked(vec![slug("b"), slug("a")]).to_toml(), "ranking = [\"b\", \"a\"]\n");
        let points = BTreeMap::from([(slug("a"), 3), (slug("b"), 0), (slug("c"), 2)]);
        assert_eq!(Choice::Score(points).to_toml(), "[points]\na = 3\nc = 2\n");
    }

    #[test]
    fn new_file_pages_per_host() {
        let repo = |url: &str, host| RepoConfig { url: url.to_owned(), branch: "main".to_owned(), host };
        let text = "choice = \"rivers\"\n";
        let dir = ballot_dir(&slug("roadmap"));
        let file = ballot_file(&Login::new("Amara.K").expect("a login"));
        assert_eq!(
            repo("https://github.com/lantern/goals", HostKind::Github).new_file_url(&dir, &file, text, "Vote"),
            "https://github.com/lantern/goals/new/main/polls/roadmap/ballots?filename=Amara.K.toml&value=choice%20%3D%20%22rivers%22%0A"
        );
        assert_eq!(
            repo("https://gitlab.com/lantern/goals/", HostKind::Gitlab).new_file_url(
                &dir,
                &file,
                text,
                "Vote in roadmap"
            ),
            "https://gitlab.com/lantern/goals/-/new/main/polls/roadmap/ballots?file_name=Amara.K.toml&content=choice%20%3D%20%22rivers%22%0A&commit_message=Vote%20in%20roadmap"
        );
        assert_eq!(
            repo("https://codeberg.org/lantern/goals", HostKind::Gitea).new_file_url(&dir, &file, text, "Vote"),
            "https://codeberg.org/lantern/goals/_new/main/polls/roadmap/ballots?filename=Amara.K.toml&value=choice%20%3D%20%22rivers%22%0A"
        );
        let odd =
            RepoConfig { url: "https://github.com/a/b".into(), branch: "release/2&3".into(), host: HostKind::Github };
        assert!(odd.new_file_url("x", "y.toml", "", "").starts_with("https://github.com/a/b/new/release/2%263/x?"));
        assert_eq!(
            odd.edit_url("polls/p q/a#b.toml"),
            "https://github.com/a/b/edit/release/2%263/polls/p%20q/a%23b.toml"
        );
    }
}
