//! The clinician view's labels for the engine's values (strategy, chemotherapy
//! mode, severity, role, what an explored input changes): shown by the
//! results, written once here.

use crate::assessment::{Also, ChemoMode, Effect, Role, Severity, Strategy};
use crate::kb::wording as w;
pub use crate::kb::wording::reason::NOTE_PREFIX;

/// The engine's cautions as the short badges of a compact option card.
const BADGES: &[(&str, &str)] = &[
    (w::caution::THROMBOEMBOLISM, "prior VTE"),
    (w::caution::THROMBOEMBOLISM_UNKNOWN, "VTE history unknown"),
    (w::caution::EVEROLIMUS_AGE_65, "age ≥ 65"),
    (w::caution::LVEF_UNKNOWN, "check LVEF"),
    (w::caution::ANTHRACYCLINE_DOSE_UNKNOWN, "check cumulative dose"),
    (w::caution::NEUROPATHY, "neuropathy"),
    (w::caution::NEUROPATHY_UNKNOWN, "check neuropathy"),
    (w::caution::HEPATIC, "dose-modify: liver"),
    (w::caution::HEPATIC_UNKNOWN, "check liver function"),
    (w::caution::RENAL_PLATINUM, "CrCl < 30: dose-modify"),
    (w::caution::RENAL, "CrCl < 30"),
    (w::caution::RENAL_UNKNOWN, "check renal function"),
];

/// The badge of a reason that is a caution.
pub fn badge(reason: &str) -> Option<&'static str> {
    BADGES
        .iter()
        .find(|(r, _)| *r == reason)
        .map(|(_, b)| *b)
        .or_else(|| reason.starts_with(w::caution::PRIOR_TOXICITY).then_some("prior toxicity"))
}

/// A role on a card.
pub fn role_tag(r: Role) -> &'static str {
    match r {
        Role::Preferred => "Preferred",
        Role::Alternative => "Alternative",
        Role::NotRecommended => "Not recommended",
    }
}

pub const MORE: &str = "Details, doses and references";

pub const GLANCE_LABEL: &str = "Answer at a glance";
pub const GLANCE_PREFERRED: &str = "Preferred: ";

/// The reason that decides an option: its first that is not a caution or a
/// standing note (those show as badges, or in the details).
pub fn deciding(reasons: &[String]) -> &str {
    reasons.iter().find(|r| badge(r).is_none() && !r.starts_with(NOTE_PREFIX)).or(reasons.first()).map_or("", |r| r)
}
/// Before each unknown the answer rests on, in the answer at a glance.
pub const RESTS_ON: &str = "Rests on an unknown: ";
/// An entry the form did not use: "Age (years) 300 not used".
pub fn not_used(label: &str, typed: &str) -> String {
    format!("{label} {typed} not used")
}
pub const NO_PREFERRED: &str = "No option is preferred for this case; the results say why.";
pub const NEXT_STEP: &str = "Next step: ";
pub const NOTHING_MISSING: &str = "Nothing missing that would change this result.";

pub fn missing_count(n: usize) -> String {
    match n {
        1 => "1 input still missing that would change this result".to_string(),
        n => format!("{n} inputs still missing that would change this result"),
    }
}

pub const GIVEN_AS: &str = "Given as: ";
pub const INVOLVES: &str = "What it involves: ";

pub const PROVISIONAL: &str = " (provisional: the pace of disease is not known)";

pub fn strategy_text(s: Strategy) -> &'static str {
    match s {
        Strategy::Workup => "Work-up first: no therapy can be chosen yet",
        Strategy::Endocrine => "Endocrine therapy",
        Strategy::Chemotherapy => "Chemotherapy",
        Strategy::OutOfScope => "Outside this algorithm (HER2-positive)",
    }
}

pub fn severity_text(s: Severity) -> &'static str {
    match s {
        Severity::Urgent => "Urgent",
        Severity::Warning => "Warning",
        Severity::Info => "Note",
    }
}

pub fn role_text(r: Role) -> &'static str {
    match r {
        Role::Preferred => "Preferred",
        Role::Alternative => "Alternatives",
        Role::NotRecommended => "Not recommended",
    }
}

/// A role in a sentence: "was an alternative".
pub fn role_name(r: Role) -> &'static str {
    match r {
        Role::Preferred => "preferred",
        Role::Alternative => "an alternative",
        Role::NotRecommended => "not recommended",
    }
}

pub fn chemo_mode_text(m: ChemoMode) -> &'static str {
    match m {
        ChemoMode::Sequential => "sequential single agents",
        ChemoMode::Combination => "combination",
    }
}

/// A change beyond the strategy and the preferred options, in words.
pub fn also_text(also: Also) -> String {
    use crate::kb::alerts::alert;
    use crate::kb::options::option;
    match also {
        Also::CautionAdded { option: id, caution } => format!("adds the caution “{caution}” to {}", option(id).name),
        Also::CautionRemoved { option: id, caution } => {
            format!("removes the caution “{caution}” from {}", option(id).name)
        }
        Also::AlertAdded(code) => format!("adds the alert “{}”", alert(code).title),
        Also::AlertRemoved(code) => format!("removes the alert “{}”", alert(code).title),
    }
}

/// Said of a value that changes nothing a reader would see.
pub const NOTHING_ELSE: &str = "nothing else changes";

pub fn effect_text(e: Effect) -> &'static str {
    match e {
        Effect::Strategy => "changes the strategy",
        Effect::PreferredOptions => "changes the preferred options",
        Effect::Nothing => "would not change the strategy or the preferred options",
    }
}
