//! Supportive care (§5): evaluated whatever the strategy.

use super::builder::Builder;
use crate::assessment::Role;
use crate::case::*;
use crate::ids::{AlertCode, OptionId};

pub fn run(b: &mut Builder) {
    let case = b.case;
    if case.has_site(Site::Bone) {
        let mut reasons = vec![
            "Bone metastases: equal choices — ASCO 2011 found insufficient evidence that one agent is better; denosumab delayed skeletal events vs zoledronic acid in one trial (HR 0.82), without survival difference, with more hypocalcaemia (Stopeck 2010).".to_string(),
        ];
        if case.emergencies.contains(&Emergency::Hypercalcemia) {
            reasons.push("Hypercalcaemia present: no calcium supplements.".into());
        } else {
            reasons.push("Calcium and vitamin D supplements.".into());
        }
        if case.renal_impairment == Tri::Yes {
            reasons.push("Creatinine clearance < 30 mL/min: zoledronic acid not recommended, pamidronate with caution; denosumab needs no renal dose change but carries the highest hypocalcaemia risk (correct calcium and vitamin D first).".into());
        }
        b.list(OptionId::BoneModifyingAgent, Role::Preferred, reasons);
    }
    if case.has_site(Site::Brain) {
        b.alert(AlertCode::BrainMetastases);
    }
}
