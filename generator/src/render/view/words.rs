//! The words pages show for the model's values, in the site's language: labels for kinds,
//! statuses, review states, outcomes and poll phases, what a progress bar means, review
//! notices, dates as people write them. Every word comes from the language's cairn-i18n
//! catalogue (English beneath it for any message it lacks); the model names which message
//! says each value.

use std::collections::HashMap;

use cairn_i18n::{Arg, Catalogue};
use cairn_model::{
    CadenceProgress, ChecklistProgress, Date, Goal, GoalKind, GoalStatus, Metric, Outcome, PollPhase, ReviewState,
};

use super::ReviewView;

/// A value given to a message written into HTML.
#[derive(Debug, Clone)]
pub(crate) enum Piece {
    /// Text, escaped where it lands.
    Text(String),
    /// HTML already safe (a link a template built), put in as it is.
    Html(String),
    /// A count: it picks the plural form.
    Count(i64),
}

/// The site's words: the catalogue of its `language`.
#[derive(Debug)]
pub(crate) struct Words {
    catalogue: Catalogue,
    /// Every message without variables, formatted once (a page asks for dozens, and a
    /// site has thousands of pages): its text, and its text for HTML.
    plain: HashMap<String, (String, String)>,
}

impl Words {
    /// The words of `language` (a BCP 47 tag): the community's `own` (its
    /// `i18n/<language>.ftl`, checked when loaded) over the catalogue cairn ships for the
    /// language or its primary language, over English.
    pub(crate) fn of(language: &str, own: Option<&str>) -> Self {
        let catalogue = Catalogue::for_site(language, own)
            .or_else(|_| Catalogue::for_site(language, None))
            .unwrap_or_else(|_| Catalogue::english());
        let ids = cairn_i18n::messages(Catalogue::english_text()).unwrap_or_default();
        let plain = ids
            .into_iter()
            .filter(|(_, variables)| variables.is_empty())
            .map(|(id, _)| {
                let text = catalogue.text(&id);
                let html = crate::escape::escape(&text).into_owned();
                (id, (text, html))
            })
            .collect();
        Self { catalogue, plain }
    }

    /// Message `id` without variables.
    pub(crate) fn text(&self, id: &str) -> String {
        self.plain.get(id).map_or_else(|| self.catalogue.text(id), |(text, _)| text.clone())
    }

    /// Message `id` as HTML: its text escaped, `args` put in as [`Piece`]s say. Each HTML
    /// value, and each text that needs escaping, stands in the message as a mark of the
    /// private-use area until the text around it is escaped, so that neither a
    /// translation nor a value can open a tag the template did not write.
    pub(crate) fn html(&self, id: &str, args: &[(String, Piece)]) -> String {
        if args.is_empty()
            && let Some((_, html)) = self.plain.get(id)
        {
            return html.clone();
        }
        let marks: Vec<String> = (0..args.len()).map(|i| format!("\u{e000}{i}\u{e001}")).collect();
        let values: Vec<(&str, Arg<'_>)> = args
            .iter()
            .zip(&marks)
            .map(|((name, piece), mark)| {
                let arg = match piece {
                    Piece::Count(n) => Arg::Count(*n),
                    // Text with nothing to escape goes in as it is, so that a message can
                    // select on it (`{ $label -> [Outcome] … }`).
                    Piece::Text(text) if !text.contains(['&', '<', '>', '"', '\'']) => Arg::Text(text),
                    _ => Arg::Text(mark),
                };
                (name.as_str(), arg)
            })
            .collect();
        let mut out = crate::escape::escape(&self.catalogue.format(id, &values)).into_owned();
        for ((_, piece), mark) in args.iter().zip(&marks) {
            match piece {
                Piece::Text(text) => out = out.replace(mark, &crate::escape::escape(text)),
                Piece::Html(html) => out = out.replace(mark, html),
                Piece::Count(_) => {}
            }
        }
        out
    }

    /// Message `id` in every plural form of the language, the count being variable
    /// `count`, as a JSON object from category to text (see `cairn_i18n::PluralForm`).
    pub(crate) fn plural_forms(&self, id: &str, count: &str, values: &[(String, String)]) -> String {
        let args: Vec<(&str, Arg<'_>)> = values.iter().map(|(k, v)| (k.as_str(), Arg::Text(v))).collect();
        let forms: serde_json::Map<String, serde_json::Value> = self
            .catalogue
            .plural_forms(id, count, &args)
            .into_iter()
            .map(|f| (f.category.to_owned(), serde_json::Value::String(f.text)))
            .collect();
        serde_json::Value::Object(forms).to_string()
    }

    /// A number with its unit, if it has one (`87.5 %`).
    pub(crate) fn quantity(&self, n: f64, unit: Option<&str>) -> String {
        self.catalogue.quantity(n, unit)
    }

    /// Message `id` with `args`, as text.
    pub(crate) fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalogue.format(id, args)
    }

    /// A number as the language writes it: no trailing zeros, at most two decimals.
    pub(crate) fn number(&self, n: f64) -> String {
        self.catalogue.number(n)
    }

    /// `2026-01-15` as the language writes a date in full (`15 January 2026`).
    pub(crate) fn date(&self, date: Date) -> String {
        let (month, day) = (u8::try_from(date.month()).unwrap_or(1), u8::try_from(date.day()).unwrap_or(1));
        self.catalogue.long_date(i32::from(date.year()), month, day)
    }

    pub(crate) fn kind(&self, kind: GoalKind) -> String {
        self.text(kind.message_id())
    }

    pub(crate) fn kind_description(&self, kind: GoalKind) -> String {
        self.text(&format!("{}-description", kind.message_id()))
    }

    pub(crate) fn status(&self, status: GoalStatus) -> String {
        self.text(status.message_id())
    }

    pub(crate) fn status_description(&self, status: GoalStatus) -> String {
        self.text(&format!("{}-description", status.message_id()))
    }

    pub(crate) fn outcome(&self, outcome: Outcome) -> String {
        self.text(outcome.message_id())
    }

    /// A poll's phase, and its window in words (`Open until 3 March 2026`).
    pub(crate) fn poll_phase(&self, phase: PollPhase, opens: Date, closes: Date) -> (String, String) {
        let (id, date) = match phase {
            PollPhase::Upcoming => ("poll-opens-on", opens),
            PollPhase::Open => ("poll-open-until", closes),
            PollPhase::Closed => ("poll-closed-on", closes),
        };
        (self.text(phase.message_id()), self.catalogue.format(id, &[("date", Arg::Text(&self.date(date)))]))
    }

    /// `1 ballot`, `3 ballots`.
    pub(crate) fn ballots(&self, count: u64) -> String {
        self.catalogue.format("poll-ballots", &[("count", Arg::Count(i64::try_from(count).unwrap_or(i64::MAX)))])
    }

    /// A progress bar's name: `parts`, `metric`, `cadence` or `checklist`.
    pub(crate) fn bar(&self, source: &str) -> String {
        self.text(&format!("bar-{source}"))
    }

    /// Where a measured metric comes from, in a sentence.
    pub(crate) fn measured_from(&self, source: &cairn_model::MetricSource) -> String {
        let source = self.source(source);
        self.catalogue.format("measured-from", &[("source", Arg::Text(&source))])
    }

    fn source(&self, source: &cairn_model::MetricSource) -> String {
        use cairn_model::MetricSource;
        let f = |id: &str, args: &[(&str, Arg<'_>)]| self.catalogue.format(id, args);
        match source {
            MetricSource::GithubIssues { query } => f("source-github-issues", &[("query", Arg::Text(query))]),
            MetricSource::Checklist(issue) => f("source-checklist", &[("issue", Arg::Text(issue.as_str()))]),
            MetricSource::Json { url, pointer } if pointer.is_empty() => f("source-json", &[("url", Arg::Text(url))]),
            MetricSource::Json { url, pointer } => {
                f("source-json-pointer", &[("url", Arg::Text(url)), ("pointer", Arg::Text(pointer))])
            }
            MetricSource::Command(command) => f("source-command", &[("command", Arg::Text(command))]),
        }
    }

    /// What a metric's bar means. The unit goes with the target and the current value
    /// (`42 of 100 %`), not with the start an increase is counted from.
    pub(super) fn metric(&self, m: &Metric) -> String {
        let with_unit = |n: f64| self.catalogue.quantity(n, m.unit());
        let target = with_unit(m.target());
        let Some(current) = m.current() else {
            let baseline = self.number(m.baseline());
            let args = [("baseline", Arg::Text(&baseline)), ("target", Arg::Text(&target))];
            return self.catalogue.format("progress-not-measured", &args);
        };
        let (id, current, baseline) = match m.direction() {
            cairn_model::Direction::Decrease => {
                ("progress-metric-decrease", with_unit(current), with_unit(m.baseline()))
            }
            cairn_model::Direction::Hold => ("progress-metric-hold", with_unit(current), with_unit(m.baseline())),
            cairn_model::Direction::Increase => {
                ("progress-metric-increase", self.number(current), self.number(m.baseline()))
            }
        };
        let args =
            [("current", Arg::Text(&current)), ("target", Arg::Text(&target)), ("baseline", Arg::Text(&baseline))];
        self.catalogue.format(id, &args)
    }

    pub(super) fn cadence(&self, g: &Goal, c: CadenceProgress) -> String {
        let interval = g.cadence.as_ref().map_or_else(String::new, |cadence| {
            let count = i64::from(cadence.every.count());
            let id = format!("interval-{}", cadence.every.unit().as_str());
            self.catalogue.format(&id, &[("count", Arg::Count(count))])
        });
        let args = [
            ("held", Arg::Count(i64::from(c.held))),
            ("expected", Arg::Count(i64::from(c.expected))),
            ("interval", Arg::Text(&interval)),
        ];
        self.catalogue.format("progress-cadence", &args)
    }

    pub(super) fn parts(&self, r: &cairn_model::Rollup) -> String {
        let counted: Vec<_> = r.parts.iter().filter(|p| p.counted).collect();
        let id = if counted.iter().any(|p| p.weight != 1.0) {
            "progress-rollup-weighted-mean"
        } else {
            "progress-rollup-mean"
        };
        match counted.len() {
            1 => self.text("progress-rollup-one-part"),
            n => self.catalogue.format(id, &[("count", Arg::Count(i64::try_from(n).unwrap_or(i64::MAX)))]),
        }
    }

    pub(super) fn checklist(&self, c: ChecklistProgress) -> String {
        let args = [("done", Arg::Count(i64::from(c.done))), ("total", Arg::Count(i64::from(c.total)))];
        self.catalogue.format("progress-checklist", &args)
    }

    /// The review state in words; `period` names the goal's period (for a goal not
    /// completed in it).
    pub(super) fn review(&self, state: ReviewState, period: &str) -> ReviewView {
        let with_days = |id: &str, date: Date, days: i32| {
            let date = self.date(date);
            self.catalogue.format(id, &[("date", Arg::Text(&date)), ("days", Arg::Count(i64::from(days)))])
        };
        let (state_name, notice) = match state {
            ReviewState::Overdue { review_by, days } => {
                ("overdue", with_days("review-overdue-notice", review_by, days))
            }
            ReviewState::Stale { last_activity, days } => {
                ("stale", with_days("review-stale-notice", last_activity, days))
            }
            ReviewState::DueSoon { review_by, days: 0 } => (
                "due_soon",
                self.catalogue.format("review-due-today-notice", &[("date", Arg::Text(&self.date(review_by)))]),
            ),
            ReviewState::DueSoon { review_by, days } => {
                ("due_soon", with_days("review-due-soon-notice", review_by, days))
            }
            ReviewState::NotCompleted { period_end } => {
                let date = self.date(period_end);
                let args = [("period", Arg::Text(period)), ("date", Arg::Text(&date))];
                ("not_completed", self.catalogue.format("review-not-completed-notice", &args))
            }
            ReviewState::OnTrack => ("on_track", String::new()),
            ReviewState::Closed => ("closed", String::new()),
        };
        ReviewView {
            state: state_name,
            label: self.text(state.message_id()),
            notice,
            needs_attention: state.needs_attention(),
        }
    }
}
