//! The vote form, without the browser: what the site's JSON says about voting, the
//! voter's draft for each method, and the ballot it becomes. The ballot is checked by
//! `cairn-model`. For a `pr` poll the model writes the file, and the git host's prefilled
//! "new file" page comes from it too, so the form proposes exactly the file that `cairn
//! check --ballot-pr` accepts; for an `endpoint` poll, [`endpoint`] makes the request the
//! vote endpoint takes.

pub mod endpoint;

use cairn_model::field::FieldError;
use cairn_model::{
    Backend, BallotError, Choice, Electorate, HostKind, Login, Method, MethodName, Poll, PollOption, RepoConfig,
};

use crate::data::{Json, Problem, field, wrong};

/// What voting on a poll needs: the poll as the model knows it, and where ballots go.
#[derive(Debug, Clone, PartialEq)]
pub struct VoteSpec {
    /// The poll (question, options, method, window).
    pub poll: Poll,
    /// Where ballots go.
    pub target: Target,
    /// Who may vote, in words.
    pub who: Option<String>,
}

/// Where a poll's ballots go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A pull request adding a ballot file.
    Pr {
        /// The repository that takes the pull request.
        repo: RepoConfig,
        /// The folder of the ballot files (`polls/<poll>/ballots`).
        dir: String,
    },
    /// A post to the vote endpoint.
    Endpoint {
        /// The endpoint's address, ending in `/`.
        url: String,
        /// Whether voters need an invite code (else each browser votes once).
        invite: bool,
    },
}

fn bad(reason: String) -> Problem {
    Problem::BadData { reason }
}

fn text<J: Json>(j: &J, key: &str) -> Result<String, Problem> {
    crate::data::text(j, key)
}

fn count<J: Json>(j: &J, key: &str) -> Result<Option<u32>, Problem> {
    j.field(key)
        .map(|v| {
            v.number()
                .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
                .map(|n| n as u32)
                .ok_or_else(|| wrong(key, "a whole number"))
        })
        .transpose()
}

impl VoteSpec {
    /// Reads the voting part of `/api/v1/polls/<slug>.json`: `None` when the site says
    /// nowhere to vote (a `pr` poll on a site that names no repository, an `endpoint` poll
    /// on a site that names no endpoint, or an older site wrote the document).
    pub fn read<J: Json>(document: &J) -> Result<Option<Self>, Problem> {
        let target = match (document.field("repo"), document.field("ballot_dir")) {
            (Some(repo), Some(dir)) => {
                let dir = dir.text().ok_or_else(|| wrong("ballot_dir", "text"))?;
                Target::Pr { repo: read_repo(&repo)?, dir }
            }
            _ => match endpoint::read_target(document)? {
                Some(target) => target,
                None => return Ok(None),
            },
        };
        let backend = if matches!(target, Target::Pr { .. }) { Backend::Pr } else { Backend::Endpoint };
        let method = match crate::data::keyword(document, "method")? {
            MethodName::Single => Method::Single,
            MethodName::Approval => Method::Approval { max_choices: count(document, "max_choices")? },
            MethodName::Ranked => Method::Ranked,
            MethodName::Score => Method::Score {
                budget: count(document, "budget")?.ok_or_else(|| field(FieldError::Missing { key: "budget" }))?,
            },
        };
        let options = document
            .field("options")
            .and_then(|o| o.items())
            .ok_or_else(|| wrong("options", "a list"))?
            .iter()
            .map(|o| {
                let id = text(o, "id")?;
                let id = cairn_model::Slug::new(&id).map_err(|_| bad(format!("`{id}` is not an option id")))?;
                Ok(PollOption { id, label: text(o, "label")? })
            })
            .collect::<Result<Vec<_>, Problem>>()?;
        let date = |key: &str| crate::data::date(document, key);
        let slug = text(document, "slug")?;
        let poll = Poll {
            slug: cairn_model::Slug::new(&slug).map_err(|_| bad(format!("`{slug}` is not a poll name")))?,
            question: text(document, "question")?,
            options,
            method,
            opens: date("opens")?,
            closes: date("closes")?,
            backend,
            electorate: Electorate::Anyone,
            goals: Vec::new(),
            origins: Vec::new(),
            path: String::new(),
            body: String::new(),
        };
        let who = document.field("who").and_then(|w| w.text());
        Ok(Some(Self { poll, target, who }))
    }

    /// The git host's name, for the form (`GitHub`); empty for an endpoint poll.
    pub fn host(&self) -> &'static str {
        match &self.target {
            Target::Pr { repo, .. } => repo.host.label(),
            Target::Endpoint { .. } => "",
        }
    }
}

/// The `repo` of a poll document.
fn read_repo<J: Json>(repo: &J) -> Result<RepoConfig, Problem> {
    let host = match text(repo, "host")?.as_str() {
        "github" => HostKind::Github,
        "gitlab" => HostKind::Gitlab,
        "gitea" => HostKind::Gitea,
        other => return Err(field(FieldError::NotOneOf { key: "host", value: other })),
    };
    let url = text(repo, "url")?;
    if !url.starts_with("https://") && !url.starts_with("http://") {
        return Err(bad("`url` of `repo` is not a web address".to_owned()));
    }
    Ok(RepoConfig { url, branch: text(repo, "branch")?, host })
}

/// What the voter has chosen so far, by method; options are indexes into the poll's
/// options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Draft {
    /// The picked option, if any.
    Single(Option<usize>),
    /// Whether each option is approved.
    Approval(Vec<bool>),
    /// Every option, most preferred first.
    Ranked(Vec<usize>),
    /// Each option's points: `None` where the field holds no whole number.
    Score(Vec<Option<u32>>),
}

impl Draft {
    /// An empty draft for `poll`: nothing picked, options ranked in the poll's order, no
    /// points given.
    pub fn new(poll: &Poll) -> Self {
        let n = poll.options.len();
        match poll.method {
            Method::Single => Self::Single(None),
            Method::Approval { .. } => Self::Approval(vec![false; n]),
            Method::Ranked => Self::Ranked((0..n).collect()),
            Method::Score { .. } => Self::Score(vec![Some(0); n]),
        }
    }

    /// Moves the option at `position` of a ranking one place up (towards first) or down.
    /// Returns its new position, or `None` when it cannot move that way.
    pub fn move_ranked(&mut self, position: usize, up: bool) -> Option<usize> {
        let Self::Ranked(order) = self else { return None };
        let to = if up { position.checked_sub(1)? } else { position + 1 };
        if to >= order.len() || position >= order.len() {
            return None;
        }
        order.swap(position, to);
        Some(to)
    }

    /// Points not yet given, for a score poll with `budget` (negative when over it).
    pub fn points_left(&self, budget: u32) -> i64 {
        let Self::Score(points) = self else { return 0 };
        i64::from(budget) - points.iter().flatten().map(|&p| i64::from(p)).sum::<i64>()
    }

    /// The ballot's choice, or what is missing, in the voter's words.
    pub(crate) fn choice(&self, poll: &Poll) -> Result<Choice, String> {
        let id = |i: usize| poll.options[i].id.clone();
        Ok(match self {
            Self::Single(None) => return Err("Choose an option first.".to_owned()),
            Self::Single(Some(i)) => Choice::Single(id(*i)),
            Self::Approval(approved) => {
                Choice::Approval(approved.iter().enumerate().filter(|(_, a)| **a).map(|(i, _)| id(i)).collect())
            }
            Self::Ranked(order) => Choice::Ranked(order.iter().map(|&i| id(i)).collect()),
            Self::Score(points) => {
                if points.iter().any(Option::is_none) {
                    return Err("Give each option a whole number of points (0 or more).".to_owned());
                }
                // Inserted one by one: `collect` would add a sort to the module.
                let mut given = std::collections::BTreeMap::new();
                for (i, p) in points.iter().enumerate() {
                    given.insert(id(i), p.unwrap_or(0));
                }
                Choice::Score(given)
            }
        })
    }
}

/// A ballot ready to propose: the git host page that creates its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The host's prefilled "new file" page.
    pub url: String,
    /// The file's path in the repository.
    pub path: String,
    /// The file's text.
    pub text: String,
    /// The host's page that edits the file, for a voter changing an earlier ballot (the
    /// "new file" page refuses a file that exists).
    pub edit_url: String,
}

/// The ballot `login` casts with `draft`, or why it cannot be cast, in the voter's words.
pub fn propose(spec: &VoteSpec, login: &str, draft: &Draft) -> Result<Proposal, String> {
    let Target::Pr { repo, dir } = &spec.target else {
        return Err("This poll takes its votes at the vote endpoint.".to_owned());
    };
    let host = spec.host();
    let login = login.trim();
    if login.is_empty() {
        return Err(format!("Enter your {host} login: your ballot file is named after it."));
    }
    let voter = Login::new(login).map_err(|e| format!("\"{login}\" is not a {host} login: it {e}."))?;
    let choice = draft.choice(&spec.poll)?;
    check(&spec.poll, &choice)?;
    let file = cairn_model::vote::ballot_file(&voter);
    let text = choice.to_toml();
    let message = format!("Vote in {}", spec.poll.slug);
    let path = format!("{dir}/{file}");
    Ok(Proposal { url: repo.new_file_url(dir, &file, &text, &message), edit_url: repo.edit_url(&path), path, text })
}

/// Checks `choice` against `poll` with the model; what is wrong, in the voter's words.
fn check(poll: &Poll, choice: &Choice) -> Result<(), String> {
    choice.check(poll).map_err(|e| match e {
        BallotError::Empty if matches!(poll.method, Method::Score { .. }) => "Give at least one point.".to_owned(),
        BallotError::Empty => "Choose at least one option.".to_owned(),
        other => sentence(&other.to_string()),
    })
}

/// What the form says after opening the host's page.
pub fn opened_text(host: &str, path: &str) -> String {
    format!("{host} opened in a new tab with your ballot, {path}. Commit it there and open the pull request.")
}

/// What a screen reader hears after a move in the ranking (`place` counts from 0).
pub fn moved_text(label: &str, place: usize, of: usize) -> String {
    format!("{label} moved to place {} of {of}.", place + 1)
}

/// The points still to give on a score ballot.
pub fn points_text(left: i64, budget: u32) -> String {
    if left >= 0 {
        format!("{left} of {budget} points left.")
    } else {
        let over = -left;
        format!("{over} point{} over the budget of {budget}.", if over == 1 { "" } else { "s" })
    }
}

/// `text` with a capital letter and a full stop.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase().to_string()).unwrap_or_default();
    format!("{first}{}.", chars.as_str().trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tests::json;

    /// A ranked `pr` poll's document, as `cairn build` writes it (the voting fields).
    const RANKED: &str = r#"{
      "schema_version": 1, "slug": "next-season", "question": "What next?",
      "method": "ranked", "opens": "2026-11-01", "closes": "2026-12-15",
      "options": [ { "id": "rivers", "label": "Rivers" }, { "id": "trails", "label": "Trails" },
                   { "id": "ferries", "label": "Ferries" } ],
      "who": "Anyone with an account on the git host may vote.",
      "repo": { "url": "https://github.com/lantern/goals", "branch": "main", "host": "github" },
      "ballot_dir": "polls/next-season/ballots"
    }"#;

    fn spec(text: &str) -> VoteSpec {
        VoteSpec::read(&json(text)).expect("readable").expect("a pr poll")
    }

    #[test]
    fn a_ranking_moves_by_one_place_and_becomes_a_ballot_file() {
        let spec = spec(RANKED);
        let mut draft = Draft::new(&spec.poll);
        assert_eq!(draft.move_ranked(0, true), None, "the first cannot move up");
        assert_eq!(draft.move_ranked(2, false), None, "the last cannot move down");
        assert_eq!(draft.move_ranked(1, true), Some(0));
        assert_eq!(draft, Draft::Ranked(vec![1, 0, 2]));
        let proposal = propose(&spec, " @Amara ", &draft).expect("a valid ballot");
        assert_eq!(proposal.path, "polls/next-season/ballots/Amara.toml");
        assert_eq!(
            proposal.edit_url,
            "https://github.com/lantern/goals/edit/main/polls/next-season/ballots/Amara.toml"
        );
        assert_eq!(proposal.text, "ranking = [\"trails\", \"rivers\", \"ferries\"]\n");
        assert!(
            proposal.url.starts_with(
                "https://github.com/lantern/goals/new/main/polls/next-season/ballots?filename=Amara.toml&value=ranking"
            ),
            "{}",
            proposal.url
        );
    }

    #[test]
    fn every_method_says_what_is_missing() {
        let spec_for = |method: &str| spec(&RANKED.replace("\"ranked\"", method));
        let single = spec_for("\"single\"");
        assert_eq!(propose(&single, "amara", &Draft::new(&single.poll)), Err("Choose an option first.".into()));
        assert_eq!(
            propose(&single, "", &Draft::Single(Some(1))),
            Err("Enter your GitHub login: your ballot file is named after it.".into())
        );
        let bad_login = propose(&single, "amara k", &Draft::Single(Some(1))).expect_err("a space");
        assert!(bad_login.starts_with("\"amara k\" is not a GitHub login: it "), "{bad_login}");
        assert_eq!(
            propose(&single, "amara", &Draft::Single(Some(1))).map(|p| p.text),
            Ok("choice = \"trails\"\n".into())
        );

        let approval = spec_for("\"approval\", \"max_choices\": 2");
        assert_eq!(propose(&approval, "amara", &Draft::new(&approval.poll)), Err("Choose at least one option.".into()));
        let three = Draft::Approval(vec![true, true, true]);
        assert_eq!(
            propose(&approval, "amara", &three),
            Err("The ballot approves 3 options; this poll allows at most 2.".into())
        );
        let two = Draft::Approval(vec![true, false, true]);
        assert_eq!(
            propose(&approval, "amara", &two).map(|p| p.text),
            Ok("approve = [\"rivers\", \"ferries\"]\n".into())
        );

        let score = spec_for("\"score\", \"budget\": 10");
        assert_eq!(propose(&score, "amara", &Draft::new(&score.poll)), Err("Give at least one point.".into()));
        let over = Draft::Score(vec![Some(6), Some(5), Some(0)]);
        assert_eq!(over.points_left(10), -1);
        assert_eq!(points_text(over.points_left(10), 10), "1 point over the budget of 10.");
        assert_eq!(points_text(4, 10), "4 of 10 points left.");
        assert_eq!(moved_text("Rivers", 0, 3), "Rivers moved to place 1 of 3.");
        assert_eq!(
            propose(&score, "amara", &over),
            Err("The ballot gives 11 points; this poll's budget is 10.".into())
        );
        let unreadable = Draft::Score(vec![Some(6), None, Some(0)]);
        assert!(propose(&score, "amara", &unreadable).expect_err("no number").contains("whole number"));
        let fine = Draft::Score(vec![Some(6), Some(0), Some(4)]);
        assert_eq!(propose(&score, "amara", &fine).map(|p| p.text), Ok("[points]\nferries = 4\nrivers = 6\n".into()));
    }

    #[test]
    fn polls_without_a_repository_have_no_form_and_bad_documents_are_named() {
        let endpoint = RANKED.replace("\"ballot_dir\": \"polls/next-season/ballots\"", "\"ballot_dir\": null");
        assert_eq!(VoteSpec::read(&json(&endpoint)), Ok(None));
        let reason = |text: &str| match VoteSpec::read(&json(text)) {
            Err(Problem::BadData { reason }) => reason,
            other => panic!("read: {other:?}"),
        };
        assert!(reason(&RANKED.replace("\"github\"", "\"svn\"")).contains("`svn` is not a valid `host`"));
        assert!(reason(&RANKED.replace("https://github.com", "javascript:x//")).contains("not a web address"));
        assert!(reason(&RANKED.replace("\"ranked\"", "\"score\"")).contains("missing required key `budget`"));
        assert!(reason(&RANKED.replace("\"trails\"", "\"Trails!\"")).contains("not an option id"));
        assert!(reason(&RANKED.replace("\"ranked\"", "\"plurality\"")).contains("`plurality` is not a valid `method`"));
        let gitlab = spec(&RANKED.replace("\"github\"", "\"gitlab\"").replace("github.com", "gitlab.com"));
        let url = propose(&gitlab, "amara", &Draft::new(&gitlab.poll)).expect("valid").url;
        assert!(
            url.starts_with(
                "https://gitlab.com/lantern/goals/-/new/main/polls/next-season/ballots?file_name=amara.toml&content="
            ),
            "{url}"
        );
        assert!(url.ends_with("&commit_message=Vote%20in%20next-season"), "{url}");
    }
}
