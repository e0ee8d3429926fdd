//! A `command` source: `sh -c COMMAND` in the repository, its standard output's last line
//! read as the number. It is stopped after the timeout; its standard error's last line
//! says why it failed.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::MeasureProblem;

/// Runs `command` in `dir` and reads the number it prints.
pub(crate) fn run(command: &str, dir: &Path, timeout: Duration) -> Result<f64, MeasureProblem> {
    let failed = |reason: String| MeasureProblem::CommandFailed { command: command.to_owned(), reason };
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed(format!("could not start: {e}")))?;
    let (mut out, mut err) = (child.stdout.take(), child.stderr.take());
    // Read both pipes while it runs, so that a command printing much does not block.
    let stdout = std::thread::spawn(move || read_all(out.as_mut()));
    let stderr = std::thread::spawn(move || read_all(err.as_mut()));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(failed(format!("did not finish within {} seconds, and was stopped", timeout.as_secs())));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(failed(format!("could not be waited for: {e}"))),
        }
    };
    let (stdout, stderr) = (stdout.join().unwrap_or_default(), stderr.join().unwrap_or_default());
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

fn read_all(pipe: Option<&mut impl Read>) -> String {
    let mut bytes = Vec::new();
    if let Some(pipe) = pipe {
        let _ = pipe.take(1 << 20).read_to_end(&mut bytes);
    }
    String::from_utf8_lossy(&bytes).into_owned()
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
}
