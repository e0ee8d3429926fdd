//! Raw HTML in a body, split into tokens by the grammar CommonMark gives it (§6.6): open
//! and closing tags with their attributes, comments, and the rest as text. pulldown-cmark
//! hands each inline tag over as one piece and an HTML block as lines of source; this
//! reads both. Attribute values and text come back with their character references
//! decoded, so that [`super::allow`] checks what a browser would read and writes it out
//! escaped again: a reference the decoder does not know stays text, never markup.

use std::borrow::Cow;

/// One piece of raw HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// Text, character references decoded.
    Text(Cow<'a, str>),
    /// `<name attr="value" …>` or `<name … />`: the name and attribute names in lower
    /// case, values decoded (`None` for an attribute without a value); `source` as written.
    Start { name: String, attributes: Vec<(String, Option<String>)>, source: &'a str },
    /// `</name>`, the name in lower case.
    End { name: String, source: &'a str },
    /// A comment, processing instruction, declaration or CDATA section: what browsers read
    /// as a comment inside a page's body, and never show.
    Comment,
}

/// The tokens of `html`, in order.
pub(crate) fn tokens(html: &str) -> Vec<Token<'_>> {
    let mut found = Vec::new();
    let mut text_from = 0;
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let Some((token, end)) = markup(html, start) else {
            at = start + 1;
            continue;
        };
        if text_from < start {
            found.push(text(&html[text_from..start]));
        }
        found.push(token);
        text_from = end;
        at = end;
    }
    if text_from < html.len() {
        found.push(text(&html[text_from..]));
    }
    found
}

fn text(source: &str) -> Token<'_> {
    Token::Text(html_escape::decode_html_entities(source))
}

/// The markup that starts at `html[start]` (a `<`) and where it ends, or `None` when the
/// `<` starts no markup and is text.
fn markup(html: &str, start: usize) -> Option<(Token<'_>, usize)> {
    let rest = &html[start..];
    if let Some(end) = comment_end(rest) {
        // An unclosed comment runs to the end, as it does in a browser.
        return Some((Token::Comment, end.map_or(html.len(), |e| start + e)));
    }
    if let Some(after) = rest.strip_prefix("</") {
        let name_len = tag_name_len(after)?;
        let close = name_len + after[name_len..].len() - after[name_len..].trim_start().len();
        after[close..].starts_with('>').then(|| {
            let end = start + 2 + close + 1;
            (Token::End { name: after[..name_len].to_ascii_lowercase(), source: &html[start..end] }, end)
        })
    } else {
        let (name, attributes, len) = open_tag(&rest[1..])?;
        let end = start + 1 + len;
        Some((Token::Start { name, attributes, source: &html[start..end] }, end))
    }
}

/// Where a comment-like construct that `rest` starts with ends: `Some(Some(end))`, or
/// `Some(None)` when it is never closed; `None` when `rest` starts none.
fn comment_end(rest: &str) -> Option<Option<usize>> {
    let until = |open: &str, close: &str| rest[open.len()..].find(close).map(|i| open.len() + i + close.len());
    if let Some(after) = rest.strip_prefix("<!--") {
        if after.starts_with('>') {
            return Some(Some(5));
        }
        if after.starts_with("->") {
            return Some(Some(6));
        }
        return Some(until("<!--", "-->"));
    }
    if rest.starts_with("<![CDATA[") {
        return Some(until("<![CDATA[", "]]>"));
    }
    if rest.starts_with("<?") {
        return Some(until("<?", "?>"));
    }
    if rest.strip_prefix("<!").is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic())) {
        return Some(until("<!", ">"));
    }
    None
}

/// The length of the tag name `s` starts with: an ASCII letter, then letters, digits and
/// hyphens.
fn tag_name_len(s: &str) -> Option<usize> {
    if !s.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(s.len()))
}

type Attributes = Vec<(String, Option<String>)>;

/// An open tag after its `<`: the name, the attributes, and the length up to and with
/// its `>`.
fn open_tag(s: &str) -> Option<(String, Attributes, usize)> {
    let name_len = tag_name_len(s)?;
    let mut attributes = Vec::new();
    let mut at = name_len;
    loop {
        let spaced = s[at..].len() - s[at..].trim_start().len();
        let rest = &s[at + spaced..];
        if let Some(after) = rest.strip_prefix("/>").map(|_| 2).or_else(|| rest.starts_with('>').then_some(1)) {
            return Some((s[..name_len].to_ascii_lowercase(), attributes, at + spaced + after));
        }
        if spaced == 0 {
            return None;
        }
        let (attribute, len) = attribute(rest)?;
        attributes.push(attribute);
        at += spaced + len;
    }
}

/// One attribute at the start of `s`: its name in lower case, its decoded value, and its
/// length in `s`.
fn attribute(s: &str) -> Option<((String, Option<String>), usize)> {
    let first = s.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '_' || first == ':') {
        return None;
    }
    let name_len =
        s.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ':' | '-'))).unwrap_or(s.len());
    let name = s[..name_len].to_ascii_lowercase();
    let after_name = &s[name_len..];
    let trimmed = after_name.trim_start();
    let Some(value) = trimmed.strip_prefix('=') else {
        return Some(((name, None), name_len));
    };
    let value_start = value.len() - value.trim_start().len();
    let value = value.trim_start();
    let (raw, raw_len) = match value.chars().next()? {
        quote @ ('"' | '\'') => {
            let close = value[1..].find(quote)?;
            (&value[1..=close], close + 2)
        }
        _ => {
            let len = value.find(|c: char| c.is_whitespace() || "\"'=<>`".contains(c)).unwrap_or(value.len());
            if len == 0 {
                return None;
            }
            (&value[..len], len)
        }
    };
    let len = name_len + (after_name.len() - trimmed.len()) + 1 + value_start + raw_len;
    Some(((name, Some(html_escape::decode_html_entities(raw).into_owned())), len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(name: &str, attributes: &[(&str, Option<&str>)], source: &'static str) -> Token<'static> {
        let attributes = attributes.iter().map(|(n, v)| ((*n).to_owned(), v.map(str::to_owned))).collect();
        Token::Start { name: name.to_owned(), attributes, source }
    }

    #[test]
    fn splits_tags_text_and_comments() {
        let html = "<details open>\n<Summary class=\"x\">Why &amp; how</summary><!-- toc -->a < b<br/></DETAILS>";
        assert_eq!(
            tokens(html),
            vec![
                start("details", &[("open", None)], "<details open>"),
                Token::Text("\n".into()),
                start("summary", &[("class", Some("x"))], "<Summary class=\"x\">"),
                Token::Text("Why & how".into()),
                Token::End { name: "summary".into(), source: "</summary>" },
                Token::Comment,
                Token::Text("a < b".into()),
                start("br", &[], "<br/>"),
                Token::End { name: "details".into(), source: "</DETAILS>" },
            ]
        );
    }

    #[test]
    fn reads_every_form_of_attribute_value() {
        let html = "<img src = 'a.png' alt=\"a &quot;map&quot;\" width=40 data-x hidden>";
        assert_eq!(
            tokens(html),
            vec![start(
                "img",
                &[
                    ("src", Some("a.png")),
                    ("alt", Some("a \"map\"")),
                    ("width", Some("40")),
                    ("data-x", None),
                    ("hidden", None)
                ],
                "<img src = 'a.png' alt=\"a &quot;map&quot;\" width=40 data-x hidden>"
            )]
        );
    }

    #[test]
    fn references_in_values_are_decoded_so_that_they_can_be_checked() {
        let [Token::Start { attributes, .. }] = &tokens("<a href=\"&#x6A;avascript&colon;alert(1)\">")[..] else {
            panic!("one tag");
        };
        assert_eq!(attributes[0].1.as_deref(), Some("javascript:alert(1)"));
    }

    #[test]
    fn what_is_not_a_tag_is_text() {
        for html in ["a <b", "<1>", "< b>", "<b =x>", "<b x=>", "<b x=\"y>", "</ b>", "<a href=x<b>"] {
            assert!(
                tokens(html)
                    .iter()
                    .all(|t| matches!(t, Token::Text(_)) || matches!(t, Token::Start { name, .. } if name == "b")),
                "{html}: {:?}",
                tokens(html)
            );
        }
        assert_eq!(tokens("<b =x>"), vec![Token::Text("<b =x>".into())]);
    }

    #[test]
    fn comment_like_constructs_are_comments_and_an_unclosed_one_runs_to_the_end() {
        for html in ["<!---->", "<!-->", "<!--->", "<?php x ?>", "<!DOCTYPE html>", "<![CDATA[x]]>", "<!-- a\n\nb"] {
            assert_eq!(tokens(html), vec![Token::Comment], "{html}");
        }
        assert_eq!(tokens("a<!-- x -->b"), vec![Token::Text("a".into()), Token::Comment, Token::Text("b".into())]);
    }
}
