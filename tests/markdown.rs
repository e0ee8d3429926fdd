//! Bodies and titles as the git host shows them, end to end: a goal written the way real
//! goal files are, built by the real binary, read back from the page and the JSON.

use crate::harness::Repo;

const GOAL: &str = "---\ntitle: Stabilize never type (`!`)\nkind: outcome\nstatus: active\nmetric: { baseline: 0, current: 1, target: 4 }\n---\n\
<!--\n**Note:** delete these comment blocks before merging.\n-->\n# RPG-105: Stabilize never type (`!`)\n\n<!-- toc -->\n- [Summary](#summary)\n<!-- /toc -->\n\n## Summary\n\n\
> [!IMPORTANT]\n> Tracked in #105 by @nikomatsakis.\n\n<details>\n<summary>Why now</summary>\n\nBecause :tada:.\n\n</details>\n\n\
```rust\nfn never() -> ! { loop {} }\n```\n\nSee [the owners](../OWNERS).\n";

#[test]
fn a_goal_reads_on_its_page_as_on_the_git_host() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "cairn.toml",
        "title = \"Fixture goals\"\nbase_url = \"https://goals.example.org/\"\n\n[repo]\nurl = \"https://github.com/rust-lang/rust-project-goals\"\nbranch = \"main\"\nhost = \"github\"\n",
    );
    repo.write("OWNERS", "approvers: [nikomatsakis]\n");
    repo.write("goals/never-type.md", GOAL);
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/never-type/index.html")).expect("the page");
    assert!(page.contains("<h1>Stabilize never type (<code>!</code>)</h1>"), "{page}");
    assert!(page.contains("<title>Stabilize never type (!)"), "plain in the title: {page}");
    assert!(!page.contains("toc --") && !page.contains("delete these"), "comments are dropped: {page}");
    assert!(!page.contains("RPG-105"), "the title is not repeated: {page}");
    assert!(page.contains("<a href=\"#md-summary\" rel=\"noopener noreferrer nofollow ugc\">Summary</a>"), "{page}");
    assert!(page.contains("<p class=\"alert-title\">Important</p>"), "{page}");
    assert!(page.contains("href=\"https://github.com/rust-lang/rust-project-goals/issues/105\""), "{page}");
    assert!(page.contains("href=\"https://github.com/nikomatsakis\""), "{page}");
    assert!(page.contains("<details>\n<summary>Why now</summary>\n<p>Because 🎉.</p>\n</details>"), "{page}");
    assert!(page.contains("<span class=\"hl-keyword\">fn</span>"), "{page}");
    assert!(page.contains("href=\"https://github.com/rust-lang/rust-project-goals/blob/main/OWNERS\""), "{page}");
    let json = std::fs::read_to_string(repo.path().join("public/api/v1/goals/never-type.json")).expect("JSON");
    assert!(json.contains("\"title\": \"Stabilize never type (!)\""), "plain in the JSON: {json}");
}

#[test]
fn goals_written_as_real_ones_are_check_clean_and_build() {
    let repo = Repo::fixture("build", "real-shapes");
    let check = repo.cairn(&["check", "--format", "short"]);
    assert_eq!((check.code, check.stdout.as_str()), (0, ""), "{check:?}");
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let kep = std::fs::read_to_string(repo.path().join("public/goals/localize-the-docs/index.html")).expect("the KEP");
    assert!(kep.contains("<li><a href=\"#md-non-goals\""), "the table of contents links its headings: {kep}");
    assert!(kep.contains("<h3 id=\"md-non-goals\">Non-Goals</h3>"), "CRLF line endings read as LF: {kep}");
    assert!(!kep.contains('\r'), "{kep}");
    let japan =
        std::fs::read_to_string(repo.path().join("public/goals/map-every-town-in-japan/index.html")).expect("page");
    assert!(japan.contains("<hr>"), "a body may start with `---`: {japan}");
    assert_eq!(japan.matches("<tr>").count(), 121, "a long table keeps every row");
}

#[test]
fn a_body_of_170_kb_builds_whole() {
    let repo = Repo::fixture("check", "_base");
    let mut body = String::new();
    let mut n = 0;
    while body.len() < 170 * 1024 {
        n += 1;
        body.push_str(&format!(
            "## Section {n}\n\n<!-- Instructions for section {n}. -->\n\nText of section {n}, with `code`, #{n} and <kbd>K</kbd>.\n\n\
             ```rust\nfn section_{n}() -> u32 {{ {n} }}\n```\n\n"
        ));
    }
    repo.write("goals/long.md", format!("---\ntitle: A long proposal\nkind: outcome\nstatus: proposed\n---\n{body}"));
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/long/index.html")).expect("the page");
    assert!(page.contains(&format!("<h2 id=\"md-section-{n}\">Section {n}</h2>")), "the last section is there");
    assert!(!page.contains("Instructions for"), "no comment shows");
    assert_eq!(page.matches("<span class=\"hl-keyword\">fn</span>").count(), n, "every block is highlighted");
}

#[test]
fn the_markdown_table_of_cairn_toml_is_checked() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "cairn.toml",
        "title = \"Fixture goals\"\nbase_url = \"https://goals.example.org/\"\n\n[markdown]\nremote_images = \"yes\"\nremote_imgs = true\n",
    );
    let run = repo.cairn(&["check", "--format", "short"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stdout.contains("cairn.toml:5:17: error: `markdown.remote_images` must be `true` or `false`, found text"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("cairn.toml:6:1: error: unknown key `markdown.remote_imgs`"), "{}", run.stdout);
    repo.write(
        "cairn.toml",
        "title = \"Fixture goals\"\nbase_url = \"https://goals.example.org/\"\n\n[markdown]\nremote_images = true\n",
    );
    repo.write(
        "goals/badges.md",
        "---\ntitle: Badges\nkind: outcome\nstatus: active\n---\n![CI](https://img.shields.io/ci.svg)\n",
    );
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/badges/index.html")).expect("the page");
    assert!(page.contains("<img src=\"https://img.shields.io/ci.svg\" alt=\"CI\" />"), "{page}");
}
