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

/// The theme's navigation, when `cairn.toml` has no `[[nav]]`: each link's message and
/// address.
const DEFAULT_NAV: &[(&str, &str)] = &[
    ("nav-goals", "goals/"),
    ("nav-start", "start/"),
    ("nav-review", "review/"),
    ("nav-updates", "updates/"),
    ("nav-polls", "polls/"),
    ("nav-charter", "charter/"),
];

/// The site's navigation: `[[nav]]` from `cairn.toml` (or the theme's), then the pages
/// listed in it, in their order.
pub(super) fn nav_links(content: &Content, urls: &Urls, words: &super::Words) -> Vec<NavLink> {
    let configured: Vec<NavLink> = match &content.config.nav {
        Some(items) => items.iter().map(|i| NavLink { label: i.label.clone(), url: site_link(urls, &i.url) }).collect(),
        None => DEFAULT_NAV.iter().map(|(id, url)| NavLink { label: words.text(id), url: urls.page(url) }).collect(),
    };
    let pages = cairn_model::page::nav_pages(&content.pages).into_iter().map(|p| NavLink {
        label: markdown::title(p.nav_label().unwrap_or(&p.title)).plain,
        url: urls.page(&format!("{}/", p.name)),
    });
    configured.into_iter().chain(pages).collect()
}

/// Where a link `cairn.toml` names leads: a web address as it is, a path on the site
/// under the site's base path.
pub(super) fn site_link(urls: &Urls, link: &str) -> String {
    if link.contains("://") || link.starts_with("//") {
        link.to_owned()
    } else {
        urls.page(link.trim_start_matches('/'))
    }
}
