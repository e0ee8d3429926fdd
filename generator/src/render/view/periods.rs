//! The periods pages show: each period in order, with its outcome (how many of its goals
//! were achieved, carried over, dropped, not accepted, or are under way) and its goals.

use cairn_model::{Content, Outcome, PeriodOutcome};
use serde::Serialize;

use super::related::{PeriodRef, Related, period_ref};
use crate::render::Urls;

/// A period and what became of its goals.
#[derive(Debug, Serialize)]
pub(crate) struct PeriodView {
    #[serde(flatten)]
    pub(crate) period: PeriodRef,
    /// The sub-community that is this period, if one is.
    pub(crate) community_url: Option<String>,
    pub(crate) outcome: PeriodOutcome,
    /// Each outcome with its count, in the order pages list them.
    pub(crate) outcomes: Vec<OutcomeCount>,
    /// The indices of its goals in the site's goals, in slug order (templates get the goals).
    #[serde(skip_serializing)]
    pub(crate) goals: Vec<usize>,
}

/// One outcome of a period and how many goals came to it.
#[derive(Debug, Serialize)]
pub(crate) struct OutcomeCount {
    pub(crate) name: &'static str,
    pub(crate) label: String,
    pub(crate) count: u32,
}

pub(super) fn period_views(
    content: &Content,
    related: &Related<'_>,
    urls: &Urls,
    today: cairn_model::Date,
    words: &super::Words,
) -> Vec<PeriodView> {
    related
        .periods
        .iter()
        .map(|p| {
            let goals: Vec<usize> = content
                .goals
                .iter()
                .enumerate()
                .filter(|(_, g)| content.period_of(g) == Some(p.period))
                .map(|(i, _)| i)
                .collect();
            let outcome = PeriodOutcome::count(
                goals.iter().filter_map(|&i| content.outcome(&content.goals[i], &related.relations, today)),
            );
            let outcomes = Outcome::ALL
                .iter()
                .map(|&o| OutcomeCount { name: o.as_str(), label: words.outcome(o), count: outcome.of(o) })
                .collect();
            PeriodView {
                period: period_ref(p, urls, today),
                community_url: p.community.as_ref().map(|c| urls.page(&format!("communities/{c}/"))),
                outcome,
                outcomes,
                goals,
            }
        })
        .collect()
}
