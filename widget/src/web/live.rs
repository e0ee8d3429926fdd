//! The live result of an `endpoint` poll: the card follows the endpoint's event stream
//! (`/api/v1/polls/<poll>/events`) and redraws its result rows, in the words and order
//! `cairn-model` gives them, with a line saying how many votes are in.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Document, Element, ShadowRoot};

use crate::data::{Bar, Json};

/// Follows `poll`'s tally at the endpoint `url`, for as long as the page is open.
pub(super) fn follow(root: ShadowRoot, url: &str, poll: &str) {
    let Ok(source) = web_sys::EventSource::new(&crate::vote::endpoint::events_url(url, poll)) else { return };
    let on_tally = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let Some(doc) = ev.data().as_string().and_then(|text| js_sys::JSON::parse(&text).ok()) else { return };
        let Ok(rows) = crate::data::bars(&doc, "results", "label") else { return };
        let ballots = doc.field("tally").and_then(|t| t.field("ballots")).and_then(|n| n.number()).unwrap_or(0.0);
        show(&root, &rows, ballots as u64);
    });
    let _ = source.add_event_listener_with_callback("tally", on_tally.as_ref().unchecked_ref());
    // Both live as long as the page; the browser reconnects the stream by itself.
    on_tally.forget();
    std::mem::forget(source);
}

fn show(root: &ShadowRoot, rows: &[Bar], ballots: u64) {
    let (Some(list), Some(document)) =
        (root.get_element_by_id("results"), web_sys::window().and_then(|w| w.document()))
    else {
        return;
    };
    list.set_text_content(None);
    for row in rows {
        if let Some(item) = row_element(&document, row) {
            let _ = list.append_child(&item);
        }
    }
    if let Some(live) = root.get_element_by_id("live") {
        let votes = if ballots == 1 { "1 vote".to_owned() } else { format!("{ballots} votes") };
        live.set_text_content(Some(&format!("Live result: {votes} so far.")));
    }
}

/// A result row, as the card draws the site's: label, percent, bar, words.
fn row_element(document: &Document, row: &Bar) -> Option<Element> {
    let element = |tag: &str, class: &str, text: Option<&str>| -> Option<Element> {
        let e = document.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(text);
        Some(e)
    };
    let item = element("li", "bar", None)?;
    let head = element("p", "bar-head", None)?;
    let label = element("span", "", Some(&row.label))?;
    let value = element("span", "bar-value", Some(&format!("{}%", row.percent)))?;
    head.append_child(&label).ok()?;
    head.append_child(&value).ok()?;
    let track = element("div", "track", None)?;
    track.set_attribute("aria-hidden", "true").ok()?;
    let fill = element("div", "fill", None)?;
    fill.set_attribute("style", &format!("width:{}%", row.percent)).ok()?;
    track.append_child(&fill).ok()?;
    item.append_child(&head).ok()?;
    item.append_child(&track).ok()?;
    let text = element("p", "bar-text", Some(&row.text))?;
    item.append_child(&text).ok()?;
    Some(item)
}
