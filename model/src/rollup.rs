//! The relations between goals, both ways ([`Relations`]: the parts of a roadmap, the
//! goals continuing or replacing another), and the progress of a goal made of parts
//! ([`Rollup`]): computed here, like every other progress.
//!
//! A whole's progress is the weighted mean of its parts' (`weight:`, 1 when not given):
//! an achieved part counts as complete, a part with no progress to show yet as none, and
//! retired and rejected parts are not counted. A part with parts of its own counts with
//! its roll-up, so a roadmap rolls up its whole tree.

use std::collections::HashMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::goal::{Goal, GoalStatus, Weight};
use crate::progress::{GoalProgress, Progress};
use crate::{Content, Slug};

/// The relations of a repository's goals, looked up either way. Goals are listed in slug
/// order.
#[derive(Debug)]
pub struct Relations<'a> {
    content: &'a Content,
    parts: HashMap<&'a str, Vec<usize>>,
    continued_by: HashMap<&'a str, Vec<usize>>,
    replaced_by: HashMap<&'a str, Vec<usize>>,
}

impl Content {
    /// The relations between this content's goals.
    pub fn relations(&self) -> Relations<'_> {
        let mut relations = Relations {
            content: self,
            parts: HashMap::new(),
            continued_by: HashMap::new(),
            replaced_by: HashMap::new(),
        };
        for (i, goal) in self.goals.iter().enumerate() {
            let r = &goal.relations;
            if let Some(whole) = &r.part_of {
                relations.parts.entry(whole.as_str()).or_default().push(i);
            }
            if let Some(earlier) = &r.continues {
                relations.continued_by.entry(earlier.as_str()).or_default().push(i);
            }
            for replaced in &r.replaces {
                relations.replaced_by.entry(replaced.as_str()).or_default().push(i);
            }
        }
        relations
    }

    /// The index of the goal named `slug` in [`Content::goals`].
    pub fn goal_index(&self, slug: &Slug) -> Option<usize> {
        self.goals.binary_search_by(|g| g.slug.cmp(slug)).ok()
    }
}

impl<'a> Relations<'a> {
    fn goals(&self, map: &HashMap<&'a str, Vec<usize>>, slug: &Slug) -> impl Iterator<Item = &'a Goal> + use<'a> {
        let goals = &self.content.goals;
        map.get(slug.as_str()).cloned().unwrap_or_default().into_iter().map(move |i| &goals[i])
    }

    /// The goals that are parts of `slug`.
    pub fn parts(&self, slug: &Slug) -> impl Iterator<Item = &'a Goal> + use<'a> {
        self.goals(&self.parts, slug)
    }

    /// The goals that continue `slug`.
    pub fn continued_by(&self, slug: &Slug) -> impl Iterator<Item = &'a Goal> + use<'a> {
        self.goals(&self.continued_by, slug)
    }

    /// The goals that replace `slug`.
    pub fn replaced_by(&self, slug: &Slug) -> impl Iterator<Item = &'a Goal> + use<'a> {
        self.goals(&self.replaced_by, slug)
    }

    /// Whether any goal continues `slug`.
    pub fn is_continued(&self, slug: &Slug) -> bool {
        self.continued_by.contains_key(slug.as_str())
    }
}

/// One part of a whole, as its roll-up counts it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartShare {
    /// The part.
    pub slug: Slug,
    /// Its progress as counted (complete when achieved); `None` while it has none.
    pub progress: Option<Progress>,
    /// Its weight.
    pub weight: f64,
    /// Whether it counts (retired and rejected parts do not).
    pub counted: bool,
}

/// A whole's progress from its parts, with the breakdown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rollup {
    /// The weighted mean of the counted parts; `None` when no part counts.
    pub progress: Option<Progress>,
    /// Every part, in slug order.
    pub parts: Vec<PartShare>,
}

/// Every goal's progress on one day, roll-ups included, by the goal's index in
/// [`Content::goals`].
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    progress: Vec<GoalProgress>,
    rollups: Vec<Option<Rollup>>,
}

impl Measured {
    /// The progress of the goal at `index`: its own sources, and its parts'.
    pub fn progress(&self, index: usize) -> GoalProgress {
        self.progress[index]
    }

    /// The roll-up of the goal at `index`, when it has parts.
    pub fn rollup(&self, index: usize) -> Option<&Rollup> {
        self.rollups[index].as_ref()
    }
}

impl Content {
    /// Every goal's progress on `today` ([`Content::progress`]), with the roll-ups of the
    /// goals that have parts. Goals in a `part_of` cycle (which the loader reports) get no
    /// roll-up, and count as no part.
    pub fn measure(&self, relations: &Relations<'_>, today: Date) -> Measured {
        let own: Vec<GoalProgress> = self.goals.iter().map(|g| self.progress(g, today)).collect();
        let parent: Vec<Option<usize>> =
            self.goals.iter().map(|g| g.relations.part_of.as_ref().and_then(|p| self.goal_index(p))).collect();
        let depth = depths(&parent);
        let mut order: Vec<usize> = (0..self.goals.len()).filter(|&i| depth[i].is_some()).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(depth[i]));
        let mut progress = own;
        let mut rollups: Vec<Option<Rollup>> = vec![None; self.goals.len()];
        // Deepest first: every part is done before its whole.
        for i in order {
            let Some(children) = relations.parts.get(self.goals[i].slug.as_str()) else { continue };
            let parts: Vec<PartShare> = children
                .iter()
                .map(|&c| {
                    let part = &self.goals[c];
                    let in_tree = depth[c].is_some();
                    let share = match part.status {
                        GoalStatus::Achieved => Some(Progress::COMPLETE),
                        _ => progress[c].primary(),
                    };
                    PartShare {
                        slug: part.slug.clone(),
                        progress: share.filter(|_| in_tree),
                        weight: part.relations.weight.unwrap_or(Weight::ONE).value(),
                        counted: in_tree && !matches!(part.status, GoalStatus::Retired | GoalStatus::Rejected),
                    }
                })
                .collect();
            let rollup = Rollup { progress: weighted_mean(&parts), parts };
            progress[i] = GoalProgress { parts: rollup.progress, ..progress[i] };
            rollups[i] = Some(rollup);
        }
        Measured { progress, rollups }
    }
}

fn weighted_mean(parts: &[PartShare]) -> Option<Progress> {
    let counted = parts.iter().filter(|p| p.counted);
    let total: f64 = counted.clone().map(|p| p.weight).sum();
    (total > 0.0).then(|| {
        let sum: f64 = counted.map(|p| p.weight * p.progress.map_or(0.0, Progress::fraction)).sum();
        Progress::from_fraction(sum / total)
    })
}

/// Each goal's distance from the root of its `part_of` tree; `None` for goals in a cycle
/// or below one.
fn depths(parent: &[Option<usize>]) -> Vec<Option<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unknown,
        Walking,
        Known(Option<usize>),
    }
    let mut marks = vec![Mark::Unknown; parent.len()];
    for start in 0..parent.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        // Up to a root, a goal already known, or back onto this walk (a cycle).
        let base = loop {
            match at {
                None => break Some(0),
                Some(i) => match marks[i] {
                    Mark::Known(d) => break d.map(|d| d + 1),
                    Mark::Walking => break None,
                    Mark::Unknown => {
                        marks[i] = Mark::Walking;
                        path.push(i);
                        at = parent[i];
                    }
                },
            }
        };
        // `base` is the depth of the last goal on the path; each before it is one deeper.
        for (steps, &i) in path.iter().rev().enumerate() {
            marks[i] = Mark::Known(base.map(|b| b + steps));
        }
    }
    marks.into_iter().map(|m| if let Mark::Known(d) = m { d } else { None }).collect()
}

#[cfg(test)]
mod tests;
