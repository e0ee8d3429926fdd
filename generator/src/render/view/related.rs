//! What a goal's page shows of other goals and people: its period and what became of it
//! there, the goals it continues, replaces or is part of (both ways), its parts with the
//! roll-up's breakdown, who holds which role, its links and its call for help.

use cairn_model::goal::people::role_label;
use cairn_model::{Content, Goal, GoalLink, Measured, NamedPeriod, Outcome, Relations, Rollup};
use serde::Serialize;

use super::GoalRef;
use crate::render::Urls;

/// A period, as goals and the periods page name it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PeriodRef {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) from: cairn_model::Date,
    pub(crate) to: cairn_model::Date,
    /// `upcoming`, `current` or `ended`.
    pub(crate) phase: cairn_model::PeriodPhase,
}

/// What became of a goal in its period.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct OutcomeView {
    /// `achieved`, `carried_over`, `dropped`, `declined` or `open`.
    pub(crate) name: &'static str,
    pub(crate) label: String,
}

/// One part of a goal, with its share of the roll-up.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PartView {
    pub(crate) slug: String,
    pub(crate) title: String,
    pub(crate) url: String,
    pub(crate) status_label: String,
    /// Its progress as the roll-up counts it, in whole percent; `None` while it has none.
    pub(crate) percent: Option<u8>,
    pub(crate) weight: f64,
    /// The weight as people write it (`1`, `2.5`).
    pub(crate) weight_text: String,
    /// Whether it counts (retired and rejected parts do not).
    pub(crate) counted: bool,
}

/// The goals a goal relates to, both ways.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct RelationsView {
    pub(crate) continues: Option<GoalRef>,
    /// Whether the goal it continues has a history on its page, to follow back.
    pub(crate) continues_history: bool,
    pub(crate) continued_by: Vec<GoalRef>,
    pub(crate) replaces: Vec<GoalRef>,
    pub(crate) replaced_by: Vec<GoalRef>,
    pub(crate) part_of: Option<GoalRef>,
    pub(crate) parts: Vec<PartView>,
}

/// The holders of one role.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct RoleView {
    pub(crate) role: String,
    pub(crate) label: String,
    pub(crate) logins: Vec<String>,
}

/// What every goal view is made with, made once per build.
pub(crate) struct Related<'a> {
    pub(crate) relations: Relations<'a>,
    pub(crate) measured: Measured,
    pub(crate) periods: Vec<NamedPeriod>,
}

impl<'a> Related<'a> {
    pub(crate) fn new(content: &'a Content, today: cairn_model::Date) -> Self {
        let relations = content.relations();
        let measured = content.measure(&relations, today);
        Self { relations, measured, periods: content.periods() }
    }

    /// The period `goal` is set for.
    pub(crate) fn period(
        &self,
        content: &Content,
        goal: &Goal,
        urls: &Urls,
        today: cairn_model::Date,
    ) -> Option<PeriodRef> {
        let period = content.period_of(goal)?;
        let named = self.periods.iter().find(|p| p.period == period)?;
        Some(period_ref(named, urls, today))
    }
}

pub(crate) fn period_ref(p: &NamedPeriod, urls: &Urls, today: cairn_model::Date) -> PeriodRef {
    PeriodRef {
        slug: p.slug.clone(),
        title: p.title.clone(),
        url: urls.page(&format!("periods/{}/", p.slug)),
        from: p.period.from(),
        to: p.period.to(),
        phase: p.period.phase(today),
    }
}

pub(crate) fn outcome_view(outcome: Outcome, words: &super::Words) -> OutcomeView {
    OutcomeView { name: outcome.as_str(), label: words.outcome(outcome) }
}

pub(crate) fn goal_ref(g: &Goal, urls: &Urls) -> GoalRef {
    GoalRef { slug: g.slug.to_string(), title: crate::markdown::title(&g.title).plain, url: urls.goal(g) }
}

/// The relations of `g`, both ways, with the breakdown of its roll-up.
pub(crate) fn relations_view(
    (content, history): (&Content, &cairn_model::History),
    g: &Goal,
    related: &Related<'_>,
    rollup: Option<&Rollup>,
    urls: &Urls,
    words: &super::Words,
) -> RelationsView {
    let r = &related.relations;
    let refer = |slug: &cairn_model::Slug| content.goal(slug).map(|g| goal_ref(g, urls));
    let refs = |goals: Vec<&Goal>| goals.into_iter().map(|g| goal_ref(g, urls)).collect::<Vec<_>>();
    let parts = rollup
        .map(|rollup| {
            rollup
                .parts
                .iter()
                .filter_map(|p| {
                    let part = content.goal(&p.slug)?;
                    Some(PartView {
                        slug: p.slug.to_string(),
                        title: crate::markdown::title(&part.title).plain,
                        url: urls.goal(part),
                        status_label: words.status(part.status),
                        percent: p.progress.map(cairn_model::Progress::percent),
                        weight: p.weight,
                        weight_text: words.number(p.weight),
                        counted: p.counted,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    RelationsView {
        continues: g.relations.continues.as_ref().and_then(refer),
        continues_history: g
            .relations
            .continues
            .as_ref()
            .and_then(|s| history.goal(s.as_str()))
            .is_some_and(|h| !h.points.is_empty() || h.working_tree.is_some()),
        continued_by: refs(r.continued_by(&g.slug).collect()),
        replaces: g.relations.replaces.iter().filter_map(refer).collect(),
        replaced_by: refs(r.replaced_by(&g.slug).collect()),
        part_of: g.relations.part_of.as_ref().and_then(refer),
        parts,
    }
}

/// The roles of `g`'s `people`, labelled as `cairn.toml` says.
pub(crate) fn people_view(content: &Content, g: &Goal) -> Vec<RoleView> {
    g.people
        .iter()
        .map(|h| RoleView {
            role: h.role.to_string(),
            label: role_label(&content.config.roles, h.role.as_str()).unwrap_or(h.role.as_str()).to_owned(),
            logins: h.logins.iter().map(ToString::to_string).collect(),
        })
        .collect()
}

/// The links of `g`, their addresses made safe for an attribute's fragment.
pub(crate) fn links_view(g: &Goal) -> Vec<GoalLink> {
    g.links.iter().map(|l| GoalLink { label: l.label.clone(), url: super::links::encode_fragment(&l.url) }).collect()
}
