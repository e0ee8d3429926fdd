//! Reading a goal file (`goals/<slug>.md` or `goals/<community>/<slug>.md`) into a
//! [`Goal`], with the goals and roles it names ([`Named`]) for the checks that need every
//! file ([`super::relations`]).

use std::ops::Range;

use cairn_model::Slug;
use cairn_model::goal::{Cadence, Goal, GoalKind, GoalStatus, Interval, Milestone, Relations, Schedule, Weight};

use super::LoadOptions;
use super::document::Document;
use super::fields::Table;
use super::metric::{METRIC_KEYS, metric};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &[
    "title",
    "summary",
    "kind",
    "status",
    "owners",
    "started",
    "due",
    "review_by",
    "tags",
    "metric",
    "cadence",
    "period",
    "continues",
    "replaces",
    "part_of",
    "weight",
    "people",
    "links",
    "help_wanted",
];
const CADENCE_KEYS: &[&str] = &["every", "since"];

/// The goals a goal file names in its relations and the roles of its `people`, with
/// where (spans of the whole file): checked once every file is read, even when the goal
/// has other problems.
pub(crate) struct Named {
    pub(crate) file: SourceFile,
    /// The goal's own name.
    pub(crate) slug: Slug,
    /// Each goal named in `continues`, `replaces` and `part_of`.
    pub(crate) goals: Vec<NamedGoal>,
    /// `(role, span)`, for each role of `people`.
    pub(crate) roles: Vec<(String, Range<usize>)>,
}

/// A goal named in a relation: `(key, goal named, span)`.
pub(crate) type NamedGoal = (&'static str, Slug, Range<usize>);

/// Reads one goal file; `slug` and `community` come from its path, `milestones` from its
/// body (see [`super::body`]).
pub(crate) fn read_goal(
    file: &SourceFile,
    slug: Slug,
    community: Option<Slug>,
    milestones: Vec<Milestone>,
    options: &LoadOptions,
) -> Result<Goal, Vec<Diagnostic>> {
    read_goal_naming(file, slug, community, milestones, options).0
}

/// [`read_goal`], with what the file names; `None` when it names no goal and no role.
pub(crate) fn read_goal_naming(
    file: &SourceFile,
    slug: Slug,
    community: Option<Slug>,
    milestones: Vec<Milestone>,
    options: &LoadOptions,
) -> (Result<Goal, Vec<Diagnostic>>, Option<Named>) {
    let document = match Document::open(file, options) {
        Ok(document) => document,
        Err(d) => return (Err(vec![d]), None),
    };
    let Some(t) = document.table(KEYS) else { return (Err(document.doc.into_diagnostics()), None) };
    let (relations, named_goals) = relations(&t);
    let (people, roles) = super::people::people(&t);
    let named = (!named_goals.is_empty() || !roles.is_empty()).then(|| Named {
        file: file.clone(),
        slug: slug.clone(),
        goals: named_goals,
        roles,
    });
    let parts = Parts { relations, people };
    let goal = build(&t, (slug, community, &file.path), milestones, parts, document.body);
    let diagnostics = document.doc.into_diagnostics();
    match goal {
        Some(goal) if diagnostics.is_empty() => (Ok(goal), named),
        _ => (Err(diagnostics), named),
    }
}

/// What [`read_goal_naming`] read before the rest of the goal.
struct Parts {
    relations: Option<Relations>,
    people: Vec<cairn_model::goal::RoleHolders>,
}

fn build(
    t: &Table<'_>,
    (slug, community, path): (Slug, Option<Slug>, &str),
    milestones: Vec<Milestone>,
    parts: Parts,
    body: &str,
) -> Option<Goal> {
    let title = t.required_text("title", "title: Carbon-neutral community events");
    let summary = t.text("summary");
    let kind = t.keyword::<GoalKind>("kind", "kind: outcome");
    let status = t.keyword::<GoalStatus>("status", "status: active");
    let owners = t.logins("owners");
    let tags = t.texts("tags").into_iter().map(|s| s.value).collect();
    let schedule = schedule(t);
    let metric = t.table("metric", "metric.", METRIC_KEYS).and_then(|m| metric(&m));
    let cadence = t.table("cadence", "cadence.", CADENCE_KEYS).and_then(|c| cadence(&c));
    if let Some(cadence) = &cadence
        && cadence.since.is_none()
        && t.node("started").is_none()
    {
        let span = t.key_span("cadence").unwrap_or_default();
        t.doc().report(&span, Problem::CadenceWithoutStart);
    }
    let period = super::period::period(t);
    let links = super::people::links(t);
    let help_wanted = t.text("help_wanted").map(|h| h.value);
    Some(Goal {
        slug,
        path: path.to_owned(),
        community,
        title: title?.value,
        summary: summary.map(|s| s.value),
        kind: kind?.value,
        status: status?.value,
        owners,
        schedule: schedule?,
        tags,
        metric,
        cadence,
        milestones,
        period,
        relations: parts.relations?,
        people: parts.people,
        links,
        help_wanted,
        body: body.to_owned(),
    })
}

/// `continues`, `replaces`, `part_of` and `weight`, with the goals named and where.
fn relations(t: &Table<'_>) -> (Option<Relations>, Vec<NamedGoal>) {
    let mut named = Vec::new();
    let mut name = |key: &'static str, value: super::fields::Spanned<String>| match Slug::new(&value.value) {
        Ok(slug) => {
            named.push((key, slug.clone(), t.doc().file_span(&value.span)));
            Some(slug)
        }
        Err(_) => {
            t.doc().report(&value.span, Problem::UnknownGoal { slug: value.value, suggestion: None });
            None
        }
    };
    let continues = t.text("continues").and_then(|v| name("continues", v));
    let replaces = t.texts("replaces").into_iter().filter_map(|v| name("replaces", v)).collect();
    let part_of = t.text("part_of").and_then(|v| name("part_of", v));
    let weight = t.number("weight").and_then(|w| match Weight::new(w.value) {
        Ok(weight) => Some(weight),
        Err(_) => {
            t.doc().report(&w.span, Problem::BadWeight);
            None
        }
    });
    if weight.is_some() && part_of.is_none() {
        t.doc().report(&t.key_span("weight").unwrap_or_default(), Problem::WeightWithoutPartOf);
    }
    (Some(Relations { continues, replaces, part_of, weight }), named)
}

fn schedule(t: &Table<'_>) -> Option<Schedule> {
    let started = t.date("started");
    let due = t.date("due");
    let review_by = t.date("review_by");
    let value = |d: &Option<super::fields::Spanned<cairn_model::Date>>| d.as_ref().map(|d| d.value);
    match Schedule::new(value(&started), value(&due), value(&review_by)) {
        Ok(schedule) => Some(schedule),
        Err(cairn_model::goal::ScheduleError::DueBeforeStart { started: s, due: d }) => {
            let span = due.map(|d| d.span).unwrap_or_default();
            t.doc().report(&span, Problem::DueBeforeStarted { due: d, started: s });
            None
        }
    }
}

fn cadence(t: &Table<'_>) -> Option<Cadence> {
    let every = t.required_text("every", "every: 1 month");
    let since = t.date("since");
    let every = every?;
    match every.value.parse::<Interval>() {
        Ok(interval) => Some(Cadence { every: interval, since: since.map(|s| s.value) }),
        Err(reason) => {
            t.doc()
                .report(&every.span, Problem::BadInterval { key: "cadence.every".into(), value: every.value, reason });
            None
        }
    }
}
