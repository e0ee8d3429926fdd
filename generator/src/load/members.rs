//! Reading `members.toml`: named lists of git-host logins that polls use as electorates
//! (`maintainers = ["amara", "bo"]`).

use std::collections::BTreeMap;

use cairn_model::Login;

use super::fields::Doc;
use super::node::{self, Value};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

/// Reads `members.toml` into its lists, by name.
pub(crate) fn read_members(file: &SourceFile) -> Result<BTreeMap<String, Vec<Login>>, Vec<Diagnostic>> {
    let node = node::parse_toml(&file.text).map_err(|e| {
        let problem = Problem::Syntax { format: "TOML", message: e.message };
        vec![Diagnostic::at(file, e.span.unwrap_or(0..0), problem)]
    })?;
    let doc = Doc::new(file, 0);
    let mut lists = BTreeMap::new();
    if let Value::Map(entries) = &node.value {
        for (key, value) in entries {
            let Value::Seq(items) = &value.value else {
                let found = value.value.describe();
                doc.report(
                    &value.span,
                    Problem::WrongType { key: key.name.clone(), expected: "a list of logins", found },
                );
                continue;
            };
            let mut logins = Vec::new();
            for item in items {
                match &item.value {
                    Value::Str(text) => match Login::new(text.trim()) {
                        Ok(login) => logins.push(login),
                        Err(reason) => doc.report(
                            &item.span,
                            Problem::BadLogin { key: key.name.clone(), value: text.clone(), reason },
                        ),
                    },
                    other => doc.report(
                        &item.span,
                        Problem::WrongType { key: key.name.clone(), expected: "a login", found: other.describe() },
                    ),
                }
            }
            lists.insert(key.name.clone(), logins);
        }
    }
    let diagnostics = doc.into_diagnostics();
    if diagnostics.is_empty() { Ok(lists) } else { Err(diagnostics) }
}
