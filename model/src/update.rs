//! An update: a dated check-in under `updates/`, tied to one or more goals. Updates feed
//! cadence progress, the review state and the Atom feed.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::names::{Login, Slug};

/// A validated update.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Update {
    /// Its name, from its file name (`2026-03-02-march-call.md` gives `2026-03-02-march-call`).
    pub slug: Slug,
    /// Its file, relative to the repository root.
    pub path: String,
    /// Its title.
    pub title: String,
    /// The day it reports on.
    pub date: Date,
    /// The goals it checks in on; every one exists.
    pub goals: Vec<Slug>,
    /// Who wrote it.
    #[serde(default)]
    pub authors: Vec<Login>,
    /// The Markdown body.
    #[serde(default)]
    pub body: String,
}
