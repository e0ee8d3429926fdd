//! Argument definitions and dispatch; one module per subcommand.

mod build;
mod check;
#[cfg(feature = "endpoint")]
mod endpoint;
mod explain;
mod import;
mod init;
mod measure;
mod new;
mod serve;

use std::io::IsTerminal;

use clap::{Parser, Subcommand, ValueEnum};

/// What a command achieved, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: the content has errors (already reported).
    ContentInvalid,
    /// Exit 1: `cairn measure` could not measure a goal (already reported).
    MeasureFailed,
    /// Exit 1: `cairn endpoint health` found the endpoint unhealthy (already reported).
    #[cfg_attr(not(feature = "endpoint"), allow(dead_code, reason = "only `cairn endpoint health` says it"))]
    Unhealthy,
}

/// Keeps a community's shared goals in git and publishes them.
#[derive(Debug, Parser)]
#[command(name = "cairn", version, about, propagate_version = true, max_term_width = 100)]
#[command(after_help = "Exit codes: 0 ok, 1 content invalid (or, for `cairn endpoint health`, the endpoint\n\
unhealthy; for `cairn measure`, a goal not measured), 2 usage or I/O error.\n\n\
Examples:\n  cairn init my-community      start a new goals repository\n  \
cairn check my-community     report every problem in it\n  \
cairn serve my-community     preview the site at http://127.0.0.1:1111/\n  \
cairn import kep enhancements goals   import the KEPs of a kubernetes/enhancements checkout\n  \
cairn endpoint --site public take ballots for the site's endpoint polls\n  \
cairn new goal better-docs --kind outcome --community docs")]
pub(crate) struct Cli {
    /// When to use colour.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto, env = "CAIRN_COLOR")]
    color: ColorChoice,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

impl ColorChoice {
    fn enabled(self) -> bool {
        match self {
            Self::Always => true,
            Self::Never => false,
            Self::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal(),
        }
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::Args),
    Check(check::Args),
    #[cfg(feature = "endpoint")]
    Endpoint(endpoint::Args),
    Explain(explain::Args),
    Import(import::Args),
    Init(init::Args),
    Measure(measure::Args),
    #[cfg(feature = "endpoint")]
    Invites(endpoint::InvitesArgs),
    New(new::Args),
    Serve(serve::Args),
}

/// Runs the command `cli` asks for.
pub(crate) fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let color = cli.color.enabled();
    match cli.command {
        Command::Build(args) => build::execute(&args, color),
        Command::Check(args) => check::execute(&args, color),
        #[cfg(feature = "endpoint")]
        Command::Endpoint(args) => endpoint::execute(&args),
        #[cfg(feature = "endpoint")]
        Command::Invites(args) => endpoint::invites(&args),
        Command::Explain(args) => explain::execute(&args),
        Command::Import(args) => import::execute(&args, color),
        Command::Init(args) => init::execute(&args),
        Command::Measure(args) => measure::execute(&args, color),
        Command::New(args) => new::execute(&args),
        Command::Serve(args) => serve::execute(&args, color),
    }
}

/// Today's date in the local time zone.
pub(crate) fn today() -> cairn_model::Date {
    jiff::Zoned::now().date()
}
