//! [`Problem`]: everything `cairn` can find wrong in a repository, with its stable code,
//! its severity, the label shown under the offending text, and a hint.

use cairn_model::Date;
use cairn_model::field::FieldError;
use cairn_model::names::NameError;

use super::Severity;

mod words;

/// What is wrong. Messages are lower case, without a trailing period, with names and keys
/// in backticks, and worded the same wherever the same problem occurs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Problem {
    /// The file could not be read.
    #[error("cannot read this file: {reason}")]
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// The file is over the size limit.
    #[error("file is larger than the limit of {limit} bytes")]
    FileTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The file is not UTF-8.
    #[error("file is not valid UTF-8")]
    NotUtf8,
    /// The file is empty.
    #[error("file is empty")]
    EmptyFile,
    /// A control character, in the file or written as an escape in a value.
    #[error("control character U+{code:04X} is not allowed")]
    ControlCharacter {
        /// The character's code point.
        code: u32,
    },
    /// A symbolic link leads out of the repository.
    #[error("symbolic link points outside the repository, to `{target}`")]
    SymlinkOutside {
        /// Where it points.
        target: String,
    },
    /// A file or folder name cannot be a slug.
    #[error("`{name}` is not a valid {what} name: it {reason}")]
    BadName {
        /// "goal", "community", "update", "poll", "option", "voter" or "role".
        what: &'static str,
        /// The name as found.
        name: String,
        /// Why it is invalid.
        reason: NameError,
        /// A valid name close to it.
        suggestion: Option<String>,
    },
    /// A page whose address the site's own pages use.
    #[error("the page `{name}` would be published under `/{reserved}/`, which the site's own pages use")]
    ReservedPage {
        /// The page's name (`goals/faq`).
        name: String,
        /// The address's first part.
        reserved: &'static str,
    },
    /// A file sits deeper in its folder than cairn reads.
    #[error("this file is nested too deeply to be read")]
    TooDeep {
        /// Where such files go.
        expected: &'static str,
    },
    /// A file where cairn expects Markdown (or, in a ballot folder, a ballot) is
    /// something else.
    #[error("`{name}` is ignored: {}", match (ballot, beside) {
        (true, _) => "only `.toml`, `.yaml` and `.yml` files are read here",
        (false, true) => "only `.md` files are read here, and images, PDFs and media files published",
        (false, false) => "only `.md` files are read here",
    })]
    StrayFile {
        /// The file's name.
        name: String,
        /// Whether it is in a poll's ballot folder.
        ballot: bool,
        /// Whether it is beside goals or pages, where images and other media are published.
        beside: bool,
    },
    /// Two goals share a slug.
    #[error("duplicate goal `{slug}`: `{other}` has the same name")]
    DuplicateSlug {
        /// The shared slug.
        slug: String,
        /// The other file.
        other: String,
    },
    /// A required file is missing.
    #[error("missing `{file}`")]
    MissingFile {
        /// The file's path.
        file: &'static str,
    },
    /// The file has no front matter.
    #[error("missing front matter")]
    MissingFrontMatter,
    /// The front matter is never closed.
    #[error("front matter opened with `{delimiter}` is never closed")]
    UnclosedFrontMatter {
        /// `---` or `+++`.
        delimiter: &'static str,
    },
    /// The front matter is over the size limit.
    #[error("front matter is larger than the limit of {limit} bytes")]
    FrontMatterTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
    /// The YAML or TOML does not parse.
    #[error("invalid {format}: {message}")]
    Syntax {
        /// "YAML" or "TOML".
        format: &'static str,
        /// The parser's message.
        message: String,
    },
    /// A key that is not allowed here.
    #[error("unknown key `{key}`")]
    UnknownKey {
        /// The key, with its table's prefix (`metric.curent`).
        key: String,
        /// The keys allowed in that table.
        expected: &'static [&'static str],
        /// The allowed key closest to it.
        suggestion: Option<&'static str>,
    },
    /// A required key is missing.
    #[error("{}", FieldError::Missing { key })]
    MissingKey {
        /// The key, with its table's prefix.
        key: String,
        /// An example line to add.
        example: &'static str,
    },
    /// A value of the wrong type.
    #[error("{}", FieldError::WrongType { key, expected, found: Some(*found) })]
    WrongType {
        /// The key.
        key: String,
        /// What it must be ("text", "a list of logins").
        expected: &'static str,
        /// What it is.
        found: &'static str,
    },
    /// The front matter (or a whole TOML file) is not a table of keys.
    #[error("front matter must be keys and values, found {found}")]
    NotATable {
        /// What it is.
        found: &'static str,
    },
    /// A whole number outside its range.
    #[error("`{key}` must be a whole number from {min} to {max}")]
    OutOfRange {
        /// The key.
        key: String,
        /// The smallest value allowed.
        min: i64,
        /// The largest value allowed.
        max: i64,
    },
    /// An empty text value.
    #[error("`{key}` must not be empty")]
    EmptyValue {
        /// The key.
        key: String,
    },
    /// A value that is not one of the allowed keywords.
    #[error("{}", FieldError::NotOneOf { key, value })]
    BadKeyword {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// The allowed values.
        expected: &'static [&'static str],
        /// The allowed value closest to it.
        suggestion: Option<&'static str>,
    },
    /// A value that is not an ISO 8601 date.
    #[error("{}", FieldError::NotADate { key, value })]
    BadDate {
        /// The key.
        key: String,
        /// The value found.
        value: String,
    },
    /// `due` is before `started`.
    #[error("`due` ({due}) is before `started` ({started})")]
    DueBeforeStarted {
        /// The due date.
        due: Date,
        /// The start date.
        started: Date,
    },
    /// An owner, lead or author that is not a git-host login.
    #[error("`{value}` in `{key}` is not a git-host login: it {reason}")]
    BadLogin {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// Why it is invalid.
        reason: NameError,
    },
    /// A cadence interval that does not parse.
    #[error("`{value}` is not a valid `{key}`: {reason}")]
    BadInterval {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// Why.
        reason: cairn_model::goal::IntervalError,
    },
    /// A number that is NaN or infinite.
    #[error("`{key}` must be a finite number")]
    NotFinite {
        /// The key.
        key: String,
    },
    /// A cadence with no date to count from.
    #[error("`cadence` has no start date")]
    CadenceWithoutStart,
    /// A period that ends before it starts.
    #[error("`{key}.to` ({to}) is before `{key}.from` ({from})")]
    PeriodReversed {
        /// `period`.
        key: &'static str,
        /// Its first day.
        from: Date,
        /// Its last day.
        to: Date,
    },
    /// A weight that is not a number above 0.
    #[error("`weight` must be a number above 0")]
    BadWeight,
    /// A weight on a goal that is part of nothing.
    #[error("`weight` without `part_of`: the weight counts only among the parts of a goal")]
    WeightWithoutPartOf,
    /// `part_of` or `continues` leads back to the goal itself.
    #[error("`{key}` makes a cycle: {cycle}")]
    RelationCycle {
        /// `part_of` or `continues`.
        key: &'static str,
        /// The goals of the cycle, `a → b → a`.
        cycle: String,
    },
    /// A part set for another period than its whole.
    #[error("this goal is set for {period}, but `{whole}`, which it is part of, is set for {whole_period}")]
    PartOutsidePeriod {
        /// The whole.
        whole: String,
        /// The part's period, in words.
        period: String,
        /// The whole's period, in words.
        whole_period: String,
    },
    /// A metric's `source` that `cairn measure` could not read from.
    #[error("bad `metric.source`: {reason}")]
    BadSource {
        /// What is wrong with it.
        reason: String,
    },
    /// A role in `people` that neither cairn nor `[roles]` knows.
    #[error("unknown role `{role}` in `people`")]
    UnknownRole {
        /// The role.
        role: String,
        /// The roles there are.
        known: String,
        /// The known role closest to it.
        suggestion: Option<String>,
    },
    /// An update names a goal that does not exist.
    #[error("unknown goal `{slug}`")]
    UnknownGoal {
        /// The slug as written.
        slug: String,
        /// The existing goal closest to it.
        suggestion: Option<String>,
    },
    /// A link to a Markdown file that does not exist.
    #[error("link to `{target}`, which does not exist")]
    BrokenLink {
        /// The target, as resolved (or as written, when it leads out of the repository).
        target: String,
    },
    /// A link to a Markdown file that exists but is not a page of the site.
    #[error("link to `{target}`, which is not a page of the site")]
    LinkNotAPage {
        /// The target.
        target: String,
    },
    /// A relative link to a file that is not published.
    #[error("link to `{target}`, a file the site does not publish")]
    RelativeLink {
        /// The destination as written.
        target: String,
        /// Whether it is an image's (which cairn never sends to the git host).
        image: bool,
    },
    /// A value that must be an address of some kind.
    #[error("`{key}` must be {expected}, found `{value}`")]
    BadUrl {
        /// The key.
        key: String,
        /// The value found.
        value: String,
        /// What kind of address ("an `https://` or `http://` address").
        expected: &'static str,
    },
    /// A value that must be a language tag.
    #[error("`{value}` is not a valid `language`")]
    BadLanguage {
        /// The value found.
        value: String,
    },
    /// Two options of a poll with the same id.
    #[error("two options are named `{id}`")]
    DuplicateOption {
        /// The id.
        id: String,
    },
    /// A poll with fewer than two options.
    #[error("a poll needs at least two options")]
    TooFewOptions,
    /// A poll that closes before it opens.
    #[error("`closes` ({closes}) is before `opens` ({opens})")]
    ClosesBeforeOpens {
        /// The opening day.
        opens: String,
        /// The closing day.
        closes: String,
    },
    /// A poll setting that does not apply to the poll's method.
    #[error("`{key}` applies only to `{applies}` polls, and this one is `{method}`")]
    NotForMethod {
        /// The key.
        key: &'static str,
        /// The method it applies to.
        applies: &'static str,
        /// The poll's method.
        method: &'static str,
    },
    /// A poll's electorate names a list `members.toml` does not have.
    #[error("no list `{list}` in `members.toml`")]
    UnknownElectorate {
        /// The list named.
        list: String,
        /// The lists there are.
        known: String,
    },
    /// A poll setting that only the other backend has.
    #[error("`{setting}` is for `backend: {fits}` polls, and this poll is `backend: {backend}`")]
    NotForBackend {
        /// The setting as written (`electorate: open`).
        setting: String,
        /// The poll's backend.
        backend: &'static str,
        /// The backend it is for.
        fits: &'static str,
    },
    /// The git history, which dates ballots and draws progress over time, could not be
    /// read.
    #[error("{what}: {reason}")]
    NoHistory {
        /// What is missing because of it (`no ballot is counted`).
        what: &'static str,
        /// Why.
        reason: String,
    },
    /// A ballot in the folder of a poll that does not exist.
    #[error("there is no poll `{poll}` (`polls/{poll}.md`) for this ballot")]
    BallotWithoutPoll {
        /// The folder's name.
        poll: String,
    },
    /// A ballot that will not be counted.
    #[error("this ballot does not count: {reason}")]
    InvalidBallot {
        /// Why.
        reason: String,
    },
    /// The git host cannot be told from the repository address.
    #[error("cannot tell the git host from `{url}`")]
    UnknownHost {
        /// The repository address.
        url: String,
    },
    /// A template (an override in `templates/`, or the theme's given one) fails.
    #[error("template `{name}`: {message}")]
    Template {
        /// The template's name (`goal.html`, `cairn/base.html`).
        name: String,
        /// minijinja's message.
        message: String,
    },
    /// An option label with no ASCII letter or digit to make its id of (`東京`).
    #[error("cairn cannot make an id of the option `{label}`")]
    OptionWithoutId {
        /// The label.
        label: String,
    },
    /// `language` names a language cairn ships no words for, and the community gives none.
    #[error("cairn has no words in `{language}`: the words it writes stay English")]
    NoCatalogue {
        /// The tag.
        language: String,
        /// The languages cairn ships, listed.
        shipped: String,
    },
    /// An `i18n/<language>.ftl` file that is not valid Fluent.
    #[error("this catalogue is not valid Fluent: {message}")]
    CatalogueSyntax {
        /// The parser's message.
        message: String,
    },
    /// A message of a community's catalogue that cairn does not have.
    #[error("cairn has no message `{id}`")]
    UnknownMessage {
        /// The message's id.
        id: String,
        /// A message of cairn's with a similar id.
        suggestion: Option<String>,
    },
    /// A message of a community's catalogue whose variables are not the ones cairn gives.
    #[error("message `{id}` uses {found}, but cairn gives it {expected}")]
    MessageVariables {
        /// The message's id.
        id: String,
        /// The variables cairn gives, listed (`$date and $days`).
        expected: String,
        /// The ones the message uses.
        found: String,
    },
    /// An `i18n/<language>.ftl` for a language the site is not in.
    #[error("`{file}` is not used: the site's language is `{language}`")]
    UnusedCatalogue {
        /// The file.
        file: String,
        /// The site's language.
        language: String,
    },
    /// What `cairn import` could not take from upstream; its own codes (`import-bad-date`).
    #[error("{0}")]
    Import(cairn_import::Problem),
    /// Why `cairn measure` could not measure a goal; its own codes (`measure-bad-answer`).
    #[error("{0}")]
    Measure(cairn_import::measure::MeasureProblem),
}

impl Problem {
    /// A stable, kebab-case name for the problem, for JSON output and documentation.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Unreadable { .. } => "unreadable",
            Problem::FileTooLarge { .. } => "file-too-large",
            Problem::NotUtf8 => "not-utf8",
            Problem::EmptyFile => "empty-file",
            Problem::ControlCharacter { .. } => "control-character",
            Problem::SymlinkOutside { .. } => "symlink-outside",
            Problem::BadName { .. } => "bad-name",
            Problem::TooDeep { .. } => "too-deep",
            Problem::ReservedPage { .. } => "reserved-page",
            Problem::StrayFile { .. } => "stray-file",
            Problem::DuplicateSlug { .. } => "duplicate-slug",
            Problem::MissingFile { .. } => "missing-file",
            Problem::MissingFrontMatter => "missing-front-matter",
            Problem::UnclosedFrontMatter { .. } => "unclosed-front-matter",
            Problem::FrontMatterTooLarge { .. } => "front-matter-too-large",
            Problem::Syntax { .. } => "syntax",
            Problem::UnknownKey { .. } => "unknown-key",
            Problem::MissingKey { .. } => "missing-key",
            Problem::WrongType { .. } => "wrong-type",
            Problem::NotATable { .. } => "not-a-table",
            Problem::OutOfRange { .. } => "out-of-range",
            Problem::EmptyValue { .. } => "empty-value",
            Problem::BadKeyword { .. } => "bad-keyword",
            Problem::BadDate { .. } => "bad-date",
            Problem::DueBeforeStarted { .. } => "due-before-started",
            Problem::BadLogin { .. } => "bad-login",
            Problem::BadInterval { .. } => "bad-interval",
            Problem::NotFinite { .. } => "not-finite",
            Problem::CadenceWithoutStart => "cadence-without-start",
            Problem::PeriodReversed { .. } => "period-reversed",
            Problem::BadWeight => "bad-weight",
            Problem::WeightWithoutPartOf => "weight-without-part-of",
            Problem::RelationCycle { .. } => "relation-cycle",
            Problem::PartOutsidePeriod { .. } => "part-outside-period",
            Problem::BadSource { .. } => "bad-source",
            Problem::UnknownRole { .. } => "unknown-role",
            Problem::UnknownGoal { .. } => "unknown-goal",
            Problem::BadUrl { .. } => "bad-url",
            Problem::BrokenLink { .. } => "broken-link",
            Problem::LinkNotAPage { .. } => "link-not-a-page",
            Problem::RelativeLink { .. } => "relative-link",
            Problem::BadLanguage { .. } => "bad-language",
            Problem::UnknownHost { .. } => "unknown-host",
            Problem::DuplicateOption { .. } => "duplicate-option",
            Problem::UnknownElectorate { .. } => "unknown-electorate",
            Problem::NotForBackend { .. } => "not-for-backend",
            Problem::NoHistory { .. } => "no-history",
            Problem::TooFewOptions => "too-few-options",
            Problem::ClosesBeforeOpens { .. } => "closes-before-opens",
            Problem::NotForMethod { .. } => "not-for-method",
            Problem::BallotWithoutPoll { .. } => "ballot-without-poll",
            Problem::InvalidBallot { .. } => "invalid-ballot",
            Problem::Template { .. } => "template",
            Problem::OptionWithoutId { .. } => "option-without-id",
            Problem::NoCatalogue { .. } => "no-catalogue",
            Problem::CatalogueSyntax { .. } => "catalogue-syntax",
            Problem::UnknownMessage { .. } => "unknown-message",
            Problem::MessageVariables { .. } => "message-variables",
            Problem::UnusedCatalogue { .. } => "unused-catalogue",
            Problem::Import(problem) => problem.code(),
            Problem::Measure(problem) => problem.code(),
        }
    }

    /// How bad the problem is.
    pub fn severity(&self) -> Severity {
        match self {
            // A ballot is a voter's, not the community's: a bad one is listed on the poll's
            // page as not counted, and does not stop the site.
            Problem::StrayFile { .. }
            // A ballot file named for no login can be nobody's; it is a voter's mistake.
            | Problem::BadName { what: "voter", .. }
            | Problem::RelativeLink { .. }
            | Problem::BallotWithoutPoll { .. }
            | Problem::InvalidBallot { .. }
            | Problem::NoHistory { .. }
            // The site is built; its words are English or the file's message is not used.
            | Problem::NoCatalogue { .. }
            | Problem::UnknownMessage { .. }
            | Problem::UnusedCatalogue { .. }
            // The rest of the import is written; the value is left out or made up.
            | Problem::Import(_) => Severity::Warning,
            _ => Severity::Error,
        }
    }
}
