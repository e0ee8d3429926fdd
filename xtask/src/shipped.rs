//! The widget the `cairn` crate ships: its files in `generator/widget/` and the record of
//! what they were built from (`generator/widget/SOURCES`), and the comparison of that
//! record with the workspace as it is.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::sources::{self, sha256};

/// Where the shipped widget lives, relative to the workspace root.
pub(crate) const DIR: &str = "generator/widget";
/// The files of the widget, as the site serves them under `/widget/`.
pub(crate) const FILES: [&str; 2] = ["cairn.js", "cairn_widget_bg.wasm"];
/// The record of the sources.
const RECORD: &str = "SOURCES";

const HEADER: &str = "# What the widget in this folder was built from, written by `scripts/build-widget`.\n\
# Do not edit: `cargo test -p xtask` compares it with the workspace and with the files here.\n";

/// The folder of the shipped widget in the workspace at `root`.
pub(crate) fn dir(root: &Path) -> PathBuf {
    root.join(DIR)
}

/// Writes the record: the built files' digests, the tools, and the sources.
pub(crate) fn write_record(root: &Path, tools: &[String], sources: &BTreeSet<String>) -> Result<()> {
    let mut text = HEADER.to_owned();
    for file in FILES {
        let path = dir(root).join(file);
        let bytes = std::fs::read(&path).with_context(|| format!("cannot read `{}`", path.display()))?;
        text.push_str(&format!("output {file} {}\n", sha256(&bytes)));
    }
    for tool in tools {
        text.push_str(&format!("tool {tool}\n"));
    }
    for line in sources {
        text.push_str(line);
        text.push('\n');
    }
    let path = dir(root).join(RECORD);
    std::fs::write(&path, text).with_context(|| format!("cannot write `{}`", path.display()))
}

/// How the shipped widget differs from what the workspace would build.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Differences {
    /// Source lines in the workspace that the record lacks (new or changed inputs).
    pub(crate) changed: Vec<String>,
    /// Source lines in the record that the workspace no longer has.
    pub(crate) gone: Vec<String>,
    /// Shipped files whose bytes are not the ones recorded.
    pub(crate) edited: Vec<String>,
}

impl Differences {
    /// Whether the shipped widget is exactly what the record says, built from the
    /// workspace's sources.
    pub(crate) fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.gone.is_empty() && self.edited.is_empty()
    }
}

/// Compares the record in `root` with the workspace's sources and the shipped files.
pub(crate) fn compare(root: &Path) -> Result<Differences> {
    let path = dir(root).join(RECORD);
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read `{}`", path.display()))?;
    let recorded: BTreeSet<String> = text
        .lines()
        .filter(|l| l.starts_with("file ") || l.starts_with("manifest ") || l.starts_with("lock "))
        .map(str::to_owned)
        .collect();
    let current = sources::source_lines(root)?;
    let mut differences = Differences {
        changed: current.difference(&recorded).cloned().collect(),
        gone: recorded.difference(&current).cloned().collect(),
        edited: Vec::new(),
    };
    for file in FILES {
        let bytes = std::fs::read(dir(root).join(file)).unwrap_or_default();
        let expected = format!("output {file} {}", sha256(&bytes));
        if !text.lines().any(|l| l == expected) {
            differences.edited.push(file.to_owned());
        }
    }
    Ok(differences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask is in the workspace").to_owned()
    }

    #[test]
    fn the_shipped_widget_is_built_from_the_current_sources() {
        let differences = compare(&workspace()).expect("the record and the sources can be read");
        assert!(
            differences.is_empty(),
            "the widget in {DIR}/ is out of date with the workspace: run `scripts/build-widget` and commit {DIR}/\n\
             changed or new since it was built:\n  {}\nno longer there:\n  {}\nshipped files that differ from the record: {:?}",
            differences.changed.join("\n  "),
            differences.gone.join("\n  "),
            differences.edited,
        );
    }

    /// A copy of the workspace's inputs and shipped widget, to change.
    fn copy() -> tempfile::TempDir {
        let root = workspace();
        let copy = tempfile::tempdir().expect("a temporary folder");
        let mut paths: Vec<String> = sources::INPUTS.iter().map(|s| (*s).to_owned()).collect();
        paths.extend(["Cargo.toml", "Cargo.lock", DIR].map(str::to_owned));
        for path in paths {
            copy_tree(&root.join(&path), &copy.path().join(&path));
        }
        copy
    }

    fn copy_tree(from: &Path, to: &Path) {
        if from.is_file() {
            std::fs::create_dir_all(to.parent().expect("a parent")).expect("make the folder");
            std::fs::copy(from, to).expect("copy a file");
            return;
        }
        for entry in std::fs::read_dir(from).expect("read a folder").flatten() {
            copy_tree(&entry.path(), &to.join(entry.file_name()));
        }
    }

    #[test]
    fn a_changed_widget_source_makes_the_shipped_widget_stale() {
        let copy = copy();
        assert_eq!(compare(copy.path()).expect("compare"), Differences::default());
        let card = copy.path().join("widget/src/card.rs");
        let text = std::fs::read_to_string(&card).expect("the card's source") + "\n// a change\n";
        std::fs::write(&card, text).expect("change it");
        let differences = compare(copy.path()).expect("compare");
        assert_eq!(differences.changed.len(), 1, "{differences:?}");
        assert!(differences.changed[0].starts_with("file widget/src/card.rs "), "{differences:?}");
        assert!(differences.gone[0].starts_with("file widget/src/card.rs "), "{differences:?}");
    }

    #[test]
    fn a_changed_model_source_or_profile_makes_the_shipped_widget_stale() {
        let copy = copy();
        std::fs::write(copy.path().join("model/src/new_module.rs"), "//! New.\n").expect("add a file");
        let manifest = copy.path().join("Cargo.toml");
        let text =
            std::fs::read_to_string(&manifest).expect("the manifest").replace("opt-level = \"z\"", "opt-level = 3");
        std::fs::write(&manifest, text).expect("change the profile");
        let changed = compare(copy.path()).expect("compare").changed;
        assert!(changed.iter().any(|l| l.starts_with("file model/src/new_module.rs ")), "{changed:?}");
        assert!(changed.iter().any(|l| l.starts_with("manifest profile.wasm-release ")), "{changed:?}");
    }

    #[test]
    fn a_hand_edited_shipped_file_is_found() {
        let copy = copy();
        let script = copy.path().join(DIR).join("cairn.js");
        let text = std::fs::read_to_string(&script).expect("the script") + "\n";
        std::fs::write(&script, text).expect("edit it");
        assert_eq!(compare(copy.path()).expect("compare").edited, vec!["cairn.js".to_owned()]);
    }

    #[test]
    fn an_unrelated_dependency_does_not_make_the_widget_stale() {
        let copy = copy();
        let lock = copy.path().join("Cargo.lock");
        // sqlx is the endpoint's: nothing of the widget's reaches it.
        let text = std::fs::read_to_string(&lock).expect("the lock");
        assert!(text.contains("name = \"sqlx\""));
        let text = text.replacen("name = \"sqlx\"\nversion = \"", "name = \"sqlx\"\nversion = \"9", 1);
        std::fs::write(&lock, text).expect("change the lock");
        assert_eq!(compare(copy.path()).expect("compare"), Differences::default());
    }
}
