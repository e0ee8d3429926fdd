//! The explanation of every diagnostic code, as `cairn explain CODE` prints it and the
//! book includes it: one Markdown page per code in `generator/explain/`, compiled in
//! (what is wrong, a wrong and a right example, how to fix it).

/// A code's explanation page.
macro_rules! explanations {
    ($($code:literal,)+) => {
        /// Every code with its page, in the order of [`super::Problem::code`].
        pub const EXPLANATIONS: &[(&str, &str)] =
            &[$(($code, include_str!(concat!("../../explain/", $code, ".md")))),+];
    };
}

explanations! {
    "unreadable",
    "file-too-large",
    "not-utf8",
    "empty-file",
    "control-character",
    "symlink-outside",
    "bad-name",
    "too-deep",
    "reserved-page",
    "stray-file",
    "duplicate-slug",
    "missing-file",
    "missing-front-matter",
    "unclosed-front-matter",
    "front-matter-too-large",
    "syntax",
    "unknown-key",
    "missing-key",
    "wrong-type",
    "not-a-table",
    "out-of-range",
    "empty-value",
    "bad-keyword",
    "bad-date",
    "due-before-started",
    "bad-login",
    "bad-interval",
    "not-finite",
    "cadence-without-start",
    "period-reversed",
    "bad-weight",
    "weight-without-part-of",
    "relation-cycle",
    "part-outside-period",
    "bad-source",
    "unknown-role",
    "unknown-goal",
    "bad-url",
    "broken-link",
    "link-not-a-page",
    "relative-link",
    "bad-language",
    "unknown-host",
    "duplicate-option",
    "unknown-electorate",
    "not-for-backend",
    "no-history",
    "too-few-options",
    "closes-before-opens",
    "not-for-method",
    "ballot-without-poll",
    "invalid-ballot",
    "template",
    "option-without-id",
    "no-catalogue",
    "catalogue-syntax",
    "unknown-message",
    "message-variables",
    "unused-catalogue",
}

/// Every code with its page: the loader's, then those of `cairn import`.
pub fn all() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    EXPLANATIONS.iter().chain(cairn_import::EXPLANATIONS)
}

/// The page explaining `code`.
pub fn explanation(code: &str) -> Option<&'static str> {
    all().find(|(c, _)| *c == code).map(|(_, page)| *page)
}

/// The code closest to `typed`, if it looks like a typo of one.
pub fn closest(typed: &str) -> Option<&'static str> {
    crate::load::did_you_mean(typed, all().map(|(code, _)| *code))
}

/// The one-line summary of a page (its title, after the code).
pub fn summary(page: &str) -> &str {
    let title = page.lines().next().unwrap_or_default();
    title.split_once(": ").map_or(title, |(_, rest)| rest)
}

#[cfg(test)]
mod tests;
