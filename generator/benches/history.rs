//! Benchmark: reading a goal repository's history, side by side in one run with the
//! obvious alternative, one `git log --follow -p` per goal file (what "git info" features
//! of other generators do per page).
//!
//! The repository is generated with `git fast-import`: `--goals N` goal files (1,000 by
//! default), then `--commits C` commits (10,000), each changing one to five goals' metric
//! or status, one day apart. cairn's side is the library call the build makes,
//! `cairn::history::histories`, timed over `--runs R` runs (median). The alternative runs
//! `git log --follow -p --format=%H%x09%ct%x09%an -- goals/<g>.md` for every goal, once,
//! one after another (`--sample K` runs it for K goals only and scales the total up,
//! saying so).
//!
//! Run with `cargo bench -p cairn --bench history` (options after `--`; `--keep DIR`
//! makes the repository in DIR and leaves it there).

#![allow(missing_docs, clippy::print_stdout, clippy::print_stderr, reason = "a benchmark binary prints its report")]

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let option = |name: &str, default: usize| -> usize {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .map_or(default, |v| v.parse().expect("a number"))
    };
    let (goals, commits, runs) = (option("--goals", 1000), option("--commits", 10_000), option("--runs", 5));
    let sample = option("--sample", goals).min(goals);
    let dir = tempfile::Builder::new().prefix("cairn-history-bench-").tempdir().expect("a temporary folder");
    // `--keep DIR`: make the repository there and leave it (to try `cairn serve` on it).
    let kept = args.iter().position(|a| a == "--keep").and_then(|i| args.get(i + 1)).map(std::path::PathBuf::from);
    let repo = kept.as_deref().unwrap_or(dir.path());
    let started = Instant::now();
    generate(repo, goals, commits);
    println!("repository: {goals} goals, {commits} commits, made in {:.1} s", started.elapsed().as_secs_f64());

    let loaded = cairn::load_repo(repo, &cairn::LoadOptions::default()).expect("the corpus loads");
    let mut times = Vec::new();
    let mut points = 0;
    for _ in 0..runs {
        let started = Instant::now();
        let found = cairn::history::histories(repo, &loaded.content.goals).expect("history");
        times.push(started.elapsed());
        points = found.goals.values().map(|h| h.points.len()).sum();
        assert_eq!(found.goals.len(), goals, "every goal has a history");
    }
    times.sort();
    let cairn = times[times.len() / 2];
    println!(
        "cairn history::histories      {:>9.0} ms  (median of {runs}; min {:.0} ms; {points} points)",
        ms(cairn),
        ms(times[0])
    );

    let started = Instant::now();
    let mut per_file = Vec::new();
    for g in 0..sample {
        let one = Instant::now();
        let out = Command::new("git")
            .args(["log", "--follow", "-p", "--format=%H%x09%ct%x09%an", "--", &format!("goals/g{g:04}.md")])
            .current_dir(repo)
            .stdout(Stdio::piped())
            .output()
            .expect("run git log");
        assert!(out.status.success() && !out.stdout.is_empty());
        per_file.push(one.elapsed());
    }
    let measured = started.elapsed();
    let total = measured.mul_f64(goals as f64 / sample as f64);
    per_file.sort();
    let scaled = if sample < goals { format!(", scaled up from {sample} files") } else { String::new() };
    println!(
        "git log --follow -p per file   {:>9.0} ms  (one run{scaled}; {:.0} ms per file, median)",
        ms(total),
        ms(per_file[per_file.len() / 2])
    );
    println!("ratio                          {:>9.1}x", total.as_secs_f64() / cairn.as_secs_f64());
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A small deterministic generator (xorshift), so that every run makes the same history.
struct Rng(u64);

impl Rng {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % below as u64) as usize
    }
}

fn goal(g: usize, status: &str, current: usize) -> String {
    format!(
        "---\ntitle: Goal number {g}\nkind: outcome\nstatus: {status}\nmetric: {{ baseline: 0, current: {current}, target: 1000, unit: things }}\n---\nWhy goal {g} matters, and who it is for.\n\n- [x] The first step\n- [ ] The next step\n"
    )
}

/// Writes the repository with `git fast-import`.
fn generate(repo: &Path, goals: usize, commits: usize) {
    let git = |args: &[&str]| {
        let status = Command::new("git").args(args).current_dir(repo).status().expect("run git");
        assert!(status.success(), "git {args:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    let mut child = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(repo)
        .stdin(Stdio::piped())
        .spawn()
        .expect("run git fast-import");
    let mut stream = std::io::BufWriter::new(child.stdin.take().expect("stdin"));
    let start: u64 = 1_700_000_000;
    let commit = |n: usize, files: &[(String, String)], stream: &mut dyn std::io::Write| {
        let when = start + n as u64 * 86_400;
        let message = format!("change {n}");
        let _ = write!(
            stream,
            "commit refs/heads/main\ncommitter Bench <b@example.org> {when} +0000\ndata {}\n{message}\n",
            message.len()
        );
        for (path, text) in files {
            let _ = write!(stream, "M 100644 inline {path}\ndata {}\n{text}\n", text.len());
        }
    };
    let mut first = vec![
        ("cairn.toml".to_owned(), "title = \"Bench\"\nbase_url = \"https://bench.example/\"\n".to_owned()),
        ("charter.md".to_owned(), "---\ntitle: Charter\npurpose: To measure.\n---\nWhy.\n".to_owned()),
    ];
    let mut current = vec![0_usize; goals];
    for (g, _) in current.iter().enumerate() {
        first.push((format!("goals/g{g:04}.md"), goal(g, "proposed", 0)));
    }
    commit(0, &first, &mut stream);
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for n in 1..commits {
        let touched = 1 + rng.next(5);
        let files: Vec<(String, String)> = (0..touched)
            .map(|_| {
                let g = rng.next(goals);
                current[g] = (current[g] + 1 + rng.next(20)).min(1000);
                let status = if current[g] >= 1000 { "achieved" } else { "active" };
                (format!("goals/g{g:04}.md"), goal(g, status, current[g]))
            })
            .collect();
        commit(n, &files, &mut stream);
    }
    stream.flush().expect("write the stream");
    drop(stream);
    assert!(child.wait().expect("fast-import").success());
    git(&["checkout", "-q", "main"]);
}
