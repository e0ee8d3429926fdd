//! What an import writes, before anything is written: the repository's settings and
//! charter (for a folder that has none yet), the roles its goals name, and every goal and
//! sub-community file as a [`Planned`] file. An importer makes a [`Plan`]; [`crate::write`]
//! applies it.

use std::sync::Arc;

use crate::merge::Planned;
use crate::problem::{Finding, Problem};

/// A whole import.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The site's title, for a new `cairn.toml`.
    pub title: String,
    /// One sentence on the site, for a new `cairn.toml`.
    pub description: String,
    /// The charter's purpose, for a new `charter.md`.
    pub purpose: String,
    /// Roles the goals name beyond cairn's own, with their labels, for `[roles]`.
    pub roles: Vec<(String, String)>,
    /// The files, by path relative to the destination (`goals/2025h1/async-2025h1.md`),
    /// in the order they are written.
    pub files: Vec<(String, Planned)>,
}

/// An importer's result: the plan, and what upstream could not give.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// What to write.
    pub plan: Plan,
    /// Every upstream value left out or made up, in upstream file order.
    pub findings: Vec<Finding>,
}

/// An upstream file as an importer read it, for findings that point into it.
#[derive(Debug, Clone)]
pub struct Upstream {
    /// The path as the user gave the source, joined with the file's (`enhancements/keps/…`).
    pub shown: String,
    /// The path relative to the source checkout (`keps/sig-node/2400-swap/kep.yaml`).
    pub relative: String,
    /// The text.
    pub text: Arc<str>,
}

impl Upstream {
    /// A finding at byte range `span` of this file.
    pub fn at(&self, span: std::ops::Range<usize>, problem: Problem) -> Finding {
        Finding { path: self.shown.clone(), text: Some(Arc::clone(&self.text)), span: Some(span), problem }
    }

    /// A finding about the whole file.
    pub fn whole(&self, problem: Problem) -> Finding {
        Finding { path: self.shown.clone(), text: Some(Arc::clone(&self.text)), span: None, problem }
    }

    /// The byte range of `needle` in the text, searched from `from` (the start of the
    /// file when it does not occur after it).
    pub fn find(&self, needle: &str, from: usize) -> Option<std::ops::Range<usize>> {
        let from = from.min(self.text.len());
        let at = self.text.get(from..)?.find(needle).map(|i| i + from).or_else(|| self.text.find(needle))?;
        Some(at..at + needle.len())
    }
}
