//! The browser side: the functions `cairn.js` calls for each element, the cards as leptos
//! views inside the element's shadow root (with the widget's own stylesheet), and fetching
//! the site's JSON. Every failure ends as a readable message in the card.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

use crate::attrs::{self, GoalFilter, Theme};
use crate::card::{GoalCard, NO_PROGRESS, PollCard};
use crate::data::{self, Goal, Json, Poll, Problem};
use crate::spark;

mod form;
mod live;

/// The widget's stylesheet, put inside every shadow root.
const STYLE: &str = include_str!("widget.css");

/// Renders a `<cairn-goal>` into `shadow` (with `history`, a sparkline of its progress
/// over time). `script` is the address of `cairn.js`; `early` is the loader's fetch of
/// the goal's JSON (a promise of a response, or `null`); the other arguments are the
/// element's attributes.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments, reason = "one argument per attribute, as cairn.js passes them")]
pub fn mount_goal(
    shadow: ShadowRoot,
    script: String,
    early: JsValue,
    site: Option<String>,
    goal: Option<String>,
    theme: Option<String>,
    compact: Option<String>,
    history: Option<String>,
) {
    let compact = attrs::flag(compact.as_deref());
    let with_history = attrs::flag(history.as_deref()) && !compact;
    let theme = Theme::parse(theme.as_deref());
    let target = attrs::site(site.as_deref(), &script, resolve)
        .and_then(|site| Ok((site, attrs::slug("cairn-goal", "goal", goal.as_deref())?)));
    wasm_bindgen_futures::spawn_local(async move {
        let goal = match target {
            Err(e) => Err(Problem::from(e)),
            Ok((site, slug)) => {
                let url = format!("{site}api/v1/goals/{slug}.json");
                let what = format!("goal \"{slug}\"");
                fetch(url, what, early).await.and_then(|document| {
                    let goal = Goal::read_document(&document)?;
                    let series = if with_history { spark::read(&document)? } else { Vec::new() };
                    Ok((goal, spark::spark(&series)))
                })
            }
        };
        mount(shadow, theme, compact, move || match goal {
            Ok((goal, line)) => goal_card(&GoalCard::new(&goal, compact), line),
            Err(p) => problem(&p),
        });
    });
}

/// Renders a `<cairn-goals>` (a list of goal cards) into `shadow`; arguments as for
/// [`mount_goal`].
#[wasm_bindgen]
#[allow(clippy::too_many_arguments, reason = "one argument per attribute, as cairn.js passes them")]
pub fn mount_goals(
    shadow: ShadowRoot,
    script: String,
    early: JsValue,
    site: Option<String>,
    community: Option<String>,
    status: Option<String>,
    limit: Option<String>,
    theme: Option<String>,
    compact: Option<String>,
) {
    let compact = attrs::flag(compact.as_deref());
    let theme = Theme::parse(theme.as_deref());
    let target = attrs::site(site.as_deref(), &script, resolve)
        .and_then(|site| Ok((site, GoalFilter::parse(community.as_deref(), status.as_deref(), limit.as_deref())?)));
    wasm_bindgen_futures::spawn_local(async move {
        let goals = match target {
            Err(e) => Err(Problem::from(e)),
            Ok((site, filter)) => {
                let url = format!("{site}api/v1/goals.json");
                let document = fetch(url, "goal list".to_owned(), early).await;
                document.and_then(|document| data::read_goals(&document)).map(|all| (all, filter))
            }
        };
        mount(shadow, theme, compact, move || match goals {
            Ok((all, filter)) => {
                let chosen = data::select(&all, &filter);
                if chosen.is_empty() {
                    return view! { <p class="message" role="status">"No goals match."</p> }.into_any();
                }
                let cards = chosen
                    .into_iter()
                    .map(|g| view! { <li>{goal_card(&GoalCard::new(g, compact), None)}</li> })
                    .collect_view();
                view! { <ul class="list">{cards}</ul> }.into_any()
            }
            Err(p) => problem(&p),
        });
    });
}

/// Renders a `<cairn-poll>` into `shadow`: the results, the vote form while a `pr` poll is
/// open (not on a compact card), and a link to the poll's page; with `only="vote"`, the
/// form alone. Arguments as for [`mount_goal`].
#[wasm_bindgen]
#[allow(clippy::too_many_arguments, reason = "one argument per attribute, as cairn.js passes them")]
pub fn mount_poll(
    shadow: ShadowRoot,
    script: String,
    early: JsValue,
    site: Option<String>,
    poll: Option<String>,
    theme: Option<String>,
    compact: Option<String>,
    only: Option<String>,
) {
    let compact = attrs::flag(compact.as_deref());
    let theme = Theme::parse(theme.as_deref());
    let target = attrs::site(site.as_deref(), &script, resolve).and_then(|site| {
        Ok((site, attrs::slug("cairn-poll", "poll", poll.as_deref())?, attrs::only_vote(only.as_deref())?))
    });
    wasm_bindgen_futures::spawn_local(async move {
        let (poll, only_vote) = match target {
            Err(e) => (Err(Problem::from(e)), false),
            Ok((site, slug, only_vote)) => {
                let url = format!("{site}api/v1/polls/{slug}.json");
                let what = format!("poll \"{slug}\"");
                (fetch(url, what, early).await.and_then(|document| Poll::read_document(&document)), only_vote)
            }
        };
        let root = shadow.clone();
        let form =
            poll.as_ref().ok().and_then(|p| p.vote.clone().filter(|_| p.status == data::PollStatus::Open && !compact));
        let has_form = form.is_some();
        // An endpoint poll's result moves as votes come in: the card follows it.
        let live = poll.as_ref().ok().and_then(|p| match &p.vote {
            Some(spec) if p.status != data::PollStatus::Upcoming => match &spec.target {
                crate::vote::Target::Endpoint { url, .. } => Some((url.clone(), p.slug.clone())),
                crate::vote::Target::Pr { .. } => None,
            },
            _ => None,
        });
        let is_live = live.is_some();
        mount(shadow, theme, compact, move || match poll {
            Ok(_) if only_vote && has_form => view! {
                <div class="card">
                    <div id="vote-slot"></div>
                    {is_live.then(|| view! {
                        <ul class="results" id="results" aria-label="Live result"></ul>
                        <p class="due" id="live" role="status"></p>
                    })}
                </div>
            }
            .into_any(),
            Ok(_) if only_vote => {
                view! { <p class="message" role="status">"This poll takes no votes here now."</p> }.into_any()
            }
            Ok(poll) => poll_card(&PollCard::new(&poll, compact), has_form, is_live),
            Err(p) => problem(&p),
        });
        if let (Some(spec), Some(slot)) = (form, root.get_element_by_id("vote-slot")) {
            let form_root = root.clone();
            leptos::mount::mount_to(slot.unchecked_into(), move || form::vote_form(spec, form_root)).forget();
        }
        if let Some((url, slug)) = live {
            live::follow(root, &url, &slug);
        }
    });
}

/// Replaces what `shadow` holds (the loader's "Loading…") with the stylesheet and
/// `content`, once the data is there: one render, nothing reactive to update later.
fn mount(shadow: ShadowRoot, theme: Theme, compact: bool, content: impl FnOnce() -> AnyView + 'static) {
    shadow.set_inner_html("");
    let class = format!("cairn {}{}", theme.class(), if compact { " compact" } else { "" });
    // A shadow root is not an element, but mounting only appends children to it.
    let handle = leptos::mount::mount_to(shadow.unchecked_into(), move || {
        view! {
            <style>{STYLE}</style>
            <div class=class>{content()}</div>
        }
    });
    handle.forget();
}

/// `given` as an absolute address, relative to the page.
fn resolve(given: &str) -> Option<String> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    web_sys::Url::new_with_base(given, &base).ok().map(|url| url.href())
}

/// Fetches a document and parses it with the browser's `JSON.parse`; `what` names it for
/// a 404 (`goal "ship-it"`). `early` is the loader's fetch, used when it is for `url`.
async fn fetch(url: String, what: String, early: JsValue) -> Result<JsValue, Problem> {
    use wasm_bindgen_futures::JsFuture;
    let early = match early.dyn_into::<js_sys::Promise>() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|r| r.dyn_into::<web_sys::Response>().ok()),
        Err(_) => None,
    };
    let response = match early.filter(|r| r.url() == url) {
        Some(response) => response,
        None => {
            let window = web_sys::window().ok_or(Problem::Network)?;
            JsFuture::from(window.fetch_with_str(&url)).await.map_err(|_| Problem::Network)?.unchecked_into()
        }
    };
    match response.status() {
        404 => return Err(Problem::NotFound { what }),
        200..=299 => {}
        status => return Err(Problem::Http { status }),
    }
    let text = response.text().map_err(|_| Problem::Network)?;
    let text = JsFuture::from(text).await.map_err(|_| Problem::Network)?.as_string().unwrap_or_default();
    js_sys::JSON::parse(&text).map_err(|_| Problem::BadData { reason: "it is not JSON".to_owned() })
}

impl Json for JsValue {
    fn field(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        let value = js_sys::Reflect::get(self, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined() && !value.is_null()).then_some(value)
    }
    fn text(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.is_array().then(|| js_sys::Array::from(self).iter().collect())
    }
}

fn problem(p: &Problem) -> AnyView {
    // `status`, not `alert`: a page with several cards must not interrupt its readers.
    view! { <p class="message problem" role="status">{p.message()}</p> }.into_any()
}

/// A goal card; `line`, its sparkline (`<cairn-goal history>`).
fn goal_card(card: &GoalCard, line: Option<spark::Spark>) -> AnyView {
    let bars = card
        .bars
        .iter()
        .map(|b| {
            let percent = b.percent;
            view! {
                <div class="bar">
                    <p class="bar-head">
                        <span>{b.label.clone()}</span>
                        <span class="bar-value">{format!("{percent}%")}</span>
                    </p>
                    <div
                        class="track"
                        role="progressbar"
                        aria-valuemin="0"
                        aria-valuemax="100"
                        aria-valuenow=percent.to_string()
                        aria-valuetext=format!("{percent}%: {}", b.text)
                        aria-label=b.name.clone()
                    >
                        <div class="fill" style:width=format!("{percent}%")></div>
                    </div>
                    <p class="bar-text">{b.text.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <article class="card">
            <p class="meta">{card.meta.clone()}</p>
            <h2 class="title"><a href=card.url.clone()>{card.title.clone()}</a></h2>
            {card.attention.clone().map(|a| view! { <p class="attention">{a}</p> })}
            {card.bars.is_empty().then(|| view! { <p class="bar-text">{NO_PROGRESS}</p> })}
            {bars}
            {(!card.parts.is_empty()).then(|| {
                let items = card.parts.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view();
                view! { <ul class="parts" aria-label="Its parts">{items}</ul> }
            })}
            {line.map(|l| {
                let label = l.text.clone();
                view! {
                    <svg class="spark" viewBox="0 0 100 24" preserveAspectRatio="none" role="img" aria-label=label>
                        <title>{l.text}</title>
                        <polyline points=l.points />
                    </svg>
                }
            })}
            {card.due.clone().map(|d| view! { <p class="due">{d}</p> })}
        </article>
    }
    .into_any()
}

/// A poll card; `form` leaves a place for the vote form, mounted there afterwards; `live`
/// marks the results as following the endpoint.
fn poll_card(card: &PollCard, form: bool, live: bool) -> AnyView {
    // With the form on the card, the link only leads to the details.
    let action = if form { "The poll's page" } else { card.action };
    let rows = card
        .rows
        .iter()
        .map(|r| {
            let percent = r.percent;
            view! {
                <li class="bar">
                    <p class="bar-head">
                        <span>{r.label.clone()}</span>
                        <span class="bar-value">{format!("{percent}%")}</span>
                    </p>
                    <div class="track" aria-hidden="true">
                        <div class="fill" style:width=format!("{percent}%")></div>
                    </div>
                    <p class="bar-text">{r.text.clone()}</p>
                </li>
            }
        })
        .collect_view();
    let details = card.details.iter().map(|d| view! { <p class="due">{d.clone()}</p> }).collect_view();
    view! {
        <article class="card poll">
            <p class="meta">{card.meta.clone()}</p>
            <h2 class="title"><a href=card.url.clone()>{card.question.clone()}</a></h2>
            {details}
            <ul class="results" id="results" aria-label="Results">{rows}</ul>
            {live.then(|| view! { <p class="due" id="live" role="status"></p> })}
            {form.then(|| view! { <div id="vote-slot"></div> })}
            <p class="action"><a href=card.url.clone()>{action}</a></p>
        </article>
    }
    .into_any()
}
