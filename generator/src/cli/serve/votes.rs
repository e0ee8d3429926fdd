//! The vote endpoint inside `cairn serve`, at `/_endpoint/`: its ballots in
//! `.cairn/votes.db` and its key in `.cairn/endpoint.key` of the repository (both left out
//! of git by the folder's own `.gitignore`). Without it (a read-only folder, or a cairn
//! built without the `endpoint` feature) the site is served anyway, and endpoint polls say
//! they take no votes here.

use std::io::Write;
use std::path::Path;

/// Where the dev server's vote endpoint answers, under the site's address.
pub(super) const PATH: &str = "_endpoint";

/// The running endpoint.
#[cfg(feature = "endpoint")]
pub(super) type Votes = cairn_endpoint::AppState;

/// Never made: this cairn has no vote endpoint.
#[cfg(not(feature = "endpoint"))]
#[derive(Debug, Clone)]
pub(super) enum Votes {}

/// Starts the endpoint for the repository `dir`, or says why there is none.
pub(super) async fn start(dir: &Path) -> Option<Votes> {
    match started(dir).await {
        Ok(state) => state,
        Err(e) => {
            let _ = writeln!(
                std::io::stderr().lock(),
                "warning: no vote endpoint ({e:#}); endpoint polls take no votes here"
            );
            None
        }
    }
}

#[cfg(feature = "endpoint")]
async fn started(dir: &Path) -> anyhow::Result<Option<Votes>> {
    let folder = dir.join(".cairn");
    std::fs::create_dir_all(&folder)?;
    let ignore = folder.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, "# cairn serve's vote endpoint: its ballots and key stay on this machine.\n*\n")?;
    }
    let keys = cairn_endpoint::keys::Keys::load_or_create(&folder.join("endpoint.key"))?;
    let store =
        cairn_endpoint::store::Store::connect(&format!("sqlite://{}", folder.join("votes.db").display())).await?;
    let polls = cairn_endpoint::polls::Polls::default();
    Ok(Some(cairn_endpoint::AppState::new(polls, store, keys, cairn_endpoint::Limits::default())))
}

#[cfg(not(feature = "endpoint"))]
#[allow(clippy::unused_async, reason = "the same signature as with the endpoint")]
async fn started(_dir: &Path) -> anyhow::Result<Option<Votes>> {
    anyhow::bail!("this cairn was built without the `endpoint` feature")
}

/// The endpoint's routes.
pub(super) fn router(votes: Votes) -> axum::Router {
    #[cfg(feature = "endpoint")]
    return cairn_endpoint::app(votes);
    #[cfg(not(feature = "endpoint"))]
    match votes {}
}

/// Ends the endpoint's event streams, so that the server can stop.
pub(super) fn close(votes: &Votes) {
    #[cfg(feature = "endpoint")]
    votes.close();
    #[cfg(not(feature = "endpoint"))]
    match *votes {}
}

/// Gives the endpoint the polls of the site just built in `output`, which pages of
/// `origins` may vote in; on an error, it keeps the ones it had.
pub(super) fn read_polls(votes: &Votes, output: &Path, origins: &[String]) {
    #[cfg(feature = "endpoint")]
    match cairn_endpoint::polls::Polls::read(output) {
        Ok(polls) => votes.set_polls(polls.allowing(origins)),
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "warning: the vote endpoint keeps its polls: {e}");
        }
    }
    #[cfg(not(feature = "endpoint"))]
    {
        let _ = (output, origins);
        match *votes {}
    }
}
