//! Reading an update file (`updates/<date>-<name>.md`) into an [`Update`].

use std::ops::Range;

use cairn_model::{Slug, Update};

use super::LoadOptions;
use super::document::Document;
use super::fields::{Table, parse_date};
use super::node::Value;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &["title", "date", "goals", "authors"];

/// An update and where each of its goal names was written, so that names of goals that do
/// not exist can be reported once every goal is known.
pub(crate) struct ReadUpdate {
    pub(crate) update: Update,
    pub(crate) file: SourceFile,
    pub(crate) goal_spans: Vec<Range<usize>>,
}

/// Reads one update; `slug` comes from its file name. Without a `date` key, the date is
/// taken from a `YYYY-MM-DD-` prefix of the file name.
pub(crate) fn read_update(file: &SourceFile, slug: Slug, options: &LoadOptions) -> Result<ReadUpdate, Vec<Diagnostic>> {
    let document = Document::open(file, options).map_err(|d| vec![d])?;
    let read = document.table(KEYS).and_then(|t| build(&t, slug, document.body));
    let diagnostics = document.doc.into_diagnostics();
    match read {
        Some((update, goal_spans)) if diagnostics.is_empty() => {
            Ok(ReadUpdate { update, file: file.clone(), goal_spans })
        }
        _ => Err(diagnostics),
    }
}

fn build(t: &Table<'_>, slug: Slug, body: &str) -> Option<(Update, Vec<Range<usize>>)> {
    let title = t.required_text("title", "title: March community call");
    let date = match t.node("date") {
        Some(_) => t.date("date").map(|d| d.value),
        None => {
            let from_name = slug.as_str().get(..10).and_then(parse_date);
            if from_name.is_none() {
                t.missing("date", "date: 2026-03-02");
            }
            from_name
        }
    };
    if t.node("goals").is_none() {
        t.missing("goals", "goals: [monthly-community-call]");
    }
    let mut goals = Vec::new();
    let mut spans = Vec::new();
    for name in t.texts("goals") {
        match Slug::new(&name.value) {
            Ok(slug) => {
                goals.push(slug);
                spans.push(t.doc().file_span(&name.span));
            }
            Err(_) => t.doc().report(&name.span, Problem::UnknownGoal { slug: name.value, suggestion: None }),
        }
    }
    if let Some(node) = t.node("goals")
        && matches!(&node.value, Value::Seq(items) if items.is_empty())
    {
        t.doc().report(&node.span, Problem::EmptyValue { key: "goals".into() });
    }
    let authors = t.logins("authors");
    Some((Update { slug, title: title?.value, date: date?, goals, authors, body: body.to_owned() }, spans))
}
