//! The Atom feed, `atom.xml`: the community's updates and the results of closed polls,
//! newest first. (Goal status changes join it with the history issue.)

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::view::SiteView;

/// The feed's XML.
pub(crate) fn render_feed(site: &SiteView) -> Vec<u8> {
    let date = |d: cairn_model::Date| -> FixedDateTime {
        format!("{d}T00:00:00Z").parse().unwrap_or_else(|_| FixedDateTime::default())
    };
    let mut entries: Vec<(cairn_model::Date, Entry)> = site
        .updates
        .iter()
        .map(|u| {
            (
                u.date,
                Entry {
                    id: u.absolute_url.clone(),
                    title: Text::plain(u.title.clone()),
                    updated: date(u.date),
                    published: Some(date(u.date)),
                    authors: u.authors.iter().map(|a| Person { name: a.clone(), ..Person::default() }).collect(),
                    links: vec![page(&u.absolute_url)],
                    content: Some(Content {
                        value: u.body_html.as_str().map(str::to_owned),
                        content_type: Some("html".into()),
                        ..Content::default()
                    }),
                    ..Entry::default()
                },
            )
        })
        .collect();
    // A closed poll's result, on the day after it closed (its last day counts).
    for p in site.polls.iter().filter(|p| p.status == "closed") {
        let day = p.closes.tomorrow().unwrap_or(p.closes);
        let result = p.results.iter().map(|r| format!("{}: {}", r.label, r.text)).collect::<Vec<_>>().join("; ");
        entries.push((
            day,
            Entry {
                id: p.absolute_url.clone(),
                title: Text::plain(format!("Poll closed: {}", p.question)),
                updated: date(day),
                published: Some(date(day)),
                links: vec![page(&p.absolute_url)],
                summary: Some(Text::plain(format!("{}. {result}.", p.summary))),
                ..Entry::default()
            },
        ));
    }
    entries.sort_by_key(|(day, _)| std::cmp::Reverse(*day));
    let updated = entries.first().map_or_else(|| date(site.today), |(day, _)| date(*day));
    let entries: Vec<Entry> = entries.into_iter().map(|(_, e)| e).collect();
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
            page(&site.base_url),
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

/// A link to the HTML page an entry (or the feed) stands for.
fn page(href: &str) -> Link {
    Link { href: href.to_owned(), rel: "alternate".into(), mime_type: Some("text/html".into()), ..Link::default() }
}
