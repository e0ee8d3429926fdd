//! The site configuration: `cairn.toml` at the repository's root.

use serde::{Deserialize, Serialize};

use crate::review::ReviewPolicy;

/// Which kind of git host the repository lives on; it decides how "edit this file" and
/// "vote" links are built.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HostKind {
    /// GitHub or GitHub Enterprise.
    Github,
    /// GitLab.
    Gitlab,
    /// Gitea or Forgejo (Codeberg).
    Gitea,
}

/// Where the community's repository lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepoConfig {
    /// The repository's web address (`https://github.com/lantern/goals`).
    pub url: String,
    /// Its main branch.
    pub branch: String,
    /// The kind of host.
    pub host: HostKind,
}

/// The validated `cairn.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteConfig {
    /// The site's name.
    pub title: String,
    /// One sentence for search engines and link previews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the site is published, with a trailing slash (`https://goals.example.org/`).
    pub base_url: String,
    /// The content's language as a BCP 47 tag (`en`, `pt-BR`).
    pub language: String,
    /// The git repository, for edit links and ballots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repo: Option<RepoConfig>,
    /// The vote endpoint's address, for `endpoint` polls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    /// When goals count as due for review or stale.
    #[serde(default)]
    pub review: ReviewPolicy,
    /// How bodies are rendered.
    #[serde(default, skip_serializing_if = "MarkdownConfig::is_default")]
    pub markdown: MarkdownConfig,
    /// The navigation's entries (`[[nav]]`), in order; `None` for the theme's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nav: Option<Vec<NavItem>>,
    /// Stylesheets added after the theme's own (`extra_css`), by address.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_css: Vec<String>,
    /// Whatever the community's templates want (`[extra]`), handed to them unchecked.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub extra: std::collections::BTreeMap<String, Extra>,
    /// Whether the site has a search index and box (`search`, on unless set to `false`).
    #[serde(default = "yes")]
    pub search: bool,
    /// The community's own roles for `people:` of goals (`[roles]`), by name, with their
    /// labels; they may also relabel the built-in ones ([`crate::goal::people::BUILTIN_ROLES`]).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub roles: std::collections::BTreeMap<String, String>,
}

fn yes() -> bool {
    true
}

/// An entry of the site's navigation, from `[[nav]]` in `cairn.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NavItem {
    /// What it says.
    pub label: String,
    /// Where it leads: a path on the site (`goals/`, `/code-of-conduct/`) or a web address.
    pub url: String,
}

/// A value of `[extra]`, as TOML has it (dates as text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Extra {
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Integer(i64),
    /// Any other number.
    Float(f64),
    /// Text, or a date.
    Text(String),
    /// A list.
    List(Vec<Extra>),
    /// A table.
    Table(std::collections::BTreeMap<String, Extra>),
}

/// How bodies are rendered: `[markdown]` in `cairn.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkdownConfig {
    /// Whether images from other hosts are shown in pages. By default they are links to
    /// the image, so that no request leaves the reader's browser for another site.
    #[serde(default)]
    pub remote_images: bool,
}

impl MarkdownConfig {
    fn is_default(&self) -> bool {
        *self == Self::default()
    }
}
