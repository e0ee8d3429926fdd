//! What text may go into the markup cairn writes: escaping for the markup it writes
//! itself — SVG charts, the sitemap, the pages at a renamed goal's old address, the embed
//! snippet's attribute, the dev server's error overlay, and every value the templates
//! print (their formatter calls it) — with one function for every context, so none
//! escapes less than another; and the characters no page or feed may hold, which the loader
//! refuses in files and the Markdown renderer drops from decoded references.

use std::borrow::Cow;

/// `text`, safe as the text of an element and as a single- or double-quoted attribute
/// value, in HTML and in XML alike (SVG, the sitemap): `&`, `<`, `>`, `"` and `'` become
/// character references that both understand. Text without them is borrowed.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Characters that are invisible in an editor and not allowed in XML (the feed, badges):
/// C0 controls other than tab and line breaks, DEL, and the noncharacters U+FFFE, U+FFFF.
pub fn is_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{7f}' | '\u{fffe}' | '\u{ffff}')
}

#[cfg(test)]
mod tests {
    use super::escape;

    const HOSTILE: &str = r#"Fish & "chips" <script>alert('x')</script> &amp;"#;

    /// What an HTML or XML parser makes of the escaped text (the references `escape`
    /// writes, and nothing else, since it leaves no other `&`).
    fn unescape(text: &str) -> String {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    #[test]
    fn text_round_trips_and_plain_text_is_borrowed() {
        let escaped = escape(HOSTILE);
        assert!(!escaped.contains(['<', '>', '"', '\'']), "{escaped}");
        assert_eq!(unescape(&escaped), HOSTILE);
        assert!(matches!(escape("Plain words, 100%"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn an_attribute_value_cannot_be_closed_either_way() {
        for quote in ['"', '\''] {
            let element = format!("<a title={quote}{}{quote}>", escape(HOSTILE));
            // The only quotes left are the two around the value.
            assert_eq!(element.matches(quote).count(), 2, "{element}");
            assert_eq!(element.matches('<').count(), 1, "{element}");
        }
    }

    #[test]
    fn xml_keeps_only_predefined_or_numeric_references() {
        let xml = format!("<loc>{}</loc>", escape("https://x.org/a?b=1&c='2'"));
        assert_eq!(xml, "<loc>https://x.org/a?b=1&amp;c=&#39;2&#39;</loc>");
        // HTML-only names such as `&nbsp;` would break an XML parser; none are written.
        for reference in xml.match_indices('&').map(|(i, _)| &xml[i..=xml[i..].find(';').map_or(i, |e| i + e)]) {
            assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(&reference), "{reference}");
        }
    }
}
