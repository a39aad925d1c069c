//! The "since 2012" layer (SINCE-2012.md, extending ALGORITHM.md §9): each
//! pointer's words, and the trials behind them with their verified headline
//! figures and citations (§9.5; only these figures). Pointers are never
//! options and never recommendations: an `applies` pointer says the case
//! resembles a trial's population, nothing more.

use crate::assessment::Assessment;
use crate::ids::{NodeId, PointerId, TrialId};

pub struct PointerDef {
    pub id: PointerId,
    /// What changed, as a pointer to current guidelines.
    pub title: &'static str,
    /// The test that would tell, for `ask_about_test`.
    pub test: &'static str,
    pub trials: &'static [TrialId],
    /// In plain words, for the patient view.
    pub plain: &'static str,
}

pub struct Trial {
    pub id: TrialId,
    pub agents: &'static str,
    pub population: &'static str,
    pub result: &'static str,
    pub citation: &'static str,
}

use PointerId::*;
use TrialId::*;

pub static POINTERS: &[PointerDef] = &[
    PointerDef {
        id: Cdk46FirstLine,
        title: "A CDK4/6 inhibitor with first-line endocrine therapy",
        test: "",
        trials: &[Paloma2, Monaleesa2, Monarch3, Monaleesa7],
        plain: "Medicines called CDK4/6 inhibitors, taken with the first hormone therapy for spread cancer.",
    },
    PointerDef {
        id: Cdk46AfterEt,
        title: "A CDK4/6 inhibitor with fulvestrant after endocrine therapy",
        test: "",
        trials: &[Paloma3, Monaleesa3],
        plain: "Medicines called CDK4/6 inhibitors. They are taken with fulvestrant, after an earlier hormone therapy.",
    },
    PointerDef {
        id: Pi3kAkt,
        title: "Alpelisib or capivasertib with fulvestrant for PIK3CA-, AKT1- or PTEN-altered disease after an aromatase inhibitor",
        test: "PIK3CA, AKT1 and PTEN testing (tumour tissue if circulating DNA shows no alteration)",
        trials: &[Solar1, Capitello291],
        plain: "Medicines aimed at a change in the PIK3CA, AKT1 or PTEN gene. They are taken with fulvestrant, when a test finds such a change.",
    },
    PointerDef {
        id: Esr1,
        title: "Elacestrant for ESR1-mutated disease after endocrine therapy",
        test: "ESR1 mutation testing at this progression (blood preferred)",
        trials: &[Emerald],
        plain: "A medicine called elacestrant, when a test shows a change in the ESR1 gene.",
    },
    PointerDef {
        id: Parp,
        title: "A PARP inhibitor (olaparib, talazoparib) for germline BRCA carriers",
        test: "",
        trials: &[Olympiad, Embraca],
        plain: "Medicines called PARP inhibitors, for people who carry a BRCA gene change.",
    },
    PointerDef {
        id: ParpTest,
        title: "A PARP inhibitor (olaparib, talazoparib), if a germline BRCA mutation is found",
        test: "Germline BRCA1/2 testing",
        trials: &[Olympiad, Embraca],
        plain: "Medicines called PARP inhibitors, if a gene test finds a BRCA change.",
    },
    PointerDef {
        id: Pembrolizumab,
        title: "Pembrolizumab with first-line chemotherapy for PD-L1-positive (CPS ≥ 10) triple-negative disease",
        test: "PD-L1 testing (22C3 assay, combined positive score)",
        trials: &[Keynote355, Impassion130],
        plain: "An immune drug called pembrolizumab. It is given with the first chemotherapy, if a PD-L1 test is high.",
    },
    PointerDef {
        id: SacituzumabTnbc,
        title: "Sacituzumab govitecan for pretreated triple-negative disease",
        test: "",
        trials: &[Ascent],
        plain: "A drug called sacituzumab govitecan. It is an antibody joined to a cancer drug. It is used after earlier chemotherapy.",
    },
    PointerDef {
        id: SacituzumabHr,
        title: "Sacituzumab govitecan for pretreated hormone receptor-positive disease",
        test: "",
        trials: &[Tropics02],
        plain: "A drug called sacituzumab govitecan. It is an antibody joined to a cancer drug. It is used after earlier chemotherapy.",
    },
    PointerDef {
        id: TdxdLow,
        title: "Trastuzumab deruxtecan for HER2-low disease after chemotherapy",
        test: "HER2 IHC score (HER2-low: IHC 1+, or 2+ with negative ISH)",
        trials: &[DestinyBreast04],
        plain: "A drug called trastuzumab deruxtecan. It is for cancer with a low level of HER2. It is used after earlier chemotherapy.",
    },
    PointerDef {
        id: TdxdLowBeforeChemo,
        title: "Trastuzumab deruxtecan for HER2-low or HER2-ultralow disease after endocrine therapy, before chemotherapy",
        test: "HER2 IHC score (HER2-low, or HER2-ultralow within IHC 0)",
        trials: &[DestinyBreast06],
        plain: "A drug called trastuzumab deruxtecan. It is for cancer with a low level of HER2. It is used after hormone therapy, before any chemotherapy.",
    },
];

pub static TRIALS: &[Trial] = &[
    Trial { id: Paloma2, agents: "palbociclib + letrozole vs letrozole", population: "postmenopausal, ER+/HER2−, no prior therapy for advanced disease; n=666", result: "PFS 24.8 vs 14.5 mo, HR 0.58 (0.46–0.72); final OS 53.9 vs 51.2 mo, not significant", citation: "Finn RS et al. N Engl J Med 2016;375:1925–36" },
    Trial { id: Monaleesa2, agents: "ribociclib + letrozole vs letrozole", population: "postmenopausal, HR+/HER2−, first line; n=668", result: "PFS HR 0.556 (0.429–0.720); OS 63.9 vs 51.4 mo, HR 0.76 (0.63–0.93)", citation: "Hortobagyi GN et al. N Engl J Med 2016;375:1738–48; OS N Engl J Med 2022;386:942–50" },
    Trial { id: Monarch3, agents: "abemaciclib + NSAI vs NSAI", population: "postmenopausal, HR+/HER2−, first line; n=493", result: "final PFS 28.18 vs 14.76 mo, HR 0.540 (0.418–0.698); OS 66.8 vs 53.7 mo, not significant", citation: "Goetz MP et al. J Clin Oncol 2017;35(32):3638 (interim); final PFS Johnston S et al., \"MONARCH 3 final PFS\" (journal not verified); final OS Ann Oncol 2024;35:718" },
    Trial { id: Monaleesa7, agents: "ribociclib + tamoxifen or NSAI + goserelin vs the same without ribociclib (ribociclib is labelled with an AI or fulvestrant, not with tamoxifen)", population: "pre/perimenopausal, age 18–59, HR+/HER2−, no prior ET for advanced disease; n=672", result: "PFS 23.8 vs 13.0 mo, HR 0.553 (0.441–0.694); OS HR 0.712 (0.54–0.95), 42-month OS 70.2% vs 46.0%", citation: "Tripathy D et al. Lancet Oncol 2018;19:904–15; OS Im SA et al. N Engl J Med 2019;381:307–16" },
    Trial { id: Paloma3, agents: "palbociclib + fulvestrant vs fulvestrant", population: "HR+/HER2−, progression on prior ET, any menopausal status; n=521", result: "PFS 9.2 vs 3.8 mo, HR 0.42 (0.32–0.56); OS 34.9 vs 28.0 mo, HR 0.81 (0.64–1.03), not significant", citation: "Turner NC et al. N Engl J Med 2015;373:209–19; OS N Engl J Med 2018;379:1926–36" },
    Trial { id: Monaleesa3, agents: "ribociclib + fulvestrant vs fulvestrant", population: "postmenopausal, HR+/HER2−, first or second line; n=726", result: "PFS 20.5 vs 12.8 mo, HR 0.593 (0.480–0.732); 42-month OS 57.8% vs 45.9%, HR 0.72 (0.57–0.92)", citation: "Slamon DJ et al. J Clin Oncol 2018;36:2465; OS N Engl J Med 2020;382:514–24" },
    Trial { id: Solar1, agents: "alpelisib + fulvestrant vs fulvestrant", population: "postmenopausal women and men, HR+/HER2−, after an AI; PIK3CA-mutated cohort n=341 of 572", result: "PFS (PIK3CA-mutated) 11.0 vs 5.7 mo, HR 0.65 (0.50–0.85); without PIK3CA mutation HR 0.85 (0.58–1.25), no benefit shown (alpelisib: PIK3CA only, not AKT1/PTEN); final OS 39.3 vs 31.4 mo, not significant", citation: "André F et al. N Engl J Med 2019;380:1929–40" },
    Trial { id: Capitello291, agents: "capivasertib + fulvestrant vs fulvestrant", population: "women (pre/perimenopausal with an LHRH agonist, or postmenopausal) and men, HR+/HER2−, relapse or progression on or after an AI ± CDK4/6 inhibitor; n=708", result: "PFS overall 7.2 vs 3.6 mo, HR 0.60 (0.51–0.71); PIK3CA/AKT1/PTEN-altered 7.3 vs 3.1 mo, HR 0.50 (0.38–0.65)", citation: "Turner NC et al. N Engl J Med 2023;388:2058–70" },
    Trial { id: Emerald, agents: "elacestrant vs fulvestrant or an AI", population: "postmenopausal women and men, ER+/HER2−, 1–2 prior ET lines including a CDK4/6 inhibitor, ≤ 1 chemotherapy line; n=477", result: "PFS HR 0.70 (0.55–0.88) overall; ESR1-mutated HR 0.55 (0.39–0.77); US approval limited to ESR1-mutated disease", citation: "Bidard FC et al. J Clin Oncol 2022;40:3246–56" },
    Trial { id: Olympiad, agents: "olaparib vs chemotherapy of choice", population: "germline BRCA, HER2−, ≤ 2 prior chemo lines for MBC, prior anthracycline and taxane; HR+ after endocrine therapy or unsuitable for it; n=302", result: "PFS 7.0 vs 4.2 mo, HR 0.58 (0.43–0.80); final OS 19.3 vs 17.1 mo, not significant", citation: "Robson M et al. N Engl J Med 2017;377:523–33; final OS Robson M et al. Ann Oncol 2019" },
    Trial { id: Embraca, agents: "talazoparib vs chemotherapy of choice", population: "germline BRCA1/2, HER2− advanced; n=431", result: "PFS 8.6 vs 5.6 mo, HR 0.54 (0.41–0.71); OS 19.3 vs 19.5 mo, no difference", citation: "Litton JK et al. N Engl J Med 2018;379:753–63; OS Ann Oncol 2020;31:1526–35" },
    Trial { id: Keynote355, agents: "pembrolizumab + chemotherapy vs chemotherapy", population: "untreated metastatic TNBC, ≥ 6 months disease-free; n=847", result: "CPS ≥ 10: PFS 9.7 vs 5.6 mo, HR 0.65 (0.49–0.86); OS 23.0 vs 16.1 mo, HR 0.73 (0.55–0.95)", citation: "Cortes J et al. Lancet 2020;396:1817–28; OS N Engl J Med 2022;387:217–26" },
    Trial { id: Impassion130, agents: "atezolizumab + nab-paclitaxel vs nab-paclitaxel", population: "untreated metastatic TNBC; n=902", result: "PD-L1 IC+ (SP142 assay, not CPS) PFS 7.5 vs 5.0 mo, HR 0.62 (0.49–0.78); US accelerated approval withdrawn August 2021 (indications outside the US not affected then)", citation: "Schmid P et al. N Engl J Med 2018 (doi 10.1056/NEJMoa1809615)" },
    Trial { id: Ascent, agents: "sacituzumab govitecan vs chemotherapy of choice", population: "relapsed/refractory metastatic TNBC after ≥ 2 prior regimens for advanced disease (one could be (neo)adjuvant with relapse ≤ 12 months), prior taxane; n=468 without brain metastases", result: "PFS 5.6 vs 1.7 mo, HR 0.41 (0.32–0.52); OS 12.1 vs 6.7 mo, HR 0.48 (0.38–0.59)", citation: "Bardia A et al. N Engl J Med 2021;384:1529–41" },
    Trial { id: Tropics02, agents: "sacituzumab govitecan vs chemotherapy of choice", population: "HR+/HER2− endocrine-resistant, after ET, a taxane and a CDK4/6 inhibitor, 2–4 chemo lines for MBC; n=543", result: "PFS 5.5 vs 4.0 mo, HR 0.66 (0.53–0.83); OS 14.4 vs 11.2 mo, HR 0.79 (0.65–0.96)", citation: "Rugo HS et al. J Clin Oncol 2022; OS Lancet 2023 (PMID 37633306)" },
    Trial { id: DestinyBreast04, agents: "trastuzumab deruxtecan vs chemotherapy of choice", population: "HER2-low (IHC 1+ or 2+/ISH−), 1–2 prior chemo lines for MBC; n=557", result: "HR+ cohort PFS 10.1 vs 5.4 mo, HR 0.51 (0.40–0.64); all patients OS 23.4 vs 16.8 mo, HR 0.64 (0.49–0.84)", citation: "Modi S et al. N Engl J Med 2022;387:9–20" },
    Trial { id: DestinyBreast06, agents: "trastuzumab deruxtecan vs chemotherapy of choice", population: "HR+, HER2-low or ultralow (IHC 0 with membrane staining), no chemo for MBC; ≥ 2 endocrine lines for MBC, or 1 with progression within 6 months of starting first-line ET + CDK4/6 inhibitor, or relapse within 24 months of starting adjuvant ET; n=866 (713 low, 153 ultralow)", result: "HER2-low PFS 13.2 vs 8.1 mo, HR 0.62 (0.52–0.75); OS immature at this analysis; US approval (January 2025) covers HER2-low or ultralow after ≥ 1 endocrine therapy for MBC", citation: "Bardia A et al. N Engl J Med 2024;391:2110–22" },
];

/// Current guidelines the panel closes with (§9.6).
pub const GUIDELINES: &[&str] = &[
    "ASCO: Endocrine treatment and targeted therapy for HR+/HER2− metastatic breast cancer (Burstein HJ et al. J Clin Oncol 2021;39:3959–77; rapid updates 2023 and 2024).",
    "ASCO: Chemotherapy and targeted therapy for HER2− metastatic breast cancer that is endocrine-pretreated or hormone receptor-negative (Moy B et al. 2021; rapid updates 2022).",
    "ESMO Clinical Practice Guideline, metastatic breast cancer (Gennari A et al. Ann Oncol 2021;32:1475–95) and its living updates.",
    "ESO–ESMO ABC 5 consensus (Cardoso F et al. Ann Oncol 2020).",
    "NCCN Guidelines: Breast Cancer (current version).",
];

/// An `applies` pointer, worded as a match with the trial population, never as an indication.
pub const APPLIES: &str = "This case resembles the trial population.";
pub const ASK: &str = "Depends on a test not known yet:";
pub const FOR_THIS_CASE: &str = "For this case";
pub const NONE_FOR_THIS_CASE: &str =
    "None: the pointers need HER2-negative disease with known hormone receptor status (Figure 2).";
pub const GUIDELINES_TITLE: &str = "Current guidelines";
/// The patient view's section, in plain words.
pub const PLAIN_TITLE: &str = "Newer treatments since 2012 that your team may talk about";
pub const PLAIN_INTRO: &str =
    "These came after the 2012 guide. They are not part of its options. Your care team can tell you if any fits you.";
pub const PLAIN_TEST: &str = "A test could show if this fits.";

/// The boxes whose 2012 rule newer treatments have reached: beside their
/// words each view says so, when the case has pointers of its own.
const OVERTAKEN: &[NodeId] = &[NodeId::TTnbc, NodeId::TBsc];
pub const NEWER_AT_THIS_STEP: &str =
    "Since 2012, newer treatments exist at this step: see \"Since 2012\" for this case.";
pub const PLAIN_NEWER_AT_THIS_STEP: &str =
    "Newer treatments have come since 2012 at this point. They are listed below.";

/// The box states a 2012 rule, and this case has pointers past it.
pub fn overtaken(step: NodeId, a: &Assessment) -> bool {
    OVERTAKEN.contains(&step) && a.on_path(step) && !a.since_2012.is_empty()
}

pub fn pointer(id: PointerId) -> &'static PointerDef {
    &POINTERS[id.index()]
}

pub fn trial(id: TrialId) -> &'static Trial {
    &TRIALS[id.index()]
}
