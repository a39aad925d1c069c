//! The "since 2012" layer (SINCE-2012-v2.md §9.2, §9.7): for a case whose
//! 2012 assessment reached Figure 2, the developments since 2012 that its
//! population resembles, or that a test would make apply, each with the
//! trials whose limits the case fits and the unknown history it assumes;
//! and the later results of the options offered. It reads the case and the
//! finished assessment and changes neither (§9.3).

use crate::assessment::{Assessment, Assumption, LaterResult, Pointer, Relevance, Role, Subtype};
use crate::case::*;
use crate::ids::PointerId::{self, *};
use crate::ids::{Field, OptionId, TrialId};
use crate::kb::since2012::LATER_RESULTS;

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

/// A history input of §9.1 as a match needs it: known to hold, known not
/// to, or unknown (then named in `assumes` with the value the match needs).
fn assume(field: Field, value: Tri, needed: Tri, out: &mut Vec<Assumption>) {
    if value == Tri::Unknown {
        out.push(Assumption { field, assumed: needed });
    }
}

/// One pointer as the table shows it, before it is kept or dropped.
struct Row {
    id: PointerId,
    relevance: Option<Relevance>,
    trials: Vec<TrialId>,
    assumes: Vec<Assumption>,
}

impl Row {
    fn new(id: PointerId, relevance: Option<Relevance>) -> Row {
        Row { id, relevance, trials: Vec::new(), assumes: Vec::new() }
    }

    fn trial(mut self, id: TrialId, fits: bool) -> Row {
        if fits {
            self.trials.push(id);
        }
        self
    }

    fn assuming(mut self, assumes: Vec<Assumption>) -> Row {
        for a in assumes {
            if !self.assumes.contains(&a) {
                self.assumes.push(a);
            }
        }
        self
    }
}

pub fn run(case: &Case, a: &Assessment) -> Vec<Pointer> {
    let hr = a.subtype == Subtype::HrPositive;
    let tnbc = a.subtype == Subtype::TripleNegative;
    if !hr && !tnbc {
        return Vec::new();
    }
    let endocrine = &case.endocrine_history;
    let is_line = |e: &&Exposure<EndocrineAgent>| e.agent != EndocrineAgent::OvarianSuppression;
    let met_endocrine: Vec<_> = endocrine.iter().filter(is_line).filter(|e| e.setting == Setting::Metastatic).collect();
    let met_endocrine_lines = met_endocrine.len();
    let met_chemo_lines = case.chemo_history.iter().filter(|e| e.setting == Setting::Metastatic).count()
        + usize::from(case.prior_adc == Tri::Yes);
    let progressed_on_et = endocrine.iter().filter(is_line).any(failed);
    let after_ai = endocrine.iter().any(|e| is_ai(e.agent) && failed(e));
    let adjuvant_ai_resistant = endocrine.iter().any(|e| is_ai(e.agent) && failed(e) && e.setting == Setting::Adjuvant);
    let adjuvant_et_resistant = endocrine.iter().filter(is_line).any(|e| failed(e) && e.setting == Setting::Adjuvant);
    let early_relapse_after_adjuvant_chemo = adjuvant_chemo_relapse(case, 12.0, true);
    let short_dfi_after_adjuvant_chemo = adjuvant_chemo_relapse(case, 6.0, false);
    let no_crisis = case.visceral_crisis != Tri::Yes;
    let (prior_cdk, adjuvant_cdk) = (case.prior_cdk46_inhibitor, case.adjuvant_cdk46_inhibitor);
    let cdk46_given = prior_cdk == Tri::Yes || adjuvant_cdk == Tri::Yes;
    let cdk46_never = prior_cdk == Tri::No && adjuvant_cdk == Tri::No;
    let last_met_et_ai_progressed = met_endocrine.last().is_some_and(|e| {
        matches!(e.agent, EndocrineAgent::Anastrozole | EndocrineAgent::Letrozole | EndocrineAgent::Exemestane)
            && e.outcome == Outcome::Progressed
    });
    let pre_or_peri = matches!(case.menopause, Menopause::Pre | Menopause::Peri);
    let not_post = pre_or_peri || (case.menopause == Menopause::Unknown && case.age.is_some_and(|a| a < 60));
    let maybe_pre = not_post || (case.menopause == Menopause::Unknown && case.age.is_none());
    let premenopausal_without_ofs = pre_or_peri && case.ovarian_suppression != Tri::Yes;
    let her2_low = matches!(case.her2_ihc, Her2Ihc::Ihc1Plus | Her2Ihc::Ihc2PlusIshNegative);
    let endocrine_given_or_set_aside = met_endocrine_lines >= 1
        || met_chemo_lines >= 1
        || progressed_on_et
        || case.visceral_crisis == Tri::Yes
        || case.rapid_progression == Tri::Yes;

    // No CDK4/6 inhibitor given: the unknown inputs are assumed "no".
    let no_cdk46 = || {
        let mut out = Vec::new();
        assume(Field::PriorCdk46Inhibitor, prior_cdk, Tri::No, &mut out);
        assume(Field::AdjuvantCdk46Inhibitor, adjuvant_cdk, Tri::No, &mut out);
        out
    };
    // A CDK4/6 inhibitor given: unless one input says so, every unknown one could, and is named.
    let some_cdk46 = || {
        let mut out = Vec::new();
        if !cdk46_given {
            assume(Field::PriorCdk46Inhibitor, prior_cdk, Tri::Yes, &mut out);
            assume(Field::AdjuvantCdk46Inhibitor, adjuvant_cdk, Tri::Yes, &mut out);
        }
        out
    };
    let applies = |on: bool| on.then_some(Relevance::Applies);

    let cdk46_after_cdk46 = (prior_cdk != Tri::No && met_endocrine_lines == 1 && last_met_et_ai_progressed)
        || (adjuvant_cdk != Tri::No && met_endocrine_lines == 0 && adjuvant_et_resistant);
    let emerald = !cdk46_never && (1..=2).contains(&met_endocrine_lines) && met_chemo_lines <= 1;
    let anti_pd1_trials = case.prior_anti_pd1 != Tri::Yes;
    let mut pd1_no = Vec::new();
    assume(Field::PriorAntiPd1, case.prior_anti_pd1, Tri::No, &mut pd1_no);
    let mut pd1_yes = Vec::new();
    assume(Field::PriorAntiPd1, case.prior_anti_pd1, Tri::Yes, &mut pd1_yes);
    let mut parp_no = Vec::new();
    assume(Field::PriorParpInhibitor, case.prior_parp_inhibitor, Tri::No, &mut parp_no);
    // Not a candidate for a PD-(L)1 inhibitor, as far as the inputs tell (CPS < 10 or one given before).
    let (first_line_adc, first_line_adc_assumes) = match (case.pdl1_cps, case.prior_anti_pd1) {
        (PdL1Cps::Below10, _) | (_, Tri::Yes) => (Some(Relevance::Applies), Vec::new()),
        (PdL1Cps::AtLeast10, Tri::No) => (None, Vec::new()),
        (PdL1Cps::AtLeast10, Tri::Unknown) => (Some(Relevance::Applies), pd1_yes),
        (PdL1Cps::Unknown, _) => (Some(Relevance::AskAboutTest), Vec::new()),
    };

    let rows = [
        Row::new(
            Cdk46FirstLine,
            applies(hr && met_endocrine_lines == 0 && !adjuvant_ai_resistant && no_crisis && !cdk46_given),
        )
        .trial(TrialId::Paloma2, !pre_or_peri)
        .trial(TrialId::Monaleesa2, !pre_or_peri)
        .trial(TrialId::Monarch3, !pre_or_peri)
        .trial(TrialId::Monaleesa7, maybe_pre)
        .assuming(no_cdk46()),
        Row::new(
            Cdk46AfterEt,
            applies(hr && (met_endocrine_lines >= 1 || adjuvant_ai_resistant) && !cdk46_given && no_crisis),
        )
        .trial(TrialId::Paloma3, true)
        .trial(TrialId::Monaleesa3, true)
        .assuming(no_cdk46()),
        Row::new(Cdk46AfterCdk46, applies(hr && met_chemo_lines == 0 && no_crisis && cdk46_after_cdk46))
            .trial(TrialId::Postmonarch, true)
            .assuming(some_cdk46()),
        Row::new(
            RibociclibAggressive,
            applies(
                hr && met_endocrine_lines == 0
                    && met_chemo_lines == 0
                    && case.rapid_progression == Tri::Yes
                    && no_crisis
                    && not_post
                    && !cdk46_given,
            ),
        )
        .trial(TrialId::RightChoice, true)
        .assuming(no_cdk46()),
        Row::new(
            Inavolisib,
            (hr && met_endocrine_lines == 0 && met_chemo_lines == 0 && adjuvant_et_resistant && no_crisis)
                .then(|| pi3k(case))
                .flatten(),
        )
        .trial(TrialId::Inavo120, true),
        Row::new(Pi3kAkt, (hr && after_ai && no_crisis).then(|| pi3k(case)).flatten())
            .trial(TrialId::Solar1, true)
            .trial(TrialId::Capitello291, true),
        Row::new(
            Esr1,
            (hr && progressed_on_et && no_crisis && !premenopausal_without_ofs)
                .then(|| by_biomarker(case.esr1_mutation == Tri::Yes, case.esr1_mutation == Tri::Unknown))
                .flatten(),
        )
        .trial(TrialId::Emerald, emerald)
        .trial(TrialId::Ember3, after_ai && case.brca != Brca::Mutation)
        .assuming(if emerald { some_cdk46() } else { Vec::new() }),
        Row::new(
            Parp,
            applies(
                case.brca == Brca::Mutation
                    && (tnbc || endocrine_given_or_set_aside)
                    && case.prior_parp_inhibitor != Tri::Yes
                    && met_chemo_lines <= 3,
            ),
        )
        .trial(TrialId::Olympiad, met_chemo_lines <= 2)
        .trial(TrialId::Embraca, true)
        .assuming(parp_no),
        Row::new(ParpTest, (case.brca == Brca::Unknown).then_some(Relevance::AskAboutTest))
            .trial(TrialId::Olympiad, true)
            .trial(TrialId::Embraca, true)
            .trial(TrialId::Tbcrc048, true),
        Row::new(
            Pembrolizumab,
            (tnbc && met_chemo_lines == 0 && !short_dfi_after_adjuvant_chemo)
                .then(|| by_biomarker(case.pdl1_cps == PdL1Cps::AtLeast10, case.pdl1_cps == PdL1Cps::Unknown))
                .flatten(),
        )
        .trial(TrialId::Keynote355, anti_pd1_trials)
        .trial(TrialId::Impassion130, anti_pd1_trials)
        .trial(TrialId::Ascent04, case.prior_adc != Tri::Yes)
        .assuming(if anti_pd1_trials { pd1_no } else { Vec::new() }),
        Row::new(TnbcFirstLineAdc, if tnbc && met_chemo_lines == 0 { first_line_adc } else { None })
            .trial(TrialId::Ascent03, true)
            .trial(TrialId::TropionBreast02, true)
            .assuming(first_line_adc_assumes),
        Row::new(
            SacituzumabTnbc,
            applies(tnbc && (met_chemo_lines >= 2 || (met_chemo_lines >= 1 && early_relapse_after_adjuvant_chemo))),
        )
        .trial(TrialId::Ascent, true),
        Row::new(SacituzumabHr, applies(hr && (2..=4).contains(&met_chemo_lines) && !cdk46_never))
            .trial(TrialId::Tropics02, true)
            .assuming(some_cdk46()),
        Row::new(
            DatoHr,
            applies(hr && (1..=2).contains(&met_chemo_lines) && (progressed_on_et || met_endocrine_lines >= 1)),
        )
        .trial(TrialId::TropionBreast01, true),
        Row::new(
            TdxdLow,
            (met_chemo_lines >= 1).then(|| by_biomarker(her2_low, case.her2_ihc == Her2Ihc::Unknown)).flatten(),
        )
        .trial(TrialId::DestinyBreast04, true),
        Row::new(
            TdxdLowBeforeChemo,
            // IHC 0 may be HER2-ultralow, which the trial and the US label include: ask, never hide.
            (hr && met_endocrine_lines >= 1 && met_chemo_lines == 0)
                .then(|| by_biomarker(her2_low, !her2_low))
                .flatten(),
        )
        .trial(TrialId::DestinyBreast06, true),
    ];
    let mut out: Vec<Pointer> = rows
        .into_iter()
        // A pointer none of whose trials fits is not shown, except ESR1 testing (ASCO guidance).
        .filter(|r| !r.trials.is_empty() || r.id == Esr1)
        .filter_map(|r| {
            r.relevance.map(|relevance| Pointer { id: r.id, relevance, trials: r.trials, assumes: r.assumes })
        })
        .collect();
    // Applies first, then ask about a test; the table's order within each (sort is stable).
    out.sort_by_key(|p| p.relevance);
    out
}

/// PIK3CA, AKT1 or PTEN: applies when altered, a test to ask about when unknown.
fn pi3k(case: &Case) -> Option<Relevance> {
    by_biomarker(case.pi3k_pathway == Pi3kPathway::Altered, case.pi3k_pathway == Pi3kPathway::Unknown)
}

/// §9.7: the later results of the options offered here, in the order of
/// `options`; platinum's only for a germline BRCA carrier or triple-negative disease.
pub fn later_results(case: &Case, a: &Assessment) -> Vec<LaterResult> {
    let platinum_fits = case.brca == Brca::Mutation || a.subtype == Subtype::TripleNegative;
    a.options
        .iter()
        .filter(|o| matches!(o.role, Role::Preferred | Role::Alternative))
        .filter(|o| o.id != OptionId::Platinum || platinum_fits)
        .flat_map(|o| LATER_RESULTS.iter().filter(move |l| l.option == o.id))
        .map(|l| LaterResult { option: l.option, trial: l.trial })
        .collect()
}
