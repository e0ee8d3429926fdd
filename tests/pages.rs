//! The community's own pages (`pages/`): published at their names, listed in the
//! navigation when they ask, linked to by their paths, and checked like every file.

use crate::harness::Repo;

#[test]
fn pages_are_published_at_their_names_and_listed_in_the_navigation() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "pages/faq.md",
        "---\ntitle: Questions\nnav: { order: 2 }\n---\nAsk [about meetings](meetings/how-we-meet.md).\n",
    );
    repo.write(
        "pages/meetings/how-we-meet.md",
        "---\ntitle: How we meet\nsummary: Calls and their notes.\nnav: { order: 1, label: Meetings }\n---\nOn Thursdays.\n",
    );
    repo.write("pages/hidden.md", "---\ntitle: Not in the navigation\n---\nStill published.\n");
    repo.write(
        "goals/linked.md",
        "---\ntitle: Linked\nkind: outcome\nstatus: active\n---\nRead the [FAQ](../pages/faq.md).\n",
    );
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let read = |rel: &str| {
        std::fs::read_to_string(repo.path().join("public").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    };
    let faq = read("faq/index.html");
    assert!(faq.contains("<h1>Questions</h1>") && faq.contains("href=\"/meetings/how-we-meet/\""), "{faq}");
    let nav = &faq[faq.find("<nav aria-label=\"Main\">").expect("nav")..];
    let nav = &nav[..nav.find("</nav>").expect("nav end")];
    let meetings = nav.find(">Meetings</a>").expect("Meetings in the navigation");
    let questions = nav.find(">Questions</a>").expect("Questions in the navigation");
    assert!(meetings < questions && !nav.contains("Not in the navigation"), "{nav}");
    assert!(read("meetings/how-we-meet/index.html").contains("<p class=\"lead\">Calls and their notes.</p>"));
    assert!(read("hidden/index.html").contains("Still published."));
    assert!(read("goals/linked/index.html").contains("href=\"/faq/\""));
    let sitemap = read("sitemap.xml");
    for url in ["faq/", "meetings/how-we-meet/", "hidden/"] {
        assert!(sitemap.contains(&format!("https://goals.example.org/{url}")), "{url} in {sitemap}");
    }
}

#[test]
fn a_page_in_the_wrong_place_or_with_wrong_keys_is_reported() {
    let repo = Repo::fixture("check", "_base");
    repo.write("pages/goals/faq.md", "---\ntitle: FAQ\n---\n");
    repo.write("pages/a/b/c/d/deep.md", "---\ntitle: Deep\n---\n");
    repo.write("pages/Bad Name.md", "---\ntitle: Bad\n---\n");
    repo.write("pages/keys.md", "---\ntitel: Keys\nnav: { order: first }\n---\n");
    let run = repo.cairn(&["check", "--format", "short"]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "pages/Bad Name.md: error: `Bad Name` is not a valid page name: it contains `B`: only lowercase letters, digits and `-` are allowed (hint: rename it to `bad-name.md` (lowercase letters, digits and `-`))",
            "pages/a/b/c/d/deep.md: error: this file is nested too deeply to be read (hint: move it to `pages/<page>.md`, or up to three folders deep in `pages/`)",
            "pages/goals/faq.md: error: the page `goals/faq` would be published under `/goals/`, which the site's own pages use (hint: rename the file or its folder: pages may not start with `goals`, nor with any of `api`, `assets`, `badges`, `charter`, `communities`, `files`, `goals`, `index`, `kinds`, `pagefind`, `periods`, `polls`, `review`, `search`, `start`, `statuses`, `tags`, `updates`, `widget`)",
            "pages/keys.md:1:1: error: missing required key `title` (hint: add a line such as `title: Code of conduct`)",
            "pages/keys.md:2:1: error: unknown key `titel` (hint: did you mean `title`?)",
            "pages/keys.md:3:15: error: `nav.order` must be a whole number, found text",
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn files_beside_goals_and_pages_are_published_and_bodies_show_them() {
    let repo = Repo::fixture("check", "_base");
    repo.write("goals/docs/route map.png", b"\x89PNG\r\n\x1a\n");
    repo.write("goals/docs/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
    repo.write("pages/meetings/minutes.pdf", "%PDF-1.4");
    repo.write(
        "goals/docs/mapped.md",
        "---\ntitle: Mapped\nkind: outcome\nstatus: active\n---\n![The route](route%20map.png) and [the minutes](../../pages/meetings/minutes.pdf#page=2).\n",
    );
    repo.write("pages/meetings/index-of-minutes.md", "---\ntitle: Minutes\n---\n[March](minutes.pdf)\n");
    let check = repo.cairn(&["check", "--format", "short"]);
    assert_eq!(
        check.stdout,
        "goals/docs/logo.svg: warning: `logo.svg` is ignored: only `.md` files are read here, and images, PDFs and media files published (hint: rename it to end in `.md`, or list it in `.gitignore`; an SVG or HTML file belongs in `static/`, once reviewed)\n",
        "an SVG is not published: opened on its own it runs scripts"
    );
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let public = repo.path().join("public");
    assert!(public.join("files/goals/docs/route map.png").is_file());
    assert!(public.join("files/pages/meetings/minutes.pdf").is_file());
    assert!(!public.join("files/goals/docs/logo.svg").exists());
    let goal = std::fs::read_to_string(public.join("goals/mapped/index.html")).expect("the goal");
    assert!(goal.contains("<img src=\"/files/goals/docs/route%20map.png\" alt=\"The route\" />"), "{goal}");
    assert!(goal.contains("href=\"/files/pages/meetings/minutes.pdf#page=2\""), "{goal}");
    let minutes = std::fs::read_to_string(public.join("meetings/index-of-minutes/index.html")).expect("the page");
    assert!(minutes.contains("href=\"/files/pages/meetings/minutes.pdf\""), "{minutes}");
}

#[test]
fn every_tag_has_a_page_that_lists_its_goals() {
    let repo = Repo::fixture("check", "_base");
    let goal = |name: &str, tags: &str| {
        repo.write(
            &format!("goals/{name}.md"),
            format!("---\ntitle: {name}\nkind: outcome\nstatus: active\ntags: [{tags}]\n---\n"),
        );
    };
    goal("first", "Good first issue, docs");
    goal("second", "good first issue, 文書");
    goal("third", "docs");
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let read = |rel: &str| {
        std::fs::read_to_string(repo.path().join("public").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    };
    let first_issue = read("tags/good-first-issue/index.html");
    assert!(
        first_issue.contains("<h1>Goals tagged “Good first issue”</h1>"),
        "one tag, however it is spelt: {first_issue}"
    );
    assert!(
        first_issue.contains("href=\"/goals/first/\"") && first_issue.contains("href=\"/goals/second/\""),
        "{first_issue}"
    );
    assert!(!first_issue.contains("href=\"/goals/third/\""), "{first_issue}");
    assert!(read("tags/文書/index.html").contains("href=\"/goals/second/\""));
    let index = read("tags/index.html");
    assert!(index.contains("<a href=\"/tags/docs/\">docs</a> <span class=\"count\">(2)</span>"), "{index}");
    let goal_page = read("goals/second/index.html");
    assert!(
        goal_page
            .contains("<a href=\"/tags/good-first-issue/\">good first issue</a>, <a href=\"/tags/文書/\">文書</a>"),
        "{goal_page}"
    );
    let sitemap = read("sitemap.xml");
    assert!(sitemap.contains("https://goals.example.org/tags/%E6%96%87%E6%9B%B8/"), "{sitemap}");
}
