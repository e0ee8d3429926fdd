//! Remaking the search index of a served site after a partial rebuild, away from the
//! session: [`super::Session::index_job`] takes what the job needs, [`IndexJob::run`]
//! indexes (the slow part, on any thread), and [`super::Session::write_index`] writes the
//! result unless the site was rebuilt in the meantime.

use std::sync::Arc;

use crate::build::BuildError;
use crate::render::search::{records, render_search};
use crate::render::view::SiteView;
use crate::write::MemorySink;

/// The search index of one build of the site, to make.
#[derive(Debug)]
pub struct IndexJob {
    pub(super) site: Arc<SiteView>,
    /// The number of the build the site view is of.
    pub(super) build: u64,
}

/// A made index, to write with [`super::Session::write_index`].
#[derive(Debug)]
pub struct IndexFiles {
    pub(super) files: Vec<(String, Vec<u8>)>,
    pub(super) build: u64,
}

impl IndexJob {
    /// Indexes the site's goals, pages and polls.
    pub fn run(self) -> Result<IndexFiles, BuildError> {
        let sink = MemorySink::default();
        render_search(records(&self.site), &self.site.language, &sink)?;
        Ok(IndexFiles { files: sink.into_files(), build: self.build })
    }
}
