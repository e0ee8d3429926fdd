//! `cairn build` as a library call: load, render and write, with a report.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostics;
use crate::load::{LoadError, LoadOptions, load_repo};
use crate::render::{RenderError, RenderOptions, render_changed};
use crate::write::{DirSink, WriteError, Written, copy_tree, write_atomically};

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Where the site goes.
    pub output: PathBuf,
    /// Rendering options (the date, the base URL).
    pub render: RenderOptions,
    /// Loading limits.
    pub load: LoadOptions,
    /// Leave the git history out: no goal history, no ballot counted.
    pub no_history: bool,
    /// Show uncommitted changes to a goal as a last "working tree" point of its history
    /// (`cairn serve`; a published site shows only what was committed).
    pub working_tree: bool,
    /// Keeps the history between builds while `HEAD` does not move (`cairn serve`).
    pub history_cache: Option<std::sync::Arc<crate::history::HistoryCache>>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// HTML pages written.
    pub pages: usize,
    /// Files written in all.
    pub files: usize,
    /// Wall-clock time.
    pub elapsed: Duration,
    /// Problems that did not stop the build.
    pub warnings: Diagnostics,
    /// The written site (call [`Written::remove_previous`] once the report is shown).
    pub written: Written,
}

/// The repository's folder `name`, if it exists; an error if it is a link that leads out
/// of the repository (its files would be published).
fn folder_inside(root: &Path, name: &str) -> Result<Option<PathBuf>, BuildError> {
    let path = root.join(name);
    let Ok(meta) = std::fs::symlink_metadata(&path) else { return Ok(None) };
    if meta.file_type().is_symlink() {
        let (Ok(target), Ok(root)) = (std::fs::canonicalize(&path), std::fs::canonicalize(root)) else {
            return Ok(None);
        };
        if !target.starts_with(&root) {
            return Err(BuildError::LinkOutside { path });
        }
    }
    Ok(path.is_dir().then_some(path))
}

/// Why a build failed. In every case the previous output is untouched.
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    /// The content has errors, or could not be read.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// A template failed.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// `templates/` or `static/` is a link out of the repository.
    #[error("`{}` is a link out of the repository; cairn does not publish what it leads to", path.display())]
    LinkOutside {
        /// The folder.
        path: PathBuf,
    },
}

/// Dates the ballots and reads each goal's history from git; returns whether the goals'
/// history was read. Without history (not a repository, a shallow clone) the site is
/// still built: no ballot counts, goals have no history, and a warning says why and what
/// to do.
fn read_history(root: &Path, loaded: &mut crate::Loaded, cache: Option<&crate::history::HistoryCache>) -> bool {
    match crate::history::histories_with(root, &loaded.content.goals, cache) {
        Ok(found) => {
            // Ballots count by the date their commit landed.
            crate::history::date_ballots(&found, &mut loaded.content.ballots);
            loaded.content.histories = found.goals;
            loaded.content.charter_history = found.charter;
            true
        }
        Err(e) => {
            if !loaded.content.ballots.is_empty() {
                warn(loaded, "polls", BALLOTS, e.to_string());
            }
            // A folder outside git has nothing to show and nothing to fix.
            if !matches!(e, crate::history::HistoryError::NotARepository { .. }) {
                warn(loaded, "goals", "goals have no progress history", e.to_string());
            }
            false
        }
    }
}

const BALLOTS: &str = "no ballot is counted";

/// For each goal whose file says something its last commit did not (status, metric,
/// task list), a last point dated today.
fn add_working_tree(content: &mut cairn_model::Content, today: cairn_model::Date) {
    for i in 0..content.goals.len() {
        working_tree_point(content, i, today);
    }
}

/// The working-tree point of the `index`th goal: set when its file says something its last
/// commit did not, else cleared.
pub(crate) fn working_tree_point(content: &mut cairn_model::Content, index: usize, today: cairn_model::Date) {
    let Some(goal) = content.goals.get(index) else { return };
    let revision = cairn_model::Revision { commit: String::new(), date: today, author: "working tree".to_owned() };
    let now = cairn_model::GoalPoint {
        revision,
        status: Some(goal.status),
        metric: goal.metric.clone(),
        checklist: goal.checklist(),
    };
    let history = content.histories.entry(goal.slug.to_string()).or_default();
    let differs = history.points.last().is_none_or(|last| !last.same_state(&now));
    history.working_tree = differs.then_some(now);
}

fn warn(loaded: &mut crate::Loaded, file: &str, what: &'static str, reason: String) {
    let warning = crate::diagnostic::Diagnostic::file(file, crate::diagnostic::Problem::NoHistory { what, reason });
    loaded.warnings = crate::diagnostic::Diagnostics::new(loaded.warnings.iter().cloned().chain([warning]).collect());
}

/// Builds the site of the repository at `root`; `on_stage` is told each stage's name.
pub fn build_site(root: &Path, options: &BuildOptions, on_stage: &dyn Fn(&str)) -> Result<BuildReport, BuildError> {
    build_and_keep(root, options, on_stage).map(|(report, _)| report)
}

/// What a build keeps for the next rebuild of `cairn serve` ([`crate::session`]).
pub(crate) struct Kept {
    /// The content, with its history.
    pub(crate) loaded: crate::Loaded,
    /// The site view the files were rendered from.
    pub(crate) site: crate::render::view::SiteView,
    /// The rendering options, with the repository's `templates/` folder.
    pub(crate) render: RenderOptions,
    /// The repository's `static/` folder.
    pub(crate) static_dir: Option<PathBuf>,
    /// Whether the goals' history was read (and so uncommitted changes show).
    pub(crate) history: bool,
}

/// [`build_site`], keeping what the build read and derived.
pub(crate) fn build_and_keep(
    root: &Path,
    options: &BuildOptions,
    on_stage: &dyn Fn(&str),
) -> Result<(BuildReport, Kept), BuildError> {
    let started = Instant::now();
    on_stage("reading");
    let mut loaded = load_repo(root, &options.load)?;
    let mut history = false;
    if options.no_history {
        if !loaded.content.ballots.is_empty() {
            let reason = "`--no-history` leaves the git history out".to_owned();
            warn(&mut loaded, "polls", BALLOTS, reason);
        }
    } else {
        on_stage("reading the history");
        history = read_history(root, &mut loaded, options.history_cache.as_deref());
        // Uncommitted changes mean something only next to a history.
        if history && options.working_tree {
            add_working_tree(&mut loaded.content, options.render.today);
        }
    }
    on_stage("rendering and writing");
    let mut render = options.render.clone();
    if render.templates.is_none() {
        render.templates = folder_inside(root, "templates")?;
    }
    let static_dir = folder_inside(root, "static")?;
    let (written, (pages, files, site)) = write_atomically(&options.output, root, |temp| {
        let (rendered, site) = DirSink::fill(temp, |sink| render_changed(&loaded.content, &render, sink, None))?;
        // Static files come last, so that they replace the theme's of the same name.
        let copied = match &static_dir {
            Some(dir) => copy_tree(dir, temp)?,
            None => 0,
        };
        Ok::<_, BuildError>((rendered.pages, rendered.files + copied, site))
    })?;
    let report = BuildReport { pages, files, elapsed: started.elapsed(), warnings: loaded.warnings.clone(), written };
    Ok((report, Kept { loaded, site, render, static_dir, history }))
}
