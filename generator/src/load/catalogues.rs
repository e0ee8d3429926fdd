//! The community's own words for cairn's interface: the `.ftl` files of `i18n/`, one per
//! language (`i18n/de.ftl`), each checked against cairn's English catalogue: valid
//! Fluent (`catalogue-syntax`), only messages cairn has (`unknown-message`, a warning),
//! each with the variables cairn gives it (`message-variables`), and named for the site's
//! language (`unused-catalogue`, a warning). A site in a language cairn ships no words for,
//! whose community gives none either, gets `no-catalogue` (a warning: its words stay
//! English).

use std::ops::Range;
use std::path::Path;

use cairn_model::OwnCatalogue;

use super::LoadOptions;
use super::fields::did_you_mean;
use super::source::{self, Link};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

/// The folder of the community's catalogues.
const FOLDER: &str = "i18n";

/// Reads `i18n/*.ftl` under `root` for a site in `language` (when `cairn.toml` could be
/// read), with their problems.
pub(super) fn read_catalogues(
    root: &Path,
    language: Option<&str>,
    options: &LoadOptions,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<OwnCatalogue> {
    let mut names: Vec<String> = std::fs::read_dir(root.join(FOLDER))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".ftl"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let english = cairn_i18n::messages(cairn_i18n::Catalogue::english_text()).unwrap_or_default();
    let mut read = Vec::new();
    for name in names {
        let path = format!("{FOLDER}/{name}");
        let file = match source::read_source(root, &path, Link::Unknown, options.max_file_bytes) {
            Ok(file) => file,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let tag = name.trim_end_matches(".ftl");
        if let Some(site) = language
            && !same_language(tag, site)
        {
            let problem = Problem::UnusedCatalogue { file: path.clone(), language: site.to_owned() };
            diagnostics.push(Diagnostic::file(path, problem));
            continue;
        }
        if check(&file, &english, diagnostics) {
            read.push(OwnCatalogue { language: tag.to_owned(), path, text: file.text.to_string() });
        }
    }
    read
}

/// Whether the catalogue named `tag` is for a site in `site` (`de` for `de-AT` too).
fn same_language(tag: &str, site: &str) -> bool {
    let primary = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
    tag.eq_ignore_ascii_case(site) || (!tag.contains('-') && primary(tag) == primary(site))
}

/// Checks `file` against English's messages; `false` when it cannot be used.
fn check(
    file: &SourceFile,
    english: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let text = &file.text;
    let messages = match cairn_i18n::messages(text) {
        Ok(messages) => messages,
        Err(cairn_i18n::I18nError::Syntax { line, message }) => {
            diagnostics.push(Diagnostic::at(file, line_span(text, line), Problem::CatalogueSyntax { message }));
            return false;
        }
        Err(other) => {
            let problem = Problem::CatalogueSyntax { message: other.to_string() };
            diagnostics.push(Diagnostic::file(file.path.clone(), problem));
            return false;
        }
    };
    let mut usable = true;
    for mismatch in cairn_i18n::compare(english, &messages) {
        let span = message_span(text, &mismatch.id);
        let problem = match mismatch.kind {
            // A message the community leaves out is cairn's own.
            cairn_i18n::MismatchKind::Missing => continue,
            cairn_i18n::MismatchKind::Unknown => Problem::UnknownMessage {
                suggestion: did_you_mean(&mismatch.id, english.keys().map(String::as_str)).map(str::to_owned),
                id: mismatch.id,
            },
            cairn_i18n::MismatchKind::Variables { reference, found } => {
                usable = false;
                Problem::MessageVariables { id: mismatch.id, expected: variables(&reference), found: variables(&found) }
            }
        };
        diagnostics.push(Diagnostic::at(file, span, problem));
    }
    usable
}

/// `$date and $days`, or `no variables`.
fn variables(names: &std::collections::BTreeSet<String>) -> String {
    let names: Vec<String> = names.iter().map(|n| format!("`${n}`")).collect();
    match names.as_slice() {
        [] => "no variables".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The span of line `line` (from 1) of `text`, without its line break.
fn line_span(text: &str, line: usize) -> Range<usize> {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let start = start.min(text.len());
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    start..end
}

/// The span of the id of message `id` where it is defined.
fn message_span(text: &str, id: &str) -> Range<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            return at..at + id.len();
        }
        at += line.len();
    }
    0..0
}

/// The `no-catalogue` warning, when the site's `language` has no words: cairn ships
/// none, and `catalogues` has none for it. `config` is `cairn.toml`, for the span.
pub(super) fn no_catalogue(language: &str, catalogues: &[OwnCatalogue], config: &SourceFile) -> Option<Diagnostic> {
    if cairn_i18n::Catalogue::ships(language) || catalogues.iter().any(|c| same_language(&c.language, language)) {
        return None;
    }
    let shipped = cairn_i18n::SHIPPED.iter().map(|(t, _)| format!("`{t}`")).collect::<Vec<_>>().join(", ");
    let problem = Problem::NoCatalogue { language: language.to_owned(), shipped };
    Some(match super::key_span(config, &["language"]) {
        Some(span) => Diagnostic::at(config, span, problem),
        None => Diagnostic::file(config.path.clone(), problem),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_and_words() {
        let text = "a = A\nb = { $n }\n  more\nc = C\n";
        assert_eq!(&text[line_span(text, 2)], "b = { $n }");
        assert_eq!(&text[message_span(text, "c")], "c");
        assert_eq!(variables(&["date".to_owned(), "days".to_owned()].into()), "`$date` and `$days`");
        assert_eq!(variables(&Default::default()), "no variables");
        assert!(same_language("de", "de-AT") && same_language("pt-BR", "pt-br") && !same_language("pt-BR", "pt-PT"));
    }
}
