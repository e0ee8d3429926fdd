//! The words cairn shows, per language: one Fluent catalogue per language in
//! `locales/`, English the reference. The generator (pages, JSON words, badges) and the
//! widget read them through [`Catalogue`]; nothing else holds interface text.
//!
//! Plural forms come from Fluent's CLDR plural rules for the catalogue's language;
//! numbers are written with the language's decimal mark ([`Catalogue::number`]) and
//! dates with its month names and order ([`Catalogue::long_date`]).

mod check;
mod plural;
mod shipped;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use check::{Mismatch, MismatchKind, compare, messages};
pub use plural::PluralForm;
pub use shipped::SHIPPED;

/// Why a catalogue cannot be had.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum I18nError {
    /// The tag is not a BCP 47 language tag.
    #[error("“{tag}” is not a language tag (write it as `de`, `pt-BR`, `ja`)")]
    BadTag {
        /// The tag as given.
        tag: String,
    },
    /// No shipped catalogue is in that language.
    #[error("cairn has no catalogue in “{tag}”; it ships {known}")]
    UnknownLanguage {
        /// The tag as given.
        tag: String,
        /// The shipped languages' tags, listed.
        known: String,
    },
    /// The catalogue's text is not valid Fluent.
    #[error("line {line}: {message}")]
    Syntax {
        /// The line of the first error, from 1.
        line: usize,
        /// What the parser found wrong.
        message: String,
    },
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Latin, Cyrillic, Japanese and most scripts.
    LeftToRight,
    /// Arabic, Hebrew, Persian, Urdu.
    RightToLeft,
}

impl Direction {
    /// The value of HTML's `dir` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Self::LeftToRight => "ltr",
            Self::RightToLeft => "rtl",
        }
    }
}

/// A value given to a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    /// Text shown as it is (a date or number already formatted, a name).
    Text(&'a str),
    /// A count: it picks the plural form and is shown in digits.
    Count(i64),
}

/// The messages of one language, falling back to English for any it lacks.
pub struct Catalogue {
    tag: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
    english: Option<Box<Catalogue>>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue").field("language", &self.language()).finish_non_exhaustive()
    }
}

/// Languages written right to left, by their primary subtag.
const RIGHT_TO_LEFT: [&str; 8] = ["ar", "dv", "fa", "he", "ks", "ps", "ur", "yi"];

impl Catalogue {
    /// The English catalogue, always compiled in.
    pub fn english() -> Self {
        Self::parse("en", shipped::ENGLISH, None).unwrap_or_else(|e| unreachable!("the English catalogue: {e}"))
    }

    /// The English catalogue's Fluent text, the reference every other is checked against.
    pub fn english_text() -> &'static str {
        shipped::ENGLISH
    }

    /// The shipped catalogue for `tag`: the exact tag, else the one of the same language
    /// (`de-AT` reads German, `pt-PT` Brazilian Portuguese).
    #[cfg(feature = "builtin")]
    pub fn shipped(tag: &str) -> Result<Self, I18nError> {
        let (shipped, text) = shipped_text(tag)?;
        if shipped == "en" { Ok(Self::english()) } else { Self::parse(shipped, text, Some(Self::english())) }
    }

    /// Whether cairn ships a catalogue for `tag` (or its primary language), without
    /// reading it.
    #[cfg(feature = "builtin")]
    pub fn ships(tag: &str) -> bool {
        shipped_text(tag).is_ok()
    }

    /// A catalogue from Fluent text (one the widget fetched, say), English beneath it.
    pub fn from_text(tag: &str, text: &str) -> Result<Self, I18nError> {
        Self::parse(tag, text, Some(Self::english()))
    }

    /// The words of a site in `tag`: a community's own messages (`own`, the text of its
    /// `i18n/<tag>.ftl`) over the shipped catalogue of the language, if cairn ships one,
    /// over English. Without either, English.
    #[cfg(feature = "builtin")]
    pub fn for_site(tag: &str, own: Option<&str>) -> Result<Self, I18nError> {
        let Some(own) = own else { return Ok(Self::shipped(tag).unwrap_or_else(|_| Self::english())) };
        let base = shipped_text(tag).map_or("", |(_, text)| text);
        let mut catalogue = Self::parse(tag, base, Some(Self::english()))?;
        let resource = FluentResource::try_new(own.to_owned()).map_err(|(_, errors)| syntax(own, &errors))?;
        catalogue.bundle.add_resource_overriding(resource);
        Ok(catalogue)
    }

    fn parse(tag: &str, text: &str, english: Option<Self>) -> Result<Self, I18nError> {
        let language = parse_tag(tag)?;
        let resource = FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| syntax(text, &errors))?;
        let mut bundle = FluentBundle::new_concurrent(vec![language.clone()]);
        let direction = direction_of(&language);
        // Isolation marks keep a left-to-right name readable inside right-to-left text;
        // in left-to-right text they would only be invisible noise.
        bundle.set_use_isolating(direction == Direction::RightToLeft);
        // A resource of its own has no duplicate of another's ids; a duplicate inside
        // one keeps its first definition, as Fluent specifies.
        let _ = bundle.add_resource(resource);
        Ok(Self { tag: language, bundle, english: english.map(Box::new) })
    }

    /// The catalogue's language tag (`pt-BR`).
    pub fn language(&self) -> String {
        self.tag.to_string()
    }

    /// Which way the language runs.
    pub fn direction(&self) -> Direction {
        direction_of(&self.tag)
    }

    /// Whether the catalogue itself (not English beneath it) has message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// Message `id` without variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Message `id` with `args`. A message no catalogue has comes out as its id, so
    /// that a missing word shows instead of vanishing (the catalogue tests rule it out
    /// for the shipped ones).
    pub fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return self.english.as_ref().map_or_else(|| id.to_owned(), |english| english.format(id, args));
        };
        let mut values = FluentArgs::new();
        for (name, arg) in args {
            match arg {
                Arg::Text(text) => values.set(*name, FluentValue::from(*text)),
                Arg::Count(n) => values.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, Some(&values), &mut errors).into_owned()
    }

    /// A number as the language writes it: at most two decimals, none when whole.
    pub fn number(&self, n: f64) -> String {
        let text = format!("{n:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        let text = if text == "-0" { "0" } else { text };
        text.replacen('.', &self.text("number-decimal-separator"), 1)
    }

    /// A number with its unit, if it has one (`87,5 %`).
    pub fn quantity(&self, n: f64, unit: Option<&str>) -> String {
        let number = self.number(n);
        match unit {
            Some(unit) => self.format("quantity", &[("number", Arg::Text(&number)), ("unit", Arg::Text(unit))]),
            None => number,
        }
    }

    /// A date in full (`15 January 2026`, `15. Januar 2026`, `2026年1月15日`).
    pub fn long_date(&self, year: i32, month: u8, day: u8) -> String {
        let args = [
            ("year", Arg::Count(i64::from(year))),
            ("month", Arg::Count(i64::from(month))),
            ("day", Arg::Count(i64::from(day))),
        ];
        self.format("date-long", &args)
    }
}

/// The shipped catalogue for `tag` (the exact tag, else its primary language): its tag
/// and its text.
#[cfg(feature = "builtin")]
fn shipped_text(tag: &str) -> Result<(&'static str, &'static str), I18nError> {
    let wanted = parse_tag(tag)?;
    SHIPPED
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .or_else(|| SHIPPED.iter().find(|(t, _)| t.split('-').next() == Some(wanted.language.as_str())))
        .copied()
        .ok_or_else(|| {
            let known = SHIPPED.iter().map(|(t, _)| *t).collect::<Vec<_>>().join(", ");
            I18nError::UnknownLanguage { tag: tag.to_owned(), known }
        })
}

fn parse_tag(tag: &str) -> Result<LanguageIdentifier, I18nError> {
    tag.parse().map_err(|_| I18nError::BadTag { tag: tag.to_owned() })
}

fn direction_of(language: &LanguageIdentifier) -> Direction {
    if RIGHT_TO_LEFT.contains(&language.language.as_str()) { Direction::RightToLeft } else { Direction::LeftToRight }
}

/// The first of Fluent's parse errors, with its line.
fn syntax(text: &str, errors: &[fluent_syntax::parser::ParserError]) -> I18nError {
    let Some(first) = errors.first() else {
        return I18nError::Syntax { line: 1, message: "the catalogue cannot be read".to_owned() };
    };
    // The broken entry's first line, where the parser knows it; else where it stopped.
    let at = first.slice.as_ref().map_or(first.pos.start, |s| s.start).min(text.len());
    let line = text.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
    I18nError::Syntax { line, message: first.kind.to_string() }
}

#[cfg(test)]
mod tests;
