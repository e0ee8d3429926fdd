//! Voters of open polls: a browser sends a random token it keeps; the endpoint stores
//! only a hash of it. Their network address is kept only as HMAC-SHA256 under a random
//! key of the day, which the store deletes after two days: the hashes can be compared
//! within a day (to limit ballots per address) and never turned back into addresses.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

/// The voter a browser token stands for, when the token is well formed (22 to 64
/// characters of URL-safe base64: at least 128 random bits).
pub fn browser_voter(token: &str) -> Option<String> {
    let ok =
        (22..=64).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| format!("browser:{}", URL_SAFE_NO_PAD.encode(&Sha256::digest(token.as_bytes())[..16])))
}

/// The keyed hash of `address` under the day's `salt`.
pub fn address_hash(salt: &[u8], address: &std::net::IpAddr) -> String {
    // An IPv6 host often has a whole /64: count the network, not the address (and an
    // IPv4 client of a dual-stack listener as IPv4).
    let text = match address.to_canonical() {
        std::net::IpAddr::V4(a) => a.to_string(),
        std::net::IpAddr::V6(a) => {
            let s = a.segments();
            format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
    };
    URL_SAFE_NO_PAD.encode(&crate::keys::mac(salt, &[text.as_bytes()])[..16])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_must_be_long_random_texts() {
        assert!(browser_voter("aaaaaaaaaaaaaaaaaaaaaa").is_some());
        assert!(browser_voter("short").is_none());
        assert!(browser_voter("has spaces in it and is long enough").is_none());
        assert_ne!(browser_voter("aaaaaaaaaaaaaaaaaaaaaa"), browser_voter("aaaaaaaaaaaaaaaaaaaaab"));
    }

    #[test]
    fn addresses_are_hashed_under_the_day_key_and_v6_by_network() {
        let a: std::net::IpAddr = "192.0.2.1".parse().expect("an address");
        assert_ne!(address_hash(b"day 1", &a), address_hash(b"day 2", &a));
        assert!(!address_hash(b"day 1", &a).contains("192"));
        let (x, y): (std::net::IpAddr, std::net::IpAddr) =
            ("2001:db8::1".parse().expect("v6"), "2001:db8::2".parse().expect("v6"));
        assert_eq!(address_hash(b"k", &x), address_hash(b"k", &y));
    }
}
