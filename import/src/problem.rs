//! What an import can find wrong upstream, or in the folder it writes to: each a
//! [`Problem`] with a stable code (explained by `cairn explain CODE`, pages in `explain/`)
//! placed in its upstream file as a [`Finding`]. None stops an import: the value is left
//! out (or made from what there is), the rest still imports.

use std::ops::Range;
use std::sync::Arc;

/// What is wrong with an upstream value. Messages are lower case, without a trailing
/// period, with names in backticks, as cairn's other diagnostics.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// An upstream file that cannot be read or parsed.
    #[error("cannot read this file: {reason}")]
    Unreadable {
        /// Why.
        reason: String,
    },
    /// A date that is not a day of the calendar (`2023-14-05`).
    #[error("`{value}` in `{field}` is not a valid date, so it is left out")]
    BadDate {
        /// The upstream field.
        field: String,
        /// The value.
        value: String,
    },
    /// A status cairn has no equivalent for.
    #[error("unknown status `{value}`: imported as `{fallback}`")]
    UnknownStatus {
        /// The value.
        value: String,
        /// The status written instead.
        fallback: &'static str,
    },
    /// A goal without a title.
    #[error("no title: the goal is titled `{fallback}`, after its file")]
    MissingTitle {
        /// The title written instead.
        fallback: String,
    },
    /// Any other value that cannot be imported: a person who is not a login, a link that is
    /// not a web address, a goal named that is not imported.
    #[error("`{value}` in `{field}` cannot be imported: it {reason}")]
    BadValue {
        /// The upstream field.
        field: String,
        /// The value.
        value: String,
        /// Why.
        reason: String,
    },
    /// A file in the destination that the import would update, but cannot.
    #[error("not updated: {reason}")]
    Kept {
        /// Why.
        reason: String,
    },
}

/// Every code, in the order of [`Problem::code`].
pub const CODES: &[&str] = &[
    "import-unreadable",
    "import-bad-date",
    "import-unknown-status",
    "import-missing-title",
    "import-bad-value",
    "import-kept",
];

/// The explanation page of every code (`cairn explain import-bad-date`), those of
/// [`crate::measure::MeasureProblem`] after.
pub const EXPLANATIONS: &[(&str, &str)] = &[
    ("import-unreadable", include_str!("../explain/import-unreadable.md")),
    ("import-bad-date", include_str!("../explain/import-bad-date.md")),
    ("import-unknown-status", include_str!("../explain/import-unknown-status.md")),
    ("import-missing-title", include_str!("../explain/import-missing-title.md")),
    ("import-bad-value", include_str!("../explain/import-bad-value.md")),
    ("import-kept", include_str!("../explain/import-kept.md")),
    ("measure-unreachable", include_str!("../explain/measure-unreachable.md")),
    ("measure-http-error", include_str!("../explain/measure-http-error.md")),
    ("measure-rate-limited", include_str!("../explain/measure-rate-limited.md")),
    ("measure-bad-answer", include_str!("../explain/measure-bad-answer.md")),
    ("measure-command-failed", include_str!("../explain/measure-command-failed.md")),
    ("measure-commands-not-allowed", include_str!("../explain/measure-commands-not-allowed.md")),
    ("measure-not-written", include_str!("../explain/measure-not-written.md")),
];

impl Problem {
    /// Its stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unreadable { .. } => "import-unreadable",
            Self::BadDate { .. } => "import-bad-date",
            Self::UnknownStatus { .. } => "import-unknown-status",
            Self::MissingTitle { .. } => "import-missing-title",
            Self::BadValue { .. } => "import-bad-value",
            Self::Kept { .. } => "import-kept",
        }
    }

    /// A likely fix.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Self::Unreadable { .. } => "fix the file upstream, or import again once it is fixed".into(),
            Self::BadDate { .. } => {
                "correct the date upstream (`YYYY-MM-DD`), or add it by hand to the goal written".into()
            }
            Self::UnknownStatus { .. } => {
                "correct the status upstream to one `cairn explain import-unknown-status` lists, and import again"
                    .into()
            }
            Self::MissingTitle { .. } => "give the goal a title upstream".into(),
            Self::BadValue { .. } => return None,
            Self::Kept { .. } => "move the file away to have it written afresh".into(),
        })
    }
}

/// A [`Problem`] in a file: upstream, or in the destination.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The file, as the import was given it (`rust-project-goals/src/2025h1/foo.md`).
    pub path: String,
    /// Its text, when it was read.
    pub text: Option<Arc<str>>,
    /// The byte range of the value in `text`.
    pub span: Option<Range<usize>>,
    /// What is wrong.
    pub problem: Problem,
}

impl Finding {
    /// The 1-based line it points at, when it points at a place.
    pub fn line(&self) -> Option<usize> {
        let (text, span) = (self.text.as_deref()?, self.span.as_ref()?);
        Some(text.get(..span.start)?.matches('\n').count() + 1)
    }

    /// `(path without prefix, line or 0, code)`, as tests compare findings.
    #[cfg(test)]
    pub(crate) fn placed(&self, prefix: &str) -> (String, usize, &'static str) {
        (self.path.trim_start_matches(prefix).to_owned(), self.line().unwrap_or(0), self.problem.code())
    }
}

/// Sorts findings by file, then by place in it.
pub(crate) fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        a.path.cmp(&b.path).then(a.span.as_ref().map(|s| s.start).cmp(&b.span.as_ref().map(|s| s.start)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_page_and_every_page_a_code() {
        let explained: Vec<&str> = EXPLANATIONS.iter().map(|(code, _)| *code).collect();
        let codes: Vec<&str> = CODES.iter().chain(crate::measure::CODES).copied().collect();
        assert_eq!(explained, codes);
        let problems = [
            Problem::Unreadable { reason: String::new() },
            Problem::BadDate { field: String::new(), value: String::new() },
            Problem::UnknownStatus { value: String::new(), fallback: "proposed" },
            Problem::MissingTitle { fallback: String::new() },
            Problem::BadValue { field: String::new(), value: String::new(), reason: String::new() },
            Problem::Kept { reason: String::new() },
        ];
        assert_eq!(problems.iter().map(Problem::code).collect::<Vec<_>>(), CODES, "in the order of `code`");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("explain");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("import/explain/")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut expected: Vec<String> = codes.iter().map(|c| format!("{c}.md")).collect();
        expected.sort();
        assert_eq!(files, expected, "a page for each code, and no other");
        for (code, page) in EXPLANATIONS {
            assert!(!page.contains("draft"), "{code}: written");
        }
    }
}
