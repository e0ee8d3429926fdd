//! One KEP folder read into a [`Record`]: its `kep.yaml` (read as plain YAML values, so
//! that an invalid date such as `2023-14-05` is a finding rather than a parse error) and
//! its README. Values that say nothing (`TBD`, `n/a`, `null`) are no values.

use std::ops::Range;

use cairn_model::{Date, Login, Slug};
use serde_json::Value;

use crate::markdown;
use crate::plan::Upstream;
use crate::problem::{Finding, Problem};

/// Another KEP, as `replaces`, `superseded-by` and `see-also` name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reference {
    /// `KEP-1234`, `1234`.
    Number(u64),
    /// `/keps/sig-node/1234-name`, from the top of the checkout.
    Path(String),
}

/// A KEP, read.
#[derive(Debug, Clone)]
pub(super) struct Record {
    /// `keps/sig-node/2400-node-swap`.
    pub(super) folder: String,
    /// The SIG folder it is in (`sig-node`), its sub-community.
    pub(super) sig: String,
    pub(super) number: Option<u64>,
    pub(super) title: String,
    pub(super) status: &'static str,
    pub(super) authors: Vec<String>,
    pub(super) reviewers: Vec<String>,
    pub(super) approvers: Vec<String>,
    pub(super) started: Option<String>,
    /// `(label, url)`.
    pub(super) links: Vec<(String, String)>,
    /// Each with the value as written.
    pub(super) replaces: Vec<(Reference, String)>,
    pub(super) superseded_by: Vec<(Reference, String)>,
    /// Each with its label, when the value gave one, and the value as written.
    pub(super) see_also: Vec<(Reference, Option<String>, String)>,
    pub(super) tags: Vec<String>,
    /// The `## Milestones` checklist made of the `milestone` map.
    pub(super) milestones: Option<String>,
    pub(super) yaml: Upstream,
    pub(super) readme: Option<Upstream>,
}

const STAGES: &[&str] = &["alpha", "beta", "stable", "deprecated", "disabled", "removed"];

/// Reads the KEP in `folder`, or `None` when its `kep.yaml` is not YAML (a finding).
pub(super) fn read(
    folder: &str,
    yaml: Upstream,
    readme: Option<Upstream>,
    findings: &mut Vec<Finding>,
) -> Option<Record> {
    let value: Value = match serde_saphyr::from_str(&yaml.text) {
        Ok(value) => value,
        Err(err) => {
            let message = err.to_string();
            let first = message.lines().next().unwrap_or("not YAML");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            // "line 2 column 11: illegal placement of ':' indicator": the place is the span's.
            let reason = match first.split_once(": ") {
                Some((at, rest)) if at.starts_with("line ") && at.contains(" column ") => rest,
                _ => first,
            };
            let problem = Problem::Unreadable { reason: format!("it is not YAML: {reason}") };
            findings.push(match err.location() {
                Some(loc) => yaml.at(location_span(&yaml.text, &loc), problem),
                None => yaml.whole(problem),
            });
            return None;
        }
    };
    let Some(map) = value.as_object() else {
        findings.push(yaml.whole(Problem::Unreadable { reason: "it is not a table of keys".into() }));
        return None;
    };
    let get = |key: &str| map.get(key).filter(|v| !v.is_null());
    let sig = folder.split('/').nth(1).unwrap_or_default().to_owned();
    let number = get("kep-number").and_then(scalar).and_then(|n| n.parse::<u64>().ok()).filter(|n| *n > 0);
    let mut r = Record {
        folder: folder.to_owned(),
        sig,
        number,
        title: String::new(),
        status: "proposed",
        authors: Vec::new(),
        reviewers: Vec::new(),
        approvers: Vec::new(),
        started: None,
        links: Vec::new(),
        replaces: Vec::new(),
        superseded_by: Vec::new(),
        see_also: Vec::new(),
        tags: Vec::new(),
        milestones: None,
        yaml,
        readme,
    };
    r.title = r.title(get("title").and_then(scalar), findings);
    r.status = r.status(get("status").and_then(scalar), findings);
    let stage = get("stage").and_then(scalar);
    if let Some(stage) = &stage {
        if STAGES.contains(&stage.as_str()) {
            r.tags.push(stage.clone());
        } else {
            findings.push(r.bad(
                "stage",
                stage,
                "is not a stage (`alpha`, `beta`, `stable`, `deprecated`): it is left out",
            ));
        }
    }
    for sig in strings(get("participating-sigs")) {
        if Slug::new(&sig).is_ok() && !r.tags.contains(&sig) {
            r.tags.push(sig);
        }
    }
    r.authors = r.logins("authors", get("authors"), findings);
    r.reviewers = r.logins("reviewers", get("reviewers"), findings);
    r.approvers = r.logins("approvers", get("approvers"), findings);
    if let Some(date) = get("creation-date").and_then(scalar) {
        match day(&date) {
            Some(day) => r.started = Some(day.to_string()),
            None => findings.push(r.at(
                "creation-date",
                &date,
                Problem::BadDate { field: "creation-date".into(), value: date.clone() },
            )),
        }
    }
    if let Some(n) = r.number {
        r.links.push((format!("Enhancement issue #{n}"), format!("{}/issues/{n}", super::UPSTREAM)));
    }
    r.links.push(("The KEP on GitHub".into(), super::tree_url(folder)));
    r.replaces = r.references("replaces", get("replaces"), findings);
    r.superseded_by = r.references("superseded-by", get("superseded-by"), findings);
    r.see_also(get("see-also"), findings);
    r.milestones = milestones(get("milestone"), stage.as_deref(), r.status == "achieved");
    Some(r)
}

impl Record {
    /// The folder's name as a goal slug.
    pub(super) fn slug_base(&self) -> String {
        let name = self.folder.rsplit('/').next().unwrap_or_default();
        Slug::suggest(name)
            .map_or_else(|| format!("kep-{}", self.number.unwrap_or_default()), |s| s.as_str().to_owned())
    }

    /// How a link to it reads: `KEP-2400: Node swap`.
    pub(super) fn label(&self) -> String {
        match self.number {
            Some(n) => format!("KEP-{n}: {}", self.title),
            None => self.title.clone(),
        }
    }

    /// The README without its title line.
    pub(super) fn readme_body(&self) -> String {
        let Some(readme) = &self.readme else { return String::new() };
        match markdown::first_heading(&readme.text) {
            Some((1, _, span)) => {
                format!("{}{}", &readme.text[..span.start], &readme.text[span.end..]).trim_matches('\n').to_owned()
            }
            _ => readme.text.trim_matches('\n').to_owned(),
        }
    }

    /// A reference in `field` that leads to no KEP of the checkout.
    pub(super) fn not_a_kep(&self, field: &str, value: &str) -> Finding {
        self.bad(field, value, "names no KEP of this checkout: it is left out")
    }

    fn bad(&self, field: &str, value: &str, reason: &str) -> Finding {
        self.at(field, value, Problem::BadValue { field: field.into(), value: value.into(), reason: reason.into() })
    }

    /// A finding at `value` written under `key` in `kep.yaml`.
    fn at(&self, key: &str, value: &str, problem: Problem) -> Finding {
        match span(&self.yaml, key, value) {
            Some(span) => self.yaml.at(span, problem),
            None => self.yaml.whole(problem),
        }
    }

    fn title(&self, given: Option<String>, findings: &mut Vec<Finding>) -> String {
        if let Some(title) = given.filter(|t| !t.is_empty() && !t.eq_ignore_ascii_case("KEP Template")) {
            return title;
        }
        if let Some((_, heading, _)) = self.readme.as_ref().and_then(|r| markdown::first_heading(&r.text))
            && let Some(title) = without_number(&heading)
        {
            return title;
        }
        let fallback = Slug::new(&self.slug_base()).map_or_else(|_| self.slug_base(), |s| s.humanize());
        let problem = Problem::MissingTitle { fallback: fallback.clone() };
        findings.push(match key_at(&self.yaml.text, "title") {
            Some(at) => self.yaml.at(at..at + "title".len(), problem),
            None => self.yaml.whole(problem),
        });
        fallback
    }

    fn status(&self, given: Option<String>, findings: &mut Vec<Finding>) -> &'static str {
        let Some(status) = given else {
            findings
                .push(self.yaml.whole(Problem::UnknownStatus { value: "(no status)".into(), fallback: "proposed" }));
            return "proposed";
        };
        match status.to_lowercase().as_str() {
            "provisional" => "proposed",
            "implementable" => "active",
            "implemented" => "achieved",
            "deferred" => "paused",
            "rejected" => "rejected",
            "withdrawn" | "replaced" => "retired",
            _ => {
                findings.push(self.at(
                    "status",
                    &status,
                    Problem::UnknownStatus { value: status.clone(), fallback: "proposed" },
                ));
                "proposed"
            }
        }
    }

    /// The logins of a list of people; a value that is not one is a finding (any login in
    /// it is still taken).
    fn logins(&self, field: &str, value: Option<&Value>, findings: &mut Vec<Finding>) -> Vec<String> {
        let mut found: Vec<String> = Vec::new();
        for item in strings(value) {
            let bare = item.trim().trim_matches(['"', '“', '”']).trim();
            if is_nothing(bare) {
                continue;
            }
            let (mut logins, other) = markdown::logins(bare);
            if logins.is_empty() && !bare.contains(' ') && Login::new(bare).is_ok() {
                logins.push(bare.to_owned());
            } else if other || logins.is_empty() {
                findings.push(self.bad(
                    field,
                    &item,
                    "is not a `@login`: the logins in it are imported, the rest left out",
                ));
            }
            for login in logins {
                if !found.iter().any(|l| l.eq_ignore_ascii_case(&login)) {
                    found.push(login);
                }
            }
        }
        found
    }

    fn references(&self, field: &str, value: Option<&Value>, findings: &mut Vec<Finding>) -> Vec<(Reference, String)> {
        let mut found = Vec::new();
        for item in strings(value) {
            match reference(&item) {
                Some(Ok(to)) => found.push((to, item)),
                Some(Err(_)) => findings.push(self.bad(
                    field,
                    &item,
                    "is a web address, not a KEP of this checkout: it is left out",
                )),
                None => {}
            }
        }
        found
    }

    fn see_also(&mut self, value: Option<&Value>, findings: &mut Vec<Finding>) {
        for item in strings(value) {
            let (target, label) = match item.split_once(" - ") {
                Some((target, label)) => (target.trim().to_owned(), Some(label.trim().to_owned())),
                None => (item.clone(), None),
            };
            let (target, label) = match markdown::link_in(&target, &Default::default()) {
                Some((text, url)) => (url, label.or(Some(text))),
                None => (target, label),
            };
            match reference(&target) {
                Some(Ok(to)) => self.see_also.push((to, label, item)),
                Some(Err(url)) => self.links.push((label.unwrap_or_else(|| url.clone()), url)),
                None if !is_nothing(&target) => {
                    findings.push(self.bad("see-also", &item, "names no KEP and no web address: it is left out"))
                }
                None => {}
            }
        }
    }
}

/// A title without its `KEP-1234:` prefix; `None` when nothing is left.
fn without_number(heading: &str) -> Option<String> {
    let rest = heading.trim();
    let title = match rest.get(..3).filter(|p| p.eq_ignore_ascii_case("kep")) {
        Some(_) => rest[3..]
            .trim_start_matches(|c: char| c == '-' || c == ' ' || c.is_ascii_digit() || c == 'N')
            .trim_start_matches(':')
            .trim(),
        None => rest,
    };
    (!title.is_empty()).then(|| title.to_owned())
}

/// What a reference names: a KEP, a web address (`Err`), or nothing (`n/a`, `TODO`).
fn reference(value: &str) -> Option<Result<Reference, String>> {
    let v = value.trim().trim_end_matches('/');
    if is_nothing(v) {
        return None;
    }
    let lower = v.to_lowercase();
    if let Some(at) = lower.find("/keps/").or_else(|| lower.starts_with("keps/").then_some(0)) {
        let path = &v[at..];
        return Some(Ok(Reference::Path(if path.starts_with('/') { path.to_owned() } else { format!("/{path}") })));
    }
    if let Some(rest) = lower.strip_prefix("/kep/") {
        return Some(Ok(Reference::Path(format!("/keps/{}", &v[v.len() - rest.len()..]))));
    }
    if v.starts_with("https://") || v.starts_with("http://") {
        return Some(Err(v.to_owned()));
    }
    let digits = lower.strip_prefix("kep").unwrap_or(&lower).trim_start_matches(['-', ' ']);
    digits.parse::<u64>().ok().map(|n| Ok(Reference::Number(n)))
}

fn is_nothing(value: &str) -> bool {
    matches!(value.trim().to_lowercase().as_str(), "" | "n/a" | "na" | "none" | "tbd" | "todo" | "-")
}

/// A day written `YYYY-MM-DD`, also without leading zeros (`2025-10-9`).
fn day(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.trim().split('-').collect();
    let [y, m, d] = parts.as_slice() else { return None };
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// The `## Milestones` checklist of a `milestone` map: alpha, beta and stable, each with
/// its release, ticked up to `stage` (all of them once `implemented`).
fn milestones(value: Option<&Value>, stage: Option<&str>, implemented: bool) -> Option<String> {
    let map = value?.as_object()?;
    let reached = stage.and_then(|s| ["alpha", "beta", "stable"].iter().position(|x| *x == s));
    let mut items = Vec::new();
    for (i, name) in ["alpha", "beta", "stable"].iter().enumerate() {
        let Some(release) = map.get(*name) else { continue };
        let done = implemented || reached.is_some_and(|r| r >= i);
        let version =
            scalar(release).filter(|v| v.trim_start_matches('v').split('.').all(|p| p.parse::<u32>().is_ok()));
        let version = version.map(|v| format!(" in v{}", v.trim_start_matches('v'))).unwrap_or_default();
        let mut label = name.to_string();
        label[..1].make_ascii_uppercase();
        items.push(format!("- [{}] {label}{version}", if done { "x" } else { " " }));
    }
    (!items.is_empty()).then(|| format!("## Milestones\n\n{}", items.join("\n")))
}

/// A scalar as text, trimmed; `None` for null, lists and tables.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// A list of scalars (or one scalar) as texts, without nulls.
fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(scalar).filter(|s| !s.is_empty()).collect(),
        Some(v) => scalar(v).into_iter().filter(|s| !s.is_empty()).collect(),
        None => Vec::new(),
    }
}

/// The byte range a YAML error points at (its line and column when it has no byte offset).
fn location_span(text: &str, loc: &serde_saphyr::Location) -> Range<usize> {
    let span = loc.span();
    if let (Some(start), Some(len)) = (span.byte_offset(), span.byte_len()) {
        let start = usize::try_from(start).unwrap_or(usize::MAX).min(text.len());
        return start..start.saturating_add(usize::try_from(len).unwrap_or(0)).min(text.len());
    }
    let line = usize::try_from(loc.line()).unwrap_or(1).max(1);
    let column = usize::try_from(loc.column()).unwrap_or(1).max(1);
    let line_start = text.split_inclusive('\n').take(line - 1).map(str::len).sum::<usize>().min(text.len());
    let offset = text[line_start..].char_indices().nth(column - 1).map_or(text.len(), |(i, _)| line_start + i);
    offset..offset
}

/// Where `key:` starts a line of `text`.
fn key_at(text: &str, key: &str) -> Option<usize> {
    let needle = format!("{key}:");
    if text.starts_with(&needle) {
        return Some(0);
    }
    text.find(&format!("\n{needle}")).map(|i| i + 1)
}

/// Where `value` is written under `key` in the file.
fn span(file: &Upstream, key: &str, value: &str) -> Option<Range<usize>> {
    let at = key_at(&file.text, key)?;
    file.find(value, at).filter(|r| r.start >= at).or(Some(at..at + key.len()))
}
