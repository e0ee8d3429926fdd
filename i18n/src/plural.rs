//! A message in each plural form of its language, for a script that counts in the
//! reader's browser: the script picks the form with `Intl.PluralRules` (the same CLDR
//! rules) and puts the count where `{count}` stands.

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

use crate::{Arg, Catalogue};

/// One plural form of a message: its CLDR category (`one`, `few`, `other`) and its text,
/// with `{count}` where the count goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluralForm {
    /// `zero`, `one`, `two`, `few`, `many` or `other`.
    pub category: &'static str,
    /// The text, with `{count}` for the count.
    pub text: String,
}

impl Catalogue {
    /// Message `id` in every plural form of the catalogue's language, the count being the
    /// variable `count`; `args` are its other variables.
    pub fn plural_forms(&self, id: &str, count: &str, args: &[(&str, Arg<'_>)]) -> Vec<PluralForm> {
        let rules = rules(&self.tag);
        let mut forms: Vec<PluralForm> = Vec::new();
        // The smallest whole number of each category is its sample: every category a
        // language has for whole numbers turns up below 1,000,000.
        for n in (0..=200).chain([1000, 1_000_000]) {
            let category = rules.as_ref().and_then(|r| r.select(n).ok()).map_or("other", name);
            if forms.iter().any(|f| f.category == category) {
                continue;
            }
            let mut all: Vec<(&str, Arg<'_>)> = args.to_vec();
            all.push((count, Arg::Count(n)));
            let text = self.format(id, &all);
            forms.push(PluralForm { category, text: mark(&text, &n.to_string()) });
        }
        forms
    }
}

/// The rules of `tag`, or of its primary language.
fn rules(tag: &LanguageIdentifier) -> Option<PluralRules> {
    PluralRules::create(tag.clone(), PluralRuleType::CARDINAL).ok().or_else(|| {
        let primary: LanguageIdentifier = tag.language.as_str().parse().ok()?;
        PluralRules::create(primary, PluralRuleType::CARDINAL).ok()
    })
}

fn name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// `text` with the first `digits` that stand alone (no digit before or after) as `{count}`.
fn mark(text: &str, digits: &str) -> String {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text[from..].find(digits).map(|i| from + i) {
        let end = i + digits.len();
        let alone = (i == 0 || !bytes[i - 1].is_ascii_digit()) && (end == bytes.len() || !bytes[end].is_ascii_digit());
        if alone {
            return format!("{}{{count}}{}", &text[..i], &text[end..]);
        }
        from = end;
    }
    text.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_plural_forms_with_the_count_marked() {
        let en = Catalogue::english();
        let forms = en.plural_forms("communities-goals", "count", &[]);
        assert_eq!(
            forms,
            [
                PluralForm { category: "other", text: "{count} goals".into() },
                PluralForm { category: "one", text: "{count} goal".into() },
            ]
        );
        let ar = Catalogue::shipped("ar").expect("Arabic");
        let forms = ar.plural_forms("communities-goals", "count", &[]);
        let categories: Vec<&str> = forms.iter().map(|f| f.category).collect();
        assert_eq!(categories, ["zero", "one", "two", "few", "many", "other"]);
        assert_eq!(forms[2].text, "هدفان", "two goals, without the number");
        assert!(forms[3].text.contains("{count}") && forms[3].text.ends_with("أهداف"), "{:?}", forms[3]);
        let ja = Catalogue::shipped("ja").expect("Japanese").plural_forms("communities-goals", "count", &[]);
        assert_eq!(ja, [PluralForm { category: "other", text: "{count}件の目標".into() }]);
        assert_eq!(mark("10 of 0", "0"), "10 of {count}");
    }
}
