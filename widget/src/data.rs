//! The JSON the cards show: the site's `/api/v1/` documents, read with the model's own
//! types, and what goes wrong when fetching them, in words a reader understands.

use cairn_model::{Date, GoalKind, GoalProgress, GoalStatus, ReviewState};
use serde::Deserialize;

use crate::attrs::{AttrError, GoalFilter};

/// The newest document shape this widget reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A goal as `/api/v1/goals/<slug>.json` and `/api/v1/goals.json` give it (the fields a
/// card shows).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Goal {
    /// Its name.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// What it is, in a sentence.
    #[serde(default)]
    pub summary: Option<String>,
    /// Its kind.
    pub kind: GoalKind,
    /// Its status.
    pub status: GoalStatus,
    /// Its sub-community.
    #[serde(default)]
    pub community: Option<Community>,
    /// When it is due.
    #[serde(default)]
    pub due: Option<Date>,
    /// Its page.
    pub url: String,
    /// The model's progress.
    pub progress: GoalProgress,
    /// The progress bars, as the goal page shows them.
    #[serde(default)]
    pub bars: Vec<Bar>,
    /// The model's review state.
    pub review: ReviewState,
}

/// A sub-community, as a goal names it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Community {
    /// Its name.
    pub slug: String,
    /// Its title.
    pub title: String,
}

/// One progress bar, as the site shows it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Bar {
    /// `metric`, `cadence` or `checklist`.
    pub source: String,
    /// Its label (`Measure`).
    pub label: String,
    /// Whole percent.
    pub percent: u8,
    /// The bar in words.
    pub text: String,
}

#[derive(Deserialize)]
struct Versioned {
    schema_version: u32,
}

/// `/api/v1/goals.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Goals {
    /// Every goal, by slug.
    pub goals: Vec<Goal>,
}

/// Why a card shows a message instead of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The element's attributes are unusable.
    Attr(AttrError),
    /// The site has no such goal (or poll).
    NotFound {
        /// `goal "ship-it"`.
        what: String,
    },
    /// The site could not be reached.
    Network,
    /// The site answered with an error.
    Http {
        /// The HTTP status.
        status: u16,
    },
    /// The site's JSON is not what a cairn site writes.
    BadData {
        /// What was wrong.
        reason: String,
    },
}

impl Problem {
    /// The message the card shows.
    pub fn message(&self) -> String {
        match self {
            Self::Attr(e) => e.0.clone(),
            Self::NotFound { what } => format!("There is no {what} on this site. Check the name in the embed code."),
            Self::Network => "The goals site could not be reached. Try again later.".to_owned(),
            Self::Http { status } => format!("The goals site answered with an error ({status}). Try again later."),
            Self::BadData { reason } => format!("The goals site sent data this widget cannot read ({reason})."),
        }
    }
}

impl From<AttrError> for Problem {
    fn from(e: AttrError) -> Self {
        Self::Attr(e)
    }
}

/// Reads a document: checks its `schema_version`, then its shape.
pub fn parse<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, Problem> {
    let bad = |e: serde_json::Error| Problem::BadData { reason: e.to_string() };
    let version: Versioned = serde_json::from_str(text).map_err(bad)?;
    if version.schema_version > SCHEMA_VERSION {
        return Err(Problem::BadData {
            reason: format!(
                "schema version {} is newer than this widget's {SCHEMA_VERSION}; reload the page",
                version.schema_version
            ),
        });
    }
    serde_json::from_str(text).map_err(bad)
}

/// The goals a `<cairn-goals>` element lists, in the site's order.
pub fn select<'a>(goals: &'a [Goal], filter: &GoalFilter) -> Vec<&'a Goal> {
    goals
        .iter()
        .filter(|g| filter.status.is_none_or(|s| g.status == s))
        .filter(|g| {
            filter.community.as_ref().is_none_or(|c| g.community.as_ref().is_some_and(|gc| gc.slug == c.as_str()))
        })
        .take(filter.limit.unwrap_or(usize::MAX))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A goal document as `cairn build` writes it (from the example site).
    pub(crate) const GOAL: &str = r#"{
      "schema_version": 1, "slug": "ship-it", "title": "Ship version 1", "summary": null,
      "kind": "outcome", "status": "active",
      "community": { "slug": "docs", "title": "Docs", "url": "https://x.example/communities/docs/" },
      "owners": ["amara"], "due": "2026-12-31", "tags": [],
      "metric": { "baseline": 120.0, "current": 75.0, "target": 30.0, "unit": "open bugs" },
      "cadence": null, "milestones": [], "percent": 50,
      "progress": { "metric": 0.5, "cadence": null, "checklist": { "done": 1, "total": 2 } },
      "bars": [
        { "source": "metric", "label": "Measure", "percent": 50, "text": "75 open bugs, from 120 toward 30" },
        { "source": "checklist", "label": "Milestones", "percent": 50, "text": "1 of 2 milestones done" }
      ],
      "review": { "state": "due_soon", "review_by": "2026-12-01", "days": 5 },
      "url": "https://x.example/goals/ship-it/", "badge_url": "https://x.example/badges/ship-it.svg",
      "updates": [], "body_html": "<p>Why</p>"
    }"#;

    #[test]
    fn reads_a_goal_document() {
        let goal: Goal = parse(GOAL).expect("valid");
        assert_eq!(goal.title, "Ship version 1");
        assert_eq!(goal.status, GoalStatus::Active);
        assert_eq!(goal.bars.len(), 2);
        assert_eq!(goal.community.as_ref().map(|c| c.slug.as_str()), Some("docs"));
        assert!(matches!(goal.review, ReviewState::DueSoon { days: 5, .. }));
        assert_eq!(goal.progress.checklist.map(|c| c.total), Some(2));
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        let Err(Problem::BadData { reason }) = parse::<Goal>("<html>Not found</html>") else { panic!("HTML is bad") };
        assert!(reason.contains("expected value"), "{reason}");
        let newer = GOAL.replace("\"schema_version\": 1", "\"schema_version\": 2");
        let Err(Problem::BadData { reason }) = parse::<Goal>(&newer) else { panic!("newer is refused") };
        assert!(reason.contains("schema version 2 is newer"), "{reason}");
        let no_title = GOAL.replace("\"title\": \"Ship version 1\",", "");
        let Err(Problem::BadData { reason }) = parse::<Goal>(&no_title) else { panic!("a title is needed") };
        assert!(reason.contains("missing field `title`"), "{reason}");
        let message = Problem::NotFound { what: "goal \"nope\"".into() }.message();
        assert!(message.contains("no goal \"nope\""), "{message}");
    }

    #[test]
    fn selects_goals_by_community_status_and_limit() {
        let one: Goal = parse(GOAL).expect("valid");
        let mut other = one.clone();
        other.slug = "other".into();
        other.status = GoalStatus::Proposed;
        other.community = None;
        let goals = vec![one, other];
        let all = GoalFilter::default();
        assert_eq!(select(&goals, &all).len(), 2);
        let active = GoalFilter { status: Some(GoalStatus::Active), ..all.clone() };
        assert_eq!(select(&goals, &active).iter().map(|g| g.slug.as_str()).collect::<Vec<_>>(), ["ship-it"]);
        let docs = GoalFilter::parse(Some("docs"), None, None).expect("valid");
        assert_eq!(select(&goals, &docs).len(), 1);
        let first = GoalFilter { limit: Some(1), ..all };
        assert_eq!(select(&goals, &first).len(), 1);
    }
}
