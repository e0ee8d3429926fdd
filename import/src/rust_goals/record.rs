//! One goal file of rust-lang/rust-project-goals read into a [`Record`]: its title, the
//! rows of its `| Metadata | |` table, the task owners of its task tables, its calls for
//! help and its text. Values that say nothing (`N/A`, `TBD`) are no values; a row cairn
//! does not import, or a value it cannot read, is a finding.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::markdown::{self, Cell, Table};
use crate::plan::Upstream;
use crate::problem::{Finding, Problem};

/// A goal (or roadmap) file, read.
#[derive(Debug, Clone)]
pub(super) struct Record {
    pub(super) file: Upstream,
    /// The file name without `.md`.
    pub(super) stem: String,
    pub(super) title: Option<String>,
    pub(super) short_title: Option<String>,
    pub(super) summary: Option<String>,
    /// The Status cell, when there is one.
    pub(super) status: Option<Cell>,
    pub(super) contacts: Vec<String>,
    /// `(team, logins)` of the `[team] champion` rows.
    pub(super) champions: Vec<(String, Vec<String>)>,
    pub(super) task_owners: Vec<String>,
    /// `(label, url)`.
    pub(super) links: Vec<(String, String)>,
    /// `owner/repo#N` of the tracking issue, with `rust-lang/goals` read as the goals repository.
    pub(super) tracking: Option<(String, u64)>,
    /// The Flagship cell.
    pub(super) flagship: Option<Cell>,
    /// The Roadmap cells.
    pub(super) roadmaps: Vec<Cell>,
    pub(super) tags: Vec<String>,
    pub(super) help_wanted: Option<String>,
    /// The text without its title and metadata table.
    pub(super) body: String,
}

/// The goals repository, as tracking issues name it.
pub(super) const GOALS_REPO: &str = "rust-lang/rust-project-goals";

/// Reads `file` (`stem.md`), or `None` when it has no metadata table (a page of the book
/// that is not a goal).
pub(super) fn read(file: Upstream, stem: &str, findings: &mut Vec<Finding>) -> Option<Record> {
    let text = file.text.clone();
    let tables = markdown::tables(&text);
    let meta = tables.iter().find(|t| t.header.first().is_some_and(|c| c.text.eq_ignore_ascii_case("metadata")))?;
    let defs = markdown::reference_definitions(&text);
    let heading = markdown::first_heading(&text).filter(|(_, _, span)| span.start < meta.span.start);
    let mut record = Record {
        stem: stem.to_owned(),
        title: heading.as_ref().map(|(_, t, _)| t.clone()).filter(|t| !t.is_empty()),
        short_title: None,
        summary: None,
        status: None,
        contacts: Vec::new(),
        champions: Vec::new(),
        task_owners: task_owners(&tables),
        links: Vec::new(),
        tracking: None,
        flagship: None,
        roadmaps: Vec::new(),
        tags: Vec::new(),
        help_wanted: help_wanted(&text),
        body: body(&text, heading.map(|(_, _, span)| span), meta.span.clone()),
        file,
    };
    for row in &meta.rows {
        let (Some(key), Some(value)) = (row.first(), row.get(1)) else { continue };
        if is_nothing(&value.text) {
            continue;
        }
        record.row(key, value, &defs, findings);
    }
    Some(record)
}

impl Record {
    fn row(&mut self, key: &Cell, value: &Cell, defs: &BTreeMap<String, String>, findings: &mut Vec<Finding>) {
        let name = key.text.to_lowercase();
        let bad = |reason: &str| {
            self.file.at(
                value.span.clone(),
                Problem::BadValue { field: key.text.clone(), value: value.text.clone(), reason: reason.to_owned() },
            )
        };
        match name.as_str() {
            "short title" => self.short_title = Some(plain(&value.text)),
            "what and why" => self.summary = Some(plain(&value.text)),
            "status" => self.status = Some(value.clone()),
            "point of contact" | "task owners" | "owner" | "owners" => {
                let (found, other) = markdown::logins(&value.text);
                if found.is_empty() || other {
                    findings.push(bad("is not a list of `@login`s: the logins in it are imported, the rest left out"));
                }
                extend_unique(if name == "task owners" { &mut self.task_owners } else { &mut self.contacts }, found);
            }
            "tracking issue" => match issues(&value.text).into_iter().next() {
                Some((repo, n)) => {
                    self.links.push(("Tracking issue".into(), issue_url(&repo, n)));
                    self.tracking = Some((repo, n));
                }
                None => match web_link(&value.text, defs) {
                    Some((_, url)) => self.links.push(("Tracking issue".into(), url)),
                    None => findings.push(bad("names no issue (`owner/repo#123`) and no web address")),
                },
            },
            "other tracking issues" | "other tracking issue" | "see also" => {
                let found = issues(&value.text);
                if found.is_empty() {
                    findings.push(bad("names no issue (`owner/repo#123`)"));
                }
                for (repo, n) in found {
                    self.links.push((format!("{repo}#{n}"), issue_url(&repo, n)));
                }
            }
            "zulip channel" => {
                // One channel, or several separated by commas.
                let channels: Vec<_> = value.text.split(", ").filter_map(|part| web_link(part, defs)).collect();
                if channels.is_empty() {
                    findings.push(bad("gives no web address for the channel"));
                }
                for (label, url) in channels {
                    let label = if label.is_empty() || label.starts_with("http") {
                        "Zulip".to_owned()
                    } else {
                        format!("Zulip {label}")
                    };
                    self.links.push((label, url));
                }
            }
            "funding contact" => match web_link(&value.text, defs) {
                Some((label, url)) => self.links.push((format!("Funding: {label}"), url)),
                None => findings.push(bad("gives no web address")),
            },
            "flagship" => self.flagship = Some(value.clone()),
            "roadmap" => self.roadmaps.push(value.clone()),
            "highlight" => self.tags.push(plain(&value.text)),
            "teams" => self.tags.extend(value.text.split(',').map(plain).filter(|t| !t.is_empty())),
            "needs" if value.text.to_lowercase().contains("contributor") => {
                self.help_wanted.get_or_insert_with(|| "This goal needs contributors to do its work.".to_owned());
            }
            _ => match champion_team(&key.text) {
                Some(team) => {
                    let (found, other) = markdown::logins(&value.text);
                    if found.is_empty() || other {
                        findings
                            .push(bad("is not a list of `@login`s: the logins in it are imported, the rest left out"));
                    }
                    if !found.is_empty() {
                        self.champions.push((team, found));
                    }
                }
                None => findings.push(self.file.at(
                    key.span.clone(),
                    Problem::BadValue {
                        field: "Metadata".into(),
                        value: key.text.clone(),
                        reason: "is a row cairn does not import: it is left out".into(),
                    },
                )),
            },
        }
    }

    /// Where a finding about the whole record points: its title, or the file.
    pub(super) fn title_span(&self) -> Option<Range<usize>> {
        markdown::first_heading(&self.file.text).map(|(_, _, span)| span)
    }
}

/// The team of a `[lang] champion` row.
fn champion_team(key: &str) -> Option<String> {
    let rest = key.trim().strip_prefix('[')?;
    let (team, after) = rest.split_once(']')?;
    after.trim().eq_ignore_ascii_case("champion").then(|| team.trim().to_owned()).filter(|t| !t.is_empty())
}

/// Whether a cell says nothing: empty, `N/A` (also with an explanation), `TBD`, `-`.
fn is_nothing(value: &str) -> bool {
    let v = value.trim().to_lowercase();
    v.is_empty() || v == "-" || v == "tbd" || v == "none" || v.starts_with("n/a") || v == "(none)"
}

fn extend_unique(into: &mut Vec<String>, logins: Vec<String>) {
    for login in logins {
        if !into.iter().any(|l| l.eq_ignore_ascii_case(&login)) {
            into.push(login);
        }
    }
}

/// A cell's text without Markdown link syntax and emphasis, for titles, summaries and tags.
pub(super) fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text.trim();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|c| open + c) else { break };
        let Some(end) = rest[close..].find(')').map(|e| close + e) else { break };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out.replace("**", "").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The issues `[owner/repo#123]` a cell names, in order.
pub(super) fn issues(text: &str) -> Vec<(String, u64)> {
    let mut found = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '[' | ']' | '(' | ')')) {
        if let Some(url) = word.strip_prefix("https://github.com/") {
            let parts: Vec<&str> = url.trim_end_matches('/').split('/').collect();
            if let [owner, repo, "issues" | "pull", n] = parts.as_slice()
                && let Ok(n) = n.parse()
            {
                found.push((repo_name(&format!("{owner}/{repo}")), n));
            }
            continue;
        }
        let Some((repo, n)) = word.split_once('#') else { continue };
        let valid_repo = repo.split_once('/').is_some_and(|(o, r)| {
            !o.is_empty()
                && !r.is_empty()
                && repo.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        });
        if let (true, Ok(n)) = (valid_repo, n.parse::<u64>())
            && !found.iter().any(|(r, m)| *m == n && *r == repo_name(repo))
        {
            found.push((repo_name(repo), n));
        }
    }
    found
}

/// `rust-lang/goals`, as the goals book writes it, is the goals repository.
fn repo_name(repo: &str) -> String {
    if repo.eq_ignore_ascii_case("rust-lang/goals") { GOALS_REPO.to_owned() } else { repo.to_owned() }
}

fn issue_url(repo: &str, n: u64) -> String {
    format!("https://github.com/{repo}/issues/{n}")
}

/// A cell's web link: `[label](https://…)`, `[label][ref]` with the definition in the file,
/// or a bare address.
fn web_link(text: &str, defs: &BTreeMap<String, String>) -> Option<(String, String)> {
    let is_web = |url: &str| url.starts_with("https://") || url.starts_with("http://");
    if let Some((label, url)) = markdown::link_in(text, defs).filter(|(_, url)| is_web(url)) {
        return Some((plain(&label), url));
    }
    let word = text.split_whitespace().find(|w| is_web(w))?;
    Some((String::new(), word.trim_matches(['<', '>']).to_owned()))
}

/// The logins in the owner column of the file's task tables (`| Task | Owner(s) | Notes |`).
fn task_owners(tables: &[Table]) -> Vec<String> {
    let mut found = Vec::new();
    for table in tables {
        if table.header.first().is_some_and(|c| c.text.eq_ignore_ascii_case("metadata")) {
            continue;
        }
        let Some(column) = table.header.iter().position(|c| c.text.to_lowercase().starts_with("owner")) else {
            continue;
        };
        for row in &table.rows {
            if let Some(cell) = row.get(column) {
                extend_unique(&mut found, markdown::logins(&cell.text).0);
            }
        }
    }
    found
}

/// The call for help the text makes: the first paragraph of a `Help wanted` section, or,
/// for a help-wanted badge or a section without text, a sentence pointing at the tasks.
fn help_wanted(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let section = lines
        .iter()
        .position(|l| l.starts_with('#') && l.trim_start_matches('#').trim().eq_ignore_ascii_case("help wanted"));
    if let Some(at) = section {
        let paragraph: Vec<&str> = lines[at + 1..]
            .iter()
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .copied()
            .collect();
        let ask = plain(&paragraph.join(" "));
        if !ask.is_empty() {
            return Some(ask);
        }
    }
    let lower = text.to_lowercase();
    let badge = ["![help wanted]", "![heap wanted]"].iter().any(|b| lower.contains(b));
    (badge || section.is_some())
        .then(|| "Some of this goal's work has no owner yet: see the tasks marked *help wanted*.".to_owned())
}

/// `text` without its title line and its metadata table.
fn body(text: &str, heading: Option<Range<usize>>, meta: Range<usize>) -> String {
    let mut out = String::new();
    let mut at = 0;
    for cut in heading.into_iter().chain(std::iter::once(meta)) {
        if cut.start >= at {
            out.push_str(&text[at..cut.start]);
            at = cut.end;
        }
    }
    out.push_str(&text[at..]);
    out.trim_matches('\n').to_owned()
}
