//! The assessment: what the engine concludes about one case (ALGORITHM.md §6).

use crate::case::Tri;
use crate::ids::{AlertCode, ExposureField, Field, NodeId, OptionId, PointerId, RefId, TrialId};
use serde::Serialize;

/// How soon an alert needs attention (§6): urgent first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Urgent,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Urgent => "urgent",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Subtype {
    HrPositive,
    TripleNegative,
    Her2Positive,
    Her2Equivocal,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strategy {
    Workup,
    Endocrine,
    Chemotherapy,
    OutOfScope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChemoMode {
    Sequential,
    Combination,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Preferred,
    Alternative,
    NotRecommended,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Preferred => "preferred",
            Role::Alternative => "alternative",
            Role::NotRecommended => "not_recommended",
        }
    }

    pub fn is_offered(self) -> bool {
        self != Role::NotRecommended
    }
}

impl Subtype {
    pub fn as_str(self) -> &'static str {
        match self {
            Subtype::HrPositive => "hr_positive",
            Subtype::TripleNegative => "triple_negative",
            Subtype::Her2Positive => "her2_positive",
            Subtype::Her2Equivocal => "her2_equivocal",
            Subtype::Unknown => "unknown",
        }
    }
}

impl Strategy {
    pub fn as_str(self) -> &'static str {
        match self {
            Strategy::Workup => "workup",
            Strategy::Endocrine => "endocrine",
            Strategy::Chemotherapy => "chemotherapy",
            Strategy::OutOfScope => "out_of_scope",
        }
    }
}

impl ChemoMode {
    pub fn as_str(self) -> &'static str {
        match self {
            ChemoMode::Sequential => "sequential",
            ChemoMode::Combination => "combination",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct OptionResult {
    pub id: OptionId,
    pub role: Role,
    pub reasons: Vec<String>,
    pub refs: Vec<RefId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Alert {
    pub code: AlertCode,
    pub severity: Severity,
    pub message: String,
}

/// An input whose value would change the result (§6 `missing`): a field of
/// the case, or one field of one exposure. It is written as ALGORITHM.md
/// spells it (`age`, `chemo_history[2].benefit`) in JSON and in words alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Missing {
    /// The case's field: `age`, `chemo_history`.
    pub field: Field,
    /// For an exposure: its index (from 0) and the exposure's field.
    pub exposure: Option<(usize, ExposureField)>,
}

impl Missing {
    pub fn exposure(list: Field, index: usize, part: ExposureField) -> Missing {
        Missing { field: list, exposure: Some((index, part)) }
    }
}

impl From<Field> for Missing {
    fn from(field: Field) -> Missing {
        Missing { field, exposure: None }
    }
}

impl std::fmt::Display for Missing {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self.exposure {
            None => f.write_str(self.field.as_str()),
            Some((i, part)) => write!(f, "{}[{i}].{part}", self.field),
        }
    }
}

/// As written: tests compare with the spec's spelling.
impl PartialEq<str> for Missing {
    fn eq(&self, other: &str) -> bool {
        match self.exposure {
            None => self.field.as_str() == other,
            Some((i, part)) => other == format!("{}[{i}].{part}", self.field),
        }
    }
}

impl PartialEq<&str> for Missing {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl Serialize for Missing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A change a value of a missing input brings beyond the strategy and the
/// preferred options ("what would change").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Also {
    /// A caution (as the cards badge it) an option gains, or loses.
    CautionAdded {
        option: OptionId,
        caution: &'static str,
    },
    CautionRemoved {
        option: OptionId,
        caution: &'static str,
    },
    AlertAdded(AlertCode),
    AlertRemoved(AlertCode),
}

/// What exploring an input can change, most consequential first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Strategy,
    PreferredOptions,
    Nothing,
}

/// How a "since 2012" pointer bears on the case (SINCE-2012-v2.md §9.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relevance {
    /// The case resembles the trial population, as far as its inputs tell.
    Applies,
    /// It would, if a biomarker not known yet were positive.
    AskAboutTest,
}

impl Relevance {
    pub fn as_str(self) -> &'static str {
        match self {
            Relevance::Applies => "applies",
            Relevance::AskAboutTest => "ask_about_test",
        }
    }
}

/// A development since 2012 that this case's population resembles: a pointer
/// to current guidelines, never an option (§9.3).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Pointer {
    pub id: PointerId,
    pub relevance: Relevance,
    pub trials: Vec<TrialId>,
    /// The unknown treatment history the match rests on, with the value it assumes (§9.2).
    pub assumes: Vec<Assumption>,
}

/// An unknown history input of the "since 2012" layer and the value a pointer's match assumes for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Assumption {
    pub field: Field,
    pub assumed: Tri,
}

/// A result published after the 2012 evidence for an option offered here (§9.7).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct LaterResult {
    pub option: OptionId,
    pub trial: TrialId,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub subtype: Subtype,
    pub strategy: Strategy,
    pub chemo_mode: Option<ChemoMode>,
    pub path: Vec<NodeId>,
    pub options: Vec<OptionResult>,
    pub alerts: Vec<Alert>,
    pub missing: Vec<Missing>,
    /// The strategy rests on an unknown pace of disease (§3.1 "provisional").
    pub provisional: bool,
    /// Derived facts, the "why" behind the path (§1 "derived facts").
    pub facts: Vec<String>,
    /// The "since 2012" layer (SINCE-2012-v2.md): computed after the 2012
    /// assessment, from it and the case, and never changing it.
    pub since_2012: Vec<Pointer>,
    /// The month the "since 2012" layer is current to (§9.4).
    pub since_2012_current_to: &'static str,
    /// Later results for the options offered here (§9.7), in the order of `options`.
    pub later_results: Vec<LaterResult>,
}

impl Assessment {
    pub fn option(&self, id: OptionId) -> Option<&OptionResult> {
        self.options.iter().find(|o| o.id == id)
    }

    pub fn role(&self, id: OptionId) -> Option<Role> {
        self.option(id).map(|o| o.role)
    }

    pub fn is_offered(&self, id: OptionId) -> bool {
        self.role(id).is_some_and(Role::is_offered)
    }

    pub fn on_path(&self, id: NodeId) -> bool {
        self.path.contains(&id)
    }

    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &OptionResult> {
        self.options.iter().filter(move |o| o.role == role)
    }
}
