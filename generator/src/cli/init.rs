//! `cairn init`: write a starter repository.

use std::io::Write;
use std::path::PathBuf;

use cairn::init::{InitOptions, RELEASE_URL};

use super::Outcome;

/// Create a starter repository: settings, a charter, a goal of each kind, a
/// sub-community, an update, a poll, and GitHub Actions workflows that check pull
/// requests and ballots and publish the site on GitHub Pages. Never overwrites a file.
#[derive(Debug, clap::Args)]
#[command(after_help = concat!(
    "The workflows install this version of cairn (",
    env!("CARGO_PKG_VERSION"),
    ") from its release archives, checked against their SHA-256 sums.\n\n",
    "Examples:\n  cairn init lantern-goals\n  cd lantern-goals && cairn check\n  ",
    "cairn init --branch trunk --release-url https://mirror.example.org/cairn/releases"
))]
pub(crate) struct Args {
    /// Where to create it (made if missing).
    #[arg(default_value = ".")]
    dir: PathBuf,

    /// The branch the workflows check and publish from [default: the current branch of
    /// the git repository DIR is in, else `main`].
    #[arg(long, value_name = "NAME")]
    branch: Option<String>,

    /// Where the workflows download cairn's release archives (`v<version>/` below it holds
    /// the archives and `SHA256SUMS`), for a fork or a mirror.
    #[arg(long, value_name = "URL", default_value = RELEASE_URL)]
    release_url: String,
}

pub(crate) fn execute(args: &Args) -> anyhow::Result<Outcome> {
    let options = InitOptions { branch: args.branch.clone(), release_url: Some(args.release_url.clone()) };
    let written = cairn::init::init_repo(&args.dir, super::today(), &options)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "created a cairn repository in `{}` with {} files", args.dir.display(), written.len())?;
    writeln!(out, "next: edit `charter.md` and `cairn.toml`, then run `cairn check {}`", args.dir.display())?;
    writeln!(
        out,
        "on GitHub, `.github/workflows/` checks pull requests and ballots and publishes the site with Pages"
    )?;
    Ok(Outcome::Success)
}
