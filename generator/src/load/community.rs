//! Reading a sub-community's `goals/<community>/_index.md` into a [`Community`] (which may
//! be a period, `period: { from, to }`), or making one from the folder's name when there
//! is no such file.

use cairn_model::{Channel, Community, Slug};

use super::LoadOptions;
use super::document::Document;
use super::fields::{Addresses, Table};
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &["title", "summary", "leads", "channels", "period"];
const CHANNEL_KEYS: &[&str] = &["name", "url"];
/// Where people talk: the web, e-mail, IRC, Matrix, XMPP — never `javascript:`.
const CHANNELS: Addresses = Addresses {
    schemes: &["https://", "http://", "mailto:", "irc://", "ircs://", "matrix:", "xmpp:"],
    expected: "an `https://`, `http://`, `mailto:`, `irc://`, `ircs://`, `matrix:` or `xmpp:` address",
};

/// Reads `_index.md` of the community `slug`.
pub(crate) fn read_community(
    file: &SourceFile,
    slug: Slug,
    options: &LoadOptions,
) -> Result<Community, Vec<Diagnostic>> {
    let document = Document::open(file, options).map_err(|d| vec![d])?;
    let community = document.table(KEYS).map(|t| build(&t, slug, &file.path, document.body));
    let diagnostics = document.doc.into_diagnostics();
    match community {
        Some(community) if diagnostics.is_empty() => Ok(community),
        _ => Err(diagnostics),
    }
}

/// A community folder without `_index.md`: titled after its folder.
pub(crate) fn implicit_community(slug: Slug) -> Community {
    let title = slug.humanize();
    Community {
        slug,
        path: None,
        title,
        summary: None,
        leads: Vec::new(),
        channels: Vec::new(),
        period: None,
        body: String::new(),
    }
}

fn build(t: &Table<'_>, slug: Slug, path: &str, body: &str) -> Community {
    let fallback = implicit_community(slug);
    let title = t.text("title").map_or(fallback.title, |t| t.value);
    let summary = t.text("summary").map(|s| s.value);
    let leads = t.logins("leads");
    let channels = t
        .list("channels")
        .iter()
        .filter_map(|item| {
            let Some(c) = t.item_table(item, "channels.", CHANNEL_KEYS) else {
                let problem = Problem::WrongType {
                    key: "channels".into(),
                    expected: "a table with `name` and `url`",
                    found: item.value.describe(),
                };
                t.doc().report(&item.span, problem);
                return None;
            };
            let name = c.required_text("name", "name: Matrix");
            let url = c.required_text("url", "url: https://matrix.to/#/#docs:example.org");
            let url = url.and_then(|u| c.address("url", u, CHANNELS));
            Some(Channel { name: name?.value, url: url? })
        })
        .collect();
    let period = super::period::period(t);
    Community {
        slug: fallback.slug,
        path: Some(path.to_owned()),
        title,
        summary,
        leads,
        channels,
        period,
        body: body.to_owned(),
    }
}
