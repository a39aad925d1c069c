//! Figure 2, hormone receptor-positive disease (§3.1): endocrine therapy
//! first unless the pace of disease or refractoriness calls for chemotherapy.

use super::builder::Builder;
use super::chemo;
use super::facts;
use super::pace;
use super::workup::Entry;
use crate::assessment::{Role, Strategy};
use crate::case::*;
use crate::ids::{AlertCode, Field, NodeId, OptionId};
use crate::kb::options::Class;
use crate::kb::wording as w;
use OptionId::*;

/// An endocrine step's listing, before exclusions are applied.
struct Plan {
    nodes: Vec<NodeId>,
    listed: Vec<(OptionId, Role, Vec<String>)>,
    /// Fulvestrant and tamoxifen both resistant in `t.post.later`.
    later_exhausted: bool,
}

impl Plan {
    fn new(node: NodeId) -> Plan {
        Plan { nodes: vec![node], listed: Vec::new(), later_exhausted: false }
    }

    fn add(&mut self, id: OptionId, role: Role, reason: &str) {
        self.listed.push((id, role, vec![reason.to_string()]));
    }

    fn has_preferred(&self, b: &Builder) -> bool {
        self.listed.iter().any(|(id, role, _)| *role == Role::Preferred && !b.is_excluded(*id))
    }
}

pub fn run(b: &mut Builder) {
    let case = b.case;
    b.step(NodeId::THrPos);
    b.step(NodeId::TEtCandidate);
    features(b);

    let plan = if b.facts.postmenopausal { post(b) } else { pre(b) };
    let lines = b.facts.endocrine_lines_without_benefit;
    let no_option_left = !plan.has_preferred(b);
    let refractory = lines >= 3 || no_option_left;
    let crisis = case.visceral_crisis == Tri::Yes;
    let rapid = case.rapid_progression == Tri::Yes;

    if rapid {
        b.alert_with(AlertCode::RapidProgression, w::alert::CHEMOTHERAPY_FIRST.into());
    }
    if refractory {
        let why = if lines >= 3 {
            w::endocrine_lines_without_benefit(lines)
        } else {
            w::alert::NO_ENDOCRINE_OPTION_LEFT.to_string()
        };
        b.alert_with(AlertCode::EndocrineRefractory, why);
    }
    if lines < 3 && !crisis && !rapid {
        for field in b.facts.endocrine_benefit_unknown.clone() {
            b.missing(field);
        }
        menopause_inputs(b, &plan);
    }
    pace::run(b);

    if crisis || rapid || refractory {
        b.strategy = Strategy::Chemotherapy;
        if b.facts.endocrine_progression {
            b.step(NodeId::TEtProgression);
        }
        b.step(NodeId::TChemoIndicated);
        let why: Vec<&str> = [
            (crisis, w::phrase::VISCERAL_CRISIS),
            (rapid, w::phrase::RAPIDLY_PROGRESSIVE),
            (refractory, w::phrase::ENDOCRINE_REFRACTORY),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, w)| *w)
        .collect();
        b.fact(w::chemotherapy_indicated(&why));
        // On the strategy, not in the reasons of the not-recommended concurrent combination.
        b.fact(w::fact::ENDOCRINE_MAINTENANCE.into());
        b.not_recommended(ConcurrentEtChemo, w::reason::NO_ENDOCRINE_WITH_CHEMOTHERAPY);
        chemo::run(b, Entry::HrPositive);
        return;
    }

    b.strategy = Strategy::Endocrine;
    if b.provisional {
        b.fact(w::fact::ENDOCRINE_PROVISIONAL.into());
    }
    for &node in &plan.nodes {
        b.step(node);
    }
    if b.facts.endocrine_progression {
        b.step(NodeId::TEtProgression);
    }
    menopause_alerts(b);
    let on_ofs_not_post = case.ovarian_suppression == Tri::Yes && case.menopause != Menopause::Post;
    for (id, role, mut reasons) in plan.listed {
        if on_ofs_not_post && b.facts.postmenopausal {
            reasons.push(w::reason::WITH_OVARIAN_SUPPRESSION.into());
            if matches!(id, Fulvestrant | ExemestaneEverolimus) {
                reasons.push(w::reason::POSTMENOPAUSAL_EVIDENCE.into());
            }
        }
        b.list(id, role, reasons);
    }
    if plan.later_exhausted || b.facts.last_endocrine_line_failed {
        let why = if plan.later_exhausted {
            w::alert::FULVESTRANT_AND_TAMOXIFEN_RESISTANT
        } else {
            w::alert::LAST_ENDOCRINE_LINE_FAILED
        };
        b.alert_with(AlertCode::EndocrineResistanceSuspected, why.into());
    }
    b.list(ClinicalTrial, Role::Alternative, vec![w::reason::TRIALS_ALONGSIDE.into()]);
}

/// Features supporting endocrine sensitivity: shown, never gating (§3.1).
fn features(b: &mut Builder) {
    let case = b.case;
    let mut found = Vec::new();
    if !case.sites.is_empty() && case.sites.iter().all(|s| matches!(s, Site::Bone | Site::SoftTissue | Site::LymphNode))
    {
        found.push(w::phrase::NON_VISCERAL_ONLY);
    }
    let long_interval = |setting: Setting, outcome: Outcome, m: Option<f64>| {
        setting == Setting::Adjuvant && outcome == Outcome::Completed && m.is_some_and(|m| m > 24.0)
    };
    if case.endocrine_history.iter().any(|e| long_interval(e.setting, e.outcome, e.months_since_end))
        || case.chemo_history.iter().any(|e| long_interval(e.setting, e.outcome, e.months_since_end))
    {
        found.push(w::phrase::LONG_DISEASE_FREE_INTERVAL);
    }
    if case.endocrine_history.iter().any(|e| e.setting == Setting::Metastatic && e.benefit == Benefit::Yes) {
        found.push(w::phrase::PRIOR_ENDOCRINE_BENEFIT);
    }
    if !found.is_empty() {
        b.fact(w::sensitivity_features(&found));
    }
}

fn resistant_fact(b: &mut Builder, class: Class, adjective: &str) {
    if let Some(why) = b.facts.resistant.get(&class).cloned() {
        b.fact(w::class_resistant(adjective, &why));
    }
}

/// Premenopausal path `t.pre` (§3.1).
fn pre(b: &mut Builder) -> Plan {
    let mut plan = Plan::new(NodeId::TPre);
    if !b.facts.is_resistant(Class::Tamoxifen) {
        plan.nodes.push(NodeId::TPreOfsTam);
        plan.add(OfsTamoxifen, Role::Preferred, w::reason::OFS_TAMOXIFEN_FIRST);
        plan.add(OfsAi, Role::Alternative, w::reason::AI_ONLY_WITH_OFS);
        plan.add(Tamoxifen, Role::Alternative, w::reason::TAMOXIFEN_IF_OFS_DECLINED);
    } else {
        resistant_fact(b, Class::Tamoxifen, "Tamoxifen");
        plan.nodes.push(NodeId::TPreOfsAi);
        plan.add(OfsAi, Role::Preferred, w::reason::OFS_AI_AFTER_TAMOXIFEN);
    }
    plan
}

/// Postmenopausal path `t.post` (§3.1): the first step that applies.
fn post(b: &mut Builder) -> Plan {
    let f = &b.facts;
    let nsai_res = f.is_resistant(Class::Nsai);
    let exe_res = f.is_resistant(Class::Exemestane);
    let mut plan = Plan::new(NodeId::TPost);
    if !nsai_res {
        plan.nodes.push(NodeId::TPostFirst);
        let mut nsai = w::reason::NSAI_FIRST_LINE.to_string();
        if exe_res {
            nsai.push_str(w::reason::NSAI_AFTER_STEROIDAL_AI);
        }
        plan.add(Nsai, Role::Preferred, &nsai);
        plan.add(Tamoxifen, Role::Alternative, w::reason::TAMOXIFEN_FIRST_LINE);
        plan.add(Exemestane, Role::Alternative, w::reason::EXEMESTANE_FIRST_LINE);
        plan.add(Fulvestrant, Role::Alternative, w::reason::FULVESTRANT_FIRST_LINE);
        plan.add(AnastrozoleFulvestrant, Role::NotRecommended, w::reason::ANASTROZOLE_FULVESTRANT_CONFLICTING);
    } else if !exe_res {
        resistant_fact(b, Class::Nsai, "NSAI");
        plan.nodes.push(NodeId::TPostAfterNsai);
        plan.add(ExemestaneEverolimus, Role::Preferred, w::reason::EVEROLIMUS_AFTER_NSAI);
        plan.add(Fulvestrant, Role::Preferred, w::reason::FULVESTRANT_AFTER_NSAI);
        plan.add(Exemestane, Role::Preferred, w::reason::EXEMESTANE_AFTER_NSAI);
        plan.add(Tamoxifen, Role::Alternative, w::reason::TAMOXIFEN_AFTER_AI);
        plan.add(TamoxifenEverolimus, Role::NotRecommended, w::reason::TAMOXIFEN_EVEROLIMUS_PHASE_II);
    } else {
        resistant_fact(b, Class::Nsai, "NSAI");
        resistant_fact(b, Class::Exemestane, "Exemestane");
        plan.nodes.push(NodeId::TPostLater);
        let candidates = [Fulvestrant, Tamoxifen];
        let first = candidates.iter().copied().find(|&id| !b.is_excluded(id));
        for id in candidates {
            let role = if Some(id) == first { Role::Preferred } else { Role::Alternative };
            plan.add(id, role, w::reason::AFTER_BOTH_AI_CLASSES);
        }
        let estradiol = w::reason::ESTRADIOL_LOW_DOSE;
        if first.is_none() {
            plan.later_exhausted = true;
            plan.add(Megestrol, Role::Preferred, w::reason::MEGESTROL_AFTER_FULVESTRANT_AND_TAMOXIFEN);
            plan.add(Estradiol, Role::Preferred, estradiol);
        } else {
            plan.add(Megestrol, Role::Alternative, w::reason::LATER_LINE_ENDOCRINE);
            plan.add(Estradiol, Role::Alternative, estradiol);
        }
    }
    plan
}

/// Inputs that decide pre- or postmenopausal treatment, when unknown (§1, §8.1).
fn menopause_inputs(b: &mut Builder, plan: &Plan) {
    let case = b.case;
    if !b.facts.postmenopausal {
        if case.ovarian_suppression == Tri::Unknown {
            b.missing(Field::OvarianSuppression);
        }
        if case.menopause == Menopause::Unknown {
            b.missing(Field::Menopause);
            // v1.4: an age of 60 or more would make the path postmenopausal.
            if case.age.is_none() {
                b.missing(Field::Age);
            }
        }
        if case.menopause == Menopause::Post && case.amenorrhea_after_chemo == Tri::Yes && case.age.is_none() {
            b.missing(Field::Age);
        }
    } else if case.menopause == Menopause::Unknown
        && (facts::by_age(case) || plan.listed.iter().any(|(id, _, _)| *id == Estradiol))
    {
        // Postmenopausal by age alone: a status recorded as pre or peri would change the path.
        b.missing(Field::Menopause);
    }
    if case.menopause == Menopause::Post
        && case.ovarian_suppression != Tri::Yes
        && case.amenorrhea_after_chemo == Tri::Unknown
        && !case.chemo_history.is_empty()
        && case.age.is_none_or(|a| a < 60)
    {
        b.missing(Field::AmenorrheaAfterChemo);
        if case.age.is_none() {
            b.missing(Field::Age);
        }
    }
    for field in b.facts.endocrine_interval_unknown.clone() {
        b.missing(field);
    }
}

fn menopause_alerts(b: &mut Builder) {
    let case = b.case;
    let under_60 = case.age.is_none_or(|a| a < 60);
    if !b.facts.postmenopausal {
        let why = match case.menopause {
            Menopause::Peri => Some(w::alert::PERIMENOPAUSAL_AS_PREMENOPAUSAL.to_string()),
            Menopause::Unknown => Some(w::alert::MENOPAUSE_UNKNOWN_AS_PREMENOPAUSAL.to_string()),
            Menopause::Post if case.amenorrhea_after_chemo == Tri::Yes => Some(match case.age {
                Some(age) => w::amenorrhoea_after_chemo_at(age),
                None => w::alert::CHEMO_AMENORRHOEA_AGE_UNKNOWN.to_string(),
            }),
            _ => None,
        };
        if let Some(why) = why {
            b.alert_with(AlertCode::ConfirmMenopause, why);
        }
        b.fact(w::fact::OFS_PART_OF_ENDOCRINE.into());
    } else if facts::by_age(case) {
        b.alert_with(AlertCode::ConfirmMenopause, w::alert::POSTMENOPAUSAL_BY_AGE.into());
    } else if case.menopause == Menopause::Post
        && case.ovarian_suppression != Tri::Yes
        && under_60
        && case.amenorrhea_after_chemo == Tri::Unknown
        && !case.chemo_history.is_empty()
    {
        b.alert_with(AlertCode::ConfirmMenopause, w::alert::ASK_IF_AMENORRHOEA_FROM_CHEMO.into());
    }
}
