//! Themes a community extends rather than replaces: the theme's templates under
//! `cairn/`, blocks an override changes one at a time, the navigation, `[extra]` and
//! `extra_css` from `cairn.toml`.

use crate::harness::Repo;

const CONFIG: &str = "title = \"Fixture goals\"\nbase_url = \"https://goals.example.org/\"\n";

#[test]
fn an_override_extends_the_theme_and_changes_one_block() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "cairn.toml",
        format!(
            "{CONFIG}extra_css = [\"assets/site.css\", \"https://fonts.example.org/a.css\"]\n\n\
             [[nav]]\nlabel = \"Our goals\"\nurl = \"goals/\"\n\n[[nav]]\nlabel = \"Forum\"\nurl = \"https://forum.example.org/\"\n\n\
             [extra]\nfooter_note = \"Hosted by the Lantern foundation\"\nsocial = {{ mastodon = \"https://mastodon.example/@lantern\" }}\n"
        ),
    );
    repo.write(
        "templates/base.html",
        "{% extends \"cairn/base.html\" %}\n{% block footer %}<footer class=\"site-footer\"><p>{{ site.extra.footer_note }} · \
         <a href=\"{{ site.extra.social.mastodon }}\">Mastodon</a></p></footer>{% endblock %}\n",
    );
    repo.write("static/assets/site.css", ":root { --accent: #7a3e9d; }\n");
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = std::fs::read_to_string(repo.path().join("public/goals/index.html")).expect("the goals page");
    assert!(
        page.contains(
            "<p>Hosted by the Lantern foundation · <a href=\"https://mastodon.example/@lantern\">Mastodon</a></p>"
        ),
        "{page}"
    );
    assert!(!page.contains("Made with cairn"), "the footer block is replaced: {page}");
    assert!(page.contains("<main id=\"main\""), "the other blocks stay the theme's: {page}");
    let theme = page.find("href=\"/assets/cairn.css\"").expect("the theme's stylesheet");
    let own = page.find("href=\"/assets/site.css\"").expect("the community's stylesheet");
    assert!(theme < own && page.contains("href=\"https://fonts.example.org/a.css\""), "{page}");
    let nav = &page[page.find("<nav aria-label=\"Main\">").expect("nav")..];
    let nav = &nav[..nav.find("</nav>").expect("nav end")];
    assert!(nav.contains("<a href=\"/goals/\" aria-current=\"page\">Our goals</a>"), "{nav}");
    assert!(nav.contains("<a href=\"https://forum.example.org/\">Forum</a>") && !nav.contains("Charter"), "{nav}");
}

#[test]
fn the_navigation_and_stylesheets_of_cairn_toml_are_checked() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "cairn.toml",
        format!("{CONFIG}extra_css = \"javascript:alert(1)\"\nextra = 3\n\n[[nav]]\nurl = \"javascript:alert(1)\"\n\n[[nav]]\nlabel = \"Docs\"\nurl = \"docs/\"\ncolor = \"red\"\n"),
    );
    let run = repo.cairn(&["check", "--format", "short"]);
    assert_eq!(run.code, 1, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "cairn.toml:3:13: error: `extra_css` must be an `https://` or `http://` address, found `javascript:alert(1)`",
            "cairn.toml:4:9: error: `extra` must be a table, found a number",
            "cairn.toml:6:1: error: missing required key `nav.label` (hint: add a line such as `label = \"Goals\"`)",
            "cairn.toml:7:7: error: `nav.url` must be an `https://` or `http://` address, found `javascript:alert(1)`",
            "cairn.toml:12:1: error: unknown key `nav.color` (hint: expected one of `label`, `url`)",
        ],
        "{}",
        run.stdout
    );
}

#[test]
fn a_site_without_search_has_neither_its_index_nor_its_box() {
    let repo = Repo::fixture("check", "_base");
    repo.write("cairn.toml", format!("{CONFIG}search = false\n"));
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!repo.path().join("public/pagefind").exists(), "no index");
    let page = std::fs::read_to_string(repo.path().join("public/goals/index.html")).expect("the goals page");
    assert!(!page.contains("site-search") && !page.contains("search.js"), "no search box nor its script: {page}");

    repo.write("cairn.toml", CONFIG);
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(repo.path().join("public/pagefind/pagefind-entry.json").is_file(), "search is on by default");

    repo.write("cairn.toml", format!("{CONFIG}search = \"no\"\n"));
    let run = repo.cairn(&["check", "--format", "short"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert_eq!(
        run.stdout.trim_end(),
        "cairn.toml:3:10: error: `search` must be `true` or `false`, found text",
        "{}",
        run.stdout
    );
}
