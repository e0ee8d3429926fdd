//! A goal's `metric`: its numbers, and the `source` that `cairn measure` reads `current`
//! from. A metric with a source may leave `current` out until its first measurement.

use cairn_model::goal::{IssueUrl, Metric, MetricSource};

use super::fields::{Addresses, Table};
use crate::diagnostic::Problem;

/// The keys of `metric`.
pub(super) const METRIC_KEYS: &[&str] = &["baseline", "current", "target", "unit", "source"];
const WEB: Addresses = Addresses { schemes: &["https://", "http://"], expected: "an `https://` or `http://` address" };

/// The metric of the table `t` (`metric:`), its problems reported.
pub(super) fn metric(t: &Table<'_>) -> Option<Metric> {
    let baseline = t.required_number("baseline", "baseline: 0");
    let target = t.required_number("target", "target: 100");
    let unit = t.text("unit").map(|u| u.value);
    let measured = t.node("source").is_some();
    let current = if measured { t.number("current") } else { t.required_number("current", "current: 42") };
    let source = match t.table("source", "metric.source.", MetricSource::NAMES) {
        Some(s) => Some(source(t, &s)?),
        None if measured => return None,
        None => None,
    };
    Metric::measured(baseline?.value, current.map(|c| c.value), target?.value, unit, source).ok()
}

/// The one source the table `s` (`metric.source`) names.
fn source(t: &Table<'_>, s: &Table<'_>) -> Option<MetricSource> {
    let named: Vec<&str> = MetricSource::NAMES.iter().copied().filter(|n| s.node(n).is_some()).collect();
    let bad = |reason: String| {
        t.doc().report(&t.key_span("source").unwrap_or_default(), Problem::BadSource { reason });
        None
    };
    match named.as_slice() {
        [] => return bad("names no source: give one of `github-issues`, `checklist`, `json` or `command`".into()),
        [_] => {}
        several => {
            let list: Vec<String> = several.iter().map(|n| format!("`{n}`")).collect();
            return bad(format!(
                "names {} sources ({}): a metric is measured from one",
                several.len(),
                list.join(", ")
            ));
        }
    }
    match named[0] {
        "github-issues" => {
            let search = s.table("github-issues", "metric.source.github-issues.", &["query"])?;
            let query = search.required_text("query", "query: \"repo:owner/repo label:bug is:closed\"")?;
            Some(MetricSource::GithubIssues { query: query.value })
        }
        "checklist" => {
            let url = s.text("checklist")?;
            match IssueUrl::parse(&url.value) {
                Ok(issue) => Some(MetricSource::Checklist(issue)),
                Err(reason) => {
                    let problem = Problem::BadSource {
                        reason: format!("`checklist` must be an issue's address, and `{}` is not: {reason}", url.value),
                    };
                    t.doc().report(&url.span, problem);
                    None
                }
            }
        }
        "json" => {
            let json = s.table("json", "metric.source.json.", &["url", "pointer"])?;
            let url = json.required_text("url", "url: \"https://example.org/stats.json\"");
            let pointer = json.text("pointer");
            let url = json.address("url", url?, WEB)?;
            let pointer = match pointer {
                Some(p) if !p.value.starts_with('/') => {
                    let problem = Problem::BadSource {
                        reason: format!(
                            "`json.pointer` must be a JSON pointer, starting with `/` (`/data/count`), not `{}`",
                            p.value
                        ),
                    };
                    t.doc().report(&p.span, problem);
                    return None;
                }
                Some(p) => p.value,
                None => String::new(),
            };
            Some(MetricSource::Json { url, pointer })
        }
        _ => s.text("command").map(|c| MetricSource::Command(c.value)),
    }
}
