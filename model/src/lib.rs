//! `cairn-model`: what a community's charter, goals, sub-communities and updates are, and
//! how their progress is computed.
//!
//! This crate is the single source of truth shared by the generator, the vote endpoint and
//! the WebAssembly widget. It performs no I/O and builds for native targets and for
//! `wasm32-unknown-unknown` alike.
//!
//! 1. [`names`]: validated identifiers ([`Slug`], [`Login`]).
//! 2. [`goal`], [`charter`], [`community`], [`update`], [`config`]: the validated content
//!    types. Their parts ([`Slug`], [`Login`], [`Metric`], [`Interval`], [`Schedule`])
//!    cannot hold invalid values; the relations between files (sorted goals, updates that
//!    name existing goals) are upheld by the generator's loader, which turns raw files
//!    into these types and reports everything it had to reject.
//! 3. [`progress`]: metric, cadence and checklist progress — computed here and only here.
//! 4. [`review`]: whether a goal is on track, due for review, overdue, stale, or not
//!    completed in its [`period`]; [`rollup`]: the relations between goals, and the
//!    progress of a goal made of parts.
//! 5. [`content`]: the whole repository, with look-ups between its parts.
//! 6. [`poll`], [`tally`], [`count`]: polls, ballots and their results; [`vote`]: a
//!    ballot as the file a voter commits, and the git host page that proposes it.
//! 7. [`host`]: the git host's addresses of issues, people, commits and files.
//! 8. [`page`]: the community's own pages and their place in the navigation.

pub mod charter;
pub mod community;
pub mod config;
pub mod content;
pub mod count;
pub mod field;
pub mod goal;
pub mod history;
pub mod host;
pub mod names;
pub mod page;
pub mod period;
pub mod poll;
pub mod progress;
pub mod review;
pub mod rollup;
pub mod tally;
pub mod update;
pub mod vote;
pub mod wire;
pub mod words;

pub use charter::Charter;
pub use community::{Channel, Community};
pub use config::{Extra, HostKind, MarkdownConfig, NavItem, RepoConfig, SiteConfig};
pub use content::{Content, OwnCatalogue};
pub use count::{Count, count};
pub use goal::{
    Cadence, Goal, GoalKind, GoalLink, GoalStatus, Interval, IntervalUnit, IssueUrl, Metric, MetricSource, Milestone,
    Schedule,
};
pub use history::{Contributor, GoalHistory, GoalPoint, History, Revision, StatusChange};
pub use jiff::civil::Date;
pub use page::{NavEntry, Page};
pub use period::{NamedPeriod, Outcome, Period, PeriodOutcome, PeriodPhase};

/// The version of the JSON API's documents (`/api/v1/` of a site, and the vote endpoint's
/// tally): the site and the endpoint write it, the widget refuses a newer one. Raised on
/// any incompatible change to their shape (2: goals' review state `not_completed`).
pub const SCHEMA_VERSION: u32 = 2;
pub use names::{Login, Slug};
pub use poll::{
    Backend, Ballot, BallotError, BallotFile, Choice, CommitRef, Electorate, Method, MethodName, Poll, PollOption,
    PollPhase,
};
pub use progress::{CadenceProgress, ChecklistProgress, Direction, GoalProgress, Progress};
pub use review::{ReviewPolicy, ReviewState};
pub use rollup::{Measured, PartShare, Relations, Rollup};
pub use tally::{Detail, Schulze, Tally, tally};
pub use update::Update;
pub use words::long_date;
