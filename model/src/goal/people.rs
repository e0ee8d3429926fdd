//! Who does what for a goal beyond its owners — its champions, reviewers, approvers, or
//! any role a community names in `cairn.toml` `[roles]` — and the links to where its work
//! happens (tracking issue, chat channel, design document).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::names::{Login, Slug};

/// The roles every site knows, with their labels; `[roles]` may relabel them and add more.
pub const BUILTIN_ROLES: &[(&str, &str)] =
    &[("champion", "Champion"), ("reviewer", "Reviewer"), ("approver", "Approver")];

/// The people holding one role for a goal (`people: { champion: [amara] }`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleHolders {
    /// The role's name, as `[roles]` (or the built-in roles) list it.
    pub role: Slug,
    /// Who holds it, in the order written.
    pub logins: Vec<Login>,
}

/// A link from a goal to where its work happens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalLink {
    /// What it is ("Tracking issue").
    pub label: String,
    /// Where: an `https://` or `http://` address (the loader checks).
    pub url: String,
}

/// The label of `role`: the community's own (`[roles]` in `cairn.toml`), else the
/// built-in one; `None` for a role neither lists.
pub fn role_label<'a>(roles: &'a BTreeMap<String, String>, role: &str) -> Option<&'a str> {
    roles
        .get(role)
        .map(String::as_str)
        .or_else(|| BUILTIN_ROLES.iter().find(|(name, _)| *name == role).map(|(_, label)| *label))
}

/// Every role name a site knows: the built-in ones, then the community's.
pub fn known_roles(roles: &BTreeMap<String, String>) -> Vec<&str> {
    let builtin = BUILTIN_ROLES.iter().map(|(name, _)| *name);
    let own = roles.keys().map(String::as_str).filter(|r| !BUILTIN_ROLES.iter().any(|(name, _)| name == r));
    builtin.chain(own).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_the_community_first() {
        let roles =
            BTreeMap::from([("champion".to_owned(), "Team champion".to_owned()), ("lang".into(), "Lang".into())]);
        assert_eq!(role_label(&roles, "champion"), Some("Team champion"));
        assert_eq!(role_label(&roles, "reviewer"), Some("Reviewer"));
        assert_eq!(role_label(&roles, "lang"), Some("Lang"));
        assert_eq!(role_label(&roles, "mentor"), None);
        assert_eq!(known_roles(&roles), ["champion", "reviewer", "approver", "lang"]);
    }
}
