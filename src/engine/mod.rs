//! The decision engine: a pure function from a case to its assessment,
//! following ALGORITHM.md section by section. No browser dependency.

mod builder;
mod chemo;
mod endocrine;
mod facts;
mod supportive;
pub mod whatif;
mod workup;

use crate::kb::wording as w;
use crate::assessment::{Assessment, Role, Strategy, Subtype};
use crate::case::{Case, Tri};
use crate::ids::{AlertCode, NodeId, OptionId};
use crate::kb::nodes::node;
use crate::kb::options::{listed_at, option, Kind};
use builder::Builder;
use workup::Entry;

pub fn evaluate(case: &Case) -> Assessment {
    let mut b = Builder::new(case);
    let entry = workup::run(&mut b);
    match entry {
        Entry::HrPositive => endocrine::run(&mut b),
        Entry::TripleNegative => chemo::run(&mut b, entry),
        Entry::None => {}
    }
    supportive::run(&mut b);
    b.finish()
}

/// Why each option that this assessment does not offer is not offered, in
/// the spec's option order. A not-recommended option keeps its own reasons;
/// an absent one gets the most specific reason that holds: an input that
/// excludes it, then resistance or prior use (naming the exposure), then the
/// step or branch that lists it and this case does not reach, else its branch.
pub fn why_not(case: &Case, a: &Assessment) -> Vec<(OptionId, String)> {
    let b = Builder::new(case);
    OptionId::ALL
        .iter()
        .filter(|&&id| !a.is_offered(id))
        .map(|&id| {
            if let Some(o) = a.option(id) {
                return (id, o.reasons.join(" "));
            }
            let therapy = matches!(option(id).kind, Kind::Endocrine | Kind::Chemotherapy | Kind::Combination);
            let branch = match (a.strategy, a.subtype) {
                (Strategy::OutOfScope, _) if therapy => Some(w::HER2_POSITIVE_DISEASE_IS_OUTSIDE_THIS),
                (Strategy::Workup, _) if therapy => Some(w::NO_ENDOCRINE_OR_CHEMOTHERAPY_OPTION_IS),
                (_, Subtype::TripleNegative) if option(id).kind == Kind::Endocrine => Some(w::EXCLUDED_ER_AND_PR_NEGATIVE_NO),
                _ => None,
            };
            let branch = branch.or((id == OptionId::BestSupportiveCare).then_some(
                w::LISTED_WITH_CHEMOTHERAPY_ONLY_AFTER_3,
            ));
            let nodes = listed_at(id);
            let reason = branch
                .map(str::to_string)
                .or_else(|| b.input_exclusion(id))
                .or_else(|| b.prior_use_exclusion(id))
                .or_else(|| (option(id).kind == Kind::Combination && a.on_path(NodeId::TChemoCombination)).then(|| combination_taken(a)))
                .or_else(|| {
                    (!nodes.iter().any(|&n| a.on_path(n))).then(|| {
                        let steps: Vec<String> = nodes.iter().map(|&n| step_text(n)).collect();
                        let lead = if a.strategy == Strategy::Endocrine && therapy && option(id).kind != Kind::Endocrine {
                            w::ENDOCRINE_THERAPY_COMES_FIRST_FOR_THIS
                        } else {
                            w::LISTED_ONLY_AT_A_STEP_THIS
                        };
                        w::listed_at_steps(lead, &steps)
                    })
                })
                .unwrap_or_else(|| w::NOT_ON_BRANCH.to_string());
            (id, reason)
        })
        .collect()
}

/// A box by its title and when it is on the path: “Taxane next” — not resistant to taxanes.
fn step_text(n: NodeId) -> String {
    let when = node(n).when.trim_end_matches('.');
    let mut chars = when.chars();
    let when = chars.next().map(|c| c.to_lowercase().chain(chars).collect::<String>()).unwrap_or_default();
    w::step(node(n).title, &when)
}

/// Why a combination of another branch is absent in combination mode (§3.3).
fn combination_taken(a: &Assessment) -> String {
    let taken: Vec<&str> = a
        .with_role(Role::Preferred)
        .filter(|o| option(o.id).kind == Kind::Combination)
        .map(|o| option(o.id).name)
        .collect();
    w::combination_taken(&taken)
}


/// The pace rule (§3.1, §8.12): with neither visceral crisis nor rapid
/// progression known to be present, an unknown one makes the result provisional.
fn pace(b: &mut Builder) {
    let case = b.case;
    let (crisis, rapid) = (case.visceral_crisis, case.rapid_progression);
    if crisis == Tri::Yes || rapid == Tri::Yes || (crisis == Tri::No && rapid == Tri::No) {
        return;
    }
    let mut unknown = Vec::new();
    if crisis == Tri::Unknown {
        unknown.push(w::VISCERAL_CRISIS);
        b.missing("visceral_crisis");
    }
    if rapid == Tri::Unknown {
        unknown.push(w::RAPID_PROGRESSION);
        b.missing("rapid_progression");
    }
    b.provisional = true;
    b.alert_with(AlertCode::AssessPace, w::not_known(&unknown));
}
