//! `cairn endpoint` and `cairn invites` as processes: a built site's endpoint poll takes
//! ballots over real HTTP; and no acknowledged ballot is lost when the endpoint is killed
//! with SIGKILL while ballots stream in.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::harness::Repo;

/// A site with an open invite poll of the endpoint, built into `public/`.
fn site() -> Repo {
    let repo = Repo::fixture("check", "_base");
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    let day = |n: i64| today.checked_add(jiff::Span::new().days(n)).expect("a date");
    repo.write(
        "polls/summit.md",
        format!(
            "---\nquestion: Where should the summit be?\nmethod: single\noptions: [Lisbon, Nairobi]\n\
             opens: {}\ncloses: {}\nbackend: endpoint\nelectorate: invite\n---\n",
            day(-3),
            day(3)
        ),
    );
    let built = repo.cairn(&["build", "--output", "public"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    repo
}

/// A running `cairn endpoint`, killed (SIGKILL) when dropped.
pub(crate) struct Endpoint {
    child: Child,
    pub(crate) address: String,
}

impl Endpoint {
    /// `cairn endpoint` on the site in `public/` and `votes.db` of `repo`.
    pub(crate) fn start(repo: &Repo) -> Self {
        Self::start_with(repo, &[])
    }

    /// The same, with more environment variables.
    pub(crate) fn start_with(repo: &Repo, env: &[(&str, &str)]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_cairn"))
            .envs(env.iter().copied())
            .args(["endpoint", "--site", "public", "--database", "sqlite://votes.db", "--listen", "127.0.0.1:0"])
            .args(["--per-second", "100000", "--burst", "100000"])
            .current_dir(repo.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start cairn endpoint");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("its output")).read_line(&mut line).expect("its first line");
        let address = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("an address in {line:?}"))
            .to_owned();
        Self { child, address }
    }
}

impl Drop for Endpoint {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request; the status and body (`None` when the connection failed).
pub(crate) fn http(address: &str, method: &str, path: &str, body: &str) -> Option<(u16, String)> {
    http_from(address, method, path, body, None)
}

/// [`http`], sent by a page of `origin`.
pub(crate) fn http_from(
    address: &str,
    method: &str,
    path: &str,
    body: &str,
    origin: Option<&str>,
) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(address).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let origin = origin.map(|o| format!("Origin: {o}\r\n")).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\n{origin}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    Some((status, body))
}

fn codes(repo: &Repo, count: usize) -> Vec<String> {
    let run = repo.cairn(&["invites", "issue", "--poll", "summit", "--count", &count.to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout.lines().map(str::to_owned).collect()
}

fn vote(code: &str) -> String {
    format!("{{\"choice\": {{\"single\": \"lisbon\"}}, \"code\": \"{code}\"}}")
}

fn ballots(address: &str) -> u64 {
    let (status, body) = http(address, "GET", "/api/v1/polls/summit", "").expect("the tally");
    assert_eq!(status, 200, "{body}");
    let doc: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    doc["tally"]["ballots"].as_u64().expect("a count")
}

#[test]
fn the_endpoint_takes_ballots_for_the_sites_poll() {
    let repo = site();
    let endpoint = Endpoint::start(&repo);
    let code = &codes(&repo, 1)[0];
    assert_eq!(http(&endpoint.address, "POST", "/api/v1/polls/summit/ballots", &vote(code)).map(|r| r.0), Some(201));
    let (status, body) =
        http(&endpoint.address, "POST", "/api/v1/polls/summit/ballots", &vote("forged")).expect("an answer");
    assert_eq!((status, body.contains("\"code\":\"code-invalid\"")), (403, true), "{body}");
    assert_eq!(ballots(&endpoint.address), 1);
    // A code for a poll the site does not have is refused with the reason.
    let run = repo.cairn(&["invites", "issue", "--poll", "nowhere"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("has no endpoint poll `nowhere`"), "{}", run.stderr);
}

#[test]
fn no_acknowledged_ballot_is_lost_when_the_endpoint_is_killed() {
    let repo = site();
    let endpoint = Endpoint::start(&repo);
    let codes = Arc::new(Mutex::new(codes(&repo, 4000)));
    let acked = Arc::new(Mutex::new(Vec::new()));
    let sent = Arc::new(Mutex::new(Vec::new()));
    let stop = Arc::new(AtomicBool::new(false));
    // Four clients send ballots as fast as they are answered, each with its own code.
    let clients: Vec<_> = (0..4)
        .map(|_| {
            let (codes, acked, sent, stop) = (codes.clone(), acked.clone(), sent.clone(), stop.clone());
            let address = endpoint.address.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Some(code) = codes.lock().expect("codes").pop() else { break };
                    sent.lock().expect("sent").push(code.clone());
                    match http(&address, "POST", "/api/v1/polls/summit/ballots", &vote(&code)) {
                        Some((201, _)) => acked.lock().expect("acked").push(code),
                        Some((status, body)) => panic!("{status}: {body}"),
                        None => break,
                    }
                }
            })
        })
        .collect();
    let started = Instant::now();
    while acked.lock().expect("acked").len() < 300 {
        assert!(started.elapsed() < Duration::from_secs(60), "ballots are acknowledged");
        std::thread::sleep(Duration::from_millis(5));
    }
    // SIGKILL, mid-stream: no shutdown, no flush.
    drop(endpoint);
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.join().expect("a client");
    }
    let (acked, sent) = (acked.lock().expect("acked").clone(), sent.lock().expect("sent").clone());

    let endpoint = Endpoint::start(&repo);
    let stored = ballots(&endpoint.address);
    assert!(
        (acked.len() as u64..=sent.len() as u64).contains(&stored),
        "{} acknowledged, {} sent, {stored} stored",
        acked.len(),
        sent.len()
    );
    // Each acknowledged ballot is there: withdrawing its code removes a ballot.
    let mut args = vec!["invites", "revoke", "--poll", "summit", "--database", "sqlite://votes.db"];
    args.extend(acked.iter().map(String::as_str));
    let run = repo.cairn(&args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let withdrawn = run.stdout.lines().filter(|l| l.ends_with("withdrawn; its ballot no longer counts")).count();
    assert_eq!(withdrawn, acked.len(), "{}", run.stdout);
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(ballots(&endpoint.address), stored - acked.len() as u64, "each ballot was stored once");
}

#[test]
fn an_export_puts_the_ballots_into_git_where_the_build_counts_them() {
    let repo = site();
    let endpoint = Endpoint::start(&repo);
    let codes = codes(&repo, 3);
    for (code, city) in codes.iter().zip(["lisbon", "nairobi", "nairobi"]) {
        let body = format!("{{\"choice\": {{\"single\": \"{city}\"}}, \"code\": \"{code}\"}}");
        assert_eq!(http(&endpoint.address, "POST", "/api/v1/polls/summit/ballots", &body).map(|r| r.0), Some(201));
    }
    let run = repo.cairn(&["endpoint", "export", "--poll", "summit", "--database", "sqlite://votes.db"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("exported 3 ballot(s) of `summit`"), "{}", run.stdout);
    assert!(run.stdout.ends_with("winner(s): nairobi\n"), "{}", run.stdout);
    let names = |repo: &Repo| {
        let mut names: Vec<String> = std::fs::read_dir(repo.path().join("polls/summit/ballots"))
            .expect("the ballots")
            .map(|e| e.expect("a file").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let first = names(&repo);
    assert_eq!(first.len(), 3);
    assert!(
        first.iter().all(|n| n.starts_with("voter-") && n.len() == "voter-".len() + 16 + ".toml".len()),
        "{first:?}"
    );

    // Committed, the build counts them: the result lives in git.
    repo.git(&["init", "-q", "-b", "main"]);
    repo.write(".gitignore", "public/\nvotes.db*\n.cairn/\n");
    repo.commit_on(&jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date().to_string());
    let built = repo.cairn(&["build", "--output", "public"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(repo.path().join("public/api/v1/polls/summit.json")).expect("the poll"))
            .expect("JSON");
    assert_eq!(doc["tally"]["counts"], serde_json::json!([1, 2]), "{doc}");
    assert_eq!(doc["counted"].as_array().map(Vec::len), Some(3));

    // A withdrawn code's file goes at the next export; the others keep their names.
    let run = repo.cairn(&["invites", "revoke", "--poll", "summit", "--database", "sqlite://votes.db", &codes[0]]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = repo.cairn(&["endpoint", "export", "--poll", "summit", "--database", "sqlite://votes.db"]);
    assert!(
        run.stdout.contains("exported 2 ballot(s)") && run.stdout.contains("(1 old file(s) removed)"),
        "{}",
        run.stdout
    );
    let second = names(&repo);
    assert_eq!(second.len(), 2);
    assert!(second.iter().all(|n| first.contains(n)), "{first:?} {second:?}");
}

fn signal(endpoint: &Endpoint, name: &str) {
    let sent = Command::new("kill").args([&format!("-{name}"), &endpoint.child.id().to_string()]).status();
    assert!(sent.is_ok_and(|s| s.success()), "kill -{name}");
}

#[test]
fn sighup_reads_the_polls_again_and_sigterm_stops_cleanly() {
    let repo = site();
    let mut endpoint = Endpoint::start(&repo);
    let (status, _) = http(&endpoint.address, "GET", "/api/v1/polls/trails", "").expect("an answer");
    assert_eq!(status, 404, "no such poll yet");
    // A new poll, built: the running endpoint takes it after SIGHUP.
    let poll = std::fs::read_to_string(repo.path().join("polls/summit.md")).expect("the poll");
    repo.write("polls/trails.md", poll.replace("Where should the summit be?", "Which trail first?"));
    assert_eq!(repo.cairn(&["build", "--output", "public"]).code, 0);
    signal(&endpoint, "HUP");
    let started = Instant::now();
    while http(&endpoint.address, "GET", "/api/v1/polls/trails", "").map(|r| r.0) != Some(200) {
        assert!(started.elapsed() < Duration::from_secs(10), "the new poll is served after SIGHUP");
        std::thread::sleep(Duration::from_millis(50));
    }
    // A page follows the tally: its event stream must not keep the endpoint from stopping.
    let mut follower = TcpStream::connect(&endpoint.address).expect("connect");
    write!(follower, "GET /api/v1/polls/trails/events HTTP/1.1\r\nHost: x\r\n\r\n").expect("ask");
    let mut first = [0; 64];
    let read = follower.read(&mut first).expect("the stream starts");
    assert!(read > 0, "the stream's first bytes");
    signal(&endpoint, "TERM");
    let asked = Instant::now();
    let status = endpoint.child.wait().expect("it stops");
    assert_eq!(status.code(), Some(0), "a clean stop");
    assert!(asked.elapsed() < Duration::from_secs(4), "stopped in {:?}", asked.elapsed());
}

#[test]
fn commands_on_ballots_need_the_endpoints_own_key_and_database() {
    let repo = site();
    // Before the endpoint ever ran, there is no key to sign codes with.
    let run = repo.cairn(&["invites", "issue", "--poll", "summit"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`cairn endpoint` makes it when it first starts"), "{}", run.stderr);
    let endpoint = Endpoint::start(&repo);
    drop(endpoint);
    assert!(repo.path().join(".cairn/endpoint.key").is_file());
    assert_eq!(
        std::fs::read_to_string(repo.path().join(".cairn/.gitignore")).ok().as_deref().map(|t| t.contains('*')),
        Some(true),
        "the key stays out of git"
    );
    // A database that is not there is not made empty and exported as no ballots.
    let run = repo.cairn(&["endpoint", "export", "--poll", "summit", "--database", "sqlite://elsewhere.db"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("there is no ballot database at `elsewhere.db`"), "{}", run.stderr);
    assert!(!repo.path().join("elsewhere.db").exists());
    // Nor does an empty one wipe the files of an earlier export.
    repo.write("polls/summit/ballots/voter-0123456789abcdef.toml", "choice = \"lisbon\"\n");
    let run = repo.cairn(&["endpoint", "export", "--poll", "summit", "--database", "sqlite://votes.db"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("holds 1 exported ballot file(s)"), "{}", run.stderr);
    assert!(repo.path().join("polls/summit/ballots/voter-0123456789abcdef.toml").is_file());
}

#[test]
fn endpoint_health_exits_0_for_a_running_endpoint_and_1_when_nothing_answers() {
    let repo = site();
    let endpoint = Endpoint::start(&repo);
    let healthy = repo.cairn(&["endpoint", "health", "--listen", &endpoint.address]);
    assert_eq!(healthy.code, 0, "{}", healthy.stderr);
    assert_eq!(healthy.stdout, format!("the endpoint at {} is healthy\n", endpoint.address));
    // As the container's HEALTHCHECK asks: from CAIRN_LISTEN, on every interface.
    let port = endpoint.address.rsplit(':').next().expect("a port").to_owned();
    let any = crate::harness::cairn_env(
        repo.path(),
        &["endpoint", "health"],
        &[("CAIRN_LISTEN", &format!("0.0.0.0:{port}"))],
    );
    assert_eq!(any.code, 0, "{}", any.stderr);
    drop(endpoint);
    let gone = repo.cairn(&["endpoint", "health", "--listen", &format!("127.0.0.1:{port}"), "--timeout", "2"]);
    assert_eq!(gone.code, 1, "{}", gone.stdout);
    assert!(gone.stderr.starts_with(&format!("unhealthy: nothing answers at 127.0.0.1:{port}: ")), "{}", gone.stderr);
}
