//! "What would change the answer": every missing input explored with each
//! value it can take, ordered by what it changes, each value evaluated by
//! the engine itself; an exposure's field is set alone.

use mbc_aid::assessment::{Effect, Missing};
use mbc_aid::case::{choices, exposure_choices};
use mbc_aid::engine::whatif::{whatif, with_value};
use mbc_aid::ids::{ExposureField, Field, OptionId};
use mbc_aid::{evaluate, Case};
use serde_json::{json, Value};

fn case(v: Value) -> Case {
    Case::from_json(&v.to_string()).unwrap()
}

fn examples() -> Vec<(String, Case)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(e.unwrap().path()).unwrap()).unwrap();
            (doc["name"].as_str().unwrap().to_string(), case(doc["case"].clone()))
        })
        .collect()
}

#[test]
fn every_missing_input_is_explored_with_every_value_it_can_take() {
    let mut explored = 0;
    for (name, c) in examples() {
        let a = evaluate(&c);
        let w = whatif(&c);
        let mut fields: Vec<String> = w.iter().map(|e| e.field.to_string()).collect();
        fields.sort();
        let mut missing: Vec<String> = a.missing.iter().map(|m| m.to_string()).collect();
        missing.sort();
        assert_eq!(fields, missing, "{name}");
        for e in &w {
            let name = e.field.to_string();
            let expected = match e.field.exposure {
                None => e.field.field.bands().len() + choices(e.field.field).len(),
                Some((_, part)) => part.bands().len() + exposure_choices(part).len(),
            };
            assert!(expected >= 2, "{name}: {} has nothing to explore", e.field);
            assert_eq!(e.values.len(), expected, "{name}: {}", e.field);
            for o in &e.values {
                let changed = with_value(&c, &e.field, &o.value).expect("an explored value is a valid case");
                let b = evaluate(&changed);
                assert_eq!((b.strategy, &b.path), (o.strategy, &o.path), "{name}: {} = {}", e.field, o.value);
                assert_eq!(o.path_changes, b.path != a.path);
                explored += 1;
            }
        }
        // Strategy first, then preferred options, then the rest.
        assert!(w.windows(2).all(|p| p[0].effect <= p[1].effect), "{name}: out of order");
    }
    assert!(explored > 30, "only {explored} values explored over the examples");
}

#[test]
fn the_effect_says_what_the_values_change() {
    // Pace unknown on an HR-positive case: visceral crisis decides the strategy.
    let hr = case(
        json!({ "her2": "negative", "er": "positive", "menopause": "post", "age": 67, "ecog": 1, "brca": "no_mutation",
                          "rapid_progression": "no", "vte_history": "no" }),
    );
    let w = whatif(&hr);
    assert_eq!(w[0].field, "visceral_crisis");
    assert_eq!(w[0].effect, Effect::Strategy);
    let yes = w[0].values.iter().find(|o| o.value == "yes").unwrap();
    assert_eq!(yes.strategy.as_str(), "chemotherapy");
    // BRCA on a triple-negative case: platinum and a PARP-inhibitor trial join the preferred set.
    let tnbc = case(json!({ "her2": "negative", "er": "negative", "pr": "negative", "age": 55, "ecog": 1,
                            "visceral_crisis": "no", "rapid_progression": "no", "neuropathy": "no", "lvef_reduced": "no" }));
    let brca = whatif(&tnbc).into_iter().find(|e| e.field == "brca").expect("brca explored");
    assert_eq!(brca.effect, Effect::PreferredOptions);
    let carrier = brca.values.iter().find(|o| o.value == "mutation").unwrap();
    assert!(carrier.preferred.contains(&OptionId::Platinum) && carrier.preferred.contains(&OptionId::ParpTrial));
    // Age on a postmenopausal HR-positive case without amenorrhoea: the bands change only the genetics box.
    let age = whatif(&case(json!({ "her2": "negative", "er": "positive", "menopause": "post", "ecog": 1,
                                  "visceral_crisis": "no", "rapid_progression": "no", "vte_history": "no" })))
    .into_iter()
    .find(|e| e.field == "age")
    .expect("age explored");
    assert_eq!(age.effect, Effect::Nothing);
    assert_eq!(
        age.values.iter().map(|o| o.value.clone()).collect::<Vec<_>>(),
        [json!(45), json!(55), json!(62), json!(70)]
    );
    assert!(age.values[0].path_changes && !age.values[1].path_changes, "under 50 brings the genetics box");
}

#[test]
fn exploring_an_exposure_sets_only_that_field_of_that_exposure() {
    let c = case(json!({ "her2": "negative", "er": "positive", "menopause": "post", "chemo_history": [
        { "agent": "taxane", "setting": "adjuvant", "outcome": "completed", "months_since_end": 30 },
        { "agent": "capecitabine", "setting": "metastatic", "outcome": "progressed" }
    ] }));
    let changed =
        with_value(&c, &Missing::exposure(Field::ChemoHistory, 1, ExposureField::Benefit), &json!("no")).unwrap();
    let mut expected = c.clone();
    expected.chemo_history[1].benefit = mbc_aid::case::Benefit::No;
    assert_eq!(changed, expected);
    assert_eq!(
        with_value(&c, &Missing::exposure(Field::ChemoHistory, 5, ExposureField::Benefit), &json!("no")),
        None,
        "no such exposure"
    );
    assert_eq!(with_value(&c, &Field::Age.into(), &json!(300)), None, "an invalid value is no case");
}

/// The answer at a glance names the warning alerts it rests on: exactly
/// those whose input is unknown and would change the strategy or the
/// preferred options once known (as "what would change" finds them).
#[test]
fn the_assumptions_are_the_alerts_whose_unknown_inputs_change_the_answer() {
    use mbc_aid::assessment::{Effect, Severity};
    use mbc_aid::engine::whatif::assumptions;
    use mbc_aid::ids::AlertCode;
    use mbc_aid::kb::alerts::inputs;
    let mut named = 0;
    for (name, c) in examples() {
        let a = evaluate(&c);
        let consequential: Vec<_> =
            whatif(&c).into_iter().filter(|e| e.effect != Effect::Nothing).map(|e| e.field.field).collect();
        let expected: Vec<AlertCode> = a
            .alerts
            .iter()
            .filter(|al| al.severity == Severity::Warning && inputs(al.code).iter().any(|f| consequential.contains(f)))
            .map(|al| al.code)
            .collect();
        assert_eq!(assumptions(&c, &a), expected, "{name}");
        named += expected.len();
    }
    assert!(named > 0, "no example rests on an unknown");
    // Pace not assessed: endocrine therapy is provisional, and the answer says so.
    let provisional = case(json!({ "her2": "negative", "er": "positive", "menopause": "post" }));
    assert!(assumptions(&provisional, &evaluate(&provisional)).contains(&AlertCode::AssessPace));
    // Menopause not recorded at 62: treated as postmenopausal by age, and the answer says so.
    let by_age = case(
        json!({ "her2": "negative", "er": "positive", "age": 62, "visceral_crisis": "no", "rapid_progression": "no" }),
    );
    assert!(assumptions(&by_age, &evaluate(&by_age)).contains(&AlertCode::ConfirmMenopause));
    // A fully known case rests on nothing unknown.
    let known = case(json!({ "her2": "negative", "er": "positive", "pr": "positive", "menopause": "post", "age": 67,
        "visceral_crisis": "no", "rapid_progression": "no", "ovarian_suppression": "no", "vte_history": "no" }));
    assert_eq!(assumptions(&known, &evaluate(&known)), []);
}

/// A value that changes neither the strategy nor the preferred options says
/// what it does change: prior thromboembolism adds a caution to tamoxifen.
#[test]
fn a_value_without_effect_says_what_else_changes() {
    use mbc_aid::assessment::{Also, Effect};
    let c = case(json!({ "her2": "negative", "er": "positive", "pr": "positive", "menopause": "post", "age": 67,
        "visceral_crisis": "no", "rapid_progression": "no", "ovarian_suppression": "no" }));
    let vte = whatif(&c).into_iter().find(|e| e.field == "vte_history").expect("vte_history explored");
    assert_eq!(vte.effect, Effect::Nothing);
    let yes = vte.values.iter().find(|o| o.value == json!("yes")).unwrap();
    assert!(
        yes.also.contains(&Also::CautionAdded { option: OptionId::Tamoxifen, caution: "prior VTE" }),
        "{:?}",
        yes.also
    );
    assert!(yes.also.contains(&Also::CautionRemoved { option: OptionId::Tamoxifen, caution: "VTE history unknown" }));
    let no = vte.values.iter().find(|o| o.value == json!("no")).unwrap();
    assert!(!no.also.iter().any(|a| matches!(a, Also::CautionAdded { .. })), "no caution added by 'no': {:?}", no.also);
    assert!(no.also.contains(&Also::CautionRemoved { option: OptionId::Tamoxifen, caution: "VTE history unknown" }));
}
