//! End-to-end tests of the `cairn` binary: each test copies a fixture repository into a
//! temporary folder, runs the real CLI on it, and checks what it prints and exits with.
//!
//! Fixtures live in `tests/fixtures/<area>/<case>/`; see `tests/README.md`.

mod api_origin;
mod build;
mod check;
mod cli;
mod content;
mod endpoint;
mod harness;
mod history;
mod hostile;
mod import;
mod install;
mod language;
mod markdown;
mod measure;
mod origin;
mod pages;
mod polls;
mod serve;
mod theme;
mod workflows;
