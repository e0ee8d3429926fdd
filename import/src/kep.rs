//! `cairn import kep`: a checkout of kubernetes/enhancements as a cairn repository. Each
//! SIG folder (`keps/sig-node/`) becomes a sub-community; each KEP folder under it
//! (`keps/<sig>/[<group>/]<number>-<name>/` with a `kep.yaml`) a goal:
//!
//! - `status`: `provisional` is `proposed`, `implementable` is `active`, `implemented`
//!   is `achieved`, `deferred` is `paused`, `withdrawn` and `replaced` are `retired`,
//!   `rejected` stays `rejected`; the `stage` and the participating SIGs are tags;
//! - `authors` are the owners, `reviewers` and `approvers` the `reviewer` and `approver`
//!   people; `creation-date` is `started`;
//! - the `milestone` map is a checklist, ticked up to the KEP's stage (all of it once
//!   implemented), so that its progress shows; the README follows as the text, its own
//!   checkboxes (the release sign-off checklist) written as plain text;
//! - `replaces` and `superseded-by` are `replaces` (of the later KEP); `see-also`, and the
//!   enhancement issue the KEP's number names, are links.

mod record;

use std::collections::BTreeMap;
use std::path::Path;

use cairn_model::Slug;

use crate::markdown::{self, Destinations};
use crate::merge::Planned;
use crate::plan::{Import, Plan};
use crate::problem::Finding;
use crate::yaml::Yaml;
use crate::{ImportError, read_upstream};
use record::Record;

const GOAL_KEYS: &[&str] = &["title", "status", "owners", "people", "links", "started", "replaces"];
const COMMUNITY_KEYS: &[&str] = &["title"];
const UPSTREAM: &str = "https://github.com/kubernetes/enhancements";

/// Reads the checkout at `src`; `shown` is how paths in it are shown (`src` as given).
pub fn import(src: &Path, shown: &str) -> Result<Import, ImportError> {
    let folders = kep_folders(&src.join("keps"))?;
    if folders.is_empty() {
        return Err(ImportError::NotASource {
            path: src.to_owned(),
            expected: "a checkout of kubernetes/enhancements: its `keps/<sig>/<number>-<name>/` folders hold `kep.yaml`",
        });
    }
    let mut findings: Vec<Finding> = Vec::new();
    let mut records: Vec<Record> = Vec::new();
    for rel in &folders {
        let Some(yaml) = read_upstream(src, shown, &format!("{rel}/kep.yaml"), &mut findings) else { continue };
        let readme = readme_name(&src.join(rel))
            .and_then(|name| read_upstream(src, shown, &format!("{rel}/{name}"), &mut findings));
        if let Some(r) = record::read(rel, yaml, readme, &mut findings) {
            records.push(r);
        }
    }
    let slugs = slugs(&records);
    let index = Index::new(&records);
    let mut replaces: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        for (to, cell) in &r.replaces {
            match index.find(to, &r.folder) {
                Some(j) if j != i => push_unique(replaces.entry(i).or_default(), &slugs[j]),
                _ => findings.push(r.not_a_kep("replaces", cell)),
            }
        }
        for (to, cell) in &r.superseded_by {
            match index.find(to, &r.folder) {
                Some(j) if j != i => push_unique(replaces.entry(j).or_default(), &slugs[i]),
                _ => findings.push(r.not_a_kep("superseded-by", cell)),
            }
        }
    }
    let mut files: Vec<(String, Planned)> = Vec::new();
    let mut sigs: Vec<&str> = records.iter().map(|r| r.sig.as_str()).collect();
    sigs.sort();
    sigs.dedup();
    for sig in sigs {
        let owned = vec![("title", Yaml::text(sig_title(sig)))];
        let planned = Planned {
            owned,
            owned_keys: COMMUNITY_KEYS,
            initial: Vec::new(),
            body: None,
            source: format!("keps/{sig}/"),
        };
        files.push((format!("goals/{sig}/_index.md"), planned));
    }
    for (i, r) in records.iter().enumerate() {
        let rel = format!("goals/{}/{}.md", r.sig, slugs[i]);
        let mut owned = vec![("title", Yaml::text(&r.title)), ("status", Yaml::plain(r.status))];
        if !r.authors.is_empty() {
            owned.push(("owners", Yaml::List(r.authors.iter().map(Yaml::plain).collect())));
        }
        let people: Vec<(String, Yaml)> = [("reviewer", &r.reviewers), ("approver", &r.approvers)]
            .into_iter()
            .filter(|(_, logins)| !logins.is_empty())
            .map(|(role, logins)| (role.to_owned(), Yaml::List(logins.iter().map(Yaml::plain).collect())))
            .collect();
        if !people.is_empty() {
            owned.push(("people", Yaml::Block(people)));
        }
        let mut link_list: Vec<(String, String)> = r.links.clone();
        for (to, label, cell) in &r.see_also {
            match index.find(to, &r.folder) {
                Some(j) => {
                    link_list.push((label.clone().unwrap_or_else(|| records[j].label()), tree_url(&records[j].folder)))
                }
                None => findings.push(r.not_a_kep("see-also", cell)),
            }
        }
        if !link_list.is_empty() {
            let list = link_list.iter().map(|(label, url)| {
                Yaml::Table(vec![("label".into(), Yaml::text(label)), ("url".into(), Yaml::text(url))])
            });
            owned.push(("links", Yaml::List(list.collect())));
        }
        if let Some(started) = &r.started {
            owned.push(("started", Yaml::plain(started)));
        }
        if let Some(list) = replaces.get(&i) {
            owned.push(("replaces", Yaml::List(list.iter().map(Yaml::plain).collect())));
        }
        let mut initial = vec![("kind", Yaml::plain("outcome"))];
        if !r.tags.is_empty() {
            initial.push(("tags", Yaml::List(r.tags.iter().map(Yaml::text).collect())));
        }
        let readme = r.readme.as_ref().map(|f| {
            let links = Links { index: &index, slugs: &slugs, records: &records, from: r, from_file: &f.relative };
            markdown::rewrite(&r.readme_body(), &links, true)
        });
        let body = [r.milestones.clone(), readme].into_iter().flatten().collect::<Vec<_>>().join("\n\n");
        let source = r.readme.as_ref().map_or_else(|| format!("{}/kep.yaml", r.folder), |f| f.relative.clone());
        files.push((rel, Planned { owned, owned_keys: GOAL_KEYS, initial, body: Some(body), source }));
    }
    crate::problem::sort(&mut findings);
    Ok(Import {
        plan: Plan {
            title: "Kubernetes enhancements".into(),
            description: "Kubernetes Enhancement Proposals (KEPs), SIG by SIG.".into(),
            purpose:
                "The enhancements the Kubernetes SIGs propose, build and ship, imported from kubernetes/enhancements."
                    .into(),
            roles: Vec::new(),
            files,
        },
        findings,
    })
}

/// Every KEP folder under `keps` (`keps/sig-node/2400-node-swap`), relative to the checkout,
/// in order: folders holding a `kep.yaml`, one or two levels below a SIG, other than
/// templates and the production readiness approvals.
fn kep_folders(keps: &Path) -> Result<Vec<String>, ImportError> {
    let mut found = Vec::new();
    let mut stack = vec![(keps.to_owned(), "keps".to_owned(), 0)];
    while let Some((dir, rel, depth)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && depth == 0 => return Ok(found),
            Err(source) => return Err(ImportError::Io { path: dir, source }),
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if !path.is_dir() || name.starts_with('.') || name == "prod-readiness" || name.ends_with("-template") {
                continue;
            }
            let child = format!("{rel}/{name}");
            if depth >= 1 && path.join("kep.yaml").is_file() {
                found.push(child);
            } else if depth < 2 {
                stack.push((path, child, depth + 1));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// `README.md`, or the file named so in another case (`README.MD`).
fn readme_name(folder: &Path) -> Option<String> {
    let entries = std::fs::read_dir(folder).ok()?;
    let mut names: Vec<String> =
        entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names.into_iter().find(|n| n.eq_ignore_ascii_case("readme.md"))
}

/// Goal slugs: the folder's name as a slug, made unique by its SIG where two SIGs have a
/// folder of the same name.
fn slugs(records: &[Record]) -> Vec<String> {
    let base: Vec<String> = records.iter().map(|r| r.slug_base()).collect();
    base.iter()
        .zip(records)
        .map(|(b, r)| {
            if base.iter().filter(|o| *o == b).count() > 1 {
                Slug::suggest(&format!("{b}-{}", r.sig)).map_or_else(|| b.clone(), |s| s.as_str().to_owned())
            } else {
                b.clone()
            }
        })
        .collect()
}

/// KEPs by folder and by number, for `replaces`, `superseded-by`, `see-also` and links.
struct Index {
    by_folder: BTreeMap<String, usize>,
    by_number: BTreeMap<u64, Vec<usize>>,
}

impl Index {
    fn new(records: &[Record]) -> Self {
        let mut by_number: BTreeMap<u64, Vec<usize>> = BTreeMap::new();
        for (i, r) in records.iter().enumerate() {
            if let Some(n) = r.number {
                by_number.entry(n).or_default().push(i);
            }
        }
        let by_folder = records.iter().enumerate().map(|(i, r)| (r.folder.clone(), i)).collect();
        Self { by_folder, by_number }
    }

    /// The KEP a reference names, from the folder `from`.
    fn find(&self, to: &record::Reference, from: &str) -> Option<usize> {
        match to {
            record::Reference::Number(n) => match self.by_number.get(n).map(Vec::as_slice) {
                Some([only]) => Some(*only),
                _ => None,
            },
            record::Reference::Path(path) => {
                let path = crate::resolve(&format!("{from}/kep.yaml"), path)?;
                let path = path.trim_end_matches('/').trim_end_matches("/README.md").trim_end_matches("/kep.yaml");
                self.by_folder.get(path).copied()
            }
        }
    }
}

fn tree_url(folder: &str) -> String {
    format!("{UPSTREAM}/tree/HEAD/{folder}")
}

fn push_unique(list: &mut Vec<String>, slug: &str) {
    if !list.iter().any(|s| s == slug) {
        list.push(slug.to_owned());
    }
}

/// `sig-node` is "SIG Node", `wg-device-management` "WG Device management".
fn sig_title(sig: &str) -> String {
    let (prefix, rest) = match sig.split_once('-') {
        Some((p @ ("sig" | "wg"), rest)) => (p.to_uppercase(), rest),
        _ => (String::new(), sig),
    };
    let words = Slug::new(rest).map_or_else(|_| rest.to_owned(), |s| s.humanize());
    if prefix.is_empty() { words } else { format!("{prefix} {words}") }
}

/// Relative links of a KEP's README: to another KEP's folder or README, its goal file;
/// to anything else, the file on GitHub.
struct Links<'a> {
    index: &'a Index,
    slugs: &'a [String],
    records: &'a [Record],
    from: &'a Record,
    /// The README, relative to the checkout.
    from_file: &'a str,
}

impl Destinations for Links<'_> {
    fn relative(&self, dest: &str) -> Option<String> {
        let (path, fragment) = dest.split_once('#').map_or((dest, None), |(p, f)| (p, Some(f)));
        let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
        let target = crate::resolve(self.from_file, path)?;
        let to_kep = record::Reference::Path(format!("/{target}"));
        let is_page =
            path.is_empty() || path.ends_with('/') || path.to_lowercase().ends_with("readme.md") || !path.contains('.');
        if is_page && let Some(j) = self.index.find(&to_kep, &self.from.folder) {
            let other = &self.records[j];
            let file = format!("{}.md{fragment}", self.slugs[j]);
            return Some(if other.sig == self.from.sig { file } else { format!("../{}/{file}", other.sig) });
        }
        let kind = if crate::is_image(path) {
            "raw"
        } else if path.ends_with('/') || !path.contains('.') {
            "tree"
        } else {
            "blob"
        };
        Some(format!("{UPSTREAM}/{kind}/HEAD/{target}{fragment}"))
    }
}

#[cfg(test)]
mod tests;
