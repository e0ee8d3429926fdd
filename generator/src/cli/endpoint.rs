//! `cairn endpoint`: the vote endpoint over a built site's polls, and `cairn invites`:
//! invite codes for its `electorate: invite` polls.

use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;
use cairn_endpoint::keys::Keys;
use cairn_endpoint::polls::Polls;
use cairn_endpoint::store::Store;
use cairn_endpoint::{AppState, Limits, app};
use cairn_model::Electorate;

use super::Outcome;

/// Where the endpoint keeps its data and key, and which site it serves polls of.
#[derive(Debug, Clone, clap::Args)]
pub(crate) struct Place {
    /// The site `cairn build` wrote: the endpoint reads its polls from `api/v1/polls/`.
    #[arg(long, default_value = "public", env = "CAIRN_SITE")]
    site: PathBuf,

    /// The ballots' database: `sqlite://PATH` (made when missing) or `postgres://…`.
    #[arg(long, default_value = "sqlite://.cairn/votes.db", env = "CAIRN_DATABASE")]
    database: String,

    /// The file holding the endpoint's secret key (made, readable only by you, when
    /// missing). `CAIRN_ENDPOINT_KEY` holds the key itself instead.
    #[arg(long, default_value = ".cairn/endpoint.key", env = "CAIRN_KEY_FILE")]
    key_file: PathBuf,
}

impl Place {
    /// The endpoint's keys, made when there are none (the endpoint's first start).
    fn keys(&self) -> anyhow::Result<Keys> {
        if let Some(text) = std::env::var_os("CAIRN_ENDPOINT_KEY") {
            return Ok(Keys::from_text(&text.to_string_lossy(), "`CAIRN_ENDPOINT_KEY`")?);
        }
        Ok(Keys::load_or_create(&self.key_file)?)
    }

    /// The running endpoint's keys, which must exist: codes made or files named with a
    /// new key would not match the endpoint's.
    fn existing_keys(&self) -> anyhow::Result<Keys> {
        if let Some(text) = std::env::var_os("CAIRN_ENDPOINT_KEY") {
            return Ok(Keys::from_text(&text.to_string_lossy(), "`CAIRN_ENDPOINT_KEY`")?);
        }
        Ok(Keys::load(&self.key_file)?)
    }

    fn polls(&self) -> anyhow::Result<Polls> {
        Polls::read(&self.site).with_context(|| format!("reading the polls of the site in `{}`", self.site.display()))
    }
}

/// Run the vote endpoint for the `backend: endpoint` polls of a built site.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cairn build && cairn endpoint\n  \
cairn endpoint --site public --database postgres://cairn@db/votes --listen 0.0.0.0:8787\n\n\
SIGHUP reads the site's polls again (after a new build); SIGINT and SIGTERM stop it after the\n\
requests under way are answered.")]
#[command(args_conflicts_with_subcommands = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    action: Option<EndpointAction>,

    #[command(flatten)]
    place: Place,

    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1:8787", env = "CAIRN_LISTEN")]
    listen: SocketAddr,

    /// Requests per second per address, on average.
    #[arg(long, default_value_t = Limits::default().per_second, env = "CAIRN_PER_SECOND")]
    per_second: u32,

    /// Requests per address at once.
    #[arg(long, default_value_t = Limits::default().burst, env = "CAIRN_BURST")]
    burst: u32,

    /// Browsers per network address, poll and day in `electorate: open` polls.
    #[arg(long, default_value_t = Limits::default().voters_per_address, env = "CAIRN_VOTERS_PER_ADDRESS")]
    voters_per_address: u32,
}

#[derive(Debug, clap::Subcommand)]
enum EndpointAction {
    /// Write a poll's ballots into the repository as ballot files, under pseudonymous
    /// names, so that its result lives in git (`cairn build` counts them).
    #[command(after_help = "Example, after the poll closed:\n  \
cairn endpoint export --poll summit-city --database postgres://cairn@db/votes --repo .\n\n\
It writes polls/<poll>/ballots/voter-<id>.toml, one per voter, and removes exported files\n\
of voters no longer there (a withdrawn code). The ids come from the endpoint's key, so the\n\
same voter keeps the same file from one export to the next.")]
    Export {
        /// The poll.
        #[arg(long)]
        poll: String,
        /// The repository to write the ballot files into.
        #[arg(long, default_value = ".")]
        repo: PathBuf,
        #[command(flatten)]
        place: Place,
    },
    /// Ask a running endpoint whether it is healthy (`GET /healthz`: its database
    /// answers); exit 0 when it is, 1 when not. For container health checks.
    #[command(after_help = "Example (the container image's HEALTHCHECK):\n  cairn endpoint health\n  \
cairn endpoint health --listen 127.0.0.1:9000")]
    Health {
        /// The address the endpoint listens on (`0.0.0.0` is asked on `127.0.0.1`).
        #[arg(long, default_value = "127.0.0.1:8787", env = "CAIRN_LISTEN")]
        listen: SocketAddr,
        /// How long to wait for the answer, in seconds (at least 1).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
        timeout: u64,
    },
}

pub(crate) fn execute(args: &Args) -> anyhow::Result<Outcome> {
    let runtime = || tokio::runtime::Builder::new_multi_thread().enable_all().build();
    match &args.action {
        Some(EndpointAction::Health { listen, timeout }) => health(*listen, *timeout),
        Some(EndpointAction::Export { poll, repo, place }) => runtime()?.block_on(export(poll, repo, place)),
        None => runtime()?.block_on(run(args)),
    }
}

/// `cairn endpoint health`: exit 0 when healthy, 1 when not (exit 2 means something else
/// to Docker's `HEALTHCHECK`).
fn health(listen: SocketAddr, timeout: u64) -> anyhow::Result<Outcome> {
    let address = cairn_endpoint::probe::probe_address(listen);
    match cairn_endpoint::probe::probe(address, std::time::Duration::from_secs(timeout)) {
        Ok(()) => {
            writeln!(std::io::stdout().lock(), "the endpoint at {address} is healthy")?;
            Ok(Outcome::Success)
        }
        Err(e) => {
            writeln!(std::io::stderr().lock(), "unhealthy: {e}")?;
            Ok(Outcome::Unhealthy)
        }
    }
}

/// `cairn endpoint export`.
async fn export(poll: &str, repo: &std::path::Path, place: &Place) -> anyhow::Result<Outcome> {
    let polls = place.polls()?;
    let entry = polls.get(poll).with_context(|| {
        format!("the site in `{}` has no endpoint poll `{poll}` (build the site first)", place.site.display())
    })?;
    let keys = place.existing_keys()?;
    let store = Store::connect_existing(&place.database).await?;
    let done = cairn_endpoint::export::export(&store, &keys, &entry.poll, repo).await?;
    let winners: Vec<&str> = done.tally.winners.iter().map(cairn_model::Slug::as_str).collect();
    writeln!(
        std::io::stdout().lock(),
        "exported {} ballot(s) of `{poll}` to {} ({} old file(s) removed); winner(s): {}",
        done.written,
        done.folder.display(),
        done.removed,
        if winners.is_empty() { "none yet".to_owned() } else { winners.join(", ") }
    )?;
    Ok(Outcome::Success)
}

async fn run(args: &Args) -> anyhow::Result<Outcome> {
    let keys = args.place.keys()?;
    let polls = args.place.polls()?;
    let store = Store::connect(&args.place.database).await?;
    let limits = Limits {
        per_second: args.per_second,
        burst: args.burst,
        voters_per_address: args.voters_per_address,
        ..Limits::default()
    };
    let count = polls.len();
    let state = AppState::new(polls, store, keys, limits);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("cannot listen on {} (is another server using it? try `--listen`)", args.listen))?;
    let address = listener.local_addr()?;
    reload_on_hangup(state.clone(), args.place.clone())?;
    writeln!(std::io::stdout().lock(), "vote endpoint on http://{address}/ for {count} poll(s) (Ctrl+C stops it)")?;
    let service = app(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let (stopping, mut stop) = tokio::sync::watch::channel(false);
    let server = axum::serve(listener, service).with_graceful_shutdown(async move {
        stopped().await;
        // Event streams never end by themselves: end them, so that the server can stop.
        state.close();
        stopping.send_replace(true);
    });
    tokio::select! {
        served = server => served?,
        // Requests under way (a ballot waiting for its commit) get a few seconds.
        _ = async {
            let _ = stop.wait_for(|stopping| *stopping).await;
            tokio::time::sleep(DRAIN).await;
        } => {}
    }
    Ok(Outcome::Success)
}

/// The longest the endpoint waits for the requests under way when it stops.
const DRAIN: std::time::Duration = std::time::Duration::from_secs(5);

/// SIGHUP: read the site's polls again; on an error, keep the ones there were.
fn reload_on_hangup(state: AppState, place: Place) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut hangups = signal(SignalKind::hangup())?;
        tokio::spawn(async move {
            while hangups.recv().await.is_some() {
                let mut err = std::io::stderr().lock();
                match place.polls() {
                    Ok(polls) => {
                        let _ = writeln!(err, "read {} poll(s) again", polls.len());
                        state.set_polls(polls);
                    }
                    Err(e) => {
                        let _ = writeln!(err, "error: {e:#}; the polls stay as they were");
                    }
                }
            }
        });
    }
    #[cfg(not(unix))]
    let _ = (state, place);
    Ok(())
}

/// SIGINT or SIGTERM.
async fn stopped() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Issue or withdraw invite codes for an `electorate: invite` poll of the endpoint.
#[derive(Debug, clap::Args)]
pub(crate) struct InvitesArgs {
    #[command(subcommand)]
    action: InvitesAction,
}

#[derive(Debug, clap::Subcommand)]
enum InvitesAction {
    /// Print new codes, one per line: each casts one ballot (and may change it).
    #[command(after_help = "Example:\n  cairn invites issue --poll summit-city --count 40 > codes.txt")]
    Issue {
        /// The poll.
        #[arg(long)]
        poll: String,
        /// How many codes.
        #[arg(long, default_value_t = 1)]
        count: u32,
        #[command(flatten)]
        place: Place,
    },
    /// Withdraw codes: their ballots stop counting, and they cast no other.
    #[command(after_help = "Example:\n  cairn invites revoke --poll summit-city inv_Xq3k…")]
    Revoke {
        /// The poll.
        #[arg(long)]
        poll: String,
        /// The codes.
        #[arg(required = true)]
        codes: Vec<String>,
        #[command(flatten)]
        place: Place,
    },
}

pub(crate) fn invites(args: &InvitesArgs) -> anyhow::Result<Outcome> {
    match &args.action {
        InvitesAction::Issue { poll, count, place } => {
            invite_poll(place, poll)?;
            let keys = place.existing_keys()?;
            let mut out = std::io::stdout().lock();
            for _ in 0..*count {
                writeln!(out, "{}", cairn_endpoint::invite::issue(&keys, poll)?)?;
            }
            Ok(Outcome::Success)
        }
        InvitesAction::Revoke { poll, codes, place } => {
            invite_poll(place, poll)?;
            let keys = place.existing_keys()?;
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(async {
                let store = Store::connect_existing(&place.database).await?;
                let mut out = std::io::stdout().lock();
                for code in codes {
                    let id = cairn_endpoint::invite::verify(&keys, poll, code)
                        .map_err(|_| anyhow::anyhow!("`{code}` is not an invite code of poll `{poll}`"))?;
                    let voted = store.revoke(poll, &id).await?;
                    let what =
                        if voted { "withdrawn; its ballot no longer counts" } else { "withdrawn (it had not voted)" };
                    writeln!(out, "{code}: {what}")?;
                }
                Ok(Outcome::Success)
            })
        }
    }
}

/// Checks that the site has `poll` as an invite poll of the endpoint.
fn invite_poll(place: &Place, poll: &str) -> anyhow::Result<()> {
    let polls = place.polls()?;
    match polls.get(poll).map(|e| &e.poll.electorate) {
        Some(Electorate::Invite) => Ok(()),
        Some(_) => anyhow::bail!("poll `{poll}` is not `electorate: invite`: it takes no codes"),
        None => anyhow::bail!(
            "the site in `{}` has no endpoint poll `{poll}` (build the site first, and check `backend: endpoint` in `polls/{poll}.md`)",
            place.site.display()
        ),
    }
}
