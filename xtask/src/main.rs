//! Maintainer tasks of the cairn workspace, run as `cargo xtask TASK` (an alias in
//! `.cargo/config.toml`):
//!
//! - `build-widget`: rebuilds the widget the `cairn` crate ships ([`widget`]); run it
//!   (through `scripts/build-widget`, which installs binaryen) after changing `widget/` or
//!   `model/`, and commit `generator/widget/`.
//! - `check-widget`: says whether the shipped widget is built from the workspace's current
//!   sources ([`shipped`]); `cargo test --workspace` (or `-p xtask`) checks the same.

mod shipped;
mod sources;
mod widget;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let result = match task.as_str() {
        "build-widget" => widget::build_widget(&root()).map(|()| report_built(&root())),
        "check-widget" => check_widget(&root()),
        _ => Err(anyhow::anyhow!("unknown task `{task}`: the tasks are `build-widget` and `check-widget`")),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            #[allow(clippy::print_stderr, reason = "the one place errors are printed")]
            {
                eprintln!("error: {err:#}");
            }
            ExitCode::from(2)
        }
    }
}

/// The workspace root: the folder above this crate's.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_owned)
}

#[allow(clippy::print_stdout, reason = "a task reports what it did")]
fn report_built(root: &Path) -> bool {
    for file in shipped::FILES {
        let size = std::fs::metadata(shipped::dir(root).join(file)).map_or(0, |m| m.len());
        println!("{}/{file}: {size} bytes", shipped::DIR);
    }
    println!("commit {}/ (its SOURCES file records what it was built from)", shipped::DIR);
    true
}

#[allow(clippy::print_stdout, reason = "a task reports what it found")]
fn check_widget(root: &Path) -> Result<bool> {
    let differences = shipped::compare(root)?;
    if differences.is_empty() {
        println!("the widget in {}/ is built from the current sources", shipped::DIR);
        return Ok(true);
    }
    println!("the widget in {}/ is out of date: run `scripts/build-widget`", shipped::DIR);
    for line in differences.changed {
        println!("  changed or new: {line}");
    }
    for line in differences.gone {
        println!("  no longer there: {line}");
    }
    for file in differences.edited {
        println!("  differs from its record: {file}");
    }
    Ok(false)
}
