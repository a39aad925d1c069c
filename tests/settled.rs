//! ALGORITHM.md §8, the settled details: one test per item, each stating its
//! rule and probing it on every branch it applies to (hormone receptor-positive
//! endocrine, hormone receptor-positive chemotherapy, triple-negative, work-up).
//! The exhaustive sweep (tests/invariants.rs) checks §7 and §8.11 over the
//! whole input space; these pin the rest to concrete cases.

use mbc_aid::{evaluate, Case};
use serde_json::{json, Value};

/// A postmenopausal HR-positive case on first-line endocrine therapy, every
/// input that matters known.
fn hr_positive() -> Value {
    json!({
        "age": 67, "menopause": "post", "ecog": 1,
        "er": "positive", "pr": "positive", "her2": "negative",
        "receptor_source": "metastasis", "biopsy": "done", "staging_done": "yes",
        "sites": ["lymph_node"], "visceral_crisis": "no", "rapid_progression": "no",
        "brca": "no_mutation", "vte_history": "no", "lvef_reduced": "no", "neuropathy": "no",
        "hepatic_impairment": "no", "renal_impairment": "no"
    })
}

/// The same case, hormone receptor-positive but sent to chemotherapy by rapid progression.
fn hr_chemotherapy() -> Value {
    with(hr_positive(), json!({ "rapid_progression": "yes" }))
}

fn triple_negative() -> Value {
    with(hr_positive(), json!({ "er": "negative", "pr": "negative" }))
}

/// HER2 not known: Figure 2 is not entered.
fn workup() -> Value {
    with(hr_positive(), json!({ "her2": "unknown" }))
}

/// `base` with the fields of `changes` set (`null` makes a field unknown).
fn with(mut base: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().expect("changes are an object") {
        base[k] = v.clone();
    }
    base
}

/// The assessment as the command-line evaluator prints it.
fn eval(case: &Value) -> Value {
    let case = Case::from_json(&case.to_string()).unwrap_or_else(|e| panic!("{e}: {case}"));
    serde_json::to_value(evaluate(&case)).expect("an assessment serialises")
}

fn strings(a: &Value, key: &str) -> Vec<String> {
    a[key].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
}

fn path(a: &Value) -> Vec<String> {
    strings(a, "path")
}

fn missing(a: &Value) -> Vec<String> {
    strings(a, "missing")
}

fn alerts(a: &Value) -> Vec<String> {
    a["alerts"].as_array().unwrap().iter().map(|al| al["code"].as_str().unwrap().to_string()).collect()
}

fn role(a: &Value, id: &str) -> Option<String> {
    a["options"].as_array().unwrap().iter().find(|o| o["id"] == id).map(|o| o["role"].as_str().unwrap().to_string())
}

/// Option ids with this role, in the listed order.
fn with_role(a: &Value, role: &str) -> Vec<String> {
    a["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["role"] == role)
        .map(|o| o["id"].as_str().unwrap().to_string())
        .collect()
}

fn has(list: &[String], item: &str) -> bool {
    list.iter().any(|x| x == item)
}

/// The Figure 2 part of the path.
fn figure_2(a: &Value) -> Vec<String> {
    path(a).into_iter().filter(|n| n.starts_with("t.")).collect()
}

/// §8.1 `missing` lists the inputs whose value would change the subtype,
/// strategy, chemo_mode, path or options — the exclusion inputs of listed
/// options included — and not inputs that only change an alert; a completed
/// metastatic chemotherapy exposure with unknown months_since_end is not listed.
#[test]
fn s8_1_missing_lists_what_would_change_the_result() {
    // Neuropathy excludes the taxanes: missing wherever a taxane is listed, not otherwise.
    for (branch, base) in [("triple-negative", triple_negative()), ("HR+ chemotherapy", hr_chemotherapy())] {
        let a = eval(&with(base.clone(), json!({ "neuropathy": null })));
        assert!(role(&a, "paclitaxel_weekly").is_some(), "{branch}: a taxane is listed");
        assert!(has(&missing(&a), "neuropathy"), "{branch}: {:?}", missing(&a));
        assert!(!has(&missing(&eval(&base)), "neuropathy"), "{branch}: known neuropathy is not missing");
    }
    let a = eval(&with(hr_positive(), json!({ "neuropathy": null })));
    assert!(!has(&missing(&a), "neuropathy"), "HR+ endocrine lists no taxane: {:?}", missing(&a));

    // Renal impairment excludes capecitabine: missing where capecitabine is listed.
    for (branch, base) in [("triple-negative", triple_negative()), ("HR+ chemotherapy", hr_chemotherapy())] {
        let a = eval(&with(base, json!({ "renal_impairment": null })));
        assert!(role(&a, "capecitabine").is_some(), "{branch}: capecitabine is listed");
        assert!(has(&missing(&a), "renal_impairment"), "{branch}: {:?}", missing(&a));
    }

    // Staging only raises an alert: never missing, on any branch.
    for (branch, base) in [("HR+", hr_positive()), ("triple-negative", triple_negative()), ("work-up", workup())] {
        let a = eval(&with(base, json!({ "staging_done": null })));
        assert!(has(&alerts(&a), "staging_recommended"), "{branch}");
        assert!(!has(&missing(&a), "staging_done"), "{branch}: {:?}", missing(&a));
    }
    assert!(has(&missing(&eval(&workup())), "her2"));

    // Months since a completed course: missing for an adjuvant one, not for a metastatic chemotherapy one.
    for (branch, base) in [("triple-negative", triple_negative()), ("HR+ chemotherapy", hr_chemotherapy())] {
        let course = |setting: &str| json!([{ "agent": "taxane", "setting": setting, "outcome": "completed", "benefit": "yes" }]);
        let a = eval(&with(base.clone(), json!({ "chemo_history": course("metastatic") })));
        assert!(!has(&missing(&a), "chemo_history[0].months_since_end"), "{branch}: {:?}", missing(&a));
        let a = eval(&with(base, json!({ "chemo_history": course("adjuvant") })));
        assert!(has(&missing(&a), "chemo_history[0].months_since_end"), "{branch}: {:?}", missing(&a));
    }
    let adjuvant_tamoxifen = json!([{ "agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed" }]);
    let a = eval(&with(hr_positive(), json!({ "endocrine_history": adjuvant_tamoxifen })));
    assert!(has(&missing(&a), "endocrine_history[0].months_since_end"), "HR+ endocrine: {:?}", missing(&a));
}

/// §8.2 Endocrine steps not taken are absent, like chemotherapy branches not
/// taken; only the step taken shows its excluded options as not recommended.
#[test]
fn s8_2_steps_not_taken_are_absent() {
    // First line: nothing of the later steps is listed.
    let a = eval(&hr_positive());
    assert_eq!(role(&a, "nsai").as_deref(), Some("preferred"));
    for later in ["exemestane_everolimus", "tamoxifen_everolimus", "megestrol", "estradiol"] {
        assert_eq!(role(&a, later), None, "first line lists {later}");
    }
    // After an NSAI and everolimus: the step taken shows its excluded options; the first step's are absent.
    let a = eval(&with(
        hr_positive(),
        json!({ "endocrine_history": [
            { "agent": "letrozole", "setting": "metastatic", "outcome": "progressed", "benefit": "yes" },
            { "agent": "tamoxifen_everolimus", "setting": "metastatic", "outcome": "progressed", "benefit": "yes" }
        ] }),
    ));
    assert!(has(&path(&a), "t.post.after_nsai"));
    assert_eq!(role(&a, "exemestane_everolimus").as_deref(), Some("not_recommended"));
    assert_eq!(role(&a, "tamoxifen").as_deref(), Some("not_recommended"));
    for absent in ["nsai", "anastrozole_fulvestrant", "megestrol", "estradiol"] {
        assert_eq!(role(&a, absent), None, "after NSAI lists {absent}");
    }
    // Premenopausal: the postmenopausal steps are absent.
    let a = eval(&with(hr_positive(), json!({ "menopause": "pre", "age": 40 })));
    assert!(has(&path(&a), "t.pre.ofs_tam"));
    for absent in ["nsai", "exemestane", "fulvestrant", "exemestane_everolimus"] {
        assert_eq!(role(&a, absent), None, "premenopausal lists {absent}");
    }
    // Chemotherapy branches not taken: sequential mode lists no combination, on both chemotherapy branches.
    for (branch, base) in
        [("triple-negative", triple_negative()), ("HR+ chemotherapy", with(hr_chemotherapy(), json!({ "ecog": 3 })))]
    {
        let a = eval(&base);
        assert_eq!(a["chemo_mode"], "sequential", "{branch}");
        for combination in ["ac_ec", "fac_fec", "at", "docetaxel_capecitabine", "gemcitabine_paclitaxel"] {
            assert_eq!(role(&a, combination), None, "{branch} sequential lists {combination}");
        }
    }
}

/// §8.3 Path order on Figure 2: HR+ endocrine `t.hr_pos`, `t.et_candidate`,
/// `t.pre`/`t.post`, every step tried, `t.et_progression`; HR+ chemotherapy
/// `t.et_progression`, `t.chemo_indicated`, then the chemotherapy nodes;
/// triple-negative `t.tnbc`, `t.tnbc.brca`, then the chemotherapy nodes
/// (`t.chemo`, the mode, `t.bsc`, the single-agent row). Figure 1 comes first.
#[test]
fn s8_3_path_order() {
    let progressed_on_letrozole =
        json!([{ "agent": "letrozole", "setting": "metastatic", "outcome": "progressed", "benefit": "yes" }]);
    let a = eval(&with(hr_positive(), json!({ "endocrine_history": progressed_on_letrozole })));
    assert_eq!(figure_2(&a), ["t.hr_pos", "t.et_candidate", "t.post", "t.post.after_nsai", "t.et_progression"]);
    assert_eq!(figure_2(&eval(&hr_positive())), ["t.hr_pos", "t.et_candidate", "t.post", "t.post.first"]);

    let a = eval(&with(hr_chemotherapy(), json!({ "endocrine_history": progressed_on_letrozole })));
    assert_eq!(
        figure_2(&a),
        [
            "t.hr_pos",
            "t.et_candidate",
            "t.et_progression",
            "t.chemo_indicated",
            "t.chemo",
            "t.chemo.combination",
            "t.chemo.anthra_naive"
        ]
    );

    let a = eval(&with(triple_negative(), json!({ "brca": "mutation" })));
    assert_eq!(figure_2(&a), ["t.tnbc", "t.tnbc.brca", "t.chemo", "t.chemo.sequential", "t.chemo.anthra_naive"]);
    let no_response = |agent: &str| json!({ "agent": agent, "setting": "metastatic", "outcome": "completed", "months_since_end": 6, "benefit": "no" });
    let a = eval(&with(
        triple_negative(),
        json!({ "chemo_history": [no_response("anthracycline"), no_response("taxane"), no_response("vinorelbine")] }),
    ));
    assert_eq!(figure_2(&a), ["t.tnbc", "t.chemo", "t.chemo.sequential", "t.bsc", "t.chemo.taxane_next"]);

    // Figure 1 first, in its table's order, on every branch.
    let figure_1 = ["w.suspected", "w.baseline", "w.imaging", "w.biopsy", "w.receptors"];
    for base in [hr_positive(), hr_chemotherapy(), triple_negative(), workup()] {
        assert_eq!(&path(&eval(&base))[..5], figure_1);
    }
    let a = eval(&with(
        triple_negative(),
        json!({ "age": 45, "brca": "unknown", "sites": ["bone"], "emergencies": ["hypercalcemia"] }),
    ));
    let p = path(&a);
    let at = |n: &str| p.iter().position(|x| x == n).unwrap_or_else(|| panic!("{n} not on {p:?}"));
    assert!(
        at("w.goals") < at("w.genetics") && at("w.genetics") < at("w.emergency") && at("w.emergency") < at("w.bone")
    );
    assert!(at("w.bone") < at("t.tnbc"));
}

/// §8.4 `endocrine_resistance_suspected` is raised only while the strategy is endocrine.
#[test]
fn s8_4_resistance_suspected_only_on_endocrine_strategy() {
    let no_benefit = json!({ "endocrine_history": [
        { "agent": "letrozole", "setting": "metastatic", "outcome": "progressed", "benefit": "no" }
    ] });
    let a = eval(&with(hr_positive(), no_benefit.clone()));
    assert_eq!(a["strategy"], "endocrine");
    assert!(has(&alerts(&a), "endocrine_resistance_suspected"));
    let a = eval(&with(hr_chemotherapy(), no_benefit.clone()));
    assert_eq!(a["strategy"], "chemotherapy");
    assert!(!has(&alerts(&a), "endocrine_resistance_suspected"), "{:?}", alerts(&a));
    let a = eval(&with(with(hr_positive(), no_benefit), json!({ "visceral_crisis": "yes" })));
    assert!(!has(&alerts(&a), "endocrine_resistance_suspected"), "{:?}", alerts(&a));
    let chemo_no_benefit = json!({ "chemo_history": [
        { "agent": "taxane", "setting": "metastatic", "outcome": "progressed", "benefit": "no" }
    ] });
    let a = eval(&with(triple_negative(), chemo_no_benefit));
    assert!(!has(&alerts(&a), "endocrine_resistance_suspected"), "{:?}", alerts(&a));
}

/// §8.5 Under `t.bsc` the mode is sequential, `t.chemo.sequential` is on the
/// path, and no combination is preferred even in a crisis.
#[test]
fn s8_5_best_supportive_care_is_sequential() {
    let no_response = |agent: &str| json!({ "agent": agent, "setting": "metastatic", "outcome": "completed", "months_since_end": 6, "benefit": "no" });
    let three = json!({ "chemo_history": [no_response("anthracycline"), no_response("taxane"), no_response("vinorelbine")], "visceral_crisis": "yes", "ecog": 1 });
    for (branch, base) in [("triple-negative", triple_negative()), ("HR+ chemotherapy", hr_chemotherapy())] {
        let a = eval(&with(base, three.clone()));
        assert!(has(&path(&a), "t.bsc"), "{branch}: {:?}", path(&a));
        assert_eq!(a["chemo_mode"], "sequential", "{branch}");
        assert!(has(&path(&a), "t.chemo.sequential") && !has(&path(&a), "t.chemo.combination"), "{branch}");
        assert_eq!(role(&a, "best_supportive_care").as_deref(), Some("preferred"), "{branch}");
        assert_eq!(role(&a, "clinical_trial").as_deref(), Some("alternative"), "{branch}");
        for id in [
            "ac_ec",
            "fac_fec",
            "at",
            "docetaxel_capecitabine",
            "gemcitabine_paclitaxel",
            "gemcitabine_carboplatin",
            "ixabepilone_capecitabine",
        ] {
            assert_ne!(role(&a, id).as_deref(), Some("preferred"), "{branch}: {id} preferred under t.bsc");
        }
    }
}

/// §8.6 `pld` in the single-agent table follows the ordinary exclusions: shown
/// not recommended, with the reason, when excluded.
#[test]
fn s8_6_pld_follows_the_exclusions() {
    for (branch, base) in
        [("triple-negative", triple_negative()), ("HR+ chemotherapy", with(hr_chemotherapy(), json!({ "ecog": 3 })))]
    {
        let a = eval(&base);
        assert_eq!(role(&a, "pld").as_deref(), Some("alternative"), "{branch}");
        let a = eval(&with(base, json!({ "lvef_reduced": "yes" })));
        let pld = a["options"].as_array().unwrap().iter().find(|o| o["id"] == "pld").expect("pld listed");
        assert_eq!(pld["role"], "not_recommended", "{branch}");
        let reasons = pld["reasons"].to_string().to_lowercase();
        assert!(reasons.contains("lvef") || reasons.contains("cardiac"), "{branch}: {reasons}");
    }
}

/// §8.7 `platinum` for a BRCA carrier with HR-positive disease: only as
/// `t.chemo.after_a_t` lists it (triple-negative carriers get it preferred).
#[test]
fn s8_7_platinum_for_hr_positive_carriers_only_after_a_and_t() {
    let carrier = json!({ "brca": "mutation", "ecog": 3 });
    let a = eval(&with(hr_chemotherapy(), carrier.clone()));
    assert!(has(&path(&a), "t.chemo.anthra_naive"));
    assert_eq!(role(&a, "platinum"), None, "HR+ anthracycline-naive carrier");
    let after_a_t = json!({ "chemo_history": [
        { "agent": "anthracycline", "setting": "adjuvant", "outcome": "progressed" },
        { "agent": "taxane", "setting": "adjuvant", "outcome": "progressed" }
    ] });
    let a = eval(&with(with(hr_chemotherapy(), carrier.clone()), after_a_t));
    assert!(has(&path(&a), "t.chemo.after_a_t"));
    assert_eq!(role(&a, "platinum").as_deref(), Some("alternative"), "HR+ carrier after A and T");
    let a = eval(&with(triple_negative(), carrier));
    assert_eq!(role(&a, "platinum").as_deref(), Some("preferred"), "triple-negative carrier");
}

/// §8.8 When no single-agent row keeps a preferred agent, the path shows
/// `t.chemo.after_a_t` and its non-excluded agents are alternatives.
#[test]
fn s8_8_no_row_keeps_a_preferred_agent() {
    let progressed = |agent: &str, setting: &str| json!({ "agent": agent, "setting": setting, "outcome": "progressed", "benefit": "yes" });
    let everything_preferred_fails = json!({ "chemo_history": [
        progressed("anthracycline", "adjuvant"), progressed("taxane", "adjuvant"),
        progressed("capecitabine", "metastatic"), progressed("vinorelbine", "metastatic"), progressed("eribulin", "metastatic")
    ], "ecog": 3 });
    for (branch, base) in [("triple-negative", triple_negative()), ("HR+ chemotherapy", hr_chemotherapy())] {
        let a = eval(&with(base, everything_preferred_fails.clone()));
        assert_eq!(path(&a).last().map(String::as_str), Some("t.chemo.after_a_t"), "{branch}");
        for agent in ["gemcitabine", "ixabepilone", "cmf"] {
            assert_eq!(role(&a, agent).as_deref(), Some("alternative"), "{branch}: {agent}");
        }
        let preferred = with_role(&a, "preferred");
        for therapy in
            ["capecitabine", "vinorelbine", "eribulin", "gemcitabine", "ixabepilone", "cmf", "pld", "platinum"]
        {
            assert!(!has(&preferred, therapy), "{branch}: {therapy} preferred");
        }
        assert!(
            has(&preferred, "best_supportive_care") && has(&preferred, "clinical_trial"),
            "{branch}: {preferred:?}"
        );
    }
}

/// §8.9 In combination mode the single-agent preferred set and that row's
/// other eligible agents all stay listed as alternatives, the preferred set first.
#[test]
fn s8_9_combination_mode_keeps_the_single_agents() {
    for (branch, base) in [
        ("triple-negative", with(triple_negative(), json!({ "visceral_crisis": "yes" }))),
        ("HR+ chemotherapy", hr_chemotherapy()),
    ] {
        let a = eval(&base);
        assert_eq!(a["chemo_mode"], "combination", "{branch}");
        let alternatives = with_role(&a, "alternative");
        let at = |id: &str| {
            alternatives
                .iter()
                .position(|x| x == id)
                .unwrap_or_else(|| panic!("{branch}: {id} not among {alternatives:?}"))
        };
        let preferred_set = [at("anthracycline"), at("paclitaxel_weekly")];
        for other in ["pld", "docetaxel", "nab_paclitaxel", "capecitabine", "vinorelbine", "gemcitabine", "cmf"] {
            assert!(preferred_set.iter().all(|&p| p < at(other)), "{branch}: {other} before the preferred set");
        }
    }
}

/// §8.10 `w.genetics` with unknown age: decided on triple-negative status alone.
#[test]
fn s8_10_genetics_without_age() {
    let unknown_age = json!({ "age": null, "brca": "unknown" });
    let a = eval(&with(triple_negative(), unknown_age.clone()));
    assert!(has(&path(&a), "w.genetics"), "triple-negative, age unknown");
    let a = eval(&with(hr_positive(), unknown_age.clone()));
    assert!(!has(&path(&a), "w.genetics"), "HR+, age unknown");
    assert!(has(&missing(&a), "age"), "HR+: the age would decide it");
    let a = eval(&with(with(triple_negative(), json!({ "her2": "unknown" })), unknown_age.clone()));
    assert_eq!(a["strategy"], "workup");
    assert!(has(&path(&a), "w.genetics"), "work-up, ER and PR negative, age unknown");
    let a = eval(&with(workup(), unknown_age));
    assert!(!has(&path(&a), "w.genetics"), "work-up, HR+, age unknown");
}

/// §8.11 The `visceral_crisis` alert whenever `visceral_crisis = yes`, whatever
/// the subtype; `rapid_progression` whenever Figure 2 is entered and it is yes.
#[test]
fn s8_11_pace_alerts_on_every_branch() {
    for (branch, base) in [
        ("HR+", hr_positive()),
        ("triple-negative", triple_negative()),
        ("work-up", workup()),
        ("HER2-positive", with(hr_positive(), json!({ "her2": "positive" }))),
        ("HER2 equivocal", with(hr_positive(), json!({ "her2": "equivocal" }))),
    ] {
        let a = eval(&with(base.clone(), json!({ "visceral_crisis": "yes" })));
        assert!(has(&alerts(&a), "visceral_crisis"), "{branch}: {:?}", alerts(&a));
        assert!(!has(&alerts(&eval(&base)), "visceral_crisis"), "{branch} without crisis");
    }
    for (branch, base) in [("HR+", hr_positive()), ("triple-negative", triple_negative())] {
        let a = eval(&with(base.clone(), json!({ "rapid_progression": "yes" })));
        assert!(has(&alerts(&a), "rapid_progression"), "{branch}: {:?}", alerts(&a));
        for value in ["no", "unknown"] {
            let a = eval(&with(base.clone(), json!({ "rapid_progression": value })));
            assert!(!has(&alerts(&a), "rapid_progression"), "{branch}, rapid_progression {value}");
        }
    }
    let a = eval(&with(workup(), json!({ "rapid_progression": "yes" })));
    assert!(!has(&alerts(&a), "rapid_progression"), "work-up: Figure 2 not entered");
}

/// §8.12 The pace rule (unknown visceral crisis or rapid progression → alert
/// `assess_pace`, the fields in missing, provisional) applies to triple-negative
/// disease too.
#[test]
fn s8_12_pace_rule_on_both_branches() {
    for (branch, base) in [("HR+", hr_positive()), ("triple-negative", triple_negative())] {
        for field in ["visceral_crisis", "rapid_progression"] {
            let a = eval(&with(base.clone(), json!({ field: null })));
            assert!(has(&alerts(&a), "assess_pace"), "{branch}, {field} unknown");
            assert!(has(&missing(&a), field), "{branch}, {field} unknown: {:?}", missing(&a));
            assert_eq!(a["provisional"], true, "{branch}, {field} unknown");
        }
        let a = eval(&with(base.clone(), json!({ "visceral_crisis": null, "rapid_progression": "yes" })));
        assert!(!has(&alerts(&a), "assess_pace"), "{branch}: rapid progression already decides the pace");
        let a = eval(&base);
        assert!(!has(&alerts(&a), "assess_pace") && a["provisional"] == false, "{branch}, pace known");
    }
    let a = eval(&with(workup(), json!({ "visceral_crisis": null, "rapid_progression": null })));
    assert!(!has(&alerts(&a), "assess_pace"), "work-up: Figure 2 not entered");
}

/// §8.13 Within a role: therapy options, then `best_supportive_care`,
/// `clinical_trial`, `parp_trial`, `bone_modifying_agent`; `trial_interest = yes`
/// moves `clinical_trial` to the front of its role.
#[test]
fn s8_13_option_order_within_a_role() {
    const SUPPORTIVE: [&str; 4] = ["best_supportive_care", "clinical_trial", "parp_trial", "bone_modifying_agent"];
    // The supportive options form the tail of the role, in §8.13's order.
    fn supportive_last(ids: &[String]) -> (bool, Vec<&str>) {
        let first = ids.iter().position(|id| SUPPORTIVE.contains(&id.as_str())).unwrap_or(ids.len());
        let tail: Vec<&str> = ids[first..].iter().map(String::as_str).collect();
        let expected: Vec<&str> = SUPPORTIVE.iter().copied().filter(|s| tail.contains(s)).collect();
        (tail == expected, tail)
    }
    let tnbc = with(triple_negative(), json!({ "brca": "mutation", "ecog": 3, "sites": ["bone", "lymph_node"] }));
    let hr = with(hr_positive(), json!({ "sites": ["bone"] }));
    for (branch, base, trial_role) in [("triple-negative", tnbc, "preferred"), ("HR+", hr, "alternative")] {
        let a = eval(&base);
        for r in ["preferred", "alternative"] {
            let ids = with_role(&a, r);
            let (ok, tail) = supportive_last(&ids);
            assert!(ok, "{branch} {r}: supportive options out of order: {tail:?} in {ids:?}");
        }
        assert_ne!(with_role(&a, trial_role).first().map(String::as_str), Some("clinical_trial"), "{branch}");
        let a = eval(&with(base, json!({ "trial_interest": "yes" })));
        assert_eq!(
            with_role(&a, trial_role).first().map(String::as_str),
            Some("clinical_trial"),
            "{branch}: {:?}",
            with_role(&a, trial_role)
        );
    }
    let a = eval(&with(triple_negative(), json!({ "brca": "mutation", "ecog": 3, "sites": ["bone"] })));
    let preferred = with_role(&a, "preferred");
    assert_eq!(&preferred[preferred.len() - 4..], SUPPORTIVE, "{preferred:?}");
}

/// ALGORITHM.md v1.4 §1: `menopause = unknown` with `age` ≥ 60 is
/// postmenopausal for treatment (NCCN), with `confirm_menopause` worded for
/// it and `menopause` still asked; with both unknown, `age` joins `missing`;
/// under 60 the premenopausal path stands. Ovarian suppression decides first.
#[test]
fn v1_4_age_60_with_menopause_unknown_is_postmenopausal() {
    let unknown = |age: Value| with(hr_positive(), json!({ "menopause": "unknown", "age": age }));
    let a = eval(&unknown(json!(62)));
    assert!(path(&a).contains(&"t.post".to_string()), "{:?}", path(&a));
    assert_eq!(with_role(&a, "preferred"), ["nsai"]);
    assert!(alerts(&a).contains(&"confirm_menopause".to_string()));
    let said = a["alerts"].as_array().unwrap().iter().find(|al| al["code"] == "confirm_menopause").unwrap();
    assert!(said["message"].as_str().unwrap().starts_with("Treated as postmenopausal by age ≥ 60"), "{said}");
    assert!(missing(&a).contains(&"menopause".to_string()) && !missing(&a).contains(&"age".to_string()));
    let at_60 = eval(&unknown(json!(60)));
    assert!(path(&at_60).contains(&"t.post".to_string()), "60 is included");
    let a = eval(&unknown(json!(59)));
    assert!(path(&a).contains(&"t.pre".to_string()), "{:?}", path(&a));
    assert!(missing(&a).contains(&"menopause".to_string()) && !missing(&a).contains(&"age".to_string()));
    let a = eval(&unknown(Value::Null));
    assert!(path(&a).contains(&"t.pre".to_string()));
    assert!(missing(&a).contains(&"age".to_string()) && missing(&a).contains(&"menopause".to_string()), "both unknown");
    // Recorded status decides: premenopausal at 62 stays premenopausal.
    let a = eval(&with(hr_positive(), json!({ "menopause": "pre", "age": 62 })));
    assert!(path(&a).contains(&"t.pre".to_string()));
    // On ovarian suppression the case is postmenopausal for treatment anyway: no age wording.
    let a = eval(&with(unknown(json!(62)), json!({ "ovarian_suppression": "yes" })));
    let said = a["alerts"].as_array().unwrap().iter().any(|al| al["message"].as_str().unwrap().contains("by age ≥ 60"));
    assert!(!said, "the age wording only when age decides");
    // The chemotherapy branch does not read menopause.
    let a = eval(&with(hr_chemotherapy(), json!({ "menopause": "unknown", "age": 62 })));
    assert!(!alerts(&a).contains(&"confirm_menopause".to_string()));
}
