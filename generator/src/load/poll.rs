//! Reading a poll file (`polls/<slug>.md`) into a [`Poll`], and a ballot file
//! (`polls/<poll>/ballots/<login>.toml` or `.yaml`) into a [`Ballot`].

use std::collections::BTreeSet;
use std::str::FromStr;

use cairn_model::goal::UnknownKeyword;
use cairn_model::{Backend, Ballot, Choice, Electorate, Login, Method, MethodName, Poll, PollOption, Slug};

use super::LoadOptions;
use super::document::Document;
use super::fields::{Doc, Table};
use super::node::{self, Value};
use super::update::GoalRefs;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &[
    "question",
    "method",
    "options",
    "opens",
    "closes",
    "backend",
    "electorate",
    "max_choices",
    "budget",
    "goals",
    "origins",
];
const OPTION_KEYS: &[&str] = &["id", "label"];
const BALLOT_KEYS: &[&str] = &["choice", "approve", "ranking", "points"];

/// A poll's `backend` keyword.
struct BackendWord(Backend);

impl FromStr for BackendWord {
    type Err = UnknownKeyword;
    fn from_str(s: &str) -> Result<Self, UnknownKeyword> {
        match s {
            "pr" => Ok(Self(Backend::Pr)),
            "endpoint" => Ok(Self(Backend::Endpoint)),
            _ => Err(UnknownKeyword { expected: &["pr", "endpoint"] }),
        }
    }
}

/// Reads one poll; `slug` comes from its file name. The goals it names are returned to be
/// checked once every goal is known.
pub(crate) fn read_poll(
    file: &SourceFile,
    slug: Slug,
    options: &LoadOptions,
) -> (Result<Poll, Vec<Diagnostic>>, Option<GoalRefs>) {
    let document = match Document::open(file, options) {
        Ok(document) => document,
        Err(d) => return (Err(vec![d]), None),
    };
    let Some(table) = document.table(KEYS) else {
        return (Err(document.doc.into_diagnostics()), None);
    };
    let refs: Vec<_> = table
        .texts("goals")
        .into_iter()
        .filter_map(|name| match Slug::new(&name.value) {
            Ok(slug) => Some((slug, table.doc().file_span(&name.span))),
            Err(_) => {
                table.doc().report(&name.span, Problem::UnknownGoal { slug: name.value, suggestion: None });
                None
            }
        })
        .collect();
    let poll = build(&table, slug, file, &refs, document.body);
    let diagnostics = document.doc.into_diagnostics();
    let refs = Some(GoalRefs { file: file.clone(), refs });
    match poll {
        Some(poll) if diagnostics.is_empty() => (Ok(poll), refs),
        _ => (Err(diagnostics), refs),
    }
}

fn build(
    t: &Table<'_>,
    slug: Slug,
    file: &SourceFile,
    refs: &[(Slug, std::ops::Range<usize>)],
    body: &str,
) -> Option<Poll> {
    let question = t.required_text("question", "question: What should we map next?");
    let word = t.keyword::<MethodName>("method", "method: ranked");
    let poll_options = options(t);
    let opens = t.date("opens");
    let closes = t.date("closes");
    for (key, example) in [("opens", "opens: 2026-11-01"), ("closes", "closes: 2026-12-15")] {
        if t.node(key).is_none() {
            t.missing(key, example);
        }
    }
    if let (Some(opens), Some(closes)) = (&opens, &closes)
        && closes.value < opens.value
    {
        let problem = Problem::ClosesBeforeOpens { opens: opens.value.to_string(), closes: closes.value.to_string() };
        t.doc().report(&closes.span, problem);
    }
    let backend = match t.node("backend") {
        Some(_) => t.keyword::<BackendWord>("backend", "backend: pr").map(|b| b.value.0),
        None => Some(Backend::Pr),
    };
    let backend = backend?;
    let electorate = electorate(t, backend);
    let origins = origins(t, backend);
    let method = method(t, word?.value)?;
    Some(Poll {
        slug,
        question: question?.value,
        options: poll_options?,
        method,
        opens: opens?.value,
        closes: closes?.value,
        backend,
        electorate,
        goals: refs.iter().map(|(slug, _)| slug.clone()).collect(),
        origins,
        path: file.path.clone(),
        body: body.to_owned(),
    })
}

fn backend_name(backend: Backend) -> &'static str {
    match backend {
        Backend::Pr => "pr",
        Backend::Endpoint => "endpoint",
    }
}

/// Who may vote: by default anyone with an account (`pr`) or an invite code (`endpoint`).
fn electorate(t: &Table<'_>, backend: Backend) -> Electorate {
    let Some(e) = t.text("electorate") else {
        return if backend == Backend::Endpoint { Electorate::Invite } else { Electorate::Anyone };
    };
    let electorate = match e.value.as_str() {
        "anyone" => Electorate::Anyone,
        "invite" => Electorate::Invite,
        "open" => Electorate::Open,
        _ => Electorate::List(e.value.clone()),
    };
    if !electorate.fits(backend) {
        let fits = if backend == Backend::Pr { Backend::Endpoint } else { Backend::Pr };
        let setting = format!("electorate: {}", e.value);
        let problem = Problem::NotForBackend { setting, backend: backend_name(backend), fits: backend_name(fits) };
        t.doc().report(&e.span, problem);
    }
    electorate
}

/// The origins of other sites that may embed an `endpoint` poll's form.
fn origins(t: &Table<'_>, backend: Backend) -> Vec<String> {
    let found = t.texts("origins");
    if backend == Backend::Pr
        && let Some(span) = t.key_span("origins")
    {
        let problem = Problem::NotForBackend { setting: "origins".into(), backend: "pr", fits: "endpoint" };
        t.doc().report(&span, problem);
        return Vec::new();
    }
    let mut origins = Vec::new();
    for value in found {
        let web = |u: &url::Url| matches!(u.scheme(), "https" | "http");
        let origin = url::Url::parse(&value.value).ok().filter(web).map(|u| u.origin().ascii_serialization());
        match origin {
            Some(origin) if origin == value.value.trim_end_matches('/') => origins.push(origin),
            _ => {
                let problem = Problem::BadUrl {
                    key: "origins".into(),
                    value: value.value,
                    expected: "a site's origin: `https://` or `http://` and the host, without a path (`https://lantern.example`)",
                };
                t.doc().report(&value.span, problem);
            }
        }
    }
    origins
}

/// The method, with the settings that belong to it (and reports for those that do not).
fn method(t: &Table<'_>, word: MethodName) -> Option<Method> {
    let name = word.as_str();
    for (key, applies, ok) in [
        ("max_choices", "approval", matches!(word, MethodName::Approval)),
        ("budget", "score", matches!(word, MethodName::Score)),
    ] {
        if !ok && let Some(span) = t.key_span(key) {
            t.doc().report(&span, Problem::NotForMethod { key, applies, method: name });
        }
    }
    match word {
        MethodName::Single => Some(Method::Single),
        MethodName::Ranked => Some(Method::Ranked),
        MethodName::Approval => Some(Method::Approval { max_choices: t.count("max_choices", 1, 1000) }),
        MethodName::Score => {
            if t.node("budget").is_none() {
                t.missing("budget", "budget: 10");
            }
            t.count("budget", 1, 1_000_000).map(|budget| Method::Score { budget })
        }
    }
}

/// The options: each either a plain label (its id made from it) or `{ id, label }`.
fn options(t: &Table<'_>) -> Option<Vec<PollOption>> {
    if t.node("options").is_none() {
        t.missing("options", "options: [Rivers, Trails]");
        return None;
    }
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    let mut unreadable = 0;
    for item in t.list("options") {
        let option = match &item.value {
            Value::Str(label) => match Slug::suggest(label) {
                Some(id) => Some((PollOption { id, label: label.trim().to_owned() }, item.span.clone())),
                None if label.trim().is_empty() => {
                    t.doc().report(&item.span, Problem::EmptyValue { key: "options".into() });
                    None
                }
                None => {
                    t.doc().report(&item.span, Problem::OptionWithoutId { label: label.trim().to_owned() });
                    None
                }
            },
            Value::Map(_) => t.item_table(item, "options.", OPTION_KEYS).and_then(|o| {
                let id = o.required_text("id", "id: rivers")?;
                let label = o.required_text("label", "label: Map the rivers first")?;
                match Slug::new(&id.value) {
                    Ok(slug) => Some((PollOption { id: slug, label: label.value }, id.span)),
                    Err(reason) => {
                        let suggestion = Slug::suggest(&id.value).map(String::from);
                        t.doc()
                            .report(&id.span, Problem::BadName { what: "option", name: id.value, reason, suggestion });
                        None
                    }
                }
            }),
            other => {
                let problem = Problem::WrongType {
                    key: "options".into(),
                    expected: "a label or `{ id, label }`",
                    found: other.describe(),
                };
                t.doc().report(&item.span, problem);
                None
            }
        };
        let Some((option, span)) = option else {
            unreadable += 1;
            continue;
        };
        if seen.insert(option.id.clone()) {
            found.push(option);
        } else {
            t.doc().report(&span, Problem::DuplicateOption { id: option.id.to_string() });
        }
    }
    if found.len() < 2 {
        // An option that could not be read has its own error; this is for too few written.
        if unreadable == 0 {
            let span = t.key_span("options").unwrap_or_default();
            t.doc().report(&span, Problem::TooFewOptions);
        }
        return None;
    }
    Some(found)
}

/// Reads a ballot file: TOML, or YAML for `.yaml`/`.yml`, with one of `choice`, `approve`,
/// `ranking` or `points`. Whether it fits its poll is checked later, against the poll.
pub(crate) fn read_ballot(file: &SourceFile, voter: Login) -> Result<Ballot, Vec<Diagnostic>> {
    let yaml = file.path.ends_with(".yaml") || file.path.ends_with(".yml");
    let parsed = if yaml { node::parse_yaml(&file.text) } else { node::parse_toml(&file.text) };
    let node = parsed.map_err(|e| {
        let span = e.span.unwrap_or(0..0);
        vec![Diagnostic::at(
            file,
            span,
            Problem::Syntax { format: if yaml { "YAML" } else { "TOML" }, message: e.message },
        )]
    })?;
    let doc = Doc::new(file, 0);
    let choice = Table::root(&doc, &node, 0..0, BALLOT_KEYS).and_then(|t| choice(&t));
    let diagnostics = doc.into_diagnostics();
    match choice {
        Some(choice) if diagnostics.is_empty() => Ok(Ballot { voter, choice }),
        _ => Err(diagnostics),
    }
}

fn choice(t: &Table<'_>) -> Option<Choice> {
    let given: Vec<&str> = BALLOT_KEYS.iter().copied().filter(|k| t.node(k).is_some()).collect();
    if given.len() != 1 {
        let span = given.get(1).and_then(|k| t.key_span(k)).unwrap_or(0..0);
        let reason = if given.is_empty() {
            "it gives none of `choice`, `approve`, `ranking` and `points`"
        } else {
            "it has more than one of `choice`, `approve`, `ranking` and `points`"
        };
        t.doc().report(&span, Problem::InvalidBallot { reason: reason.to_owned() });
        return None;
    }
    let ids = |key: &str| -> Option<Vec<Slug>> {
        t.texts(key)
            .into_iter()
            .map(|name| {
                Slug::new(&name.value).ok().or_else(|| {
                    let reason = format!("`{}` is not an option name", name.value);
                    t.doc().report(&name.span, Problem::InvalidBallot { reason });
                    None
                })
            })
            .collect()
    };
    match given[0] {
        "choice" => ids("choice").and_then(|mut ids| (ids.len() == 1).then(|| Choice::Single(ids.remove(0)))),
        "approve" => ids("approve").map(Choice::Approval),
        "ranking" => ids("ranking").map(Choice::Ranked),
        _ => {
            let node = t.node("points")?;
            let Value::Map(entries) = &node.value else {
                t.doc().report(
                    &node.span,
                    Problem::InvalidBallot { reason: "`points` is a table of `option = points`".into() },
                );
                return None;
            };
            let mut points = std::collections::BTreeMap::new();
            for (key, value) in entries {
                let id = Slug::new(&key.name).ok();
                let n = match value.value {
                    Value::Int(n) => u32::try_from(n).ok(),
                    _ => None,
                };
                match (id, n) {
                    (Some(id), Some(n)) => {
                        points.insert(id, n);
                    }
                    _ => {
                        let reason =
                            format!("`{} = …` must name an option and give it a whole number of points", key.name);
                        t.doc().report(&key.span, Problem::InvalidBallot { reason });
                        return None;
                    }
                }
            }
            Some(Choice::Score(points))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use cairn_model::{Choice, Login, Slug};

    use crate::diagnostic::SourceFile;

    /// What the site and the widget propose as a ballot file is read back as the same
    /// ballot, for every method.
    #[test]
    fn ballots_the_model_writes_read_back() {
        let s = |id: &str| Slug::new(id).expect("a slug");
        let choices = [
            Choice::Single(s("rivers")),
            Choice::Approval(vec![s("rivers"), s("ferries")]),
            Choice::Ranked(vec![s("trails"), s("rivers"), s("ferries")]),
            Choice::Score(BTreeMap::from([(s("rivers"), 7), (s("trails"), 3)])),
        ];
        for choice in choices {
            let file = SourceFile { path: "polls/p/ballots/amara.toml".into(), text: choice.to_toml().into() };
            let ballot = super::read_ballot(&file, Login::new("amara").expect("a login")).expect("a valid ballot");
            assert_eq!(ballot.choice, choice, "{}", file.text);
        }
    }
}
