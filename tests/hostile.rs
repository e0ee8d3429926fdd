//! Hostile input: each gets a clear diagnostic, none panics, none blows up memory or time.

use crate::harness::Repo;

fn goal_with_front_matter(front_matter: &str) -> String {
    format!("---\ntitle: A goal\nkind: outcome\nstatus: active\n{front_matter}---\n")
}

#[test]
fn yaml_alias_bomb() {
    let mut yaml = String::from("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..12 {
        let p = i - 1;
        yaml.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
    }
    let repo = Repo::fixture("check", "_base");
    repo.write("goals/bomb.md", format!("---\n{yaml}---\n"));
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("goals/bomb.md:"), "{lines:?}");
    assert!(lines[0].contains("error: invalid YAML: the YAML") && lines[0].contains("aliases"), "{lines:?}");
}

#[test]
fn yaml_nested_ten_thousand_deep() {
    let repo = Repo::fixture("check", "_base");
    repo.write(
        "goals/deep.md",
        goal_with_front_matter(&format!("tags: {}{}\n", "[".repeat(10_000), "]".repeat(10_000))),
    );
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(lines, ["goals/deep.md:5:262: error: invalid YAML: values are nested too deeply"]);
}

#[test]
fn toml_nested_ten_thousand_deep() {
    let repo = Repo::fixture("check", "_base");
    let toml = format!("+++\ntitle = \"A\"\ntags = {}{}\n+++\n", "[".repeat(10_000), "]".repeat(10_000));
    repo.write("goals/deep.md", toml);
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("goals/deep.md:3:") && lines[0].contains("error: invalid TOML:"), "{lines:?}");
}

#[test]
fn fifty_mebibyte_file() {
    let repo = Repo::fixture("check", "_base");
    let path = repo.path().join("goals/huge.md");
    let file = std::fs::File::create(&path).unwrap();
    // A sparse file: 50 MiB long, almost nothing on disk.
    file.set_len(50 << 20).unwrap();
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "goals/huge.md: error: file is larger than the limit of 1048576 bytes (hint: split the text, or move large media to `static/` and link to it)"
        ]
    );
}

#[test]
fn front_matter_of_one_mebibyte() {
    let repo = Repo::fixture("check", "_base");
    let padding = "# padding padding padding padding padding padding padding padding padding\n".repeat(13_000);
    assert!(padding.len() > 950_000 && padding.len() < 1_000_000);
    repo.write("goals/big.md", goal_with_front_matter(&padding));
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "goals/big.md:1:1: error: front matter is larger than the limit of 65536 bytes (hint: keep long text in the body, after the front matter)"
        ]
    );
}

#[cfg(unix)]
#[test]
fn symlink_out_of_the_repository() {
    let repo = Repo::fixture("check", "_base");
    std::os::unix::fs::symlink("/etc/passwd", repo.path().join("goals/passwd.md")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", repo.path().join("charter-link.md")).unwrap();
    repo.remove("charter.md");
    std::fs::rename(repo.path().join("charter-link.md"), repo.path().join("charter.md")).unwrap();
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    let hint = "(hint: copy the file into the repository instead of linking to it)";
    assert_eq!(
        lines,
        [
            format!("charter.md: error: symbolic link points outside the repository, to `/etc/passwd` {hint}"),
            format!("goals/passwd.md: error: symbolic link points outside the repository, to `/etc/passwd` {hint}"),
        ]
    );
}

#[cfg(unix)]
#[test]
fn symlink_inside_the_repository_is_read() {
    let repo = Repo::fixture("check", "_base");
    repo.write("common/goal.md", goal_with_front_matter(""));
    std::os::unix::fs::symlink("../common/goal.md", repo.path().join("goals/linked.md")).unwrap();
    let (code, lines) = repo.check_short();
    assert_eq!((code, lines), (0, vec![]));
}

#[test]
fn file_names_with_dot_dot_segments() {
    let repo = Repo::fixture("check", "_base");
    repo.write("goals/..evil.md", goal_with_front_matter("")).write("goals/a..b.md", goal_with_front_matter(""));
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "goals/..evil.md: error: `..evil` is not a valid goal name: it contains `.`: only lowercase letters, digits and `-` are allowed (hint: rename it to `evil.md` (lowercase letters, digits and `-`))",
            "goals/a..b.md: error: `a..b` is not a valid goal name: it contains `.`: only lowercase letters, digits and `-` are allowed (hint: rename it to `a-b.md` (lowercase letters, digits and `-`))",
        ]
    );
}

#[test]
fn invalid_utf8() {
    let repo = Repo::fixture("check", "_base");
    let mut bytes = goal_with_front_matter("").into_bytes();
    bytes.extend_from_slice(b"Caf\xe9 au lait\n");
    repo.write("goals/latin1.md", bytes);
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(lines, ["goals/latin1.md:6:4: error: file is not valid UTF-8 (hint: save the file as UTF-8)"]);
}

#[test]
fn binary_garbage_in_every_file_kind() {
    let repo = Repo::fixture("check", "_base");
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    for path in ["cairn.toml", "charter.md", "goals/g.md", "goals/c/_index.md", "updates/u.md"] {
        repo.write(path, &garbage);
    }
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 5, "one diagnostic per file: {lines:?}");
}

#[test]
fn front_matter_that_is_not_a_table() {
    let repo = Repo::fixture("check", "_base");
    repo.write("goals/list.md", "---\n- a\n- b\n---\n").write("goals/scalar.md", "---\njust text\n---\n");
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "goals/list.md:1:1: error: front matter must be keys and values, found a list",
            "goals/scalar.md:1:1: error: front matter must be keys and values, found text",
        ]
    );
}

#[test]
fn positions_survive_crlf_and_multibyte_text() {
    let repo = Repo::fixture("check", "_base");
    // "Café ☕ 🌍" before the mistake: columns count characters, offsets count bytes.
    repo.write(
        "goals/crlf.md",
        "---\r\ntitle: Café ☕ 🌍\r\nsummary: \"ünïcödé\"\r\nkind: outcom\r\nstatus: active\r\n---\r\n",
    );
    repo.write("goals/tail.md", "---\ntitle: 🌍🌍🌍\nkind: outcome\nstatus: active\nowners: [ünï]\n---\n");
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert_eq!(
        lines,
        [
            "goals/crlf.md:4:7: error: `outcom` is not a valid `kind` (hint: did you mean `outcome`?)",
            "goals/tail.md:5:10: error: `ünï` in `owners` is not a git-host login: it contains `ü`: only ASCII letters, digits, `_`, `.` and `-` are allowed (hint: use git-host logins such as `amara`, not names or e-mail addresses)",
        ]
    );
}

#[test]
fn text_garbage_in_every_file_kind() {
    // Valid UTF-8 this time, so that it reaches the YAML and TOML parsers.
    let repo = Repo::fixture("check", "_base");
    let pieces =
        ["---\n", "+++\n", ": ", "[", "{", "&a ", "*a", "\"", "'", "#", "\t", "- ", "= ", "é", "\u{202e}", "\n"];
    let garbage: String =
        (0..2000u32).map(|i| pieces[(i.wrapping_mul(2_654_435_761) >> 7) as usize % pieces.len()]).collect();
    for path in ["cairn.toml", "charter.md", "goals/g.md", "goals/c/_index.md", "updates/u.md"] {
        repo.write(path, format!("---\n{garbage}"));
    }
    let (code, lines) = repo.check_short();
    assert_eq!(code, 1);
    assert!(lines.len() >= 5, "at least one diagnostic per file: {lines:?}");
}
