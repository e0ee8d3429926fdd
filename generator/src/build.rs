//! `cairn build` as a library call: load, render and write, with a report.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostics;
use crate::load::{LoadError, LoadOptions, load_repo};
use crate::render::{RenderError, RenderOptions, render_site};
use crate::write::{WriteError, Written, write_site};

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Where the site goes.
    pub output: PathBuf,
    /// Rendering options (the date, the base URL).
    pub render: RenderOptions,
    /// Loading limits.
    pub load: LoadOptions,
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
}

/// Builds the site of the repository at `root`; `on_stage` is told each stage's name.
pub fn build_site(root: &Path, options: &BuildOptions, on_stage: &dyn Fn(&str)) -> Result<BuildReport, BuildError> {
    let started = Instant::now();
    on_stage("reading");
    let loaded = load_repo(root, &options.load)?;
    on_stage("rendering");
    let mut render = options.render.clone();
    if render.templates.is_none() {
        render.templates = Some(root.join("templates")).filter(|t| t.is_dir());
    }
    let site = render_site(&loaded.content, &render)?;
    on_stage("writing");
    let static_dir = root.join("static");
    let written = write_site(&site, Some(&static_dir), &options.output, root)?;
    Ok(BuildReport {
        pages: site.page_count(),
        files: written.files,
        elapsed: started.elapsed(),
        warnings: loaded.warnings,
        written,
    })
}
