//! A goal's history as its page shows it: the progress chart and the same numbers as a
//! table, the status timeline, who changed the goal, and when it last changed. The
//! history and the facts derived from it come from `cairn-model`; this puts them in words
//! and links each point to its commit on the git host.

use cairn_model::{Content, Date, Goal, GoalHistory, GoalPoint, GoalStatus, History};
use serde::Serialize;

use cairn_i18n::Arg;

use super::{Html, Words, html};
use crate::render::chart::{self, Labels, Sample, Series};

/// A goal's history, for its page.
#[derive(Debug, Serialize)]
pub(crate) struct HistoryView {
    /// The chart, when the goal has a metric or a task list (templates read it as
    /// `goal.history_chart`: a safe value, which serializing would turn into text).
    #[serde(skip)]
    pub(crate) chart: Option<Html>,
    /// What the chart shows (`Open bugs over time`).
    pub(crate) chart_title: String,
    /// The chart's numbers, one row per point, oldest first.
    pub(crate) rows: Vec<HistoryRow>,
    /// Each change of status, oldest first.
    pub(crate) timeline: Vec<HistoryRow>,
    /// Each quarter of the way first reached (`value`: `50%`), oldest first.
    pub(crate) milestones: Vec<HistoryRow>,
    /// Commit authors of the goal's file, most commits first.
    pub(crate) contributors: Vec<cairn_model::Contributor>,
    /// The last commit that changed the file.
    pub(crate) last_updated: Option<HistoryRow>,
    /// Earlier names of the goal.
    pub(crate) renamed_from: Vec<String>,
    /// How fast it moves, in words (`about 12 percentage points a month`).
    pub(crate) pace: Option<String>,
}

/// One point in time: the day, what it says, and the commit.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HistoryRow {
    pub(crate) date: Date,
    pub(crate) date_text: String,
    pub(crate) status: Option<String>,
    pub(crate) value: Option<String>,
    pub(crate) commit: String,
    pub(crate) commit_url: Option<String>,
    /// The commit's author.
    pub(crate) author: String,
}

/// `revision` as a row: its day, its short id and its page on the git host.
fn row(
    content: &Content,
    revision: &cairn_model::Revision,
    status: Option<GoalStatus>,
    value: Option<String>,
    words: &Words,
) -> HistoryRow {
    HistoryRow {
        date: revision.date,
        date_text: words.date(revision.date),
        status: status.map(|s| words.status(s)),
        value,
        commit: revision.commit.chars().take(7).collect(),
        commit_url: content
            .config
            .repo
            .as_ref()
            .filter(|_| !revision.commit.is_empty())
            .map(|r| r.commit_url(&revision.commit)),
        author: revision.author.clone(),
    }
}

/// The charter's revisions, oldest first (the first adopted it, the others amended it).
pub(crate) fn charter_revisions(content: &Content, history: &History, words: &Words) -> Vec<HistoryRow> {
    history.charter.iter().map(|r| row(content, r, None, None, words)).collect()
}

/// The value a point shows, as a number and in words, for `goal` as it is now: its
/// metric's current value, else its ticked milestones.
fn value(goal: &Goal, point: &GoalPoint, words: &Words) -> Option<(f64, String)> {
    if goal.metric.is_some() {
        let m = point.metric.as_ref()?;
        let current = m.current()?;
        Some((current, words.quantity(current, m.unit())))
    } else {
        let c = point.checklist?;
        let args = [("done", Arg::Count(i64::from(c.done))), ("total", Arg::Count(i64::from(c.total)))];
        Some((f64::from(c.done), words.format("history-milestones", &args)))
    }
}

/// The chart's words for `series`, whose values are in `unit` (empty for none).
fn chart_labels(series: &Series, unit: &str, words: &Words) -> Option<Labels> {
    let (first, end) = chart::span(series)?;
    let (a, b) = (series.samples.first()?, series.samples.last()?);
    let unit = (!unit.is_empty()).then_some(unit);
    let (from, to, target) =
        (words.quantity(a.value, unit), words.quantity(b.value, unit), words.quantity(series.target, unit));
    let (from_date, to_date) = (words.date(a.date), words.date(b.date));
    let args = [
        ("first", Arg::Text(&from)),
        ("first_date", Arg::Text(&from_date)),
        ("last", Arg::Text(&to)),
        ("last_date", Arg::Text(&to_date)),
        ("target", Arg::Text(&target)),
    ];
    Some(Labels {
        description: words.format("chart-description", &args),
        first: words.date(first),
        end: words.date(end),
        target: words.format("chart-target", &[("target", Arg::Text(&words.number(series.target)))]),
    })
}

/// The history view of `goal`, or `None` when it has no history.
pub(crate) fn history_view(
    content: &Content,
    history: &History,
    goal: &Goal,
    today: Date,
    words: &Words,
) -> Option<HistoryView> {
    let history: &GoalHistory =
        history.goal(goal.slug.as_str()).filter(|h| !h.points.is_empty() || h.working_tree.is_some())?;
    let row = |revision: &cairn_model::Revision, status: Option<GoalStatus>, value: Option<String>| {
        row(content, revision, status, value, words)
    };
    let value = |p: &GoalPoint| value(goal, p, words);
    // The committed points, then uncommitted changes (`cairn serve` only).
    let points: Vec<&GoalPoint> = history.points.iter().chain(&history.working_tree).collect();
    let rows: Vec<HistoryRow> =
        points.iter().map(|p| row(&p.revision, p.status, value(p).map(|(_, text)| text))).collect();
    let samples: Vec<Sample> =
        points.iter().filter_map(|p| value(p).map(|(v, _)| Sample { date: p.revision.date, value: v })).collect();
    let (target, unit, chart_title) = match (&goal.metric, goal.milestones.len()) {
        (Some(m), _) => {
            let unit = m.unit().unwrap_or("").to_owned();
            // Units keep their case ("kWh"): they follow the words, not lead them.
            let title = if unit.is_empty() {
                words.text("chart-title")
            } else {
                words.format("chart-title-unit", &[("unit", Arg::Text(&unit))])
            };
            (m.target(), unit, title)
        }
        (None, total) if total > 0 => {
            (total as f64, words.text("chart-unit-milestones"), words.text("chart-title-milestones"))
        }
        _ => (0.0, String::new(), String::new()),
    };
    let chart = (!samples.is_empty() && !chart_title.is_empty()).then(|| {
        let series = Series { samples, target, until: today };
        let labels = chart_labels(&series, &unit, words)?;
        Some(html(chart::svg(&series, &format!("chart-{}", goal.slug), &chart_title, &labels)))
    });
    let pace = history.velocity().filter(|v| v.abs() >= 0.5).map(|v| {
        let id = if v > 0.0 { "history-pace-gains" } else { "history-pace-loses" };
        words.format(id, &[("points", Arg::Text(&format!("{:.0}", v.abs())))])
    });
    Some(HistoryView {
        chart: chart.flatten(),
        chart_title,
        rows,
        timeline: timeline(history).iter().map(|(r, status)| row(r, Some(*status), None)).collect(),
        milestones: history.milestones().iter().map(|(q, r)| row(r, None, Some(format!("{q}%")))).collect(),
        contributors: history.contributors(),
        last_updated: history.last_updated().map(|r| row(r, None, None)),
        renamed_from: history.renamed_from.clone(),
        pace,
    })
}

/// Each change of status, with an uncommitted one last (`cairn serve` only).
fn timeline(history: &GoalHistory) -> Vec<(cairn_model::Revision, GoalStatus)> {
    let mut out: Vec<(cairn_model::Revision, GoalStatus)> =
        history.status_changes().into_iter().map(|c| (c.revision, c.status)).collect();
    if let Some(now) = &history.working_tree
        && let Some(status) = now.status
        && out.last().is_none_or(|(_, last)| *last != status)
    {
        out.push((now.revision.clone(), status));
    }
    out
}
