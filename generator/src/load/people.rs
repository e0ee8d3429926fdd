//! Reading a goal's `people` (role → logins) and `links` (`{ label, url }`). Whether each
//! role is one the site knows is checked once `cairn.toml` is read ([`super::relations`]).

use std::ops::Range;

use cairn_model::Slug;
use cairn_model::goal::{GoalLink, RoleHolders};

use super::fields::{Addresses, Table};
use crate::diagnostic::Problem;

const LINK_KEYS: &[&str] = &["label", "url"];
/// Where a goal's work happens: on the web.
const WEB: Addresses = Addresses { schemes: &["https://", "http://"], expected: "an `https://` or `http://` address" };

/// The roles of `people`, with the span of each role's name (relative to the whole file).
pub(crate) fn people(t: &Table<'_>) -> (Vec<RoleHolders>, Vec<(String, Range<usize>)>) {
    let Some(people) = t.free_table("people", "people.") else { return (Vec::new(), Vec::new()) };
    let mut holders = Vec::new();
    let mut spans = Vec::new();
    for key in people.keys() {
        let role = match Slug::new(&key.name) {
            Ok(role) => role,
            Err(reason) => {
                let suggestion = Slug::suggest(&key.name).map(|s| s.to_string());
                t.doc()
                    .report(&key.span, Problem::BadName { what: "role", name: key.name.clone(), reason, suggestion });
                continue;
            }
        };
        spans.push((key.name.clone(), t.doc().file_span(&key.span)));
        let logins = people.logins(&key.name);
        if !logins.is_empty() {
            holders.push(RoleHolders { role, logins });
        }
    }
    (holders, spans)
}

/// The goal's `links`.
pub(crate) fn links(t: &Table<'_>) -> Vec<GoalLink> {
    t.list("links")
        .iter()
        .filter_map(|item| {
            let Some(l) = t.item_table(item, "links.", LINK_KEYS) else {
                let problem = Problem::WrongType {
                    key: "links".into(),
                    expected: "a table with `label` and `url`",
                    found: item.value.describe(),
                };
                t.doc().report(&item.span, problem);
                return None;
            };
            let label = l.required_text("label", "label: Tracking issue");
            let url = l.required_text("url", "url: https://github.com/example/project/issues/1");
            let url = url.and_then(|u| l.address("url", u, WEB));
            Some(GoalLink { label: label?.value, url: url? })
        })
        .collect()
}
