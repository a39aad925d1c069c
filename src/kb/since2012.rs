//! The "since 2012" layer (SINCE-2012-v2.md, extending ALGORITHM.md §9): each
//! pointer's words, and the trials behind them with their verified headline
//! figures and citations (§9.5; only these figures). Pointers are never
//! options and never recommendations: an `applies` pointer says the case
//! resembles a trial's population, nothing more.

use crate::assessment::{Assessment, Assumption, Subtype};
use crate::case::{value_text, Case, Her2Ihc, Tri};
use crate::ids::{Field, NodeId, OptionId, PointerId, TrialId};

pub struct PointerDef {
    pub id: PointerId,
    /// What changed, as a pointer to current guidelines.
    pub title: &'static str,
    /// The test that would tell, for `ask_about_test`.
    pub test: &'static str,
    /// Every trial it can list; a case lists those whose limits it fits (§9.2).
    pub trials: &'static [TrialId],
    /// What the inputs cannot tell about the match, said beside it.
    pub note: &'static str,
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
        note: "",
        plain: "Medicines called CDK4/6 inhibitors, taken with the first hormone therapy for spread cancer.",
    },
    PointerDef {
        id: Cdk46AfterEt,
        title: "A CDK4/6 inhibitor with fulvestrant after endocrine therapy",
        test: "",
        trials: &[Paloma3, Monaleesa3],
        note: "",
        plain: "Medicines called CDK4/6 inhibitors. They are taken with fulvestrant, after an earlier hormone therapy.",
    },
    PointerDef {
        id: Cdk46AfterCdk46,
        title: "Abemaciclib with fulvestrant after progression on a CDK4/6 inhibitor",
        test: "",
        trials: &[Postmonarch],
        note: "",
        plain: "A medicine called abemaciclib, taken with fulvestrant. It is for cancer that grew after an earlier CDK4/6 inhibitor.",
    },
    PointerDef {
        id: RibociclibAggressive,
        title: "Ribociclib with an aromatase inhibitor and goserelin, compared with combination chemotherapy, for clinically aggressive first-line disease before menopause",
        test: "",
        trials: &[RightChoice],
        note: "",
        plain: "A medicine called ribociclib, with hormone therapy and a drug that stops the ovaries. It was tested against chemotherapy. It is for fast-growing cancer before menopause.",
    },
    PointerDef {
        id: Inavolisib,
        title: "Inavolisib with palbociclib and fulvestrant for PIK3CA-mutated relapse during or within 12 months of adjuvant endocrine therapy",
        test: "PIK3CA mutation testing (the trial took PIK3CA mutations only; the PIK3CA, AKT1 or PTEN field does not say which gene)",
        trials: &[Inavo120],
        note: "",
        plain: "A medicine called inavolisib, with palbociclib and fulvestrant. It is for a change in the PIK3CA gene, when the cancer came back during or soon after hormone therapy.",
    },
    PointerDef {
        id: Pi3kAkt,
        title: "Alpelisib (PIK3CA only) or capivasertib (PIK3CA, AKT1 or PTEN) with fulvestrant after an aromatase inhibitor",
        test: "PIK3CA, AKT1 and PTEN testing (tumour tissue if circulating DNA shows no alteration)",
        trials: &[Solar1, Capitello291],
        note: "",
        plain: "Medicines aimed at a change in the PIK3CA, AKT1 or PTEN gene. They are taken with fulvestrant, when a test finds such a change.",
    },
    PointerDef {
        id: Esr1,
        title: "Elacestrant or imlunestrant for ESR1-mutated disease after endocrine therapy",
        test: "ESR1 mutation testing at this progression (blood preferred)",
        trials: &[Emerald, Ember3],
        note: "",
        plain: "Medicines called elacestrant or imlunestrant, when a test shows a change in the ESR1 gene.",
    },
    PointerDef {
        id: Parp,
        title: "A PARP inhibitor (olaparib, talazoparib) for germline BRCA carriers",
        test: "",
        trials: &[Olympiad, Embraca],
        note: "",
        plain: "Medicines called PARP inhibitors, for people who carry a BRCA gene change.",
    },
    PointerDef {
        id: ParpTest,
        title: "A PARP inhibitor (olaparib, talazoparib), if a germline BRCA mutation is found",
        test: "Germline BRCA1/2 testing (panels also report PALB2)",
        trials: &[Olympiad, Embraca, Tbcrc048],
        note: "",
        plain: "Medicines called PARP inhibitors, if a gene test finds a BRCA change.",
    },
    PointerDef {
        id: Pembrolizumab,
        title: "Pembrolizumab with first-line chemotherapy or with sacituzumab govitecan for PD-L1-positive (CPS ≥ 10) triple-negative disease",
        test: "PD-L1 testing (22C3 assay, combined positive score)",
        trials: &[Keynote355, Impassion130, Ascent04],
        note: "",
        plain: "An immune drug called pembrolizumab. It is given with the first chemotherapy, or with sacituzumab govitecan, if a PD-L1 test is high.",
    },
    PointerDef {
        id: TnbcFirstLineAdc,
        title: "Sacituzumab govitecan or datopotamab deruxtecan as first treatment for triple-negative disease when a PD-(L)1 inhibitor is not an option",
        test: "PD-L1 testing (22C3 assay, combined positive score)",
        trials: &[Ascent03, TropionBreast02],
        note: "The trials also took patients with a condition that rules out a PD-(L)1 inhibitor; no input records that.",
        plain: "Drugs called sacituzumab govitecan or datopotamab deruxtecan. They can be a first treatment. This is for when an immune drug is not used.",
    },
    PointerDef {
        id: SacituzumabTnbc,
        title: "Sacituzumab govitecan for pretreated triple-negative disease",
        test: "",
        trials: &[Ascent],
        note: "",
        plain: "A drug called sacituzumab govitecan. It is an antibody joined to a cancer drug. It is used after earlier chemotherapy.",
    },
    PointerDef {
        id: SacituzumabHr,
        title: "Sacituzumab govitecan for pretreated hormone receptor-positive disease",
        test: "",
        trials: &[Tropics02],
        note: "",
        plain: "A drug called sacituzumab govitecan. It is an antibody joined to a cancer drug. It is used after earlier chemotherapy.",
    },
    PointerDef {
        id: DatoHr,
        title: "Datopotamab deruxtecan for hormone receptor-positive disease after endocrine therapy and chemotherapy",
        test: "",
        trials: &[TropionBreast01],
        note: "",
        plain: "A drug called datopotamab deruxtecan. It is an antibody joined to a cancer drug. It is used after hormone therapy and earlier chemotherapy.",
    },
    PointerDef {
        id: TdxdLow,
        title: "Trastuzumab deruxtecan for HER2-low disease after chemotherapy",
        test: "HER2 IHC score (HER2-low: IHC 1+, or 2+ with negative ISH)",
        trials: &[DestinyBreast04],
        note: "",
        plain: "A drug called trastuzumab deruxtecan. It is for cancer with a low level of HER2. It is used after earlier chemotherapy.",
    },
    PointerDef {
        id: TdxdLowBeforeChemo,
        title: "Trastuzumab deruxtecan for HER2-low or HER2-ultralow disease after endocrine therapy, before chemotherapy",
        test: "HER2 IHC score (HER2-low, or HER2-ultralow within IHC 0)",
        trials: &[DestinyBreast06],
        note: "",
        plain: "A drug called trastuzumab deruxtecan. It is for cancer with a low level of HER2. It is used after hormone therapy, before any chemotherapy.",
    },
];

/// The trials of §9.5, in its order: only its verified figures, each with
/// the US approval status where the row gives one.
pub static TRIALS: &[Trial] = &[
    Trial {
        id: Paloma2,
        agents: "palbociclib + letrozole vs letrozole",
        population: "postmenopausal, ER+/HER2−, no prior therapy for advanced disease; n=666",
        result: "PFS 24.8 vs 14.5 mo, HR 0.58 (0.46–0.72); final OS 53.9 vs 51.2 mo, not significant",
        citation: "Finn RS et al. N Engl J Med 2016;375:1925–36",
    },
    Trial {
        id: Monaleesa2,
        agents: "ribociclib + letrozole vs letrozole",
        population: "postmenopausal, HR+/HER2−, first line; n=668",
        result: "PFS HR 0.556 (0.429–0.720); OS 63.9 vs 51.4 mo, HR 0.76 (0.63–0.93)",
        citation: "Hortobagyi GN et al. N Engl J Med 2016;375:1738–48; OS N Engl J Med 2022;386:942–50",
    },
    Trial {
        id: Monarch3,
        agents: "abemaciclib + NSAI vs NSAI",
        population: "postmenopausal, HR+/HER2−, first line; n=493",
        result: "final PFS 28.18 vs 14.76 mo, HR 0.540 (0.418–0.698); OS 66.8 vs 53.7 mo, not significant",
        citation: "Goetz MP et al. J Clin Oncol 2017;35(32):3638 (interim); final PFS Johnston S et al., \"MONARCH 3 final PFS\" (journal not verified); final OS Ann Oncol 2024;35:718",
    },
    Trial {
        id: Monaleesa7,
        agents: "ribociclib + tamoxifen or NSAI + goserelin vs the same without ribociclib (ribociclib is labelled with an AI or fulvestrant, not with tamoxifen)",
        population: "pre/perimenopausal, age 18–59, HR+/HER2−, no prior ET for advanced disease; n=672",
        result: "PFS 23.8 vs 13.0 mo, HR 0.553 (0.441–0.694); OS HR 0.712 (0.54–0.95), 42-month OS 70.2% vs 46.0%",
        citation: "Tripathy D et al. Lancet Oncol 2018;19:904–15; OS Im SA et al. N Engl J Med 2019;381:307–16",
    },
    Trial {
        id: Paloma3,
        agents: "palbociclib + fulvestrant vs fulvestrant",
        population: "HR+/HER2−, progression on prior ET, any menopausal status; n=521",
        result: "PFS 9.2 vs 3.8 mo, HR 0.42 (0.32–0.56); OS 34.9 vs 28.0 mo, HR 0.81 (0.64–1.03), not significant",
        citation: "Turner NC et al. N Engl J Med 2015;373:209–19; OS N Engl J Med 2018;379:1926–36",
    },
    Trial {
        id: Monaleesa3,
        agents: "ribociclib + fulvestrant vs fulvestrant",
        population: "postmenopausal, HR+/HER2−, first or second line; n=726",
        result: "PFS 20.5 vs 12.8 mo, HR 0.593 (0.480–0.732); 42-month OS 57.8% vs 45.9%, HR 0.72 (0.57–0.92)",
        citation: "Slamon DJ et al. J Clin Oncol 2018;36:2465; OS N Engl J Med 2020;382:514–24",
    },
    Trial {
        id: Solar1,
        agents: "alpelisib + fulvestrant vs fulvestrant",
        population: "postmenopausal women and men, HR+/HER2−, after an AI; PIK3CA-mutated cohort n=341 of 572",
        result: "PFS (PIK3CA-mutated) 11.0 vs 5.7 mo, HR 0.65 (0.50–0.85); without PIK3CA mutation HR 0.85 (0.58–1.25), no benefit shown (alpelisib: PIK3CA only, not AKT1/PTEN); final OS 39.3 vs 31.4 mo, not significant",
        citation: "André F et al. N Engl J Med 2019;380:1929–40",
    },
    Trial {
        id: Capitello291,
        agents: "capivasertib + fulvestrant vs fulvestrant",
        population: "women (pre/perimenopausal with an LHRH agonist, or postmenopausal) and men, HR+/HER2−, relapse or progression on or after an AI ± CDK4/6 inhibitor; n=708",
        result: "PFS overall 7.2 vs 3.6 mo, HR 0.60 (0.51–0.71); PIK3CA/AKT1/PTEN-altered 7.3 vs 3.1 mo, HR 0.50 (0.38–0.65)",
        citation: "Turner NC et al. N Engl J Med 2023;388:2058–70",
    },
    Trial {
        id: Emerald,
        agents: "elacestrant vs fulvestrant or an AI",
        population: "postmenopausal women and men, ER+/HER2−, 1–2 prior ET lines including a CDK4/6 inhibitor, ≤ 1 chemotherapy line; n=477",
        result: "PFS HR 0.70 (0.55–0.88) overall; ESR1-mutated HR 0.55 (0.39–0.77); US approval limited to ESR1-mutated disease",
        citation: "Bidard FC et al. J Clin Oncol 2022;40:3246–56",
    },
    Trial {
        id: Olympiad,
        agents: "olaparib vs chemotherapy of choice",
        population: "germline BRCA, HER2−, ≤ 2 prior chemo lines for MBC, prior anthracycline and taxane; HR+ after endocrine therapy or unsuitable for it; n=302",
        result: "PFS 7.0 vs 4.2 mo, HR 0.58 (0.43–0.80); final OS 19.3 vs 17.1 mo, not significant",
        citation: "Robson M et al. N Engl J Med 2017;377:523–33; final OS Robson M et al. Ann Oncol 2019",
    },
    Trial {
        id: Embraca,
        agents: "talazoparib vs chemotherapy of choice",
        population: "germline BRCA1/2, HER2− advanced, 0–3 prior chemotherapy lines for advanced disease, no prior PARP inhibitor; n=431",
        result: "PFS 8.6 vs 5.6 mo, HR 0.54 (0.41–0.71); OS 19.3 vs 19.5 mo, no difference",
        citation: "Litton JK et al. N Engl J Med 2018;379:753–63; OS Ann Oncol 2020;31:1526–35",
    },
    Trial {
        id: Keynote355,
        agents: "pembrolizumab + chemotherapy vs chemotherapy",
        population: "untreated metastatic TNBC, ≥ 6 months disease-free; enrolled before (neo)adjuvant pembrolizumab (KEYNOTE-522) was in use; n=847",
        result: "CPS ≥ 10: PFS 9.7 vs 5.6 mo, HR 0.65 (0.49–0.86); OS 23.0 vs 16.1 mo, HR 0.73 (0.55–0.95)",
        citation: "Cortes J et al. Lancet 2020;396:1817–28; OS N Engl J Med 2022;387:217–26",
    },
    Trial {
        id: Impassion130,
        agents: "atezolizumab + nab-paclitaxel vs nab-paclitaxel",
        population: "untreated metastatic TNBC; n=902",
        result: "PD-L1 IC+ (SP142 assay, not CPS) PFS 7.5 vs 5.0 mo, HR 0.62 (0.49–0.78); US accelerated approval withdrawn August 2021 (indications outside the US not affected then)",
        citation: "Schmid P et al. N Engl J Med 2018 (doi 10.1056/NEJMoa1809615)",
    },
    Trial {
        id: Ascent,
        agents: "sacituzumab govitecan vs chemotherapy of choice",
        population: "relapsed/refractory metastatic TNBC after ≥ 2 prior regimens for advanced disease (one could be (neo)adjuvant with relapse ≤ 12 months), prior taxane; n=468 without brain metastases",
        result: "PFS 5.6 vs 1.7 mo, HR 0.41 (0.32–0.52); OS 12.1 vs 6.7 mo, HR 0.48 (0.38–0.59)",
        citation: "Bardia A et al. N Engl J Med 2021;384:1529–41",
    },
    Trial {
        id: Tropics02,
        agents: "sacituzumab govitecan vs chemotherapy of choice",
        population: "HR+/HER2− endocrine-resistant, after ET, a taxane and a CDK4/6 inhibitor, 2–4 chemo lines for MBC; n=543",
        result: "PFS 5.5 vs 4.0 mo, HR 0.66 (0.53–0.83); OS 14.4 vs 11.2 mo, HR 0.79 (0.65–0.96)",
        citation: "Rugo HS et al. J Clin Oncol 2022; OS Lancet 2023 (PMID 37633306)",
    },
    Trial {
        id: DestinyBreast04,
        agents: "trastuzumab deruxtecan vs chemotherapy of choice",
        population: "HER2-low (IHC 1+ or 2+/ISH−), 1–2 prior chemo lines for MBC; n=557",
        result: "HR+ cohort PFS 10.1 vs 5.4 mo, HR 0.51 (0.40–0.64); all patients OS 23.4 vs 16.8 mo, HR 0.64 (0.49–0.84)",
        citation: "Modi S et al. N Engl J Med 2022;387:9–20",
    },
    Trial {
        id: DestinyBreast06,
        agents: "trastuzumab deruxtecan vs chemotherapy of choice",
        population: "HR+, HER2-low or ultralow (IHC 0 with membrane staining), no chemo for MBC; ≥ 2 endocrine lines for MBC, or 1 with progression within 6 months of starting first-line ET + CDK4/6 inhibitor, or relapse within 24 months of starting adjuvant ET; n=866 (713 low, 153 ultralow)",
        result: "HER2-low PFS 13.2 vs 8.1 mo, HR 0.62 (0.52–0.75); OS immature at this analysis; US approval (January 2025) covers HER2-low or ultralow after ≥ 1 endocrine therapy for MBC",
        citation: "Bardia A et al. N Engl J Med 2024;391:2110–22",
    },
    Trial {
        id: Postmonarch,
        agents: "abemaciclib + fulvestrant vs placebo + fulvestrant",
        population: "HR+/HER2−, progression on a CDK4/6 inhibitor + AI as first therapy for advanced disease, or recurrence on or after an adjuvant CDK4/6 inhibitor + endocrine therapy; n=368",
        result: "PFS 6.0 vs 5.3 mo, HR 0.73 (0.57–0.95)",
        citation: "Kalinsky K et al. J Clin Oncol 2025;43(9):1101–12",
    },
    Trial {
        id: Ember3,
        agents: "imlunestrant vs fulvestrant or exemestane (and imlunestrant + abemaciclib)",
        population: "ER+/HER2−, recurrence or progression during or after an AI, alone or with a CDK4/6 inhibitor; candidates for a PARP inhibitor excluded; n=874",
        result: "ESR1-mutated: PFS 5.5 vs 3.8 mo, HR 0.62 (0.46–0.82); all patients 5.6 vs 5.5 mo, HR 0.87 (0.72–1.04), not significant; imlunestrant + abemaciclib vs imlunestrant 9.4 vs 5.5 mo, HR 0.57 (0.44–0.73); US approval September 2025 (imlunestrant) for ESR1-mutated disease after ≥ 1 endocrine therapy",
        citation: "Jhaveri KL et al. N Engl J Med 2025;392:1189–1202",
    },
    Trial {
        id: Inavo120,
        agents: "inavolisib + palbociclib + fulvestrant vs placebo + palbociclib + fulvestrant",
        population: "PIK3CA-mutated HR+/HER2−, relapse during or within 12 months of completing adjuvant endocrine therapy, no therapy for advanced disease",
        result: "PFS 15.0 vs 7.3 mo; US approval October 2024; EU label: after a (neo)adjuvant CDK4/6 inhibitor, at least 12 months between stopping it and recurrence (PIK3CA only, not AKT1 or PTEN)",
        citation: "Turner NC et al. N Engl J Med 2024;391:1584–96",
    },
    Trial {
        id: TropionBreast01,
        agents: "datopotamab deruxtecan vs chemotherapy of choice",
        population: "HR+/HER2−, progression on endocrine therapy and endocrine therapy no longer suitable, 1–2 prior chemotherapy lines for advanced disease; n=732",
        result: "PFS 6.9 vs 4.9 mo, HR 0.63 (0.52–0.76); final OS 18.6 vs 18.3 mo, HR 1.01 (0.83–1.22), not significant; US approval January 2025",
        citation: "Bardia A et al. J Clin Oncol 2025;43:285–96; final OS Pistilli B et al. Ann Oncol 2026 (doi 10.1016/j.annonc.2025.12.017)",
    },
    Trial {
        id: RightChoice,
        agents: "ribociclib + letrozole or anastrozole + goserelin vs combination chemotherapy",
        population: "randomized phase 2; pre/perimenopausal, HR+/HER2−, clinically aggressive disease (symptomatic visceral metastases, rapid progression or impending visceral crisis, or markedly symptomatic non-visceral disease), first line; n=222",
        result: "PFS 21.8 vs 12.8 mo, HR 0.61 (0.43–0.87); response 66.1% vs 61.8%; time to response 4.9 vs 3.2 mo (faster with chemotherapy)",
        citation: "Lu YS et al. J Clin Oncol 2024;42:2812–21",
    },
    Trial {
        id: Ascent04,
        agents: "sacituzumab govitecan + pembrolizumab vs chemotherapy + pembrolizumab",
        population: "untreated advanced TNBC, PD-L1 CPS ≥ 10, ≥ 6 months since curative-intent treatment; prior (neo)adjuvant anti-PD-(L)1 allowed; n=443",
        result: "PFS 11.2 vs 7.8 mo, HR 0.65 (0.51–0.84); OS immature; US approval June 2026",
        citation: "Tolaney SM et al. N Engl J Med 2026;394:354–66",
    },
    Trial {
        id: Ascent03,
        agents: "sacituzumab govitecan vs chemotherapy of choice",
        population: "untreated advanced TNBC, not a candidate for PD-(L)1 inhibitors (PD-L1 CPS < 10, or previous use or a coexisting condition); n=558",
        result: "PFS 9.7 vs 6.9 mo, HR 0.62 (0.50–0.77); OS immature; US approval June 2026",
        citation: "Cortés J et al. N Engl J Med 2025;393:1912–25",
    },
    Trial {
        id: TropionBreast02,
        agents: "datopotamab deruxtecan vs chemotherapy of choice",
        population: "untreated advanced TNBC for whom immunotherapy is not an option (PD-L1-low, relapse after PD-(L)1 treatment, a coexisting condition, or no access); n=644",
        result: "PFS 10.8 vs 5.6 mo, HR 0.57 (0.47–0.69); OS 23.7 vs 18.7 mo, HR 0.79 (0.64–0.98); US approval May 2026",
        citation: "Dent R et al. ESMO Congress 2025, LBA21",
    },
    Trial {
        id: Tbcrc048,
        agents: "olaparib",
        population: "randomized: no; phase 2, metastatic breast cancer with a germline mutation in a homologous-recombination gene other than BRCA1/2, or a somatic BRCA1/2 mutation",
        result: "expansion cohorts: germline PALB2 response 75% (18 of 24), PFS 9.4 mo; somatic BRCA1/2 response 36.7% (11 of 30), PFS 5.5 mo",
        citation: "Tung NM et al. J Clin Oncol 2020; expansion cohorts J Clin Oncol 2026",
    },
    Trial {
        id: Calgb70604,
        agents: "zoledronic acid every 12 weeks vs every 4 weeks, for 2 years",
        population: "bone metastases from breast cancer (n=855), prostate cancer or myeloma; n=1,822 in all",
        result: "at least one skeletal-related event within 2 years: 28.6% (every 12 weeks) vs 29.5% (every 4 weeks); non-inferior",
        citation: "Himelstein AL et al. JAMA 2017;317:48–58",
    },
    Trial {
        id: Bolero2Final,
        agents: "everolimus + exemestane vs placebo + exemestane",
        population: "postmenopausal, HR+, recurrence or progression on or after an NSAI; n=724",
        result: "final OS 31.0 vs 26.6 mo, HR 0.89 (0.73–1.10), not significant",
        citation: "Piccart M et al. Ann Oncol 2014;25:2357–62",
    },
    Trial {
        id: Tnt,
        agents: "carboplatin vs docetaxel",
        population: "advanced TNBC, or advanced breast cancer of any receptor status with a germline BRCA1/2 mutation; n=376",
        result: "response: all patients 31.4% vs 34.0%, no difference; the 43 with a germline BRCA1/2 mutation 68% vs 33%",
        citation: "Tutt A et al. Nat Med 2018;24:628–37",
    },
];

/// Current guidelines the panel closes with (§9.6).
pub const GUIDELINES: &[&str] = &[
    "ASCO: Endocrine treatment and targeted therapy for HR+/HER2− metastatic breast cancer (Burstein HJ et al. J Clin Oncol 2021;39:3959–77; rapid updates 2023 and 2024).",
    "ASCO: Chemotherapy and targeted therapy for HER2− metastatic breast cancer that is endocrine-pretreated or hormone receptor-negative (Moy B et al. 2021; rapid updates 2022).",
    "ESMO Clinical Practice Guideline, metastatic breast cancer (Gennari A et al. Ann Oncol 2021;32:1475–95) and its living updates.",
    "ESO–ESMO ABC 5 consensus (Cardoso F et al. Ann Oncol 2020).",
    "NCCN Guidelines: Breast Cancer (current version).",
];

/// The month the layer is current to (§9.4), as the output gives it, and in words.
pub const CURRENT_TO: &str = "2026-12";
pub const CURRENT_TO_WORDS: &str = "current to December 2026";
/// Said when the device's clock is more than six months past `CURRENT_TO`.
pub const MAY_BE_OUT_OF_DATE: &str = "These pointers may be out of date: they are current to December 2026, and this device's date is more than six months later.";

/// Whether a date (year, month 1–12) is more than six months past `CURRENT_TO`.
pub fn out_of_date(year: u32, month: u32) -> bool {
    let (y, m) = CURRENT_TO.split_once('-').expect("CURRENT_TO is YYYY-MM");
    let current = y.parse::<u32>().unwrap_or(0) * 12 + m.parse::<u32>().unwrap_or(0);
    year * 12 + month > current + 6
}

/// An `applies` pointer, worded as a match with the trial population, never as an indication.
pub const APPLIES: &str = "This case resembles the trial population.";
pub const ASK: &str = "Depends on a test not known yet:";
/// For DESTINY-Breast06 with IHC 0: the score is known; what is not is whether it is ultralow.
pub const ULTRALOW_TEST: &str = "whether IHC 0 is HER2-ultralow: a pathologist's re-review of the slide";
/// ESR1 testing with no trial whose limits fit the case.
pub const GUIDANCE_ONLY: &str =
    "No trial's limits fit this case: the pointer rests on ASCO 2023 guidance on ESR1 testing at progression on endocrine therapy.";
pub const FOR_THIS_CASE: &str = "For this case";
/// The layer is empty because the 2012 assessment did not reach Figure 2.
pub const NONE_OUTSIDE_FIGURE_2: &str =
    "None: the pointers need HER2-negative disease with known hormone receptor status (Figure 2).";
/// The layer is empty for a hormone receptor-positive or triple-negative case.
pub const NONE_MATCHES: &str = "None: no pointer matches this case's inputs.";
pub const UNKNOWN_MAY_ADD: &str =
    "Some of the tests and treatments under \"Since 2012\" in the form are not recorded; entering them may add pointers.";
pub const PLAIN_ASSUMES: &str = "This depends on treatment you had before, which your team can check.";

/// An assumption in words: "Assumes no CDK4/6 inhibitor was given; not recorded."
pub fn assumption(a: Assumption) -> &'static str {
    use Field as F;
    match (a.field, a.assumed == Tri::Yes) {
        (F::PriorCdk46Inhibitor, false) => {
            "Assumes no CDK4/6 inhibitor was given for metastatic disease; not recorded."
        }
        (F::PriorCdk46Inhibitor, true) => "Assumes a CDK4/6 inhibitor was given for metastatic disease; not recorded.",
        (F::AdjuvantCdk46Inhibitor, false) => {
            "Assumes no CDK4/6 inhibitor was given for early breast cancer; not recorded."
        }
        (F::AdjuvantCdk46Inhibitor, true) => {
            "Assumes a CDK4/6 inhibitor was given for early breast cancer; not recorded."
        }
        (F::PriorAntiPd1, false) => "Assumes no PD-1 or PD-L1 inhibitor was given before; not recorded.",
        (F::PriorAntiPd1, true) => "Assumes a PD-1 or PD-L1 inhibitor was given before; not recorded.",
        (F::PriorParpInhibitor, false) => "Assumes no PARP inhibitor was given before; not recorded.",
        (F::PriorParpInhibitor, true) => "Assumes a PARP inhibitor was given before; not recorded.",
        (field, _) => field.label(),
    }
}

/// A result published after the 2012 evidence for an option the guide offers (§9.7).
pub struct LaterResultDef {
    pub option: OptionId,
    pub trial: TrialId,
    pub year: &'static str,
    pub text: &'static str,
    /// In plain words, with the figures as in §9.5.
    pub plain: &'static str,
}

pub const LATER_RESULT: &str = "Later result";
pub const PLAIN_LATER_RESULT: &str = "A later study";

pub static LATER_RESULTS: &[LaterResultDef] = &[
    LaterResultDef {
        option: OptionId::ExemestaneEverolimus,
        trial: Bolero2Final,
        year: "2014",
        text: "final overall survival 31.0 vs 26.6 months, HR 0.89 (0.73–1.10), not significant — the survival question the 2012 evidence left open",
        plain: "The final report of the same study gave the typical survival: 31.0 months with both medicines and 26.6 months with exemestane alone. The gap could have been chance.",
    },
    LaterResultDef {
        option: OptionId::Platinum,
        trial: Tnt,
        year: "2018",
        text: "carboplatin vs docetaxel, response 31.4% vs 34.0% over all 376 patients (no difference); in the 43 with a germline BRCA1/2 mutation, 68% vs 33%",
        plain: "A study of 376 people compared carboplatin with docetaxel. The cancer shrank about as often with each: in 31.4 and 34.0 out of every 100. In the 43 people with a BRCA gene change, it shrank in 68 out of every 100 with carboplatin and 33 with docetaxel.",
    },
    LaterResultDef {
        option: OptionId::BoneModifyingAgent,
        trial: Calgb70604,
        year: "2017",
        text: "in 1,822 patients with bone metastases from breast cancer, prostate cancer or myeloma, zoledronic acid every 12 weeks was non-inferior to every 4 weeks (at least one skeletal-related event within 2 years: 28.6% vs 29.5%)",
        plain: "A study of 1,822 people with cancer in the bone found that zoledronic acid every 12 weeks was not worse than every 4 weeks. A bone problem from the cancer happened within 2 years in 28.6 and 29.5 out of every 100.",
    },
];

pub fn later_result(option: OptionId) -> Option<&'static LaterResultDef> {
    LATER_RESULTS.iter().find(|l| l.option == option)
}
pub const GUIDELINES_TITLE: &str = "Current guidelines";
/// The patient view's section, in plain words.
pub const PLAIN_TITLE: &str = "Newer treatments since 2012 that your team may talk about";
pub const PLAIN_INTRO: &str =
    "These came after the 2012 guide. They are not part of its options. Your care team can tell you if any fits you.";
pub const PLAIN_TEST: &str = "A test could show if this fits.";
/// On the patient's paper when the case has no pointers of its own: what
/// changed since 2012 (the general list of `provenance::SINCE_2012`), in plain words.
pub const PLAIN_GENERAL_TITLE: &str = "Newer treatments since 2012";
pub const PLAIN_GENERAL: &str = "Care has changed since this guide was written in 2012. Newer kinds of medicine are now used for some people: medicines given with hormone therapy for hormone-receptor-positive cancer, PARP inhibitors for people with a BRCA gene change, immunotherapy for some triple-negative cancers, and antibody–drug conjugates. They are not part of this guide. Your care team can tell you if any fits you.";

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

/// The test an `ask_about_test` pointer names for this case: for
/// DESTINY-Breast06 with IHC 0 the score is known, and the test is the
/// ultralow re-review.
pub fn test_for(id: PointerId, her2_ihc: Her2Ihc) -> &'static str {
    match (id, her2_ihc) {
        (PointerId::TdxdLowBeforeChemo, Her2Ihc::Ihc0) => ULTRALOW_TEST,
        _ => pointer(id).test,
    }
}

/// What the panel says when the layer is empty: outside Figure 2, why; in
/// it, that nothing matches, and whether unrecorded inputs could add some.
pub fn none_for_this_case(case: &Case, a: &Assessment) -> Vec<&'static str> {
    if !matches!(a.subtype, Subtype::HrPositive | Subtype::TripleNegative) {
        return vec![NONE_OUTSIDE_FIGURE_2];
    }
    let unknown = Field::ALL.iter().any(|&f| f.is_since_2012() && value_text(case, f).is_none());
    if unknown {
        vec![NONE_MATCHES, UNKNOWN_MAY_ADD]
    } else {
        vec![NONE_MATCHES]
    }
}

pub fn pointer(id: PointerId) -> &'static PointerDef {
    &POINTERS[id.index()]
}

pub fn trial(id: TrialId) -> &'static Trial {
    &TRIALS[id.index()]
}
