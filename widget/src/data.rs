//! The JSON the cards show: the site's `/api/v1/` documents, read into the model's own
//! types, and what goes wrong when fetching them, in words a reader understands.
//!
//! Documents are read field by field through [`Json`], implemented for `JSON.parse`'s
//! result in the browser and for `serde_json::Value` in the tests. serde's generic
//! deserializers made the WebAssembly module a third larger than this does.

use std::str::FromStr;

use cairn_model::field::FieldError;
use cairn_model::{Date, GoalKind, GoalStatus, ReviewState};

use crate::attrs::{AttrError, GoalFilter};

pub(crate) mod poll;

pub use poll::{Poll, PollStatus};

/// The newest document shape this widget reads: the model's.
pub use cairn_model::SCHEMA_VERSION;

/// A parsed JSON value.
pub trait Json: Sized {
    /// An object's field; `None` when absent or `null`.
    fn field(&self, key: &str) -> Option<Self>;
    /// The value as text, if it is a string.
    fn text(&self) -> Option<String>;
    /// The value as a number, if it is one.
    fn number(&self) -> Option<f64>;
    /// The value as `true` or `false`, if it is one.
    fn boolean(&self) -> Option<bool>;
    /// The items, if it is an array.
    fn items(&self) -> Option<Vec<Self>>;
}

/// A goal as `/api/v1/goals/<slug>.json` and `/api/v1/goals.json` give it (the fields a
/// card shows).
#[derive(Debug, Clone, PartialEq)]
pub struct Goal {
    /// Its name.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub kind: GoalKind,
    /// Its status.
    pub status: GoalStatus,
    /// Its sub-community.
    pub community: Option<Community>,
    /// When it is due.
    pub due: Option<Date>,
    /// Its page.
    pub url: String,
    /// The progress bars, as the goal page shows them.
    pub bars: Vec<Bar>,
    /// The model's review state.
    pub review: ReviewState,
    /// The title of the period it is set for.
    pub period: Option<String>,
    /// Its parts, when it is made of other goals: the breakdown of its roll-up.
    pub parts: Vec<Part>,
}

/// A part of a goal, as its roll-up counts it.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The part's title.
    pub title: String,
    /// Its share as counted, in whole percent; `None` while it has none.
    pub percent: Option<u8>,
    /// Its weight.
    pub weight: f64,
    /// Whether it counts (retired and rejected parts do not).
    pub counted: bool,
}

/// A sub-community, as a goal names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Community {
    /// Its name.
    pub slug: String,
    /// Its title.
    pub title: String,
}

/// One progress bar, as the site shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Its label (`Measure`).
    pub label: String,
    /// Whole percent.
    pub percent: u8,
    /// The bar in words.
    pub text: String,
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

pub(crate) fn bad(reason: String) -> Problem {
    Problem::BadData { reason }
}

/// A field that is missing or wrong, in the words the site's diagnostics use.
pub(crate) fn field(error: FieldError<'_>) -> Problem {
    bad(error.to_string())
}

/// A field whose value is not `expected` (`text`, `a list`).
pub(crate) fn wrong(key: &str, expected: &str) -> Problem {
    field(FieldError::WrongType { key, expected, found: None })
}

pub(crate) fn required<J: Json>(j: &J, key: &str) -> Result<J, Problem> {
    j.field(key).ok_or_else(|| field(FieldError::Missing { key }))
}

pub(crate) fn text<J: Json>(j: &J, key: &str) -> Result<String, Problem> {
    required(j, key)?.text().ok_or_else(|| wrong(key, "text"))
}

/// A link the card shows: only web addresses (a `javascript:` one would run on the host
/// page when clicked).
pub(crate) fn web_address<J: Json>(j: &J, key: &str) -> Result<String, Problem> {
    let url = text(j, key)?;
    if url.starts_with("https://") || url.starts_with("http://") {
        Ok(url)
    } else {
        Err(bad(format!("`{key}` is not a web address")))
    }
}

fn optional_text<J: Json>(j: &J, key: &str) -> Result<Option<String>, Problem> {
    j.field(key).map(|v| v.text().ok_or_else(|| wrong(key, "text"))).transpose()
}

pub(crate) fn whole<J: Json, N: TryFrom<i64>>(j: &J, key: &str) -> Result<N, Problem> {
    let n = required(j, key)?.number().ok_or_else(|| wrong(key, "a number"))?;
    #[allow(clippy::cast_possible_truncation, reason = "checked to be whole and small first")]
    let whole = (n.fract() == 0.0 && n.abs() < 1e15).then_some(n as i64);
    whole.and_then(|n| N::try_from(n).ok()).ok_or_else(|| bad(format!("`{key}` is out of range")))
}

pub(crate) fn keyword<J: Json, T: FromStr>(j: &J, key: &str) -> Result<T, Problem> {
    let value = text(j, key)?;
    value.parse().map_err(|_| field(FieldError::NotOneOf { key, value: &value }))
}

/// The date `value` of the field `key`.
pub(crate) fn date_of(key: &str, value: &str) -> Result<Date, Problem> {
    cairn_model::wire::parse(value).ok_or_else(|| field(FieldError::NotADate { key, value }))
}

pub(crate) fn date<J: Json>(j: &J, key: &str) -> Result<Date, Problem> {
    date_of(key, &text(j, key)?)
}

/// Refuses a document made by a newer cairn than this widget understands.
pub fn check_version<J: Json>(document: &J) -> Result<(), Problem> {
    let version: u32 = whole(document, "schema_version")?;
    if version > SCHEMA_VERSION {
        return Err(bad(format!(
            "schema version {version} is newer than this widget's {SCHEMA_VERSION}; reload the page"
        )));
    }
    Ok(())
}

impl Goal {
    /// Reads a goal object.
    pub fn read<J: Json>(j: &J) -> Result<Self, Problem> {
        let community = j
            .field("community")
            .map(|c| Ok::<_, Problem>(Community { slug: text(&c, "slug")?, title: text(&c, "title")? }))
            .transpose()?;
        let bars = bars(j, "bars", "label")?;
        let due = optional_text(j, "due")?.map(|d| date_of("due", &d)).transpose()?;
        Ok(Self {
            slug: text(j, "slug")?,
            title: text(j, "title")?,
            kind: keyword(j, "kind")?,
            status: keyword(j, "status")?,
            community,
            due,
            url: web_address(j, "url")?,
            bars,
            review: review(&required(j, "review")?)?,
            period: j.field("period").map(|p| text(&p, "title")).transpose()?,
            parts: parts(j)?,
        })
    }

    /// Reads `/api/v1/goals/<slug>.json`.
    pub fn read_document<J: Json>(document: &J) -> Result<Self, Problem> {
        check_version(document)?;
        Self::read(document)
    }
}

/// The model's review state, from its JSON form (`{ "state": "overdue", … }`).
fn review<J: Json>(j: &J) -> Result<ReviewState, Problem> {
    Ok(match text(j, "state")?.as_str() {
        "overdue" => ReviewState::Overdue { review_by: date(j, "review_by")?, days: whole(j, "days")? },
        "stale" => ReviewState::Stale { last_activity: date(j, "last_activity")?, days: whole(j, "days")? },
        "due_soon" => ReviewState::DueSoon { review_by: date(j, "review_by")?, days: whole(j, "days")? },
        "not_completed" => ReviewState::NotCompleted { period_end: date(j, "period_end")? },
        "on_track" => ReviewState::OnTrack,
        "closed" => ReviewState::Closed,
        other => return Err(field(FieldError::NotOneOf { key: "state", value: other })),
    })
}

/// The `parts` of a goal (absent in documents of sites before them).
fn parts<J: Json>(j: &J) -> Result<Vec<Part>, Problem> {
    let Some(list) = j.field("parts") else { return Ok(Vec::new()) };
    list.items()
        .ok_or_else(|| wrong("parts", "a list"))?
        .iter()
        .map(|p| {
            let percent = p.field("percent").map(|_| whole(p, "percent")).transpose()?;
            let weight = required(p, "weight")?.number().filter(|w| w.is_finite() && *w > 0.0);
            Ok(Part {
                title: text(p, "title")?,
                percent,
                weight: weight.ok_or_else(|| wrong("weight", "a number above 0"))?,
                counted: required(p, "counted")?.boolean().ok_or_else(|| wrong("counted", "`true` or `false`"))?,
            })
        })
        .collect()
}

/// A list of bars (`bars` of a goal, `results` of a poll), each with `label`, `percent`
/// and `text`.
pub(crate) fn bars<J: Json>(j: &J, key: &str, label: &str) -> Result<Vec<Bar>, Problem> {
    match j.field(key) {
        Some(list) => list
            .items()
            .ok_or_else(|| wrong(key, "a list"))?
            .iter()
            .map(|b| Ok(Bar { label: text(b, label)?, percent: whole(b, "percent")?, text: text(b, "text")? }))
            .collect(),
        None => Ok(Vec::new()),
    }
}

/// Reads `/api/v1/goals.json`: every goal, by slug.
pub fn read_goals<J: Json>(document: &J) -> Result<Vec<Goal>, Problem> {
    check_version(document)?;
    required(document, "goals")?.items().ok_or_else(|| wrong("goals", "a list"))?.iter().map(Goal::read).collect()
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

#[cfg(not(target_arch = "wasm32"))]
impl Json for serde_json::Value {
    fn field(&self, key: &str) -> Option<Self> {
        self.get(key).filter(|v| !v.is_null()).cloned()
    }
    fn text(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
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
      "updates": [], "body_html": "<p>Why</p>",
      "period": { "slug": "2026h2", "title": "2026H2", "url": "https://x.example/periods/2026h2/",
                  "from": "2026-07-01", "to": "2026-12-31", "phase": "current" },
      "parts": [
        { "slug": "docs", "title": "Write the docs", "url": "https://x.example/goals/docs/", "percent": 40, "weight": 2.0, "counted": true },
        { "slug": "old", "title": "Old plan", "url": "https://x.example/goals/old/", "percent": null, "weight": 1.0, "counted": false }
      ]
    }"#;

    pub(crate) fn json(text: &str) -> serde_json::Value {
        serde_json::from_str(text).expect("JSON")
    }

    pub(crate) fn goal() -> Goal {
        Goal::read_document(&json(GOAL)).expect("valid")
    }

    #[test]
    fn reads_a_goal_document() {
        let goal = goal();
        assert_eq!(goal.title, "Ship version 1");
        assert_eq!(goal.status, GoalStatus::Active);
        assert_eq!(goal.bars.len(), 2);
        assert_eq!(goal.community.as_ref().map(|c| c.slug.as_str()), Some("docs"));
        assert_eq!(goal.review, ReviewState::DueSoon { review_by: Date::constant(2026, 12, 1), days: 5 });
        assert_eq!(goal.due, Some(Date::constant(2026, 12, 31)));
        assert_eq!(
            goal.bars[1],
            Bar { label: "Milestones".into(), percent: 50, text: "1 of 2 milestones done".into() }
        );
        let list = format!(r#"{{"schema_version": 1, "goals": [{GOAL}, {GOAL}]}}"#);
        assert_eq!(read_goals(&json(&list)).expect("a list").len(), 2);
        assert_eq!(goal.period.as_deref(), Some("2026H2"));
        assert_eq!(
            goal.parts[0],
            Part { title: "Write the docs".into(), percent: Some(40), weight: 2.0, counted: true }
        );
        assert_eq!((goal.parts[1].percent, goal.parts[1].counted), (None, false));
        let ended = GOAL.replace(
            r#""state": "due_soon", "review_by": "2026-12-01", "days": 5"#,
            r#""state": "not_completed", "period_end": "2026-06-30""#,
        );
        let read = Goal::read_document(&json(&ended)).expect("valid");
        assert_eq!(read.review, ReviewState::NotCompleted { period_end: Date::constant(2026, 6, 30) });
    }

    #[test]
    fn bad_documents_say_what_is_wrong() {
        let reason = |text: &str| match Goal::read_document(&json(text)) {
            Err(Problem::BadData { reason }) => reason,
            other => panic!("{text} was read: {other:?}"),
        };
        let cases = [
            ("\"schema_version\": 1", "\"schema_version\": 3", "schema version 3 is newer"),
            ("\"schema_version\": 1,", "", "missing required key `schema_version`"),
            ("\"title\": \"Ship version 1\",", "", "missing required key `title`"),
            ("\"title\": \"Ship version 1\"", "\"title\": 7", "`title` must be text"),
            ("\"status\": \"active\"", "\"status\": \"done\"", "`done` is not a valid `status`"),
            ("\"due\": \"2026-12-31\"", "\"due\": \"soon\"", "`soon` is not a valid date for `due`"),
            ("\"percent\": 50, \"text\": \"1 of", "\"percent\": 5000, \"text\": \"1 of", "`percent` is out of range"),
            ("\"percent\": 50, \"text\": \"1 of", "\"percent\": 0.5, \"text\": \"1 of", "`percent` is out of range"),
            ("\"state\": \"due_soon\"", "\"state\": \"later\"", "`later` is not a valid `state`"),
            ("\"https://x.example/goals/ship-it/\"", "\"javascript:alert(1)\"", "`url` is not a web address"),
            ("\"review_by\": \"2026-12-01\", \"days\": 5", "\"days\": 5", "missing required key `review_by`"),
            ("\"weight\": 2.0", "\"weight\": 0", "`weight` must be a number above 0"),
            ("\"counted\": true", "\"counted\": \"yes\"", "`counted` must be `true` or `false`"),
            ("\"title\": \"2026H2\"", "\"title\": 2026", "`title` must be text"),
        ];
        for (from, to, expected) in cases {
            assert!(GOAL.contains(from), "the fixture has {from}");
            let found = reason(&GOAL.replacen(from, to, 1));
            assert!(found.contains(expected), "{from} -> {to}: {found}");
        }
        assert!(matches!(read_goals(&json(r#"{"schema_version": 1, "goals": 3}"#)), Err(Problem::BadData { .. })));
        let message = Problem::NotFound { what: "goal \"nope\"".into() }.message();
        assert!(message.contains("no goal \"nope\""), "{message}");
    }

    #[test]
    fn selects_goals_by_community_status_and_limit() {
        let one = goal();
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
