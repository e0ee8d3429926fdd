//! Markdown rendering and link finding, including hostile input.

use super::*;

fn pages() -> Pages {
    Pages {
        links: BTreeMap::from([
            ("goals/docs/better-onboarding.md".to_owned(), "/goals/better-onboarding/".to_owned()),
            ("charter.md".to_owned(), "/charter/".to_owned()),
        ]),
        root: "/".to_owned(),
    }
}

#[test]
fn renders_extensions() {
    let html = render(
        "goals/a.md",
        "## Why it matters\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~old~~ text[^1]\n\n[^1]: A note.\n",
        &pages(),
    );
    assert!(html.contains("<h2 id=\"md-why-it-matters\">Why it matters</h2>"), "{html}");
    assert!(html.contains("<table>") && html.contains("<td>1</td>"), "{html}");
    assert!(
        html.contains(
            "<span class=\"task done\" aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">done: </span>done"
        ),
        "{html}"
    );
    assert!(html.contains("<del>old</del>"), "{html}");
    assert!(html.contains("<a href=\"#md-fn-1\" rel=\"noopener noreferrer nofollow ugc\">1</a>"), "{html}");
    assert!(html.contains("id=\"md-fn-1\""), "{html}");
}

#[test]
fn body_headings_start_below_the_page_title() {
    let html = render("goals/a.md", "# Top\n\n### Third\n", &pages());
    assert!(html.contains("<h2 id=\"md-top\">Top</h2>") && html.contains("<h3 id=\"md-third\">Third</h3>"), "{html}");
}

#[test]
fn ids_are_unique_across_headings_and_footnotes() {
    let html = render(
        "goals/a.md",
        "# Plan\n\n# Plan\n\n# !!!\n\n# MD files\n\n# Fn 1\n\nA[^1] B[^!]\n\n[^1]: one\n[^!]: two\n",
        &pages(),
    );
    for id in ["md-plan", "md-plan-2", "md-section", "md-md-files", "md-fn-1", "md-fn-1-2", "md-fn-note"] {
        assert_eq!(html.matches(&format!("id=\"{id}\"")).count(), 1, "{id} in {html}");
    }
    assert!(html.contains("href=\"#md-fn-1-2\""), "a footnote that would clash with a heading gets its own id: {html}");
    assert!(html.contains(">2</a></sup>"), "footnotes are numbered in order of first mention: {html}");
}

#[test]
fn rewrites_links_between_content_files_and_fragments() {
    let html = render(
        "goals/events/a.md",
        "[onboarding](../docs/better-onboarding.md#steps) [charter](/charter.md) [here](#plan) [root](/logo.png)",
        &Pages { root: "/goals/".to_owned(), ..pages() },
    );
    assert!(html.contains("href=\"/goals/better-onboarding/#md-steps\""), "{html}");
    assert!(html.contains("href=\"/charter/\""), "{html}");
    assert!(html.contains("href=\"#md-plan\""), "{html}");
    assert!(html.contains("href=\"/goals/logo.png\""), "root-relative links get the base path: {html}");
}

#[test]
fn raw_html_is_shown_as_text() {
    let html = render("goals/a.md", "<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b>", &pages());
    assert!(!html.contains("<script") && !html.contains("<b"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
}

#[test]
fn dangerous_links_lose_their_target_and_others_get_rel() {
    let html =
        render("goals/a.md", "[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://example.org)", &pages());
    assert!(!html.contains("javascript:") && !html.contains("data:"), "{html}");
    assert!(html.contains("<a href=\"https://example.org\" rel=\"noopener noreferrer nofollow ugc\">z</a>"), "{html}");
}

#[test]
fn external_images_become_links_that_end_where_the_image_did() {
    let html = render(
        "goals/a.md",
        "![a map](https://tracker.example/pixel.png) after\n\nNext paragraph.\n\n![b](http:evil.example/p.png) ![c](//cdn.example/x.png) ![local](/static/map.png)",
        &pages(),
    );
    assert!(
        html.contains("<p><a href=\"https://tracker.example/pixel.png\" rel=\"noopener noreferrer nofollow ugc\">a map</a> after</p>\n<p>Next paragraph.</p>"),
        "{html}"
    );
    assert!(!html.contains("<img src=\"http") && !html.contains("<img src=\"//"), "{html}");
    assert!(html.contains("<img src=\"/static/map.png\" alt=\"local\">"), "{html}");
}

#[test]
fn control_characters_from_entities_are_dropped() {
    let html = render("goals/a.md", "bell&#7;here", &pages());
    assert_eq!(html, "<p>bellhere</p>\n");
}

#[test]
fn classifies_destinations() {
    let from = "goals/events/e.md";
    let cases: &[(&str, Option<FileLink>)] = &[
        ("../docs/a.md", Some(FileLink::Page(Ok("goals/docs/a.md".into())))),
        ("b.md#x", Some(FileLink::Page(Ok("goals/events/b.md".into())))),
        ("../../../x.md", Some(FileLink::Page(Err("../../../x.md".into())))),
        ("map.png", Some(FileLink::Relative("map.png".into()))),
        ("files/plan.pdf", Some(FileLink::Relative("files/plan.pdf".into()))),
        ("https://x.org/y.md", None),
        ("mailto:a@b.md", None),
        ("/logo.png", None),
        ("#top", None),
        ("", None),
    ];
    for (dest, want) in cases {
        assert_eq!(classify(from, dest), *want, "{dest}");
    }
}
