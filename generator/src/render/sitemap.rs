//! `sitemap.xml` (every HTML page but the 404) and `robots.txt`.

use std::fmt::Write as _;

use super::view::SiteView;
use crate::escape::escape;

/// The sitemap of the rendered `pages` (paths such as `goals/x/index.html`).
pub(crate) fn render_sitemap(site: &SiteView, pages: &[String]) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut pages: Vec<&String> = pages.iter().filter(|p| p.ends_with("index.html")).collect();
    pages.sort();
    for path in pages {
        let url = format!("{}{}", site.base_url, path.trim_end_matches("index.html"));
        let _ = writeln!(xml, "  <url><loc>{}</loc></url>", escape(&url));
    }
    xml.push_str("</urlset>\n");
    xml.into_bytes()
}

/// `robots.txt`: everything may be crawled; the sitemap is named.
pub(crate) fn render_robots(site: &SiteView) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n", site.base_url).into_bytes()
}
