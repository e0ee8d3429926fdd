//! Benchmark: a full `cairn build` of a generated corpus, cold (a fresh process each run)
//! and to disk, side by side in one run with
//! - the lower bound: a bare program that only reads the goal files, splits off and parses
//!   the front matter, renders the Markdown with pulldown-cmark and writes one HTML file
//!   per goal, on every core (this binary, run as `--bare SRC OUT`);
//! - the same lower bound writing the files cairn must write per goal (the page in its
//!   own folder, the goal's JSON, the SVG badge and the badge's JSON: four files and a
//!   folder instead of one file), because on most disks creating files is most of the
//!   work (`--bare-same-files SRC OUT`);
//! - Hugo (Debian's `hugo`, when installed) over the same goal files with minimal
//!   templates: a page per goal and one list page.
//!
//! Run with `cargo bench -p cairn --bench build` (options after `--`: `--goals N`,
//! `--runs R`, `--out-dir DIR` to write the sites somewhere else than next to the corpus,
//! such as `/dev/shm` to leave the disk out; `--markup` to give every goal the shapes real
//! goal files have (a template's HTML comments, a `<details>` block, an alert, a fenced
//! Rust block, issue references and a bare address); `--compare BIN` to measure another
//! `cairn` binary beside this one, such as a build from before a change; `--no-search` to
//! leave the search index out (`search = false`); `--language TAG` to build the same
//! corpus again with `language = "TAG"` beside it (its words from that language's
//! catalogue); or `--write-corpus DIR N [--markup]` to
//! only write a corpus). Wall time and peak memory (maximum
//! resident set size) are per process.
//!
//! `--serve` measures `cairn serve` instead: on the same corpus, the time from saving one
//! goal file to the reload signal open pages receive (read from the server's event
//! stream), over `--runs R` saves; `--repo DIR` serves that repository instead of a
//! corpus (the history benchmark's `--keep DIR` makes one with 10,000 commits).

#![allow(missing_docs, clippy::print_stdout, clippy::print_stderr, reason = "a benchmark binary prints its report")]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rayon::prelude::*;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, src, out] = args.as_slice()
        && (flag == "--bare" || flag == "--bare-same-files")
    {
        bare(Path::new(src), Path::new(out), flag == "--bare-same-files");
        return;
    }
    // `--write-corpus DIR N [--markup]`: only write the corpus, for profiling or trying
    // cairn on it.
    if let [flag, dir, n, rest @ ..] = args.as_slice()
        && flag == "--write-corpus"
    {
        write_corpus(Path::new(dir), n.parse().expect("a number of goals"), rest.iter().any(|a| a == "--markup"));
        return;
    }
    let number = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let goals = number("--goals", 10_000);
    let runs = number("--runs", 5);
    // `--serve --repo DIR`: an existing repository (such as the history benchmark's
    // `--keep DIR`, with its commits) instead of a corpus written here.
    if let Some(dir) = args.iter().position(|a| a == "--repo").and_then(|i| args.get(i + 1)) {
        let repo = Path::new(dir);
        serve_reload(repo, goal_files(&repo.join("goals")).len(), runs);
        return;
    }
    let work = tempfile::tempdir().expect("temporary folder");
    let repo = work.path().join("repo");
    let bytes = write_corpus(&repo, goals, args.iter().any(|a| a == "--markup"));
    if args.iter().any(|a| a == "--no-search") {
        // The reference without the search index (`search = false`), in the same run.
        let config = repo.join("cairn.toml");
        let text = std::fs::read_to_string(&config).expect("the corpus's cairn.toml");
        std::fs::write(&config, format!("search = false\n{text}")).expect("cairn.toml written");
    }
    if args.iter().any(|a| a == "--serve") {
        serve_reload(&repo, goals, runs);
        return;
    }
    let hugo = hugo_version();
    if hugo.is_some() {
        write_hugo_site(&repo, &work.path().join("hugo"));
    }
    println!(
        "corpus: {goals} goals, {bytes} bytes of goal files ({} per goal), {runs} runs",
        bytes / goals.max(1) as u64
    );

    let me = std::env::current_exe().expect("this benchmark's path");
    let cairn = PathBuf::from(env!("CARGO_BIN_EXE_cairn"));
    let mut results: Vec<(String, Vec<Measure>)> = Vec::new();
    let mut measure = |name: &str, run: &dyn Fn(usize) -> Command| {
        // One warm-up run, not counted.
        let mut all = Vec::new();
        for i in 0..=runs {
            let m = time(run(i));
            if i > 0 {
                all.push(m);
            }
        }
        results.push((name.to_owned(), all));
    };
    let out_dir = args.iter().position(|a| a == "--out-dir").and_then(|i| args.get(i + 1));
    let outputs = match out_dir {
        Some(dir) => tempfile::tempdir_in(dir).expect("a temporary folder in --out-dir"),
        None => tempfile::tempdir_in(work.path()).expect("a temporary folder"),
    };
    let out = |tool: &str, i: usize| outputs.path().join(format!("out-{tool}-{i}"));
    measure("bare lower bound (read, parse, render, write)", &|i| {
        let mut c = Command::new(&me);
        c.arg("--bare").arg(repo.join("goals")).arg(out("bare", i));
        c
    });
    measure("bare, writing cairn's files per goal", &|i| {
        let mut c = Command::new(&me);
        c.arg("--bare-same-files").arg(repo.join("goals")).arg(out("bare-same", i));
        c
    });
    measure("cairn build", &|i| {
        let mut c = Command::new(&cairn);
        c.arg("build").arg(&repo).arg("-o").arg(out("cairn", i)).arg("--today").arg("2026-11-26");
        c
    });
    // The same corpus in another language, as a copy with its `language` set.
    if let Some(language) = args.iter().position(|a| a == "--language").and_then(|i| args.get(i + 1)) {
        let translated = work.path().join(format!("repo-{language}"));
        write_corpus(&translated, goals, args.iter().any(|a| a == "--markup"));
        let config = translated.join("cairn.toml");
        let text = std::fs::read_to_string(&config).expect("the corpus's cairn.toml");
        let search = if args.iter().any(|a| a == "--no-search") { "search = false\n" } else { "" };
        std::fs::write(&config, format!("{search}language = \"{language}\"\n{text}")).expect("cairn.toml written");
        measure(&format!("cairn build (language = \"{language}\")"), &|i| {
            let mut c = Command::new(&cairn);
            c.arg("build").arg(&translated).arg("-o").arg(out("translated", i)).arg("--today").arg("2026-11-26");
            c
        });
    }
    if let Some(other) = args.iter().position(|a| a == "--compare").and_then(|i| args.get(i + 1)) {
        measure(&format!("cairn build ({other})"), &|i| {
            let mut c = Command::new(other);
            c.arg("build").arg(&repo).arg("-o").arg(out("other", i)).arg("--today").arg("2026-11-26");
            c
        });
    }
    if let Some(version) = &hugo {
        measure(&format!("hugo ({version})"), &|i| {
            let mut c = Command::new("hugo");
            c.arg("--source").arg(work.path().join("hugo")).arg("--destination").arg(out("hugo", i)).arg("--quiet");
            c
        });
    }
    // What the search index adds to the site (see docs/src/performance.md#search).
    let site = out("cairn", 1);
    let (index_files, index_bytes) = tree_size(&site.join("pagefind"));
    let (site_files, site_bytes) = tree_size(&site);
    println!(
        "search index (pagefind/): {index_files} files, {:.1} MB, of a site of {site_files} files, {:.1} MB",
        index_bytes as f64 / 1e6,
        site_bytes as f64 / 1e6
    );
    let bare = median(&results[0].1).wall.as_secs_f64();
    let same = median(&results[1].1).wall.as_secs_f64();
    let cairn_wall = median(&results[2].1).wall.as_secs_f64();
    for (name, all) in &results {
        let m = median(all);
        let wall = m.wall.as_secs_f64();
        println!(
            "{name:<46} median {:>6.0} ms  {:>4.1}x the lower bound  {:>4.1}x the same-files bound  {:>4.1}x cairn's time  peak memory {:>6.1} MB",
            wall * 1000.0,
            wall / bare,
            wall / same,
            wall / cairn_wall,
            m.peak_rss_kb as f64 / 1024.0
        );
    }
}

/// The number of files under `dir` and their bytes.
fn tree_size(dir: &Path) -> (usize, u64) {
    let mut found = (0, 0);
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            let (files, bytes) = tree_size(&entry.path());
            found = (found.0 + files, found.1 + bytes);
        } else {
            found = (found.0 + 1, found.1 + meta.len());
        }
    }
    found
}

#[derive(Clone, Copy)]
struct Measure {
    wall: Duration,
    peak_rss_kb: i64,
}

fn median(all: &[Measure]) -> Measure {
    let mut walls: Vec<Duration> = all.iter().map(|m| m.wall).collect();
    walls.sort();
    let mut rss: Vec<i64> = all.iter().map(|m| m.peak_rss_kb).collect();
    rss.sort_unstable();
    Measure { wall: walls[walls.len() / 2], peak_rss_kb: rss[rss.len() / 2] }
}

/// Runs `command` to completion under GNU time (Debian package `time`); its wall time and
/// peak memory.
fn time(command: Command) -> Measure {
    let mut timed = Command::new("/usr/bin/time");
    timed.arg("-f").arg("%M").arg(command.get_program()).args(command.get_args());
    timed.stdout(std::process::Stdio::null());
    let started = Instant::now();
    let output = timed.output().expect("run /usr/bin/time (apt-get install time)");
    let wall = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{command:?} failed: {stderr}");
    let peak_rss_kb = stderr.lines().last().and_then(|l| l.trim().parse().ok()).expect("GNU time's %M");
    Measure { wall, peak_rss_kb }
}

/// `cairn serve` on `repo`: for each of `runs` saves of a goal file, the time until the
/// event stream says "reload".
fn serve_reload(repo: &Path, goals: usize, runs: usize) {
    use std::io::{BufRead, BufReader, Write};
    let mut server = Command::new(env!("CARGO_BIN_EXE_cairn"))
        .args(["serve", "--port", "0", "--today", "2026-11-26"])
        .arg(repo)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start cairn serve");
    let mut line = String::new();
    BufReader::new(server.stdout.take().expect("stdout")).read_line(&mut line).expect("its address");
    let address = line.trim().strip_prefix("serving http://").and_then(|r| r.split('/').next()).expect("an address");
    let goal = goal_files(&repo.join("goals")).into_iter().next().expect("a goal file");
    let original = std::fs::read_to_string(&goal).expect("a goal");
    let mut times = Vec::new();
    for run in 0..runs {
        let mut stream = std::net::TcpStream::connect(address).expect("connect");
        write!(stream, "GET /_tower-livereload/event-stream HTTP/1.1\r\nHost: {address}\r\n\r\n").expect("ask");
        let mut events = BufReader::new(stream);
        let mut text = String::new();
        while !text.contains("event: init") {
            events.read_line(&mut text).expect("the stream");
        }
        // A new title: it shows on the goal's page and every list of goals.
        let changed = original.replacen("\ntitle: ", &format!("\ntitle: (edit {run}) "), 1);
        let saved = Instant::now();
        std::fs::write(&goal, changed).expect("save");
        let mut text = String::new();
        while !text.contains("event: reload") {
            events.read_line(&mut text).expect("the stream");
        }
        times.push(saved.elapsed());
    }
    let _ = server.kill();
    let _ = server.wait();
    std::fs::write(&goal, original).expect("the goal as it was");
    times.sort();
    println!(
        "cairn serve, {goals} goals: save to reload signal  median {:.0} ms  min {:.0} ms  max {:.0} ms  ({runs} saves)",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[0].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
}

/// The goal files under `goals` (not sub-communities' `_index.md`), in path order.
fn goal_files(goals: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(goals).expect("goals folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(goal_files(&path));
        } else if path.extension().is_some_and(|e| e == "md") && !path.ends_with("_index.md") {
            found.push(path);
        }
    }
    found.sort();
    found
}

fn hugo_version() -> Option<String> {
    let out = Command::new("hugo").arg("version").output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().nth(1).map(|v| v.trim_start_matches('v').to_owned())
}

/// The lower bound: per goal file, read, split, parse YAML, render Markdown, write; with
/// `same_files`, write what cairn writes per goal (a page in a folder of its own, the
/// goal as JSON, an SVG badge and its JSON) instead of one HTML file.
fn bare(src: &Path, out: &Path, same_files: bool) {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(src).expect("goals folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            for inner in std::fs::read_dir(&path).expect("folder") {
                files.push(inner.expect("entry").path());
            }
        } else {
            files.push(path);
        }
    }
    std::fs::create_dir_all(out).expect("output folder");
    if same_files {
        for folder in ["goals", "api", "badges"] {
            std::fs::create_dir_all(out.join(folder)).expect("output folder");
        }
    }
    files.par_iter().for_each(|path| {
        let text = std::fs::read_to_string(path).expect("goal file");
        let rest = text.strip_prefix("---\n").unwrap_or(&text);
        let (front, body) = rest.split_once("\n---\n").unwrap_or(("", rest));
        let value: serde_json::Value = serde_saphyr::from_str(front).unwrap_or(serde_json::Value::Null);
        std::hint::black_box(&value);
        let mut html = String::with_capacity(body.len() * 2);
        let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_TASKLISTS;
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(body, options));
        let name = path.file_stem().expect("file name").to_string_lossy();
        if !same_files {
            std::fs::write(out.join(format!("{name}.html")), html).expect("write");
            return;
        }
        let json = serde_json::to_vec(&serde_json::json!({ "goal": value, "body_html": html })).expect("JSON");
        let title = value.get("title").and_then(|t| t.as_str()).unwrap_or_default();
        let svg = format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>{title}</title></svg>");
        let badge = format!("{{\"schemaVersion\":1,\"label\":\"{name}\",\"message\":\"50%\"}}");
        std::fs::create_dir(out.join("goals").join(&*name)).expect("page folder");
        std::fs::write(out.join("goals").join(&*name).join("index.html"), html).expect("write");
        std::fs::write(out.join(format!("api/{name}.json")), json).expect("write");
        std::fs::write(out.join(format!("badges/{name}.svg")), svg).expect("write");
        std::fs::write(out.join(format!("badges/{name}.json")), badge).expect("write");
    });
}

const KINDS: [&str; 4] = ["outcome", "process", "relational", "transformational"];
const STATUSES: [&str; 6] = ["proposed", "active", "achieved", "paused", "retired", "rejected"];

/// Writes a valid repository of `goals` goals of about 2.5 KB each (front matter, prose,
/// a table, links, a task list) in 20 sub-communities; returns the goal files' bytes.
fn write_corpus(root: &Path, goals: usize, markup: bool) -> u64 {
    let write = |rel: &str, text: &str| {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(&path, text).expect("write");
        text.len() as u64
    };
    write("cairn.toml", "title = \"Benchmark goals\"\nbase_url = \"https://goals.example.org/\"\n");
    write(
        "charter.md",
        "---\ntitle: Charter\npurpose: Measure cairn.\nvalues: [Speed, Care]\n---\n## Scope\n\nEverything.\n",
    );
    let mut total = 0;
    for i in 0..goals {
        let community = i % 20;
        let kind = KINDS[i % 4];
        let mut text = format!(
            "---\ntitle: Goal number {i} of the benchmark corpus\nsummary: A goal that exists to be built quickly, and looks like a real one.\n\
             kind: {kind}\nstatus: {}\nowners: [owner-{}, owner-{}]\nstarted: 2026-01-{:02}\ndue: 2027-06-30\nreview_by: 2026-12-{:02}\n\
             tags: [bench, community-{community}]\n",
            STATUSES[i % 6],
            i % 97,
            i % 89,
            i % 28 + 1,
            i % 28 + 1
        );
        match kind {
            "outcome" => {
                let _ = writeln!(
                    text,
                    "metric: {{ baseline: 0, current: {}, target: 100, unit: \"% of events\" }}",
                    i % 100
                );
            }
            "process" => text.push_str("cadence: { every: 1 month }\n"),
            _ => {}
        }
        text.push_str("---\n\n## Why this matters\n\n");
        for p in 0..5 {
            let _ = writeln!(
                text,
                "Paragraph {p} explains, with *emphasis* and `code`, why goal {i} matters to the people who use \
                 the project every day, and links to [a related goal](../c{}/goal-{}.md) and [the charter](../../charter.md).\n",
                (i + 1) % 20,
                (i + 1) % goals
            );
        }
        text.push_str("## Plan\n\n| Step | Owner | When |\n|---|---|---|\n");
        for s in 0..4 {
            let _ = writeln!(text, "| Step {s} of goal {i} | owner-{} | 2027-0{}-01 |", (i + s) % 97, s + 1);
        }
        text.push_str("\n## Milestones\n\n");
        for m in 0..8 {
            let done = if (i + m) % 3 == 0 { 'x' } else { ' ' };
            let _ = writeln!(text, "- [{done}] Milestone {m} of goal {i}: a concrete, checkable step");
        }
        if markup {
            text.push_str(&real_shapes(i));
        }
        total += write(&format!("goals/c{community}/goal-{i}.md"), &text);
    }
    total
}

/// What real goal files have beyond plain Markdown: a template's comments, raw HTML, an
/// alert, fenced code, references and a bare address.
fn real_shapes(i: usize) -> String {
    format!(
        "\n<!--\nThis section is for the template's instructions: delete it before merging.\n-->\n\n\
         > [!NOTE]\n> Tracked in [rust-lang/rust-project-goals#{i}] and #{i}, with @owner-{} and https://example.org/goal/{i}.\n\n\
         <details>\n<summary>Design notes for goal {i}</summary>\n\nPress <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy; x<sup>2</sup>.\n\n</details>\n\n\
         ```rust\n/// Goal {i}.\nfn progress(done: u32, all: u32) -> f64 {{\n    if all == 0 {{\n        return 0.0;\n    }}\n    \
         let ratio = f64::from(done) / f64::from(all);\n    // Never more than the whole.\n    ratio.min(1.0) * 100.0\n}}\n```\n",
        i % 97
    )
}

/// A Hugo site over the same goal files, with minimal templates.
fn write_hugo_site(repo: &Path, hugo: &Path) {
    let write = |rel: &str, text: &str| {
        let path = hugo.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("folder");
        std::fs::write(path, text).expect("write");
    };
    write(
        "hugo.toml",
        "baseURL = 'https://goals.example.org/'\ntitle = 'Benchmark goals'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n",
    );
    write(
        "layouts/_default/single.html",
        "<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>\n",
    );
    write(
        "layouts/_default/list.html",
        "<!doctype html><html><head><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n",
    );
    let copy = |from: &Path, to: &Path| {
        std::fs::create_dir_all(to).expect("folder");
        for entry in std::fs::read_dir(from).expect("folder") {
            let entry = entry.expect("entry");
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
        }
    };
    for entry in std::fs::read_dir(repo.join("goals")).expect("goals") {
        let entry = entry.expect("entry");
        copy(&entry.path(), &hugo.join("content/goals").join(entry.file_name()));
    }
}
