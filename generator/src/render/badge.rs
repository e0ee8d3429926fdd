//! Progress badges for each goal: `badges/<slug>.svg`, an accessible SVG whose text width
//! is measured with DejaVu Sans metrics ([`widths`]), and `badges/<slug>.json` in the
//! shields.io "endpoint" schema, for READMEs where no script may run.

mod widths;

use minijinja::context;
use rayon::prelude::*;
use serde::Serialize;

use super::scope::Scope;
use super::view::{GoalView, SiteView};
use super::{RenderError, Sink, html};

/// The badge font size in pixels.
const FONT_SIZE: f64 = 11.0;
/// Padding on each side of each half, in pixels.
const PADDING: f64 = 6.0;
/// The longest label shown before it is shortened with an ellipsis.
const MAX_LABEL_CHARS: usize = 40;

/// The width of `text` in pixels at [`FONT_SIZE`].
pub(crate) fn text_width(text: &str) -> f64 {
    let units: u32 = text
        .chars()
        .map(|c| match widths::WIDTHS.binary_search_by_key(&c, |&(ch, _)| ch) {
            Ok(i) => u32::from(widths::WIDTHS[i].1),
            Err(_) => u32::from(widths::FALLBACK),
        })
        .sum();
    f64::from(units) * FONT_SIZE / 1000.0
}

/// What a badge says.
struct Badge {
    label: String,
    message: String,
    /// The right half's background, as `rrggbb`.
    color: &'static str,
}

fn badge(goal: &GoalView) -> Badge {
    let label = if goal.title.chars().count() > MAX_LABEL_CHARS {
        format!("{}…", goal.title.chars().take(MAX_LABEL_CHARS - 1).collect::<String>().trim_end())
    } else {
        goal.title.clone()
    };
    let message = match (goal.status, goal.percent) {
        ("achieved", _) => "achieved".to_owned(),
        ("active" | "paused", Some(p)) => format!("{p}%"),
        (status, _) => status.to_owned(),
    };
    // Colours with at least 4.5:1 contrast against white text.
    let color = match goal.status {
        "achieved" => "1a7f37",
        "active" => "0b5cad",
        "proposed" => "6639ba",
        _ => "57606a",
    };
    Badge { label, message, color }
}

#[derive(Serialize)]
struct Shields<'a> {
    #[serde(rename = "schemaVersion")]
    schema_version: u8,
    label: &'a str,
    message: &'a str,
    color: &'a str,
}

/// Puts the two badge files of each goal in `scope` into `sink`.
pub(crate) fn render_badges(
    site: &SiteView,
    templates: Option<std::path::PathBuf>,
    sink: &dyn Sink,
    scope: &Scope,
) -> Result<(), RenderError> {
    let env = html::environment(templates.clone(), &site.words);
    site.goals.par_iter().filter(|goal| scope.goal(&goal.slug)).try_for_each(|goal| {
        let b = badge(goal);
        sink.put(&format!("badges/{}.svg", goal.slug), svg(&env, &b, templates.as_deref())?.into_bytes())?;
        let shields = Shields { schema_version: 1, label: &b.label, message: &b.message, color: b.color };
        let mut json = serde_json::to_vec(&shields).unwrap_or_default();
        json.push(b'\n');
        sink.put(&format!("badges/{}.json", goal.slug), json)?;
        Ok::<(), RenderError>(())
    })
}

fn svg(
    env: &minijinja::Environment<'_>,
    b: &Badge,
    templates: Option<&std::path::Path>,
) -> Result<String, RenderError> {
    // Whole pixels, except for the half-pixel text centres.
    let px = |x: f64| x.round() as i64;
    let label_width = px(text_width(&b.label) + 2.0 * PADDING);
    let message_width = px(text_width(&b.message) + 2.0 * PADDING);
    let ctx = context! {
        label => &b.label,
        message => &b.message,
        color => b.color,
        label_width,
        message_width,
        width => label_width + message_width,
        label_text_width => px(text_width(&b.label)),
        message_text_width => px(text_width(&b.message)),
        label_x => label_width as f64 / 2.0,
        message_x => label_width as f64 + message_width as f64 / 2.0,
    };
    env.get_template("badge.svg")
        .and_then(|t| t.render(ctx))
        .map_err(|e| super::template_error::template_error("badge.svg", &e, templates))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_measured_per_character() {
        // "iiii" is far narrower than "MMMM" in any proportional font.
        assert!(text_width("iiii") < text_width("MMMM") / 2.0);
        assert!((text_width("42%") - (636.0 + 636.0 + 950.0) * 11.0 / 1000.0).abs() < 1e-9);
        assert_eq!(text_width("☃"), f64::from(widths::FALLBACK) * 11.0 / 1000.0);
    }
}
