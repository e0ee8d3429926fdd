//! Benchmark: the vote endpoint under load on loopback, with SQLite in WAL mode and
//! `synchronous=FULL`, side by side in one run with the in-process baseline of one SQLite
//! transaction per ballot without HTTP.
//!
//! Run with `cargo bench -p cairn-endpoint --bench load` (options after `--`:
//! `--seconds S` per measure, `--connections C`). It reports
//! - the baseline: ballots per second, one transaction each, one after another;
//! - sustained acknowledged ballots per second through HTTP (C keep-alive connections
//!   sending as fast as they are answered, each ballot with its own invite code);
//! - p50 and p99 latency at a fixed 2,000 ballots per second (measured from when each
//!   ballot was due, so a stall counts for every ballot it delays);
//! - tally reads per second.
//!
//! The server runs in this process on its own runtime, as `cairn endpoint` runs it.

#![allow(missing_docs, clippy::print_stdout, reason = "a benchmark binary prints its report")]

#[path = "../tests/common/mod.rs"]
mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use cairn_endpoint::keys::Keys;
use cairn_endpoint::polls::Polls;
use cairn_endpoint::store::Store;
use cairn_endpoint::{AppState, Limits, app, invite};
use cairn_model::{Electorate, Poll};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let number = |name: &str, default: u64| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let seconds = number("--seconds", 5);
    let connections = number("--connections", 64) as usize;
    let work = tempfile::tempdir().expect("temporary folder");
    let keys = Keys::from_master(&[5; 32]);

    let client = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("runtime");
    let server = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");

    let baseline = client.block_on(baseline(&work.path().join("baseline.db"), seconds));
    println!("in-process baseline, one SQLite transaction per ballot (WAL, FULL): {baseline:>8.0} ballots/s");

    let url = format!("sqlite://{}", work.path().join("votes.db").display());
    let address = server.block_on(async {
        let store = Store::connect(&url).await.expect("a database");
        let limits = Limits { per_second: 1_000_000, burst: 1_000_000, ..Limits::default() };
        let state = AppState::new(Polls::from_polls([poll()], &[]), store, keys.clone(), limits);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a port");
        let address = listener.local_addr().expect("an address");
        tokio::spawn(async move {
            let service = app(state).into_make_service_with_connect_info::<SocketAddr>();
            axum::serve(listener, service).await.expect("serve");
        });
        address
    });

    // Codes for every ballot sent below (made before the clock starts).
    let needed = 40_000 * seconds as usize + 2_000 * seconds as usize + 10_000;
    let codes: Vec<String> = (0..needed).map(|_| invite::issue(&keys, "bench").expect("a code")).collect();
    let codes = Arc::new(std::sync::Mutex::new(codes));

    let sustained = client.block_on(sustained(address, Arc::clone(&codes), connections, seconds));
    println!(
        "through HTTP, {connections} connections, as fast as answered:      {sustained:>8.0} acknowledged ballots/s"
    );

    let (p50, p99, rate) = client.block_on(fixed_rate(address, Arc::clone(&codes), 2_000, seconds));
    println!(
        "through HTTP at a fixed {rate:.0} ballots/s:                          p50 {:.2} ms  p99 {:.2} ms",
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );

    let reads = client.block_on(tally_reads(address, connections, seconds));
    println!("tally reads, {connections} connections:                               {reads:>8.0} reads/s");
}

fn poll() -> Poll {
    common::poll("bench", &["a", "b", "c", "d"], Electorate::Invite, -1, 1)
}

/// One transaction per ballot, in process, for `seconds`.
async fn baseline(path: &std::path::Path, seconds: u64) -> f64 {
    // The endpoint's schema, then a pool of our own for the plain transactions.
    drop(Store::connect(&format!("sqlite://{}", path.display())).await.expect("a database"));
    let pool = sqlx::AnyPool::connect(&format!("sqlite://{}", path.display())).await.expect("a pool");
    use sqlx::Executor;
    pool.execute("PRAGMA journal_mode=WAL").await.expect("WAL");
    pool.execute("PRAGMA synchronous=FULL").await.expect("FULL");
    let started = Instant::now();
    let mut n = 0_u64;
    while started.elapsed() < Duration::from_secs(seconds) {
        let mut tx = pool.begin().await.expect("a transaction");
        sqlx::query(
            "INSERT INTO ballots (poll, voter, choice, cast_at, changes) VALUES ($1, $2, $3, $4, 0) \
             ON CONFLICT (poll, voter) DO UPDATE SET choice = excluded.choice, cast_at = excluded.cast_at, \
             changes = ballots.changes + 1",
        )
        .bind("bench")
        .bind(format!("invite:{n}"))
        .bind("{\"single\":\"a\"}")
        .bind(1_790_000_000_i64)
        .execute(&mut *tx)
        .await
        .expect("an insert");
        tx.commit().await.expect("a commit");
        n += 1;
    }
    n as f64 / started.elapsed().as_secs_f64()
}

/// A keep-alive HTTP/1.1 connection.
struct Connection {
    stream: BufReader<TcpStream>,
    address: SocketAddr,
}

impl Connection {
    async fn open(address: SocketAddr) -> Self {
        let stream = TcpStream::connect(address).await.expect("connect");
        stream.set_nodelay(true).expect("nodelay");
        Self { stream: BufReader::new(stream), address }
    }

    /// Sends a request; returns the status.
    async fn send(&mut self, method: &str, path: &str, body: &str) -> u16 {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.address,
            body.len()
        );
        self.stream.get_mut().write_all(request.as_bytes()).await.expect("send");
        let mut line = String::new();
        self.stream.read_line(&mut line).await.expect("a status line");
        let status = line.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("a status");
        let mut length = 0;
        loop {
            line.clear();
            self.stream.read_line(&mut line).await.expect("a header");
            if line == "\r\n" {
                break;
            }
            if let Some((name, value)) = line.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().expect("a length");
            }
        }
        let mut body = vec![0; length];
        self.stream.read_exact(&mut body).await.expect("a body");
        status
    }
}

fn ballot(code: &str, i: u64) -> String {
    let option = ["a", "b", "c", "d"][(i % 4) as usize];
    format!("{{\"choice\":{{\"single\":\"{option}\"}},\"code\":\"{code}\"}}")
}

type Codes = Arc<std::sync::Mutex<Vec<String>>>;

fn next_code(codes: &Codes) -> String {
    codes.lock().expect("codes").pop().expect("enough codes")
}

async fn sustained(address: SocketAddr, codes: Codes, connections: usize, seconds: u64) -> f64 {
    let acked = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|_| {
            let (codes, acked) = (Arc::clone(&codes), Arc::clone(&acked));
            tokio::spawn(async move {
                let mut connection = Connection::open(address).await;
                let mut i = 0;
                while Instant::now() < until {
                    let code = next_code(&codes);
                    assert_eq!(connection.send("POST", "/api/v1/polls/bench/ballots", &ballot(&code, i)).await, 201);
                    acked.fetch_add(1, Ordering::Relaxed);
                    i += 1;
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a client");
    }
    acked.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}

/// Ballots due at `rate` per second over 32 connections; latency from when each was due.
async fn fixed_rate(address: SocketAddr, codes: Codes, rate: u64, seconds: u64) -> (Duration, Duration, f64) {
    let connections = 32_u64;
    let per_connection = Duration::from_secs_f64(connections as f64 / rate as f64);
    let count = rate * seconds / connections;
    let started = Instant::now() + Duration::from_millis(50);
    let tasks: Vec<_> = (0..connections)
        .map(|c| {
            let codes = Arc::clone(&codes);
            tokio::spawn(async move {
                let mut connection = Connection::open(address).await;
                let offset = per_connection.mul_f64(c as f64 / connections as f64);
                let mut latencies = Vec::new();
                for i in 0..count {
                    let due = started + offset + per_connection.mul_f64(i as f64);
                    tokio::time::sleep_until(due.into()).await;
                    let code = next_code(&codes);
                    assert_eq!(connection.send("POST", "/api/v1/polls/bench/ballots", &ballot(&code, i)).await, 201);
                    latencies.push(due.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.expect("a client"));
    }
    let rate = all.len() as f64 / started.elapsed().as_secs_f64();
    all.sort();
    (all[all.len() / 2], all[all.len() * 99 / 100], rate)
}

async fn tally_reads(address: SocketAddr, connections: usize, seconds: u64) -> f64 {
    let reads = Arc::new(AtomicU64::new(0));
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..connections)
        .map(|_| {
            let reads = Arc::clone(&reads);
            tokio::spawn(async move {
                let mut connection = Connection::open(address).await;
                while Instant::now() < until {
                    assert_eq!(connection.send("GET", "/api/v1/polls/bench", "").await, 200);
                    reads.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("a client");
    }
    reads.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64()
}
