//! The example community in `content/` is valid and as complete as the README promises.

use crate::harness::Repo;

#[test]
fn example_content_checks_clean() {
    let repo = Repo::example_content();
    let run = repo.cairn(&["check", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v["diagnostics"], serde_json::json!([]), "no warnings either");
}
