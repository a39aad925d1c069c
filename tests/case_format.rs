//! The case format of ALGORITHM.md §1: unknown is a value, and every error
//! names its field.

use mbc_aid::case::*;
use mbc_aid::ids::{ExposureField, Field};
use mbc_aid::share;

fn err(json: &str) -> CaseError {
    Case::from_json(json).expect_err(json)
}

#[test]
fn absent_null_and_unknown_are_the_same() {
    let a = Case::from_json("{}").unwrap();
    let b = Case::from_json(
        r#"{"visceral_crisis": null, "menopause": "unknown", "age": null, "sites": null, "prefers_oral": "unknown"}"#,
    )
    .unwrap();
    assert_eq!(a, b);
    assert_eq!(a.visceral_crisis, Tri::Unknown);
    assert!(!a.prefers_oral);
}

#[test]
fn a_misspelt_field_is_an_error_naming_it() {
    let e = err(r#"{"visceral_crsis": "yes"}"#);
    assert!(e.to_string().contains("visceral_crsis"), "{e}");
}

#[test]
fn a_value_outside_its_set_names_the_field() {
    let e = err(r#"{"visceral_crisis": "maybe"}"#);
    assert_eq!(e.field, Location::Field(Field::VisceralCrisis));
    assert!(matches!(&e.problem, Problem::NotAChoice { value, .. } if value == "maybe"), "{e}");
    assert_eq!(
        e.to_string(),
        r#"field `visceral_crisis`: "maybe" is not allowed; expected one of "yes", "no", "unknown""#
    );
}

#[test]
fn numbers_are_range_checked_and_whole_where_they_must_be() {
    let at = |json| err(json).field.to_string();
    assert_eq!(at(r#"{"age": 17}"#), "age");
    assert_eq!(err(r#"{"age": 121}"#).to_string(), "field `age`: 121 is out of range; expected 18–120");
    assert_eq!(at(r#"{"ecog": 5}"#), "ecog");
    assert!(matches!(err(r#"{"ecog": 1.5}"#).problem, Problem::NotWhole { .. }));
    assert!(err(r#"{"ecog": 1.5}"#).to_string().contains("whole number"));
    assert_eq!(Case::from_json(r#"{"ecog": 2.0}"#).unwrap().ecog, Some(2));
    assert_eq!(at(r#"{"anthracycline_dose": 2001}"#), "anthracycline_dose");
    assert_eq!(Case::from_json(r#"{"anthracycline_dose": 240.5}"#).unwrap().anthracycline_dose, Some(240.5));
    let e = err(r#"{"age": "unknown"}"#);
    assert_eq!(e.field, Location::Field(Field::Age));
    assert_eq!(e.to_string(), r#"field `age`: expected a number or null, found the string "unknown""#);
}

#[test]
fn exposure_errors_name_the_exposure() {
    let e = err(
        r#"{"endocrine_history": [{"agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed"}, {"setting": "metastatic", "outcome": "progressed"}]}"#,
    );
    assert_eq!(e.field, Location::Item(Field::EndocrineHistory, 1));
    assert_eq!(e.problem, Problem::MissingPart(ExposureField::Agent));
    assert!(e.to_string().contains("agent"), "{e}");
    let e = err(r#"{"chemo_history": [{"agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed"}]}"#);
    assert_eq!(e.field.to_string(), "chemo_history[0].agent");
    let e = err(
        r#"{"chemo_history": [{"agent": "taxane", "setting": "adjuvant", "outcome": "completed", "months_since_end": -1}]}"#,
    );
    assert_eq!(e.field, Location::Part(Field::ChemoHistory, 0, ExposureField::MonthsSinceEnd));
    let e =
        err(r#"{"chemo_history": [{"agent": "taxane", "setting": "adjuvant", "outcome": "completed", "dose": 1}]}"#);
    assert!(e.to_string().contains("dose"), "{e}");
}

#[test]
fn wrong_shapes_and_hostile_input_are_clean_errors() {
    assert_eq!(err("[]").to_string(), "a case must be a JSON object");
    assert_eq!(err("null").problem, Problem::NotAnObject);
    let e = err(r#"{"endocrine_history": [["tamoxifen", "adjuvant", "completed"]]}"#);
    assert_eq!((e.field.to_string(), &e.problem), ("endocrine_history[0]".into(), &Problem::NotAnObject));
    assert!(matches!(err("{").problem, Problem::NotJson { fault: JsonFault::Incomplete, .. }));
    assert!(err("{").to_string().contains("not complete"));
    assert!(err("{} {}").to_string().contains("trailing"), "{}", err("{} {}"));
    assert!(err(&"[".repeat(100_000)).to_string().contains("nested"));
    let e = err(&format!(r#"{{"age": 58, "sites": {}"bone"{}}}"#, "[".repeat(20), "]".repeat(20)));
    assert_eq!((e.field.clone(), e.problem.clone()), (Location::Field(Field::Sites), Problem::TooDeep { levels: 16 }));
    assert_eq!(e.to_string(), "field `sites`: nested more than 16 levels deep");
    // The field is the outermost one, found past strings that hold brackets and colons.
    let e = err(&format!(
        r#"{{"note": "[{{:", "endocrine_history": [{{"agent": {}1{}}}]}}"#,
        "[".repeat(20),
        "]".repeat(20)
    ));
    assert_eq!(e.field, Location::Field(Field::EndocrineHistory));
    // Within the limit, depth is no error of its own: the schema names what is wrong.
    let e = err(&format!(r#"{{"sites": {}"bone"{}}}"#, "[".repeat(15), "]".repeat(15)));
    assert!(!matches!(e.problem, Problem::TooDeep { .. }), "{e}");
    let huge = format!(r#"{{"sites": [{}"bone"]}}"#, "\"bone\",".repeat(60_000));
    assert!(err(&huge).to_string().contains("at most"));
    assert_eq!(err(r#"{"sites": ["bone", "moon"]}"#).field, Location::Item(Field::Sites, 1));
}

#[test]
fn sets_drop_duplicates() {
    let c = Case::from_json(r#"{"sites": ["bone", "liver", "bone"]}"#).unwrap();
    assert_eq!(c.sites, vec![Site::Bone, Site::Liver]);
}

#[test]
fn the_address_carries_a_case_and_refuses_a_damaged_one() {
    let case = Case::from_json(r#"{"her2": "negative", "er": "positive", "age": 67}"#).unwrap();
    let fragment = share::to_fragment(&case);
    assert!(fragment.starts_with("case="));
    assert!(!fragment.contains('='.to_string().repeat(2).as_str()) && !fragment.ends_with('='));
    assert_eq!(share::from_fragment_partial(&format!("#{fragment}")).unwrap(), Some((case, Vec::new())));
    assert_eq!(share::from_fragment_partial("").unwrap(), None);
    assert_eq!(share::from_fragment_partial("#about").unwrap(), None);
    assert_eq!(share::from_fragment_partial("#case=!!!").unwrap_err().problem, Problem::LinkNotBase64);
    let bad = share::to_fragment(&Case::default()) + "AAAA";
    assert!(share::from_fragment_partial(&bad).is_err());
    use base64::Engine;
    let misspelt = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"{"visceral_crsis":"yes"}"#);
    let (_, unread) = share::from_fragment_partial(&format!("case={misspelt}")).unwrap().unwrap();
    assert!(unread[0].to_string().contains("visceral_crsis"), "{}", unread[0]);
}

#[test]
fn a_damaged_link_loads_every_readable_field_and_names_the_rest() {
    use mbc_aid::share::plain_error;
    use mbc_aid::share::{from_fragment_partial, to_fragment};
    let link = |json: &str| format!("#case={}", base64_url(json));
    let (case, unread) = from_fragment_partial(&link(
        r#"{"her2": "negative", "er": "positive", "age": 300, "ecog": "x", "visceral_crsis": "yes"}"#,
    ))
    .unwrap()
    .unwrap();
    assert_eq!((case.her2.as_str(), case.er.as_str(), case.age, case.ecog), ("negative", "positive", None, None));
    let words: Vec<String> = unread.iter().map(plain_error).collect();
    assert_eq!(
        words,
        [
            "Age (years): 300 is out of range; expected 18–120",
            "ECOG performance status: expected a number or null, found the string \"x\"",
            "an entry this app does not know was left out",
        ]
    );
    let (_, unread) = from_fragment_partial(&link(r#"{"her2": "maybe"}"#)).unwrap().unwrap();
    assert_eq!(plain_error(&unread[0]), "HER2 status: \"maybe\" is not allowed");
    // A list that cannot be read would read as "none" if left out: the whole link is refused.
    for bad in [
        r#"{"er": "positive", "sites": "bone"}"#,
        r#"{"er": "positive", "emergencies": ["flood"]}"#,
        r#"{"er": "positive", "chemo_history": [{"agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed"}]}"#,
    ] {
        assert!(from_fragment_partial(&link(bad)).is_err(), "{bad}");
    }
    // Damaged as a whole: refused.
    assert!(from_fragment_partial(&link(r#"{"her2": "#)).is_err());
    assert!(from_fragment_partial("#case=!!!").is_err());
    // An intact link reads in full with nothing to report.
    let c = Case::from_json(r#"{"her2": "negative", "sites": ["bone"]}"#).unwrap();
    assert_eq!(from_fragment_partial(&to_fragment(&c)).unwrap(), Some((c, Vec::new())));
}

fn base64_url(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

/// The page's words for a damaged link or file name fields in the form's
/// words and nothing of the format's internals: no key, no encoding.
#[test]
fn the_page_words_errors_without_internal_keys_or_encodings() {
    use mbc_aid::share::{from_fragment_partial, plain_error};
    let link = |json: &str| format!("#case={}", base64_url(json));
    let mut errors: Vec<CaseError> = Vec::new();
    for bad in ["#case=!!!", "#case=gICA", &link(r#"{"her2": "#), &link(&"[".repeat(40)), &link("[1]")] {
        errors.push(from_fragment_partial(bad).unwrap_err());
    }
    let (_, unread) = from_fragment_partial(&link(
        r#"{"visceral_crid_progression": "yes", "age": "x", "sites": ["bone"], "er": "maybe", "her2": 3}"#,
    ))
    .unwrap()
    .unwrap();
    errors.extend(unread);
    errors.push(err(r#"{"chemo_history": [{"agent": "tamoxifen", "setting": "adjuvant", "outcome": "completed"}]}"#));
    errors.push(err(r#"{"chemo_history": [{"setting": "adjuvant", "outcome": "completed"}]}"#));
    assert!(errors.len() >= 10, "{} errors", errors.len());
    for e in &errors {
        let words = plain_error(e);
        for internal in ["_", "base64", "UTF-8", "JSON", "EOF", "symbol", "offset", "[0]", "expected one of"] {
            assert!(!words.contains(internal), "{internal:?} in {words:?} (from {e})");
        }
    }
    assert_eq!(
        plain_error(&errors[errors.len() - 2]),
        "Prior chemotherapy, row 1, agent: \"tamoxifen\" is not allowed"
    );
}
