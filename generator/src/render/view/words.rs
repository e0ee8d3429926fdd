//! The words pages show for the model's values: labels for kinds and statuses, what a
//! progress bar means, review notices, dates as people write them. English for now; one
//! place to translate.

use cairn_model::{CadenceProgress, ChecklistProgress, Date, Goal, GoalKind, GoalStatus, Metric, ReviewState};

use super::ReviewView;

/// A number as people write it: no trailing `.0`, at most two decimals.
pub(crate) fn number(n: f64) -> String {
    let text = format!("{:.2}", n);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_owned() } else { text.to_owned() }
}

pub(super) fn metric_text(m: &Metric) -> String {
    let unit = m.unit().map(|u| format!(" {u}")).unwrap_or_default();
    let (target, baseline) = (number(m.target()), number(m.baseline()));
    let Some(current) = m.current().map(number) else {
        return format!("not measured yet; from {baseline} to {target}{unit}");
    };
    match m.direction() {
        cairn_model::Direction::Decrease => {
            format!("{current}{unit} now, down from {baseline}{unit}; the target is {target}{unit}")
        }
        cairn_model::Direction::Hold => format!("{current}{unit} now; the aim is to hold {target}{unit}"),
        cairn_model::Direction::Increase => format!("{current} of {target}{unit} (from {baseline})"),
    }
}

pub(super) fn cadence_text(g: &Goal, c: CadenceProgress) -> String {
    let every = g.cadence.as_ref().map_or_else(String::new, |c| match c.every.count() {
        1 => c.every.unit().to_string(),
        _ => c.every.to_string(),
    });
    format!("{} of {} check-ins held, one every {every}", c.held, c.expected)
}

pub(super) fn parts_text(r: &cairn_model::Rollup) -> String {
    let counted: Vec<_> = r.parts.iter().filter(|p| p.counted).collect();
    let mean = if counted.iter().any(|p| p.weight != 1.0) { "the weighted mean" } else { "the mean" };
    match counted.len() {
        1 => "from its one part".to_owned(),
        n => format!("{mean} of its {n} parts"),
    }
}

pub(super) fn checklist_text(c: ChecklistProgress) -> String {
    format!("{} of {} milestones done", c.done, c.total)
}

/// The review state in words; `period` names the goal's period (for a goal not completed
/// in it).
pub(super) fn review_view(state: ReviewState, period: &str) -> ReviewView {
    let (state_name, notice) = match state {
        ReviewState::Overdue { review_by, days } => {
            ("overdue", format!("This goal was due for review on {}, {} ago.", long_date(review_by), days_text(days)))
        }
        ReviewState::Stale { last_activity, days } => (
            "stale",
            format!(
                "Nothing has been reported on this goal since {}, {} ago.",
                long_date(last_activity),
                days_text(days)
            ),
        ),
        ReviewState::DueSoon { review_by, days: 0 } => {
            ("due_soon", format!("This goal is due for review today, {}.", long_date(review_by)))
        }
        ReviewState::DueSoon { review_by, days } => {
            ("due_soon", format!("This goal is due for review on {}, in {}.", long_date(review_by), days_text(days)))
        }
        ReviewState::NotCompleted { period_end } => (
            "not_completed",
            format!("This goal was not completed in {period}, which ended on {}.", long_date(period_end)),
        ),
        ReviewState::OnTrack => ("on_track", String::new()),
        ReviewState::Closed => ("closed", String::new()),
    };
    ReviewView { state: state_name, label: state.label(), notice, needs_attention: state.needs_attention() }
}

fn days_text(days: i32) -> String {
    if days == 1 { "1 day".to_owned() } else { format!("{days} days") }
}

/// `2026-01-15` as `15 January 2026`, as pages show dates.
pub(crate) fn long_date(date: Date) -> String {
    cairn_model::long_date(date)
}

pub(crate) fn kind_label(kind: GoalKind) -> &'static str {
    kind.label()
}

pub(super) fn kind_description(kind: GoalKind) -> &'static str {
    match kind {
        GoalKind::Outcome => "A measurable result the community wants to reach.",
        GoalKind::Process => "A practice the community keeps up over time.",
        GoalKind::Relational => "How people in the community relate to each other.",
        GoalKind::Transformational => "A change in how the community itself works.",
    }
}

pub(crate) fn status_label(status: GoalStatus) -> &'static str {
    status.label()
}

pub(super) fn status_description(status: GoalStatus) -> &'static str {
    match status {
        GoalStatus::Proposed => "Suggested and under discussion.",
        GoalStatus::Active => "Accepted and being worked on.",
        GoalStatus::Achieved => "Reached.",
        GoalStatus::Paused => "Accepted, but on hold for now.",
        GoalStatus::Retired => "No longer pursued; kept so the community remembers why.",
        GoalStatus::Rejected => "Proposed and declined.",
    }
}
