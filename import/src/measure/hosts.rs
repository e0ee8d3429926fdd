//! Which API answers for a source, and with which token: GitHub's, GitLab's or Forgejo's
//! (Gitea's), at the address their CI gives (`GITHUB_API_URL` in GitHub Actions,
//! `CI_API_V4_URL` in GitLab CI, `FORGEJO_API_URL`), with the token of the environment
//! (`GITHUB_TOKEN` or `GH_TOKEN`, `GITLAB_TOKEN` or `CI_JOB_TOKEN`, `FORGEJO_TOKEN` or
//! `GITEA_TOKEN`). Tokens are read from the environment only, never from a file.

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

/// GitHub's API (for searches, and issues on github.com or the host of `GITHUB_SERVER_URL`).
pub(crate) fn github(env: &Env) -> Api {
    let base = env.get("GITHUB_API_URL").unwrap_or("https://api.github.com").trim_end_matches('/').to_owned();
    let mut headers: Headers =
        vec![("Accept", "application/vnd.github+json".into()), ("X-GitHub-Api-Version", "2022-11-28".into())];
    let token = env.first(&["GITHUB_TOKEN", "GH_TOKEN"]);
    if let Some(token) = token {
        headers.push(("Authorization", format!("Bearer {token}")));
    }
    Api { kind: HostKind::Github, base, headers, with_token: token.is_some() }
}

/// The API of the git host `host` (`gitlab.com`), of kind `kind` when the repository says.
pub(crate) fn for_host(env: &Env, host: &str, repo: Option<(&str, HostKind)>) -> Option<Api> {
    let host_of = |url: &str| url.split("://").nth(1).and_then(|r| r.split('/').next()).map(str::to_owned);
    let kind = match host {
        "github.com" => HostKind::Github,
        "gitlab.com" => HostKind::Gitlab,
        "codeberg.org" | "gitea.com" => HostKind::Gitea,
        _ if env.get("GITHUB_SERVER_URL").and_then(host_of).as_deref() == Some(host) => HostKind::Github,
        _ if env.get("CI_SERVER_HOST") == Some(host) => HostKind::Gitlab,
        _ if env.get("FORGEJO_SERVER_URL").and_then(host_of).as_deref() == Some(host) => HostKind::Gitea,
        _ => match repo {
            Some((repo_host, kind)) if repo_host == host => kind,
            _ => return None,
        },
    };
    Some(match kind {
        HostKind::Github => github(env),
        HostKind::Gitlab => {
            let base = env.get("CI_API_V4_URL").map_or_else(|| format!("https://{host}/api/v4"), str::to_owned);
            let mut headers = Headers::new();
            let token = env
                .get("GITLAB_TOKEN")
                .map(|t| ("PRIVATE-TOKEN", t))
                .or_else(|| env.get("CI_JOB_TOKEN").map(|t| ("JOB-TOKEN", t)));
            if let Some((name, token)) = token {
                headers.push((name, token.to_owned()));
            }
            Api { kind, base: base.trim_end_matches('/').to_owned(), headers, with_token: token.is_some() }
        }
        HostKind::Gitea => {
            let base = env
                .first(&["FORGEJO_API_URL", "GITEA_API_URL"])
                .map_or_else(|| format!("https://{host}/api/v1"), str::to_owned);
            let mut headers = Headers::new();
            let token = env.first(&["FORGEJO_TOKEN", "GITEA_TOKEN"]);
            if let Some(token) = token {
                headers.push(("Authorization", format!("token {token}")));
            }
            Api { kind, base: base.trim_end_matches('/').to_owned(), headers, with_token: token.is_some() }
        }
    })
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
        let ghes = Env::with(&[
            ("GITHUB_SERVER_URL", "https://git.corp.example"),
            ("GITHUB_API_URL", "https://git.corp.example/api/v3"),
        ]);
        assert_eq!(
            for_host(&ghes, "git.corp.example", None).map(|a| a.base).as_deref(),
            Some("https://git.corp.example/api/v3")
        );
    }
}
