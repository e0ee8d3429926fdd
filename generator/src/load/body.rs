//! One pass over a content file's Markdown body: its milestones (the task list, for goals)
//! and its links into the repository (checked once every file is known). Read with
//! pulldown-cmark, so that task-like lines or links inside code do not count.

use std::ops::Range;

use cairn_model::Milestone;
use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use super::LoadOptions;
use super::frontmatter;
use super::links::BodyLinks;
use crate::diagnostic::SourceFile;
use crate::markdown::{self, FileLink};

/// What a body holds.
#[derive(Debug, Default)]
pub(crate) struct Body {
    pub(crate) milestones: Vec<Milestone>,
    pub(crate) links: Option<BodyLinks>,
}

/// Scans the body of `file` (nothing when its front matter does not split: that is
/// reported elsewhere).
pub(crate) fn scan_file(file: &SourceFile, options: &LoadOptions) -> Body {
    let Ok(split) = frontmatter::split(&file.text, options.max_front_matter_bytes) else { return Body::default() };
    let (milestones, links) = scan(&file.path, split.body);
    let links: Vec<_> = links
        .into_iter()
        .map(|(link, span)| (link, split.body_offset + span.start..split.body_offset + span.end))
        .collect();
    let links = (!links.is_empty()).then(|| BodyLinks { file: file.clone(), links });
    Body { milestones, links }
}

/// The milestones of `body` (the file at `path`) and its links into the repository, with
/// where each is written in `body`.
pub(crate) fn scan(path: &str, body: &str) -> (Vec<Milestone>, Vec<(markdown::FileLink, Range<usize>)>) {
    let mut milestones: Vec<Milestone> = Vec::new();
    let mut links = Vec::new();
    // For each open list item: the index of its milestone, if it is a task.
    let mut items: Vec<Option<usize>> = Vec::new();
    // An HTML block comes one line per event: its lines are read as one, so that a tag
    // written over several lines is checked too.
    let mut block: Option<String> = None;
    for (event, span) in Parser::new_ext(body, markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::HtmlBlock) => block = Some(String::new()),
            Event::Html(html) if block.is_some() => block.get_or_insert_default().push_str(&html),
            Event::End(TagEnd::HtmlBlock) => {
                for (dest, image) in markdown::raw_destinations(&block.take().unwrap_or_default()) {
                    links.extend(link_of(path, &dest, image).map(|l| (l, span.clone())));
                }
            }
            Event::Start(Tag::Link { dest_url, link_type, .. })
                if !matches!(link_type, LinkType::Email | LinkType::Autolink) =>
            {
                links.extend(link_of(path, &dest_url, false).map(|l| (l, span)));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                links.extend(link_of(path, &dest_url, true).map(|l| (l, span)))
            }
            // Raw HTML's `<a href>` and `<img src>` are links too (not those in comments).
            Event::Html(html) | Event::InlineHtml(html) => {
                for (dest, image) in markdown::raw_destinations(&html) {
                    links.extend(link_of(path, &dest, image).map(|l| (l, span.clone())));
                }
            }
            Event::Start(Tag::Item) => items.push(None),
            Event::End(TagEnd::Item) => {
                items.pop();
            }
            Event::TaskListMarker(done) => {
                if let Some(slot) = items.last_mut() {
                    *slot = Some(milestones.len());
                    milestones.push(Milestone { text: String::new(), done });
                }
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some(Some(i)) = items.last() {
                    milestones[*i].text.push_str(&text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(Some(i)) = items.last() {
                    milestones[*i].text.push(' ');
                }
            }
            _ => {}
        }
    }
    for m in &mut milestones {
        m.text = m.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    (milestones, links)
}

/// Where a link's or image's destination leads in the repository, if anywhere.
fn link_of(path: &str, dest: &str, image: bool) -> Option<FileLink> {
    match markdown::classify(path, dest)? {
        FileLink::Relative(t) if image => Some(FileLink::Image(t)),
        link => Some(link),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::FileLink;

    fn milestones(body: &str) -> Vec<(String, bool)> {
        scan("goals/a.md", body).0.into_iter().map(|m| (m.text, m.done)).collect()
    }

    #[test]
    fn a_raw_tag_written_over_several_lines_is_a_link_too() {
        let body = "<p align=\"center\">\n  <a\n    href=\"../OWNERS\">owners</a>\n  <img\n   src=\"map.png\">\n</p>\n";
        let found: Vec<FileLink> = scan("goals/a.md", body).1.into_iter().map(|(link, _)| link).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        let spans: Vec<_> = scan("goals/a.md", body).1.into_iter().map(|(_, span)| span).collect();
        assert!(spans.iter().all(|s| s.start == 0 && s.end <= body.len()), "the block's place: {spans:?}");
    }

    #[test]
    fn reads_task_lists() {
        let body = "Intro.\n\n## Milestones\n- [x] Publish a **travel** policy\n- [ ] Offset `venue` energy\n  for every meetup\n- plain item\n";
        assert_eq!(
            milestones(body),
            [("Publish a travel policy".into(), true), ("Offset venue energy for every meetup".into(), false)]
        );
    }

    #[test]
    fn nested_and_numbered_lists() {
        let body = "1. [X] Outer\n   - [ ] Inner\n2. [ ] Second\n";
        assert_eq!(milestones(body), [("Outer".into(), true), ("Inner".into(), false), ("Second".into(), false)]);
    }

    #[test]
    fn ignores_code_blocks_and_no_list() {
        assert!(milestones("```\n- [x] not a task\n```\n").is_empty());
        assert!(milestones("No milestones here.").is_empty());
        assert!(milestones("").is_empty());
    }

    #[test]
    fn finds_links_into_the_repository() {
        let body = "See [a](../docs/a.md), [b](b.md#x), [web](https://x.org/y.md), [up](../../../x.md), \
                    [mail](mailto:a@b.md), ![map](map.png), ![root](/logo.png), [top](#top), [owners](../OWNERS) and `[code](c.md)`.\n\n\
                    <a href=\"raw.md\"><img src=\"raw.png\"></a> <!-- <a href=\"commented.md\"> -->";
        let found: Vec<FileLink> = scan("goals/events/e.md", body).1.into_iter().map(|(l, _)| l).collect();
        assert_eq!(
            found,
            [
                FileLink::Page(Ok("goals/docs/a.md".into())),
                FileLink::Page(Ok("goals/events/b.md".into())),
                FileLink::Page(Err("../../../x.md".into())),
                FileLink::Image("map.png".into()),
                FileLink::Relative("../OWNERS".into()),
                FileLink::Page(Ok("goals/events/raw.md".into())),
                FileLink::Image("raw.png".into()),
            ]
        );
    }
}
