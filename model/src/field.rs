//! How a missing or wrong field is worded wherever cairn reads one: the site's
//! diagnostics about a repository's files and the widget's messages about the site's JSON
//! say the same mistake in the same words.

use std::fmt;

/// A field that is missing, or whose value is not what it must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError<'a> {
    /// A required field is absent.
    Missing {
        /// The field.
        key: &'a str,
    },
    /// A value of the wrong type.
    WrongType {
        /// The field.
        key: &'a str,
        /// What it must be (`text`, `a list of logins`).
        expected: &'a str,
        /// What it is, when known (`a number`).
        found: Option<&'a str>,
    },
    /// A keyword that is none of the field's keywords.
    NotOneOf {
        /// The field.
        key: &'a str,
        /// The value found.
        value: &'a str,
    },
    /// A value that is not a date.
    NotADate {
        /// The field.
        key: &'a str,
        /// The value found.
        value: &'a str,
    },
}

impl fmt::Display for FieldError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Missing { key } => write!(f, "missing required key `{key}`"),
            Self::WrongType { key, expected, found: Some(found) } => {
                write!(f, "`{key}` must be {expected}, found {found}")
            }
            Self::WrongType { key, expected, found: None } => write!(f, "`{key}` must be {expected}"),
            Self::NotOneOf { key, value } => write!(f, "`{value}` is not a valid `{key}`"),
            Self::NotADate { key, value } => write!(f, "`{value}` is not a valid date for `{key}`"),
        }
    }
}

impl std::error::Error for FieldError<'_> {}

#[cfg(test)]
mod tests {
    use super::FieldError;

    #[test]
    fn each_mistake_has_its_words() {
        let cases = [
            (FieldError::Missing { key: "status" }, "missing required key `status`"),
            (
                FieldError::WrongType { key: "owners", expected: "a list", found: Some("text") },
                "`owners` must be a list, found text",
            ),
            (FieldError::WrongType { key: "title", expected: "text", found: None }, "`title` must be text"),
            (FieldError::NotOneOf { key: "kind", value: "goal" }, "`goal` is not a valid `kind`"),
            (FieldError::NotADate { key: "due", value: "soon" }, "`soon` is not a valid date for `due`"),
        ];
        for (error, words) in cases {
            assert_eq!(error.to_string(), words);
        }
    }
}
