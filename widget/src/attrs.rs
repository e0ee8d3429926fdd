//! The elements' attributes: what each may say, and what an unusable value becomes.
//! Mistakes in a host page are shown in the card, never only in the console.

use cairn_model::{GoalStatus, Slug};

/// The colour scheme a card uses: `light`, `dark`, or the reader's (`auto`, the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The theme an attribute asks for; anything else than `light` or `dark` follows the
    /// reader's setting.
    pub fn parse(value: Option<&str>) -> Self {
        match value.map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            Some("light") => Self::Light,
            Some("dark") => Self::Dark,
            _ => Self::Auto,
        }
    }

    /// The class the card's root element carries.
    pub fn class(self) -> &'static str {
        match self {
            Self::Auto => "theme-auto",
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
        }
    }
}

/// A boolean attribute (`compact`): on when present, unless it says `false`.
pub fn flag(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"))
}

/// `only="vote"` on a `<cairn-poll>`: the vote form alone, as the poll's own page shows
/// it under the results. Absent, the whole card.
pub fn only_vote(value: Option<&str>) -> Result<bool, AttrError> {
    match value.map(str::trim) {
        None | Some("") => Ok(false),
        Some("vote") => Ok(true),
        Some(other) => {
            Err(AttrError(format!("<cairn-poll only=\"{other}\">: the only value is \"vote\" (the vote form alone).")))
        }
    }
}

/// A problem with the attributes, shown in place of the card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrError(pub String);

impl std::fmt::Display for AttrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The goal or poll an element names, checked before anything is fetched.
pub fn slug(element: &str, attribute: &str, value: Option<&str>) -> Result<Slug, AttrError> {
    let value = value.map(str::trim).unwrap_or_default();
    if value.is_empty() {
        return Err(AttrError(format!("<{element}> needs a {attribute}=\"…\" attribute naming one.")));
    }
    Slug::new(value).map_err(|_| {
        AttrError(format!(
            "<{element} {attribute}=\"{value}\">: \"{value}\" is not a {attribute} name (lower-case letters, digits and dashes)."
        ))
    })
}

/// Which goals `<cairn-goals>` lists.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GoalFilter {
    /// Only this sub-community's goals.
    pub community: Option<Slug>,
    /// Only goals with this status.
    pub status: Option<GoalStatus>,
    /// At most this many (all when `None`).
    pub limit: Option<usize>,
}

impl GoalFilter {
    /// Reads the `community`, `status` and `limit` attributes.
    pub fn parse(community: Option<&str>, status: Option<&str>, limit: Option<&str>) -> Result<Self, AttrError> {
        let community = match community.map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => Some(slug("cairn-goals", "community", Some(c))?),
            None => None,
        };
        let status = match status.map(str::trim).filter(|s| !s.is_empty()) {
            Some(s) => Some(s.parse().map_err(|_| {
                AttrError(format!(
                    "<cairn-goals status=\"{s}\">: the status is one of {}.",
                    GoalStatus::KEYWORDS.join(", ")
                ))
            })?),
            None => None,
        };
        let limit = match limit.map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) => Some(l.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
                AttrError(format!("<cairn-goals limit=\"{l}\">: the limit is a whole number above 0."))
            })?),
            None => None,
        };
        Ok(Self { community, status, limit })
    }
}

/// The site's address, ending in `/`: the `site` attribute when given (absolute, or
/// relative to the page), else the folder above the script's (`…/widget/cairn.js`).
/// `resolve` turns a possibly relative address into an absolute one (the browser's URL
/// parser); it is a parameter so that this can be tested natively.
pub fn site(
    site_attribute: Option<&str>,
    script_url: &str,
    resolve: impl Fn(&str) -> Option<String>,
) -> Result<String, AttrError> {
    let mut site = match site_attribute.map(str::trim).filter(|s| !s.is_empty()) {
        Some(given) => resolve(given)
            .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
            .filter(|url| !url.contains(['?', '#']))
            .ok_or_else(|| AttrError(format!("site=\"{given}\" is not the web address of a site (no ? or #).")))?,
        None => {
            let folder = script_url.rsplit_once('/').map_or(script_url, |(folder, _)| folder);
            let site = folder.strip_suffix("/widget").unwrap_or(folder);
            format!("{site}/")
        }
    };
    if !site.ends_with('/') {
        site.push('/');
    }
    Ok(site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes() {
        for (value, theme) in [
            (None, Theme::Auto),
            (Some("dark"), Theme::Dark),
            (Some(" Light "), Theme::Light),
            (Some("auto"), Theme::Auto),
            (Some("neon"), Theme::Auto),
        ] {
            assert_eq!(Theme::parse(value), theme, "{value:?}");
        }
        assert_eq!(Theme::Dark.class(), "theme-dark");
    }

    #[test]
    fn flags() {
        assert!(!flag(None));
        assert!(flag(Some("")));
        assert!(flag(Some("compact")));
        assert!(!flag(Some("false")));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("cairn-goal", "goal", Some(" ship-it ")).expect("valid").as_str(), "ship-it");
        let missing = slug("cairn-goal", "goal", None).expect_err("missing");
        assert!(missing.0.contains("needs a goal=\"…\""), "{missing}");
        let bad = slug("cairn-goal", "goal", Some("../etc")).expect_err("invalid");
        assert!(bad.0.contains("\"../etc\" is not a goal name"), "{bad}");
    }

    #[test]
    fn filters() {
        let f = GoalFilter::parse(Some("docs"), Some("active"), Some("3")).expect("valid");
        assert_eq!(f.community.as_ref().map(Slug::as_str), Some("docs"));
        assert_eq!(f.status, Some(GoalStatus::Active));
        assert_eq!(f.limit, Some(3));
        assert_eq!(GoalFilter::parse(None, Some(""), None).expect("empty is none"), GoalFilter::default());
        assert!(GoalFilter::parse(None, Some("done"), None).expect_err("bad status").0.contains("one of proposed"));
        assert!(GoalFilter::parse(None, None, Some("0")).expect_err("bad limit").0.contains("above 0"));
        assert!(GoalFilter::parse(Some("Docs Team"), None, None).is_err());
    }

    #[test]
    fn sites() {
        let resolve = |s: &str| {
            if s.starts_with("http") { Some(s.to_owned()) } else { Some(format!("https://host.example/{s}")) }
        };
        let script = "https://goals.example.org/widget/cairn.js";
        assert_eq!(site(None, script, resolve).expect("from script"), "https://goals.example.org/");
        let project = "https://org.github.io/goals/widget/cairn.js";
        assert_eq!(site(None, project, resolve).expect("project page"), "https://org.github.io/goals/");
        assert_eq!(site(Some("https://x.example/g"), script, resolve).expect("given"), "https://x.example/g/");
        assert_eq!(site(Some("sub/"), script, resolve).expect("relative"), "https://host.example/sub/");
        let resolve_js = |s: &str| Some(s.to_owned());
        assert!(site(Some("javascript:alert(1)"), script, resolve_js).is_err());
        assert!(site(Some("https://x.example/g#top"), script, resolve).is_err());
        assert!(site(Some("https://x.example/g?x=1"), script, resolve).is_err());
    }
}
