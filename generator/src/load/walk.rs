//! Finding the repository's content files: goals (with their sub-community folders),
//! updates, polls with their ballots, and the community's own pages. Honours `.gitignore` (also outside a git checkout), never follows a symbolic
//! link out of the repository, and reports files that are in the wrong place instead of
//! skipping them silently.

use std::path::Path;

use cairn_model::Slug;
use ignore::WalkBuilder;

use crate::diagnostic::{Diagnostic, Problem};

/// What a content file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `goals/<slug>.md` or `goals/<community>/<slug>.md`.
    Goal {
        slug: Slug,
        community: Option<Slug>,
    },
    /// `goals/<community>/_index.md`.
    Community {
        slug: Slug,
    },
    /// `updates/<slug>.md`.
    Update {
        slug: Slug,
    },
    Poll {
        slug: Slug,
    },
    Ballot {
        poll: Slug,
        voter: cairn_model::Login,
    },
    /// `pages/<name>.md`, in folders up to [`PAGE_DEPTH`] deep.
    Page {
        name: String,
    },
    /// A file beside goals or pages that the site publishes as it is, for bodies to
    /// show or link to (an image, a PDF): see [`ASSET_EXTENSIONS`].
    Asset,
}

/// The files beside goals and pages that are published. Not SVG or HTML: opened on
/// their own, those run scripts on the site's address (they belong in `static/`, after
/// review).
pub(crate) const ASSET_EXTENSIONS: &[&str] =
    &["png", "jpg", "jpeg", "gif", "webp", "avif", "pdf", "csv", "mp4", "webm", "mp3", "ogg"];

fn is_asset(file: &str) -> bool {
    file.rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && ASSET_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// How many folders deep a page may be under `pages/`.
const PAGE_DEPTH: usize = 3;

/// A file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// `/`-separated, relative to the root.
    pub(crate) path: String,
    pub(crate) kind: Kind,
}

/// Where goal files go, for messages.
const GOAL_PLACES: &str = "`goals/<goal>.md` or `goals/<community>/<goal>.md`";
/// Where update files go, for messages.
const UPDATE_PLACES: &str = "`updates/<date>-<name>.md`";
const POLL_PLACES: &str = "`polls/<poll>.md` or `polls/<poll>/ballots/<login>.toml`";
const PAGE_PLACES: &str = "`pages/<page>.md`, or up to three folders deep in `pages/`";

/// Lists the goal, community, update, poll, ballot and page files under canonical
/// `root`, sorted by path.
pub(crate) fn discover(root: &Path) -> (Vec<Candidate>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut diagnostics = Vec::new();
    for folder in ["goals", "updates", "polls", "pages"] {
        let dir = root.join(folder);
        let Ok(meta) = std::fs::symlink_metadata(&dir) else { continue };
        // The walker follows the folder it starts from: a linked `goals/` must lead to a
        // place inside the repository.
        if meta.file_type().is_symlink()
            && let Err(d) = super::source::check_link(root, folder)
        {
            diagnostics.push(d);
            continue;
        }
        if !dir.is_dir() {
            continue;
        }
        let walker = WalkBuilder::new(&dir)
            .hidden(false)
            .follow_links(false)
            .require_git(false)
            .sort_by_file_name(Ord::cmp)
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    let path = err_path(&err, root).unwrap_or_else(|| folder.to_owned());
                    let reason = err.io_error().map_or_else(|| err.to_string(), super::source::io_reason);
                    diagnostics.push(Diagnostic::file(path, Problem::Unreadable { reason }));
                    continue;
                }
            };
            let Ok(rel) = entry.path().strip_prefix(root) else {
                continue;
            };
            let rel = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            if entry.path_is_symlink() {
                if let Err(d) = super::source::check_link(root, &rel) {
                    diagnostics.push(d);
                    continue;
                }
                if !entry.path().is_file() {
                    continue;
                }
            } else if !entry.file_type().is_some_and(|t| t.is_file()) {
                continue;
            }
            match classify(&rel) {
                Ok(Some(kind)) => found.push(Candidate { path: rel, kind }),
                Ok(None) => {}
                Err(problem) => diagnostics.push(Diagnostic::file(rel, problem)),
            }
        }
    }
    (found, diagnostics)
}

fn err_path(err: &ignore::Error, root: &Path) -> Option<String> {
    match err {
        ignore::Error::WithPath { path, .. } => path.strip_prefix(root).ok().map(|p| p.display().to_string()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => err_path(err, root),
        _ => None,
    }
}

/// What the file at `rel` (relative to the repository, `/`-separated) is to cairn.
/// `Ok(None)`: not a content file (hidden files such as `.gitkeep`).
pub(crate) fn classify(rel: &str) -> Result<Option<Kind>, Problem> {
    let parts: Vec<&str> = rel.split('/').collect();
    let file = parts.last().copied().unwrap_or_default();
    if file.starts_with('.') && !file.ends_with(".md") {
        return Ok(None);
    }
    if let ["polls", poll, "ballots", _] = parts.as_slice()
        && let Some(voter) = [".toml", ".yaml", ".yml"].iter().find_map(|ext| file.strip_suffix(ext))
    {
        let voter = cairn_model::Login::new(voter).map_err(|reason| Problem::BadName {
            what: "voter",
            name: voter.to_owned(),
            reason,
            suggestion: None,
        })?;
        return Ok(Some(Kind::Ballot { poll: slug(poll, "poll")?, voter }));
    }
    let Some(stem) = file.strip_suffix(".md") else {
        let beside = matches!(parts.first(), Some(&("goals" | "pages")));
        if beside && is_asset(file) {
            return Ok(Some(Kind::Asset));
        }
        let ballot = matches!(parts.as_slice(), ["polls", _, "ballots", _]);
        return Err(Problem::StrayFile { name: file.to_owned(), ballot, beside });
    };
    match parts.as_slice() {
        ["goals", _] => Ok(Some(Kind::Goal { slug: slug(stem, "goal")?, community: None })),
        ["goals", community, "_index.md"] => Ok(Some(Kind::Community { slug: slug(community, "community")? })),
        ["goals", community, _] => {
            Ok(Some(Kind::Goal { slug: slug(stem, "goal")?, community: Some(slug(community, "community")?) }))
        }
        ["updates", _] => Ok(Some(Kind::Update { slug: slug(stem, "update")? })),
        ["polls", _] => Ok(Some(Kind::Poll { slug: slug(stem, "poll")? })),
        ["pages", folders @ .., _] if folders.len() <= PAGE_DEPTH => page(folders, stem).map(Some),
        ["pages", ..] => Err(Problem::TooDeep { expected: PAGE_PLACES }),
        ["goals", ..] => Err(Problem::TooDeep { expected: GOAL_PLACES }),
        ["polls", ..] => Err(Problem::TooDeep { expected: POLL_PLACES }),
        _ => Err(Problem::TooDeep { expected: UPDATE_PLACES }),
    }
}

/// The page at `pages/<folders…>/<stem>.md`: each part a slug, and the first none of the
/// site's own addresses.
fn page(folders: &[&str], stem: &str) -> Result<Kind, Problem> {
    let mut parts = Vec::with_capacity(folders.len() + 1);
    for folder in folders {
        parts.push(slug(folder, "folder")?.to_string());
    }
    parts.push(slug(stem, "page")?.to_string());
    if let Some(reserved) = cairn_model::page::RESERVED_PAGE_NAMES.iter().find(|r| **r == parts[0]) {
        return Err(Problem::ReservedPage { name: parts.join("/"), reserved });
    }
    Ok(Kind::Page { name: parts.join("/") })
}

fn slug(name: &str, what: &'static str) -> Result<Slug, Problem> {
    Slug::new(name).map_err(|reason| Problem::BadName {
        what,
        name: name.to_owned(),
        reason,
        suggestion: Slug::suggest(name).map(|s| if what == "community" { s.to_string() } else { format!("{s}.md") }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_paths() {
        let s = |x: &str| Slug::new(x).unwrap();
        assert_eq!(classify("goals/a.md"), Ok(Some(Kind::Goal { slug: s("a"), community: None })));
        assert_eq!(classify("goals/docs/a.md"), Ok(Some(Kind::Goal { slug: s("a"), community: Some(s("docs")) })));
        assert_eq!(classify("goals/docs/_index.md"), Ok(Some(Kind::Community { slug: s("docs") })));
        assert_eq!(classify("updates/2026-01-01-call.md"), Ok(Some(Kind::Update { slug: s("2026-01-01-call") })));
        assert_eq!(classify("goals/.gitkeep"), Ok(None));
        assert_eq!(classify("goals/a/b/c.md"), Err(Problem::TooDeep { expected: GOAL_PLACES }));
        assert_eq!(classify("updates/2026/a.md"), Err(Problem::TooDeep { expected: UPDATE_PLACES }));
        assert_eq!(
            classify("goals/notes.txt"),
            Err(Problem::StrayFile { name: "notes.txt".into(), ballot: false, beside: true })
        );
        assert_eq!(classify("goals/docs/map.PNG"), Ok(Some(Kind::Asset)));
        assert_eq!(classify("pages/meetings/room.jpg"), Ok(Some(Kind::Asset)));
        assert_eq!(
            classify("goals/logo.svg"),
            Err(Problem::StrayFile { name: "logo.svg".into(), ballot: false, beside: true })
        );
        assert_eq!(
            classify("updates/photo.png"),
            Err(Problem::StrayFile { name: "photo.png".into(), ballot: false, beside: false })
        );
        assert!(matches!(
            classify("goals/Better Onboarding.md"),
            Err(Problem::BadName { what: "goal", suggestion: Some(s), .. }) if s == "better-onboarding.md"
        ));
        assert!(matches!(classify("goals/..evil.md"), Err(Problem::BadName { .. })));
        assert!(matches!(classify("goals/Docs Team/a.md"), Err(Problem::BadName { what: "community", .. })));
        // In a ballot folder, ballots are what belongs; a voter's mistake is a warning.
        let stray = classify("polls/p/ballots/ines.json").expect_err("not a ballot");
        assert_eq!(stray, Problem::StrayFile { name: "ines.json".into(), ballot: true, beside: false });
        assert!(stray.to_string().contains("only `.toml`, `.yaml` and `.yml` files"), "{stray}");
        let named = classify("polls/p/ballots/Amara Okafor.toml").expect_err("not a login");
        assert!(matches!(named, Problem::BadName { what: "voter", .. }), "{named:?}");
        assert_eq!(named.severity(), crate::diagnostic::Severity::Warning);
        assert!(named.hint().is_some_and(|h| h.contains("login")), "{:?}", named.hint());
    }
}
