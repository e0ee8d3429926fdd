//! One pass over the first-parent history of `HEAD`, oldest commit first: for each
//! commit, the files under the tracked folders (`goals/`, `polls/`, and `charter.md`)
//! that it added, changed or deleted, with their new text. A subtree whose id did not
//! change is skipped whole, so a commit that touches no tracked file costs a few look-ups.

use std::path::Path;

use cairn_model::Revision;
use gix::ObjectId;

use super::{Changed, HistoryError, diff_tree_data, entries, git, open, tree_data, utc_date};

/// The top-level names the history follows, relative to the content root.
const TRACKED: &[&str] = &["goals", "polls", "charter.md"];

/// One file a commit added, changed or deleted.
#[derive(Debug, Clone)]
pub(crate) struct FileChange {
    /// Relative to the content root, `/`-separated.
    pub(crate) path: String,
    /// The blob before the commit, if the file existed.
    pub(crate) old: Option<ObjectId>,
    /// The blob after it, if the file still exists.
    pub(crate) new: Option<ObjectId>,
    /// The text after it (lossily decoded), if the file still exists.
    pub(crate) text: Option<String>,
}

/// A commit and the tracked files it changed.
#[derive(Debug, Clone)]
pub(crate) struct CommitChanges {
    pub(crate) revision: Revision,
    pub(crate) changes: Vec<FileChange>,
}

/// Walks the history of the repository holding `root`; commits that change no tracked
/// file are left out. An empty repository has no history.
pub(crate) fn walk(root: &Path) -> Result<Vec<CommitChanges>, HistoryError> {
    let (repo, prefix) = open(root)?;
    if repo.is_shallow().map_err(git)? {
        return Err(HistoryError::Shallow);
    }
    let commits = first_parents(&repo, &prefix)?;
    let mut out = Vec::new();
    // Per tracked name: its last id, and for a folder its tree's data, read once.
    let mut before: Vec<Option<(bool, ObjectId)>> = vec![None; TRACKED.len()];
    let mut before_data: Vec<Option<Vec<u8>>> = vec![None; TRACKED.len()];
    for (revision, ids) in commits {
        let mut changed = Vec::new();
        for (k, name) in TRACKED.iter().enumerate() {
            let (old, new) = (before[k], ids[k]);
            if old == new {
                continue;
            }
            let new_data = match new {
                Some((true, id)) => Some(tree_data(&repo, id)?),
                _ => None,
            };
            let old_data = before_data[k].take().filter(|_| matches!(old, Some((true, _))));
            diff_tree_data(&repo, old_data.as_deref(), new_data.as_deref(), name, &mut changed)?;
            let blob = |side: Option<(bool, ObjectId)>| side.filter(|(t, _)| !*t).map(|(_, id)| id);
            if blob(old).is_some() || blob(new).is_some() {
                changed.push(((*name).to_owned(), blob(old), blob(new)));
            }
            before[k] = new;
            before_data[k] = new_data;
        }
        if !changed.is_empty() {
            out.push(CommitChanges { revision, changes: with_text(&repo, changed)? });
        }
    }
    Ok(out)
}

/// The tracked entries of the content's root at one commit: for each of [`TRACKED`],
/// whether it is a folder, and its id.
type Tracked = Vec<Option<(bool, ObjectId)>>;

/// The first-parent history of `HEAD`, oldest first: each commit with the tracked entries
/// of the content folder at `prefix` (commits before that folder existed are left out).
fn first_parents(repo: &gix::Repository, prefix: &Path) -> Result<Vec<(Revision, Tracked)>, HistoryError> {
    let Ok(head) = repo.head_id() else { return Ok(Vec::new()) };
    let hash = repo.object_hash();
    let mut commits = Vec::new();
    for info in repo.rev_walk([head.detach()]).first_parent_only().all().map_err(git)? {
        let info = info.map_err(git)?;
        let commit = info.object().map_err(git)?;
        let mut tree = commit.tree_id().map_err(git)?.detach();
        if !prefix.as_os_str().is_empty() {
            let root = commit.tree().map_err(git)?;
            match root.lookup_entry_by_path(prefix).map_err(git)? {
                Some(entry) if entry.mode().is_tree() => tree = entry.object_id(),
                _ => continue, // the content folder did not exist yet
            }
        }
        // The tracked entries, from one reading of the content's root tree.
        let data = tree_data(repo, tree)?;
        let top = entries(Some(&data), hash)?;
        let ids: Tracked = TRACKED
            .iter()
            .map(|name| top.iter().find(|e| e.filename == *name).map(|e| (e.mode.is_tree(), e.oid.to_owned())))
            .collect();
        let author = commit.author().map_err(git)?.name.to_string();
        let revision =
            Revision { commit: info.id.to_string(), date: utc_date(commit.time().map_err(git)?.seconds)?, author };
        commits.push((revision, ids));
    }
    // Newest first as walked.
    commits.reverse();
    Ok(commits)
}

/// The changed files of one commit, each with its new text.
fn with_text(repo: &gix::Repository, changed: Vec<Changed>) -> Result<Vec<FileChange>, HistoryError> {
    changed
        .into_iter()
        .map(|(path, old, new)| {
            let text = match new {
                Some(id) => Some(String::from_utf8_lossy(&repo.find_object(id).map_err(git)?.data).into_owned()),
                None => None,
            };
            Ok(FileChange { path, old, new, text })
        })
        .collect()
}
