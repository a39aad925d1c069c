//! "Why not …?": for each option a case is not offered, the most specific
//! reason that holds, worded by the knowledge base.

use super::builder::Builder;
use crate::assessment::{Assessment, Role, Strategy, Subtype};
use crate::case::Case;
use crate::ids::{NodeId, OptionId};
use crate::kb::labels::deciding;
use crate::kb::nodes::node;
use crate::kb::options::{listed_at, option, Kind};
use crate::kb::wording as w;

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
                (Strategy::OutOfScope, _) if therapy => Some(w::why_not::HER2_POSITIVE),
                (Strategy::Workup, _) if therapy => Some(w::why_not::AWAITING_WORKUP),
                (_, Subtype::TripleNegative) if option(id).kind == Kind::Endocrine => {
                    Some(w::why_not::NO_ENDOCRINE_FOR_TRIPLE_NEGATIVE)
                }
                _ => None,
            };
            let branch = branch.or((id == OptionId::BestSupportiveCare).then_some(w::why_not::SUPPORTIVE_CARE_STEPS));
            let reason = branch
                .map(str::to_string)
                .or_else(|| b.input_exclusion(id))
                .or_else(|| b.prior_use_exclusion(id))
                .or_else(|| {
                    (option(id).kind == Kind::Combination && a.on_path(NodeId::TChemoCombination))
                        .then(|| combination_taken(a))
                })
                .or_else(|| steps_not_reached(a, id, therapy))
                .unwrap_or_else(|| w::why_not::NOT_ON_BRANCH.to_string());
            (id, reason)
        })
        .collect()
}

/// Why each alternative is not listed first: the reason that places it.
pub fn why_not_preferred(a: &Assessment) -> Vec<(OptionId, String)> {
    a.with_role(Role::Alternative).map(|o| (o.id, w::not_first(deciding(&o.reasons)))).collect()
}

/// The steps that list an option, when the case reaches none of them.
fn steps_not_reached(a: &Assessment, id: OptionId, therapy: bool) -> Option<String> {
    let nodes = listed_at(id);
    if nodes.iter().any(|&n| a.on_path(n)) {
        return None;
    }
    let steps: Vec<String> = nodes.iter().map(|&n| step_text(n)).collect();
    let lead = if a.strategy == Strategy::Endocrine && therapy && option(id).kind != Kind::Endocrine {
        w::why_not::ENDOCRINE_FIRST
    } else {
        w::why_not::STEP_NOT_REACHED
    };
    Some(w::listed_at_steps(lead, &steps))
}

/// A box by its title and when it is on the path: “Taxane next” — not resistant to taxanes.
/// The first word is lower-cased unless it is an abbreviation ("HER2", "ECOG").
fn step_text(n: NodeId) -> String {
    let when = node(n).when.trim_end_matches('.');
    let abbreviation = when.chars().nth(1).is_some_and(|c| !c.is_ascii_lowercase());
    let mut chars = when.chars();
    let when = match chars.next() {
        Some(c) if !abbreviation => c.to_ascii_lowercase().to_string() + chars.as_str(),
        _ => when.to_string(),
    };
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
