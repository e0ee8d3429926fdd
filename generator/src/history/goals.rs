//! Every goal through its revisions: which commits changed its file, and the status,
//! metric and task list each one left. A goal keeps its history across a rename (`git
//! mv`, with or without edits in the same commit) and across a deletion and restore at
//! the same path. Each version is read with the loader's own goal reader; a version that
//! does not read as a valid goal still counts as a revision, without a point.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use cairn_model::{CommitRef, Goal, GoalHistory, GoalPoint, History, Revision};
use rayon::prelude::*;

use super::HistoryError;
use super::walk::{CommitChanges, FileChange, walk};

/// The history of each of `goals` and of the charter, and the commit of each file, from
/// the repository holding `root`, in one pass.
pub fn histories(root: &Path, goals: &[Goal]) -> Result<History, HistoryError> {
    histories_with(root, goals, None)
}

/// As [`histories`]; with a `cache`, a repository whose `HEAD` has not moved since the
/// last call is not read again (`cairn serve`: saving a file commits nothing).
pub fn histories_with(root: &Path, goals: &[Goal], cache: Option<&HistoryCache>) -> Result<History, HistoryError> {
    let key = cache.map(|_| head_key(root)).transpose()?;
    let cached = cache.zip(key.as_ref()).and_then(|(c, k)| c.get(k));
    let followed = match cached {
        Some(followed) => followed,
        None => {
            let commits = walk(root)?;
            let charter = commits
                .iter()
                .filter(|c| c.changes.iter().any(|ch| ch.path == "charter.md" && ch.new.is_some()))
                .map(|c| c.revision.clone())
                .collect();
            let mut dates = HashMap::new();
            for commit in &commits {
                for change in &commit.changes {
                    if change.new.is_some() {
                        let at = CommitRef { id: commit.revision.commit.clone(), date: commit.revision.date };
                        dates.insert(change.path.clone(), at);
                    } else {
                        dates.remove(&change.path);
                    }
                }
            }
            let followed = Arc::new(Followed { series: follow(&commits), charter, dates });
            if let (Some(c), Some(k)) = (cache, key) {
                c.put(k, Arc::clone(&followed));
            }
            followed
        }
    };
    let goals =
        goals.iter().filter_map(|g| followed.series.get(&g.path).map(|h| (g.slug.to_string(), h.clone()))).collect();
    Ok(History { read: true, goals, charter: followed.charter.clone(), commits: followed.dates.clone() })
}

/// Every file's history at one `HEAD`: the goal histories by path, and the charter's.
#[derive(Debug)]
struct Followed {
    series: HashMap<String, GoalHistory>,
    charter: Vec<Revision>,
    dates: HashMap<String, CommitRef>,
}

/// Where the content is and which commit `HEAD` is.
type HeadKey = (std::path::PathBuf, String);

fn head_key(root: &Path) -> Result<HeadKey, HistoryError> {
    let (repo, prefix) = super::open(root)?;
    let head = repo.head_id().map(|id| id.to_string()).unwrap_or_default();
    Ok((repo.workdir().map(|w| w.join(&prefix)).unwrap_or(prefix), head))
}

/// The last history read, by `HEAD`, kept between builds by `cairn serve`.
#[derive(Debug, Default)]
pub struct HistoryCache {
    last: Mutex<Option<(HeadKey, Arc<Followed>)>>,
    hits: AtomicUsize,
}

impl HistoryCache {
    fn get(&self, key: &HeadKey) -> Option<Arc<Followed>> {
        let last = self.last.lock().ok()?;
        let found = last.as_ref().filter(|(k, _)| k == key).map(|(_, f)| Arc::clone(f));
        if found.is_some() {
            self.hits.fetch_add(1, Ordering::Relaxed);
        }
        found
    }

    fn put(&self, key: HeadKey, followed: Arc<Followed>) {
        if let Ok(mut last) = self.last.lock() {
            *last = Some((key, followed));
        }
    }

    /// How many reads the cache answered.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::Relaxed)
    }
}

/// The history of each of `goals` (by slug).
pub fn goal_histories(root: &Path, goals: &[Goal]) -> Result<HashMap<String, GoalHistory>, HistoryError> {
    histories(root, goals).map(|h| h.goals)
}

fn is_goal(path: &str) -> bool {
    path.starts_with("goals/") && path.ends_with(".md") && !path.ends_with("/_index.md")
}

fn slug_of(path: &str) -> String {
    path.rsplit('/').next().and_then(|f| f.strip_suffix(".md")).unwrap_or(path).to_owned()
}

/// The goal histories by the path each file has at the end of `commits`.
fn follow(commits: &[CommitChanges]) -> HashMap<String, GoalHistory> {
    // Every goal version, read in parallel first.
    let versions: HashMap<(usize, usize), Goal> = commits
        .par_iter()
        .enumerate()
        .flat_map_iter(|(c, commit)| {
            commit.changes.iter().enumerate().filter_map(move |(i, change)| {
                let text = change.text.as_deref().filter(|_| is_goal(&change.path))?;
                crate::load::goal_version(&change.path, text).map(|goal| ((c, i), goal))
            })
        })
        .collect();
    let mut series: Vec<GoalHistory> = Vec::new();
    // The title of each series' last readable version, to recognise a renamed and edited
    // file.
    let mut titles: HashMap<usize, String> = HashMap::new();
    let mut live: HashMap<String, usize> = HashMap::new();
    let mut dead: HashMap<String, usize> = HashMap::new();
    for (c, commit) in commits.iter().enumerate() {
        let goal_changes: Vec<(usize, &FileChange)> =
            commit.changes.iter().enumerate().filter(|(_, ch)| is_goal(&ch.path)).collect();
        let deleted: Vec<&FileChange> =
            goal_changes.iter().map(|(_, ch)| *ch).filter(|ch| ch.old.is_some() && ch.new.is_none()).collect();
        let added: Vec<(usize, &FileChange)> =
            goal_changes.iter().copied().filter(|(_, ch)| ch.old.is_none() && ch.new.is_some()).collect();
        // The last readable title of each deleted goal, to recognise one renamed and
        // edited in the same commit.
        let deleted_titles: Vec<Option<&str>> =
            deleted.iter().map(|d| live.get(&d.path).and_then(|s| titles.get(s)).map(String::as_str)).collect();
        let added_titles: Vec<Option<&str>> =
            added.iter().map(|(i, _)| versions.get(&(c, *i)).map(|g| g.title.as_str())).collect();
        let added: Vec<&FileChange> = added.into_iter().map(|(_, ch)| ch).collect();
        let renamed = renames(&added, &added_titles, &deleted, &deleted_titles);
        for d in &deleted {
            if renamed.values().any(|p| *p == d.path) {
                continue;
            }
            if let Some(s) = live.remove(&d.path) {
                dead.insert(d.path.clone(), s);
            }
        }
        for (i, change) in goal_changes {
            if change.new.is_none() {
                continue;
            }
            let index = if let Some(old) = renamed.get(change.path.as_str()) {
                let s = live.remove(*old).unwrap_or_else(|| new_series(&mut series));
                // Moved to another sub-community under the same name: not a new name.
                if slug_of(old) != slug_of(&change.path) {
                    series[s].renamed_from.push(slug_of(old));
                }
                s
            } else if let Some(&s) = live.get(&change.path) {
                s
            } else {
                dead.remove(&change.path).unwrap_or_else(|| new_series(&mut series))
            };
            live.insert(change.path.clone(), index);
            let version = versions.get(&(c, i));
            if let Some(goal) = version {
                titles.insert(index, goal.title.clone());
            }
            record(&mut series[index], &commit.revision, version);
        }
    }
    live.into_iter().map(|(path, s)| (path, std::mem::take(&mut series[s]))).collect()
}

/// The goal files of one commit that are others renamed, by new path, with the old path:
/// an added file is a deleted one renamed when its blob is the same, or else when its
/// title matches that of one deleted goal, and only one (renamed and edited together).
fn renames<'a>(
    added: &[&'a FileChange],
    added_titles: &[Option<&str>],
    deleted: &[&'a FileChange],
    deleted_titles: &[Option<&str>],
) -> HashMap<&'a str, &'a str> {
    let mut renamed: HashMap<&str, &str> = HashMap::new();
    for (add, title) in added.iter().zip(added_titles) {
        let by_blob = deleted.iter().find(|d| d.old == add.new);
        let by_title = || {
            let same: Vec<usize> =
                (0..deleted.len()).filter(|&k| title.is_some() && deleted_titles[k] == *title).collect();
            match same.as_slice() {
                [k] => Some(&deleted[*k]),
                _ => None,
            }
        };
        if let Some(old) = by_blob.or_else(by_title)
            && !renamed.values().any(|p| *p == old.path)
        {
            renamed.insert(add.path.as_str(), old.path.as_str());
        }
    }
    renamed
}

fn new_series(series: &mut Vec<GoalHistory>) -> usize {
    series.push(GoalHistory::default());
    series.len() - 1
}

/// Adds a revision to `history`, and a point when the version changed what the goal
/// shows.
fn record(history: &mut GoalHistory, revision: &Revision, version: Option<&Goal>) {
    history.revisions.push(revision.clone());
    let Some(goal) = version else { return };
    let point = GoalPoint {
        revision: revision.clone(),
        status: Some(goal.status),
        metric: goal.metric.clone(),
        checklist: goal.checklist(),
    };
    if history.points.last().is_none_or(|last| !last.same_state(&point)) {
        history.points.push(point);
    }
}
