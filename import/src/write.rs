//! Applying a [`Plan`] to the destination folder. Every file's new text is made first and
//! only then written, each through a temporary file renamed over the old one, so that an
//! import that cannot make its files writes none of them, and a reader never sees half a
//! file. `cairn.toml` and `charter.md` are written only where they are missing (a role the
//! goals name is added to an existing `[roles]`); a goal or sub-community file is written
//! afresh, or merged as [`crate::merge`] says.

use std::path::{Path, PathBuf};

use crate::ImportError;
use crate::merge::MARKER;
use crate::plan::Plan;
use crate::problem::{Finding, Problem};
use crate::yaml::quoted;

/// What an import did to the destination.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Files written that were not there, relative to the destination.
    pub created: Vec<String>,
    /// Files that changed.
    pub updated: Vec<String>,
    /// How many files were already as the import would write them.
    pub unchanged: usize,
    /// Files the import would update but cannot (no front matter), left as they are.
    pub kept: Vec<Finding>,
    /// Files an earlier import wrote whose upstream is gone, left as they are.
    pub stale: Vec<String>,
}

/// Writes `plan` into `dest` (made when missing); with `dry_run`, only says what it would
/// write.
pub fn write(plan: &Plan, dest: &Path, dry_run: bool) -> Result<Report, ImportError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| ImportError::Io { path, source }
    };
    let mut report = Report::default();
    let mut writes: Vec<(String, String)> = Vec::new();
    let mut plan_file = |rel: &str, new: Option<String>, old: Option<String>, report: &mut Report| match (new, old) {
        (Some(new), Some(old)) if new == old => report.unchanged += 1,
        (Some(new), old) => {
            if old.is_some() { &mut report.updated } else { &mut report.created }.push(rel.to_owned());
            writes.push((rel.to_owned(), new));
        }
        (None, _) => {}
    };

    let config = read(dest, "cairn.toml")?;
    let new_config = match &config {
        None => Some(new_config(plan)),
        Some(text) => Some(with_roles(text, &plan.roles)),
    };
    plan_file("cairn.toml", new_config, config, &mut report);
    if read(dest, "charter.md")?.is_none() {
        plan_file("charter.md", Some(charter(plan)), None, &mut report);
    }
    for (rel, planned) in &plan.files {
        let old = read(dest, rel)?;
        let new = match &old {
            None => Some(planned.fresh()),
            Some(text) => {
                let merged = planned.merge(text);
                if merged.is_none() {
                    report.kept.push(Finding {
                        path: rel.clone(),
                        text: None,
                        span: None,
                        problem: Problem::Kept { reason: "it has no front matter to update".into() },
                    });
                }
                merged
            }
        };
        plan_file(rel, new, old, &mut report);
    }
    report.stale = stale(dest, plan)?;
    if dry_run {
        return Ok(report);
    }
    std::fs::create_dir_all(dest).map_err(io(dest))?;
    for (rel, text) in &writes {
        let path = dest.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        let temporary = temporary_path(&path);
        std::fs::write(&temporary, text).map_err(io(&temporary))?;
        std::fs::rename(&temporary, &path).map_err(io(&path))?;
    }
    Ok(report)
}

fn temporary_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".cairn-import");
    path.with_file_name(format!(".{}", name.to_string_lossy()))
}

/// The text of `rel` in `dest`, or `None` when it does not exist.
fn read(dest: &Path, rel: &str) -> Result<Option<String>, ImportError> {
    let path = dest.join(rel);
    match std::fs::read_to_string(&path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ImportError::Io { path, source }),
    }
}

fn new_config(plan: &Plan) -> String {
    let mut out = format!(
        "# Written by `cairn import`; yours from now on (an import again only adds roles).\n\
         title = {}\ndescription = {}\n\
         # Where the site is published: set it before you publish.\n\
         base_url = \"http://127.0.0.1:1111/\"\n",
        quoted(&plan.title),
        quoted(&plan.description)
    );
    if !plan.roles.is_empty() {
        out.push_str("\n[roles]\n");
        for (name, label) in &plan.roles {
            out.push_str(&format!("{name} = {}\n", quoted(label)));
        }
    }
    out
}

/// `config` with every role of `roles` it lacks added to its `[roles]` table (made at the
/// end when it has none). Nothing else changes.
fn with_roles(config: &str, roles: &[(String, String)]) -> String {
    let lines: Vec<&str> = config.split_inclusive('\n').collect();
    let header = lines.iter().position(|l| l.trim() == "[roles]");
    let section_end = header.map(|h| {
        lines[h + 1..].iter().position(|l| l.trim_start().starts_with('[')).map_or(lines.len(), |i| h + 1 + i)
    });
    let known: Vec<&str> = match (header, section_end) {
        (Some(h), Some(end)) => {
            lines[h + 1..end].iter().filter_map(|l| l.split_once('=')).map(|(k, _)| k.trim()).collect()
        }
        _ => Vec::new(),
    };
    let missing: String = roles
        .iter()
        .filter(|(name, _)| !known.contains(&name.as_str()))
        .map(|(name, label)| format!("{name} = {}\n", quoted(label)))
        .collect();
    if missing.is_empty() {
        return config.to_owned();
    }
    match (header, section_end) {
        (Some(h), Some(end)) => {
            // After the table's last key, before the blank lines that end it.
            let mut at = end;
            while at > h + 1 && lines[at - 1].trim().is_empty() {
                at -= 1;
            }
            let mut out: String = lines[..at].concat();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str(&missing);
            out.push_str(&lines[at..].concat());
            out
        }
        _ => {
            let mut out = config.to_owned();
            if !out.ends_with('\n') {
                out.push('\n');
            }
            out.push_str("\n[roles]\n");
            out.push_str(&missing);
            out
        }
    }
}

fn charter(plan: &Plan) -> String {
    format!(
        "---\ntitle: {}\npurpose: {}\n---\n\nWritten by `cairn import`; yours from now on: say here how the community \
         sets its goals and decides.\n",
        quoted(&plan.title),
        quoted(&plan.purpose)
    )
}

/// The goal and sub-community files under `dest/goals/` that an import wrote (they carry
/// its marker) and that `plan` no longer has.
fn stale(dest: &Path, plan: &Plan) -> Result<Vec<String>, ImportError> {
    let mut found = Vec::new();
    let goals = dest.join("goals");
    let mut folders = vec![(goals.clone(), "goals".to_owned())];
    while let Some((dir, rel)) = folders.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(source) => return Err(ImportError::Io { path: dir, source }),
        };
        for entry in entries {
            let entry = entry.map_err(|source| ImportError::Io { path: dir.clone(), source })?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            let rel = format!("{rel}/{name}");
            if path.is_dir() {
                folders.push((path, rel));
            } else if name.ends_with(".md")
                && !plan.files.iter().any(|(p, _)| *p == rel)
                && std::fs::read_to_string(&path).is_ok_and(|t| t.contains(MARKER))
            {
                found.push(rel);
            }
        }
    }
    found.sort();
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_added_to_the_table_and_nothing_else_changes() {
        let roles = vec![
            ("lang-champion".to_owned(), "Lang champion".to_owned()),
            ("steward".to_owned(), "Steward".to_owned()),
        ];
        let config = "title = \"Ours\"\n\n[roles]\nsteward = \"Our steward\"\n\n[review]\ndue_soon_days = 10\n";
        assert_eq!(
            with_roles(config, &roles),
            "title = \"Ours\"\n\n[roles]\nsteward = \"Our steward\"\nlang-champion = \"Lang champion\"\n\n[review]\ndue_soon_days = 10\n"
        );
        let without = "title = \"Ours\"";
        assert_eq!(
            with_roles(without, &roles[..1]),
            "title = \"Ours\"\n\n[roles]\nlang-champion = \"Lang champion\"\n"
        );
        let done = with_roles(without, &roles);
        assert_eq!(with_roles(&done, &roles), done, "stable");
    }
}
