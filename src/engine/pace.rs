//! The pace of disease (§3.1, §8.12): whether a visceral crisis or rapid
//! progression is known, shared by the endocrine and chemotherapy steps.

use super::builder::Builder;
use crate::case::Tri;
use crate::ids::{AlertCode, Field};
use crate::kb::wording as w;

/// The pace rule (§3.1, §8.12): with neither visceral crisis nor rapid
/// progression known to be present, an unknown one makes the result provisional.
pub fn run(b: &mut Builder) {
    let case = b.case;
    let (crisis, rapid) = (case.visceral_crisis, case.rapid_progression);
    if crisis == Tri::Yes || rapid == Tri::Yes || (crisis == Tri::No && rapid == Tri::No) {
        return;
    }
    let mut unknown = Vec::new();
    if crisis == Tri::Unknown {
        unknown.push(w::phrase::VISCERAL_CRISIS);
        b.missing(Field::VisceralCrisis);
    }
    if rapid == Tri::Unknown {
        unknown.push(w::phrase::RAPID_PROGRESSION);
        b.missing(Field::RapidProgression);
    }
    b.provisional = true;
    b.alert_with(AlertCode::AssessPace, w::not_known(&unknown));
}
