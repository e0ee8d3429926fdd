//! The Atom feed, `atom.xml`: the community's updates, newest first. (Goal status changes
//! join it once history is read from git.)

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::view::SiteView;

/// The feed's XML.
pub(crate) fn render_feed(site: &SiteView) -> Vec<u8> {
    let date = |d: cairn_model::Date| -> FixedDateTime {
        format!("{d}T00:00:00Z").parse().unwrap_or_else(|_| FixedDateTime::default())
    };
    let entries: Vec<Entry> = site
        .updates
        .iter()
        .map(|u| Entry {
            id: u.absolute_url.clone(),
            title: Text::plain(u.title.clone()),
            updated: date(u.date),
            published: Some(date(u.date)),
            authors: u.authors.iter().map(|a| Person { name: a.clone(), ..Person::default() }).collect(),
            links: vec![Link {
                href: u.absolute_url.clone(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            }],
            content: Some(Content {
                value: u.body_html.as_str().map(str::to_owned),
                content_type: Some("html".into()),
                ..Content::default()
            }),
            ..Entry::default()
        })
        .collect();
    let updated = site.updates.first().map_or_else(|| date(site.today), |u| date(u.date));
    let feed = Feed {
        id: site.base_url.clone(),
        title: Text::plain(site.title.clone()),
        subtitle: Some(Text::plain(site.description.clone())),
        updated,
        lang: Some(site.language.clone()),
        links: vec![
            Link {
                href: format!("{}atom.xml", site.base_url),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: site.base_url.clone(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            },
        ],
        // Atom needs an author for every entry: the community, where an update names none.
        authors: vec![Person { name: site.title.clone(), uri: Some(site.base_url.clone()), ..Person::default() }],
        entries,
        ..Feed::default()
    };
    let mut xml = feed.to_string().into_bytes();
    xml.push(b'\n');
    xml
}
