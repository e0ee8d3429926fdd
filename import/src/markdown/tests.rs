//! Headings, tables, links and checkboxes of upstream Markdown.

use super::*;

struct Upstream;

impl Destinations for Upstream {
    fn relative(&self, dest: &str) -> Option<String> {
        Some(format!("https://example.org/{dest}"))
    }
}

#[test]
fn the_first_heading_is_found_outside_code() {
    let text = "```sh\n# not a heading\n```\n\n## Async `closures`\n\nText.\n";
    let (level, title, span) = first_heading(text).expect("a heading");
    assert_eq!((level, title.as_str()), (2, "Async `closures`"));
    assert_eq!(&text[span], "## Async `closures`\n");
}

#[test]
fn table_cells_know_where_they_are_written() {
    let text = "# T\n\n| Metadata | |\n|:--|--|\n| Point of contact | @amara |\n| Code | `a|b` |\n\nAfter.\n";
    let tables = tables(text);
    assert_eq!(tables.len(), 1);
    let t = &tables[0];
    assert_eq!(t.header[0].text, "Metadata");
    assert_eq!(t.rows.len(), 2);
    let cell = &t.rows[0][1];
    assert_eq!((cell.text.as_str(), &text[cell.span.clone()]), ("@amara", "@amara"));
    assert_eq!(t.rows[1][1].text, "`a|b`", "a pipe in code does not split");
    assert!(text[t.span.clone()].ends_with("| Code | `a|b` |\n"));
}

#[test]
fn links_in_cells_are_resolved_with_the_files_definitions() {
    let text =
        "| Metadata | |\n|--|--|\n| Zulip channel | [#wg-async][channel] |\n[channel]: https://zulip.example/187312\n";
    let defs = reference_definitions(text);
    assert_eq!(
        link_in("[#wg-async][channel]", &defs),
        Some(("#wg-async".into(), "https://zulip.example/187312".into()))
    );
    assert_eq!(link_in("[Hexcat](https://hexcat.nl/)", &defs), Some(("Hexcat".into(), "https://hexcat.nl/".into())));
    assert_eq!(link_in("plain", &defs), None);
}

#[test]
fn relative_links_are_rewritten_and_boxes_unticked_outside_code() {
    let body = "See [the plan](./plan.md#why) and [site](https://rust-lang.org).\n\n![map](img/map.png)\n\n\
                [ref]: ../other.md\n\n- [x] done\n- [ ] open\n\n```md\n- [x] [code](./code.md)\n```\n";
    let out = rewrite(body, &Upstream, true);
    assert!(out.contains("[the plan](https://example.org/./plan.md#why)"), "{out}");
    assert!(out.contains("[site](https://rust-lang.org)"), "{out}");
    assert!(out.contains("![map](https://example.org/img/map.png)"), "{out}");
    assert!(out.contains("[ref]: https://example.org/../other.md"), "{out}");
    assert!(out.contains("- \\[x] done\n- \\[ ] open"), "{out}");
    assert!(out.contains("- [x] [code](./code.md)"), "code is left alone: {out}");
    assert_eq!(rewrite("- [x] kept\n", &Upstream, false), "- [x] kept\n");
    let html = "<img src=initial.png width=500px>\n<a href=\"../OWNERS\">owners</a> <img src='https://k8s.io/a.png'>\n";
    assert_eq!(
        rewrite(html, &Upstream, true),
        "<img src=https://example.org/initial.png width=500px>\n<a href=\"https://example.org/../OWNERS\">owners</a> <img src='https://k8s.io/a.png'>\n"
    );
    let odd = "In [`hash/fnv`]([https://pkg.go.dev/hash/fnv](https://pkg.go.dev/hash/fnv)).\n";
    assert!(!rewrite(odd, &Upstream, true).contains("]([https://pkg"), "{}", rewrite(odd, &Upstream, true));
}

#[test]
fn logins_are_read_from_mentions() {
    assert_eq!(logins("@nikomatsakis, @tmandry"), (vec!["nikomatsakis".into(), "tmandry".into()], false));
    assert_eq!(logins("“@mortent”"), (vec!["mortent".into()], false));
    assert_eq!(logins("@amara and the lang team"), (vec!["amara".into()], true));
    assert!(has_scheme("mailto:a@b") && !has_scheme("./x.md"), "a scheme");
}
