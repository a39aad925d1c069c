//! How a number from a case is written in text: whole numbers without a
//! trailing ".0" (30, not 30.0), others as given (2.5). Shared by the
//! engine's wording, the form and the print-out. And which typed text the
//! form reads as a number.

pub fn fmt_number(v: f64) -> String {
    // Beyond 2^53 a float is whole but `as i64` could saturate (1e30 would
    // read 9223372036854775807): there Display's own digits are the value.
    if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Whether `text` is a decimal number as the form reads it: an optional
/// sign, digits with at most one decimal point (a digit on at least one side
/// of it), and an optional exponent (`1e3`). No spaces, no "inf" or "nan".
/// Every such text is also a number to Rust's `f64::from_str`, so the
/// browser's reader of the form (which must not carry core's float parser
/// and its tables into the module) reads exactly what a case file would.
pub fn is_decimal(text: &str) -> bool {
    let b = text.as_bytes();
    let mut at = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |at: &mut usize| {
        let start = *at;
        while b.get(*at).is_some_and(u8::is_ascii_digit) {
            *at += 1;
        }
        *at - start
    };
    let mut mantissa = digits(&mut at);
    if b.get(at) == Some(&b'.') {
        at += 1;
        mantissa += digits(&mut at);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(b.get(at), Some(b'e' | b'E')) {
        at += 1;
        at += usize::from(matches!(b.get(at), Some(b'+' | b'-')));
        if digits(&mut at) == 0 {
            return false;
        }
    }
    at == b.len()
}
