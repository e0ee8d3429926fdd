//! A title as its author wrote it for the git host, which renders inline Markdown in
//! titles of issues and headings: `Stabilize never type (`!`)` shows `!` as code on the
//! page, and reads "Stabilize never type (!)" where only text can go (the JSON, the feed,
//! the `<title>`, a badge). Only inline markup counts: code, emphasis, strong and struck
//! text; a link keeps its words, raw HTML is shown as written, and nothing in a title
//! starts a block (`1. First` stays a title, not a list).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// A title in both forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Title {
    /// Safe HTML for inside a heading or a link.
    pub(crate) html: String,
    /// The words alone.
    pub(crate) plain: String,
}

/// `title` rendered as inline Markdown, and as plain text.
pub(crate) fn title(title: &str) -> Title {
    if !title.contains(['`', '*', '_', '~', '\\', '&', '[', '<']) {
        let mut html = String::with_capacity(title.len());
        escape(&mut html, title);
        return Title { html, plain: title.to_owned() };
    }
    // An escaped `!` before the title keeps `#`, `1.`, `-` and `>` from starting a block,
    // and, being punctuation, lets `_emphasis_` and `` `code` `` open right after it; it
    // is taken off again below.
    let guarded = format!("\\!{title}");
    let (mut html, mut plain) = (String::new(), String::new());
    for event in Parser::new_ext(&guarded, Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Text(text) => {
                escape(&mut html, &text);
                plain.push_str(&text);
            }
            Event::Code(code) => {
                html.push_str("<code>");
                escape(&mut html, &code);
                html.push_str("</code>");
                plain.push_str(&code);
            }
            Event::Html(raw) | Event::InlineHtml(raw) => {
                escape(&mut html, &raw);
                plain.push_str(&raw);
            }
            Event::SoftBreak | Event::HardBreak => {
                html.push(' ');
                plain.push(' ');
            }
            Event::Start(Tag::Emphasis) => html.push_str("<em>"),
            Event::End(TagEnd::Emphasis) => html.push_str("</em>"),
            Event::Start(Tag::Strong) => html.push_str("<strong>"),
            Event::End(TagEnd::Strong) => html.push_str("</strong>"),
            Event::Start(Tag::Strikethrough) => html.push_str("<del>"),
            Event::End(TagEnd::Strikethrough) => html.push_str("</del>"),
            _ => {}
        }
    }
    let html = html.strip_prefix('!').map(str::to_owned).unwrap_or(html);
    let plain = plain.strip_prefix('!').unwrap_or(&plain).trim().to_owned();
    Title { html, plain }
}

fn escape(out: &mut String, text: &str) {
    // Writing to a `String` cannot fail.
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut *out, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markdown_is_html_on_pages_and_words_elsewhere() {
        let t = title("Stabilize never type (`!`)");
        assert_eq!(t.html, "Stabilize never type (<code>!</code>)");
        assert_eq!(t.plain, "Stabilize never type (!)");
        let t = title("Ship *fast* and **well**, not ~~never~~ <b>x</b> & [docs](https://x.example)");
        assert_eq!(
            t.html,
            "Ship <em>fast</em> and <strong>well</strong>, not <del>never</del> &lt;b&gt;x&lt;/b&gt; &amp; docs"
        );
        assert_eq!(t.plain, "Ship fast and well, not never <b>x</b> & docs");
    }

    #[test]
    fn nothing_in_a_title_starts_a_block() {
        for (written, plain) in [
            ("1. First goal", "1. First goal"),
            ("# Not a heading", "# Not a heading"),
            ("- not a list", "- not a list"),
            ("> not a quote", "> not a quote"),
            ("`cargo script` first", "cargo script first"),
            ("2024 goals: `async` closures", "2024 goals: async closures"),
            ("[docs](https://x.example) first", "docs first"),
            ("_Emphasis_ first", "Emphasis first"),
        ] {
            assert_eq!(title(written).plain, plain, "{written}");
        }
        assert_eq!(title("Plain & simple").plain, "Plain & simple");
        assert_eq!(title("Plain & simple").html, "Plain &amp; simple");
    }
}
