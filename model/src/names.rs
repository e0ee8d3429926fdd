//! Validated identifiers: [`Slug`] (goal, community and update names, taken from file and
//! folder names) and [`Login`] (a git-host account name, used for owners and voters).

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a string is not a valid [`Slug`] or [`Login`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    /// The string is empty.
    #[error("is empty")]
    Empty,
    /// The string is longer than the limit.
    #[error("is longer than {max} characters")]
    TooLong {
        /// The limit.
        max: usize,
    },
    /// The string contains a character outside the allowed set.
    #[error("contains `{found}`: only {allowed} are allowed")]
    BadChar {
        /// The offending character.
        found: char,
        /// A description of what is allowed.
        allowed: &'static str,
    },
    /// The string starts or ends with `-` or `.`, or has two in a row.
    #[error("starts or ends with `-` or `.`, or has `--` or `..`")]
    BadHyphen,
}

/// A URL-safe name: lowercase ASCII letters, digits and single hyphens, e.g.
/// `carbon-neutral-events`. Goals, sub-communities and updates are named by slugs taken
/// from their file or folder names, and slugs become page URLs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    /// The longest slug accepted.
    pub const MAX_LEN: usize = 100;

    /// Validates `s` as a slug.
    pub fn new(s: &str) -> Result<Self, NameError> {
        check_name(
            s,
            Self::MAX_LEN,
            |c| c.is_ascii_lowercase() || c.is_ascii_digit(),
            "lowercase letters, digits and `-`",
        )?;
        Ok(Self(s.to_owned()))
    }

    /// Turns free text (a title, a file name) into the closest slug, for hints:
    /// `"Better Onboarding!"` becomes `better-onboarding`. Returns `None` when nothing usable
    /// is left.
    pub fn suggest(text: &str) -> Option<Self> {
        let mut out = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        let trimmed = out.trim_end_matches('-');
        let cut: String = trimmed.chars().take(Self::MAX_LEN).collect();
        Self::new(cut.trim_end_matches('-')).ok()
    }

    /// The slug as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The slug as words, for a default title: `better-onboarding` gives
    /// `Better onboarding`.
    pub fn humanize(&self) -> String {
        let mut words = self.0.replace('-', " ");
        if let Some(first) = words.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        words
    }
}

/// A git-host account name such as `amara`, `jonas-k` or `li.wei`: ASCII letters, digits,
/// `_`, and single `-` or `.` between them, at most 39 characters (GitHub's limit; GitLab
/// and Gitea logins of that length fit).
/// Compared case-insensitively, as git hosts do.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Login(String);

impl Login {
    /// The longest login accepted.
    pub const MAX_LEN: usize = 39;

    /// Validates `s` as a login. A leading `@` (as in a mention) is accepted and dropped.
    pub fn new(s: &str) -> Result<Self, NameError> {
        let s = s.strip_prefix('@').unwrap_or(s);
        check_name(
            s,
            Self::MAX_LEN,
            |c| c.is_ascii_alphanumeric() || c == '_' || c == '.',
            "ASCII letters, digits, `_`, `.` and `-`",
        )?;
        Ok(Self(s.to_owned()))
    }

    /// The login as written (without a leading `@`).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl PartialEq for Login {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(&other.0)
    }
}

impl Eq for Login {}

impl std::hash::Hash for Login {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        for b in self.0.bytes() {
            state.write_u8(b.to_ascii_lowercase());
        }
    }
}

fn check_name(s: &str, max: usize, ok: impl Fn(char) -> bool, allowed: &'static str) -> Result<(), NameError> {
    if s.is_empty() {
        return Err(NameError::Empty);
    }
    if s.chars().count() > max {
        return Err(NameError::TooLong { max });
    }
    if let Some(found) = s.chars().find(|&c| c != '-' && !ok(c)) {
        return Err(NameError::BadChar { found, allowed });
    }
    let separator = |c: char| c == '-' || c == '.';
    if s.starts_with(separator) || s.ends_with(separator) || s.contains("--") || s.contains("..") {
        return Err(NameError::BadHyphen);
    }
    Ok(())
}

macro_rules! string_newtype {
    ($name:ident) => {
        impl TryFrom<String> for $name {
            type Error = NameError;
            fn try_from(s: String) -> Result<Self, NameError> {
                Self::new(&s)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

string_newtype!(Slug);
string_newtype!(Login);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        let cases: &[(&str, bool)] = &[
            ("carbon-neutral-events", true),
            ("a", true),
            ("2027", true),
            ("", false),
            ("Carbon", false),
            ("-a", false),
            ("a-", false),
            ("a--b", false),
            ("a_b", false),
            ("..", false),
            ("a.b", false),
            ("é", false),
        ];
        for (input, ok) in cases {
            assert_eq!(Slug::new(input).is_ok(), *ok, "{input:?}");
        }
        assert_eq!(Slug::new(&"a".repeat(101)), Err(NameError::TooLong { max: 100 }));
    }

    #[test]
    fn slug_suggestions() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Better Onboarding!", Some("better-onboarding")),
            ("  spaces  ", Some("spaces")),
            ("..evil", Some("evil")),
            ("Ünïcode", Some("n-code")),
            ("!!!", None),
        ];
        for (input, want) in cases {
            assert_eq!(Slug::suggest(input).as_ref().map(Slug::as_str), *want, "{input:?}");
        }
    }

    #[test]
    fn humanized_slugs() {
        assert_eq!(Slug::new("better-onboarding").unwrap().humanize(), "Better onboarding");
        assert_eq!(Slug::new("2027-plan").unwrap().humanize(), "2027 plan");
    }

    #[test]
    fn logins() {
        assert_eq!(Login::new("@Amara").unwrap().as_str(), "Amara");
        assert_eq!(Login::new("Amara").unwrap(), Login::new("amara").unwrap());
        assert!(Login::new("jonas-k").is_ok());
        assert!(Login::new("li.wei").is_ok());
        assert!(Login::new(".hidden").is_err());
        assert!(Login::new("a..b").is_err());
        assert!(Login::new("Amara Okafor").is_err());
        assert!(Login::new("a@b.org").is_err());
        assert!(Login::new(&"a".repeat(40)).is_err());
    }
}
