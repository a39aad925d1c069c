//! What the aid rests on and what it is not (ALGORITHM.md preamble and §9):
//! shown on every screen and in every print-out.

/// The version of the clinical content: the specification this build
/// implements. The About page, the print-outs, the start screen and
/// `mbc-aid --version` all show this one constant.
pub const CONTENT_VERSION: &str = "clinical specification v1.4";

pub const SOURCE: &str = "Gogineni K, DeMichele A. Current approaches to the management of Her2-negative metastatic breast cancer. Breast Cancer Res 2012;14(2):205. doi:10.1186/bcr3064";

pub const PROVENANCE: &str = "Implements the 2012 management algorithm of Gogineni & DeMichele (Breast Cancer Research 2012): Figure 1, approach to the patient, and Figure 2, therapy by subtype and endocrine sensitivity. The figures are reconstructed from the review's abstract and captions and the 2011–2012 evidence it cites; the wording of the original boxes was not available. Evidence frozen at early 2012.";

pub const DISCLAIMER: &str = "Supports, does not replace, clinical judgement.";

pub const SCOPE: &str = "For HER2-negative metastatic breast cancer in adults.";

pub const CLINICIAN_CHOICE: &str = "Where 2012 evidence left a real choice, the aid says \"clinician choice\".";

pub const SINCE_2012_TITLE: &str = "Since 2012: standard care has changed";

/// ALGORITHM.md §9, one pointer an item. Pointers to current guidelines, never recommendations.
pub const SINCE_2012: &[&str] = &[
    "CDK4/6 inhibitors with endocrine therapy became standard first- and second-line therapy for HR+/HER2- disease (PALOMA-2, MONALEESA-2, MONARCH 3, PALOMA-3).",
    "PIK3CA-, AKT- and ESR1-directed agents.",
    "PARP inhibitors for germline BRCA carriers (OlympiAD, EMBRACA).",
    "Immunotherapy for PD-L1-positive TNBC (KEYNOTE-355).",
    "Antibody–drug conjugates: sacituzumab govitecan for TNBC and HR+ disease; trastuzumab deruxtecan for HER2-low disease (DESTINY-Breast04).",
    "Oral SERDs for ESR1-mutated disease (elacestrant; imlunestrant, US 2025); SERENA-6 tested switching to camizestrant when a new ESR1 mutation was found in blood during first-line AI + CDK4/6 inhibitor (PFS 16.0 vs 9.2 mo, HR 0.44 (0.31–0.60), Bidard FC et al. N Engl J Med 2025;393:569–80; EU positive opinion May 2026; US review extended after an advisory committee vote against, April 2026).",
    "TROP2 antibody–drug conjugates (sacituzumab govitecan, datopotamab deruxtecan), US-approved in 2026 for first-line use in defined triple-negative populations.",
    "Treatments for early breast cancer that change who reaches metastatic disease and which trials fit them (adjuvant abemaciclib or ribociclib, (neo)adjuvant pembrolizumab, adjuvant olaparib).",
];

pub const SINCE_2012_NOTE: &str = "The algorithm shown is the 2012 state of the art. These are pointers to current guidelines, not recommendations of this aid: consult current guidelines.";

/// The provenance bar, on every screen: the source, with the journal as a citation.
pub const BASED_ON: &str = "Based on Gogineni & DeMichele,";
pub const JOURNAL: &str = "Breast Cancer Research";
pub const FROZEN: &str = "2012 — evidence frozen at early 2012.";

/// The About page: what a clinician needs to review the basis independently.
pub const ABOUT_TITLE: &str = "About this aid and its basis";
pub const USERS: &str = "Oncologists and oncology nurses during a consultation or a tumour board, and patients exploring their options beside their oncologist.";
pub const OUT_OF_SCOPE: &str =
    "HER2-positive disease is outside the algorithm; HER2-equivocal or unknown status leads to work-up, not therapy.";

pub fn logic() -> String {
    format!(
        "The case is evaluated in the browser by a pure rule engine that implements the clinical specification ({CONTENT_VERSION}) section by section: Figure 1 (work-up and receptor status), then Figure 2 (hormone receptor-positive disease: endocrine therapy unless visceral crisis, rapid progression or endocrine-refractory disease; triple-negative disease: chemotherapy), with exclusions for prior resistance, cardiac, neurological, hepatic and renal contraindications applied to every list. Unknown inputs are never read as \"no\": they are listed as inputs that would change the result. Thirteen safety invariants are proven by tests over the whole input space."
    )
}

pub fn update_policy() -> String {
    format!(
        "The clinical content is versioned ({CONTENT_VERSION}). The algorithm is kept as the 2012 review describes it; it is not updated to current practice. What has changed since is listed under \"Since 2012\" as pointers to current guidelines."
    )
}

pub const FUNDING: &str = "None. No sponsor, no advertising, no data collection.";
pub const PRIVACY: &str = "Everything runs in this browser. Nothing you enter is sent anywhere or stored: the case lives only in this page and in its address (after the #, which browsers never send to a server).";
pub const DRUG_INFORMATION_NOTE: &str = "How each option is given, its common side effects and its serious warnings (the patient view, and \"Given as\" on the option cards) come from these drug-information pages, as summarised in DRUG-FACTS.md: drug labels and patient-information pages, not trial evidence. A fact that rests only on a page outside the trusted list (FDA, NCI, Cancer Research UK, Macmillan, NHS, Breast Cancer Now, OncoLink, the makers, copies of labels) is marked \"(limited source)\".";
