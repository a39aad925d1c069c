//! The "since 2012" layer (SINCE-2012.md §9.2): for a case whose 2012
//! assessment reached Figure 2, the developments since 2012 that its
//! population resembles, or that a test would make apply. It reads the case
//! and the finished assessment and changes neither (§9.3).

use crate::assessment::{Assessment, Pointer, Relevance, Subtype};
use crate::case::*;
use crate::ids::PointerId::{self, *};
use crate::kb::since2012::pointer;

/// §1 failure: progressed (either setting), or a completed adjuvant course
/// that ended under 12 months before the relapse (unknown months: not failure).
fn failed<A>(e: &Exposure<A>) -> bool {
    match e.outcome {
        Outcome::Progressed => true,
        Outcome::Completed => e.setting == Setting::Adjuvant && e.months_since_end.is_some_and(|m| m < 12.0),
        Outcome::StoppedToxicity => false,
    }
}

fn is_ai(agent: EndocrineAgent) -> bool {
    use EndocrineAgent as E;
    matches!(agent, E::Anastrozole | E::Letrozole | E::Exemestane | E::EverolimusExemestane)
}

/// An adjuvant chemotherapy course that progressed, or was completed at most
/// (`inclusive`) or under `months` before the relapse.
fn adjuvant_chemo_relapse(case: &Case, months: f64, inclusive: bool) -> bool {
    case.chemo_history.iter().any(|e| {
        e.setting == Setting::Adjuvant
            && match e.outcome {
                Outcome::Progressed => true,
                Outcome::Completed => {
                    e.months_since_end.is_some_and(|m| if inclusive { m <= months } else { m < months })
                }
                Outcome::StoppedToxicity => false,
            }
    })
}

/// A biomarker's bearing on a pointer: `Some(relevance)` to show it, `None` when known negative.
fn by_biomarker(positive: bool, unknown: bool) -> Option<Relevance> {
    if positive {
        Some(Relevance::Applies)
    } else if unknown {
        Some(Relevance::AskAboutTest)
    } else {
        None
    }
}

pub fn run(case: &Case, a: &Assessment) -> Vec<Pointer> {
    let hr = a.subtype == Subtype::HrPositive;
    let tnbc = a.subtype == Subtype::TripleNegative;
    if !hr && !tnbc {
        return Vec::new();
    }
    let endocrine = &case.endocrine_history;
    let met_endocrine_lines = endocrine
        .iter()
        .filter(|e| e.setting == Setting::Metastatic && e.agent != EndocrineAgent::OvarianSuppression)
        .count();
    let met_chemo_lines = case.chemo_history.iter().filter(|e| e.setting == Setting::Metastatic).count();
    let progressed_on_et = endocrine.iter().any(|e| e.agent != EndocrineAgent::OvarianSuppression && failed(e));
    let after_ai = endocrine.iter().any(|e| is_ai(e.agent) && failed(e));
    let adjuvant_ai_resistant = endocrine.iter().any(|e| is_ai(e.agent) && failed(e) && e.setting == Setting::Adjuvant);
    let early_relapse_after_adjuvant_chemo = adjuvant_chemo_relapse(case, 12.0, true);
    let short_dfi_after_adjuvant_chemo = adjuvant_chemo_relapse(case, 6.0, false);
    let no_crisis = case.visceral_crisis != Tri::Yes;
    let premenopausal_without_ofs =
        matches!(case.menopause, Menopause::Pre | Menopause::Peri) && case.ovarian_suppression != Tri::Yes;
    let her2_low = matches!(case.her2_ihc, Her2Ihc::Ihc1Plus | Her2Ihc::Ihc2PlusIshNegative);
    let endocrine_given_or_set_aside = met_endocrine_lines >= 1
        || met_chemo_lines >= 1
        || progressed_on_et
        || case.visceral_crisis == Tri::Yes
        || case.rapid_progression == Tri::Yes;

    let applies = |on: bool| on.then_some(Relevance::Applies);
    let shown: [(PointerId, Option<Relevance>); 11] = [
        (Cdk46FirstLine, applies(hr && met_endocrine_lines == 0 && !adjuvant_ai_resistant && no_crisis)),
        (
            Cdk46AfterEt,
            applies(
                hr && (met_endocrine_lines >= 1 || adjuvant_ai_resistant)
                    && case.prior_cdk46_inhibitor != Tri::Yes
                    && no_crisis,
            ),
        ),
        (
            Pi3kAkt,
            (hr && after_ai && no_crisis)
                .then(|| {
                    by_biomarker(case.pi3k_pathway == Pi3kPathway::Altered, case.pi3k_pathway == Pi3kPathway::Unknown)
                })
                .flatten(),
        ),
        (
            Esr1,
            (hr && progressed_on_et && no_crisis && !premenopausal_without_ofs)
                .then(|| by_biomarker(case.esr1_mutation == Tri::Yes, case.esr1_mutation == Tri::Unknown))
                .flatten(),
        ),
        (Parp, applies(case.brca == Brca::Mutation && (tnbc || endocrine_given_or_set_aside))),
        (ParpTest, (case.brca == Brca::Unknown).then_some(Relevance::AskAboutTest)),
        (
            Pembrolizumab,
            (tnbc && met_chemo_lines == 0 && !short_dfi_after_adjuvant_chemo)
                .then(|| by_biomarker(case.pdl1_cps == PdL1Cps::AtLeast10, case.pdl1_cps == PdL1Cps::Unknown))
                .flatten(),
        ),
        (
            SacituzumabTnbc,
            applies(tnbc && (met_chemo_lines >= 2 || (met_chemo_lines >= 1 && early_relapse_after_adjuvant_chemo))),
        ),
        (SacituzumabHr, applies(hr && met_chemo_lines >= 2)),
        (TdxdLow, (met_chemo_lines >= 1).then(|| by_biomarker(her2_low, case.her2_ihc == Her2Ihc::Unknown)).flatten()),
        (
            TdxdLowBeforeChemo,
            // IHC 0 may be HER2-ultralow, which the trial and the US label include: ask, never hide.
            (hr && met_endocrine_lines >= 1 && met_chemo_lines == 0)
                .then(|| by_biomarker(her2_low, !her2_low))
                .flatten(),
        ),
    ];
    let mut out: Vec<Pointer> = shown
        .into_iter()
        .filter_map(|(id, relevance)| {
            relevance.map(|relevance| Pointer { id, relevance, trials: pointer(id).trials.to_vec() })
        })
        .collect();
    // Applies first, then ask about a test; the table's order within each (sort is stable).
    out.sort_by_key(|p| p.relevance);
    out
}
