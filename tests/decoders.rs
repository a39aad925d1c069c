//! The decoders never panic: whatever text arrives as a case file, an import
//! or an address fragment, the result is a clean error or a valid case.

mod support;

use mbc_aid::share;
use mbc_aid::Case;
use proptest::prelude::*;

/// A decoded case must be one the engine can evaluate and re-encode exactly.
fn valid(case: &Case) -> Result<(), TestCaseError> {
    mbc_aid::evaluate(case);
    prop_assert_eq!(&Case::from_json(&case.to_json()).unwrap(), case);
    Ok(())
}

/// Edits that keep text JSON-like: a value replaced, a key misspelt, a
/// character dropped or doubled, a bracket added.
fn mutate(json: String, at: usize, how: u8, with: String) -> String {
    let mut chars: Vec<char> = json.chars().collect();
    let i = if chars.is_empty() { 0 } else { at % chars.len() };
    match how % 6 {
        0 if !chars.is_empty() => {
            chars.remove(i);
        }
        0 => {}
        1 => chars.insert(i, chars.get(i).copied().unwrap_or('"')),
        2 => chars.splice(i..i, with.chars()).for_each(drop),
        3 => chars.insert(i, '['),
        4 => chars.insert(i, '{'),
        _ => {
            let s: String = chars.iter().collect();
            return s.replacen("\"yes\"", &format!("{with:?}"), 1).replacen(":1", ":-1e400", 1);
        }
    }
    chars.into_iter().collect()
}

fn cases() -> u32 {
    std::env::var("MBC_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000) / 4
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_is_a_clean_error_or_a_case(text in ".{0,300}") {
        if let Ok(case) = Case::from_json(&text) { valid(&case)?; }
        if let Ok(Some((case, _))) = share::from_fragment_partial(&format!("case={text}")) { valid(&case)?; }
    }

    #[test]
    fn mutated_cases_are_a_clean_error_or_a_case(
        case in support::arb::case(), at in any::<usize>(), how in any::<u8>(), with in "[a-z_\"\\[\\]{}:,0-9.-]{0,12}"
    ) {
        let text = mutate(case.to_json(), at, how, with);
        match Case::from_json(&text) {
            Ok(c) => valid(&c)?,
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        let fragment = format!("case={}", base64_url(&text));
        if let Ok(Some((c, _))) = share::from_fragment_partial(&fragment) { valid(&c)?; }
    }

    #[test]
    fn damaged_links_are_a_clean_error_or_a_case(case in support::arb::case(), cut in any::<usize>(), junk in "[A-Za-z0-9_=!%-]{0,8}") {
        let fragment = share::to_fragment(&case);
        let cut = cut % (fragment.len() + 1);
        let damaged = format!("{}{junk}", &fragment[..cut]);
        match share::from_fragment_partial(&damaged) {
            Ok(Some((c, unread))) => {
                valid(&c)?;
                prop_assert!(unread.iter().all(|e| e.field != mbc_aid::case::Location::Document && !e.to_string().is_empty()));
            }
            Ok(None) => prop_assert!(!damaged.starts_with(share::PREFIX)),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

fn base64_url(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

#[test]
fn hostile_shapes_are_refused_without_panic() {
    for text in [
        "[".repeat(200_000),
        "{\"sites\":".repeat(50_000),
        format!("{{\"age\": 1{}}}", "0".repeat(400)),
        "{\"age\": 1e400}".to_string(),
        "\u{0}".to_string(),
        "\"".repeat(10),
    ] {
        assert!(Case::from_json(&text).is_err(), "{:.40}", text);
    }
}
