//! Reading an update file (`updates/<date>-<name>.md`) into an [`Update`].

use std::ops::Range;

use cairn_model::{Slug, Update};

use super::LoadOptions;
use super::document::Document;
use super::fields::{Table, parse_date};
use super::node::Value;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &["title", "date", "goals", "authors"];

/// The goals an update names, and where, so that names of goals that do not exist can be
/// reported once every goal file is known — even when the update has other problems.
pub(crate) struct GoalRefs {
    pub(crate) file: SourceFile,
    pub(crate) refs: Vec<(Slug, Range<usize>)>,
}

/// Reads one update; `slug` comes from its file name. Without a `date` key, the date is
/// taken from a `YYYY-MM-DD-` prefix of the file name.
pub(crate) fn read_update(
    file: &SourceFile,
    slug: Slug,
    options: &LoadOptions,
) -> (Result<Update, Vec<Diagnostic>>, Option<GoalRefs>) {
    let document = match Document::open(file, options) {
        Ok(document) => document,
        Err(d) => return (Err(vec![d]), None),
    };
    let Some(table) = document.table(KEYS) else {
        return (Err(document.doc.into_diagnostics()), None);
    };
    let refs = goal_refs(&table);
    let update = build(&table, slug, &file.path, &refs, document.body);
    let diagnostics = document.doc.into_diagnostics();
    let refs = Some(GoalRefs { file: file.clone(), refs });
    match update {
        Some(update) if diagnostics.is_empty() => (Ok(update), refs),
        _ => (Err(diagnostics), refs),
    }
}

fn goal_refs(t: &Table<'_>) -> Vec<(Slug, Range<usize>)> {
    if t.node("goals").is_none() {
        t.missing("goals", "goals: [monthly-community-call]");
    }
    if let Some(node) = t.node("goals")
        && matches!(&node.value, Value::Seq(items) if items.is_empty())
    {
        t.doc().report(&node.span, Problem::EmptyValue { key: "goals".into() });
    }
    t.texts("goals")
        .into_iter()
        .filter_map(|name| match Slug::new(&name.value) {
            Ok(slug) => Some((slug, t.doc().file_span(&name.span))),
            Err(_) => {
                t.doc().report(&name.span, Problem::UnknownGoal { slug: name.value, suggestion: None });
                None
            }
        })
        .collect()
}

fn build(t: &Table<'_>, slug: Slug, path: &str, refs: &[(Slug, Range<usize>)], body: &str) -> Option<Update> {
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
    let goals = refs.iter().map(|(slug, _)| slug.clone()).collect();
    let authors = t.logins("authors");
    Some(Update {
        slug,
        path: path.to_owned(),
        title: title?.value,
        date: date?,
        goals,
        authors,
        body: body.to_owned(),
    })
}
