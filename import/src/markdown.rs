//! Reading and rewriting upstream Markdown: the first heading, pipe tables with where each
//! cell is written, link reference definitions, and the body as cairn should keep it —
//! relative links pointed at the imported files or at upstream's git host, and task-list
//! boxes that are not the goal's progress written as plain text. Read with pulldown-cmark
//! (GitHub's flavour, as cairn renders bodies), so that nothing inside code is touched.

use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_GFM
}

/// The first heading of `text`: its level, its text, and the byte range of its line.
pub fn first_heading(text: &str) -> Option<(u8, String, Range<usize>)> {
    let mut inside: Option<(u8, Range<usize>)> = None;
    let mut title = String::new();
    for (event, span) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => inside = Some((level_number(level), span)),
            Event::Text(t) if inside.is_some() => title.push_str(&t),
            Event::Code(t) if inside.is_some() => {
                title.push('`');
                title.push_str(&t);
                title.push('`');
            }
            Event::End(TagEnd::Heading(_)) => {
                let (level, span) = inside.take()?;
                return Some((level, title.split_whitespace().collect::<Vec<_>>().join(" "), span));
            }
            _ => {}
        }
    }
    None
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// A cell of a pipe table, trimmed, with its byte range in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The text as written (Markdown).
    pub text: String,
    /// Where.
    pub span: Range<usize>,
}

/// A pipe table: its header cells, its rows, and the byte range of all its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The header row.
    pub header: Vec<Cell>,
    /// The rows below the delimiter row.
    pub rows: Vec<Vec<Cell>>,
    /// From the header's first byte to after the last row's line break.
    pub span: Range<usize>,
}

/// Every pipe table of `text` whose lines start with `|`, outside fenced code.
pub fn tables(text: &str) -> Vec<Table> {
    let mut found = Vec::new();
    let lines: Vec<(usize, &str)> = line_offsets(text);
    let mut fence: Option<&str> = None;
    let mut i = 0;
    while i < lines.len() {
        let (at, line) = lines[i];
        let trimmed = line.trim_start();
        if let Some(open) = fence {
            if trimmed.starts_with(open) {
                fence = None;
            }
            i += 1;
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(&trimmed[..3]);
            i += 1;
            continue;
        }
        let delimiter = lines.get(i + 1).is_some_and(|(_, l)| is_delimiter(l));
        if line.starts_with('|') && delimiter {
            let header = cells(at, line);
            let mut rows = Vec::new();
            let mut j = i + 2;
            while let Some(&(row_at, row)) = lines.get(j) {
                if !row.starts_with('|') {
                    break;
                }
                rows.push(cells(row_at, row));
                j += 1;
            }
            let end = lines.get(j).map_or(text.len(), |(a, _)| *a);
            found.push(Table { header, rows, span: at..end });
            i = j;
        } else {
            i += 1;
        }
    }
    found
}

fn line_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n')
        .map(|l| {
            let start = at;
            at += l.len();
            (start, l.trim_end_matches(['\n', '\r']))
        })
        .collect()
}

fn is_delimiter(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The cells of a table row at byte `at`: split on `|` that are not escaped or in code.
fn cells(at: usize, line: &str) -> Vec<Cell> {
    let mut found = Vec::new();
    let mut start = None;
    let mut code = false;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match c {
            '\\' if !escaped => {
                escaped = true;
                continue;
            }
            '`' if !escaped => code = !code,
            '|' if !escaped && !code => {
                if let Some(s) = start {
                    found.push(cell(at, line, s, i));
                }
                start = Some(i + 1);
            }
            _ => {}
        }
        escaped = false;
    }
    if let Some(s) = start
        && !line[s..].trim().is_empty()
    {
        found.push(cell(at, line, s, line.len()));
    }
    found
}

fn cell(at: usize, line: &str, from: usize, to: usize) -> Cell {
    let raw = &line[from..to];
    let lead = raw.len() - raw.trim_start().len();
    let text = raw.trim();
    Cell { text: text.to_owned(), span: at + from + lead..at + from + lead + text.len() }
}

/// The link reference definitions of `text` (`[channel]: https://…`), by lower-case label:
/// those Markdown reads, and lines that would be one but follow a table without a blank
/// line (a table row, to a GFM reader, as upstream files often write them).
pub fn reference_definitions(text: &str) -> BTreeMap<String, String> {
    let mut found: BTreeMap<String, String> = Parser::new_ext(text, options())
        .reference_definitions()
        .iter()
        .map(|(label, def)| (label.to_lowercase(), def.dest.to_string()))
        .collect();
    for line in text.lines() {
        let Some((label, dest)) = line.strip_prefix('[').and_then(|l| l.split_once("]:")) else { continue };
        let dest = dest.split_whitespace().next().unwrap_or_default().trim_matches(['<', '>']);
        if !label.is_empty() && !dest.is_empty() {
            found.entry(label.to_lowercase()).or_insert_with(|| dest.to_owned());
        }
    }
    found
}

/// A Markdown link `[label](url)` or `[label][ref]` in a cell, resolved: its text and its
/// destination. Plain text gives `None`.
pub fn link_in(cell: &str, definitions: &BTreeMap<String, String>) -> Option<(String, String)> {
    let mut parser = Parser::new_ext(cell, options());
    let mut label = String::new();
    let mut dest = None;
    for event in parser.by_ref() {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) if dest.is_none() => dest = Some(dest_url.to_string()),
            Event::Text(t) | Event::Code(t) if dest.is_some() => label.push_str(&t),
            Event::End(TagEnd::Link) => break,
            _ => {}
        }
    }
    if let Some(dest) = dest {
        return Some((label, dest));
    }
    // `[#x][channel]` with the definition elsewhere in the file: the parser of the cell
    // alone does not know it.
    let rest = cell.trim().strip_prefix('[')?;
    let (text, after) = rest.split_once(']')?;
    let reference = after.strip_prefix('[').and_then(|r| r.strip_suffix(']')).unwrap_or(text);
    let reference = if reference.is_empty() { text } else { reference };
    definitions.get(&reference.to_lowercase()).map(|d| (text.to_owned(), d.clone()))
}

/// How [`rewrite`] treats a relative destination (`./other.md#why`, `images/x.png`).
pub trait Destinations {
    /// The address to write instead of `dest`, a destination relative to the upstream
    /// file; `None` keeps it.
    fn relative(&self, dest: &str) -> Option<String>;
}

/// `body` as an imported file keeps it: relative link and image destinations replaced as
/// `destinations` says, and, with `untick`, every task-list box written as plain text
/// (`\[x]`), so that upstream's checklists do not become the goal's milestones.
pub fn rewrite(body: &str, destinations: &dyn Destinations, untick: bool) -> String {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let parser = Parser::new_ext(body, options());
    for def in parser.reference_definitions().iter().map(|(_, d)| d) {
        if let Some(edit) = destination_edit(body, def.span.clone(), &def.dest, destinations, "]:") {
            edits.push(edit);
        }
    }
    for (event, span) in Parser::new_ext(body, options()).into_offset_iter() {
        match event {
            Event::Start(
                Tag::Link { link_type: LinkType::Inline, dest_url, .. }
                | Tag::Image { link_type: LinkType::Inline, dest_url, .. },
            ) => {
                if let Some(edit) = destination_edit(body, span, &dest_url, destinations, "](") {
                    edits.push(edit);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => edits.extend(html_edits(body, span, destinations)),
            Event::TaskListMarker(_) if untick => {
                if let Some(open) = body[span.clone()].find('[') {
                    edits.push((span.start + open..span.start + open, "\\".to_owned()));
                }
            }
            _ => {}
        }
    }
    edits.sort_by_key(|(range, _)| range.start);
    let mut out = String::with_capacity(body.len());
    let mut at = 0;
    for (range, text) in edits {
        if range.start < at {
            continue;
        }
        out.push_str(&body[at..range.start]);
        out.push_str(&text);
        at = range.end;
    }
    out.push_str(&body[at..]);
    out
}

/// The edit replacing `dest` where it is written after `marker` in `span` of `body`.
fn destination_edit(
    body: &str,
    span: Range<usize>,
    dest: &str,
    destinations: &dyn Destinations,
    marker: &str,
) -> Option<(Range<usize>, String)> {
    if dest.is_empty() || dest.starts_with('#') || dest.starts_with("//") || has_scheme(dest) {
        return None;
    }
    let replacement = destinations.relative(dest)?;
    let written = &body[span.clone()];
    // The destination as written, right after a marker (and spaces or `<`): found
    // literally, so that a destination with escapes in it is left as it is.
    let at = written.match_indices(marker).find_map(|(i, _)| {
        let rest = &written[i + marker.len()..];
        let lead = rest.len() - rest.trim_start_matches([' ', '\t', '\n', '<']).len();
        rest[lead..].starts_with(dest).then_some(i + marker.len() + lead)
    })?;
    let start = span.start + at;
    Some((start..start + dest.len(), replacement))
}

/// The edits for the relative `src` and `href` addresses of raw HTML at `span` of `body`.
fn html_edits(body: &str, span: Range<usize>, destinations: &dyn Destinations) -> Vec<(Range<usize>, String)> {
    let html = &body[span.clone()];
    let lower = html.to_ascii_lowercase();
    let mut edits = Vec::new();
    for attribute in ["src=", "href="] {
        let mut from = 0;
        while let Some(found) = lower[from..].find(attribute) {
            let at = from + found + attribute.len();
            from = at;
            let preceded = lower[..at - attribute.len()].ends_with(|c: char| c.is_ascii_whitespace());
            if !preceded {
                continue;
            }
            let rest = &html[at..];
            let (start, value) = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => (at + 1, rest[1..].split(q).next().unwrap_or_default()),
                _ => (at, rest.split(|c: char| c.is_ascii_whitespace() || c == '>').next().unwrap_or_default()),
            };
            if value.is_empty() || value.starts_with('#') || value.starts_with("//") || has_scheme(value) {
                continue;
            }
            if let Some(replacement) = destinations.relative(value) {
                edits.push((span.start + start..span.start + start + value.len(), replacement));
            }
        }
    }
    edits
}

/// Whether `dest` starts with a URL scheme (`https:`, `mailto:`).
pub fn has_scheme(dest: &str) -> bool {
    dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
    })
}

/// `@login` names in `text` (GitHub's: letters, digits and single hyphens), in order, once
/// each, and whether the text held anything besides them and separators.
pub fn logins(text: &str) -> (Vec<String>, bool) {
    let mut found: Vec<String> = Vec::new();
    let mut other = false;
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '/' | '(' | ')')) {
        let word = word.trim_matches(|c: char| matches!(c, '*' | '_' | '.' | '`' | '"' | '\'' | '“' | '”'));
        if word.is_empty() || word.eq_ignore_ascii_case("and") || word == "&" {
            continue;
        }
        match word.strip_prefix('@') {
            Some(login) if is_login(login) => {
                let login = login.to_owned();
                if !found.contains(&login) {
                    found.push(login);
                }
            }
            _ => other = true,
        }
    }
    (found, other)
}

fn is_login(s: &str) -> bool {
    cairn_model::Login::new(s).is_ok()
}

#[cfg(test)]
mod tests;
