//! Reading `cairn.toml` into a [`SiteConfig`].

use cairn_model::{Extra, HostKind, MarkdownConfig, NavItem, RepoConfig, ReviewPolicy, SiteConfig};

use super::fields::{Addresses, Doc, Spanned, Table};
use super::node;
use crate::diagnostic::{Diagnostic, Problem, SourceFile};

const KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "repo",
    "endpoint",
    "review",
    "markdown",
    "nav",
    "extra_css",
    "extra",
    "search",
    "roles",
];
const NAV_KEYS: &[&str] = &["label", "url"];
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
    let nav = t.node("nav").map(|_| nav(t));
    let extra_css = t.texts("extra_css").into_iter().filter_map(|css| link(t, "extra_css", css)).collect();
    let extra = extra_table(t);
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
        nav,
        extra_css,
        extra,
        search: t.flag("search").unwrap_or(true),
        roles: roles(t),
    })
}

/// `[roles]`: the community's own roles for `people:` of goals, each a name (as a goal
/// writes it) and its label.
fn roles(t: &Table<'_>) -> std::collections::BTreeMap<String, String> {
    let Some(roles) = t.free_table("roles", "roles.") else { return Default::default() };
    roles
        .keys()
        .filter_map(|key| {
            if let Err(reason) = cairn_model::Slug::new(&key.name) {
                let suggestion = cairn_model::Slug::suggest(&key.name).map(|s| s.to_string());
                let problem = Problem::BadName { what: "role", name: key.name.clone(), reason, suggestion };
                t.doc().report(&key.span, problem);
                return None;
            }
            if roles.node(&key.name).is_none() {
                roles.missing(&key.name, "mentor = \"Mentor\"");
            }
            Some((key.name.clone(), roles.text(&key.name)?.value))
        })
        .collect()
}

/// `[[nav]]`: each entry's label and where it leads.
fn nav(t: &Table<'_>) -> Vec<NavItem> {
    t.list("nav")
        .iter()
        .filter_map(|item| {
            let Some(entry) = t.item_table(item, "nav.", NAV_KEYS) else {
                let problem = Problem::WrongType {
                    key: "nav".into(),
                    expected: "a table with `label` and `url`",
                    found: item.value.describe(),
                };
                t.doc().report(&item.span, problem);
                return None;
            };
            let label = entry.required_text("label", "label = \"Goals\"");
            let url = entry.required_text("url", "url = \"goals/\"").and_then(|u| link(&entry, "url", u));
            Some(NavItem { label: label?.value, url: url? })
        })
        .collect()
}

/// Where a link of the site's own leads: a path on the site (`goals/`, `/assets/x.css`)
/// or a web address; nothing else (`javascript:`).
fn link(t: &Table<'_>, key: &str, value: Spanned<String>) -> Option<String> {
    let scheme = value.value.split_once(':').is_some_and(|(s, _)| !s.contains('/'));
    if scheme || value.value.starts_with("//") { t.address(key, value, WEB) } else { Some(value.value) }
}

/// `[extra]`: any table, as it is.
fn extra_table(t: &Table<'_>) -> std::collections::BTreeMap<String, Extra> {
    let Some(node) = t.node("extra") else { return std::collections::BTreeMap::new() };
    match &node.value {
        node::Value::Map(entries) => {
            entries.iter().filter_map(|(k, v)| extra(v).map(|v| (k.name.clone(), v))).collect()
        }
        other => {
            let problem = Problem::WrongType { key: "extra".into(), expected: "a table", found: other.describe() };
            t.doc().report(&node.span, problem);
            std::collections::BTreeMap::new()
        }
    }
}

/// A value of `[extra]`, as it is (`None` for an empty value).
fn extra(node: &node::Node) -> Option<Extra> {
    Some(match &node.value {
        node::Value::Null => return None,
        node::Value::Bool(b) => Extra::Bool(*b),
        node::Value::Int(n) => Extra::Integer(*n),
        node::Value::Float(f) => Extra::Float(*f),
        node::Value::Str(s) | node::Value::Datetime(s) => Extra::Text(s.clone()),
        node::Value::Seq(items) => Extra::List(items.iter().filter_map(extra).collect()),
        node::Value::Map(entries) => {
            Extra::Table(entries.iter().filter_map(|(k, v)| extra(v).map(|v| (k.name.clone(), v))).collect())
        }
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
