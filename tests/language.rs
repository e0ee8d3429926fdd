//! The site in its `language`: the words cairn writes for the model's values (kinds,
//! statuses, progress, review notices, poll phases, dates) come from that language's
//! catalogue, on pages and in the JSON alike; right-to-left languages get `dir="rtl"`.

use crate::harness::Repo;

fn site(language: &str) -> Repo {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "cairn.toml",
        format!("title = \"Ziele\"\nbase_url = \"https://goals.example.org/\"\nlanguage = \"{language}\"\n"),
    );
    repo.write(
        "goals/docs.md",
        "---\ntitle: Docs\nkind: outcome\nstatus: active\nreview_by: 2026-03-01\nmetric: { baseline: 0, current: 87.5, target: 100, unit: \"%\" }\n---\n- [x] A\n- [x] B\n- [ ] C\n",
    );
    repo.write(
        "polls/name.md",
        "---\nquestion: Which name?\nopens: 2026-03-01\ncloses: 2026-03-20\nmethod: approval\noptions: [A, B]\n---\n",
    );
    repo
}

fn read(repo: &Repo, rel: &str) -> String {
    std::fs::read_to_string(repo.path().join("public").join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn a_german_site_says_its_values_in_german_on_pages_and_in_the_json() {
    let repo = site("de");
    let run = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = read(&repo, "goals/docs/index.html");
    assert!(page.contains("<html lang=\"de\" dir=\"ltr\""), "{}", &page[..200]);
    for words in [
        "Aktiv",
        "Ergebnis",
        "87,5 von 100 %",
        "2 von 3 Meilensteinen erledigt",
        "Dieses Ziel war am 1. März 2026 zur Überprüfung fällig, vor 9 Tagen.",
        "Überprüfung überfällig",
    ] {
        assert!(page.contains(words), "{words} on the goal's page");
    }
    let json = read(&repo, "api/v1/goals/docs.json");
    assert!(json.contains("\"text\": \"87,5 von 100 %"), "{json}");
    let poll = read(&repo, "polls/name/index.html");
    assert!(poll.contains("Offen bis zum 20. März 2026"), "the poll's window in German");
    let kinds = read(&repo, "kinds/outcome/index.html");
    assert!(kinds.contains("Ein messbares Ergebnis"), "the kind's description in German");
}

#[test]
fn an_arabic_site_runs_right_to_left_and_a_language_without_a_catalogue_reads_english() {
    let repo = site("ar");
    assert_eq!(repo.cairn(&["build", "--today", "2026-03-10"]).code, 0);
    let page = read(&repo, "goals/docs/index.html");
    assert!(page.contains("<html lang=\"ar\" dir=\"rtl\""), "{}", &page[..200]);
    assert!(page.contains("نشط"), "the status in Arabic");

    let dutch = site("nl");
    let run = dutch.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(run.code, 0, "{run:?}");
    let page = read(&dutch, "goals/docs/index.html");
    assert!(page.contains("<html lang=\"nl\"") && page.contains("2 of 3 milestones done"), "English words");
}
