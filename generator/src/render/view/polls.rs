//! Poll views: a poll as its page, the JSON API and the widget's `<cairn-poll>` show it.
//! Which ballots count and the tally come from `cairn-model`; this only puts them in
//! words (`7 votes (58%)`, `Open until 15 December 2026`).

use cairn_i18n::Arg;
use cairn_model::{Choice, Content, Count, Date, Detail, History, Method, Poll, PollPhase, vote};
use serde::Serialize;

use super::{Html, html};
use crate::markdown::{self, Pages};
use crate::render::Urls;

/// A poll, as pages and the API see it.
#[derive(Debug, Serialize)]
pub(crate) struct PollView {
    pub(crate) slug: String,
    pub(crate) url: String,
    pub(crate) absolute_url: String,
    pub(crate) api_url: String,
    pub(crate) question: String,
    /// `upcoming`, `open` or `closed`.
    pub(crate) status: &'static str,
    pub(crate) status_label: String,
    /// When it is open, in words.
    pub(crate) window: String,
    /// The ballot count and the method, in words.
    pub(crate) summary: String,
    /// How the method counts, in a sentence.
    pub(crate) method_text: String,
    pub(crate) opens: Date,
    pub(crate) closes: Date,
    /// One row per option, best first.
    pub(crate) results: Vec<cairn_model::tally::ResultRow>,
    pub(crate) ballots: Vec<BallotView>,
    /// For `pr` polls: the folder of the ballot files.
    pub(crate) ballot_dir: Option<String>,
    /// Who may vote, in words.
    pub(crate) who: String,
    /// Whether the page offers the widget's vote form (a `pr` poll whose repository is
    /// known).
    pub(crate) vote_widget: bool,
    /// `pr` or `endpoint`.
    pub(crate) backend: &'static str,
    /// For ranked polls: the pairwise and strongest-path tables.
    pub(crate) pairs: Option<PairTables>,
    /// A ballot file's text for this poll's method.
    pub(crate) ballot_example: String,
    pub(crate) edit_url: Option<String>,
    pub(crate) body_html: Html,
    /// The model's count, for the API.
    #[serde(skip)]
    pub(crate) count: Count,
    #[serde(skip)]
    pub(crate) poll: Poll,
}

/// A ranked poll's two tables, options in result order: how many voters prefer the row's
/// option to the column's, and the strongest path between them (the Schulze method).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PairTables {
    pub(crate) labels: Vec<String>,
    pub(crate) pairwise: Vec<Vec<PairCell>>,
    pub(crate) strongest: Vec<Vec<PairCell>>,
}

/// One cell: the number, and whether the row's option wins this pair (`None` on the
/// diagonal).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PairCell {
    pub(crate) n: u64,
    pub(crate) wins: Option<bool>,
}

/// One ballot file, counted or not.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct BallotView {
    pub(crate) voter: String,
    pub(crate) path: String,
    pub(crate) counted: bool,
    pub(crate) reason: Option<String>,
    pub(crate) date: Option<Date>,
    pub(crate) commit_url: Option<String>,
}

/// The views of every poll, its ballots dated by `history`; `endpoint` is where endpoint
/// polls take their votes, if anywhere.
pub(crate) fn poll_views(
    content: &Content,
    history: &History,
    today: Date,
    urls: &Urls,
    links: &Pages,
    endpoint: Option<&str>,
    words: &super::Words,
) -> Vec<PollView> {
    content.polls.iter().map(|p| poll_view(content, history, p, today, (urls, links), endpoint, words)).collect()
}

fn poll_view(
    content: &Content,
    history: &History,
    poll: &Poll,
    today: Date,
    (urls, links): (&Urls, &Pages),
    endpoint: Option<&str>,
    words: &super::Words,
) -> PollView {
    let members: Option<Vec<String>> = match &poll.electorate {
        cairn_model::Electorate::List(list) => {
            content.members.get(list).map(|l| l.iter().map(|m| m.as_str().to_owned()).collect())
        }
        _ => None,
    };
    let count = cairn_model::count(poll, &content.ballots, history, members.as_deref());
    let phase = poll.phase(today);
    let status = match phase {
        PollPhase::Upcoming => "upcoming",
        PollPhase::Open => "open",
        PollPhase::Closed => "closed",
    };
    let (status_label, window) = words.poll_phase(phase, poll.opens, poll.closes);
    let ballots_text = words.ballots(u64::try_from(count.tally.ballots).unwrap_or(u64::MAX));
    let url = urls.page(&format!("polls/{}/", poll.slug));
    PollView {
        slug: poll.slug.to_string(),
        absolute_url: urls.absolute(&url),
        api_url: urls.page(&format!("api/v1/polls/{}.json", poll.slug)),
        url,
        question: poll.question.clone(),
        status,
        status_label,
        window,
        summary: words.format(
            "poll-summary",
            &[("ballots", Arg::Text(&ballots_text)), ("method", Arg::Text(&method_words(poll.method, words)))],
        ),
        method_text: words.text(method_text(poll.method)),
        opens: poll.opens,
        closes: poll.closes,
        results: cairn_model::tally::result_rows(poll, &count.tally),
        ballots: ballot_views(content, history, poll, &count),
        ballot_dir: (poll.backend == cairn_model::Backend::Pr).then(|| vote::ballot_dir(&poll.slug)),
        who: who_votes(&poll.electorate, words),
        vote_widget: match poll.backend {
            cairn_model::Backend::Pr => content.config.repo.is_some(),
            cairn_model::Backend::Endpoint => endpoint.is_some(),
        },
        backend: match poll.backend {
            cairn_model::Backend::Pr => "pr",
            cairn_model::Backend::Endpoint => "endpoint",
        },
        pairs: pair_tables(poll, &count),
        ballot_example: ballot_example(poll),
        edit_url: super::edit_url(content, &poll.path),
        body_html: html(markdown::render(&poll.path, &poll.body, Some(&poll.question), links)),
        count,
        poll: poll.clone(),
    }
}

/// The method in a few words, for the poll's summary (`up to 2 choices each`).
fn method_words(method: Method, words: &super::Words) -> String {
    let count = |n: u32| [("count", Arg::Count(i64::from(n)))];
    match method {
        Method::Single => words.text("poll-method-single"),
        Method::Approval { max_choices: Some(n) } => words.format("poll-method-approval-up-to", &count(n)),
        Method::Approval { max_choices: None } => words.text("poll-method-approval"),
        Method::Ranked => words.text("poll-method-ranked"),
        Method::Score { budget } => words.format("poll-method-score", &count(budget)),
    }
}

/// Who may vote, in a sentence.
fn who_votes(electorate: &cairn_model::Electorate, words: &super::Words) -> String {
    match electorate {
        cairn_model::Electorate::Anyone => words.text("poll-who-anyone"),
        cairn_model::Electorate::List(list) => words.format("poll-who-list", &[("list", Arg::Text(list))]),
        cairn_model::Electorate::Invite => words.text("poll-who-invite"),
        cairn_model::Electorate::Open => words.text("poll-who-open"),
    }
}

/// Every ballot file of `poll`, counted or with the reason it is not, and its commit.
fn ballot_views(content: &Content, history: &History, poll: &Poll, count: &Count) -> Vec<BallotView> {
    let commit_url = |id: &str| content.config.repo.as_ref().map(|r| r.commit_url(id));
    content
        .ballots
        .iter()
        .filter(|b| b.poll == poll.slug)
        .map(|b| {
            let reason = count.not_counted.iter().find(|(path, _)| path == &b.path).map(|(_, r)| r.clone());
            let voter = b.path.rsplit('/').next().and_then(|f| f.split('.').next()).unwrap_or_default().to_owned();
            let commit = history.commit_of(&b.path);
            BallotView {
                voter,
                path: b.path.clone(),
                counted: count.counted.contains(&b.path),
                reason,
                date: commit.map(|c| c.date),
                commit_url: commit.and_then(|c| commit_url(&c.id)),
            }
        })
        .collect()
}

/// The message saying how `method` counts.
fn method_text(method: Method) -> &'static str {
    match method {
        Method::Single => "poll-rule-single",
        Method::Approval { .. } => "poll-rule-approval",
        Method::Ranked => "poll-rule-ranked",
        Method::Score { .. } => "poll-rule-score",
    }
}

/// A ballot file's text for this poll: the first option, or every option in order.
fn ballot_example(poll: &Poll) -> String {
    let ids: Vec<cairn_model::Slug> = poll.options.iter().map(|o| o.id.clone()).collect();
    let Some(first) = ids.first().cloned() else { return String::new() };
    let choice = match poll.method {
        Method::Single => Choice::Single(first),
        Method::Approval { .. } => Choice::Approval(vec![first]),
        Method::Ranked => Choice::Ranked(ids),
        Method::Score { budget } => Choice::Score([(first, budget)].into()),
    };
    choice.to_toml()
}

/// The tables behind a ranked result, rows and columns in the result's order.
fn pair_tables(poll: &Poll, count: &Count) -> Option<PairTables> {
    let Detail::Schulze(s) = &count.tally.detail else { return None };
    let index = |id: &cairn_model::Slug| poll.options.iter().position(|o| &o.id == id);
    let order: Vec<usize> = count.tally.ranking.iter().flatten().filter_map(index).collect();
    let table = |m: &[Vec<u64>]| -> Vec<Vec<PairCell>> {
        order
            .iter()
            .map(|&i| {
                order.iter().map(|&j| PairCell { n: m[i][j], wins: (i != j).then(|| m[i][j] > m[j][i]) }).collect()
            })
            .collect()
    };
    Some(PairTables {
        labels: order.iter().map(|&i| poll.options[i].label.clone()).collect(),
        pairwise: table(&s.pairwise),
        strongest: table(&s.strongest),
    })
}
