//! The checks of what goal files name, run once every file is read: `part_of` and
//! `continues` that lead back to the goal (a cycle), parts set for another period than
//! their whole, and roles of `people` that neither cairn nor `[roles]` knows. (Goals named
//! that do not exist are [`super::across::unknown_goals`]'.) Each returns its findings as
//! new values.

use std::collections::{BTreeMap, HashMap, HashSet};

use cairn_model::goal::people::known_roles;
use cairn_model::{Community, Goal, Period, SiteConfig, Slug};

use super::goal::Named;
use crate::diagnostic::{Diagnostic, Problem};

/// Every cycle of `part_of`, and of `continues`, once, reported at the goal of the cycle
/// that comes first by name. Goal files with other errors count too.
pub(super) fn cycles(named: &[Named]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for key in ["part_of", "continues"] {
        // Each goal names at most one goal under these keys.
        let edges: HashMap<&Slug, (&Slug, &Named, &std::ops::Range<usize>)> = named
            .iter()
            .flat_map(|n| n.goals.iter().filter(|(k, ..)| *k == key).map(move |(_, to, span)| (&n.slug, (to, n, span))))
            .collect();
        let mut starts: Vec<&Slug> = edges.keys().copied().collect();
        starts.sort();
        let mut done: HashSet<&Slug> = HashSet::new();
        for start in starts {
            let mut path: Vec<&Slug> = Vec::new();
            let mut on_path: HashSet<&Slug> = HashSet::new();
            let mut at = start;
            // Along the goals named until one is done, has no such key, or is on this path.
            let back_at = loop {
                if done.contains(at) {
                    break None;
                }
                if on_path.contains(at) {
                    break Some(at);
                }
                path.push(at);
                on_path.insert(at);
                match edges.get(at) {
                    Some((to, ..)) => at = to,
                    None => break None,
                }
            };
            if let Some(first) = back_at.and_then(|at| path.iter().position(|s| *s == at)) {
                let cycle = &path[first..];
                let earliest = cycle.iter().copied().min().unwrap_or(start);
                let from = cycle.iter().position(|s| *s == earliest).unwrap_or(0);
                let mut words: Vec<String> =
                    cycle[from..].iter().chain(&cycle[..from]).map(|s| format!("`{s}`")).collect();
                words.push(format!("`{earliest}`"));
                if let Some((_, n, span)) = edges.get(earliest) {
                    let problem = Problem::RelationCycle { key, cycle: words.join(" → ") };
                    found.push(Diagnostic::at(&n.file, (*span).clone(), problem));
                }
            }
            done.extend(path);
        }
    }
    found
}

/// Each valid goal set for another period than the goal it is part of (when both are set
/// for one).
pub(super) fn parts_outside_period(
    goals: &[Goal],
    communities: &BTreeMap<Slug, Community>,
    named: &[Named],
) -> Vec<Diagnostic> {
    let period_of = |g: &Goal| g.period.or_else(|| g.community.as_ref().and_then(|c| communities.get(c)?.period));
    let by_slug: HashMap<&Slug, &Goal> = goals.iter().map(|g| (&g.slug, g)).collect();
    let words = |p: Period| match communities.values().find(|c| c.period == Some(p)) {
        Some(c) => format!("{} ({} to {})", c.title, p.from(), p.to()),
        None => format!("{} to {}", p.from(), p.to()),
    };
    let mut found = Vec::new();
    for n in named {
        let Some(part) = by_slug.get(&n.slug) else { continue };
        for (_, whole, span) in n.goals.iter().filter(|(k, ..)| *k == "part_of") {
            let Some(whole) = by_slug.get(whole) else { continue };
            if let (Some(p), Some(w)) = (period_of(part), period_of(whole))
                && p != w
            {
                let problem = Problem::PartOutsidePeriod {
                    whole: whole.slug.to_string(),
                    period: words(p),
                    whole_period: words(w),
                };
                found.push(Diagnostic::at(&n.file, span.clone(), problem));
            }
        }
    }
    found
}

/// Each role of `people` that is neither built in nor in `[roles]`. `None`: `cairn.toml`
/// could not be read (its own errors say why).
pub(super) fn unknown_roles(config: Option<&SiteConfig>, named: &[Named]) -> Vec<Diagnostic> {
    let Some(config) = config else { return Vec::new() };
    let known = known_roles(&config.roles);
    let list = known.iter().map(|r| format!("`{r}`")).collect::<Vec<_>>().join(", ");
    named
        .iter()
        .flat_map(|n| n.roles.iter().map(move |r| (n, r)))
        .filter(|(_, (role, _))| !known.contains(&role.as_str()))
        .map(|(n, (role, span))| {
            let suggestion = super::fields::did_you_mean(role, known.iter().copied()).map(str::to_owned);
            let problem = Problem::UnknownRole { role: role.clone(), known: list.clone(), suggestion };
            Diagnostic::at(&n.file, span.clone(), problem)
        })
        .collect()
}
