//! The Atom feed, `atom.xml`: the community's updates, the results of closed polls, and
//! from git history each goal's changes of status and each quarter of the way it reached,
//! newest first; at most [`LIMIT`] entries.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};

use super::view::SiteView;

/// The most entries the feed carries (the newest).
const LIMIT: usize = 100;

/// A day as the feed's time: midnight UTC.
fn date(d: cairn_model::Date) -> FixedDateTime {
    format!("{d}T00:00:00Z").parse().unwrap_or_else(|_| FixedDateTime::default())
}

/// The feed's XML.
pub(crate) fn render_feed(site: &SiteView) -> Vec<u8> {
    let mut entries: Vec<(cairn_model::Date, Entry)> = updates(site);
    entries.extend(closed_polls(site));
    entries.extend(goal_changes(site));
    // Newest first; the same day keeps the order above (updates, polls, goals).
    entries.sort_by_key(|(day, _)| std::cmp::Reverse(*day));
    entries.truncate(LIMIT);
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

/// Each update, with its text, on its date.
fn updates(site: &SiteView) -> Vec<(cairn_model::Date, Entry)> {
    site.updates
        .iter()
        .map(|u| {
            let entry = Entry {
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
            };
            (u.date, entry)
        })
        .collect()
}

/// A closed poll's result, on the day after it closed (its last day counts).
fn closed_polls(site: &SiteView) -> impl Iterator<Item = (cairn_model::Date, Entry)> + '_ {
    site.polls.iter().filter(|p| p.status == "closed").map(|p| {
        let day = p.closes.tomorrow().unwrap_or(p.closes);
        let result = p.results.iter().map(|r| format!("{}: {}", r.label, r.text)).collect::<Vec<_>>().join("; ");
        let entry = Entry {
            id: p.absolute_url.clone(),
            title: Text::plain(format!("Poll closed: {}", p.question)),
            updated: date(day),
            published: Some(date(day)),
            links: vec![page(&p.absolute_url)],
            summary: Some(Text::plain(format!("{}. {result}.", p.summary))),
            ..Entry::default()
        };
        (day, entry)
    })
}

/// Each goal's status changes and milestones, on the day their commit landed.
fn goal_changes(site: &SiteView) -> Vec<(cairn_model::Date, Entry)> {
    let mut entries = Vec::new();
    for g in &site.goals {
        let Some(history) = &g.history else { continue };
        // Ids stay the same from build to build: a status change by its commit, a quarter
        // by itself (each is reached once).
        let status = history.timeline.iter().map(|t| {
            (t, format!("{}: {}", t.status.as_deref().unwrap_or_default(), g.title), format!("status-{}", t.commit))
        });
        let progress = history.milestones.iter().map(|m| {
            let quarter = m.value.as_deref().unwrap_or_default();
            (m, format!("{} reached {quarter}", g.title), format!("progress-{}", quarter.trim_end_matches('%')))
        });
        for (row, title, fragment) in status.chain(progress) {
            let entry = Entry {
                id: format!("{}#{fragment}", g.absolute_url),
                title: Text::plain(title),
                updated: date(row.date),
                published: Some(date(row.date)),
                links: vec![page(&g.absolute_url)],
                summary: g.summary.clone().map(Text::plain),
                ..Entry::default()
            };
            entries.push((row.date, entry));
        }
    }
    entries
}

/// A link to the HTML page an entry (or the feed) stands for.
fn page(href: &str) -> Link {
    Link { href: href.to_owned(), rel: "alternate".into(), mime_type: Some("text/html".into()), ..Link::default() }
}
