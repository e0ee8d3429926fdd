//! Tags as pages: every tag a goal carries gets `/tags/<tag>/` listing the goals that
//! carry it, and `/tags/` lists the tags. A tag's address is made as a heading's anchor
//! is (lower case, spaces as hyphens, letters of every script kept), so "Good first
//! issue" and "good first issue" are one tag.

use cairn_model::Goal;
use serde::Serialize;

use crate::render::Urls;

/// One tag and the goals that carry it.
#[derive(Debug, Serialize)]
pub(crate) struct TagView {
    /// What it says, as the first goal (by name) that carries it writes it.
    pub(crate) label: String,
    /// The part of its address after `tags/`.
    pub(crate) slug: String,
    pub(crate) url: String,
    pub(crate) count: usize,
    /// The goals that carry it, as indexes into the site's goals (sorted by name).
    #[serde(skip_serializing)]
    pub(crate) goals: Vec<usize>,
}

/// A tag as a goal's page links it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct TagLink {
    pub(crate) label: String,
    pub(crate) url: String,
}

/// A tag's address part, or `None` for a tag with no letter or digit in it.
pub(crate) fn tag_slug(tag: &str) -> Option<String> {
    let slug = crate::markdown::anchor(tag);
    let slug = slug.trim_matches('-');
    (!slug.is_empty() && slug.chars().any(char::is_alphanumeric)).then(|| slug.to_owned())
}

/// A goal's tags as links to their pages.
pub(super) fn tag_links(goal: &Goal, urls: &Urls) -> Vec<TagLink> {
    goal.tags
        .iter()
        .filter_map(|t| tag_slug(t).map(|slug| TagLink { label: t.clone(), url: urls.page(&format!("tags/{slug}/")) }))
        .collect()
}

/// Every tag of `goals`, by label.
pub(super) fn tag_views(goals: &[Goal], urls: &Urls) -> Vec<TagView> {
    let mut tags: std::collections::BTreeMap<String, TagView> = std::collections::BTreeMap::new();
    for (i, goal) in goals.iter().enumerate() {
        for tag in &goal.tags {
            let Some(slug) = tag_slug(tag) else { continue };
            let view = tags.entry(slug.clone()).or_insert_with(|| TagView {
                label: tag.clone(),
                url: urls.page(&format!("tags/{slug}/")),
                slug,
                count: 0,
                goals: Vec::new(),
            });
            if view.goals.last() != Some(&i) {
                view.goals.push(i);
                view.count += 1;
            }
        }
    }
    let mut views: Vec<TagView> = tags.into_values().collect();
    views.sort_by(|a, b| a.label.to_lowercase().cmp(&b.label.to_lowercase()).then_with(|| a.slug.cmp(&b.slug)));
    views
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_have_addresses_in_every_script_and_spellings_merge() {
        assert_eq!(tag_slug("Good first issue").as_deref(), Some("good-first-issue"));
        assert_eq!(tag_slug("文書").as_deref(), Some("文書"));
        assert_eq!(tag_slug("C++").as_deref(), Some("c"));
        assert_eq!(tag_slug("!!!"), None);
        assert_eq!(tag_slug("-"), None);
    }
}
