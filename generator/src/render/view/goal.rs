//! A goal's view: what its page, its card, its JSON and its badge show of it — its
//! progress bars, review state, dates, history, updates and the snippets to embed it.

use cairn_model::{Content, Date, Goal, GoalProgress, History, ReviewState};
use serde::Serialize;

use super::links::edit_url;
use super::related::{
    OutcomeView, PeriodRef, Related, RelationsView, RoleView, links_view, outcome_view, people_view, relations_view,
};
use super::{CommunityRef, Html, Words, community_ref, history, html};
use crate::markdown::{self, Pages};
use crate::render::{RenderOptions, Urls};

/// One progress bar.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct BarView {
    /// `metric`, `cadence` or `checklist`.
    pub(crate) source: &'static str,
    pub(crate) label: String,
    /// Whole percent, 0..=100.
    pub(crate) percent: u8,
    /// What the bar means in words ("42 of 100 % of events").
    pub(crate) text: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ReviewView {
    /// `overdue`, `stale`, `due_soon`, `on_track` or `closed`.
    pub(crate) state: &'static str,
    pub(crate) label: String,
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
    /// The title's words (for the JSON, the feed, `<title>`, badges).
    pub(crate) title: String,
    /// The title with its inline Markdown (`code`), for pages.
    pub(crate) title_html: Html,
    pub(crate) summary: Option<String>,
    pub(crate) kind: &'static str,
    pub(crate) kind_label: String,
    pub(crate) status: &'static str,
    pub(crate) status_label: String,
    pub(crate) community: Option<CommunityRef>,
    pub(crate) owners: Vec<String>,
    pub(crate) started: Option<Date>,
    pub(crate) due: Option<Date>,
    pub(crate) review_by: Option<Date>,
    pub(crate) tags: Vec<String>,
    /// The tags as links to their pages.
    pub(crate) tag_links: Vec<super::tags::TagLink>,
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
    /// The period it is set for, and what became of it there.
    pub(crate) period: Option<PeriodRef>,
    pub(crate) outcome: Option<OutcomeView>,
    /// Active, and not of a period that has ended: what the community is working on.
    pub(crate) under_way: bool,
    pub(crate) relations: RelationsView,
    pub(crate) people: Vec<RoleView>,
    pub(crate) links: Vec<cairn_model::GoalLink>,
    pub(crate) help_wanted: Option<String>,
    /// Where `cairn measure` reads its metric from, in words, when it is measured.
    pub(crate) measured_from: Option<String>,
    /// A measured metric that has no value yet.
    pub(crate) not_measured: bool,
}

pub(super) fn goal_view(
    content: &Content,
    history: &History,
    (index, g): (usize, &Goal),
    related: &Related<'_>,
    options: &RenderOptions,
    (urls, links): (&Urls, &Pages),
    words: &Words,
) -> GoalView {
    let progress = related.measured.progress(index);
    let rollup = related.measured.rollup(index);
    let review_state = content.review_state(g, history, &related.relations, options.today);
    let bars = bars(g, &progress, rollup, words);
    let period = related.period(content, g, urls, options.today);
    let period_title = period.as_ref().map_or_else(|| words.text("review-its-period"), |p| p.title.clone());
    let outcome = content.outcome(g, &related.relations, options.today).map(|o| outcome_view(o, words));
    let url = urls.goal(g);
    let badge_url = urls.page(&format!("badges/{}.svg", g.slug));
    let (absolute_url, badge_absolute_url) = (urls.absolute(&url), urls.absolute(&badge_url));
    let title = markdown::title(&g.title);
    let markdown_title: String =
        title.plain.chars().flat_map(|c| if matches!(c, '[' | ']' | '\\') { vec!['\\', c] } else { vec![c] }).collect();
    let attribute_title = crate::escape::escape(&title.plain).into_owned();
    GoalView {
        slug: g.slug.to_string(),
        title: title.plain,
        title_html: html(title.html),
        summary: g.summary.clone(),
        kind: g.kind.as_str(),
        kind_label: words.kind(g.kind),
        status: g.status.as_str(),
        status_label: words.status(g.status),
        community: g.community.as_ref().and_then(|c| community_ref(content, c, urls)),
        owners: g.owners.iter().map(ToString::to_string).collect(),
        started: g.schedule.started(),
        due: g.schedule.due(),
        review_by: g.schedule.review_by(),
        tags: g.tags.clone(),
        tag_links: super::tags::tag_links(g, urls),
        percent: progress.primary().map(cairn_model::Progress::percent),
        bars,
        review: minijinja::Value::from(minijinja::value::Serde(words.review(review_state, &period_title))),
        under_way: g.status == cairn_model::GoalStatus::Active
            && !matches!(review_state, ReviewState::NotCompleted { .. }),
        relations: relations_view((content, history), g, related, rollup, urls, words),
        people: people_view(content, g),
        links: links_view(g),
        help_wanted: g.help_wanted.clone(),
        measured_from: g.metric.as_ref().and_then(|m| m.source()).map(|s| words.measured_from(s)),
        not_measured: g.metric.as_ref().is_some_and(|m| m.current().is_none()),
        period,
        outcome,
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
        history: history::history_view(content, history, g, options.today, words),
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
        body_html: html(markdown::render(&g.path, &g.body, Some(&g.title), links)),
        api_entry: std::sync::OnceLock::new(),
    }
}

/// The goal's progress bars, in the model's order of precedence.
fn bars(g: &Goal, progress: &GoalProgress, rollup: Option<&cairn_model::Rollup>, words: &Words) -> Vec<BarView> {
    let bar = |source: &'static str, p: cairn_model::Progress, text: String| BarView {
        source,
        label: words.bar(source),
        percent: p.percent(),
        text,
    };
    let mut bars = Vec::new();
    if let (Some(p), Some(r)) = (progress.parts, rollup) {
        bars.push(bar("parts", p, words.parts(r)));
    }
    if let (Some(p), Some(m)) = (progress.metric, &g.metric) {
        bars.push(bar("metric", p, words.metric(m)));
    }
    if let Some(c) = progress.cadence
        && let Some(p) = c.progress()
    {
        bars.push(bar("cadence", p, words.cadence(g, c)));
    }
    if let Some(c) = progress.checklist
        && let Some(p) = c.progress()
    {
        bars.push(bar("checklist", p, words.checklist(c)));
    }
    bars
}
