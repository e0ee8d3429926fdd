//! Markdown: rendering a content file's body to safe HTML, and finding the links between
//! content files.
//!
//! Bodies come from strangers' pull requests, and their authors wrote them for their git
//! host, so they render as the hosts show them, safely. Safety is decided at the event
//! level, on allow-lists, so that no HTML parser has to run over the result: raw HTML is
//! kept on the hosts' allow-list of elements and attributes, written again by cairn, and
//! the rest shown as text ([`allow`]); links and images are written here, keeping only
//! web and mail links (`rel` set on every link) and loading no image from another host;
//! table alignment and code-block languages (attributes that come from the file) are
//! dropped; every id is generated here with an `md-` prefix ([`ids`]). pulldown-cmark
//! escapes all text and attribute values. The tests hold the result to a tightened
//! ammonia builder: for hostile and generated input, sanitizing the output with it
//! changes nothing ([`tests`]).

use std::collections::BTreeMap;

use pulldown_cmark::Options;

/// The Markdown extensions cairn enables.
pub(crate) fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_GFM
}

/// A link or image in a body that points into the repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FileLink {
    /// To a Markdown file: resolved to a repository-relative path (`goals/docs/x.md`), or,
    /// when it climbs out of the repository, the destination as written (`Err`).
    Page(Result<String, String>),
    /// A link to another file by a relative path (`OWNERS`, `../scripts/x.sh`), as
    /// written: such files are not published, and the link leads to the git host.
    Relative(String),
    /// An image by a relative path (`map.png`), as written.
    Image(String),
}

/// The destinations raw HTML links to (`<a href>`) or shows (`<img src>`, marked
/// `true`), as written; those in comments do not count.
pub(crate) fn raw_destinations(html: &str) -> Vec<(String, bool)> {
    raw::tokens(html)
        .into_iter()
        .filter_map(|token| {
            let raw::Token::Start { name, attributes, .. } = token else { return None };
            let key = match name.as_str() {
                "a" => "href",
                "img" => "src",
                _ => return None,
            };
            let value = attributes.into_iter().find(|(k, _)| k == key).and_then(|(_, v)| v)?;
            Some((value, key == "src"))
        })
        .collect()
}

/// The repository path a relative destination written in the file at `from` leads to
/// (`../OWNERS#L3` from `goals/a.md` gives `OWNERS`), or `None` when it climbs out.
pub(crate) fn resolve_file(from: &str, dest: &str) -> Option<String> {
    // `route%20map.png` names `route map.png`, as on the git host.
    let file = dest.split(['#', '?']).next().unwrap_or_default();
    resolve(from, &percent_encoding::percent_decode_str(file).decode_utf8_lossy())
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
    /// The community's repository, whose host `#123`, `@login` and commit ids refer to.
    pub(crate) repo: Option<cairn_model::RepoConfig>,
    /// Whether images from other hosts are shown (`[markdown] remote_images`), instead
    /// of being links to them.
    pub(crate) remote_images: bool,
}

/// A destination with a scheme (`https:`, `http:`, `data:` …) or a network path (`//`),
/// as a browser reads it: the WHATWG URL parser drops tabs and newlines and leading
/// spaces, so `jav&#x09;ascript:` and ` javascript:` are schemes too, not files.
fn is_external(url: &str) -> bool {
    if url.starts_with("//") || url.starts_with('\\') {
        return true;
    }
    !matches!(url::Url::parse(url), Err(url::ParseError::RelativeUrlWithoutBase))
}

mod allow;
mod code;
mod html;
mod ids;
mod inline;
mod links;
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) mod oracle;
mod raw;
mod title;

pub(crate) use html::render;
pub(crate) use ids::anchor;
#[cfg(any(test, feature = "fuzzing"))]
use links::LINK_REL;
pub(crate) use title::title;

#[cfg(test)]
mod tests;
