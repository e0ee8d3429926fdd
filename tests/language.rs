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
    assert!(kinds.contains("<title>Ziele: Ergebnis · Ziele</title>"), "the page's title in German");
    assert!(kinds.contains("<h2 id=\"group-active\">Ergebnis: Aktiv</h2>"), "{kinds}");
    // The theme's own words: the frame, the navigation, the home page and a goal's page.
    let home = read(&repo, "index.html");
    for words in
        ["Zum Inhalt springen", ">Einstieg</a>", "Woran wir arbeiten", "Wie du mitmachen kannst", "Alle 2 Ziele"]
    {
        assert!(home.contains(words), "{words} on the home page");
    }
    for words in ["<h2 id=\"progress\">Fortschritt</h2>", "Dieses Ziel als JSON", "<dt>Art</dt>"] {
        assert!(page.contains(words), "{words} on the goal's page");
    }
    assert!(read(&repo, "404.html").contains("<h1>Seite nicht gefunden</h1>"));
    let poll = read(&repo, "polls/name/index.html");
    for words in [
        "Bisherige Ergebnisse",
        "Diese Abstimmung als JSON",
        "Noch keine Stimmzettel.",
        "beliebig viele Wahlen pro Person",
    ] {
        assert!(poll.contains(words), "{words} on the poll's page");
    }
    assert!(read(&repo, "polls/index.html").contains("<h1>Abstimmungen</h1>"));
}

#[test]
fn words_from_a_catalogue_cannot_write_markup_into_pages() {
    let repo = site("de");
    repo.write(
        "i18n/de.ftl",
        "home-working-on = <script>alert(1)</script> & \"mehr\"\nhome-involved-start = { $link } <b>hier</b>\n",
    );
    assert_eq!(repo.cairn(&["build", "--today", "2026-03-10"]).code, 0);
    let home = read(&repo, "index.html");
    assert!(home.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mehr&quot;"), "escaped");
    assert!(home.contains("<a href=\"/start/\">Einstieg</a> &lt;b&gt;hier&lt;/b&gt;"), "the link stays a link");
    assert!(!home.contains("<script>alert"), "no markup of the catalogue's");
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

#[test]
fn a_communitys_own_words_lie_over_cairns_and_give_a_language_cairn_does_not_ship() {
    let repo = site("de");
    repo.write("i18n/de.ftl", "# Our words.\nstatus-active = Läuft\n");
    assert_eq!(repo.check_short(), (0, vec![]));
    assert_eq!(repo.cairn(&["build", "--today", "2026-03-10"]).code, 0);
    let page = read(&repo, "goals/docs/index.html");
    assert!(page.contains("Läuft") && page.contains("Überprüfung überfällig"), "ours over German");

    let dutch = site("nl");
    let (code, lines) = dutch.check_short();
    assert_eq!(code, 0);
    assert_eq!(
        lines,
        [
            "cairn.toml:3:1: warning: cairn has no words in `nl`: the words it writes stay English (hint: cairn ships `en`, `de`, `fr`, `es`, `pt-BR`, `ja`, `ar`; write your own words in `i18n/nl.ftl` (see `cairn explain no-catalogue`))"
        ]
    );
    dutch.write(
        "i18n/nl.ftl",
        "status-active = Actief\nprogress-checklist = { $done } van { $total } mijlpalen klaar\n",
    );
    assert_eq!(dutch.check_short(), (0, vec![]));
    assert_eq!(dutch.cairn(&["build", "--today", "2026-03-10"]).code, 0);
    let page = read(&dutch, "goals/docs/index.html");
    assert!(page.contains("Actief") && page.contains("2 van 3 mijlpalen klaar"), "Dutch");
    assert!(page.contains("Review overdue"), "English where the community gives nothing");
}

#[test]
fn a_broken_catalogue_is_an_error_at_its_line_and_the_site_is_not_built() {
    let repo = site("de");
    repo.write("i18n/de.ftl", "status-active = Läuft\nreview-overdue-notice = Überprüfung war am { $date fällig.\n");
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "i18n/de.ftl:2:1: error: this catalogue is not valid Fluent: Expected a token starting with \"}\" (hint: write each message as `id = text`, with variables as `{ $name }` and the lines of a message after the first indented)"
        ]
    );
    let build = repo.cairn(&["build", "--today", "2026-03-10"]);
    assert_eq!(build.code, 1, "{build:?}");
    assert!(!repo.path().join("public").exists(), "nothing is written");
}

#[test]
fn a_catalogues_unknown_messages_wrong_variables_and_other_languages_are_named() {
    let repo = site("de");
    repo.write(
        "i18n/de.ftl",
        "status-activ = Läuft\nreview-overdue-notice = Die Überprüfung war am { $date } fällig, vor { $tage } Tagen.\n",
    );
    repo.write("i18n/german.ftl", "status-active = Läuft\n");
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "i18n/de.ftl:1:1: warning: cairn has no message `status-activ` (hint: did you mean `status-active`?)",
            "i18n/de.ftl:2:1: error: message `review-overdue-notice` uses `$date` and `$tage`, but cairn gives it `$date` and `$days` (hint: use `$date` and `$days`, as cairn's English message does)",
            "i18n/german.ftl: warning: `i18n/german.ftl` is not used: the site's language is `de` (hint: name the file for the site's language, `i18n/de.ftl`, or remove it)",
        ]
    );
    for code in ["no-catalogue", "catalogue-syntax", "unknown-message", "message-variables", "unused-catalogue"] {
        let explained = repo.cairn(&["explain", code]);
        assert_eq!(explained.code, 0, "{code}: {explained:?}");
    }
}

#[test]
fn an_option_written_only_in_another_script_asks_for_an_id_and_one_with_an_id_is_counted() {
    let repo = site("ja");
    repo.write(
        "polls/meetup-city.md",
        "---\nquestion: 来年はどこで会いますか？\nmethod: approval\nopens: 2026-01-01\ncloses: 2026-02-01\noptions: [東京, Nairobi]\n---\n",
    );
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "polls/meetup-city.md:6:11: error: cairn cannot make an id of the option `東京` (hint: give it an id of ASCII letters, digits and `-`: `{ id: tokyo, label: 東京 }`)"
        ]
    );
    repo.write(
        "polls/meetup-city.md",
        "---\nquestion: 来年はどこで会いますか？\nmethod: approval\nopens: 2026-01-01\ncloses: 2026-02-01\noptions:\n  - { id: tokyo, label: 東京 }\n  - Nairobi\n---\n",
    );
    assert_eq!(repo.check_short(), (0, vec![]));
}
