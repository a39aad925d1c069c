//! Figure 1: the work-up, receptor status, and whether Figure 2 is entered (§2).

use super::builder::Builder;
use crate::assessment::{Strategy, Subtype};
use crate::case::*;
use crate::ids::{AlertCode, Field, NodeId};
use crate::kb::wording as w;

/// The branch of Figure 2 a case enters, if any.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    None,
    HrPositive,
    TripleNegative,
}

pub fn run(b: &mut Builder) -> Entry {
    let case = b.case;
    for node in [NodeId::WSuspected, NodeId::WBaseline, NodeId::WImaging, NodeId::WBiopsy, NodeId::WReceptors] {
        b.step(node);
    }
    match case.her2 {
        Her2::Positive => b.step(NodeId::WHer2Pos),
        Her2::Equivocal => b.step(NodeId::WHer2Equivocal),
        Her2::Negative => {
            b.step(NodeId::WHer2Neg);
            b.step(NodeId::WGoals);
        }
        Her2::Unknown => {}
    }
    let triple_negative = case.er == Receptor::Negative && case.pr == Receptor::Negative;
    if case.brca == Brca::Unknown {
        match case.age {
            Some(age) if age < 50 => b.step(NodeId::WGenetics),
            _ if triple_negative => b.step(NodeId::WGenetics),
            None => b.missing(Field::Age),
            Some(_) => {}
        }
        if b.path_contains(NodeId::WGenetics) {
            b.missing(Field::Brca);
        }
    }
    if !case.emergencies.is_empty() {
        b.step(NodeId::WEmergency);
        for e in &case.emergencies {
            b.alert(match e {
                Emergency::CordCompression => AlertCode::EmergencyCordCompression,
                Emergency::Hypercalcemia => AlertCode::EmergencyHypercalcemia,
                Emergency::SymptomaticBrain => AlertCode::EmergencySymptomaticBrain,
                Emergency::ImpendingFracture => AlertCode::EmergencyImpendingFracture,
            });
        }
    }
    if case.has_site(Site::Bone) {
        b.step(NodeId::WBone);
    }

    let entry = receptors(b);

    if case.visceral_crisis == Tri::Yes {
        // Figure 2 has not run yet: the entry, not the strategy, says where the case goes.
        let detail = match (entry, b.strategy) {
            (Entry::None, Strategy::Workup) => w::alert::TREAT_WITHOUT_WAITING,
            (Entry::HrPositive, _) => w::alert::CHEMOTHERAPY_FIRST,
            _ => "",
        };
        b.alert_with(AlertCode::VisceralCrisis, detail.into());
    }
    if case.biopsy != Biopsy::Done && case.receptor_source != ReceptorSource::Metastasis {
        b.alert(if case.biopsy == Biopsy::NotFeasible {
            AlertCode::ReceptorsFromPrimary
        } else {
            AlertCode::BiopsyRecommended
        });
    }
    if case.staging_done != Tri::Yes {
        // Unknown is not "no": an unrecorded staging is not said to be undone.
        let detail =
            if case.staging_done == Tri::No { w::alert::STAGING_NOT_DONE } else { w::alert::STAGING_NOT_RECORDED };
        b.alert_with(AlertCode::StagingRecommended, detail.into());
    }
    discordance(b);
    entry
}

/// Receptors (`w.receptors`): subtype, and a work-up strategy until HER2,
/// ER and PR are known well enough to choose therapy.
fn receptors(b: &mut Builder) -> Entry {
    let case = b.case;
    let (er, pr) = (case.er, case.pr);
    use Receptor::*;
    match case.her2 {
        Her2::Positive => {
            b.subtype = Subtype::Her2Positive;
            b.strategy = Strategy::OutOfScope;
            b.alert(AlertCode::Her2PositiveOutOfScope);
            Entry::None
        }
        Her2::Equivocal => {
            b.subtype = Subtype::Her2Equivocal;
            b.strategy = Strategy::Workup;
            b.alert(AlertCode::Her2EquivocalRetest);
            Entry::None
        }
        Her2::Unknown => {
            b.strategy = Strategy::Workup;
            b.alert_with(AlertCode::ReceptorsMissing, w::alert::HER2_UNKNOWN.into());
            b.missing(Field::Her2);
            Entry::None
        }
        Her2::Negative => match (er, pr) {
            (Positive, _) | (_, Positive) => {
                b.subtype = Subtype::HrPositive;
                b.fact(w::hormone_receptor_positive(er.as_str(), pr.as_str()));
                Entry::HrPositive
            }
            (Negative, Negative) => {
                b.subtype = Subtype::TripleNegative;
                b.fact(w::fact::TRIPLE_NEGATIVE.into());
                Entry::TripleNegative
            }
            (Unknown, Unknown) => {
                b.strategy = Strategy::Workup;
                b.alert_with(AlertCode::ReceptorsMissing, w::alert::HORMONE_RECEPTORS_UNKNOWN.into());
                b.missing(Field::Er);
                b.missing(Field::Pr);
                Entry::None
            }
            (Negative, Unknown) | (Unknown, Negative) => {
                b.strategy = Strategy::Workup;
                let field = if er == Unknown { Field::Er } else { Field::Pr };
                b.alert_with(AlertCode::ReceptorsIncomplete, w::receptor_not_known(field.as_str()));
                b.missing(field);
                Entry::None
            }
        },
    }
}

fn discordance(b: &mut Builder) {
    let case = b.case;
    use Receptor::*;
    let primary_hr_positive = case.primary_er == Positive || case.primary_pr == Positive;
    let primary_hr_negative = case.primary_er == Negative && case.primary_pr == Negative;
    let now_hr_negative = case.er == Negative && case.pr == Negative;
    let now_hr_positive = case.er == Positive || case.pr == Positive;
    if primary_hr_positive && now_hr_negative {
        b.alert_with(AlertCode::DiscordanceHr, w::alert::HORMONE_RECEPTORS_LOST.into());
    } else if primary_hr_negative && now_hr_positive {
        b.alert_with(AlertCode::DiscordanceHr, w::alert::HORMONE_RECEPTORS_GAINED.into());
    }
    if case.primary_her2 == Her2::Positive && case.her2 == Her2::Negative {
        b.alert(AlertCode::DiscordanceHer2);
    }
}
