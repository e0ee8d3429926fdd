//! How an imported file is written, and written again. A file the importer made has its
//! front matter, then the upstream text between two markers:
//!
//! ```markdown
//! <!-- cairn-import: from src/2025h1/foo.md; the next import replaces what is between these markers -->
//! ...
//! <!-- cairn-import: end -->
//! ```
//!
//! Importing again into it replaces the keys the importer owns (title, status, people…)
//! with what upstream says now, removes those upstream dropped, and replaces the text
//! between the markers. Everything else stays as the community left it: keys added by
//! hand (a `metric`, `tags`, `review_by`), keys the importer only fills in once (`kind`),
//! comments, and any text before or after the markers. A file whose markers were removed
//! keeps its whole body.

use crate::yaml::{Yaml, line};

/// What every file an import wrote carries, at the start of its upstream text.
pub const MARKER: &str = "<!-- cairn-import: from ";
const BEGIN: &str = MARKER;
const END: &str = "<!-- cairn-import: end -->";

/// A file to write: its front matter and the upstream text.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    /// Keys upstream decides, in order: replaced on every import.
    pub owned: Vec<(&'static str, Yaml)>,
    /// Every key the importer owns, present or not: one upstream no longer gives is removed.
    pub owned_keys: &'static [&'static str],
    /// Keys written on the first import only, then the community's (`kind`).
    pub initial: Vec<(&'static str, Yaml)>,
    /// The text from upstream, between the markers; `None` for a file without one.
    pub body: Option<String>,
    /// The upstream file, relative to the source checkout.
    pub source: String,
}

impl Planned {
    /// The file as a first import writes it.
    pub fn fresh(&self) -> String {
        let mut out = String::from("---\n");
        for (key, value) in self.owned.iter().chain(&self.initial) {
            out.push_str(&line(key, value));
        }
        out.push_str("---\n");
        if let Some(body) = &self.body {
            out.push('\n');
            out.push_str(&self.marked(body));
        }
        out
    }

    fn marked(&self, body: &str) -> String {
        let body = body.trim_matches('\n');
        let gap = if body.is_empty() { "" } else { "\n\n" };
        format!(
            "{BEGIN}{}; the next import replaces what is between these markers -->\n\n{body}{gap}{END}\n",
            self.source
        )
    }

    /// `existing` (a file this importer may have written before), updated; `None` when it
    /// has no front matter to update (it is then left alone).
    pub fn merge(&self, existing: &str) -> Option<String> {
        let rest = existing.strip_prefix("---\n").or_else(|| existing.strip_prefix("---\r\n"))?;
        let close = rest.find("\n---").map(|i| i + 1).or_else(|| rest.starts_with("---").then_some(0))?;
        let (front, after) = rest.split_at(close);
        let after = after.strip_prefix("---")?;
        let mut out = String::from("---\n");
        let mut written: Vec<&str> = Vec::new();
        for block in blocks(front) {
            match block.key {
                Some(key) if self.owned_keys.contains(&key) => {
                    if let Some((k, value)) = self.owned.iter().find(|(k, _)| *k == key)
                        && !written.contains(k)
                    {
                        out.push_str(&line(k, value));
                        written.push(k);
                    }
                }
                Some(key) => {
                    out.push_str(block.text);
                    written.extend(self.initial.iter().map(|(k, _)| *k).filter(|k| *k == key));
                }
                None => out.push_str(block.text),
            }
        }
        for (key, value) in self.owned.iter().chain(&self.initial) {
            if !written.contains(key) {
                out.push_str(&line(key, value));
            }
        }
        out.push_str("---");
        out.push_str(&self.merge_body(after));
        Some(out)
    }

    fn merge_body(&self, after: &str) -> String {
        let Some(body) = &self.body else { return after.to_owned() };
        let (Some(begin), Some(end)) = (after.find(BEGIN), after.find(END)) else { return after.to_owned() };
        if end < begin {
            return after.to_owned();
        }
        let tail = &after[end + END.len()..];
        let tail = tail.strip_prefix('\n').unwrap_or(tail);
        format!("{}{}{tail}", &after[..begin], self.marked(body))
    }
}

/// A top-level key of a front matter with its lines (continuations included), or lines
/// that belong to no key (comments, blank lines).
struct Block<'a> {
    key: Option<&'a str>,
    text: &'a str,
}

fn blocks(front: &str) -> Vec<Block<'_>> {
    let mut found: Vec<Block<'_>> = Vec::new();
    let mut start = 0;
    let mut key: Option<&str> = None;
    let mut offset = 0;
    for l in front.split_inclusive('\n') {
        let top = top_level_key(l);
        let continuation = key.is_some() && top.is_none() && (l.starts_with([' ', '\t', '-']) || l.trim().is_empty());
        if !continuation {
            if offset > start {
                found.push(Block { key, text: &front[start..offset] });
            }
            start = offset;
            key = top;
        }
        offset += l.len();
    }
    if offset > start {
        found.push(Block { key, text: &front[start..offset] });
    }
    found
}

/// The key a line starts, when it starts one at the top level (`title: …`).
fn top_level_key(l: &str) -> Option<&str> {
    if l.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let (key, _) = l.split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty() && !key.contains(' ')).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn planned(status: &str, body: &str) -> Planned {
        Planned {
            owned: vec![("title", Yaml::text("Async closures")), ("status", Yaml::plain(status))],
            owned_keys: &["title", "status", "help_wanted"],
            initial: vec![("kind", Yaml::plain("outcome"))],
            body: Some(body.to_owned()),
            source: "src/2025h1/async-closures.md".into(),
        }
    }

    #[test]
    fn a_first_import_writes_keys_and_marked_text() {
        let text = planned("active", "Why.\n").fresh();
        assert_eq!(
            text,
            "---\ntitle: \"Async closures\"\nstatus: active\nkind: outcome\n---\n\n<!-- cairn-import: from src/2025h1/async-closures.md; the next import replaces what is between these markers -->\n\nWhy.\n\n<!-- cairn-import: end -->\n"
        );
    }

    #[test]
    fn importing_again_keeps_what_was_added_by_hand() {
        let first = planned("proposed", "Old text.").fresh();
        let edited = first
            .replace(
                "kind: outcome\n",
                "kind: process\n# our own note\ntags: [lang]\nmetric:\n  baseline: 0\n  current: 3\n  target: 10\n",
            )
            .replace("title: \"Async closures\"\n", "title: \"Async closures\"\nhelp_wanted: \"gone upstream\"\n")
            + "\nNotes from our call.\n";
        let again = planned("active", "New text.").merge(&edited).expect("front matter");
        assert!(again.contains("status: active\n"), "{again}");
        assert!(!again.contains("help_wanted"), "a key upstream dropped is removed: {again}");
        assert!(
            again.contains("kind: process\n# our own note\ntags: [lang]\nmetric:\n  baseline: 0\n  current: 3\n"),
            "{again}"
        );
        assert!(!again.contains("kind: outcome"), "{again}");
        assert!(again.contains("New text.") && !again.contains("Old text."), "{again}");
        assert!(again.ends_with("<!-- cairn-import: end -->\n\nNotes from our call.\n"), "{again}");
        assert_eq!(planned("active", "New text.").merge(&again).as_deref(), Some(again.as_str()), "stable");
    }

    #[test]
    fn a_file_without_markers_or_front_matter_keeps_its_text() {
        let p = planned("active", "Upstream.");
        let mine = "---\ntitle: Mine\n---\n\nAll mine.\n";
        let merged = p.merge(mine).expect("front matter");
        assert!(merged.ends_with("---\n\nAll mine.\n") && merged.contains("status: active"), "{merged}");
        assert_eq!(p.merge("No front matter."), None);
    }
}
