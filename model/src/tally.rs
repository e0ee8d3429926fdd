//! Counting a poll's valid ballots, by its method: plurality, approval and score count
//! per option; ranked polls use the Schulze method, with the pairwise preferences and the
//! strongest paths kept so that pages can explain the result. Ties are reported as ties,
//! never broken.
//!
//! This is the only place tallies are computed: the site, the widget and the endpoint all
//! show these numbers.

mod rows;

use serde::{Deserialize, Serialize};

use crate::names::Slug;
use crate::poll::{Ballot, Choice, Method, Poll};
pub use rows::{ResultRow, result_rows};

/// A poll's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// How many ballots were counted.
    pub ballots: usize,
    /// The options from best to worst: each tier holds options that tie. Empty tiers are
    /// never present; with no ballots, every option shares the one tier.
    pub ranking: Vec<Vec<Slug>>,
    /// The options of the first tier, when anything was counted.
    pub winners: Vec<Slug>,
    /// The count per option, in the poll's order (votes, approvals or points); for ranked
    /// polls, the Schulze details instead.
    #[serde(flatten)]
    pub detail: Detail,
}

/// What was counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Detail {
    /// Votes, approvals or points per option, in the poll's order.
    Counts(Vec<u64>),
    /// The Schulze method's tables, rows and columns in the poll's order.
    Schulze(Schulze),
}

/// The Schulze method's working, for a poll of `n` options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schulze {
    /// `pairwise[i][j]`: how many ballots rank option `i` above option `j`.
    pub pairwise: Vec<Vec<u64>>,
    /// `strongest[i][j]`: the strength of the strongest path from `i` to `j` (0 when none).
    pub strongest: Vec<Vec<u64>>,
}

/// Counts `ballots` (each already checked against `poll`, one per voter).
pub fn tally(poll: &Poll, ballots: &[Ballot]) -> Tally {
    let n = poll.options.len();
    let index = |id: &Slug| poll.options.iter().position(|o| &o.id == id);
    let detail = match poll.method {
        Method::Ranked => Detail::Schulze(schulze(n, ballots, index)),
        _ => {
            let mut counts = vec![0_u64; n];
            for ballot in ballots {
                match &ballot.choice {
                    Choice::Single(id) => add(&mut counts, index(id), 1),
                    Choice::Approval(ids) => ids.iter().for_each(|id| add(&mut counts, index(id), 1)),
                    Choice::Score(points) => points.iter().for_each(|(id, &p)| add(&mut counts, index(id), p.into())),
                    Choice::Ranked(_) => {}
                }
            }
            Detail::Counts(counts)
        }
    };
    let tiers: Vec<Vec<usize>> = match &detail {
        Detail::Counts(counts) => {
            let mut levels = counts.clone();
            levels.sort_unstable_by(|a, b| b.cmp(a));
            levels.dedup();
            levels.iter().map(|level| (0..n).filter(|&i| counts[i] == *level).collect()).collect()
        }
        Detail::Schulze(s) => {
            // Repeatedly take the options no remaining option beats. The beat relation
            // (a stronger path one way than back) is transitive, so each round finds some.
            let beats = |i: usize, j: usize| s.strongest[i][j] > s.strongest[j][i];
            let mut remaining: Vec<usize> = (0..n).collect();
            let mut tiers = Vec::new();
            while !remaining.is_empty() {
                let mut tier: Vec<usize> =
                    remaining.iter().copied().filter(|&i| !remaining.iter().any(|&j| beats(j, i))).collect();
                if tier.is_empty() {
                    tier = remaining.clone();
                }
                remaining.retain(|i| !tier.contains(i));
                tiers.push(tier);
            }
            tiers
        }
    };
    let ranking: Vec<Vec<Slug>> =
        tiers.iter().map(|tier| tier.iter().map(|&i| poll.options[i].id.clone()).collect()).collect();
    let winners = if ballots.is_empty() { Vec::new() } else { ranking.first().cloned().unwrap_or_default() };
    Tally { ballots: ballots.len(), ranking, winners, detail }
}

fn add(counts: &mut [u64], at: Option<usize>, amount: u64) {
    if let Some(count) = at.and_then(|i| counts.get_mut(i)) {
        *count += amount;
    }
}

/// The pairwise preferences and strongest paths (Schulze 2011, section 2.3; the
/// Floyd–Warshall variant Debian uses).
fn schulze(n: usize, ballots: &[Ballot], index: impl Fn(&Slug) -> Option<usize>) -> Schulze {
    let mut pairwise = vec![vec![0_u64; n]; n];
    for ballot in ballots {
        let Choice::Ranked(order) = &ballot.choice else { continue };
        // Position of each option; unranked ones share the last place.
        let mut place = vec![usize::MAX; n];
        for (rank, id) in order.iter().enumerate() {
            if let Some(i) = index(id) {
                place[i] = rank;
            }
        }
        for i in 0..n {
            for j in 0..n {
                if place[i] < place[j] {
                    pairwise[i][j] += 1;
                }
            }
        }
    }
    let mut strongest = vec![vec![0_u64; n]; n];
    for i in 0..n {
        for j in 0..n {
            if i != j && pairwise[i][j] > pairwise[j][i] {
                strongest[i][j] = pairwise[i][j];
            }
        }
    }
    for k in 0..n {
        for i in 0..n {
            if i == k {
                continue;
            }
            for j in 0..n {
                if j != i && j != k {
                    strongest[i][j] = strongest[i][j].max(strongest[i][k].min(strongest[k][j]));
                }
            }
        }
    }
    Schulze { pairwise, strongest }
}

#[cfg(test)]
mod tests;
