//! `cairn new`: add a content file from a template.

use std::io::Write;
use std::path::PathBuf;

use cairn::init::{NewGoal, new_goal};
use cairn_model::GoalKind;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use super::Outcome;

/// Add a new content file.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, clap::Subcommand)]
enum What {
    /// Add a proposed goal, `goals/[COMMUNITY/]SLUG.md`.
    #[command(after_help = "Examples:\n  cairn new goal better-onboarding\n  \
cairn new goal monthly-docs-sprint --kind process --community docs --title \"A docs sprint every month\"\n  \
cairn new goal offline-search --community 2026h1 --part-of lantern-2026 --continues offline-search-prototype")]
    Goal {
        /// The goal's name: lowercase letters, digits and `-` (it becomes the page address).
        slug: String,
        /// What kind of change it aims for.
        #[arg(long, default_value = "outcome", value_parser = PossibleValuesParser::new(GoalKind::KEYWORDS).try_map(|s| s.parse::<GoalKind>()))]
        kind: GoalKind,
        /// The sub-community folder to put it in.
        #[arg(long)]
        community: Option<String>,
        /// Its title (made from the slug if absent).
        #[arg(long)]
        title: Option<String>,
        /// The goal (a roadmap, an objective) it is a part of.
        #[arg(long, value_name = "GOAL")]
        part_of: Option<String>,
        /// The earlier goal it carries on.
        #[arg(long, value_name = "GOAL")]
        continues: Option<String>,
        /// The repository.
        #[arg(long, default_value = ".")]
        dir: PathBuf,
    },
}

pub(crate) fn execute(args: &Args) -> anyhow::Result<Outcome> {
    let What::Goal { slug, kind, community, title, part_of, continues, dir } = &args.what;
    let goal = NewGoal {
        slug: slug.clone(),
        kind: *kind,
        community: community.clone(),
        title: title.clone(),
        part_of: part_of.clone(),
        continues: continues.clone(),
    };
    let path = new_goal(dir, &goal, super::today())?;
    writeln!(std::io::stdout().lock(), "created `{}`", path.display())?;
    Ok(Outcome::Success)
}
