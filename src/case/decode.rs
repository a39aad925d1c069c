//! Reading a case from JSON, strictly (ALGORITHM.md §1): every name must be
//! a field of the case format, every value one of its field's values or
//! within its limits, and each problem is a typed `CaseError` naming where
//! it lies. One exhaustive match says how each field is read.

use super::error::{CaseError, Expected, Found, JsonFault, Location, Problem};
use super::*;
use serde::Deserialize;
use serde_json::{Map, Value};

/// The largest case text accepted. A real case is a few kilobytes; refusing
/// megabytes up front keeps a hostile file or link from stalling the page.
pub const MAX_CASE_BYTES: usize = 256 * 1024;

/// Deeper than any valid case (object → list → exposure is 2); refusing deep
/// nesting before parsing keeps the parser's recursion bounded.
const MAX_DEPTH: usize = 16;

impl Case {
    /// Parses a case file strictly: the first problem refuses it.
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        let object = document(text, too_deep(text))?;
        let mut case = Case::default();
        for (name, v) in &object {
            let field = Field::parse(name).ok_or_else(|| unknown(name))?;
            read(&mut case, field, v)?;
        }
        Ok(case)
    }

    /// Reads what can be read of a damaged case (a link): a field of one value
    /// that cannot be read is left unknown, with its error, and every other
    /// field is kept. A list that cannot be read fails the whole case, since
    /// leaving it out would read as "none" (no sites, no emergency, no prior
    /// therapy); so does anything wrong with the document as a whole.
    pub fn from_json_partial(text: &str) -> Result<(Case, Vec<CaseError>), CaseError> {
        let deep = too_deep(text);
        let whole = |at: &Location| at.field().map_or(*at == Location::Document, Field::is_list);
        if let Some(at) = deep.as_ref().filter(|at| whole(at)) {
            return Err(CaseError::new(at.clone(), Problem::TooDeep { levels: MAX_DEPTH }));
        }
        // Nested too deep in one field of one value: that field alone is unread.
        let object = document(text, None)?;
        let (mut case, mut errors) = (Case::default(), Vec::new());
        for (name, v) in &object {
            let result = match (Field::parse(name), &deep) {
                (field, Some(at)) if at.to_string() == *name => Err(CaseError::new(
                    field.map_or(unknown_at(name), Location::Field),
                    Problem::TooDeep { levels: MAX_DEPTH },
                )),
                (None, _) => Err(unknown(name)),
                (Some(field), _) => match read(&mut case, field, v) {
                    Err(e) if field.is_list() => return Err(e),
                    other => other,
                },
            };
            errors.extend(result.err());
        }
        Ok((case, errors))
    }
}

fn unknown_at(name: &str) -> Location {
    Location::Unknown(name.chars().take(64).collect())
}

fn unknown(name: &str) -> CaseError {
    CaseError::new(unknown_at(name), Problem::UnknownField)
}

/// The case's object: within size and depth (`deep`: where it nests too
/// deep, if anywhere), valid JSON, and an object.
fn document(text: &str, deep: Option<Location>) -> Result<Map<String, Value>, CaseError> {
    if text.len() > MAX_CASE_BYTES {
        return Err(CaseError::document(Problem::TooLarge { bytes: text.len(), max: MAX_CASE_BYTES }));
    }
    if let Some(at) = deep {
        return Err(CaseError::new(at, Problem::TooDeep { levels: MAX_DEPTH }));
    }
    let mut parser = serde_json::Deserializer::from_str(text);
    let not_json = |e: serde_json::Error, fault| Problem::NotJson { fault, line: e.line(), column: e.column() };
    let value = Value::deserialize(&mut parser).map_err(|e| {
        let fault = if e.is_eof() { JsonFault::Incomplete } else { JsonFault::Invalid };
        CaseError::document(not_json(e, fault))
    })?;
    parser.end().map_err(|e| CaseError::document(not_json(e, JsonFault::Trailing)))?;
    match value {
        Value::Object(object) => Ok(object),
        _ => Err(CaseError::document(Problem::NotAnObject)),
    }
}

/// Reads one field's value into the case; the case is unchanged if it cannot be read.
fn read(case: &mut Case, field: Field, v: &Value) -> Result<(), CaseError> {
    use Field as F;
    let at = |problem| CaseError::new(Location::Field(field), problem);
    let whole = |v: &Value| Ok::<_, CaseError>(number(v, field.limits()).map_err(at)?.map(|n| n as u8));
    match field {
        F::Age => case.age = whole(v)?,
        F::Ecog => case.ecog = whole(v)?,
        F::AnthracyclineDose => case.anthracycline_dose = number(v, field.limits()).map_err(at)?,
        F::Menopause => case.menopause = choice(v).map_err(at)?,
        F::AmenorrheaAfterChemo => case.amenorrhea_after_chemo = choice(v).map_err(at)?,
        F::OvarianSuppression => case.ovarian_suppression = choice(v).map_err(at)?,
        F::Er => case.er = choice(v).map_err(at)?,
        F::Pr => case.pr = choice(v).map_err(at)?,
        F::Her2 => case.her2 = choice(v).map_err(at)?,
        F::ReceptorSource => case.receptor_source = choice(v).map_err(at)?,
        F::PrimaryEr => case.primary_er = choice(v).map_err(at)?,
        F::PrimaryPr => case.primary_pr = choice(v).map_err(at)?,
        F::PrimaryHer2 => case.primary_her2 = choice(v).map_err(at)?,
        F::Biopsy => case.biopsy = choice(v).map_err(at)?,
        F::StagingDone => case.staging_done = choice(v).map_err(at)?,
        F::Sites => case.sites = set(v, field)?,
        F::VisceralCrisis => case.visceral_crisis = choice(v).map_err(at)?,
        F::RapidProgression => case.rapid_progression = choice(v).map_err(at)?,
        F::Emergencies => case.emergencies = set(v, field)?,
        F::EndocrineHistory => case.endocrine_history = exposures(v, field)?,
        F::ChemoHistory => case.chemo_history = exposures(v, field)?,
        F::LvefReduced => case.lvef_reduced = choice(v).map_err(at)?,
        F::Neuropathy => case.neuropathy = choice(v).map_err(at)?,
        F::HepaticImpairment => case.hepatic_impairment = choice(v).map_err(at)?,
        F::RenalImpairment => case.renal_impairment = choice(v).map_err(at)?,
        F::VteHistory => case.vte_history = choice(v).map_err(at)?,
        F::Brca => case.brca = choice(v).map_err(at)?,
        // Unknown preferences read as "no" (§1).
        F::PrefersOral => case.prefers_oral = choice::<Tri>(v).map_err(at)? == Tri::Yes,
        F::AvoidAlopecia => case.avoid_alopecia = choice::<Tri>(v).map_err(at)? == Tri::Yes,
        F::TrialInterest => case.trial_interest = choice(v).map_err(at)?,
        F::Her2Ihc => case.her2_ihc = choice(v).map_err(at)?,
        F::PdL1Cps => case.pdl1_cps = choice(v).map_err(at)?,
        F::Esr1Mutation => case.esr1_mutation = choice(v).map_err(at)?,
        F::Pi3kPathway => case.pi3k_pathway = choice(v).map_err(at)?,
        F::PriorCdk46Inhibitor => case.prior_cdk46_inhibitor = choice(v).map_err(at)?,
        F::AdjuvantCdk46Inhibitor => case.adjuvant_cdk46_inhibitor = choice(v).map_err(at)?,
        F::PriorAntiPd1 => case.prior_anti_pd1 = choice(v).map_err(at)?,
        F::PriorParpInhibitor => case.prior_parp_inhibitor = choice(v).map_err(at)?,
        F::PriorAdc => case.prior_adc = choice(v).map_err(at)?,
    }
    Ok(())
}

fn found(v: &Value) -> Found {
    match v {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => Found::Text(s.chars().take(64).collect()),
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}

/// A value of a closed set, spelled as the set spells it.
fn closed<T: Choice>(v: &Value) -> Result<T, Problem> {
    match v {
        Value::String(s) => T::parse(s)
            .ok_or_else(|| Problem::NotAChoice { value: s.chars().take(64).collect(), allowed: T::spellings() }),
        other => Err(Problem::WrongType { expected: Expected::OneOf(T::spellings()), found: found(other) }),
    }
}

/// A field whose values include `unknown`, which `null` reads as too.
fn choice<T: Choice + Default>(v: &Value) -> Result<T, Problem> {
    if v.is_null() {
        Ok(T::default())
    } else {
        closed(v)
    }
}

/// A number or null, checked against its field's limits; `whole` asks for an
/// integer, where `2.0` counts as one (§1).
fn number(v: &Value, limits: Option<Limits>) -> Result<Option<f64>, Problem> {
    let limits = limits.expect("a number field has limits");
    let value = match v {
        Value::Null => return Ok(None),
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        other => return Err(Problem::WrongType { expected: Expected::Number, found: found(other) }),
    };
    if !limits.admits(value) {
        return Err(Problem::OutOfRange { value, limits });
    }
    if limits.whole && value.fract() != 0.0 {
        return Err(Problem::NotWhole { value, limits });
    }
    Ok(Some(value))
}

/// A list, where `null` reads as empty; each item read by `item`.
fn list<T>(v: &Value, field: Field, item: impl Fn(&Value, usize) -> Result<T, CaseError>) -> Result<Vec<T>, CaseError> {
    match v {
        Value::Null => Ok(Vec::new()),
        Value::Array(items) => items.iter().enumerate().map(|(i, x)| item(x, i)).collect(),
        other => Err(CaseError::new(
            Location::Field(field),
            Problem::WrongType { expected: Expected::List, found: found(other) },
        )),
    }
}

/// A set: a list of a closed set's values, duplicates dropped, first order kept.
fn set<T: Choice>(v: &Value, field: Field) -> Result<Vec<T>, CaseError> {
    let all = list(v, field, |x, i| closed(x).map_err(|p| CaseError::new(Location::Item(field, i), p)))?;
    let mut out: Vec<T> = Vec::new();
    for x in all {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    Ok(out)
}

fn exposures<A: Choice>(v: &Value, field: Field) -> Result<Vec<Exposure<A>>, CaseError> {
    list(v, field, |x, i| exposure(x, field, i))
}

/// One prior therapy: an object with an agent, a setting and an outcome.
fn exposure<A: Choice>(v: &Value, field: Field, i: usize) -> Result<Exposure<A>, CaseError> {
    let item = |problem| CaseError::new(Location::Item(field, i), problem);
    let Value::Object(parts) = v else { return Err(item(Problem::NotAnObject)) };
    let (mut agent, mut setting, mut outcome) = (None, None, None);
    let (mut months_since_end, mut benefit) = (None, Benefit::Unknown);
    for (name, x) in parts {
        let part =
            ExposureField::parse(name).ok_or_else(|| item(Problem::UnknownPart(name.chars().take(64).collect())))?;
        let at = |problem| CaseError::new(Location::Part(field, i, part), problem);
        match part {
            ExposureField::Agent => agent = Some(closed(x).map_err(at)?),
            ExposureField::Setting => setting = Some(closed(x).map_err(at)?),
            ExposureField::Outcome => outcome = Some(closed(x).map_err(at)?),
            ExposureField::MonthsSinceEnd => months_since_end = number(x, part.limits()).map_err(at)?,
            ExposureField::Benefit => benefit = choice(x).map_err(at)?,
        }
    }
    let missing = |part| item(Problem::MissingPart(part));
    Ok(Exposure {
        agent: agent.ok_or_else(|| missing(ExposureField::Agent))?,
        setting: setting.ok_or_else(|| missing(ExposureField::Setting))?,
        outcome: outcome.ok_or_else(|| missing(ExposureField::Outcome))?,
        months_since_end,
        benefit,
    })
}

/// Where the brackets first nest deeper than `MAX_DEPTH` (outside strings,
/// without building anything): `Some` with the top-level field they sit in
/// (the document when not inside one), `None` when the text stays within the limit.
fn too_deep(text: &str) -> Option<Location> {
    let bytes = text.as_bytes();
    let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
    // The last string closed at depth 1 becomes the current field at its colon.
    let (mut str_start, mut last_str, mut field) = (0usize, (0usize, 0usize), None);
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    in_str = false;
                    last_str = (str_start, i);
                }
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                in_str = true;
                str_start = i + 1;
            }
            b':' if depth == 1 => field = Some(last_str),
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let Some((s, e)) = field else { return Some(Location::Document) };
                    let name = text.get(s..e).unwrap_or_default();
                    return Some(Field::parse(name).map_or_else(|| unknown_at(name), Location::Field));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}
