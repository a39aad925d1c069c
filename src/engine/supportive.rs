//! Supportive care (§5): evaluated whatever the strategy.

use super::builder::Builder;
use crate::assessment::Role;
use crate::case::*;
use crate::ids::{AlertCode, OptionId};
use crate::kb::wording as w;

pub fn run(b: &mut Builder) {
    let case = b.case;
    if case.has_site(Site::Bone) {
        let mut reasons = vec![w::BONE_METASTASES_EQUAL_CHOICES_ASCO_2011.to_string()];
        if case.emergencies.contains(&Emergency::Hypercalcemia) {
            reasons.push(w::HYPERCALCAEMIA_PRESENT_NO_CALCIUM_SUPPLEMENTS.into());
        } else {
            reasons.push(w::CALCIUM_AND_VITAMIN_D_SUPPLEMENTS.into());
        }
        if case.renal_impairment == Tri::Yes {
            reasons.push(w::CREATININE_CLEARANCE_30_ML_MIN_ZOLEDRONIC.into());
        }
        b.list(OptionId::BoneModifyingAgent, Role::Preferred, reasons);
    }
    if case.has_site(Site::Brain) {
        b.alert(AlertCode::BrainMetastases);
    }
}
