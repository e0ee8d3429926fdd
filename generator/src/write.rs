//! The write stage: fill the output folder atomically. Files go to a temporary folder next
//! to the output, as they are rendered ([`DirSink`]); only when every file is written does
//! the folder take the output's place, so a failed build leaves the previous site
//! untouched. The previous tree is moved aside, not deleted, on the critical path:
//! deleting thousands of files is slow on some disks, so [`Written::remove_previous`] runs
//! after the build has reported success.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, SyncSender};

use crate::render::{Sink, SinkError};

mod replace;
pub(crate) use replace::{MemorySink, replace_files};

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
    /// The output folder holds something other than a site cairn built.
    #[error("refusing to replace `{}`: it is not empty and holds no site cairn built (no `api/v1/site.json`); choose another folder or empty it", path.display())]
    NotASite {
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
///
/// Writing happens on threads of its own while rayon's threads render, one writer per
/// large folder (pages, API, badges): creating a file takes its folder's lock in the
/// kernel, so writers sharing a folder mostly wait for each other (on one test machine, a
/// fifth of a build's time went to spinning on that lock), while writers in different
/// folders do not. Files reach the writers through bounded queues, so rendering cannot
/// run far ahead of the disk and fill the memory.
pub struct DirSink {
    queues: Vec<SyncSender<(String, Vec<u8>)>>,
    /// Set when a write failed: later files are refused rather than queued.
    failed: Arc<AtomicBool>,
}

/// How many rendered files may wait for each writer.
const QUEUE: usize = 128;

/// The writer of a file: by the folders with a file per goal.
fn writer_of(path: &str) -> usize {
    match path.split('/').next() {
        Some("api") => 1,
        Some("badges") => 2,
        _ => 0,
    }
}

impl DirSink {
    /// Runs `fill` with a sink writing under `root` (which exists), and waits for every
    /// file to be written. A write error comes before `fill`'s own error, which may only
    /// be the sink refusing files after it.
    pub fn fill<T, E: From<SinkError>>(root: &Path, fill: impl FnOnce(&Self) -> Result<T, E>) -> Result<T, E> {
        let failed = Arc::new(AtomicBool::new(false));
        std::thread::scope(|scope| {
            let mut queues = Vec::new();
            let mut writers = Vec::new();
            for _ in 0..3 {
                let (queue, files) = std::sync::mpsc::sync_channel(QUEUE);
                let failed = Arc::clone(&failed);
                queues.push(queue);
                writers.push(scope.spawn(move || write_all(root, &files, &failed)));
            }
            let sink = Self { queues, failed: Arc::clone(&failed) };
            let filled = fill(&sink);
            // Closing the queues ends the writers once they have written what is queued.
            drop(sink);
            let mut written = Ok(());
            for writer in writers {
                let result = writer.join().unwrap_or_else(|_| {
                    Err(SinkError { path: String::new(), reason: "a writing thread stopped".to_owned() })
                });
                written = written.and(result);
            }
            written?;
            filled
        })
    }
}

/// The writer: writes each file it receives, making folders as needed, until the queue
/// closes; after a failure it only drains the queue.
fn write_all(root: &Path, files: &Receiver<(String, Vec<u8>)>, failed: &AtomicBool) -> Result<(), SinkError> {
    let mut made: HashSet<PathBuf> = HashSet::new();
    let mut first_error = None;
    for (path, bytes) in files {
        if first_error.is_some() {
            continue;
        }
        let target = root.join(&path);
        let result = (|| {
            if let Some(parent) = target.parent()
                && !made.contains(parent)
            {
                std::fs::create_dir_all(parent)?;
                made.insert(parent.to_owned());
            }
            std::fs::write(&target, bytes)
        })();
        if let Err(e) = result {
            failed.store(true, Ordering::Relaxed);
            first_error = Some(SinkError { path, reason: crate::load::io_reason(&e) });
        }
    }
    first_error.map_or(Ok(()), Err)
}

impl Sink for DirSink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), SinkError> {
        let refused = || SinkError { path: path.to_owned(), reason: "an earlier file could not be written".to_owned() };
        if self.failed.load(Ordering::Relaxed) {
            return Err(refused());
        }
        let queue = &self.queues[writer_of(path)];
        queue.send((path.to_owned(), bytes)).map_err(|_| refused())
    }
}

/// Creates a temporary folder next to `out`, lets `fill` write the site into it, and
/// swaps it in for `out` when `fill` succeeds; on failure the temporary folder is removed
/// and `out` is untouched. `repo` is the repository root, which `out` must not hold.
/// Returns what `fill` returned, too.
pub fn write_atomically<T, E: From<WriteError>>(
    out: &Path,
    repo: &Path,
    fill: impl FnOnce(&Path) -> Result<T, E>,
) -> Result<(Written, T), E> {
    let mut out = std::path::absolute(out).map_err(io(out))?;
    // A linked output (`public -> /srv/www/goals`) is replaced where it leads.
    if std::fs::symlink_metadata(&out).is_ok_and(|m| m.file_type().is_symlink()) {
        out = std::fs::canonicalize(&out).map_err(io(&out))?;
    }
    let parent = out.parent().ok_or_else(|| WriteError::UnsafeOutput { path: out.clone() })?.to_owned();
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    recover(&parent, &name, &out);
    check_output(&out, repo)?;
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}.cairn-new-"))
        .tempdir_in(&parent)
        .map_err(io(&parent))?
        .keep();
    let filled = match fill(&temp) {
        Ok(filled) => filled,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&temp);
            return Err(e);
        }
    };
    let previous = if out.exists() {
        let aside = tempfile::Builder::new()
            .prefix(&format!(".{name}.cairn-old-"))
            .tempdir_in(&parent)
            .map_err(io(&parent))?
            .keep();
        // `rename` replaces the empty placeholder folder.
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
        let _ = std::fs::remove_dir_all(&temp);
        return Err(WriteError::Io { path: out, source }.into());
    }
    Ok((Written { previous }, filled))
}

/// Cleans up after a build that was killed: removes half-written folders, and puts the
/// previous site back when it was moved aside but never replaced.
fn recover(parent: &Path, name: &str, out: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let (new, old) = (format!(".{name}.cairn-new-"), format!(".{name}.cairn-old-"));
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&new) {
            let _ = std::fs::remove_dir_all(entry.path());
        } else if file.starts_with(&old) {
            if out.exists() {
                let _ = std::fs::remove_dir_all(entry.path());
            } else {
                let _ = std::fs::rename(entry.path(), out);
            }
        }
    }
}

fn check_output(out: &Path, repo: &Path) -> Result<(), WriteError> {
    let repo = std::fs::canonicalize(repo).map_err(io(repo))?;
    let canonical_out = std::fs::canonicalize(out).unwrap_or_else(|_| out.to_owned());
    if repo.starts_with(&canonical_out) || canonical_out.join("cairn.toml").exists() {
        return Err(WriteError::UnsafeOutput { path: out.to_owned() });
    }
    let empty = std::fs::read_dir(out).map(|mut d| d.next().is_none()).unwrap_or(true);
    if !empty && !out.join("api/v1/site.json").is_file() {
        return Err(WriteError::NotASite { path: out.to_owned() });
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

/// Copies the files at `paths` (relative to `root`, `/`-separated) to `to/files/`, each
/// at its path: the files published beside goals and pages. Returns how many.
pub fn copy_assets(root: &Path, paths: &[String], to: &Path) -> Result<usize, WriteError> {
    for path in paths {
        let target = path.split('/').fold(to.join("files"), |dir, part| dir.join(part));
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder).map_err(io(folder))?;
        }
        let source = path.split('/').fold(root.to_path_buf(), |dir, part| dir.join(part));
        std::fs::copy(&source, &target).map_err(io(&source))?;
    }
    Ok(paths.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_land_in_their_folders() {
        let dir = tempfile::tempdir().expect("temporary folder");
        DirSink::fill(dir.path(), |sink| {
            sink.put("goals/a/index.html", b"page".to_vec())?;
            sink.put("api/v1/goals/a.json", b"{}".to_vec())?;
            sink.put("badges/a.svg", b"<svg/>".to_vec())?;
            sink.put("index.html", b"home".to_vec())
        })
        .expect("written");
        for (path, text) in [
            ("goals/a/index.html", "page"),
            ("api/v1/goals/a.json", "{}"),
            ("badges/a.svg", "<svg/>"),
            ("index.html", "home"),
        ] {
            assert_eq!(std::fs::read_to_string(dir.path().join(path)).expect("a written file"), text);
        }
    }

    #[test]
    fn a_failed_write_is_the_error_reported_and_later_files_are_refused() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let result = DirSink::fill(dir.path(), |sink| {
            sink.put("goals", b"a file where a folder must go".to_vec())?;
            sink.put("goals/a/index.html", b"page".to_vec())?;
            // Wait for the writer to fail, then see the sink refuse.
            for _ in 0..200 {
                if sink.failed.load(Ordering::Relaxed) {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            sink.put("goals/b/index.html", b"page".to_vec())
        });
        let err = result.expect_err("the second file cannot be written");
        assert_eq!(err.path, "goals/a/index.html", "{err}");
        assert!(!err.reason.contains("earlier file"), "the real cause is reported: {err}");
    }
}
