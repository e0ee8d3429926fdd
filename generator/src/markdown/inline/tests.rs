//! Autolinks, references and shortcodes, on the shapes real goal files use them in.

use super::*;

fn github() -> RepoConfig {
    RepoConfig {
        url: "https://github.com/rust-lang/rust-project-goals".into(),
        branch: "main".into(),
        host: HostKind::Github,
    }
}

fn link(href: &str, text: &str) -> Piece {
    Piece::Link { href: href.to_owned(), text: text.to_owned() }
}

fn text(s: &str) -> Piece {
    Piece::Text(s.to_owned())
}

#[test]
fn bare_addresses_are_linked_as_gfm_does() {
    assert_eq!(
        decorate(
            "See https://example.org/a_(b), www.rust-lang.org. or mail team@example.org; not ftp://x.example or example.org",
            None,
            true
        ),
        vec![
            text("See "),
            link("https://example.org/a_(b)", "https://example.org/a_(b)"),
            text(", "),
            link("http://www.rust-lang.org", "www.rust-lang.org"),
            text(". or mail "),
            link("mailto:team@example.org", "team@example.org"),
            text("; not ftp://x.example or example.org"),
        ]
    );
}

#[test]
fn references_are_linked_against_the_repository() {
    let repo = github();
    assert_eq!(
        decorate("[rust-lang/rust-project-goals#105] by @nikomatsakis, see #12 and (#7).", Some(&repo), true),
        vec![
            text("["),
            link("https://github.com/rust-lang/rust-project-goals/issues/105", "rust-lang/rust-project-goals#105"),
            text("] by "),
            link("https://github.com/nikomatsakis", "@nikomatsakis"),
            text(", see "),
            link("https://github.com/rust-lang/rust-project-goals/issues/12", "#12"),
            text(" and ("),
            link("https://github.com/rust-lang/rust-project-goals/issues/7", "#7"),
            text(")."),
        ]
    );
    assert_eq!(
        decorate("fixed in 1a2b3c4d5e6f and a1b2c3d", Some(&repo), true),
        vec![
            text("fixed in "),
            Piece::Commit {
                href: "https://github.com/rust-lang/rust-project-goals/commit/1a2b3c4d5e6f".into(),
                short: "1a2b3c4".into()
            },
            text(" and "),
            Piece::Commit {
                href: "https://github.com/rust-lang/rust-project-goals/commit/a1b2c3d".into(),
                short: "a1b2c3d".into()
            },
        ]
    );
}

#[test]
fn what_only_looks_like_a_reference_stays_text() {
    let repo = github();
    for words in [
        "C#12 and x#3",
        "#0 #12abc #fff000",
        "deadbeef (no digit) 1234567 (no letter) ABC1234 (upper case) abc12 (short)",
        "@org/team",
        "a@-x and a path/to#anchor",
        "issue #1234567890",
    ] {
        let pieces = decorate(words, Some(&repo), true);
        assert!(pieces.iter().all(|p| matches!(p, Piece::Text(_))), "{words}: {pieces:?}");
    }
    assert_eq!(decorate("#12 and @amara", None, true), vec![text("#12 and @amara")], "no repository, no references");
    assert_eq!(
        decorate("https://x.example #12", Some(&repo), false),
        vec![text("https://x.example #12")],
        "inside a link"
    );
}

#[test]
fn gitlab_has_merge_requests() {
    let repo =
        RepoConfig { url: "https://gitlab.com/lantern/goals".into(), branch: "main".into(), host: HostKind::Gitlab };
    assert_eq!(
        decorate("!4 and other/repo!5", Some(&repo), true),
        vec![
            link("https://gitlab.com/lantern/goals/-/merge_requests/4", "!4"),
            text(" and "),
            link("https://gitlab.com/other/repo/-/merge_requests/5", "other/repo!5"),
        ]
    );
}

#[test]
fn shortcodes_are_emoji_outside_code() {
    assert_eq!(
        emoji(":white_check_mark: done :tada::+1: but :not_an_emoji: and 10:30:00"),
        "✅ done 🎉👍 but :not_an_emoji: and 10:30:00"
    );
    assert_eq!(decorate(":rocket: #1", None, false), vec![text("🚀 #1")]);
}
