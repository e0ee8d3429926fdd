//! Tests of the YAML and TOML readers: values, spans, and the limits against hostile input.

use super::*;

fn text_at<'a>(text: &'a str, span: &Range<usize>) -> &'a str {
    &text[span.clone()]
}

fn map(node: &Node) -> &[(Key, Node)] {
    match &node.value {
        Value::Map(m) => m,
        other => panic!("expected a map, got {other:?}"),
    }
}

#[test]
fn yaml_values_and_spans() {
    let text = "title: Carbon\nowners: [amara, jonas]\ncount: 42\nratio: 0.5\nflag: true\ncountry: no\nnothing: ~\nstarted: 2026-01-15\n";
    let node = parse_yaml(text).unwrap();
    let m = map(&node);
    let names: Vec<&str> = m.iter().map(|(k, _)| k.name.as_str()).collect();
    assert_eq!(names, ["title", "owners", "count", "ratio", "flag", "country", "nothing", "started"]);
    assert_eq!(text_at(text, &m[0].0.span), "title");
    assert_eq!(m[0].1.value, Value::Str("Carbon".into()));
    assert_eq!(text_at(text, &m[0].1.span), "Carbon");
    let Value::Seq(owners) = &m[1].1.value else { panic!() };
    assert_eq!(text_at(text, &owners[1].span), "jonas");
    assert_eq!(m[2].1.value, Value::Int(42));
    assert_eq!(m[3].1.value, Value::Float(0.5));
    assert_eq!(m[4].1.value, Value::Bool(true));
    assert_eq!(m[5].1.value, Value::Str("no".into()), "strict booleans: `no` stays text");
    assert_eq!(m[6].1.value, Value::Null);
    assert_eq!(m[7].1.value, Value::Str("2026-01-15".into()));
    assert_eq!(text_at(text, &m[7].1.span), "2026-01-15");
}

#[test]
fn toml_values_and_spans() {
    let text = "title = \"Carbon\"\nowners = [\"amara\"]\nstarted = 2026-01-15\ncount = 0x10\nbig = 1_000\n[metric]\ncurrent = 4.5\n";
    let node = parse_toml(text).unwrap();
    let m = map(&node);
    let get = |name: &str| &m.iter().find(|(k, _)| k.name == name).unwrap().1;
    assert_eq!(get("title").value, Value::Str("Carbon".into()));
    assert_eq!(text_at(text, &get("title").span), "\"Carbon\"");
    assert_eq!(get("started").value, Value::Datetime("2026-01-15".into()));
    assert_eq!(get("count").value, Value::Int(16));
    assert_eq!(get("big").value, Value::Int(1000));
    let metric = map(get("metric"));
    assert_eq!(metric[0].1.value, Value::Float(4.5));
    assert_eq!(text_at(text, &metric[0].0.span), "current");
}

#[test]
fn yaml_syntax_errors_have_positions() {
    let text = "title: a\nowners: [amara\n";
    let err = parse_yaml(text).unwrap_err();
    assert!(err.span.is_some(), "{err:?}");
}

#[test]
fn yaml_duplicate_keys_are_errors() {
    let err = parse_yaml("title: a\ntitle: b\n").unwrap_err();
    assert!(err.message.contains("duplicate"), "{err:?}");
}

#[test]
fn toml_syntax_errors_have_positions() {
    let err = parse_toml("title = \n").unwrap_err();
    assert!(err.span.is_some(), "{err:?}");
}

#[test]
fn yaml_alias_bomb_is_rejected() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let prev = i - 1;
        text.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
    }
    let started = std::time::Instant::now();
    let err = parse_yaml(&text).unwrap_err();
    assert!(started.elapsed().as_secs() < 2, "rejected quickly");
    assert!(!err.message.is_empty());
}

#[test]
fn deep_nesting_is_rejected() {
    let yaml = format!("a: {}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(parse_yaml(&yaml).is_err());
    let yaml_block: String = (0..10_000).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
    assert!(parse_yaml(&yaml_block).is_err());
    let toml = format!("a = {}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(parse_toml(&toml).is_err());
}
