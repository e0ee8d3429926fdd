//! Links between content files and into the repository: a Markdown link to a `.md` file
//! leads to its page (the charter, a goal, a community's `_index.md`, an update). A link
//! to another file of the repository (an `OWNERS` file, a script, a document outside the
//! content) leads to it on the git host, as it does there, when `[repo]` says which host;
//! without `[repo]` it gets a diagnostic. A link to a file that exists nowhere is an
//! error. A relative image must be a file the site publishes (`static/`).

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

/// What a body's links may lead to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Targets<'a> {
    /// The content files, which become pages, and the files published beside them.
    pub(crate) pages: &'a BTreeSet<&'a str>,
    /// Whether `[repo]` names the git host, where other files of the repository are.
    pub(crate) on_host: bool,
}

/// Reports links that lead nowhere, or nowhere the site can send a reader.
pub(crate) fn check_links(root: &Path, found: &[BodyLinks], targets: Targets<'_>, diagnostics: &mut Vec<Diagnostic>) {
    for body in found {
        for (target, span) in &body.links {
            let exists =
                |t: &str| crate::markdown::resolve_file(&body.file.path, t).is_some_and(|p| root.join(p).exists());
            let problem = match target {
                FileLink::Page(Ok(t)) if targets.pages.contains(t.as_str()) => continue,
                FileLink::Page(Ok(t)) if root.join(t).is_file() && targets.on_host => continue,
                FileLink::Page(Ok(t)) if root.join(t).is_file() => Problem::LinkNotAPage { target: t.clone() },
                FileLink::Page(Ok(t) | Err(t)) => Problem::BrokenLink { target: t.clone() },
                // A file beside goals or pages that the site publishes (an image, a PDF).
                FileLink::Relative(t) | FileLink::Image(t)
                    if crate::markdown::resolve_file(&body.file.path, t)
                        .is_some_and(|p| targets.pages.contains(p.as_str())) =>
                {
                    continue;
                }
                FileLink::Relative(t) if exists(t) && targets.on_host => continue,
                FileLink::Relative(t) if exists(t) => Problem::RelativeLink { target: t.clone(), image: false },
                FileLink::Image(t) if exists(t) => Problem::RelativeLink { target: t.clone(), image: true },
                FileLink::Relative(t) | FileLink::Image(t) => Problem::BrokenLink { target: t.clone() },
            };
            diagnostics.push(Diagnostic::at(&body.file, span.clone(), problem));
        }
    }
}
