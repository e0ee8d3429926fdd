//! A template that fails, as a diagnostic: the override in `templates/` (or the theme's
//! template, under `cairn/`) with the line and column minijinja found the mistake at, so
//! that `cairn build` and `cairn serve` show it as every other problem of the repository.

use std::path::Path;

use super::RenderError;
use super::html::theme_source;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

/// The diagnostic of `err`, raised while rendering with the template `name`; `overrides`
/// is the repository's `templates/` folder.
pub(crate) fn template_error(name: &str, err: &minijinja::Error, overrides: Option<&Path>) -> RenderError {
    // The template the mistake is in, which may be one `name` extends or includes.
    let name = err.name().unwrap_or(name);
    let message = match err.detail() {
        Some(detail) => format!("{}: {detail}", err.kind()),
        None => err.kind().to_string(),
    };
    let (path, source) = source_of(name, overrides);
    let problem = Problem::Template { name: display_name(name, &path), message };
    let Some(text) = source else { return RenderError::Template(Box::new(Diagnostic::file(path, problem))) };
    let span = err.range().or_else(|| err.line().and_then(|line| line_start(&text, line)).map(|at| at..at));
    let file = SourceFile { path, text: text.into() };
    RenderError::Template(Box::new(match span {
        Some(span) => Diagnostic::at(&file, span, problem),
        None => Diagnostic::file(file.path, problem),
    }))
}

/// Where the template `name` comes from, as a path to show (`templates/goal.html`, or
/// `cairn/base.html` for the theme's), and its text.
fn source_of(name: &str, overrides: Option<&Path>) -> (String, Option<String>) {
    if let Some(builtin) = name.strip_prefix("cairn/") {
        return (name.to_owned(), theme_source(builtin).map(str::to_owned));
    }
    let Some(dir) = overrides.filter(|dir| std::fs::symlink_metadata(dir.join(name)).is_ok()) else {
        return (format!("cairn/{name}"), theme_source(name).map(str::to_owned));
    };
    // The override's text, unless it is a link out of the folder (its target is not shown).
    let inside = |dir: &Path| {
        let (dir, file) = (std::fs::canonicalize(dir).ok()?, std::fs::canonicalize(dir.join(name)).ok()?);
        file.starts_with(&dir).then(|| std::fs::read_to_string(file).ok()).flatten()
    };
    (format!("templates/{name}"), inside(dir))
}

/// The name a template is known by in messages: the theme's under `cairn/`.
fn display_name(name: &str, path: &str) -> String {
    if path.starts_with("cairn/") { path.to_owned() } else { name.to_owned() }
}

/// The byte offset at which 1-based `line` starts in `text`.
fn line_start(text: &str, line: usize) -> Option<usize> {
    if line <= 1 {
        return Some(0);
    }
    text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_starts_after_the_break_before_it() {
        let text = "a\nbc\n\nd";
        assert_eq!([1, 2, 3, 4].map(|l| line_start(text, l)), [Some(0), Some(2), Some(5), Some(6)]);
        assert_eq!(line_start(text, 9), None);
    }

    #[test]
    fn a_syntax_error_in_an_override_points_at_its_line_and_column() {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::write(dir.path().join("goal.html"), "<p>\n  {% if %}\n").expect("written");
        let words = std::sync::Arc::new(crate::render::view::Words::of("en", None));
        let env = super::super::html::environment(Some(dir.path().to_owned()), &words);
        let err = env.get_template("goal.html").expect_err("a syntax error");
        let RenderError::Template(d) = template_error("goal.html", &err, Some(dir.path())) else {
            panic!("a template error")
        };
        assert_eq!(d.path, "templates/goal.html");
        let location = d.location.clone().expect("a place");
        assert_eq!(location.line, 2, "{d}");
        assert!(location.column > 1, "{d}");
        assert!(d.to_string().contains("template `goal.html`: syntax error"), "{d}");
    }
}
