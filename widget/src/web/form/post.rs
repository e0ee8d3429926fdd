//! Sending a ballot to the vote endpoint from the browser: the request (JSON, no
//! cookies), and this browser's token for open polls.

use wasm_bindgen::JsCast;

use super::{remember, remembered};

/// The endpoint's answer: its status and JSON body; `None` when it could not be reached.
pub(super) type Answer = Option<(u16, wasm_bindgen::JsValue)>;

/// Posts `body` as JSON to `url`, without cookies.
pub(super) async fn post(url: &str, body: &str) -> Answer {
    use wasm_bindgen_futures::JsFuture;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    init.set_mode(web_sys::RequestMode::Cors);
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let headers = web_sys::Headers::new().ok()?;
    headers.set("content-type", "application/json").ok()?;
    init.set_headers(&headers);
    let response: web_sys::Response =
        JsFuture::from(web_sys::window()?.fetch_with_str_and_init(url, &init)).await.ok()?.unchecked_into();
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string().unwrap_or_default();
    Some((response.status(), js_sys::JSON::parse(&text).unwrap_or(wasm_bindgen::JsValue::NULL)))
}

/// This browser's token for open polls at the endpoint `url`: 24 random bytes in hex,
/// made once and kept.
pub(super) fn browser_token(url: &str) -> String {
    let key = format!("cairn-token:{url}");
    if let Some(token) = remembered(&key).filter(|t| t.len() == 48) {
        return token;
    }
    let mut bytes = [0_u8; 24];
    let crypto = web_sys::window().and_then(|w| w.crypto().ok());
    if crypto.is_none_or(|c| c.get_random_values_with_u8_array(&mut bytes).is_err()) {
        // Only where the page has no `crypto` (never in a browser that runs this module).
        bytes.iter_mut().for_each(|b| *b = (js_sys::Math::random() * 256.0) as u8);
    }
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    remember(&key, &token);
    token
}
