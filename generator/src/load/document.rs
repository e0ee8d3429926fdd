//! Opening a Markdown content file: split off its front matter, parse it as YAML or TOML,
//! and hand back a [`Doc`] that collects diagnostics positioned in the file itself.

use std::ops::Range;

use super::LoadOptions;
use super::fields::{Doc, Table};
use super::frontmatter::{self, Format, SplitError};
use super::node::{self, Node, Value};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

/// A content file with its front matter parsed.
pub(crate) struct Document<'a> {
    pub(crate) doc: Doc<'a>,
    pub(crate) node: Node,
    /// The opening delimiter, where "missing key" diagnostics point.
    pub(crate) open: Range<usize>,
    pub(crate) body: &'a str,
}

impl<'a> Document<'a> {
    /// Splits and parses `file`.
    pub(crate) fn open(file: &'a SourceFile, options: &LoadOptions) -> Result<Self, Diagnostic> {
        let split = frontmatter::split(&file.text, options.max_front_matter_bytes).map_err(|e| {
            let (span, problem) = match e {
                SplitError::Missing => (0..first_line_len(&file.text), Problem::MissingFrontMatter),
                SplitError::Unclosed { delimiter, open } => (open, Problem::UnclosedFrontMatter { delimiter }),
                SplitError::TooLarge { open } => {
                    (open, Problem::FrontMatterTooLarge { limit: options.max_front_matter_bytes })
                }
            };
            Diagnostic::at(file, span, problem)
        })?;
        let parsed = match split.format {
            Format::Yaml => node::parse_yaml(split.text),
            Format::Toml => node::parse_toml(split.text),
        };
        let node = parsed.map_err(|e| {
            let span = e.span.map_or(split.open.clone(), |s| split.offset + s.start..split.offset + s.end);
            Diagnostic::at(file, span, Problem::Syntax { format: split.format.name(), message: e.message })
        })?;
        Ok(Self { doc: Doc::new(file, split.offset), node, open: split.open, body: split.body })
    }

    /// The top-level table, with unknown keys reported.
    pub(crate) fn table(&'a self, allowed: &'static [&'static str]) -> Option<Table<'a>> {
        Table::root(&self.doc, &self.node, self.open.clone(), allowed)
    }
}

/// Where the key at `path` (`["metric", "source"]`) is written in `file`'s front matter
/// (or in `file` itself, for a `.toml` file such as `cairn.toml`), as a span of the whole
/// file; `None` when the file does not parse or has no such key.
pub fn key_span(file: &SourceFile, path: &[&str]) -> Option<Range<usize>> {
    let (node, base) = if file.path.ends_with(".toml") {
        (node::parse_toml(&file.text).ok()?, 0)
    } else {
        let document = Document::open(file, &LoadOptions::default()).ok()?;
        let base = document.doc.file_span(&(0..0)).start;
        (document.node, base)
    };
    let mut node = &node;
    let mut span = None;
    for name in path {
        let Value::Map(entries) = &node.value else { return None };
        let (key, value) = entries.iter().find(|(k, _)| k.name == *name)?;
        span = Some(base + key.span.start..base + key.span.end);
        node = value;
    }
    span
}

fn first_line_len(text: &str) -> usize {
    text.find('\n').unwrap_or(text.len())
}
