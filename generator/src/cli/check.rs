//! `cairn check`: report every problem in a repository.

use std::io::Write;
use std::path::PathBuf;

use cairn::diagnostic::render::{Format, explain_hint, render};
use cairn::{LoadError, LoadOptions, load_repo};

use super::Outcome;

/// Check a community repository and report every problem at once.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cairn check\n  cairn check content --format json\n  \
cairn check --format github     annotate a pull request from GitHub Actions\n  \
cairn check --ballot-pr --author amara --base origin/main\n                                  \
check that a pull request only casts amara's ballot")]
pub(crate) struct Args {
    /// The repository to check.
    #[arg(default_value = ".")]
    dir: PathBuf,

    /// How to print problems.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// Check a pull request that casts a vote: it may only add or change the author's own
    /// ballot, for an open poll that takes votes by pull request.
    #[arg(long, requires_all = ["author", "base"])]
    ballot_pr: bool,

    /// The pull request's author (their git-host login), with `--ballot-pr`.
    #[arg(long, value_name = "LOGIN", requires = "ballot_pr")]
    author: Option<String>,

    /// The commit or branch the pull request is based on, with `--ballot-pr`.
    #[arg(long, value_name = "REV", requires = "ballot_pr")]
    base: Option<String>,

    #[command(flatten)]
    date: super::build::DateArgs,
}

pub(crate) fn execute(args: &Args, color: bool) -> anyhow::Result<Outcome> {
    if args.ballot_pr {
        return ballot_pr(args);
    }
    let (outcome, diagnostics, summary) = match load_repo(&args.dir, &LoadOptions::default()) {
        Ok(loaded) => {
            let c = &loaded.content;
            let mut summary = format!(
                "checked {}, {} and {}",
                count(c.goals.len(), "goal", "goals"),
                count(c.communities.len(), "community", "communities"),
                count(c.updates.len(), "update", "updates")
            );
            if !c.polls.is_empty() {
                summary = format!(
                    "{summary}, {} with {}",
                    count(c.polls.len(), "poll", "polls"),
                    count(c.ballots.len(), "ballot", "ballots")
                );
            }
            summary.push_str(": no errors");
            (Outcome::Success, loaded.warnings, summary)
        }
        Err(LoadError::Invalid(diagnostics)) => {
            let summary = format!(
                "found {} and {}",
                count(diagnostics.error_count(), "error", "errors"),
                count(diagnostics.warning_count(), "warning", "warnings")
            );
            (Outcome::ContentInvalid, diagnostics, summary)
        }
        Err(err) => return Err(err.into()),
    };
    let report = render(&diagnostics, args.format, color);
    if args.format == Format::Human {
        let mut stderr = std::io::stderr().lock();
        write!(stderr, "{report}")?;
        writeln!(stderr, "{summary}")?;
        write!(stderr, "{}", explain_hint(&diagnostics))?;
    } else {
        std::io::stdout().lock().write_all(report.as_bytes())?;
    }
    Ok(outcome)
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `--ballot-pr`: one line per reason to refuse, or one line saying the ballot is valid.
fn ballot_pr(args: &Args) -> anyhow::Result<Outcome> {
    let author = args.author.as_deref().unwrap_or_default();
    let base = args.base.as_deref().unwrap_or_default();
    let today = args.date.resolve()?;
    match cairn::ballot_pr::check_ballot_pr(&args.dir, author, base, today)? {
        Ok(poll) => {
            writeln!(std::io::stdout().lock(), "valid: the ballot of @{author} for poll `{poll}`")?;
            Ok(Outcome::Success)
        }
        Err(reasons) => {
            let mut out = std::io::stdout().lock();
            for reason in reasons {
                writeln!(out, "refused: {reason}")?;
            }
            Ok(Outcome::ContentInvalid)
        }
    }
}
