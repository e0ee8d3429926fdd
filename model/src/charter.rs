//! The charter: `charter.md`, the community's purpose, values, scope and how it decides.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// One of the community's values, with an optional sentence on what it means in practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Value {
    /// The value's name ("Openness").
    pub name: String,
    /// What it means in practice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The validated charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Charter {
    /// Its title ("The Lantern charter").
    pub title: String,
    /// The community's purpose in one or two sentences, shown on the home page.
    pub purpose: String,
    /// When the community adopted it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Date>,
    /// When the community should revisit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_by: Option<Date>,
    /// Its values.
    #[serde(default)]
    pub values: Vec<Value>,
    /// The Markdown body: scope, decision making and the rest.
    #[serde(default)]
    pub body: String,
}
