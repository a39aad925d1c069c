//! Which typed text the form reads as a number (`number::is_decimal`): the
//! browser reads the value with its own parser, so the grammar must admit
//! only what Rust's `f64::from_str` reads too, and every plain decimal.
#![cfg(not(target_arch = "wasm32"))]

use mbc_aid::number::is_decimal;
use proptest::prelude::*;

#[test]
fn plain_decimals_are_numbers() {
    for t in ["0", "12", "12.5", ".5", "5.", "-3", "+3", "007", "1e3", "1E-3", "2.5e+2", "-0.0"] {
        assert!(is_decimal(t), "{t:?} should read as a number");
    }
}

#[test]
fn other_text_is_not_a_number() {
    for t in ["", ".", "-", "+", "e3", "1e", "1e+", "inf", "-inf", "NaN", "infinity", "1.2.3", " 1", "1 ", "1,5", "0x10", "1_000", "--1", "1e3.5", "½", "١٢"] {
        assert!(!is_decimal(t), "{t:?} should not read as a number");
    }
}

proptest! {
    #[test]
    fn every_text_read_as_a_number_is_a_number_to_rust(t in "[-+]?[0-9]{0,4}[.]?[0-9]{0,4}([eE][-+]?[0-9]{0,3})?|\\PC{0,8}") {
        if is_decimal(&t) {
            prop_assert!(t.parse::<f64>().is_ok(), "{:?} is read by the form but not by Rust", t);
        }
    }

    #[test]
    fn every_decimal_rust_reads_is_read(t in "[-+]?([0-9]{1,6}|[0-9]{1,6}[.][0-9]{0,6}|[.][0-9]{1,6})([eE][-+]?[0-9]{1,3})?") {
        prop_assert!(is_decimal(&t), "{:?} is a decimal", t);
    }
}
