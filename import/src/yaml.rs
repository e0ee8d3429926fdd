//! Front matter values as cairn writes them: YAML in a small, fixed style (text always
//! double-quoted, which is JSON's escaping and valid YAML; lists and tables of a key in
//! flow style on one line, `people` as a block of roles), so that files read back exactly
//! and a re-import can tell one key's lines from the next.

use std::fmt::Write;

/// A value of a front matter key.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    /// Text, written double-quoted.
    Text(String),
    /// A name, date or keyword, written as it is (it needs no quotes).
    Plain(String),
    /// A number.
    Number(f64),
    /// A list, in flow style.
    List(Vec<Yaml>),
    /// A table, in flow style.
    Table(Vec<(String, Yaml)>),
    /// A table written as a block, one key per line (for `people`).
    Block(Vec<(String, Yaml)>),
}

impl Yaml {
    /// `text`, quoted.
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    /// A value that needs no quotes (a slug, a login, a date, a keyword).
    pub fn plain(text: impl ToString) -> Self {
        Self::Plain(text.to_string())
    }
}

/// `key: value` lines for one key, each ending in a line break.
pub fn line(key: &str, value: &Yaml) -> String {
    match value {
        Yaml::Block(entries) => {
            let mut out = format!("{key}:\n");
            for (k, v) in entries {
                let _ = writeln!(out, "  {k}: {}", flow(v));
            }
            out
        }
        v => format!("{key}: {}\n", flow(v)),
    }
}

/// `text` double-quoted, with JSON's escapes (valid YAML and TOML both).
pub fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

fn flow(value: &Yaml) -> String {
    match value {
        Yaml::Text(s) => quoted(s),
        Yaml::Plain(s) => s.clone(),
        Yaml::Number(n) => {
            if n.fract() == 0.0 && n.abs() < 1e15 {
                format!("{n:.0}")
            } else {
                n.to_string()
            }
        }
        Yaml::List(items) => format!("[{}]", items.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Yaml::Table(entries) | Yaml::Block(entries) => {
            let inner: Vec<String> = entries.iter().map(|(k, v)| format!("{k}: {}", flow(v))).collect();
            format!("{{ {} }}", inner.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_in_one_style() {
        assert_eq!(line("title", &Yaml::text("Say \"hi\": #1")), "title: \"Say \\\"hi\\\": #1\"\n");
        assert_eq!(line("status", &Yaml::plain("active")), "status: active\n");
        assert_eq!(line("weight", &Yaml::Number(2.0)), "weight: 2\n");
        let period =
            Yaml::Table(vec![("from".into(), Yaml::plain("2025-01-01")), ("to".into(), Yaml::plain("2025-06-30"))]);
        assert_eq!(line("period", &period), "period: { from: 2025-01-01, to: 2025-06-30 }\n");
        let people = Yaml::Block(vec![("champion".into(), Yaml::List(vec![Yaml::plain("amara")]))]);
        assert_eq!(line("people", &people), "people:\n  champion: [amara]\n");
    }
}
