//! A poll as the widget reads it: `/api/v1/polls/<slug>.json`, the question and the
//! results in the site's own words, and how to vote ([`crate::vote`]).

use std::str::FromStr;

use super::{Bar, Json, Problem, bars, check_version, keyword, text, web_address};

/// A poll as `/api/v1/polls/<slug>.json` gives it: the question, and the results in the
/// site's own words (tallies are computed by `cairn-model` when the site is built).
#[derive(Debug, Clone, PartialEq)]
pub struct Poll {
    /// Its name.
    pub slug: String,
    /// The question.
    pub question: String,
    /// Its page, which says how to vote.
    pub url: String,
    /// `upcoming`, `open` or `closed`.
    pub status: PollStatus,
    /// When it is open, in words (`Open until 15 March 2027`).
    pub window: String,
    /// The count and method, in words (`12 ballots, ranked choice`).
    pub summary: String,
    /// One row per option, in the order the site ranks them.
    pub results: Vec<Bar>,
    /// How to vote from the card, for a `pr` poll on a site that names its repository.
    pub vote: Option<crate::vote::VoteSpec>,
}

/// Where a poll is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollStatus {
    /// Not open yet.
    Upcoming,
    /// Taking votes.
    Open,
    /// Finished.
    Closed,
}

impl FromStr for PollStatus {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "upcoming" => Ok(Self::Upcoming),
            "open" => Ok(Self::Open),
            "closed" => Ok(Self::Closed),
            _ => Err(()),
        }
    }
}

impl PollStatus {
    /// How cards name it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Upcoming => "Upcoming",
            Self::Open => "Open",
            Self::Closed => "Closed",
        }
    }
}

impl Poll {
    /// Reads `/api/v1/polls/<slug>.json`.
    pub fn read_document<J: Json>(document: &J) -> Result<Self, Problem> {
        check_version(document)?;
        Ok(Self {
            slug: text(document, "slug")?,
            question: text(document, "question")?,
            url: web_address(document, "url")?,
            status: keyword(document, "status")?,
            window: text(document, "window")?,
            summary: text(document, "summary")?,
            results: bars(document, "results", "label")?,
            vote: crate::vote::VoteSpec::read(document)?,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::data::tests::json;

    /// A poll document with the fields the poll card reads.
    pub(crate) const POLL: &str = r#"{
      "schema_version": 1, "slug": "roadmap-2027", "question": "What should we map next?",
      "url": "https://x.example/polls/roadmap-2027/", "status": "open",
      "window": "Open until 15 March 2027", "summary": "12 ballots, one choice each",
      "results": [
        { "label": "Rivers", "percent": 58, "text": "7 votes (58%)" },
        { "label": "Trails", "percent": 33, "text": "4 votes (33%)" },
        { "label": "Ferries", "percent": 8, "text": "1 vote (8%)" }
      ]
    }"#;

    #[test]
    fn reads_a_poll_document() {
        let poll = Poll::read_document(&json(POLL)).expect("valid");
        assert_eq!(poll.question, "What should we map next?");
        assert_eq!(poll.status, PollStatus::Open);
        assert_eq!(poll.results.len(), 3);
        assert_eq!(poll.results[2], Bar { label: "Ferries".into(), percent: 8, text: "1 vote (8%)".into() });
        let closed = POLL.replace("\"open\"", "\"finished\"");
        let Err(Problem::BadData { reason }) = Poll::read_document(&json(&closed)) else { panic!("unknown status") };
        assert!(reason.contains("is not a valid `status`"), "{reason}");
        let no_question = POLL.replace("\"question\": \"What should we map next?\",", "");
        let Err(Problem::BadData { reason }) = Poll::read_document(&json(&no_question)) else { panic!("no question") };
        assert!(reason.contains("missing required key `question`"), "{reason}");
    }
}
