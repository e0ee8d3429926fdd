//! Renderers for [`Diagnostics`]: rustc-style reports for a terminal (miette), one line per
//! problem for editors and `grep`, JSON for tools, and GitHub Actions annotations.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};
use serde::Serialize;

use super::{Diagnostic, Diagnostics, Severity};

/// How to print diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Reports with the offending line, a caret and a hint, like rustc.
    #[default]
    Human,
    /// `path:line:column: severity: message`, one per line.
    Short,
    /// A JSON document (its schema is in the user guide's Diagnostics chapter).
    Json,
    /// GitHub Actions workflow commands, which show as annotations on pull requests.
    Github,
}

/// Renders `diagnostics` in `format`. `color` applies to [`Format::Human`] only.
pub fn render(diagnostics: &Diagnostics, format: Format, color: bool) -> String {
    match format {
        Format::Human => human(diagnostics, color),
        Format::Short => diagnostics.iter().map(|d| format!("{}\n", Short(d))).collect(),
        Format::Json => json(diagnostics),
        Format::Github => diagnostics.iter().map(github).collect(),
    }
}

struct Short<'a>(&'a Diagnostic);

impl fmt::Display for Short<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.0;
        let severity = severity_word(d.severity());
        match &d.location {
            Some(l) => write!(f, "{}:{}:{}: {severity}: {}", d.path, l.line, l.column, d.problem)?,
            None => write!(f, "{}: {severity}: {}", d.path, d.problem)?,
        }
        if let Some(hint) = d.problem.hint() {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// The closing lines of a report for a terminal, as rustc ends its own: the codes that
/// have a page, and the command that prints one. Empty without diagnostics.
pub fn explain_hint(diagnostics: &Diagnostics) -> String {
    let mut codes: Vec<&str> = Vec::new();
    for d in diagnostics {
        if !codes.contains(&d.problem.code()) {
            codes.push(d.problem.code());
        }
    }
    match codes.as_slice() {
        [] => String::new(),
        [one] => format!("For more information about this problem, try `cairn explain {one}`.\n"),
        [first, ..] => format!(
            "Some problems have detailed explanations: {}.\nFor more information about a problem, try `cairn explain {first}`.\n",
            codes.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn human(diagnostics: &Diagnostics, color: bool) -> String {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_links(false).with_context_lines(1).with_width(100);
    let mut out = String::new();
    for d in diagnostics {
        let report = Report::new(d);
        if handler.render_report(&mut out, &report).is_err() {
            out.push_str(&format!("{}\n", Short(d)));
        }
        out.push('\n');
    }
    out
}

/// A [`Diagnostic`] seen through miette's eyes.
#[derive(Debug)]
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<NamedSource<std::sync::Arc<str>>>,
}

impl<'a> Report<'a> {
    fn new(diagnostic: &'a Diagnostic) -> Self {
        let source = diagnostic.source.clone().map(|text| NamedSource::new(&diagnostic.path, text));
        Self { diagnostic, source }
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.diagnostic.location, &self.source) {
            (Some(_), Some(_)) => write!(f, "{}", self.diagnostic.problem),
            _ => write!(f, "{}: {}", self.diagnostic.path, self.diagnostic.problem),
        }
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(format!("cairn::{}", self.diagnostic.problem.code())))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity() {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diagnostic.problem.hint().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let loc = self.diagnostic.location.as_ref()?;
        self.source.as_ref()?;
        let span = SourceSpan::new(loc.span.start.into(), loc.span.len());
        let label = LabeledSpan::new_with_span(Some(self.diagnostic.problem.label()), span);
        Some(Box::new(std::iter::once(label)))
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'static str,
    message: String,
    path: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    source_line: Option<&'a str>,
    hint: Option<String>,
}

fn json(diagnostics: &Diagnostics) -> String {
    let items = diagnostics
        .iter()
        .map(|d| {
            let end = d
                .location
                .as_ref()
                .zip(d.source.as_deref())
                .map(|(l, text)| super::Location::of(text, l.span.end..l.span.end));
            JsonDiagnostic {
                severity: d.severity(),
                code: d.problem.code(),
                message: d.problem.to_string(),
                path: &d.path,
                line: d.location.as_ref().map(|l| l.line),
                column: d.location.as_ref().map(|l| l.column),
                end_line: end.as_ref().map(|l| l.line),
                end_column: end.as_ref().map(|l| l.column),
                source_line: d.source_line(),
                hint: d.problem.hint(),
            }
        })
        .collect();
    let report =
        JsonReport { errors: diagnostics.error_count(), warnings: diagnostics.warning_count(), diagnostics: items };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_else(|_| String::from("{}"));
    out.push('\n');
    out
}

/// One `::error file=…,line=…,col=…::message` workflow command.
fn github(d: &Diagnostic) -> String {
    // https://docs.github.com/actions/reference/workflow-commands-for-github-actions
    let escape_data = |s: &str| s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    let escape_prop = |s: &str| escape_data(s).replace(':', "%3A").replace(',', "%2C");
    let mut props = format!("file={}", escape_prop(&d.path));
    if let Some(l) = &d.location {
        props.push_str(&format!(",line={},col={}", l.line, l.column));
    }
    props.push_str(&format!(",title={}", escape_prop(&format!("cairn::{}", d.problem.code()))));
    let mut message = d.problem.to_string();
    if let Some(hint) = d.problem.hint() {
        message.push_str(&format!(" (hint: {hint})"));
    }
    format!("::{} {props}::{}\n", severity_word(d.severity()), escape_data(&message))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Problem, SourceFile};

    fn sample() -> Diagnostics {
        let file = SourceFile { path: "goals/a.md".into(), text: "---\ntitle: A\nrevew_by: 2027-01-01\n---\n".into() };
        let unknown =
            Problem::UnknownKey { key: "revew_by".into(), expected: &["review_by"], suggestion: Some("review_by") };
        Diagnostics::new(vec![
            Diagnostic::at(&file, 13..21, unknown),
            Diagnostic::file("charter.md", Problem::MissingFile { file: "charter.md" }),
        ])
    }

    #[test]
    fn short_format() {
        assert_eq!(
            render(&sample(), Format::Short, false),
            "charter.md: error: missing `charter.md` (hint: create `charter.md`; `cairn init` in an empty folder writes an example of it)\n\
             goals/a.md:3:1: error: unknown key `revew_by` (hint: did you mean `review_by`?)\n"
        );
    }

    #[test]
    fn human_format_shows_line_caret_and_hint() {
        let out = render(&sample(), Format::Human, false);
        assert!(out.contains("cairn::unknown-key"), "{out}");
        assert!(out.contains("[goals/a.md:3:1]"), "{out}");
        assert!(out.contains("revew_by: 2027-01-01"), "{out}");
        assert!(out.contains("────┬───"), "a caret under the key: {out}");
        assert!(out.contains("help: did you mean `review_by`?"), "{out}");
        assert!(!out.contains('\u{1b}'), "no colour codes when colour is off");
    }

    #[test]
    fn json_format() {
        let v: serde_json::Value = serde_json::from_str(&render(&sample(), Format::Json, false)).unwrap();
        assert_eq!(v["errors"], 2);
        let d = &v["diagnostics"][1];
        assert_eq!(d["code"], "unknown-key");
        assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(1)));
        assert_eq!((d["end_line"].as_u64(), d["end_column"].as_u64()), (Some(3), Some(9)));
        assert_eq!(d["source_line"], "revew_by: 2027-01-01");
        assert_eq!(d["hint"], "did you mean `review_by`?");
        assert_eq!(v["diagnostics"][0]["line"], serde_json::Value::Null);
    }

    #[test]
    fn github_format_escapes() {
        let out = render(&sample(), Format::Github, false);
        assert!(
            out.contains("::error file=goals/a.md,line=3,col=1,title=cairn%3A%3Aunknown-key::unknown key `revew_by`"),
            "{out}"
        );
    }
}
