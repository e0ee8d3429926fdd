//! A sub-community: a folder under `goals/`, described by its optional `_index.md`.

use serde::{Deserialize, Serialize};

use crate::names::{Login, Slug};

/// A place where a sub-community talks ("Matrix: #docs:example.org").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Channel {
    /// What to call it.
    pub name: String,
    /// Where it is: an `https:`, `http:`, `mailto:`, `irc:`, `ircs:`, `matrix:` or `xmpp:` address (the loader checks).
    pub url: String,
}

/// A validated sub-community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    /// Its name, from its folder.
    pub slug: Slug,
    /// Its `_index.md`, relative to the repository root, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Its title (the folder name, capitalised, when `_index.md` gives none).
    pub title: String,
    /// One sentence on what it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Who leads it.
    #[serde(default)]
    pub leads: Vec<Login>,
    /// Where it talks.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// The span of time it is, when it is a period of the community (`2025H1`): its goals
    /// are that period's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<crate::Period>,
    /// The Markdown body of `_index.md`.
    #[serde(default)]
    pub body: String,
}
