//! The community's own pages as templates see them, and the navigation's links to them.

use cairn_model::Content;
use serde::Serialize;

use super::{Html, html, links::edit_url};
use crate::markdown::{self, Pages};
use crate::render::Urls;

/// One of the community's own pages.
#[derive(Debug, Serialize)]
pub(crate) struct PageView {
    /// Its name (`meetings/how-we-meet`).
    pub(crate) name: String,
    pub(crate) url: String,
    /// The title's words, for `<title>`.
    pub(crate) title: String,
    /// The title with its inline Markdown, for the page.
    pub(crate) title_html: Html,
    pub(crate) summary: Option<String>,
    pub(crate) edit_url: Option<String>,
    pub(crate) body_html: Html,
}

/// A link in the site's navigation.
#[derive(Debug, Serialize)]
pub(crate) struct NavLink {
    pub(crate) label: String,
    pub(crate) url: String,
}

pub(super) fn page_views(content: &Content, urls: &Urls, links: &Pages) -> Vec<PageView> {
    content
        .pages
        .iter()
        .map(|p| {
            let title = markdown::title(&p.title);
            PageView {
                name: p.name.clone(),
                url: urls.page(&format!("{}/", p.name)),
                title: title.plain,
                title_html: html(title.html),
                summary: p.summary.clone(),
                edit_url: edit_url(content, &p.path),
                body_html: html(markdown::render(&p.path, &p.body, Some(&p.title), links)),
            }
        })
        .collect()
}

/// The pages listed in the navigation, in its order.
pub(super) fn nav_links(content: &Content, urls: &Urls) -> Vec<NavLink> {
    cairn_model::page::nav_pages(&content.pages)
        .into_iter()
        .map(|p| NavLink {
            label: markdown::title(p.nav_label().unwrap_or(&p.title)).plain,
            url: urls.page(&format!("{}/", p.name)),
        })
        .collect()
}
