//! A tally in words: one row per option, best first, as the poll's page, the widget and
//! the vote endpoint show it: counts with their share (votes and approvals of ballots,
//! points of all points), or for ranked polls each option's place and how many of the
//! others it beats.

use serde::{Deserialize, Serialize};

use super::{Detail, Tally};
use crate::names::Slug;
use crate::poll::{Method, Poll};

/// One option's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultRow {
    /// The option's label.
    pub label: String,
    /// Its share, in whole percent.
    pub percent: u8,
    /// The result in words (`7 votes (58%)`, `2nd place, beats 1 of 3`).
    pub text: String,
}

/// The rows of `tally`, a tally of `poll`, best first.
pub fn result_rows(poll: &Poll, tally: &Tally) -> Vec<ResultRow> {
    let label =
        |id: &Slug| poll.options.iter().find(|o| &o.id == id).map_or_else(|| id.to_string(), |o| o.label.clone());
    let index = |id: &Slug| poll.options.iter().position(|o| &o.id == id).unwrap_or(0);
    let percent = |part: u64, whole: u64| (part * 100).checked_div(whole).map_or(0, |p| u8::try_from(p).unwrap_or(100));
    let mut rows = Vec::new();
    let mut place = 1;
    for tier in &tally.ranking {
        for id in tier {
            let row = match &tally.detail {
                Detail::Counts(counts) => {
                    let n = counts.get(index(id)).copied().unwrap_or(0);
                    let (whole, unit) = match poll.method {
                        Method::Score { .. } => (counts.iter().sum(), if n == 1 { "point" } else { "points" }),
                        Method::Approval { .. } => {
                            (tally.ballots as u64, if n == 1 { "approval" } else { "approvals" })
                        }
                        _ => (tally.ballots as u64, if n == 1 { "vote" } else { "votes" }),
                    };
                    let p = percent(n, whole);
                    ResultRow { label: label(id), percent: p, text: format!("{n} {unit} ({p}%)") }
                }
                Detail::Schulze(s) => {
                    let i = index(id);
                    let others = poll.options.len().saturating_sub(1) as u64;
                    let stronger = |a: usize, b: usize| s.strongest.get(a).and_then(|r| r.get(b)).copied().unwrap_or(0);
                    let beaten = (0..poll.options.len()).filter(|&j| stronger(i, j) > stronger(j, i)).count() as u64;
                    let tied = if tier.len() > 1 { "tied for " } else { "" };
                    ResultRow {
                        label: label(id),
                        percent: percent(beaten, others),
                        text: format!("{tied}{} place, beats {beaten} of {others}", ordinal(place)),
                    }
                }
            };
            rows.push(row);
        }
        place += tier.len();
    }
    rows
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::poll::{Backend, Ballot, Choice, Electorate, PollOption};
    use crate::{Date, Login};

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].into_iter().map(ordinal).collect();
        assert_eq!(got, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]);
    }

    #[test]
    fn rows_say_counts_and_shares_best_first() {
        let slug = |s: &str| Slug::new(s).expect("slug");
        let poll = Poll {
            slug: slug("p"),
            question: "?".into(),
            options: ["a", "b"].iter().map(|o| PollOption { id: slug(o), label: o.to_uppercase() }).collect(),
            method: Method::Single,
            opens: Date::constant(2026, 1, 1),
            closes: Date::constant(2026, 1, 2),
            backend: Backend::Endpoint,
            electorate: Electorate::Open,
            goals: Vec::new(),
            origins: Vec::new(),
            path: String::new(),
            body: String::new(),
        };
        let ballot = |o: &str| Ballot { voter: Login::new("x").expect("login"), choice: Choice::Single(slug(o)) };
        let tally = crate::tally(&poll, &[ballot("b"), ballot("b"), ballot("a")]);
        let rows = result_rows(&poll, &tally);
        let texts: Vec<(&str, u8, &str)> =
            rows.iter().map(|r| (r.label.as_str(), r.percent, r.text.as_str())).collect();
        assert_eq!(texts, [("B", 66, "2 votes (66%)"), ("A", 33, "1 vote (33%)")]);
    }
}
