//! A body as HTML: the pulldown-cmark events of a content file's Markdown, rewritten on
//! an allowlist before pulldown-cmark's writer turns them into HTML (see [`super`] for
//! the rules): links and images written here, headings shifted and given ids, footnotes
//! numbered, attributes from the file dropped, raw HTML kept on the allow-list
//! ([`super::allow`]).

use pulldown_cmark::{Alignment, BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};

use super::allow::{Links, Raw, remote_label};
use super::code;
use super::ids::Ids;
use super::inline::{self, Piece};
use super::{FileLink, Pages, is_external, markdown_target, options, resolve};

/// The `rel` of every link in a body.
pub(crate) const LINK_REL: &str = "noopener noreferrer nofollow ugc";

/// Renders `body` (the file at `path`) to safe HTML. Links to other content files
/// become page URLs; headings start at `<h2>` (the page has the `<h1>`) and get ids;
/// every id is prefixed `md-` so that content cannot clash with the page's own.
///
/// `title` is the page's title: a `# Heading` that opens the body and says the same is
/// not shown a second time.
pub(crate) fn render(path: &str, body: &str, title: Option<&str>, pages: &Pages) -> String {
    let mut rewriter = Rewriter {
        title: title.map(|t| words(&super::title(t).plain)),
        links: BodyLinks { path, pages },
        ids: Ids::default(),
        raw: Raw::default(),
        block: None,
        text: String::new(),
        code: None,
        ends: Vec::new(),
        in_image: 0,
        heading: None,
        events: Vec::new(),
    };
    for event in Parser::new_ext(body, options()) {
        rewriter.push(event);
    }
    rewriter.flush();
    let closing = rewriter.raw.finish();
    if !closing.is_empty() {
        rewriter.events.push(Event::Html(CowStr::from(closing)));
    }
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, rewriter.events.into_iter());
    // `&#7;` in Markdown decodes to a control character, which XML (the feed) forbids.
    if html.contains(crate::escape::is_control) {
        html.retain(|c| !crate::escape::is_control(c));
    }
    html
}

/// The events of one body, rewritten on the way through.
struct Rewriter<'a, 'p> {
    /// The page title's words, to compare an opening `# Heading` with.
    title: Option<String>,
    links: BodyLinks<'p>,
    ids: Ids,
    raw: Raw,
    /// The HTML block being read, line by line.
    block: Option<String>,
    /// The text read since the last other event: pulldown-cmark splits text where
    /// Markdown might have begun (`[`, `_`, quotes), and a web address or a shortcode
    /// may span such places.
    text: String,
    /// The code block being read: its info string (`None` when indented) and its text.
    code: Option<(Option<String>, String)>,
    /// How each link ends: with `</a>` written here (and perhaps words before it), or,
    /// inside an image's text, where pulldown-cmark writes only the text (the `alt`),
    /// as pulldown-cmark ends it.
    ends: Vec<LinkEnd>,
    in_image: usize,
    /// The heading being read: where its start is in `events`, and its text so far.
    heading: Option<(usize, String)>,
    events: Vec<Event<'a>>,
}

impl<'a> Rewriter<'a, '_> {
    fn push(&mut self, event: Event<'a>) {
        if let Event::Text(text) = &event {
            match &mut self.code {
                Some((_, code)) => code.push_str(text),
                None => self.text.push_str(text),
            }
            return;
        }
        self.flush();
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let info = match kind {
                    CodeBlockKind::Fenced(info) => Some(info.into_string()),
                    CodeBlockKind::Indented => None,
                };
                self.code = Some((info, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                let (info, code) = self.code.take().unwrap_or_default();
                self.events.push(Event::Html(CowStr::from(code::block(info.as_deref(), &code))));
            }
            event => self.rewrite(event),
        }
    }

    /// The text read so far, linked and with its emoji, as the events it makes.
    fn flush(&mut self) {
        if self.text.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.text);
        let linking = self.ends.is_empty() && !self.raw.in_link();
        for piece in inline::decorate(&text, self.links.pages.repo.as_ref(), linking) {
            match piece {
                Piece::Text(text) => self.rewrite(Event::Text(CowStr::from(text))),
                // The link's tags are written here, not read as the body's raw HTML.
                Piece::Link { href, text } => {
                    self.events.push(Event::Html(link_open(&href, "")));
                    self.rewrite(Event::Text(CowStr::from(text)));
                    self.events.push(Event::Html(CowStr::Borrowed("</a>")));
                }
                Piece::Commit { href, short } => {
                    self.events.push(Event::Html(link_open(&href, "")));
                    self.rewrite(Event::Code(CowStr::from(short)));
                    self.events.push(Event::Html(CowStr::Borrowed("</a>")));
                }
            }
        }
    }

    fn rewrite(&mut self, event: Event<'a>) {
        match &event {
            Event::Start(Tag::HtmlBlock) => {
                self.block = Some(String::new());
                return;
            }
            Event::Html(line) if self.block.is_some() => {
                self.block.get_or_insert_default().push_str(line);
                return;
            }
            Event::Start(_) => self.raw.enter(),
            Event::End(TagEnd::HtmlBlock) => {}
            Event::End(_) => {
                let closing = self.raw.leave();
                if !closing.is_empty() {
                    self.events.push(Event::Html(CowStr::from(closing)));
                }
            }
            _ => {}
        }
        let event = match event {
            Event::End(TagEnd::HtmlBlock) => {
                let block = self.block.take().unwrap_or_default();
                Event::Html(CowStr::from(self.raw.write(&block, &self.links, &mut self.ids)))
            }
            // An image's text is its `alt`: tags have no place in it.
            Event::InlineHtml(_) if self.in_image > 0 => Event::Text(CowStr::Borrowed("")),
            Event::Html(html) | Event::InlineHtml(html) => {
                Event::Html(CowStr::from(self.raw.write(&html, &self.links, &mut self.ids)))
            }
            e @ (Event::Start(Tag::Link { .. } | Tag::Image { .. }) | Event::End(TagEnd::Link | TagEnd::Image)) => {
                self.link(e)
            }
            e @ (Event::Start(Tag::Heading { .. })
            | Event::End(TagEnd::Heading(_))
            | Event::Text(_)
            | Event::Code(_)) => self.heading(e),
            e @ (Event::FootnoteReference(_)
            | Event::Start(Tag::FootnoteDefinition(_))
            | Event::End(TagEnd::FootnoteDefinition)) => self.footnote(e),
            other => fixed(other),
        };
        self.events.push(event);
    }

    /// Links and images: written here, with their destinations rewritten for the site.
    fn link(&mut self, event: Event<'a>) -> Event<'a> {
        let BodyLinks { path, pages } = self.links;
        match event {
            Event::Start(Tag::Link { dest_url, title, .. }) if self.in_image == 0 => {
                self.ends.push(LinkEnd::Anchor);
                Event::Html(link_open(&rewrite_link(path, dest_url, pages), &title))
            }
            Event::Start(Tag::Image { dest_url, title, .. })
                if self.in_image == 0
                    && !self.links.shown_remote(&dest_url)
                    && (is_external(&dest_url) || self.links.remote_host(&dest_url).is_some()) =>
            {
                // No third-party requests: an image from elsewhere becomes a link to it,
                // which says where the image is.
                let end = match self.links.remote_host(&dest_url) {
                    Some(host) => LinkEnd::Remote { host, from: self.events.len() },
                    None => LinkEnd::Anchor,
                };
                self.ends.push(end);
                Event::Html(link_open(&rewrite_url(path, dest_url, pages), &title))
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                // An image that is all a link shows is the link's name: it needs words.
                let in_link = self.in_image == 0
                    && self.ends.iter().any(|e| !matches!(e, LinkEnd::Writer | LinkEnd::Image { .. }));
                let named = in_link.then(|| (self.events.len() + 1, file_words(&dest_url)));
                self.ends.push(LinkEnd::Image { named });
                self.in_image += 1;
                let dest_url = if self.in_image == 1 { rewrite_url(path, dest_url, pages) } else { dest_url };
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::Start(link @ Tag::Link { .. }) => {
                self.ends.push(LinkEnd::Writer);
                Event::Start(link)
            }
            Event::End(end) => match self.ends.pop() {
                Some(LinkEnd::Anchor) => Event::Html(CowStr::Borrowed("</a>")),
                Some(LinkEnd::Remote { host, from }) => {
                    let alt = text_of(&self.events[from..]);
                    let label = remote_label(&alt, &host);
                    let mut words = String::new();
                    // Writing to a `String` cannot fail.
                    let _ = pulldown_cmark_escape::escape_html_body_text(
                        &mut words,
                        label.strip_prefix(alt.trim()).unwrap_or(&label),
                    );
                    words.push_str("</a>");
                    Event::Html(CowStr::from(words))
                }
                Some(LinkEnd::Image { named }) => {
                    self.in_image = self.in_image.saturating_sub(1);
                    if let Some((from, words)) = named
                        && text_of(&self.events[from.min(self.events.len())..]).trim().is_empty()
                    {
                        self.events.push(Event::Text(CowStr::from(words)));
                    }
                    Event::End(end)
                }
                _ => Event::End(end),
            },
            other => other,
        }
    }

    /// Headings: one level down, with an id made from their text.
    fn heading(&mut self, event: Event<'a>) -> Event<'a> {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                self.heading = Some((self.events.len(), String::new()));
                Event::Text(CowStr::Borrowed("")) // replaced at the heading's end
            }
            Event::End(TagEnd::Heading(level)) => {
                let heading = self.heading.take();
                if let Some((start, text)) = &heading
                    && level == HeadingLevel::H1
                    && self.repeats_title(*start, text)
                {
                    self.events.truncate(*start);
                    return Event::Text(CowStr::Borrowed(""));
                }
                let level = shifted(level);
                if let Some((start, text)) = heading {
                    let id = self.ids.heading(&text);
                    self.events[start] = Event::Html(CowStr::from(format!("<{level} id=\"{id}\">")));
                }
                Event::Html(CowStr::from(format!("</{level}>\n")))
            }
            Event::Text(text) => {
                if let Some((_, words)) = self.heading.as_mut() {
                    words.push_str(&text);
                }
                Event::Text(text)
            }
            Event::Code(code) => {
                if let Some((_, words)) = self.heading.as_mut() {
                    words.push_str(&code);
                }
                Event::Code(code)
            }
            other => other,
        }
    }

    /// Whether the heading that starts at `events[start]`, saying `text`, opens the body
    /// (after nothing but dropped comments) and says what the page's title says.
    fn repeats_title(&self, start: usize, text: &str) -> bool {
        let opens = self.events[..start].iter().all(|e| match e {
            Event::Text(t) | Event::Html(t) => t.trim().is_empty(),
            _ => false,
        });
        let said = words(text);
        opens
            && self.title.as_deref().is_some_and(|title| {
                said == title || said.strip_suffix(title).and_then(|id| id.strip_suffix(": ")).is_some_and(is_id)
            })
    }

    /// Footnotes: references and definitions with the same generated id and number.
    fn footnote(&mut self, event: Event<'a>) -> Event<'a> {
        match event {
            Event::FootnoteReference(name) => {
                let (id, label) = self.ids.footnote(&name);
                Event::Html(CowStr::from(format!(
                    "<sup class=\"footnote-reference\"><a href=\"#{id}\" rel=\"{LINK_REL}\">{label}</a></sup>"
                )))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let (id, label) = self.ids.footnote(&name);
                Event::Html(CowStr::from(format!(
                    "<div class=\"footnote-definition\" id=\"{id}\"><sup class=\"footnote-definition-label\">{label}</sup>"
                )))
            }
            Event::End(TagEnd::FootnoteDefinition) => Event::Html(CowStr::Borrowed("</div>\n")),
            other => other,
        }
    }
}

/// `text`'s words in lower case, one space between each: what two titles are compared by.
fn words(text: &str) -> String {
    text.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Whether `text` is the id a heading may name before its title (`KEP-1234`, `RFC 2025`
/// in `# KEP-1234: Title`): short, at most two words, with a digit.
fn is_id(text: &str) -> bool {
    text.len() <= 24 && text.split(' ').count() <= 2 && text.contains(|c: char| c.is_ascii_digit())
}

/// How a link or image ends.
enum LinkEnd {
    /// With `</a>`, written here.
    Anchor,
    /// With the words that say which site an image is on (its link starting at
    /// `events[from]`), then `</a>`.
    Remote { host: String, from: usize },
    /// As pulldown-cmark's writer ends it.
    Writer,
    /// An image, as the writer ends it; inside a link, with where its text starts and
    /// the words it gets when it has none.
    Image { named: Option<(usize, String)> },
}

/// Words for an image from its file's name (`build-status.svg` gives "build status").
fn file_words(src: &str) -> String {
    let file = src.split(['?', '#']).next().unwrap_or_default().rsplit('/').next().unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let words = stem.replace(['-', '_', '.'], " ");
    let words = words.trim();
    if words.is_empty() { "image".to_owned() } else { words.to_owned() }
}

/// The words in `events`.
fn text_of(events: &[Event<'_>]) -> String {
    events
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

/// Where the links and images of the file at `path` lead on the site.
#[derive(Clone, Copy)]
struct BodyLinks<'p> {
    path: &'p str,
    pages: &'p Pages,
}

impl Links for BodyLinks<'_> {
    fn href(&self, dest: &str) -> Option<String> {
        let url = rewrite_link(self.path, CowStr::Borrowed(dest), self.pages);
        is_safe_target(&url).then(|| url.into_string())
    }

    fn src(&self, dest: &str) -> Option<String> {
        let url = rewrite_url(self.path, CowStr::Borrowed(dest), self.pages);
        resolved(&url).filter(|u| matches!(u.scheme(), "http" | "https")).map(|_| url.into_string())
    }

    fn remote_host(&self, dest: &str) -> Option<String> {
        if self.pages.remote_images {
            return None;
        }
        let url = rewrite_url(self.path, CowStr::Borrowed(dest), self.pages);
        let resolved = resolved(&url).filter(|u| matches!(u.scheme(), "http" | "https"))?;
        let host = resolved.host_str()?;
        (host != PAGE_HOST).then(|| host.to_owned())
    }
}

impl BodyLinks<'_> {
    /// Whether `dest` is an image from another site that the site shows as an image.
    fn shown_remote(&self, dest: &str) -> bool {
        self.pages.remote_images && resolved(dest).is_some_and(|u| matches!(u.scheme(), "http" | "https"))
    }
}

/// The host of the page a body is resolved against ([`resolved`]): reserved, so that no
/// real address has it.
const PAGE_HOST: &str = "page.invalid";

/// `url` as a reader's browser resolves it on a page of the site, by the WHATWG rules
/// browsers follow (`///x`, `/\x` and `\\x` lead to another host, `java\tscript:` is
/// `javascript:`); `None` when it resolves to nothing.
fn resolved(url: &str) -> Option<url::Url> {
    static PAGE: std::sync::LazyLock<url::Url> =
        std::sync::LazyLock::new(|| url::Url::parse(&format!("https://{PAGE_HOST}/a/page/")).expect("a valid URL"));
    PAGE.join(url).ok()
}

/// The events whose HTML does not depend on the rest of the body.
fn fixed(event: Event<'_>) -> Event<'_> {
    match event {
        // An attribute the file would choose: `style` for alignment.
        Event::Start(Tag::Table(columns)) => Event::Start(Tag::Table(vec![Alignment::None; columns.len()])),
        Event::Start(Tag::BlockQuote(Some(kind))) => {
            let (class, title) = alert(kind);
            Event::Html(CowStr::from(format!(
                "<div class=\"alert alert-{class}\" role=\"note\">\n<p class=\"alert-title\">{title}</p>\n"
            )))
        }
        Event::End(TagEnd::BlockQuote(Some(_))) => Event::Html(CowStr::Borrowed("</div>\n")),
        Event::Rule => Event::Html(CowStr::Borrowed("<hr>\n")),
        Event::HardBreak => Event::Html(CowStr::Borrowed("<br>\n")),
        Event::TaskListMarker(done) => Event::Html(CowStr::from(if done {
            "<span class=\"task done\" aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">done: </span>"
        } else {
            "<span class=\"task\" aria-hidden=\"true\">○</span><span class=\"visually-hidden\">to do: </span>"
        })),
        other => other,
    }
}

/// A GitHub alert's class and the title it shows (`> [!NOTE]` gives a note titled
/// "Note").
fn alert(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Note => ("note", "Note"),
        BlockQuoteKind::Tip => ("tip", "Tip"),
        BlockQuoteKind::Important => ("important", "Important"),
        BlockQuoteKind::Warning => ("warning", "Warning"),
        BlockQuoteKind::Caution => ("caution", "Caution"),
    }
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

/// Rewrites a link's destination for the site as [`rewrite_url`] does, except that a
/// link to a file of the repository the site does not publish (an `OWNERS` file, a
/// script, a Markdown file that is no page) leads to that file on the git host, as it
/// does there, when `[repo]` names the host.
fn rewrite_link<'a>(path: &str, url: CowStr<'a>, pages: &Pages) -> CowStr<'a> {
    if let Some(repo) = &pages.repo {
        let target = match super::classify(path, &url) {
            Some(FileLink::Page(Ok(target))) if !pages.links.contains_key(&target) => Some(target),
            Some(FileLink::Relative(dest)) => {
                super::resolve_file(path, &dest).filter(|target| !pages.links.contains_key(target))
            }
            _ => None,
        };
        if let Some(target) = target {
            let fragment = url.find('#').map(|i| &url[i..]).unwrap_or_default();
            return CowStr::from(format!("{}{fragment}", repo.file_url(&target)));
        }
    }
    rewrite_url(path, url, pages)
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
    // A file published beside goals and pages (an image, a PDF), by its relative path.
    if let Some(FileLink::Relative(dest)) = super::classify(path, &url)
        && let Some(published) = super::resolve_file(path, &dest).and_then(|target| pages.links.get(&target))
    {
        let fragment = url.find('#').map(|i| &url[i..]).unwrap_or_default();
        return CowStr::from(format!("{published}{fragment}"));
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
