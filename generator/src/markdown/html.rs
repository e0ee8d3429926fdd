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
use super::links::{BodyLinks, LINK_REL, file_words, link_open, rewrite_link, rewrite_url};
use super::{Pages, is_external, options};

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
        // Text inside raw `<code>`, `<pre>`, `<kbd>` or `<samp>` is code: left as written.
        if self.raw.in_code() {
            self.rewrite(Event::Text(CowStr::from(text)));
            return;
        }
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
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let outside = self.in_image == 0 && !self.links.shown_remote(&dest_url);
                let host = if outside { self.links.remote_host(&dest_url) } else { None };
                if outside && (host.is_some() || is_external(&dest_url)) {
                    // No third-party requests: an image from elsewhere becomes a link to
                    // it, which says where the image is.
                    let from = self.events.len();
                    self.ends.push(host.map_or(LinkEnd::Anchor, |host| LinkEnd::Remote { host, from }));
                    return Event::Html(link_open(&rewrite_url(path, dest_url, pages), &title));
                }
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

/// Body headings start at `<h2>`: `#` and `##` both give `<h2>`.
fn shifted(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        other => other,
    }
}
