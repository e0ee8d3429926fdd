//! Voting at the vote endpoint, without the browser: where an `endpoint` poll's ballots
//! go, the request body (the model's choice, checked by the model, and the voter's invite
//! code or browser token), and what the endpoint's answers mean, in plain words.

use cairn_model::Choice;

use super::{Draft, Target, VoteSpec, bad, check};
use crate::data::{Json, Problem};

/// The endpoint target of an `endpoint` poll's document, when it names an endpoint.
pub(super) fn read_target<J: Json>(document: &J) -> Result<Option<Target>, Problem> {
    if document.field("backend").and_then(|b| b.text()).as_deref() != Some("endpoint") {
        return Ok(None);
    }
    let Some(url) = document.field("endpoint").and_then(|e| e.text()) else { return Ok(None) };
    if !url.starts_with("https://") && !url.starts_with("http://") {
        return Err(bad("`endpoint` is not a web address".to_owned()));
    }
    let url = if url.ends_with('/') { url } else { format!("{url}/") };
    let invite = document.field("electorate").and_then(|e| e.text()).as_deref() != Some("open");
    Ok(Some(Target::Endpoint { url, invite }))
}

/// Where the poll's ballots are posted.
pub fn ballots_url(url: &str, poll: &str) -> String {
    format!("{url}api/v1/polls/{poll}/ballots")
}

/// The poll's tally as server-sent events.
pub fn events_url(url: &str, poll: &str) -> String {
    format!("{url}api/v1/polls/{poll}/events")
}

/// The request body for `draft`, with the voter's invite `code` (invite polls) or the
/// browser's `token` (open polls); or what is missing, in the voter's words.
pub fn ballot_body(spec: &VoteSpec, draft: &Draft, code: &str, token: &str) -> Result<String, String> {
    let Target::Endpoint { invite, .. } = &spec.target else {
        return Err("This poll takes its votes by pull request.".to_owned());
    };
    let choice = draft.choice(&spec.poll)?;
    check(&spec.poll, &choice)?;
    let code = code.trim();
    let who = if *invite {
        if code.is_empty() {
            return Err("Enter your invite code.".to_owned());
        }
        format!("\"code\":{}", quote(code))
    } else {
        format!("\"token\":{}", quote(token))
    };
    Ok(format!("{{\"choice\":{},{who}}}", choice_json(&choice)))
}

/// The model's choice as the endpoint reads it (serde's form of [`Choice`]).
fn choice_json(choice: &Choice) -> String {
    let list = |ids: &[cairn_model::Slug]| ids.iter().map(|id| quote(id.as_str())).collect::<Vec<_>>().join(",");
    match choice {
        Choice::Single(id) => format!("{{\"single\":{}}}", quote(id.as_str())),
        Choice::Approval(ids) => format!("{{\"approval\":[{}]}}", list(ids)),
        Choice::Ranked(ids) => format!("{{\"ranked\":[{}]}}", list(ids)),
        Choice::Score(points) => {
            let points: Vec<String> = points.iter().map(|(id, n)| format!("{}:{n}", quote(id.as_str()))).collect();
            format!("{{\"score\":{{{}}}}}", points.join(","))
        }
    }
}

/// `text` as a JSON string.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What the form says after the endpoint took the ballot (`result`: `recorded` or
/// `changed`).
pub fn taken_text(result: &str) -> &'static str {
    if result == "changed" {
        "Your vote was changed. The result below follows the votes as they come in."
    } else {
        "Your vote is counted. The result below follows the votes as they come in."
    }
}

/// What the form says when the endpoint refused the ballot (its `code` and `message`), or
/// could not be reached (`status` 0).
pub fn refusal_text(status: u16, code: &str, message: &str) -> String {
    let words = match code {
        "poll-closed" => "This poll has closed; it takes no more votes.",
        "not-open-yet" => "This poll is not open yet.",
        "code-missing" => "Enter your invite code.",
        "code-invalid" => "That invite code is not valid for this poll. Check that you copied all of it.",
        "code-revoked" => "That invite code was withdrawn. Ask the poll's organisers for a new one.",
        "rate-limited" => "Too many tries from your network. Wait a minute, then vote again.",
        "address-limit" => {
            "Too many people voted from your network today. Try again tomorrow, or from another network."
        }
        "origin-not-allowed" => "This page may not send votes to this poll. Vote on the poll's own page.",
        _ if status == 0 => {
            "The vote endpoint could not be reached, or does not take votes from this page. \
             Check your connection, or vote on the poll's own page."
        }
        _ if !message.is_empty() => message,
        _ => "The vote endpoint could not take your vote. Try again later.",
    };
    words.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tests::json;

    const OPEN: &str = r#"{
      "schema_version": 1, "slug": "tile-style", "question": "Which map style?",
      "method": "score", "budget": 10, "opens": "2026-11-01", "closes": "2026-12-15",
      "options": [ { "id": "classic", "label": "Classic" }, { "id": "night", "label": "Night \"dark\"" } ],
      "backend": "endpoint", "electorate": "open", "endpoint": "https://votes.example.org"
    }"#;

    fn spec(text: &str) -> VoteSpec {
        VoteSpec::read(&json(text)).expect("readable").expect("an endpoint poll")
    }

    #[test]
    fn an_endpoint_poll_posts_the_models_choice_with_a_token_or_code() {
        let open = spec(OPEN);
        assert_eq!(open.target, Target::Endpoint { url: "https://votes.example.org/".into(), invite: false });
        let draft = Draft::Score(vec![Some(6), Some(4)]);
        assert_eq!(
            ballot_body(&open, &draft, "", "t0ken").as_deref(),
            Ok(r#"{"choice":{"score":{"classic":6,"night":4}},"token":"t0ken"}"#)
        );
        assert_eq!(
            ballot_body(&open, &Draft::Score(vec![Some(6), Some(5)]), "", "t"),
            Err("The ballot gives 11 points; this poll's budget is 10.".into())
        );
        let invite = spec(&OPEN.replace("\"open\"", "\"invite\"").replace("\"score\", \"budget\": 10", "\"approval\""));
        let draft = Draft::Approval(vec![true, true]);
        assert_eq!(ballot_body(&invite, &draft, "  ", "t"), Err("Enter your invite code.".into()));
        assert_eq!(
            ballot_body(&invite, &draft, " inv_a\"b\\ ", "t").as_deref(),
            Ok(r#"{"choice":{"approval":["classic","night"]},"code":"inv_a\"b\\"}"#)
        );
        assert_eq!(
            ballots_url("https://votes.example.org/", "tile-style"),
            "https://votes.example.org/api/v1/polls/tile-style/ballots"
        );
        assert_eq!(
            events_url("https://votes.example.org/", "tile-style"),
            "https://votes.example.org/api/v1/polls/tile-style/events"
        );
    }

    #[test]
    fn refusals_are_said_in_plain_words() {
        assert!(refusal_text(409, "poll-closed", "x").starts_with("This poll has closed"));
        assert!(refusal_text(429, "rate-limited", "x").contains("Wait a minute"));
        assert!(refusal_text(403, "code-invalid", "x").contains("copied all of it"));
        assert_eq!(
            refusal_text(500, "internal-error", "The endpoint could not take the request."),
            "The endpoint could not take the request."
        );
        assert!(refusal_text(0, "", "").contains("could not be reached"));
        assert!(taken_text("changed").starts_with("Your vote was changed"));
    }

    #[test]
    fn an_endpoint_poll_without_an_endpoint_has_no_form() {
        let none = OPEN.replace("\"endpoint\": \"https://votes.example.org\"", "\"endpoint\": null");
        assert_eq!(VoteSpec::read(&json(&none)), Ok(None));
        let Err(Problem::BadData { reason }) = VoteSpec::read(&json(&OPEN.replace("https://votes", "javascript:x//")))
        else {
            panic!("a bad address")
        };
        assert!(reason.contains("`endpoint` is not a web address"), "{reason}");
    }
}
