//! kubernetes/enhancements checkouts in the shape upstream has them (`tests/fixtures/import/
//! enhancements/`, written for these tests).

use std::path::PathBuf;

use super::*;
use crate::Problem;

fn imported() -> Import {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/import/enhancements");
    import(&src, "enhancements").expect("the fixture imports")
}

fn file<'a>(import: &'a Import, rel: &str) -> &'a Planned {
    let paths: Vec<&str> = import.plan.files.iter().map(|(p, _)| p.as_str()).collect();
    &import.plan.files.iter().find(|(p, _)| p == rel).unwrap_or_else(|| panic!("no {rel}: {paths:?}")).1
}

fn key<'a>(planned: &'a Planned, key: &str) -> Option<&'a Yaml> {
    planned.owned.iter().chain(&planned.initial).find(|(k, _)| *k == key).map(|(_, v)| v)
}

fn plain_list(items: &[&str]) -> Yaml {
    Yaml::List(items.iter().map(Yaml::plain).collect())
}

#[test]
fn each_sig_is_a_sub_community_and_each_kep_folder_a_goal() {
    let import = imported();
    let paths: Vec<&str> = import.plan.files.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "goals/sig-api-machinery/_index.md",
            "goals/sig-cluster-lifecycle/_index.md",
            "goals/sig-node/_index.md",
            "goals/sig-api-machinery/365-paginated-lists.md",
            "goals/sig-api-machinery/4355-coordinated-election.md",
            "goals/sig-cluster-lifecycle/2503-kubeadm-config.md",
            "goals/sig-node/1234-old-swap.md",
            "goals/sig-node/2400-node-swap.md",
        ],
        "no template, no production readiness files, the broken kep.yaml left out, a group's KEP in its SIG"
    );
    assert_eq!(key(file(&import, "goals/sig-node/_index.md"), "title"), Some(&Yaml::text("SIG Node")));
}

#[test]
fn kep_yaml_becomes_status_people_dates_relations_and_links() {
    let import = imported();
    let swap = file(&import, "goals/sig-node/2400-node-swap.md");
    assert_eq!(key(swap, "title"), Some(&Yaml::text("Node memory swap support")));
    assert_eq!(key(swap, "status"), Some(&Yaml::plain("active")), "implementable");
    assert_eq!(key(swap, "owners"), Some(&plain_list(&["amara", "bo-chen"])), "with and without `@`");
    let people =
        Yaml::Block(vec![("reviewer".into(), plain_list(&["chidi"])), ("approver".into(), plain_list(&["dara"]))]);
    assert_eq!(key(swap, "people"), Some(&people), "curly quotes and TBD");
    assert_eq!(key(swap, "started"), Some(&Yaml::plain("2021-01-07")), "an unpadded date, padded");
    assert_eq!(key(swap, "replaces"), Some(&plain_list(&["1234-old-swap"])), "the other KEP's superseded-by");
    assert_eq!(key(swap, "tags"), Some(&Yaml::List(vec![Yaml::text("beta"), Yaml::text("sig-storage")])));
    let links = format!("{:?}", key(swap, "links"));
    for expected in [
        "https://github.com/kubernetes/enhancements/issues/2400",
        "KEP-1234: Swap, the first try",
        "KEP-4355: Coordinated leader election",
        "the original issue",
    ] {
        assert!(links.contains(expected), "{expected}: {links}");
    }
    let old = file(&import, "goals/sig-node/1234-old-swap.md");
    assert_eq!(key(old, "status"), Some(&Yaml::plain("retired")), "replaced");
    assert_eq!(
        key(file(&import, "goals/sig-api-machinery/4355-coordinated-election.md"), "status"),
        Some(&Yaml::plain("achieved"))
    );
}

#[test]
fn the_milestones_are_a_checklist_and_the_readme_follows() {
    let import = imported();
    let body = file(&import, "goals/sig-node/2400-node-swap.md").body.clone().unwrap_or_default();
    assert!(body.starts_with("## Milestones\n\n- [x] Alpha in v1.22\n- [x] Beta in v1.28\n- [ ] Stable\n"), "{body}");
    assert!(body.contains("- \\[x] (R) Enhancement issue"), "the sign-off checklist is no progress: {body}");
    assert!(!body.contains("# KEP-2400"), "the title is the front matter's: {body}");
    assert!(body.contains("[the old proposal](1234-old-swap.md)"), "{body}");
    assert!(body.contains("[the election KEP](../sig-api-machinery/4355-coordinated-election.md#design)"), "{body}");
    assert!(body.contains(
        "<img src=https://github.com/kubernetes/enhancements/raw/HEAD/keps/sig-node/2400-node-swap/swap-diagram.png"
    ));
    let done = file(&import, "goals/sig-api-machinery/4355-coordinated-election.md").body.clone().unwrap_or_default();
    assert!(done.contains("- [x] Stable in v1.35"), "{done}");
    let paginated = file(&import, "goals/sig-api-machinery/365-paginated-lists.md");
    assert_eq!(
        key(paginated, "title"),
        Some(&Yaml::text("Paginated API lists")),
        "the template's title is none: README.MD's"
    );
}

#[test]
fn what_cannot_be_imported_is_a_finding_at_its_line_and_the_rest_imports() {
    let import = imported();
    let found: Vec<(String, usize, &str)> = import.findings.iter().map(|f| f.placed("enhancements/keps/")).collect();
    let expected = [
        ("sig-api-machinery/365-paginated-lists/kep.yaml", 6, "import-unknown-status"),
        ("sig-api-machinery/365-paginated-lists/kep.yaml", 7, "import-bad-value"),
        ("sig-api-machinery/4355-coordinated-election/kep.yaml", 7, "import-bad-date"),
        ("sig-cluster-lifecycle/kubeadm/2503-kubeadm-config/kep.yaml", 1, "import-missing-title"),
        ("sig-cluster-lifecycle/kubeadm/2503-kubeadm-config/kep.yaml", 5, "import-bad-value"),
        ("sig-cluster-lifecycle/kubeadm/2503-kubeadm-config/kep.yaml", 8, "import-bad-date"),
        ("sig-node/2400-node-swap/kep.yaml", 15, "import-bad-value"),
        ("sig-node/2400-node-swap/kep.yaml", 20, "import-bad-value"),
        ("sig-node/3000-broken-yaml/kep.yaml", 2, "import-unreadable"),
    ];
    assert_eq!(found, expected.map(|(p, l, c)| (p.to_owned(), l, c)));
    let Problem::BadDate { value, .. } = &import.findings[2].problem else { panic!("{:?}", import.findings[2]) };
    assert_eq!(value, "2023-14-05");
    let untitled = file(&import, "goals/sig-cluster-lifecycle/2503-kubeadm-config.md");
    assert_eq!(key(untitled, "title"), Some(&Yaml::text("2503 kubeadm config")));
    assert_eq!(key(untitled, "started"), None, "no date rather than a wrong one");
}

#[test]
fn a_folder_that_is_no_checkout_is_refused() {
    let dir = tempfile::tempdir().expect("a folder");
    let err = import(dir.path(), "here").expect_err("no KEPs");
    assert!(err.to_string().contains("is not a checkout of kubernetes/enhancements"), "{err}");
}
