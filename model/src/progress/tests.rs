//! Table-driven tests of every progress rule, plus property tests of the metric maths.

use proptest::prelude::*;

use super::*;
use crate::GoalKind;
use crate::goal::{Interval, Milestone, Schedule};

fn d(s: &str) -> Date {
    s.parse().unwrap()
}

fn metric(baseline: f64, current: f64, target: f64) -> Metric {
    Metric::new(baseline, current, target, None).unwrap()
}

#[test]
fn metric_progress_rules() {
    // (baseline, current, target, expected fraction, case)
    let cases: &[(f64, f64, f64, f64, &str)] = &[
        (0.0, 42.0, 100.0, 0.42, "rising target, partway"),
        (0.0, 0.0, 100.0, 0.0, "rising target, at baseline"),
        (0.0, 100.0, 100.0, 1.0, "rising target, reached"),
        (0.0, 150.0, 100.0, 1.0, "current beyond target is clamped to 100 %"),
        (10.0, 5.0, 20.0, 0.0, "moved the wrong way is clamped to 0 %"),
        (120.0, 75.0, 30.0, 0.5, "falling target (cut emissions 120 t -> 30 t), halfway"),
        (120.0, 30.0, 30.0, 1.0, "falling target, reached"),
        (120.0, 10.0, 30.0, 1.0, "falling target, overshot"),
        (120.0, 130.0, 30.0, 0.0, "falling target, got worse"),
        (99.9, 99.9, 99.9, 1.0, "target == baseline, held"),
        (99.9, 99.0, 99.9, 0.0, "target == baseline, slipped"),
        (-10.0, 0.0, 10.0, 0.5, "negative baseline"),
        (0.0, 1e-300, 1e300, 0.0, "tiny over huge stays finite"),
        (-1.7e308, 0.0, 1.7e308, 0.5, "differences near f64::MAX do not overflow"),
    ];
    for &(baseline, current, target, want, case) in cases {
        let got = metric(baseline, current, target).progress().expect("measured").fraction();
        assert!((got - want).abs() < 1e-9, "{case}: got {got}, want {want}");
    }
}

#[test]
fn metric_direction() {
    assert_eq!(metric(0.0, 0.0, 1.0).direction(), Direction::Increase);
    assert_eq!(metric(1.0, 0.0, 0.0).direction(), Direction::Decrease);
    assert_eq!(metric(1.0, 0.0, 1.0).direction(), Direction::Hold);
}

#[test]
fn percent_rounds_down_except_when_complete() {
    let cases: &[(f64, u8)] = &[
        (0.0, 0),
        (0.004, 0),
        (0.29, 29),
        (0.57, 57),
        (0.58, 58),
        (0.42, 42),
        (0.996, 99),
        (0.9999999999, 99),
        (1.0, 100),
    ];
    for &(fraction, want) in cases {
        assert_eq!(Progress::from_fraction(fraction).percent(), want, "{fraction}");
    }
    assert_eq!(Progress::from_fraction(f64::NAN), Progress::NONE);
    assert_eq!(Progress::from_fraction(f64::INFINITY), Progress::COMPLETE);
}

#[test]
fn checklist_progress_rules() {
    let cases: &[(u32, u32, Option<f64>)] = &[(0, 0, None), (0, 3, Some(0.0)), (2, 4, Some(0.5)), (4, 4, Some(1.0))];
    for &(done, total, want) in cases {
        let got = ChecklistProgress { done, total }.progress().map(Progress::fraction);
        assert_eq!(got, want, "{done}/{total}");
    }
    for (done, total, percent) in [(29, 100, 29), (57, 100, 57), (29, 50, 58), (1, 3, 33), (2, 3, 66), (99, 100, 99)] {
        assert_eq!(
            ChecklistProgress { done, total }.progress().map(Progress::percent),
            Some(percent),
            "{done}/{total}"
        );
    }
}

fn monthly() -> Cadence {
    Cadence { every: "1 month".parse::<Interval>().unwrap(), since: None }
}

#[test]
fn cadence_progress_rules() {
    // (interval, start, check-ins, today, held, expected, next_due, case)
    type Case<'a> = (&'a str, &'a str, &'a [&'a str], &'a str, u32, u32, Option<&'a str>, &'a str);
    let cases: &[Case] = &[
        (
            "1 month",
            "2026-01-01",
            &[],
            "2026-01-20",
            0,
            0,
            Some("2026-01-31"),
            "first period under way, nothing expected",
        ),
        (
            "1 month",
            "2026-01-01",
            &["2026-01-05"],
            "2026-01-20",
            1,
            1,
            Some("2026-01-31"),
            "current period already held counts",
        ),
        (
            "1 month",
            "2026-01-01",
            &["2026-01-05", "2026-02-10"],
            "2026-03-15",
            2,
            2,
            Some("2026-03-31"),
            "every finished period held",
        ),
        ("1 month", "2026-01-01", &["2026-01-05"], "2026-03-15", 1, 2, Some("2026-03-31"), "February missed"),
        (
            "1 month",
            "2026-01-01",
            &["2026-01-05", "2026-01-25"],
            "2026-02-15",
            1,
            1,
            Some("2026-02-28"),
            "two check-ins in one period count once",
        ),
        (
            "1 month",
            "2026-01-01",
            &["2025-12-31"],
            "2026-02-15",
            0,
            1,
            Some("2026-02-28"),
            "check-in before start ignored",
        ),
        (
            "1 month",
            "2026-01-01",
            &["2026-03-01"],
            "2026-02-15",
            0,
            1,
            Some("2026-02-28"),
            "check-in after today ignored",
        ),
        ("1 month", "2027-01-01", &["2026-12-01"], "2026-11-26", 0, 0, None, "future start: nothing expected"),
        (
            "1 month",
            "2026-01-31",
            &["2026-02-28"],
            "2026-03-01",
            1,
            2,
            Some("2026-03-30"),
            "month-end start clamps to February",
        ),
        ("2 weeks", "2026-01-05", &["2026-01-06", "2026-01-20"], "2026-02-02", 2, 2, Some("2026-02-15"), "fortnightly"),
        ("1 day", "2026-01-01", &["2026-01-01"], "2026-01-01", 1, 1, Some("2026-01-01"), "daily, first day held"),
        ("1 year", "2024-02-29", &["2025-03-01"], "2026-03-01", 1, 2, Some("2027-02-27"), "leap-day start"),
    ];
    for &(every, start, checkins, today, held, expected, next_due, case) in cases {
        let cadence = Cadence { every: every.parse().unwrap(), since: None };
        let checkins: Vec<Date> = checkins.iter().map(|s| d(s)).collect();
        let got = cadence.progress(d(start), &checkins, d(today));
        let want = CadenceProgress { held, expected, next_due: next_due.map(d) };
        assert_eq!(got, want, "{case}");
    }
}

#[test]
fn cadence_over_the_whole_calendar() {
    let cadence = Cadence { every: "1 day".parse().unwrap(), since: None };
    let got = cadence.progress(d("0001-01-01"), &[d("9999-12-31")], d("9999-12-31"));
    assert_eq!(got.held, 1);
    assert_eq!(got.expected, 3_652_059, "3,652,058 finished days plus the held current one");
    assert_eq!(got.next_due, None, "the period after 9999-12-31 lies beyond the calendar");
}

fn goal() -> Goal {
    Goal {
        kind: GoalKind::Process,
        ..crate::goal::test_goal(Schedule::new(Some(d("2026-01-01")), None, None).unwrap())
    }
}

#[test]
fn goal_progress_precedence() {
    let today = d("2026-03-15");
    let mut g = goal();
    assert_eq!(g.progress(&[], today).primary(), None, "no sources, no milestones");

    g.milestones = vec![Milestone { text: "a".into(), done: true }, Milestone { text: "b".into(), done: false }];
    assert_eq!(g.progress(&[], today).primary(), Some(Progress::from_fraction(0.5)), "checklist alone");

    g.cadence = Some(monthly());
    let p = g.progress(&[d("2026-01-10")], today);
    assert_eq!(p.cadence.map(|c| (c.held, c.expected)), Some((1, 2)));
    assert_eq!(p.primary(), Some(Progress::from_fraction(0.5)), "cadence before checklist");

    g.metric = Some(metric(0.0, 30.0, 100.0));
    assert_eq!(g.progress(&[], today).primary(), Some(Progress::from_fraction(0.3)), "metric first");
}

#[test]
fn cadence_uses_since_over_started_and_needs_one() {
    let today = d("2026-03-15");
    let mut g = goal();
    g.cadence = Some(Cadence { every: "1 month".parse().unwrap(), since: Some(d("2026-03-01")) });
    assert_eq!(g.progress(&[], today).cadence.map(|c| c.expected), Some(0));
    g.cadence = Some(monthly());
    g.schedule = Schedule::default();
    assert_eq!(g.progress(&[], today).cadence, None);
}

#[test]
fn future_started_expects_nothing() {
    let mut g = goal();
    g.schedule = Schedule::new(Some(d("2027-01-01")), None, None).unwrap();
    g.cadence = Some(monthly());
    let p = g.progress(&[], d("2026-11-26"));
    assert_eq!(p.cadence, Some(CadenceProgress { held: 0, expected: 0, next_due: None }));
    assert_eq!(p.primary(), None);
}

proptest! {
    #[test]
    fn metric_progress_is_within_bounds(b in -1e12f64..1e12, c in -1e12f64..1e12, t in -1e12f64..1e12) {
        let p = metric(b, c, t).progress().expect("measured").fraction();
        prop_assert!((0.0..=1.0).contains(&p));
    }

    #[test]
    fn metric_progress_is_monotone_in_current(b in -1e9f64..1e9, t in -1e9f64..1e9, c1 in -1e9f64..1e9, c2 in -1e9f64..1e9) {
        let (lo, hi) = if c1 <= c2 { (c1, c2) } else { (c2, c1) };
        let (p_lo, p_hi) = (metric(b, lo, t).progress().expect("measured"), metric(b, hi, t).progress().expect("measured"));
        match metric(b, lo, t).direction() {
            Direction::Increase => prop_assert!(p_lo <= p_hi),
            Direction::Decrease => prop_assert!(p_lo >= p_hi),
            Direction::Hold => {}
        }
    }

    #[test]
    fn cadence_held_never_exceeds_expected(start in 0i64..20_000, today in 0i64..20_000, checkins in proptest::collection::vec(0i64..20_000, 0..20), n in 1u32..5, unit in 0usize..4) {
        let epoch = d("1990-01-01");
        let day = |k: i64| epoch.checked_add(jiff::Span::new().days(k)).unwrap();
        let unit = [IntervalUnit::Day, IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year][unit];
        let cadence = Cadence { every: Interval::new(n, unit).unwrap(), since: None };
        let checkins: Vec<Date> = checkins.into_iter().map(day).collect();
        let p = cadence.progress(day(start), &checkins, day(today));
        prop_assert!(p.held <= p.expected);
        prop_assert!(p.progress().is_none_or(|x| (0.0..=1.0).contains(&x.fraction())));
    }
}
