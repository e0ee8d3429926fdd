//! `cairn build` as a library call: load, read the history, render and write, with a
//! report.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cairn_model::{Content, History};

use crate::diagnostic::{Diagnostic, Diagnostics, Problem};
use crate::load::{LoadError, LoadOptions, load_repo};
use crate::render::{RenderError, RenderOptions, render_changed};
use crate::write::{DirSink, WriteError, Written, copy_assets, copy_tree, write_atomically};

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

impl BuildError {
    /// The problems of the repository that stopped the build, as diagnostics: its
    /// content's, or a template's; `None` for the others (writing, a link out).
    pub fn diagnostics(&self) -> Option<Diagnostics> {
        match self {
            BuildError::Load(LoadError::Invalid(found)) => Some(found.clone()),
            BuildError::Render(RenderError::Template(found)) => Some(Diagnostics::new(vec![(**found).clone()])),
            _ => None,
        }
    }
}

/// The history stage: what the git history says of `content` (with the working tree's
/// uncommitted goal changes when `options` ask for them), or `None` without history (not
/// a repository, a shallow clone, `--no-history`), with the warnings that say why and what
/// is then missing. Without history the site is still built: no ballot counts and goals
/// have no past.
fn read_history(root: &Path, content: &Content, options: &BuildOptions) -> (Option<History>, Vec<Diagnostic>) {
    let no_ballot_counted = |reason: String| {
        (!content.ballots.is_empty()).then(|| Diagnostic::file("polls", Problem::NoHistory { what: BALLOTS, reason }))
    };
    if options.no_history {
        let reason = "`--no-history` leaves the git history out".to_owned();
        return (None, no_ballot_counted(reason).into_iter().collect());
    }
    match crate::history::histories_with(root, &content.goals, options.history_cache.as_deref()) {
        // Uncommitted changes mean something only next to a history.
        Ok(found) if options.working_tree => {
            (Some(found.with_working_tree(&content.goals, options.render.today)), vec![])
        }
        Ok(found) => (Some(found), vec![]),
        Err(e) => {
            let mut warnings: Vec<Diagnostic> = no_ballot_counted(e.to_string()).into_iter().collect();
            // A folder outside git has nothing to show and nothing to fix.
            if !matches!(e, crate::history::HistoryError::NotARepository { .. }) {
                let what = "no goal shows its progress over time";
                warnings.push(Diagnostic::file("goals", Problem::NoHistory { what, reason: e.to_string() }));
            }
            (None, warnings)
        }
    }
}

const BALLOTS: &str = "no ballot is counted";

/// Builds the site of the repository at `root`; `on_stage` is told each stage's name.
pub fn build_site(root: &Path, options: &BuildOptions, on_stage: &dyn Fn(&str)) -> Result<BuildReport, BuildError> {
    build_and_keep(root, options, on_stage).map(|(report, _)| report)
}

/// What a build keeps for the next rebuild of `cairn serve` ([`crate::session`]).
pub(crate) struct Kept {
    /// The content.
    pub(crate) content: Content,
    /// Every content file read (the files a body may link to).
    pub(crate) files: std::collections::BTreeSet<String>,
    /// Its history; `None` when it was not read (and so uncommitted changes do not show).
    pub(crate) history: Option<History>,
    /// The problems that did not stop the build: the loader's and the history's.
    pub(crate) warnings: Diagnostics,
    /// The site view the files were rendered from (shared with the search index's
    /// remaking, [`crate::session::IndexJob`]).
    pub(crate) site: std::sync::Arc<crate::render::view::SiteView>,
    /// The rendering options, with the repository's `templates/` folder.
    pub(crate) render: RenderOptions,
    /// The repository's `static/` folder.
    pub(crate) static_dir: Option<PathBuf>,
}

/// [`build_site`], keeping what the build read and derived. The stages in order: load,
/// history, render and write; each takes what the earlier ones made.
pub(crate) fn build_and_keep(
    root: &Path,
    options: &BuildOptions,
    on_stage: &dyn Fn(&str),
) -> Result<(BuildReport, Kept), BuildError> {
    let started = Instant::now();
    on_stage("reading");
    let loaded = load_repo(root, &options.load)?;
    if !options.no_history {
        on_stage("reading the history");
    }
    let (history, history_warnings) = read_history(root, &loaded.content, options);
    let warnings = Diagnostics::new(loaded.warnings.iter().cloned().chain(history_warnings).collect());
    on_stage("rendering and writing");
    let mut render = options.render.clone();
    if render.templates.is_none() {
        render.templates = folder_inside(root, "templates")?;
    }
    let static_dir = folder_inside(root, "static")?;
    let no_history = History::default();
    let dated = history.as_ref().unwrap_or(&no_history);
    let (written, (pages, files, site)) = write_atomically(&options.output, root, |temp| {
        let (rendered, site) = DirSink::fill(temp, |sink| render_changed(&loaded.content, dated, &render, sink, None))?;
        let assets = copy_assets(root, &loaded.content.assets, temp)?;
        // Static files come last, so that they replace the theme's of the same name.
        let copied = match &static_dir {
            Some(dir) => copy_tree(dir, temp)?,
            None => 0,
        };
        Ok::<_, BuildError>((rendered.pages, rendered.files + assets + copied, site))
    })?;
    let report = BuildReport { pages, files, elapsed: started.elapsed(), warnings: warnings.clone(), written };
    let crate::Loaded { content, files: read, .. } = loaded;
    let site = std::sync::Arc::new(site);
    Ok((report, Kept { content, files: read, history, warnings, site, render, static_dir }))
}
