//! Writing a measured value into a goal file: the `current` of its `metric`, replaced
//! where it is written (or added as the metric's first key), every other byte of the file
//! as it was. Front matter in YAML (`metric:` as a block or `{ … }`) and in TOML
//! (`[metric]` or `metric = { … }`) are edited alike, and a line added ends the way the
//! file's lines end (`\n` or `\r\n`).

/// Why a goal file's `metric.current` cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The file does not open with `---` or `+++`.
    #[error("the file has no front matter")]
    NoFrontMatter,
    /// No `metric` key in the front matter.
    #[error("the front matter has no `metric`")]
    NoMetric,
    /// `metric` is a scalar or a list.
    #[error("`metric` is not written as a table")]
    NotATable,
    /// `metric:` with nothing under it.
    #[error("`metric` has no keys")]
    NoKeys,
    /// An inline `{ … }` without its `}`.
    #[error("`metric` is not closed")]
    NotClosed,
}

/// `text` with `metric.current` set to `value`; `Err` says why it cannot be.
pub fn set_current(text: &str, value: f64) -> Result<String, EditError> {
    let number = format_number(value);
    let (toml, front) = front_matter(text).ok_or(EditError::NoFrontMatter)?;
    let edit = if toml { toml_edit(text, front, &number) } else { yaml_edit(text, front, &number) }?;
    let (range, replacement) = edit;
    Ok(format!("{}{replacement}{}", &text[..range.start], &text[range.end..]))
}

/// A number as the file should carry it: whole numbers without a fraction.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 { format!("{value:.0}") } else { value.to_string() }
}

type Edit = (std::ops::Range<usize>, String);

/// Whether the front matter is TOML, and its byte range (between the fences).
fn front_matter(text: &str) -> Option<(bool, std::ops::Range<usize>)> {
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[start..];
    let fence = if rest.starts_with("---") {
        "---"
    } else if rest.starts_with("+++") {
        "+++"
    } else {
        return None;
    };
    let open = start + rest.find('\n')? + 1;
    let mut at = open;
    for line in text[open..].split_inclusive('\n') {
        if line.trim_end() == fence {
            return Some((fence == "+++", open..at));
        }
        at += line.len();
    }
    None
}

/// The lines of `range` in `text`, each with its start.
fn lines(text: &str, range: std::ops::Range<usize>) -> Vec<(usize, &str)> {
    let mut at = range.start;
    text[range]
        .split_inclusive('\n')
        .map(|l| {
            let start = at;
            at += l.len();
            (start, l)
        })
        .collect()
}

fn yaml_edit(text: &str, front: std::ops::Range<usize>, number: &str) -> Result<Edit, EditError> {
    let lines = lines(text, front);
    let (i, (start, line)) =
        lines.iter().enumerate().find(|(_, (_, l))| l.starts_with("metric:")).ok_or(EditError::NoMetric)?;
    let after = line["metric:".len()..].trim_end();
    let value = after.split(" #").next().unwrap_or_default().trim();
    if value.starts_with('{') {
        let open = start + "metric:".len() + line["metric:".len()..].find('{').unwrap_or(0);
        return flow_edit(text, open, ':', number);
    }
    if !value.is_empty() {
        return Err(EditError::NotATable);
    }
    // A block: the lines below, indented, until the next key at the top level.
    let block: Vec<&(usize, &str)> = lines[i + 1..]
        .iter()
        .take_while(|(_, l)| l.starts_with([' ', '\t']) || l.trim().is_empty() || l.trim_start().starts_with('#'))
        .collect();
    let indent = block
        .iter()
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(_, l)| &l[..l.len() - l.trim_start().len()]);
    let Some(indent) = indent else { return Err(EditError::NoKeys) };
    // `metric:` with `{ … }` on the lines below.
    if let Some((at, l)) = block.iter().find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        && l.trim_start().starts_with('{')
    {
        return flow_edit(text, at + indent.len(), ':', number);
    }
    let key = format!("{indent}current:");
    match block.iter().find(|(_, l)| l.starts_with(&key) && !l[indent.len()..].starts_with(' ')) {
        Some((at, l)) => {
            let after_key = at + key.len();
            let line_end = at + l.trim_end_matches(['\n', '\r']).len();
            let value_start = line_end - text[after_key..line_end].trim_start_matches([' ', '\t']).len();
            let rest = &text[value_start..line_end];
            if rest.is_empty() || rest.starts_with('#') {
                // `current:` without a value (or with only a comment): the value after it.
                let space = if rest.is_empty() { "" } else { " " };
                return Ok((after_key..value_start, format!(" {number}{space}")));
            }
            let end = value_start + rest.find(" #").unwrap_or(rest.len());
            let end = value_start + text[value_start..end].trim_end().len();
            Ok((value_start..end, number.to_owned()))
        }
        None => {
            let insert = start + line.len();
            Ok((insert..insert, format!("{indent}current: {number}{}", line_ending(line))))
        }
    }
}

fn toml_edit(text: &str, front: std::ops::Range<usize>, number: &str) -> Result<Edit, EditError> {
    let lines = lines(text, front);
    if let Some((start, line)) = lines.iter().find(|(_, l)| {
        l.trim_start().starts_with("metric") && l.trim_start()["metric".len()..].trim_start().starts_with('=')
    }) {
        let open = start + line.find('{').ok_or(EditError::NotATable)?;
        return flow_edit(text, open, '=', number);
    }
    let Some((i, (start, line))) = lines.iter().enumerate().find(|(_, (_, l))| is_metric_table(l)) else {
        return dotted_edit(&lines, text, number);
    };
    let section = lines[i + 1..].iter().take_while(|(_, l)| !l.trim_start().starts_with('['));
    for (at, l) in section {
        let trimmed = l.trim_start();
        if let Some(rest) = trimmed.strip_prefix("current")
            && rest.trim_start().starts_with('=')
        {
            let lead = l.len() - trimmed.len();
            let eq = at + lead + "current".len() + rest.find('=').unwrap_or(0) + 1;
            let value = &text[eq..at + l.trim_end_matches(['\n', '\r']).len()];
            let value_start = eq + (value.len() - value.trim_start().len());
            let value = value.trim_start();
            let end = value_start + value.find('#').unwrap_or(value.len());
            let end = value_start + text[value_start..end].trim_end().len();
            return Ok((value_start..end, number.to_owned()));
        }
    }
    let insert = start + line.len();
    Ok((insert..insert, format!("current = {number}{}", line_ending(line))))
}

/// The edit of `metric.current = …` among dotted keys (`metric.baseline = 0`), or the
/// line added before the first of them.
fn dotted_edit(lines: &[(usize, &str)], text: &str, number: &str) -> Result<Edit, EditError> {
    let mut first = None;
    for (at, l) in lines {
        let Some(rest) = l.strip_prefix("metric.") else { continue };
        first.get_or_insert((*at, line_ending(l)));
        if let Some(value) = rest.strip_prefix("current").map(str::trim_start).and_then(|r| r.strip_prefix('=')) {
            let value_start = at + l.len() - value.len() + (value.len() - value.trim_start().len());
            let line_end = at + l.trim_end_matches(['\n', '\r']).len();
            let end = value_start + text[value_start..line_end].find('#').unwrap_or(line_end - value_start);
            let end = value_start + text[value_start..end].trim_end().len();
            return Ok((value_start..end, number.to_owned()));
        }
    }
    let (at, eol) = first.ok_or(EditError::NoMetric)?;
    Ok((at..at, format!("metric.current = {number}{eol}")))
}

/// Whether a TOML line opens the `[metric]` table (`[ metric ]`, `[metric] # note`).
fn is_metric_table(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or_default().trim();
    code.strip_prefix('[').and_then(|r| r.strip_suffix(']')).is_some_and(|name| name.trim() == "metric")
}

/// How `line` ends: `\r\n` or `\n` (the last line of a file without one ends in `\n`).
fn line_ending(line: &str) -> &'static str {
    if line.ends_with("\r\n") { "\r\n" } else { "\n" }
}

/// The edit of `current` in the inline table that opens at byte `open` of `text` (`{`),
/// whose keys are followed by `separator` (`:` in YAML, `=` in TOML).
fn flow_edit(text: &str, open: usize, separator: char, number: &str) -> Result<Edit, EditError> {
    let mut depth = 0;
    let mut quote: Option<char> = None;
    let mut key_start = open + 1;
    let mut chars = text[open..].char_indices().map(|(i, c)| (open + i, c)).peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(q) = quote {
            if c == '\\' && q == '"' {
                chars.next();
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            // A quote opens a quoted scalar only where a scalar starts; `it's` is plain.
            '"' | '\'' if text[..i].trim_end().ends_with(['{', '[', ',', ':', '=']) => quote = Some(c),
            '{' | '[' => {
                depth += 1;
                if depth == 1 {
                    key_start = i + 1;
                }
            }
            '}' | ']' => {
                depth -= 1;
                if depth == 0 {
                    // No `current`: the first key.
                    let at = open + 1 + usize::from(text[open + 1..].starts_with(' '));
                    let sep = if separator == ':' { ": " } else { " = " };
                    return Ok((at..at, format!("current{sep}{number}, ")));
                }
            }
            ',' if depth == 1 => key_start = i + 1,
            c if c == separator && depth == 1 && text[key_start..i].trim().trim_matches(['"', '\'']) == "current" => {
                let rest = &text[i + 1..];
                let lead = rest.len() - rest.trim_start().len();
                let value_start = i + 1 + lead;
                let len = text[value_start..].find([',', '}', '\n']).ok_or(EditError::NotClosed)?;
                let end = value_start + text[value_start..value_start + len].trim_end().len();
                return Ok((value_start..end, number.to_owned()));
            }
            _ => {}
        }
    }
    Err(EditError::NotClosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_metric_gets_its_current_replaced_and_nothing_else() {
        let text = "---\ntitle: T\nmetric:\n  baseline: 0\n  current: 12   # last counted by hand\n  target: 40\n  source:\n    checklist: https://github.com/o/r/issues/1\ntags: [a]\n---\nBody: current: 3\n";
        let out = set_current(text, 17.0).unwrap();
        assert_eq!(out, text.replace("current: 12   #", "current: 17   #"));
        let without = text.replace("  current: 12   # last counted by hand\n", "");
        let added = set_current(&without, 2.5).unwrap();
        assert_eq!(added, without.replace("metric:\n", "metric:\n  current: 2.5\n"));
    }

    #[test]
    fn a_flow_metric_in_yaml_or_toml_gets_its_current() {
        let yaml = "---\nmetric: { baseline: 0, current: 3, target: 10, source: { json: { url: \"https://x/a,b\", pointer: /n } } }\n---\n";
        assert_eq!(set_current(yaml, 4.0).unwrap(), yaml.replace("current: 3,", "current: 4,"));
        let unmeasured = "---\nmetric: { baseline: 0, target: 10, source: { command: \"echo 'current: 1'\" } }\n---\n";
        assert_eq!(set_current(unmeasured, 7.0).unwrap(), unmeasured.replace("{ baseline", "{ current: 7, baseline"));
        let toml = "+++\ntitle = \"T\"\nmetric = { baseline = 0, current = 1.5, target = 9 }\n+++\n";
        assert_eq!(set_current(toml, 2.0).unwrap(), toml.replace("current = 1.5", "current = 2"));
        let json =
            "---\nmetric: {\"baseline\": 0, \"current\": 1, \"target\": 9, \"source\": {\"command\": \"true\"}}\n---\n";
        assert_eq!(set_current(json, 2.0).unwrap(), json.replace("\"current\": 1", "\"current\": 2"));
        let plain = "---\nmetric: { baseline: 0, source: { json: { url: https://x/it's.json, pointer: /n } }, current: 1 }\n---\n";
        assert_eq!(set_current(plain, 2.0).unwrap(), plain.replace("current: 1", "current: 2"));
        let below = "---\nmetric:\n  { baseline: 0, target: 9, source: { command: \"true\" } }\n---\n";
        assert_eq!(set_current(below, 2.0).unwrap(), below.replace("{ baseline", "{ current: 2, baseline"));
    }

    #[test]
    fn dotted_toml_keys_get_their_current() {
        let text = "+++\ntitle = \"T\"\nmetric.baseline = 0\nmetric.current = 1 # old\nmetric.target = 9\n+++\n";
        assert_eq!(set_current(text, 3.0).unwrap(), text.replace("metric.current = 1 #", "metric.current = 3 #"));
        let without = text.replace("metric.current = 1 # old\n", "");
        assert_eq!(
            set_current(&without, 3.0).unwrap(),
            without.replace("metric.baseline", "metric.current = 3\nmetric.baseline")
        );
    }

    #[test]
    fn a_toml_table_gets_its_current() {
        let text = "+++\ntitle = \"T\"\n\n[metric]\nbaseline = 0\ncurrent = 5 # by hand\ntarget = 10\n\n[metric.source]\ncommand = \"wc -l\"\n+++\n";
        assert_eq!(set_current(text, 6.0).unwrap(), text.replace("current = 5 #", "current = 6 #"));
        let without = text.replace("current = 5 # by hand\n", "");
        assert_eq!(set_current(&without, 6.0).unwrap(), without.replace("[metric]\n", "[metric]\ncurrent = 6\n"));
    }

    #[test]
    fn an_empty_current_gets_its_value_and_keeps_its_comment() {
        let empty = "---\nmetric:\n  current:\n  target: 9\n---\n";
        assert_eq!(set_current(empty, 4.0).unwrap(), empty.replace("current:\n", "current: 4\n"));
        let commented = "---\nmetric:\n  current:   # later\n  target: 9\n---\n";
        assert_eq!(set_current(commented, 4.0).unwrap(), commented.replace("current:   #", "current: 4 #"));
    }

    #[test]
    fn added_lines_end_the_way_the_files_lines_end() {
        let yaml = "---\r\nmetric:\r\n  target: 9\r\n---\r\n";
        assert_eq!(set_current(yaml, 2.0).unwrap(), yaml.replace("metric:\r\n", "metric:\r\n  current: 2\r\n"));
        let table = "+++\r\n[ metric ] # measured\r\ntarget = 9\r\n+++\r\n";
        assert_eq!(set_current(table, 2.0).unwrap(), table.replace("measured\r\n", "measured\r\ncurrent = 2\r\n"));
        let dotted = "+++\r\nmetric.target = 9\r\n+++\r\n";
        assert_eq!(
            set_current(dotted, 2.0).unwrap(),
            dotted.replace("metric.target", "metric.current = 2\r\nmetric.target")
        );
    }

    #[test]
    fn what_cannot_be_edited_says_why() {
        assert_eq!(set_current("No front matter.\n", 1.0), Err(EditError::NoFrontMatter));
        assert_eq!(set_current("---\ntitle: T\n---\n", 1.0), Err(EditError::NoMetric));
        assert_eq!(set_current("---\nmetric: 3\n---\n", 1.0), Err(EditError::NotATable));
        assert_eq!(set_current("---\nmetric:\ntitle: T\n---\n", 1.0), Err(EditError::NoKeys));
        assert_eq!(set_current("---\nmetric: { baseline: 1\n---\n", 1.0), Err(EditError::NotClosed));
        assert_eq!(EditError::NoMetric.to_string(), "the front matter has no `metric`");
        assert_eq!(format_number(40.0), "40");
        assert_eq!(format_number(87.5), "87.5");
    }
}
