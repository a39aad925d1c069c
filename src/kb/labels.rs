//! The clinician view's labels for the engine's values (strategy, chemotherapy
//! mode, severity, role, what an explored input changes): shown by the
//! results, written once here.

use crate::assessment::{ChemoMode, Effect, Role, Severity, Strategy};

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

pub fn effect_text(e: Effect) -> &'static str {
    match e {
        Effect::Strategy => "changes the strategy",
        Effect::PreferredOptions => "changes the preferred options",
        Effect::Nothing => "would not change the strategy or the preferred options",
    }
}
