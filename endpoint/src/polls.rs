//! The polls the endpoint takes ballots for: the `endpoint` polls of a site `cairn build`
//! wrote, read from its `/api/v1/polls/*.json` (the model's own poll, with the origins of
//! the sites that may embed it). The site's own origin may always embed its polls.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use cairn_model::{Backend, Poll};

/// Why the polls could not be read.
#[derive(Debug, thiserror::Error)]
pub enum PollsError {
    /// A file could not be read.
    #[error("cannot read `{}`: {source} (is `--site` a folder `cairn build` wrote?)", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// A file is not what `cairn build` writes.
    #[error("`{}` is not a poll as `cairn build` writes it: {reason}", path.display())]
    Malformed {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// One poll, and who may embed it.
#[derive(Debug, Clone)]
pub struct PollEntry {
    /// The poll.
    pub poll: Poll,
    /// The origins whose pages may send ballots (the site's own, then the poll's).
    pub origins: Vec<String>,
}

/// The endpoint polls, by name.
#[derive(Debug, Clone, Default)]
pub struct Polls(HashMap<String, Arc<PollEntry>>);

#[derive(serde::Deserialize)]
struct SiteDoc {
    base_url: String,
}

impl Polls {
    /// The endpoint polls of the site in `site`.
    pub fn read(site: &Path) -> Result<Self, PollsError> {
        let api = site.join("api/v1");
        let site_doc: SiteDoc = read_json(&api.join("site.json"))?;
        let own = origin(&site_doc.base_url);
        let dir = api.join("polls");
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            // A site without polls.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(source) => return Err(PollsError::Io { path: dir, source }),
        };
        let mut polls = HashMap::new();
        for entry in entries {
            let path = entry.map_err(|source| PollsError::Io { path: dir.clone(), source })?.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let poll: Poll = read_json(&path)?;
            if poll.backend != Backend::Endpoint {
                continue;
            }
            let origins = own.iter().cloned().chain(poll.origins.iter().cloned()).collect();
            polls.insert(poll.slug.to_string(), Arc::new(PollEntry { poll, origins }));
        }
        Ok(Self(polls))
    }

    /// Polls made in code (tests, benchmarks): each may be embedded by `origins`.
    pub fn from_polls(polls: impl IntoIterator<Item = Poll>, origins: &[&str]) -> Self {
        let entries = polls.into_iter().map(|poll| {
            let origins = origins.iter().map(|o| (*o).to_owned()).chain(poll.origins.iter().cloned()).collect();
            (poll.slug.to_string(), Arc::new(PollEntry { poll, origins }))
        });
        Self(entries.collect())
    }

    /// The same polls, which pages of `origins` may embed too (`cairn serve` answers at
    /// `localhost` and `[::1]` as well as at the address the site was built for).
    pub fn allowing(self, origins: &[String]) -> Self {
        let with = |entry: &PollEntry| {
            let mut entry = entry.clone();
            entry.origins.extend(origins.iter().filter(|o| !entry.origins.contains(o)).cloned().collect::<Vec<_>>());
            Arc::new(entry)
        };
        Self(self.0.iter().map(|(slug, entry)| (slug.clone(), with(entry))).collect())
    }

    /// The poll named `slug`.
    pub fn get(&self, slug: &str) -> Option<&Arc<PollEntry>> {
        self.0.get(slug)
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, PollsError> {
    let bytes = std::fs::read(path).map_err(|source| PollsError::Io { path: path.to_owned(), source })?;
    serde_json::from_slice(&bytes).map_err(|e| PollsError::Malformed { path: path.to_owned(), reason: e.to_string() })
}

/// `https://host[:port]` of an address, without its path.
fn origin(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    Some(format!("{}://{}", scheme.to_ascii_lowercase(), host.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn origins_have_no_path() {
        assert_eq!(super::origin("https://Goals.Example.org/sub/").as_deref(), Some("https://goals.example.org"));
        assert_eq!(super::origin("http://127.0.0.1:1111/").as_deref(), Some("http://127.0.0.1:1111"));
        assert_eq!(super::origin("nonsense"), None);
    }
}
