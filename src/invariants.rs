//! The safety invariants of ALGORITHM.md §7, checked on any case and its
//! assessment. They restate the spec independently of the engine's own
//! bookkeeping (resistance is recomputed here from §1), so a slip in the
//! engine cannot hide behind the same slip in its check.

use crate::assessment::{Assessment, ChemoMode, Role, Strategy, Subtype};
use crate::case::*;
use crate::ids::{AlertCode, OptionId};
use crate::kb::options::{listed_at, option, Kind};
use OptionId::*;

const INV1: &[OptionId] =
    &[Nsai, Exemestane, ExemestaneEverolimus, TamoxifenEverolimus, Fulvestrant, AnastrozoleFulvestrant, Estradiol];
const NEUROPATHY_EXCLUDED: &[OptionId] = &[
    PaclitaxelWeekly,
    Docetaxel,
    NabPaclitaxel,
    At,
    DocetaxelCapecitabine,
    GemcitabinePaclitaxel,
    Eribulin,
    Ixabepilone,
    IxabepiloneCapecitabine,
];
const ANTHRACYCLINE_CONTAINING: &[OptionId] = &[Anthracycline, Pld, AcEc, FacFec, At];
const COMBINATIONS: &[OptionId] =
    &[AcEc, FacFec, At, DocetaxelCapecitabine, GemcitabinePaclitaxel, IxabepiloneCapecitabine, GemcitabineCarboplatin];
const NEVER_OFFERED: &[OptionId] =
    &[PaclitaxelBevacizumab, Iniparib, ConcurrentEtChemo, AnastrozoleFulvestrant, TamoxifenEverolimus];
const DOCETAXEL_CONTAINING: &[OptionId] = &[Docetaxel, DocetaxelCapecitabine];
const CAPECITABINE_CONTAINING: &[OptionId] = &[Capecitabine, DocetaxelCapecitabine, IxabepiloneCapecitabine];

/// Resistance classes as §1 and §3.3's exclusion list name them.
#[derive(Clone, Copy, PartialEq)]
enum R {
    Nsai,
    Exe,
    Tam,
    Fulv,
    Evero,
    Meg,
    Estr,
    Anthra,
    Taxane,
    Cape,
    Gem,
    Ixa,
    Plat,
    Eri,
    Vino,
    Cmf,
}

/// §3.3 "Resistance → every option containing the class is excluded".
fn excluded_by(r: R) -> &'static [OptionId] {
    match r {
        R::Anthra => &[Anthracycline, Pld, AcEc, FacFec, At],
        R::Taxane => &[PaclitaxelWeekly, Docetaxel, NabPaclitaxel, At, DocetaxelCapecitabine, GemcitabinePaclitaxel],
        R::Cape => &[Capecitabine, DocetaxelCapecitabine, IxabepiloneCapecitabine],
        R::Gem => &[Gemcitabine, GemcitabinePaclitaxel, GemcitabineCarboplatin],
        R::Ixa => &[Ixabepilone, IxabepiloneCapecitabine],
        R::Plat => &[Platinum, GemcitabineCarboplatin],
        R::Eri => &[Eribulin],
        R::Vino => &[Vinorelbine],
        R::Cmf => &[Cmf],
        R::Nsai => &[Nsai, AnastrozoleFulvestrant],
        R::Exe => &[Exemestane, ExemestaneEverolimus],
        R::Tam => &[Tamoxifen, OfsTamoxifen, TamoxifenEverolimus],
        R::Fulv => &[Fulvestrant, AnastrozoleFulvestrant],
        R::Evero => &[ExemestaneEverolimus, TamoxifenEverolimus],
        R::Meg => &[Megestrol],
        R::Estr => &[Estradiol],
    }
}

fn resistant_by<A>(e: &Exposure<A>, chemo: bool) -> bool {
    match e.outcome {
        Outcome::Progressed => true,
        Outcome::Completed => match (e.setting, e.months_since_end) {
            (Setting::Adjuvant, Some(m)) => m < 12.0,
            (Setting::Metastatic, Some(m)) => chemo && m < 3.0,
            _ => false,
        },
        Outcome::StoppedToxicity => false,
    }
}

fn resistances(case: &Case) -> Vec<R> {
    let mut out = Vec::new();
    for e in case.endocrine_history.iter().filter(|e| resistant_by(e, false)) {
        use EndocrineAgent as E;
        out.extend_from_slice(match e.agent {
            E::Tamoxifen => &[R::Tam][..],
            E::Anastrozole | E::Letrozole => &[R::Nsai],
            E::Exemestane => &[R::Exe],
            E::Fulvestrant => &[R::Fulv],
            E::EverolimusExemestane => &[R::Exe, R::Evero],
            E::TamoxifenEverolimus => &[R::Tam, R::Evero],
            E::Megestrol => &[R::Meg],
            E::Estradiol => &[R::Estr],
            E::OvarianSuppression => &[],
        });
    }
    for e in case.chemo_history.iter().filter(|e| resistant_by(e, true)) {
        use ChemoAgent as C;
        out.push(match e.agent {
            C::Anthracycline | C::Pld => R::Anthra,
            C::Taxane => R::Taxane,
            C::Capecitabine => R::Cape,
            C::Eribulin => R::Eri,
            C::Vinorelbine => R::Vino,
            C::Gemcitabine => R::Gem,
            C::Ixabepilone => R::Ixa,
            C::Platinum => R::Plat,
            C::Cmf => R::Cmf,
        });
    }
    out
}

fn postmenopausal(case: &Case) -> bool {
    case.ovarian_suppression == Tri::Yes
        || (case.menopause == Menopause::Post
            && !(case.amenorrhea_after_chemo == Tri::Yes && case.age.is_none_or(|a| a < 60)))
        || (case.menopause == Menopause::Unknown && case.age.is_some_and(|a| a >= 60))
}

/// Every way the assessment breaks §7 (and the output rules of §4 and §6)
/// for this case; empty when it holds.
pub fn violations(case: &Case, a: &Assessment) -> Vec<String> {
    let mut v = Vec::new();
    let offered = |id: OptionId| a.is_offered(id);
    let preferred = |id: OptionId| a.role(id) == Some(Role::Preferred);
    let kind = |id: OptionId| option(id).kind;
    let therapy_offered: Vec<OptionId> = a
        .options
        .iter()
        .filter(|o| {
            o.role.is_offered()
                && matches!(kind(o.id), Kind::Endocrine | Kind::Chemotherapy | Kind::Combination | Kind::Other)
        })
        .map(|o| o.id)
        .collect();

    if !postmenopausal(case) {
        for &id in INV1.iter().filter(|&&id| offered(id)) {
            v.push(format!("1: {id} offered but not postmenopausal"));
        }
    }
    if offered(Estradiol) && case.ovarian_suppression == Tri::Yes && case.menopause != Menopause::Post {
        v.push("1: estradiol offered on ovarian suppression without menopause = post".into());
    }
    if case.visceral_crisis == Tri::Yes {
        for o in a.with_role(Role::Preferred).filter(|o| kind(o.id) == Kind::Endocrine) {
            v.push(format!("2: {} preferred in visceral crisis", o.id));
        }
    }
    if case.er == Receptor::Negative && case.pr == Receptor::Negative {
        for o in a.options.iter().filter(|o| kind(o.id) == Kind::Endocrine) {
            v.push(format!("3: {} listed for triple-negative disease", o.id));
        }
    }
    let receptors_unusable = case.her2 != Her2::Negative
        || (case.er == Receptor::Unknown && case.pr == Receptor::Unknown)
        || matches!(
            (case.er, case.pr),
            (Receptor::Negative, Receptor::Unknown) | (Receptor::Unknown, Receptor::Negative)
        );
    if receptors_unusable && !therapy_offered.is_empty() {
        v.push(format!("4: therapy offered without usable receptor status: {therapy_offered:?}"));
    }
    let resistant = resistances(case);
    for &r in &resistant {
        for &id in excluded_by(r).iter().filter(|&&id| offered(id)) {
            v.push(format!("5: {id} offered despite resistance"));
        }
    }
    if resistant.contains(&R::Nsai) && resistant.contains(&R::Exe) && offered(OfsAi) {
        v.push("5: ofs_ai offered despite resistance to both AI classes".into());
    }
    if case.lvef_reduced == Tri::Yes || case.anthracycline_dose.is_some_and(|d| d >= 450.0) {
        for &id in ANTHRACYCLINE_CONTAINING.iter().filter(|&&id| offered(id)) {
            v.push(format!("6: {id} offered with reduced LVEF or dose ≥ 450"));
        }
    }
    if case.neuropathy == Tri::Yes {
        for &id in NEUROPATHY_EXCLUDED.iter().filter(|&&id| offered(id)) {
            v.push(format!("7: {id} offered with neuropathy"));
        }
    }
    for o in a.options.iter().filter(|o| o.role.is_offered() && o.refs.is_empty()) {
        v.push(format!("8: {} offered without a reference", o.id));
    }
    let combination_allowed = (case.visceral_crisis == Tri::Yes || case.rapid_progression == Tri::Yes)
        && case.ecog.is_some_and(|e| e <= 2)
        && case.hepatic_impairment != Tri::Yes;
    if !combination_allowed {
        for &id in COMBINATIONS.iter().filter(|&&id| preferred(id)) {
            v.push(format!("9: combination {id} preferred"));
        }
    }
    for &id in NEVER_OFFERED.iter().filter(|&&id| offered(id)) {
        v.push(format!("10: {id} offered"));
    }
    for e in &case.emergencies {
        let code = match e {
            Emergency::CordCompression => AlertCode::EmergencyCordCompression,
            Emergency::Hypercalcemia => AlertCode::EmergencyHypercalcemia,
            Emergency::SymptomaticBrain => AlertCode::EmergencySymptomaticBrain,
            Emergency::ImpendingFracture => AlertCode::EmergencyImpendingFracture,
        };
        if !a.alerts.iter().any(|al| al.code == code && al.severity.as_str() == "urgent") {
            v.push(format!("11: no urgent {code} alert"));
        }
    }
    // §8.11, restated from §2's receptor rules rather than from the engine's entry.
    let figure_2_entered = case.her2 == Her2::Negative
        && (case.er == Receptor::Positive
            || case.pr == Receptor::Positive
            || (case.er == Receptor::Negative && case.pr == Receptor::Negative));
    let has_alert = |code: AlertCode| a.alerts.iter().any(|al| al.code == code);
    if (case.visceral_crisis == Tri::Yes) != has_alert(AlertCode::VisceralCrisis) {
        v.push(format!(
            "8.11: visceral_crisis alert {} with visceral_crisis = {:?}",
            if has_alert(AlertCode::VisceralCrisis) { "raised" } else { "missing" },
            case.visceral_crisis
        ));
    }
    if (figure_2_entered && case.rapid_progression == Tri::Yes) != has_alert(AlertCode::RapidProgression) {
        v.push(format!(
            "8.11: rapid_progression alert {} (Figure 2 entered: {figure_2_entered}, rapid_progression = {:?})",
            if has_alert(AlertCode::RapidProgression) { "raised" } else { "missing" },
            case.rapid_progression
        ));
    }
    if case.hepatic_impairment == Tri::Yes {
        for &id in DOCETAXEL_CONTAINING.iter().filter(|&&id| offered(id)) {
            v.push(format!("12: {id} offered with hepatic impairment"));
        }
    }
    if case.renal_impairment == Tri::Yes {
        for &id in CAPECITABINE_CONTAINING.iter().filter(|&&id| offered(id)) {
            v.push(format!("13: {id} offered with renal impairment"));
        }
    }
    // The "Why not" list names the steps of `listed_at`: every offered option must
    // sit on one of them (best supportive care also comes with ECOG ≥ 3, §3.3).
    for o in a.options.iter().filter(|o| o.role.is_offered()) {
        let poor_ps_bsc = o.id == BestSupportiveCare && case.ecog.is_some_and(|e| e >= 3);
        if !poor_ps_bsc && !listed_at(o.id).iter().any(|&n| a.on_path(n)) {
            v.push(format!("listed_at: {} offered with none of its steps on the path", o.id));
        }
    }
    v.extend(structure(a));
    v
}

/// SINCE-2012-v2.md §9.3: the layer's inputs change nothing of the 2012
/// assessment, the layer is empty where Figure 2 is not entered, and no
/// pointer is ever an option.
pub fn since_2012_violations(case: &Case, a: &Assessment) -> Vec<String> {
    let mut v = Vec::new();
    let b = crate::evaluate(&case.without_since_2012());
    let of = |x: &Assessment| {
        (x.subtype, x.strategy, x.chemo_mode, x.path.clone(), x.options.clone(), x.alerts.clone(), x.missing.clone())
    };
    if of(a) != of(&b) {
        v.push("9.3: the since-2012 inputs changed the 2012 assessment".into());
    }
    if !matches!(a.subtype, Subtype::HrPositive | Subtype::TripleNegative) && !a.since_2012.is_empty() {
        v.push(format!("9.2: pointers shown for subtype {}", a.subtype.as_str()));
    }
    for p in &a.since_2012 {
        if OptionId::parse(p.id.as_str()).is_some() || a.options.iter().any(|o| o.id.as_str() == p.id.as_str()) {
            v.push(format!("9.3: pointer {} is an option", p.id));
        }
    }
    // §9.7: a later result sits beside an offered option; it neither offers nor follows the layer's inputs.
    for l in &a.later_results {
        if !a.is_offered(l.option) {
            v.push(format!("9.7: a later result for {}, which is not offered", l.option));
        }
    }
    if a.later_results != b.later_results {
        v.push("9.3: the since-2012 inputs changed the later results".into());
    }
    v
}

/// The shape every assessment has (§2, §4, §6).
fn structure(a: &Assessment) -> Vec<String> {
    let mut v = Vec::new();
    for (i, o) in a.options.iter().enumerate() {
        if a.options[..i].iter().any(|p| p.id == o.id) {
            v.push(format!("option {} listed twice", o.id));
        }
        if o.reasons.is_empty() {
            v.push(format!("option {} without a reason", o.id));
        }
    }
    if a.options.windows(2).any(|w| w[0].role > w[1].role) {
        v.push("options not ordered preferred, alternative, not recommended".into());
    }
    if a.alerts.windows(2).any(|w| w[0].severity > w[1].severity) {
        v.push("alerts not ordered urgent, warning, info".into());
    }
    if a.path.iter().enumerate().any(|(i, n)| a.path[..i].contains(n)) {
        v.push("a node is on the path twice".into());
    }
    if matches!(a.strategy, Strategy::Workup | Strategy::OutOfScope)
        && a.options
            .iter()
            .any(|o| matches!(option(o.id).kind, Kind::Endocrine | Kind::Chemotherapy | Kind::Combination))
    {
        v.push("endocrine or chemotherapy option listed on a work-up or out-of-scope strategy".into());
    }
    if (a.strategy == Strategy::Chemotherapy) != a.chemo_mode.is_some() {
        v.push("chemo_mode set without chemotherapy, or missing with it".into());
    }
    if a.chemo_mode == Some(ChemoMode::Combination)
        && !a.with_role(Role::Preferred).any(|o| option(o.id).kind == Kind::Combination)
    {
        v.push("combination mode without a preferred combination".into());
    }
    if a.strategy == Strategy::Endocrine
        && a.options.iter().any(|o| matches!(option(o.id).kind, Kind::Chemotherapy | Kind::Combination))
    {
        v.push("chemotherapy listed on an endocrine strategy".into());
    }
    v
}
