//! What can go wrong measuring one goal: each a [`MeasureProblem`] with a stable code
//! (`cairn explain measure-rate-limited`). None stops `cairn measure`: that goal keeps
//! its `current`, and the other goals are still measured.

/// Why a goal could not be measured.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeasureProblem {
    /// The source's server could not be reached (or its host is of no kind cairn knows).
    #[error("cannot reach `{url}`: {reason}")]
    Unreachable {
        /// The address asked.
        url: String,
        /// Why.
        reason: String,
    },
    /// The server answered with an error status.
    #[error("`{url}` answered {status}{}", message.as_ref().map(|m| format!(": {m}")).unwrap_or_default())]
    HttpError {
        /// The address asked.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The API's own message, when it gave one.
        message: Option<String>,
    },
    /// The API's rate limit is used up.
    #[error("the rate limit of `{api}` is used up{}", resets.as_ref().map(|r| format!(" until {r}")).unwrap_or_default())]
    RateLimited {
        /// The API's address.
        api: String,
        /// When it resets, as words (`14:05 UTC`), when the API said.
        resets: Option<String>,
        /// Whether a token was sent.
        with_token: bool,
    },
    /// The answer is not what the source should give: not JSON, no number where the
    /// pointer points, an issue without checkboxes.
    #[error("`{url}` gave no number: {reason}")]
    BadAnswer {
        /// The address asked (or the command run).
        url: String,
        /// What is wrong with the answer.
        reason: String,
    },
    /// A command source failed.
    #[error("the command `{command}` {reason}")]
    CommandFailed {
        /// The command.
        command: String,
        /// What happened (`exited with status 2: …`).
        reason: String,
    },
    /// A command source, without `--allow-commands`.
    #[error("the command `{command}` is not run without `--allow-commands`")]
    CommandsNotAllowed {
        /// The command.
        command: String,
    },
    /// The new value could not be written into the goal file.
    #[error("the new value {value} is not written: {reason}")]
    NotWritten {
        /// The value measured.
        value: String,
        /// Why.
        reason: String,
    },
}

/// Every code, in the order of [`MeasureProblem::code`].
pub const CODES: &[&str] = &[
    "measure-unreachable",
    "measure-http-error",
    "measure-rate-limited",
    "measure-bad-answer",
    "measure-command-failed",
    "measure-commands-not-allowed",
    "measure-not-written",
];

impl MeasureProblem {
    /// Its stable code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unreachable { .. } => "measure-unreachable",
            Self::HttpError { .. } => "measure-http-error",
            Self::RateLimited { .. } => "measure-rate-limited",
            Self::BadAnswer { .. } => "measure-bad-answer",
            Self::CommandFailed { .. } => "measure-command-failed",
            Self::CommandsNotAllowed { .. } => "measure-commands-not-allowed",
            Self::NotWritten { .. } => "measure-not-written",
        }
    }

    /// A likely fix.
    pub fn hint(&self) -> Option<String> {
        Some(match self {
            Self::Unreachable { .. } => {
                "check the address and the network; `cairn measure` tries again next time".into()
            }
            Self::HttpError { status: 401 | 403, .. } => {
                "set a token with read access in the environment (`GITHUB_TOKEN`, `GITLAB_TOKEN`, `FORGEJO_TOKEN`)"
                    .into()
            }
            Self::HttpError { status: 404, .. } => {
                "check the address; a private repository also answers 404 without a token that may read it".into()
            }
            Self::HttpError { .. } => return None,
            Self::RateLimited { with_token: false, .. } => {
                "set `GITHUB_TOKEN` (in GitHub Actions, `secrets.GITHUB_TOKEN`) for a higher limit, or measure later"
                    .into()
            }
            Self::RateLimited { .. } => "measure later, or less often".into(),
            Self::BadAnswer { .. } => {
                "check that the source gives the number you mean (`cairn explain measure-bad-answer`)".into()
            }
            Self::CommandFailed { .. } => "run the command yourself in the repository to see what it prints".into(),
            Self::CommandsNotAllowed { .. } => {
                "run `cairn measure --allow-commands` where you trust the repository's commands".into()
            }
            Self::NotWritten { .. } => "write `current` in the goal's `metric` block once by hand".into(),
        })
    }
}
