//! Where a metric's `current` comes from, when it is measured rather than typed
//! (`metric.source`): a count of an issue search, the ticked boxes of an issue, a number
//! in a JSON document, or a command's output. `cairn measure` reads the source and writes
//! the number into the goal file; builds never read a source (they stay offline).

use serde::{Deserialize, Serialize};

/// A metric's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MetricSource {
    /// How many issues and pull requests a GitHub search finds
    /// (`github-issues: { query: "repo:o/r label:bug is:closed" }`).
    GithubIssues {
        /// The search, as GitHub's search box takes it.
        query: String,
    },
    /// The ticked task-list boxes of an issue's description (its first comment), as a
    /// percentage of all its boxes (`checklist: https://github.com/o/r/issues/12`).
    Checklist(IssueUrl),
    /// A number in a JSON document (`json: { url, pointer }`).
    Json {
        /// The document's address (`https://` or `http://`).
        url: String,
        /// Where the number is, as a JSON pointer (`/data/count`; empty for the whole
        /// document).
        pointer: String,
    },
    /// The number a command prints, run in the repository by `sh -c` (`command: …`);
    /// only with `cairn measure --allow-commands`.
    Command(String),
}

impl MetricSource {
    /// Its key in the front matter (`github-issues`).
    pub fn name(&self) -> &'static str {
        match self {
            Self::GithubIssues { .. } => "github-issues",
            Self::Checklist(_) => "checklist",
            Self::Json { .. } => "json",
            Self::Command(_) => "command",
        }
    }

    /// The keys a source may be written with.
    pub const NAMES: &'static [&'static str] = &["github-issues", "checklist", "json", "command"];
}

/// The address of an issue on a git host: `https://github.com/o/r/issues/12`,
/// `https://gitlab.com/group/project/-/issues/12`, `https://codeberg.org/o/r/issues/12`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IssueUrl {
    url: String,
    host: String,
    project: String,
    number: u64,
}

impl IssueUrl {
    /// Reads an issue address, or says why it is not one.
    pub fn parse(url: &str) -> Result<Self, &'static str> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or("it does not start with `https://` or `http://`")?;
        let rest = rest.split(['#', '?']).next().unwrap_or_default().trim_end_matches('/');
        let (host, path) = rest.split_once('/').ok_or("it names no issue")?;
        let (project, number) = path
            .rsplit_once("/issues/")
            .ok_or("it is not the address of an issue (`…/<owner>/<repository>/issues/<number>`)")?;
        let project = project.strip_suffix("/-").unwrap_or(project);
        let number = number.parse::<u64>().map_err(|_| "it does not end with the issue's number")?;
        if host.is_empty() || project.split('/').count() < 2 || project.split('/').any(str::is_empty) {
            return Err("it does not name the owner and the repository");
        }
        let name = |s: &str| {
            !matches!(s, "." | "..") && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        };
        if !project.split('/').all(name) {
            return Err("its owner or repository has a character no git host allows in a name (`..`, `%`, a space)");
        }
        Ok(Self { url: url.to_owned(), host: host.to_owned(), project: project.to_owned(), number })
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.url
    }

    /// The host (`github.com`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// The repository, with its owner or groups (`o/r`, `group/sub/project`).
    pub fn project(&self) -> &str {
        &self.project
    }

    /// The issue's number.
    pub fn number(&self) -> u64 {
        self.number
    }
}

impl TryFrom<String> for IssueUrl {
    type Error = &'static str;
    fn try_from(url: String) -> Result<Self, Self::Error> {
        Self::parse(&url)
    }
}

impl From<IssueUrl> for String {
    fn from(url: IssueUrl) -> Self {
        url.url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue_addresses_of_each_host_are_read() {
        let github = IssueUrl::parse("https://github.com/rust-lang/rust-project-goals/issues/105").unwrap();
        assert_eq!(
            (github.host(), github.project(), github.number()),
            ("github.com", "rust-lang/rust-project-goals", 105)
        );
        let gitlab = IssueUrl::parse("https://gitlab.com/group/sub/project/-/issues/7#note_1").unwrap();
        assert_eq!((gitlab.host(), gitlab.project(), gitlab.number()), ("gitlab.com", "group/sub/project", 7));
        let forgejo = IssueUrl::parse("http://127.0.0.1:3000/o/r/issues/3/").unwrap();
        assert_eq!((forgejo.host(), forgejo.project(), forgejo.number()), ("127.0.0.1:3000", "o/r", 3));
        for bad in [
            "ftp://x/o/r/issues/1",
            "https://github.com/o/r/pull/1",
            "https://github.com/o/issues/1",
            "https://github.com/o/r/issues/x",
            "https://github.com/o/../issues/1",
            "https://github.com/o/r%2F..%2Fx/issues/1",
            "https://github.com/o/r x/issues/1",
        ] {
            assert!(IssueUrl::parse(bad).is_err(), "{bad}");
        }
    }
}
