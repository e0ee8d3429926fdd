//! Dates on the wire (the JSON API) as `YYYY-MM-DD`, the only form cairn writes, read by a
//! small parser of its own. The widget reads dates with it: jiff's general parser accepts
//! many forms the API never holds, and with its errors it made the widget's WebAssembly
//! tens of kilobytes larger.

use jiff::civil::Date;

/// Parses `YYYY-MM-DD` (a real date; years 1 to 9999).
pub fn parse(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i16> {
        b[range].iter().try_fold(0_i16, |n, &c| c.is_ascii_digit().then(|| n * 10 + i16::from(c - b'0')))
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok().filter(|_| year > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_dates_only() {
        assert_eq!(parse("2026-02-28"), Some(Date::constant(2026, 2, 28)));
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "26-02-28",
            "2026/02/28",
            "2026-02-28T00:00",
            "0000-01-01",
            "２０２６-01-01",
            "",
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
