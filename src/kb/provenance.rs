//! What the aid rests on and what it is not (ALGORITHM.md preamble and §9):
//! shown on every screen and in every print-out.

/// The version of the clinical content: the specification this build implements.
pub const CONTENT_VERSION: &str = "clinical specification v1.2";

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
];

pub const SINCE_2012_NOTE: &str = "The algorithm shown is the 2012 state of the art. These are pointers to current guidelines, not recommendations of this aid: consult current guidelines.";
