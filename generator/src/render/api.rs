//! The JSON API under `/api/v1/`: `site.json`, `goals.json` and one file per goal. Every
//! document carries `schema_version`; the schema is documented in `docs/src/api.md`. Goals are
//! the model's own types, with the model's progress and review state, so the widget reads
//! exactly what the site shows.

use cairn_model::{Cadence, Content, Date, GoalProgress, History, Metric, Milestone, ReviewState, Schedule};
use rayon::prelude::*;
use serde::Serialize;

use super::scope::Scope;
use super::view::{BarView, CommunityRef, GoalRef, GoalView, PeriodRef, RoleView, SiteView, UpdateRef};
use super::{RenderError, Sink};

use cairn_model::SCHEMA_VERSION;

#[derive(Serialize)]
struct SiteDoc<'a> {
    schema_version: u32,
    title: &'a str,
    description: &'a str,
    base_url: &'a str,
    language: &'a str,
    repo_url: Option<&'a str>,
    charter: CharterDoc<'a>,
    communities: Vec<CommunityDoc<'a>>,
    goals_url: String,
    goal_count: usize,
}

#[derive(Serialize)]
struct CharterDoc<'a> {
    title: &'a str,
    purpose: &'a str,
    adopted: Option<Date>,
    review_by: Option<Date>,
    values: &'a [cairn_model::charter::Value],
    url: String,
}

#[derive(Serialize)]
struct CommunityDoc<'a> {
    slug: &'a str,
    title: &'a str,
    summary: Option<&'a str>,
    url: String,
    goals: &'a [String],
}

/// A goal as the API gives it.
#[derive(Serialize)]
struct GoalDoc<'a> {
    slug: &'a str,
    title: &'a str,
    summary: Option<&'a str>,
    kind: &'a str,
    status: &'a str,
    community: Option<CommunityRef>,
    owners: &'a [String],
    #[serde(flatten)]
    schedule: &'a Schedule,
    tags: &'a [String],
    metric: Option<&'a Metric>,
    cadence: Option<&'a Cadence>,
    milestones: &'a [Milestone],
    /// The first progress source's share in whole percent, as the site shows it.
    percent: Option<u8>,
    progress: GoalProgress,
    /// The progress bars as the goal page shows them, with their words.
    bars: &'a [BarView],
    review: ReviewState,
    url: &'a str,
    badge_url: &'a str,
    updates: Vec<UpdateRef>,
    /// The period it is set for, and what became of it there.
    period: Option<PeriodRef>,
    outcome: Option<&'static str>,
    continues: Option<GoalRef>,
    continued_by: Vec<GoalRef>,
    replaces: Vec<GoalRef>,
    replaced_by: Vec<GoalRef>,
    part_of: Option<GoalRef>,
    /// The breakdown of its roll-up, when other goals are its parts.
    parts: Vec<PartDoc<'a>>,
    people: &'a [RoleView],
    links: &'a [cairn_model::GoalLink],
    help_wanted: Option<&'a str>,
}

/// A part of a goal, as the API gives it.
#[derive(Serialize)]
struct PartDoc<'a> {
    slug: &'a str,
    title: &'a str,
    url: String,
    percent: Option<u8>,
    weight: f64,
    counted: bool,
}

/// `goals.json`'s shape ([`goals_json`] writes it from cached entries).
#[cfg(test)]
#[derive(Serialize)]
struct GoalsDoc<'a> {
    schema_version: u32,
    goals: Vec<GoalDoc<'a>>,
}

#[derive(Serialize)]
struct OneGoalDoc<'a> {
    schema_version: u32,
    #[serde(flatten)]
    goal: GoalDoc<'a>,
    body_html: &'a str,
    /// The model's history of the goal (`null` without git history).
    history: Option<&'a cairn_model::GoalHistory>,
}

/// A poll as the API gives it: the fields `<cairn-poll>` reads (the result in words),
/// and the model's count (the tally, and which ballot files count).
#[derive(Serialize)]
struct PollDoc<'a> {
    slug: &'a str,
    question: &'a str,
    url: &'a str,
    status: &'a str,
    window: &'a str,
    summary: &'a str,
    /// `method`, with `max_choices` (approval) or `budget` (score).
    #[serde(flatten)]
    method: cairn_model::Method,
    opens: cairn_model::Date,
    closes: cairn_model::Date,
    backend: cairn_model::Backend,
    electorate: &'a cairn_model::Electorate,
    options: &'a [cairn_model::PollOption],
    /// Who may vote, in words.
    who: &'a str,
    /// For `endpoint` polls: the vote endpoint's address (`endpoint` in `cairn.toml`),
    /// and the other sites' origins whose pages may embed the form.
    endpoint: Option<&'a str>,
    origins: &'a [String],
    /// For `pr` polls: the repository, and the folder a ballot file goes in.
    repo: Option<&'a cairn_model::RepoConfig>,
    ballot_dir: Option<&'a str>,
    results: &'a [cairn_model::tally::ResultRow],
    tally: &'a cairn_model::Tally,
    counted: &'a [String],
    not_counted: Vec<NotCounted<'a>>,
}

#[derive(Serialize)]
struct NotCounted<'a> {
    path: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct OnePollDoc<'a> {
    schema_version: u32,
    #[serde(flatten)]
    poll: &'a PollDoc<'a>,
}

#[derive(Serialize)]
struct PollsDoc<'a> {
    schema_version: u32,
    polls: &'a [PollDoc<'a>],
}

/// Puts `/api/v1/polls.json` and a file per poll into `sink`.
fn render_polls(content: &Content, site: &SiteView, sink: &dyn Sink) -> Result<(), RenderError> {
    let docs: Vec<PollDoc<'_>> = site
        .polls
        .iter()
        .map(|p| PollDoc {
            slug: &p.slug,
            question: &p.question,
            url: &p.absolute_url,
            status: p.status,
            window: &p.window,
            summary: &p.summary,
            method: p.poll.method,
            opens: p.opens,
            closes: p.closes,
            backend: p.poll.backend,
            electorate: &p.poll.electorate,
            options: &p.poll.options,
            who: &p.who,
            endpoint: site.endpoint.as_deref().filter(|_| p.poll.backend == cairn_model::Backend::Endpoint),
            origins: &p.poll.origins,
            repo: p.ballot_dir.as_ref().and(content.config.repo.as_ref()),
            ballot_dir: p.ballot_dir.as_deref(),
            results: &p.results,
            tally: &p.count.tally,
            counted: &p.count.counted,
            not_counted: p.count.not_counted.iter().map(|(path, reason)| NotCounted { path, reason }).collect(),
        })
        .collect();
    for doc in &docs {
        let one = OnePollDoc { schema_version: SCHEMA_VERSION, poll: doc };
        sink.put(&format!("api/v1/polls/{}.json", doc.slug), json(&one))?;
    }
    sink.put("api/v1/polls.json", json(&PollsDoc { schema_version: SCHEMA_VERSION, polls: &docs }))?;
    Ok(())
}

/// A goal as the API gives it.
fn goal_doc<'a>(g: &'a cairn_model::Goal, v: &'a GoalView, site: &SiteView) -> GoalDoc<'a> {
    GoalDoc {
        slug: &v.slug,
        title: &v.title,
        summary: v.summary.as_deref(),
        kind: v.kind,
        status: v.status,
        community: v.community.as_ref().map(|c| CommunityRef { url: site.urls.absolute(&c.url), ..c.clone() }),
        owners: &v.owners,
        schedule: &g.schedule,
        tags: &v.tags,
        metric: g.metric.as_ref(),
        cadence: g.cadence.as_ref(),
        milestones: &v.milestones,
        percent: v.percent,
        progress: v.progress,
        bars: &v.bars,
        review: v.review_state,
        url: &v.absolute_url,
        badge_url: &v.badge_absolute_url,
        updates: v.updates.iter().map(|u| UpdateRef { url: site.urls.absolute(&u.url), ..u.clone() }).collect(),
        period: v.period.as_ref().map(|p| PeriodRef { url: site.urls.absolute(&p.url), ..p.clone() }),
        outcome: v.outcome.as_ref().map(|o| o.name),
        continues: v.relations.continues.as_ref().map(|r| absolute(r, site)),
        continued_by: v.relations.continued_by.iter().map(|r| absolute(r, site)).collect(),
        replaces: v.relations.replaces.iter().map(|r| absolute(r, site)).collect(),
        replaced_by: v.relations.replaced_by.iter().map(|r| absolute(r, site)).collect(),
        part_of: v.relations.part_of.as_ref().map(|r| absolute(r, site)),
        parts: v
            .relations
            .parts
            .iter()
            .map(|p| PartDoc {
                slug: &p.slug,
                title: &p.title,
                url: site.urls.absolute(&p.url),
                percent: p.percent,
                weight: p.weight,
                counted: p.counted,
            })
            .collect(),
        people: &v.people,
        links: &v.links,
        help_wanted: v.help_wanted.as_deref(),
    }
}

fn absolute(r: &GoalRef, site: &SiteView) -> GoalRef {
    GoalRef { url: site.urls.absolute(&r.url), ..r.clone() }
}

/// Puts the API's files in `scope` into `sink`.
pub(crate) fn render_api(
    content: &Content,
    history: &History,
    site: &SiteView,
    sink: &dyn Sink,
    scope: &Scope,
) -> Result<(), RenderError> {
    content.goals.par_iter().zip(&site.goals).filter(|(_, v)| scope.goal(&v.slug)).try_for_each(|(g, v)| {
        let body_html = v.body_html.as_str().unwrap_or_default();
        let history = history.goal(&v.slug);
        let one = OneGoalDoc { schema_version: SCHEMA_VERSION, goal: goal_doc(g, v, site), body_html, history };
        sink.put(&format!("api/v1/goals/{}.json", v.slug), json(&one))
    })?;
    let site_doc = SiteDoc {
        schema_version: SCHEMA_VERSION,
        title: &site.title,
        description: &site.description,
        base_url: &site.base_url,
        language: &site.language,
        repo_url: site.repo_url.as_deref(),
        charter: CharterDoc {
            title: &site.charter.title,
            purpose: &site.charter.purpose,
            adopted: site.charter.adopted,
            review_by: site.charter.review_by,
            values: &site.charter.values,
            url: site.urls.absolute(&site.charter.url),
        },
        communities: site
            .communities
            .iter()
            .map(|c| CommunityDoc {
                slug: &c.slug,
                title: &c.title,
                summary: c.summary.as_deref(),
                url: site.urls.absolute(&c.url),
                goals: &c.goals,
            })
            .collect(),
        goals_url: format!("{}api/v1/goals.json", site.base_url),
        goal_count: site.goals.len(),
    };
    sink.put("api/v1/site.json", json(&site_doc))?;
    sink.put("api/v1/goals.json", goals_json(content, site))?;
    render_polls(content, site, sink)
}

/// `goals.json`, as `serde_json` writes a [`GoalsDoc`], from each goal's entry: made once
/// per goal view, so that a rebuild of `cairn serve`, which keeps the views of goals that
/// did not change, makes only the changed goals' entries.
fn goals_json(content: &Content, site: &SiteView) -> Vec<u8> {
    let head = format!("{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"goals\": [");
    let entries: Vec<&str> = content
        .goals
        .par_iter()
        .zip(&site.goals)
        .map(|(g, v)| {
            v.api_entry.get_or_init(|| {
                // Pretty JSON has no line breaks inside strings: indenting every line
                // puts the entry two levels down, where the list holds it.
                let text = String::from_utf8(json(&goal_doc(g, v, site))).unwrap_or_default();
                format!("    {}", text.trim_end().replace('\n', "\n    "))
            })
        })
        .map(String::as_str)
        .collect();
    if entries.is_empty() {
        return format!("{head}]\n}}\n").into_bytes();
    }
    let mut bytes = Vec::with_capacity(entries.iter().map(|e| e.len() + 2).sum::<usize>() + 64);
    bytes.extend_from_slice(head.as_bytes());
    for (i, entry) in entries.iter().enumerate() {
        bytes.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        bytes.extend_from_slice(entry.as_bytes());
    }
    bytes.extend_from_slice(b"\n  ]\n}\n");
    bytes
}

/// `doc` as indented JSON and a final newline.
fn json<T: Serialize>(doc: &T) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(4096);
    // Serializing these types into memory cannot fail.
    let _ = serde_json::to_writer_pretty(&mut bytes, doc);
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `goals.json` from cached entries is what serializing the whole list writes.
    #[test]
    fn goals_json_is_what_serde_json_writes() {
        let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let mut content = crate::load_repo(&example, &crate::LoadOptions::default()).expect("the example").content;
        let options = super::super::RenderOptions {
            today: "2026-11-26".parse().expect("a date"),
            base_url: None,
            templates: None,
            endpoint: None,
        };
        let urls = super::super::Urls::new(&content.config.base_url);
        let site = super::super::view::site_view(&content, &History::default(), &options, &urls, None);
        let goals = content.goals.iter().zip(&site.goals).map(|(g, v)| goal_doc(g, v, &site)).collect();
        assert_eq!(
            String::from_utf8(goals_json(&content, &site)).expect("UTF-8"),
            String::from_utf8(json(&GoalsDoc { schema_version: SCHEMA_VERSION, goals })).expect("UTF-8")
        );
        content.goals.clear();
        let site = super::super::view::site_view(&content, &History::default(), &options, &urls, None);
        let empty = GoalsDoc { schema_version: SCHEMA_VERSION, goals: Vec::new() };
        assert_eq!(goals_json(&content, &site), json(&empty));
    }
}
