//! The decision engine: a pure function from a case to its assessment,
//! following ALGORITHM.md section by section. No browser dependency.

mod builder;
mod chemo;
mod endocrine;
mod facts;
mod pace;
mod since2012;
mod supportive;
pub mod whatif;
mod why_not;
mod workup;

use crate::assessment::Assessment;
use crate::case::Case;
use builder::Builder;
pub use why_not::{why_not, why_not_preferred};
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
    a.later_results = since2012::later_results(case, &a);
    a
}
