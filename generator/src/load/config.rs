//! Reading `cairn.toml` into a [`SiteConfig`].

use cairn_model::{HostKind, MarkdownConfig, RepoConfig, ReviewPolicy, SiteConfig};

use super::fields::{Addresses, Doc, Spanned, Table};
use super::node;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &["title", "description", "base_url", "language", "repo", "endpoint", "review", "markdown"];
const REPO_KEYS: &[&str] = &["url", "branch", "host"];
const REVIEW_KEYS: &[&str] = &["due_soon_days", "stale_after_days"];
const MARKDOWN_KEYS: &[&str] = &["remote_images"];
const WEB: Addresses = Addresses { schemes: &["https://", "http://"], expected: "an `https://` or `http://` address" };

/// Reads `cairn.toml`.
pub(crate) fn read_config(file: &SourceFile) -> Result<SiteConfig, Vec<Diagnostic>> {
    let node = node::parse_toml(&file.text).map_err(|e| {
        let problem = Problem::Syntax { format: "TOML", message: e.message };
        vec![Diagnostic::at(file, e.span.unwrap_or(0..0), problem)]
    })?;
    let doc = Doc::new(file, 0);
    let config = Table::root(&doc, &node, 0..0, KEYS).and_then(|t| build(&t));
    let diagnostics = doc.into_diagnostics();
    match config {
        Some(config) if diagnostics.is_empty() => Ok(config),
        _ => Err(diagnostics),
    }
}

fn build(t: &Table<'_>) -> Option<SiteConfig> {
    let title = t.required_text("title", "title = \"Lantern goals\"");
    let description = t.text("description").map(|d| d.value);
    let base_url =
        t.required_text("base_url", "base_url = \"https://goals.example.org/\"").and_then(|u| url(t, "base_url", u));
    let language = match t.text("language") {
        Some(lang) if is_language_tag(&lang.value) => Some(lang.value),
        Some(lang) => {
            t.doc().report(&lang.span, Problem::BadLanguage { value: lang.value });
            None
        }
        None => Some("en".to_owned()),
    };
    let repo = t.table("repo", "repo.", REPO_KEYS).and_then(|r| repo(&r));
    let endpoint = t.text("endpoint").and_then(|u| url(t, "endpoint", u));
    let review = t.table("review", "review.", REVIEW_KEYS).map_or_else(ReviewPolicy::default, |r| {
        let default = ReviewPolicy::default();
        ReviewPolicy {
            due_soon_days: r.count("due_soon_days", 0, 3650).unwrap_or(default.due_soon_days),
            stale_after_days: r.count("stale_after_days", 0, 3650).unwrap_or(default.stale_after_days),
        }
    });
    let markdown = t.table("markdown", "markdown.", MARKDOWN_KEYS).map_or_else(MarkdownConfig::default, |m| {
        MarkdownConfig { remote_images: m.flag("remote_images").unwrap_or_default() }
    });
    let mut base_url = base_url?;
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    Some(SiteConfig {
        title: title?.value,
        description,
        base_url,
        language: language?,
        repo,
        endpoint,
        review,
        markdown,
    })
}

fn url(t: &Table<'_>, key: &str, value: Spanned<String>) -> Option<String> {
    t.address(key, value, WEB)
}

fn repo(t: &Table<'_>) -> Option<RepoConfig> {
    let url = t.required_text("url", "url = \"https://github.com/lantern/goals\"").and_then(|u| url(t, "repo.url", u));
    let branch = t.text("branch").map_or_else(|| "main".to_owned(), |b| b.value);
    let explicit_host = t.node("host").map(|_| t.keyword::<HostKindWord>("host", "host = \"github\""));
    let url = url?.trim_end_matches('/').to_owned();
    let host = match explicit_host {
        Some(host) => host?.value.0,
        None => {
            let host = infer_host(&url);
            if host.is_none() {
                let span = t.node("url").map(|n| n.span.clone()).unwrap_or_default();
                t.doc().report(&span, Problem::UnknownHost { url: url.clone() });
            }
            host?
        }
    };
    Some(RepoConfig { url, branch, host })
}

/// Recognises the well-known hosts; self-hosted ones need `host` set.
fn infer_host(url: &str) -> Option<HostKind> {
    let host = url.split("://").nth(1)?.split('/').next()?;
    match host {
        "github.com" => Some(HostKind::Github),
        "gitlab.com" => Some(HostKind::Gitlab),
        "codeberg.org" | "gitea.com" => Some(HostKind::Gitea),
        _ => None,
    }
}

/// [`HostKind`] read as a keyword.
struct HostKindWord(HostKind);

impl std::str::FromStr for HostKindWord {
    type Err = cairn_model::goal::UnknownKeyword;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "github" => Ok(Self(HostKind::Github)),
            "gitlab" => Ok(Self(HostKind::Gitlab)),
            "gitea" | "forgejo" => Ok(Self(HostKind::Gitea)),
            _ => Err(cairn_model::goal::UnknownKeyword { expected: &["github", "gitlab", "gitea", "forgejo"] }),
        }
    }
}

/// A loose BCP 47 check: a 2–3 letter language, then 1–8 character alphanumeric subtags.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["en", "pt-BR", "zh-Hant-TW", "de"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "english", "en_US", "e", "en-", "en-toolongsubtag"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn hosts() {
        assert_eq!(infer_host("https://github.com/lantern/goals"), Some(HostKind::Github));
        assert_eq!(infer_host("https://codeberg.org/lantern/goals"), Some(HostKind::Gitea));
        assert_eq!(infer_host("https://git.example.org/lantern/goals"), None);
    }
}
