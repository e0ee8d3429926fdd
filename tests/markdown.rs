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
    assert!(!page.contains("toc") && !page.contains("delete these"), "comments are dropped: {page}");
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
