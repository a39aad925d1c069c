//! Chemotherapy (§3.2, §3.3): triple-negative disease, or hormone
//! receptor-positive disease not suited to or refractory to endocrine therapy.

use super::builder::Builder;
use super::pace;
use super::workup::Entry;
use crate::assessment::{ChemoMode, Role, Strategy};
use crate::case::*;
use crate::ids::{AlertCode, Field, NodeId, OptionId};
use crate::kb::options::Class;
use crate::kb::wording as w;
use OptionId::*;

/// A row of the single-agent table (§3.3).
struct Row {
    node: NodeId,
    preferred: Vec<OptionId>,
    alternatives: Vec<OptionId>,
}

pub fn run(b: &mut Builder, entry: Entry) {
    let case = b.case;
    let tnbc = entry == Entry::TripleNegative;
    let brca = tnbc && case.brca == Brca::Mutation;
    b.strategy = Strategy::Chemotherapy;
    if tnbc {
        b.step(NodeId::TTnbc);
        if brca {
            b.step(NodeId::TTnbcBrca);
        }
        if case.brca == Brca::Unknown {
            b.missing(Field::Brca);
        }
        // §8.11: raised whenever Figure 2 is entered with rapid progression, not only on the endocrine branch.
        if case.rapid_progression == Tri::Yes {
            b.alert_with(AlertCode::RapidProgression, w::alert::COMBINATION_FOR_FAST_RESPONSE.into());
        }
        pace::run(b);
    }
    b.step(NodeId::TChemo);

    let crisis_or_rapid = case.visceral_crisis == Tri::Yes || case.rapid_progression == Tri::Yes;
    let bsc = b.facts.regimens_without_response >= 3;
    let poor_ps = case.ecog.is_some_and(|e| e >= 3);
    if poor_ps {
        b.alert_with(AlertCode::PoorPerformanceStatus, w::ecog(case.ecog.unwrap_or_default()));
    }
    if case.ecog.is_none() {
        b.missing(Field::Ecog);
    }
    if crisis_or_rapid && case.hepatic_impairment == Tri::Yes {
        b.alert_with(AlertCode::HepaticDoseModification, w::alert::SEQUENTIAL_WITH_HEPATIC_IMPAIRMENT.into());
    }
    if case.hepatic_impairment == Tri::Unknown && case.has_site(Site::Liver) && case.visceral_crisis == Tri::Yes {
        b.missing(Field::HepaticImpairment);
    }
    if !bsc {
        for field in b.facts.chemo_benefit_unknown.clone() {
            b.missing(field);
        }
    }
    for field in b.facts.chemo_interval_unknown.clone() {
        b.missing(field);
    }
    facts(b);

    let wants_combination =
        crisis_or_rapid && case.ecog.is_some_and(|e| e <= 2) && case.hepatic_impairment != Tri::Yes && !bsc;
    let combination = if wants_combination { combination(b) } else { None };
    if wants_combination && case.hepatic_impairment == Tri::Unknown {
        b.missing(Field::HepaticImpairment);
    }
    let (row, row_keeps_preferred) = single_agent_row(b);

    b.chemo_mode = Some(if combination.is_some() { ChemoMode::Combination } else { ChemoMode::Sequential });
    b.step(if combination.is_some() { NodeId::TChemoCombination } else { NodeId::TChemoSequential });
    if bsc {
        b.step(NodeId::TBsc);
    }
    b.step(row.node);

    if let Some(combo) = &combination {
        for &id in &combo.preferred {
            b.list(id, Role::Preferred, vec![combination_reason(b)]);
        }
        for &id in &combo.alternatives {
            b.list(id, Role::Alternative, vec![combination_reason(b)]);
        }
    }

    let demoted = combination.is_some() || bsc || !row_keeps_preferred;
    let mut preferred = promoted(b, &row);
    for &id in &row.preferred {
        if !preferred.contains(&id) {
            preferred.push(id);
        }
    }
    let mut alternatives: Vec<OptionId> =
        row.alternatives.iter().copied().filter(|id| !preferred.contains(id)).collect();
    if brca {
        alternatives.retain(|&id| id != Platinum);
        preferred.push(Platinum);
    }
    let role = if demoted { Role::Alternative } else { Role::Preferred };
    for id in preferred {
        let reason = single_reason(b, id, &row, demoted, brca);
        b.list(id, role, reason);
    }
    for id in alternatives {
        let reason = single_reason(b, id, &row, true, brca);
        b.list(id, Role::Alternative, reason);
    }
    if row.node != NodeId::TChemoAfterAT {
        // The 2012 labels' own conditions (ALGORITHM.md v1.3, §3.3).
        b.not_recommended(Eribulin, w::reason::ERIBULIN_LABEL);
        b.not_recommended(Ixabepilone, w::reason::IXABEPILONE_LABEL);
    }
    b.not_recommended(PaclitaxelBevacizumab, w::reason::BEVACIZUMAB_NO_SURVIVAL_GAIN);

    if tnbc {
        b.not_recommended(Iniparib, w::reason::INIPARIB_NOT_CONFIRMED);
    }

    let bsc_reason = if bsc {
        Some(w::regimens_without_response(b.facts.regimens_without_response))
    } else if poor_ps {
        Some(w::poor_performance_bsc(case.ecog.unwrap_or_default()))
    } else if !row_keeps_preferred {
        Some(w::reason::NO_SINGLE_AGENT_LEFT.to_string())
    } else {
        None
    };
    if let Some(reason) = bsc_reason {
        b.list(BestSupportiveCare, Role::Preferred, vec![reason, w::reason::WITH_PALLIATIVE_CARE.into()]);
    }

    let trial_role = if !row_keeps_preferred || (tnbc && !bsc) { Role::Preferred } else { Role::Alternative };
    let trial_reason = if tnbc { w::reason::TRIALS_FOR_TRIPLE_NEGATIVE } else { w::reason::TRIALS_ALONGSIDE };
    b.list(ClinicalTrial, trial_role, vec![trial_reason.into()]);
    if brca {
        let role = if bsc { Role::Alternative } else { Role::Preferred };
        b.list(ParpTrial, role, vec![w::reason::PARP_TRIAL_RESPONSES.into()]);
    }
}

fn facts(b: &mut Builder) {
    let f = &b.facts;
    let mut lines = Vec::new();
    for (class, label) in [(Class::Anthracycline, "Anthracycline"), (Class::Taxane, "Taxane")] {
        if let Some(why) = f.resistant.get(&class) {
            lines.push(w::class_resistant(label, why));
        }
    }
    if f.anthracycline_naive {
        lines.push("Anthracycline-naive.".into());
    }
    if !f.anthracyclines_allowed {
        lines.push(w::fact::ANTHRACYCLINES_BARRED.into());
    }
    if f.metastatic_regimens > 0 {
        lines.push(w::prior_regimens(f.metastatic_regimens, f.regimens_without_response));
    }
    for line in lines {
        b.fact(line);
    }
}

struct Combination {
    preferred: Vec<OptionId>,
    alternatives: Vec<OptionId>,
}

/// The first combination branch with a preferred regimen left after exclusions (§3.3).
fn combination(b: &Builder) -> Option<Combination> {
    let f = &b.facts;
    let naive_allowed = f.anthracycline_naive && f.anthracyclines_allowed;
    let taxane_naive = !f.is_exposed(Class::Taxane);
    let branches: [(bool, &[OptionId], &[OptionId]); 4] = [
        (naive_allowed && taxane_naive, &[AcEc, At], &[FacFec]),
        (naive_allowed, &[AcEc], &[FacFec]),
        (!f.is_resistant(Class::Taxane), &[DocetaxelCapecitabine, GemcitabinePaclitaxel], &[]),
        (true, &[GemcitabineCarboplatin, IxabepiloneCapecitabine], &[]),
    ];
    branches.into_iter().find(|(applies, preferred, _)| *applies && preferred.iter().any(|&id| !b.is_excluded(id))).map(
        |(_, preferred, alternatives)| Combination {
            preferred: preferred.to_vec(),
            alternatives: alternatives.to_vec(),
        },
    )
}

fn combination_reason(b: &Builder) -> String {
    let why = match (b.case.visceral_crisis, b.case.rapid_progression) {
        (Tri::Yes, Tri::Yes) => w::phrase::CRISIS_AND_RAPID_PROGRESSION,
        (Tri::Yes, _) => w::phrase::VISCERAL_CRISIS,
        _ => w::phrase::RAPID_PROGRESSION,
    };
    w::combination(why, b.case.ecog.unwrap_or_default())
}

/// The single-agent row (§3.3): the first whose situation matches and which
/// keeps a preferred agent after exclusions; failing all, `t.chemo.after_a_t`
/// with nothing preferred (§8.8).
fn single_agent_row(b: &Builder) -> (Row, bool) {
    let f = &b.facts;
    let eribulin_preferred = f.metastatic_regimens >= 2;
    let rows = [
        (
            f.anthracycline_naive && f.anthracyclines_allowed,
            Row {
                node: NodeId::TChemoAnthraNaive,
                preferred: vec![Anthracycline, PaclitaxelWeekly],
                alternatives: vec![Pld, Docetaxel, NabPaclitaxel, Capecitabine, Vinorelbine, Gemcitabine, Cmf],
            },
        ),
        (
            !f.is_resistant(Class::Taxane),
            Row {
                node: NodeId::TChemoTaxaneNext,
                preferred: vec![PaclitaxelWeekly, Docetaxel],
                alternatives: vec![NabPaclitaxel, Capecitabine, Vinorelbine, Gemcitabine, Pld, Cmf],
            },
        ),
        (
            true,
            Row {
                node: NodeId::TChemoAfterAT,
                preferred: if eribulin_preferred {
                    vec![Capecitabine, Vinorelbine, Eribulin]
                } else {
                    vec![Capecitabine, Vinorelbine]
                },
                alternatives: if eribulin_preferred {
                    vec![Gemcitabine, Ixabepilone, Platinum, Pld, Cmf]
                } else {
                    vec![Eribulin, Gemcitabine, Ixabepilone, Platinum, Pld, Cmf]
                },
            },
        ),
    ];
    let mut last = None;
    for (applies, row) in rows {
        if applies && row.preferred.iter().any(|&id| !b.is_excluded(id)) {
            return (row, true);
        }
        last = Some(row);
    }
    let mut row = last.expect("the single-agent table has rows");
    let mut all = std::mem::take(&mut row.preferred);
    all.append(&mut row.alternatives);
    row.alternatives = all;
    (row, false)
}

/// Agents the patient's preferences bring into the preferred set (§3.3),
/// never one that is excluded or outside the row.
fn promoted(b: &Builder, row: &Row) -> Vec<OptionId> {
    let eligible = |id: OptionId| (row.preferred.contains(&id) || row.alternatives.contains(&id)) && !b.is_excluded(id);
    let mut out = Vec::new();
    if b.case.prefers_oral && eligible(Capecitabine) {
        out.push(Capecitabine);
    }
    if b.case.avoid_alopecia {
        for id in [Capecitabine, Vinorelbine] {
            if eligible(id) && !out.contains(&id) {
                out.push(id);
            }
        }
    }
    out
}

fn single_reason(b: &Builder, id: OptionId, row: &Row, demoted: bool, brca: bool) -> Vec<String> {
    let mut reasons = Vec::new();
    let in_row_preferred = row.preferred.contains(&id);
    if b.case.prefers_oral && id == Capecitabine {
        reasons.push(w::reason::PREFERS_ORAL.to_string());
    }
    if b.case.avoid_alopecia && matches!(id, Capecitabine | Vinorelbine) {
        reasons.push(w::reason::AVOIDS_HAIR_LOSS.to_string());
    }
    if brca && id == Platinum {
        reasons.push(w::reason::PLATINUM_FOR_BRCA_CARRIERS.to_string());
    }
    let row_text = match row.node {
        NodeId::TChemoAnthraNaive => "anthracycline-naive",
        NodeId::TChemoTaxaneNext => w::phrase::TAXANE_ROW,
        _ => w::phrase::AFTER_ANTHRACYCLINE_AND_TAXANE_ROW,
    };
    // CMF is a combination regimen given in the single-agent sequence, never "a single agent" (§3.3).
    let what = if id == Cmf { w::phrase::SEQUENTIAL_REGIMEN } else { w::phrase::SINGLE_AGENT };
    if in_row_preferred && !demoted {
        reasons.push(w::preferred_for_line(what, row_text));
    } else if in_row_preferred {
        reasons.push(w::single_agent_for_line(row_text));
    } else if !(brca && id == Platinum) {
        reasons.push(w::other_for_line(what, row_text));
    }
    if id == Eribulin {
        reasons.push(w::eribulin_regimens(b.facts.metastatic_regimens));
    }
    if id == Ixabepilone {
        reasons.push(w::reason::NOT_AUTHORISED_IN_EU.to_string());
    }
    reasons
}
