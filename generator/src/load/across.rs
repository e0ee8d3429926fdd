//! The checks that span files, run once every file is read: goals that share a name,
//! goals, updates and polls naming goals that do not exist (the other checks of what goals
//! name are in [`super::relations`]), polls naming a list that `members.toml` does not
//! have, ballots without a poll or that do not fit theirs, and the sub-communities implied
//! by goal folders. Each returns its findings as new values.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use cairn_model::{BallotFile, Community, Goal, Login, Poll, Slug};

use super::walk::{Candidate, Kind};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

/// Every goal file whose slug a file earlier in path order already has, whether or not
/// either file is valid.
pub(super) fn duplicate_goals(candidates: &[Candidate]) -> Vec<Diagnostic> {
    let mut first: BTreeMap<&Slug, &str> = BTreeMap::new();
    let mut found = Vec::new();
    for candidate in candidates {
        if let Kind::Goal { slug, .. } = &candidate.kind {
            match first.get(slug) {
                Some(other) => {
                    let problem = Problem::DuplicateSlug { slug: slug.to_string(), other: (*other).to_owned() };
                    found.push(Diagnostic::file(&candidate.path, problem));
                }
                None => {
                    first.insert(slug, &candidate.path);
                }
            }
        }
    }
    found
}

/// The sub-communities: those with an `_index.md`, and one for every other folder that
/// holds goals, by slug.
pub(super) fn with_implicit_communities(
    mut communities: BTreeMap<Slug, Community>,
    goals: &[Goal],
) -> BTreeMap<Slug, Community> {
    for slug in goals.iter().filter_map(|g| g.community.clone()) {
        communities.entry(slug.clone()).or_insert_with(|| super::community::implicit_community(slug));
    }
    communities
}

/// Each goal named (in an update, a poll, or a goal's relations) that no goal file has.
/// Every goal file counts, valid or not: an update naming a goal whose file has errors
/// gets no error of its own.
pub(super) fn unknown_goals<'a>(
    candidates: &[Candidate],
    refs: impl IntoIterator<Item = (&'a SourceFile, &'a Slug, &'a Range<usize>)>,
) -> Vec<Diagnostic> {
    let known: BTreeSet<&str> = candidates
        .iter()
        .filter_map(|c| match &c.kind {
            Kind::Goal { slug, .. } => Some(slug.as_str()),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    for (file, goal, span) in refs.into_iter().filter(|(_, goal, _)| !known.contains(goal.as_str())) {
        let suggestion = super::fields::did_you_mean(goal.as_str(), known.iter().copied()).map(str::to_owned);
        let problem = Problem::UnknownGoal { slug: goal.to_string(), suggestion };
        found.push(Diagnostic::at(file, span.clone(), problem));
    }
    found
}

/// Each poll whose electorate is a list `members` does not have. `None`: `members.toml`
/// could not be read (its own errors say why), so no list is known to be missing.
pub(super) fn unknown_electorates(polls: &[Poll], members: Option<&BTreeMap<String, Vec<Login>>>) -> Vec<Diagnostic> {
    let Some(members) = members else { return Vec::new() };
    let known = members.keys().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
    polls
        .iter()
        .filter_map(|poll| match &poll.electorate {
            cairn_model::Electorate::List(list) if !members.contains_key(list) => {
                let problem = Problem::UnknownElectorate { list: list.clone(), known: known.clone() };
                Some(Diagnostic::file(&poll.path, problem))
            }
            _ => None,
        })
        .collect()
}

/// The ballots, each checked against its poll: one without a poll file, or that does not
/// fit its poll's method and options, is kept with the reason and reported as a warning.
/// (Ballots of a poll file with errors wait until it is fixed.)
pub(super) fn checked_ballots(
    polls: &[Poll],
    candidates: &[Candidate],
    ballots: Vec<BallotFile>,
) -> (Vec<BallotFile>, Vec<Diagnostic>) {
    let poll_files: BTreeSet<&Slug> = candidates
        .iter()
        .filter_map(|c| match &c.kind {
            Kind::Poll { slug } => Some(slug),
            _ => None,
        })
        .collect();
    let mut found = Vec::new();
    let checked = ballots
        .into_iter()
        .map(|file| {
            let reason = match (polls.iter().find(|p| p.slug == file.poll), &file.ballot) {
                (None, _) if poll_files.contains(&file.poll) => return file,
                (None, _) => {
                    found
                        .push(Diagnostic::file(&file.path, Problem::BallotWithoutPoll { poll: file.poll.to_string() }));
                    format!("there is no poll `{}`", file.poll)
                }
                (Some(poll), Ok(ballot)) => match ballot.check(poll) {
                    Ok(()) => return file,
                    Err(reason) => {
                        found.push(Diagnostic::file(&file.path, Problem::InvalidBallot { reason: reason.to_string() }));
                        reason.to_string()
                    }
                },
                (Some(_), Err(_)) => return file,
            };
            BallotFile { ballot: Err(reason), ..file }
        })
        .collect();
    (checked, found)
}
