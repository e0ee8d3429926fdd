//! Comparing catalogues: which messages one has and which variables each uses, so that
//! a translation can be checked against English (the shipped ones by a test, a
//! community's own by `cairn check`).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::I18nError;

/// Each message of a catalogue, with the variables it uses (attributes included).
pub fn messages(text: &str) -> Result<BTreeMap<String, BTreeSet<String>>, I18nError> {
    let resource = fluent_syntax::parser::parse(text).map_err(|(_, errors)| crate::syntax(text, &errors))?;
    let mut found = BTreeMap::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else { continue };
        let mut variables = BTreeSet::new();
        if let Some(value) = &message.value {
            pattern(value, &mut variables);
        }
        for attribute in &message.attributes {
            pattern(&attribute.value, &mut variables);
        }
        found.entry(message.id.name.to_owned()).or_insert(variables);
    }
    Ok(found)
}

/// How a catalogue differs from the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The message's id.
    pub id: String,
    /// How it differs.
    pub kind: MismatchKind,
}

/// How one message differs from the reference's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MismatchKind {
    /// The reference has it; the catalogue does not.
    Missing,
    /// The catalogue has it; the reference does not (a typo, or a message retired).
    Unknown,
    /// Both have it, with other variables.
    Variables {
        /// The reference's variables.
        reference: BTreeSet<String>,
        /// The catalogue's.
        found: BTreeSet<String>,
    },
}

/// Where `catalogue` differs from `reference`, by message id.
pub fn compare(
    reference: &BTreeMap<String, BTreeSet<String>>,
    catalogue: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<Mismatch> {
    let mut out = Vec::new();
    for (id, variables) in reference {
        match catalogue.get(id) {
            None => out.push(Mismatch { id: id.clone(), kind: MismatchKind::Missing }),
            Some(found) if found != variables => out.push(Mismatch {
                id: id.clone(),
                kind: MismatchKind::Variables { reference: variables.clone(), found: found.clone() },
            }),
            Some(_) => {}
        }
    }
    for id in catalogue.keys().filter(|id| !reference.contains_key(*id)) {
        out.push(Mismatch { id: id.clone(), kind: MismatchKind::Unknown });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

fn pattern(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            self::expression(expression, into);
        }
    }
}

fn expression(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline(selector, into);
            for variant in variants {
                pattern(&variant.value, into);
            }
        }
        Expression::Inline(inline_expression) => inline(inline_expression, into),
    }
}

fn inline(expression: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline(argument, into);
            }
            for argument in &arguments.named {
                inline(&argument.value, into);
            }
        }
        InlineExpression::Placeable { expression } => self::expression(expression, into),
        _ => {}
    }
}
