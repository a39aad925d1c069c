//! Browser tests of the WASM build (wasm-bindgen-test in headless Chromium):
//! the engine gives the same results compiled to wasm32, and the app mounts.
#![cfg(target_arch = "wasm32")]

use mbc_aid::check::{check_example, CheckOutcome};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

macro_rules! cases {
    ($($name:literal),+ $(,)?) => { [$(($name, include_str!(concat!("cases/", $name, ".json")))),+] };
}

const CASES: [(&str, &str); 15] = cases!(
    "amenorrhea_after_chemo_needs_ofs",
    "hepatic_impairment_excludes_docetaxel",
    "her2_discordance_flagged",
    "her2_missing_no_therapy",
    "her2_positive_out_of_scope",
    "hr_lvef_reduced_chemo",
    "never_offered_bevacizumab",
    "post_de_novo_bone_only",
    "post_progressed_on_letrozole",
    "post_rapid_progression_chemo",
    "pre_first_line_ofs_tamoxifen",
    "symptomatic_brain_urgent",
    "tnbc_after_adjuvant_ac_t_late",
    "tnbc_first_line_naive",
    "tnbc_visceral_crisis_combination",
);

#[wasm_bindgen_test]
fn every_example_case_passes_in_wasm() {
    for (file, text) in CASES {
        match check_example(text) {
            Ok((_, CheckOutcome::Pass)) => {}
            Ok((name, CheckOutcome::Fail(problems))) => panic!("{name}: {problems:?}"),
            Err(e) => panic!("{file}: {e}"),
        }
    }
}

#[wasm_bindgen_test]
fn the_app_mounts_with_its_provenance() {
    leptos::mount::mount_to_body(mbc_aid::web::App);
    let body = web_sys::window().unwrap().document().unwrap().body().unwrap();
    let text = body.text_content().unwrap_or_default();
    assert!(text.contains("Gogineni"), "{text}");
    assert!(text.contains("does not replace, clinical judgement"), "{text}");
    assert!(body.query_selector("[data-testid=since-2012]").unwrap().is_some());
}

/// The form reads a number with the browser's parser (core's would add its
/// tables to the module): it must read every decimal exactly as Rust, and so
/// a case file, does — including the ones that round, and a decimal comma.
#[wasm_bindgen_test]
fn the_form_reads_numbers_as_rust_does() {
    let limits = mbc_aid::ids::ExposureField::MonthsSinceEnd.limits().expect("months have limits");
    let texts = [
        "0",
        "12",
        "12.5",
        ".5",
        "5.",
        "+3",
        "007",
        "1e3",
        "2.5e+2",
        "0.1",
        "0.30000000000000004",
        "123456789.123456789",
        "9007199254740993",
        "1.7976931348623157e308",
        "2.2250738585072014e-308",
        "4.9e-324",
        "0.000001",
        "36.0000000000000001",
    ];
    for t in texts {
        assert_eq!(mbc_aid::web::parse_number(t, limits), Ok(Some(t.parse::<f64>().unwrap())), "{t}");
    }
    assert_eq!(mbc_aid::web::parse_number(" 2,5 ", limits), Ok(Some(2.5)));
    assert_eq!(mbc_aid::web::parse_number("", limits), Ok(None));
    for t in ["inf", "NaN", "1e", "12abc", "0x10", "1.2.3"] {
        assert_eq!(mbc_aid::web::parse_number(t, limits), Err(format!("\"{t}\" is not a number")), "{t}");
    }
    assert!(mbc_aid::web::parse_number("-1", limits).is_err_and(|e| e.contains("out of range")));
    assert!(mbc_aid::web::parse_number("1e400", limits).is_err_and(|e| e.contains("out of range")));
}
