//! The case's fields as questions: label and one-line definition (ALGORITHM.md
//! §1 "meaning"). The form asks them, the missing-inputs list names them, the
//! flowchart shows a case's values under the same labels.

pub struct Field {
    /// The case-file field name (§1).
    pub name: &'static str,
    pub label: &'static str,
    pub definition: &'static str,
    /// The question in plain words, for the patient view.
    pub plain: &'static str,
}

pub static FIELDS: &[Field] = &[
    Field { name: "her2", label: "HER2 status", definition: "Status used for decisions (ASCO/CAP 2007): positive IHC 3+ or ISH ratio > 2.2; equivocal IHC 2+ or ratio 1.8–2.2.", plain: "HER2 result" },
    Field { name: "er", label: "Estrogen receptor (ER)", definition: "Positive: ≥ 1% of tumour nuclei (ASCO/CAP 2010).", plain: "ER (estrogen receptor) result" },
    Field { name: "pr", label: "Progesterone receptor (PR)", definition: "Positive: ≥ 1% of tumour nuclei (ASCO/CAP 2010).", plain: "PR (progesterone receptor) result" },
    Field { name: "receptor_source", label: "Receptors measured on", definition: "Where ER, PR and HER2 were measured.", plain: "Which sample was tested" },
    Field { name: "biopsy", label: "Biopsy of a metastatic site", definition: "Confirms metastatic breast cancer and re-tests ER, PR and HER2.", plain: "A biopsy of a place the cancer has spread to" },
    Field { name: "primary_er", label: "Primary tumour ER", definition: "The primary tumour's result, for the discordance check.", plain: "ER result of the first cancer" },
    Field { name: "primary_pr", label: "Primary tumour PR", definition: "The primary tumour's result, for the discordance check.", plain: "PR result of the first cancer" },
    Field { name: "primary_her2", label: "Primary tumour HER2", definition: "The primary tumour's result, for the discordance check.", plain: "HER2 result of the first cancer" },
    Field { name: "staging_done", label: "Staging imaging completed", definition: "CT chest/abdomen/pelvis and bone scan.", plain: "Scans to see where the cancer is" },
    Field { name: "sites", label: "Sites of metastasis", definition: "Lung, pleura, liver, brain and other visceral sites are visceral.", plain: "Where the cancer has spread" },
    Field { name: "emergencies", label: "Oncologic emergencies now", definition: "Each needs urgent local management first.", plain: "Urgent problems now" },
    Field { name: "visceral_crisis", label: "Visceral crisis", definition: "Severe organ dysfunction from symptomatic, rapidly progressive visceral disease (e.g. rising bilirubin from liver metastases, lymphangitic lung spread with hypoxia) — needs the fastest possible response.", plain: "Whether the cancer is badly harming an organ" },
    Field { name: "rapid_progression", label: "Rapid progression", definition: "Rapidly progressive or life-threatening disease without frank organ failure.", plain: "Whether the cancer is growing fast" },
    Field { name: "age", label: "Age (years)", definition: "In years.", plain: "Age" },
    Field { name: "ecog", label: "ECOG performance status", definition: "A whole number.", plain: "Activity score (ECOG)" },
    Field { name: "menopause", label: "Menopausal status", definition: "Postmenopausal (NCCN): prior bilateral oophorectomy; or age ≥ 60; or age < 60 with ≥ 12 months' amenorrhoea without chemotherapy, tamoxifen/toremifene or ovarian suppression and FSH/estradiol in the postmenopausal range. Amenorrhoea after chemotherapy does not establish it; it cannot be assigned on an LHRH agonist.", plain: "Menopause status" },
    Field { name: "amenorrhea_after_chemo", label: "Amenorrhoea began with or after chemotherapy", definition: "Chemotherapy-induced amenorrhoea does not establish postmenopausal status.", plain: "Whether periods stopped after chemotherapy" },
    Field { name: "ovarian_suppression", label: "Ovarian function suppressed now", definition: "LHRH agonist, bilateral oophorectomy or ovarian irradiation.", plain: "Whether the ovaries are stopped by treatment now" },
    Field { name: "endocrine_history", label: "Prior endocrine therapy", definition: "Oldest first. Progressed = disease progressed or relapsed while on it.", plain: "Earlier hormone therapy" },
    Field { name: "chemo_history", label: "Prior chemotherapy", definition: "Oldest first. Progressed = disease progressed or relapsed while on it.", plain: "Earlier chemotherapy" },
    Field { name: "anthracycline_dose", label: "Cumulative anthracycline dose (mg/m²)", definition: "Lifetime, doxorubicin-equivalent: epirubicin counts × 0.5, pegylated liposomal doxorubicin × 1.", plain: "Total dose of anthracycline so far" },
    Field { name: "lvef_reduced", label: "Reduced LVEF or significant cardiac disease", definition: "Excludes anthracyclines.", plain: "Heart function" },
    Field { name: "neuropathy", label: "Peripheral neuropathy grade ≥ 2", definition: "Pre-existing; excludes taxanes, eribulin and ixabepilone.", plain: "Nerve damage (numbness or tingling)" },
    Field { name: "hepatic_impairment", label: "Hepatic impairment", definition: "Bilirubin > 1 × ULN, or AST/ALT > 1.5 × ULN with alkaline phosphatase > 2.5 × ULN, or AST/ALT > 2.5 × ULN.", plain: "Liver function" },
    Field { name: "renal_impairment", label: "Renal impairment", definition: "Creatinine clearance < 30 mL/min.", plain: "Kidney function" },
    Field { name: "vte_history", label: "Prior venous thromboembolism", definition: "A relative contraindication to tamoxifen, megestrol and estradiol.", plain: "Blood clots in the past" },
    Field { name: "brca", label: "Germline BRCA1/2", definition: "Germline BRCA1 or BRCA2 mutation.", plain: "BRCA gene test" },
    Field { name: "prefers_oral", label: "Prefers oral treatment", definition: "A preference; it never brings back an excluded option.", plain: "Wish for treatment by mouth" },
    Field { name: "avoid_alopecia", label: "Wishes to avoid hair loss", definition: "A preference; it never brings back an excluded option.", plain: "Wish to avoid hair loss" },
    Field { name: "trial_interest", label: "Open to a clinical trial", definition: "Lists the clinical-trial option first within its group.", plain: "Interest in a clinical trial" },
];

/// The "since 2012" layer's inputs (SINCE-2012.md §9.1): optional, never read
/// by the 2012 rules, asked in a section of their own.
pub static SINCE_2012_FIELDS: &[Field] = &[
    Field { name: "her2_ihc", label: "HER2 IHC score", definition: "Of a HER2-negative tumour; 1+ or 2+ with negative ISH is HER2-low. IHC 0 covers HER2-null and HER2-ultralow, which this field cannot tell apart.", plain: "HER2 score (how much HER2)" },
    Field { name: "pdl1_cps", label: "PD-L1 combined positive score", definition: "22C3 assay; triple-negative disease.", plain: "PD-L1 test result" },
    Field { name: "esr1_mutation", label: "ESR1 mutation", definition: "In a sample taken at the latest recurrence or progression on endocrine therapy (blood preferred); an earlier negative result counts as unknown.", plain: "ESR1 gene test" },
    Field { name: "pi3k_pathway", label: "PIK3CA, AKT1 or PTEN alteration", definition: "A negative circulating-DNA result alone counts as unknown: test tumour tissue, if available.", plain: "PIK3CA, AKT1 or PTEN gene test" },
    Field { name: "prior_cdk46_inhibitor", label: "Prior CDK4/6 inhibitor", definition: "Palbociclib, ribociclib or abemaciclib for metastatic disease.", plain: "An earlier CDK4/6 inhibitor" },
];

/// A field of the case by its name (§1, and SINCE-2012.md §9.1).
pub fn field(name: &str) -> Option<&'static Field> {
    FIELDS.iter().chain(SINCE_2012_FIELDS).find(|f| f.name == name)
}

/// One band of a number, as "what would change" explores it: its range in
/// words and a value inside it to evaluate.
pub struct Band {
    pub label: &'static str,
    pub value: f64,
}

/// The bands of a number field that the rules tell apart: age 50 (genetics,
/// §2), 60 (menopause after chemotherapy, §1) and 65 (everolimus, §3.1); ECOG
/// ≤ 2 or ≥ 3 (§3.3); cumulative anthracycline dose 300 and 450 mg/m² (§3.3);
/// months since a course ended, 3 and 12 (resistance, §1). Any other number
/// field has none.
pub fn bands(name: &str) -> &'static [Band] {
    const AGE: &[Band] = &[
        Band { label: "18–49", value: 45.0 },
        Band { label: "50–59", value: 55.0 },
        Band { label: "60–64", value: 62.0 },
        Band { label: "65 or more", value: 70.0 },
    ];
    const ECOG: &[Band] = &[Band { label: "0–2", value: 1.0 }, Band { label: "3–4", value: 3.0 }];
    const DOSE: &[Band] = &[
        Band { label: "below 300 mg/m²", value: 200.0 },
        Band { label: "300–449 mg/m²", value: 350.0 },
        Band { label: "450 mg/m² or more", value: 450.0 },
    ];
    const MONTHS: &[Band] = &[
        Band { label: "under 3 months", value: 1.0 },
        Band { label: "3–11 months", value: 6.0 },
        Band { label: "12 months or more", value: 24.0 },
    ];
    match name {
        "age" => AGE,
        "ecog" => ECOG,
        "anthracycline_dose" => DOSE,
        "months_since_end" => MONTHS,
        _ => &[],
    }
}

/// The limits of a number (§1), inclusive; read by the case parser, the form
/// and the definitions, so they cannot differ.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub min: f64,
    /// `None`: no upper limit (months since a course ended, §1: "≥ 0").
    pub max: Option<f64>,
    pub whole: bool,
}

impl Limits {
    /// Whether a value lies within the limits (whole-number aside).
    pub fn admits(&self, v: f64) -> bool {
        v.is_finite() && v >= self.min && self.max.is_none_or(|max| v <= max)
    }

    /// "18–120", or "≥ 0" without an upper limit.
    pub fn text(&self) -> String {
        match self.max {
            Some(max) => format!("{}–{}", self.min, max),
            None => format!("≥ {}", self.min),
        }
    }
}

/// The limits of a number field (an exposure's `months_since_end` too).
pub fn limits(name: &str) -> Option<Limits> {
    let (min, max, whole) = match name {
        "age" => (18.0, Some(120.0), true),
        "ecog" => (0.0, Some(4.0), true),
        "anthracycline_dose" => (0.0, Some(2000.0), false),
        "months_since_end" => (0.0, None, false),
        _ => return None,
    };
    Some(Limits { min, max, whole })
}

/// A field's definition as the form and the About page show it, with its limits if it is a number.
pub fn definition(name: &str) -> String {
    let f = field(name).map_or("", |f| f.definition);
    match limits(name) {
        Some(l) => format!("{f} Range: {}.", l.text()),
        None => f.to_string(),
    }
}
