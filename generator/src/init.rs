//! Writing new content: the starter repository of `cairn init` (with its GitHub Actions
//! workflows) and the goal files of `cairn new goal`. Neither ever overwrites a file.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use cairn_model::names::NameError;
use cairn_model::{Date, GoalKind, Slug};
use jiff::ToSpan;

/// The starter repository: paths and texts, with `{{placeholders}}` filled in by
/// [`init_repo`].
const STARTER: &[(&str, &str)] = &[
    ("cairn.toml", include_str!("../starter/cairn.toml")),
    ("charter.md", include_str!("../starter/charter.md")),
    ("goals/first-stable-release.md", include_str!("../starter/goals/first-stable-release.md")),
    ("goals/monthly-community-call.md", include_str!("../starter/goals/monthly-community-call.md")),
    ("goals/welcome-every-newcomer.md", include_str!("../starter/goals/welcome-every-newcomer.md")),
    ("goals/shared-stewardship.md", include_str!("../starter/goals/shared-stewardship.md")),
    ("goals/docs/_index.md", include_str!("../starter/goals/docs/_index.md")),
    ("goals/docs/complete-user-guide.md", include_str!("../starter/goals/docs/complete-user-guide.md")),
    ("updates/{{today}}-first-call.md", include_str!("../starter/updates/{{today}}-first-call.md")),
    ("polls/next-focus.md", include_str!("../starter/polls/next-focus.md")),
    (".github/actions/install-cairn/action.yml", include_str!("../starter/.github/actions/install-cairn/action.yml")),
    (".github/workflows/cairn-check.yml", include_str!("../starter/.github/workflows/cairn-check.yml")),
    (".github/workflows/cairn-ballot.yml", include_str!("../starter/.github/workflows/cairn-ballot.yml")),
    (".github/workflows/cairn-pages.yml", include_str!("../starter/.github/workflows/cairn-pages.yml")),
    (".github/workflows/cairn-export.yml", include_str!("../starter/.github/workflows/cairn-export.yml")),
    (".github/workflows/cairn-measure.yml", include_str!("../starter/.github/workflows/cairn-measure.yml")),
    (
        ".gitignore",
        "/public/\n# Left by a build that was stopped midway; the next build removes them.\n/.public.cairn-*\n",
    ),
];

/// Why new content could not be written.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// Files that would be overwritten.
    #[error("{} already exist{}: cairn never overwrites files", list(paths), if paths.len() == 1 { "s" } else { "" })]
    Exists {
        /// The existing files, relative to the target folder.
        paths: Vec<String>,
    },
    /// Another goal already has the name.
    #[error("a goal named `{slug}` already exists: `{other}`; goal names must be unique")]
    Taken {
        /// The name.
        slug: Slug,
        /// The other goal's file.
        other: String,
    },
    /// A goal named for a relation that does not exist.
    #[error("there is no goal `{slug}` for `--{key}`: name an existing goal by its file name without `.md`")]
    NoSuchGoal {
        /// `part-of` or `continues`.
        key: &'static str,
        /// The name given.
        slug: Slug,
    },
    /// The folder has no `cairn.toml`.
    #[error("`{}` is not a cairn repository (it has no `cairn.toml`); run `cairn init` first", path.display())]
    NotARepository {
        /// The folder.
        path: PathBuf,
    },
    /// A goal or community name that cannot be a slug.
    #[error("`{name}` is not a valid {what} name: it {reason}{}", suggestion.as_ref().map(|s| format!(" (hint: use `{s}`)")).unwrap_or_default())]
    BadName {
        /// "goal" or "community".
        what: &'static str,
        /// The name given.
        name: String,
        /// Why it is invalid.
        reason: NameError,
        /// A valid name close to it.
        suggestion: Option<Slug>,
    },
    /// A branch name the workflows cannot carry.
    #[error("{}", bad_branch(branch, *found))]
    BadBranch {
        /// The name.
        branch: String,
        /// Whether it is the repository's current branch rather than `--branch`.
        found: bool,
    },
    /// A release address that is not one.
    #[error("`{url}` is not a release address: use an `https://` or `http://` address, such as `{RELEASE_URL}`")]
    BadReleaseUrl {
        /// The address given.
        url: String,
    },
    /// Writing failed.
    #[error("cannot write `{}`: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
}

fn bad_branch(branch: &str, found: bool) -> String {
    const CHARACTERS: &str = "letters, digits, `-`, `_`, `.` and `/`";
    if found {
        format!(
            "the repository's current branch `{branch}` cannot be written into the workflows: name the branch to publish from with `--branch NAME` ({CHARACTERS})"
        )
    } else {
        format!("`{branch}` is not a branch name cairn can write into the workflows: use {CHARACTERS} (such as `main`)")
    }
}

fn list(paths: &[String]) -> String {
    paths.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
}

/// Where the release archives of this cairn are published: a folder per version
/// (`v0.1.0/`) holding the archives and their `SHA256SUMS`, as the release workflow
/// publishes them on the project's git host.
pub const RELEASE_URL: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/releases/download");

/// The choices of `cairn init` beyond the folder.
#[derive(Debug, Clone, Default)]
pub struct InitOptions {
    /// The branch the workflows publish from and check; [`default_branch`] when absent.
    pub branch: Option<String>,
    /// Where the install action downloads cairn from; [`RELEASE_URL`] when absent (a fork
    /// or a mirror sets its own).
    pub release_url: Option<String>,
}

/// The branch of the git repository `dir` is in (its `HEAD`, born or not), or `main`.
pub fn default_branch(dir: &Path) -> String {
    let branch = gix::discover(dir).ok().and_then(|repo| repo.head_name().ok().flatten());
    branch.map_or_else(|| "main".to_owned(), |name| name.shorten().to_string())
}

/// Writes the starter repository into `dir` (created if missing), named after the
/// folder, with dates counted from `today`. Returns the files written. Refuses, writing
/// nothing, when any of them exists.
pub fn init_repo(dir: &Path, today: Date, options: &InitOptions) -> Result<Vec<PathBuf>, InitError> {
    let name = community_name(dir);
    let branch = match &options.branch {
        Some(branch) => checked_branch(branch, false)?,
        None => checked_branch(&default_branch(dir), true)?,
    };
    let release_url = checked_release_url(options.release_url.as_deref().unwrap_or(RELEASE_URL))?;
    let fill = |text: &str| {
        text.replace("{{name}}", &name)
            .replace("{{branch}}", &branch)
            .replace("{{today}}", &today.to_string())
            .replace("{{in_six_months}}", &today.saturating_add(6.months()).to_string())
            .replace("{{in_one_month}}", &today.saturating_add(1.month()).to_string())
            // The workflows install the cairn that wrote them.
            .replace("{{cairn_version}}", env!("CARGO_PKG_VERSION"))
            .replace("{{cairn_release_url}}", &release_url)
            .replace("{{next_year}}", &today.saturating_add(1.year()).to_string())
    };
    let exists = |path: &str| std::fs::symlink_metadata(dir.join(path)).is_ok();
    // A repository made on a git host often starts with a `.gitignore`: keep it.
    let files: Vec<(String, String)> = STARTER
        .iter()
        .map(|(path, text)| (fill(path), fill(text)))
        .filter(|(path, _)| !(path == ".gitignore" && exists(path)))
        .collect();
    let existing: Vec<String> = files.iter().filter(|(p, _)| exists(p)).map(|(p, _)| p.clone()).collect();
    if !existing.is_empty() {
        return Err(InitError::Exists { paths: existing });
    }
    files.iter().map(|(path, text)| write_new(&dir.join(path), text)).collect()
}

/// `branch` if it is a git branch name that the workflows' YAML and `cairn.toml` carry
/// as it is; `found` says it is the repository's current branch, not `--branch`.
fn checked_branch(branch: &str, found: bool) -> Result<String, InitError> {
    let safe = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/');
    let valid = !branch.is_empty()
        && branch.chars().all(safe)
        && !branch.starts_with(['-', '/', '.'])
        && !branch.ends_with(['/', '.'])
        && !branch.contains("..")
        && !branch.contains("//");
    if valid { Ok(branch.to_owned()) } else { Err(InitError::BadBranch { branch: branch.to_owned(), found }) }
}

/// `url` without its trailing slash, if it is an `https://` or `http://` address.
fn checked_release_url(url: &str) -> Result<String, InitError> {
    let parsed = url::Url::parse(url).ok();
    let valid = parsed.is_some_and(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
        && !url.contains(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '$' | '`' | '\\'));
    if valid { Ok(url.trim_end_matches('/').to_owned()) } else { Err(InitError::BadReleaseUrl { url: url.to_owned() }) }
}

/// A new goal for `cairn new goal`.
#[derive(Debug, Clone)]
pub struct NewGoal {
    /// Its file name, without `.md`.
    pub slug: String,
    /// Its kind.
    pub kind: GoalKind,
    /// The sub-community folder, if any.
    pub community: Option<String>,
    /// Its title; made from the slug when absent.
    pub title: Option<String>,
    /// The goal it is a part of (`part_of`), which must exist.
    pub part_of: Option<String>,
    /// The earlier goal it continues (`continues`), which must exist.
    pub continues: Option<String>,
}

/// Writes a proposed goal into the repository at `root`, with a front matter suited to
/// its kind. Returns the file written.
pub fn new_goal(root: &Path, goal: &NewGoal, today: Date) -> Result<PathBuf, InitError> {
    if !root.join("cairn.toml").is_file() {
        return Err(InitError::NotARepository { path: root.to_owned() });
    }
    let slug = slug(&goal.slug, "goal")?;
    let mut rel = PathBuf::from("goals");
    if let Some(community) = &goal.community {
        rel.push(slug_name(community, "community")?);
    }
    rel.push(format!("{slug}.md"));
    if let Some(other) = find_goal(root, &slug) {
        return Err(InitError::Taken { slug, other });
    }
    let mut relations = String::new();
    for (key, flag, name) in [("part_of", "part-of", &goal.part_of), ("continues", "continues", &goal.continues)] {
        if let Some(name) = name {
            let other = self::slug(name, "goal")?;
            if find_goal(root, &other).is_none() {
                return Err(InitError::NoSuchGoal { key: flag, slug: other });
            }
            relations.push_str(&format!("{key}: {other}\n"));
        }
    }
    let path = root.join(&rel);
    let title = goal.title.clone().unwrap_or_else(|| slug.humanize());
    write_new(&path, &goal_text(&title, goal.kind, today, &relations))
}

/// The keys a new goal may want, commented out (a `#` line is a YAML comment).
const MORE_KEYS: &str = "\
# people: { champion: [login], reviewer: [login] }
# links: [{ label: Tracking issue, url: \"https://example.org/issues/1\" }]
# help_wanted: What a newcomer could do for this goal.
";

fn goal_text(title: &str, kind: GoalKind, today: Date, relations: &str) -> String {
    let title = serde_json::to_string(title).unwrap_or_else(|_| format!("{title:?}"));
    let review_by = today.saturating_add(3.months());
    let source = match kind {
        GoalKind::Outcome => "metric: { baseline: 0, current: 0, target: 100, unit: \"%\" }\n",
        GoalKind::Process => "cadence: { every: 1 month }\n",
        GoalKind::Relational | GoalKind::Transformational => "",
    };
    let started = if kind == GoalKind::Process { format!("started: {today}\n") } else { String::new() };
    format!(
        "---\ntitle: {title}\nsummary: One sentence on what changes when this goal is reached.\nkind: {kind}\nstatus: proposed\nowners: []\n{started}review_by: {review_by}\n{source}{relations}{MORE_KEYS}---\n\n\
         Why this matters, and who it is for.\n\n## How to help\n\nWhere a newcomer can start.\n\n## Milestones\n\n- [ ] The first step\n"
    )
}

/// The file of the goal named `slug`, in `goals/` or any of its sub-community folders.
fn find_goal(root: &Path, slug: &Slug) -> Option<String> {
    let goals = root.join("goals");
    let file = format!("{slug}.md");
    let folders = std::fs::read_dir(&goals).into_iter().flatten().flatten().filter(|e| e.path().is_dir());
    std::iter::once(("goals".to_owned(), goals.clone()))
        .chain(folders.map(|e| (format!("goals/{}", e.file_name().to_string_lossy()), e.path())))
        .find(|(_, dir)| std::fs::symlink_metadata(dir.join(&file)).is_ok())
        .map(|(rel, _)| format!("{rel}/{file}"))
}

fn slug(name: &str, what: &'static str) -> Result<Slug, InitError> {
    Slug::new(name).map_err(|reason| InitError::BadName {
        what,
        name: name.to_owned(),
        reason,
        suggestion: Slug::suggest(name),
    })
}

fn slug_name(name: &str, what: &'static str) -> Result<String, InitError> {
    slug(name, what).map(String::from)
}

/// The community's name for the starter texts: the folder's name, capitalised.
fn community_name(dir: &Path) -> String {
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
    let base = absolute.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let words: Vec<String> = base
        // Only letters and digits, so that the name is safe inside YAML and TOML values.
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
        })
        .collect();
    if words.is_empty() { "Our".to_owned() } else { words.join(" ") }
}

fn write_new(path: &Path, text: &str) -> Result<PathBuf, InitError> {
    let io = |source| InitError::Io { path: path.to_owned(), source };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    // `create_new` fails rather than overwrite a file that appeared since the check.
    let mut file = OpenOptions::new().write(true).create_new(true).open(path).map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)?;
    Ok(path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_folder() {
        assert_eq!(community_name(Path::new("/tmp/lantern-maps")), "Lantern Maps");
        assert_eq!(community_name(Path::new("/")), "Our");
    }

    #[test]
    fn goal_text_quotes_the_title() {
        let text = goal_text("Say \"hi\": to everyone", GoalKind::Process, "2026-11-26".parse().unwrap(), "");
        assert!(text.contains("title: \"Say \\\"hi\\\": to everyone\"\n"), "{text}");
        assert!(text.contains("started: 2026-11-26\n") && text.contains("cadence: { every: 1 month }\n"), "{text}");
        assert!(text.contains("review_by: 2027-02-26\n"), "{text}");
    }
}
