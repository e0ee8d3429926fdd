//! The words shown with a [`Problem`]: the label under the offending text, and the hint
//! that says what to do.

use super::Problem;

impl Problem {
    /// A few words shown under the offending text.
    pub fn label(&self) -> String {
        match self {
            Problem::NotUtf8 => "first invalid byte".into(),
            Problem::MissingFrontMatter => "expected `---` or `+++` here".into(),
            Problem::UnclosedFrontMatter { .. } | Problem::FrontMatterTooLarge { .. } => {
                "front matter starts here".into()
            }
            Problem::MissingKey { key, .. } => format!("`{key}` belongs in here"),
            Problem::UnknownKey { .. } => "unknown key".into(),
            Problem::WrongType { expected, .. } => format!("expected {expected}"),
            Problem::EmptyValue { .. } => "empty".into(),
            Problem::BadKeyword { key, .. } => format!("not a `{key}`"),
            Problem::BadDate { value, .. } if looks_like_a_date(value) => "no such day".into(),
            Problem::BadDate { .. } => "not a `YYYY-MM-DD` date".into(),
            Problem::DueBeforeStarted { .. } => "before `started`".into(),
            Problem::BadLogin { .. } => "not a login".into(),
            Problem::UnknownGoal { .. } => "no goal has this name".into(),
            Problem::PeriodReversed { .. } => "before `from`".into(),
            Problem::RelationCycle { .. } => "leads back here".into(),
            Problem::UnknownRole { .. } => "not a role".into(),
            Problem::BadSource { .. } => "this source".into(),
            Problem::Import(cairn_import::Problem::BadDate { .. }) => "not a day of the calendar".into(),
            Problem::Import(_) => "upstream".into(),
            Problem::Measure(_) => "this source".into(),
            Problem::BrokenLink { .. } | Problem::LinkNotAPage { .. } | Problem::RelativeLink { .. } => {
                "this link".into()
            }
            _ => "here".into(),
        }
    }

    /// A likely fix, when there is one.
    pub fn hint(&self) -> Option<String> {
        fn reserved_list() -> String {
            cairn_model::page::RESERVED_PAGE_NAMES.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
        }
        let list = |items: &[&str]| items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ");
        Some(match self {
            Problem::FileTooLarge { .. } => "split the text, or move large media to `static/` and link to it".into(),
            Problem::NotUtf8 => "save the file as UTF-8".into(),
            Problem::EmptyFile => "add front matter and text, or delete the file".into(),
            Problem::ControlCharacter { .. } => {
                "remove it: it is invisible in an editor and makes the feed and badges unreadable".into()
            }
            Problem::SymlinkOutside { .. } => "copy the file into the repository instead of linking to it".into(),
            Problem::BadName { what: "voter", .. } => {
                "name a ballot after the voter's login on the git host, as in `amara.toml` or `jonas-k.toml`".into()
            }
            Problem::BadName { suggestion: Some(s), .. } => {
                format!("rename it to `{s}` (lowercase letters, digits and `-`)")
            }
            Problem::BadName { .. } => "use lowercase letters, digits and `-`, as in `better-onboarding`".into(),
            Problem::TooDeep { expected } => format!("move it to {expected}"),
            Problem::ReservedPage { reserved, .. } => {
                format!("rename the file or its folder: pages may not start with `{reserved}`, nor with any of {}", reserved_list())
            }
            Problem::StrayFile { ballot: true, .. } => {
                "a ballot is `<login>.toml` (or `.yaml`); rename it, or list it in `.gitignore`".into()
            }
            Problem::StrayFile { beside: true, .. } => {
                "rename it to end in `.md`, or list it in `.gitignore`; an SVG or HTML file belongs in `static/`, once reviewed".into()
            }
            Problem::StrayFile { .. } => "rename it to end in `.md`, or list it in `.gitignore`".into(),
            Problem::DuplicateSlug { .. } => {
                "goal names become page addresses (`/goals/<name>/`), so each must be unique: rename one file".into()
            }
            Problem::MissingFile { file: "cairn.toml" } => {
                "is this a cairn repository? `cairn init` creates one".into()
            }
            Problem::MissingFile { file } => {
                format!("create `{file}`; `cairn init` in an empty folder writes an example of it")
            }
            Problem::MissingFrontMatter => {
                "start the file with a `---` line, its keys (such as `title: ...`), and another `---` line".into()
            }
            Problem::UnclosedFrontMatter { delimiter } => {
                format!("add a line with only `{delimiter}` after the last key")
            }
            Problem::FrontMatterTooLarge { .. } => "keep long text in the body, after the front matter".into(),
            Problem::UnknownKey { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::OptionWithoutId { label } => {
                format!("give it an id of ASCII letters, digits and `-`: `{{ id: tokyo, label: {label} }}`")
            }
            Problem::NoCatalogue { language, shipped } => format!(
                "cairn ships {shipped}; write your own words in `i18n/{language}.ftl` (see `cairn explain no-catalogue`)"
            ),
            Problem::CatalogueSyntax { .. } => {
                "write each message as `id = text`, with variables as `{ $name }` and the lines of a message after the first indented".into()
            }
            Problem::UnknownMessage { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::UnknownMessage { .. } => {
                "only messages cairn has are shown; cairn's English ones are in its source, `i18n/locales/en.ftl`".into()
            }
            Problem::MessageVariables { expected, .. } => format!("use {expected}, as cairn's English message does"),
            Problem::UnusedCatalogue { language, .. } => {
                format!("name the file for the site's language, `i18n/{language}.ftl`, or remove it")
            }
            Problem::UnknownKey { expected, .. } => format!("expected one of {}", list(expected)),
            Problem::MissingKey { example, .. } => format!("add a line such as `{example}`"),
            Problem::WrongType { found: "a number" | "a boolean", expected: "text", .. } => {
                "put the value in quotes".into()
            }
            Problem::BadKeyword { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::BadKeyword { expected, .. } => format!("expected one of {}", list(expected)),
            Problem::BadDate { value, .. } if looks_like_a_date(value) => {
                "this day is not in the calendar: check its month and day".into()
            }
            Problem::BadDate { .. } => "write dates as `YYYY-MM-DD`, such as `2027-01-15`".into(),
            Problem::DueBeforeStarted { .. } => "check both dates: a goal cannot be due before it starts".into(),
            Problem::BadLogin { .. } => "use git-host logins such as `amara`, not names or e-mail addresses".into(),
            Problem::CadenceWithoutStart => "add `started: YYYY-MM-DD` to the goal, or `since:` to its cadence".into(),
            Problem::PeriodReversed { .. } => "swap `from` and `to`, or correct the year".into(),
            Problem::BadWeight => "give a part's share as a number such as `2` or `0.5`; parts without one weigh 1".into(),
            Problem::WeightWithoutPartOf => "add `part_of: <goal>` naming the goal this one is a part of, or remove `weight`".into(),
            Problem::RelationCycle { key: "part_of", .. } => {
                "a goal cannot be a part of its own parts: remove `part_of` from one of these goals".into()
            }
            Problem::RelationCycle { .. } => {
                "a goal continues an earlier one: remove `continues` from the earliest of these goals".into()
            }
            Problem::PartOutsidePeriod { .. } => {
                "move the goal into its whole's period, or make it part of that period's goal instead".into()
            }
            Problem::BadSource { .. } => "a source is one of `github-issues: { query: \"…\" }`, `checklist: <issue address>`, \
                `json: { url: \"…\", pointer: \"/…\" }` or `command: \"…\"`"
                .into(),
            Problem::UnknownRole { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::UnknownRole { known, .. } => {
                format!("the roles are {known}; add others to `[roles]` in `cairn.toml`, as `mentor = \"Mentor\"`")
            }
            Problem::UnknownGoal { suggestion: Some(s), .. } => format!("did you mean `{s}`?"),
            Problem::UnknownGoal { .. } => "name goals by their file name without `.md`".into(),
            Problem::BadLanguage { .. } => "use a BCP 47 tag such as `en` or `pt-BR`".into(),
            Problem::BrokenLink { .. } => "check the path: it is relative to this file's folder".into(),
            Problem::RelativeLink { image: true, .. } => {
                "only pages, the files in `static/`, and images and media beside goals and pages are on the site: put this image in `static/` and show it from the root, as in `/map.svg`".into()
            }
            Problem::RelativeLink { image: false, .. } => {
                "set `[repo]` in `cairn.toml` and the link leads to the file on the git host, or put the file in `static/` and link to it from the root, as in `/guide.pdf`".into()
            }
            Problem::LinkNotAPage { .. } => "only the charter, goals, communities and updates become pages: set `[repo]` in `cairn.toml` and the link leads to the file on the git host".into(),
            Problem::UnknownHost { .. } => "add `host = \"github\"`, `\"gitlab\"`, `\"gitea\"` or `\"forgejo\"` to `[repo]`".into(),
            Problem::DuplicateOption { .. } => "give each option its own `id`".into(),
            Problem::UnknownElectorate { known, .. } if known.is_empty() => {
                "add the list to `members.toml` (`maintainers = [\"amara\", \"bo\"]`), or use `electorate: anyone`".into()
            }
            Problem::UnknownElectorate { known, .. } => format!("the lists are {known}; or use `electorate: anyone`"),
            Problem::TooFewOptions => "list the answers under `options`, one per line".into(),
            Problem::ClosesBeforeOpens { .. } => "a poll is open from `opens` to `closes`, both included".into(),
            Problem::NotForMethod { .. } => "remove the line, or change `method`".into(),
            Problem::NotForBackend { .. } => "`backend: pr` polls take `electorate: anyone` or a list of `members.toml`; \
                `backend: endpoint` polls take `electorate: invite` (codes from `cairn invites`) or `open`, and `origins`"
                .into(),
            Problem::BallotWithoutPoll { .. } => "ballots live in `polls/<poll>/ballots/`, next to `polls/<poll>.md`".into(),
            Problem::InvalidBallot { .. } => {
                "a ballot holds one of `choice = \"…\"`, `approve = [\"…\"]`, `ranking = [\"…\"]` or `[points]`, for the poll's method".into()
            }
            Problem::Template { name, .. } if name.starts_with("cairn/") => {
                "the theme's template failed on what an override in `templates/` gave it: check the blocks and values of the overrides that use it".into()
            }
            Problem::Template { .. } => {
                "fix the template here; moving it out of `templates/` builds the site with the theme's own".into()
            }
            Problem::Import(problem) => return problem.hint(),
            Problem::Measure(problem) => return problem.hint(),
            _ => return None,
        })
    }
}

/// Whether `value` has the form of a date (`2027-02-30`), whether or not the day exists.
fn looks_like_a_date(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}
