//! The render stage: turn validated [`Content`] into the site's files, handed one by one
//! to a [`Sink`] as they are made (in parallel), so a big site is never held in memory
//! whole. Pure: the same content, options and theme always give byte-identical files;
//! nothing here touches the disk except reading template overrides (and the sink).
//! [`crate::write`] provides the sink that writes into a folder.
//!
//! One module per format: [`html`] (pages, through the theme's templates), [`api`] (the
//! JSON API), [`feed`] (Atom), [`badge`] (SVG and shields.io badges), [`sitemap`]
//! (`sitemap.xml`, `robots.txt`), [`search`] (the search index). [`view`] derives what
//! they all show.

pub(crate) mod api;
pub(crate) mod badge;
pub(crate) mod chart;
pub(crate) mod feed;
pub(crate) mod html;
mod moved;
pub(crate) mod scope;
pub(crate) mod search;
pub(crate) mod sitemap;
mod template_error;
pub(crate) mod view;

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use cairn_model::{Content, Date, Goal, History};
use scope::Scope;

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed: usually an override in the repository's `templates/`. The
    /// diagnostic names the template's file, line and column (`template`).
    #[error("{0}")]
    Template(Box<crate::diagnostic::Diagnostic>),
    /// The search index could not be built.
    #[error("cannot build the search index: {message}")]
    Search {
        /// What pagefind said.
        message: String,
    },
    /// The sink could not take a file.
    #[error(transparent)]
    Sink(#[from] SinkError),
}

/// A file the sink could not take.
#[derive(Debug, thiserror::Error)]
#[error("cannot write `{path}`: {reason}")]
pub struct SinkError {
    /// The file, relative to the site.
    pub path: String,
    /// Why.
    pub reason: String,
}

/// Where rendered files go.
pub trait Sink: Sync {
    /// Takes one file; `path` is relative to the site, with `/`.
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), SinkError>;
}

/// What a render made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderSummary {
    /// HTML pages.
    pub pages: usize,
    /// Files in all.
    pub files: usize,
}

/// What a render needs besides the content.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The day progress and review states are computed for.
    pub today: Date,
    /// Replaces `base_url` from `cairn.toml` (for previews and `cairn serve`).
    pub base_url: Option<String>,
    /// The repository's `templates/` folder, whose files override the theme's.
    pub templates: Option<PathBuf>,
    /// Replaces `endpoint` from `cairn.toml`: where `endpoint` polls take their votes
    /// (`cairn serve` runs an endpoint of its own).
    pub endpoint: Option<String>,
}

/// Site addresses: every page URL is root-relative and starts with the path of
/// `base_url` (so a project site at `https://org.github.io/goals/` works).
#[derive(Debug, Clone)]
pub(crate) struct Urls {
    /// The absolute address, ending in `/`.
    pub(crate) base_url: String,
    /// Its path, starting and ending with `/`.
    pub(crate) root: String,
}

impl Urls {
    pub(crate) fn new(base_url: &str) -> Self {
        let mut base_url = base_url.to_owned();
        if !base_url.ends_with('/') {
            base_url.push('/');
        }
        let after_scheme = base_url.split_once("://").map_or(base_url.as_str(), |(_, rest)| rest);
        let root = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]).to_owned();
        Self { base_url, root }
    }

    /// The URL of `rel` (`goals/x/`), root-relative.
    pub(crate) fn page(&self, rel: &str) -> String {
        format!("{}{rel}", self.root)
    }

    pub(crate) fn goal(&self, goal: &Goal) -> String {
        self.page(&format!("goals/{}/", goal.slug))
    }

    /// The absolute form of a root-relative `url`.
    pub(crate) fn absolute(&self, url: &str) -> String {
        format!("{}{}", self.base_url, url.strip_prefix(&self.root).unwrap_or(url.trim_start_matches('/')))
    }
}

/// Renders every file of the site of `content` and its `history` into `sink`.
pub fn render_site(
    content: &Content,
    history: &History,
    options: &RenderOptions,
    sink: &dyn Sink,
) -> Result<RenderSummary, RenderError> {
    render_changed(content, history, options, sink, None).map(|(summary, _)| summary)
}

/// A site view kept from the last build, and the goals changed since (by slug).
pub(crate) type Previous<'a> = (&'a view::SiteView, &'a HashSet<String>);

/// Renders the site into `sink`, and returns its view too. With the view of the last
/// build and the goals changed since (and nothing else changed), only the files that can
/// show those goals are made, and the other goals' views are reused (see [`scope`]).
pub(crate) fn render_changed(
    content: &Content,
    history: &History,
    options: &RenderOptions,
    sink: &dyn Sink,
    previous: Option<Previous<'_>>,
) -> Result<(RenderSummary, view::SiteView), RenderError> {
    let urls = Urls::new(options.base_url.as_deref().unwrap_or(&content.config.base_url));
    let site = view::site_view(content, history, options, &urls, previous);
    let scope = previous.map_or(Scope::All, |(before, changed)| Scope::goals(before, &site, changed));
    let counted = Counted { inner: sink, files: AtomicUsize::new(0) };
    let sink = &counted;
    // The search index is built on a thread of its own while the pages render (pagefind
    // indexes on one thread). It is part of every full render; after a partial one,
    // `cairn serve` makes it again once the pages are reloaded (`Session::refresh_index`).
    let (pages, search) = std::thread::scope(|threads| {
        let search = (scope.is_all() && site.search)
            .then(|| threads.spawn(|| search::render_search(search::records(&site), &site.language, sink)));
        let pages = html::render_pages(&site, options.templates.clone(), sink, &scope);
        (pages, search.map(|s| s.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))))
    });
    let (pages, rendered) = pages?;
    search.transpose()?;
    // A renamed goal's JSON and badges are written under its earlier names too.
    let renamed = moved::renamed(content, history);
    let aliases = moved::Aliases::new(sink, &renamed);
    api::render_api(content, history, &site, &aliases, &scope)?;
    badge::render_badges(&site, options.templates.clone(), &aliases, &scope)?;
    sink.put("atom.xml", feed::render_feed(&site))?;
    sink.put("sitemap.xml", sitemap::render_sitemap(&site, &pages))?;
    if scope.is_all() {
        sink.put("robots.txt", sitemap::render_robots(&site))?;
        for (path, bytes) in crate::widget::FILES {
            sink.put(path, bytes.to_vec())?;
        }
    }
    moved::render_redirects(content, &renamed, &urls, sink)?;
    let files = counted.files.load(Ordering::Relaxed);
    Ok((RenderSummary { pages: rendered, files }, site))
}

/// A sink that counts the files it passes on.
struct Counted<'a> {
    inner: &'a dyn Sink,
    files: AtomicUsize,
}

impl Sink for Counted<'_> {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), SinkError> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.inner.put(path, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_the_base_path() {
        let u = Urls::new("https://org.github.io/goals");
        assert_eq!((u.base_url.as_str(), u.root.as_str()), ("https://org.github.io/goals/", "/goals/"));
        assert_eq!(u.page("charter/"), "/goals/charter/");
        assert_eq!(u.absolute("/goals/charter/"), "https://org.github.io/goals/charter/");
        let u = Urls::new("https://goals.example.org/");
        assert_eq!(u.root, "/");
        assert_eq!(u.absolute(&u.page("atom.xml")), "https://goals.example.org/atom.xml");
    }
}
