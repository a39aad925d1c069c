//! Which typed text the form reads as a number (`number::is_decimal`): the
//! browser reads the value with its own parser, so the grammar must admit
//! only what Rust's `f64::from_str` reads too, and every plain decimal; and
//! how a number is written back (`number::fmt_number`).
#![cfg(not(target_arch = "wasm32"))]

use mbc_aid::number::{fmt_number, is_decimal};
use proptest::prelude::*;

#[test]
fn plain_decimals_are_numbers() {
    for t in ["0", "12", "12.5", ".5", "5.", "-3", "+3", "007", "1e3", "1E-3", "2.5e+2", "-0.0"] {
        assert!(is_decimal(t), "{t:?} should read as a number");
    }
}

#[test]
fn other_text_is_not_a_number() {
    for t in [
        "", ".", "-", "+", "e3", "1e", "1e+", "inf", "-inf", "NaN", "infinity", "1.2.3", " 1", "1 ", "1,5", "0x10",
        "1_000", "--1", "1e3.5", "½", "١٢",
    ] {
        assert!(!is_decimal(t), "{t:?} should not read as a number");
    }
}

/// A number is written as the value the engine used: whole numbers without
/// ".0", others as given, and a whole number too large for an integer in full.
#[test]
fn numbers_are_written_as_their_values() {
    for (v, text) in [
        (30.0, "30"),
        (2.5, "2.5"),
        (0.0, "0"),
        (-3.0, "-3"),
        (1e30, "1000000000000000000000000000000"),
        (9007199254740993.0, "9007199254740992"),
    ] {
        assert_eq!(fmt_number(v), text, "{v}");
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
