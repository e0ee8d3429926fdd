//! The browser side: the functions `cairn.js` calls for each element, the cards as leptos
//! views inside the element's shadow root (with the widget's own stylesheet), and fetching
//! the site's JSON. Every failure ends as a readable message in the card.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use web_sys::ShadowRoot;

use crate::attrs::{self, GoalFilter, Theme};
use crate::card::{GoalCard, NO_PROGRESS};
use crate::data::{self, Goal, Goals, Problem};

/// The widget's stylesheet, put inside every shadow root.
const STYLE: &str = include_str!("widget.css");

/// Renders a `<cairn-goal>` into `shadow`. `script` is the address of `cairn.js`; the
/// other arguments are the element's attributes.
#[wasm_bindgen]
pub fn mount_goal(
    shadow: ShadowRoot,
    script: String,
    site: Option<String>,
    goal: Option<String>,
    theme: Option<String>,
    compact: Option<String>,
) {
    let compact = attrs::flag(compact.as_deref());
    let target = attrs::site(site.as_deref(), &script, resolve)
        .and_then(|site| Ok((site, attrs::slug("cairn-goal", "goal", goal.as_deref())?)));
    mount(shadow, Theme::parse(theme.as_deref()), compact, move || match target {
        Err(e) => problem(&Problem::from(e)),
        Ok((site, slug)) => {
            let url = format!("{site}api/v1/goals/{slug}.json");
            let what = format!("goal \"{slug}\"");
            let goal = LocalResource::new(move || fetch::<Goal>(url.clone(), what.clone()));
            (move || match goal.get() {
                None => loading(),
                Some(Ok(goal)) => goal_card(&GoalCard::new(&goal, compact)),
                Some(Err(p)) => problem(&p),
            })
            .into_any()
        }
    });
}

/// Renders a `<cairn-goals>` (a list of goal cards) into `shadow`.
#[wasm_bindgen]
#[allow(clippy::too_many_arguments, reason = "one argument per attribute, as cairn.js passes them")]
pub fn mount_goals(
    shadow: ShadowRoot,
    script: String,
    site: Option<String>,
    community: Option<String>,
    status: Option<String>,
    limit: Option<String>,
    theme: Option<String>,
    compact: Option<String>,
) {
    let compact = attrs::flag(compact.as_deref());
    let target = attrs::site(site.as_deref(), &script, resolve)
        .and_then(|site| Ok((site, GoalFilter::parse(community.as_deref(), status.as_deref(), limit.as_deref())?)));
    mount(shadow, Theme::parse(theme.as_deref()), compact, move || match target {
        Err(e) => problem(&Problem::from(e)),
        Ok((site, filter)) => {
            let url = format!("{site}api/v1/goals.json");
            let goals = LocalResource::new(move || fetch::<Goals>(url.clone(), "goal list".to_owned()));
            (move || match goals.get() {
                None => loading(),
                Some(Ok(all)) => {
                    let chosen = data::select(&all.goals, &filter);
                    if chosen.is_empty() {
                        return view! { <p class="message" role="status">"No goals match."</p> }.into_any();
                    }
                    let cards = chosen
                        .into_iter()
                        .map(|g| view! { <li>{goal_card(&GoalCard::new(g, compact))}</li> })
                        .collect_view();
                    view! { <ul class="list">{cards}</ul> }.into_any()
                }
                Some(Err(p)) => problem(&p),
            })
            .into_any()
        }
    });
}

/// Replaces what `shadow` holds (the loader's placeholder) with the stylesheet and `content`.
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

/// Fetches and reads a document; `what` names it for a 404 (`goal "ship-it"`).
async fn fetch<T: DeserializeOwned>(url: String, what: String) -> Result<T, Problem> {
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|_| Problem::Network)?;
    match response.status() {
        404 => return Err(Problem::NotFound { what }),
        200..=299 => {}
        status => return Err(Problem::Http { status }),
    }
    let text = response.text().await.map_err(|_| Problem::Network)?;
    data::parse(&text)
}

fn loading() -> AnyView {
    view! { <p class="message" role="status">"Loading…"</p> }.into_any()
}

fn problem(p: &Problem) -> AnyView {
    view! { <p class="message problem" role="alert">{p.message()}</p> }.into_any()
}

fn goal_card(card: &GoalCard) -> AnyView {
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
            {card.attention.map(|a| view! { <p class="attention">{a}</p> })}
            {card.bars.is_empty().then(|| view! { <p class="bar-text">{NO_PROGRESS}</p> })}
            {bars}
            {card.due.clone().map(|d| view! { <p class="due">{d}</p> })}
        </article>
    }
    .into_any()
}
