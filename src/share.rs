//! A case in the address: `#case=<base64url of the case JSON, no padding>`.
//! The fragment never reaches a server; every field is read by the same strict parser as a case file.

use crate::case::{Case, CaseError, MAX_CASE_BYTES};
use crate::kb::fields::field;
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
    let link = |problem: String| CaseError { field: String::new(), problem };
    if data.len() > MAX_CASE_BYTES * 4 / 3 + 4 {
        return Err(link(format!("the case link is too long ({} characters)", data.len())));
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|e| link(format!("the case link is damaged: it is not base64url ({e})")))?;
    String::from_utf8(bytes).map(Some).map_err(|_| link("the case link is damaged: it is not UTF-8 text".into()))
}

/// A case error in plain words for the page: the field's label, and the
/// problem without the parser's list of allowed codes.
pub fn plain_error(e: &CaseError) -> String {
    // An error names a path (`chemo_history[0].agent`): the label is its field's.
    let known = field(e.field.split(['[', '.']).next().unwrap_or_default());
    let label = known.map_or(e.field.as_str(), |f| f.label);
    let problem = if e.problem.starts_with("unknown field") {
        "not a question this app knows".to_string()
    } else if let Some(rest) = e.problem.strip_prefix("unknown variant ") {
        let value = rest.split(',').next().unwrap_or(rest).trim_matches('`');
        format!("“{value}” is not one of its choices")
    } else {
        let cut = [", expected one of", "; expected one of"].iter().filter_map(|m| e.problem.find(m)).min();
        e.problem[..cut.unwrap_or(e.problem.len())].to_string()
    };
    if e.field.is_empty() {
        problem
    } else if known.is_some_and(|f| f.name != e.field) {
        format!("{label} ({}): {problem}", e.field)
    } else if known.is_none() {
        format!("“{label}”: {problem}")
    } else {
        format!("{label}: {problem}")
    }
}
