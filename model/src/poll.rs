//! Polls and ballots: what a poll asks and how it counts, and whether a ballot is a valid
//! answer to it. Counting is in [`crate::tally`].

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::names::{Login, Slug};

mod method;

pub use method::MethodName;

/// How a poll counts its ballots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum Method {
    /// One choice per ballot; the most chosen option wins (plurality).
    Single,
    /// Any number of options per ballot, up to `max_choices` when set; the most approved
    /// option wins.
    Approval {
        /// The most options one ballot may approve.
        max_choices: Option<u32>,
    },
    /// Options ranked in order of preference, counted with the Schulze method.
    Ranked,
    /// A budget of points spread over the options (dot voting); the most points win.
    Score {
        /// The points each ballot may give in all.
        budget: u32,
    },
}

impl Method {
    /// The method's keyword in poll files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Single => "single",
            Self::Approval { .. } => "approval",
            Self::Ranked => "ranked",
            Self::Score { .. } => "score",
        }
    }
}

/// Where a poll's ballots come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Backend {
    /// Ballot files added by pull requests, dated by their commits.
    Pr,
    /// Posts to the vote endpoint.
    Endpoint,
}

/// Who may vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Electorate {
    /// Anyone with an account on the git host (`pr` polls).
    Anyone,
    /// The logins of a list in `members.toml` (`pr` polls).
    List(String),
    /// Whoever holds an invite code, one ballot per code (`endpoint` polls).
    Invite,
    /// Anyone, one ballot per browser, with limits per address (`endpoint` polls): not
    /// proof against stuffing, and labelled so.
    Open,
}

impl Electorate {
    /// Whether a poll of `backend` can have this electorate: git hosts know logins, the
    /// endpoint knows invite codes and browsers.
    pub fn fits(&self, backend: Backend) -> bool {
        matches!(
            (self, backend),
            (Self::Anyone | Self::List(_), Backend::Pr) | (Self::Invite | Self::Open, Backend::Endpoint)
        )
    }
}

/// One answer a poll offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PollOption {
    /// Its name in ballots (`rivers`).
    pub id: Slug,
    /// How pages show it (`Map the rivers first`).
    pub label: String,
}

/// A poll: a question, its options, and how and when it is voted on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Poll {
    /// Its name: the file name, and the folder of its ballots.
    pub slug: Slug,
    /// The question.
    pub question: String,
    /// The options, in the order the poll lists them; ids are unique.
    pub options: Vec<PollOption>,
    /// How ballots are counted.
    #[serde(flatten)]
    pub method: Method,
    /// The first day ballots count.
    pub opens: Date,
    /// The last day ballots count.
    pub closes: Date,
    /// Where ballots come from.
    pub backend: Backend,
    /// Who may vote.
    pub electorate: Electorate,
    /// Goals the poll is about.
    #[serde(default)]
    pub goals: Vec<Slug>,
    /// For `endpoint` polls: the origins of the other sites whose pages may embed its
    /// form (`https://lantern.example`), besides the site's own.
    #[serde(default)]
    pub origins: Vec<String>,
    /// The file, relative to the repository.
    #[serde(skip)]
    pub path: String,
    /// Its Markdown body: what the poll is about.
    #[serde(skip)]
    pub body: String,
}

/// Where a poll is in its life on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PollPhase {
    /// Before `opens`.
    Upcoming,
    /// From `opens` to `closes`, both included.
    Open,
    /// After `closes`.
    Closed,
}

impl Poll {
    /// Where the poll is on `today`.
    pub fn phase(&self, today: Date) -> PollPhase {
        if today < self.opens {
            PollPhase::Upcoming
        } else if today <= self.closes {
            PollPhase::Open
        } else {
            PollPhase::Closed
        }
    }

    /// Whether a ballot cast on `day` is inside the window.
    pub fn accepts_on(&self, day: Date) -> bool {
        self.phase(day) == PollPhase::Open
    }

    fn has(&self, id: &Slug) -> bool {
        self.options.iter().any(|o| &o.id == id)
    }
}

/// What one ballot says, by method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Choice {
    /// The one chosen option.
    Single(Slug),
    /// The approved options.
    Approval(Vec<Slug>),
    /// Options from most to least preferred; options left out rank below all of them,
    /// equal to each other.
    Ranked(Vec<Slug>),
    /// Points per option.
    Score(BTreeMap<Slug, u32>),
}

/// One voter's ballot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    /// The voter: for `pr` polls, the author of the pull request, and the file's name.
    pub voter: Login,
    /// What they chose.
    pub choice: Choice,
}

/// A ballot file as found in the repository: valid or not, it is listed on the poll's
/// page (an invalid one with its reason), never silently dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotFile {
    /// The poll it is for (its folder).
    pub poll: Slug,
    /// The file, relative to the repository.
    pub path: String,
    /// The ballot, or why the file is not one. (The commit that added it, by which it
    /// counts, is the history's: [`crate::History::commit_of`].)
    pub ballot: Result<Ballot, String>,
}

/// A commit, as pages link to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitRef {
    /// The full hexadecimal id.
    pub id: String,
    /// The day it landed (UTC).
    pub date: Date,
}

/// Why a ballot does not count.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BallotError {
    /// The ballot is for another method than the poll's.
    #[error("this poll is counted by `{expected}`, so a ballot gives {what}")]
    WrongMethod {
        /// The poll's method.
        expected: &'static str,
        /// What a ballot for it gives.
        what: &'static str,
    },
    /// An option the poll does not have.
    #[error("`{option}` is not an option of this poll; the options are {options}")]
    UnknownOption {
        /// The option as written.
        option: String,
        /// The poll's option ids.
        options: String,
    },
    /// The same option twice.
    #[error("`{option}` appears twice")]
    Repeated {
        /// The option.
        option: String,
    },
    /// Nothing chosen.
    #[error("the ballot chooses nothing")]
    Empty,
    /// More approvals than allowed.
    #[error("the ballot approves {given} options; this poll allows at most {max}")]
    TooMany {
        /// How many it approves.
        given: usize,
        /// The poll's `max_choices`.
        max: u32,
    },
    /// More points than the budget.
    #[error("the ballot gives {given} points; this poll's budget is {budget}")]
    OverBudget {
        /// Points given.
        given: u64,
        /// The budget.
        budget: u32,
    },
}

impl Ballot {
    /// Whether the ballot is a valid answer to `poll` (its choice; who cast it is the
    /// electorate's question, not the ballot's).
    pub fn check(&self, poll: &Poll) -> Result<(), BallotError> {
        self.choice.check(poll)
    }
}

impl Choice {
    /// Whether this choice is a valid answer to `poll`, whoever makes it: the endpoint
    /// and the vote form check a choice before there is a voter to name.
    pub fn check(&self, poll: &Poll) -> Result<(), BallotError> {
        let known = |id: &Slug| {
            if poll.has(id) {
                Ok(())
            } else {
                let options = poll.options.iter().map(|o| format!("`{}`", o.id.as_str())).collect::<Vec<_>>();
                Err(BallotError::UnknownOption { option: id.to_string(), options: options.join(", ") })
            }
        };
        let distinct = |ids: &[Slug]| {
            // A poll has a handful of options: a scan is enough (and keeps the widget small).
            for (i, id) in ids.iter().enumerate() {
                known(id)?;
                if ids[..i].contains(id) {
                    return Err(BallotError::Repeated { option: id.to_string() });
                }
            }
            if ids.is_empty() { Err(BallotError::Empty) } else { Ok(()) }
        };
        match (self, poll.method) {
            (Choice::Single(id), Method::Single) => known(id),
            (Choice::Approval(ids), Method::Approval { max_choices }) => {
                distinct(ids)?;
                match max_choices {
                    Some(max) if ids.len() > max as usize => Err(BallotError::TooMany { given: ids.len(), max }),
                    _ => Ok(()),
                }
            }
            (Choice::Ranked(ids), Method::Ranked) => distinct(ids),
            (Choice::Score(points), Method::Score { budget }) => {
                points.keys().try_for_each(known)?;
                let given: u64 = points.values().map(|&p| u64::from(p)).sum();
                if given == 0 {
                    Err(BallotError::Empty)
                } else if given > u64::from(budget) {
                    Err(BallotError::OverBudget { given, budget })
                } else {
                    Ok(())
                }
            }
            (_, method) => Err(BallotError::WrongMethod { expected: method.as_str(), what: method_shape(method) }),
        }
    }
}

/// What a ballot for `method` gives, for messages.
fn method_shape(method: Method) -> &'static str {
    match method {
        Method::Single => "one option (`choice = \"…\"`)",
        Method::Approval { .. } => "a list of approved options (`approve = [\"…\"]`)",
        Method::Ranked => "the options in order of preference (`ranking = [\"…\", \"…\"]`)",
        Method::Score { .. } => "points per option (`[points]` with `option = n`)",
    }
}
