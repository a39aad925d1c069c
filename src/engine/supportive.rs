//! Supportive care (§5): evaluated whatever the strategy.

use super::builder::Builder;
use crate::assessment::Role;
use crate::case::*;
use crate::ids::{AlertCode, OptionId};
use crate::kb::wording as w;

pub fn run(b: &mut Builder) {
    let case = b.case;
    if case.has_site(Site::Bone) {
        let mut reasons = vec![w::reason::BONE_AGENTS_EQUAL.to_string()];
        if case.emergencies.contains(&Emergency::Hypercalcemia) {
            reasons.push(w::reason::NO_CALCIUM_IN_HYPERCALCAEMIA.into());
        } else {
            reasons.push(w::reason::CALCIUM_AND_VITAMIN_D.into());
        }
        if case.renal_impairment == Tri::Yes {
            reasons.push(w::reason::BONE_AGENTS_RENAL.into());
        }
        b.list(OptionId::BoneModifyingAgent, Role::Preferred, reasons);
    }
    if case.has_site(Site::Brain) {
        b.alert(AlertCode::BrainMetastases);
    }
}
