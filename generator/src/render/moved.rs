//! Renamed goals: their earlier names (valid goal names no other goal has now), a page at
//! each old address that sends readers on, and the goal's JSON and badges under the old
//! names too, so that widgets embedded and README badges made before the rename keep
//! working.

use std::collections::HashMap;

use cairn_model::{Content, Goal, History, Slug};

use super::{RenderError, Sink, SinkError, Urls};

/// Each renamed goal with one of its earlier names.
pub(crate) fn renamed<'a>(content: &'a Content, history: &History) -> Vec<(&'a Goal, Slug)> {
    let mut out = Vec::new();
    for goal in &content.goals {
        let Some(history) = history.goal(goal.slug.as_str()) else { continue };
        for old in &history.renamed_from {
            // An earlier file name that is not a valid goal name never had a page.
            let Ok(slug) = Slug::new(old) else { continue };
            if content.goal(&slug).is_none() && !out.iter().any(|(_, s): &(&Goal, Slug)| *s == slug) {
                out.push((goal, slug));
            }
        }
    }
    out
}

/// A page at each earlier address, with a canonical link (for search engines) and a
/// refresh to the goal's page.
pub(crate) fn render_redirects(
    content: &Content,
    renamed: &[(&Goal, Slug)],
    urls: &Urls,
    sink: &dyn Sink,
) -> Result<(), RenderError> {
    for (goal, old) in renamed {
        let to = urls.absolute(&urls.goal(goal));
        let escaped = crate::escape::escape(&to);
        let page = format!(
            "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>Moved</title>\
<link rel=\"canonical\" href=\"{escaped}\"><meta http-equiv=\"refresh\" content=\"0; url={escaped}\"></head>\
<body><p>This goal has moved to <a href=\"{escaped}\">{escaped}</a>.</p></body></html>\n",
            content.config.language
        );
        sink.put(&format!("goals/{old}/index.html"), page.into_bytes())?;
    }
    Ok(())
}

/// A sink that also writes a renamed goal's JSON and badges under its earlier names.
pub(crate) struct Aliases<'a> {
    inner: &'a dyn Sink,
    /// File of the current name -> the same file under earlier names.
    copies: HashMap<String, Vec<String>>,
}

impl<'a> Aliases<'a> {
    pub(crate) fn new(inner: &'a dyn Sink, renamed: &[(&Goal, Slug)]) -> Self {
        let mut copies: HashMap<String, Vec<String>> = HashMap::new();
        for (goal, old) in renamed {
            for (folder, ext) in [("api/v1/goals", "json"), ("badges", "svg"), ("badges", "json")] {
                let from = format!("{folder}/{}.{ext}", goal.slug);
                copies.entry(from).or_default().push(format!("{folder}/{old}.{ext}"));
            }
        }
        Self { inner, copies }
    }
}

impl Sink for Aliases<'_> {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<(), SinkError> {
        if let Some(others) = self.copies.get(path) {
            for other in others {
                self.inner.put(other, bytes.clone())?;
            }
        }
        self.inner.put(path, bytes)
    }
}
