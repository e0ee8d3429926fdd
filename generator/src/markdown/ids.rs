//! The ids of one body: headings' anchors made as GitHub makes them, footnotes' from their
//! names, and the ids raw HTML asks for; every id unique within the body and prefixed
//! `md-`, so that a body's ids never clash with the page's own and a link written for the
//! git host (`#plan-1`, `#ünïcode`) finds its heading here too.

use std::collections::{BTreeMap, HashMap, HashSet};

use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeGeneralCategory};

/// The prefix of every id in a body.
pub(crate) const PREFIX: &str = "md-";

#[derive(Default)]
pub(crate) struct Ids {
    used: HashSet<String>,
    /// How many headings had each anchor so far.
    headings: HashMap<String, usize>,
    /// Each footnote's id and number, numbered in order of first mention.
    footnotes: BTreeMap<String, (String, usize)>,
}

impl Ids {
    /// A heading's id: its anchor as GitHub makes it (the second "Plan" is `plan-1`),
    /// made unique against every other id of the body.
    pub(crate) fn heading(&mut self, text: &str) -> String {
        let mut base = anchor(text);
        if base.is_empty() {
            base = "section".to_owned();
        }
        let seen = self.headings.entry(base.clone()).or_default();
        let mut n = *seen;
        *seen += 1;
        loop {
            let id = if n == 0 { format!("{PREFIX}{base}") } else { format!("{PREFIX}{base}-{n}") };
            if self.used.insert(id.clone()) {
                return id;
            }
            n += 1;
        }
    }

    /// The same id and number for a footnote's reference and its definition.
    pub(crate) fn footnote(&mut self, name: &str) -> (String, usize) {
        if let Some(found) = self.footnotes.get(name) {
            return found.clone();
        }
        let base = cairn_model::Slug::suggest(name).map_or_else(|| "note".to_owned(), String::from);
        let found = (self.unique(&format!("{PREFIX}fn-{base}")), self.footnotes.len() + 1);
        self.footnotes.insert(name.to_owned(), found.clone());
        found
    }

    /// The id raw HTML gives an element (`<a id="x">` or `name="x"`), prefixed; `None`
    /// when the body already has it, since an id names one element.
    pub(crate) fn claim(&mut self, id: &str) -> Option<String> {
        if id.is_empty() || id.contains(char::is_whitespace) {
            return None;
        }
        let id = if id.starts_with(PREFIX) { id.to_owned() } else { format!("{PREFIX}{id}") };
        self.used.insert(id.clone()).then_some(id)
    }

    fn unique(&mut self, base: &str) -> String {
        let mut id = base.to_owned();
        let mut n = 1;
        while !self.used.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// A heading's anchor as GitHub, GitLab and Forgejo make it: the text in lower case, each
/// space a hyphen, and only letters, marks, digits, `_` and `-` kept, in any script.
pub(crate) fn anchor(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            '-' | '_' => Some(c),
            c if word(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// Whether `c` is a word character as the hosts' regular expressions read `\p{Word}`.
fn word(c: char) -> bool {
    matches!(c.general_category_group(), GeneralCategoryGroup::Letter | GeneralCategoryGroup::Mark)
        || matches!(c.general_category(), GeneralCategory::DecimalNumber | GeneralCategory::ConnectorPunctuation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_made_as_the_git_host_makes_them() {
        for (text, want) in [
            ("Why it matters", "why-it-matters"),
            ("Ünïcode", "ünïcode"),
            ("Stabilize never type (`!`)", "stabilize-never-type-"),
            ("FAQ: what's `cargo-script`?", "faq-whats-cargo-script"),
            ("目標と進捗", "目標と進捗"),
            ("हिन्दी में", "हिन्दी-में"),
            ("الأهداف 2026", "الأهداف-2026"),
            ("Ship it 🚀", "ship-it-"),
            ("snake_case and  two spaces", "snake_case-and--two-spaces"),
        ] {
            assert_eq!(anchor(text), want, "{text}");
        }
    }

    #[test]
    fn repeated_headings_are_numbered_from_one_and_every_id_is_unique() {
        let mut ids = Ids::default();
        let got: Vec<String> = ["Plan", "Plan", "Plan 1", "!!!", "Plan"].iter().map(|t| ids.heading(t)).collect();
        assert_eq!(got, ["md-plan", "md-plan-1", "md-plan-1-1", "md-section", "md-plan-2"]);
        assert_eq!(ids.claim("plan"), None, "taken by a heading");
        assert_eq!(ids.claim("top").as_deref(), Some("md-top"));
        assert_eq!(ids.claim("md-top"), None);
        assert_eq!(ids.claim("a b"), None);
        assert_eq!(ids.footnote("1"), ("md-fn-1".to_owned(), 1));
    }
}
