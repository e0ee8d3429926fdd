//! Markdown rendering and link finding, including hostile input; and the rendered HTML
//! held to the tightened ammonia builder: sanitizing it changes nothing.

use proptest::prelude::*;

use super::*;

fn pages() -> Pages {
    Pages {
        links: BTreeMap::from([
            ("goals/docs/better-onboarding.md".to_owned(), "/goals/better-onboarding/".to_owned()),
            ("charter.md".to_owned(), "/charter/".to_owned()),
        ]),
        root: "/".to_owned(),
        repo: None,
        remote_images: false,
    }
}

#[test]
fn renders_extensions() {
    let html = render(
        "goals/a.md",
        "## Why it matters\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~old~~ text[^1]\n\n[^1]: A note.\n",
        None,
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
    let html = render("goals/a.md", "# Top\n\n### Third\n", None, &pages());
    assert!(html.contains("<h2 id=\"md-top\">Top</h2>") && html.contains("<h3 id=\"md-third\">Third</h3>"), "{html}");
}

#[test]
fn ids_are_unique_across_headings_and_footnotes() {
    let html = render(
        "goals/a.md",
        "# Plan\n\n# Plan\n\n# !!!\n\n# MD files\n\n# Fn 1\n\nA[^1] B[^!]\n\n[^1]: one\n[^!]: two\n",
        None,
        &pages(),
    );
    for id in ["md-plan", "md-plan-1", "md-section", "md-md-files", "md-fn-1", "md-fn-1-2", "md-fn-note"] {
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
        None,
        &Pages { root: "/goals/".to_owned(), ..pages() },
    );
    assert!(html.contains("href=\"/goals/better-onboarding/#md-steps\""), "{html}");
    assert!(html.contains("href=\"/charter/\""), "{html}");
    assert!(html.contains("href=\"#md-plan\""), "{html}");
    assert!(html.contains("href=\"/goals/logo.png\""), "root-relative links get the base path: {html}");
}

#[test]
fn raw_html_on_the_allow_list_is_kept_and_the_rest_shown_as_text() {
    let html = render(
        "goals/a.md",
        "<!-- Instructions for the template: delete this. -->\n<!-- toc -->\n\n<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b>, press <kbd>Ctrl</kbd>.\n\n<details>\n<summary>More</summary>\n\n**Markdown** inside.\n\n</details>\n",
        None,
        &pages(),
    );
    assert!(!html.contains("Instructions") && !html.contains("toc"), "comments are dropped: {html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(html.contains("Hi <b>there</b>, press <kbd>Ctrl</kbd>."), "{html}");
    assert!(
        html.contains("<details>\n<summary>More</summary>\n<p><strong>Markdown</strong> inside.</p>\n</details>"),
        "{html}"
    );
}

#[test]
fn raw_html_left_open_is_closed_where_its_block_ends() {
    let html = render("goals/a.md", "- item <kbd>a\n- <details><summary>s\n\nafter </b>", None, &pages());
    assert!(html.contains("<li>item <kbd>a</kbd></li>"), "{html}");
    assert!(html.contains("<li><details><summary>s\n</summary></details></li>\n</ul>\n<p>after </p>"), "{html}");
    assert_sanitized(&html);
}

#[test]
fn raw_links_and_ids_follow_the_rules_of_markdown_ones() {
    let html = render(
        "goals/events/a.md",
        "<a href=\"../docs/better-onboarding.md#steps\">x</a> <a name=\"notes\"></a> <a href=\"#notes\">y</a>\n\n# Notes",
        None,
        &pages(),
    );
    assert!(
        html.contains("<a href=\"/goals/better-onboarding/#md-steps\" rel=\"noopener noreferrer nofollow ugc\">x</a>"),
        "{html}"
    );
    assert!(html.contains("<a id=\"md-notes\" rel=\"noopener noreferrer nofollow ugc\"></a>"), "{html}");
    assert!(html.contains("<h2 id=\"md-notes-1\">Notes</h2>"), "a heading does not take an id raw HTML gave: {html}");
}

#[test]
fn dangerous_links_lose_their_target_and_others_get_rel() {
    let html = render(
        "goals/a.md",
        "[x](javascript:alert(1)) [y](data:text/html,hi) [z](https://example.org)",
        None,
        &pages(),
    );
    assert!(!html.contains("javascript:") && !html.contains("data:"), "{html}");
    assert!(html.contains("<a href=\"https://example.org\" rel=\"noopener noreferrer nofollow ugc\">z</a>"), "{html}");
}

#[test]
fn external_images_become_links_that_end_where_the_image_did() {
    let html = render(
        "goals/a.md",
        "![a map](https://tracker.example/pixel.png) after\n\nNext paragraph.\n\n![b](http:evil.example/p.png) ![c](//cdn.example/x.png) ![local](/static/map.png)",
        None,
        &pages(),
    );
    assert!(
        html.contains("<p><a href=\"https://tracker.example/pixel.png\" rel=\"noopener noreferrer nofollow ugc\">a map (image on tracker.example)</a> after</p>\n<p>Next paragraph.</p>"),
        "{html}"
    );
    assert!(!html.contains("<img src=\"http") && !html.contains("<img src=\"//"), "{html}");
    assert!(html.contains("<img src=\"/static/map.png\" alt=\"local\" />"), "{html}");
}

#[test]
fn control_characters_from_entities_are_dropped() {
    let html = render("goals/a.md", "bell&#7;here", None, &pages());
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

/// `html` is what sanitizing it would leave (see [`super::oracle`]).
fn assert_sanitized(html: &str) {
    if let Err(e) = super::oracle::check(html) {
        panic!("{e}");
    }
}

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<!-- <img src=x onerror=alert(1)> -->",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<style>*{display:none}</style>",
    "<iframe src=https://evil.example></iframe>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](<java\tscript:alert(1)>)",
    "[x](java&#x09;script:alert(1))",
    "[x]( javascript:alert(1))",
    "[x](&#x6A;avascript:alert(1))",
    "[x](vbscript:msgbox)",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](file:///etc/passwd)",
    "[x](https://ok.example \"a title\\\" onmouseover=\\\"x\")",
    "[x](\"onmouseover=alert(1))",
    "![x](javascript:alert(1))",
    "![x\"onerror=\"alert(1)](/a.png)",
    "![a [link](https://x.example) inside](/a.png)",
    "![outer ![inner](/i.png)](/o.png)",
    "[![img](/a.png)](https://x.example)",
    "[a](https://x.example 'It\\'s')",
    "<https://autolink.example>",
    "<javascript:alert(1)>",
    "<mailto:a@b.example>",
    "a@b.example",
    "| a | b |\n|:--|--:|\n| <b>1</b> | 2 |",
    "```rust\" onmouseover=\"x\nfn main() {}\n```",
    "```<script>\ncode\n```",
    "- [x] done\n- [ ] <i>open</i>",
    "Text[^n]\n\n[^n]: <b>note</b>",
    "# <em>title</em> {#custom}",
    "***\n\nline  \nbreak",
    "`<code>` and ~~<del>~~",
    "&lt;script&gt; &amp;amp; &#0; &#x1F600; &nbsp;",
    "> quote <q>x</q>\n> > nested",
    "1. one\n2. two\n\n3) three",
    "[ref]: javascript:alert(1)\n\n[x][ref]",
    "[ref]: /ok \"t\"\n\n[x][ref]",
    // Raw HTML on the allow-list, attacked through each element it allows.
    "<details open ontoggle=alert(1)><summary onclick=x>s</summary>body",
    "<details><summary>s</summary>\n\n**md** inside\n\n</details>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"&#106;avascript:alert(1)\">x</a>",
    "<a href=\"java&#x09;script:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<a href=\"https://ok.example\" target=_blank rel=opener>x</a>",
    "<a name=\"x\" id=\"y\">z</a> <a name=x>again</a>",
    "<img src=\"javascript:alert(1)\"> <img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
    "<img src=x.png onerror=alert(1) style=\"position:fixed\" width=9999999 height=\"1 onload=x\">",
    "<img src=//tracker.example/p.gif alt=t> <img src=\"HTTPS://tracker.example/q.gif\">",
    "<img src=\"///tracker.example/p.gif\"> <img src=\"/\\tracker.example/p.gif\"> <img src=\"\\\\tracker.example/p.gif\">",
    "![a](///tracker.example/p.gif) ![b](/\\tracker.example/p.gif) ![c](<\\\\tracker.example/p.gif>)",
    "<picture><source srcset=\"javascript:alert(1)\"><source srcset=\"data:image/png;base64,AAA 2x\"><source srcset=\"https://t.example/a.png\"><img src=a.png></picture>",
    "<picture><source srcset=\"a.png 1x, b.png 2x\" media=\"(min-width: 1px)\"><img src=a.png alt=\"\"></picture>",
    "<picture><source srcset=\": 2x\"><source srcset=\"a.png 2q\"><source srcset=\",,\"></picture>",
    "<kbd style=\"background:url(javascript:alert(1))\">k</kbd>",
    "<sup><svg><script>alert(1)</script></svg></sup>",
    "<sub><math><mi xlink:href=\"javascript:alert(1)\">x</mi></math></sub>",
    "<div align=center><svg onload=alert(1)></div>",
    "<span align=\"center\" onmouseover=x>s</span>",
    "<p><b><i>mis</b>nested</i></p>",
    "<details><summary>unclosed",
    "</details></div></span>stray",
    "<table><tr><td onclick=x>1<td>2</table>",
    "<ins cite=javascript:x>i</ins><del datetime=x>d</del>",
    "<br onclick=x><hr style=x><wbr>",
    "<h1 id=top onclick=x>raw heading</h1>",
    "<ol start=3 type=a onclick=x><li>x</li></ol>",
    "<!-- comment --> after <!-- unclosed",
    "<p title=\"</p><script>alert(1)</script>\">x</p>",
    "<a href=x <b>mis</b>",
    "<noscript><img src=x onerror=alert(1)></noscript>",
    "<div>\n<img src=x onerror=alert(1)>\n</div>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<source srcset=a.png> <summary>out of details</summary> <td>out of a table</td>",
    "- <details>\n\n  inside a list\n\n</details>",
    "> <kbd>quoted\n\nafter",
    "![alt <b>bold</b>](/a.png) [<img src=a.png>](https://x.example)",
    // What the git host links and decorates.
    "@login #12 owner/repo#3 abc1234f https://x.example/<script> www.x.example\"onmouseover=x :tada: a@b.example",
    "[#12](https://x.example) <a href=\"https://y.example\">#13 www.z.example</a> `#14` ```\n#15 :tada:\n```",
    "> [!WARNING]\n> Careful: <kbd>x\n\n> [!NOTE]\n> [!TIP]",
    "> [!CAUTION]\n> - item\n>\n> > [!IMPORTANT]\n> > nested",
    "<p align=center>\n```x\n\n\n\n> [!NOTE]\n> ",
    // Code, highlighted or not.
    "```rust\nfn main() { println!(\"</code></pre><script>alert(1)</script>\"); }\n```",
    "```mermaid\ngraph TD\n  A[\"<img src=x onerror=alert(1)>\"] --> B\n```",
    "```html\n<a href=\"javascript:alert(1)\" onclick=x>x</a><!-- c -->\n```",
    "    indented <b>code</b>\n",
];

/// Links as a body sees them when the repository is on GitHub.
fn with_repo() -> Pages {
    let repo = cairn_model::RepoConfig {
        url: "https://github.com/lantern/goals".to_owned(),
        branch: "main".to_owned(),
        host: cairn_model::HostKind::Github,
    };
    Pages { repo: Some(repo), ..pages() }
}

#[test]
fn hostile_bodies_render_to_what_the_sanitizer_would_leave() {
    for md in HOSTILE.iter().flat_map(|md| [(md, pages()), (md, with_repo())]) {
        let (md, pages) = md;
        let html = render("goals/a.md", md, None, &pages);
        assert_sanitized(&html);
        // Text keeps `javascript:` and `onerror=` as words; only markup would be a danger.
        for bad in ["<script", "<svg", "<math", "<iframe", "<style", "<img src=x"] {
            assert!(!html.to_ascii_lowercase().contains(bad), "{bad} survived in {html} from {md}");
        }
    }
}

#[test]
fn the_sanitizer_oracle_notices_unsafe_html() {
    // If the oracle could not fail, the tests above would prove nothing.
    for unsafe_html in [
        "<p><a href=\"javascript:alert(1)\" rel=\"noopener noreferrer nofollow ugc\">x</a></p>",
        "<p><a href=\"https://x.example\">no rel</a></p>",
        "<p onclick=\"x()\">hi</p>",
        "<h2 id=\"top\">unprefixed id</h2>",
        "<p><span class=\"page-header\">a class of the page</span></p>",
    ] {
        let result = std::panic::catch_unwind(|| assert_sanitized(unsafe_html));
        assert!(result.is_err(), "the oracle accepted {unsafe_html}");
    }
}

/// Markdown built from pieces that exercise links, images, raw HTML, entities and
/// block structure, in any order.
fn hostile_markdown() -> impl Strategy<Value = String> {
    let scheme = prop_oneof![
        Just(""),
        Just("https://"),
        Just("http:"),
        Just("mailto:"),
        Just("javascript:"),
        Just("java\tscript:"),
        Just("jav&#x09;ascript:"),
        Just("data:"),
        Just(" vbscript:"),
        Just("//"),
        Just("#"),
        Just("/"),
        Just("../"),
    ];
    let dest = (scheme, "[a-z0-9./:%&;#?=()\"' <>-]{0,12}").prop_map(|(s, rest)| format!("{s}{rest}"));
    let text = "[a-zA-Z0-9 <>&\"'=/!\\[\\]()*_`~|#-]{0,16}";
    let piece = prop_oneof![
        (text, dest.clone()).prop_map(|(t, d)| format!("[{t}]({d})")),
        (text, dest.clone()).prop_map(|(t, d)| format!("![{t}]({d})")),
        (text, dest.clone()).prop_map(|(t, d)| format!("[{t}](<{d}>)")),
        (text, dest.clone(), text).prop_map(|(t, d, title)| format!("[{t}]({d} \"{title}\")")),
        dest.clone().prop_map(|d| format!("<{d}>")),
        text.prop_map(String::from),
        Just("\n\n".to_owned()),
        Just("\n- [x] ".to_owned()),
        Just("\n# ".to_owned()),
        Just("\n```x\n".to_owned()),
        Just("\n| a | b |\n|:-|-:|\n| ".to_owned()),
        Just("[^1]\n\n[^1]: ".to_owned()),
        Just("<script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("&#0;&#7;&amp;&lt;".to_owned()),
        Just("\n> ".to_owned()),
        Just("  \n".to_owned()),
        Just("<details>".to_owned()),
        Just("</details>".to_owned()),
        Just("<summary>".to_owned()),
        Just("<kbd>".to_owned()),
        Just("</kbd>".to_owned()),
        Just("<b>".to_owned()),
        Just("</i>".to_owned()),
        Just("<!-- ".to_owned()),
        Just(" -->".to_owned()),
        Just("<p align=center>".to_owned()),
        Just("<table><tr><td>".to_owned()),
        Just("</td></tr>".to_owned()),
        Just(" #12 ".to_owned()),
        Just("@amara".to_owned()),
        Just("a/b#3".to_owned()),
        Just(" abc1234 ".to_owned()),
        Just("www.".to_owned()),
        Just(":tada:".to_owned()),
        Just("\n> [!NOTE]\n> ".to_owned()),
        (dest.clone(), text).prop_map(|(d, t)| format!("<a href=\"{d}\" name=\"{t}\">")),
        (dest.clone(), text).prop_map(|(d, t)| format!("<img src='{d}' alt=\"{t}\" width=10>")),
        dest.clone().prop_map(|d| format!("<picture><source srcset=\"{d} 2x\">")),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_body_renders_to_what_the_sanitizer_would_leave(md in hostile_markdown()) {
        assert_sanitized(&render("goals/a.md", &md, None, &pages()));
        assert_sanitized(&render("goals/a.md", &md, None, &with_repo()));
    }
}

#[test]
fn bodies_read_as_on_the_git_host() {
    let md = "## Ship it :rocket:\n\n> [!NOTE]\n> Tracked in [rust-lang/rust-project-goals#105], owner @nikomatsakis.\n\n\
              See https://blog.rust-lang.org/ and #12; `#13 :tada:` stays.\n\n```\n#14 :tada: https://x.example\n```\n\n\
              [Already a link to #15](https://x.example) :white_check_mark:\n";
    let html = render("goals/a.md", md, None, &with_repo());
    assert!(html.contains("<h2 id=\"md-ship-it-\">Ship it 🚀</h2>"), "{html}");
    assert!(
        html.contains("<div class=\"alert alert-note\" role=\"note\">\n<p class=\"alert-title\">Note</p>\n<p>Tracked in [<a href=\"https://github.com/rust-lang/rust-project-goals/issues/105\" rel=\"noopener noreferrer nofollow ugc\">rust-lang/rust-project-goals#105</a>], owner <a href=\"https://github.com/nikomatsakis\" rel=\"noopener noreferrer nofollow ugc\">@nikomatsakis</a>.</p>\n</div>"),
        "{html}"
    );
    assert!(html.contains("<a href=\"https://blog.rust-lang.org/\" rel=\"noopener noreferrer nofollow ugc\">https://blog.rust-lang.org/</a>"), "{html}");
    assert!(
        html.contains(
            "<a href=\"https://github.com/lantern/goals/issues/12\" rel=\"noopener noreferrer nofollow ugc\">#12</a>;"
        ),
        "{html}"
    );
    assert!(
        html.contains("<code>#13 :tada:</code>") && html.contains("#14 :tada: https://x.example\n</code></pre>"),
        "{html}"
    );
    assert!(html.contains(">Already a link to #15</a> ✅"), "{html}");
    let raw_code = render("goals/a.md", "<code>#12 :tada:</code> and <kbd>@amara</kbd> but #13", None, &with_repo());
    assert!(
        raw_code.contains("<code>#12 :tada:</code> and <kbd>@amara</kbd> but <a href="),
        "raw code is code: {raw_code}"
    );
    let plain = render("goals/a.md", "#12 @amara https://x.example", None, &pages());
    assert!(plain.contains("#12 @amara <a href=\"https://x.example\""), "without a repository: {plain}");
}

#[test]
fn an_opening_heading_that_repeats_the_title_is_not_shown_twice() {
    let title = Some("Stabilize never type (`!`)");
    let md = "<!-- toc -->\n\n# Stabilize never type (`!`)\n\nWhy.\n\n# Stabilize never type (`!`)\n";
    let html = render("goals/a.md", md, title, &pages());
    assert_eq!(html.matches("<h2").count(), 1, "only the first is dropped: {html}");
    assert!(html.trim_start().starts_with("<p>Why.</p>"), "{html}");
    let with_id = render("goals/a.md", "# KEP-1234: Stabilize never type (`!`)\n\nWhy.", title, &pages());
    assert_eq!(with_id.trim_start(), "<p>Why.</p>\n", "an id before the title");
    for (md, why) in [
        ("# Another title\n", "another title"),
        ("Intro.\n\n# Stabilize never type (`!`)\n", "not at the top"),
        ("## Stabilize never type (`!`)\n", "not a top-level heading"),
        ("# Why we must stabilize never type (`!`)\n", "more than an id before it"),
    ] {
        assert!(render("goals/a.md", md, title, &pages()).contains("<h2"), "{why}");
    }
}

#[test]
fn links_to_files_the_site_does_not_publish_lead_to_the_git_host() {
    let md = "[owners](../OWNERS) [script](../../hack/verify.sh#L3) [kep](../../keps/sig-docs/README.md) \
              <a href=\"../OWNERS\">raw</a> [page](../docs/better-onboarding.md) ![map](map.png)";
    let html = render("goals/events/a.md", md, None, &with_repo());
    for href in [
        "https://github.com/lantern/goals/blob/main/goals/OWNERS",
        "https://github.com/lantern/goals/blob/main/hack/verify.sh#L3",
        "https://github.com/lantern/goals/blob/main/keps/sig-docs/README.md",
    ] {
        assert!(html.contains(&format!("href=\"{href}\"")), "{href} in {html}");
    }
    assert_eq!(html.matches("href=\"https://github.com/lantern/goals/blob/main/goals/OWNERS\"").count(), 2, "{html}");
    assert!(html.contains("href=\"/goals/better-onboarding/\""), "pages stay pages: {html}");
    assert!(html.contains("<img src=\"map.png\""), "images are not sent to the host: {html}");
    let without = render("goals/events/a.md", "[owners](../OWNERS)", None, &pages());
    assert!(without.contains("href=\"../OWNERS\""), "{without}");
}

#[test]
fn an_image_that_is_all_a_link_shows_gives_the_link_words() {
    let html = render(
        "goals/a.md",
        "[![](/build-status.svg)](https://ci.example) [![CI](/ci.svg)](https://ci.example) ![](/deco.png)",
        None,
        &pages(),
    );
    assert!(html.contains("<img src=\"/build-status.svg\" alt=\"build status\" />"), "{html}");
    assert!(html.contains("<img src=\"/ci.svg\" alt=\"CI\" />"), "{html}");
    assert!(html.contains("<img src=\"/deco.png\" alt=\"\" />"), "an image alone may be decoration: {html}");
}

#[test]
fn images_from_other_hosts_are_shown_only_when_the_site_allows_it() {
    let md = "![CI](https://img.shields.io/ci.svg) <img src=\"https://img.example/a.png\" alt=\"A\"> ![x](javascript:alert(1))";
    let allowed = Pages { remote_images: true, ..pages() };
    let html = render("goals/a.md", md, None, &allowed);
    assert!(html.contains("<img src=\"https://img.shields.io/ci.svg\" alt=\"CI\" />"), "{html}");
    assert!(html.contains("<img src=\"https://img.example/a.png\" alt=\"A\">"), "{html}");
    assert!(!html.contains("javascript:"), "{html}");
    let html = render("goals/a.md", md, None, &pages());
    assert!(!html.contains("<img"), "by default: {html}");
}
