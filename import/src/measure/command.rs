//! A `command` source: `sh -c COMMAND` in the repository, its standard output's last line
//! read as the number. The command runs in a process group of its own; when it has not
//! finished (exited, and closed its output) within the timeout, the whole group is
//! stopped, so that nothing it started keeps running. Its standard error's last line says
//! why it failed. Of each output the first MiB is kept and the rest read and dropped.

use std::io::Read;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::MeasureProblem;

/// How much of each output is kept.
const KEPT: u64 = 1 << 20;

/// Runs `command` in `dir` and reads the number it prints.
pub(crate) fn run(command: &str, dir: &Path, timeout: Duration) -> Result<f64, MeasureProblem> {
    let failed = |reason: String| MeasureProblem::CommandFailed { command: command.to_owned(), reason };
    let mut shell = Command::new("sh");
    shell.arg("-c").arg(command).current_dir(dir).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut shell, 0);
    let mut child = shell.spawn().map_err(|e| failed(format!("could not start: {e}")))?;
    // Read both pipes while it runs, so that a command printing much does not block.
    let (sender, outputs) = mpsc::channel();
    for (which, pipe) in [(0, child.stdout.take().map(reader)), (1, child.stderr.take().map(reader))] {
        let sender = sender.clone();
        std::thread::spawn(move || {
            let _ = sender.send((which, pipe.map(read_kept).unwrap_or_default()));
        });
    }
    drop(sender);
    let deadline = Instant::now() + timeout;
    let too_slow = || failed(format!("did not finish within {} seconds, and was stopped", timeout.as_secs()));
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() > deadline => {
                stop(&mut child);
                return Err(too_slow());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => {
                stop(&mut child);
                return Err(failed(format!("could not be waited for: {e}")));
            }
        }
    };
    // Its output ends when every process holding it has closed it.
    let (mut stdout, mut stderr) = (None, None);
    while stdout.is_none() || stderr.is_none() {
        match outputs.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok((0, text)) => stdout = Some(text),
            Ok((_, text)) => stderr = Some(text),
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                stop(&mut child);
                return Err(too_slow());
            }
        }
    }
    let (stdout, stderr) = (stdout.unwrap_or_default(), stderr.unwrap_or_default());
    if !status.success() {
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        let code = status.code().map_or_else(|| "a signal".to_owned(), |c| format!("status {c}"));
        return Err(failed(if last.is_empty() {
            format!("exited with {code}")
        } else {
            format!("exited with {code}: {last}")
        }));
    }
    let last = stdout.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    match last.parse::<f64>() {
        Ok(n) if n.is_finite() => Ok(n),
        _ => Err(MeasureProblem::BadAnswer {
            url: command.to_owned(),
            reason: if last.is_empty() {
                "it printed nothing".into()
            } else {
                format!("its last line `{last}` is not a number")
            },
        }),
    }
}

fn reader(pipe: impl Read + Send + 'static) -> Box<dyn Read + Send> {
    Box::new(pipe)
}

/// The first [`KEPT`] bytes of `pipe`, as text; the rest is read to its end and dropped.
fn read_kept(mut pipe: Box<dyn Read + Send>) -> String {
    let mut bytes = Vec::new();
    let _ = (&mut pipe).take(KEPT).read_to_end(&mut bytes);
    let _ = std::io::copy(&mut pipe, &mut std::io::sink());
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Stops the command and everything in its process group.
fn stop(child: &mut Child) {
    #[cfg(unix)]
    if let Some(group) = i32::try_from(child.id()).ok().and_then(rustix::process::Pid::from_raw) {
        // `process_group(0)` made the command the leader of a group of its own.
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
    }
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_prints_its_number_or_says_what_went_wrong() {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::write(dir.path().join("items.txt"), "a\nb\nc\n").expect("a file");
        let second = Duration::from_secs(5);
        assert_eq!(run("echo counting; wc -l < items.txt", dir.path(), second), Ok(3.0));
        let failed = run("echo oops >&2; exit 3", dir.path(), second).unwrap_err();
        assert_eq!(failed.to_string(), "the command `echo oops >&2; exit 3` exited with status 3: oops");
        let nonsense = run("echo many", dir.path(), second).unwrap_err();
        assert_eq!(nonsense.code(), "measure-bad-answer");
        let slow = run("sleep 5", dir.path(), Duration::from_millis(200)).unwrap_err();
        assert!(slow.to_string().contains("did not finish"), "{slow}");
    }

    #[test]
    fn what_a_command_started_is_stopped_with_it() {
        let dir = tempfile::tempdir().expect("a folder");
        // A child that outlives the shell and holds its output open.
        let started = Instant::now();
        let held = run("(sleep 30; echo 3) & echo 2", dir.path(), Duration::from_millis(500)).unwrap_err();
        assert!(held.to_string().contains("did not finish"), "{held}");
        let slow = run("sleep 30 & sleep 30; echo 3", dir.path(), Duration::from_millis(300)).unwrap_err();
        assert!(slow.to_string().contains("did not finish"), "{slow}");
        assert!(started.elapsed() < Duration::from_secs(20), "the run waited for the grandchildren");
        // A command whose grandchild has let go of the output is read as usual.
        assert_eq!(run("(sleep 2 >/dev/null 2>&1 &) ; echo 4", dir.path(), Duration::from_secs(5)), Ok(4.0));
    }

    #[test]
    fn a_command_printing_more_than_is_kept_is_not_blocked() {
        let dir = tempfile::tempdir().expect("a folder");
        let many = "head -c 3000000 /dev/zero | tr '\\0' x >&2; echo 5";
        assert_eq!(run(many, dir.path(), Duration::from_secs(20)), Ok(5.0));
    }
}
