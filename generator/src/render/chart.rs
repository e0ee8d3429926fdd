//! The progress chart of a goal page: an inline SVG of a value over time (a metric's
//! value with its target line, or ticked milestones against all of them), drawn as steps
//! (a value holds until the next change), with a title and a description for screen
//! readers. The page puts the same numbers in a table next to it. Colours come from the
//! page's stylesheet (classes), so the chart follows light and dark mode. Its words (the
//! description, the days at the ends of the axis, the target's label) come in
//! [`Labels`], in the site's language.

use std::fmt::Write as _;

use cairn_model::Date;

use crate::escape::escape;

/// One value at one day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Sample {
    pub(crate) date: Date,
    pub(crate) value: f64,
}

/// What the chart shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Series {
    /// Its samples, oldest first (at least one).
    pub(crate) samples: Vec<Sample>,
    /// The value aimed for, drawn as a dashed line.
    pub(crate) target: f64,
    /// The last day drawn (the build's day): the last value holds until then.
    pub(crate) until: Date,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 36.0;

/// A number as a label: whole numbers without decimals, others with at most two.
pub(crate) fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// The words a chart shows, as text (escaped here).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Labels {
    /// What it shows, for screen readers (`From 410 kWh on 10 August 2025 to …`).
    pub(crate) description: String,
    /// The first day, under the start of the axis.
    pub(crate) first: String,
    /// The last day, under its end.
    pub(crate) end: String,
    /// The target line's label (`target 120`).
    pub(crate) target: String,
}

/// The first and the last day a chart of `series` spans; `None` without samples.
pub(crate) fn span(series: &Series) -> Option<(Date, Date)> {
    Frame::of(series).map(|f| (f.first, f.end))
}

/// The chart as SVG; `id` makes its title's and description's ids unique on the page,
/// `title` names it for screen readers.
pub(crate) fn svg(series: &Series, id: &str, title: &str, labels: &Labels) -> String {
    let Some(frame) = Frame::of(series) else { return String::new() };
    let description = escape(&labels.description);
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\
<title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{description}</desc>",
        escape(title)
    );
    frame.axes(&mut out, labels);
    frame.target(&mut out, series.target, &labels.target);
    frame.steps(&mut out, &series.samples);
    out.push_str("</svg>");
    out
}

/// Where days and values go on the chart: the first and last day, and the lowest and
/// highest value (the target included).
struct Frame {
    first: Date,
    end: Date,
    low: f64,
    high: f64,
}

impl Frame {
    /// The frame of `series`; `None` without samples.
    fn of(series: &Series) -> Option<Self> {
        let (first, last) = (series.samples.first()?, series.samples.last()?);
        let values = series.samples.iter().map(|s| s.value).chain([series.target]);
        let (mut low, mut high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| (l.min(v), h.max(v)));
        if low == high {
            (low, high) = (low - 1.0, high + 1.0);
        }
        Some(Self { first: first.date, end: series.until.max(last.date), low, high })
    }

    fn days(&self, d: Date) -> i32 {
        d.since(self.first).map_or(0, |s| s.get_days())
    }

    fn x(&self, d: Date) -> f64 {
        LEFT + (WIDTH - LEFT - RIGHT) * f64::from(self.days(d)) / f64::from(self.days(self.end).max(1))
    }

    fn y(&self, v: f64) -> f64 {
        TOP + (HEIGHT - TOP - BOTTOM) * (self.high - v) / (self.high - self.low)
    }

    /// Axes, with the lowest and highest values and the first and last days.
    fn axes(&self, out: &mut String, labels: &Labels) {
        let (bottom, right) = (HEIGHT - BOTTOM, WIDTH - RIGHT);
        let _ = write!(
            out,
            "<g class=\"axis\" aria-hidden=\"true\"><line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{bottom}\"/>\
<line x1=\"{LEFT}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\"/>\
<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>\
<text x=\"{LEFT}\" y=\"{}\">{}</text><text x=\"{right}\" y=\"{}\" text-anchor=\"end\">{}</text></g>",
            LEFT - 6.0,
            self.y(self.high) + 4.0,
            number(self.high),
            LEFT - 6.0,
            self.y(self.low) + 4.0,
            number(self.low),
            HEIGHT - 12.0,
            escape(&labels.first),
            HEIGHT - 12.0,
            escape(&labels.end),
        );
    }

    /// The target, as a dashed line with its value.
    fn target(&self, out: &mut String, value: f64, label: &str) {
        let (target, right) = (self.y(value), WIDTH - RIGHT);
        let _ = write!(
            out,
            "<g class=\"target\" aria-hidden=\"true\"><line x1=\"{LEFT}\" y1=\"{target:.1}\" x2=\"{right}\" y2=\"{target:.1}\"/>\
<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text></g>",
            right - 4.0,
            target - 5.0,
            escape(label)
        );
    }

    /// The value as steps (it holds until the next sample, and the last until the end),
    /// with a point at each sample.
    fn steps(&self, out: &mut String, samples: &[Sample]) {
        let mut path = String::new();
        for (i, s) in samples.iter().enumerate() {
            let (sx, sy) = (self.x(s.date), self.y(s.value));
            if i == 0 {
                let _ = write!(path, "M{sx:.1} {sy:.1}");
            } else {
                let _ = write!(path, " H{sx:.1} V{sy:.1}");
            }
        }
        let _ = write!(path, " H{:.1}", self.x(self.end));
        let _ = write!(
            out,
            "<path class=\"line\" d=\"{path}\" aria-hidden=\"true\"/><g class=\"points\" aria-hidden=\"true\">"
        );
        for s in samples {
            let _ = write!(out, "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\"/>", self.x(s.date), self.y(s.value));
        }
        out.push_str("</g>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        s.parse().expect("a date")
    }

    /// English words for `series` with `unit`, as the site writes them.
    fn labels(series: &Series, unit: &str) -> Labels {
        let words = crate::render::view::Words::of("en", None);
        let (first, end) = span(series).expect("samples");
        let (a, b) = (&series.samples[0], &series.samples[series.samples.len() - 1]);
        let q = |v: f64| format!("{} {unit}", number(v));
        Labels {
            description: format!(
                "From {} on {} to {} on {}; the target is {}.",
                q(a.value),
                words.date(a.date),
                q(b.value),
                words.date(b.date),
                q(series.target)
            ),
            first: words.date(first),
            end: words.date(end),
            target: format!("target {}", number(series.target)),
        }
    }

    #[test]
    fn a_metric_falling_towards_its_target() {
        let series = Series {
            samples: vec![
                Sample { date: day("2026-01-05"), value: 120.0 },
                Sample { date: day("2026-02-10"), value: 96.5 },
                Sample { date: day("2026-03-01"), value: 75.0 },
            ],
            target: 30.0,
            until: day("2026-03-31"),
        };
        insta::assert_snapshot!(svg(&series, "chart-ship-it", "Open bugs over time", &labels(&series, "open bugs")));
    }

    #[test]
    fn one_sample_and_a_flat_line_still_draw() {
        let series = Series {
            samples: vec![Sample { date: day("2026-01-05"), value: 3.0 }],
            target: 3.0,
            until: day("2026-01-05"),
        };
        let words = labels(&series, "milestones <done>");
        let drawn = svg(&series, "c", "Milestones & more", &words);
        assert!(drawn.contains("<title id=\"c-title\">Milestones &amp; more</title>"), "{drawn}");
        assert!(drawn.contains("From 3 milestones &lt;done&gt; on 5 January 2026"), "{drawn}");
        assert!(!drawn.contains("NaN") && !drawn.contains("inf"), "{drawn}");
        assert_eq!(svg(&Series { samples: vec![], ..series }, "c", "t", &words), "");
    }

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!([number(3.0), number(96.5), number(0.126), number(-2.0)], ["3", "96.5", "0.13", "-2"]);
    }
}
