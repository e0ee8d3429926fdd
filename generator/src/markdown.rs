//! Markdown: rendering a content file's body to safe HTML, and finding the links between
//! content files.
//!
//! Bodies come from strangers' pull requests, so rendering is defensive twice over: raw
//! HTML in the Markdown is shown as text (like Hugo's default), and the rendered fragment
//! is sanitized with a tightened ammonia builder (web and mail links only, `rel` set on
//! every link, no SVG, MathML, styles, scripts or frames).

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

/// The Markdown extensions cairn enables.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
}

/// The links of `body` (found in the file at `path`) that lead to other Markdown files of
/// the repository, resolved to repository-relative paths (`goals/docs/onboarding.md`),
/// with where each link is written in `body`. A link that climbs out of the repository
/// (`../../x.md` past the root) keeps its destination as written, as an `Err`.
pub(crate) fn file_links(path: &str, body: &str) -> Vec<(Result<String, String>, Range<usize>)> {
    let mut found = Vec::new();
    for (event, span) in Parser::new_ext(body, options()).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, link_type, .. }) = event
            && !matches!(link_type, LinkType::Email | LinkType::Autolink)
            && let Some(file) = markdown_target(&dest_url)
        {
            found.push((resolve(path, file).ok_or_else(|| file.to_owned()), span));
        }
    }
    found
}

/// The file part of a link to a local Markdown file (`../docs/x.md#usage` gives
/// `../docs/x.md`), or `None` for other links.
fn markdown_target(url: &str) -> Option<&str> {
    if url.contains("://") || url.starts_with("mailto:") || url.starts_with('#') || url.starts_with("//") {
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

/// Where links to other content files go: repository-relative Markdown paths to site URLs.
pub(crate) type LinkMap = BTreeMap<String, String>;

/// Renders `body` (the file at `path`) to sanitized HTML. Links to other content files are
/// rewritten with `links`; headings get `id`s (prefixed by `id_prefix`) and a self-link.
pub(crate) fn render(path: &str, body: &str, links: &LinkMap) -> String {
    let mut headings = Headings::default();
    let events = Parser::new_ext(body, options()).map(|event| match event {
        // Raw HTML is shown as the text it is.
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            let dest_url = rewrite_link(path, dest_url, links);
            Event::Start(Tag::Link { link_type, dest_url, title, id })
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) if is_external(&dest_url) => {
            // No third-party requests: an image from elsewhere becomes a link to it.
            Event::Start(Tag::Link { link_type, dest_url, title, id })
        }
        Event::FootnoteReference(name) => {
            let id = footnote_id(&name);
            Event::Html(CowStr::from(format!(
                "<sup class=\"footnote-reference\"><a href=\"#md-fn-{id}\">{id}</a></sup>"
            )))
        }
        Event::Start(Tag::FootnoteDefinition(name)) => {
            let id = footnote_id(&name);
            Event::Html(CowStr::from(format!(
                "<div class=\"footnote-definition\" id=\"fn-{id}\"><sup class=\"footnote-definition-label\">{id}</sup>"
            )))
        }
        Event::End(TagEnd::FootnoteDefinition) => Event::Html(CowStr::Borrowed("</div>")),
        Event::TaskListMarker(done) => Event::Html(CowStr::from(if done {
            "<span class=\"task done\" aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">done: </span>"
        } else {
            "<span class=\"task\" aria-hidden=\"true\">○</span><span class=\"visually-hidden\">to do: </span>"
        })),
        other => other,
    });
    let events = headings.anchor(events);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    SANITIZER.clean(&html).to_string()
}

/// A footnote's name as an id fragment.
fn footnote_id(name: &str) -> String {
    cairn_model::Slug::suggest(name).map_or_else(|| "note".to_owned(), String::from)
}

fn is_external(url: &str) -> bool {
    url.contains("://") || url.starts_with("//")
}

fn rewrite_link<'a>(path: &str, url: CowStr<'a>, links: &LinkMap) -> CowStr<'a> {
    let Some(file) = markdown_target(&url) else { return url };
    let fragment = url.find('#').map(|i| &url[i..]).unwrap_or_default();
    match resolve(path, file).and_then(|target| links.get(&target)) {
        Some(page) => CowStr::from(format!("{page}{fragment}")),
        // `cairn check` reports these; the build fails before rendering one.
        None => url,
    }
}

/// Gives headings ids from their text, unique within the body, and a self-link.
#[derive(Default)]
struct Headings {
    used: HashSet<String>,
}

impl Headings {
    fn anchor<'a>(&mut self, events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
        let mut out = Vec::new();
        let mut open: Option<(HeadingLevel, usize, String)> = None;
        for event in events {
            match event {
                Event::Start(Tag::Heading { level, .. }) => {
                    open = Some((level, out.len(), String::new()));
                    out.push(Event::Text(CowStr::Borrowed(""))); // replaced at the end
                }
                Event::End(TagEnd::Heading(level)) => {
                    if let Some((_, start, text)) = open.take() {
                        let id = self.unique(&text);
                        out[start] = Event::Html(CowStr::from(format!("<{level} id=\"{id}\">")));
                        // The sanitizer prefixes ids with `md-`; links must match.
                        out.push(Event::Html(CowStr::from(format!(
                            " <a class=\"anchor\" href=\"#md-{id}\" aria-label=\"link to this section\">#</a></{level}>"
                        ))));
                    } else {
                        out.push(Event::End(TagEnd::Heading(level)));
                    }
                }
                Event::Text(ref t) | Event::Code(ref t) => {
                    if let Some((_, _, text)) = open.as_mut() {
                        text.push_str(t);
                    }
                    out.push(event);
                }
                other => out.push(other),
            }
        }
        out
    }

    fn unique(&mut self, text: &str) -> String {
        let base = cairn_model::Slug::suggest(text).map_or_else(|| "section".to_owned(), String::from);
        let mut id = base.clone();
        let mut n = 1;
        while !self.used.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// The sanitizer every rendered body goes through.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto"]))
        .link_rel(Some("noopener noreferrer nofollow ugc"))
        .rm_tags(["svg", "math", "style", "script", "noscript", "iframe", "textarea", "title", "form", "input"])
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .add_tag_attributes("a", ["aria-label", "id"])
        .add_tag_attributes("li", ["id"])
        .add_tag_attributes("div", ["id"])
        .add_tag_attributes("sup", ["id"])
        .add_allowed_classes("span", ["task", "done", "visually-hidden"])
        .add_allowed_classes("a", ["anchor"])
        .add_allowed_classes("div", ["footnote-definition"])
        .add_allowed_classes("sup", ["footnote-definition-label", "footnote-reference"])
        .add_tag_attributes("span", ["aria-hidden"])
        // Ids from content must not clobber the page's own.
        .id_prefix(Some("md-"))
        .url_relative(ammonia::UrlRelative::PassThrough);
    b
});

#[cfg(test)]
mod tests;
