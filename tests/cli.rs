//! The command-line evaluator: JSON out, exit 0; a bad case, one line on
//! standard error naming the problem, exit 2.

use std::io::Write;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_mbc-aid");
const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn evaluate_prints_the_assessment_with_the_spec_field_names() {
    let (code, out, err) = run(
        &["evaluate", "-"],
        r#"{"her2":"negative","er":"positive","menopause":"post","sites":["bone"],"visceral_crisis":"no","rapid_progression":"no"}"#,
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for field in ["subtype", "strategy", "chemo_mode", "path", "options", "alerts", "missing"] {
        assert!(v.get(field).is_some(), "no {field} in {out}");
    }
    assert_eq!(v["strategy"], "endocrine");
    assert_eq!(v["chemo_mode"], serde_json::Value::Null);
    assert_eq!(v["options"][0]["id"], "nsai");
    assert_eq!(v["options"][0]["role"], "preferred");
    assert!(v["options"][0]["refs"].as_array().unwrap().iter().any(|r| r == "mouridsen2001"));
}

#[test]
fn evaluate_reads_a_file() {
    let file = format!("{CASES}/tnbc_first_line_naive.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let case = serde_json::from_str::<serde_json::Value>(&text).unwrap()["case"].to_string();
    let path = std::env::temp_dir().join(format!("mbc-aid-cli-{}.json", std::process::id()));
    std::fs::write(&path, case).unwrap();
    let (code, out, _) = run(&["evaluate", path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert_eq!(code, 0);
    assert!(out.contains("\"triple_negative\""));
}

#[test]
fn a_bad_case_is_one_line_naming_the_field_and_exit_2() {
    let (code, out, err) = run(&["evaluate", "-"], r#"{"visceral_crsis": "yes"}"#);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("visceral_crsis"), "{err}");
    let (code, _, err) = run(&["evaluate", "/nonexistent/case.json"], "");
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    let (code, _, err) = run(&["frobnicate"], "");
    assert_eq!(code, 2);
    assert!(err.contains("usage"), "{err}");
}

#[test]
fn check_runs_every_example_and_reports_failures() {
    let (code, out, _) = run(&["check", CASES], "");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("15 passed, 0 failed"), "{out}");

    let dir = std::env::temp_dir().join(format!("mbc-aid-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("wrong.json"),
        r#"{"name":"wrong","case":{"her2":"positive"},"expect":{"strategy":"endocrine"}}"#,
    )
    .unwrap();
    let (code, out, _) = run(&["check", dir.to_str().unwrap()], "");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code, 1);
    assert!(out.contains("FAILED wrong") && out.contains("expected \"endocrine\", got out_of_scope"), "{out}");
}

#[test]
fn the_visceral_crisis_alert_speaks_to_where_the_case_goes() {
    let message = |case: &str| {
        let (code, out, _) = run(&["evaluate", "-"], case);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let alert = v["alerts"].as_array().unwrap().iter().find(|a| a["code"] == "visceral_crisis").cloned().unwrap();
        assert_eq!(alert["severity"], "urgent");
        alert["message"].as_str().unwrap().to_string()
    };
    assert!(message(r#"{"her2":"unknown","visceral_crisis":"yes"}"#).contains("must not wait for re-testing"));
    let hr = message(r#"{"her2":"negative","er":"positive","visceral_crisis":"yes"}"#);
    assert!(hr.contains("not the first approach") && !hr.contains("re-testing"), "{hr}");
    let her2 = message(r#"{"her2":"positive","visceral_crisis":"yes"}"#);
    assert!(!her2.contains("re-testing") && !her2.contains("chemotherapy"), "{her2}");
}

#[test]
fn whatif_prints_each_missing_input_with_its_values_and_exits_as_evaluate() {
    let case = r#"{"her2":"negative","er":"positive","menopause":"post","age":67,"rapid_progression":"no","vte_history":"no"}"#;
    let (code, out, err) = run(&["whatif", "-"], case);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let first = &v[0];
    assert_eq!(first["field"], "visceral_crisis");
    assert_eq!(first["effect"], "strategy");
    let yes = first["values"].as_array().unwrap().iter().find(|o| o["value"] == "yes").unwrap();
    assert_eq!(yes["strategy"], "chemotherapy");
    assert!(yes["preferred"].is_array() && yes["path"].is_array() && yes["path_changes"] == true);
    let (code, out, err) = run(&["whatif", "-"], r#"{"age": 300}"#);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.contains("age") && err.lines().count() == 1, "{err}");
}

/// The evaluator's output is a contract: for every example case it stays
/// byte for byte as recorded in tests/golden/ (moving wording into the
/// knowledge base, or typing `missing`, must not change a character).
#[test]
fn evaluate_output_is_byte_for_byte_as_recorded() {
    let golden = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    let mut compared = 0;
    for entry in std::fs::read_dir(CASES).unwrap() {
        let path = entry.unwrap().path();
        let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let (code, out, err) = run(&["evaluate", "-"], &doc["case"].to_string());
        assert_eq!(code, 0, "{err}");
        let recorded =
            std::fs::read_to_string(format!("{golden}/{}", path.file_name().unwrap().to_string_lossy())).unwrap();
        assert_eq!(out, recorded, "{}", path.display());
        compared += 1;
    }
    assert_eq!(compared, 15);
}

/// One constant names the clinical content everywhere (the About page, the
/// print-outs, the start screen and here), and it names a version that the
/// specification's own history records.
#[test]
fn version_names_the_clinical_content_from_the_one_constant() {
    let version = mbc_aid::kb::provenance::CONTENT_VERSION;
    let (code, out, err) = run(&["--version"], "");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), format!("mbc-aid {} ({version})", env!("CARGO_PKG_VERSION")));
    assert!(mbc_aid::start_screen::html().contains(version), "the start screen does not show {version}");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/clinical/ALGORITHM.md");
    let Ok(spec) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} is not present; the version is not compared");
        return;
    };
    let number = version.rsplit(' ').next().unwrap();
    assert!(
        spec.lines().next().unwrap().contains(&format!("{number}:")),
        "{number} is not in ALGORITHM.md's version history"
    );
}

#[test]
fn assumptions_prints_the_alerts_the_answer_rests_on() {
    let (code, out, err) = run(&["assumptions", "-"], r#"{"her2":"negative","er":"positive","menopause":"post"}"#);
    assert_eq!(code, 0, "{err}");
    let codes: Vec<String> = serde_json::from_str(&out).unwrap();
    assert_eq!(codes, ["assess_pace"], "pace not assessed: endocrine therapy is provisional");
    let (code, _, err) = run(&["assumptions", "-"], r#"{"age": 300}"#);
    assert_eq!((code, err.lines().count()), (2, 1), "{err}");
}
