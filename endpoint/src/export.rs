//! Exporting an endpoint poll's ballots into the community's repository, to be committed
//! once the poll has closed: one ballot file per voter in the poll's ballot folder, named
//! by the voter's export id (`voter-…`, which says nothing of the code or browser behind
//! it), so that the site counts them from git like any other. A second export replaces
//! the files of the first; the exported file of a voter who is gone (a withdrawn code)
//! goes too; hand-written ballots in the folder are left alone.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cairn_model::{Poll, Tally};

use crate::keys::Keys;
use crate::store::{Store, StoreError, StoredBallot};

/// What an export did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The poll's ballot folder.
    pub folder: PathBuf,
    /// The ballot files written.
    pub written: usize,
    /// The files of earlier exports removed (their voters are gone).
    pub removed: usize,
    /// The poll's result, from the ballots that count now.
    pub tally: Tally,
}

/// Why an export wrote nothing, or stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The database has no ballot, but the folder holds exported ones: most likely the
    /// wrong database, whose export would delete every one of them.
    #[error(
        "the database has no ballots of `{poll}`, but {} holds {files} exported ballot file(s); is `--database` the endpoint's? (If every ballot was withdrawn, delete the files yourself.)",
        folder.display()
    )]
    EmptyDatabase {
        /// The poll.
        poll: String,
        /// Its ballot folder.
        folder: PathBuf,
        /// The exported files in it.
        files: usize,
    },
    /// A file or the folder could not be written, read or removed.
    #[error("cannot {action} `{}`: {source}", path.display())]
    Io {
        /// What was being done (`write`, `remove`).
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The database could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Exports `poll`'s ballots from `store` into the repository at `repo`.
pub async fn export(store: &Store, keys: &Keys, poll: &Poll, repo: &Path) -> Result<Exported, ExportError> {
    let slug = poll.slug.as_str();
    let files = ballot_files(keys, slug, &store.export(slug).await?);
    let folder = repo.join(cairn_model::vote::ballot_dir(&poll.slug));
    let (written, removed) = write_ballot_files(&folder, slug, &files)?;
    let tally = cairn_model::tally(poll, &store.ballots(slug).await?);
    Ok(Exported { folder, written, removed, tally })
}

/// Each stored ballot of `poll` as its file: the name and the text.
pub fn ballot_files(keys: &Keys, poll: &str, ballots: &[StoredBallot]) -> Vec<(String, String)> {
    ballots
        .iter()
        .map(|b| {
            let name = format!("{}.toml", keys.export_id(poll, &b.voter));
            (name, format!("# Exported from the vote endpoint.\n{}", b.choice.to_toml()))
        })
        .collect()
}

/// Whether the file `name` is one an export wrote.
fn is_exported(name: &str) -> bool {
    name.starts_with("voter-") && name.ends_with(".toml")
}

/// The exported files in `folder`, by name (none when it does not exist).
fn exported_in(folder: &Path) -> Result<Vec<String>, ExportError> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(ExportError::Io { action: "read", path: folder.to_owned(), source }),
    };
    let names = entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned());
    Ok(names.filter(|name| is_exported(name)).collect())
}

/// An I/O error while doing `action` to `path`.
fn io<'p>(action: &'static str, path: &'p Path) -> impl FnOnce(std::io::Error) -> ExportError + 'p {
    move |source| ExportError::Io { action, path: path.to_owned(), source }
}

/// Writes `files` into `folder` (made when missing) and removes the exported files of
/// earlier exports that are not among them; returns how many were written and removed.
/// With no files to write where exported ones are, nothing is touched.
pub fn write_ballot_files(
    folder: &Path,
    poll: &str,
    files: &[(String, String)],
) -> Result<(usize, usize), ExportError> {
    let before = exported_in(folder)?;
    if files.is_empty() && !before.is_empty() {
        return Err(ExportError::EmptyDatabase {
            poll: poll.to_owned(),
            folder: folder.to_owned(),
            files: before.len(),
        });
    }
    std::fs::create_dir_all(folder).map_err(io("make", folder))?;
    for (name, text) in files {
        let path = folder.join(name);
        std::fs::write(&path, text).map_err(io("write", &path))?;
    }
    let names: BTreeSet<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let mut removed = 0;
    for gone in before.iter().filter(|name| !names.contains(name.as_str())) {
        let path = folder.join(gone);
        std::fs::remove_file(&path).map_err(io("remove", &path))?;
        removed += 1;
    }
    Ok((files.len(), removed))
}

#[cfg(test)]
mod tests;
