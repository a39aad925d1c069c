//! Every example case of ../shared/clinical/cases/ (copied to tests/cases/)
//! gives the expected results.

use mbc_aid::check::{check_dir, check_expect, CheckOutcome};
use mbc_aid::{evaluate, Case};
use std::path::Path;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/clinical/cases");

#[test]
fn every_example_case_passes() {
    let results = check_dir(Path::new(DIR)).unwrap();
    assert_eq!(results.len(), 15, "expected the 15 example cases");
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(name, o)| match o {
            CheckOutcome::Pass => None,
            CheckOutcome::Fail(p) => Some(format!("{name}: {p:?}")),
        })
        .collect();
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The copy in tests/cases/ must not drift from the shared originals. Only a
/// clone without ../shared beside it (a fresh machine) cannot compare.
#[test]
fn example_cases_match_the_shared_originals() {
    let shared = Path::new(SHARED);
    if !shared.is_dir() {
        eprintln!("note: {SHARED} is not present; the copy in tests/cases/ is used as is");
        return;
    }
    for entry in std::fs::read_dir(shared).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let ours = Path::new(DIR).join(path.file_name().unwrap());
            assert_eq!(
                std::fs::read_to_string(&path).unwrap(),
                std::fs::read_to_string(&ours).unwrap_or_default(),
                "{} differs from its shared original",
                ours.display()
            );
        }
    }
}

#[test]
fn a_wrong_expectation_is_reported() {
    let case = Case::from_json(r#"{"her2":"positive"}"#).unwrap();
    let a = evaluate(&case);
    let expect = serde_json::json!({
        "strategy": "endocrine",
        "preferred_includes": ["nsai"],
        "alerts_include": ["visceral_crisis"],
        "no_therapy": true,
        "unheard_of": 1
    });
    let problems = check_expect(&a, &expect);
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("unknown expectation key `unheard_of`")));
}
