//! Roll-ups over trees of parts, weights, statuses and cycles; relations both ways; the
//! outcomes of a period's goals.

use super::*;
use crate::goal::{Metric, Milestone, Relations as Stated, Schedule, test_goal};
use crate::period::{Outcome, Period, PeriodOutcome};
use crate::{Charter, Community, SiteConfig};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn slug(s: &str) -> Slug {
    Slug::new(s).unwrap()
}

/// A goal `name`, part of `whole`, at `percent` % by its metric (no metric for `None`).
fn goal(name: &str, whole: Option<&str>, percent: Option<f64>, weight: Option<f64>) -> Goal {
    Goal {
        slug: slug(name),
        path: format!("goals/{name}.md"),
        metric: percent.map(|p| Metric::new(0.0, p, 100.0, None).unwrap()),
        relations: Stated {
            part_of: whole.map(slug),
            weight: weight.map(|w| Weight::new(w).unwrap()),
            ..Stated::default()
        },
        ..test_goal(Schedule::default())
    }
}

fn content(mut goals: Vec<Goal>) -> Content {
    goals.sort_by(|a, b| a.slug.cmp(&b.slug));
    Content {
        config: SiteConfig {
            title: "T".into(),
            description: None,
            base_url: "https://x.example/".into(),
            language: "en".into(),
            repo: None,
            endpoint: None,
            review: Default::default(),
            markdown: Default::default(),
            nav: None,
            extra_css: vec![],
            extra: Default::default(),
            search: true,
            roles: Default::default(),
        },
        charter: Charter {
            title: "C".into(),
            purpose: "P".into(),
            adopted: None,
            review_by: None,
            values: vec![],
            body: String::new(),
        },
        communities: vec![],
        goals,
        updates: vec![],
        pages: vec![],
        assets: vec![],
        polls: vec![],
        ballots: vec![],
        members: Default::default(),
        catalogues: Vec::new(),
    }
}

fn percent_of(c: &Content, m: &Measured, name: &str) -> Option<u8> {
    m.progress(c.goal_index(&slug(name)).unwrap()).primary().map(Progress::percent)
}

#[test]
fn a_whole_is_the_weighted_mean_of_its_parts() {
    let c = content(vec![
        goal("roadmap", None, None, None),
        goal("a", Some("roadmap"), Some(50.0), None),
        goal("b", Some("roadmap"), Some(100.0), Some(3.0)),
    ]);
    let m = c.measure(&c.relations(), d("2026-01-01"));
    // (50 * 1 + 100 * 3) / 4
    assert_eq!(percent_of(&c, &m, "roadmap"), Some(87));
    let rollup = m.rollup(c.goal_index(&slug("roadmap")).unwrap()).unwrap();
    let parts: Vec<_> =
        rollup.parts.iter().map(|p| (p.slug.as_str(), p.progress.map(Progress::percent), p.weight)).collect();
    assert_eq!(parts, [("a", Some(50), 1.0), ("b", Some(100), 3.0)]);
    assert_eq!(m.rollup(c.goal_index(&slug("a")).unwrap()), None, "a part without parts has no roll-up");
}

#[test]
fn parts_roll_up_through_a_tree() {
    let c = content(vec![
        goal("top", None, None, None),
        goal("mid", Some("top"), None, None),
        goal("leaf-1", Some("mid"), Some(20.0), None),
        goal("leaf-2", Some("mid"), Some(60.0), None),
        goal("other", Some("top"), Some(0.0), None),
    ]);
    let m = c.measure(&c.relations(), d("2026-01-01"));
    assert_eq!(percent_of(&c, &m, "mid"), Some(40));
    assert_eq!(percent_of(&c, &m, "top"), Some(20), "(40 + 0) / 2");
}

#[test]
fn statuses_decide_how_a_part_counts() {
    let mut achieved = goal("done", Some("w"), Some(10.0), None);
    achieved.status = GoalStatus::Achieved;
    let mut retired = goal("gone", Some("w"), Some(0.0), None);
    retired.status = GoalStatus::Retired;
    let unmeasured = goal("new", Some("w"), None, None);
    let c = content(vec![goal("w", None, None, None), achieved, retired, unmeasured]);
    let m = c.measure(&c.relations(), d("2026-01-01"));
    // done counts as complete, new as none, gone not at all: (100 + 0) / 2.
    assert_eq!(percent_of(&c, &m, "w"), Some(50));
    let rollup = m.rollup(c.goal_index(&slug("w")).unwrap()).unwrap();
    assert_eq!(rollup.parts.iter().filter(|p| p.counted).count(), 2);
}

#[test]
fn a_whole_of_uncounted_parts_has_no_progress_and_its_own_shows() {
    let mut rejected = goal("gone", Some("w"), Some(100.0), None);
    rejected.status = GoalStatus::Rejected;
    let mut whole = goal("w", None, None, None);
    whole.milestones = vec![Milestone { text: "x".into(), done: true }];
    let c = content(vec![whole, rejected]);
    let m = c.measure(&c.relations(), d("2026-01-01"));
    assert_eq!(m.rollup(c.goal_index(&slug("w")).unwrap()).unwrap().progress, None);
    assert_eq!(percent_of(&c, &m, "w"), Some(100), "its checklist");
}

#[test]
fn cycles_end_without_a_roll_up() {
    let c = content(vec![
        goal("a", Some("b"), Some(10.0), None),
        goal("b", Some("a"), Some(30.0), None),
        goal("c", Some("c"), Some(50.0), None),
        goal("d", Some("a"), Some(70.0), None),
    ]);
    let m = c.measure(&c.relations(), d("2026-01-01"));
    for name in ["a", "b", "c"] {
        assert_eq!(m.rollup(c.goal_index(&slug(name)).unwrap()), None, "{name}");
        assert!(m.progress(c.goal_index(&slug(name)).unwrap()).parts.is_none(), "{name}");
    }
    assert_eq!(percent_of(&c, &m, "d"), Some(70), "a goal below a cycle keeps its own");
}

#[test]
fn a_deep_chain_is_measured_without_recursion() {
    let mut goals: Vec<Goal> = (0..20_000)
        .map(|i| goal(&format!("g{i}"), (i > 0).then(|| format!("g{}", i - 1)).as_deref(), None, None))
        .collect();
    goals.push(goal("leaf", Some("g19999"), Some(40.0), None));
    let c = content(goals);
    let m = c.measure(&c.relations(), d("2026-01-01"));
    assert_eq!(percent_of(&c, &m, "g0"), Some(40));
}

#[test]
fn relations_are_looked_up_both_ways() {
    let mut later = goal("later", None, None, None);
    later.relations.continues = Some(slug("earlier"));
    later.relations.replaces = vec![slug("old")];
    let c = content(vec![goal("earlier", None, None, None), goal("old", None, None, None), later]);
    let r = c.relations();
    let names = |goals: Vec<&Goal>| goals.iter().map(|g| g.slug.to_string()).collect::<Vec<_>>();
    assert_eq!(names(r.continued_by(&slug("earlier")).collect()), ["later"]);
    assert_eq!(names(r.replaced_by(&slug("old")).collect()), ["later"]);
    assert!(r.is_continued(&slug("earlier")));
    assert!(!r.is_continued(&slug("later")));
}

#[test]
fn a_periods_goals_come_to_an_outcome() {
    let period = Period::new(d("2024-07-01"), d("2024-12-31")).unwrap();
    let with = |name: &str, status| Goal { status, ..goal(name, None, None, None) };
    let mut continued = with("continued", GoalStatus::Active);
    continued.community = Some(slug("h2"));
    let mut next = with("next", GoalStatus::Active);
    next.relations.continues = Some(slug("continued"));
    let mut own = with("own", GoalStatus::Paused);
    own.period = Some(period);
    let mut c = content(vec![
        continued,
        next,
        own,
        Goal { community: Some(slug("h2")), ..with("won", GoalStatus::Achieved) },
        Goal { community: Some(slug("h2")), ..with("no", GoalStatus::Rejected) },
    ]);
    c.communities = vec![Community {
        slug: slug("h2"),
        path: None,
        title: "2024H2".into(),
        summary: None,
        leads: vec![],
        channels: vec![],
        period: Some(period),
        body: String::new(),
    }];
    let r = c.relations();
    let after = d("2025-03-01");
    let outcomes: Vec<(String, Outcome)> =
        c.goals_of_period(period).map(|g| (g.slug.to_string(), c.outcome(g, &r, after).unwrap())).collect();
    let expected = [
        ("continued", Outcome::CarriedOver),
        ("no", Outcome::Declined),
        ("own", Outcome::Dropped),
        ("won", Outcome::Achieved),
    ];
    assert_eq!(outcomes, expected.map(|(s, o)| (s.to_owned(), o)));
    let during = c.outcome(c.goal(&slug("own")).unwrap(), &r, d("2024-08-01"));
    assert_eq!(during, Some(Outcome::Open));
    assert_eq!(c.outcome(c.goal(&slug("next")).unwrap(), &r, after), None, "no period");
    let counts = PeriodOutcome::count(outcomes.iter().map(|(_, o)| *o));
    assert_eq!((counts.achieved, counts.carried_over, counts.dropped, counts.declined), (1, 1, 1, 1));
    let periods = c.periods();
    assert_eq!(periods.len(), 1, "the goal's own period is the sub-community's");
    assert_eq!((periods[0].slug.as_str(), periods[0].title.as_str()), ("h2", "2024H2"));
    let review = c.review_state(c.goal(&slug("own")).unwrap(), &crate::History::default(), &r, after);
    assert_eq!(review, crate::ReviewState::NotCompleted { period_end: d("2024-12-31") });
}

#[test]
fn a_whole_is_as_active_as_its_parts() {
    let started = Schedule::new(Some(d("2025-01-01")), None, None).unwrap();
    let whole = Goal { schedule: started.clone(), ..goal("roadmap", None, None, None) };
    let part = Goal { schedule: started, ..goal("part", Some("roadmap"), Some(10.0), None) };
    let mut c = content(vec![whole, part]);
    let today = d("2026-01-01");
    let r = c.relations();
    let stale = c.review_state(c.goal(&slug("roadmap")).unwrap(), &crate::History::default(), &r, today);
    assert!(matches!(stale, crate::ReviewState::Stale { .. }), "{stale:?}");
    drop(r);
    c.updates = vec![crate::Update {
        slug: slug("call"),
        path: "updates/call.md".into(),
        title: "Call".into(),
        date: d("2025-12-01"),
        goals: vec![slug("part")],
        authors: vec![],
        body: String::new(),
    }];
    let r = c.relations();
    let state = c.review_state(c.goal(&slug("roadmap")).unwrap(), &crate::History::default(), &r, today);
    assert_eq!(state, crate::ReviewState::OnTrack, "an update on a part counts for the whole");
}
