//! Splitting a Markdown file into its front matter and body.
//!
//! Front matter is YAML between two `---` lines or TOML between two `+++` lines, at the
//! very start of the file (after an optional byte-order mark). Offsets are kept so that
//! diagnostics point into the file itself, not into the front matter block.

use std::ops::Range;

/// The front matter's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Yaml,
    Toml,
}

impl Format {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Yaml => "YAML",
            Format::Toml => "TOML",
        }
    }

    fn delimiter(self) -> &'static str {
        match self {
            Format::Yaml => "---",
            Format::Toml => "+++",
        }
    }
}

/// A file split at its front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    pub(crate) format: Format,
    /// The front matter text, without the delimiter lines.
    pub(crate) text: &'a str,
    /// Where `text` starts in the file.
    pub(crate) offset: usize,
    /// The opening delimiter's byte range in the file.
    pub(crate) open: Range<usize>,
    /// Everything after the closing delimiter line.
    pub(crate) body: &'a str,
    /// Where `body` starts in the file.
    pub(crate) body_offset: usize,
}

/// Why a file could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SplitError {
    /// The file does not start with `---` or `+++`.
    Missing,
    /// No closing delimiter line.
    Unclosed { delimiter: &'static str, open: Range<usize> },
    /// The front matter is longer than the limit.
    TooLarge { open: Range<usize> },
}

/// Splits `file` into front matter and body. Front matter longer than `limit` bytes is
/// refused without being parsed.
pub(crate) fn split(file: &str, limit: usize) -> Result<Split<'_>, SplitError> {
    let start = if file.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut lines = Lines { text: file, pos: start };
    let (first, first_range) = lines.next().ok_or(SplitError::Missing)?;
    let format = match first.trim_end() {
        "---" => Format::Yaml,
        "+++" => Format::Toml,
        _ => return Err(SplitError::Missing),
    };
    let open = first_range.start..first_range.start + 3;
    let offset = first_range.end;
    for (line, range) in lines {
        if range.start - offset > limit {
            return Err(SplitError::TooLarge { open });
        }
        if line.trim_end() == format.delimiter() {
            return Ok(Split {
                format,
                text: &file[offset..range.start],
                offset,
                open,
                body: &file[range.end..],
                body_offset: range.end,
            });
        }
    }
    if file.len() - offset > limit {
        return Err(SplitError::TooLarge { open });
    }
    Err(SplitError::Unclosed { delimiter: format.delimiter(), open })
}

/// Lines with their byte ranges, each range including its line break.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = (&'a str, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let range = self.pos..self.pos + end;
        self.pos += end;
        Some((rest[..end].trim_end_matches(['\n', '\r']), range))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn splits_yaml_and_toml() {
        let s = split("---\ntitle: A\n---\nBody\n", 1024).unwrap();
        assert_eq!((s.format, s.text, s.offset, s.body, s.body_offset), (Format::Yaml, "title: A\n", 4, "Body\n", 17));
        let s = split("+++\r\ntitle = 'A'\r\n+++\r\n", 1024).unwrap();
        assert_eq!((s.format, s.text, s.body), (Format::Toml, "title = 'A'\r\n", ""));
        let s = split("\u{feff}---\n---", 1024).unwrap();
        assert_eq!((s.text, s.open, s.body), ("", 3..6, ""));
        let s = split("--- \nk: v\n---  \n", 1024).unwrap();
        assert_eq!(s.text, "k: v\n", "trailing spaces on delimiter lines are fine");
    }

    #[test]
    fn refuses_what_is_not_front_matter() {
        assert_eq!(split("", 1024), Err(SplitError::Missing));
        assert_eq!(split("# Title\n---\n", 1024), Err(SplitError::Missing));
        assert_eq!(split("----\n", 1024), Err(SplitError::Missing));
        assert_eq!(split("---\ntitle: A\n", 1024), Err(SplitError::Unclosed { delimiter: "---", open: 0..3 }));
        assert_eq!(split("+++\ntitle = 1\n---\n", 1024), Err(SplitError::Unclosed { delimiter: "+++", open: 0..3 }));
        let big = format!("---\n{}\n---\n", "a: 1\n".repeat(100));
        assert_eq!(split(&big, 64), Err(SplitError::TooLarge { open: 0..3 }));
        let unclosed_big = format!("---\n{}", "a: 1\n".repeat(100));
        assert_eq!(split(&unclosed_big, 64), Err(SplitError::TooLarge { open: 0..3 }));
    }

    proptest! {
        #[test]
        fn never_panics(input in "\\PC*") {
            let _ = split(&input, 64);
        }

        #[test]
        fn round_trips(fm in "([a-z]{1,8}: [a-z0-9 ]{0,12}\n){0,8}", body in "\\PC{0,200}", toml in any::<bool>(), crlf in any::<bool>()) {
            let delim = if toml { "+++" } else { "---" };
            let nl = if crlf { "\r\n" } else { "\n" };
            let fm = fm.replace('\n', nl);
            let file = format!("{delim}{nl}{fm}{delim}{nl}{body}");
            let s = split(&file, 1 << 16).unwrap();
            prop_assert_eq!(s.text, fm.as_str());
            prop_assert_eq!(s.body, body.as_str());
            prop_assert_eq!(&file[s.offset..s.offset + s.text.len()], s.text);
            prop_assert_eq!(&file[s.body_offset..], s.body);
        }
    }
}
