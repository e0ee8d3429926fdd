//! Which API answers for a source, and with which token: GitHub's, GitLab's or Forgejo's
//! (Gitea's). Each kind's token (`GITHUB_TOKEN` or `GH_TOKEN`, `GITLAB_TOKEN` or
//! `CI_JOB_TOKEN`, `FORGEJO_TOKEN` or `GITEA_TOKEN`) and the API address its CI gives
//! (`GITHUB_API_URL`, `CI_API_V4_URL`, `FORGEJO_API_URL`) belong to one host: the CI's
//! server (`GITHUB_SERVER_URL`, `CI_SERVER_HOST`, `FORGEJO_SERVER_URL`), else the
//! repository's host from `[repo]` when it is of that kind, else the public one
//! (github.com, gitlab.com, codeberg.org). An issue on any other host is read at that
//! host's own API, without a token. Tokens are read from the environment only.

use cairn_model::HostKind;

use super::client::Headers;

/// The environment variables `cairn measure` reads, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    vars: Vec<(String, String)>,
}

impl Env {
    /// The variables of this process.
    pub fn from_process() -> Self {
        Self { vars: std::env::vars().collect() }
    }

    /// Given variables (for tests).
    pub fn with(vars: &[(&str, &str)]) -> Self {
        Self { vars: vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect() }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).filter(|v| !v.trim().is_empty())
    }

    fn first(&self, names: &[&str]) -> Option<&str> {
        names.iter().find_map(|n| self.get(n))
    }
}

/// An API to ask: its address and the headers for it.
#[derive(Debug, Clone)]
pub(crate) struct Api {
    pub(crate) kind: HostKind,
    /// Without a trailing `/` (`https://api.github.com`).
    pub(crate) base: String,
    pub(crate) headers: Headers,
    pub(crate) with_token: bool,
}

/// The host of an address (`https://git.corp.example/x` → `git.corp.example`).
fn host_of(url: &str) -> Option<&str> {
    url.split("://").nth(1).and_then(|r| r.split('/').next())
}

/// The host the token and CI address of `kind` belong to.
fn token_host<'a>(env: &'a Env, kind: HostKind, repo: Option<(&'a str, HostKind)>) -> &'a str {
    let ci = match kind {
        HostKind::Github => env.get("GITHUB_SERVER_URL").and_then(host_of),
        HostKind::Gitlab => env.get("CI_SERVER_HOST"),
        HostKind::Gitea => env.first(&["FORGEJO_SERVER_URL", "GITEA_SERVER_URL"]).and_then(host_of),
    };
    let own = repo.filter(|(_, k)| *k == kind).map(|(h, _)| h);
    ci.or(own).unwrap_or(match kind {
        HostKind::Github => "github.com",
        HostKind::Gitlab => "gitlab.com",
        HostKind::Gitea => "codeberg.org",
    })
}

/// GitHub's API for searches: `GITHUB_API_URL` (GitHub Actions sets it), with the token.
pub(crate) fn github(env: &Env) -> Api {
    let base = env.get("GITHUB_API_URL").unwrap_or("https://api.github.com");
    github_at(base, env.first(&["GITHUB_TOKEN", "GH_TOKEN"]))
}

fn github_at(base: &str, token: Option<&str>) -> Api {
    let mut headers: Headers =
        vec![("Accept", "application/vnd.github+json".into()), ("X-GitHub-Api-Version", "2022-11-28".into())];
    if let Some(token) = token {
        headers.push(("Authorization", format!("Bearer {token}")));
    }
    Api { kind: HostKind::Github, base: base.trim_end_matches('/').to_owned(), headers, with_token: token.is_some() }
}

/// The API of the git host `host` (`gitlab.com`), of kind `kind` when the repository says.
pub(crate) fn for_host(env: &Env, host: &str, repo: Option<(&str, HostKind)>) -> Option<Api> {
    let kind = match host {
        "github.com" => HostKind::Github,
        "gitlab.com" => HostKind::Gitlab,
        "codeberg.org" | "gitea.com" => HostKind::Gitea,
        _ => [HostKind::Github, HostKind::Gitlab, HostKind::Gitea]
            .into_iter()
            .find(|k| token_host(env, *k, repo) == host)
            .or(match repo {
                Some((repo_host, kind)) if repo_host == host => Some(kind),
                _ => None,
            })?,
    };
    let own = token_host(env, kind, repo) == host;
    Some(match kind {
        HostKind::Github if own => github(env).with_base_for(host, env.get("GITHUB_API_URL")),
        HostKind::Github => github_at(&github_api(host), None),
        HostKind::Gitlab => {
            let default = format!("https://{host}/api/v4");
            let base = if own { env.get("CI_API_V4_URL").unwrap_or(&default) } else { &default };
            let token = if own {
                env.get("GITLAB_TOKEN")
                    .map(|t| ("PRIVATE-TOKEN", t))
                    .or_else(|| env.get("CI_JOB_TOKEN").map(|t| ("JOB-TOKEN", t)))
            } else {
                None
            };
            let headers: Headers = token.iter().map(|(name, t)| (*name, (*t).to_owned())).collect();
            Api { kind, base: base.trim_end_matches('/').to_owned(), headers, with_token: token.is_some() }
        }
        HostKind::Gitea => {
            let default = format!("https://{host}/api/v1");
            let base =
                if own { env.first(&["FORGEJO_API_URL", "GITEA_API_URL"]).unwrap_or(&default) } else { &default };
            let token = if own { env.first(&["FORGEJO_TOKEN", "GITEA_TOKEN"]) } else { None };
            let headers: Headers = token.iter().map(|t| ("Authorization", format!("token {t}"))).collect();
            Api { kind, base: base.trim_end_matches('/').to_owned(), headers, with_token: token.is_some() }
        }
    })
}

/// GitHub's API address for `host`: api.github.com, or GitHub Enterprise's `/api/v3`.
fn github_api(host: &str) -> String {
    if host == "github.com" { "https://api.github.com".to_owned() } else { format!("https://{host}/api/v3") }
}

impl Api {
    /// This API at `configured`, else at the default address for `host`.
    fn with_base_for(mut self, host: &str, configured: Option<&str>) -> Self {
        self.base = configured.map_or_else(|| github_api(host), |b| b.trim_end_matches('/').to_owned());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_host_has_its_api_address_and_token() {
        let env = Env::with(&[("GITHUB_API_URL", "http://127.0.0.1:9/"), ("GH_TOKEN", "t1"), ("GITLAB_TOKEN", "t2")]);
        let gh = github(&env);
        assert_eq!(gh.base, "http://127.0.0.1:9");
        assert!(gh.headers.contains(&("Authorization", "Bearer t1".into())) && gh.with_token);
        let issue = for_host(&env, "github.com", None).expect("GitHub");
        assert_eq!((issue.base.as_str(), issue.with_token), ("http://127.0.0.1:9", true));
        let gl = for_host(&env, "gitlab.com", None).expect("GitLab");
        assert_eq!((gl.base.as_str(), gl.kind), ("https://gitlab.com/api/v4", HostKind::Gitlab));
        assert!(gl.headers.contains(&("PRIVATE-TOKEN", "t2".into())));
        let forgejo = for_host(&Env::default(), "codeberg.org", None).expect("Forgejo");
        assert_eq!(forgejo.base, "https://codeberg.org/api/v1");
        assert!(!forgejo.with_token);
        let own = for_host(&Env::default(), "git.example.org", Some(("git.example.org", HostKind::Gitlab)))
            .expect("the repository's host");
        assert_eq!(own.base, "https://git.example.org/api/v4");
        assert!(for_host(&Env::default(), "git.example.org", None).is_none(), "a host of no known kind");
    }

    #[test]
    fn a_token_goes_only_to_the_host_it_belongs_to() {
        // GitHub Enterprise's Actions: its token and API are for its own host only.
        let ghes = Env::with(&[
            ("GITHUB_SERVER_URL", "https://git.corp.example"),
            ("GITHUB_API_URL", "https://git.corp.example/api/v3"),
            ("GITHUB_TOKEN", "corp"),
        ]);
        let corp = for_host(&ghes, "git.corp.example", None).expect("the CI's host");
        assert_eq!((corp.base.as_str(), corp.with_token), ("https://git.corp.example/api/v3", true));
        let public = for_host(&ghes, "github.com", None).expect("github.com");
        assert_eq!((public.base.as_str(), public.with_token), ("https://api.github.com", false));
        // GitLab CI on a GitLab of its own: gitlab.com's issues are read without its token.
        let gitlab = Env::with(&[
            ("CI_SERVER_HOST", "gitlab.corp.example"),
            ("CI_API_V4_URL", "https://gitlab.corp.example/api/v4"),
            ("CI_JOB_TOKEN", "job"),
        ]);
        let own = for_host(&gitlab, "gitlab.corp.example", None).expect("the CI's host");
        assert!(own.headers.contains(&("JOB-TOKEN", "job".into())));
        let public = for_host(&gitlab, "gitlab.com", None).expect("gitlab.com");
        assert_eq!((public.base.as_str(), public.with_token), ("https://gitlab.com/api/v4", false));
        // A Forgejo token, without CI, belongs to the repository's own Forgejo.
        let forgejo = Env::with(&[("FORGEJO_TOKEN", "f")]);
        let repo = Some(("forge.example.org", HostKind::Gitea));
        assert!(for_host(&forgejo, "forge.example.org", repo).expect("own").with_token);
        assert!(!for_host(&forgejo, "codeberg.org", repo).expect("codeberg").with_token);
    }
}
