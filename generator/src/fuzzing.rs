//! The properties cairn's fuzz targets check (`fuzz/`, run with `scripts/fuzz`): each
//! function reads arbitrary bytes the way cairn reads a repository's files, and returns
//! `Err` with what went wrong when a property the rest of cairn relies on does not hold.
//! A panic inside is a failure too. The tests below hold every fixture to the same
//! properties (the fuzzers' seed corpus), so they stay true on stable between fuzzing
//! runs.
//!
//! Bytes that are not UTF-8 are out of scope: the loader reports them (`not-utf8`) before
//! any of these readers sees the file.

use std::collections::BTreeMap;

use cairn_model::{HostKind, RepoConfig};

use crate::diagnostic::render::{Format, render};
use crate::diagnostic::{Diagnostic, Diagnostics, Location};
use crate::markdown::{self, Pages};

/// Reads `data` as a goal file: a goal, or diagnostics that point inside the file and
/// render in every format.
pub fn front_matter(data: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(data) else { return Ok(()) };
    match crate::load::read_goal_file("goals/fuzz.md", text) {
        Ok(goal) if goal.title.trim().is_empty() => Err(format!("a goal without a title was accepted: {goal:?}")),
        Ok(_) => Ok(()),
        Err(found) => diagnostics_hold(text, found),
    }
}

/// Renders `data` as a goal's body (and its first line as a title): ammonia, sanitizing
/// the output with the allow-list cairn promises, changes nothing.
pub fn markdown(data: &[u8]) -> Result<(), String> {
    let Ok(body) = std::str::from_utf8(data) else { return Ok(()) };
    let pages = Pages {
        links: BTreeMap::from([("goals/other.md".to_owned(), "/goals/other/".to_owned())]),
        root: "/".to_owned(),
        repo: Some(RepoConfig {
            url: "https://github.com/lantern/goals".to_owned(),
            branch: "main".to_owned(),
            host: HostKind::Github,
        }),
        remote_images: false,
    };
    let title = body.lines().next().unwrap_or_default();
    let html = markdown::render("goals/fuzz.md", body, Some(title), &pages);
    markdown::oracle::check(&html).map_err(|e| format!("the body's HTML: {e}"))?;
    let title = markdown::title(title);
    markdown::oracle::check(&title.html).map_err(|e| format!("the title's HTML: {e}"))?;
    if title.plain.contains(['<', '>']) && !body.lines().next().unwrap_or_default().contains(['<', '>']) {
        return Err(format!("the plain title has markup the title had not: {:?}", title.plain));
    }
    Ok(())
}

/// Reads `data` as a TOML and as a YAML ballot: a ballot that reads back the same from
/// the file cairn writes for it (so no vote changes on its way through cairn), or
/// diagnostics that point inside the file.
pub fn ballot(data: &[u8]) -> Result<(), String> {
    let Ok(text) = std::str::from_utf8(data) else { return Ok(()) };
    for path in ["polls/fuzz/ballots/amara.toml", "polls/fuzz/ballots/amara.yaml"] {
        match crate::load::read_ballot_file(path, text) {
            Ok(ballot) => {
                let written = ballot.choice.to_toml();
                let again = crate::load::read_ballot_file("polls/fuzz/ballots/amara.toml", &written)
                    .map_err(|d| format!("the file written for {ballot:?} does not read: {d:?}\n{written}"))?;
                if again != ballot {
                    return Err(format!("{ballot:?} reads back as {again:?} from\n{written}"));
                }
            }
            Err(found) => diagnostics_hold(text, found)?,
        }
    }
    Ok(())
}

/// Every diagnostic points at a place inside `text`, its line and column are that place's,
/// and the whole set renders in every format.
fn diagnostics_hold(text: &str, found: Vec<Diagnostic>) -> Result<(), String> {
    if found.is_empty() {
        return Err("a file was refused without a diagnostic".to_owned());
    }
    for d in &found {
        let Some(loc) = &d.location else { continue };
        let span = &loc.span;
        if span.start > span.end
            || span.end > text.len()
            || !text.is_char_boundary(span.start)
            || !text.is_char_boundary(span.end)
        {
            return Err(format!("{d}: the span {span:?} is not inside the file of {} bytes", text.len()));
        }
        if *loc != Location::of(text, span.clone()) {
            return Err(format!("{d}: line and column are not those of {span:?}"));
        }
    }
    let all = Diagnostics::new(found);
    for format in [Format::Human, Format::Short, Format::Json, Format::Github] {
        if render(&all, format, false).is_empty() {
            return Err(format!("{format:?} rendered nothing for {} diagnostics", all.len()));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The seed corpus: every Markdown, TOML and YAML file of the fixtures and the example.
    fn seeds() -> Vec<(String, Vec<u8>)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut found = Vec::new();
        for dir in ["tests/fixtures", "content"] {
            for entry in ignore::WalkBuilder::new(root.join(dir)).standard_filters(false).build().flatten() {
                let path = entry.path();
                let wanted = path
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e, "md" | "toml" | "yaml" | "yml"));
                if wanted && entry.file_type().is_some_and(|t| t.is_file()) {
                    found.push((path.display().to_string(), std::fs::read(path).expect("a fixture")));
                }
            }
        }
        found
    }

    #[test]
    fn every_fixture_holds_to_what_the_fuzzers_check() {
        let seeds = seeds();
        assert!(seeds.len() > 100, "the fixtures are found: {}", seeds.len());
        let mut failed = Vec::new();
        for (path, bytes) in &seeds {
            for (target, check) in
                [("front_matter", front_matter as fn(&[u8]) -> _), ("markdown", markdown), ("ballot", ballot)]
            {
                if let Err(e) = check(bytes) {
                    failed.push(format!("{target} on {path}: {e}"));
                }
            }
        }
        assert_eq!(failed, Vec::<String>::new());
    }

    #[test]
    fn the_checks_can_fail() {
        // A refusal without a diagnostic, and a span outside the file, are caught.
        assert!(diagnostics_hold("x", vec![]).is_err());
        let file = crate::diagnostic::SourceFile { path: "goals/a.md".into(), text: "x".into() };
        let mut outside = Diagnostic::at(&file, 0..1, crate::diagnostic::Problem::MissingFrontMatter);
        outside.location = Some(Location { line: 1, column: 1, span: 0..9 });
        assert!(diagnostics_hold("x", vec![outside]).is_err());
        assert!(markdown::oracle::check("<script>alert(1)</script>").is_err());
    }
}
