//! Exports write one file per voter, replace earlier exports, drop the voters who are
//! gone, leave hand-written ballots alone, and refuse to empty a folder from an empty
//! database.

use cairn_model::{Choice, Slug};

use super::*;

fn keys() -> Keys {
    Keys::from_master(&[7; 32])
}

fn stored(voter: &str, option: &str) -> StoredBallot {
    StoredBallot { voter: voter.to_owned(), choice: Choice::Single(Slug::new(option).expect("slug")), cast_at: 0 }
}

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("the folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    names
}

#[test]
fn files_are_named_by_export_id_and_hold_the_ballot() {
    let files = ballot_files(&keys(), "roadmap", &[stored("invite:abc", "rivers")]);
    let (name, text) = &files[0];
    assert_eq!(name, &format!("{}.toml", keys().export_id("roadmap", "invite:abc")));
    assert!(is_exported(name) && !name.contains("abc"), "{name}");
    assert_eq!(text, "# Exported from the vote endpoint.\nchoice = \"rivers\"\n");
    // The same voter in another poll is another file name.
    assert_ne!(ballot_files(&keys(), "other", &[stored("invite:abc", "rivers")])[0].0, *name);
}

#[test]
fn a_second_export_replaces_the_first_and_drops_only_exported_voters_who_are_gone() {
    let repo = tempfile::tempdir().expect("a folder");
    let folder = repo.path().join("polls/roadmap/ballots");
    let first = ballot_files(&keys(), "roadmap", &[stored("invite:a", "rivers"), stored("invite:b", "trails")]);
    assert_eq!(write_ballot_files(&folder, "roadmap", &first).expect("written"), (2, 0));
    std::fs::write(folder.join("amara.toml"), "choice = \"trails\"\n").expect("a hand-written ballot");
    // `b` withdrew; `a` changed their mind.
    let second = ballot_files(&keys(), "roadmap", &[stored("invite:a", "trails")]);
    assert_eq!(write_ballot_files(&folder, "roadmap", &second).expect("written"), (1, 1));
    assert_eq!(names(&folder), ["amara.toml".to_owned(), second[0].0.clone()]);
    let text = std::fs::read_to_string(folder.join(&second[0].0)).expect("the file");
    assert!(text.ends_with("choice = \"trails\"\n"), "{text}");
}

#[test]
fn an_empty_database_never_empties_a_folder_of_exported_ballots() {
    let repo = tempfile::tempdir().expect("a folder");
    let folder = repo.path().join("polls/roadmap/ballots");
    // Nothing exported yet and nothing to export: nothing to refuse.
    assert_eq!(write_ballot_files(&folder, "roadmap", &[]).expect("nothing to do"), (0, 0));
    let files = ballot_files(&keys(), "roadmap", &[stored("invite:a", "rivers")]);
    write_ballot_files(&folder, "roadmap", &files).expect("written");
    let err = write_ballot_files(&folder, "roadmap", &[]).expect_err("refused");
    assert!(matches!(err, ExportError::EmptyDatabase { files: 1, .. }), "{err}");
    assert!(err.to_string().contains("is `--database` the endpoint's?"), "{err}");
    assert_eq!(names(&folder), [files[0].0.clone()], "nothing was removed");
}

#[test]
fn a_folder_that_cannot_be_made_is_named() {
    let repo = tempfile::tempdir().expect("a folder");
    std::fs::write(repo.path().join("polls"), "a file where the folder goes").expect("a file");
    let folder = repo.path().join("polls/roadmap/ballots");
    let files = ballot_files(&keys(), "roadmap", &[stored("invite:a", "rivers")]);
    let err = write_ballot_files(&folder, "roadmap", &files).expect_err("no folder");
    assert!(matches!(err, ExportError::Io { .. }) && err.to_string().starts_with("cannot "), "{err}");
    assert!(err.to_string().contains("polls/roadmap/ballots"), "{err}");
}
