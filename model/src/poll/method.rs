//! [`MethodName`]: a poll's method as files and the API name it (`method: ranked`), parsed
//! in one place for the loader and the widget alike.

use std::fmt;
use std::str::FromStr;

use super::Method;
use crate::goal::{UnknownKeyword, keyword_enum};

/// A poll's method, without its settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MethodName {
    /// One choice per ballot.
    Single,
    /// Any number of options per ballot.
    Approval,
    /// Options in order of preference.
    Ranked,
    /// Points spread over the options.
    Score,
}

keyword_enum!(MethodName { Single => "single", Approval => "approval", Ranked => "ranked", Score => "score" });

impl Method {
    /// The method's name.
    pub fn name(&self) -> MethodName {
        match self {
            Method::Single => MethodName::Single,
            Method::Approval { .. } => MethodName::Approval,
            Method::Ranked => MethodName::Ranked,
            Method::Score { .. } => MethodName::Score,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_the_wire_form() {
        for name in MethodName::ALL {
            assert_eq!(name.as_str().parse::<MethodName>(), Ok(*name));
        }
        assert_eq!(Method::Score { budget: 10 }.name(), MethodName::Score);
        assert_eq!(Method::Approval { max_choices: None }.name().as_str(), "approval");
        let err = "plurality".parse::<MethodName>().expect_err("unknown");
        assert_eq!(err.to_string(), "expected one of `single`, `approval`, `ranked`, `score`");
    }
}
