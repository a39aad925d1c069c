//! The decision engine: a pure function from a case to its assessment,
//! following ALGORITHM.md section by section. No browser dependency.

mod builder;
mod chemo;
mod endocrine;
mod facts;
mod since2012;
mod supportive;
pub mod whatif;
mod why_not;
mod workup;

use crate::assessment::Assessment;
use crate::case::{Case, Tri};
use crate::ids::{AlertCode, Field};
use crate::kb::wording as w;
use builder::Builder;
pub use why_not::why_not;
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
    let mut a = b.finish();
    a.since_2012 = since2012::run(case, &a);
    a
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
        b.missing(Field::VisceralCrisis);
    }
    if rapid == Tri::Unknown {
        unknown.push(w::RAPID_PROGRESSION);
        b.missing(Field::RapidProgression);
    }
    b.provisional = true;
    b.alert_with(AlertCode::AssessPace, w::not_known(&unknown));
}
