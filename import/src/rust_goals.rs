//! `cairn import rust-project-goals`: a checkout of rust-lang/rust-project-goals as a cairn
//! repository. Each period folder (`src/2025h1/`, `src/2026/`) becomes a sub-community
//! with its `period` (a half year, or the whole year) and its README as text; each goal
//! file with a `| Metadata | |` table becomes a goal of it:
//!
//! - Status `Accepted` is `active`, `Proposed` is `proposed`, `Not accepted` is `rejected`;
//! - the point of contact is the owner; `[team] champion` rows are `<team>-champion`
//!   people, the owners in task tables `task-owner` people (roles added to `[roles]`);
//! - the tracking issue, other issues, the Zulip channel and the funding contact are links;
//! - `Needs: Contributor`, help-wanted badges and `Help wanted` sections are `help_wanted`;
//! - a roadmap (`roadmap-*.md`) is a goal its members are `part_of`; a flagship theme of a
//!   period is a goal of its own, made for it, that its goals are `part_of`;
//! - a goal whose tracking issue an earlier period's goal had `continues` the latest such.

mod record;

use std::collections::BTreeMap;
use std::path::Path;

use cairn_model::Slug;

use crate::markdown::{self, Destinations};
use crate::merge::Planned;
use crate::plan::{Import, Plan, Upstream};
use crate::problem::{Finding, Problem};
use crate::yaml::Yaml;
use crate::{ImportError, read_upstream};
use record::{Record, plain};

const GOAL_KEYS: &[&str] =
    &["title", "summary", "status", "owners", "people", "links", "help_wanted", "part_of", "continues"];
const COMMUNITY_KEYS: &[&str] = &["title", "period"];
const UPSTREAM: &str = "https://github.com/rust-lang/rust-project-goals/blob/HEAD";
const UPSTREAM_RAW: &str = "https://github.com/rust-lang/rust-project-goals/raw/HEAD";

/// Reads the checkout at `src`; `shown` is how paths in it are shown (`src` as given).
pub fn import(src: &Path, shown: &str) -> Result<Import, ImportError> {
    let book = src.join("src");
    let periods = periods(&book)?;
    if periods.is_empty() {
        return Err(ImportError::NotASource {
            path: src.to_owned(),
            expected: "a checkout of rust-lang/rust-project-goals: its `src/` has period folders such as `src/2025h1/`",
        });
    }
    let mut findings = Vec::new();
    let mut records: Vec<(String, Record)> = Vec::new();
    let mut readmes: Vec<(String, Option<Upstream>)> = Vec::new();
    for period in &periods {
        let mut names = file_names(&book.join(period))?;
        names.sort();
        let mut readme = None;
        for name in names {
            let Some(stem) = name.strip_suffix(".md") else { continue };
            let rel = format!("src/{period}/{name}");
            let Some(file) = read_upstream(src, shown, &rel, &mut findings) else { continue };
            if name == "README.md" {
                readme = Some(file);
            } else if let Some(r) = record::read(file, stem, &mut findings) {
                records.push((period.clone(), r));
            }
        }
        readmes.push((period.clone(), readme));
    }
    let slugs: BTreeMap<String, String> =
        records.iter().map(|(period, r)| (r.file.relative.clone(), goal_slug(&r.stem, period))).collect();
    let mut planner = Planner { slugs, files: Vec::new(), roles: BTreeMap::new(), findings };
    for (period, readme) in &readmes {
        planner.community(period, readme.as_ref());
    }
    let continued = continuations(&records);
    for (i, (period, r)) in records.iter().enumerate() {
        planner.goal(period, r, &records, continued.get(&i).map(String::as_str));
    }
    let roles: Vec<(String, String)> = planner.roles.into_iter().collect();
    let mut findings = planner.findings;
    crate::problem::sort(&mut findings);
    Ok(Import {
        plan: Plan {
            title: "Rust project goals".into(),
            description: "The goals the Rust project sets itself, period by period.".into(),
            purpose: "The Rust project's goals: what its teams commit to, period by period, imported from rust-lang/rust-project-goals.".into(),
            roles,
            files: planner.files,
        },
        findings,
    })
}

/// The period folders (`2024h2`, `2025h1`, `2026`), in order.
fn periods(book: &Path) -> Result<Vec<String>, ImportError> {
    let mut found: Vec<String> = match std::fs::read_dir(book) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| period_dates(name).is_some())
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(source) => return Err(ImportError::Io { path: book.to_owned(), source }),
    };
    found.sort();
    Ok(found)
}

fn file_names(dir: &Path) -> Result<Vec<String>, ImportError> {
    let entries = std::fs::read_dir(dir).map_err(|source| ImportError::Io { path: dir.to_owned(), source })?;
    Ok(entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect())
}

/// The first and last day of a period folder: `2025h1` is January to June, `2025h2` July
/// to December, `2026` the whole year.
fn period_dates(name: &str) -> Option<(String, String)> {
    let (year, half) = match name.split_once('h') {
        Some((year, half)) => (year, Some(half)),
        None => (name, None),
    };
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match half {
        None => Some((format!("{year}-01-01"), format!("{year}-12-31"))),
        Some("1") => Some((format!("{year}-01-01"), format!("{year}-06-30"))),
        Some("2") => Some((format!("{year}-07-01"), format!("{year}-12-31"))),
        Some(_) => None,
    }
}

fn goal_slug(stem: &str, period: &str) -> String {
    Slug::suggest(&format!("{stem}-{period}")).map_or_else(|| format!("goal-{period}"), |s| s.as_str().to_owned())
}

/// For each goal (by index), the goal it continues: the latest earlier period's goal with
/// the same tracking issue.
fn continuations(records: &[(String, Record)]) -> BTreeMap<usize, String> {
    let mut found = BTreeMap::new();
    for (i, (period, r)) in records.iter().enumerate() {
        let Some(issue) = &r.tracking else { continue };
        let earlier = records
            .iter()
            .filter(|(p, e)| p < period && e.tracking.as_ref() == Some(issue))
            .max_by(|(a, _), (b, _)| a.cmp(b));
        if let Some((p, e)) = earlier {
            found.insert(i, goal_slug(&e.stem, p));
        }
    }
    found
}

struct Planner {
    /// Upstream path (`src/2025h1/async.md`) to goal slug.
    slugs: BTreeMap<String, String>,
    files: Vec<(String, Planned)>,
    roles: BTreeMap<String, String>,
    findings: Vec<Finding>,
}

impl Planner {
    fn community(&mut self, period: &str, readme: Option<&Upstream>) {
        let (from, to) = period_dates(period).unwrap_or_default();
        let owned = vec![
            ("title", Yaml::text(period.to_uppercase())),
            ("period", Yaml::Table(vec![("from".into(), Yaml::plain(from)), ("to".into(), Yaml::plain(to))])),
        ];
        let rel = format!("goals/{period}/_index.md");
        let body = readme.map(|r| self.text(&r.text, &r.relative, &rel));
        let source = readme.map_or_else(|| format!("src/{period}/"), |r| r.relative.clone());
        self.files.push((rel, Planned { owned, owned_keys: COMMUNITY_KEYS, initial: Vec::new(), body, source }));
    }

    fn goal(&mut self, period: &str, r: &Record, all: &[(String, Record)], continues: Option<&str>) {
        let slug = &self.slugs[&r.file.relative];
        let rel = format!("goals/{period}/{slug}.md");
        let title = r.title.clone().or_else(|| r.short_title.clone()).unwrap_or_else(|| {
            let fallback = Slug::suggest(&r.stem).map_or_else(|| r.stem.clone(), |s| s.humanize());
            let finding = match r.title_span() {
                Some(span) => r.file.at(span, Problem::MissingTitle { fallback: fallback.clone() }),
                None => r.file.whole(Problem::MissingTitle { fallback: fallback.clone() }),
            };
            self.findings.push(finding);
            fallback
        });
        let mut owned = vec![("title", Yaml::text(title))];
        if let Some(summary) = &r.summary {
            owned.push(("summary", Yaml::text(summary)));
        }
        owned.push(("status", Yaml::plain(self.status(r))));
        if !r.contacts.is_empty() {
            owned.push(("owners", Yaml::List(r.contacts.iter().map(Yaml::plain).collect())));
        }
        let people = self.people(r);
        if !people.is_empty() {
            owned.push(("people", Yaml::Block(people)));
        }
        if !r.links.is_empty() {
            let links = r.links.iter().map(|(label, url)| {
                Yaml::Table(vec![("label".into(), Yaml::text(label)), ("url".into(), Yaml::text(url))])
            });
            owned.push(("links", Yaml::List(links.collect())));
        }
        if let Some(help) = &r.help_wanted {
            owned.push(("help_wanted", Yaml::text(help)));
        }
        let mut tags = r.tags.clone();
        if let Some(whole) = self.whole(period, r, all, &mut tags) {
            owned.push(("part_of", Yaml::plain(whole)));
        }
        if let Some(earlier) = continues {
            owned.push(("continues", Yaml::plain(earlier)));
        }
        let mut initial = vec![("kind", Yaml::plain("outcome"))];
        if !tags.is_empty() {
            initial.push(("tags", Yaml::List(tags.into_iter().map(Yaml::text).collect())));
        }
        let body = Some(self.text(&r.body, &r.file.relative, &rel));
        self.files
            .push((rel, Planned { owned, owned_keys: GOAL_KEYS, initial, body, source: r.file.relative.clone() }));
    }

    fn status(&mut self, r: &Record) -> &'static str {
        let Some(cell) = &r.status else {
            return if r.stem.starts_with("roadmap-") { "active" } else { self.unknown(r, None, "(no status)") };
        };
        match plain(&cell.text).to_lowercase().as_str() {
            "accepted" | "flagship" => "active",
            "proposed" | "invited" | "proposed for mentorship" => "proposed",
            "not accepted" | "rejected" => "rejected",
            "completed" | "achieved" | "done" => "achieved",
            _ => self.unknown(r, Some(cell.span.clone()), &cell.text),
        }
    }

    fn unknown(&mut self, r: &Record, span: Option<std::ops::Range<usize>>, value: &str) -> &'static str {
        let problem = Problem::UnknownStatus { value: value.to_owned(), fallback: "proposed" };
        self.findings.push(match span {
            Some(span) => r.file.at(span, problem),
            None => r.file.whole(problem),
        });
        "proposed"
    }

    fn people(&mut self, r: &Record) -> Vec<(String, Yaml)> {
        let mut people: Vec<(String, Yaml)> = Vec::new();
        for (team, logins) in &r.champions {
            let Some(team_slug) = Slug::suggest(team) else { continue };
            let role = format!("{}-champion", team_slug.as_str());
            self.roles.insert(role.clone(), format!("{} champion", capitalized(team)));
            people.push((role, Yaml::List(logins.iter().map(Yaml::plain).collect())));
        }
        if !r.task_owners.is_empty() {
            self.roles.insert("task-owner".into(), "Task owner".into());
            people.push(("task-owner".into(), Yaml::List(r.task_owners.iter().map(Yaml::plain).collect())));
        }
        people
    }

    /// The goal `r` is a part of: its first roadmap, or its period's flagship theme (a goal
    /// made for it the first time a goal names it). Every roadmap and theme is a tag too.
    fn whole(&mut self, period: &str, r: &Record, all: &[(String, Record)], tags: &mut Vec<String>) -> Option<String> {
        let mut whole = None;
        for cell in &r.roadmaps {
            let target = markdown::link_in(&cell.text, &BTreeMap::new()).map(|(_, d)| d);
            let name = plain(&cell.text);
            match roadmap(period, &name, target.as_deref(), all) {
                Some(slug) => {
                    whole.get_or_insert(slug);
                }
                None => self.findings.push(r.file.at(
                    cell.span.clone(),
                    Problem::BadValue {
                        field: "Roadmap".into(),
                        value: cell.text.clone(),
                        reason: format!(
                            "names no roadmap of {} (`roadmap-*.md`): it is kept as a tag",
                            period.to_uppercase()
                        ),
                    },
                )),
            }
            push_unique(tags, name);
        }
        if let Some(cell) = &r.flagship {
            push_unique(tags, "flagship".into());
            let theme = plain(&cell.text);
            if !matches!(theme.to_lowercase().as_str(), "yes" | "true" | "flagship") {
                // A theme that is also a roadmap of the period is that roadmap.
                let slug = roadmap(period, &theme, None, all).unwrap_or_else(|| {
                    let slug = format!("flagship-{}", goal_slug(&theme, period));
                    self.theme(period, &slug, &theme);
                    slug
                });
                whole.get_or_insert(slug);
                push_unique(tags, theme);
            }
        }
        whole
    }

    /// The goal of a flagship theme, once.
    fn theme(&mut self, period: &str, slug: &str, theme: &str) {
        let rel = format!("goals/{period}/{slug}.md");
        if self.files.iter().any(|(p, _)| *p == rel) {
            return;
        }
        let owned = vec![
            ("title", Yaml::text(theme)),
            (
                "summary",
                Yaml::text(format!("The flagship theme “{theme}” of {}, made of its goals.", period.to_uppercase())),
            ),
            ("status", Yaml::plain("active")),
        ];
        let initial = vec![("kind", Yaml::plain("outcome")), ("tags", Yaml::List(vec![Yaml::text("flagship")]))];
        let source = format!("src/{period}/ (Flagship: {theme})");
        self.files.push((rel, Planned { owned, owned_keys: GOAL_KEYS, initial, body: None, source }));
    }

    /// `text` of the upstream file `from`, as the file `to` keeps it: without the book's
    /// placeholders for generated lists (`(((FLAGSHIP GOALS)))`: cairn lists the goals).
    fn text(&self, text: &str, from: &str, to: &str) -> String {
        let kept: Vec<&str> = text
            .split_inclusive('\n')
            .filter(|l| !(l.trim().starts_with("(((") && l.trim().ends_with(")))")))
            .collect();
        markdown::rewrite(&kept.concat(), &Links { slugs: &self.slugs, from, to }, true)
    }
}

/// The roadmap of `period` (a `roadmap-*.md` goal) that a Roadmap or Flagship value names,
/// by its file (`./roadmap-x.md`) or by its title or short title.
fn roadmap(period: &str, name: &str, target: Option<&str>, all: &[(String, Record)]) -> Option<String> {
    let (p, o) = all.iter().find(|(p, o)| {
        p == period
            && o.stem.starts_with("roadmap-")
            && (target.is_some_and(|t| t.trim_start_matches("./") == format!("{}.md", o.stem))
                || [&o.short_title, &o.title]
                    .iter()
                    .any(|t| t.as_deref().is_some_and(|t| t.eq_ignore_ascii_case(name))))
    })?;
    Some(goal_slug(&o.stem, p))
}

fn push_unique(tags: &mut Vec<String>, tag: String) {
    if !tag.is_empty() && !tags.iter().any(|t| t.eq_ignore_ascii_case(&tag)) {
        tags.push(tag);
    }
}

fn capitalized(team: &str) -> String {
    let mut chars = team.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// Relative links of an upstream file: to an imported goal, its file in the destination;
/// to anything else, the file on GitHub.
struct Links<'a> {
    slugs: &'a BTreeMap<String, String>,
    from: &'a str,
    to: &'a str,
}

impl Destinations for Links<'_> {
    fn relative(&self, dest: &str) -> Option<String> {
        let (path, fragment) = dest.split_once('#').map_or((dest, None), |(p, f)| (p, Some(f)));
        let target = crate::resolve(self.from, path)?;
        let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
        let imported = self.slugs.get(&target).or_else(|| {
            // The book links pages as `.html` too.
            target.strip_suffix(".html").and_then(|t| self.slugs.get(&format!("{t}.md")))
        });
        Some(match imported {
            Some(slug) => {
                let period = target.split('/').nth(1).unwrap_or_default();
                let here = self.to.split('/').nth(1).unwrap_or_default();
                if period == here { format!("{slug}.md{fragment}") } else { format!("../{period}/{slug}.md{fragment}") }
            }
            None if crate::is_image(&target) => format!("{UPSTREAM_RAW}/{target}"),
            None => format!("{UPSTREAM}/{target}{fragment}"),
        })
    }
}

#[cfg(test)]
mod tests;
