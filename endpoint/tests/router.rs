//! The router, request by request (`oneshot`), on a real SQLite file: every refusal has
//! its status and stable code; accepted ballots show in the tally.

mod common;

use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode, header};
use cairn_endpoint::keys::Keys;
use cairn_endpoint::polls::Polls;
use cairn_endpoint::store::Store;
use cairn_endpoint::{AppState, Limits, app, invite};
use cairn_model::{Electorate, Poll};
use tower::ServiceExt;

const SITE: &str = "https://goals.example.org";
const FRIEND: &str = "https://lantern.example";

fn poll(slug: &str, electorate: Electorate, opens: i64, closes: i64) -> Poll {
    let poll = common::poll(slug, &["rhine", "danube", "loire"], electorate, opens, closes);
    Poll { origins: vec![FRIEND.to_owned()], ..poll }
}

struct Endpoint {
    app: Router,
    keys: Keys,
    store: Store,
    _dir: tempfile::TempDir,
}

async fn endpoint(limits: Limits) -> Endpoint {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}", dir.path().join("votes.db").display());
    let store = Store::connect(&url).await.expect("a database");
    let keys = Keys::from_master(&[3; 32]);
    let polls = Polls::from_polls(
        [
            poll("rivers", Electorate::Invite, -10, 10),
            poll("trails", Electorate::Open, -10, 10),
            poll("past", Electorate::Invite, -20, -1),
            poll("future", Electorate::Invite, 1, 20),
        ],
        &[SITE],
    );
    let state = AppState::new(polls, store.clone(), keys.clone(), limits);
    Endpoint { app: app(state), keys, store, _dir: dir }
}

fn ballot(poll: &str, body: &str) -> Request<Body> {
    request(poll, body, "application/json", "192.0.2.1")
}

fn request(poll: &str, body: &str, kind: &str, from: &str) -> Request<Body> {
    let mut request = Request::post(format!("/api/v1/polls/{poll}/ballots"))
        .header(header::CONTENT_TYPE, kind)
        .header(header::ORIGIN, SITE)
        .body(Body::from(body.to_owned()))
        .expect("a request");
    let peer: SocketAddr = format!("{from}:5000").parse().expect("an address");
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

impl Endpoint {
    async fn send(&self, request: Request<Body>) -> (StatusCode, serde_json::Value) {
        let response = self.app.clone().oneshot(request).await.expect("a response");
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.expect("a body");
        (status, serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null))
    }

    /// Asserts the refusal's status and code.
    async fn refused(&self, request: Request<Body>, status: StatusCode, code: &str) {
        let (got, body) = self.send(request).await;
        assert_eq!((got, body["code"].as_str()), (status, Some(code)), "{body}");
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()), "a message in words: {body}");
    }

    fn code(&self, poll: &str) -> String {
        invite::issue(&self.keys, poll).expect("a code")
    }

    async fn counts(&self, poll: &str) -> serde_json::Value {
        let request = Request::get(format!("/api/v1/polls/{poll}")).body(Body::empty()).expect("a request");
        let (status, body) = self.send(request).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body["tally"]["counts"].clone()
    }
}

fn vote(option: &str, code: &str) -> String {
    serde_json::json!({ "choice": { "single": option }, "code": code }).to_string()
}

#[tokio::test]
async fn an_invite_ballot_is_counted_and_its_code_may_change_it() {
    let e = endpoint(Limits::default()).await;
    let code = e.code("rivers");
    assert_eq!(
        e.send(ballot("rivers", &vote("rhine", &code))).await,
        (StatusCode::CREATED, serde_json::json!({ "result": "recorded" }))
    );
    assert_eq!(e.counts("rivers").await, serde_json::json!([1, 0, 0]));
    // The same code again: the voter changed their mind; still one ballot.
    assert_eq!(
        e.send(ballot("rivers", &vote("loire", &code))).await,
        (StatusCode::OK, serde_json::json!({ "result": "changed" }))
    );
    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    assert_eq!(e.counts("rivers").await, serde_json::json!([0, 0, 1]));
}

#[tokio::test]
async fn every_refusal_has_its_status_and_code() {
    let e = endpoint(Limits::default()).await;
    let code = e.code("rivers");
    e.refused(ballot("nowhere", &vote("rhine", &code)), StatusCode::NOT_FOUND, "unknown-poll").await;
    e.refused(ballot("rivers", "{\"choice\": "), StatusCode::BAD_REQUEST, "bad-json").await;
    e.refused(
        ballot("rivers", "{\"choice\": {\"single\": \"rhine\"}, \"extra\": 1}"),
        StatusCode::BAD_REQUEST,
        "bad-json",
    )
    .await;
    let plain = request("rivers", &vote("rhine", &code), "text/plain", "192.0.2.1");
    e.refused(plain, StatusCode::UNSUPPORTED_MEDIA_TYPE, "wrong-content-type").await;
    let huge = format!("{{\"choice\": {{\"single\": \"{}\"}}}}", "x".repeat(5000));
    e.refused(ballot("rivers", &huge), StatusCode::PAYLOAD_TOO_LARGE, "too-large").await;
    e.refused(ballot("rivers", &vote("seine", &code)), StatusCode::UNPROCESSABLE_ENTITY, "invalid-choice").await;
    let approval = serde_json::json!({ "choice": { "approval": ["rhine"] }, "code": code }).to_string();
    e.refused(ballot("rivers", &approval), StatusCode::UNPROCESSABLE_ENTITY, "invalid-choice").await;
    e.refused(ballot("past", &vote("rhine", &e.code("past"))), StatusCode::CONFLICT, "poll-closed").await;
    e.refused(ballot("future", &vote("rhine", &e.code("future"))), StatusCode::CONFLICT, "not-open-yet").await;
    e.refused(ballot("rivers", "{\"choice\": {\"single\": \"rhine\"}}"), StatusCode::UNAUTHORIZED, "code-missing")
        .await;
    e.refused(ballot("rivers", &vote("rhine", &code[..code.len() - 3])), StatusCode::FORBIDDEN, "code-invalid").await;
    let mut forged = code.clone();
    forged.replace_range(4..6, if forged[4..].starts_with("AA") { "BB" } else { "AA" });
    e.refused(ballot("rivers", &vote("rhine", &forged)), StatusCode::FORBIDDEN, "code-invalid").await;
    e.refused(ballot("rivers", &vote("rhine", &e.code("trails"))), StatusCode::FORBIDDEN, "code-invalid").await;
    let mut elsewhere = ballot("rivers", &vote("rhine", &code));
    elsewhere.headers_mut().insert(header::ORIGIN, "https://evil.example".parse().expect("a header"));
    e.refused(elsewhere, StatusCode::FORBIDDEN, "origin-not-allowed").await;
    e.refused(ballot("trails", "{\"choice\": {\"single\": \"rhine\"}}"), StatusCode::BAD_REQUEST, "token-missing")
        .await;
    // Nothing refused was stored.
    assert_eq!(e.counts("rivers").await, serde_json::json!([0, 0, 0]));
}

#[tokio::test]
async fn a_revoked_code_casts_nothing_and_its_ballot_goes() {
    let e = endpoint(Limits::default()).await;
    let code = e.code("rivers");
    assert_eq!(e.send(ballot("rivers", &vote("rhine", &code))).await.0, StatusCode::CREATED);
    let id = invite::code_id(&code).expect("a code's id");
    assert!(e.store.revoke("rivers", &id).await.expect("revoked"), "it had voted");
    e.refused(ballot("rivers", &vote("danube", &code)), StatusCode::FORBIDDEN, "code-revoked").await;
    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    assert_eq!(e.counts("rivers").await, serde_json::json!([0, 0, 0]));
}

#[tokio::test]
async fn an_open_poll_counts_browsers_and_limits_each_address() {
    let limits = Limits { voters_per_address: 2, ..Limits::default() };
    let e = endpoint(limits).await;
    let open = |token: &str| serde_json::json!({ "choice": { "single": "danube" }, "token": token }).to_string();
    for token in ["browser-one-aaaaaaaaaaaaaa", "browser-two-aaaaaaaaaaaaaa"] {
        assert_eq!(e.send(ballot("trails", &open(token))).await.0, StatusCode::CREATED);
    }
    // The same browser again changes its ballot; a third browser on the address is refused.
    assert_eq!(e.send(ballot("trails", &open("browser-one-aaaaaaaaaaaaaa"))).await.0, StatusCode::OK);
    let third = open("browser-three-aaaaaaaaaaaa");
    e.refused(ballot("trails", &third), StatusCode::TOO_MANY_REQUESTS, "address-limit").await;
    assert_eq!(e.send(request("trails", &third, "application/json", "198.51.100.7")).await.0, StatusCode::CREATED);
    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    assert_eq!(e.counts("trails").await, serde_json::json!([0, 3, 0]));
}

#[tokio::test]
async fn too_many_requests_get_429_with_retry_after() {
    let e = endpoint(Limits { per_second: 1, burst: 3, ..Limits::default() }).await;
    let code = e.code("rivers");
    for _ in 0..3 {
        assert_ne!(e.send(ballot("rivers", &vote("rhine", &code))).await.0, StatusCode::TOO_MANY_REQUESTS);
    }
    let response = e.app.clone().oneshot(ballot("rivers", &vote("rhine", &code))).await.expect("a response");
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = response.headers()[header::RETRY_AFTER].to_str().expect("text").parse().expect("seconds");
    assert!((1..=2).contains(&retry), "{retry}");
    // Another address is not limited.
    assert_ne!(
        e.send(request("rivers", &vote("rhine", &code), "application/json", "203.0.113.9")).await.0,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn cors_answers_the_polls_origins_only() {
    let e = endpoint(Limits::default()).await;
    let preflight = |origin: &str| {
        let mut r = Request::options("/api/v1/polls/rivers/ballots")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
            .body(Body::empty())
            .expect("a request");
        r.extensions_mut().insert(ConnectInfo("192.0.2.1:5000".parse::<SocketAddr>().expect("an address")));
        r
    };
    for (origin, allowed) in [(FRIEND, true), (SITE, true), ("https://evil.example", false)] {
        let response = e.app.clone().oneshot(preflight(origin)).await.expect("a response");
        let given = response
            .headers()
            .get(header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .map(|v| v.to_str().unwrap_or_default().to_owned());
        assert_eq!(given.as_deref() == Some(origin), allowed, "{origin}: {given:?}");
        assert!(response.headers().get(header::ACCESS_CONTROL_ALLOW_CREDENTIALS).is_none(), "never credentials");
    }
}

#[tokio::test]
async fn health_and_unknown_addresses() {
    let e = endpoint(Limits::default()).await;
    let (status, body) = e.send(Request::get("/healthz").body(Body::empty()).expect("a request")).await;
    assert_eq!((status, body["status"].as_str()), (StatusCode::OK, Some("ok")));
    let (status, body) = e.send(Request::get("/api/v1/polls/nowhere").body(Body::empty()).expect("a request")).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::NOT_FOUND, Some("unknown-poll")));
}

#[tokio::test]
async fn a_failing_database_is_an_internal_error_without_details() {
    let e = endpoint(Limits::default()).await;
    // Another connection to the same file takes the table away.
    let url = format!("sqlite://{}", e._dir.path().join("votes.db").display());
    let pool = sqlx::AnyPool::connect(&url).await.expect("the database");
    sqlx::Executor::execute(&pool, "DROP TABLE ballots").await.expect("dropped");
    let (status, body) = e.send(ballot("rivers", &vote("rhine", &e.code("rivers")))).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::INTERNAL_SERVER_ERROR, Some("internal-error")), "{body}");
    let text = body.to_string();
    assert!(!text.contains("ballots") && !text.contains("table") && !text.contains("SQL"), "no details: {text}");
    let request = Request::get("/api/v1/polls/rivers").body(Body::empty()).expect("a request");
    let (status, body) = e.send(request).await;
    assert_eq!((status, body["code"].as_str()), (StatusCode::INTERNAL_SERVER_ERROR, Some("internal-error")));
}

#[tokio::test]
async fn event_streams_end_when_the_endpoint_closes() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::connect(&format!("sqlite://{}", dir.path().join("v.db").display())).await.expect("a database");
    let polls = Polls::from_polls([poll("rivers", Electorate::Invite, -1, 1)], &[SITE]);
    let state = AppState::new(polls, store, Keys::from_master(&[3; 32]), Limits::default());
    let mut request = Request::get("/api/v1/polls/rivers/events").body(Body::empty()).expect("a request");
    request.extensions_mut().insert(ConnectInfo("192.0.2.1:5000".parse::<SocketAddr>().expect("an address")));
    let response = app(state.clone()).oneshot(request).await.expect("a response");
    assert_eq!(response.status(), StatusCode::OK);
    let reading = tokio::spawn(axum::body::to_bytes(response.into_body(), 1 << 20));
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    state.close();
    let body = tokio::time::timeout(std::time::Duration::from_secs(2), reading)
        .await
        .expect("the stream ends")
        .expect("a task")
        .expect("a body");
    let text = String::from_utf8_lossy(&body);
    assert_eq!(text.matches("event: tally").count(), 1, "the tally once: {text}");
}
