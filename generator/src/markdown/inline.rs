//! The words of a body as the git hosts link and decorate them: bare web and mail
//! addresses (GFM's autolinks), references to the community's host (`#123`,
//! `owner/repo#123`, GitLab's `!45`, `@login`, a commit id), and emoji shortcodes
//! (`:tada:`, from GitHub's gemoji table in the `emojis` crate). Text inside links and
//! code is left as written; shortcodes become emoji everywhere but code.

use std::sync::LazyLock;

use cairn_model::{HostKind, RepoConfig};
use linkify::{LinkFinder, LinkKind};

/// One piece of a decorated text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    Text(String),
    /// A link the text did not write as one.
    Link {
        href: String,
        text: String,
    },
    /// A commit id, linked and shown as code, shortened as the hosts show it.
    Commit {
        href: String,
        short: String,
    },
}

/// `text` in pieces: linked where `linking` (outside links), with shortcodes as emoji;
/// references only when the repository's host is known.
pub(crate) fn decorate(text: &str, repo: Option<&RepoConfig>, linking: bool) -> Vec<Piece> {
    let mut pieces = Vec::new();
    if !linking {
        push_text(&mut pieces, &emoji(text));
        return pieces;
    }
    let mut at = 0;
    for link in FINDER.links(text) {
        let Some(href) = autolink(link.as_str(), link.kind()) else { continue };
        references(&text[at..link.start()], repo, &mut pieces);
        pieces.push(Piece::Link { href, text: link.as_str().to_owned() });
        at = link.end();
    }
    references(&text[at..], repo, &mut pieces);
    pieces
}

static FINDER: LazyLock<LinkFinder> = LazyLock::new(|| {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url, LinkKind::Email]).url_must_have_scheme(false);
    finder
});

/// Where a bare address found in text leads, as GFM autolinks it: `http(s)://` and
/// `www.` addresses and mail addresses; nothing else (`ftp://`, `example.org`).
fn autolink(found: &str, kind: &LinkKind) -> Option<String> {
    match kind {
        LinkKind::Email => Some(format!("mailto:{found}")),
        _ => {
            let lower = found.to_ascii_lowercase();
            if lower.starts_with("https://") || lower.starts_with("http://") {
                Some(found.to_owned())
            } else if lower.starts_with("www.") {
                Some(format!("http://{found}"))
            } else {
                None
            }
        }
    }
}

fn push_text(pieces: &mut Vec<Piece>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(text);
    } else {
        pieces.push(Piece::Text(text.to_owned()));
    }
}

/// `:shortcode:` as its emoji, where the shortcode is GitHub's.
pub(crate) fn emoji(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(':') {
        let after = &rest[open + 1..];
        let len =
            after.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-'))).unwrap_or(after.len());
        let found =
            (len > 0 && after[len..].starts_with(':')).then(|| emojis::get_by_shortcode(&after[..len])).flatten();
        match found {
            Some(emoji) => {
                out.push_str(&rest[..open]);
                out.push_str(emoji.as_str());
                rest = &after[len + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` with the references the host would link made links; shortcodes as emoji.
fn references(text: &str, repo: Option<&RepoConfig>, pieces: &mut Vec<Piece>) {
    let Some(repo) = repo else {
        push_text(pieces, &emoji(text));
        return;
    };
    let mut from = 0;
    let mut at = 0;
    while at < text.len() {
        let boundary = text[..at].chars().next_back().is_none_or(|c| !is_word(c) && !matches!(c, '/' | '&' | '`'));
        let found = if boundary { reference(&text[at..], repo) } else { None };
        match found {
            Some((len, piece)) => {
                push_text(pieces, &emoji(&text[from..at]));
                pieces.push(piece);
                at += len;
                from = at;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    push_text(pieces, &emoji(&text[from..]));
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '@' | '#' | '!')
}

/// The reference `s` starts with, and its length.
fn reference(s: &str, repo: &RepoConfig) -> Option<(usize, Piece)> {
    let link = |len: usize, href: String| Some((len, Piece::Link { href, text: s[..len].to_owned() }));
    let first = s.chars().next()?;
    if first == '@' {
        let len = login_len(&s[1..])?;
        // `@org/team` names a team, which needs the host's login to see.
        return (!s[1 + len..].starts_with('/')).then(|| link(1 + len, repo.user_url(&s[1..=len]))).flatten();
    }
    if let Some((len, number)) = number_after(s, '#') {
        return link(len, repo.issue_url(None, number));
    }
    if repo.host == HostKind::Gitlab
        && let Some((len, number)) = number_after(s, '!')
    {
        return link(len, repo.merge_request_url(None, number));
    }
    if first.is_ascii_alphanumeric() {
        if let Some((len, other, sigil, number)) = cross_reference(s) {
            let href = if sigil == '!' && repo.host == HostKind::Gitlab {
                repo.merge_request_url(Some(other), number)
            } else if sigil == '#' {
                repo.issue_url(Some(other), number)
            } else {
                return None;
            };
            return link(len, href);
        }
        return commit(s, repo);
    }
    None
}

/// `#123` (or `!45`) at the start of `s`, ending at a word's end: its length and number.
fn number_after(s: &str, sigil: char) -> Option<(usize, u64)> {
    let digits = s.strip_prefix(sigil)?;
    let len = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
    if len == 0 || len > 9 || digits.starts_with('0') || ends_word(&digits[len..]) {
        return None;
    }
    Some((1 + len, digits[..len].parse().ok()?))
}

/// Whether `rest` (what follows a reference) continues the word, so that the reference
/// is not one.
fn ends_word(rest: &str) -> bool {
    rest.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// `owner/repo#123` at the start of `s`: its length, `owner/repo`, the sigil and number.
fn cross_reference(s: &str) -> Option<(usize, &str, char, u64)> {
    let owner = login_len(s)?;
    let repo_part = s[owner..].strip_prefix('/')?;
    let name = repo_part
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')))
        .unwrap_or(repo_part.len());
    if name == 0 || name > 100 {
        return None;
    }
    let at = owner + 1 + name;
    let sigil = s[at..].chars().next()?;
    let (len, number) = number_after(&s[at..], sigil).filter(|_| matches!(sigil, '#' | '!'))?;
    Some((at + len, &s[..owner + 1 + name], sigil, number))
}

/// The length of a login at the start of `s`: letters, digits and single hyphens, not
/// starting or ending with one, at most 39 characters.
fn login_len(s: &str) -> Option<usize> {
    let len = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(s.len());
    let login = s[..len].trim_end_matches('-');
    let ok = !login.is_empty() && login.len() <= 39 && !login.starts_with('-') && !login.contains("--");
    ok.then_some(login.len())
}

/// A commit id at the start of `s`: 7 to 40 hexadecimal digits with at least one letter
/// and one digit, a word of its own.
fn commit(s: &str, repo: &RepoConfig) -> Option<(usize, Piece)> {
    let len = s.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(s.len());
    let id = &s[..len];
    let mixed = id.bytes().any(|b| b.is_ascii_digit()) && id.bytes().any(|b| b.is_ascii_alphabetic());
    if !(7..=40).contains(&len) || !mixed || id.bytes().any(|b| b.is_ascii_uppercase()) || ends_word(&s[len..]) {
        return None;
    }
    Some((len, Piece::Commit { href: repo.commit_url(id), short: id[..7].to_owned() }))
}

#[cfg(test)]
mod tests;
