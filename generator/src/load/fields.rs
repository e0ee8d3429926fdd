//! Typed reading of front matter and configuration tables, with a diagnostic for every
//! unknown key, missing key, wrong type and malformed value — all of them, not just the
//! first, and each pointing at the exact key or value.

use std::cell::RefCell;
use std::ops::Range;
use std::str::FromStr;

use cairn_model::goal::UnknownKeyword;
use cairn_model::{Date, Login};

use super::node::{Key, Node, Value};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

/// One parsed document inside a file, collecting the diagnostics found while reading it.
pub(crate) struct Doc<'a> {
    pub(crate) file: &'a SourceFile,
    /// Where the parsed text starts in the file: node spans are relative to it.
    base: usize,
    diagnostics: RefCell<Vec<Diagnostic>>,
}

impl<'a> Doc<'a> {
    pub(crate) fn new(file: &'a SourceFile, base: usize) -> Self {
        Self { file, base, diagnostics: RefCell::new(Vec::new()) }
    }

    /// Reports `problem` at `span`, relative to the parsed text.
    pub(crate) fn report(&self, span: &Range<usize>, problem: Problem) {
        self.report_in_file(self.file_span(span), problem);
    }

    /// Turns `span`, relative to the parsed text, into a span of the whole file.
    pub(crate) fn file_span(&self, span: &Range<usize>) -> Range<usize> {
        self.base + span.start..self.base + span.end
    }

    /// Reports `problem` at `span`, relative to the whole file.
    pub(crate) fn report_in_file(&self, span: Range<usize>, problem: Problem) {
        self.diagnostics.borrow_mut().push(Diagnostic::at(self.file, span, problem));
    }

    pub(crate) fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics.into_inner()
    }
}

/// The schemes an address may have, and how to describe them in a message.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Addresses {
    pub(crate) schemes: &'static [&'static str],
    pub(crate) expected: &'static str,
}

/// A value with the span it was read from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) span: Range<usize>,
}

/// A table (map) of keys being read. Unknown keys are reported when it is opened.
pub(crate) struct Table<'a> {
    doc: &'a Doc<'a>,
    prefix: &'static str,
    entries: &'a [(Key, Node)],
    /// Where "missing key" diagnostics point, relative to the whole file.
    anchor: Range<usize>,
}

impl<'a> Table<'a> {
    /// Opens the document's top-level table. `anchor` (a span of the whole file) is where
    /// missing keys are reported: the front matter's opening line.
    pub(crate) fn root(
        doc: &'a Doc<'a>,
        node: &'a Node,
        anchor: Range<usize>,
        allowed: &'static [&'static str],
    ) -> Option<Self> {
        let Value::Map(entries) = &node.value else {
            let found = node.value.describe();
            doc.report_in_file(anchor, Problem::NotATable { found });
            return None;
        };
        Some(Self::open(doc, "", entries, anchor, allowed))
    }

    fn open(
        doc: &'a Doc<'a>,
        prefix: &'static str,
        entries: &'a [(Key, Node)],
        anchor: Range<usize>,
        allowed: &'static [&'static str],
    ) -> Self {
        for (key, _) in entries {
            if !allowed.contains(&key.name.as_str()) {
                let suggestion = did_you_mean(&key.name, allowed.iter().copied());
                let problem =
                    Problem::UnknownKey { key: format!("{prefix}{}", key.name), expected: allowed, suggestion };
                doc.report(&key.span, problem);
            }
        }
        Self { doc, prefix, entries, anchor }
    }

    /// The node of `key`, if present. A key with no value (`title:` or `title: ~`) counts
    /// as absent.
    pub(crate) fn node(&self, key: &str) -> Option<&'a Node> {
        self.entries.iter().find(|(k, n)| k.name == key && n.value != Value::Null).map(|(_, n)| n)
    }

    /// The span of `key` itself (not its value).
    pub(crate) fn key_span(&self, key: &str) -> Option<Range<usize>> {
        self.entries.iter().find(|(k, _)| k.name == key).map(|(k, _)| k.span.clone())
    }

    fn name(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn wrong_type(&self, key: &str, node: &Node, expected: &'static str) {
        self.doc.report(&node.span, Problem::WrongType { key: self.name(key), expected, found: node.value.describe() });
    }

    /// Reports that `key` is missing (at the table) or has no value (at the key), with an
    /// example line to add.
    pub(crate) fn missing(&self, key: &str, example: &'static str) {
        match self.key_span(key) {
            Some(span) => self.doc.report(&span, Problem::EmptyValue { key: self.name(key) }),
            None => self.doc.report_in_file(self.anchor.clone(), Problem::MissingKey { key: self.name(key), example }),
        }
    }

    /// Optional non-empty text. `null` counts as absent.
    pub(crate) fn text(&self, key: &str) -> Option<Spanned<String>> {
        let node = self.node(key)?;
        match &node.value {
            Value::Str(s) if s.trim().is_empty() => {
                self.doc.report(&node.span, Problem::EmptyValue { key: self.name(key) });
                None
            }
            Value::Str(s) if s.chars().any(crate::escape::is_control) => {
                let code = s.chars().find(|&c| crate::escape::is_control(c)).map_or(0, u32::from);
                self.doc.report(&node.span, Problem::ControlCharacter { code });
                None
            }
            Value::Str(s) => Some(Spanned { value: s.trim().to_owned(), span: node.span.clone() }),
            _ => {
                self.wrong_type(key, node, "text");
                None
            }
        }
    }

    /// Required non-empty text.
    pub(crate) fn required_text(&self, key: &str, example: &'static str) -> Option<Spanned<String>> {
        if self.node(key).is_none() {
            self.missing(key, example);
        }
        self.text(key)
    }

    /// A keyword such as a kind or status.
    pub(crate) fn keyword<T: FromStr<Err = UnknownKeyword>>(
        &self,
        key: &str,
        example: &'static str,
    ) -> Option<Spanned<T>> {
        let Some(node) = self.node(key) else {
            self.missing(key, example);
            return None;
        };
        let Value::Str(text) = &node.value else {
            self.wrong_type(key, node, "a keyword");
            return None;
        };
        let text = Spanned { value: text.trim().to_owned(), span: node.span.clone() };
        match text.value.parse::<T>() {
            Ok(value) => Some(Spanned { value, span: text.span }),
            Err(UnknownKeyword { expected }) => {
                let suggestion = did_you_mean(&text.value.to_lowercase(), expected.iter().copied());
                self.doc.report(
                    &text.span,
                    Problem::BadKeyword { key: self.name(key), value: text.value, expected, suggestion },
                );
                None
            }
        }
    }

    /// An optional `YYYY-MM-DD` date (YAML text or a TOML local date).
    pub(crate) fn date(&self, key: &str) -> Option<Spanned<Date>> {
        let node = self.node(key)?;
        let text = match &node.value {
            Value::Str(s) | Value::Datetime(s) => s,
            _ => {
                self.wrong_type(key, node, "a date");
                return None;
            }
        };
        match parse_date(text) {
            Some(value) => Some(Spanned { value, span: node.span.clone() }),
            None => {
                self.doc.report(&node.span, Problem::BadDate { key: self.name(key), value: text.clone() });
                None
            }
        }
    }

    /// An optional finite number.
    pub(crate) fn number(&self, key: &str) -> Option<Spanned<f64>> {
        let node = self.node(key)?;
        #[allow(clippy::cast_precision_loss, reason = "metric values are far below 2^53")]
        let value = match node.value {
            Value::Int(n) => n as f64,
            Value::Float(f) => f,
            _ => {
                self.wrong_type(key, node, "a number");
                return None;
            }
        };
        if !value.is_finite() {
            self.doc.report(&node.span, Problem::NotFinite { key: self.name(key) });
            return None;
        }
        Some(Spanned { value, span: node.span.clone() })
    }

    /// An optional `true` or `false`.
    pub(crate) fn flag(&self, key: &str) -> Option<bool> {
        let node = self.node(key)?;
        if let Value::Bool(b) = node.value {
            return Some(b);
        }
        self.wrong_type(key, node, "`true` or `false`");
        None
    }

    /// A required finite number.
    pub(crate) fn required_number(&self, key: &str, example: &'static str) -> Option<Spanned<f64>> {
        if self.node(key).is_none() {
            self.missing(key, example);
        }
        self.number(key)
    }

    /// An optional whole number (of days, choices, points) within `min..=max`: a number
    /// outside it is out of range, anything else (a quoted `"30"`) of the wrong type.
    pub(crate) fn count(&self, key: &str, min: u32, max: u32) -> Option<u32> {
        let node = self.node(key)?;
        let problem = match node.value {
            Value::Int(n) if (i64::from(min)..=i64::from(max)).contains(&n) => return u32::try_from(n).ok(),
            Value::Int(_) | Value::Float(_) => {
                Problem::OutOfRange { key: self.name(key), min: i64::from(min), max: i64::from(max) }
            }
            _ => Problem::WrongType { key: self.name(key), expected: "a whole number", found: node.value.describe() },
        };
        self.doc.report(&node.span, problem);
        None
    }

    /// A list of texts; a single text counts as a list of one.
    pub(crate) fn texts(&self, key: &str) -> Vec<Spanned<String>> {
        let Some(node) = self.node(key) else {
            return Vec::new();
        };
        let items: Vec<&Node> = match &node.value {
            Value::Seq(items) => items.iter().collect(),
            Value::Str(_) => vec![node],
            _ => {
                self.wrong_type(key, node, "a list");
                return Vec::new();
            }
        };
        items
            .into_iter()
            .filter_map(|item| match &item.value {
                Value::Str(s) if s.chars().any(crate::escape::is_control) => {
                    let code = s.chars().find(|&c| crate::escape::is_control(c)).map_or(0, u32::from);
                    self.doc.report(&item.span, Problem::ControlCharacter { code });
                    None
                }
                Value::Str(s) if !s.trim().is_empty() => {
                    Some(Spanned { value: s.trim().to_owned(), span: item.span.clone() })
                }
                Value::Str(_) => {
                    self.doc.report(&item.span, Problem::EmptyValue { key: self.name(key) });
                    None
                }
                _ => {
                    self.wrong_type(key, item, "a list of text");
                    None
                }
            })
            .collect()
    }

    /// A list of git-host logins; a single login counts as a list of one.
    pub(crate) fn logins(&self, key: &str) -> Vec<Login> {
        self.texts(key)
            .into_iter()
            .filter_map(|t| match Login::new(&t.value) {
                Ok(login) => Some(login),
                Err(reason) => {
                    self.doc.report(&t.span, Problem::BadLogin { key: self.name(key), value: t.value, reason });
                    None
                }
            })
            .collect()
    }

    /// The list under `key`, whatever its items.
    pub(crate) fn list(&self, key: &str) -> &'a [Node] {
        match self.node(key) {
            None => &[],
            Some(Node { value: Value::Seq(items), .. }) => items,
            Some(node) => {
                self.wrong_type(key, node, "a list");
                &[]
            }
        }
    }

    /// Checks that `value` (read from `key`) is an address with one of `allowed`'s schemes.
    pub(crate) fn address(&self, key: &str, value: Spanned<String>, allowed: Addresses) -> Option<String> {
        let lower = value.value.to_ascii_lowercase();
        if allowed.schemes.iter().any(|s| lower.starts_with(s) && lower.len() > s.len()) {
            Some(value.value)
        } else {
            let problem = Problem::BadUrl { key: self.name(key), value: value.value, expected: allowed.expected };
            self.doc.report(&value.span, problem);
            None
        }
    }

    /// Opens the sub-table under `key`, named `prefix` (`"metric."`) in messages.
    pub(crate) fn table(&self, key: &str, prefix: &'static str, allowed: &'static [&'static str]) -> Option<Table<'a>> {
        let node = self.node(key)?;
        match &node.value {
            Value::Map(entries) => {
                let anchor = self.key_span(key).unwrap_or(node.span.clone());
                let anchor = self.doc.file_span(&anchor);
                Some(Table::open(self.doc, prefix, entries, anchor, allowed))
            }
            _ => {
                self.wrong_type(key, node, "a table of keys");
                None
            }
        }
    }

    /// Opens the sub-table under `key` whose keys are names the community chooses (the
    /// roles of `people`): no key is unknown.
    pub(crate) fn free_table(&self, key: &str, prefix: &'static str) -> Option<Table<'a>> {
        let node = self.node(key)?;
        match &node.value {
            Value::Map(entries) => {
                let anchor = self.doc.file_span(&self.key_span(key).unwrap_or(node.span.clone()));
                Some(Self { doc: self.doc, prefix, entries, anchor })
            }
            _ => {
                self.wrong_type(key, node, "a table of keys");
                None
            }
        }
    }

    /// The table's keys, in the order written.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'a Key> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// Opens a table found as a list item (such as one of a charter's values).
    pub(crate) fn item_table(
        &self,
        node: &'a Node,
        prefix: &'static str,
        allowed: &'static [&'static str],
    ) -> Option<Table<'a>> {
        let Value::Map(entries) = &node.value else {
            return None;
        };
        let anchor = self.doc.file_span(&node.span);
        Some(Table::open(self.doc, prefix, entries, anchor, allowed))
    }

    pub(crate) fn doc(&self) -> &'a Doc<'a> {
        self.doc
    }
}

/// Parses a strict `YYYY-MM-DD` date.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !shape {
        return None;
    }
    text.parse().ok()
}

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub(crate) fn did_you_mean<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), c))
        .filter(|&(distance, c)| distance <= limit || (c.len() >= 4 && (c.starts_with(word) || word.starts_with(c))))
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let keys = ["title", "kind", "status", "review_by", "started", "due"];
        let cases: &[(&str, Option<&str>)] = &[
            ("revew_by", Some("review_by")),
            ("reviewby", Some("review_by")),
            ("titel", Some("title")),
            ("stauts", Some("status")),
            ("start", Some("started")),
            ("kinds", Some("kind")),
            ("colour", None),
            ("x", None),
        ];
        for (word, want) in cases {
            assert_eq!(did_you_mean(word, keys), *want, "{word}");
        }
    }

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2026-01-15").is_some());
        for bad in ["2026-02-30", "2026-1-15", "15.01.2026", "2026-01-15T10:00", "2026/01/15", "", "２０２６-01-15"]
        {
            assert!(parse_date(bad).is_none(), "{bad}");
        }
    }
}
