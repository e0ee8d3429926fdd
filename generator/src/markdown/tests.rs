//! Markdown rendering and link finding, including hostile input.

use super::*;

fn links() -> LinkMap {
    LinkMap::from([
        ("goals/docs/better-onboarding.md".to_owned(), "/goals/better-onboarding/".to_owned()),
        ("charter.md".to_owned(), "/charter/".to_owned()),
    ])
}

#[test]
fn renders_extensions() {
    let html = render(
        "goals/a.md",
        "## Why it matters\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~old~~ text[^1]\n\n[^1]: A note.\n",
        &links(),
    );
    assert!(
        html.contains("<h2 id=\"md-why-it-matters\">Why it matters <a class=\"anchor\" href=\"#md-why-it-matters\""),
        "{html}"
    );
    assert!(html.contains("<table>") && html.contains("<td>1</td>"), "{html}");
    assert!(
        html.contains(
            "<span class=\"task done\" aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">done: </span>done"
        ),
        "{html}"
    );
    assert!(html.contains("<del>old</del>"), "{html}");
    assert!(html.contains("<a href=\"#md-fn-1\""), "{html}");
    assert!(html.contains("id=\"md-fn-1\""), "{html}");
}

#[test]
fn heading_ids_are_unique() {
    let html = render("goals/a.md", "# Plan\n\n# Plan\n\n# !!!\n", &links());
    assert!(
        html.contains("id=\"md-plan\"") && html.contains("id=\"md-plan-2\"") && html.contains("id=\"md-section\""),
        "{html}"
    );
}

#[test]
fn rewrites_links_between_content_files() {
    let html = render(
        "goals/events/a.md",
        "[onboarding](../docs/better-onboarding.md#steps) and [charter](/charter.md)",
        &links(),
    );
    assert!(html.contains("href=\"/goals/better-onboarding/#steps\""), "{html}");
    assert!(html.contains("href=\"/charter/\""), "{html}");
}

#[test]
fn raw_html_is_shown_as_text() {
    let html = render("goals/a.md", "<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b>", &links());
    assert!(!html.contains("<script") && !html.contains("<b"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
}

#[test]
fn dangerous_links_lose_their_target_and_others_get_rel() {
    let html =
        render("goals/a.md", "[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://example.org)", &links());
    assert!(!html.contains("javascript:") && !html.contains("data:"), "{html}");
    assert!(html.contains("<a href=\"https://example.org\" rel=\"noopener noreferrer nofollow ugc\">z</a>"), "{html}");
}

#[test]
fn external_images_become_links() {
    let html = render("goals/a.md", "![a map](https://tracker.example/pixel.png) ![local](/static/map.png)", &links());
    assert!(!html.contains("<img src=\"https://"), "{html}");
    assert!(html.contains("href=\"https://tracker.example/pixel.png\""), "{html}");
    assert!(html.contains("<img src=\"/static/map.png\" alt=\"local\">"), "{html}");
}

#[test]
fn finds_links_to_content_files() {
    let body =
        "See [a](../docs/a.md), [b](b.md#x), [web](https://x.org/y.md), [up](../../../x.md) and [mail](mailto:a@b.md).";
    let found: Vec<Result<String, String>> =
        file_links("goals/events/e.md", body).into_iter().map(|(l, _)| l).collect();
    assert_eq!(found, [Ok("goals/docs/a.md".into()), Ok("goals/events/b.md".into()), Err("../../../x.md".into())]);
}
