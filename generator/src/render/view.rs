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
use cairn_model::{Community, Content, Date, Goal, GoalKind, GoalProgress, GoalStatus, History, ReviewState, Update};
use rayon::prelude::*;
use serde::Serialize;

use super::{RenderOptions, Urls};
use crate::markdown::{self, Pages};
use links::{edit_url, encode_fragment, link_map};
use words::{cadence_text, checklist_text, kind_description, metric_text, review_view, status_description};
pub(crate) use words::{kind_label, long_date, status_label};

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
    pub(crate) updates: Vec<UpdateView>,
    pub(crate) polls: Vec<PollView>,
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
    pub(crate) label: &'static str,
    pub(crate) description: &'static str,
    pub(crate) url: String,
    pub(crate) count: usize,
}

/// One progress bar.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct BarView {
    /// `metric`, `cadence` or `checklist`.
    pub(crate) source: &'static str,
    pub(crate) label: &'static str,
    /// Whole percent, 0..=100.
    pub(crate) percent: u8,
    /// What the bar means in words ("42 of 100 % of events").
    pub(crate) text: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ReviewView {
    /// `overdue`, `stale`, `due_soon`, `on_track` or `closed`.
    pub(crate) state: &'static str,
    pub(crate) label: &'static str,
    /// A sentence for the goal page, empty when there is nothing to say.
    pub(crate) notice: String,
    pub(crate) needs_attention: bool,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct UpdateRef {
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) date: Date,
}

/// A goal as pages see it; templates read it as a lazy value (see [`object`]).
#[derive(Debug)]
pub(crate) struct GoalView {
    pub(crate) slug: String,
    pub(crate) url: String,
    pub(crate) title: String,
    pub(crate) summary: Option<String>,
    pub(crate) kind: &'static str,
    pub(crate) kind_label: &'static str,
    pub(crate) status: &'static str,
    pub(crate) status_label: &'static str,
    pub(crate) community: Option<CommunityRef>,
    pub(crate) owners: Vec<String>,
    pub(crate) started: Option<Date>,
    pub(crate) due: Option<Date>,
    pub(crate) review_by: Option<Date>,
    pub(crate) tags: Vec<String>,
    /// The first bar's percent, if any.
    pub(crate) percent: Option<u8>,
    pub(crate) bars: Vec<BarView>,
    /// A [`ReviewView`] as a template value, made once: templates read it often.
    pub(crate) review: minijinja::Value,
    /// The model's progress and review state, computed once for the pages and the API.
    pub(crate) progress: GoalProgress,
    pub(crate) review_state: ReviewState,
    pub(crate) milestones: Vec<cairn_model::Milestone>,
    pub(crate) updates: Vec<UpdateRef>,
    pub(crate) edit_url: Option<String>,
    pub(crate) badge_url: String,
    pub(crate) badge_absolute_url: String,
    pub(crate) badge_json_url: String,
    pub(crate) api_url: String,
    pub(crate) absolute_url: String,
    /// Markdown for a README: the badge, linking to the goal page.
    pub(crate) badge_markdown: String,
    /// HTML for any page: the badge, linking to the goal page (shown as text, so not
    /// `_html`).
    pub(crate) badge_embed: String,
    /// HTML for any page: the live widget card of this goal.
    pub(crate) widget_embed: String,
    pub(crate) body_html: Html,
    /// Its history from git, when there is one.
    pub(crate) history: Option<history::HistoryView>,
    /// Its entry in `goals.json`, made once (see [`super::api`]).
    pub(crate) api_entry: std::sync::OnceLock<String>,
}

#[derive(Debug, Serialize)]
pub(crate) struct UpdateView {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) date: Date,
    pub(crate) url: String,
    pub(crate) absolute_url: String,
    pub(crate) authors: Vec<String>,
    pub(crate) goals: Vec<UpdateGoalRef>,
    pub(crate) edit_url: Option<String>,
    pub(crate) body_html: Html,
}

#[derive(Debug, Serialize)]
pub(crate) struct UpdateGoalRef {
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
    let charter = &content.charter;
    let edit = |path: &str| edit_url(content, path);
    let endpoint = options.endpoint.clone().or_else(|| config.endpoint.clone());
    let goals: Vec<Arc<GoalView>> = content
        .goals
        .par_iter()
        .enumerate()
        .map(|(i, g)| {
            let kept = previous
                .filter(|(_, changed)| !changed.contains(g.slug.as_str()))
                .and_then(|(before, _)| before.goals.get(i))
                .filter(|view| view.slug == g.slug.as_str());
            kept.map_or_else(|| Arc::new(goal_view(content, history, g, options, urls, &links)), Arc::clone)
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
            keyword("kind", "kinds", k.as_str(), kind_label(k), kind_description(k), count)
        })
        .collect();
    let statuses = GoalStatus::ALL
        .iter()
        .map(|&s| {
            let count = content.goals.iter().filter(|g| g.status == s).count();
            keyword("status", "statuses", s.as_str(), status_label(s), status_description(s), count)
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
            body_html: html(markdown::render("charter.md", &charter.body, &links)),
            revisions: history::charter_revisions(content, history),
        },
        communities,
        goals,
        updates,
        polls: polls::poll_views(content, history, options.today, urls, &links, endpoint.as_deref()),
        kinds,
        statuses,
        urls: urls.clone(),
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
        body_html: html(c.path.as_deref().map(|p| markdown::render(p, &c.body, links)).unwrap_or_default()),
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
            .map(|g| UpdateGoalRef { slug: g.slug.to_string(), title: g.title.clone(), url: urls.goal(g) })
            .collect(),
        edit_url: edit_url(content, &u.path),
        body_html: html(markdown::render(&u.path, &u.body, links)),
    }
}

fn goal_view(
    content: &Content,
    history: &History,
    g: &Goal,
    options: &RenderOptions,
    urls: &Urls,
    links: &Pages,
) -> GoalView {
    let progress = content.progress(g, options.today);
    let review_state = content.review_state(g, history, options.today);
    let bars = bars(g, &progress);
    let url = urls.goal(g);
    let badge_url = urls.page(&format!("badges/{}.svg", g.slug));
    let (absolute_url, badge_absolute_url) = (urls.absolute(&url), urls.absolute(&badge_url));
    let markdown_title: String =
        g.title.chars().flat_map(|c| if matches!(c, '[' | ']' | '\\') { vec!['\\', c] } else { vec![c] }).collect();
    let attribute_title = crate::escape::escape(&g.title).into_owned();
    GoalView {
        slug: g.slug.to_string(),
        title: g.title.clone(),
        summary: g.summary.clone(),
        kind: g.kind.as_str(),
        kind_label: kind_label(g.kind),
        status: g.status.as_str(),
        status_label: status_label(g.status),
        community: g.community.as_ref().and_then(|c| community_ref(content, c, urls)),
        owners: g.owners.iter().map(ToString::to_string).collect(),
        started: g.schedule.started(),
        due: g.schedule.due(),
        review_by: g.schedule.review_by(),
        tags: g.tags.clone(),
        percent: progress.primary().map(cairn_model::Progress::percent),
        bars,
        review: minijinja::Value::from(minijinja::value::Serde(review_view(review_state))),
        progress,
        review_state,
        milestones: g.milestones.clone(),
        updates: content
            .updates_for(&g.slug)
            .map(|u| UpdateRef {
                title: u.title.clone(),
                url: urls.page(&format!("updates/{}/", u.slug)),
                date: u.date,
            })
            .collect(),
        edit_url: edit_url(content, &g.path),
        history: history::history_view(content, history, g, options.today),
        badge_markdown: format!("[![{markdown_title}]({badge_absolute_url})]({absolute_url})"),
        badge_embed: format!(
            "<a href=\"{absolute_url}\"><img src=\"{badge_absolute_url}\" alt=\"{attribute_title}: progress\"></a>"
        ),
        widget_embed: format!(
            "<script type=\"module\" src=\"{}\"></script>\n<cairn-goal goal=\"{}\"></cairn-goal>",
            urls.absolute(&urls.page("widget/cairn.js")),
            g.slug
        ),
        badge_absolute_url,
        badge_url,
        badge_json_url: urls.page(&format!("badges/{}.json", g.slug)),
        api_url: urls.page(&format!("api/v1/goals/{}.json", g.slug)),
        absolute_url,
        url,
        body_html: html(markdown::render(&g.path, &g.body, links)),
        api_entry: std::sync::OnceLock::new(),
    }
}

/// The goal's progress bars, in the model's order of precedence.
pub(crate) fn bars(g: &Goal, progress: &GoalProgress) -> Vec<BarView> {
    let mut bars = Vec::new();
    if let (Some(p), Some(m)) = (progress.metric, &g.metric) {
        bars.push(BarView { source: "metric", label: "Measure", percent: p.percent(), text: metric_text(m) });
    }
    if let Some(c) = progress.cadence
        && let Some(p) = c.progress()
    {
        bars.push(BarView { source: "cadence", label: "Kept up", percent: p.percent(), text: cadence_text(g, c) });
    }
    if let Some(c) = progress.checklist
        && let Some(p) = c.progress()
    {
        bars.push(BarView { source: "checklist", label: "Milestones", percent: p.percent(), text: checklist_text(c) });
    }
    bars
}

mod history;
mod links;
mod object;
mod polls;
mod words;

pub(crate) use polls::PollView;
