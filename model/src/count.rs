//! Which of a poll's ballot files count, and the tally of those that do: a ballot counts
//! when it is valid, its voter is in the electorate, and the commit that added or last
//! changed it is inside the poll's window. The latest ballot of a voter counts (logins
//! compared case-insensitively). Every other file is listed with the reason.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::history::History;
use crate::poll::{Backend, Ballot, BallotFile, Electorate, Poll};
use crate::tally::{Tally, tally};

/// A poll's ballots, sorted out, and the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// The result of the counted ballots.
    pub tally: Tally,
    /// The files that count, by path.
    pub counted: Vec<String>,
    /// The files that do not, by path, each with the reason.
    pub not_counted: Vec<(String, String)>,
}

/// Counts `poll`'s ballot files, each dated by the commit `history` says added or last
/// changed it; `members` holds the electorate's logins when the poll names a list (`None`
/// when `members.toml` has no such list).
pub fn count(poll: &Poll, files: &[BallotFile], history: &History, members: Option<&[String]>) -> Count {
    let mut not_counted = Vec::new();
    // The latest eligible ballot per voter: (commit date, path, ballot).
    let mut latest: BTreeMap<String, (jiff::civil::Date, &str, &Ballot)> = BTreeMap::new();
    for file in files.iter().filter(|f| f.poll == poll.slug) {
        let commit = history.commit_of(&file.path);
        let reason = match (&file.ballot, commit) {
            (Err(reason), _) => Some(reason.clone()),
            (Ok(_), None) if !history.read => {
                Some("the git history was not read, so when it was committed is not known".to_owned())
            }
            (Ok(_), None) => Some("it is not in the main branch's history yet".to_owned()),
            // The endpoint took an endpoint poll's ballots inside its window; their files
            // are its export, committed after the poll closed.
            (Ok(_), Some(commit)) if poll.backend == Backend::Pr && !poll.accepts_on(commit.date) => Some(format!(
                "it was committed on {}, outside the poll's window ({} to {})",
                commit.date, poll.opens, poll.closes
            )),
            (Ok(ballot), Some(_)) => match (&poll.electorate, members) {
                // The endpoint checked its voters' codes and browsers; git hosts their logins.
                (Electorate::Anyone | Electorate::Invite | Electorate::Open, _) => None,
                (Electorate::List(list), Some(logins))
                    if logins.iter().any(|l| l.eq_ignore_ascii_case(ballot.voter.as_str())) =>
                {
                    None
                }
                (Electorate::List(list), _) => Some(format!("`{}` is not in the `{list}` list", ballot.voter.as_str())),
            },
        };
        match (reason, &file.ballot, commit) {
            (None, Ok(ballot), Some(commit)) => {
                let voter = ballot.voter.as_str().to_ascii_lowercase();
                let newer = (commit.date, file.path.as_str(), ballot);
                match latest.get(&voter) {
                    Some(old) if (old.0, old.1) >= (newer.0, newer.1) => {
                        not_counted.push((file.path.clone(), "a later ballot of the same voter counts".to_owned()));
                    }
                    Some(old) => {
                        not_counted.push((old.1.to_owned(), "a later ballot of the same voter counts".to_owned()));
                        latest.insert(voter, newer);
                    }
                    None => {
                        latest.insert(voter, newer);
                    }
                }
            }
            (Some(reason), ..) => not_counted.push((file.path.clone(), reason)),
            _ => {}
        }
    }
    let ballots: Vec<Ballot> = latest.values().map(|(_, _, b)| (*b).clone()).collect();
    let counted = latest.values().map(|(_, path, _)| (*path).to_owned()).collect();
    not_counted.sort();
    Count { tally: tally(poll, &ballots), counted, not_counted }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::poll::{Backend, Choice, CommitRef, Method, PollOption};
    use crate::{Date, Login, Slug};

    fn poll(electorate: Electorate) -> Poll {
        let slug = |s: &str| Slug::new(s).expect("slug");
        Poll {
            slug: slug("next"),
            question: "Next?".into(),
            options: ["a", "b"].iter().map(|o| PollOption { id: slug(o), label: (*o).into() }).collect(),
            method: Method::Single,
            opens: Date::constant(2026, 3, 1),
            closes: Date::constant(2026, 3, 31),
            backend: Backend::Pr,
            electorate,
            goals: Vec::new(),
            origins: Vec::new(),
            path: "polls/next.md".into(),
            body: String::new(),
        }
    }

    /// A ballot file, and the commit that added it (on `day`).
    type Dated = (BallotFile, Option<CommitRef>);

    fn file(voter: &str, choice: &str, day: Option<(i16, i8, i8)>) -> Dated {
        let ballot = Ballot {
            voter: Login::new(voter).expect("login"),
            choice: Choice::Single(Slug::new(choice).expect("slug")),
        };
        let file = BallotFile {
            poll: Slug::new("next").expect("slug"),
            path: format!("polls/next/ballots/{voter}.toml"),
            ballot: Ok(ballot),
        };
        (file, day.map(|(y, m, d)| CommitRef { id: format!("{voter}{d}"), date: Date::constant(y, m, d) }))
    }

    /// [`count`], with a history that dates each file as given.
    fn counted(poll: &Poll, dated: &[Dated], members: Option<&[String]>) -> Count {
        let commits = dated.iter().filter_map(|(f, c)| c.clone().map(|c| (f.path.clone(), c))).collect();
        let files: Vec<BallotFile> = dated.iter().map(|(f, _)| f.clone()).collect();
        count(poll, &files, &History { read: true, commits, ..History::default() }, members)
    }

    #[test]
    fn counts_only_eligible_ballots_in_the_window_and_says_why_not() {
        let mut bad = file("eve", "a", Some((2026, 3, 5)));
        bad.0.ballot = Err("`z` is not an option".into());
        let files = vec![
            file("amara", "a", Some((2026, 3, 1))),
            file("bo", "b", Some((2026, 3, 31))),
            file("cy", "b", Some((2026, 4, 1))),
            file("dee", "a", None),
            bad,
        ];
        let c = counted(&poll(Electorate::Anyone), &files, None);
        assert_eq!(c.counted, ["polls/next/ballots/amara.toml", "polls/next/ballots/bo.toml"]);
        assert_eq!(c.tally.ballots, 2);
        let reasons: Vec<&str> = c.not_counted.iter().map(|(_, r)| r.as_str()).collect();
        assert_eq!(
            reasons,
            [
                "it was committed on 2026-04-01, outside the poll's window (2026-03-01 to 2026-03-31)",
                "it is not in the main branch's history yet",
                "`z` is not an option",
            ]
        );
    }

    #[test]
    fn an_endpoint_polls_exported_ballots_count_after_it_closed() {
        let exported = Poll { backend: Backend::Endpoint, ..poll(Electorate::Invite) };
        let files = [file("voter-0a1b", "a", Some((2026, 4, 2))), file("voter-2c3d", "b", None)];
        let c = counted(&exported, &files, None);
        assert_eq!(c.counted, ["polls/next/ballots/voter-0a1b.toml"]);
        assert_eq!(c.not_counted[0].1, "it is not in the main branch's history yet");
    }

    #[test]
    fn the_latest_ballot_of_a_voter_counts_and_lists_check_membership() {
        let mut older = file("amara", "a", Some((2026, 3, 2)));
        older.0.path = "polls/next/ballots/Amara.yaml".into();
        let newer = file("amara", "b", Some((2026, 3, 9)));
        let c = counted(&poll(Electorate::Anyone), &[older, newer.clone()], None);
        assert_eq!(c.counted, ["polls/next/ballots/amara.toml"]);
        assert_eq!(
            c.not_counted,
            [("polls/next/ballots/Amara.yaml".into(), "a later ballot of the same voter counts".into())]
        );
        assert_eq!(c.tally.winners.iter().map(Slug::as_str).collect::<Vec<_>>(), ["b"]);

        let members = vec!["AMARA".to_owned()];
        let listed = poll(Electorate::List("maintainers".into()));
        let c = counted(&listed, &[newer.clone(), file("bo", "a", Some((2026, 3, 3)))], Some(&members));
        assert_eq!(c.counted, ["polls/next/ballots/amara.toml"]);
        assert_eq!(c.not_counted[0].1, "`bo` is not in the `maintainers` list");
        let c = counted(&listed, &[newer], None);
        assert_eq!(c.not_counted[0].1, "`amara` is not in the `maintainers` list");
    }

    #[test]
    fn without_a_history_every_ballot_says_so() {
        let files = [file("amara", "a", Some((2026, 3, 1))).0];
        let c = count(&poll(Electorate::Anyone), &files, &History::default(), None);
        assert!(c.counted.is_empty());
        assert_eq!(c.not_counted[0].1, "the git history was not read, so when it was committed is not known");
    }
}
