//! The load stage: read a community repository into a validated [`Content`].
//!
//! 1. [`walk`] finds the goal, community and update files (honouring `.gitignore`).
//! 2. [`source`] reads each file safely (size limit, UTF-8, no symbolic links out).
//! 3. [`frontmatter`] splits off the front matter; [`node`] parses it (YAML or TOML) into a
//!    span-carrying tree; [`fields`] reads typed values from it, reporting every problem.
//! 4. [`goal`], [`charter`], [`community`], [`update`] and [`config`] build the model
//!    types; [`body`] reads a body's task list and links in one pass.
//! 5. [`load_repo`] runs the files in parallel, then checks what spans files ([`across`]:
//!    duplicate goals, unknown goals and lists, ballots against their polls; [`links`]
//!    between files), and fails with every diagnostic at once.

mod across;
mod body;
mod catalogues;
mod charter;
mod community;
mod config;
mod document;
mod fields;
mod frontmatter;
mod goal;
mod links;
mod members;
mod metric;
mod node;
mod page;
mod people;
mod period;
mod poll;
mod relations;
mod source;
mod update;
mod walk;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use cairn_model::{BallotFile, Community, Content, Goal, Page, Poll, Slug, Update};
use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Diagnostics, Problem, Severity};
pub use document::key_span;
pub(crate) use fields::did_you_mean;
pub(crate) use links::Targets;
pub(crate) use source::io_reason;
use walk::Candidate;
pub(crate) use walk::{Kind, classify};

/// Limits that keep hostile or mistaken input from exhausting memory or time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadOptions {
    /// The largest file read, in bytes.
    pub max_file_bytes: u64,
    /// The largest front matter parsed, in bytes.
    pub max_front_matter_bytes: usize,
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self { max_file_bytes: 1 << 20, max_front_matter_bytes: 64 << 10 }
    }
}

/// A repository read without errors (warnings are possible).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The validated content.
    pub content: Content,
    /// Problems that did not stop the load.
    pub warnings: Diagnostics,
    /// Every content file read (and the charter): the files a body may link to.
    pub(crate) files: BTreeSet<String>,
}

/// Why a repository could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path given is not a directory.
    #[error("`{}` is not a directory", path.display())]
    NotADirectory {
        /// The path given.
        path: PathBuf,
    },
    /// The path given cannot be opened.
    #[error("cannot open `{}`: {}", path.display(), source::io_reason(error))]
    Io {
        /// The path given.
        path: PathBuf,
        /// The operating system's error.
        error: std::io::Error,
    },
    /// The content has errors; every diagnostic, warnings included, is here.
    #[error("the content has {} error(s)", .0.error_count())]
    Invalid(Diagnostics),
}

/// Reads and validates the repository at `root`.
pub fn load_repo(root: &Path, options: &LoadOptions) -> Result<Loaded, LoadError> {
    let root = std::fs::canonicalize(root).map_err(|error| LoadError::Io { path: root.to_owned(), error })?;
    if !root.is_dir() {
        return Err(LoadError::NotADirectory { path: root });
    }
    let (candidates, mut diagnostics) = walk::discover(&root);
    let config = read_root_file(&root, "cairn.toml", options, &mut diagnostics, config::read_config);
    // `None` when `members.toml` is there but has errors.
    let members = if root.join("members.toml").exists() {
        read_root_file(&root, "members.toml", options, &mut diagnostics, members::read_members)
    } else {
        Some(BTreeMap::new())
    };
    let language = config.as_ref().map(|c| c.language.as_str());
    let catalogues = catalogues::read_catalogues(&root, language, options, &mut diagnostics);
    if let Some(language) = language
        && let Ok(file) = source::read_source(&root, "cairn.toml", source::Link::Unknown, options.max_file_bytes)
    {
        diagnostics.extend(catalogues::no_catalogue(language, &catalogues, &file));
    }
    let mut charter_links = None;
    let charter = read_root_file(&root, "charter.md", options, &mut diagnostics, |f| {
        charter_links = body::scan_file(f, options).links;
        charter::read_charter(f, options)
    });
    // Every page a body may link to is known before the files are read: links are checked
    // file by file, and no file's text is kept for it.
    let pages: BTreeSet<&str> =
        candidates.iter().map(|c| c.path.as_str()).chain(charter.is_some().then_some("charter.md")).collect();
    let targets = links::Targets { pages: &pages, on_host: config.as_ref().is_some_and(|c| c.repo.is_some()) };
    links::check_links(&root, charter_links.as_slice(), targets, &mut diagnostics);
    let files: Vec<FileOutcome> = candidates.par_iter().map(|c| read_candidate(&root, c, targets, options)).collect();
    let mut read = Gathered::from(files);
    diagnostics.append(&mut read.diagnostics);
    read.goals.sort_by(|a, b| a.slug.cmp(&b.slug));
    read.polls.sort_by(|a, b| a.slug.cmp(&b.slug));
    read.ballots.sort_by(|a, b| a.path.cmp(&b.path));
    read.updates.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    read.pages.sort_by(|a, b| a.name.cmp(&b.name));
    diagnostics.extend(across::duplicate_goals(&candidates));
    let named_in_updates = read.goal_refs.iter().flat_map(|r| r.refs.iter().map(move |(s, span)| (&r.file, s, span)));
    let named_in_goals = read.named.iter().flat_map(|n| n.goals.iter().map(move |(_, s, span)| (&n.file, s, span)));
    diagnostics.extend(across::unknown_goals(&candidates, named_in_updates.chain(named_in_goals)));
    diagnostics.extend(relations::cycles(&read.named));
    diagnostics.extend(relations::parts_outside_period(&read.goals, &read.communities, &read.named));
    diagnostics.extend(relations::unknown_roles(config.as_ref(), &read.named));
    diagnostics.extend(across::unknown_electorates(&read.polls, members.as_ref()));
    let (ballots, found) = across::checked_ballots(&read.polls, &candidates, read.ballots);
    diagnostics.extend(found);
    let diagnostics = Diagnostics::new(diagnostics);
    if diagnostics.error_count() > 0 {
        return Err(LoadError::Invalid(diagnostics));
    }
    let (Some(config), Some(charter), Some(members)) = (config, charter, members) else {
        // A root file missing or with errors always comes with an error diagnostic.
        return Err(LoadError::Invalid(diagnostics));
    };
    let communities = across::with_implicit_communities(read.communities, &read.goals).into_values().collect();
    let Gathered { goals, updates, polls, pages: own_pages, .. } = read;
    let assets = candidates.iter().filter(|c| c.kind == Kind::Asset).map(|c| c.path.clone()).collect();
    let content = Content {
        config,
        charter,
        communities,
        goals,
        updates,
        pages: own_pages,
        assets,
        polls,
        ballots,
        members,
        catalogues,
    };
    debug_assert!(diagnostics.iter().all(|d| d.severity() == Severity::Warning));
    let files = pages.into_iter().map(str::to_owned).collect();
    Ok(Loaded { content, warnings: diagnostics, files })
}

/// The content files, read and sorted by kind, with the goals each names and every
/// file's problems.
#[derive(Default)]
struct Gathered {
    goals: Vec<Goal>,
    communities: BTreeMap<Slug, Community>,
    updates: Vec<Update>,
    pages: Vec<Page>,
    polls: Vec<Poll>,
    ballots: Vec<BallotFile>,
    goal_refs: Vec<update::GoalRefs>,
    named: Vec<goal::Named>,
    diagnostics: Vec<Diagnostic>,
}

impl Gathered {
    fn from(files: Vec<FileOutcome>) -> Self {
        let mut all = Self::default();
        for file in files {
            match file.read {
                Some(Read::Poll(poll)) => all.polls.push(poll),
                Some(Read::Ballot(ballot)) => all.ballots.push(ballot),
                Some(Read::Goal(goal)) => all.goals.push(*goal),
                Some(Read::Community(community)) => {
                    all.communities.insert(community.slug.clone(), community);
                }
                Some(Read::Update(update)) => all.updates.push(update),
                Some(Read::Page(page)) => all.pages.push(page),
                None => {}
            }
            all.goal_refs.extend(file.goal_refs);
            all.named.extend(file.named);
            all.diagnostics.extend(file.diagnostics);
        }
        all
    }
}

/// One content file, read.
enum Read {
    Goal(Box<Goal>),
    Community(Community),
    Update(Update),
    Page(Page),
    Poll(Poll),
    Ballot(BallotFile),
}

/// What reading one content file gave: the file (when valid), the goals it names (for
/// updates and polls; for goals, with the roles), and its problems.
#[derive(Default)]
struct FileOutcome {
    read: Option<Read>,
    goal_refs: Option<update::GoalRefs>,
    named: Option<goal::Named>,
    diagnostics: Vec<Diagnostic>,
}

impl FileOutcome {
    fn from(result: Result<Read, Vec<Diagnostic>>) -> Self {
        match result {
            Ok(read) => Self { read: Some(read), ..Self::default() },
            Err(diagnostics) => Self { diagnostics, ..Self::default() },
        }
    }
}

fn read_candidate(
    root: &Path,
    candidate: &Candidate,
    targets: links::Targets<'_>,
    options: &LoadOptions,
) -> FileOutcome {
    if candidate.kind == Kind::Asset {
        // Published as it is: nothing in it to read.
        return FileOutcome::default();
    }
    let file = match source::read_source(root, &candidate.path, source::Link::Checked, options.max_file_bytes) {
        Ok(file) => file,
        // A ballot that cannot be read (empty, too large, not text) is a voter's mistake.
        Err(d) if let Kind::Ballot { poll, .. } = &candidate.kind => {
            return ballot_outcome(&candidate.path, poll, Err(vec![d]));
        }
        Err(d) => return FileOutcome::from(Err(vec![d])),
    };
    let body = body::scan_file(&file, options);
    let mut outcome = match &candidate.kind {
        Kind::Goal { slug, community } => {
            let (goal, named) =
                goal::read_goal_naming(&file, slug.clone(), community.clone(), body.milestones, options);
            FileOutcome { named, ..FileOutcome::from(goal.map(|g| Read::Goal(Box::new(g)))) }
        }
        Kind::Community { slug } => {
            FileOutcome::from(community::read_community(&file, slug.clone(), options).map(Read::Community))
        }
        Kind::Update { slug } => {
            let (update, goal_refs) = update::read_update(&file, slug.clone(), options);
            FileOutcome { goal_refs, ..FileOutcome::from(update.map(Read::Update)) }
        }
        Kind::Page { name } => FileOutcome::from(page::read_page(&file, name.clone(), options).map(Read::Page)),
        Kind::Poll { slug } => {
            let (poll, goal_refs) = poll::read_poll(&file, slug.clone(), options);
            FileOutcome { goal_refs, ..FileOutcome::from(poll.map(Read::Poll)) }
        }
        Kind::Ballot { poll, voter } => {
            return ballot_outcome(&file.path, poll, poll::read_ballot(&file, voter.clone()));
        }
        Kind::Asset => return FileOutcome::default(),
    };
    links::check_links(root, body.links.as_slice(), targets, &mut outcome.diagnostics);
    outcome
}

/// What reading a goal file again gave: the goal, or `None` when it has errors; and its
/// problems (its own, and the roles of its `people` that `config` does not know); and
/// whether it names other goals (whose checks need every file).
pub(crate) type Reloaded = (Option<Goal>, Vec<Diagnostic>, bool);

/// Reads the goal file at `path` again after it changed, as [`load_repo`] reads it (for
/// [`crate::session`]); `None` when `path` is not a goal file's. `root` is the canonical
/// root; `targets` are what a body may link to (the pages being [`Loaded::files`]).
pub(crate) fn reload_goal(
    root: &Path,
    path: &str,
    targets: links::Targets<'_>,
    config: &cairn_model::SiteConfig,
    options: &LoadOptions,
) -> Option<Reloaded> {
    let Ok(Some(kind @ Kind::Goal { .. })) = walk::classify(path) else { return None };
    let mut outcome = read_candidate(root, &Candidate { path: path.to_owned(), kind }, targets, options);
    let named = outcome.named.take();
    outcome.diagnostics.extend(relations::unknown_roles(Some(config), named.as_slice()));
    let valid = outcome.diagnostics.iter().all(|d| d.severity() == Severity::Warning);
    let goal = match outcome.read {
        Some(Read::Goal(goal)) if valid => Some(*goal),
        _ => None,
    };
    let names_goals = named.is_some_and(|n| !n.goals.is_empty());
    Some((goal, outcome.diagnostics, names_goals))
}

/// A goal as one version of its file, at `path`, says it is (for its history): `None`
/// when the path is not a goal's or that version does not read as a valid goal.
pub(crate) fn goal_version(path: &str, text: &str) -> Option<cairn_model::Goal> {
    let Ok(Some(Kind::Goal { slug, community })) = walk::classify(path) else { return None };
    let options = LoadOptions::default();
    let file = crate::diagnostic::SourceFile { path: path.to_owned(), text: text.into() };
    let body = body::scan_file(&file, &options);
    goal::read_goal(&file, slug, community, body.milestones, &options).ok()
}

/// Reads `text` as the goal file at `path` (`goals/<slug>.md`), as [`load_repo`] reads it
/// on its own: its goal, or its problems (for [`crate::fuzzing`]).
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn read_goal_file(path: &str, text: &str) -> Result<Goal, Vec<Diagnostic>> {
    let Ok(Some(Kind::Goal { slug, community })) = walk::classify(path) else {
        return Err(vec![Diagnostic::file(
            path,
            Problem::StrayFile { name: path.to_owned(), ballot: false, beside: false },
        )]);
    };
    let options = LoadOptions::default();
    let file = crate::diagnostic::SourceFile { path: path.to_owned(), text: text.into() };
    let body = body::scan_file(&file, &options);
    goal::read_goal(&file, slug, community, body.milestones, &options)
}

/// Reads `text` as the ballot file at `path` (`polls/<poll>/ballots/<login>.toml`): its
/// ballot, or its problems (for [`crate::fuzzing`]).
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn read_ballot_file(path: &str, text: &str) -> Result<cairn_model::Ballot, Vec<Diagnostic>> {
    let voter =
        path.rsplit('/').next().and_then(|name| name.split('.').next()).and_then(|l| cairn_model::Login::new(l).ok());
    let Some(voter) = voter else {
        return Err(vec![Diagnostic::file(
            path,
            Problem::StrayFile { name: path.to_owned(), ballot: false, beside: false },
        )]);
    };
    let file = crate::diagnostic::SourceFile { path: path.to_owned(), text: text.into() };
    poll::read_ballot(&file, voter)
}

/// A ballot file, kept whether or not it could be read as a ballot. Its problems are
/// warnings (`invalid-ballot`): a voter's mistake must not stop the community's site.
fn ballot_outcome(path: &str, poll: &Slug, read: Result<cairn_model::Ballot, Vec<Diagnostic>>) -> FileOutcome {
    let (ballot, diagnostics) = match read {
        Ok(ballot) => (Ok(ballot), Vec::new()),
        Err(found) => {
            let reason = found.first().map_or_else(|| "it cannot be read".to_owned(), |d| d.problem.to_string());
            let warnings = found
                .into_iter()
                .map(|mut d| {
                    if !matches!(*d.problem, Problem::InvalidBallot { .. }) {
                        d.problem = Box::new(Problem::InvalidBallot { reason: d.problem.to_string() });
                    }
                    d
                })
                .collect();
            (Err(reason), warnings)
        }
    };
    let ballot = BallotFile { poll: poll.clone(), path: path.to_owned(), ballot };
    FileOutcome { read: Some(Read::Ballot(ballot)), diagnostics, ..FileOutcome::default() }
}

fn read_root_file<T>(
    root: &Path,
    name: &'static str,
    options: &LoadOptions,
    diagnostics: &mut Vec<Diagnostic>,
    read: impl FnOnce(&crate::diagnostic::SourceFile) -> Result<T, Vec<Diagnostic>>,
) -> Option<T> {
    if std::fs::symlink_metadata(root.join(name)).is_err() {
        diagnostics.push(Diagnostic::file(name, Problem::MissingFile { file: name }));
        return None;
    }
    let result = source::read_source(root, name, source::Link::Unknown, options.max_file_bytes)
        .map_err(|d| vec![d])
        .and_then(|f| read(&f));
    result.map_err(|mut found| diagnostics.append(&mut found)).ok()
}

#[cfg(test)]
mod tests;
