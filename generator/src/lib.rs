//! `cairn`: turns a community's goals, kept as Markdown files in git, into a static site.
//!
//! The pipeline, one stage per module:
//!
//! 1. [`load`]: walk the repository and read `cairn.toml`, `charter.md`, `goals/` and
//!    `updates/` into a validated [`cairn_model::Content`], collecting every problem as a
//!    [`diagnostic::Diagnostic`] before failing.
//! 2. [`diagnostic`]: the problems, and their renderings for terminals, editors and CI.
//! 3. [`render`]: turn the content into the site's files in memory — pages through the
//!    theme's templates, the JSON API, the Atom feed, badges, the sitemap.
//! 4. [`write`]: put them on disk atomically.
//! 5. [`build`]: the three stages in a row, as `cairn build` runs them; [`session`]: the
//!    rebuilds of `cairn serve`, which make only what changed goal files show.
//! 6. [`init`]: the starter repository written by `cairn init`, and the goal files written
//!    by `cairn new goal`.
//!
//! Progress and review states are computed by `cairn-model`, never here.

pub mod ballot_pr;
pub mod build;
pub mod diagnostic;
pub mod escape;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
pub mod history;
pub mod init;
pub mod load;
pub(crate) mod markdown;

pub use load::{LoadError, LoadOptions, Loaded, key_span, load_repo};

pub mod render;
pub mod session;
pub mod widget;
pub mod write;
