//! What a card says: the words and numbers of a goal card, from a [`Goal`] document. The
//! views in `web` only lay these out.

use crate::data::{Goal, Poll};

/// A goal card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalCard {
    /// The goal's title.
    pub title: String,
    /// Its page on the site.
    pub url: String,
    /// Kind and status (`Outcome · Active`), with the sub-community when there is one.
    pub meta: String,
    /// The progress bars (only the first one on a compact card).
    pub bars: Vec<BarLine>,
    /// `Due 31 December 2026`.
    pub due: Option<String>,
    /// `Review overdue`, when the goal needs the community's attention; `Not completed in
    /// 2025H1`, when its period ended first.
    pub attention: Option<String>,
    /// Its parts and their shares (`Write the docs: 40%, weight 2`), on a full card of a
    /// goal made of parts.
    pub parts: Vec<String>,
}

/// One progress bar of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarLine {
    /// `Measure`.
    pub label: String,
    /// Whole percent, 0..=100.
    pub percent: u8,
    /// The bar in words, for everyone (not only screen readers).
    pub text: String,
    /// The accessible name of the progress bar: `Ship version 1, measure`.
    pub name: String,
}

impl GoalCard {
    /// The card for `goal`; `compact` keeps only the first bar and leaves out the due date.
    pub fn new(goal: &Goal, compact: bool) -> Self {
        let mut meta = format!("{} · {}", goal.kind.label(), goal.status.label());
        if let Some(c) = &goal.community {
            meta = format!("{} · {meta}", c.title);
        }
        let bars = goal
            .bars
            .iter()
            .take(if compact { 1 } else { usize::MAX })
            .map(|b| BarLine {
                label: b.label.clone(),
                percent: b.percent.min(100),
                text: b.text.clone(),
                name: format!("{}, {}", goal.title, b.label.to_ascii_lowercase()),
            })
            .collect();
        Self {
            title: goal.title.clone(),
            url: goal.url.clone(),
            meta,
            bars,
            due: goal.due.filter(|_| !compact).map(|d| format!("Due {}", cairn_model::long_date(d))),
            attention: attention(goal),
            parts: if compact { Vec::new() } else { goal.parts.iter().map(part_line).collect() },
        }
    }
}

fn attention(goal: &Goal) -> Option<String> {
    match (goal.review, &goal.period) {
        (cairn_model::ReviewState::NotCompleted { .. }, Some(period)) => Some(format!("Not completed in {period}")),
        (cairn_model::ReviewState::NotCompleted { .. }, None) => Some(goal.review.label().to_owned()),
        (review, _) => review.needs_attention().then(|| review.label().to_owned()),
    }
}

fn part_line(p: &crate::data::Part) -> String {
    let share = match (p.counted, p.percent) {
        (false, _) => "not counted".to_owned(),
        (true, None) => "not measured yet".to_owned(),
        (true, Some(percent)) => format!("{percent}%"),
    };
    let weight = if p.weight == 1.0 { String::new() } else { format!(", weight {}", p.weight) };
    format!("{}: {share}{weight}", p.title)
}

/// A poll card (read only: results and a link to the poll's page, which says how to vote).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PollCard {
    /// The question.
    pub question: String,
    /// The poll's page.
    pub url: String,
    /// `Poll · Open`.
    pub meta: String,
    /// When it is open, and the count and method.
    pub details: Vec<String>,
    /// One row per option (the first three on a compact card).
    pub rows: Vec<BarLine>,
    /// The link's words: how to vote while it is open, else where the results are.
    pub action: &'static str,
}

impl PollCard {
    /// The card for `poll`.
    pub fn new(poll: &Poll, compact: bool) -> Self {
        let rows = poll
            .results
            .iter()
            .take(if compact { 3 } else { usize::MAX })
            .map(|r| BarLine {
                label: r.label.clone(),
                percent: r.percent.min(100),
                text: r.text.clone(),
                name: format!("{}: {}", r.label, r.text),
            })
            .collect();
        let details = if compact { vec![poll.window.clone()] } else { vec![poll.window.clone(), poll.summary.clone()] };
        let action = match poll.status {
            crate::data::PollStatus::Open => "How to vote",
            _ => "The poll's page",
        };
        Self {
            question: poll.question.clone(),
            url: poll.url.clone(),
            meta: format!("Poll · {}", poll.status.label()),
            details,
            rows,
            action,
        }
    }
}

/// What a card shows where a goal has no progress source yet.
pub const NO_PROGRESS: &str = "No progress measure yet.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tests::goal;

    #[test]
    fn a_full_card() {
        let card = GoalCard::new(&goal(), false);
        assert_eq!(card.title, "Ship version 1");
        assert_eq!(card.meta, "Docs · Outcome · Active");
        assert_eq!(card.bars.len(), 2);
        assert_eq!(card.bars[0].name, "Ship version 1, measure");
        assert_eq!(card.due.as_deref(), Some("Due 31 December 2026"));
        assert_eq!(card.attention.as_deref(), Some("Review due soon"));
        assert_eq!(card.parts, ["Write the docs: 40%, weight 2", "Old plan: not counted"]);
    }

    #[test]
    fn a_goal_of_an_ended_period_says_so() {
        let mut goal = goal();
        goal.review = cairn_model::ReviewState::NotCompleted { period_end: cairn_model::Date::constant(2026, 6, 30) };
        assert_eq!(GoalCard::new(&goal, true).attention.as_deref(), Some("Not completed in 2026H2"));
        assert!(GoalCard::new(&goal, true).parts.is_empty(), "a compact card has no breakdown");
    }

    #[test]
    fn a_compact_card_has_one_bar_and_no_date() {
        let card = GoalCard::new(&goal(), true);
        assert_eq!(card.bars.len(), 1);
        assert_eq!(card.due, None);
    }

    #[test]
    fn a_poll_card() {
        let poll =
            crate::data::Poll::read_document(&crate::data::tests::json(crate::data::poll::tests::POLL)).expect("valid");
        let card = PollCard::new(&poll, false);
        assert_eq!(card.meta, "Poll · Open");
        assert_eq!(card.rows.len(), 3);
        assert_eq!(card.rows[0].name, "Rivers: 7 votes (58%)");
        assert_eq!(card.details, ["Open until 15 March 2027", "12 ballots, one choice each"]);
        assert_eq!(card.action, "How to vote");
        let mut closed = poll.clone();
        closed.status = crate::data::PollStatus::Closed;
        assert_eq!(PollCard::new(&closed, true).action, "The poll's page");
        assert_eq!(PollCard::new(&closed, true).details.len(), 1);
    }

    #[test]
    fn percent_stays_in_range_and_calm_goals_say_nothing() {
        let mut goal = goal();
        goal.bars[0].percent = 250;
        goal.review = cairn_model::ReviewState::OnTrack;
        let card = GoalCard::new(&goal, false);
        assert_eq!(card.bars[0].percent, 100);
        assert_eq!(card.attention, None);
    }
}
