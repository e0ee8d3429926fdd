//! Every code has a page, every page a code, and the book shows each page.

use std::collections::BTreeSet;
use std::path::Path;

use super::{EXPLANATIONS, all, explanation, summary};

/// The codes [`crate::diagnostic::Problem::code`] can return, read from its source, in order.
fn problem_codes() -> Vec<&'static str> {
    let source = include_str!("../problem.rs");
    let start = source.find("pub fn code(&self)").expect("`code` in problem.rs");
    let end = start + source[start..].find("pub fn severity").expect("`severity` after `code`");
    source[start..end].split("=> \"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
}

#[test]
fn every_code_the_loader_emits_has_a_page_and_every_page_a_code() {
    let codes = problem_codes();
    assert!(codes.len() > 40, "read the codes from problem.rs: {codes:?}");
    let explained: Vec<&str> = EXPLANATIONS.iter().map(|(code, _)| *code).collect();
    assert_eq!(explained, codes, "EXPLANATIONS lists the codes of `Problem::code`, in its order");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("explain");
    let files: BTreeSet<String> = std::fs::read_dir(&dir)
        .expect("generator/explain/")
        .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
        .collect();
    let expected: BTreeSet<String> = codes.iter().map(|c| format!("{c}.md")).collect();
    assert_eq!(files, expected, "a page in generator/explain/ for each code, and no other");
}

#[test]
fn every_page_names_its_code_and_shows_what_is_wrong_and_how_to_fix_it() {
    for (code, page) in all() {
        let title = page.lines().next().unwrap_or_default();
        assert!(title.starts_with(&format!("# `{code}`: ")), "{code}: the title names the code: {title}");
        assert!(!summary(page).is_empty() && !summary(page).ends_with('.'), "{code}: a summary: {title}");
        let severity = page.lines().nth(2).unwrap_or_default();
        assert!(severity.starts_with("An error") || severity.starts_with("A warning"), "{code}: {severity}");
        for section in ["\n## Example\n", "\n## How to fix it\n"] {
            assert!(page.contains(section), "{code}: has {section:?}");
        }
        assert!(page.matches("```").count() >= 4, "{code}: a wrong and a right example");
    }
    assert_eq!(explanation("missing-key").map(summary), Some("a required key is missing"));
    assert_eq!(explanation("no-such-code"), None);
}

#[test]
fn the_book_has_a_page_for_each_code() {
    let book = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/src");
    // A packaged crate has no book beside it.
    if !book.is_dir() {
        return;
    }
    let summary_md = std::fs::read_to_string(book.join("SUMMARY.md")).expect("docs/src/SUMMARY.md");
    let crates =
        EXPLANATIONS.iter().map(|e| ("generator", e)).chain(cairn_import::EXPLANATIONS.iter().map(|e| ("import", e)));
    for (krate, (code, _)) in crates {
        let page = book.join(format!("diagnostics/{code}.md"));
        let text = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert_eq!(text.trim(), format!("{{{{#include ../../../{krate}/explain/{code}.md}}}}"), "{code}");
        assert!(summary_md.contains(&format!("(diagnostics/{code}.md)")), "SUMMARY.md lists {code}");
    }
}
