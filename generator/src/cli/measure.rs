//! `cairn measure`: the measured metrics' new values, written into their goal files. The
//! measuring is `cairn-import`'s; this loads the repository, prints a line per goal and
//! the failures as diagnostics, and puts every file back if the repository no longer
//! loads after the writing.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use cairn::diagnostic::render::{Format, explain_hint, render};
use cairn::diagnostic::{Diagnostic, Diagnostics, Problem, SourceFile};
use cairn::{LoadError, LoadOptions, key_span, load_repo};
use cairn_import::measure::edit::format_number;
use cairn_import::measure::{self, Client, Env, Measurement, Options, Target};

use super::Outcome;

/// Measure the metrics that have a `source`, and write the new values into the goals.
#[derive(Debug, clap::Args)]
#[command(after_help = "Tokens come from the environment: GITHUB_TOKEN (or GH_TOKEN), GITLAB_TOKEN (or \
CI_JOB_TOKEN), FORGEJO_TOKEN (or GITEA_TOKEN); the APIs' addresses from GITHUB_API_URL, CI_API_V4_URL and \
FORGEJO_API_URL, as their CI sets them. Each token goes only to its own host (the CI's server, else the \
[repo] host, else github.com, gitlab.com or codeberg.org).\n\nExamples:\n  cairn measure --dry-run     show the new values, write nothing\n  \
GITHUB_TOKEN=… cairn measure\n  cairn measure --allow-commands   also run `command` sources")]
pub(crate) struct Args {
    /// The repository.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Print the changes, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Run `command` sources (they run in the repository with `sh -c`).
    #[arg(long)]
    allow_commands: bool,
    /// Seconds one request or command may take.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    timeout: u64,
    /// How to print failures.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub(crate) fn execute(args: &Args, color: bool) -> anyhow::Result<Outcome> {
    let loaded = match load_repo(&args.dir, &LoadOptions::default()) {
        Ok(loaded) => loaded,
        Err(LoadError::Invalid(diagnostics)) => {
            let mut err = std::io::stderr().lock();
            write!(err, "{}", render(&diagnostics, args.format, color))?;
            writeln!(err, "nothing measured: fix the repository first (`cairn check`)")?;
            return Ok(Outcome::ContentInvalid);
        }
        Err(err) => return Err(err.into()),
    };
    let content = &loaded.content;
    let targets: Vec<Target> = content
        .goals
        .iter()
        .filter_map(|g| {
            let metric = g.metric.as_ref()?;
            Some(Target {
                slug: g.slug.to_string(),
                path: g.path.clone(),
                source: metric.source()?.clone(),
                current: metric.current(),
            })
        })
        .collect();
    let mut err = std::io::stderr().lock();
    if targets.is_empty() {
        writeln!(err, "no goal has a measured metric (`metric.source`): nothing to measure")?;
        return Ok(Outcome::Success);
    }
    let repo_host = content.config.repo.as_ref().and_then(|r| {
        let host = r.url.split("://").nth(1)?.split('/').next()?;
        Some((host.to_owned(), r.host))
    });
    let options = Options {
        repo: args.dir.clone(),
        repo_host,
        allow_commands: args.allow_commands,
        timeout: Duration::from_secs(args.timeout),
    };
    if args.format == Format::Human {
        writeln!(err, "measuring {} {}", targets.len(), if targets.len() == 1 { "goal" } else { "goals" })?;
    }
    let mut measurements = measure::measure(&targets, &options, &Env::from_process(), &Client::new(options.timeout));
    let originals: Vec<(PathBuf, String)> = measurements
        .iter()
        .filter(|m| m.changed())
        .filter_map(|m| {
            let path = args.dir.join(&m.path);
            std::fs::read_to_string(&path).ok().map(|t| (path, t))
        })
        .collect();
    let written = measure::write(&args.dir, &mut measurements, args.dry_run);
    if !args.dry_run && !written.is_empty() && load_repo(&args.dir, &LoadOptions::default()).is_err() {
        for (path, text) in &originals {
            std::fs::write(path, text)?;
        }
        anyhow::bail!(
            "the new values would leave the repository invalid, so every goal file is as it was; please report this"
        );
    }
    let failures: Vec<Diagnostic> = measurements.iter().filter_map(|m| failure(&args.dir, m)).collect();
    let failed = failures.len();
    let diagnostics = Diagnostics::new(failures);
    let text = render(&diagnostics, args.format, color);
    if args.format == Format::Human {
        for m in &measurements {
            if let Some(line) = line(m, args.dry_run) {
                writeln!(err, "{line}")?;
            }
        }
        write!(err, "{text}")?;
        let changed = measurements.iter().filter(|m| m.changed() && m.result.is_ok()).count();
        let verb = if args.dry_run { "would change" } else { "changed" };
        writeln!(
            err,
            "measured {} of {}: {changed} {verb}, {} unchanged, {failed} failed",
            measurements.len() - failed,
            measurements.len(),
            measurements.len() - failed - changed
        )?;
        write!(err, "{}", explain_hint(&diagnostics))?;
    } else {
        std::io::stdout().lock().write_all(text.as_bytes())?;
    }
    Ok(if failed == 0 { Outcome::Success } else { Outcome::MeasureFailed })
}

/// The line a measured goal gets: its new value, or that it is as it was.
fn line(m: &Measurement, dry_run: bool) -> Option<String> {
    let value = m.result.as_ref().ok()?;
    let before = m.before.map_or_else(|| "not measured".to_owned(), format_number);
    Some(if m.changed() {
        format!(
            "{}: current {before} → {}{}",
            m.path,
            format_number(*value),
            if dry_run { " (not written: --dry-run)" } else { "" }
        )
    } else {
        format!("{}: current {before}, unchanged", m.path)
    })
}

/// A failed measurement as a diagnostic at its goal's `source`.
fn failure(dir: &std::path::Path, m: &Measurement) -> Option<Diagnostic> {
    let problem = Problem::Measure(m.result.clone().err()?);
    let Ok(text) = std::fs::read_to_string(dir.join(&m.path)) else {
        return Some(Diagnostic::file(m.path.clone(), problem));
    };
    let file = SourceFile { path: m.path.clone(), text: text.into() };
    Some(match key_span(&file, &["metric", "source"]) {
        Some(span) => Diagnostic::at(&file, span, problem),
        None => Diagnostic::file(m.path.clone(), problem),
    })
}
