//! Diagnostics: every problem `cairn` finds in a repository, with the file, a 1-based line
//! and column inside that file, the offending text and a hint.
//!
//! A [`Problem`] says what is wrong (and is what tests match on); a [`Diagnostic`] places
//! it in a file. The loader collects all of them before failing, so a user fixes
//! everything in one go. [`render`] turns them into text for a terminal, one line each
//! for editors, JSON, or GitHub Actions annotations.

pub mod render;

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use cairn_model::Date;
use cairn_model::names::NameError;
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

/// What is wrong. Messages are lower case, without a trailing period, with names and keys
/// in backticks, and worded the same wherever the same problem occurs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// The file could not be read.
    #[error("cannot read this file: {reason}")]
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// The file is over the size limit.
    #[error("file is larger than the limit of {limit} bytes")]
    FileTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is not UTF-8.
    #[error("file is not valid UTF-8")]
    NotUtf8,
    /// The file is empty.
    #[error("file is empty")]
    EmptyFile,
    /// A control character, in the file or written as an escape in a value.
    #[error("control character U+{code:04X} is not allowed")]
    ControlCharacter {
        /// The character's code point.
        code: u32,
    },
    /// A symbolic link leads out of the repository.
    #[error("symbolic link points outside the repository, to `{target}`")]
    SymlinkOutside {
        /// Where it points.
        target: String,
    },
    /// A file or folder name cannot be a slug.
    #[error("`{name}` is not a valid {what} name: it {reason}")]
    BadName {
        /// "goal", "community" or "update".
        what: &'static str,
        /// The name as found.
        name: String,
        /// Why it is invalid.
        reason: NameError,
        /// A valid name close to it.
        suggestion: Option<String>,
    },
    /// A file sits deeper in its folder than cairn reads.
    #[error("this file is nested too deeply to be read")]
    TooDeep {
        /// Where such files go.
        expected: &'static str,
    },
    /// A file where cairn expects Markdown is something else.
    #[error("`{name}` is ignored: only `.md` files are read here")]
    StrayFile {
        /// The file's name.
        name: String,
    },
    /// Two goals share a slug.
    #[error("duplicate goal `{slug}`: `{other}` has the same name")]
    DuplicateSlug {
        /// The shared slug.
        slug: String,
        /// The other file.
        other: String,
    },
    /// A required file is missing.
    #[error("missing `{file}`")]
    MissingFile {
        /// The file's path.
        file: &'static str,
    },
    /// The file has no front matter.
    #[error("missing front matter")]
    MissingFrontMatter,
    /// The front matter is never closed.
    #[error("front matter opened with `{delimiter}` is never closed")]
    UnclosedFrontMatter {
        /// `---` or `+++`.
        delimiter: &'static str,
    },
    /// The front matter is over the size limit.
    #[error("front matter is larger than the limit of {limit} bytes")]
    FrontMatterTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The YAML or TOML does not parse.
    #[error("invalid {format}: {message}")]
    Syntax {
        /// "YAML" or "TOML".
        format: &'static str,
        /// The parser's message.
        message: String,
    },
    /// A key that is not allowed here.
    #[error("unknown key `{key}`")]
    UnknownKey {
        /// The key, with its table's prefix (`metric.curent`).
        key: String,
        /// The keys allowed in that table.
        expected: &'static [&'static str],
        /// The allowed key closest to it.
        suggestion: Option<&'static str>,
    },
    /// A required key is missing.
    #[error("missing required key `{key}`")]
    MissingKey {
        /// The key, with its table's prefix.
        key: String,
        /// An example line to add.
        example: &'static str,
    },
    /// A value of the wrong type.
    #[error("`{key}` must be {expected}, found {found}")]
    WrongType {
        /// The key.
        key: String,
        /// What it must be ("text", "a list of logins").
        expected: &'static str,
        /// What it is.
        found: &'static str,
    },
    /// The front matter (or a whole TOML file) is not a table of keys.
    #[error("front matter must be keys and values, found {found}")]
    NotATable {
        /// What it is.
        found: &'static str,
    },
    /// A whole number outside its range.
    #[error("`{key}` must be a whole number from {min} to {max}")]
    OutOfRange {
        /// The key.
        key: String,
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// An empty text value.
    #[error("`{key}` must not be empty")]
    EmptyValue {
        /// The key.
        key: String,
    },
    /// A value that is not one of the allowed keywords.
    #[error("`{value}` is not a valid `{key}`")]
    BadKeyword {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// The allowed values.
        expected: &'static [&'static str],
        /// The allowed value closest to it.
        suggestion: Option<&'static str>,
    },
    /// A value that is not an ISO 8601 date.
    #[error("`{value}` is not a valid date for `{key}`")]
    BadDate {
        /// The key.
        key: String,
        /// The value found.
        value: String,
    },
    /// `due` is before `started`.
    #[error("`due` ({due}) is before `started` ({started})")]
    DueBeforeStarted {
        /// The due date.
        due: Date,
        /// The start date.
        started: Date,
    },
    /// An owner, lead or author that is not a git-host login.
    #[error("`{value}` in `{key}` is not a git-host login: it {reason}")]
    BadLogin {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// Why it is invalid.
        reason: NameError,
    },
    /// A cadence interval that does not parse.
    #[error("`{value}` is not a valid `{key}`: {reason}")]
    BadInterval {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// Why.
        reason: cairn_model::goal::IntervalError,
    },
    /// A number that is NaN or infinite.
    #[error("`{key}` must be a finite number")]
    NotFinite {
        /// The key.
        key: String,
    },
    /// A cadence with no date to count from.
    #[error("`cadence` has no start date")]
    CadenceWithoutStart,
    /// An update names a goal that does not exist.
    #[error("unknown goal `{slug}`")]
    UnknownGoal {
        /// The slug as written.
        slug: String,
        /// The existing goal closest to it.
        suggestion: Option<String>,
    },
    /// A link to a Markdown file that does not exist.
    #[error("link to `{target}`, which does not exist")]
    BrokenLink {
        /// The target, as resolved (or as written, when it leads out of the repository).
        target: String,
    },
    /// A link to a Markdown file that exists but is not a page of the site.
    #[error("link to `{target}`, which is not a page of the site")]
    LinkNotAPage {
        /// The target.
        target: String,
    },
    /// A relative link to a file that is not published.
    #[error("link to `{target}`, a file the site does not publish")]
    RelativeLink {
        /// The destination as written.
        target: String,
    },
    /// A value that must be an address of some kind.
    #[error("`{key}` must be {expected}, found `{value}`")]
    BadUrl {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// What kind of address ("an `https://` or `http://` address").
        expected: &'static str,
    },
    /// A value that must be a language tag.
    #[error("`{value}` is not a valid `language`")]
    BadLanguage {
        /// The value found.
        value: String,
    },
    /// The git host cannot be told from the repository address.
    #[error("cannot tell the git host from `{url}`")]
    UnknownHost {
        /// The repository address.
        url: String,
    },
}

impl Problem {
    /// A stable, kebab-case name for the problem, for JSON output and documentation.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Unreadable { .. } => "unreadable",
            Problem::FileTooLarge { .. } => "file-too-large",
            Problem::NotUtf8 => "not-utf8",
            Problem::EmptyFile => "empty-file",
            Problem::ControlCharacter { .. } => "control-character",
            Problem::SymlinkOutside { .. } => "symlink-outside",
            Problem::BadName { .. } => "bad-name",
            Problem::TooDeep { .. } => "too-deep",
            Problem::StrayFile { .. } => "stray-file",
            Problem::DuplicateSlug { .. } => "duplicate-slug",
            Problem::MissingFile { .. } => "missing-file",
            Problem::MissingFrontMatter => "missing-front-matter",
            Problem::UnclosedFrontMatter { .. } => "unclosed-front-matter",
            Problem::FrontMatterTooLarge { .. } => "front-matter-too-large",
            Problem::Syntax { .. } => "syntax",
            Problem::UnknownKey { .. } => "unknown-key",
            Problem::MissingKey { .. } => "missing-key",
            Problem::WrongType { .. } => "wrong-type",
            Problem::NotATable { .. } => "not-a-table",
            Problem::OutOfRange { .. } => "out-of-range",
            Problem::EmptyValue { .. } => "empty-value",
            Problem::BadKeyword { .. } => "bad-keyword",
            Problem::BadDate { .. } => "bad-date",
            Problem::DueBeforeStarted { .. } => "due-before-started",
            Problem::BadLogin { .. } => "bad-login",
            Problem::BadInterval { .. } => "bad-interval",
            Problem::NotFinite { .. } => "not-finite",
            Problem::CadenceWithoutStart => "cadence-without-start",
            Problem::UnknownGoal { .. } => "unknown-goal",
            Problem::BadUrl { .. } => "bad-url",
            Problem::BrokenLink { .. } => "broken-link",
            Problem::LinkNotAPage { .. } => "link-not-a-page",
            Problem::RelativeLink { .. } => "relative-link",
            Problem::BadLanguage { .. } => "bad-language",
            Problem::UnknownHost { .. } => "unknown-host",
        }
    }

    /// How bad the problem is.
    pub fn severity(&self) -> Severity {
        match self {
            Problem::StrayFile { .. } | Problem::RelativeLink { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// A few words shown under the offending text.
    pub fn label(&self) -> String {
        match self {
            Problem::NotUtf8 => "first invalid byte".into(),
            Problem::MissingFrontMatter => "expected `---` or `+++` here".into(),
            Problem::UnclosedFrontMatter { .. } | Problem::FrontMatterTooLarge { .. } => {
                "front matter starts here".into()
            }
            Problem::MissingKey { key, .. } => format!("`{key}` belongs in here"),
            Problem::UnknownKey { .. } => "unknown key".into(),
            Problem::WrongType { expected, .. } => format!("expected {expected}"),
            Problem::EmptyValue { .. } => "empty".into(),
            Problem::BadKeyword { key, .. } => format!("not a `{key}`"),
            Problem::BadDate { .. } => "not a `YYYY-MM-DD` date".into(),
            Problem::DueBeforeStarted { .. } => "before `started`".into(),
            Problem::BadLogin { .. } => "not a login".into(),
            Problem::UnknownGoal { .. } => "no goal has this name".into(),
            Problem::BrokenLink { .. } | Problem::LinkNotAPage { .. } | Problem::RelativeLink { .. } => {
                "this link".into()
            }
            _ => "here".into(),
        }
    }

    /// A likely fix, when there is one.
    pub fn hint(&self) -> Option<String> {
        let list = |items: &[&str]| items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ");
        Some(match self {
            Problem::FileTooLarge { .. } => "split the text, or move large media to `static/` and link to it".into(),
            Problem::NotUtf8 => "save the file as UTF-8".into(),
            Problem::EmptyFile => "add front matter and text, or delete the file".into(),
            Problem::ControlCharacter { .. } => {
                "remove it: it is invisible in an editor and makes the feed and badges unreadable".into()
            }
            Problem::SymlinkOutside { .. } => "copy the file into the repository instead of linking to it".into(),
            Problem::BadName { suggestion: Some(s), .. } => {
                format!("rename it to `{s}` (lowercase letters, digits and `-`)")
            }
            Problem::BadName { .. } => "use lowercase letters, digits and `-`, as in `better-onboarding`".into(),
            Problem::TooDeep { expected } => format!("move it to {expected}"),
            Problem::StrayFile { .. } => "rename it to end in `.md`, or list it in `.gitignore`".into(),
            Problem::DuplicateSlug { .. } => {
                "goal names become page addresses (`/goals/<name>/`), so each must be unique: rename one file".into()
            }
            Problem::MissingFile { file: "cairn.toml" } => {
                "is this a cairn repository? `cairn init` creates one".into()
            }
            Problem::MissingFile { file } => format!("create `{file}`; `cairn init` shows an example"),
            Problem::MissingFrontMatter => {
                "start the file with a `---` line, its keys (such as `title: ...`), and another `---` line".into()
            }
            Problem::UnclosedFrontMatter { delimiter } => {
                format!("add a line with only `{delimiter}` after the last key")
            }
            Problem::FrontMatterTooLarge { .. } => "keep long text in the body, after the front matter".into(),
            Problem::UnknownKey { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::UnknownKey { expected, .. } => format!("expected one of {}", list(expected)),
            Problem::MissingKey { example, .. } => format!("add a line such as `{example}`"),
            Problem::WrongType { found: "a number" | "a boolean", expected: "text", .. } => {
                "put the value in quotes".into()
            }
            Problem::BadKeyword { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::BadKeyword { expected, .. } => format!("expected one of {}", list(expected)),
            Problem::BadDate { .. } => "write dates as `YYYY-MM-DD`, such as `2027-01-15`".into(),
            Problem::DueBeforeStarted { .. } => "check both dates: a goal cannot be due before it starts".into(),
            Problem::BadLogin { .. } => "use git-host logins such as `amara`, not names or e-mail addresses".into(),
            Problem::CadenceWithoutStart => "add `started: YYYY-MM-DD` to the goal, or `since:` to its cadence".into(),
            Problem::UnknownGoal { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::UnknownGoal { .. } => "name goals by their file name without `.md`".into(),
            Problem::BadLanguage { .. } => "use a BCP 47 tag such as `en` or `pt-BR`".into(),
            Problem::BrokenLink { .. } => "check the path: it is relative to this file's folder".into(),
            Problem::RelativeLink { .. } => {
                "only pages and the files in `static/` are on the site: put the file in `static/` and link to it from the root, as in `/map.png`".into()
            }
            Problem::LinkNotAPage { .. } => "only the charter, goals, communities and updates become pages: link to the file on the git host instead".into(),
            Problem::UnknownHost { .. } => "add `host = \"github\"`, `\"gitlab\"` or `\"gitea\"` to `[repo]`".into(),
            _ => return None,
        })
    }
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
