//! The router: `GET /healthz`, `GET /api/v1/polls/{poll}` (the tally),
//! `POST /api/v1/polls/{poll}/ballots` and `GET /api/v1/polls/{poll}/events` (the tally
//! as server-sent events), behind CORS for each poll's origins, a body limit, timeouts and
//! a rate limit per address.

use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router, middleware};
use cairn_model::{Choice, Electorate, PollPhase};
use serde::Deserialize;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::TimeoutLayer;

use crate::error::ApiError;
use crate::guard::{RateLimit, check_json, check_origin, peer, rate_limit};
use crate::keys::Keys;
use crate::polls::{PollEntry, Polls};
use crate::store::writer::{Cast, Outcome, Writer};
use crate::store::{Store, StoreError};
use crate::tallies::{REFRESH, Tallies, today};

/// Limits on what one client may do.
#[derive(Debug, Clone)]
pub struct Limits {
    /// The largest request body, in bytes.
    pub body_bytes: usize,
    /// Requests per second per address, on average.
    pub per_second: u32,
    /// Requests per address at once.
    pub burst: u32,
    /// Voters per address, poll and day in open polls.
    pub voters_per_address: u32,
    /// The longest a request may take.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self { body_bytes: 4096, per_second: 5, burst: 20, voters_per_address: 20, timeout: Duration::from_secs(10) }
    }
}

/// What the handlers share.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    polls: RwLock<Polls>,
    store: Store,
    writer: Writer,
    keys: Keys,
    limits: Limits,
    tallies: Tallies,
    rate: Arc<RateLimit>,
    /// Today's key for hashing addresses, by day.
    salt: tokio::sync::Mutex<Option<(i64, Vec<u8>)>>,
    /// Set when the server stops: event streams end, so that it can.
    closing: tokio::sync::watch::Sender<bool>,
}

impl AppState {
    /// The state of an endpoint taking ballots for `polls` into `store`; starts the
    /// ballot writer and the tally refresher in the current tokio runtime.
    pub fn new(polls: Polls, store: Store, keys: Keys, limits: Limits) -> Self {
        let rate = Arc::new(RateLimit::new(limits.per_second, limits.burst));
        let inner = Inner {
            polls: RwLock::new(polls),
            writer: Writer::spawn(store.clone()),
            store,
            keys,
            limits,
            tallies: Tallies::default(),
            rate,
            salt: tokio::sync::Mutex::new(None),
            closing: tokio::sync::watch::Sender::new(false),
        };
        let state = Self(Arc::new(inner));
        let weak = Arc::downgrade(&state.0);
        tokio::spawn(async move {
            // Watched tallies follow other instances' ballots; idle addresses are forgotten;
            // every hour, address hashes and keys older than yesterday are deleted.
            let mut pruned = None;
            while let Some(inner) = weak.upgrade() {
                for poll in inner.tallies.watched() {
                    if let Some(entry) = lookup(&inner.polls, &poll) {
                        let _ = inner.tallies.get(&inner.store, &entry).await;
                    }
                }
                inner.rate.forget_idle();
                if pruned.is_none_or(|at: std::time::Instant| at.elapsed() > Duration::from_secs(3600)) {
                    if let Err(e) = inner.store.prune(jiff::Timestamp::now().as_second().div_euclid(86_400)).await {
                        log_error(&e);
                    }
                    pruned = Some(std::time::Instant::now());
                }
                drop(inner);
                tokio::time::sleep(REFRESH / 4).await;
            }
        });
        state
    }

    /// Ends the event streams, for the server to stop (they would keep it waiting).
    pub fn close(&self) {
        self.0.closing.send_replace(true);
    }

    /// Replaces the polls (after the site was built again).
    pub fn set_polls(&self, polls: Polls) {
        *self.0.polls.write().unwrap_or_else(std::sync::PoisonError::into_inner) = polls;
    }

    fn poll(&self, slug: &str) -> Result<Arc<PollEntry>, ApiError> {
        lookup(&self.0.polls, slug).ok_or_else(|| ApiError::UnknownPoll(slug.chars().take(100).collect()))
    }
}

fn lookup(polls: &RwLock<Polls>, slug: &str) -> Option<Arc<PollEntry>> {
    polls.read().unwrap_or_else(std::sync::PoisonError::into_inner).get(slug).cloned()
}

/// The endpoint's router.
pub fn app(state: AppState) -> Router {
    let limits = state.0.limits.clone();
    let for_cors = state.clone();
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin: &HeaderValue, parts| {
            let slug = parts.uri.path().strip_prefix("/api/v1/polls/").and_then(|rest| rest.split('/').next());
            let entry = slug.and_then(|s| lookup(&for_cors.0.polls, s));
            entry.is_some_and(|e| check_origin(&e, &HeaderMap::from_iter([(header::ORIGIN, origin.clone())])).is_ok())
        }))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(Duration::from_secs(3600));
    let timed = Router::new()
        .route("/healthz", get(healthz))
        .route("/api/v1/polls/{poll}", get(tally))
        .route("/api/v1/polls/{poll}/ballots", post(cast))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.timeout));
    Router::new()
        .route("/api/v1/polls/{poll}/events", get(events))
        .merge(timed)
        .fallback(|| async { ApiError::UnknownPoll(String::new()) })
        .layer(DefaultBodyLimit::max(limits.body_bytes))
        .layer(cors)
        .layer(middleware::from_fn_with_state(Arc::clone(&state.0.rate), rate_limit))
        .with_state(state)
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.0.store.ping().await {
        Ok(()) => Json(serde_json::json!({ "status": "ok" })).into_response(),
        Err(e) => internal(&e).into_response(),
    }
}

fn internal(e: &StoreError) -> ApiError {
    // The operator reads this; the client gets no details.
    log_error(e);
    ApiError::Internal
}

#[allow(clippy::print_stderr, reason = "the endpoint's log is its standard error")]
fn log_error(e: &StoreError) {
    eprintln!("error: {e}");
}

async fn tally(State(state): State<AppState>, Path(poll): Path<String>) -> Result<Response, ApiError> {
    let entry = state.poll(&poll)?;
    let json = state.0.tallies.get(&state.0.store, &entry).await.map_err(|e| internal(&e))?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json.to_string()).into_response())
}

async fn events(State(state): State<AppState>, Path(poll): Path<String>) -> Result<Response, ApiError> {
    let entry = state.poll(&poll)?;
    let updates = state.0.tallies.subscribe(&poll);
    let first = state.0.tallies.get(&state.0.store, &entry).await.map_err(|e| internal(&e))?;
    // The updates, each once (the first may also be published to the stream), until the
    // server stops: the closing signal becomes `None`, which ends the stream.
    let mut last = Arc::clone(&first);
    let updates = BroadcastStream::new(updates).filter_map(Result::ok).filter_map(move |json| {
        let new = json != last;
        last = Arc::clone(&json);
        new.then_some(Some(json))
    });
    let closing = tokio_stream::wrappers::WatchStream::from_changes(state.0.closing.subscribe()).map(|_| None);
    let stream =
        tokio_stream::once(Some(first)).chain(updates).merge(closing).take_while(Option::is_some).filter_map(|json| {
            json.map(|j| Ok::<_, std::convert::Infallible>(Event::default().event("tally").data(&*j)))
        });
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()).into_response())
}

/// A ballot as clients send it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BallotRequest {
    choice: Choice,
    /// For invite polls.
    code: Option<String>,
    /// For open polls: the browser's random token.
    token: Option<String>,
}

async fn cast(
    State(state): State<AppState>,
    Path(poll): Path<String>,
    headers: HeaderMap,
    request: Request,
) -> Result<Response, ApiError> {
    let entry = state.poll(&poll)?;
    check_origin(&entry, &headers)?;
    check_json(&headers)?;
    let address = peer(&request);
    let body = <Bytes as axum::extract::FromRequest<()>>::from_request(request, &()).await.map_err(
        |e: BytesRejection| match e.status() {
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::TooLarge(state.0.limits.body_bytes),
            _ => ApiError::BadJson(e.body_text()),
        },
    )?;
    let ballot: BallotRequest = serde_json::from_slice(&body).map_err(|e| ApiError::BadJson(e.to_string()))?;
    let p = &entry.poll;
    match p.phase(today()) {
        PollPhase::Upcoming => return Err(ApiError::NotOpenYet(p.opens.to_string())),
        PollPhase::Closed => return Err(ApiError::Closed(p.closes.to_string())),
        PollPhase::Open => {}
    }
    ballot.choice.check(p).map_err(|e| ApiError::InvalidChoice(e.to_string()))?;
    let now = jiff::Timestamp::now().as_second();
    let (voter, revocable, limit) = match &p.electorate {
        Electorate::Invite => {
            let code = ballot.code.as_deref().filter(|c| !c.trim().is_empty()).ok_or(ApiError::CodeMissing)?;
            let voter =
                crate::invite::verify(&state.0.keys, p.slug.as_str(), code).map_err(|_| ApiError::CodeInvalid)?;
            (voter, true, None)
        }
        Electorate::Open => {
            let voter = ballot.token.as_deref().and_then(crate::voter::browser_voter).ok_or(ApiError::TokenMissing)?;
            let day = now.div_euclid(86_400);
            let salt = state.salt(day).await.map_err(|e| internal(&e))?;
            let hash = crate::voter::address_hash(&salt, &address);
            (voter, false, Some((day, hash, state.0.limits.voters_per_address)))
        }
        // Polls for git hosts are not endpoint polls; `Polls` holds none.
        Electorate::Anyone | Electorate::List(_) => return Err(ApiError::UnknownPoll(poll)),
    };
    let choice = serde_json::to_string(&ballot.choice).map_err(|_| ApiError::Internal)?;
    let cast = Cast { poll: poll.clone(), voter, choice, at: now, revocable, address: limit };
    let outcome = state.0.writer.cast(cast).await.map_err(|e| internal(&e))?;
    let (status, result) = match outcome {
        Outcome::Recorded => (StatusCode::CREATED, "recorded"),
        Outcome::Changed => (StatusCode::OK, "changed"),
        Outcome::Revoked => return Err(ApiError::CodeRevoked),
        Outcome::AddressLimit => return Err(ApiError::AddressLimit),
    };
    state.0.tallies.touch(&poll);
    Ok((status, Json(serde_json::json!({ "result": result }))).into_response())
}

impl AppState {
    async fn salt(&self, day: i64) -> Result<Vec<u8>, StoreError> {
        let mut salt = self.0.salt.lock().await;
        if let Some((d, s)) = salt.as_ref()
            && *d == day
        {
            return Ok(s.clone());
        }
        let fresh = self.0.store.salt(day).await?;
        *salt = Some((day, fresh.clone()));
        Ok(fresh)
    }
}
