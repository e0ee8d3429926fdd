//! `cairn`: turns a community's goals, kept as Markdown files in git, into a static site.
//!
//! The pipeline, one stage per module:
//!
//! 1. [`load`]: walk the repository and read `cairn.toml`, `charter.md`, `goals/` and
//!    `updates/` into a validated [`cairn_model::Content`], collecting every problem as a
//!    [`diagnostic::Diagnostic`] before failing.
//! 2. [`diagnostic`]: the problems, and their renderings for terminals, editors and CI.
//! 3. [`init`]: the starter repository written by `cairn init`, and the goal files written
//!    by `cairn new goal`.
//!
//! Progress and review states are computed by `cairn-model`, never here.

pub mod diagnostic;
pub mod init;
pub mod load;

pub use load::{LoadError, LoadOptions, Loaded, load_repo};
pub(crate) mod markdown;
