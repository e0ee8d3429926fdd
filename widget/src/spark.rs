//! The sparkline of a `<cairn-goal history>` card: the goal's progress at each point of
//! its history, drawn as a line in a 100 × 24 box, and the same in words. The percent of
//! each point is computed by `cairn-model` from the metric or task list the point
//! recorded, exactly as the site's chart does.

use cairn_model::{ChecklistProgress, Date, Metric, Progress};

use crate::data::{Json, Problem, bad, date, required, whole, wrong};

/// The line and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spark {
    /// The SVG polyline's `points` (`0,24 50,12 100,0`).
    pub points: String,
    /// For screen readers and as a tooltip: `Progress over time: from 0% on 10 April 2025
    /// to 62% on 20 November 2026`.
    pub text: String,
}

fn number<J: Json>(j: &J, key: &str) -> Result<f64, Problem> {
    required(j, key)?.number().ok_or_else(|| wrong(key, "a number"))
}

/// The progress at each point of `history` in a goal document (`history.points`, with
/// each point's `date`, and its `metric` or `checklist`); points with neither are left out.
pub fn read<J: Json>(document: &J) -> Result<Vec<(Date, u8)>, Problem> {
    let Some(points) = document.field("history").and_then(|h| h.field("points")) else { return Ok(Vec::new()) };
    let points = points.items().ok_or_else(|| wrong("points", "a list"))?;
    let mut series = Vec::with_capacity(points.len());
    for p in &points {
        let progress = if let Some(m) = p.field("metric") {
            let metric = Metric::new(number(&m, "baseline")?, number(&m, "current")?, number(&m, "target")?, None)
                .map_err(|_| bad("a `metric` in the history is not finite".to_owned()))?;
            metric.progress()
        } else if let Some(c) = p.field("checklist") {
            ChecklistProgress { done: whole(&c, "done")?, total: whole(&c, "total")? }.progress()
        } else {
            None
        };
        if let Some(progress) = progress {
            series.push((date(p, "date")?, Progress::percent(progress)));
        }
    }
    Ok(series)
}

/// The sparkline of `series` (oldest first): `None` with fewer than two points.
pub fn spark(series: &[(Date, u8)]) -> Option<Spark> {
    let (&(first, from), &(last, to)) = (series.first()?, series.last()?);
    if series.len() < 2 {
        return None;
    }
    let span = (days(last) - days(first)).max(1);
    let points: Vec<String> = series
        .iter()
        .map(|&(day, percent)| {
            let x = (days(day) - days(first)) * 100 / span;
            let y = 24 - i32::from(percent.min(100)) * 24 / 100;
            format!("{x},{y}")
        })
        .collect();
    let text = format!(
        "Progress over time: from {from}% on {} to {to}% on {}",
        cairn_model::long_date(first),
        cairn_model::long_date(last)
    );
    Some(Spark { points: points.join(" "), text })
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`): jiff's date arithmetic
/// would add a third to the widget for one subtraction.
fn days(date: Date) -> i64 {
    let (y, m, d) = (i64::from(date.year()), i64::from(date.month()), i64::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::tests::json;

    #[test]
    fn reads_points_and_draws_the_line() {
        let doc = json(
            r#"{ "history": { "points": [
              { "date": "2026-01-01", "metric": { "baseline": 40, "current": 40, "target": 10, "unit": "minutes" } },
              { "date": "2026-01-11", "status": "active" },
              { "date": "2026-01-21", "metric": { "baseline": 40, "current": 25, "target": 10 } },
              { "date": "2026-01-31", "checklist": { "done": 3, "total": 3 } }
            ] } }"#,
        );
        let series = read(&doc).expect("readable");
        let day = |d: &str| d.parse::<Date>().expect("a date");
        assert_eq!(series, [(day("2026-01-01"), 0), (day("2026-01-21"), 50), (day("2026-01-31"), 100)]);
        let line = spark(&series).expect("a line");
        assert_eq!(line.points, "0,24 66,12 100,0");
        assert_eq!(line.text, "Progress over time: from 0% on 1 January 2026 to 100% on 31 January 2026");
        assert_eq!(spark(&series[..1]), None);
        assert_eq!(days(day("1970-01-01")), 0);
        assert_eq!(days(day("2000-03-01")) - days(day("2000-02-28")), 2, "a leap year");
        assert_eq!(days(day("2026-11-26")), 20_783);
        assert_eq!(read(&json("{}")).expect("no history"), []);
        let broken =
            json(r#"{ "history": { "points": [ { "date": "soon", "checklist": { "done": 1, "total": 2 } } ] } }"#);
        assert!(matches!(read(&broken), Err(Problem::BadData { .. })));
    }
}
