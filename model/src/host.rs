//! The git host's addresses for what a body refers to the way its authors write it on
//! that host: issues and pull (or merge) requests by number, in this repository or
//! another (`#123`, `owner/repo#123`, GitLab's `!45`), people (`@login`), commits, and
//! the repository's files. Each host has its own scheme; they are written here once.

use crate::config::{HostKind, RepoConfig};
use crate::vote::segments;

impl RepoConfig {
    /// The host's web origin (`https://github.com`).
    fn origin(&self) -> &str {
        let url = self.url.trim_end_matches('/');
        let after_scheme = url.find("://").map_or(0, |i| i + 3);
        url[after_scheme..].find('/').map_or(url, |i| &url[..after_scheme + i])
    }

    /// The repository's own address, without a trailing slash.
    fn base(&self) -> &str {
        self.url.trim_end_matches('/')
    }

    /// Issue or pull request `number` of this repository, or of `other` (`owner/repo`)
    /// on the same host. GitHub and Forgejo send an issue's address on to the pull
    /// request when the number is one.
    pub fn issue_url(&self, other: Option<&str>, number: u64) -> String {
        let repo = other.map_or_else(|| self.base().to_owned(), |o| format!("{}/{}", self.origin(), segments(o)));
        match self.host {
            HostKind::Gitlab => format!("{repo}/-/issues/{number}"),
            HostKind::Github | HostKind::Gitea => format!("{repo}/issues/{number}"),
        }
    }

    /// GitLab's merge request `number` (`!45`), of this repository or of `other`.
    pub fn merge_request_url(&self, other: Option<&str>, number: u64) -> String {
        let repo = other.map_or_else(|| self.base().to_owned(), |o| format!("{}/{}", self.origin(), segments(o)));
        format!("{repo}/-/merge_requests/{number}")
    }

    /// The page of the person or organisation `login` on the host.
    pub fn user_url(&self, login: &str) -> String {
        format!("{}/{}", self.origin(), segments(login))
    }

    /// The host's page of the file (or folder) `path` of the repository, on the main
    /// branch.
    pub fn file_url(&self, path: &str) -> String {
        let (base, branch, path) = (self.base(), segments(&self.branch), segments(path));
        match self.host {
            HostKind::Github => format!("{base}/blob/{branch}/{path}"),
            HostKind::Gitlab => format!("{base}/-/blob/{branch}/{path}"),
            HostKind::Gitea => format!("{base}/src/branch/{branch}/{path}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(host: HostKind, url: &str) -> RepoConfig {
        RepoConfig { url: url.to_owned(), branch: "main".to_owned(), host }
    }

    #[test]
    fn each_host_has_its_own_addresses() {
        let github = repo(HostKind::Github, "https://github.com/lantern/goals/");
        assert_eq!(github.issue_url(None, 12), "https://github.com/lantern/goals/issues/12");
        assert_eq!(
            github.issue_url(Some("rust-lang/rust-project-goals"), 105),
            "https://github.com/rust-lang/rust-project-goals/issues/105"
        );
        assert_eq!(github.user_url("nikomatsakis"), "https://github.com/nikomatsakis");
        assert_eq!(github.file_url("sig-docs/OWNERS"), "https://github.com/lantern/goals/blob/main/sig-docs/OWNERS");

        let gitlab = repo(HostKind::Gitlab, "https://gitlab.example.org/groups/lantern/goals");
        assert_eq!(gitlab.issue_url(None, 7), "https://gitlab.example.org/groups/lantern/goals/-/issues/7");
        assert_eq!(gitlab.merge_request_url(Some("a/b"), 3), "https://gitlab.example.org/a/b/-/merge_requests/3");
        assert_eq!(gitlab.user_url("amara"), "https://gitlab.example.org/amara");
        assert_eq!(
            gitlab.file_url("docs/a b.md"),
            "https://gitlab.example.org/groups/lantern/goals/-/blob/main/docs/a%20b.md"
        );

        let forgejo = repo(HostKind::Gitea, "https://codeberg.org/lantern/goals");
        assert_eq!(forgejo.issue_url(None, 1), "https://codeberg.org/lantern/goals/issues/1");
        assert_eq!(forgejo.file_url("OWNERS"), "https://codeberg.org/lantern/goals/src/branch/main/OWNERS");
    }
}
