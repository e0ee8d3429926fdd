//! A local HTTP origin that answers like an API (GitHub's, GitLab's, a JSON document's
//! server): each request goes to a handler the test gives, which says the status, the
//! headers and the body; the origin records every request (its path with the query, and
//! its headers), and stops when dropped. It speaks just enough HTTP/1.1 for a client:
//! one request per connection, answered with `Connection: close`.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// A request as the origin saw it.
#[derive(Debug, Clone)]
pub(crate) struct Asked {
    /// The path and query (`/search/issues?q=…`).
    pub(crate) target: String,
    /// The headers, names in lower case.
    pub(crate) headers: Vec<(String, String)>,
}

impl Asked {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// An answer: status, headers, body.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Answer {
    /// `200` with a JSON body.
    pub(crate) fn json(body: &str) -> Self {
        Self { status: 200, headers: vec![("Content-Type".into(), "application/json".into())], body: body.to_owned() }
    }

    /// Another status, with a JSON body.
    pub(crate) fn status(status: u16, body: &str) -> Self {
        Self { status, ..Self::json(body) }
    }

    /// With a header more.
    pub(crate) fn with(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

type Handler = dyn Fn(&Asked, &str) -> Answer + Send + Sync;

/// The origin, on a free loopback port.
pub(crate) struct ApiOrigin {
    pub(crate) address: SocketAddr,
    asked: Arc<Mutex<Vec<Asked>>>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl ApiOrigin {
    /// Answers every request with `handler(request, origin's own address)`.
    pub(crate) fn start(handler: impl Fn(&Asked, &str) -> Answer + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
        let address = listener.local_addr().expect("its address");
        let asked = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let (log, stopping) = (Arc::clone(&asked), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    answer(stream, &*handler, &log, &format!("http://{address}"));
                }
            }
        });
        Self { address, asked, stop, thread: Some(thread) }
    }

    /// `http://127.0.0.1:PORT`.
    pub(crate) fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// The requests so far.
    pub(crate) fn asked(&self) -> Vec<Asked> {
        self.asked.lock().expect("the log").clone()
    }
}

impl Drop for ApiOrigin {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.address);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn answer(stream: TcpStream, handler: &Handler, log: &Mutex<Vec<Asked>>, origin: &str) {
    let mut reader = BufReader::new(&stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    let asked = Asked { target, headers };
    let reply = handler(&asked, origin);
    log.lock().expect("the log").push(asked);
    let reason = match reply.status {
        200 => "OK",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        _ => "Status",
    };
    let mut out = &stream;
    let mut head =
        format!("HTTP/1.1 {} {reason}\r\nContent-Length: {}\r\nConnection: close\r\n", reply.status, reply.body.len());
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = out.write_all(head.as_bytes());
    let _ = out.write_all(reply.body.as_bytes());
    let _ = out.flush();
}
