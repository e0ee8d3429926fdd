//! Milestones: the task list in a goal's body (`- [x] Publish a travel policy`), read with
//! pulldown-cmark so that task-like lines inside code blocks or quotes of code do not count.

use cairn_model::Milestone;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Every task list item of `body`, in order, nested ones included.
pub(crate) fn read_milestones(body: &str) -> Vec<Milestone> {
    let mut milestones = Vec::new();
    // For each open list item: the index of its milestone, if it is a task.
    let mut items: Vec<Option<usize>> = Vec::new();
    for event in Parser::new_ext(body, Options::ENABLE_TASKLISTS) {
        match event {
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
    milestones
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(body: &str) -> Vec<(String, bool)> {
        read_milestones(body).into_iter().map(|m| (m.text, m.done)).collect()
    }

    #[test]
    fn reads_task_lists() {
        let body = "Intro.\n\n## Milestones\n- [x] Publish a **travel** policy\n- [ ] Offset `venue` energy\n  for every meetup\n- plain item\n";
        assert_eq!(
            read(body),
            [("Publish a travel policy".into(), true), ("Offset venue energy for every meetup".into(), false)]
        );
    }

    #[test]
    fn nested_and_numbered_lists() {
        let body = "1. [X] Outer\n   - [ ] Inner\n2. [ ] Second\n";
        assert_eq!(read(body), [("Outer".into(), true), ("Inner".into(), false), ("Second".into(), false)]);
    }

    #[test]
    fn ignores_code_blocks_and_no_list() {
        assert!(read("```\n- [x] not a task\n```\n").is_empty());
        assert!(read("No milestones here.").is_empty());
        assert!(read("").is_empty());
    }
}
