//! The vote form in the browser: rendered once by leptos (one control group per method:
//! radio buttons, checkboxes, a ranking moved with buttons, point fields; then, for a
//! `pr` poll, the voter's login and the button that opens the git host's prefilled "new
//! file" page; for an `endpoint` poll, the invite code or nothing, and the button that
//! posts the ballot), then kept up to date by its event handlers, which change only the
//! texts that move. Signals and reactive views would double the widget's size for a form
//! this small. What is valid, what the file says and what is posted is decided in
//! [`crate::vote`]. Logins and invite codes are remembered in `localStorage`, as is an
//! open poll's browser token.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::ShadowRoot;

use crate::vote::{self, Draft, Target, VoteSpec, endpoint};

mod post;
use post::{Answer, browser_token, post};

/// The form's state, shared by its handlers.
struct Form {
    spec: VoteSpec,
    draft: RefCell<Draft>,
    root: ShadowRoot,
    key: String,
}

impl Form {
    fn set_text(&self, id: &str, text: &str) {
        if let Some(e) = self.root.get_element_by_id(id) {
            e.set_text_content(Some(text));
        }
    }

    fn set_attr(&self, id: &str, name: &str, value: &str) {
        if let Some(e) = self.root.get_element_by_id(id) {
            let _ = e.set_attribute(name, value);
        }
    }

    /// The text in the field `id` (the login, the invite code).
    fn field(&self, id: &str) -> String {
        let input = self.root.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
        input.map(|i| i.value()).unwrap_or_default()
    }

    fn submit(self: &Rc<Self>) {
        if let Target::Endpoint { url, .. } = &self.spec.target {
            let code = self.field("vote-code");
            let body = endpoint::ballot_body(&self.spec, &self.draft.borrow(), &code, &browser_token(url));
            match body {
                Ok(body) => {
                    let (form, url) = (Rc::clone(self), endpoint::ballots_url(url, self.spec.poll.slug.as_str()));
                    self.set_text("vote-problem", "");
                    self.set_text("vote-done", "Sending your vote…");
                    // One ballot at a time: two quick clicks could commit in either order.
                    self.set_attr("vote-submit", "disabled", "");
                    wasm_bindgen_futures::spawn_local(async move { form.sent(post(&url, &body).await, &code) });
                }
                Err(message) => self.refused(&message),
            }
            return;
        }
        let host = self.spec.host();
        let login = self.field("vote-login");
        match vote::propose(&self.spec, &login, &self.draft.borrow()) {
            Ok(proposal) => {
                remember(&self.key, login.trim());
                if let Some(window) = web_sys::window() {
                    // `noopener`: the host's page gets no handle on this one.
                    let _ = window.open_with_url_and_target_and_features(&proposal.url, "_blank", "noopener");
                }
                self.set_text("vote-problem", "");
                self.set_text("vote-done", &vote::opened_text(host, &proposal.path));
                self.set_attr("vote-again", "href", &proposal.url);
                self.set_attr("vote-edit", "href", &proposal.edit_url);
                if let Some(again) = self.root.get_element_by_id("vote-again-line") {
                    let _ = again.remove_attribute("hidden");
                }
            }
            Err(message) => self.refused(&message),
        }
    }

    fn refused(&self, message: &str) {
        self.set_text("vote-done", "");
        self.set_attr("vote-again-line", "hidden", "");
        self.set_text("vote-problem", message);
    }

    /// The endpoint's answer to a ballot sent with invite `code`.
    fn sent(&self, answer: Answer, code: &str) {
        if let Some(button) = self.root.get_element_by_id("vote-submit") {
            let _ = button.remove_attribute("disabled");
        }
        let field = |j: &wasm_bindgen::JsValue, k: &str| {
            js_sys::Reflect::get(j, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default()
        };
        match answer {
            Some((200..=299, json)) => {
                if !code.trim().is_empty() {
                    remember(&self.key, code.trim());
                }
                self.set_text("vote-problem", "");
                self.set_text("vote-done", endpoint::taken_text(&field(&json, "result")));
            }
            Some((status, json)) => {
                self.refused(&endpoint::refusal_text(status, &field(&json, "code"), &field(&json, "message")))
            }
            None => self.refused(&endpoint::refusal_text(0, "", "")),
        }
    }

    /// Moves the option at `place` of the ranking up or down, then updates both places'
    /// labels, says what moved and keeps focus on the moved option.
    fn shift(&self, place: usize, up: bool) {
        let moved = self.draft.borrow_mut().move_ranked(place, up);
        let Some(to) = moved else { return };
        let Draft::Ranked(order) = &*self.draft.borrow() else { return };
        for p in [place, to] {
            let label = &self.spec.poll.options[order[p]].label;
            self.set_text(&format!("rank-{p}"), label);
            self.set_attr(&format!("up-{p}"), "aria-label", &format!("Move {label} up"));
            self.set_attr(&format!("down-{p}"), "aria-label", &format!("Move {label} down"));
        }
        let label = &self.spec.poll.options[order[to]].label;
        self.set_text("vote-said", &vote::moved_text(label, to, order.len()));
        focus_after_move(&self.root, to, up);
    }

    fn handle(self: &Rc<Self>, ev: &web_sys::Event) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let id = target.id();
        match ev.type_().as_str() {
            "submit" => {
                ev.prevent_default();
                self.submit();
            }
            "click" => {
                if let Some(place) = numbered(&id, "up-") {
                    self.shift(place, true);
                } else if let Some(place) = numbered(&id, "down-") {
                    self.shift(place, false);
                }
            }
            "change" => {
                let Some(i) = numbered(&id, "choice-") else { return };
                let on = target.dyn_ref::<web_sys::HtmlInputElement>().is_some_and(web_sys::HtmlInputElement::checked);
                match &mut *self.draft.borrow_mut() {
                    Draft::Single(choice) => *choice = Some(i),
                    Draft::Approval(approved) => approved[i] = on,
                    _ => {}
                }
            }
            "input" => {
                if let (Some(i), Some(input)) =
                    (numbered(&id, "points-"), target.dyn_ref::<web_sys::HtmlInputElement>())
                {
                    self.set_points(i, &input.value());
                }
            }
            _ => {}
        }
    }

    fn set_points(&self, option: usize, text: &str) {
        let n = if text.trim().is_empty() { Some(0) } else { text.trim().parse::<u32>().ok() };
        let mut draft = self.draft.borrow_mut();
        if let Draft::Score(points) = &mut *draft {
            points[option] = n;
        }
        if let cairn_model::Method::Score { budget } = self.spec.poll.method {
            self.set_text("points-left", &vote::points_text(draft.points_left(budget), budget));
        }
    }
}

/// The vote form for `spec`, in `root` (the shadow root it lives in). A concrete view,
/// mounted on its own: as part of an `AnyView` it would bring the code to re-render
/// every element, which the form never does.
pub(super) fn vote_form(spec: VoteSpec, root: ShadowRoot) -> impl IntoView + use<> {
    let host = spec.host();
    // What the voter gives besides their choice: the login (`pr`), the invite code, or
    // nothing (open polls: the browser's token goes with the ballot).
    // (Three optional views rather than one `AnyView`, which would bring re-rendering
    // code into the module.)
    let (mut login, mut code, mut open) = (None, None, None);
    let (key, button) = match &spec.target {
        Target::Pr { repo, .. } => {
            let key = format!("cairn-login:{}", repo.url);
            login = Some(login_field(host, remembered(&key).unwrap_or_default()));
            (key, format!("Vote on {host}"))
        }
        Target::Endpoint { url, invite: true } => {
            let key = format!("cairn-code:{url}{}", spec.poll.slug);
            code = Some(code_field(remembered(&key).unwrap_or_default()));
            (key, "Vote".to_owned())
        }
        Target::Endpoint { .. } => {
            open = Some(open_note());
            (String::new(), "Vote".to_owned())
        }
    };
    let labels: Vec<String> = spec.poll.options.iter().map(|o| o.label.clone()).collect();
    let method = spec.poll.method;
    let form = Rc::new(Form { draft: RefCell::new(Draft::new(&spec.poll)), spec, root, key });
    use cairn_model::Method;
    let hint = method_hint(method);
    let single = matches!(method, Method::Single).then(|| choices(&labels, "radio"));
    let approval = matches!(method, Method::Approval { .. }).then(|| choices(&labels, "checkbox"));
    let ranked = matches!(method, Method::Ranked).then(|| ranking(&labels));
    let score = match method {
        Method::Score { budget } => Some(points(&labels, budget)),
        _ => None,
    };
    let left = match method {
        Method::Score { budget } => vote::points_text(i64::from(budget), budget),
        _ => String::new(),
    };
    listen(&form);
    view! {
        <form class="vote" novalidate>
            <fieldset>
                <legend>"Your vote"</legend>
                <p class="hint" id="vote-hint">{hint}</p>
                {single}
                {approval}
                {ranked}
                {score}
                <p class="hint" id="points-left" aria-live="polite">{left}</p>
            </fieldset>
            {login}
            {code}
            {open}
            <button type="submit" id="vote-submit">{button}</button>
            <p class="vote-problem" id="vote-problem" role="alert"></p>
            <p class="visually-hidden" id="vote-said" aria-live="polite"></p>
            <div class="done" role="status">
                <p id="vote-done"></p>
                <p id="vote-again-line" hidden>
                    <a id="vote-again" target="_blank" rel="noopener">{format!("Open {host} again")}</a>
                    " · Voted before? "
                    <a id="vote-edit" target="_blank" rel="noopener">"Change your ballot file instead"</a>
                </p>
            </div>
        </form>
    }
}

/// What the voter is asked to do, for the poll's method.
fn method_hint(method: cairn_model::Method) -> String {
    use cairn_model::Method;
    match method {
        Method::Single => "Choose one option.".to_owned(),
        Method::Approval { max_choices: Some(n) } => format!("Choose up to {n}."),
        Method::Approval { max_choices: None } => "Choose every option you can live with.".to_owned(),
        Method::Ranked => {
            "Put the options in your order of preference, first is best. Use the buttons to move an option.".to_owned()
        }
        Method::Score { budget } => format!("Spread up to {budget} points over the options."),
    }
}

fn login_field(host: &'static str, login: String) -> impl IntoView + use<> {
    view! {
        <p class="field">
            <label for="vote-login">{format!("Your {host} login")}</label>
            <input id="vote-login" name="login" autocomplete="username" autocapitalize="none" spellcheck="false"
                aria-describedby="vote-login-hint" value=login />
            <span class="hint" id="vote-login-hint">"Your ballot is a file named after it; it counts once its pull request is merged."</span>
        </p>
    }
}

fn code_field(code: String) -> impl IntoView + use<> {
    view! {
        <p class="field">
            <label for="vote-code">"Your invite code"</label>
            <input id="vote-code" name="code" autocomplete="off" autocapitalize="none" spellcheck="false"
                aria-describedby="vote-code-hint" value=code />
            <span class="hint" id="vote-code-hint">"Each code casts one vote; voting again with it changes your vote until the poll closes."</span>
        </p>
    }
}

fn open_note() -> impl IntoView + use<> {
    view! {
        <p class="hint">"An open poll: one vote per browser, and voting again changes it. Anyone can vote, so the result is a sounding, not a decision."</p>
    }
}

/// Radio buttons (`single`) or checkboxes (`approval`), one per option.
fn choices(labels: &[String], kind: &'static str) -> impl IntoView + use<> {
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            view! {
                <label class="choice">
                    <input type=kind name="choice" id=format!("choice-{i}") />
                    <span>{label.clone()}</span>
                </label>
            }
        })
        .collect_view()
}

fn points(labels: &[String], budget: u32) -> impl IntoView + use<> {
    labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let id = format!("points-{i}");
            view! {
                <p class="points">
                    <input id=id.clone() type="number" inputmode="numeric" min="0" max=budget.to_string() step="1"
                        value="0" />
                    <label for=id>{label.clone()}</label>
                </p>
            }
        })
        .collect_view()
}

/// The ranking: an ordered list with "Move up" and "Move down" buttons at each place.
fn ranking(labels: &[String]) -> impl IntoView + use<> {
    let n = labels.len();
    let items = labels
        .iter()
        .enumerate()
        .map(|(place, label)| {
            view! {
                <li class="rank">
                    <span class="rank-label" id=format!("rank-{place}")>{label.clone()}</span>
                    <button type="button" id=format!("up-{place}") class="move" aria-label=format!("Move {label} up")
                        disabled=place == 0>"↑"</button>
                    <button type="button" id=format!("down-{place}") class="move" aria-label=format!("Move {label} down")
                        disabled=place + 1 == n>"↓"</button>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="ranking" aria-describedby="vote-hint">{items}</ol> }
}

/// Listens on the shadow root for what happens in the form (events bubble to it from
/// the controls), and dispatches by the control's id.
fn listen(form: &Rc<Form>) {
    let handler = {
        let form = form.clone();
        Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| form.handle(&ev))
    };
    for kind in ["submit", "click", "change", "input"] {
        let _ = form.root.add_event_listener_with_callback(kind, handler.as_ref().unchecked_ref());
    }
    // The form lives as long as the page.
    handler.forget();
}

/// The number after `prefix` in `id` (`up-2` → 2).
fn numbered(id: &str, prefix: &str) -> Option<usize> {
    id.strip_prefix(prefix)?.parse().ok()
}

/// Focuses the same button at the moved option's new place (`up-2`), or the other one
/// when that is disabled (the option reached an end).
fn focus_after_move(root: &ShadowRoot, place: usize, up: bool) {
    let [first, second] = if up { ["up", "down"] } else { ["down", "up"] };
    let button = |dir: &str| {
        root.get_element_by_id(&format!("{dir}-{place}"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlButtonElement>().ok())
            .filter(|b| !b.disabled())
    };
    if let Some(b) = button(first).or_else(|| button(second)) {
        let _ = b.focus();
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The login this reader gave for this repository before.
fn remembered(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn remember(key: &str, login: &str) {
    // Storage can be full or refused (private windows); the vote goes on without it.
    if let Some(s) = storage() {
        let _ = s.set_item(key, login);
    }
}
