//! The write stage: put a rendered [`Site`] on disk atomically. Files go to a temporary
//! folder next to the output; only when every file is written does it take the output's
//! place, so a failed build leaves the previous site untouched. The previous tree is moved
//! aside, not deleted, on the critical path: deleting thousands of files is slow on some
//! disks, so [`Written::remove_previous`] runs after the build has reported success.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::render::Site;

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
    /// How many files were written.
    pub files: usize,
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

/// Writes `site`, then the files of `static_dir` (copied as they are, and taking
/// precedence), into `out`, replacing what was there only once everything is written.
/// `repo` is the repository root, which `out` must not hold.
pub fn write_site(site: &Site, static_dir: Option<&Path>, out: &Path, repo: &Path) -> Result<Written, WriteError> {
    let out = std::path::absolute(out).map_err(io(out))?;
    check_output(&out, repo)?;
    let parent = out.parent().ok_or_else(|| WriteError::UnsafeOutput { path: out.clone() })?;
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = parent.join(format!(".{name}.cairn-new-{}", std::process::id()));
    if temp.exists() {
        std::fs::remove_dir_all(&temp).map_err(io(&temp))?;
    }
    let written = write_files(site, static_dir, &temp);
    if let Err(e) = written {
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
        return Err(WriteError::Io { path: out, source });
    }
    Ok(Written { files: written.unwrap_or(0), previous })
}

fn check_output(out: &Path, repo: &Path) -> Result<(), WriteError> {
    let repo = std::fs::canonicalize(repo).map_err(io(repo))?;
    let canonical_out = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_owned());
    if repo.starts_with(&canonical_out) || canonical_out.join("cairn.toml").exists() {
        return Err(WriteError::UnsafeOutput { path: out.to_owned() });
    }
    Ok(())
}

fn write_files(site: &Site, static_dir: Option<&Path>, temp: &Path) -> Result<usize, WriteError> {
    std::fs::create_dir_all(temp).map_err(io(temp))?;
    let mut folders: Vec<PathBuf> =
        site.files.keys().filter_map(|p| Path::new(p).parent().map(|d| temp.join(d))).collect();
    folders.dedup();
    for folder in &folders {
        std::fs::create_dir_all(folder).map_err(io(folder))?;
    }
    site.files.par_iter().try_for_each(|(path, bytes)| {
        let path = temp.join(path);
        std::fs::write(&path, bytes).map_err(io(&path))
    })?;
    let mut count = site.files.len();
    if let Some(dir) = static_dir.filter(|d| d.is_dir()) {
        count += copy_tree(dir, temp)?;
    }
    Ok(count)
}

/// Copies the files under `from` into `to`, following no symbolic link.
fn copy_tree(from: &Path, to: &Path) -> Result<usize, WriteError> {
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
