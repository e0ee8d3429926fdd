//! `cairn import`: goals kept elsewhere, written as a cairn repository. The importers are
//! `cairn-import`'s; this prints what they found upstream as diagnostics and says what was
//! written.

use std::io::Write;
use std::path::{Path, PathBuf};

use cairn::diagnostic::render::{Format, explain_hint, render};
use cairn::diagnostic::{Diagnostic, Diagnostics, Problem, SourceFile};
use cairn_import::{Finding, Import, ImportError, Report};

use super::Outcome;

/// Import goals kept elsewhere into a cairn repository.
#[derive(Debug, clap::Args)]
#[command(after_help = "Importing again into the same folder updates what changed upstream and keeps \
what the community added by hand: keys cairn does not import, comments, and text outside the \
`cairn-import` markers.\n\nExamples:\n  \
git clone https://github.com/rust-lang/rust-project-goals\n  \
cairn import rust-project-goals rust-project-goals goals\n  \
cairn import kep enhancements sig-goals --dry-run\n  \
cairn check goals")]
pub(crate) struct Args {
    #[command(subcommand)]
    from: From,
}

#[derive(Debug, clap::Subcommand)]
enum From {
    /// A checkout of rust-lang/rust-project-goals: a sub-community per period
    /// (`src/2025h1/`), a goal per file with a `| Metadata | |` table.
    RustProjectGoals(Common),
    /// A checkout of kubernetes/enhancements: a sub-community per SIG, a goal per KEP
    /// (`keps/<sig>/<number>-<name>/kep.yaml` and its README).
    Kep(Common),
}

#[derive(Debug, clap::Args)]
struct Common {
    /// The upstream checkout.
    src: PathBuf,
    /// The cairn repository to write (made when missing).
    dest: PathBuf,
    /// Say what would be written, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// How to print what upstream could not give.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// An importer of `cairn-import`: the checkout, and how its paths are shown.
type Importer = fn(&Path, &str) -> Result<Import, ImportError>;

pub(crate) fn execute(args: &Args, color: bool) -> anyhow::Result<Outcome> {
    let (common, import): (&Common, Importer) = match &args.from {
        From::RustProjectGoals(c) => (c, cairn_import::rust_goals::import),
        From::Kep(c) => (c, cairn_import::kep::import),
    };
    let shown = common.src.display().to_string();
    let Import { plan, findings } = import(&common.src, &shown)?;
    let report = cairn_import::write(&plan, &common.dest, common.dry_run)?;
    let dest = common.dest.display().to_string();
    let diagnostics = Diagnostics::new(
        findings
            .iter()
            .map(diagnostic)
            .chain(report.kept.iter().map(|f| diagnostic(&Finding { path: format!("{dest}/{}", f.path), ..f.clone() })))
            .collect(),
    );
    let goals = plan.files.iter().filter(|(p, _)| !p.ends_with("/_index.md")).count();
    let communities = plan.files.len() - goals;
    let summary = summary(&report, goals, communities, &shown, &dest, common.dry_run);
    let text = render(&diagnostics, common.format, color);
    if common.format == Format::Human {
        let mut err = std::io::stderr().lock();
        write!(err, "{text}")?;
        writeln!(err, "{summary}")?;
        for stale in &report.stale {
            writeln!(err, "left as it is: `{dest}/{stale}` (upstream no longer has it; remove it if it is done with)")?;
        }
        write!(err, "{}", explain_hint(&diagnostics))?;
        if !common.dry_run {
            writeln!(err, "next: `cairn check {dest}`, then `cairn serve {dest}`")?;
        }
    } else {
        std::io::stdout().lock().write_all(text.as_bytes())?;
    }
    Ok(Outcome::Success)
}

/// A finding as the renderer prints diagnostics.
fn diagnostic(f: &Finding) -> Diagnostic {
    let problem = Problem::Import(f.problem.clone());
    match (&f.text, &f.span) {
        (Some(text), Some(span)) => {
            Diagnostic::at(&SourceFile { path: f.path.clone(), text: text.clone() }, span.clone(), problem)
        }
        _ => Diagnostic::file(f.path.clone(), problem),
    }
}

fn summary(report: &Report, goals: usize, communities: usize, src: &str, dest: &str, dry_run: bool) -> String {
    let (verb, create, update) =
        if dry_run { ("would import", "would create", "would update") } else { ("imported", "created", "updated") };
    format!(
        "{verb} {goals} {} in {communities} {} from `{src}` into `{dest}`: {} {create}, {} {update}, {} unchanged",
        if goals == 1 { "goal" } else { "goals" },
        if communities == 1 { "sub-community" } else { "sub-communities" },
        report.created.len(),
        report.updated.len(),
        report.unchanged
    )
}
