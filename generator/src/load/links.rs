//! Links between content files: every Markdown link to a `.md` file must lead to a page of
//! the site (the charter, a goal, a community's `_index.md`, an update); a relative link
//! to any other file gets a warning, since only `static/` is published.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use super::LoadOptions;
use super::frontmatter;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};
use crate::markdown::{self, FileLink};

/// The links of one file's body to Markdown files, with their spans in the file.
pub(crate) struct BodyLinks {
    file: SourceFile,
    /// Where each link leads, and where it is written in the file.
    links: Vec<(FileLink, Range<usize>)>,
}

/// Finds the Markdown-file links in `file`'s body (nothing when it has no front matter:
/// that is reported elsewhere).
pub(crate) fn body_links(file: &SourceFile, options: &LoadOptions) -> Option<BodyLinks> {
    let split = frontmatter::split(&file.text, options.max_front_matter_bytes).ok()?;
    let links: Vec<_> = markdown::file_links(&file.path, split.body)
        .into_iter()
        .map(|(target, span)| (target, split.body_offset + span.start..split.body_offset + span.end))
        .collect();
    (!links.is_empty()).then(|| BodyLinks { file: file.clone(), links })
}

/// Reports links whose target is not one of `pages`.
pub(crate) fn check_links(root: &Path, found: &[BodyLinks], pages: &BTreeSet<&str>, diagnostics: &mut Vec<Diagnostic>) {
    for body in found {
        for (target, span) in &body.links {
            let problem = match target {
                FileLink::Page(Ok(t)) if pages.contains(t.as_str()) => continue,
                FileLink::Page(Ok(t)) if root.join(t).is_file() => Problem::LinkNotAPage { target: t.clone() },
                FileLink::Page(Ok(t) | Err(t)) => Problem::BrokenLink { target: t.clone() },
                FileLink::Relative(t) => Problem::RelativeLink { target: t.clone() },
            };
            diagnostics.push(Diagnostic::at(&body.file, span.clone(), problem));
        }
    }
}
