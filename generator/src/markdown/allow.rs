//! Raw HTML in a body, kept the way GitHub's sanitizer keeps it: an allow-list of
//! elements and, per element, of attributes whose values are checked, written out again
//! by cairn (never copied through); comments dropped; any other tag shown as the text it
//! is. Elements are kept balanced: an element opened inside a Markdown block is closed
//! when the block ends, a closing tag that closes nothing open is dropped, and the body
//! ends with everything closed, so a body can never swallow the page around it.
//!
//! Presentational attributes the hosts honour but HTML has made obsolete (`align`) become
//! classes the stylesheet styles (`align-center`), so pages stay valid HTML.

use super::ids::Ids;
use super::raw::{Token, tokens};

/// The links and images of raw HTML: how the body's own Markdown links are rewritten.
pub(crate) trait Links {
    /// `href` for a link's destination as written, or `None` when it may not stay.
    fn href(&self, dest: &str) -> Option<String>;
    /// `src` for an image's source as written, or `None` when it may not stay.
    fn src(&self, dest: &str) -> Option<String>;
    /// The host of an image from another site, which the reader's browser does not load:
    /// the image becomes a link to it.
    fn remote_host(&self, dest: &str) -> Option<String>;
}

/// The raw HTML elements open in one body.
#[derive(Default)]
pub(crate) struct Raw {
    open: Vec<&'static str>,
    /// Where each Markdown block that is open began in `open`.
    blocks: Vec<usize>,
}

impl Raw {
    /// A Markdown block starts: what raw HTML opens inside it closes with it.
    pub(crate) fn enter(&mut self) {
        self.blocks.push(self.open.len());
    }

    /// A Markdown block ends: the closing tags of what raw HTML left open inside it.
    pub(crate) fn leave(&mut self) -> String {
        let from = self.blocks.pop().unwrap_or_default();
        self.close_from(from)
    }

    /// The body ends: the closing tags of everything still open.
    pub(crate) fn finish(&mut self) -> String {
        self.blocks.clear();
        self.close_from(0)
    }

    /// Whether a raw `<a>` is open, inside which text is not linked again.
    pub(crate) fn in_link(&self) -> bool {
        self.open.contains(&"a")
    }

    /// Whether a raw element for code is open (`<code>`, `<pre>`, `<kbd>`, `<samp>`),
    /// inside which text is neither linked nor given emoji, as on the git host.
    pub(crate) fn in_code(&self) -> bool {
        self.open.iter().any(|e| matches!(*e, "code" | "pre" | "kbd" | "samp"))
    }

    /// `html` (an inline tag or an HTML block, as written) as safe, balanced HTML.
    pub(crate) fn write(&mut self, html: &str, links: &dyn Links, ids: &mut Ids) -> String {
        let mut out = String::with_capacity(html.len());
        for token in tokens(html) {
            match token {
                Token::Text(text) => escape_text(&mut out, &text),
                Token::Comment => {}
                Token::Start { name, attributes, source } => match element(&name) {
                    Some(element) if self.fits(element) => self.open(element, &attributes, links, ids, &mut out),
                    Some(_) => {}
                    None => escape_text(&mut out, source),
                },
                Token::End { name, source } => match element(&name) {
                    Some(element) => out.push_str(&self.close(element)),
                    None => escape_text(&mut out, source),
                },
            }
        }
        out
    }

    /// Whether `element` may open here: table parts inside their table, list items in
    /// their list, a summary in its details, a source in its picture.
    fn fits(&self, element: &'static str) -> bool {
        let parents: &[&str] = match element {
            "tr" => &["table", "thead", "tbody", "tfoot"],
            "td" | "th" => &["tr"],
            "thead" | "tbody" | "tfoot" | "caption" => &["table"],
            "li" => &["ul", "ol"],
            "dt" | "dd" => &["dl"],
            "summary" => &["details"],
            "source" => &["picture"],
            "rt" | "rp" => &["ruby"],
            _ => return true,
        };
        let top = self.open.len().checked_sub(1).filter(|&i| i >= self.blocks.last().copied().unwrap_or(0));
        top.is_some_and(|i| parents.contains(&self.open[i]))
    }

    fn open(
        &mut self,
        element: &'static str,
        attributes: &[(String, Option<String>)],
        links: &dyn Links,
        ids: &mut Ids,
        out: &mut String,
    ) {
        let value = |key: &str| attributes.iter().find(|(k, _)| k == key).and_then(|(_, v)| v.as_deref());
        if element == "img"
            && let Some(src) = value("src")
            && let Some(host) = links.remote_host(src)
        {
            // No request leaves the reader's browser: an image from elsewhere is a link.
            out.push_str(&tag("a", &[("href", src.to_owned()), ("rel", super::links::LINK_REL.to_owned())]));
            escape_text(out, &remote_label(value("alt").unwrap_or_default(), &host));
            out.push_str("</a>");
            return;
        }
        if element == "source" && value("srcset").is_some_and(|s| srcset(s, links).is_none()) {
            return;
        }
        let kept = attributes_of(element, attributes, links, ids);
        if element == "img" && !kept.iter().any(|(k, _)| *k == "src") {
            return;
        }
        out.push_str(&tag(element, &kept));
        if !is_void(element) {
            self.open.push(element);
        }
    }

    /// The closing tags for `</element>`: it and what was opened inside it, or nothing
    /// when no such element is open in the current Markdown block.
    fn close(&mut self, element: &'static str) -> String {
        let from = self.blocks.last().copied().unwrap_or_default();
        match self.open[from..].iter().rposition(|&open| open == element) {
            Some(i) => self.close_from(from + i),
            None => String::new(),
        }
    }

    fn close_from(&mut self, from: usize) -> String {
        let from = from.min(self.open.len());
        self.open.drain(from..).rev().map(|name| format!("</{name}>")).collect()
    }
}

/// The element a tag name stands for here, or `None` when it is not allowed: body
/// headings start at `<h2>` as Markdown ones do, and the obsolete `strike` and `tt` are
/// their modern equivalents.
fn element(name: &str) -> Option<&'static str> {
    const ALLOWED: &[&str] = &[
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "dd",
        "del",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "picture",
        "pre",
        "q",
        "rp",
        "rt",
        "ruby",
        "s",
        "samp",
        "small",
        "source",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "var",
        "wbr",
    ];
    match name {
        "h1" => Some("h2"),
        "strike" => Some("s"),
        "tt" => Some("code"),
        other => ALLOWED.iter().copied().find(|&allowed| allowed == other),
    }
}

fn is_void(element: &str) -> bool {
    matches!(element, "br" | "hr" | "img" | "source" | "wbr")
}

/// The attributes `element` keeps, with checked values, in a fixed order.
fn attributes_of(
    element: &'static str,
    attributes: &[(String, Option<String>)],
    links: &dyn Links,
    ids: &mut Ids,
) -> Vec<(&'static str, String)> {
    let mut kept: Vec<(&'static str, String)> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (key, value) in attributes {
        if seen.contains(&key.as_str()) {
            continue; // the first of a repeated attribute wins, as in a browser
        }
        seen.push(key);
        let value = value.as_deref().unwrap_or_default();
        let checked = match (element, key.as_str()) {
            (_, "dir") => matches!(value, "ltr" | "rtl" | "auto").then(|| ("dir", value.to_owned())),
            (_, "lang") => is_language_tag(value).then(|| ("lang", value.to_owned())),
            (_, "title") => Some(("title", value.to_owned())),
            ("a", "href") => links.href(value).map(|v| ("href", v)),
            ("a", "id" | "name") => ids.claim(value).map(|v| ("id", v)),
            ("img", "src") => links.src(value).map(|v| ("src", v)),
            ("img", "alt") => Some(("alt", value.to_owned())),
            ("img" | "source", "width" | "height") => is_count(value).then(|| (dimension(key), value.to_owned())),
            ("source", "srcset") => srcset(value, links).map(|v| ("srcset", v)),
            ("source", "media") => Some(("media", value.to_owned())),
            ("source", "type") => Some(("type", value.to_owned())),
            ("details", "open") => Some(("open", String::new())),
            ("ol", "start") => value.parse::<i32>().ok().map(|n| ("start", n.to_string())),
            ("ol", "type") => matches!(value, "1" | "a" | "A" | "i" | "I").then(|| ("type", value.to_owned())),
            ("ol", "reversed") => Some(("reversed", String::new())),
            ("td" | "th", "colspan" | "rowspan") => {
                value.parse::<u16>().ok().filter(|n| (1..=1000).contains(n)).map(|n| (span(key), n.to_string()))
            }
            ("th", "scope") => {
                matches!(value, "row" | "col" | "rowgroup" | "colgroup").then(|| ("scope", value.to_owned()))
            }
            ("div" | "span" | "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "td" | "th" | "img", "align") => {
                align_class(&value.to_ascii_lowercase()).map(|class| ("class", class.to_owned()))
            }
            _ => None,
        };
        // `id` and `name` both give an id, and `align` gives the class: one of each.
        if let Some((key, value)) = checked
            && !kept.iter().any(|(k, _)| *k == key)
        {
            kept.push((key, value));
        }
    }
    if element == "a" {
        kept.push(("rel", super::links::LINK_REL.to_owned()));
    }
    kept
}

fn dimension(key: &str) -> &'static str {
    if key == "width" { "width" } else { "height" }
}

fn span(key: &str) -> &'static str {
    if key == "colspan" { "colspan" } else { "rowspan" }
}

/// The class an `align` value stands for.
fn align_class(value: &str) -> Option<&'static str> {
    match value {
        "left" => Some("align-left"),
        "center" | "middle" => Some("align-center"),
        "right" => Some("align-right"),
        _ => None,
    }
}

/// A width or height as HTML allows it: a whole number of pixels (`50%` is not).
fn is_count(value: &str) -> bool {
    !value.is_empty() && value.len() <= 5 && value.bytes().all(|b| b.is_ascii_digit())
}

fn is_language_tag(value: &str) -> bool {
    !value.is_empty() && value.len() <= 35 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// A `srcset` whose every image may be shown here, rewritten like `src`; `None` when one
/// may not (another site's, or a scheme other than the web's).
fn srcset(value: &str, links: &dyn Links) -> Option<String> {
    let mut kept = Vec::new();
    for candidate in value.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        let (url, descriptor) = candidate.split_once(char::is_whitespace).unwrap_or((candidate, ""));
        if links.remote_host(url).is_some() {
            return None;
        }
        let descriptor = descriptor.trim();
        let valid = descriptor.is_empty()
            || descriptor
                .strip_suffix(['w', 'x'])
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'));
        if !valid {
            return None;
        }
        let src = links.src(url)?;
        kept.push(if descriptor.is_empty() { src } else { format!("{src} {descriptor}") });
    }
    (!kept.is_empty()).then(|| kept.join(", "))
}

/// What the link that stands for an image from another site says: its alt text and the
/// site it is on.
pub(crate) fn remote_label(alt: &str, host: &str) -> String {
    let alt = alt.trim();
    if alt.is_empty() { format!("Image on {host}") } else { format!("{alt} (image on {host})") }
}

/// `<element key="value" …>`, every value escaped (URLs as pulldown-cmark escapes
/// `href`s).
fn tag(element: &str, attributes: &[(&str, String)]) -> String {
    let mut out = format!("<{element}");
    for (key, value) in attributes {
        out.push(' ');
        out.push_str(key);
        if value.is_empty() && matches!(*key, "open" | "reversed") {
            continue;
        }
        out.push_str("=\"");
        // Writing to a `String` cannot fail.
        let _ = if matches!(*key, "href" | "src") {
            pulldown_cmark_escape::escape_href(&mut out, value)
        } else {
            pulldown_cmark_escape::escape_html(&mut out, value)
        };
        out.push('"');
    }
    out.push('>');
    out
}

fn escape_text(out: &mut String, text: &str) {
    // Writing to a `String` cannot fail.
    let _ = pulldown_cmark_escape::escape_html_body_text(&mut *out, text);
}

#[cfg(test)]
mod tests;
