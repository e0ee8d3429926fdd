//! `sitemap.xml` (every HTML page but the 404) and `robots.txt`.

use std::fmt::Write as _;

use super::view::SiteView;
use crate::escape::escape;

/// What a path in a sitemap's `<loc>` encodes beyond non-ASCII characters.
const PATH: &percent_encoding::AsciiSet =
    &percent_encoding::CONTROLS.add(b' ').add(b'"').add(b'#').add(b'%').add(b'<').add(b'>').add(b'?').add(b'`');

/// The sitemap of the rendered `pages` (paths such as `goals/x/index.html`).
pub(crate) fn render_sitemap(site: &SiteView, pages: &[String]) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut pages: Vec<&String> = pages.iter().filter(|p| p.ends_with("index.html")).collect();
    pages.sort();
    for path in pages {
        // A tag's page may be named in any script: a sitemap holds URIs, so it is encoded.
        let path = percent_encoding::utf8_percent_encode(path.trim_end_matches("index.html"), PATH);
        let url = format!("{}{path}", site.base_url);
        let _ = writeln!(xml, "  <url><loc>{}</loc></url>", escape(&url));
    }
    xml.push_str("</urlset>\n");
    xml.into_bytes()
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub(crate) fn render_robots(site: &SiteView) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", site.base_url).into_bytes()
}
