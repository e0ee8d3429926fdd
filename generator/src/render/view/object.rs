//! Goal views as lazy template values: templates read a goal's fields straight from its
//! [`GoalView`], so ten thousand goals are not copied into template maps before the
//! first page renders. Nested parts (bars, milestones …) become values when read.

use std::sync::Arc;

use minijinja::Value;
use minijinja::value::{Enumerator, Object, Serde};

use super::GoalView;

/// The field names templates can read, in the order `{{ goal|items }}` lists them.
const FIELDS: &[&str] = &[
    "slug",
    "url",
    "title",
    "title_html",
    "summary",
    "kind",
    "kind_label",
    "status",
    "status_label",
    "community",
    "owners",
    "started",
    "due",
    "review_by",
    "tags",
    "tag_links",
    "percent",
    "bars",
    "review",
    "milestones",
    "updates",
    "edit_url",
    "badge_url",
    "badge_absolute_url",
    "badge_json_url",
    "api_url",
    "absolute_url",
    "badge_markdown",
    "badge_embed",
    "widget_embed",
    "body_html",
    "history",
    "history_chart",
    "period",
    "outcome",
    "under_way",
    "continues",
    "continues_history",
    "continued_by",
    "replaces",
    "replaced_by",
    "part_of",
    "parts",
    "people",
    "links",
    "help_wanted",
    "measured_from",
    "not_measured",
];

impl Object for GoalView {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let text = |s: &str| Value::from(s);
        let date = |d: Option<cairn_model::Date>| d.map(|d| d.to_string()).into();
        Some(match key.as_str()? {
            "slug" => text(&self.slug),
            "url" => text(&self.url),
            "title" => text(&self.title),
            "title_html" => self.title_html.clone(),
            "summary" => self.summary.as_deref().map(text).into(),
            "kind" => text(self.kind),
            "kind_label" => text(&self.kind_label),
            "status" => text(self.status),
            "status_label" => text(&self.status_label),
            "community" => Value::from(Serde(&self.community)),
            "owners" => Value::from(Serde(&self.owners)),
            "started" => date(self.started),
            "due" => date(self.due),
            "review_by" => date(self.review_by),
            "tags" => Value::from(Serde(&self.tags)),
            "tag_links" => Value::from(Serde(&self.tag_links)),
            "percent" => self.percent.into(),
            "bars" => Value::from(Serde(&self.bars)),
            "review" => self.review.clone(),
            "milestones" => Value::from(Serde(&self.milestones)),
            "updates" => Value::from(Serde(&self.updates)),
            "edit_url" => self.edit_url.as_deref().map(text).into(),
            "badge_url" => text(&self.badge_url),
            "badge_absolute_url" => text(&self.badge_absolute_url),
            "badge_json_url" => text(&self.badge_json_url),
            "api_url" => text(&self.api_url),
            "absolute_url" => text(&self.absolute_url),
            "badge_markdown" => text(&self.badge_markdown),
            "badge_embed" => text(&self.badge_embed),
            "widget_embed" => text(&self.widget_embed),
            "body_html" => self.body_html.clone(),
            "history" => Value::from(Serde(&self.history)),
            "history_chart" => self.history.as_ref().and_then(|h| h.chart.clone()).into(),
            "period" => Value::from(Serde(&self.period)),
            "outcome" => Value::from(Serde(&self.outcome)),
            "under_way" => self.under_way.into(),
            "continues" => Value::from(Serde(&self.relations.continues)),
            "continues_history" => self.relations.continues_history.into(),
            "continued_by" => Value::from(Serde(&self.relations.continued_by)),
            "replaces" => Value::from(Serde(&self.relations.replaces)),
            "replaced_by" => Value::from(Serde(&self.relations.replaced_by)),
            "part_of" => Value::from(Serde(&self.relations.part_of)),
            "parts" => Value::from(Serde(&self.relations.parts)),
            "people" => Value::from(Serde(&self.people)),
            "links" => Value::from(Serde(&self.links)),
            "help_wanted" => self.help_wanted.as_deref().map(text).into(),
            "measured_from" => self.measured_from.as_deref().map(text).into(),
            "not_measured" => self.not_measured.into(),
            _ => return None,
        })
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        Enumerator::Str(FIELDS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> GoalView {
        let text = |s: &str| s.to_owned();
        GoalView {
            slug: text("example"),
            url: text("/goals/example/"),
            title: text("Example goal"),
            title_html: Value::from_safe_string(text("Example goal")),
            summary: None,
            kind: "outcome",
            kind_label: "Outcome".to_owned(),
            status: "active",
            status_label: "Active".to_owned(),
            community: None,
            owners: vec![text("ada")],
            started: None,
            due: None,
            review_by: None,
            tags: Vec::new(),
            tag_links: Vec::new(),
            percent: None,
            bars: Vec::new(),
            review: Value::from(Serde(
                super::super::Words::of("en", None).review(cairn_model::ReviewState::OnTrack, ""),
            )),
            progress: cairn_model::GoalProgress { metric: None, cadence: None, checklist: None, parts: None },
            review_state: cairn_model::ReviewState::OnTrack,
            milestones: Vec::new(),
            updates: Vec::new(),
            edit_url: None,
            badge_url: text("/badges/example.svg"),
            badge_absolute_url: text("https://x.example/badges/example.svg"),
            badge_json_url: text("/badges/example.json"),
            api_url: text("/api/v1/goals/example.json"),
            absolute_url: text("https://x.example/goals/example/"),
            badge_markdown: String::new(),
            badge_embed: String::new(),
            widget_embed: String::new(),
            body_html: Value::from_safe_string(text("<p>Hi</p>")),
            history: None,
            api_entry: std::sync::OnceLock::new(),
            period: None,
            outcome: None,
            under_way: true,
            relations: Default::default(),
            people: Vec::new(),
            links: Vec::new(),
            help_wanted: None,
            measured_from: None,
            not_measured: false,
        }
    }

    /// Every field a template can read is listed, and every listed field can be read.
    #[test]
    fn fields_and_values_agree() {
        let view = Arc::new(example());
        for field in FIELDS {
            assert!(view.get_value(&Value::from(*field)).is_some(), "{field} is listed but not readable");
        }
        assert!(view.get_value(&Value::from("nope")).is_none());
        let value = Value::from_dyn_object(view);
        let env = minijinja::Environment::new();
        let out = env
            .render_str(
                "{{ g.title }}|{{ g.review.state }}|{{ g.bars|length }}|{{ g|length }}",
                minijinja::context! { g => value },
            )
            .expect("renders");
        assert_eq!(out, format!("Example goal|on_track|0|{}", FIELDS.len()));
    }
}
