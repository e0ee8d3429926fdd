//! The endpoint's secret: one master key (32 random bytes, in a file only its owner reads,
//! or in `CAIRN_ENDPOINT_KEY`), from which each use gets a key of its own, so that a key
//! for one purpose says nothing of another: invite codes, and the pseudonymous voter ids
//! of an export.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

/// HMAC-SHA256.
pub(crate) type HmacSha256 = Hmac<Sha256>;

/// Why the key could not be had.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The key file could not be read or written.
    #[error("cannot use the key file `{}`: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// There is no key file, and a command must not make one.
    #[error(
        "there is no endpoint key at `{}`: `cairn endpoint` makes it when it first starts; give the running endpoint's with `--key-file`, or its text in `CAIRN_ENDPOINT_KEY`",
        .0.display()
    )]
    Missing(PathBuf),
    /// The key is not 32 bytes of URL-safe base64.
    #[error("the endpoint key in {0} is not 32 bytes of URL-safe base64 (43 characters)")]
    Malformed(String),
    /// The system has no randomness to give.
    #[error("the system's random number generator failed: {0}")]
    Random(String),
}

/// The keys derived from the master key.
#[derive(Clone)]
pub struct Keys {
    invite: [u8; 32],
    export: [u8; 32],
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys(..)")
    }
}

/// `n` random bytes.
pub(crate) fn random<const N: usize>() -> Result<[u8; N], KeyError> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(|e| KeyError::Random(e.to_string()))?;
    Ok(bytes)
}

/// HMAC-SHA256 of `parts` (each followed by a zero byte) under `key`.
pub(crate) fn mac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    #[allow(clippy::expect_used, reason = "HMAC takes keys of any length")]
    let mut mac = <HmacSha256 as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    for part in parts {
        mac.update(part);
        mac.update(&[0]);
    }
    mac.finalize().into_bytes().into()
}

impl Keys {
    /// The keys of `master`.
    pub fn from_master(master: &[u8; 32]) -> Self {
        Self { invite: mac(master, &[b"cairn invite codes"]), export: mac(master, &[b"cairn export ids"]) }
    }

    /// The keys of a master key written as URL-safe base64 (`where` names it in errors).
    pub fn from_text(text: &str, place: &str) -> Result<Self, KeyError> {
        let bytes = URL_SAFE_NO_PAD.decode(text.trim()).map_err(|_| KeyError::Malformed(place.to_owned()))?;
        let master: [u8; 32] = bytes.try_into().map_err(|_| KeyError::Malformed(place.to_owned()))?;
        Ok(Self::from_master(&master))
    }

    /// The keys of the master key in `path`, which must exist (commands that issue or
    /// read codes must use the running endpoint's key, never a new one).
    pub fn load(path: &Path) -> Result<Self, KeyError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::from_text(&text, &format!("`{}`", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(KeyError::Missing(path.to_owned())),
            Err(source) => Err(KeyError::Io { path: path.to_owned(), source }),
        }
    }

    /// The keys of the master key in `path`, which is made (readable by its owner only)
    /// when it does not exist. A folder made for it ignores itself in git (a `.gitignore`
    /// of `*`): whoever has the key can make invite codes.
    pub fn load_or_create(path: &Path) -> Result<Self, KeyError> {
        let io = |source| KeyError::Io { path: path.to_owned(), source };
        match std::fs::read_to_string(path) {
            Ok(text) => Self::from_text(&text, &format!("`{}`", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty() && !p.exists()) {
                    std::fs::create_dir_all(parent).map_err(io)?;
                    let note = "# The vote endpoint's key and ballots stay on this machine.\n*\n";
                    std::fs::write(parent.join(".gitignore"), note).map_err(io)?;
                }
                let master = random::<32>()?;
                let mut options = std::fs::OpenOptions::new();
                options.write(true).create_new(true);
                #[cfg(unix)]
                std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
                let mut file = options.open(path).map_err(io)?;
                std::io::Write::write_all(&mut file, format!("{}\n", URL_SAFE_NO_PAD.encode(master)).as_bytes())
                    .map_err(io)?;
                file.sync_all().map_err(io)?;
                Ok(Self::from_master(&master))
            }
            Err(e) => Err(io(e)),
        }
    }

    pub(crate) fn invite(&self) -> &[u8; 32] {
        &self.invite
    }

    /// A voter's pseudonymous id in an export (`voter-` and 16 hex digits, a valid
    /// ballot file name): the same voter always gets the same id, and without the key
    /// nobody can tell which code or browser it was.
    pub fn export_id(&self, poll: &str, voter: &str) -> String {
        let tag = mac(&self.export, &[poll.as_bytes(), voter.as_bytes()]);
        let hex: String = tag[..8].iter().map(|b| format!("{b:02x}")).collect();
        format!("voter-{hex}")
    }
}
