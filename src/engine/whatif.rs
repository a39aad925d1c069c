//! "What would change the answer": every input in `missing`, set in turn to
//! each value it can take (numbers by the bands the rules tell apart), and
//! the assessment that would follow. The case is changed through its JSON
//! and the strict parser, and evaluated by `evaluate` itself, so no rule is
//! written twice.

use crate::assessment::{Also, Assessment, Effect, Missing, Role, Severity, Strategy};
use crate::case::Case;
use crate::case::{choices, exposure_choices};
use crate::ids::{AlertCode, NodeId, OptionId};
use crate::kb::alerts::inputs;
use crate::kb::labels::badge;
use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// The value as it would appear in the case JSON (`"yes"`, `45`).
    pub value: Value,
    /// The value in the form's words, with the band it stands for.
    pub label: String,
    pub strategy: Strategy,
    pub preferred: Vec<OptionId>,
    pub path: Vec<NodeId>,
    pub path_changes: bool,
    /// What else this value changes: cautions and alerts that come or go.
    pub also: Vec<Also>,
}

/// Each option's cautions, as the cards badge them.
fn cautions(a: &Assessment) -> Vec<(OptionId, &'static str)> {
    a.options.iter().flat_map(|o| o.reasons.iter().filter_map(|r| badge(r)).map(move |b| (o.id, b))).collect()
}

/// What changes between two assessments beyond the strategy and the preferred options.
fn also(now: &Assessment, then: &Assessment) -> Vec<Also> {
    let (before, after) = (cautions(now), cautions(then));
    let alerts = |a: &Assessment| a.alerts.iter().map(|al| al.code).collect::<Vec<_>>();
    let (was, will) = (alerts(now), alerts(then));
    let mut out: Vec<Also> = after
        .iter()
        .filter(|c| !before.contains(c))
        .map(|&(option, caution)| Also::CautionAdded { option, caution })
        .collect();
    out.extend(
        before.iter().filter(|c| !after.contains(c)).map(|&(option, caution)| Also::CautionRemoved { option, caution }),
    );
    out.dedup();
    out.extend(will.iter().filter(|c| !was.contains(c)).map(|&c| Also::AlertAdded(c)));
    out.extend(was.iter().filter(|c| !will.contains(c)).map(|&c| Also::AlertRemoved(c)));
    out
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Explored {
    /// As in `missing`: `age`, `chemo_history[2].benefit`.
    pub field: Missing,
    pub effect: Effect,
    pub values: Vec<Outcome>,
}

fn preferred(a: &Assessment) -> Vec<OptionId> {
    a.with_role(Role::Preferred).map(|o| o.id).collect()
}

/// The same preferred options, whatever their order.
fn same_set(a: &[OptionId], b: &[OptionId]) -> bool {
    a.len() == b.len() && a.iter().all(|id| b.contains(id))
}

/// The case with one field (`age`, `chemo_history[2].benefit`) set to `value`.
pub fn with_value(case: &Case, field: &Missing, value: &Value) -> Option<Case> {
    let mut json: Value = serde_json::from_str(&case.to_json()).ok()?;
    let slot = match field.exposure {
        None => json.as_object_mut()?.entry(field.field.as_str()).or_insert(Value::Null),
        Some((index, part)) => json
            .get_mut(field.field.as_str())?
            .get_mut(index)?
            .as_object_mut()?
            .entry(part.as_str())
            .or_insert(Value::Null),
    };
    *slot = value.clone();
    Case::from_json(&json.to_string()).ok()
}

/// The values an input is explored with: (JSON value, words).
fn values(field: &Missing) -> Vec<(Value, String)> {
    let (bands, words) = match field.exposure {
        None => (field.field.bands(), choices(field.field)),
        Some((_, part)) => (part.bands(), exposure_choices(part)),
    };
    // Whole numbers as a case file writes them: 45, not 45.0.
    let number = |f: f64| if f.fract() == 0.0 { Value::from(f as i64) } else { Value::from(f) };
    let numbers = bands.iter().map(|b| (number(b.value), b.label.to_string()));
    numbers.chain(words.into_iter().map(|(v, label)| (Value::from(v), label.to_string()))).collect()
}

/// Each missing input with each value it can take and what would follow,
/// those that change the strategy first, then those that change the
/// preferred options, then the rest; in `missing` order within each.
pub fn whatif(case: &Case) -> Vec<Explored> {
    let now = super::evaluate(case);
    let now_preferred = preferred(&now);
    let mut out: Vec<Explored> = now
        .missing
        .iter()
        .map(|field| {
            let values: Vec<Outcome> = values(field)
                .into_iter()
                .filter_map(|(value, label)| {
                    let a = super::evaluate(&with_value(case, field, &value)?);
                    Some(Outcome {
                        value,
                        label,
                        strategy: a.strategy,
                        preferred: preferred(&a),
                        path_changes: a.path != now.path,
                        also: also(&now, &a),
                        path: a.path,
                    })
                })
                .collect();
            let effect = if values.iter().any(|o| o.strategy != now.strategy) {
                Effect::Strategy
            } else if values.iter().any(|o| !same_set(&o.preferred, &now_preferred)) {
                Effect::PreferredOptions
            } else {
                Effect::Nothing
            };
            Explored { field: *field, effect, values }
        })
        .collect();
    out.sort_by_key(|e| e.effect);
    out
}

/// The warning alerts the answer rests on: those whose input is unknown and,
/// once known, could change the strategy or the preferred options. `now` is
/// the case's assessment, which the caller already holds. Only the inputs
/// such alerts speak of are explored, each once, so the answer at a glance
/// can ask this on every change. A case with every such input known has none.
pub fn assumptions(case: &Case, now: &Assessment) -> Vec<AlertCode> {
    let warnings: Vec<AlertCode> =
        now.alerts.iter().filter(|al| al.severity == Severity::Warning).map(|al| al.code).collect();
    let now_preferred = preferred(now);
    let changes = |m: &Missing| {
        values(m).into_iter().filter_map(|(value, _)| with_value(case, m, &value)).any(|c| {
            let a = super::evaluate(&c);
            a.strategy != now.strategy || !same_set(&preferred(&a), &now_preferred)
        })
    };
    let consequential: Vec<_> = now
        .missing
        .iter()
        .filter(|m| warnings.iter().any(|&code| inputs(code).contains(&m.field)))
        .filter(|m| changes(m))
        .map(|m| m.field)
        .collect();
    warnings.into_iter().filter(|&code| inputs(code).iter().any(|f| consequential.contains(f))).collect()
}
