//! Raw HTML on the allow-list: what stays, what is shown as text, what is dropped, and
//! that what stays is balanced.

use super::*;

/// Links as a body at the site's root sees them: web, mail and relative links stay,
/// images from other hosts do not load.
struct Site;

impl Links for Site {
    fn href(&self, dest: &str) -> Option<String> {
        (dest.starts_with("https:") || dest.starts_with('/') || dest.starts_with('#') || !dest.contains(':'))
            .then(|| dest.strip_prefix('#').map_or_else(|| dest.to_owned(), |f| format!("#md-{f}")))
    }
    fn src(&self, dest: &str) -> Option<String> {
        (!dest.contains(':')).then(|| dest.to_owned())
    }
    fn remote_host(&self, dest: &str) -> Option<String> {
        dest.strip_prefix("https://").map(|rest| rest.split('/').next().unwrap_or_default().to_owned())
    }
}

fn written(pieces: &[&str]) -> String {
    let mut raw = Raw::default();
    let mut ids = Ids::default();
    let mut out: String = pieces.iter().map(|p| raw.write(p, &Site, &mut ids)).collect();
    out.push_str(&raw.finish());
    out
}

#[test]
fn allowed_elements_are_written_again_with_their_checked_attributes() {
    let html = written(&["<details open class=x onclick=\"x()\">\n<summary style=\"color:red\">Why</summary>\n"]);
    assert_eq!(html, "<details open>\n<summary>Why</summary>\n</details>");
    assert_eq!(
        written(&["<kbd>Ctrl</kbd>+<kbd>C</kbd>, x<sup>2</sup>, H<sub>2</sub>O, <ins>new</ins> <del>old</del><br/>"]),
        "<kbd>Ctrl</kbd>+<kbd>C</kbd>, x<sup>2</sup>, H<sub>2</sub>O, <ins>new</ins> <del>old</del><br>"
    );
    assert_eq!(
        written(&[
            "<p align=\"center\"><img src=\"logo.png\" alt=\"Logo\" width=\"120\" height=\"50%\" onerror=x></p>"
        ]),
        "<p class=\"align-center\"><img src=\"logo.png\" alt=\"Logo\" width=\"120\"></p>"
    );
    assert_eq!(
        written(&["<div align=right style=x><span align=\"LEFT\" id=x>a</span></div>"]),
        "<div class=\"align-right\"><span class=\"align-left\">a</span></div>"
    );
}

#[test]
fn links_keep_safe_targets_get_rel_and_their_ids_are_prefixed() {
    assert_eq!(
        written(&["<a name=\"fn1\" href=\"#ref\">1</a> <a href=\"javascript:alert(1)\" id=\"x\" target=_blank>x</a>"]),
        "<a id=\"md-fn1\" href=\"#md-ref\" rel=\"noopener noreferrer nofollow ugc\">1</a> \
         <a id=\"md-x\" rel=\"noopener noreferrer nofollow ugc\">x</a>"
    );
    assert_eq!(
        written(&["<a id=a>1</a><a id=a>2</a>"]),
        "<a id=\"md-a\" rel=\"noopener noreferrer nofollow ugc\">1</a><a rel=\"noopener noreferrer nofollow ugc\">2</a>",
        "an id names one element"
    );
}

#[test]
fn images_from_other_hosts_become_links_and_unsafe_sources_are_dropped() {
    assert_eq!(
        written(&["<img src=\"https://img.example/ci.svg\" alt=\"CI status\"><img src=\"https://t.example/p.gif\">"]),
        "<a href=\"https://img.example/ci.svg\" rel=\"noopener noreferrer nofollow ugc\">CI status (image on img.example)</a>\
         <a href=\"https://t.example/p.gif\" rel=\"noopener noreferrer nofollow ugc\">Image on t.example</a>"
    );
    assert_eq!(written(&["<img src=\"javascript:alert(1)\" alt=x><img alt=y>"]), "");
    assert_eq!(
        written(&["<picture><source media=\"(prefers-color-scheme: dark)\" srcset=\"dark.png 2x, d.png\">\
             <source srcset=\"https://t.example/x.png\"><source srcset=\"javascript:x\"><img src=\"light.png\" alt=\"Logo\"></picture>"]),
        "<picture><source media=\"(prefers-color-scheme: dark)\" srcset=\"dark.png 2x, d.png\">\
         <img src=\"light.png\" alt=\"Logo\"></picture>"
    );
}

#[test]
fn other_tags_are_text_and_comments_are_dropped() {
    assert_eq!(
        written(&["<script>alert(1)</script><!-- toc --><style>*{}</style><center>x</center>"]),
        "&lt;script&gt;alert(1)&lt;/script&gt;&lt;style&gt;*{}&lt;/style&gt;&lt;center&gt;x&lt;/center&gt;"
    );
    assert_eq!(written(&["<svg><a href=\"https://x.example\">x</a></svg>"]).matches("&lt;").count(), 2);
    assert_eq!(written(&["a &amp; b &lt;i&gt; &#x1F600;"]), "a &amp; b &lt;i&gt; 😀");
}

#[test]
fn elements_stay_balanced() {
    assert_eq!(written(&["<b><i>x</b>y</i></div>"]), "<b><i>x</i></b>y");
    assert_eq!(
        written(&["<details><summary>s</summary>", "<p>", "</details>"]),
        "<details><summary>s</summary><p></p></details>"
    );
    // An element opened inside a Markdown block closes with it, and a closing tag in
    // another block closes nothing.
    let mut raw = Raw::default();
    let mut ids = Ids::default();
    let opened = raw.write("<details>", &Site, &mut ids);
    raw.enter();
    let inside = raw.write("<kbd>a", &Site, &mut ids) + &raw.write("</details>", &Site, &mut ids);
    let left = raw.leave();
    let rest = raw.write("</details></details>", &Site, &mut ids) + &raw.finish();
    assert_eq!(
        (opened.as_str(), inside.as_str(), left.as_str(), rest.as_str()),
        ("<details>", "<kbd>a", "</kbd>", "</details>")
    );
}

#[test]
fn parts_only_open_inside_their_whole() {
    assert_eq!(written(&["<td>a</td><li>b</li><summary>c</summary><source srcset=x.png>"]), "abc");
    assert_eq!(
        written(&["<table><tr><th scope=col colspan=2 align=center>a</th></tr><tr><td rowspan=0>b</td></tr></table>"]),
        "<table><tr><th scope=\"col\" colspan=\"2\" class=\"align-center\">a</th></tr><tr><td>b</td></tr></table>"
    );
    assert_eq!(written(&["<h1>Top</h1><strike>x</strike><tt>y</tt>"]), "<h2>Top</h2><s>x</s><code>y</code>");
}
