//! The endpoint's health probe, for container health checks and scripts that wait for it
//! (`cairn endpoint health`): one `GET /healthz` over plain HTTP/1.1, with a deadline, so
//! that an image needs no other program (curl, wget) to ask.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::Duration;

/// Why the endpoint is not healthy.
#[derive(Debug, thiserror::Error)]
pub enum ProbeError {
    /// Nothing answered at the address.
    #[error("nothing answers at {address}: {source}")]
    Unreachable {
        /// Where it asked.
        address: SocketAddr,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// An answer other than `200`.
    #[error("the endpoint at {address} answered `{status_line}` to `GET /healthz` (its log says why)")]
    Unhealthy {
        /// Where it asked.
        address: SocketAddr,
        /// The first line of the answer.
        status_line: String,
    },
}

/// The address to ask for a server listening on `listen`: its loopback twin when it
/// listens on every interface.
pub fn probe_address(listen: SocketAddr) -> SocketAddr {
    match listen.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => SocketAddr::new(Ipv4Addr::LOCALHOST.into(), listen.port()),
        IpAddr::V6(ip) if ip.is_unspecified() => SocketAddr::new(Ipv6Addr::LOCALHOST.into(), listen.port()),
        _ => listen,
    }
}

/// Asks the endpoint at `address` for `/healthz`; `Ok` when it answers `200` (its database
/// answers) within `timeout`.
pub fn probe(address: SocketAddr, timeout: Duration) -> Result<(), ProbeError> {
    let unreachable = |source| ProbeError::Unreachable { address, source };
    let mut stream = TcpStream::connect_timeout(&address, timeout).map_err(unreachable)?;
    stream.set_read_timeout(Some(timeout)).map_err(unreachable)?;
    stream.set_write_timeout(Some(timeout)).map_err(unreachable)?;
    let request = format!("GET /healthz HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).map_err(unreachable)?;
    let mut head = Vec::new();
    let mut buffer = [0u8; 256];
    while !head.contains(&b'\n') && head.len() < 4096 {
        match stream.read(&mut buffer).map_err(unreachable)? {
            0 => break,
            n => head.extend_from_slice(&buffer[..n]),
        }
    }
    let text = String::from_utf8_lossy(&head);
    let status_line = text.lines().next().unwrap_or_default().trim().to_owned();
    let ok = status_line.split_whitespace().nth(1) == Some("200");
    if ok { Ok(()) } else { Err(ProbeError::Unhealthy { address, status_line }) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_is_asked_on_loopback() {
        let any: SocketAddr = "0.0.0.0:8787".parse().unwrap();
        assert_eq!(probe_address(any), "127.0.0.1:8787".parse().unwrap());
        let any6: SocketAddr = "[::]:8787".parse().unwrap();
        assert_eq!(probe_address(any6), "[::1]:8787".parse().unwrap());
        let one: SocketAddr = "10.1.2.3:80".parse().unwrap();
        assert_eq!(probe_address(one), one);
    }

    #[test]
    fn a_closed_port_is_unreachable() {
        let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = free.local_addr().unwrap();
        drop(free);
        let err = probe(address, Duration::from_secs(2)).unwrap_err();
        assert!(matches!(err, ProbeError::Unreachable { .. }), "{err}");
    }

    #[test]
    fn an_answer_other_than_200_is_unhealthy() {
        let server = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let address = server.local_addr().unwrap();
        let answer = std::thread::spawn(move || {
            let (mut stream, _) = server.accept().unwrap();
            let mut request = [0u8; 512];
            let _ = stream.read(&mut request).unwrap();
            stream.write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\n\r\n").unwrap();
        });
        let err = probe(address, Duration::from_secs(5)).unwrap_err();
        answer.join().unwrap();
        assert_eq!(
            err.to_string(),
            format!(
                "the endpoint at {address} answered `HTTP/1.1 503 Service Unavailable` to `GET /healthz` (its log says why)"
            )
        );
    }
}
