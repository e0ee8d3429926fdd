//! Links between content files: every Markdown link to a `.md` file must lead to a page of
//! the site (the charter, a goal, a community's `_index.md`, an update); a relative link
//! to any other file gets a warning, since only `static/` is published.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Problem, SourceFile};
use crate::markdown::FileLink;

/// The links of one file's body into the repository, with their spans in the file.
#[derive(Debug)]
pub(crate) struct BodyLinks {
    pub(crate) file: SourceFile,
    /// Where each link leads, and where it is written in the file.
    pub(crate) links: Vec<(FileLink, Range<usize>)>,
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
