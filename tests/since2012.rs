//! SINCE-2012-v2.md §9.2: every pointer, when it shows, when it does not,
//! its relevance for each value of its biomarker, the trials it lists by the
//! case's limits and the unknown history it assumes; later results (§9.7);
//! the example cases' pointers; wording that never directs.

use mbc_aid::assessment::Pointer;
use mbc_aid::assessment::Relevance::{self, Applies, AskAboutTest};
use mbc_aid::ids::PointerId;
use mbc_aid::kb::since2012::{pointer, trial, POINTERS};
use mbc_aid::{evaluate, Case};
use serde_json::{json, Value};

fn hr() -> Value {
    json!({ "age": 67, "menopause": "post", "ecog": 1, "er": "positive", "pr": "positive", "her2": "negative",
            "visceral_crisis": "no", "rapid_progression": "no", "brca": "no_mutation" })
}

fn tnbc() -> Value {
    with(hr(), json!({ "er": "negative", "pr": "negative" }))
}

fn with(mut base: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().unwrap() {
        base[k] = v.clone();
    }
    base
}

/// The pointer's relevance for this case, or `None` when it is not shown.
fn shown(case: &Value, id: PointerId) -> Option<Relevance> {
    found(case, id).map(|p| p.relevance)
}

fn found(case: &Value, id: PointerId) -> Option<Pointer> {
    let c = Case::from_json(&case.to_string()).unwrap_or_else(|e| panic!("{e}: {case}"));
    evaluate(&c).since_2012.into_iter().find(|p| p.id == id)
}

/// The trials a shown pointer lists for this case.
fn trials(case: &Value, id: PointerId) -> Vec<&'static str> {
    found(case, id).unwrap_or_else(|| panic!("{id} not shown for {case}")).trials.iter().map(|t| t.as_str()).collect()
}

/// What a shown pointer assumes, as (field, value).
fn assumes(case: &Value, id: PointerId) -> Vec<(&'static str, &'static str)> {
    let p = found(case, id).unwrap_or_else(|| panic!("{id} not shown for {case}"));
    p.assumes.iter().map(|a| (a.field.as_str(), a.assumed.as_str())).collect()
}

fn exposure(agent: &str, setting: &str, outcome: &str) -> Value {
    json!({ "agent": agent, "setting": setting, "outcome": outcome })
}

fn met_lines(agent: &str, n: usize) -> Value {
    Value::Array((0..n).map(|_| exposure(agent, "metastatic", "progressed")).collect())
}

#[test]
fn cdk46_first_line() {
    use PointerId::Cdk46FirstLine as P;
    assert_eq!(shown(&hr(), P), Some(Applies));
    assert_eq!(
        shown(&with(hr(), json!({ "menopause": "pre", "age": 40 })), P),
        Some(Applies),
        "MONALEESA-7: not postmenopausal too"
    );
    assert_eq!(
        shown(&with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1) })), P),
        None,
        "a metastatic line given"
    );
    let adjuvant_ai =
        json!([{ "agent": "anastrozole", "setting": "adjuvant", "outcome": "completed", "months_since_end": 6 }]);
    assert_eq!(
        shown(&with(hr(), json!({ "endocrine_history": adjuvant_ai })), P),
        None,
        "relapse within 12 months of adjuvant AI"
    );
    let late =
        json!([{ "agent": "anastrozole", "setting": "adjuvant", "outcome": "completed", "months_since_end": 40 }]);
    assert_eq!(
        shown(&with(hr(), json!({ "endocrine_history": late })), P),
        Some(Applies),
        "relapse years after adjuvant AI is first line"
    );
    assert_eq!(shown(&with(hr(), json!({ "visceral_crisis": "yes" })), P), None);
    assert_eq!(shown(&tnbc(), P), None);
}

#[test]
fn cdk46_after_endocrine_therapy() {
    use PointerId::Cdk46AfterEt as P;
    let after = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(shown(&after, P), Some(Applies));
    assert_eq!(shown(&with(after.clone(), json!({ "prior_cdk46_inhibitor": "yes" })), P), None);
    assert_eq!(shown(&with(after.clone(), json!({ "prior_cdk46_inhibitor": "no" })), P), Some(Applies));
    assert_eq!(shown(&with(after.clone(), json!({ "visceral_crisis": "yes" })), P), None);
    let adjuvant_ai = json!([exposure("letrozole", "adjuvant", "progressed")]);
    assert_eq!(
        shown(&with(hr(), json!({ "endocrine_history": adjuvant_ai })), P),
        Some(Applies),
        "adjuvant AI resistance"
    );
    assert_eq!(shown(&hr(), P), None, "first line");
}

#[test]
fn pi3k_akt_pathway() {
    use PointerId::Pi3kAkt as P;
    let after_ai = with(hr(), json!({ "endocrine_history": met_lines("anastrozole", 1) }));
    assert_eq!(shown(&after_ai, P), Some(AskAboutTest));
    assert_eq!(shown(&with(after_ai.clone(), json!({ "pi3k_pathway": "altered" })), P), Some(Applies));
    assert_eq!(shown(&with(after_ai.clone(), json!({ "pi3k_pathway": "not_altered" })), P), None);
    assert_eq!(shown(&with(after_ai.clone(), json!({ "visceral_crisis": "yes", "pi3k_pathway": "altered" })), P), None);
    let after_tamoxifen =
        with(hr(), json!({ "endocrine_history": met_lines("tamoxifen", 1), "pi3k_pathway": "altered" }));
    assert_eq!(shown(&after_tamoxifen, P), None, "SOLAR-1 and CAPItello-291 took relapse after an AI");
    assert_eq!(shown(&with(tnbc(), json!({ "pi3k_pathway": "altered" })), P), None);
}

#[test]
fn esr1() {
    use PointerId::Esr1 as P;
    let progressed = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(shown(&progressed, P), Some(AskAboutTest));
    assert_eq!(shown(&with(progressed.clone(), json!({ "esr1_mutation": "yes" })), P), Some(Applies));
    assert_eq!(shown(&with(progressed.clone(), json!({ "esr1_mutation": "no" })), P), None);
    let pre = with(
        progressed.clone(),
        json!({ "menopause": "pre", "age": 40, "endocrine_history": met_lines("tamoxifen", 1) }),
    );
    assert_eq!(shown(&pre, P), None, "EMERALD: postmenopausal women and men");
    assert_eq!(shown(&with(pre, json!({ "ovarian_suppression": "yes" })), P), Some(AskAboutTest));
    assert_eq!(shown(&hr(), P), None, "no progression on endocrine therapy");
    assert_eq!(shown(&with(progressed, json!({ "visceral_crisis": "yes" })), P), None);
}

#[test]
fn parp_inhibitor_for_carriers() {
    use PointerId::Parp as P;
    assert_eq!(shown(&with(tnbc(), json!({ "brca": "mutation" })), P), Some(Applies));
    assert_eq!(shown(&with(hr(), json!({ "brca": "mutation" })), P), None, "HR+ before any endocrine therapy");
    let after_et = with(hr(), json!({ "brca": "mutation", "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(shown(&after_et, P), Some(Applies));
    assert_eq!(
        shown(&with(hr(), json!({ "brca": "mutation", "rapid_progression": "yes" })), P),
        Some(Applies),
        "ET set aside"
    );
    assert_eq!(shown(&tnbc(), P), None, "no mutation");
}

#[test]
fn parp_test() {
    use PointerId::ParpTest as P;
    for base in [hr(), tnbc()] {
        assert_eq!(shown(&with(base.clone(), json!({ "brca": "unknown" })), P), Some(AskAboutTest));
        assert_eq!(shown(&with(base.clone(), json!({ "brca": "no_mutation" })), P), None);
        assert_eq!(shown(&with(base, json!({ "brca": "mutation" })), P), None);
    }
}

#[test]
fn pembrolizumab() {
    use PointerId::Pembrolizumab as P;
    assert_eq!(shown(&tnbc(), P), Some(AskAboutTest));
    assert_eq!(shown(&with(tnbc(), json!({ "pdl1_cps": "at_least_10" })), P), Some(Applies));
    assert_eq!(shown(&with(tnbc(), json!({ "pdl1_cps": "below_10" })), P), None);
    assert_eq!(shown(&with(tnbc(), json!({ "chemo_history": met_lines("taxane", 1) })), P), None, "first line only");
    let short = json!([{ "agent": "taxane", "setting": "adjuvant", "outcome": "completed", "months_since_end": 4 }]);
    assert_eq!(
        shown(&with(tnbc(), json!({ "chemo_history": short })), P),
        None,
        "KEYNOTE-355 required ≥ 6 months disease-free"
    );
    let six = json!([{ "agent": "taxane", "setting": "adjuvant", "outcome": "completed", "months_since_end": 6 }]);
    assert_eq!(shown(&with(tnbc(), json!({ "chemo_history": six })), P), Some(AskAboutTest));
    assert_eq!(shown(&with(hr(), json!({ "pdl1_cps": "at_least_10" })), P), None);
}

#[test]
fn sacituzumab_triple_negative() {
    use PointerId::SacituzumabTnbc as P;
    assert_eq!(shown(&with(tnbc(), json!({ "chemo_history": met_lines("taxane", 2) })), P), Some(Applies));
    assert_eq!(shown(&with(tnbc(), json!({ "chemo_history": met_lines("taxane", 1) })), P), None);
    let early = json!([{ "agent": "anthracycline", "setting": "adjuvant", "outcome": "completed", "months_since_end": 12 },
                       exposure("taxane", "metastatic", "progressed")]);
    assert_eq!(
        shown(&with(tnbc(), json!({ "chemo_history": early })), P),
        Some(Applies),
        "one line plus relapse ≤ 12 months after adjuvant"
    );
    assert_eq!(shown(&with(hr(), json!({ "chemo_history": met_lines("taxane", 2) })), P), None);
}

#[test]
fn sacituzumab_hormone_receptor_positive() {
    use PointerId::SacituzumabHr as P;
    assert_eq!(shown(&with(hr(), json!({ "chemo_history": met_lines("taxane", 2) })), P), Some(Applies));
    assert_eq!(shown(&with(hr(), json!({ "chemo_history": met_lines("taxane", 1) })), P), None);
    assert_eq!(shown(&with(tnbc(), json!({ "chemo_history": met_lines("taxane", 2) })), P), None);
}

#[test]
fn trastuzumab_deruxtecan_after_chemotherapy() {
    use PointerId::TdxdLow as P;
    for base in [hr(), tnbc()] {
        let after = with(base.clone(), json!({ "chemo_history": met_lines("taxane", 1) }));
        assert_eq!(shown(&after, P), Some(AskAboutTest));
        for low in ["ihc_1plus", "ihc_2plus_ish_negative"] {
            assert_eq!(shown(&with(after.clone(), json!({ "her2_ihc": low })), P), Some(Applies), "{low}");
        }
        assert_eq!(
            shown(&with(after.clone(), json!({ "her2_ihc": "ihc_0" })), P),
            None,
            "IHC 0 is negative for DESTINY-Breast04"
        );
        assert_eq!(shown(&with(base, json!({ "her2_ihc": "ihc_1plus" })), P), None, "no chemotherapy yet");
    }
}

#[test]
fn trastuzumab_deruxtecan_before_chemotherapy() {
    use PointerId::TdxdLowBeforeChemo as P;
    let after_et = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(shown(&after_et, P), Some(AskAboutTest));
    assert_eq!(shown(&with(after_et.clone(), json!({ "her2_ihc": "ihc_1plus" })), P), Some(Applies));
    assert_eq!(
        shown(&with(after_et.clone(), json!({ "her2_ihc": "ihc_0" })), P),
        Some(AskAboutTest),
        "IHC 0 may be ultralow"
    );
    assert_eq!(
        shown(&with(after_et, json!({ "chemo_history": met_lines("taxane", 1) })), P),
        None,
        "before chemotherapy only"
    );
    assert_eq!(shown(&hr(), P), None, "no endocrine line yet");
    assert_eq!(shown(&with(tnbc(), json!({ "her2_ihc": "ihc_1plus" })), P), None);
}

#[test]
fn outside_figure_2_the_layer_is_empty_and_order_is_applies_first() {
    for case in [
        with(hr(), json!({ "her2": "unknown" })),
        with(hr(), json!({ "her2": "positive" })),
        with(hr(), json!({ "her2": "equivocal" })),
    ] {
        let c = Case::from_json(&case.to_string()).unwrap();
        assert!(evaluate(&c).since_2012.is_empty(), "{case}");
    }
    let c = Case::from_json(
        &with(hr(), json!({ "brca": "unknown", "endocrine_history": met_lines("letrozole", 1) })).to_string(),
    )
    .unwrap();
    let ids: Vec<&str> = evaluate(&c).since_2012.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        ["s.cdk46_after_et", "s.cdk46_after_cdk46", "s.pi3k_akt", "s.esr1", "s.parp_test", "s.tdxd_low_before_chemo"]
    );
}

/// The example cases' pointers, with the trials each lists and what it
/// assumes (kept here: ../shared is read-only).
#[test]
fn the_example_cases_show_these_pointers() {
    type Shown = (&'static str, &'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);
    let expected: &[(&str, &[Shown])] = &[
        (
            "amenorrhea_after_chemo_needs_ofs",
            &[
                (
                    "s.cdk46_first_line",
                    "applies",
                    &["PALOMA-2", "MONALEESA-2", "MONARCH 3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                (
                    "s.cdk46_after_cdk46",
                    "applies",
                    &["postMONARCH"],
                    &[("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")],
                ),
                ("s.inavolisib", "ask_about_test", &["INAVO120"], &[]),
                ("s.esr1", "ask_about_test", &[], &[]),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
            ],
        ),
        (
            "hepatic_impairment_excludes_docetaxel",
            &[
                (
                    "s.cdk46_after_et",
                    "applies",
                    &["PALOMA-3", "MONALEESA-3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                (
                    "s.cdk46_after_cdk46",
                    "applies",
                    &["postMONARCH"],
                    &[("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")],
                ),
                ("s.pi3k_akt", "ask_about_test", &["SOLAR-1", "CAPItello-291"], &[]),
                (
                    "s.esr1",
                    "ask_about_test",
                    &["EMERALD", "EMBER-3"],
                    &[("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                ("s.tdxd_low_before_chemo", "ask_about_test", &["DESTINY-Breast06"], &[]),
            ],
        ),
        (
            "her2_discordance_flagged",
            &[
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                (
                    "s.pembrolizumab",
                    "ask_about_test",
                    &["KEYNOTE-355", "IMpassion130", "ASCENT-04"],
                    &[("prior_anti_pd1", "no")],
                ),
                ("s.tnbc_first_line_adc", "ask_about_test", &["ASCENT-03", "TROPION-Breast02"], &[]),
            ],
        ),
        ("her2_missing_no_therapy", &[]),
        ("her2_positive_out_of_scope", &[]),
        (
            "hr_lvef_reduced_chemo",
            &[
                (
                    "s.cdk46_first_line",
                    "applies",
                    &["PALOMA-2", "MONALEESA-2", "MONARCH 3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
            ],
        ),
        (
            "never_offered_bevacizumab",
            &[
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                (
                    "s.pembrolizumab",
                    "ask_about_test",
                    &["KEYNOTE-355", "IMpassion130", "ASCENT-04"],
                    &[("prior_anti_pd1", "no")],
                ),
                ("s.tnbc_first_line_adc", "ask_about_test", &["ASCENT-03", "TROPION-Breast02"], &[]),
            ],
        ),
        (
            "post_de_novo_bone_only",
            &[
                (
                    "s.cdk46_first_line",
                    "applies",
                    &["PALOMA-2", "MONALEESA-2", "MONARCH 3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
            ],
        ),
        (
            "post_progressed_on_letrozole",
            &[
                (
                    "s.cdk46_after_et",
                    "applies",
                    &["PALOMA-3", "MONALEESA-3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                (
                    "s.cdk46_after_cdk46",
                    "applies",
                    &["postMONARCH"],
                    &[("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")],
                ),
                ("s.pi3k_akt", "ask_about_test", &["SOLAR-1", "CAPItello-291"], &[]),
                (
                    "s.esr1",
                    "ask_about_test",
                    &["EMERALD", "EMBER-3"],
                    &[("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                ("s.tdxd_low_before_chemo", "ask_about_test", &["DESTINY-Breast06"], &[]),
            ],
        ),
        (
            "post_rapid_progression_chemo",
            &[
                (
                    "s.cdk46_first_line",
                    "applies",
                    &["PALOMA-2", "MONALEESA-2", "MONARCH 3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
            ],
        ),
        (
            "pre_first_line_ofs_tamoxifen",
            &[
                (
                    "s.cdk46_first_line",
                    "applies",
                    &["MONALEESA-7"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
            ],
        ),
        (
            "symptomatic_brain_urgent",
            &[
                (
                    "s.cdk46_first_line",
                    "applies",
                    &["PALOMA-2", "MONALEESA-2", "MONARCH 3"],
                    &[("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")],
                ),
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
            ],
        ),
        (
            "tnbc_after_adjuvant_ac_t_late",
            &[
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                (
                    "s.pembrolizumab",
                    "ask_about_test",
                    &["KEYNOTE-355", "IMpassion130", "ASCENT-04"],
                    &[("prior_anti_pd1", "no")],
                ),
                ("s.tnbc_first_line_adc", "ask_about_test", &["ASCENT-03", "TROPION-Breast02"], &[]),
            ],
        ),
        (
            "tnbc_first_line_naive",
            &[
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                (
                    "s.pembrolizumab",
                    "ask_about_test",
                    &["KEYNOTE-355", "IMpassion130", "ASCENT-04"],
                    &[("prior_anti_pd1", "no")],
                ),
                ("s.tnbc_first_line_adc", "ask_about_test", &["ASCENT-03", "TROPION-Breast02"], &[]),
            ],
        ),
        (
            "tnbc_visceral_crisis_combination",
            &[
                ("s.parp_test", "ask_about_test", &["OlympiAD", "EMBRACA", "TBCRC 048"], &[]),
                (
                    "s.pembrolizumab",
                    "ask_about_test",
                    &["KEYNOTE-355", "IMpassion130", "ASCENT-04"],
                    &[("prior_anti_pd1", "no")],
                ),
                ("s.tnbc_first_line_adc", "ask_about_test", &["ASCENT-03", "TROPION-Breast02"], &[]),
            ],
        ),
    ];
    for (name, want) in expected {
        let path = format!("{}/tests/cases/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let c = Case::from_json(&doc["case"].to_string()).unwrap();
        let got: Vec<Shown> = evaluate(&c)
            .since_2012
            .iter()
            .map(|p| {
                let trials: Vec<&str> = p.trials.iter().map(|t| t.as_str()).collect();
                let assumes: Vec<(&str, &str)> =
                    p.assumes.iter().map(|a| (a.field.as_str(), a.assumed.as_str())).collect();
                (p.id.as_str(), p.relevance.as_str(), &*trials.leak(), &*assumes.leak())
            })
            .collect();
        assert_eq!(&got, want, "{name}");
    }
}

#[test]
fn pointers_name_their_trials_and_never_direct() {
    for p in POINTERS {
        assert!(!p.trials.is_empty(), "{}", p.id);
        for &t in p.trials {
            assert!(!trial(t).result.is_empty() && !trial(t).citation.is_empty(), "{t}");
        }
        for text in [p.title, p.plain, p.test] {
            let lower = text.to_lowercase();
            for word in ["should", "recommend", "indicated", "eligible", "must"] {
                assert!(!lower.contains(word), "{}: \"{word}\" in {text}", p.id);
            }
        }
        assert_eq!(
            p.test.is_empty(),
            matches!(
                p.id,
                PointerId::Cdk46FirstLine
                    | PointerId::Cdk46AfterEt
                    | PointerId::Cdk46AfterCdk46
                    | PointerId::RibociclibAggressive
                    | PointerId::Parp
                    | PointerId::SacituzumabTnbc
                    | PointerId::SacituzumabHr
                    | PointerId::DatoHr
            ),
            "{}: a test exactly where a biomarker decides",
            p.id
        );
        assert_eq!(pointer(p.id).id, p.id);
    }
    assert_eq!(POINTERS.iter().map(|p| p.id).collect::<Vec<_>>(), PointerId::ALL);
}

/// The trials are SINCE-2012-v2.md §9.5 transcribed: only its verified
/// figures (EMERALD's unverified medians, which it says not to show, are
/// left out; a citation's † mark is not shown, as the file says).
#[test]
fn trials_match_since_2012_md() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/clinical/SINCE-2012-v2.md");
    let Ok(doc) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} is not present; trials not compared");
        return;
    };
    for t in mbc_aid::kb::since2012::TRIALS {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", t.id)))
            .unwrap_or_else(|| panic!("{} is not in SINCE-2012-v2.md", t.id))
            .replace(" (medians not verified: do not show)", "")
            .replace(" †", "");
        for part in [t.agents, t.population, t.result, t.citation] {
            assert!(row.contains(part), "{}: {part:?} is not as SINCE-2012-v2.md has it", t.id);
        }
    }
    let rows = doc
        .lines()
        .filter(|l| l.starts_with("| ") && !["| id", "| field", "| option", "| `"].iter().any(|h| l.starts_with(h)))
        .count();
    assert_eq!(rows, mbc_aid::kb::since2012::TRIALS.len(), "SINCE-2012-v2.md has trials the table lacks");
}

/// v2: the CDK4/6 history of early and metastatic disease decides which
/// CDK4/6 pointer fits; an unknown one hides nothing and is named.
#[test]
fn cdk46_history_early_and_metastatic() {
    use PointerId::{Cdk46AfterCdk46, Cdk46AfterEt, Cdk46FirstLine};
    let both_unknown = [("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")];
    assert_eq!(assumes(&hr(), Cdk46FirstLine), both_unknown);
    assert_eq!(assumes(&with(hr(), json!({ "prior_cdk46_inhibitor": "no" })), Cdk46FirstLine), [both_unknown[1]]);
    let none_given = with(hr(), json!({ "prior_cdk46_inhibitor": "no", "adjuvant_cdk46_inhibitor": "no" }));
    assert!(assumes(&none_given, Cdk46FirstLine).is_empty());
    assert_eq!(shown(&with(hr(), json!({ "adjuvant_cdk46_inhibitor": "yes" })), Cdk46FirstLine), None);
    // Relapse on adjuvant abemaciclib with tamoxifen: not PALOMA-3's population, but postMONARCH's.
    let on_adjuvant_cdk46 = with(
        hr(),
        json!({ "adjuvant_cdk46_inhibitor": "yes", "endocrine_history": [exposure("letrozole", "adjuvant", "progressed")] }),
    );
    assert_eq!(shown(&on_adjuvant_cdk46, Cdk46AfterEt), None);
    assert_eq!(shown(&on_adjuvant_cdk46, Cdk46AfterCdk46), Some(Applies));
    assert_eq!(trials(&on_adjuvant_cdk46, Cdk46AfterCdk46), ["postMONARCH"]);
    assert!(assumes(&on_adjuvant_cdk46, Cdk46AfterCdk46).is_empty(), "the adjuvant CDK4/6 inhibitor is recorded");
    // After a first-line AI (with a CDK4/6 inhibitor, unrecorded): both inputs assumed "yes".
    let after_ai = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(
        assumes(&after_ai, Cdk46AfterCdk46),
        [("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")]
    );
    assert_eq!(shown(&with(after_ai.clone(), json!({ "prior_cdk46_inhibitor": "no" })), Cdk46AfterCdk46), None);
    assert_eq!(
        shown(&with(after_ai.clone(), json!({ "chemo_history": met_lines("taxane", 1) })), Cdk46AfterCdk46),
        None
    );
    let after_tamoxifen = with(hr(), json!({ "endocrine_history": met_lines("tamoxifen", 1) }));
    assert_eq!(shown(&after_tamoxifen, Cdk46AfterCdk46), None, "postMONARCH: progression on a CDK4/6 inhibitor + AI");
    let two_lines =
        with(hr(), json!({ "endocrine_history": met_lines("letrozole", 2), "prior_cdk46_inhibitor": "yes" }));
    assert_eq!(shown(&two_lines, Cdk46AfterCdk46), None, "as first therapy for advanced disease only");
}

/// v2: first-line trials follow menopause: MONALEESA-7 before menopause, the others after.
#[test]
fn cdk46_first_line_trials_follow_menopause() {
    use PointerId::Cdk46FirstLine as P;
    let post = ["PALOMA-2", "MONALEESA-2", "MONARCH 3"];
    assert_eq!(trials(&hr(), P), post);
    assert_eq!(trials(&with(hr(), json!({ "menopause": "pre", "age": 40 })), P), ["MONALEESA-7"]);
    assert_eq!(trials(&with(hr(), json!({ "menopause": "peri", "age": 50 })), P), ["MONALEESA-7"]);
    let under_60 = with(hr(), json!({ "menopause": "unknown", "age": 45 }));
    assert_eq!(trials(&under_60, P), ["PALOMA-2", "MONALEESA-2", "MONARCH 3", "MONALEESA-7"]);
    assert_eq!(
        trials(&with(hr(), json!({ "menopause": "unknown", "age": 65 })), P),
        post,
        "v1.4: ≥ 60 is postmenopausal"
    );
    let neither = with(hr(), json!({ "menopause": "unknown", "age": null }));
    assert_eq!(trials(&neither, P).len(), 4, "both unknown: either");
}

#[test]
fn ribociclib_for_aggressive_disease_before_menopause() {
    use PointerId::RibociclibAggressive as P;
    let aggressive = with(hr(), json!({ "menopause": "pre", "age": 42, "rapid_progression": "yes" }));
    assert_eq!(shown(&aggressive, P), Some(Applies));
    assert_eq!(trials(&aggressive, P), ["RIGHT Choice"]);
    assert_eq!(assumes(&aggressive, P), [("prior_cdk46_inhibitor", "no"), ("adjuvant_cdk46_inhibitor", "no")]);
    assert_eq!(shown(&with(aggressive.clone(), json!({ "menopause": "post", "age": 62 })), P), None);
    assert_eq!(shown(&with(aggressive.clone(), json!({ "rapid_progression": "no" })), P), None);
    assert_eq!(shown(&with(aggressive.clone(), json!({ "visceral_crisis": "yes" })), P), None);
    assert_eq!(shown(&with(aggressive.clone(), json!({ "adjuvant_cdk46_inhibitor": "yes" })), P), None);
    assert_eq!(shown(&with(aggressive.clone(), json!({ "endocrine_history": met_lines("tamoxifen", 1) })), P), None);
    let unknown_under_60 = with(aggressive.clone(), json!({ "menopause": "unknown", "age": 45 }));
    assert_eq!(shown(&unknown_under_60, P), Some(Applies));
    assert_eq!(
        shown(&with(aggressive, json!({ "menopause": "unknown", "age": null })), P),
        None,
        "not known to be before menopause"
    );
}

#[test]
fn inavolisib_after_early_relapse_on_adjuvant_endocrine_therapy() {
    use PointerId::Inavolisib as P;
    let early_relapse = with(hr(), json!({ "endocrine_history": [exposure("tamoxifen", "adjuvant", "progressed")] }));
    assert_eq!(shown(&early_relapse, P), Some(AskAboutTest));
    assert_eq!(shown(&with(early_relapse.clone(), json!({ "pi3k_pathway": "altered" })), P), Some(Applies));
    assert_eq!(shown(&with(early_relapse.clone(), json!({ "pi3k_pathway": "not_altered" })), P), None);
    assert_eq!(trials(&early_relapse, P), ["INAVO120"]);
    let late = json!([{ "agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed", "months_since_end": 30 }]);
    assert_eq!(shown(&with(hr(), json!({ "endocrine_history": late })), P), None, "endocrine-sensitive relapse");
    assert_eq!(shown(&with(early_relapse, json!({ "chemo_history": met_lines("taxane", 1) })), P), None);
    assert!(mbc_aid::kb::since2012::pointer(P).test.contains("PIK3CA mutation"), "the gene the trial took is named");
}

/// v2: EMERALD needs a CDK4/6 inhibitor, 1–2 endocrine lines and at most one
/// chemotherapy line; EMBER-3 relapse after an AI without a BRCA mutation;
/// with neither, the pointer rests on the guidance alone.
#[test]
fn esr1_trials_follow_their_limits() {
    use PointerId::Esr1 as P;
    let after_ai = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(trials(&after_ai, P), ["EMERALD", "EMBER-3"]);
    assert_eq!(assumes(&after_ai, P), [("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")]);
    let no_cdk46 = with(after_ai.clone(), json!({ "prior_cdk46_inhibitor": "no", "adjuvant_cdk46_inhibitor": "no" }));
    assert_eq!(trials(&no_cdk46, P), ["EMBER-3"], "EMERALD required a CDK4/6 inhibitor");
    assert!(assumes(&no_cdk46, P).is_empty());
    assert_eq!(trials(&with(after_ai.clone(), json!({ "brca": "mutation" })), P), ["EMERALD"]);
    let three_lines =
        with(hr(), json!({ "endocrine_history": met_lines("letrozole", 3), "prior_cdk46_inhibitor": "yes" }));
    assert_eq!(trials(&three_lines, P), ["EMBER-3"]);
    let tamoxifen_only = with(hr(), json!({ "endocrine_history": [exposure("tamoxifen", "adjuvant", "progressed")] }));
    assert_eq!(shown(&tamoxifen_only, P), Some(AskAboutTest));
    assert!(trials(&tamoxifen_only, P).is_empty(), "guidance only");
}

#[test]
fn parp_inhibitor_history_and_lines() {
    use PointerId::{Parp, ParpTest};
    let carrier = with(tnbc(), json!({ "brca": "mutation" }));
    assert_eq!(trials(&carrier, Parp), ["OlympiAD", "EMBRACA"]);
    assert_eq!(assumes(&carrier, Parp), [("prior_parp_inhibitor", "no")]);
    assert_eq!(shown(&with(carrier.clone(), json!({ "prior_parp_inhibitor": "yes" })), Parp), None);
    assert!(assumes(&with(carrier.clone(), json!({ "prior_parp_inhibitor": "no" })), Parp).is_empty());
    assert_eq!(trials(&with(carrier.clone(), json!({ "chemo_history": met_lines("taxane", 3) })), Parp), ["EMBRACA"]);
    assert_eq!(shown(&with(carrier, json!({ "chemo_history": met_lines("taxane", 4) })), Parp), None);
    assert_eq!(trials(&with(tnbc(), json!({ "brca": "unknown" })), ParpTest), ["OlympiAD", "EMBRACA", "TBCRC 048"]);
}

#[test]
fn pembrolizumab_trials_follow_prior_immunotherapy_and_conjugates() {
    use PointerId::Pembrolizumab as P;
    let high = with(tnbc(), json!({ "pdl1_cps": "at_least_10" }));
    assert_eq!(trials(&high, P), ["KEYNOTE-355", "IMpassion130", "ASCENT-04"]);
    assert_eq!(assumes(&high, P), [("prior_anti_pd1", "no")]);
    let after_pd1 = with(high.clone(), json!({ "prior_anti_pd1": "yes" }));
    assert_eq!(trials(&after_pd1, P), ["ASCENT-04"], "ASCENT-04 allowed (neo)adjuvant anti-PD-(L)1");
    assert!(assumes(&after_pd1, P).is_empty());
    // An antibody–drug conjugate counts as a metastatic chemotherapy line: no longer first line.
    assert_eq!(shown(&with(high.clone(), json!({ "prior_adc": "yes" })), P), None);
}

/// v2: first-line antibody–drug conjugates for triple-negative disease when a
/// PD-(L)1 inhibitor is not an option, by PD-L1 and prior immunotherapy.
#[test]
fn tnbc_first_line_antibody_drug_conjugates() {
    use PointerId::TnbcFirstLineAdc as P;
    let case = |cps: &str, pd1: &str| with(tnbc(), json!({ "pdl1_cps": cps, "prior_anti_pd1": pd1 }));
    assert_eq!(shown(&case("below_10", "unknown"), P), Some(Applies));
    assert_eq!(shown(&case("below_10", "no"), P), Some(Applies));
    assert_eq!(shown(&case("at_least_10", "yes"), P), Some(Applies));
    assert_eq!(shown(&case("at_least_10", "no"), P), None, "a candidate for immunotherapy");
    assert_eq!(shown(&case("at_least_10", "unknown"), P), Some(Applies));
    assert_eq!(assumes(&case("at_least_10", "unknown"), P), [("prior_anti_pd1", "yes")]);
    assert_eq!(shown(&case("unknown", "yes"), P), Some(Applies));
    assert_eq!(shown(&case("unknown", "no"), P), Some(AskAboutTest));
    assert_eq!(shown(&case("unknown", "unknown"), P), Some(AskAboutTest));
    assert_eq!(trials(&case("below_10", "no"), P), ["ASCENT-03", "TROPION-Breast02"]);
    assert_eq!(shown(&with(case("below_10", "no"), json!({ "chemo_history": met_lines("taxane", 1) })), P), None);
    assert_eq!(shown(&with(hr(), json!({ "pdl1_cps": "below_10" })), P), None);
    assert!(!mbc_aid::kb::since2012::pointer(P).note.is_empty(), "the condition no input records is said");
}

#[test]
fn antibody_drug_conjugates_for_hormone_receptor_positive_disease() {
    use PointerId::{DatoHr, SacituzumabHr};
    let two =
        with(hr(), json!({ "chemo_history": met_lines("taxane", 2), "endocrine_history": met_lines("letrozole", 1) }));
    assert_eq!(shown(&two, SacituzumabHr), Some(Applies));
    assert_eq!(assumes(&two, SacituzumabHr), [("prior_cdk46_inhibitor", "yes"), ("adjuvant_cdk46_inhibitor", "yes")]);
    let never = with(two.clone(), json!({ "prior_cdk46_inhibitor": "no", "adjuvant_cdk46_inhibitor": "no" }));
    assert_eq!(shown(&never, SacituzumabHr), None, "TROPiCS-02 required a CDK4/6 inhibitor");
    assert_eq!(shown(&with(hr(), json!({ "chemo_history": met_lines("taxane", 5) })), SacituzumabHr), None);
    assert_eq!(shown(&two, DatoHr), Some(Applies));
    assert_eq!(trials(&two, DatoHr), ["TROPION-Breast01"]);
    assert_eq!(
        shown(&with(hr(), json!({ "chemo_history": met_lines("taxane", 1) })), DatoHr),
        None,
        "no endocrine therapy"
    );
    assert_eq!(shown(&with(two.clone(), json!({ "chemo_history": met_lines("taxane", 3) })), DatoHr), None);
    let one_and_adc = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1), "prior_adc": "yes" }));
    assert_eq!(shown(&one_and_adc, DatoHr), Some(Applies), "a prior conjugate counts as a chemotherapy line");
}

/// DESTINY-Breast06 with IHC 0: the score is known; the test named is the ultralow re-review.
#[test]
fn the_test_named_for_ihc_0_is_the_ultralow_review() {
    use mbc_aid::case::Her2Ihc;
    use mbc_aid::kb::since2012::{test_for, ULTRALOW_TEST};
    use PointerId::TdxdLowBeforeChemo as P;
    assert_eq!(test_for(P, Her2Ihc::Ihc0), ULTRALOW_TEST);
    assert!(ULTRALOW_TEST.contains("ultralow") && ULTRALOW_TEST.contains("re-review"));
    assert_eq!(test_for(P, Her2Ihc::Unknown), pointer(P).test);
    assert_eq!(test_for(PointerId::TdxdLow, Her2Ihc::Ihc0), pointer(PointerId::TdxdLow).test);
}

/// §9.7: later results for offered options only (platinum only for a BRCA
/// carrier or triple-negative disease), and they change no role (§9.3).
#[test]
fn later_results_follow_the_options_offered() {
    use mbc_aid::ids::{OptionId, TrialId};
    let later = |case: &Value| {
        let a = evaluate(&Case::from_json(&case.to_string()).unwrap());
        for l in &a.later_results {
            assert!(a.is_offered(l.option), "{}: a later result for an option not offered", l.option);
        }
        a.later_results.iter().map(|l| (l.option, l.trial)).collect::<Vec<_>>()
    };
    let after_nsai = with(hr(), json!({ "endocrine_history": met_lines("letrozole", 1), "sites": ["bone"] }));
    assert_eq!(
        later(&after_nsai),
        [(OptionId::ExemestaneEverolimus, TrialId::Bolero2Final), (OptionId::BoneModifyingAgent, TrialId::Calgb70604)]
    );
    assert!(later(&hr()).is_empty(), "first line: no everolimus, no bone metastases");
    let carrier = with(tnbc(), json!({ "brca": "mutation" }));
    assert!(later(&carrier).contains(&(OptionId::Platinum, TrialId::Tnt)));
    // Platinum after an anthracycline and a taxane in HR+ disease without a BRCA mutation: no TNT.
    let after_at = with(
        hr(),
        json!({ "visceral_crisis": "yes", "chemo_history": [exposure("anthracycline", "metastatic", "progressed"), exposure("taxane", "metastatic", "progressed")] }),
    );
    let a = evaluate(&Case::from_json(&after_at.to_string()).unwrap());
    assert!(a.is_offered(OptionId::Platinum), "platinum is listed after AT");
    assert!(!later(&after_at).iter().any(|(o, _)| *o == OptionId::Platinum));
}

#[test]
fn the_layer_says_what_date_it_is_current_to() {
    use mbc_aid::kb::since2012::{out_of_date, CURRENT_TO};
    assert_eq!(evaluate(&Case::default()).since_2012_current_to, "2026-12");
    assert_eq!(CURRENT_TO, "2026-12");
    assert!(!out_of_date(2026, 12) && !out_of_date(2027, 6), "up to six months after");
    assert!(out_of_date(2027, 7) && out_of_date(2030, 1));
}

/// The empty layer says why for each situation: outside Figure 2, or no match.
#[test]
fn an_empty_layer_says_why() {
    use mbc_aid::kb::since2012::{none_for_this_case, NONE_MATCHES, NONE_OUTSIDE_FIGURE_2, UNKNOWN_MAY_ADD};
    let says = |case: &Value| {
        let c = Case::from_json(&case.to_string()).unwrap();
        let a = evaluate(&c);
        assert!(a.since_2012.is_empty(), "{case}");
        none_for_this_case(&c, &a)
    };
    assert_eq!(says(&with(hr(), json!({ "her2": "positive" }))), [NONE_OUTSIDE_FIGURE_2]);
    // Triple-negative after four chemotherapy lines, known BRCA and HER2 score: nothing matches.
    let late =
        with(tnbc(), json!({ "chemo_history": met_lines("taxane", 4), "her2_ihc": "ihc_0", "brca": "no_mutation" }));
    let c = Case::from_json(&late.to_string()).unwrap();
    let ids: Vec<_> = evaluate(&c).since_2012.iter().map(|p| p.id).collect();
    assert_eq!(ids, [PointerId::SacituzumabTnbc], "ASCENT still fits");
    let none = with(hr(), json!({ "visceral_crisis": "yes", "brca": "no_mutation", "her2_ihc": "ihc_0" }));
    assert_eq!(says(&none), [NONE_MATCHES, UNKNOWN_MAY_ADD]);
    let all_known = with(
        none,
        json!({ "pdl1_cps": "below_10", "esr1_mutation": "no", "pi3k_pathway": "not_altered", "prior_cdk46_inhibitor": "no",
                "adjuvant_cdk46_inhibitor": "no", "prior_anti_pd1": "no", "prior_parp_inhibitor": "no", "prior_adc": "no" }),
    );
    assert_eq!(says(&all_known), [NONE_MATCHES]);
}
