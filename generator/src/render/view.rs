//! View models: what templates, the JSON API and the feed see of the content — the model
//! plus everything derived for display (URLs, progress bars, review notices, rendered
//! Markdown). Built once per build; progress and review states come from `cairn-model`.
//!
//! The sentences and labels pages show are in [`words`].
//!
//! Fields of type [`Html`] hold sanitized HTML from [`crate::markdown`], or a chart
//! cairn drew itself (`chart`): the only values templates receive as safe. They are shared, not copied, when views become template
//! values, and serialize as plain strings (for the JSON API).

use std::sync::Arc;

use cairn_model::charter::Value as CharterValue;
use cairn_model::{Community, Content, Date, GoalKind, GoalStatus, History, Update};
use rayon::prelude::*;
use serde::Serialize;

use super::{RenderOptions, Urls};
use crate::markdown::{self, Pages};
use links::{edit_url, encode_fragment, link_map};
pub(crate) use words::{Piece, Words};

/// Sanitized HTML, marked safe for templates.
pub(crate) type Html = minijinja::Value;

/// Marks `text` (sanitized by [`markdown::render`]) safe for templates.
fn html(text: String) -> Html {
    minijinja::Value::from_safe_string(text)
}

/// The whole site, as templates see it.
#[derive(Debug, Serialize)]
pub(crate) struct SiteView {
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) language: String,
    /// The absolute address of the site, ending in `/`.
    pub(crate) base_url: String,
    /// The path every site URL starts with (`/` or `/goals/` on a project page).
    pub(crate) root: String,
    pub(crate) today: Date,
    /// `rtl` for languages written right to left, else `ltr`.
    pub(crate) direction: &'static str,
    pub(crate) repo_url: Option<String>,
    /// Where `endpoint` polls take their votes, when anywhere.
    pub(crate) endpoint: Option<String>,
    pub(crate) charter: CharterView,
    /// Left out of the serialized form: templates get these with their goals attached
    /// (see [`super::html`]).
    #[serde(skip_serializing)]
    pub(crate) communities: Vec<CommunityView>,
    #[serde(skip_serializing)]
    pub(crate) goals: Vec<Arc<GoalView>>,
    #[serde(skip_serializing)]
    pub(crate) urls: Urls,
    /// The words of the site's language.
    #[serde(skip_serializing)]
    pub(crate) words: Arc<Words>,
    pub(crate) updates: Vec<UpdateView>,
    /// The community's own pages.
    pub(crate) pages: Vec<PageView>,
    /// Its pages listed in the navigation, in order.
    pub(crate) nav: Vec<NavLink>,
    /// The goals' tags, by label.
    pub(crate) tags: Vec<TagView>,
    /// Stylesheets after the theme's own (`extra_css`), by address.
    pub(crate) extra_css: Vec<String>,
    /// Whether the site has its search index and box (`search` in `cairn.toml`).
    pub(crate) search: bool,
    /// `[extra]` from `cairn.toml`, as it is.
    pub(crate) extra: std::collections::BTreeMap<String, cairn_model::Extra>,
    pub(crate) polls: Vec<PollView>,
    /// The periods goals are set for, in order.
    pub(crate) periods: Vec<PeriodView>,
    pub(crate) kinds: Vec<KeywordView>,
    pub(crate) statuses: Vec<KeywordView>,
}

#[derive(Debug, Serialize)]
pub(crate) struct CharterView {
    pub(crate) title: String,
    pub(crate) purpose: String,
    pub(crate) adopted: Option<Date>,
    pub(crate) review_by: Option<Date>,
    pub(crate) values: Vec<CharterValue>,
    pub(crate) url: String,
    pub(crate) edit_url: Option<String>,
    pub(crate) body_html: Html,
    /// Its revisions from git, oldest first: adopted, then amended.
    pub(crate) revisions: Vec<history::HistoryRow>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct CommunityRef {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) url: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct CommunityView {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) summary: Option<String>,
    pub(crate) url: String,
    pub(crate) leads: Vec<String>,
    pub(crate) channels: Vec<cairn_model::Channel>,
    pub(crate) edit_url: Option<String>,
    pub(crate) body_html: Html,
    /// Slugs of its goals (templates get the goals themselves; see [`super::html`]).
    #[serde(skip_serializing)]
    pub(crate) goals: Vec<String>,
}

/// A kind or status, with its label and the page listing its goals.
#[derive(Debug, Serialize)]
pub(crate) struct KeywordView {
    /// `kind` or `status`.
    pub(crate) key: &'static str,
    /// The folder of its pages: `kinds` or `statuses`.
    pub(crate) folder: &'static str,
    pub(crate) name: &'static str,
    pub(crate) label: String,
    pub(crate) description: String,
    pub(crate) url: String,
    pub(crate) count: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct UpdateView {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) date: Date,
    pub(crate) url: String,
    pub(crate) absolute_url: String,
    pub(crate) authors: Vec<String>,
    pub(crate) goals: Vec<GoalRef>,
    pub(crate) edit_url: Option<String>,
    pub(crate) body_html: Html,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct GoalRef {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) url: String,
}

/// Builds the site view of `content`. With the view of the last build and the goals
/// changed since (when nothing else changed), the other goals' views are reused: a
/// goal's view shows only its own file, its history and what other files say of it.
pub(crate) fn site_view(
    content: &Content,
    history: &History,
    options: &RenderOptions,
    urls: &Urls,
    previous: Option<super::Previous<'_>>,
) -> SiteView {
    let links = link_map(content, urls);
    let config = &content.config;
    let own = content.own_catalogue(&config.language).map(|c| c.text.as_str());
    let words =
        previous.map_or_else(|| Arc::new(Words::of(&config.language, own)), |(before, _)| Arc::clone(&before.words));
    let w = &*words;
    let charter = &content.charter;
    let edit = |path: &str| edit_url(content, path);
    let endpoint = options.endpoint.clone().or_else(|| config.endpoint.clone());
    let related = related::Related::new(content, options.today);
    let goals: Vec<Arc<GoalView>> = content
        .goals
        .par_iter()
        .enumerate()
        .map(|(i, g)| {
            let kept = previous
                .filter(|(_, changed)| !changed.contains(g.slug.as_str()))
                .and_then(|(before, _)| before.goals.get(i))
                .filter(|view| view.slug == g.slug.as_str());
            let made = || Arc::new(goal_view(content, history, (i, g), &related, options, (urls, &links), w));
            kept.map_or_else(made, Arc::clone)
        })
        .collect();
    let communities = content.communities.iter().map(|c| community_view(content, c, urls, &links)).collect();
    let updates = content.updates.iter().map(|u| update_view(content, u, urls, &links)).collect();
    let keyword = |key, folder, name: &'static str, label, description, count| KeywordView {
        key,
        folder,
        name,
        label,
        description,
        url: urls.page(&format!("{folder}/{name}/")),
        count,
    };
    let kinds = GoalKind::ALL
        .iter()
        .map(|&k| {
            let count = content.goals.iter().filter(|g| g.kind == k).count();
            keyword("kind", "kinds", k.as_str(), w.kind(k), w.kind_description(k), count)
        })
        .collect();
    let statuses = GoalStatus::ALL
        .iter()
        .map(|&s| {
            let count = content.goals.iter().filter(|g| g.status == s).count();
            keyword("status", "statuses", s.as_str(), w.status(s), w.status_description(s), count)
        })
        .collect();
    SiteView {
        title: config.title.clone(),
        description: config.description.clone().unwrap_or_else(|| charter.purpose.clone()),
        language: config.language.clone(),
        base_url: urls.base_url.clone(),
        root: urls.root.clone(),
        today: options.today,
        direction: direction(&config.language),
        repo_url: config.repo.as_ref().map(|r| r.url.clone()),
        endpoint: endpoint.clone(),
        charter: CharterView {
            title: charter.title.clone(),
            purpose: charter.purpose.clone(),
            adopted: charter.adopted,
            review_by: charter.review_by,
            values: charter.values.clone(),
            url: urls.page("charter/"),
            edit_url: edit("charter.md"),
            body_html: html(markdown::render("charter.md", &charter.body, Some(&charter.title), &links)),
            revisions: history::charter_revisions(content, history, w),
        },
        communities,
        goals,
        updates,
        pages: page::page_views(content, urls, &links),
        nav: page::nav_links(content, urls, w),
        tags: tags::tag_views(&content.goals, urls),
        extra_css: config.extra_css.iter().map(|css| page::site_link(urls, css)).collect(),
        search: config.search,
        extra: config.extra.clone(),
        polls: polls::poll_views(content, history, options.today, urls, &links, endpoint.as_deref(), w),
        periods: periods::period_views(content, &related, urls, options.today, w),
        kinds,
        statuses,
        urls: urls.clone(),
        words: Arc::clone(&words),
    }
}

/// The writing direction of a BCP 47 language tag's language.
fn direction(language: &str) -> &'static str {
    let primary = language.split('-').next().unwrap_or_default().to_ascii_lowercase();
    match primary.as_str() {
        "ar" | "arc" | "ckb" | "dv" | "fa" | "he" | "ku" | "ps" | "sd" | "ug" | "ur" | "yi" => "rtl",
        _ => "ltr",
    }
}

fn community_ref(content: &Content, slug: &cairn_model::Slug, urls: &Urls) -> Option<CommunityRef> {
    let c = content.community(slug)?;
    Some(CommunityRef {
        slug: c.slug.to_string(),
        title: c.title.clone(),
        url: urls.page(&format!("communities/{}/", c.slug)),
    })
}

fn community_view(content: &Content, c: &Community, urls: &Urls, links: &Pages) -> CommunityView {
    CommunityView {
        slug: c.slug.to_string(),
        title: c.title.clone(),
        summary: c.summary.clone(),
        url: urls.page(&format!("communities/{}/", c.slug)),
        leads: c.leads.iter().map(ToString::to_string).collect(),
        channels: c
            .channels
            .iter()
            .map(|ch| cairn_model::Channel { name: ch.name.clone(), url: encode_fragment(&ch.url) })
            .collect(),
        edit_url: c.path.as_deref().and_then(|p| edit_url(content, p)),
        body_html: html(
            c.path.as_deref().map(|p| markdown::render(p, &c.body, Some(&c.title), links)).unwrap_or_default(),
        ),
        goals: content.goals_in(Some(&c.slug)).map(|g| g.slug.to_string()).collect(),
    }
}

fn update_view(content: &Content, u: &Update, urls: &Urls, links: &Pages) -> UpdateView {
    let url = urls.page(&format!("updates/{}/", u.slug));
    UpdateView {
        slug: u.slug.to_string(),
        title: u.title.clone(),
        date: u.date,
        absolute_url: urls.absolute(&url),
        url,
        authors: u.authors.iter().map(ToString::to_string).collect(),
        goals: u
            .goals
            .iter()
            .filter_map(|s| content.goal(s))
            .map(|g| GoalRef { slug: g.slug.to_string(), title: g.title.clone(), url: urls.goal(g) })
            .collect(),
        edit_url: edit_url(content, &u.path),
        body_html: html(markdown::render(&u.path, &u.body, Some(&u.title), links)),
    }
}

mod goal;
mod history;
mod links;
mod object;
mod page;
mod periods;
mod polls;
mod related;
mod tags;
mod words;

use goal::goal_view;
pub(crate) use goal::{BarView, GoalView, ReviewView, UpdateRef};
pub(crate) use page::{NavLink, PageView};
pub(crate) use periods::PeriodView;
pub(crate) use polls::PollView;
pub(crate) use related::{PeriodRef, RoleView};
pub(crate) use tags::TagView;
