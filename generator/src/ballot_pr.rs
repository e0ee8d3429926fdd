//! `cairn check --ballot-pr`: whether a pull request only casts its author's vote. It may
//! add or change one file, `polls/<poll>/ballots/<author>.toml` (or `.yaml`), for a poll
//! that takes votes by pull request and is open, and the ballot must be valid.

use std::path::Path;

use cairn_model::{Backend, Date, PollPhase, long_date};

use crate::history::{self, HistoryError};
use crate::load::{Kind, LoadError, LoadOptions, load_repo};

/// Why the check could not be made at all (as opposed to a refused ballot).
#[derive(Debug, thiserror::Error)]
pub enum BallotPrError {
    /// The history could not be read.
    #[error(transparent)]
    History(#[from] HistoryError),
    /// The repository could not be read.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// What the check found: the poll voted in, or every reason to refuse the pull request.
pub type Verdict = Result<String, Vec<String>>;

/// Checks the changes between `base` and `HEAD` in the repository at `root`, made by
/// `author`, on `today`.
pub fn check_ballot_pr(root: &Path, author: &str, base: &str, today: Date) -> Result<Verdict, BallotPrError> {
    let changed = history::changed_paths(root, base)?;
    let mut refusals = Vec::new();
    let mut ballots = Vec::new();
    for path in &changed {
        // Where ballots live is the loader's to say.
        match crate::load::classify(path) {
            Ok(Some(Kind::Ballot { poll, voter })) if voter.as_str().eq_ignore_ascii_case(author) => {
                ballots.push((path.clone(), poll.to_string()));
            }
            Ok(Some(Kind::Ballot { voter, .. })) => {
                refusals.push(format!("`{path}` is the ballot of `{}`, not of `{author}`", voter.as_str()));
            }
            _ => refusals.push(format!(
                "`{path}` is not a ballot file: a ballot pull request may only add or change `polls/<poll>/ballots/{author}.toml`"
            )),
        }
    }
    if changed.is_empty() {
        refusals.push("the pull request changes no file".to_owned());
    }
    if ballots.len() > 1 {
        refusals.push(format!("the pull request changes {} ballot files; it may cast one ballot", ballots.len()));
    }
    if !refusals.is_empty() {
        return Ok(Err(refusals));
    }
    let Some((path, poll_slug)) = ballots.pop() else { return Ok(Err(refusals)) };
    if !root.join(&path).exists() {
        return Ok(Err(vec![format!("`{path}` is deleted: a ballot pull request adds or changes a ballot")]));
    }
    let loaded = load_repo(root, &LoadOptions::default())?;
    let content = &loaded.content;
    let Some(poll) = content.polls.iter().find(|p| p.slug.as_str() == poll_slug) else {
        return Ok(Err(vec![format!("there is no poll `{poll_slug}` (`polls/{poll_slug}.md`)")]));
    };
    if poll.backend != Backend::Pr {
        refusals.push(format!("poll `{poll_slug}` takes its votes at the vote endpoint, not by pull request"));
    }
    match poll.phase(today) {
        PollPhase::Upcoming => refusals.push(format!("poll `{poll_slug}` opens on {}", long_date(poll.opens))),
        PollPhase::Closed => refusals.push(format!("poll `{poll_slug}` closed on {}", long_date(poll.closes))),
        PollPhase::Open => {}
    }
    match content.ballots.iter().find(|b| b.path == path).map(|b| &b.ballot) {
        Some(Ok(ballot)) => {
            if let Err(reason) = ballot.check(poll) {
                refusals.push(format!("`{path}`: {reason}"));
            }
        }
        Some(Err(reason)) => refusals.push(format!("`{path}`: {reason}")),
        None => refusals.push(format!("`{path}` could not be read as a ballot")),
    }
    if refusals.is_empty() { Ok(Ok(poll_slug)) } else { Ok(Err(refusals)) }
}
