//! Each poll's tally, as the API gives it: computed by `cairn-model` from the stored
//! ballots, kept for a moment so that many readers cost one query, and pushed to event
//! stream subscribers when it changes. A ballot written here marks its poll's tally stale
//! at once; ballots written by other instances (PostgreSQL) show within [`REFRESH`].

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::{Mutex, broadcast};

use crate::polls::PollEntry;
use crate::store::{Store, StoreError};

/// How long a tally is served without looking at the database when nothing changed here.
pub(crate) const REFRESH: Duration = Duration::from_secs(1);
/// How long a stale tally is still served while ballots stream in (one query per this).
const STALE_OK: Duration = Duration::from_millis(200);

#[derive(Serialize)]
struct TallyDoc<'a> {
    schema_version: u32,
    poll: &'a str,
    status: cairn_model::PollPhase,
    opens: cairn_model::Date,
    closes: cairn_model::Date,
    electorate: &'a cairn_model::Electorate,
    /// The result in words, one row per option, best first (as the poll's page shows it).
    results: Vec<cairn_model::tally::ResultRow>,
    tally: &'a cairn_model::Tally,
}

struct Cached {
    json: Arc<str>,
    /// When its query started.
    made: Instant,
    stale: bool,
    /// When a ballot last made it stale.
    touched: Option<Instant>,
}

/// The tallies, and their subscribers. The cache's lock is never held across a query
/// (marking a tally stale after a ballot never waits); one tally is computed at a time.
#[derive(Default)]
pub(crate) struct Tallies {
    cached: std::sync::Mutex<HashMap<String, Cached>>,
    computing: Mutex<()>,
    events: std::sync::Mutex<HashMap<String, broadcast::Sender<Arc<str>>>>,
}

impl Tallies {
    fn cached(&self) -> std::sync::MutexGuard<'_, HashMap<String, Cached>> {
        self.cached.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The cached tally of `slug`, while it may still be served.
    fn fresh(&self, slug: &str) -> Option<Arc<str>> {
        let cached = self.cached();
        let c = cached.get(slug)?;
        let age = c.made.elapsed();
        (age < STALE_OK || (!c.stale && age < REFRESH)).then(|| Arc::clone(&c.json))
    }

    /// The tally of `entry` as JSON.
    pub(crate) async fn get(&self, store: &Store, entry: &PollEntry) -> Result<Arc<str>, StoreError> {
        let slug = entry.poll.slug.as_str();
        if let Some(json) = self.fresh(slug) {
            return Ok(json);
        }
        // One tally is computed at a time; meanwhile readers get the one there is.
        let _one_at_a_time = match self.computing.try_lock() {
            Ok(guard) => guard,
            Err(_) => {
                if let Some(c) = self.cached().get(slug) {
                    return Ok(Arc::clone(&c.json));
                }
                self.computing.lock().await
            }
        };
        // Another reader may have computed it meanwhile.
        if let Some(json) = self.fresh(slug) {
            return Ok(json);
        }
        let made = std::time::Instant::now();
        let ballots = store.ballots(slug).await?;
        let tally = cairn_model::tally(&entry.poll, &ballots);
        let doc = TallyDoc {
            schema_version: cairn_model::SCHEMA_VERSION,
            poll: slug,
            status: entry.poll.phase(today()),
            opens: entry.poll.opens,
            closes: entry.poll.closes,
            electorate: &entry.poll.electorate,
            results: cairn_model::tally::result_rows(&entry.poll, &tally),
            tally: &tally,
        };
        let json: Arc<str> = serde_json::to_string(&doc).unwrap_or_default().into();
        let previous = {
            let mut cached = self.cached();
            // A ballot written while the query ran leaves the new tally stale.
            let stale = cached.get(slug).is_some_and(|c| c.touched.is_some_and(|t| t >= made));
            let new = Cached { json: Arc::clone(&json), made, stale, touched: None };
            cached.insert(slug.to_owned(), new)
        };
        if previous.is_none_or(|p| p.json != json) {
            self.publish(slug, &json);
        }
        Ok(json)
    }

    /// A ballot of `poll` was written here.
    pub(crate) fn touch(&self, poll: &str) {
        if let Some(c) = self.cached().get_mut(poll) {
            c.stale = true;
            c.touched = Some(Instant::now());
        }
    }

    /// The event stream of `poll`'s tally.
    pub(crate) fn subscribe(&self, poll: &str) -> broadcast::Receiver<Arc<str>> {
        let mut events = self.events.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        events.entry(poll.to_owned()).or_insert_with(|| broadcast::channel(16).0).subscribe()
    }

    fn publish(&self, poll: &str, json: &Arc<str>) {
        let events = self.events.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(sender) = events.get(poll) {
            let _ = sender.send(Arc::clone(json));
        }
    }

    /// The polls someone is subscribed to (closed streams are forgotten).
    pub(crate) fn watched(&self) -> Vec<String> {
        let mut events = self.events.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        events.retain(|_, sender| sender.receiver_count() > 0);
        events.keys().cloned().collect()
    }
}

/// Today in UTC: poll windows are in UTC days.
pub(crate) fn today() -> cairn_model::Date {
    jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date()
}
