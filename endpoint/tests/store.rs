//! The store, the same suite on a real SQLite file and a real PostgreSQL server
//! (`CAIRN_TEST_POSTGRES`, which `scripts/with-postgres` sets: `scripts/test` runs the
//! tests inside it); and two endpoints on one PostgreSQL database agreeing on a tally.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use cairn_endpoint::keys::Keys;
use cairn_endpoint::polls::Polls;
use cairn_endpoint::store::Store;
use cairn_endpoint::store::writer::{Cast, Outcome, Writer};
use cairn_endpoint::{AppState, Limits, app, invite};
use cairn_model::{Choice, Electorate, Poll, Slug};
use tower::ServiceExt;

fn postgres_url() -> String {
    std::env::var("CAIRN_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!("CAIRN_TEST_POSTGRES is not set: run the tests with scripts/test, or scripts/with-postgres cargo test")
    })
}

/// A new, empty database on the test server.
async fn postgres() -> String {
    use sqlx::Executor;
    sqlx::any::install_default_drivers();
    let admin = postgres_url();
    let name = format!("cairn_test_{}", std::process::id() as u64 * 1000 + u64::from(rand_u16()));
    let pool = sqlx::AnyPool::connect(&admin).await.expect("the test server");
    pool.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).await.expect("a database");
    let (base, _) = admin.rsplit_once('/').expect("a database in the address");
    format!("{base}/{name}")
}

fn rand_u16() -> u16 {
    let mut bytes = [0; 2];
    getrandom::fill(&mut bytes).expect("randomness");
    u16::from_le_bytes(bytes)
}

fn cast(voter: &str, option: &str) -> Cast {
    Cast {
        poll: "rivers".into(),
        voter: voter.into(),
        choice: serde_json::to_string(&Choice::Single(Slug::new(option).expect("a name"))).expect("JSON"),
        at: 1_790_000_000,
        revocable: voter.starts_with("invite:"),
        address: None,
    }
}

/// The suite, on the database at `url`.
async fn suite(url: &str) {
    let store = Store::connect(url).await.expect("a database");
    // The schema is made once; connecting again changes nothing.
    let store = {
        drop(store);
        Store::connect(url).await.expect("the same database again")
    };
    let writer = Writer::spawn(store.clone());
    assert_eq!(writer.cast(cast("invite:a", "rhine")).await.expect("written"), Outcome::Recorded);
    assert_eq!(writer.cast(cast("invite:a", "loire")).await.expect("written"), Outcome::Changed);
    let ballots = store.ballots("rivers").await.expect("read");
    assert_eq!(ballots.len(), 1);
    assert_eq!(ballots[0].choice, Choice::Single(Slug::new("loire").expect("a name")));

    // A revoked code's ballot goes, and it casts no other.
    assert!(store.revoke("rivers", "invite:a").await.expect("revoked"));
    assert_eq!(writer.cast(cast("invite:a", "rhine")).await.expect("written"), Outcome::Revoked);
    assert!(store.ballots("rivers").await.expect("read").is_empty());

    // Open polls: two browsers per address and day, then no more.
    let open = |voter: &str| Cast { address: Some((20_000, "hash-1".into(), 2)), ..cast(voter, "rhine") };
    assert_eq!(writer.cast(open("browser:1")).await.expect("written"), Outcome::Recorded);
    assert_eq!(writer.cast(open("browser:2")).await.expect("written"), Outcome::Recorded);
    assert_eq!(writer.cast(open("browser:1")).await.expect("written"), Outcome::Changed);
    assert_eq!(writer.cast(open("browser:3")).await.expect("written"), Outcome::AddressLimit);

    // Many at once: each acknowledged, each stored once (group commit).
    let casts = (0..300).map(|i| {
        let writer = writer.clone();
        tokio::spawn(async move { writer.cast(cast(&format!("invite:{i:03}"), "danube")).await })
    });
    for done in casts.collect::<Vec<_>>() {
        assert_eq!(done.await.expect("a task").expect("written"), Outcome::Recorded);
    }
    let exported = store.export("rivers").await.expect("read");
    assert_eq!(exported.len(), 302);
    assert!(exported.windows(2).all(|w| w[0].voter < w[1].voter), "sorted by voter, each once");
    assert!(exported.iter().all(|b| b.cast_at == 1_790_000_000));

    // The day's key for addresses is one per day; two days later the old one is gone.
    let salt = store.salt(20_000).await.expect("a key");
    assert_eq!(store.salt(20_000).await.expect("a key"), salt);
    assert_ne!(store.salt(20_001).await.expect("a key"), salt);
    store.salt(20_003).await.expect("a key");
    assert_ne!(store.salt(20_000).await.expect("a new key"), salt, "the old key was deleted");
}

#[tokio::test]
async fn the_store_on_sqlite() {
    let dir = tempfile::tempdir().expect("temporary folder");
    suite(&format!("sqlite://{}", dir.path().join("votes.db").display())).await;
}

#[tokio::test]
async fn the_store_on_postgresql() {
    suite(&postgres().await).await;
}

#[tokio::test]
async fn a_bad_database_address_is_explained() {
    let err = Store::connect("mysql://nope").await.expect_err("refused");
    assert!(err.to_string().contains("use `sqlite://PATH` or `postgres://"), "{err}");
}

fn poll() -> Poll {
    common::poll("rivers", &["rhine", "danube"], Electorate::Invite, -1, 1)
}

#[tokio::test]
async fn two_endpoints_on_one_postgresql_database_agree() {
    let url = postgres().await;
    let keys = Keys::from_master(&[9; 32]);
    let limits = Limits { per_second: 10_000, burst: 10_000, ..Limits::default() };
    let mut apps = Vec::new();
    for _ in 0..2 {
        let store = Store::connect(&url).await.expect("the database");
        let polls = Polls::from_polls([poll()], &["https://goals.example.org"]);
        apps.push(app(AppState::new(polls, store, keys.clone(), limits.clone())));
    }
    let request = |body: String| {
        let mut r = Request::post("/api/v1/polls/rivers/ballots")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body))
            .expect("a request");
        r.extensions_mut().insert(ConnectInfo("192.0.2.1:5000".parse::<SocketAddr>().expect("an address")));
        r
    };
    let mut sent = Vec::new();
    for i in 0..200 {
        let app = apps[i % 2].clone();
        let code = invite::issue(&keys, "rivers").expect("a code");
        let option = if i % 4 == 0 { "rhine" } else { "danube" };
        let body = serde_json::json!({ "choice": { "single": option }, "code": code }).to_string();
        let request = request(body);
        sent.push(tokio::spawn(async move { app.oneshot(request).await.expect("a response").status() }));
    }
    for status in sent {
        assert_eq!(status.await.expect("a task"), StatusCode::CREATED);
    }
    // Each instance sees the other's ballots within a refresh.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let mut tallies = Vec::new();
    for app in &apps {
        let response = app
            .clone()
            .oneshot(Request::get("/api/v1/polls/rivers").body(Body::empty()).expect("a request"))
            .await
            .expect("a response");
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("a body");
        let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
        tallies.push(doc["tally"].clone());
    }
    assert_eq!(tallies[0], tallies[1]);
    assert_eq!(tallies[0]["counts"], serde_json::json!([50, 150]));
    assert_eq!(tallies[0]["ballots"], 200);
}
