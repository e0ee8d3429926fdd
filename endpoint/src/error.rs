//! The endpoint's refusals: each has an HTTP status, a stable `code` that clients (the
//! widget) match on, and a message in plain words. Internal errors are logged by the
//! caller and answered with `internal-error`, never with their details.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// A refused request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// No endpoint poll has this name.
    #[error("there is no poll `{0}` here")]
    UnknownPoll(String),
    /// The body is not `application/json`.
    #[error("send the ballot as JSON, with `Content-Type: application/json`")]
    WrongContentType,
    /// The body is not the JSON of a ballot.
    #[error("the ballot is not valid JSON: {0}")]
    BadJson(String),
    /// The body is larger than a ballot can be.
    #[error("the request is larger than {0} bytes; a ballot is much smaller")]
    TooLarge(usize),
    /// The choice does not fit the poll.
    #[error("{0}")]
    InvalidChoice(String),
    /// The poll has not opened yet.
    #[error("this poll opens on {0}")]
    NotOpenYet(String),
    /// The poll has closed.
    #[error("this poll closed on {0}; ballots are no longer taken")]
    Closed(String),
    /// An invite poll, and no code was sent.
    #[error("this poll needs an invite code; ask the poll's organisers for one")]
    CodeMissing,
    /// The code is not one this endpoint issued for this poll.
    #[error("this invite code is not valid for this poll; check that it was copied whole")]
    CodeInvalid,
    /// The code was revoked.
    #[error("this invite code was withdrawn; ask the poll's organisers for a new one")]
    CodeRevoked,
    /// An open poll, and no browser token was sent.
    #[error("send a `token`: a random text of 22 to 64 letters, digits, `-` or `_`, kept by the browser")]
    TokenMissing,
    /// Too many browsers voted from one address today.
    #[error("too many ballots came from your network today; try again tomorrow")]
    AddressLimit,
    /// The page's origin may not embed this poll.
    #[error("pages on {0} may not send ballots to this poll")]
    OriginNotAllowed(String),
    /// Too many requests from one address.
    #[error("too many requests; try again in {0} seconds")]
    RateLimited(u64),
    /// Something failed inside the endpoint (details are logged, not sent).
    #[error("the endpoint could not take the request; try again later")]
    Internal,
}

impl ApiError {
    /// Every code, as `docs/src/endpoint.openapi.json` lists them.
    pub const CODES: &[&str] = &[
        "unknown-poll",
        "wrong-content-type",
        "bad-json",
        "too-large",
        "invalid-choice",
        "not-open-yet",
        "poll-closed",
        "code-missing",
        "code-invalid",
        "code-revoked",
        "token-missing",
        "address-limit",
        "origin-not-allowed",
        "rate-limited",
        "internal-error",
    ];

    /// One refusal of each kind (for tests and documentation checks).
    pub fn examples() -> Vec<Self> {
        vec![
            Self::UnknownPoll("p".into()),
            Self::WrongContentType,
            Self::BadJson("x".into()),
            Self::TooLarge(4096),
            Self::InvalidChoice("x".into()),
            Self::NotOpenYet("2026-01-01".into()),
            Self::Closed("2026-01-01".into()),
            Self::CodeMissing,
            Self::CodeInvalid,
            Self::CodeRevoked,
            Self::TokenMissing,
            Self::AddressLimit,
            Self::OriginNotAllowed("https://x.example".into()),
            Self::RateLimited(1),
            Self::Internal,
        ]
    }

    /// The stable code clients match on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownPoll(_) => "unknown-poll",
            Self::WrongContentType => "wrong-content-type",
            Self::BadJson(_) => "bad-json",
            Self::TooLarge(_) => "too-large",
            Self::InvalidChoice(_) => "invalid-choice",
            Self::NotOpenYet(_) => "not-open-yet",
            Self::Closed(_) => "poll-closed",
            Self::CodeMissing => "code-missing",
            Self::CodeInvalid => "code-invalid",
            Self::CodeRevoked => "code-revoked",
            Self::TokenMissing => "token-missing",
            Self::AddressLimit => "address-limit",
            Self::OriginNotAllowed(_) => "origin-not-allowed",
            Self::RateLimited(_) => "rate-limited",
            Self::Internal => "internal-error",
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::UnknownPoll(_) => StatusCode::NOT_FOUND,
            Self::WrongContentType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BadJson(_) | Self::TokenMissing => StatusCode::BAD_REQUEST,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::InvalidChoice(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Self::NotOpenYet(_) | Self::Closed(_) => StatusCode::CONFLICT,
            Self::CodeMissing => StatusCode::UNAUTHORIZED,
            Self::CodeInvalid | Self::CodeRevoked | Self::OriginNotAllowed(_) => StatusCode::FORBIDDEN,
            Self::AddressLimit | Self::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

#[derive(Serialize)]
struct Body<'a> {
    code: &'a str,
    message: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status(), Json(Body { code: self.code(), message: self.to_string() })).into_response();
        if let Self::RateLimited(seconds) = self {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::ApiError;

    #[test]
    fn every_kind_of_refusal_has_a_listed_code() {
        let codes: Vec<&str> = ApiError::examples().iter().map(ApiError::code).collect();
        assert_eq!(codes, ApiError::CODES);
        // A new variant must be added to `examples` (and so to `CODES`): this match has
        // no wildcard.
        for e in ApiError::examples() {
            match e {
                ApiError::UnknownPoll(_)
                | ApiError::WrongContentType
                | ApiError::BadJson(_)
                | ApiError::TooLarge(_)
                | ApiError::InvalidChoice(_)
                | ApiError::NotOpenYet(_)
                | ApiError::Closed(_)
                | ApiError::CodeMissing
                | ApiError::CodeInvalid
                | ApiError::CodeRevoked
                | ApiError::TokenMissing
                | ApiError::AddressLimit
                | ApiError::OriginNotAllowed(_)
                | ApiError::RateLimited(_)
                | ApiError::Internal => {}
            }
        }
    }
}
