//! Where the links and images of a body lead: content files to their pages, files
//! published beside goals and pages to `/files/`, other files of the repository to the git
//! host, fragments to the `md-` ids, root-relative paths under the site's base path; which
//! targets may stay (web, mail, relative), and which images come from another host, as a
//! reader's browser resolves them.

use pulldown_cmark::CowStr;

use super::allow::Links;
use super::{FileLink, Pages, markdown_target, resolve};

/// The `rel` of every link in a body.
pub(crate) const LINK_REL: &str = "noopener noreferrer nofollow ugc";

/// Words for an image from its file's name (`build-status.svg` gives "build status").
pub(super) fn file_words(src: &str) -> String {
    let file = src.split(['?', '#']).next().unwrap_or_default().rsplit('/').next().unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let words = stem.replace(['-', '_', '.'], " ");
    let words = words.trim();
    if words.is_empty() { "image".to_owned() } else { words.to_owned() }
}

/// Where the links and images of the file at `path` lead on the site.
#[derive(Clone, Copy)]
pub(super) struct BodyLinks<'p> {
    pub(super) path: &'p str,
    pub(super) pages: &'p Pages,
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
    pub(super) fn shown_remote(&self, dest: &str) -> bool {
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

/// `<a …>` for a link to `dest`: web, mail and relative links keep their target, any
/// other scheme (`javascript:`, `data:` …) loses it; every link gets [`LINK_REL`].
pub(super) fn link_open(dest: &str, title: &str) -> CowStr<'static> {
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

/// Rewrites a link's destination for the site as [`rewrite_url`] does, except that a
/// link to a file of the repository the site does not publish (an `OWNERS` file, a
/// script, a Markdown file that is no page) leads to that file on the git host, as it
/// does there, when `[repo]` names the host.
pub(super) fn rewrite_link<'a>(path: &str, url: CowStr<'a>, pages: &Pages) -> CowStr<'a> {
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
pub(super) fn rewrite_url<'a>(path: &str, url: CowStr<'a>, pages: &Pages) -> CowStr<'a> {
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
