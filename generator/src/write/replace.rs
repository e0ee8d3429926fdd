//! Updating a served site in place ([`crate::session`]): the files of a partial rebuild
//! are collected in memory ([`MemorySink`]), then each replaces its older version
//! atomically ([`replace_files`]), so the server never sends half a file. (A full build
//! replaces the whole folder instead: [`super::write_atomically`].)

use std::path::Path;
use std::sync::Mutex;

use rayon::prelude::*;

use super::{WriteError, io};
use crate::render::{Sink, SinkError};

/// A sink that keeps the files it is given.
#[derive(Debug, Default)]
pub(crate) struct MemorySink(Mutex<Vec<(String, Vec<u8>)>>);

impl MemorySink {
    /// The files, in no particular order.
    pub(crate) fn into_files(self) -> Vec<(String, Vec<u8>)> {
        self.0.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Sink for MemorySink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), SinkError> {
        let mut files = self
            .0
            .lock()
            .map_err(|_| SinkError { path: path.to_owned(), reason: "a rendering thread stopped".to_owned() })?;
        files.push((path.to_owned(), bytes));
        Ok(())
    }
}

/// Writes `files` into the site at `output`, each next to its older version and then
/// renamed over it. A file that the repository's `static_dir` also has is left alone:
/// static files replace the theme's. The folders `whole` are made anew by every render
/// (the search index, whose file names are hashes of their contents): their files that
/// `files` no longer has are removed once the new ones are in place. Returns how many
/// files were written.
pub(crate) fn replace_files(
    output: &Path,
    files: Vec<(String, Vec<u8>)>,
    static_dir: Option<&Path>,
    whole: &[&str],
) -> Result<usize, WriteError> {
    let files: Vec<_> =
        files.into_iter().filter(|(path, _)| static_dir.is_none_or(|dir| !dir.join(path).exists())).collect();
    files.par_iter().try_for_each(|(path, bytes)| {
        let target = output.join(path);
        let Some(parent) = target.parent() else { return Ok(()) };
        std::fs::create_dir_all(parent).map_err(io(parent))?;
        let temp = tempfile::Builder::new().prefix(".cairn-new-").tempfile_in(parent).map_err(io(parent))?;
        std::fs::write(temp.path(), bytes).map_err(io(temp.path()))?;
        temp.persist(&target).map_err(|e| WriteError::Io { path: target.clone(), source: e.error })?;
        Ok(())
    })?;
    let kept: std::collections::HashSet<&str> = files.iter().map(|(path, _)| path.as_str()).collect();
    for folder in whole {
        let stale = ignore::WalkBuilder::new(output.join(folder))
            .standard_filters(false)
            .build()
            .flatten()
            .filter(|entry| entry.file_type().is_some_and(|t| t.is_file()))
            .filter(|entry| {
                let rel = entry.path().strip_prefix(output).ok().and_then(Path::to_str).map(|r| r.replace('\\', "/"));
                // A static file of the same folder stays, as everywhere.
                rel.is_none_or(|rel| {
                    !kept.contains(rel.as_str()) && static_dir.is_none_or(|dir| !dir.join(&rel).exists())
                })
            });
        for entry in stale {
            std::fs::remove_file(entry.path()).map_err(io(entry.path()))?;
        }
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_replaced_and_static_files_stay() {
        let site = tempfile::tempdir().expect("temporary folder");
        let statics = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir_all(site.path().join("goals/a")).expect("folder");
        std::fs::write(site.path().join("goals/a/index.html"), "old").expect("write");
        std::fs::write(site.path().join("index.html"), "mine").expect("write");
        std::fs::write(statics.path().join("index.html"), "mine").expect("write");
        let sink = MemorySink::default();
        for (path, text) in [("goals/a/index.html", "new"), ("index.html", "theme"), ("badges/a.svg", "<svg/>")] {
            sink.put(path, text.as_bytes().to_vec()).expect("kept");
        }
        let written = replace_files(site.path(), sink.into_files(), Some(statics.path()), &[]).expect("written");
        assert_eq!(written, 2);
        let read = |p: &str| std::fs::read_to_string(site.path().join(p)).expect("a file");
        assert_eq!((read("goals/a/index.html").as_str(), read("index.html").as_str()), ("new", "mine"));
        assert_eq!(read("badges/a.svg"), "<svg/>");
        let left: Vec<_> = std::fs::read_dir(site.path().join("goals/a")).expect("folder").flatten().collect();
        assert_eq!(left.len(), 1, "no temporary file is left: {left:?}");
    }

    #[test]
    fn a_folder_made_whole_loses_the_files_the_render_no_longer_made() {
        let site = tempfile::tempdir().expect("temporary folder");
        std::fs::create_dir_all(site.path().join("pagefind/index")).expect("folder");
        std::fs::write(site.path().join("pagefind/index/en_old.pf_index"), "old").expect("write");
        std::fs::write(site.path().join("pagefind/pagefind-entry.json"), "old").expect("write");
        std::fs::write(site.path().join("index.html"), "kept").expect("write");
        let files = vec![
            ("pagefind/pagefind-entry.json".to_owned(), b"new".to_vec()),
            ("pagefind/index/en_new.pf_index".to_owned(), b"new".to_vec()),
        ];
        replace_files(site.path(), files, None, &["pagefind"]).expect("written");
        assert!(!site.path().join("pagefind/index/en_old.pf_index").exists(), "the stale index is gone");
        let read = |p: &str| std::fs::read_to_string(site.path().join(p)).expect("a file");
        assert_eq!((read("pagefind/index/en_new.pf_index").as_str(), read("index.html").as_str()), ("new", "kept"));
    }
}
