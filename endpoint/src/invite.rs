//! Invite codes: `inv_` and `base64url(id ‖ tag)` (the prefix makes a code easy to
//! recognise, and keeps it from starting with `-` on a command line), where `id` is 12 random bytes and `tag` the first
//! 16 bytes of HMAC-SHA256 over the poll and the id under the invite key. A code is for one
//! poll; verifying it recomputes the tag and compares in constant time. The code's id is
//! the voter: one ballot per code, which a later ballot with the same code replaces.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::Mac;

use crate::keys::{HmacSha256, KeyError, Keys, random};

const PREFIX: &str = "inv_";
const ID: usize = 12;
const TAG: usize = 16;

/// Why a code was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not a code of this endpoint for this poll (forged, mistyped, truncated, or for
    /// another poll).
    #[error("not a valid invite code for this poll")]
    Invalid,
}

/// A new code for `poll`.
pub fn issue(keys: &Keys, poll: &str) -> Result<String, KeyError> {
    let id = random::<ID>()?;
    let mut code = id.to_vec();
    code.extend_from_slice(&tag(keys, poll, &id)[..TAG]);
    Ok(format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(code)))
}

/// The bytes of a code, when it is shaped like one.
fn decode(code: &str) -> Option<Vec<u8>> {
    let bytes = URL_SAFE_NO_PAD.decode(code.trim().strip_prefix(PREFIX)?).ok()?;
    (bytes.len() == ID + TAG).then_some(bytes)
}

fn tag(keys: &Keys, poll: &str, id: &[u8]) -> [u8; 32] {
    crate::keys::mac(keys.invite(), &[poll.as_bytes(), id])
}

/// The code's id (the voter), when `code` is a valid code for `poll`.
pub fn verify(keys: &Keys, poll: &str, code: &str) -> Result<String, CodeError> {
    let bytes = decode(code).ok_or(CodeError::Invalid)?;
    let (id, given) = bytes.split_at(ID);
    let mut mac = <HmacSha256 as hmac::KeyInit>::new_from_slice(keys.invite()).map_err(|_| CodeError::Invalid)?;
    mac.update(poll.as_bytes());
    mac.update(&[0]);
    mac.update(id);
    mac.update(&[0]);
    // Constant time: a forger learns nothing from how long a refusal takes.
    mac.verify_truncated_left(given).map_err(|_| CodeError::Invalid)?;
    Ok(id_of(id))
}

/// The id part of a code as text (for revoking it), when it is shaped like a code.
pub fn code_id(code: &str) -> Option<String> {
    decode(code).map(|bytes| id_of(&bytes[..ID]))
}

fn id_of(id: &[u8]) -> String {
    format!("invite:{}", URL_SAFE_NO_PAD.encode(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::from_master(&[7; 32])
    }

    #[test]
    fn a_code_is_valid_for_its_poll_only() {
        let code = issue(&keys(), "summit").expect("a code");
        let voter = verify(&keys(), "summit", &code).expect("valid");
        assert_eq!(Some(voter), code_id(&code));
        assert_eq!(verify(&keys(), "other", &code), Err(CodeError::Invalid));
        assert_eq!(verify(&Keys::from_master(&[8; 32]), "summit", &code), Err(CodeError::Invalid));
    }

    #[test]
    fn forged_and_truncated_codes_are_refused() {
        let code = issue(&keys(), "summit").expect("a code");
        assert_eq!(verify(&keys(), "summit", &code[..code.len() - 2]), Err(CodeError::Invalid));
        let mut forged = code.clone().into_bytes();
        let last = forged.len() - 1;
        forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(verify(&keys(), "summit", &String::from_utf8(forged).expect("text")), Err(CodeError::Invalid));
        assert_eq!(verify(&keys(), "summit", "not a code!"), Err(CodeError::Invalid));
        assert_eq!(verify(&keys(), "summit", ""), Err(CodeError::Invalid));
        assert_eq!(verify(&keys(), "summit", &code["inv_".len()..]), Err(CodeError::Invalid), "without its prefix");
        assert!(code.starts_with("inv_"));
    }
}
