//! Reading a `period: { from, to }` table, of a sub-community's `_index.md` or of a goal.

use cairn_model::Period;

use super::fields::Table;
use crate::diagnostic::Problem;

const KEYS: &[&str] = &["from", "to"];

/// The period under `period`, if the table has one; both days are required, and `to` may
/// not be before `from`.
pub(crate) fn period(t: &Table<'_>) -> Option<Period> {
    let p = t.table("period", "period.", KEYS)?;
    if p.node("from").is_none() {
        p.missing("from", "from: 2025-01-01");
    }
    if p.node("to").is_none() {
        p.missing("to", "to: 2025-06-30");
    }
    let (from, to) = (p.date("from")?, p.date("to")?);
    match Period::new(from.value, to.value) {
        Ok(period) => Some(period),
        Err(_) => {
            p.doc().report(&to.span, Problem::PeriodReversed { key: "period", from: from.value, to: to.value });
            None
        }
    }
}
