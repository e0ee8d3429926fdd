//! Benchmark: `load_repo` on a generated 10,000-goal repository, side by side with the
//! bare pipeline every static-site generator runs over the same files (read, split the
//! front matter, parse the YAML, render the Markdown, write an HTML file), measured in
//! the same run on the same files.
//!
//! Run with `cargo bench -p cairn --bench load` (add `-- --goals N --runs R` to change the
//! corpus size or the number of timed runs, `--only-load` to profile the loader alone). The corpus is written to a temporary folder
//! and is deterministic: the same every run.

#![allow(missing_docs, clippy::print_stdout, reason = "a benchmark binary prints its report")]

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use rayon::prelude::*;

fn main() {
    let mut goals = 10_000usize;
    let mut runs = 15usize;
    let mut only_load = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--goals" => goals = args.next().and_then(|v| v.parse().ok()).expect("--goals N"),
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).expect("--runs R"),
            // For profiling the loader alone.
            "--only-load" => only_load = true,
            _ => {} // `cargo bench` passes `--bench`.
        }
    }
    let corpus = tempfile::tempdir().expect("temporary folder");
    let files = write_corpus(corpus.path(), goals);
    println!(
        "corpus: {goals} goals, {} files, {} bytes, {} threads",
        files.len(),
        total_bytes(&files),
        rayon::current_num_threads()
    );

    let options = cairn::LoadOptions::default();
    let loaded = cairn::load_repo(corpus.path(), &options).expect("the corpus is valid");
    assert_eq!(loaded.content.goals.len(), goals);

    let out = tempfile::tempdir().expect("temporary folder");
    let mut load_times = Vec::new();
    let mut bare_times = Vec::new();
    let mut render_times = Vec::new();
    for run in 0..=runs {
        let started = Instant::now();
        let loaded = cairn::load_repo(corpus.path(), &options).expect("the corpus is valid");
        let load = started.elapsed();
        std::hint::black_box(&loaded);

        // Run 0 warms the page cache and the thread pool.
        if run > 0 {
            load_times.push(load);
        }
        if only_load {
            continue;
        }
        // Each run writes into a fresh folder; removing old ones is not timed.
        let target = out.path().join(run.to_string());
        let started = Instant::now();
        bare_pipeline(&files, Some(&target));
        let bare = started.elapsed();
        let started = Instant::now();
        bare_pipeline(&files, None);
        if run > 0 {
            bare_times.push(bare);
            render_times.push(started.elapsed());
        }
    }
    report("cairn load_repo (walk, read, parse, validate)", &mut load_times);
    if !only_load {
        report("bare read-parse-render-write pipeline", &mut bare_times);
        report("bare read-parse-render (no write)", &mut render_times);
    }
}

fn report(name: &str, times: &mut [Duration]) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<48} median {:>7.1} ms   min {:>7.1} ms   max {:>7.1} ms   ({} runs)",
        ms(times[times.len() / 2]),
        ms(times[0]),
        ms(times[times.len() - 1]),
        times.len()
    );
}

fn total_bytes(files: &[std::path::PathBuf]) -> u64 {
    files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0)).sum()
}

/// The reference: what any generator does per file, with no validation, in parallel.
/// Writes one HTML file per input into `out`, or nothing when `out` is `None` (the disk
/// here is slow and erratic at creating files; see docs/src/dependencies.md).
fn bare_pipeline(files: &[std::path::PathBuf], out: Option<&Path>) {
    if let Some(out) = out {
        std::fs::create_dir_all(out).unwrap();
    }
    files.par_iter().enumerate().for_each(|(i, path)| {
        let text = std::fs::read_to_string(path).unwrap();
        let rest = text.strip_prefix("---\n").unwrap_or(&text);
        let (front, body) = rest.split_once("\n---\n").unwrap_or(("", rest));
        let value: serde_json::Value = serde_saphyr::from_str(front).unwrap_or(serde_json::Value::Null);
        std::hint::black_box(&value);
        let mut html = String::with_capacity(body.len() * 2);
        pulldown_cmark::html::push_html(
            &mut html,
            pulldown_cmark::Parser::new_ext(body, pulldown_cmark::Options::ENABLE_TASKLISTS),
        );
        match out {
            Some(out) => std::fs::write(out.join(format!("{i}.html")), html).unwrap(),
            None => drop(std::hint::black_box(html)),
        }
    });
}

const KINDS: [&str; 4] = ["outcome", "process", "relational", "transformational"];
const STATUSES: [&str; 6] = ["proposed", "active", "achieved", "paused", "retired", "rejected"];

/// Writes a valid repository with `goals` goals in 20 communities and one update per ten
/// goals; returns the Markdown files.
fn write_corpus(root: &Path, goals: usize) -> Vec<std::path::PathBuf> {
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    };
    write("cairn.toml", "title = \"Benchmark goals\"\nbase_url = \"https://goals.example.org/\"\n");
    let mut files = vec![write(
        "charter.md",
        "---\ntitle: Charter\npurpose: Measure cairn.\nvalues: [Speed, Care]\n---\n## Scope\n\nEverything.\n",
    )];
    for i in 0..goals {
        let community = i % 20;
        let kind = KINDS[i % 4];
        let status = STATUSES[i % 6];
        let mut text = format!(
            "---\ntitle: Goal number {i} of the benchmark corpus\nsummary: A goal that exists to be read quickly.\n\
             kind: {kind}\nstatus: {status}\nowners: [owner-{a}, owner-{b}]\nstarted: 2026-01-{d:02}\n\
             due: 2027-06-30\nreview_by: 2026-12-{d:02}\ntags: [bench, community-{community}]\n",
            a = i % 97,
            b = i % 89,
            d = i % 28 + 1
        );
        match kind {
            "outcome" => {
                text.push_str(&format!("metric: {{ baseline: 0, current: {}, target: 100, unit: \"%\" }}\n", i % 100))
            }
            "process" => text.push_str("cadence: { every: 1 month }\n"),
            _ => {}
        }
        text.push_str("---\n\n## Why\n\nBecause a benchmark needs *realistic* bodies with [links](https://example.org) and `code`.\n\n");
        text.push_str("## Milestones\n\n");
        for m in 0..6 {
            let done = if (i + m) % 3 == 0 { 'x' } else { ' ' };
            let _ = writeln!(text, "- [{done}] Milestone {m} of goal {i}");
        }
        files.push(write(&format!("goals/c{community}/goal-{i}.md"), &text));
    }
    for u in 0..goals / 10 {
        let text = format!(
            "---\ntitle: Update {u}\ndate: 2026-{:02}-{:02}\ngoals: [goal-{}, goal-{}]\nauthors: [owner-{}]\n---\nWe met and made progress.\n",
            u % 11 + 1,
            u % 28 + 1,
            u * 10 % goals,
            (u * 10 + 1) % goals,
            u % 97
        );
        files.push(write(&format!("updates/2026-update-{u}.md"), &text));
    }
    files
}
