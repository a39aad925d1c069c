//! How a number from a case is written in text: whole numbers without a
//! trailing ".0" (30, not 30.0), others as given (2.5). Shared by the
//! engine's wording, the form and the print-out.

pub fn fmt_number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
