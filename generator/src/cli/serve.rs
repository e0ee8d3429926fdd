//! `cairn serve`: build the site into a temporary folder and serve it on localhost. A
//! watcher rebuilds it when a file changes and open pages reload (see `live`); a failed
//! rebuild keeps the last good site, with the diagnostics over every page.

mod live;
mod votes;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use cairn::build::BuildOptions;
use cairn::render::RenderOptions;
use cairn::session::Session;
use tower_http::services::{ServeDir, ServeFile};

use super::Outcome;
use super::build::DateArgs;

/// Build the site and serve it on this machine; pages reload when a file changes.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  cairn serve content\n  cairn serve --port 8080")]
pub(crate) struct Args {
    /// The repository to serve.
    #[arg(default_value = ".")]
    dir: PathBuf,

    /// The address to listen on.
    #[arg(long, default_value = "127.0.0.1", env = "CAIRN_HOST")]
    host: std::net::IpAddr,

    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111, env = "CAIRN_PORT")]
    port: u16,

    /// Leave the git history out: no progress charts, and no ballot counted.
    #[arg(long)]
    no_history: bool,

    #[command(flatten)]
    date: DateArgs,
}

pub(crate) fn execute(args: &Args, color: bool) -> anyhow::Result<Outcome> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(serve(args, color))
}

async fn serve(args: &Args, color: bool) -> anyhow::Result<Outcome> {
    let listener = tokio::net::TcpListener::bind(SocketAddr::new(args.host, args.port)).await.with_context(|| {
        format!("cannot listen on {}:{} (is another server using it? try `--port`)", args.host, args.port)
    })?;
    let address = listener.local_addr()?;
    // A private, unpredictable folder: nobody else on the machine can plant files in it.
    let folder = tempfile::Builder::new().prefix("cairn-serve-").tempdir()?;
    let output = folder.path().join("site");
    let host = if address.ip().is_unspecified() { "127.0.0.1".to_owned() } else { address.ip().to_string() };
    let base_url = format!("http://{host}:{}/", address.port());
    // The vote endpoint, for the site's endpoint polls: on a SQLite file in `.cairn/`.
    let votes = votes::start(&args.dir).await;
    let options = BuildOptions {
        output: output.clone(),
        render: RenderOptions {
            today: args.date.resolve()?,
            base_url: Some(base_url.clone()),
            templates: None,
            endpoint: votes.as_ref().map(|_| format!("{base_url}{}/", votes::PATH)),
        },
        load: cairn::LoadOptions::default(),
        no_history: args.no_history,
        history_cache: Some(std::sync::Arc::default()),
        working_tree: true,
    };
    let site = Arc::new(live::Site {
        root: args.dir.clone(),
        output: output.clone(),
        session: Mutex::new(Session::new(&args.dir, options)),
        color,
        error: Mutex::new(None),
        votes: votes.clone(),
        origins: allowed_hosts(address).unwrap_or_default().iter().map(|h| format!("http://{h}")).collect(),
        indexer: std::sync::OnceLock::new(),
    });
    let first = Arc::clone(&site);
    tokio::task::spawn_blocking(move || first.rebuild(None)).await?;

    let livereload = tower_livereload::LiveReloadLayer::new();
    let reloader = livereload.reloader();
    let _watcher = match live::watch(Arc::clone(&site), reloader.clone()) {
        Ok(watcher) => Some(watcher),
        Err(e) => {
            writeln!(std::io::stderr().lock(), "warning: cannot watch the files ({e}); checking every second instead")?;
            poll_for_changes(Arc::clone(&site), reloader);
            None
        }
    };

    let app = router(&site, votes, livereload, address);
    writeln!(std::io::stdout().lock(), "serving {base_url} (press Ctrl+C to stop)")?;
    let app = app.into_make_service_with_connect_info::<SocketAddr>();
    let (stopping, mut stop) = tokio::sync::watch::channel(false);
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown().await;
        // Open pages hold event streams (reloads, live results): end the endpoint's, and
        // give the rest a moment.
        if let Some(votes) = &site.votes {
            votes::close(votes);
        }
        stopping.send_replace(true);
    });
    tokio::select! {
        served = server => served?,
        _ = async {
            let _ = stop.wait_for(|stopping| *stopping).await;
            tokio::time::sleep(Duration::from_secs(2)).await;
        } => {}
    }
    drop(folder);
    Ok(Outcome::Success)
}

/// The dev server's routes: the built site (with the error overlay, no caching, live
/// reload), the vote endpoint under [`votes::PATH`], for this machine's host names only.
fn router(
    site: &Arc<live::Site>,
    votes: Option<votes::Votes>,
    livereload: tower_livereload::LiveReloadLayer,
    address: SocketAddr,
) -> Router {
    let output = &site.output;
    let files = ServeDir::new(output).not_found_service(ServeFile::new(output.join("404.html")));
    let mut app = Router::new();
    if let Some(votes) = votes {
        app = app.nest(&format!("/{}", votes::PATH), votes::router(votes));
    }
    app.fallback_service(files)
        .layer(middleware::from_fn_with_state(Arc::clone(site), live::overlay_errors))
        .layer(middleware::from_fn(live::no_cache))
        .layer(livereload)
        .layer(middleware::from_fn_with_state(Arc::new(allowed_hosts(address)), check_host))
        .layer(middleware::from_fn(allow_embedding))
}

/// Where files cannot be watched (too many for inotify, some network file systems):
/// rebuilds when the repository's fingerprint changes, checked every second.
fn poll_for_changes(site: Arc<live::Site>, reloader: tower_livereload::Reloader) {
    std::thread::spawn(move || {
        let mut last = fingerprint(&site.root);
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let now = fingerprint(&site.root);
            if now != last {
                last = now;
                site.rebuild(None);
                reloader.reload();
            }
        }
    });
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}

/// The `Host` values a browser sends for this server on a loopback address. Anything else
/// is refused, so that a web page cannot reach the server through a DNS name that resolves
/// to this machine. `None`: listening on every interface (`--host 0.0.0.0`) was asked for,
/// so any name is fine.
fn allowed_hosts(address: SocketAddr) -> Option<Vec<String>> {
    if address.ip().is_unspecified() {
        return None;
    }
    let port = address.port();
    let mut hosts = vec![format!("localhost:{port}"), format!("127.0.0.1:{port}"), format!("[::1]:{port}")];
    hosts.push(address.to_string());
    Some(hosts)
}

/// Like GitHub Pages, lets pages on other sites load the widget and the JSON it reads:
/// `Access-Control-Allow-Origin: *` on the site's files under `/widget/` and `/api/` (and
/// their "not found", which the widget reports), and on nothing else: not on pages, nor on
/// the build-error page, which shows the repository's files.
async fn allow_embedding(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let shared = path.starts_with("/widget/") || path.starts_with("/api/");
    let mut response = next.run(request).await;
    if shared && !response.status().is_server_error() {
        response
            .headers_mut()
            .insert(axum::http::header::ACCESS_CONTROL_ALLOW_ORIGIN, axum::http::HeaderValue::from_static("*"));
    }
    response
}

async fn check_host(State(allowed): State<Arc<Option<Vec<String>>>>, request: Request, next: Next) -> Response {
    let host = request.headers().get(axum::http::header::HOST).and_then(|h| h.to_str().ok()).unwrap_or_default();
    if allowed.as_ref().as_ref().is_none_or(|list| list.iter().any(|a| a.eq_ignore_ascii_case(host))) {
        next.run(request).await
    } else {
        (axum::http::StatusCode::FORBIDDEN, "cairn serve answers only to localhost\n").into_response()
    }
}

/// A cheap summary of every file's name, size and modification time, and of git's
/// `HEAD` and branches (a commit changes the history the site shows).
fn fingerprint(root: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
    if let Some(git) = root.ancestors().map(|a| a.join(".git")).find(|g| g.is_dir()) {
        let refs = ignore::WalkBuilder::new(git.join("refs")).hidden(false).ignore(false).git_ignore(false).build();
        let files =
            [git.join("HEAD"), git.join("packed-refs")].into_iter().chain(refs.flatten().map(|e| e.into_path()));
        for path in files {
            if let Ok(meta) = std::fs::metadata(&path) {
                path.hash(&mut hasher);
                meta.modified().ok().hash(&mut hasher);
            }
        }
    }
    for entry in
        ignore::WalkBuilder::new(root).hidden(true).require_git(false).sort_by_file_name(Ord::cmp).build().flatten()
    {
        if let Ok(meta) = entry.metadata() {
            entry.path().hash(&mut hasher);
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
        }
    }
    hasher.finish()
}
