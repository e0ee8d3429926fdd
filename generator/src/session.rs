//! The builds of `cairn serve`. The first is a full build ([`crate::build`]), which keeps
//! its content and views. After that, when only goal files changed (someone editing a
//! goal), a rebuild reads just those files again and makes just the files that can show
//! them ([`crate::render::scope`]), from what the last build kept, and replaces them in
//! the served folder. Anything else (another file, a commit, template overrides in the
//! repository, a file that appeared or went) means a full build. The search index, which
//! every goal's text goes into, is left to [`Session::refresh_index`], after the reload.
//! The tests check that both ways give the same site, byte for byte, and the same
//! diagnostics.

use std::collections::{BTreeSet, HashSet};
use std::path::{Component, Path, PathBuf};
use std::time::{Duration, Instant};

use crate::build::{BuildError, BuildOptions, BuildReport, Kept, build_and_keep};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{LoadError, Reloaded, Targets, reload_goal};
use crate::write::{MemorySink, replace_files};

mod index;
pub use index::{IndexFiles, IndexJob};

/// A repository being served, and what its last build kept.
pub struct Session {
    root: PathBuf,
    /// `root`, canonical: changed paths are taken relative to it.
    canonical: PathBuf,
    options: BuildOptions,
    last: Option<Kept>,
    /// The goal files (relative paths) changed since `last` was built: each rebuild reads
    /// all of them again. `None` when a full build is needed.
    pending: Option<BTreeSet<String>>,
    /// How many builds succeeded: the number of the served pages' build.
    built: u64,
    /// The number of the build the served search index is of: behind `built` after a
    /// partial rebuild, until [`Session::write_index`].
    indexed: u64,
}

/// What a rebuild did.
#[derive(Debug)]
pub enum Rebuilt {
    /// A full build.
    Full(BuildReport),
    /// Only the files that can show the changed goals were made again.
    Goals {
        /// The goal files read again.
        goals: Vec<String>,
        /// The site's files written.
        files: usize,
        /// Wall-clock time.
        elapsed: Duration,
        /// Problems that did not stop the build (of the whole repository).
        warnings: Diagnostics,
    },
}

impl Session {
    /// A session building the repository at `root` as `options` say; nothing is built
    /// until [`Session::rebuild`].
    pub fn new(root: &Path, options: BuildOptions) -> Self {
        let canonical = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_owned());
        Self { root: root.to_owned(), canonical, options, last: None, pending: None, built: 0, indexed: 0 }
    }

    /// Builds the site again after the files at `changed` (absolute paths) changed;
    /// `None` when what changed is not known (a full build).
    pub fn rebuild(&mut self, changed: Option<&[PathBuf]>) -> Result<Rebuilt, BuildError> {
        let goals = changed.and_then(|paths| self.changed_goals(paths));
        match (goals, self.pending.as_mut()) {
            (Some(goals), Some(pending)) => {
                pending.extend(goals);
                if let Some(result) = self.rebuild_goals() {
                    return result;
                }
            }
            _ => self.pending = None,
        }
        self.full()
    }

    /// The search index to make again, when a partial rebuild left it behind the pages and
    /// the site has one. A partial rebuild leaves it out so that the pages reload at once:
    /// indexing every goal takes longer than remaking the few files a change shows (see
    /// docs/src/performance.md#search). The caller runs the job after the reload, without
    /// the session, and hands its files to [`Session::write_index`].
    pub fn index_job(&mut self) -> Option<IndexJob> {
        let last = self.last.as_ref().filter(|last| self.indexed != self.built && last.site.search)?;
        Some(IndexJob { site: std::sync::Arc::clone(&last.site), build: self.built })
    }

    /// Writes the index a job made, unless the site was rebuilt since (then its index is
    /// newer, or another job is due); returns how many files were written.
    pub fn write_index(&mut self, index: IndexFiles) -> Result<usize, BuildError> {
        let Some(last) = self.last.as_ref().filter(|_| index.build == self.built && self.indexed != self.built) else {
            return Ok(0);
        };
        let whole = [crate::render::search::FOLDER];
        let written = replace_files(&self.options.output, index.files, last.static_dir.as_deref(), &whole)?;
        self.indexed = index.build;
        Ok(written)
    }

    /// [`Session::index_job`], run and written at once.
    pub fn refresh_index(&mut self) -> Result<usize, BuildError> {
        match self.index_job() {
            Some(job) => self.write_index(job.run()?),
            None => Ok(0),
        }
    }

    fn full(&mut self) -> Result<Rebuilt, BuildError> {
        // The next rebuild is a full one, unless this one succeeds.
        self.pending = None;
        let (report, kept) = build_and_keep(&self.root, &self.options, &|_| {})?;
        // A full build makes its index with its pages.
        self.built += 1;
        self.indexed = self.built;
        // Templates in the repository may show anything anywhere: every build is full.
        let overrides = kept.render.templates.is_some();
        self.pending = (!overrides).then(BTreeSet::new);
        self.last = Some(kept);
        Ok(Rebuilt::Full(report))
    }

    /// The goal files among `paths`, relative to the root; `None` when something else
    /// changed. Files that are gone and were never read (an editor's temporary files)
    /// do not count.
    fn changed_goals(&self, paths: &[PathBuf]) -> Option<Vec<String>> {
        let last = self.last.as_ref()?;
        let mut goals = Vec::new();
        for path in paths {
            let rel = relative(&self.canonical, path)?;
            let read_before = last.files.contains(&rel);
            match std::fs::symlink_metadata(path) {
                Ok(meta) if meta.is_file() && read_before && is_goal(&rel) => goals.push(rel),
                Err(_) if !read_before && !last.warnings.iter().any(|d| d.path == rel) => {}
                _ => return None,
            }
        }
        Some(goals)
    }

    /// Reads the pending goal files again and makes the files that show them; `None`
    /// when that cannot be done (a full build is then needed).
    fn rebuild_goals(&mut self) -> Option<Result<Rebuilt, BuildError>> {
        let started = Instant::now();
        let pending = self.pending.clone()?;
        let last = self.last.as_ref()?;
        let files: BTreeSet<&str> = last.files.iter().map(String::as_str).collect();
        let targets = Targets { pages: &files, on_host: last.content.config.repo.is_some() };
        let read: Vec<(&String, Reloaded)> = pending
            .iter()
            .map(|path| {
                reload_goal(&self.canonical, path, targets, &last.content.config, &self.options.load).map(|r| (path, r))
            })
            .collect::<Option<_>>()?;
        // A goal in a relation shows on the pages of the goals it relates to (the roll-up of
        // a whole, the links between continued goals), and its names are checked against
        // every file: a full build, then.
        let related = last.content.relations();
        let in_relation = |slug: &cairn_model::Slug| {
            last.content.goal(slug).is_some_and(|g| !g.relations.is_empty())
                || related.parts(slug).next().is_some()
                || related.continued_by(slug).next().is_some()
                || related.replaced_by(slug).next().is_some()
        };
        let relates = read.iter().any(|(path, (goal, _, names_goals))| {
            *names_goals
                || goal.as_ref().is_some_and(|g| in_relation(&g.slug))
                || crate::load::classify(path)
                    .ok()
                    .flatten()
                    .is_some_and(|k| matches!(k, crate::load::Kind::Goal { slug, .. } if in_relation(&slug)))
        });
        if relates {
            return None;
        }
        // The repository's diagnostics: the other files' from the last build, these files'
        // own from now.
        let mut diagnostics: Vec<Diagnostic> =
            last.warnings.iter().filter(|d| !pending.contains(&d.path)).cloned().collect();
        diagnostics.extend(read.iter().flat_map(|(_, (_, found, _))| found.iter().cloned()));
        let warnings = Diagnostics::new(diagnostics);
        if warnings.error_count() > 0 {
            return Some(Err(LoadError::Invalid(warnings).into()));
        }
        let goals: Vec<cairn_model::Goal> = read.into_iter().filter_map(|(_, (goal, ..))| goal).collect();
        // From here on, what went wrong calls for a full build, which makes `last` anew.
        let last = self.last.take()?;
        let changed: HashSet<String> = goals.iter().map(|g| g.slug.to_string()).collect();
        // The new content and history, from the kept ones and the goals read again.
        let today = self.options.render.today;
        let history = match last.history {
            Some(h) if self.options.working_tree => Some(goals.iter().fold(h, |h, g| h.with_working_tree_of(g, today))),
            h => h,
        };
        let content = goals.into_iter().try_fold(last.content, cairn_model::Content::with_goal)?;
        let sink = MemorySink::default();
        let no_history = cairn_model::History::default();
        let dated = history.as_ref().unwrap_or(&no_history);
        let previous = Some((last.site.as_ref(), &changed));
        let (_, site) = crate::render::render_changed(&content, dated, &last.render, &sink, previous).ok()?;
        let files = replace_files(&self.options.output, sink.into_files(), last.static_dir.as_deref(), &[]).ok()?;
        self.built += 1;
        let site = std::sync::Arc::new(site);
        self.last = Some(Kept { content, history, warnings: warnings.clone(), site, ..last });
        self.pending = Some(BTreeSet::new());
        Some(Ok(Rebuilt::Goals { goals: pending.into_iter().collect(), files, elapsed: started.elapsed(), warnings }))
    }
}

/// `path` relative to `root`, with `/`; `None` outside it or when not UTF-8.
fn relative(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts = rel
        .components()
        .map(|c| match c {
            Component::Normal(part) => part.to_str(),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()?;
    Some(parts.join("/"))
}

/// Whether `rel` is where a goal file goes (not a sub-community's `_index.md`).
fn is_goal(rel: &str) -> bool {
    matches!(crate::load::classify(rel), Ok(Some(crate::load::Kind::Goal { .. })))
}

#[cfg(test)]
mod tests;
