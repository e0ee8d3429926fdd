//! Keeping the served site current: a watcher on the repository (debounced, so that an
//! editor's save or a `git commit` is one rebuild), the rebuild itself, and what open
//! pages see of it: they reload when a rebuild finishes (the search index follows, once
//! they have), and while the last rebuild failed every page carries an overlay with the
//! same diagnostics as the terminal. The last good site stays served underneath.

use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cairn::diagnostic::render::{Format, explain_hint, render};
use cairn::session::{Rebuilt, Session};
use notify_debouncer_full::notify::RecursiveMode;
use tower_livereload::Reloader;

/// How long the watcher waits for a burst of changes to end.
const DEBOUNCE: Duration = Duration::from_millis(30);

/// What to build and the outcome of the last build.
pub(super) struct Site {
    pub(super) root: PathBuf,
    /// Where the site is written.
    pub(super) output: PathBuf,
    /// The builds, one at a time (see [`Session`]).
    pub(super) session: Mutex<Session>,
    pub(super) color: bool,
    /// The last build's diagnostics (without colour), while it failed.
    pub(super) error: Mutex<Option<String>>,
    /// The vote endpoint, which takes the built site's endpoint polls.
    pub(super) votes: Option<super::votes::Votes>,
    /// The origins this server answers at, whose pages may vote.
    pub(super) origins: Vec<String>,
    /// Asks the thread that makes the search index again (see [`Site::refresh_index`]).
    pub(super) indexer: std::sync::OnceLock<std::sync::mpsc::SyncSender<()>>,
}

impl Site {
    /// Builds the site after the files at `changed` changed (`None`: not known, so all
    /// of it); keeps the last good one when the build fails. Returns whether it succeeded.
    pub(super) fn rebuild(&self, changed: Option<&[PathBuf]>) -> bool {
        let Ok(mut session) = self.session.lock() else { return false };
        let started = Instant::now();
        let result = session.rebuild(changed);
        let mut err = std::io::stderr().lock();
        let message = match result {
            Ok(Rebuilt::Full(report)) => {
                let _ = writeln!(err, "built {} pages in {} ms", report.pages, started.elapsed().as_millis());
                report.written.remove_previous();
                None
            }
            Ok(Rebuilt::Goals { goals, files, .. }) => {
                let (ms, goals) = (started.elapsed().as_millis(), goals.join(", "));
                let _ = writeln!(err, "updated {files} files for {goals} in {ms} ms");
                None
            }
            Err(e) => match e.diagnostics() {
                // The repository's problems (its content's, a template's), as `cairn build` shows them.
                Some(d) => {
                    let _ = write!(err, "{}{}", render(&d, Format::Human, self.color), explain_hint(&d));
                    Some(format!("{}{}", render(&d, Format::Human, false), explain_hint(&d)))
                }
                None => {
                    let _ = writeln!(err, "error: {e}");
                    Some(format!("error: {e}\n"))
                }
            },
        };
        let _ = err.flush();
        let ok = message.is_none();
        if let (true, Some(votes)) = (ok, &self.votes) {
            super::votes::read_polls(votes, &self.output, &self.origins);
        }
        if let Ok(mut error) = self.error.lock() {
            *error = message;
        }
        ok
    }

    /// Asks for the search index to be made again, when the last rebuild left it behind the
    /// pages (see [`Session::index_job`]); called once open pages were told to reload, so
    /// that the next rebuild need not wait for it. One thread makes the index, one job at a
    /// time, and asks made while it works are one more job, for the latest site.
    pub(super) fn refresh_index(site: &Arc<Self>) {
        let asks = site.indexer.get_or_init(|| {
            let (ask, asked) = std::sync::mpsc::sync_channel::<()>(1);
            let site = Arc::clone(site);
            std::thread::spawn(move || {
                while asked.recv().is_ok() {
                    site.make_index();
                }
            });
            ask
        });
        // Full: a job is already due, and it will take the latest site.
        let _ = asks.try_send(());
    }

    fn make_index(&self) {
        let Some(job) = self.session.lock().ok().and_then(|mut session| session.index_job()) else { return };
        let started = Instant::now();
        let written = job.run().and_then(|index| match self.session.lock() {
            Ok(mut session) => session.write_index(index),
            Err(_) => Ok(0),
        });
        let mut err = std::io::stderr().lock();
        let _ = match written {
            Ok(0) => Ok(()),
            Ok(files) => {
                writeln!(err, "updated the search index ({files} files) in {} ms", started.elapsed().as_millis())
            }
            Err(e) => writeln!(err, "error: {e}"),
        };
    }

    fn has_site(&self) -> bool {
        self.output.join("index.html").is_file()
    }
}

/// Whether a changed path can change the site: anything in the repository but the
/// output folder, the build's temporary folders and git's internals, except the files
/// git changes when a commit lands or a branch moves (the history is part of the site).
fn matters(root: &Path, output: &Path, path: &Path) -> bool {
    if path.starts_with(output) {
        return false;
    }
    let Ok(rel) = path.strip_prefix(root) else { return true };
    let parts: Vec<&str> = rel
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect();
    match parts.as_slice() {
        [".git", "HEAD" | "packed-refs"] | [".git", "refs", ..] | [".git", "logs", "HEAD"] => true,
        [".git", ..] => false,
        // The vote endpoint's ballots and key (`cairn serve` writes them).
        [".cairn", ..] => false,
        [first, ..] if first.starts_with(".public.cairn-") || *first == "public" => false,
        _ => true,
    }
}

/// Watches the repository (and, for a repository in a subfolder, git's folder) and
/// rebuilds after each burst of relevant changes, then tells open pages to reload. The
/// watcher lives as long as the returned value.
pub(super) fn watch(site: Arc<Site>, reloader: Reloader) -> notify_debouncer_full::notify::Result<impl Drop> {
    let root = std::fs::canonicalize(&site.root).unwrap_or_else(|_| site.root.clone());
    let output = std::fs::canonicalize(&site.output).unwrap_or_else(|_| site.output.clone());
    let git = git_folder(&root);
    let (watch_root, watch_git) = (root.clone(), git.clone());
    let relevant = move |p: &Path| match &git {
        // git's own files count by their place in the repository holding `.git`.
        Some(g) if p.starts_with(g) => g.parent().is_some_and(|top| matters(top, &output, p)),
        _ => matters(&root, &output, p),
    };
    let handler = move |result: notify_debouncer_full::DebounceEventResult| {
        let Ok(events) = result else { return };
        // Reading a file is an event too (inotify's open and close): a build reads every
        // file, so only creating, changing and removing count.
        let changes = events.iter().filter(|e| !matches!(e.kind, notify_debouncer_full::notify::EventKind::Access(_)));
        let mut changed: Vec<PathBuf> = changes.flat_map(|e| e.paths.iter()).filter(|p| relevant(p)).cloned().collect();
        changed.sort();
        changed.dedup();
        if !changed.is_empty() {
            site.rebuild(Some(&changed));
            reloader.reload();
            Site::refresh_index(&site);
        }
    };
    let mut debouncer = notify_debouncer_full::new_debouncer(DEBOUNCE, None, handler)?;
    debouncer.watch(&watch_root, RecursiveMode::Recursive)?;
    if let Some(g) = watch_git.filter(|g| !g.starts_with(&watch_root)) {
        debouncer.watch(&g, RecursiveMode::Recursive)?;
    }
    Ok(debouncer)
}

/// The `.git` folder of the repository holding `root`, found by walking up.
fn git_folder(root: &Path) -> Option<PathBuf> {
    root.ancestors().map(|a| a.join(".git")).find(|g| g.is_dir())
}

/// Every answer fresh: a page reloaded after a failed build must not come from the
/// browser's cache (the files did not change, the overlay did), nor may a `304`.
pub(super) async fn no_cache(mut request: Request, next: Next) -> Response {
    let headers = request.headers_mut();
    headers.remove(axum::http::header::IF_NONE_MATCH);
    headers.remove(axum::http::header::IF_MODIFIED_SINCE);
    let mut response = next.run(request).await;
    response.headers_mut().insert(axum::http::header::CACHE_CONTROL, axum::http::HeaderValue::from_static("no-store"));
    response
}

/// While the last build failed: every page gets the overlay, and where there is no good
/// site yet, the diagnostics are the page (status 500).
pub(super) async fn overlay_errors(State(site): State<Arc<Site>>, request: Request, next: Next) -> Response {
    let error = site.error.lock().map(|e| e.clone()).unwrap_or_default();
    let Some(text) = error else { return next.run(request).await };
    if !site.has_site() {
        let page = format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>\
             <body><main><h1>The site could not be built</h1><p>It is built again when a file changes.</p></main>{}</body></html>",
            overlay(&text)
        );
        let mut response = axum::response::Html(page).into_response();
        *response.status_mut() = axum::http::StatusCode::INTERNAL_SERVER_ERROR;
        return response;
    }
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 << 20).await else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    let insert = html.rfind("</body>").unwrap_or(html.len());
    let page = format!("{}{}{}", &html[..insert], overlay(&text), &html[insert..]);
    parts.headers.remove(axum::http::header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(page))
}

/// The overlay: the diagnostics over the page, styled inline (the site's stylesheet does
/// not know it), announced to screen readers.
fn overlay(text: &str) -> String {
    let escaped = cairn::escape::escape(text);
    format!(
        "<div id=\"cairn-build-error\" role=\"alert\" aria-labelledby=\"cairn-build-error-title\" style=\"position:fixed;inset:auto 1rem 1rem 1rem;\
max-height:70vh;overflow:auto;z-index:2147483647;background:#fff4f2;color:#3d0c08;border:2px solid #b42318;border-radius:10px;\
padding:1rem 1.25rem;box-shadow:0 8px 30px rgba(0,0,0,.35);font:15px/1.45 system-ui,sans-serif\">\
<p id=\"cairn-build-error-title\" style=\"margin:0 0 .5rem;font-weight:700\">The site could not be rebuilt; this page shows the last good build.</p>\
<pre style=\"margin:0;white-space:pre-wrap;font:13px/1.45 ui-monospace,monospace\">{escaped}</pre>\
<p style=\"margin:.5rem 0 0\">Fix the file and save: the page updates by itself.</p></div>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_triggers_a_rebuild() {
        let root = Path::new("/r");
        let output = Path::new("/tmp/cairn-serve-x/site");
        let yes = [
            "/r/goals/a.md",
            "/r/templates/goal.html",
            "/r/static/logo.png",
            "/r/.git/HEAD",
            "/r/.git/refs/heads/main",
            "/r/.git/logs/HEAD",
            "/r/cairn.toml",
        ];
        let no = [
            "/r/.git/objects/ab/cdef",
            "/r/.git/index",
            "/r/public/index.html",
            "/r/.public.cairn-1/x",
            "/r/.cairn/votes.db-wal",
            "/tmp/cairn-serve-x/site/index.html",
        ];
        for p in yes {
            assert!(matters(root, output, Path::new(p)), "{p}");
        }
        for p in no {
            assert!(!matters(root, output, Path::new(p)), "{p}");
        }
    }

    #[test]
    fn the_overlay_escapes_what_it_shows() {
        let shown = overlay("goals/a.md:1:1: error: `<script>` & co");
        assert!(shown.contains("`&lt;script&gt;` &amp; co"), "{shown}");
        assert!(shown.contains("role=\"alert\""), "{shown}");
    }
}
