//! The search index every site ships: one pagefind record per goal, page and poll, built
//! in-process with pagefind's Rust API and written under `pagefind/`, where the theme's
//! search box (`assets/search.js`) queries it in the reader's browser. No server answers
//! a search and no request leaves the site.
//!
//! Records are made from the views the pages show (title, summary, the body's text), so
//! what a search finds is what the page says; a goal's record carries its sub-community,
//! kind, status and progress as metadata for the result list, and as pagefind filters.

use std::collections::BTreeMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use super::view::SiteView;
use super::{RenderError, Sink};
use crate::escape::escape;

/// The folder of the index in the site.
pub(crate) const FOLDER: &str = "pagefind";

/// The files pagefind writes that the theme does not use: its own search interfaces,
/// which load their own styles and scripts. The theme's box needs only the search API
/// (`pagefind.js`), its worker, its WebAssembly and the index.
const UNUSED: [&str; 4] = ["pagefind-ui.", "pagefind-modular-ui.", "pagefind-component-ui.", "pagefind-highlight."];

/// One record: what a search matches and what its result shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Record {
    /// The page, relative to the site's root (`goals/x/`).
    pub(crate) url: String,
    /// The words searched, as HTML text (`<`, `>` and `&` escaped): pagefind decodes
    /// it to find words, and builds the excerpts it returns from it, so the excerpts are
    /// safe HTML with only `<mark>` added.
    pub(crate) content: String,
    /// Shown with the result: `title` always, and for goals `community`, `kind`,
    /// `status` and `progress`.
    pub(crate) meta: BTreeMap<String, String>,
    /// Values a search can be narrowed to (`kind`, `status`, `community`).
    pub(crate) filters: BTreeMap<String, Vec<String>>,
}

/// The records of the site: its goals, its own pages and its polls.
pub(crate) fn records(site: &SiteView) -> Vec<Record> {
    let relative = |url: &str| url.strip_prefix(&site.root).unwrap_or(url).to_owned();
    let mut records = Vec::with_capacity(site.goals.len() + site.pages.len() + site.polls.len());
    for goal in &site.goals {
        let mut meta = BTreeMap::from([
            ("title".to_owned(), goal.title.clone()),
            ("type".to_owned(), "Goal".to_owned()),
            ("kind".to_owned(), goal.kind_label.to_owned()),
            ("status".to_owned(), goal.status_label.to_owned()),
        ]);
        let mut filters = BTreeMap::from([
            ("kind".to_owned(), vec![goal.kind_label.to_owned()]),
            ("status".to_owned(), vec![goal.status_label.to_owned()]),
        ]);
        if let Some(community) = &goal.community {
            meta.insert("community".to_owned(), community.title.clone());
            filters.insert("community".to_owned(), vec![community.title.clone()]);
        }
        if let Some(percent) = goal.percent {
            meta.insert("progress".to_owned(), format!("{percent} %"));
        }
        let body = goal.body_html.as_str().unwrap_or_default();
        records.push(Record {
            url: relative(&goal.url),
            content: words([&goal.title, goal.summary.as_deref().unwrap_or_default()], body),
            meta,
            filters,
        });
    }
    for page in &site.pages {
        let body = page.body_html.as_str().unwrap_or_default();
        records.push(Record {
            url: relative(&page.url),
            content: words([&page.title, page.summary.as_deref().unwrap_or_default()], body),
            meta: BTreeMap::from([("title".to_owned(), page.title.clone()), ("type".to_owned(), "Page".to_owned())]),
            filters: BTreeMap::new(),
        });
    }
    for poll in &site.polls {
        records.push(Record {
            url: relative(&poll.url),
            content: words([&poll.question, &poll.summary], ""),
            meta: BTreeMap::from([
                ("title".to_owned(), poll.question.clone()),
                ("type".to_owned(), "Poll".to_owned()),
                ("status".to_owned(), poll.status_label.to_owned()),
            ]),
            filters: BTreeMap::new(),
        });
    }
    records
}

/// The HTML text of plain `fields` (a title, a summary) and of a body's HTML, one per line.
fn words<const N: usize>(fields: [&str; N], body: &str) -> String {
    let mut words: Vec<String> = fields.into_iter().filter(|p| !p.is_empty()).map(|p| escape(p).into_owned()).collect();
    words.push(text_of(body));
    words.join("\n")
}

/// Builds the index of `records` in `language` (a BCP 47 tag: pagefind stems its words)
/// and hands its files to `sink` under [`FOLDER`].
pub(crate) fn render_search(records: Vec<Record>, language: &str, sink: &dyn Sink) -> Result<usize, RenderError> {
    let failed = |e: anyhow::Error| RenderError::Search { message: format!("{e:#}") };
    // pagefind's API is async; its work is CPU-bound and it runs on this thread alone.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| RenderError::Search { message: format!("cannot start the indexer: {e}") })?;
    let files = runtime.block_on(async {
        let config = PagefindServiceConfig::builder().force_language(index_language(language)).build();
        let mut index = PagefindIndex::new(Some(config)).map_err(failed)?;
        for record in records {
            let Record { url, content, meta, filters } = record;
            index
                .add_custom_record(url, content, String::new(), Some(meta), Some(filters), None)
                .await
                .map_err(failed)?;
        }
        index.get_files().await.map_err(failed)
    })?;
    let mut written = 0;
    for file in files {
        let name = file.filename.to_string_lossy().replace('\\', "/");
        let name = name.trim_start_matches("./").trim_start_matches('/');
        if UNUSED.iter().any(|unused| name.starts_with(unused)) {
            continue;
        }
        sink.put(&format!("{FOLDER}/{name}"), file.contents)?;
        written += 1;
    }
    Ok(written)
}

/// The ISO 639-1 language pagefind indexes in: the language subtag of `tag` (`pt-BR` →
/// `pt`), lower-cased.
fn index_language(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("en").to_ascii_lowercase()
}

/// The text of HTML that cairn wrote (well-formed, every `<` in text escaped), still as
/// HTML text: the tags removed, block boundaries kept as line breaks, character references
/// kept.
pub(crate) fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name = tag.trim_start_matches('/').split(|c: char| c.is_ascii_whitespace() || c == '/').next();
        if !name.is_some_and(is_inline) {
            text.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    text.push_str(rest);
    text
}

/// Elements whose boundaries are not word boundaries.
fn is_inline(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "a" | "abbr"
            | "b"
            | "code"
            | "del"
            | "em"
            | "i"
            | "ins"
            | "kbd"
            | "mark"
            | "q"
            | "s"
            | "samp"
            | "small"
            | "span"
            | "strong"
            | "sub"
            | "sup"
            | "u"
            | "var"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_of_html_keeps_words_whole_and_blocks_apart() {
        let html = "<h2 id=\"a\">Ship <code>never</code>-type</h2><p>Fish &amp; chips<br>x&lt;y</p><ul><li>one</li><li>two</li></ul>";
        let text = text_of(html);
        let words = ["Ship", "never-type", "Fish", "&amp;", "chips", "x&lt;y", "one", "two"];
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), words);
    }

    #[test]
    fn the_index_language_is_the_language_subtag() {
        assert_eq!(index_language("pt-BR"), "pt");
        assert_eq!(index_language("EN"), "en");
        assert_eq!(index_language("zh_Hant"), "zh");
    }
}
