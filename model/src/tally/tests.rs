//! Tallies against published worked examples and hand-checked cases, and the Schulze
//! method's properties over generated ballots.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::poll::{Backend, BallotError, Electorate, PollOption};
use crate::{Date, Login};

fn slug(s: &str) -> Slug {
    Slug::new(s).expect("a valid slug")
}

fn poll(method: Method, options: &[&str]) -> Poll {
    Poll {
        slug: slug("test-poll"),
        question: "Which?".to_owned(),
        options: options.iter().map(|o| PollOption { id: slug(o), label: o.to_uppercase() }).collect(),
        method,
        opens: Date::constant(2026, 1, 1),
        closes: Date::constant(2026, 1, 31),
        backend: Backend::Pr,
        electorate: Electorate::Anyone,
        goals: Vec::new(),
        origins: Vec::new(),
        path: "polls/test-poll.md".to_owned(),
        body: String::new(),
    }
}

fn ballot(voter: usize, choice: Choice) -> Ballot {
    Ballot { voter: Login::new(&format!("voter{voter}")).expect("a valid login"), choice }
}

fn ranked(groups: &[(usize, &str)]) -> Vec<Ballot> {
    let mut ballots = Vec::new();
    for &(count, order) in groups {
        for _ in 0..count {
            let choice = Choice::Ranked(order.chars().map(|c| slug(&c.to_string())).collect());
            ballots.push(ballot(ballots.len(), choice));
        }
    }
    ballots
}

fn ids(tiers: &[Vec<Slug>]) -> Vec<Vec<&str>> {
    tiers.iter().map(|t| t.iter().map(Slug::as_str).collect()).collect()
}

/// The 45-voter example of the Wikipedia article "Schulze method" (from Schulze's paper):
/// E wins, and the full order is E > A > C > B > D.
#[test]
fn schulze_matches_the_published_45_voter_example() {
    let p = poll(Method::Ranked, &["a", "b", "c", "d", "e"]);
    let ballots = ranked(&[
        (5, "acbed"),
        (5, "adecb"),
        (8, "bedac"),
        (3, "cabed"),
        (7, "caebd"),
        (2, "cbade"),
        (7, "dceba"),
        (8, "ebadc"),
    ]);
    let t = tally(&p, &ballots);
    let Detail::Schulze(s) = &t.detail else { panic!("a ranked poll has Schulze details") };
    assert_eq!(
        s.pairwise,
        [[0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24], [15, 12, 28, 0, 14], [23, 27, 21, 31, 0],]
    );
    assert_eq!(
        s.strongest,
        [[0, 28, 28, 30, 24], [25, 0, 28, 33, 24], [25, 29, 0, 29, 24], [25, 28, 28, 0, 24], [25, 28, 28, 31, 0],]
    );
    assert_eq!(t.ballots, 45);
    assert_eq!(t.winners, [slug("e")]);
    assert_eq!(ids(&t.ranking), [["e"], ["a"], ["c"], ["b"], ["d"]]);
}

#[test]
fn schulze_reports_a_tie_as_a_tie() {
    let p = poll(Method::Ranked, &["a", "b", "c"]);
    // Two voters with opposite orders: nobody beats anybody.
    let t = tally(&p, &ranked(&[(1, "abc"), (1, "cba")]));
    assert_eq!(ids(&t.ranking), [["a", "b", "c"]]);
    assert_eq!(t.winners.len(), 3);
    // A Condorcet cycle of equal strength: a three-way tie.
    let t = tally(&p, &ranked(&[(1, "abc"), (1, "bca"), (1, "cab")]));
    assert_eq!(ids(&t.ranking), [["a", "b", "c"]]);
}

#[test]
fn schulze_unranked_options_share_the_last_place() {
    let p = poll(Method::Ranked, &["a", "b", "c"]);
    let t = tally(&p, &ranked(&[(2, "b"), (1, "ca")]));
    let Detail::Schulze(s) = &t.detail else { panic!() };
    // b over a and c twice; c over a once, and over b once.
    assert_eq!(s.pairwise, [[0, 1, 0], [2, 0, 2], [1, 1, 0]]);
    assert_eq!(ids(&t.ranking), [["b"], ["c"], ["a"]]);
}

#[test]
fn single_counts_votes_and_ties_stay_ties() {
    let p = poll(Method::Single, &["rivers", "trails", "ferries"]);
    let votes = ["rivers", "trails", "rivers", "trails", "ferries"];
    let ballots: Vec<_> = votes.iter().enumerate().map(|(i, v)| ballot(i, Choice::Single(slug(v)))).collect();
    let t = tally(&p, &ballots);
    assert_eq!(t.detail, Detail::Counts(vec![2, 2, 1]));
    assert_eq!(ids(&t.ranking), [vec!["rivers", "trails"], vec!["ferries"]]);
    assert_eq!(t.winners, [slug("rivers"), slug("trails")]);
}

#[test]
fn approval_and_score_add_up() {
    let p = poll(Method::Approval { max_choices: Some(2) }, &["a", "b", "c"]);
    let ballots = vec![
        ballot(0, Choice::Approval(vec![slug("a"), slug("b")])),
        ballot(1, Choice::Approval(vec![slug("b")])),
        ballot(2, Choice::Approval(vec![slug("c"), slug("b")])),
    ];
    let t = tally(&p, &ballots);
    assert_eq!(t.detail, Detail::Counts(vec![1, 3, 1]));
    assert_eq!(ids(&t.ranking), [vec!["b"], vec!["a", "c"]]);

    let p = poll(Method::Score { budget: 5 }, &["a", "b", "c"]);
    let points = |pairs: &[(&str, u32)]| Choice::Score(pairs.iter().map(|&(o, n)| (slug(o), n)).collect());
    let ballots = vec![
        ballot(0, points(&[("a", 5)])),
        ballot(1, points(&[("b", 3), ("c", 2)])),
        ballot(2, points(&[("c", 4), ("a", 1)])),
    ];
    let t = tally(&p, &ballots);
    assert_eq!(t.detail, Detail::Counts(vec![6, 3, 6]));
    assert_eq!(t.winners, [slug("a"), slug("c")]);
}

#[test]
fn an_empty_poll_has_no_winner_and_a_single_voter_decides() {
    for method in [Method::Single, Method::Approval { max_choices: None }, Method::Ranked, Method::Score { budget: 3 }]
    {
        let p = poll(method, &["a", "b"]);
        let t = tally(&p, &[]);
        assert_eq!(t.ballots, 0);
        assert!(t.winners.is_empty(), "{method:?}");
        assert_eq!(ids(&t.ranking), [["a", "b"]], "{method:?}: everything ties");
    }
    let p = poll(Method::Ranked, &["a", "b", "c"]);
    let t = tally(&p, &ranked(&[(1, "cab")]));
    assert_eq!(ids(&t.ranking), [["c"], ["a"], ["b"]]);
}

#[test]
fn ballots_are_checked_against_the_poll() {
    let single = poll(Method::Single, &["a", "b"]);
    assert_eq!(ballot(0, Choice::Single(slug("a"))).check(&single), Ok(()));
    let unknown = ballot(0, Choice::Single(slug("z"))).check(&single);
    assert!(
        matches!(&unknown, Err(BallotError::UnknownOption { option, options }) if option == "z" && options == "`a`, `b`")
    );
    assert!(matches!(
        ballot(0, Choice::Ranked(vec![slug("a")])).check(&single),
        Err(BallotError::WrongMethod { expected: "single", .. })
    ));

    let approval = poll(Method::Approval { max_choices: Some(1) }, &["a", "b"]);
    let both = ballot(0, Choice::Approval(vec![slug("a"), slug("b")]));
    assert_eq!(both.check(&approval), Err(BallotError::TooMany { given: 2, max: 1 }));
    assert_eq!(ballot(0, Choice::Approval(vec![])).check(&approval), Err(BallotError::Empty));

    let ranked_poll = poll(Method::Ranked, &["a", "b"]);
    let twice = ballot(0, Choice::Ranked(vec![slug("a"), slug("a")]));
    assert_eq!(twice.check(&ranked_poll), Err(BallotError::Repeated { option: "a".to_owned() }));

    let score = poll(Method::Score { budget: 3 }, &["a", "b"]);
    let over = ballot(0, Choice::Score(BTreeMap::from([(slug("a"), 2), (slug("b"), 2)])));
    assert_eq!(over.check(&score), Err(BallotError::OverBudget { given: 4, budget: 3 }));
    let message = over.check(&score).expect_err("over budget").to_string();
    assert_eq!(message, "the ballot gives 4 points; this poll's budget is 3");
}

#[test]
fn the_window_includes_both_ends() {
    let p = poll(Method::Single, &["a"]);
    assert_eq!(p.phase(Date::constant(2025, 12, 31)), crate::PollPhase::Upcoming);
    assert!(p.accepts_on(Date::constant(2026, 1, 1)));
    assert!(p.accepts_on(Date::constant(2026, 1, 31)));
    assert_eq!(p.phase(Date::constant(2026, 2, 1)), crate::PollPhase::Closed);
}

/// Up to 12 ranked ballots over 4 options, each a permutation prefix.
fn ranked_ballots() -> impl Strategy<Value = Vec<Ballot>> {
    let one = Just(vec!["a", "b", "c", "d"]).prop_shuffle().prop_flat_map(|order| {
        (1..=order.len()).prop_map(move |len| Choice::Ranked(order[..len].iter().map(|o| slug(o)).collect()))
    });
    prop::collection::vec(one, 0..12)
        .prop_map(|choices| choices.into_iter().enumerate().map(|(i, c)| ballot(i, c)).collect())
}

proptest! {
    #[test]
    fn a_schulze_winner_beats_or_ties_every_other_option(ballots in ranked_ballots()) {
        let p = poll(Method::Ranked, &["a", "b", "c", "d"]);
        let t = tally(&p, &ballots);
        let Detail::Schulze(s) = &t.detail else { panic!() };
        let at = |id: &Slug| p.options.iter().position(|o| &o.id == id).expect("an option");
        for w in &t.winners {
            for j in 0..4 {
                prop_assert!(s.strongest[at(w)][j] >= s.strongest[j][at(w)]);
            }
        }
        // Every option appears in exactly one tier.
        let mut all: Vec<&str> = t.ranking.iter().flatten().map(Slug::as_str).collect();
        all.sort_unstable();
        prop_assert_eq!(all, ["a", "b", "c", "d"]);
    }

    #[test]
    fn the_order_of_ballots_never_changes_a_result(ballots in ranked_ballots(), seed in any::<u64>()) {
        let p = poll(Method::Ranked, &["a", "b", "c", "d"]);
        let mut shuffled = ballots.clone();
        // A deterministic shuffle from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        prop_assert_eq!(tally(&p, &ballots), tally(&p, &shuffled));
    }
}
