//! A page of the community's own (`pages/<name>.md`, folders allowed): a code of conduct,
//! a FAQ, how meetings work. It is published at `/<name>/` and may be listed in the site's
//! navigation.

use serde::{Deserialize, Serialize};

/// Where a page stands in the site's navigation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NavEntry {
    /// Its place: lower numbers come first; pages of the same number by label.
    pub order: i64,
    /// What the navigation calls it (the page's title when not given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// A validated page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// Its name: the path below `pages/` without `.md` (`meetings/how-we-meet`), each part
    /// a slug; the page is published at `/<name>/`.
    pub name: String,
    /// Its file, relative to the repository root.
    pub path: String,
    /// Its title.
    pub title: String,
    /// One sentence on what it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Its place in the navigation, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nav: Option<NavEntry>,
    /// The Markdown body.
    #[serde(default)]
    pub body: String,
}

/// The first parts of addresses the site's own pages use, which a page's name may not
/// start with.
pub const RESERVED_PAGE_NAMES: &[&str] = &[
    "api",
    "assets",
    "badges",
    "charter",
    "communities",
    "files",
    "goals",
    "index",
    "kinds",
    "pagefind",
    "periods",
    "polls",
    "review",
    "search",
    "start",
    "statuses",
    "tags",
    "updates",
    "widget",
];

impl Page {
    /// The label the navigation shows, when the page is in it.
    pub fn nav_label(&self) -> Option<&str> {
        self.nav.as_ref().map(|n| n.label.as_deref().unwrap_or(&self.title))
    }
}

/// The pages in the navigation, in their order: by `order`, then by label.
pub fn nav_pages(pages: &[Page]) -> Vec<&Page> {
    let mut listed: Vec<&Page> = pages.iter().filter(|p| p.nav.is_some()).collect();
    listed.sort_by(|a, b| {
        let order = |p: &Page| p.nav.as_ref().map_or(0, |n| n.order);
        order(a).cmp(&order(b)).then_with(|| a.nav_label().cmp(&b.nav_label()))
    });
    listed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str, nav: Option<(i64, Option<&str>)>) -> Page {
        Page {
            name: name.to_owned(),
            path: format!("pages/{name}.md"),
            title: name.to_uppercase(),
            summary: None,
            nav: nav.map(|(order, label)| NavEntry { order, label: label.map(str::to_owned) }),
            body: String::new(),
        }
    }

    #[test]
    fn the_navigation_lists_pages_by_order_then_label() {
        let pages = [
            page("faq", Some((2, None))),
            page("hidden", None),
            page("conduct", Some((1, Some("Code of conduct")))),
            page("about", Some((2, None))),
        ];
        let names: Vec<&str> = nav_pages(&pages).iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["conduct", "about", "faq"]);
        assert_eq!(pages[2].nav_label(), Some("Code of conduct"));
        assert_eq!(pages[0].nav_label(), Some("FAQ"));
        assert_eq!(pages[1].nav_label(), None);
    }
}
