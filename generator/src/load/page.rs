//! Reading one of the community's own pages, `pages/<name>.md`, into a [`Page`].

use cairn_model::{NavEntry, Page};

use super::LoadOptions;
use super::document::Document;
use super::fields::Table;
use crate::diagnostic::{Diagnostic, SourceFile};

const KEYS: &[&str] = &["title", "summary", "nav"];
const NAV_KEYS: &[&str] = &["order", "label"];

/// Reads the page `name` (`meetings/how-we-meet`).
pub(crate) fn read_page(file: &SourceFile, name: String, options: &LoadOptions) -> Result<Page, Vec<Diagnostic>> {
    let document = Document::open(file, options).map_err(|d| vec![d])?;
    let page = document.table(KEYS).and_then(|t| build(&t, name, &file.path, document.body));
    let diagnostics = document.doc.into_diagnostics();
    match page {
        Some(page) if diagnostics.is_empty() => Ok(page),
        _ => Err(diagnostics),
    }
}

fn build(t: &Table<'_>, name: String, path: &str, body: &str) -> Option<Page> {
    let title = t.required_text("title", "title: Code of conduct");
    let summary = t.text("summary").map(|s| s.value);
    let nav = t.table("nav", "nav.", NAV_KEYS).map(|n| NavEntry {
        order: n.count("order", 0, 1000).map_or(0, i64::from),
        label: n.text("label").map(|l| l.value),
    });
    Some(Page { name, path: path.to_owned(), title: title?.value, summary, nav, body: body.to_owned() })
}
