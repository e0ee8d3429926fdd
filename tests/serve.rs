//! `cairn serve`: the real binary on a free port, rebuilding when files change, keeping
//! the last good site when a change breaks the build and showing the problems over every
//! page until it is fixed. (Pages reloading in a browser: tests/browser/serve.test.mjs.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::Repo;

/// A running `cairn serve`, stopped with SIGINT when dropped.
struct Server {
    child: Child,
    address: String,
}

impl Server {
    fn start(repo: &Repo) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cairn"))
            .args(["serve", ".", "--port", "0", "--today", "2026-11-26"])
            .current_dir(repo.path())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start cairn serve");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("read the address");
        let address = line
            .strip_prefix("serving http://")
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("unexpected first line: {line:?}"))
            .to_owned();
        Self { child, address }
    }

    /// `GET path`: the status code and the body.
    fn get(&self, path: &str) -> (u16, String) {
        self.get_as(path, &self.address.clone())
    }

    /// `GET path` with the given `Host` header.
    fn get_as(&self, path: &str, host: &str) -> (u16, String) {
        let response = self.raw(path, host);
        let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
        let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
        (status, if chunked { unchunk(body) } else { body.to_owned() })
    }

    /// The whole response to `GET path`, headers included.
    fn raw(&self, path: &str, host: &str) -> String {
        let mut stream = TcpStream::connect(&self.address).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("read the response");
        String::from_utf8_lossy(&response).into_owned()
    }

    /// Whether the response to `GET path` lets pages on other sites read it.
    fn shared(&self, path: &str) -> bool {
        let response = self.raw(path, &self.address.clone());
        let headers = response.split_once("\r\n\r\n").map_or(response.as_str(), |(h, _)| h).to_ascii_lowercase();
        headers.contains("\r\naccess-control-allow-origin: *")
    }

    /// Stops the server the way Ctrl+C does and returns whether it exited cleanly.
    fn stop(mut self) -> bool {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        self.child.wait().map(|s| s.success()).unwrap_or(false)
    }
}

/// A body sent in chunks, joined.
fn unchunk(mut rest: &str) -> String {
    let mut body = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || after.len() < size {
            break;
        }
        body.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    body
}

impl Drop for Server {
    /// Asks the server to stop like Ctrl+C does (so that it removes its temporary folder),
    /// and kills it if it has not stopped within five seconds.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(Some(_))) {
            return; // stopped already
        }
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        for _ in 0..50 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    /// Polls `GET path` until `done` holds of the status and body (the watcher rebuilds
    /// within a fraction of a second); fails the test after ten seconds.
    fn until(&self, path: &str, done: impl Fn(u16, &str) -> bool) -> (u16, String) {
        let mut last = (0, String::new());
        for _ in 0..200 {
            last = self.get(path);
            if done(last.0, &last.1) {
                return last;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("GET {path} never got there; last: {last:?}");
    }
}

#[test]
fn serves_rebuilds_and_keeps_the_last_good_site_under_the_problems() {
    let repo = Repo::fixture("check", "_base");
    let server = Server::start(&repo);
    let (status, body) = server.get("/goals/base-goal/");
    assert_eq!(status, 200);
    assert!(body.contains("<h1>A valid goal</h1>"), "{body}");
    assert!(body.contains("data-event-stream="), "pages are told to reload: {body}");

    repo.write("goals/base-goal.md", "---\ntitle: A renamed goal\nkind: outcome\nstatus: active\n---\n");
    server.until("/goals/base-goal/", |_, body| body.contains("<h1>A renamed goal</h1>"));

    repo.write("goals/base-goal.md", "---\ntitle: Broken\nkind: sometimes\n---\n");
    let (status, body) = server.until("/goals/base-goal/", |_, body| body.contains("cairn-build-error"));
    assert_eq!(status, 200, "a broken change keeps the last good site");
    assert!(body.contains("<h1>A renamed goal</h1>"), "{body}");
    assert!(body.contains("`sometimes` is not a valid `kind`"), "the terminal's diagnostic: {body}");
    assert!(body.contains("[goals/base-goal.md:3:7]"), "{body}");

    repo.write("goals/base-goal.md", "---\ntitle: Fixed\nkind: outcome\nstatus: active\n---\n");
    // The fixed page is in place a moment before the build's outcome is recorded (the
    // overlay's state follows the build): a request in between saw the new page with the
    // old overlay, and this test failed now and then. The overlay must go (within the
    // ten seconds `until` waits) once the problem is fixed.
    server.until("/goals/base-goal/", |_, body| body.contains("<h1>Fixed</h1>") && !body.contains("cairn-build-error"));

    let (status, body) = server.get("/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"), "{body}");
    assert!(server.stop(), "Ctrl+C stops it cleanly");
}

#[test]
fn shows_the_problems_until_the_first_good_build() {
    let repo = Repo::fixture("check", "_base");
    repo.write("goals/base-goal.md", "---\ntitle: Broken\nkind: sometimes\n---\n");
    let server = Server::start(&repo);
    let (status, body) = server.get("/");
    assert_eq!(status, 500);
    assert!(body.contains("The site could not be built"), "{body}");
    assert!(body.contains("`sometimes` is not a valid `kind`"), "{body}");
    assert!(body.contains("data-event-stream="), "the page reloads once it is fixed: {body}");

    repo.write("goals/base-goal.md", "---\ntitle: Fixed\nkind: outcome\nstatus: active\n---\n");
    let (status, _) = server.until("/goals/base-goal/", |_, body| body.contains("<h1>Fixed</h1>"));
    assert_eq!(status, 200);
}

#[test]
fn a_commit_rebuilds_the_history() {
    let repo = Repo::fixture("check", "_base");
    repo.git(&["init", "-q", "-b", "main"]);
    repo.commit_on("2026-01-05");
    let server = Server::start(&repo);
    server.until("/api/v1/goals/base-goal.json", |_, body| body.contains("\"revisions\": [\n      {"));
    repo.write("goals/base-goal.md", "---\ntitle: A valid goal\nkind: outcome\nstatus: achieved\n---\n");
    repo.commit_on("2026-02-05");
    server.until("/api/v1/goals/base-goal.json", |_, body| body.contains("\"date\": \"2026-02-05\""));
    // An uncommitted change is a last "working tree" point here, and only here.
    repo.write("goals/base-goal.md", "---\ntitle: A valid goal\nkind: outcome\nstatus: paused\n---\n");
    let (_, page) = server.until("/goals/base-goal/", |_, body| body.contains("<em>not committed</em>"));
    assert!(page.contains("<strong>Paused</strong> <time datetime=\"2026-11-26\">"), "{page}");
    let build = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(build.code, 0, "{build:?}");
    let built = std::fs::read_to_string(repo.path().join("public/goals/base-goal/index.html")).expect("the page");
    assert!(!built.contains("not committed"), "a published site shows what was committed");
}

#[test]
fn answers_only_to_localhost() {
    let repo = Repo::fixture("check", "_base");
    let server = Server::start(&repo);
    let port = server.address.rsplit(':').next().unwrap().to_owned();
    assert_eq!(server.get_as("/", &format!("localhost:{port}")).0, 200);
    // A page elsewhere that points a DNS name at this machine must not read it.
    let (status, _) = server.get_as("/", &format!("evil.example:{port}"));
    assert_eq!(status, 403);
}

#[test]
fn lets_other_sites_read_the_widget_and_the_json_and_nothing_else() {
    let repo = Repo::fixture("check", "_base");
    let server = Server::start(&repo);
    assert!(server.shared("/widget/cairn.js"));
    assert!(server.shared("/api/v1/site.json"));
    assert!(server.shared("/api/v1/goals/no-such-goal.json"), "a missing document too, so the widget can say so");
    assert!(!server.shared("/"));
    assert!(!server.shared("/goals/base-goal/"));

    let broken = Repo::fixture("check", "_base");
    broken.write("goals/base-goal.md", "---\ntitle: Broken\nkind: sometimes\n---\n");
    let server = Server::start(&broken);
    assert_eq!(server.get("/api/v1/site.json").0, 500);
    assert!(!server.shared("/api/v1/site.json"), "the build-error page shows the repository's files");
}

/// `cairn serve` runs the vote endpoint for the example's open poll: a vote without any
/// account is counted, and it is still there after the server is killed (SIGKILL) and
/// started again on the same folder.
#[test]
fn the_example_endpoint_poll_takes_a_vote_that_survives_a_kill() {
    let repo = Repo::example_content();
    let mut server = Server::start(&repo);
    let (_, poll) = server.get("/api/v1/polls/front-page-map.json");
    let doc: serde_json::Value = serde_json::from_str(&poll).expect("the poll's JSON");
    let endpoint = format!("http://{}/_endpoint/", server.address);
    assert_eq!(doc["endpoint"].as_str(), Some(endpoint.as_str()), "{poll}");
    let body = r#"{"choice": {"approval": ["night"]}, "token": "0123456789abcdef0123456789abcdef"}"#;
    // From the page at `localhost`, one of the addresses the server answers at.
    let port = server.address.rsplit(':').next().expect("a port");
    let page = format!("http://localhost:{port}");
    let path = "/_endpoint/api/v1/polls/front-page-map/ballots";
    let sent = crate::endpoint::http_from(&server.address, "POST", path, body, Some(&page));
    assert_eq!(sent.map(|r| r.0), Some(201));
    assert!(repo.path().join(".cairn/votes.db").is_file(), "the ballots are kept in .cairn/");
    assert!(std::fs::read_to_string(repo.path().join(".cairn/.gitignore")).expect("ignored").contains('*'));
    let _ = server.child.kill();
    let _ = server.child.wait();

    let server = Server::start(&repo);
    let (status, tally) = server.get("/_endpoint/api/v1/polls/front-page-map");
    assert_eq!(status, 200, "{tally}");
    let doc: serde_json::Value = serde_json::from_str(&tally).expect("the tally");
    assert_eq!(doc["tally"]["ballots"], 1, "{tally}");
    assert_eq!(doc["results"][0]["label"], "Night", "{tally}");
}
