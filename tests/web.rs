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
