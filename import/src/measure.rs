//! `cairn measure`: reading each measured metric's source and writing the number into its
//! goal file, so that git keeps the history and builds never need the network. Each goal
//! is measured on its own: a failure is a [`MeasureProblem`] for that goal, and the others
//! are still measured. Nothing is written until every goal has been measured, and a goal
//! whose value has not changed is not written at all.
//!
//! - `github-issues`: the `total_count` of GitHub's issue search (or, from an API that
//!   gives no count, the items of every page the `Link` header leads to);
//! - `checklist`: the share of ticked task-list boxes in an issue's description, in
//!   percent, on GitHub, GitLab or Forgejo;
//! - `json`: the number at a JSON pointer of a JSON document;
//! - `command`: the number a command prints, only when commands are allowed.

mod client;
mod command;
pub mod edit;
mod hosts;
mod problem;

use std::path::{Path, PathBuf};
use std::time::Duration;

use cairn_model::{HostKind, MetricSource};
use serde_json::Value;

pub use client::Client;
pub use hosts::Env;
pub use problem::{CODES, MeasureProblem};

/// The most pages of a search read when the API gives no count.
const MAX_PAGES: usize = 50;

/// A goal to measure.
#[derive(Debug, Clone)]
pub struct Target {
    /// Its slug.
    pub slug: String,
    /// Its file, relative to the repository.
    pub path: String,
    /// Where its `current` comes from.
    pub source: MetricSource,
    /// Its `current` now, if it has one.
    pub current: Option<f64>,
}

/// How a run measures.
#[derive(Debug, Clone)]
pub struct Options {
    /// The repository (commands run here).
    pub repo: PathBuf,
    /// The repository's git host, from `[repo]` (for issues on a host of its own).
    pub repo_host: Option<(String, HostKind)>,
    /// Whether `command` sources are run.
    pub allow_commands: bool,
    /// How long one request or command may take.
    pub timeout: Duration,
}

/// What measuring one goal gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    /// The goal's slug.
    pub slug: String,
    /// Its file.
    pub path: String,
    /// Its `current` before.
    pub before: Option<f64>,
    /// The value measured, or why there is none.
    pub result: Result<f64, MeasureProblem>,
}

impl Measurement {
    /// Whether the value measured differs from the one the file has.
    pub fn changed(&self) -> bool {
        matches!(self.result, Ok(v) if self.before != Some(v))
    }
}

/// Measures every target, in order.
pub fn measure(targets: &[Target], options: &Options, env: &Env, client: &Client) -> Vec<Measurement> {
    targets
        .iter()
        .map(|t| Measurement {
            slug: t.slug.clone(),
            path: t.path.clone(),
            before: t.current,
            result: one(&t.source, options, env, client).map(round),
        })
        .collect()
}

/// Rounded to six decimals, so that a share such as 2/3 does not change in its last digit.
fn round(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

fn one(source: &MetricSource, options: &Options, env: &Env, client: &Client) -> Result<f64, MeasureProblem> {
    match source {
        MetricSource::GithubIssues { query } => search(query, env, client),
        MetricSource::Checklist(issue) => {
            let repo = options.repo_host.as_ref().map(|(h, k)| (h.as_str(), *k));
            let api = hosts::for_host(env, issue.host(), repo).ok_or_else(|| MeasureProblem::Unreachable {
                url: issue.as_str().to_owned(),
                reason: format!(
                    "cannot tell which kind of git host `{}` is (GitHub, GitLab or Forgejo): name it in `[repo]` of `cairn.toml`",
                    issue.host()
                ),
            })?;
            let encoded = percent_encoding::utf8_percent_encode(issue.project(), percent_encoding::NON_ALPHANUMERIC);
            let (url, field) = match api.kind {
                HostKind::Github => {
                    (format!("{}/repos/{}/issues/{}", api.base, issue.project(), issue.number()), "body")
                }
                HostKind::Gitlab => {
                    (format!("{}/projects/{encoded}/issues/{}", api.base, issue.number()), "description")
                }
                HostKind::Gitea => {
                    (format!("{}/repos/{}/issues/{}", api.base, issue.project(), issue.number()), "body")
                }
            };
            let answer = client.json(&api.base, &url, &api.headers, api.with_token)?;
            let text = answer.json.get(field).and_then(Value::as_str).unwrap_or_default();
            let (done, total) = checkboxes(text);
            if total == 0 {
                return Err(MeasureProblem::BadAnswer {
                    url,
                    reason: "the issue's description has no task-list boxes (`- [ ]`) to count".into(),
                });
            }
            Ok(100.0 * f64::from(done) / f64::from(total))
        }
        MetricSource::Json { url, pointer } => {
            let answer = client.json(&api_of(url), url, &Vec::new(), false)?;
            let found = answer.json.pointer(pointer).ok_or_else(|| MeasureProblem::BadAnswer {
                url: url.clone(),
                reason: format!("the document has nothing at `{pointer}`"),
            })?;
            number(found).ok_or_else(|| MeasureProblem::BadAnswer {
                url: url.clone(),
                reason: format!("`{pointer}` is {}, not a number", describe(found)),
            })
        }
        MetricSource::Command(command) if options.allow_commands => {
            command::run(command, &options.repo, options.timeout)
        }
        MetricSource::Command(command) => Err(MeasureProblem::CommandsNotAllowed { command: command.clone() }),
    }
}

/// The count of a GitHub issue search.
fn search(query: &str, env: &Env, client: &Client) -> Result<f64, MeasureProblem> {
    let api = hosts::github(env);
    let q = percent_encoding::utf8_percent_encode(query, percent_encoding::NON_ALPHANUMERIC);
    let first = format!("{}/search/issues?q={q}&per_page=100", api.base);
    let answer = client.json(&api.base, &first, &api.headers, api.with_token)?;
    if answer.json.get("incomplete_results").and_then(Value::as_bool) == Some(true) {
        return Err(MeasureProblem::BadAnswer {
            url: first,
            reason: "the search timed out before it counted everything (`incomplete_results`): run again later".into(),
        });
    }
    if let Some(count) = answer.json.get("total_count").and_then(Value::as_f64) {
        return Ok(count);
    }
    // An API without a count: count the items of every page.
    let mut count = 0usize;
    let mut page = answer;
    let mut url = first;
    for _ in 0..MAX_PAGES {
        let items =
            page.json.get("items").unwrap_or(&page.json).as_array().ok_or_else(|| MeasureProblem::BadAnswer {
                url: url.clone(),
                reason: "the answer has neither `total_count` nor a list of `items`".into(),
            })?;
        count += items.len();
        let Some(next) = page.next.take() else { return Ok(count as f64) };
        if api_of(&next) != api_of(&api.base) {
            return Err(MeasureProblem::BadAnswer {
                url,
                reason: format!("its next page is on another host (`{next}`), where cairn sends no token"),
            });
        }
        page = client.json(&api.base, &next, &api.headers, api.with_token)?;
        url = next;
    }
    Err(MeasureProblem::BadAnswer {
        url,
        reason: format!("the search has more than {MAX_PAGES} pages and no `total_count`"),
    })
}

/// The origin of `url`, as the API it belongs to.
fn api_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split('/').next().unwrap_or(rest);
    url.split_once("://").map_or_else(|| host.to_owned(), |(scheme, _)| format!("{scheme}://{host}"))
}

/// Ticked and all task-list boxes of Markdown `text`, outside code.
fn checkboxes(text: &str) -> (u32, u32) {
    let (mut done, mut total) = (0u32, 0u32);
    let options = pulldown_cmark::Options::ENABLE_TASKLISTS | pulldown_cmark::Options::ENABLE_GFM;
    for event in pulldown_cmark::Parser::new_ext(text, options) {
        if let pulldown_cmark::Event::TaskListMarker(ticked) = event {
            total = total.saturating_add(1);
            done = done.saturating_add(u32::from(ticked));
        }
    }
    (done, total)
}

fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|n| n.is_finite())
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
        Value::String(_) => "text",
        Value::Number(_) => "a number",
    }
}

/// Writes each changed value into its goal file under `repo` (with `dry_run`, only makes
/// the new texts); returns the files written. A file that cannot be edited or written
/// turns its measurement into [`MeasureProblem::NotWritten`], and keeps its text.
pub fn write(repo: &Path, measurements: &mut [Measurement], dry_run: bool) -> Vec<String> {
    let mut written = Vec::new();
    for m in measurements.iter_mut().filter(|m| m.changed()) {
        let Ok(value) = m.result.clone() else { continue };
        let path = repo.join(&m.path);
        match write_one(&path, &m.slug, value, dry_run) {
            Ok(()) => written.push(m.path.clone()),
            Err(reason) => m.result = Err(MeasureProblem::NotWritten { value: edit::format_number(value), reason }),
        }
    }
    written
}

fn write_one(path: &Path, slug: &str, value: f64, dry_run: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the file: {e}"))?;
    let new = edit::set_current(&text, value).map_err(|e| e.to_string())?;
    if dry_run {
        return Ok(());
    }
    // Through a temporary file beside it, so that the goal file is never half written.
    let temporary = path.with_file_name(format!(".{slug}.cairn-measure"));
    let permissions = std::fs::metadata(path).map_err(|e| format!("cannot read the file: {e}"))?.permissions();
    if permissions.readonly() {
        return Err("the file is read-only".into());
    }
    std::fs::write(&temporary, &new).map_err(|e| format!("cannot write beside the file: {e}"))?;
    std::fs::set_permissions(&temporary, permissions).map_err(|e| format!("cannot write beside the file: {e}"))?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        format!("cannot replace the file: {e}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_are_counted_outside_code() {
        let body = "- [x] one\n- [X] two\n  - [ ] nested\n\n```\n- [x] code\n```\n";
        assert_eq!(checkboxes(body), (2, 3));
        assert_eq!(api_of("https://stats.example.org/a/b.json"), "https://stats.example.org");
        assert_eq!(round(200.0 / 3.0), 66.666667);
        assert_eq!(number(&serde_json::json!("12")), Some(12.0));
        assert_eq!(number(&serde_json::json!([1])), None);
    }
}
