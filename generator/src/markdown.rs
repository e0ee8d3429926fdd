//! Markdown: rendering a content file's body to safe HTML, and finding the links between
//! content files.
//!
//! Bodies come from strangers' pull requests. Safety is decided at the event level, on an
//! allowlist, so that no HTML parser has to run over the result: raw HTML in the Markdown
//! is shown as text (like Hugo's default); links and images are written here, keeping only
//! web and mail links (`rel` set on every link); table alignment and code-block languages
//! (attributes that come from the file) are dropped; every id is generated here with an
//! `md-` prefix. pulldown-cmark escapes all text and attribute values. The tests hold the
//! result to the tightened ammonia builder the design names: for hostile and generated
//! input, sanitizing the output with it changes nothing ([`tests`]).

use std::collections::{BTreeMap, HashSet};

use pulldown_cmark::{Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// The Markdown extensions cairn enables.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// A link or image in a body that points into the repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileLink {
    /// To a Markdown file: resolved to a repository-relative path (`goals/docs/x.md`), or,
    /// when it climbs out of the repository, the destination as written (`Err`).
    Page(Result<String, String>),
    /// To another file by a relative path (`map.png`): such files are not published.
    Relative(String),
}

/// What a link or image destination written in the file at `path` points to in the
/// repository, if anything.
pub(crate) fn classify(path: &str, dest: &str) -> Option<FileLink> {
    if let Some(file) = markdown_target(dest) {
        Some(FileLink::Page(resolve(path, file).ok_or_else(|| file.to_owned())))
    } else if !is_external(dest) && !dest.is_empty() && !dest.starts_with(['/', '#', '?']) {
        Some(FileLink::Relative(dest.to_owned()))
    } else {
        None
    }
}

/// The file part of a link to a local Markdown file (`../docs/x.md#usage` gives
/// `../docs/x.md`), or `None` for other links.
fn markdown_target(url: &str) -> Option<&str> {
    if is_external(url) || url.starts_with('#') {
        return None;
    }
    let file = url.split(['#', '?']).next().unwrap_or_default();
    file.ends_with(".md").then_some(file)
}

/// Resolves `link` relative to the folder of `from` (both `/`-separated); `None` when it
/// climbs above the repository root.
fn resolve(from: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = if link.starts_with('/') { Vec::new() } else { from.split('/').collect() };
    if !link.starts_with('/') {
        parts.pop(); // the file name
    }
    for segment in link.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// Where links lead: repository-relative Markdown paths to site URLs, and the path the
/// site's URLs start with (`/` or `/goals/`), for root-relative links and images.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pages {
    pub(crate) links: BTreeMap<String, String>,
    pub(crate) root: String,
}

/// The `rel` of every link in a body.
pub(crate) const LINK_REL: &str = "noopener noreferrer nofollow ugc";

/// Renders `body` (the file at `path`) to safe HTML. Links to other content files
/// become page URLs; headings start at `<h2>` (the page has the `<h1>`) and get ids;
/// every id is prefixed `md-` so that content cannot clash with the page's own.
pub(crate) fn render(path: &str, body: &str, pages: &Pages) -> String {
    let mut ids = Ids::default();
    // Links end with `</a>` written here, except inside an image's text, where
    // pulldown-cmark writes only the text (the `alt`): a stack of which is which.
    let mut ends: Vec<bool> = Vec::new();
    let mut in_image = 0_usize;
    let mut heading: Option<(usize, String)> = None;
    let mut events: Vec<Event<'_>> = Vec::new();
    for event in Parser::new_ext(body, options()) {
        let event = match event {
            // Raw HTML is shown as the text it is.
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            Event::Start(Tag::Link { dest_url, title, .. }) if in_image == 0 => {
                ends.push(true);
                Event::Html(link_open(&rewrite_url(path, dest_url, pages), &title))
            }
            Event::Start(Tag::Image { dest_url, title, .. }) if in_image == 0 && is_external(&dest_url) => {
                // No third-party requests: an image from elsewhere becomes a link to it.
                ends.push(true);
                Event::Html(link_open(&dest_url, &title))
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                ends.push(false);
                in_image += 1;
                let dest_url = if in_image == 1 { rewrite_url(path, dest_url, pages) } else { dest_url };
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::Start(link @ Tag::Link { .. }) => {
                ends.push(false);
                Event::Start(link)
            }
            Event::End(end @ (TagEnd::Link | TagEnd::Image)) => match ends.pop() {
                Some(true) => Event::Html(CowStr::Borrowed("</a>")),
                _ => {
                    if end == TagEnd::Image {
                        in_image = in_image.saturating_sub(1);
                    }
                    Event::End(end)
                }
            },
            // Attributes the file would choose: `style` for alignment, `class` from the
            // code block's info string.
            Event::Start(Tag::Table(columns)) => Event::Start(Tag::Table(vec![Alignment::None; columns.len()])),
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                Event::Start(Tag::CodeBlock(CodeBlockKind::Indented))
            }
            Event::Rule => Event::Html(CowStr::Borrowed("<hr>\n")),
            Event::HardBreak => Event::Html(CowStr::Borrowed("<br>\n")),
            Event::FootnoteReference(name) => {
                let (id, label) = ids.footnote(&name);
                Event::Html(CowStr::from(format!(
                    "<sup class=\"footnote-reference\"><a href=\"#{id}\" rel=\"{LINK_REL}\">{label}</a></sup>"
                )))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let (id, label) = ids.footnote(&name);
                Event::Html(CowStr::from(format!(
                    "<div class=\"footnote-definition\" id=\"{id}\"><sup class=\"footnote-definition-label\">{label}</sup>"
                )))
            }
            Event::End(TagEnd::FootnoteDefinition) => Event::Html(CowStr::Borrowed("</div>\n")),
            Event::TaskListMarker(done) => Event::Html(CowStr::from(if done {
                "<span class=\"task done\" aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">done: </span>"
            } else {
                "<span class=\"task\" aria-hidden=\"true\">○</span><span class=\"visually-hidden\">to do: </span>"
            })),
            Event::Start(Tag::Heading { .. }) => {
                heading = Some((events.len(), String::new()));
                Event::Text(CowStr::Borrowed("")) // replaced at the heading's end
            }
            Event::End(TagEnd::Heading(level)) => {
                let level = shifted(level);
                if let Some((start, text)) = heading.take() {
                    events[start] = Event::Html(CowStr::from(format!("<{level} id=\"{}\">", ids.heading(&text))));
                }
                Event::Html(CowStr::from(format!("</{level}>\n")))
            }
            Event::Text(text) => {
                if let Some((_, words)) = heading.as_mut() {
                    words.push_str(&text);
                }
                Event::Text(text)
            }
            Event::Code(code) => {
                if let Some((_, words)) = heading.as_mut() {
                    words.push_str(&code);
                }
                Event::Code(code)
            }
            other => other,
        };
        events.push(event);
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // `&#7;` in Markdown decodes to a control character, which XML (the feed) forbids.
    if html.contains(crate::escape::is_control) {
        html.retain(|c| !crate::escape::is_control(c));
    }
    html
}

/// `<a …>` for a link to `dest`: web, mail and relative links keep their target, any
/// other scheme (`javascript:`, `data:` …) loses it; every link gets [`LINK_REL`].
fn link_open(dest: &str, title: &str) -> CowStr<'static> {
    let mut tag = String::with_capacity(dest.len() + title.len() + 64);
    tag.push_str("<a");
    if is_safe_target(dest) {
        tag.push_str(" href=\"");
        // Writing to a `String` cannot fail.
        let _ = pulldown_cmark_escape::escape_href(&mut tag, dest);
        tag.push('"');
    }
    if !title.is_empty() {
        tag.push_str(" title=\"");
        let _ = pulldown_cmark_escape::escape_html(&mut tag, title);
        tag.push('"');
    }
    tag.push_str(" rel=\"");
    tag.push_str(LINK_REL);
    tag.push_str("\">");
    CowStr::from(tag)
}

/// Whether a link target may stay: relative, or `http:`, `https:` or `mailto:` — decided
/// by the WHATWG URL parser, as browsers (and ammonia) read it, so `java\tscript:` and
/// ` javascript:` are caught too.
fn is_safe_target(dest: &str) -> bool {
    match url::Url::parse(dest) {
        Ok(url) => matches!(url.scheme(), "http" | "https" | "mailto"),
        Err(url::ParseError::RelativeUrlWithoutBase) => true,
        Err(_) => false,
    }
}

/// Body headings start at `<h2>`: `#` and `##` both give `<h2>`.
fn shifted(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}

/// A destination with a scheme (`https:`, `http:`, `data:` …) or a network path (`//`).
fn is_external(url: &str) -> bool {
    let scheme = url.split_once(':').is_some_and(|(s, _)| {
        s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    });
    scheme || url.starts_with("//") || url.starts_with('\\')
}

/// Rewrites a link or image destination for the site: content files become page URLs,
/// fragments point at the `md-` ids, root-relative paths get the site's base path.
fn rewrite_url<'a>(path: &str, url: CowStr<'a>, pages: &Pages) -> CowStr<'a> {
    if let Some(file) = markdown_target(&url) {
        let fragment = url.find('#').map(|i| prefixed_fragment(&url[i + 1..])).unwrap_or_default();
        return match resolve(path, file).and_then(|target| pages.links.get(&target)) {
            Some(page) => CowStr::from(format!("{page}{fragment}")),
            // `cairn check` reports these; the build fails before rendering one.
            None => url,
        };
    }
    if let Some(fragment) = url.strip_prefix('#') {
        return CowStr::from(prefixed_fragment(fragment));
    }
    if let Some(rest) = url.strip_prefix('/')
        && !rest.starts_with('/')
    {
        return CowStr::from(format!("{}{rest}", pages.root));
    }
    url
}

fn prefixed_fragment(fragment: &str) -> String {
    if fragment.is_empty() || fragment.starts_with("md-") { format!("#{fragment}") } else { format!("#md-{fragment}") }
}

/// The ids of one body: headings from their text, footnotes from their names, all
/// unique and prefixed `md-`.
#[derive(Default)]
struct Ids {
    used: HashSet<String>,
    /// Each footnote's id and number, numbered in order of first mention.
    footnotes: BTreeMap<String, (String, usize)>,
}

impl Ids {
    fn heading(&mut self, text: &str) -> String {
        let base = cairn_model::Slug::suggest(text).map_or_else(|| "section".to_owned(), String::from);
        self.unique(&format!("md-{base}"))
    }

    /// The same id and number for a footnote's reference and its definition.
    fn footnote(&mut self, name: &str) -> (String, usize) {
        if let Some(found) = self.footnotes.get(name) {
            return found.clone();
        }
        let base = cairn_model::Slug::suggest(name).map_or_else(|| "note".to_owned(), String::from);
        let found = (self.unique(&format!("md-fn-{base}")), self.footnotes.len() + 1);
        self.footnotes.insert(name.to_owned(), found.clone());
        found
    }

    fn unique(&mut self, base: &str) -> String {
        let mut id = base.to_owned();
        let mut n = 1;
        while !self.used.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

#[cfg(test)]
mod tests;
