//! `docs/src/endpoint.openapi.json` is kept true: its paths answer in the router, its error
//! codes are exactly the endpoint's, and each code's status is among the documented
//! responses of casting a ballot.

mod common;

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Method, Request, StatusCode};
use cairn_endpoint::error::ApiError;
use cairn_endpoint::keys::Keys;
use cairn_endpoint::polls::Polls;
use cairn_endpoint::store::Store;
use cairn_endpoint::{AppState, Limits, app};
use cairn_model::Electorate;
use serde_json::Value;
use tower::ServiceExt;

fn document() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/src/endpoint.openapi.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the OpenAPI file")).expect("JSON")
}

#[test]
fn the_documented_codes_are_the_endpoints() {
    let doc = document();
    let listed: Vec<&str> = doc["components"]["schemas"]["Error"]["properties"]["code"]["enum"]
        .as_array()
        .expect("a list of codes")
        .iter()
        .map(|c| c.as_str().expect("text"))
        .collect();
    assert_eq!(listed, ApiError::CODES);
    let ballot = &doc["paths"]["/api/v1/polls/{poll}/ballots"]["post"]["responses"];
    for e in ApiError::examples() {
        let status = e.status().as_u16().to_string();
        assert!(ballot.get(&status).is_some(), "`{}` answers {status}, which is not documented", e.code());
    }
}

#[tokio::test]
async fn every_documented_path_answers() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let store = Store::connect(&format!("sqlite://{}", dir.path().join("v.db").display())).await.expect("a database");
    let poll = common::poll("rivers", &["a", "b"], Electorate::Open, 0, 0);
    let state = AppState::new(Polls::from_polls([poll], &[]), store, Keys::from_master(&[1; 32]), Limits::default());
    let router = app(state);
    let doc = document();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in ["get", "post"].into_iter().filter(|m| item.get(*m).is_some()) {
            let uri = path.replace("{poll}", "rivers");
            let (method, body) = match method {
                "post" => (Method::POST, r#"{"choice": {"single": "a"}, "token": "0123456789abcdefghijklmn"}"#),
                _ => (Method::GET, ""),
            };
            let mut request = Request::builder()
                .method(method.clone())
                .uri(&uri)
                .header("content-type", "application/json")
                .body(Body::from(body))
                .expect("a request");
            request.extensions_mut().insert(ConnectInfo("192.0.2.1:5000".parse::<SocketAddr>().expect("an address")));
            let response = router.clone().oneshot(request).await.expect("a response");
            let status = response.status();
            assert!(status == StatusCode::OK || status == StatusCode::CREATED, "{method} {uri}: {status}");
            let documented = &item[method.as_str().to_ascii_lowercase()]["responses"];
            assert!(documented.get(status.as_str()).is_some(), "{method} {uri} answers {status}, not documented");
        }
    }
}
