//! A format-neutral, span-carrying tree of front matter and configuration values.
//!
//! YAML (serde-saphyr) and TOML (toml's `DeTable`) are both parsed into [`Node`]s, so the
//! field checks in [`super::fields`] work the same for either format and can point every
//! diagnostic at the exact key or value it is about. Spans are byte ranges into the text
//! that was parsed.

use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};

/// A parsed value and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) value: Value,
    pub(crate) span: Range<usize>,
}

/// A map key and where it was written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Key {
    pub(crate) name: String,
    pub(crate) span: Range<usize>,
}

/// The value of a [`Node`].
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// A TOML date or date-time, kept as written.
    Datetime(String),
    Seq(Vec<Node>),
    Map(Vec<(Key, Node)>),
}

impl Value {
    /// How the value's type is named in messages ("found a list").
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "text",
            Value::Datetime(_) => "a date",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a table",
        }
    }
}

/// The reason a front matter block could not be parsed, with a byte range when the parser
/// knew where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub(crate) message: String,
    pub(crate) span: Option<Range<usize>>,
}

/// Limits for YAML: deep enough for any sensible front matter, far too small for a
/// nesting or alias bomb.
fn yaml_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        strict_booleans: true,
        // `.inf` and `.nan` reach the field checks, which say which key must be finite.
        non_finite_float_policy: serde_saphyr::NonFiniteFloatPolicy::PassThrough,
        budget: serde_saphyr::budget! {
            max_depth: 32,
            max_nodes: 20_000,
            max_aliases: 100,
            max_anchors: 100,
            max_documents: 1,
            max_total_scalar_bytes: 1 << 20,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: 10_000,
            max_replay_stack_depth: 8,
        },
    }
}

/// Parses YAML text into a [`Node`].
pub(crate) fn parse_yaml(text: &str) -> Result<Node, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Node { value: Value::Map(Vec::new()), span: 0..0 });
    }
    match serde_saphyr::from_str_with_options::<YamlNode>(text, yaml_options()) {
        Ok(node) => Ok(node.0),
        Err(err) => {
            let span = err.location().map(|loc| location_span(text, &loc));
            Err(SyntaxError { message: yaml_message(&err), span })
        }
    }
}

/// The parser's message without its own position prefix (ours points into the file, not
/// into the front matter) and without advice about parser options.
fn yaml_message(err: &serde_saphyr::Error) -> String {
    let text = err.to_string();
    let line = first_line(&text);
    let line = line.strip_prefix("error: ").unwrap_or(&line);
    // "line 2 column 9: unclosed bracket '['"
    let line = match line.split_once(": ") {
        Some((position, rest)) if position.starts_with("line ") && position.contains(" column ") => rest,
        _ => line,
    };
    let line = line.split(", set DuplicateKeyPolicy").next().unwrap_or(line);
    if let Some(breach) = line.strip_prefix("budget breached: ") {
        return if breach.starts_with("Depth") {
            "values are nested too deeply".to_owned()
        } else if breach.starts_with("Documents") {
            "more than one YAML document: is there a stray `---` line inside the front matter?".to_owned()
        } else {
            "the YAML is too large or expands too many aliases (`*name`)".to_owned()
        };
    }
    if line == "recursion limit exceeded" {
        return "values are nested too deeply".to_owned();
    }
    if line.contains("alias") && (line.contains("limit") || line.contains("exceeded")) {
        return "the YAML expands too many aliases (`*name`)".to_owned();
    }
    line.to_owned()
}

/// Parses TOML text into a [`Node`].
pub(crate) fn parse_toml(text: &str) -> Result<Node, SyntaxError> {
    match toml::de::DeTable::parse(text) {
        Ok(table) => {
            let span = table.span();
            Ok(Node { value: Value::Map(toml_table(table.into_inner())), span })
        }
        Err(err) => Err(SyntaxError { message: first_line(err.message()), span: err.span() }),
    }
}

fn first_line(message: &str) -> String {
    // Parser messages end without a period in our style.
    message.lines().next().unwrap_or_default().trim_end_matches('.').to_owned()
}

fn location_span(text: &str, loc: &serde_saphyr::Location) -> Range<usize> {
    let span = loc.span();
    if let (Some(start), Some(len)) = (span.byte_offset(), span.byte_len()) {
        let start = usize::try_from(start).unwrap_or(usize::MAX).min(text.len());
        let end = start.saturating_add(usize::try_from(len).unwrap_or(0)).min(text.len());
        return start..end;
    }
    // Fall back to the 1-based line and column.
    let line = usize::try_from(loc.line()).unwrap_or(1).max(1);
    let column = usize::try_from(loc.column()).unwrap_or(1).max(1);
    let line_start = text.split_inclusive('\n').take(line - 1).map(str::len).sum::<usize>();
    let offset =
        text[line_start.min(text.len())..].char_indices().nth(column - 1).map_or(text.len(), |(i, _)| line_start + i);
    offset..offset
}

fn toml_table(table: toml::de::DeTable<'_>) -> Vec<(Key, Node)> {
    table
        .into_iter()
        .map(|(k, v)| {
            let span = k.span();
            (Key { name: k.into_inner().into_owned(), span }, toml_node(v))
        })
        .collect()
}

fn toml_node(v: toml::Spanned<toml::de::DeValue<'_>>) -> Node {
    use toml::de::DeValue;
    let span = v.span();
    let value = match v.into_inner() {
        DeValue::String(s) => Value::Str(s.into_owned()),
        DeValue::Integer(i) => {
            let digits = i.as_str().replace('_', "");
            match i64::from_str_radix(&digits, i.radix()) {
                Ok(n) => Value::Int(n),
                Err(_) => Value::Float(digits.parse().unwrap_or(f64::INFINITY)),
            }
        }
        DeValue::Float(f) => Value::Float(f.as_str().replace('_', "").parse().unwrap_or(f64::NAN)),
        DeValue::Boolean(b) => Value::Bool(b),
        DeValue::Datetime(d) => Value::Datetime(d.to_string()),
        DeValue::Array(items) => Value::Seq(items.into_iter().map(toml_node).collect()),
        DeValue::Table(t) => Value::Map(toml_table(t)),
    };
    Node { value, span }
}

/// A YAML node with its span, deserialized through serde-saphyr's span-aware wrapper.
struct YamlNode(Node);

impl<'de> Deserialize<'de> for YamlNode {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<YamlValue>::deserialize(deserializer)?;
        let span = spanned.referenced.span();
        let start = span.byte_offset().and_then(|s| usize::try_from(s).ok()).unwrap_or(0);
        let len = span.byte_len().and_then(|s| usize::try_from(s).ok()).unwrap_or(0);
        Ok(YamlNode(Node { value: spanned.value.0, span: start..start.saturating_add(len) }))
    }
}

struct YamlValue(Value);

impl<'de> Deserialize<'de> for YamlValue {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor).map(YamlValue)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        // Precision loss above i64::MAX is fine: such numbers are rejected later anyway.
        #[allow(clippy::cast_precision_loss, reason = "only for numbers beyond i64")]
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        #[allow(clippy::cast_precision_loss, reason = "only for numbers beyond i64")]
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        #[allow(clippy::cast_precision_loss, reason = "only for numbers beyond i64")]
        Ok(i64::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(YamlNode(node)) = seq.next_element()? {
            items.push(node);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(YamlNode(key)) = map.next_key()? {
            let name = match key.value {
                Value::Str(s) | Value::Datetime(s) => s,
                Value::Int(n) => n.to_string(),
                Value::Float(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                Value::Null => "null".to_owned(),
                Value::Seq(_) | Value::Map(_) => {
                    return Err(de::Error::custom("a key must be plain text"));
                }
            };
            let YamlNode(value) = map.next_value()?;
            entries.push((Key { name, span: key.span }, value));
        }
        Ok(Value::Map(entries))
    }
}

#[cfg(test)]
mod tests;
