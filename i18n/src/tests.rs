//! The shipped catalogues against English, and what each language does with numbers,
//! plurals and dates.

use super::*;

#[test]
fn every_shipped_catalogue_has_exactly_the_english_messages_with_their_variables() {
    let english = messages(shipped::ENGLISH).expect("English parses");
    assert!(english.len() > 60, "{} messages", english.len());
    for (tag, text) in SHIPPED {
        let found = messages(text).unwrap_or_else(|e| panic!("{tag}: {e}"));
        let differences = compare(&english, &found);
        assert!(differences.is_empty(), "{tag}: {differences:#?}");
        // And Fluent itself reads it without an error.
        let resource = FluentResource::try_new((*text).to_owned());
        assert!(resource.is_ok(), "{tag}: {:?}", resource.err().map(|(_, e)| e));
    }
}

#[test]
fn a_catalogue_that_differs_is_told_apart_message_by_message() {
    let reference = messages("a = A\nb = { $n } B\nc = C { $x }\n").expect("parses");
    let catalogue = messages("a = Ä\nb = B\nd = D\n").expect("parses");
    let kinds: Vec<(String, MismatchKind)> =
        compare(&reference, &catalogue).into_iter().map(|m| (m.id, m.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("b".to_owned(), MismatchKind::Variables { reference: ["n".to_owned()].into(), found: Default::default() }),
            ("c".to_owned(), MismatchKind::Missing),
            ("d".to_owned(), MismatchKind::Unknown),
        ]
    );
}

#[test]
fn plurals_follow_each_language() {
    let days = |tag: &str, n: i64| {
        let c = Catalogue::shipped(tag).expect(tag);
        c.format("review-due-soon-notice", &[("date", Arg::Text("D")), ("days", Arg::Count(n))])
    };
    assert_eq!(days("en", 1), "This goal is due for review on D, in 1 day.");
    assert_eq!(days("en", 3), "This goal is due for review on D, in 3 days.");
    assert_eq!(days("fr", 1), "Cet objectif doit être revu le D, dans 1 jour.");
    // Arabic has six forms; marks isolate each placeable in right-to-left text.
    let plain = |tag: &str, n: i64| days(tag, n).replace(['\u{2068}', '\u{2069}'], "");
    assert!(days("ar", 1).contains("\u{2068}D\u{2069}"), "{}", days("ar", 1));
    assert_eq!(plain("ar", 1), "موعد مراجعة هذا الهدف في D، بعد يوم واحد.");
    assert!(plain("ar", 2).ends_with("بعد يومين."), "{}", plain("ar", 2));
    assert!(plain("ar", 5).ends_with("بعد 5 أيام."), "{}", plain("ar", 5));
    assert!(plain("ar", 11).ends_with("بعد 11 يومًا."), "{}", plain("ar", 11));
    assert!(plain("ar", 100).ends_with("بعد 100 يوم."), "{}", plain("ar", 100));
    assert!(!days("en", 1).contains('\u{2068}'), "no marks in left-to-right text");
    assert_eq!(days("ja", 1), "この目標のレビュー予定日はDです（あと1日）。");
    let week =
        |tag: &str, n: i64| Catalogue::shipped(tag).expect(tag).format("interval-week", &[("count", Arg::Count(n))]);
    assert_eq!((week("en", 1), week("en", 2)), ("every week".to_owned(), "every 2 weeks".to_owned()));
    assert_eq!((week("ja", 1), week("ja", 2)), ("週".to_owned(), "2週間".to_owned()));
    assert_eq!(week("de", 2), "alle 2 Wochen");
}

#[test]
fn numbers_and_dates_are_written_the_languages_way() {
    let en = Catalogue::english();
    assert_eq!((en.number(87.5), en.number(40.0), en.number(-0.001)), ("87.5".into(), "40".into(), "0".into()));
    assert_eq!(en.quantity(87.5, Some("%")), "87.5 %");
    assert_eq!(en.long_date(2026, 3, 1), "1 March 2026");
    let de = Catalogue::shipped("de").expect("German");
    assert_eq!(de.number(87.5), "87,5");
    assert_eq!(de.long_date(2026, 3, 1), "1. März 2026");
    let fr = Catalogue::shipped("fr").expect("French");
    assert_eq!((fr.long_date(2026, 3, 1), fr.long_date(2026, 3, 2)), ("1er mars 2026".into(), "2 mars 2026".into()));
    let pt = Catalogue::shipped("pt-BR").expect("Portuguese");
    assert_eq!(pt.long_date(2026, 1, 1), "1º de janeiro de 2026");
    assert_eq!(Catalogue::shipped("es").expect("Spanish").long_date(2026, 11, 26), "26 de noviembre de 2026");
    assert_eq!(Catalogue::shipped("ja").expect("Japanese").long_date(2026, 11, 26), "2026年11月26日");
    let ar = Catalogue::shipped("ar").expect("Arabic");
    assert_eq!(ar.long_date(2026, 11, 26).replace(['\u{2068}', '\u{2069}'], ""), "26 نوفمبر 2026");
    assert_eq!(ar.number(2.25), "2.25");
}

#[test]
fn a_language_is_found_by_its_tag_or_its_primary_language() {
    assert_eq!(Catalogue::shipped("de-AT").expect("German").language(), "de");
    assert_eq!(Catalogue::shipped("pt").expect("Portuguese").language(), "pt-BR");
    assert_eq!(Catalogue::shipped("PT-br").expect("Portuguese").language(), "pt-BR");
    assert_eq!(Catalogue::shipped("ar").expect("Arabic").direction(), Direction::RightToLeft);
    assert_eq!(Catalogue::shipped("ja").expect("Japanese").direction().as_html(), "ltr");
    let unknown = Catalogue::shipped("tlh").unwrap_err();
    assert_eq!(unknown.to_string(), "cairn has no catalogue in “tlh”; it ships en, de, fr, es, pt-BR, ja, ar");
    assert!(matches!(Catalogue::shipped("not a tag"), Err(I18nError::BadTag { .. })));
    assert!(Catalogue::ships("pt-PT") && Catalogue::ships("en-GB") && !Catalogue::ships("nl"));
}

#[test]
fn a_community_catalogue_falls_back_to_english_and_its_errors_name_the_line() {
    let own = Catalogue::from_text("nl", "kind-outcome = Uitkomst\n").expect("Dutch");
    assert_eq!(own.text("kind-outcome"), "Uitkomst");
    assert!(own.has("kind-outcome") && !own.has("kind-process"));
    assert_eq!(own.text("kind-process"), "Process", "English beneath it");
    assert_eq!(own.text("no-such-message"), "no-such-message");
    let broken = Catalogue::from_text("nl", "kind-outcome = Uitkomst\n\nkind-process = { $n\n").unwrap_err();
    assert!(matches!(broken, I18nError::Syntax { line: 3, .. }), "{broken:?}");
}

#[test]
fn a_sites_own_messages_lie_over_its_languages_catalogue_and_english() {
    let german = Catalogue::for_site("de-AT", Some("status-active = Läuft\n")).expect("German with its own words");
    assert_eq!(german.text("status-active"), "Läuft", "the community's word");
    assert_eq!(german.text("status-paused"), "Pausiert", "German beneath it");
    assert_eq!(german.language(), "de-AT");
    let dutch = Catalogue::for_site("nl", Some("status-active = Actief\n")).expect("Dutch");
    assert_eq!((dutch.text("status-active"), dutch.text("status-paused")), ("Actief".into(), "Paused".into()));
    assert_eq!(Catalogue::for_site("nl", None).expect("English").language(), "en");
    assert_eq!(Catalogue::for_site("fr", None).expect("French").text("status-active"), "Actif");
    assert!(matches!(Catalogue::for_site("de", Some("x = {\n")), Err(I18nError::Syntax { line: 1, .. })));
}
