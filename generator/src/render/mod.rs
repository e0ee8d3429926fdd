//! The render stage: turn validated [`Content`] into the site's files, handed one by one
//! to a [`Sink`] as they are made (in parallel), so a big site is never held in memory
//! whole. Pure: the same content, options and theme always give byte-identical files;
//! nothing here touches the disk except reading template overrides (and the sink).
//! [`crate::write`] provides the sink that writes into a folder.
//!
//! One module per format: [`html`] (pages, through the theme's templates), [`api`] (the
//! JSON API), [`feed`] (Atom), [`badge`] (SVG and shields.io badges), [`sitemap`]
//! (`sitemap.xml`, `robots.txt`). [`view`] derives what they all show.

pub(crate) mod api;
pub(crate) mod badge;
pub(crate) mod chart;
pub(crate) mod feed;
pub(crate) mod html;
mod moved;
pub(crate) mod sitemap;
pub(crate) mod view;

use std::path::PathBuf;

use cairn_model::{Content, Date, Goal};

/// Why rendering failed.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// A template failed: usually an override in the repository's `templates/`.
    #[error("template `{name}`: {message}")]
    Template {
        /// The template.
        name: String,
        /// What went wrong, with the line when known.
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

/// Renders every file of the site into `sink`.
pub fn render_site(content: &Content, options: &RenderOptions, sink: &dyn Sink) -> Result<RenderSummary, RenderError> {
    let urls = Urls::new(options.base_url.as_deref().unwrap_or(&content.config.base_url));
    let site = view::site_view(content, options, &urls);
    let pages = html::render_pages(&site, options.templates.clone(), sink)?;
    // A renamed goal's JSON and badges are written under its earlier names too.
    let renamed = moved::renamed(content);
    let aliases = moved::Aliases::new(sink, &renamed);
    let api = api::render_api(content, &site, &aliases)?;
    let badges = badge::render_badges(&site, options.templates.clone(), &aliases)?;
    sink.put("atom.xml", feed::render_feed(&site))?;
    sink.put("sitemap.xml", sitemap::render_sitemap(&site, &pages))?;
    sink.put("robots.txt", sitemap::render_robots(&site))?;
    for (path, bytes) in crate::widget::FILES {
        sink.put(path, bytes.to_vec())?;
    }
    let redirects = moved::render_redirects(content, &renamed, &urls, sink)?;
    // Pages, the stylesheet, the API, badges, the three files above, the widget, and the
    // redirects and copies under renamed goals' earlier names.
    let files = pages.len() + 1 + api + badges + 3 + crate::widget::FILES.len() + redirects + aliases.copies();
    Ok(RenderSummary { pages: pages.len(), files })
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
