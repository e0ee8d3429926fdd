//! `cairn explain`: the page of a diagnostic code, as `rustc --explain` prints one.

use std::io::Write;

use anyhow::bail;
use cairn::diagnostic::explain::{all, closest, explanation, summary};

use super::Outcome;

/// Explain a diagnostic code: what is wrong, a wrong and a right example, how to fix it.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cairn explain missing-key\n  cairn explain          list every code")]
pub(crate) struct Args {
    /// The code, as diagnostics name it (`missing-key`); without one, every code is listed.
    code: Option<String>,
}

/// Prints the page of the code, or the list of codes.
pub(crate) fn execute(args: &Args) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    match args.code.as_deref() {
        None => {
            let width = all().map(|(code, _)| code.len()).max().unwrap_or(0);
            for (code, page) in all() {
                writeln!(out, "{code:width$}  {}", summary(page))?;
            }
        }
        Some(code) => {
            // `cairn::missing-key`, as the terminal report heads each problem, works too.
            let code = code.trim().trim_start_matches("cairn::");
            let Some(page) = explanation(code) else {
                let hint = closest(code).map_or_else(String::new, |c| format!(" (did you mean `{c}`?)"));
                bail!("no diagnostic code `{code}`{hint}; `cairn explain` lists them all");
            };
            out.write_all(page.as_bytes())?;
        }
    }
    Ok(Outcome::Success)
}
