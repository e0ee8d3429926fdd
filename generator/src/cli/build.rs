//! `cairn build`: write the site.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use cairn::build::{BuildOptions, build_site};
use cairn::diagnostic::render::{Format, explain_hint, render};
use cairn::render::RenderOptions;
use cairn_model::Date;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Outcome;

/// Build the static site: pages, JSON API, feed, badges.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cairn build\n  cairn build content -o /tmp/site\n  \
cairn build --base-url https://example.org/goals/     a project site on GitHub Pages")]
pub(crate) struct Args {
    /// The repository to build.
    #[arg(default_value = ".")]
    dir: PathBuf,

    /// Where to write the site [default: DIR/public].
    #[arg(short, long)]
    output: Option<PathBuf>,

    /// The site's address, used instead of `base_url` from `cairn.toml` in every link,
    /// the feed, the sitemap and the widget snippets (the Pages workflow passes the
    /// address GitHub Pages gives the site).
    #[arg(long, value_name = "URL", value_parser = parse_base_url)]
    base_url: Option<String>,

    /// Leave the git history out (a faster build, or a shallow clone): no progress
    /// charts, and no ballot counted.
    #[arg(long)]
    no_history: bool,

    #[command(flatten)]
    date: DateArgs,
}

/// `--base-url`: an absolute `https://` or `http://` address.
fn parse_base_url(value: &str) -> Result<String, String> {
    let web = url::Url::parse(value).is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some());
    if web {
        Ok(value.to_owned())
    } else {
        Err("it must be an `https://` or `http://` address, such as `https://org.github.io/goals/`".to_owned())
    }
}

/// The day progress and review states are computed for.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct DateArgs {
    /// Compute progress and reviews as of this day (YYYY-MM-DD) [default: today, or the
    /// day of SOURCE_DATE_EPOCH when set, for reproducible builds].
    #[arg(long, value_name = "DATE")]
    today: Option<Date>,
}

impl DateArgs {
    pub(crate) fn resolve(&self) -> anyhow::Result<Date> {
        if let Some(day) = self.today {
            return Ok(day);
        }
        if let Some(epoch) = std::env::var_os("SOURCE_DATE_EPOCH") {
            let seconds: i64 = epoch
                .to_str()
                .and_then(|s| s.trim().parse().ok())
                .ok_or_else(|| anyhow::anyhow!("`SOURCE_DATE_EPOCH` must be a number of seconds"))?;
            let at = jiff::Timestamp::from_second(seconds)?;
            return Ok(at.to_zoned(jiff::tz::TimeZone::UTC).date());
        }
        Ok(super::today())
    }
}

pub(crate) fn execute(args: &Args, color: bool) -> anyhow::Result<Outcome> {
    let options = BuildOptions {
        output: args.output.clone().unwrap_or_else(|| args.dir.join("public")),
        render: RenderOptions {
            today: args.date.resolve()?,
            base_url: args.base_url.clone(),
            templates: None,
            endpoint: None,
        },
        load: cairn::LoadOptions::default(),
        no_history: args.no_history,
        working_tree: false,
        history_cache: None,
    };
    let spinner = spinner();
    let result = build_site(&args.dir, &options, &|stage| spinner.set_message(stage.to_owned()));
    spinner.finish_and_clear();
    match result {
        Ok(report) => {
            let mut err = std::io::stderr().lock();
            if !report.warnings.is_empty() {
                write!(err, "{}", render(&report.warnings, Format::Human, color))?;
                write!(err, "{}", explain_hint(&report.warnings))?;
            }
            writeln!(
                std::io::stdout().lock(),
                "built {} pages ({} files) in {} ms into `{}`",
                report.pages,
                report.files,
                report.elapsed.as_millis(),
                options.output.display()
            )?;
            report.written.remove_previous();
            Ok(Outcome::Success)
        }
        Err(e) => {
            let Some(diagnostics) = e.diagnostics() else { return Err(e.into()) };
            let mut err = std::io::stderr().lock();
            write!(err, "{}", render(&diagnostics, Format::Human, color))?;
            writeln!(
                err,
                "the site was not built: {} error(s); the previous output is unchanged",
                diagnostics.error_count()
            )?;
            write!(err, "{}", explain_hint(&diagnostics))?;
            Ok(Outcome::ContentInvalid)
        }
    }
}

/// A spinner on a terminal; nothing elsewhere.
fn spinner() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template("{spinner} {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()));
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
