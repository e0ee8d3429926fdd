//! `cairn serve`: build the site into a temporary folder and serve it on localhost,
//! rebuilding on request when a file of the repository has changed. A failed rebuild keeps
//! the last good site and prints its diagnostics.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::Router;
use axum::extract::{Request, State};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use cairn::LoadError;
use cairn::build::{BuildError, BuildOptions, build_site};
use cairn::diagnostic::render::{Format, render};
use cairn::render::RenderOptions;
use tower_http::services::{ServeDir, ServeFile};

use super::Outcome;
use super::build::DateArgs;

/// Build the site and serve it on this machine, rebuilding when files change.
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

/// The server's state: what to build, where, and the outcome of the last build.
struct Server {
    root: PathBuf,
    options: BuildOptions,
    color: bool,
    /// The fingerprint of the repository at the last build, and when it was last checked.
    last: Mutex<(u64, Instant)>,
    /// The last build's diagnostics, when it failed and no good site exists yet.
    error: Mutex<Option<String>>,
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
    let server = Arc::new(Server {
        root: args.dir.clone(),
        options: BuildOptions {
            output: output.clone(),
            render: RenderOptions { today: args.date.resolve()?, base_url: Some(base_url.clone()), templates: None },
            load: cairn::LoadOptions::default(),
            no_history: args.no_history,
        },
        color,
        last: Mutex::new((0, Instant::now())),
        error: Mutex::new(None),
    });
    let first = Arc::clone(&server);
    tokio::task::spawn_blocking(move || {
        if let Ok(mut last) = first.last.lock() {
            *last = (fingerprint(&first.root), Instant::now());
            first.rebuild();
        }
    })
    .await?;

    let files = ServeDir::new(&output).not_found_service(ServeFile::new(output.join("404.html")));
    let app = Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(Arc::clone(&server), rebuild_if_changed))
        .layer(middleware::from_fn_with_state(Arc::new(allowed_hosts(address)), check_host))
        .layer(middleware::from_fn(allow_embedding));
    writeln!(std::io::stdout().lock(), "serving {base_url} (press Ctrl+C to stop)")?;
    axum::serve(listener, app).with_graceful_shutdown(shutdown()).await?;
    drop(folder);
    Ok(Outcome::Success)
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}

/// Before each request: rebuild when the repository changed (checked at most every
/// 300 ms), and show the diagnostics while no good build exists.
async fn rebuild_if_changed(State(server): State<Arc<Server>>, request: Request, next: Next) -> Response {
    let check = Arc::clone(&server);
    let _ = tokio::task::spawn_blocking(move || check.rebuild_if_changed()).await;
    let error = server.error.lock().map(|e| e.clone()).unwrap_or_default();
    match error {
        Some(text) => (axum::http::StatusCode::INTERNAL_SERVER_ERROR, Html(error_page(&text))).into_response(),
        None => next.run(request).await,
    }
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

impl Server {
    /// Rebuilds when a file changed since the last check (at most one check every
    /// 300 ms). The lock is held throughout, so only one build runs at a time and the
    /// other requests wait for it.
    fn rebuild_if_changed(&self) {
        let Ok(mut last) = self.last.lock() else { return };
        if last.1.elapsed() < Duration::from_millis(300) {
            return;
        }
        let now = fingerprint(&self.root);
        let changed = now != last.0;
        *last = (now, Instant::now());
        if changed {
            self.rebuild();
        }
    }

    fn rebuild(&self) {
        let result = build_site(&self.root, &self.options, &|_| {});
        let mut err = std::io::stderr().lock();
        let message = match result {
            Ok(report) => {
                let _ = writeln!(err, "built {} pages in {} ms", report.pages, report.elapsed.as_millis());
                report.written.remove_previous();
                None
            }
            Err(BuildError::Load(LoadError::Invalid(d))) => {
                let _ = write!(err, "{}", render(&d, Format::Human, self.color));
                Some(render(&d, Format::Short, false))
            }
            Err(e) => {
                let _ = writeln!(err, "error: {e}");
                Some(e.to_string())
            }
        };
        let _ = err.flush();
        if let Ok(mut error) = self.error.lock() {
            // Keep serving the last good site; show the error only while there is none.
            let has_site = self.options.output.join("index.html").is_file();
            *error = message.filter(|_| !has_site);
        }
    }
}

/// A cheap summary of every file's name, size and modification time.
fn fingerprint(root: &Path) -> u64 {
    let mut hasher = DefaultHasher::new();
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

fn error_page(text: &str) -> String {
    let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>\
         <body><main><h1>The site could not be built</h1><pre>{escaped}</pre>\
         <p>Fix the files and reload this page.</p></main></body></html>"
    )
}
