//! Which of the site's files a render makes: all of them (`cairn build`), or, when
//! `cairn serve` rebuilds after goal files changed and nothing else did, only the files
//! that can show those goals. Which files those are follows from what the theme's pages
//! show: a goal's own page, JSON and badges; the pages listing every goal (home, all
//! goals, start, review); its sub-community's page; and the pages of its kind and
//! status, or of every kind and status when it changed either (their counts show on each
//! of them). [`crate::session`] checks the result against a full build.

use std::collections::HashSet;

use super::view::SiteView;

/// The files a render makes.
#[derive(Debug, Default)]
pub(crate) enum Scope {
    /// Every file of the site.
    #[default]
    All,
    /// The files that can show the goals with these slugs.
    Goals {
        goals: HashSet<String>,
        /// The pages of kinds, statuses and sub-communities to make (`kinds/outcome`).
        lists: HashSet<String>,
    },
}

impl Scope {
    /// The scope of a change to the goals `changed`, from the site before and after it
    /// (which have the same goals, in the same order).
    pub(crate) fn goals(before: &SiteView, after: &SiteView, changed: &HashSet<String>) -> Self {
        let mut lists = HashSet::new();
        for (old, new) in before.goals.iter().zip(&after.goals).filter(|(_, new)| changed.contains(&new.slug)) {
            if old.kind != new.kind || old.status != new.status {
                lists.extend(after.kinds.iter().chain(&after.statuses).map(|k| format!("{}/{}", k.folder, k.name)));
            }
            for goal in [old, new] {
                lists.insert(format!("kinds/{}", goal.kind));
                lists.insert(format!("statuses/{}", goal.status));
                if let Some(c) = &goal.community {
                    lists.insert(format!("communities/{}", c.slug));
                }
            }
        }
        Self::Goals { goals: changed.clone(), lists }
    }

    /// Whether every file is made.
    pub(crate) fn is_all(&self) -> bool {
        matches!(self, Self::All)
    }

    /// Whether the goal `slug`'s own files (page, JSON, badges) are made.
    pub(crate) fn goal(&self, slug: &str) -> bool {
        match self {
            Self::All => true,
            Self::Goals { goals, .. } => goals.contains(slug),
        }
    }

    /// Whether the page at `path` (`goals/x/index.html`) is made.
    pub(crate) fn page(&self, path: &str) -> bool {
        let Self::Goals { lists, .. } = self else { return true };
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some("goals"), Some(slug), Some("index.html"), None) => self.goal(slug),
            (Some(folder @ ("kinds" | "statuses" | "communities")), Some(name), Some("index.html"), None) => {
                lists.contains(&format!("{folder}/{name}"))
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scope_of_goals_makes_their_files_and_the_lists_showing_them() {
        let scope = Scope::Goals {
            goals: HashSet::from(["a".to_owned()]),
            lists: HashSet::from(["kinds/outcome".to_owned(), "communities/docs".to_owned()]),
        };
        for yes in ["goals/a/index.html", "goals/index.html", "index.html", "kinds/outcome/index.html", "atom.xml"] {
            assert!(scope.page(yes), "{yes}");
        }
        for no in ["goals/b/index.html", "kinds/process/index.html", "statuses/active/index.html"] {
            assert!(!scope.page(no), "{no}");
        }
        assert!(scope.goal("a") && !scope.goal("b"));
        assert!(Scope::All.page("goals/b/index.html") && Scope::All.goal("b"));
    }
}
