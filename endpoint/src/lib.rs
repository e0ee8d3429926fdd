//! `cairn-endpoint`: the vote endpoint for polls with `backend: endpoint`.
//!
//! - [`polls`]: the polls it takes ballots for, read from a built site's
//!   `/api/v1/polls/*.json` (reloaded on SIGHUP by the binary).
//! - [`keys`], [`invite`], [`voter`]: who may vote. Invite codes are HMAC-SHA256 signed
//!   and verified in constant time; open polls know a browser by a random token, and an
//!   address only as a keyed hash whose key is random, daily and then deleted.
//! - [`store`]: ballots in SQLite (WAL, `synchronous=FULL`) or PostgreSQL through one SQL
//!   dialect; [`store::writer`] commits concurrent ballots in one transaction (group
//!   commit) and acknowledges each only once it is durable.
//! - [`export`]: an endpoint poll's ballots as ballot files in the community's
//!   repository, counted from git once committed.
//! - [`probe`]: the health probe a container runs against a running endpoint.
//! - [`app`]: the axum router: the tally, casting a ballot, the tally's event stream,
//!   `/healthz`; [`error`]: every refusal as JSON with a stable `code`.
//!
//! Tallies are computed by `cairn-model`, as for the site and the widget.

mod api;
pub mod error;
pub mod export;
mod guard;
pub mod invite;
pub mod keys;
pub mod polls;
pub mod probe;
pub mod store;
mod tallies;
pub mod voter;

pub use api::{AppState, Limits, app};
