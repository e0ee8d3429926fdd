//! The write stage: fill the output folder atomically. Files go to a temporary folder next
//! to the output, as they are rendered ([`DirSink`]); only when every file is written does
//! the folder take the output's place, so a failed build leaves the previous site
//! untouched. The previous tree is moved aside, not deleted, on the critical path:
//! deleting thousands of files is slow on some disks, so [`Written::remove_previous`] runs
//! after the build has reported success.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::render::{Sink, SinkError};

/// Why the site could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A file or folder could not be written, moved or read.
    #[error("cannot write `{}`: {}", path.display(), crate::load::io_reason(source))]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The output folder is the repository, or holds it.
    #[error("refusing to write the site to `{}`: it holds the repository's own files; choose an empty folder or `public`", path.display())]
    UnsafeOutput {
        /// The output folder.
        path: PathBuf,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io { path: path.to_owned(), source }
}

/// A written site.
#[derive(Debug)]
pub struct Written {
    previous: Option<PathBuf>,
}

impl Written {
    /// Deletes the previous site, which was moved aside. Errors are ignored: the leftover
    /// folder is hidden and replaced by the next build.
    pub fn remove_previous(self) {
        if let Some(previous) = self.previous {
            let _ = std::fs::remove_dir_all(previous);
        }
    }
}

/// A sink that writes each file into a folder as it comes, making folders as needed.
pub struct DirSink {
    root: PathBuf,
    made: Mutex<HashSet<PathBuf>>,
}

impl DirSink {
    /// Writes under `root`, which exists.
    pub fn new(root: &Path) -> Self {
        Self { root: root.to_owned(), made: Mutex::new(HashSet::new()) }
    }
}

impl Sink for DirSink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), SinkError> {
        let target = self.root.join(path);
        let fail = |e: std::io::Error| SinkError { path: path.to_owned(), reason: crate::load::io_reason(&e) };
        if let Some(parent) = target.parent() {
            let known = self.made.lock().map(|m| m.contains(parent)).unwrap_or(false);
            if !known {
                std::fs::create_dir_all(parent).map_err(fail)?;
                if let Ok(mut made) = self.made.lock() {
                    made.insert(parent.to_owned());
                }
            }
        }
        std::fs::write(&target, bytes).map_err(fail)
    }
}

/// Creates a temporary folder next to `out`, lets `fill` write the site into it, and
/// swaps it in for `out` when `fill` succeeds; on failure the temporary folder is removed
/// and `out` is untouched. `repo` is the repository root, which `out` must not hold.
pub fn write_atomically<E: From<WriteError>>(
    out: &Path,
    repo: &Path,
    fill: impl FnOnce(&Path) -> Result<(), E>,
) -> Result<Written, E> {
    let out = std::path::absolute(out).map_err(io(out))?;
    check_output(&out, repo)?;
    let parent = out.parent().ok_or_else(|| WriteError::UnsafeOutput { path: out.clone() })?;
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = parent.join(format!(".{name}.cairn-new-{}", std::process::id()));
    if temp.exists() {
        std::fs::remove_dir_all(&temp).map_err(io(&temp))?;
    }
    std::fs::create_dir_all(&temp).map_err(io(&temp))?;
    if let Err(e) = fill(&temp) {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(e);
    }
    let previous = if out.exists() {
        let aside = parent.join(format!(".{name}.cairn-old-{}", std::process::id()));
        if aside.exists() {
            std::fs::remove_dir_all(&aside).map_err(io(&aside))?;
        }
        std::fs::rename(&out, &aside).map_err(io(&out))?;
        Some(aside)
    } else {
        None
    };
    if let Err(source) = std::fs::rename(&temp, &out) {
        // Put the previous site back before failing.
        if let Some(previous) = &previous {
            let _ = std::fs::rename(previous, &out);
        }
        return Err(WriteError::Io { path: out, source }.into());
    }
    Ok(Written { previous })
}

fn check_output(out: &Path, repo: &Path) -> Result<(), WriteError> {
    let repo = std::fs::canonicalize(repo).map_err(io(repo))?;
    let canonical_out = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_owned());
    if repo.starts_with(&canonical_out) || canonical_out.join("cairn.toml").exists() {
        return Err(WriteError::UnsafeOutput { path: out.to_owned() });
    }
    Ok(())
}

/// Copies the files under `from` into `to` (as they are, replacing files of the same
/// name), following no symbolic link; returns how many.
pub fn copy_tree(from: &Path, to: &Path) -> Result<usize, WriteError> {
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(from).map_err(io(from))?.collect::<Result<_, _>>().map_err(io(from))?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let kind = entry.file_type().map_err(io(&entry.path()))?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            std::fs::create_dir_all(&target).map_err(io(&target))?;
            count += copy_tree(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).map_err(io(&target))?;
            count += 1;
        }
    }
    Ok(count)
}
