//! Reading a goal file (`goals/<slug>.md` or `goals/<community>/<slug>.md`) into a
//! [`Goal`].

use cairn_model::Slug;
use cairn_model::goal::{Cadence, Goal, GoalKind, GoalStatus, Interval, Metric, Milestone, Schedule};

use super::LoadOptions;
use super::document::Document;
use super::fields::Table;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] =
    &["title", "summary", "kind", "status", "owners", "started", "due", "review_by", "tags", "metric", "cadence"];
const METRIC_KEYS: &[&str] = &["baseline", "current", "target", "unit"];
const CADENCE_KEYS: &[&str] = &["every", "since"];

/// Reads one goal file; `slug` and `community` come from its path, `milestones` from its
/// body (see [`super::body`]).
pub(crate) fn read_goal(
    file: &SourceFile,
    slug: Slug,
    community: Option<Slug>,
    milestones: Vec<Milestone>,
    options: &LoadOptions,
) -> Result<Goal, Vec<Diagnostic>> {
    let document = Document::open(file, options).map_err(|d| vec![d])?;
    let goal = document.table(KEYS).and_then(|t| build(&t, (slug, community, &file.path), milestones, document.body));
    let diagnostics = document.doc.into_diagnostics();
    match goal {
        Some(goal) if diagnostics.is_empty() => Ok(goal),
        _ => Err(diagnostics),
    }
}

fn build(
    t: &Table<'_>,
    (slug, community, path): (Slug, Option<Slug>, &str),
    milestones: Vec<Milestone>,
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
        body: body.to_owned(),
    })
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

fn metric(t: &Table<'_>) -> Option<Metric> {
    let baseline = t.required_number("baseline", "baseline: 0");
    let current = t.required_number("current", "current: 42");
    let target = t.required_number("target", "target: 100");
    let unit = t.text("unit").map(|u| u.value);
    Metric::new(baseline?.value, current?.value, target?.value, unit).ok()
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
