//! What the endpoint's tests and its benchmark share: `single` polls of the endpoint, made
//! in code, with their window counted in days from today (UTC, as the endpoint counts).

use cairn_model::{Backend, Date, Electorate, Method, Poll, PollOption, Slug};

/// Today plus `offset` days, in UTC.
fn day(offset: i64) -> Date {
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
    today.checked_add(jiff::Span::new().days(offset)).expect("a date")
}

/// A `single` endpoint poll named `slug` with `options` (ids, which are their labels too),
/// open from `opens` to `closes` days from today.
pub(crate) fn poll(slug: &str, options: &[&str], electorate: Electorate, opens: i64, closes: i64) -> Poll {
    Poll {
        slug: Slug::new(slug).expect("a name"),
        question: "Which first?".into(),
        options: options
            .iter()
            .map(|id| PollOption { id: Slug::new(id).expect("a name"), label: (*id).to_owned() })
            .collect(),
        method: Method::Single,
        opens: day(opens),
        closes: day(closes),
        backend: Backend::Endpoint,
        electorate,
        goals: Vec::new(),
        origins: Vec::new(),
        path: String::new(),
        body: String::new(),
    }
}
