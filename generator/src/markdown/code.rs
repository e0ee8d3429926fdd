//! Code blocks as the git hosts show them: fenced code in a language syntect's grammars
//! know is highlighted at build time, with a small fixed set of classes (`hl-keyword`,
//! `hl-string` …) that the stylesheet colours for light and dark, so no script runs in
//! the reader's browser and no class comes from the file. A `mermaid` block stays
//! readable as its source, marked as a diagram: rendering one would take a script from
//! elsewhere. Every block can be scrolled from the keyboard.

use std::collections::HashMap;
use std::sync::LazyLock;

use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Blocks longer than this are shown without colours: highlighting is linear, but a
/// grammar's regular expressions on one huge block would hold up the whole build.
const MOST_HIGHLIGHTED: usize = 64 * 1024;

static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// A code block's HTML. `info` is the fence's info string (`rust`, `toml title="x"`), or
/// `None` for an indented block.
pub(crate) fn block(info: Option<&str>, code: &str) -> String {
    let language = info.and_then(|i| i.split([' ', ',', '{']).next()).unwrap_or_default().trim();
    let body = match syntax(language) {
        Some(syntax) if code.len() <= MOST_HIGHLIGHTED => highlighted(syntax, code).unwrap_or_else(|| escaped(code)),
        _ => escaped(code),
    };
    let pre = format!("<pre tabindex=\"0\"><code>{body}</code></pre>\n");
    if language.eq_ignore_ascii_case("mermaid") {
        format!("<figure class=\"diagram\">\n<figcaption>Diagram (Mermaid source)</figcaption>\n{pre}</figure>\n")
    } else {
        pre
    }
}

fn syntax(language: &str) -> Option<&'static SyntaxReference> {
    if language.is_empty() {
        return None;
    }
    SYNTAXES.find_syntax_by_token(language).or_else(|| SYNTAXES.find_syntax_by_token(&language.to_ascii_lowercase()))
}

fn escaped(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 8);
    // Writing to a `String` cannot fail.
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut out, code);
    out
}

/// `code` with each run of text in the class of its innermost scope that has one;
/// `None` when the grammar fails on it.
fn highlighted(syntax: &SyntaxReference, code: &str) -> Option<String> {
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut classes: HashMap<Scope, Option<&'static str>> = HashMap::new();
    let mut out = Spans::default();
    for line in LinesWithEndings::from(code) {
        let mut at = 0;
        for (i, op) in state.parse_line(line, &SYNTAXES).ok()? {
            out.push(&line[at..i], class_of(&stack, &mut classes));
            at = i;
            stack.apply(&op).ok()?;
        }
        out.push(&line[at..], class_of(&stack, &mut classes));
    }
    Some(out.finish())
}

/// The class of the innermost scope in `stack` that has one.
fn class_of(stack: &ScopeStack, known: &mut HashMap<Scope, Option<&'static str>>) -> Option<&'static str> {
    stack.as_slice().iter().rev().find_map(|scope| *known.entry(*scope).or_insert_with(|| class(&scope.build_string())))
}

/// The class for a TextMate scope name (`keyword.control.rust`), by its leading atoms.
fn class(scope: &str) -> Option<&'static str> {
    const CLASSES: &[(&str, &str)] = &[
        ("comment", "hl-comment"),
        ("string", "hl-string"),
        ("constant.numeric", "hl-number"),
        ("constant.character.escape", "hl-escape"),
        ("constant", "hl-constant"),
        ("keyword.operator", "hl-operator"),
        ("keyword", "hl-keyword"),
        ("storage", "hl-keyword"),
        ("entity.name.function", "hl-function"),
        ("support.function", "hl-function"),
        ("variable.function", "hl-function"),
        ("entity.name.type", "hl-type"),
        ("entity.name.class", "hl-type"),
        ("entity.name.struct", "hl-type"),
        ("entity.name.enum", "hl-type"),
        ("support.type", "hl-type"),
        ("support.class", "hl-type"),
        ("entity.name.tag", "hl-tag"),
        ("entity.other.attribute-name", "hl-attribute"),
        ("entity.name.section", "hl-heading"),
        ("markup.heading", "hl-heading"),
        ("markup.inserted", "hl-inserted"),
        ("markup.deleted", "hl-deleted"),
        ("variable.parameter", "hl-variable"),
        ("variable.language", "hl-constant"),
    ];
    CLASSES
        .iter()
        .find(|(prefix, _)| scope == *prefix || scope.strip_prefix(prefix).is_some_and(|r| r.starts_with('.')))
        .map(|(_, class)| *class)
}

/// Runs of text in spans, neighbours of one class merged.
#[derive(Default)]
struct Spans {
    out: String,
    open: Option<&'static str>,
}

impl Spans {
    fn push(&mut self, text: &str, class: Option<&'static str>) {
        if text.is_empty() {
            return;
        }
        if class != self.open {
            if self.open.is_some() {
                self.out.push_str("</span>");
            }
            if let Some(class) = class {
                self.out.push_str("<span class=\"");
                self.out.push_str(class);
                self.out.push_str("\">");
            }
            self.open = class;
        }
        // Writing to a `String` cannot fail.
        let _ = pulldown_cmark_escape::escape_html_body_text(&mut self.out, text);
    }

    fn finish(mut self) -> String {
        if self.open.is_some() {
            self.out.push_str("</span>");
        }
        self.out
    }
}

/// Every class a highlighted block may have.
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) const CLASSES: &[&str] = &[
    "hl-comment",
    "hl-string",
    "hl-number",
    "hl-escape",
    "hl-constant",
    "hl-operator",
    "hl-keyword",
    "hl-type",
    "hl-function",
    "hl-tag",
    "hl-attribute",
    "hl-heading",
    "hl-inserted",
    "hl-deleted",
    "hl-variable",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_languages_are_highlighted_with_fixed_classes() {
        let html = block(Some("rust"), "// the answer\nfn main() { let x = \"42\"; }\n");
        assert!(
            html.starts_with("<pre tabindex=\"0\"><code><span class=\"hl-comment\">// the answer\n</span>"),
            "{html}"
        );
        assert!(html.contains("<span class=\"hl-keyword\">fn</span>"), "{html}");
        assert!(html.contains("<span class=\"hl-function\">main</span>"), "{html}");
        assert!(html.contains("<span class=\"hl-string\">\"42\"</span>"), "{html}");
        let classes: Vec<&str> =
            html.match_indices("class=\"").map(|(i, _)| html[i + 7..].split('"').next().unwrap_or_default()).collect();
        assert!(classes.iter().all(|c| CLASSES.contains(c)), "{classes:?}");
    }

    #[test]
    fn other_blocks_are_plain_and_mermaid_is_a_diagram() {
        assert_eq!(
            block(Some("no-such-language"), "<b>&</b>\n"),
            "<pre tabindex=\"0\"><code>&lt;b&gt;&amp;&lt;/b&gt;\n</code></pre>\n"
        );
        assert_eq!(block(None, "x\n"), "<pre tabindex=\"0\"><code>x\n</code></pre>\n");
        let diagram = block(Some("mermaid"), "graph TD\n  A --> B\n");
        assert!(diagram.starts_with("<figure class=\"diagram\">\n<figcaption>Diagram (Mermaid source)</figcaption>\n<pre tabindex=\"0\"><code>graph TD\n  A --&gt; B\n"), "{diagram}");
    }

    #[test]
    fn the_info_string_names_the_language_first() {
        assert!(block(Some("rust ignore"), "fn x() {}").contains("hl-keyword"));
        assert!(block(Some("Python"), "def x(): pass").contains("hl-keyword"));
        assert!(!block(Some("rust"), &"x".repeat(MOST_HIGHLIGHTED + 1)).contains("<span"));
    }
}
