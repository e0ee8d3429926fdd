//! Reading `charter.md` into a [`Charter`].

use cairn_model::charter::{Charter, Value as CharterValue};

use super::LoadOptions;
use super::document::Document;
use super::fields::Table;
use super::node::Value;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &["title", "purpose", "adopted", "review_by", "values"];
const VALUE_KEYS: &[&str] = &["name", "description"];

/// Reads the charter.
pub(crate) fn read_charter(file: &SourceFile, options: &LoadOptions) -> Result<Charter, Vec<Diagnostic>> {
    let document = Document::open(file, options).map_err(|d| vec![d])?;
    let charter = document.table(KEYS).and_then(|t| build(&t, document.body));
    let diagnostics = document.doc.into_diagnostics();
    match charter {
        Some(charter) if diagnostics.is_empty() => Ok(charter),
        _ => Err(diagnostics),
    }
}

fn build(t: &Table<'_>, body: &str) -> Option<Charter> {
    let title = t.required_text("title", "title: Our charter");
    let purpose = t.required_text("purpose", "purpose: We help newcomers ship their first contribution");
    let adopted = t.date("adopted");
    let review_by = t.date("review_by");
    let values = values(t);
    Some(Charter {
        title: title?.value,
        purpose: purpose?.value,
        adopted: adopted.map(|d| d.value),
        review_by: review_by.map(|d| d.value),
        values,
        body: body.to_owned(),
    })
}

/// `values` is a list whose items are a name, or a table with `name` and `description`.
fn values(t: &Table<'_>) -> Vec<CharterValue> {
    let mut out = Vec::new();
    for item in t.list("values") {
        match &item.value {
            Value::Str(name) if name.trim().is_empty() => {
                t.doc().report(&item.span, Problem::EmptyValue { key: "values".into() });
            }
            Value::Str(name) => out.push(CharterValue { name: name.trim().to_owned(), description: None }),
            Value::Map(_) => {
                let Some(v) = t.item_table(item, "values.", VALUE_KEYS) else {
                    continue;
                };
                let name = v.required_text("name", "name: Openness");
                let description = v.text("description");
                if let Some(name) = name {
                    out.push(CharterValue { name: name.value, description: description.map(|d| d.value) });
                }
            }
            other => t.doc().report(
                &item.span,
                Problem::WrongType {
                    key: "values".into(),
                    expected: "a name or a table with `name` and `description`",
                    found: other.describe(),
                },
            ),
        }
    }
    out
}
