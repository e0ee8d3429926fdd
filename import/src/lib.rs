//! Imports goals kept in other shapes into a cairn repository: an importer reads an
//! upstream checkout into a [`Plan`] of files and the [`Finding`]s of what it could not
//! take; [`write`] applies the plan to the destination, merging with what an earlier
//! import wrote ([`merge`]). It reads no site and renders nothing: the `cairn` binary
//! calls it and prints the findings.
//!
//! - [`rust_goals::import`]: a checkout of rust-lang/rust-project-goals;
//! - [`kep::import`]: a checkout of kubernetes/enhancements.
//!
//! [`measure`] is `cairn measure`: it reads measured metrics' sources (the network client
//! lives here) and writes the numbers into the goal files.

pub mod kep;
pub mod markdown;
pub mod measure;
pub mod merge;
pub mod plan;
pub mod problem;
pub mod rust_goals;
pub mod write;
pub mod yaml;

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub use plan::{Import, Plan, Upstream};
pub use problem::{CODES, EXPLANATIONS, Finding, Problem};
pub use write::{Report, write};

/// Why an import cannot run at all (each upstream file's problems are [`Finding`]s).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The source is not the checkout the importer reads.
    #[error("`{}` is not {expected}", path.display())]
    NotASource {
        /// The folder given.
        path: PathBuf,
        /// What it should be.
        expected: &'static str,
    },
    /// Reading the source or writing the destination failed.
    #[error("cannot use `{}`: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
}

/// Reads the upstream file `rel` of the checkout `src`; a file that is not UTF-8 text is a
/// finding, and `None`.
pub(crate) fn read_upstream(src: &Path, shown: &str, rel: &str, findings: &mut Vec<Finding>) -> Option<Upstream> {
    let shown = format!("{}/{rel}", shown.trim_end_matches('/'));
    match std::fs::read(src.join(rel)) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => Some(Upstream { shown, relative: rel.to_owned(), text: Arc::from(text) }),
            Err(_) => {
                findings.push(unreadable(shown, "it is not UTF-8 text".into()));
                None
            }
        },
        Err(e) => {
            findings.push(unreadable(shown, e.to_string()));
            None
        }
    }
}

fn unreadable(path: String, reason: String) -> Finding {
    Finding { path, text: None, span: None, problem: Problem::Unreadable { reason } }
}

/// Whether a path names an image, which a page shows from the git host's raw files.
pub(crate) fn is_image(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif"].iter().any(|e| lower.ends_with(e))
}

/// The path, relative to the checkout, that `dest` (relative, `/`-separated) leads to from
/// the file `from`; `None` when it climbs out of the checkout.
pub(crate) fn resolve(from: &str, dest: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    // `/keps/…` leads from the top of the checkout, as on the git host.
    if dest.starts_with('/') {
        parts.clear();
    }
    for part in dest.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn relative_paths_resolve_inside_the_checkout() {
        assert_eq!(super::resolve("src/2025h1/a.md", "./b.md").as_deref(), Some("src/2025h1/b.md"));
        assert_eq!(super::resolve("src/2025h1/a.md", "../2024h2/c.md").as_deref(), Some("src/2024h2/c.md"));
        assert_eq!(super::resolve("src/a.md", "../../x.md"), None);
        assert_eq!(super::resolve("keps/sig-a/1-x/README.md", "/keps/sig-b/2-y").as_deref(), Some("keps/sig-b/2-y"));
    }
}
