//! A case in the address: `#case=<base64url of the case JSON, no padding>`.
//! The fragment never reaches a server; every field is read by the same strict parser as a case file.

use crate::case::{Case, CaseError, Expected, Location, Problem, MAX_CASE_BYTES};
use crate::ids::Field;
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

/// A case error in the page's words: the field's label, the problem without
/// the parser's list of allowed spellings.
pub fn plain_error(e: &CaseError) -> String {
    let problem = match &e.problem {
        Problem::UnknownField | Problem::UnknownPart(_) => "not a question this app knows".to_string(),
        Problem::NotAChoice { value, .. } => format!("\"{value}\" is not allowed"),
        Problem::WrongType { expected: Expected::OneOf(_), found } => format!("{found} is not one of its choices"),
        Problem::MissingPart(part) => format!("its {} is missing", part.as_str().replace('_', " ")),
        other => other.to_string(),
    };
    match (&e.field, &e.problem) {
        (Location::Document, _) => e.to_string(),
        (Location::Unknown(name), _) | (_, Problem::UnknownPart(name)) => format!("“{name}”: {problem}"),
        (Location::Field(f), _) => format!("{}: {problem}", f.label()),
        (at, _) => format!("{} ({at}): {problem}", at.field().map_or("", Field::label)),
    }
}
