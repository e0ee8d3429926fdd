//! Diagnostics: every problem `cairn` finds in a repository, with the file, a 1-based line
//! and column inside that file, the offending text and a hint.
//!
//! A [`Problem`] says what is wrong (and is what tests match on); a [`Diagnostic`] places
//! it in a file. The loader collects all of them before failing, so a user fixes
//! everything in one go. [`render`] turns them into text for a terminal, one line each
//! for editors, JSON, or GitHub Actions annotations.

pub mod explain;
mod problem;
pub mod render;

pub use problem::Problem;

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use serde::Serialize;

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The content is invalid: `cairn check` fails and nothing is built.
    Error,
    /// Worth a look, but nothing is lost.
    Warning,
}

/// A text file, shared by the diagnostics that point into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path relative to the repository root, with `/` separators.
    pub path: String,
    /// The whole text.
    pub text: Arc<str>,
}

/// Where in its file a diagnostic points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The byte range in the file.
    pub span: Range<usize>,
}

impl Location {
    /// The location of byte range `span` in `text` (clamped to the text).
    pub fn of(text: &str, span: Range<usize>) -> Self {
        let start = floor_char_boundary(text, span.start.min(text.len()));
        let end = floor_char_boundary(text, span.end.clamp(start, text.len()));
        let before = &text[..start];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = text[line_start..start].chars().count() + 1;
        Self { line, column, span: start..end }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A [`Problem`] placed in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// What is wrong.
    /// (Boxed: problems are large, and diagnostics travel in `Result`s.)
    pub problem: Box<Problem>,
    /// The file, relative to the repository root, with `/` separators.
    pub path: String,
    /// Where in the file, when the problem is about a particular place.
    pub location: Option<Location>,
    source: Option<Arc<str>>,
}

impl Diagnostic {
    /// A problem with a whole file.
    pub fn file(path: impl Into<String>, problem: Problem) -> Self {
        Self { problem: Box::new(problem), path: path.into(), location: None, source: None }
    }

    /// A problem at byte range `span` of `file`.
    pub fn at(file: &SourceFile, span: Range<usize>, problem: Problem) -> Self {
        Self {
            problem: Box::new(problem),
            path: file.path.clone(),
            location: Some(Location::of(&file.text, span)),
            source: Some(Arc::clone(&file.text)),
        }
    }

    /// How bad it is.
    pub fn severity(&self) -> Severity {
        self.problem.severity()
    }

    /// The line of the file the diagnostic points at, without its line break.
    pub fn source_line(&self) -> Option<&str> {
        let (text, loc) = (self.source.as_deref()?, self.location.as_ref()?);
        text.split('\n').nth(loc.line - 1).map(|l| l.trim_end_matches('\r'))
    }

    fn sort_key(&self) -> (&str, usize) {
        (&self.path, self.location.as_ref().map_or(0, |l| l.span.start))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(loc) => write!(f, "{}:{}:{}: {}", self.path, loc.line, loc.column, self.problem),
            None => write!(f, "{}: {}", self.path, self.problem),
        }
    }
}

/// Every diagnostic of one run, sorted by file and position.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    /// Collects and sorts `items`.
    pub fn new(mut items: Vec<Diagnostic>) -> Self {
        items.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        Self(items)
    }

    /// All diagnostics.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.0.iter()
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many are errors.
    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.severity() == Severity::Error).count()
    }

    /// How many are warnings.
    pub fn warning_count(&self) -> usize {
        self.0.len() - self.error_count()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_are_one_based_and_count_characters() {
        let text = "---\ntitle: Café\nkind: outcom\n";
        let at = |s: usize, e: usize| {
            let l = Location::of(text, s..e);
            (l.line, l.column)
        };
        assert_eq!(at(0, 3), (1, 1));
        assert_eq!(at(4, 9), (2, 1));
        let kind_value = text.find("outcom").unwrap();
        assert_eq!(at(kind_value, kind_value + 6), (3, 7));
        assert_eq!(at(text.len() + 10, text.len() + 20), (4, 1), "clamped to the end");
        let e_acute = text.find('é').unwrap();
        assert_eq!(Location::of(text, e_acute + 1..e_acute + 2).span.start, e_acute, "inside a character");
    }

    #[test]
    fn source_line_is_the_offending_line() {
        let file = SourceFile { path: "goals/a.md".into(), text: "---\r\nkind: x\r\n---\r\n".into() };
        let d = Diagnostic::at(&file, 5..9, Problem::MissingFrontMatter);
        assert_eq!(d.source_line(), Some("kind: x"));
        assert_eq!(d.to_string(), "goals/a.md:2:1: missing front matter");
    }
}
