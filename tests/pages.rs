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
            "pages/goals/faq.md: error: the page `goals/faq` would be published under `/goals/`, which the site's own pages use (hint: rename the file or its folder: pages may not start with `goals`, nor with any of `api`, `assets`, `badges`, `charter`, `communities`, `files`, `goals`, `index`, `kinds`, `polls`, `review`, `search`, `start`, `statuses`, `tags`, `updates`, `widget`)",
            "pages/keys.md:1:1: error: missing required key `title` (hint: add a line such as `title: Code of conduct`)",
            "pages/keys.md:2:1: error: unknown key `titel` (hint: did you mean `title`?)",
            "pages/keys.md:3:15: error: `nav.order` must be a whole number, found text",
        ],
        "{}",
        run.stdout
    );
}
