//! `cairn init`: write a starter repository.

use std::io::Write;
use std::path::PathBuf;

use super::Outcome;

/// Create a starter repository: settings, a charter, a goal of each kind, a
/// sub-community, an update, a poll, and GitHub Actions workflows that check pull
/// requests and ballots and publish the site on GitHub Pages. Never overwrites a file.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cairn init lantern-goals\n  cd lantern-goals && cairn check")]
pub(crate) struct Args {
    /// Where to create it (made if missing).
    #[arg(default_value = ".")]
    dir: PathBuf,
}

pub(crate) fn execute(args: &Args) -> anyhow::Result<Outcome> {
    let written = cairn::init::init_repo(&args.dir, super::today())?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "created a cairn repository in `{}` with {} files", args.dir.display(), written.len())?;
    writeln!(out, "next: edit `charter.md` and `cairn.toml`, then run `cairn check {}`", args.dir.display())?;
    writeln!(
        out,
        "on GitHub, `.github/workflows/` checks pull requests and ballots and publishes the site with Pages"
    )?;
    Ok(Outcome::Success)
}
