//! The network client behind `cairn measure`: `GET` of a JSON document with ureq (rustls),
//! with the API's headers and token, every failure turned into a [`MeasureProblem`]. An
//! API whose rate limit is used up is asked nothing more in the same run: the goals after
//! get the same problem at once (GitHub's searches have a limit of their own, kept apart).
//! A request that carries a token follows no redirect, so that the token goes only to the
//! address it was meant for.

use std::cell::RefCell;
use std::time::Duration;

use serde_json::Value;

use super::MeasureProblem;

/// The largest answer read (a search page, an issue, a JSON document).
const MAX_ANSWER: u64 = 8 * 1024 * 1024;

/// A request's headers beyond the client's own (a token, an API version).
pub(crate) type Headers = Vec<(&'static str, String)>;

/// A JSON answer and the address of the page after it, when the API paginates.
#[derive(Debug)]
pub(crate) struct Answer {
    pub(crate) json: Value,
    pub(crate) next: Option<String>,
}

/// One client for a whole run.
pub struct Client {
    /// For requests without a token: follows redirects.
    agent: ureq::Agent,
    /// For requests with a token: follows none.
    strict: ureq::Agent,
    /// APIs found rate-limited, with the problem each gave.
    limited: RefCell<Vec<(String, MeasureProblem)>>,
}

impl Client {
    /// A client whose requests time out after `timeout`.
    pub fn new(timeout: Duration) -> Self {
        let config = |redirects: u32| {
            ureq::Agent::config_builder()
                .timeout_global(Some(timeout))
                .http_status_as_error(false)
                .max_redirects(redirects)
                .max_redirects_will_error(false)
                .user_agent(concat!("cairn/", env!("CARGO_PKG_VERSION"), " (cairn measure)"))
                .build()
        };
        Self { agent: config(10).into(), strict: config(0).into(), limited: RefCell::new(Vec::new()) }
    }

    /// `GET url` as JSON; `api` is the API it belongs to (for its rate limit), and
    /// `with_token` whether `headers` carry one.
    pub(crate) fn json(
        &self,
        api: &str,
        url: &str,
        headers: &Headers,
        with_token: bool,
    ) -> Result<Answer, MeasureProblem> {
        let bucket = if url.contains("/search/") { format!("{api} search") } else { api.to_owned() };
        if let Some((_, problem)) = self.limited.borrow().iter().find(|(b, _)| *b == bucket) {
            return Err(problem.clone());
        }
        let agent = if with_token { &self.strict } else { &self.agent };
        let mut request = agent.get(url).header("Accept", "application/json");
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        let mut response = request.call().map_err(|e| unreachable(url, &e))?;
        let status = response.status().as_u16();
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let (remaining, reset, retry_after) =
            (header("x-ratelimit-remaining"), header("x-ratelimit-reset"), header("retry-after"));
        let next = header("link").as_deref().and_then(next_page);
        let location = header("location");
        let text = response.body_mut().with_config().limit(MAX_ANSWER).read_to_string();
        if status == 429 || (status == 403 && (remaining.as_deref() == Some("0") || retry_after.is_some())) {
            let resets = reset
                .and_then(|r| r.parse::<i64>().ok())
                .and_then(clock)
                .or_else(|| retry_after.map(|s| format!("{s} seconds from now")));
            let problem = MeasureProblem::RateLimited { api: api.to_owned(), resets, with_token };
            self.limited.borrow_mut().push((bucket, problem.clone()));
            return Err(problem);
        }
        if (300..400).contains(&status) {
            return Err(MeasureProblem::Unreachable {
                url: url.to_owned(),
                reason: format!(
                    "it redirects to `{}`, and a request with a token follows no redirect: name the address it moved to",
                    location.as_deref().unwrap_or("another address")
                ),
            });
        }
        let text = text.map_err(|e| unreachable(url, &e))?;
        if !(200..300).contains(&status) {
            let message = serde_json::from_str::<Value>(&text)
                .ok()
                .and_then(|v| v.get("message").and_then(Value::as_str).map(str::to_owned))
                .filter(|m| !m.is_empty());
            return Err(MeasureProblem::HttpError { url: url.to_owned(), status, message });
        }
        let json = serde_json::from_str(&text).map_err(|e| MeasureProblem::BadAnswer {
            url: url.to_owned(),
            reason: format!("the answer is not JSON ({e})"),
        })?;
        Ok(Answer { json, next })
    }
}

fn unreachable(url: &str, error: &ureq::Error) -> MeasureProblem {
    MeasureProblem::Unreachable { url: url.to_owned(), reason: error.to_string() }
}

/// The `rel="next"` address of a `Link` header (`<https://…?page=2>; rel="next", …`).
fn next_page(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let (target, params) = part.split_once(';')?;
        params.split(';').any(|p| p.trim() == "rel=\"next\"").then(|| target.trim().trim_matches(['<', '>']).to_owned())
    })
}

/// A Unix time as the clock reads it in UTC (`2026-12-04 14:05 UTC`).
fn clock(seconds: i64) -> Option<String> {
    let at = jiff::Timestamp::from_second(seconds).ok()?;
    Some(at.strftime("%Y-%m-%d %H:%M UTC").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_page_is_read_from_the_link_header() {
        let link = "<https://api.github.com/search/issues?q=x&page=2>; rel=\"next\", <https://api.github.com/search/issues?q=x&page=5>; rel=\"last\"";
        assert_eq!(next_page(link).as_deref(), Some("https://api.github.com/search/issues?q=x&page=2"));
        assert_eq!(next_page("<https://x/?page=1>; rel=\"prev\""), None);
        assert_eq!(clock(1_780_000_000).as_deref(), Some("2026-05-28 20:26 UTC"));
    }
}
