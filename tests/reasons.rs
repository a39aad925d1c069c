//! What the results say: every option not offered has its specific reason,
//! the role and its reasons agree, and no internal code or markup reaches a
//! reason, an alert or a reference (issue: what the screen shows is exactly
//! what the engine used).

use mbc_aid::engine::why_not;
use mbc_aid::ids::OptionId;
use mbc_aid::kb::refs::REFERENCES;
use mbc_aid::{evaluate, Assessment, Case};
use serde_json::{json, Value};

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
const GENERIC: &str = mbc_aid::kb::wording::why_not::NOT_ON_BRANCH;

fn case(v: Value) -> Case {
    Case::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}: {v}"))
}

fn example_cases() -> Vec<(String, Case)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(CASES).unwrap() {
        let path = entry.unwrap().path();
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        out.push((doc["name"].as_str().unwrap().to_string(), case(doc["case"].clone())));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The example cases plus cases that list each not-recommended option the spec has.
fn cases() -> Vec<(String, Case)> {
    let base = json!({
        "age": 67, "menopause": "post", "ecog": 1, "er": "positive", "pr": "positive", "her2": "negative",
        "receptor_source": "metastasis", "biopsy": "done", "staging_done": "yes", "sites": ["bone"],
        "visceral_crisis": "no", "rapid_progression": "no"
    });
    let with = |changes: Value| {
        let mut c = base.clone();
        for (k, v) in changes.as_object().unwrap() {
            c[k] = v.clone();
        }
        case(c)
    };
    let mut all = example_cases();
    all.push(("first line".into(), with(json!({}))));
    all.push((
        "after letrozole".into(),
        with(json!({ "endocrine_history": [{ "agent": "letrozole", "setting": "metastatic", "outcome": "progressed", "benefit": "yes" }] })),
    ));
    all.push(("rapid progression".into(), with(json!({ "rapid_progression": "yes" }))));
    all.push(("triple-negative".into(), with(json!({ "er": "negative", "pr": "negative" }))));
    all.push((
        "triple-negative after A and T".into(),
        with(json!({ "er": "negative", "pr": "negative", "vte_history": "yes", "chemo_history": [
            { "agent": "anthracycline", "setting": "adjuvant", "outcome": "stopped_toxicity" },
            { "agent": "taxane", "setting": "metastatic", "outcome": "progressed", "benefit": "no" }
        ] })),
    ));
    all
}

fn reasons_of(a: &Assessment, id: OptionId) -> String {
    a.option(id).map(|o| o.reasons.join(" ")).unwrap_or_default()
}

/// A word made of lower-case letters joined by underscores: an internal id.
fn snake_case_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
        .filter(|w| w.contains('_') && !w.starts_with('_') && !w.ends_with('_'))
        .map(String::from)
        .collect()
}

#[test]
fn every_option_not_offered_has_its_specific_reason() {
    for (name, c) in example_cases() {
        let a = evaluate(&c);
        let generic: Vec<OptionId> =
            why_not(&c, &a).into_iter().filter(|(_, r)| r == GENERIC).map(|(id, _)| id).collect();
        assert!(generic.is_empty(), "{name}: generic reason for {generic:?}");
    }
    let progressed_on_letrozole = cases().into_iter().find(|(n, _)| n == "post_progressed_on_letrozole").unwrap().1;
    let a = evaluate(&progressed_on_letrozole);
    let why: Vec<(OptionId, String)> = why_not(&progressed_on_letrozole, &a);
    let reason = |id: OptionId| why.iter().find(|(i, _)| *i == id).map(|(_, r)| r.clone()).unwrap_or_default();
    assert!(
        reason(OptionId::Nsai).contains("resistant") && reason(OptionId::Nsai).contains("letrozole"),
        "{}",
        reason(OptionId::Nsai)
    );
    assert!(reason(OptionId::Megestrol).contains("Listed only at"), "{}", reason(OptionId::Megestrol));
    assert!(reason(OptionId::Docetaxel).contains("chemotherapy"), "{}", reason(OptionId::Docetaxel));
    let tnbc = cases().into_iter().find(|(n, _)| n == "triple-negative").unwrap().1;
    let a = evaluate(&tnbc);
    let why = why_not(&tnbc, &a);
    let nsai = &why.iter().find(|(i, _)| *i == OptionId::Nsai).unwrap().1;
    assert!(nsai.contains("triple-negative"), "{nsai}");
}

#[test]
fn the_precedence_is_exclusion_then_prior_use_then_step() {
    // Premenopausal with progression on letrozole: the input (menopause) excludes NSAI before the exposure does.
    let c = case(json!({
        "age": 45, "menopause": "pre", "ecog": 1, "er": "positive", "pr": "positive", "her2": "negative",
        "visceral_crisis": "no", "rapid_progression": "no",
        "endocrine_history": [{ "agent": "letrozole", "setting": "metastatic", "outcome": "progressed", "benefit": "yes" }]
    }));
    let a = evaluate(&c);
    let why = why_not(&c, &a);
    let nsai = &why.iter().find(|(i, _)| *i == OptionId::Nsai).unwrap().1;
    assert!(nsai.contains("postmenopausal"), "{nsai}");
}

#[test]
fn eribulin_and_ixabepilone_quote_their_2012_labels() {
    let c = cases().into_iter().find(|(n, _)| n == "triple-negative").unwrap().1;
    let a = evaluate(&c);
    assert_eq!(
        reasons_of(&a, OptionId::Eribulin),
        "Labelled in 2012 after at least two chemotherapy regimens for metastatic disease, including an anthracycline and a taxane (adjuvant or metastatic)."
    );
    assert_eq!(
        reasons_of(&a, OptionId::Ixabepilone),
        "Labelled in 2012 after an anthracycline and a taxane have failed (with capecitabine), or after an anthracycline, a taxane and capecitabine (alone)."
    );
}

#[test]
fn cmf_is_never_called_a_single_agent() {
    for (name, c) in cases() {
        let a = evaluate(&c);
        let cmf = reasons_of(&a, OptionId::Cmf);
        assert!(!cmf.contains("single agent"), "{name}: {cmf}");
    }
    assert!(!mbc_aid::kb::options::option(OptionId::Cmf).summary.contains("single agent"));
}

#[test]
fn a_not_recommended_option_has_no_reason_that_reads_as_a_choice() {
    let mut seen = 0;
    for (name, c) in cases() {
        for o in evaluate(&c).options.iter().filter(|o| !o.role.is_offered()) {
            seen += 1;
            let text = o.reasons.join(" ").to_lowercase();
            assert!(
                !text.contains("choice") && !text.contains("preferred"),
                "{name}: {} not recommended, yet: {text}",
                o.id
            );
        }
    }
    assert!(seen >= 10, "too few not-recommended options probed: {seen}");
}

#[test]
fn no_internal_code_or_markup_in_reasons_alerts_or_references() {
    for (name, c) in cases() {
        let a = evaluate(&c);
        let texts = a
            .options
            .iter()
            .flat_map(|o| o.reasons.iter().cloned())
            .chain(a.alerts.iter().map(|al| al.message.clone()))
            .chain(a.facts.iter().cloned())
            .chain(why_not(&c, &a).into_iter().map(|(_, r)| r));
        for t in texts {
            assert!(snake_case_words(&t).is_empty() && !t.contains("**"), "{name}: {t}");
        }
    }
    for r in REFERENCES {
        for t in [r.citation, r.study, r.result] {
            assert!(!t.contains("**") && snake_case_words(t).is_empty(), "{}: {t}", r.id);
        }
    }
    assert_eq!(snake_case_words("Caution (vte_history): x"), ["vte_history"], "the scanner finds a code");
}

#[test]
fn unrecorded_staging_is_not_called_undone() {
    let base = json!({ "her2": "negative", "er": "positive", "menopause": "post" });
    let message = |staging: Value| {
        let mut c = base.clone();
        c["staging_done"] = staging;
        let a = evaluate(&case(c));
        a.alerts
            .iter()
            .find(|al| al.code.as_str() == "staging_recommended")
            .map(|al| al.message.clone())
            .unwrap_or_default()
    };
    assert!(
        message(Value::Null).contains("not recorded") && !message(Value::Null).contains("not done"),
        "{}",
        message(Value::Null)
    );
    assert!(message(json!("no")).contains("not done"), "{}", message(json!("no")));
    assert_eq!(message(json!("yes")), "");
    let plain = mbc_aid::kb::alerts::alert(mbc_aid::ids::AlertCode::StagingRecommended).plain;
    assert!(!plain.contains("not complete") && !plain.contains("not done"), "{plain}");
}

#[test]
fn unknown_vte_is_missing_when_a_thrombotic_option_is_offered() {
    let c = |vte: Value| {
        case(json!({ "age": 45, "menopause": "pre", "er": "positive", "her2": "negative", "visceral_crisis": "no",
                     "rapid_progression": "no", "vte_history": vte }))
    };
    let a = evaluate(&c(Value::Null));
    assert!(a.is_offered(OptionId::Tamoxifen) || a.is_offered(OptionId::OfsTamoxifen));
    assert!(a.missing.iter().any(|m| m == "vte_history"), "{:?}", a.missing);
    assert!(!evaluate(&c(json!("no"))).missing.iter().any(|m| m == "vte_history"));
    // Triple-negative: no thrombotic option, so VTE changes nothing.
    let tnbc = case(
        json!({ "er": "negative", "pr": "negative", "her2": "negative", "visceral_crisis": "no", "rapid_progression": "no" }),
    );
    assert!(!evaluate(&tnbc).missing.iter().any(|m| m == "vte_history"));
}

/// Every caution the engine writes on an option shows as a badge on its
/// compact card (`kb::labels::badge`): probed on every example with each
/// organ-function, VTE and neuropathy input yes and unknown, and with a prior
/// toxicity and an age of 65.
#[test]
fn every_caution_has_a_badge() {
    use mbc_aid::kb::labels::badge;
    let mut seen = 0;
    for (name, c) in example_cases() {
        let base = serde_json::to_value(&c).unwrap();
        let mut probes = vec![base.clone()];
        for field in ["vte_history", "neuropathy", "hepatic_impairment", "renal_impairment", "lvef_reduced"] {
            for value in [json!("yes"), Value::Null] {
                let mut p = base.clone();
                p[field] = value;
                probes.push(p);
            }
        }
        let mut p = base.clone();
        p["age"] = json!(70);
        p["chemo_history"] = json!([{"agent": "taxane", "setting": "metastatic", "outcome": "stopped_toxicity"}]);
        probes.push(p);
        for probe in probes {
            let c = Case::from_json(&probe.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
            for o in evaluate(&c).options.iter().filter(|o| o.role.is_offered()) {
                for r in o.reasons.iter().filter(|r| r.starts_with("Caution")) {
                    assert!(badge(r).is_some(), "{name}: {}: no badge for {r:?}", o.id);
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 20, "only {seen} cautions probed");
    assert!(badge(&mbc_aid::kb::wording::caution_prior_toxicity("taxane")).is_some());
    assert_eq!(badge("Equal choice (clinician choice)."), None);
}

/// "Why not …?" keeps an abbreviation's case ("HER2 negative", never "hER2")
/// and reads as a sentence, not as the rule table's "otherwise".
#[test]
fn why_not_keeps_abbreviations_and_reads_as_a_sentence() {
    use mbc_aid::engine::why_not;
    let mut seen = 0;
    for c in [
        r#"{"her2":"negative","er":"positive","menopause":"post","visceral_crisis":"no","rapid_progression":"no"}"#,
        r#"{"her2":"negative","er":"negative","pr":"negative","visceral_crisis":"no","rapid_progression":"no","ecog":1}"#,
    ] {
        let case = mbc_aid::Case::from_json(c).unwrap();
        for (id, why) in why_not(&case, &mbc_aid::evaluate(&case)) {
            assert!(!why.contains("hER2") && !why.contains("eCOG") && !why.contains("eR "), "{id}: {why}");
            assert!(!why.to_lowercase().contains("otherwise (or when"), "{id}: {why}");
            seen += 1;
        }
    }
    assert!(seen > 20, "{seen} reasons read");
}

/// "Why not …?" answers for an alternative too: one line saying why it is
/// not first, the reason that places it (not a caution or a standing note).
#[test]
fn every_alternative_says_why_it_is_not_first() {
    use mbc_aid::assessment::Role;
    use mbc_aid::engine::why_not_preferred;
    let mut seen = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases")).unwrap() {
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        let case = mbc_aid::Case::from_json(&doc["case"].to_string()).unwrap();
        let a = mbc_aid::evaluate(&case);
        let lines = why_not_preferred(&a);
        let alternatives: Vec<_> = a.with_role(Role::Alternative).map(|o| o.id).collect();
        assert_eq!(lines.iter().map(|(id, _)| *id).collect::<Vec<_>>(), alternatives);
        for (id, why) in &lines {
            assert!(why.starts_with("Listed as an alternative, not first: "), "{id}: {why}");
            let reason = why.trim_start_matches("Listed as an alternative, not first: ");
            assert!(
                !reason.is_empty() && !reason.starts_with("Caution") && !reason.starts_with("Note:"),
                "{id}: {why}"
            );
            seen += 1;
        }
    }
    assert!(seen > 10, "{seen} alternatives");
}
