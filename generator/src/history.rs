//! The repository's git history, read with gix: the first-parent history of `HEAD` (the
//! main branch as it landed, one commit per merged pull request), in one pass (`walk`):
//! every goal through its revisions, the charter's revisions, and the commit that added or
//! last changed each file, which dates ballots ([`histories`]). It also lists what a pull
//! request changes ([`changed_paths`]).

use std::path::{Path, PathBuf};

use cairn_model::Date;

/// Why the history could not be read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// The folder is not inside a git repository (or it has no work tree).
    #[error("`{}` is not in a git repository", path.display())]
    NotARepository {
        /// The folder.
        path: PathBuf,
    },
    /// A shallow clone: the oldest commits are missing, so dates would be wrong.
    #[error(
        "this is a shallow clone, so its history is incomplete; fetch the whole history with `git fetch --unshallow` (in CI: `fetch-depth: 0`)"
    )]
    Shallow,
    /// Reading the history failed.
    #[error("cannot read the git history: {0}")]
    Git(String),
}

fn git<E: std::fmt::Display>(e: E) -> HistoryError {
    HistoryError::Git(e.to_string())
}

/// The repository holding `root`, and where `root` is inside its work tree.
fn open(root: &Path) -> Result<(gix::Repository, PathBuf), HistoryError> {
    let not_a_repository = || HistoryError::NotARepository { path: root.to_owned() };
    let mut repo = gix::discover(root).map_err(|_| not_a_repository())?;
    repo.object_cache_size_if_unset(16 << 20);
    let workdir = repo.workdir().ok_or_else(not_a_repository)?;
    let canonical = |p: &Path| std::fs::canonicalize(p).map_err(git);
    let prefix = canonical(root)?.strip_prefix(canonical(workdir)?).map_err(git)?.to_owned();
    Ok((repo, prefix))
}

/// The files that differ between the commit `base` (a full commit id, or a branch or tag
/// name) and `HEAD`: added, changed or deleted, as paths relative to `root` (paths outside
/// `root` keep their place in the repository, starting with `../`), in order.
pub fn changed_paths(root: &Path, base: &str) -> Result<Vec<String>, HistoryError> {
    let (repo, prefix) = open(root)?;
    let base_id = match gix::ObjectId::from_hex(base.as_bytes()) {
        Ok(id) => id,
        Err(_) => {
            let mut reference = repo
                .find_reference(base)
                .map_err(|_| HistoryError::Git(format!("`{base}` is neither a commit id nor a branch or tag")))?;
            reference.peel_to_id().map_err(git)?.detach()
        }
    };
    let base_tree = repo
        .find_object(base_id)
        .map_err(|_| HistoryError::Git(format!("commit `{base}` is not in this repository; fetch it first")))?
        .peel_to_tree()
        .map_err(git)?;
    let head_tree = repo.head_commit().map_err(git)?.tree().map_err(git)?;
    let mut changed = Vec::new();
    diff_trees(&repo, Some(base_tree.id), Some(head_tree.id), "", &mut changed)?;
    let prefix = prefix.to_string_lossy().replace('\\', "/");
    let relative = |path: String| -> String {
        if prefix.is_empty() {
            path
        } else if let Some(rest) = path.strip_prefix(&format!("{prefix}/")) {
            rest.to_owned()
        } else {
            format!("../{path}")
        }
    };
    Ok(changed.into_iter().map(|(path, _, _)| relative(path)).collect())
}

/// A changed blob: its path, and its id before and after (absent when added or deleted).
type Changed = (String, Option<gix::ObjectId>, Option<gix::ObjectId>);

/// The raw data of the tree `id`.
fn tree_data(repo: &gix::Repository, id: gix::ObjectId) -> Result<Vec<u8>, HistoryError> {
    let object = repo.find_object(id).map_err(git)?;
    if object.kind != gix::object::Kind::Tree {
        return Err(HistoryError::Git(format!("{id} is not a tree")));
    }
    Ok(object.detach().data)
}

/// Adds to `out` each blob that differs between two trees (either may be absent), by id.
fn diff_trees(
    repo: &gix::Repository,
    a: Option<gix::ObjectId>,
    b: Option<gix::ObjectId>,
    folder: &str,
    out: &mut Vec<Changed>,
) -> Result<(), HistoryError> {
    let old = a.map(|id| tree_data(repo, id)).transpose()?;
    let new = b.map(|id| tree_data(repo, id)).transpose()?;
    diff_tree_data(repo, old.as_deref(), new.as_deref(), folder, out)
}

/// The entries of a tree given as raw data (none for an absent tree), in git's order.
fn entries(data: Option<&[u8]>, hash: gix::hash::Kind) -> Result<Vec<gix::objs::tree::EntryRef<'_>>, HistoryError> {
    match data {
        Some(d) => Ok(gix::objs::TreeRef::from_bytes(d, hash).map_err(git)?.entries),
        None => Ok(Vec::new()),
    }
}

/// Adds to `out` each blob that differs between two trees given as raw data. Both lists
/// of entries are in git's order, so one pass over them pairs the entries up; only
/// subtrees whose ids differ are read, and only changed entries get a path.
fn diff_tree_data(
    repo: &gix::Repository,
    old: Option<&[u8]>,
    new: Option<&[u8]>,
    folder: &str,
    out: &mut Vec<Changed>,
) -> Result<(), HistoryError> {
    use std::cmp::Ordering;
    let hash = repo.object_hash();
    let (left, right) = (entries(old, hash)?, entries(new, hash)?);
    let path = |name: &gix::bstr::BStr| {
        if folder.is_empty() { name.to_string() } else { format!("{folder}/{name}") }
    };
    // An entry only one side has: a blob added or deleted, or every blob of a subtree.
    let one_side = |entry: &gix::objs::tree::EntryRef<'_>, added: bool, out: &mut Vec<Changed>| {
        let id = entry.oid.to_owned();
        let (a, b) = if added { (None, Some(id)) } else { (Some(id), None) };
        if entry.mode.is_tree() {
            diff_trees(repo, a, b, &path(entry.filename), out)
        } else {
            out.push((path(entry.filename), a, b));
            Ok(())
        }
    };
    let (mut i, mut j) = (0, 0);
    loop {
        let order = match (left.get(i), right.get(j)) {
            (Some(l), Some(r)) => l.cmp(r),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => break,
        };
        match order {
            Ordering::Less => {
                one_side(&left[i], false, out)?;
                i += 1;
            }
            Ordering::Greater => {
                one_side(&right[j], true, out)?;
                j += 1;
            }
            Ordering::Equal => {
                let (l, r) = (&left[i], &right[j]);
                if l.oid != r.oid || l.mode != r.mode {
                    if l.mode.is_tree() {
                        diff_trees(repo, Some(l.oid.to_owned()), Some(r.oid.to_owned()), &path(l.filename), out)?;
                    } else {
                        out.push((path(l.filename), Some(l.oid.to_owned()), Some(r.oid.to_owned())));
                    }
                }
                i += 1;
                j += 1;
            }
        }
    }
    Ok(())
}

fn utc_date(seconds: i64) -> Result<Date, HistoryError> {
    let time = jiff::Timestamp::from_second(seconds).map_err(git)?;
    Ok(time.to_zoned(jiff::tz::TimeZone::UTC).date())
}

mod goals;
mod walk;

pub use goals::{HistoryCache, goal_histories, histories, histories_with};

#[cfg(test)]
mod tests;
