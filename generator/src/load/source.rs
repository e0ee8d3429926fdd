//! Reading one file of the repository safely: never through a symbolic link that leads
//! outside the repository, never more than the size limit, and only as UTF-8.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Problem, SourceFile};
use crate::escape::is_control;

/// Whether a file to read may be a symbolic link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    /// Not known: look before reading.
    Unknown,
    /// Already known not to be a link, or a link checked with [`check_link`].
    Checked,
}

/// Reads `rel` (a `/`-separated path under `root`). `root` must be canonical.
pub(crate) fn read_source(root: &Path, rel: &str, link: Link, limit: u64) -> Result<SourceFile, Diagnostic> {
    let path = root.join(rel);
    let unreadable = |e: std::io::Error| Diagnostic::file(rel, Problem::Unreadable { reason: io_reason(&e) });
    if link == Link::Unknown {
        if std::fs::symlink_metadata(&path).map_err(unreadable)?.file_type().is_symlink() {
            check_link(root, rel)?;
        }
        // Opening a named pipe would block: look before opening.
        if !std::fs::metadata(&path).map_err(unreadable)?.is_file() {
            return Err(Diagnostic::file(rel, Problem::Unreadable { reason: "not a regular file".into() }));
        }
    }
    let file = File::open(&path).map_err(unreadable)?;
    let too_large = || Diagnostic::file(rel, Problem::FileTooLarge { limit });
    let size = file.metadata().map_err(unreadable)?.len();
    if size > limit {
        return Err(too_large());
    }
    // One byte more than the size, so the read that finds the end needs no reallocation.
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    // The file may grow between the check and the read: never read past the limit.
    file.take(limit + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Diagnostic::file(rel, Problem::EmptyFile));
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            let file = SourceFile { path: rel.to_owned(), text: Arc::from(text) };
            match file.text.char_indices().find(|&(_, c)| is_control(c)) {
                Some((at, c)) => {
                    let problem = Problem::ControlCharacter { code: u32::from(c) };
                    Err(Diagnostic::at(&file, at..at + c.len_utf8(), problem))
                }
                None => Ok(file),
            }
        }
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(err.as_bytes()).into_owned();
            let file = SourceFile { path: rel.to_owned(), text: Arc::from(lossy) };
            Err(Diagnostic::at(&file, at..at + 1, Problem::NotUtf8))
        }
    }
}

/// Fails unless the symbolic link `rel` resolves to a place inside `root`.
pub(crate) fn check_link(root: &Path, rel: &str) -> Result<(), Diagnostic> {
    let path = root.join(rel);
    match std::fs::canonicalize(&path) {
        Ok(target) if target.starts_with(root) => Ok(()),
        Ok(target) => Err(Diagnostic::file(rel, Problem::SymlinkOutside { target: target.display().to_string() })),
        Err(e) => Err(Diagnostic::file(
            rel,
            Problem::Unreadable { reason: format!("broken symbolic link ({})", io_reason(&e)) },
        )),
    }
}

/// The operating system's reason, in lower case like every other message
/// ("permission denied (os error 13)").
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}
