//! A case in the address: `#case=<base64url of the case JSON, no padding>`.
//! The fragment never reaches a server; every field is read by the same strict parser as a case file.

use crate::case::{Case, CaseError, Expected, Location, Problem, MAX_CASE_BYTES};
use crate::ids::ExposureField;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

pub const PREFIX: &str = "case=";

/// The fragment (without `#`) that carries this case.
pub fn to_fragment(case: &Case) -> String {
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(case.to_json()))
}

/// Reads a case from a fragment (with or without the leading `#`); an empty
/// fragment, or one that is not a case link, is `Ok(None)`. A damaged field
/// of one value is left unknown and reported while the rest of the case loads
/// (`Case::from_json_partial`).
pub fn from_fragment_partial(fragment: &str) -> Result<Option<(Case, Vec<CaseError>)>, CaseError> {
    decoded(fragment)?.map(|text| Case::from_json_partial(&text)).transpose()
}

/// The case text a fragment carries, or `None` when it carries none.
fn decoded(fragment: &str) -> Result<Option<String>, CaseError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(data) = fragment.strip_prefix(PREFIX) else { return Ok(None) };
    if data.len() > MAX_CASE_BYTES * 4 / 3 + 4 {
        return Err(CaseError::document(Problem::LinkTooLong { chars: data.len() }));
    }
    let bytes =
        URL_SAFE_NO_PAD.decode(data.trim_end_matches('=')).map_err(|_| CaseError::document(Problem::LinkNotBase64))?;
    String::from_utf8(bytes).map(Some).map_err(|_| CaseError::document(Problem::LinkNotText))
}

/// A case error in the page's words: the field by its label (a row of a
/// history by its number), the problem without the parser's list of allowed
/// spellings, and nothing of the format's internals (keys, encodings).
pub fn plain_error(e: &CaseError) -> String {
    let problem = match &e.problem {
        Problem::UnknownField | Problem::UnknownPart(_) => return UNKNOWN_ENTRY.to_string(),
        Problem::LinkTooLong { .. } => return TOO_LONG.to_string(),
        Problem::NotJson { .. } | Problem::LinkNotBase64 | Problem::LinkNotText | Problem::TooDeep { .. } => {
            DAMAGED.to_string()
        }
        Problem::NotAnObject if e.field == Location::Document => NOT_A_CASE.to_string(),
        Problem::NotAChoice { value, .. } => format!("\"{value}\" is not allowed"),
        Problem::WrongType { expected: Expected::OneOf(_), found } => format!("{found} is not one of its choices"),
        Problem::MissingPart(part) => format!("its {} is missing", part_words(*part)),
        other => other.to_string(),
    };
    match &e.field {
        Location::Document | Location::Unknown(_) => problem,
        Location::Field(f) => format!("{}: {problem}", f.label()),
        Location::Item(f, i) => format!("{}, row {}: {problem}", f.label(), i + 1),
        Location::Part(f, i, part) => format!("{}, row {}, {}: {problem}", f.label(), i + 1, part_words(*part)),
    }
}

/// An entry the case format does not have: its key may be a damaged field name, never shown.
const UNKNOWN_ENTRY: &str = "an entry this app does not know was left out";
const DAMAGED: &str = "it is damaged (cut short or changed), so none of its entries could be read";
const TOO_LONG: &str = "it is too long to hold a case";
const NOT_A_CASE: &str = "it does not hold a case";

fn part_words(part: ExposureField) -> &'static str {
    match part {
        ExposureField::Agent => "agent",
        ExposureField::Setting => "setting",
        ExposureField::Outcome => "outcome",
        ExposureField::MonthsSinceEnd => "months from its end",
        ExposureField::Benefit => "benefit",
    }
}
