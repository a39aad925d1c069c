//! Figure 2, hormone receptor-positive disease (§3.1): endocrine therapy
//! first unless the pace of disease or refractoriness calls for chemotherapy.

use super::builder::Builder;
use super::chemo;
use super::workup::Entry;
use crate::assessment::{Role, Strategy};
use crate::case::*;
use crate::ids::{AlertCode, NodeId, OptionId};
use crate::kb::options::Class;
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
        b.alert_with(AlertCode::RapidProgression, "Endocrine therapy is not the first approach: chemotherapy.".into());
    }
    if refractory {
        let why = if lines >= 3 {
            format!("{lines} most recent endocrine lines for metastatic disease without benefit.")
        } else {
            "No endocrine option is left after exclusions.".to_string()
        };
        b.alert_with(AlertCode::EndocrineRefractory, why);
    }
    if lines < 3 && !crisis && !rapid {
        for field in b.facts.endocrine_benefit_unknown.clone() {
            b.missing(field);
        }
        menopause_inputs(b, &plan);
    }
    super::pace(b);

    if crisis || rapid || refractory {
        b.strategy = Strategy::Chemotherapy;
        if b.facts.endocrine_progression {
            b.step(NodeId::TEtProgression);
        }
        b.step(NodeId::TChemoIndicated);
        let why: Vec<&str> = [
            (crisis, "visceral crisis"),
            (rapid, "rapidly progressive disease"),
            (refractory, "endocrine-refractory disease"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, w)| *w)
        .collect();
        b.fact(format!("Chemotherapy indicated: {}.", why.join(", ")));
        // On the strategy, not in the reasons of the not-recommended concurrent combination.
        b.fact("After a response to chemotherapy, switching to endocrine therapy as maintenance is a reasonable clinician choice.".into());
        b.not_recommended(ConcurrentEtChemo, "No benefit from combining endocrine therapy with chemotherapy.");
        chemo::run(b, Entry::HrPositive);
        return;
    }

    b.strategy = Strategy::Endocrine;
    if b.provisional {
        b.fact("Endocrine therapy is provisional until the pace of disease is assessed.".into());
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
            reasons.push("With continued ovarian suppression.".into());
            if matches!(id, Fulvestrant | ExemestaneEverolimus) {
                reasons.push("Trial evidence in postmenopausal women.".into());
            }
        }
        b.list(id, role, reasons);
    }
    if plan.later_exhausted || b.facts.last_endocrine_line_failed {
        let why = if plan.later_exhausted {
            "Resistant to fulvestrant and tamoxifen."
        } else {
            "The most recent endocrine line for metastatic disease brought no benefit."
        };
        b.alert_with(AlertCode::EndocrineResistanceSuspected, why.into());
    }
    b.list(
        ClinicalTrial,
        Role::Alternative,
        vec!["Clinical trials are offered alongside standard therapy.".into()],
    );
}

/// Features supporting endocrine sensitivity: shown, never gating (§3.1).
fn features(b: &mut Builder) {
    let case = b.case;
    let mut found = Vec::new();
    if !case.sites.is_empty()
        && case.sites.iter().all(|s| matches!(s, Site::Bone | Site::SoftTissue | Site::LymphNode))
    {
        found.push("bone, soft-tissue or nodal disease only");
    }
    let long_interval = |setting: Setting, outcome: Outcome, m: Option<f64>| {
        setting == Setting::Adjuvant && outcome == Outcome::Completed && m.is_some_and(|m| m > 24.0)
    };
    if case.endocrine_history.iter().any(|e| long_interval(e.setting, e.outcome, e.months_since_end))
        || case.chemo_history.iter().any(|e| long_interval(e.setting, e.outcome, e.months_since_end))
    {
        found.push("long disease-free interval (> 2 years)");
    }
    if case
        .endocrine_history
        .iter()
        .any(|e| e.setting == Setting::Metastatic && e.benefit == Benefit::Yes)
    {
        found.push("prior benefit from endocrine therapy");
    }
    if !found.is_empty() {
        b.fact(format!("Features supporting endocrine sensitivity: {}.", found.join("; ")));
    }
}

fn resistant_fact(b: &mut Builder, class: Class, adjective: &str) {
    if let Some(why) = b.facts.resistant.get(&class).cloned() {
        b.fact(format!("{adjective}-resistant: {why}."));
    }
}

/// Premenopausal path `t.pre` (§3.1).
fn pre(b: &mut Builder) -> Plan {
    let mut plan = Plan::new(NodeId::TPre);
    if !b.facts.is_resistant(Class::Tamoxifen) {
        plan.nodes.push(NodeId::TPreOfsTam);
        plan.add(OfsTamoxifen, Role::Preferred, "LHRH agonist + tamoxifen beat LHRH agonist alone: overall survival HR 0.78, progression-free survival HR 0.70 (Klijn 2001).");
        plan.add(OfsAi, Role::Alternative, "An aromatase inhibitor only with ovarian suppression or ablation.");
        plan.add(Tamoxifen, Role::Alternative, "Tamoxifen alone if ovarian suppression is declined.");
    } else {
        resistant_fact(b, Class::Tamoxifen, "Tamoxifen");
        plan.nodes.push(NodeId::TPreOfsAi);
        plan.add(OfsAi, Role::Preferred, "Tamoxifen-resistant: an aromatase inhibitor, only with ovarian suppression or ablation.");
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
        let mut nsai = "Letrozole and, in one of two trials, anastrozole improved time to progression over tamoxifen, with less thromboembolism; no survival difference (Mouridsen 2001/2003, Nabholtz 2000, Bonneterre 2000).".to_string();
        if exe_res {
            nsai.push_str(" Limited data after a steroidal AI; fulvestrant or tamoxifen equally reasonable.");
        }
        plan.add(Nsai, Role::Preferred, &nsai);
        plan.add(Tamoxifen, Role::Alternative, "Letrozole and, in one of two trials, anastrozole improved time to progression over tamoxifen (Mouridsen 2001, Nabholtz 2000, Bonneterre 2000).");
        plan.add(Exemestane, Role::Alternative, "Exemestane vs tamoxifen: median PFS 9.9 vs 5.8 months, but the primary comparison was not significant (Paridaens 2008).");
        plan.add(Fulvestrant, Role::Alternative, "Fulvestrant 500 mg first line — clinician choice: phase II evidence only (FIRST); off-label first line in 2012.");
        plan.add(AnastrozoleFulvestrant, Role::NotRecommended, "Conflicting phase III results: FACT negative, S0226 positive and published after the review.");
    } else if !exe_res {
        resistant_fact(b, Class::Nsai, "NSAI");
        plan.nodes.push(NodeId::TPostAfterNsai);
        plan.add(ExemestaneEverolimus, Role::Preferred, "Equal choice (clinician choice): largest PFS gain (BOLERO-2); more toxicity — stomatitis, pneumonitis, hyperglycaemia; no survival data and not yet approved in early 2012.");
        plan.add(Fulvestrant, Role::Preferred, "Equal choice (clinician choice): after a non-steroidal AI, time to progression 3.7 months with fulvestrant and with exemestane (EFECT); 500 mg better than 250 mg, PFS HR 0.80 (CONFIRM).");
        plan.add(Exemestane, Role::Preferred, "Equal choice (clinician choice): steroidal AI after a non-steroidal AI (EFECT).");
        plan.add(Tamoxifen, Role::Alternative, "Tamoxifen after an aromatase inhibitor.");
        plan.add(TamoxifenEverolimus, Role::NotRecommended, "Randomised phase II evidence only (TAMRAD).");
    } else {
        resistant_fact(b, Class::Nsai, "NSAI");
        resistant_fact(b, Class::Exemestane, "Exemestane");
        plan.nodes.push(NodeId::TPostLater);
        let candidates = [Fulvestrant, Tamoxifen];
        let first = candidates.iter().copied().find(|&id| !b.is_excluded(id));
        for id in candidates {
            let role = if Some(id) == first { Role::Preferred } else { Role::Alternative };
            plan.add(id, role, "Later line after both aromatase inhibitor classes.");
        }
        let estradiol = "Estradiol 6 mg/day gave similar clinical benefit to 30 mg/day in a small phase II, with fewer severe side effects (Ellis 2009).";
        if first.is_none() {
            plan.later_exhausted = true;
            plan.add(Megestrol, Role::Preferred, "Resistant to fulvestrant and tamoxifen; chemotherapy is a reasonable clinician choice.");
            plan.add(Estradiol, Role::Preferred, estradiol);
        } else {
            plan.add(Megestrol, Role::Alternative, "Later-line endocrine option.");
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
            b.missing("ovarian_suppression");
        }
        if case.menopause == Menopause::Unknown {
            b.missing("menopause");
        }
        if case.menopause == Menopause::Post && case.amenorrhea_after_chemo == Tri::Yes && case.age.is_none() {
            b.missing("age");
        }
    } else if case.menopause == Menopause::Unknown && plan.listed.iter().any(|(id, _, _)| *id == Estradiol) {
        b.missing("menopause");
    }
    if case.menopause == Menopause::Post
        && case.ovarian_suppression != Tri::Yes
        && case.amenorrhea_after_chemo == Tri::Unknown
        && !case.chemo_history.is_empty()
        && case.age.is_none_or(|a| a < 60)
    {
        b.missing("amenorrhea_after_chemo");
        if case.age.is_none() {
            b.missing("age");
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
            Menopause::Peri => Some("Recorded as perimenopausal: treated as premenopausal.".to_string()),
            Menopause::Unknown => Some("Menopausal status not known: treated as premenopausal.".to_string()),
            Menopause::Post if case.amenorrhea_after_chemo == Tri::Yes => Some(match case.age {
                Some(a) => format!("Recorded as postmenopausal, but amenorrhoea began with chemotherapy at age {a} (under 60): treated as premenopausal."),
                None => "Recorded as postmenopausal, but amenorrhoea began with chemotherapy and age is not known: treated as premenopausal.".to_string(),
            }),
            _ => None,
        };
        if let Some(why) = why {
            b.alert_with(AlertCode::ConfirmMenopause, why);
        }
        b.fact("Not postmenopausal for treatment: ovarian suppression or ablation is part of endocrine therapy.".into());
    } else if case.menopause == Menopause::Post
        && case.ovarian_suppression != Tri::Yes
        && under_60
        && case.amenorrhea_after_chemo == Tri::Unknown
        && !case.chemo_history.is_empty()
    {
        b.alert_with(
            AlertCode::ConfirmMenopause,
            "Postmenopausal under 60 (or age unknown) after chemotherapy: was the amenorrhoea caused by chemotherapy?".into(),
        );
    }
}
