//! The whole community repository, validated: configuration, charter, sub-communities,
//! goals and updates, with the look-ups between them.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::poll::{BallotFile, Poll};
use crate::progress::GoalProgress;
use crate::review::ReviewState;
use crate::{Charter, Community, Goal, SiteConfig, Slug, Update};

/// Everything `cairn` read from a repository. Goals are sorted by slug, updates by date
/// (newest first), communities by slug. Every goal's community and every update's goals
/// exist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Content {
    /// `cairn.toml`.
    pub config: SiteConfig,
    /// `charter.md`.
    pub charter: Charter,
    /// The sub-communities.
    pub communities: Vec<Community>,
    /// The goals.
    pub goals: Vec<Goal>,
    /// The updates.
    pub updates: Vec<Update>,
    /// The community's own pages, by name.
    pub pages: Vec<crate::Page>,
    /// The files beside goals and pages that are published as they are (images, PDFs),
    /// by path relative to the repository.
    pub assets: Vec<String>,
    /// The polls, by slug.
    pub polls: Vec<Poll>,
    /// Every ballot file, by path.
    pub ballots: Vec<BallotFile>,
    /// `members.toml`: named lists of logins, the electorates of polls.
    pub members: std::collections::BTreeMap<String, Vec<crate::Login>>,
    /// The community's own interface words (`i18n/<language>.ftl`), by language.
    #[serde(default)]
    pub catalogues: Vec<OwnCatalogue>,
}

/// A community's own words for cairn's interface: `i18n/<language>.ftl` as written, in
/// Fluent, its messages checked against cairn's English ones when it was read. They lie
/// over the words cairn ships for that language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnCatalogue {
    /// The language tag its name gives (`de`, `pt-BR`).
    pub language: String,
    /// Its file, relative to the repository.
    pub path: String,
    /// Its Fluent text.
    pub text: String,
}

impl Content {
    /// The community's own catalogue for `language`: the exact tag, else the one of the
    /// same primary language (`i18n/de.ftl` for `de-AT`).
    pub fn own_catalogue(&self, language: &str) -> Option<&OwnCatalogue> {
        let primary = |tag: &str| tag.split('-').next().unwrap_or_default().to_ascii_lowercase();
        self.catalogues
            .iter()
            .find(|c| c.language.eq_ignore_ascii_case(language))
            .or_else(|| self.catalogues.iter().find(|c| primary(&c.language) == primary(language)))
    }
}

impl Content {
    /// The goal named `slug`.
    pub fn goal(&self, slug: &Slug) -> Option<&Goal> {
        self.goals.binary_search_by(|g| g.slug.cmp(slug)).ok().map(|i| &self.goals[i])
    }

    /// This content with `goal` in place of the goal of the same name; `None` when there
    /// is no such goal (a new goal is a new file, and calls for a new load).
    pub fn with_goal(mut self, goal: Goal) -> Option<Self> {
        let index = self.goals.binary_search_by(|g| g.slug.cmp(&goal.slug)).ok()?;
        self.goals[index] = goal;
        Some(self)
    }

    /// The sub-community named `slug`.
    pub fn community(&self, slug: &Slug) -> Option<&Community> {
        self.communities.iter().find(|c| &c.slug == slug)
    }

    /// The updates that check in on `goal`, newest first.
    pub fn updates_for<'a>(&'a self, goal: &'a Slug) -> impl Iterator<Item = &'a Update> + 'a {
        self.updates.iter().filter(move |u| u.goals.contains(goal))
    }

    /// The goals of the sub-community `community` (`None`: goals of the community as a whole).
    pub fn goals_in<'a>(&'a self, community: Option<&'a Slug>) -> impl Iterator<Item = &'a Goal> + 'a {
        self.goals.iter().filter(move |g| g.community.as_ref() == community)
    }

    /// `goal`'s progress on `today`, counting the updates that name it as check-ins.
    pub fn progress(&self, goal: &Goal, today: Date) -> GoalProgress {
        let checkins: Vec<Date> = self.updates_for(&goal.slug).map(|u| u.date).collect();
        goal.progress(&checkins, today)
    }

    /// `goal`'s review state on `today`. Its last activity is the latest of its updates,
    /// the last commit that moved its progress (from `history`), and the same of each of
    /// its parts, and of theirs (`relations`): a roadmap is active while its parts are.
    pub fn review_state(
        &self,
        goal: &Goal,
        history: &crate::History,
        relations: &crate::Relations<'_>,
        today: Date,
    ) -> ReviewState {
        let mut last: Option<Date> = None;
        let mut seen = std::collections::HashSet::new();
        let mut stack = vec![goal];
        while let Some(g) = stack.pop() {
            if !seen.insert(&g.slug) {
                continue;
            }
            let updated = self.updates_for(&g.slug).map(|u| u.date);
            let moved = history.goal(g.slug.as_str()).and_then(crate::GoalHistory::last_progress);
            last = last.max(updated.chain(moved).filter(|&d| d <= today).max());
            stack.extend(relations.parts(&g.slug));
        }
        goal.review_state(last, today, self.config.review, self.period_of(goal))
    }
}
