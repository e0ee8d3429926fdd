//! What a request must get past before it is read: the page's origin (a browser always
//! sends one with a cross-site POST; CORS alone does not stop a `text/plain` POST, so the
//! origin is checked here too), `application/json` (which also forces a CORS preflight),
//! and a rate limit per network address, with `Retry-After`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::error::ApiError;
use crate::polls::PollEntry;

/// Refuses a request whose `Origin` may not embed `entry` (requests without one come from
/// programs, not pages, and pass).
pub(crate) fn check_origin(entry: &PollEntry, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(origin) = headers.get(header::ORIGIN) else { return Ok(()) };
    let origin = origin.to_str().unwrap_or_default();
    if entry.origins.iter().any(|o| o.eq_ignore_ascii_case(origin)) {
        Ok(())
    } else {
        Err(ApiError::OriginNotAllowed(origin.chars().take(200).collect()))
    }
}

/// Refuses a body that is not declared `application/json`.
pub(crate) fn check_json(headers: &HeaderMap) -> Result<(), ApiError> {
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let essence = kind.split(';').next().unwrap_or_default().trim();
    if essence.eq_ignore_ascii_case("application/json") { Ok(()) } else { Err(ApiError::WrongContentType) }
}

/// The peer's address (unknown when the server was not started with connection info);
/// an IPv4 client of a dual-stack listener (`::ffff:a.b.c.d`) as IPv4.
pub(crate) fn peer(request: &Request) -> IpAddr {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |ConnectInfo(address)| address.ip().to_canonical())
}

/// Who a limit counts: an IPv4 address, or an IPv6 host's /64 (one host often has all of
/// it).
pub(crate) fn network(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(a) => {
            let s = a.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// Requests per address: a burst, refilled at a steady rate.
#[derive(Debug)]
pub(crate) struct RateLimit {
    limiter: DefaultKeyedRateLimiter<IpAddr>,
}

impl RateLimit {
    /// `per_second` requests a second, `burst` at once.
    pub(crate) fn new(per_second: u32, burst: u32) -> Self {
        let rate = NonZeroU32::new(per_second.max(1)).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
        Self { limiter: DefaultKeyedRateLimiter::keyed(Quota::per_second(rate).allow_burst(burst)) }
    }

    /// Forgets addresses that are back to a full burst (bounded memory).
    pub(crate) fn forget_idle(&self) {
        self.limiter.retain_recent();
    }
}

/// The rate-limit middleware.
pub(crate) async fn rate_limit(State(limit): State<Arc<RateLimit>>, request: Request, next: Next) -> Response {
    match limit.limiter.check_key(&network(peer(&request))) {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::RateLimited(wait.as_secs() + 1).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_ipv4_clients_of_dual_stack_listeners_and_ipv6_networks() {
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().expect("an address");
        assert_eq!(mapped.to_canonical(), "192.0.2.7".parse::<IpAddr>().expect("an address"));
        let (a, b): (IpAddr, IpAddr) =
            ("2001:db8:1:2::1".parse().expect("v6"), "2001:db8:1:2:ffff::9".parse().expect("v6"));
        assert_eq!(network(a), network(b));
        assert_ne!(network(a), network("2001:db8:1:3::1".parse().expect("v6")));
    }
}
