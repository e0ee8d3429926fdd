//! The addresses views link to: each content file's page (for links between files), the
//! git host's "edit this file" page, and fragments made valid HTML.

use cairn_model::Content;

use crate::markdown::Pages;
use crate::render::Urls;

/// Where each content file's page is, for rewriting links between them.
pub(super) fn link_map(content: &Content, urls: &Urls) -> Pages {
    let mut links = std::collections::BTreeMap::new();
    links.insert("charter.md".to_owned(), urls.page("charter/"));
    for g in &content.goals {
        links.insert(g.path.clone(), urls.goal(g));
    }
    for c in &content.communities {
        if let Some(path) = &c.path {
            links.insert(path.clone(), urls.page(&format!("communities/{}/", c.slug)));
        }
    }
    for u in &content.updates {
        links.insert(u.path.clone(), urls.page(&format!("updates/{}/", u.slug)));
    }
    for p in &content.pages {
        links.insert(p.path.clone(), urls.page(&format!("{}/", p.name)));
    }
    for path in &content.assets {
        links.insert(path.clone(), asset_url(urls, path));
    }
    Pages {
        links,
        root: urls.root.clone(),
        repo: content.config.repo.clone(),
        remote_images: content.config.markdown.remote_images,
    }
}

/// Where a file published beside goals and pages is: `files/` and its path in the
/// repository, each part percent-encoded (`goals/docs/Route map.png` is at
/// `/files/goals/docs/Route%20map.png`).
pub(crate) fn asset_url(urls: &Urls, path: &str) -> String {
    let encoded: Vec<String> = path
        .split('/')
        .map(|part| url::form_urlencoded::byte_serialize(part.as_bytes()).collect::<String>().replace('+', "%20"))
        .collect();
    urls.page(&format!("files/{}", encoded.join("/")))
}

/// Percent-encodes every `#` after the first: `https://matrix.to/#/#docs:x.org` is how
/// Matrix links are written, but a fragment may not hold `#` in valid HTML.
pub(super) fn encode_fragment(url: &str) -> String {
    match url.split_once('#') {
        Some((before, fragment)) => format!("{before}#{}", fragment.replace('#', "%23")),
        None => url.to_owned(),
    }
}

/// "Edit this file" on the git host.
pub(super) fn edit_url(content: &Content, path: &str) -> Option<String> {
    content.config.repo.as_ref().map(|repo| repo.edit_url(path))
}
