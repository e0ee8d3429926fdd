//! `cairn build`: every page type, deterministic output, atomic replacement, and content
//! from strangers that cannot run anything.

use std::collections::BTreeMap;
use std::path::Path;

use crate::harness::Repo;

/// Every file under `dir`, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

#[test]
fn builds_every_page_type_of_the_example() {
    let repo = Repo::example_content();
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.starts_with("built 98 pages (204 files) in "), "{}", run.stdout);
    let site = tree(&repo.path().join("public"));
    for page in [
        "index.html",
        "charter/index.html",
        "goals/index.html",
        "goals/monthly-community-call/index.html",
        "communities/index.html",
        "communities/docs/index.html",
        "start/index.html",
        "review/index.html",
        "updates/index.html",
        "polls/index.html",
        "polls/next-mapping-season/index.html",
        "api/v1/polls.json",
        "api/v1/polls/meetup-night.json",
        "updates/2026-03-05-march-community-call/index.html",
        "kinds/process/index.html",
        "statuses/active/index.html",
        "404.html",
        "api/v1/site.json",
        "api/v1/goals.json",
        "api/v1/goals/cut-ci-energy-use.json",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "badges/cut-ci-energy-use.svg",
        "badges/cut-ci-energy-use.json",
        "assets/cairn.css",
        "periods/index.html",
        "periods/2026h1/index.html",
    ] {
        assert!(site.contains_key(page), "missing {page}");
    }
    let goals: serde_json::Value = serde_json::from_slice(&site["api/v1/goals.json"]).unwrap();
    assert_eq!(goals["schema_version"], 2);
    assert_eq!(goals["goals"].as_array().unwrap().len(), 19);
    let review = String::from_utf8_lossy(&site["review/index.html"]);
    assert!(review.contains("Three independent mirrors for tile packs"), "the stale goal is on the agenda");
    assert!(!review.contains("Prototype offline search"), "a goal its period left open is not on the agenda");
}

/// Periods, relations, roll-ups, people and calls for help in the example, as pages and
/// the JSON API show them.
#[test]
fn periods_relations_and_roll_ups_show_on_pages_and_in_the_api() {
    let repo = Repo::example_content();
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    let site = tree(&repo.path().join("public"));
    let page = |path: &str| String::from_utf8_lossy(&site[path]).into_owned();
    let api = |slug: &str| -> serde_json::Value {
        serde_json::from_slice(&site[&format!("api/v1/goals/{slug}.json")]).unwrap()
    };

    // The roadmap rolls up its parts: (75 × 1 + 100 × 2) / 3 = 91.7 %.
    let roadmap = api("safer-releases");
    assert_eq!(roadmap["percent"], 91);
    assert_eq!(roadmap["bars"][0]["source"], "parts");
    assert_eq!(roadmap["bars"][0]["text"], "the weighted mean of its 2 parts");
    let parts: Vec<(String, u64, f64)> = roadmap["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (p["slug"].as_str().unwrap().to_owned(), p["percent"].as_u64().unwrap(), p["weight"].as_f64().unwrap())
        })
        .collect();
    assert_eq!(
        parts,
        [("release-every-quarter".to_owned(), 75, 1.0), ("reproducible-release-builds".to_owned(), 100, 2.0)]
    );
    assert_eq!(roadmap["people"][0]["label"], "Release steward", "the label from `[roles]`");
    let roadmap_page = page("goals/safer-releases/index.html");
    assert!(roadmap_page.contains("<caption id=\"parts-caption\">Its parts, which make its 91%</caption>"));
    assert!(!roadmap_page.contains("No recent progress"), "its parts' activity counts for it");
    let part = api("reproducible-release-builds");
    assert_eq!(part["part_of"]["slug"], "safer-releases");

    // The period ended with the prototype open; the later goal continues it.
    let prototype = api("offline-search-prototype");
    assert_eq!(prototype["review"], serde_json::json!({ "state": "not_completed", "period_end": "2026-06-30" }));
    assert_eq!(prototype["outcome"], "carried_over");
    assert_eq!(prototype["period"]["slug"], "2026h1");
    assert_eq!(prototype["continued_by"][0]["slug"], "offline-search");
    assert_eq!(api("offline-search")["continues"]["slug"], "offline-search-prototype");
    let prototype_page = page("goals/offline-search-prototype/index.html");
    assert!(prototype_page.contains("This goal was not completed in 2026 first half, which ended on 30 June 2026."));
    assert!(!prototype_page.contains("Review overdue"), "never overdue");
    let later = page("goals/offline-search/index.html");
    assert!(later.contains("Continues <a href=\"/goals/offline-search-prototype/\">"), "links back");
    assert!(!later.contains("#history\">its history</a>"), "no history to follow without git");
    let home = page("index.html");
    let working_on = &home[home.find("What we are working on").unwrap()..home.find("How to get involved").unwrap()];
    assert!(!working_on.contains("Prototype offline search") && working_on.contains("Offline search in every app"));
    let period = page("periods/2026h1/index.html");
    for text in ["<strong>1</strong> achieved", "<strong>1</strong> carried over", "<strong>0</strong> dropped"] {
        assert!(period.contains(text), "{text}");
    }
    assert!(page("periods/index.html").contains("href=\"/periods/2026h1/\">2026 first half</a>"));

    // People, links and the call for help.
    let offline = api("offline-search");
    assert_eq!(
        offline["people"][0],
        serde_json::json!({ "role": "champion", "label": "Champion", "logins": ["amara"] })
    );
    assert_eq!(offline["links"][1]["url"], "https://matrix.to/#/%23offline:lantern.example");
    let start = page("start/index.html");
    assert!(start.contains("Someone with an iPhone to test search on iOS 15 and later."), "on the start page");
}

#[test]
fn output_is_deterministic() {
    let repo = Repo::example_content();
    assert_eq!(repo.cairn(&["build", "-o", "one", "--today", "2026-11-26"]).code, 0);
    assert_eq!(repo.cairn(&["build", "-o", "two", "--today", "2026-11-26"]).code, 0);
    let (one, two) = (tree(&repo.path().join("one")), tree(&repo.path().join("two")));
    assert_eq!(one.len(), two.len());
    for (path, bytes) in &one {
        assert!(two.get(path) == Some(bytes), "{path} differs between two builds");
    }
}

#[test]
fn source_date_epoch_sets_the_day() {
    let repo = Repo::example_content();
    let run = crate::harness::cairn_env(repo.path(), &["build", "-o", "site"], &[("SOURCE_DATE_EPOCH", "1796428800")]);
    assert_eq!(run.code, 0, "{run:?}");
    let review = std::fs::read_to_string(repo.path().join("site/review/index.html")).unwrap();
    assert!(review.contains("datetime=\"2026-12-05\""), "1796428800 is 2026-12-05");
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let repo = Repo::example_content();
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    let before = tree(&repo.path().join("public"));
    repo.write("goals/monthly-community-call.md", "---\ntitle: Broken\nkind: sometimes\n---\n");
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("the site was not built"), "{}", run.stderr);
    assert!(before == tree(&repo.path().join("public")), "the previous site is byte-identical");
    let leftovers: Vec<_> = std::fs::read_dir(repo.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("cairn-new") || n.contains("cairn-old"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_rebuild_replaces_the_site() {
    let repo = Repo::example_content();
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    repo.write("public/stray.html", "from an older build");
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    assert!(!repo.path().join("public/stray.html").exists(), "files of the previous build are gone");
}

#[test]
fn a_failed_render_leaves_the_previous_site_untouched() {
    let repo = Repo::example_content();
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    let before = tree(&repo.path().join("public"));
    // Loading succeeds; rendering fails on the first goal page.
    repo.write("templates/goal.html", "{{ goal.title | no_such_filter }}");
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(before == tree(&repo.path().join("public")), "the previous site is byte-identical");
}

#[test]
fn a_killed_build_is_cleaned_up_by_the_next() {
    let repo = Repo::example_content();
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    // As if a build was killed after moving the site aside, and another while writing.
    std::fs::rename(repo.path().join("public"), repo.path().join(".public.cairn-old-x1")).unwrap();
    repo.write(".public.cairn-new-x2/index.html", "half written");
    assert_eq!(repo.cairn(&["build", "--today", "2026-11-26"]).code, 0);
    let names: Vec<String> = std::fs::read_dir(repo.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".cairn-")), "{names:?}");
    assert!(repo.path().join("public/index.html").is_file());
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_build() {
    let repo = Repo::example_content();
    for folder in ["goals", "updates"] {
        let run = repo.cairn(&["build", "-o", folder]);
        assert_eq!(run.code, 2, "{run:?}");
        assert!(run.stderr.contains("holds no site cairn built"), "{}", run.stderr);
    }
    assert!(repo.path().join("goals/monthly-community-call.md").is_file(), "nothing was moved");
    std::fs::create_dir(repo.path().join("empty")).unwrap();
    assert_eq!(repo.cairn(&["build", "-o", "empty", "--today", "2026-11-26"]).code, 0, "an empty folder is fine");
    assert_eq!(repo.cairn(&["build", "-o", "empty", "--today", "2026-11-26"]).code, 0, "and so is a site cairn built");
}

#[cfg(unix)]
#[test]
fn links_out_of_the_repository_are_not_published() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "do not publish").unwrap();
    std::fs::write(outside.path().join("goal.html"), "{{ goal.title }}").unwrap();

    let repo = Repo::fixture("check", "_base");
    std::os::unix::fs::symlink(outside.path(), repo.path().join("static")).unwrap();
    let run = repo.cairn(&["build"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("static` is a link out of the repository"), "{}", run.stderr);

    let repo = Repo::fixture("check", "_base");
    repo.write("templates/base.html", "{% block content %}{% endblock %}");
    std::os::unix::fs::symlink(outside.path().join("goal.html"), repo.path().join("templates/goal.html")).unwrap();
    let run = repo.cairn(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    let said = run.stderr.split_whitespace().filter(|w| *w != "│").collect::<Vec<_>>().join(" ");
    assert!(said.contains("`templates/goal.html` is a link out of the templates folder"), "{}", run.stderr);
    assert!(!run.stderr.contains("goal.title"), "what the link leads to is not shown: {}", run.stderr);
    assert!(!repo.path().join("public").exists());
}

#[test]
fn refuses_to_write_over_the_repository() {
    let repo = Repo::example_content();
    let run = repo.cairn(&["build", "-o", "."]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("refusing to write the site to"), "{}", run.stderr);
    assert!(repo.path().join("charter.md").is_file());
}

#[test]
fn templates_and_static_files_override_the_theme() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "templates/404.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Lost {{ site.title }}</h1>{% endblock %}",
    );
    repo.write("static/assets/cairn.css", "body { color: red }");
    repo.write("static/logo.txt", "a file copied as it is");
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 0, "{run:?}");
    let site = tree(&repo.path().join("public"));
    assert!(String::from_utf8_lossy(&site["404.html"]).contains("<h1>Lost Fixture goals</h1>"));
    assert_eq!(site["assets/cairn.css"], b"body { color: red }");
    assert_eq!(site["logo.txt"], b"a file copied as it is");
}

#[test]
fn a_broken_template_override_is_a_diagnostic_at_its_line_and_column() {
    let repo = Repo::fixture("check", "_base");
    repo.write("templates/goal.html", "{% extends \"cairn/goal.html\" %}\n{% block content %}{% if %}{% endblock %}\n");
    let run = repo.cairn(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("template `goal.html`: syntax error: unexpected end of block"), "{}", run.stderr);
    assert!(run.stderr.contains("[templates/goal.html:2:26]"), "the file, line and column: {}", run.stderr);
    assert!(run.stderr.contains("{% block content %}{% if %}"), "the line itself: {}", run.stderr);
    assert!(run.stderr.contains("cairn explain template"), "{}", run.stderr);
    assert!(!repo.path().join("public").exists());
}

#[test]
fn a_theme_template_failing_on_an_override_names_the_theme_template_and_says_why() {
    let repo = Repo::fixture("check", "_base");
    // The theme's pages import their macros from `macros.html`: this one has none of them.
    repo.write("templates/macros.html", "{% macro nothing() %}{% endmacro %}\n");
    let run = repo.cairn(&["build"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("template `cairn/"), "the theme's template: {}", run.stderr);
    assert!(run.stderr.contains("is undefined"), "{}", run.stderr);
    assert!(run.stderr.contains("what an override in `templates/` gave it"), "{}", run.stderr);
    assert!(!repo.path().join("public").exists());
}

/// The tags and attributes of an HTML, SVG or XML document, from a small tokenizer that
/// follows quoting. Comments are not skipped: tag-like text inside one counts too, which
/// only makes the checks stricter.
fn tags(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(offset) = text[i..].find('<') {
        i += offset + 1;
        if i >= bytes.len() || !(bytes[i].is_ascii_alphabetic()) {
            continue;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/' {
            i += 1;
        }
        let name = text[start..i].to_ascii_lowercase();
        let mut attributes = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let a = i;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'=' && bytes[i] != b'>' {
                i += 1;
            }
            let attribute = text[a..i].to_ascii_lowercase();
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                let quote = bytes[i];
                if quote == b'"' || quote == b'\'' {
                    let end = text[i + 1..].find(quote as char).map_or(bytes.len(), |e| i + 1 + e);
                    value = text[i + 1..end].to_owned();
                    i = (end + 1).min(bytes.len());
                } else {
                    let v = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = text[v..i].to_owned();
                }
            }
            attributes.push((attribute, value));
        }
        out.push((name, attributes));
    }
    out
}

#[test]
fn tokenizer_sees_hidden_attributes() {
    let found = tags("<p>a<b x='>' onclick=\"y\">c</b><!-- <script> --></p>");
    assert_eq!(found[1].0, "b");
    assert_eq!(found[1].1, [("x".to_owned(), ">".to_owned()), ("onclick".to_owned(), "y".to_owned())]);
    assert!(found.iter().any(|(name, _)| name == "script"), "tag-like text in a comment counts too");
}

/// The attributes of the theme's search field, the one `<input>` of a page.
const SEARCH_FIELD: [(&str, &str); 7] = [
    ("id", "site-search-input"),
    ("type", "search"),
    ("name", "q"),
    ("autocomplete", "off"),
    ("spellcheck", "false"),
    ("aria-controls", "site-search-results"),
    ("aria-describedby", "site-search-status"),
];

/// The attributes of the goal lists' filter by words (`assets/filter.js`).
const FILTER_FIELD: [(&str, &str); 5] = [
    ("id", "filter-words"),
    ("type", "search"),
    ("data-filter", "q"),
    ("autocomplete", "off"),
    ("spellcheck", "false"),
];

#[test]
fn xss_corpus_leaves_nothing_executable() {
    let repo = Repo::fixture("build", "xss");
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 0, "{run:?}");
    let site = tree(&repo.path().join("public"));
    let forbidden = [
        "script",
        "iframe",
        "object",
        "embed",
        "math",
        "style",
        "base",
        "form",
        "input",
        "noscript",
        "frame",
        "applet",
        "meta http-equiv",
    ];
    let mut checked = 0;
    for (path, bytes) in &site {
        if path.starts_with("widget/") || path.starts_with("files/") || path.starts_with("pagefind/") {
            // The widget's own files, built from this repository; images published as they
            // are; the search index (compressed data, read by the search box only).
            continue;
        }
        let text = String::from_utf8(bytes.clone()).unwrap();
        if path.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
            continue;
        }
        if !(path.ends_with(".html") || path.ends_with(".svg") || path.ends_with(".xml")) {
            continue;
        }
        checked += 1;
        for (name, attributes) in tags(&text) {
            // The theme's own elements, exactly as it writes them: the widget's loader (for
            // the live card), the search box's script and its field.
            let pairs = |list: &[(&str, &str)]| {
                list.iter().map(|(a, v)| ((*a).to_owned(), (*v).to_owned())).collect::<Vec<_>>()
            };
            let theirs = [
                ("script", pairs(&[("type", "module"), ("src", "/widget/cairn.js")])),
                ("script", pairs(&[("type", "module"), ("src", "/assets/search.js")])),
                ("input", pairs(&SEARCH_FIELD)),
                ("script", pairs(&[("type", "module"), ("src", "/assets/filter.js")])),
                ("input", pairs(&FILTER_FIELD)),
            ];
            if theirs.iter().any(|(n, a)| *n == name && *a == attributes) {
                continue;
            }
            assert!(!forbidden.contains(&name.as_str()), "{path}: <{name}>");
            assert!(name != "svg" || path.ends_with(".svg"), "{path}: an <svg> outside a badge");
            for (attribute, value) in attributes {
                assert!(!attribute.starts_with("on"), "{path}: <{name} {attribute}>");
                let value = value.trim().to_ascii_lowercase().replace(['\t', '\n', '\r'], "");
                if ["href", "src", "xlink:href", "action", "formaction"].contains(&attribute.as_str()) {
                    for scheme in ["javascript:", "data:", "vbscript:", "jav&#"] {
                        assert!(!value.starts_with(scheme), "{path}: <{name} {attribute}=\"{value}\">");
                    }
                }
            }
        }
    }
    assert!(checked >= 20, "checked {checked} documents");
    let goal = String::from_utf8_lossy(&site["goals/xss-goal/index.html"]);
    assert!(
        goal.contains("<title>&lt;/title&gt;&lt;script&gt;alert(&#39;goal&#39;)&lt;/script&gt; &quot;quoted&quot; 🚀 עברית · Goals &lt;/title&gt;"),
        "titles escape `</title>` and keep quotes, emoji and right-to-left text"
    );
    // The feed carries HTML escaped inside `<content type="html">`: decode that and check it
    // like a page (titles are `type="text"`, shown as text by feed readers).
    let feed = String::from_utf8_lossy(&site["atom.xml"]);
    let decode = |t: &str| {
        t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
    };
    let contents: Vec<String> = feed
        .split("<content type=\"html\">")
        .skip(1)
        .map(|rest| decode(rest.split("</content>").next().unwrap_or_default()))
        .collect();
    assert!(contents.iter().any(|c| c.contains("&lt;iframe")), "the update's iframe is text in the feed: {contents:?}");
    for content in &contents {
        for (name, attributes) in tags(content) {
            assert!(!forbidden.contains(&name.as_str()), "atom.xml: <{name}>");
            assert!(attributes.iter().all(|(a, _)| !a.starts_with("on")), "atom.xml: <{name} {attributes:?}>");
        }
    }
    assert!(!feed.chars().any(|c| c < ' ' && !matches!(c, '\n' | '\t' | '\r')), "no control characters in the XML");
    let api: serde_json::Value = serde_json::from_slice(&site["api/v1/goals/xss-goal.json"]).unwrap();
    assert_eq!(
        api["title"], "</title><script>alert('goal')</script> \"quoted\" 🚀 עברית",
        "the API keeps the text as written"
    );
    assert!(!api["body_html"].as_str().unwrap().contains("<script"), "and its HTML is sanitized");
}

/// Snapshots of every page type, the API, the feed, the sitemap and a badge, from a small
/// fixture built for a fixed day (so nothing needs normalising).
#[test]
fn snapshots_of_every_output_type() {
    let repo = Repo::fixture("build", "small");
    let run = repo.cairn(&["build", "--today", "2026-11-26"]);
    assert_eq!(run.code, 0, "{run:?}");
    let site = tree(&repo.path().join("public"));
    for path in [
        "index.html",
        "charter/index.html",
        "goals/index.html",
        "goals/ship-it/index.html",
        "communities/index.html",
        "communities/docs/index.html",
        "start/index.html",
        "review/index.html",
        "updates/index.html",
        "polls/index.html",
        "api/v1/polls.json",
        "updates/2026-10-03-docs-day/index.html",
        "kinds/outcome/index.html",
        "404.html",
        "api/v1/site.json",
        "api/v1/goals.json",
        "api/v1/goals/ship-it.json",
        "atom.xml",
        "sitemap.xml",
        "robots.txt",
        "badges/ship-it.svg",
        "badges/ship-it.json",
    ] {
        let name = path.replace(['/', '.'], "_");
        insta::assert_snapshot!(name, String::from_utf8_lossy(&site[path]));
    }
}
