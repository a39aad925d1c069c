//! The case's fields as questions: label and one-line definition (ALGORITHM.md
//! §1 "meaning"). The form asks them, the missing-inputs list names them, the
//! flowchart shows a case's values under the same labels. Each field's
//! limits, bands and layer are exhaustive matches on `Field`: a new field
//! is a list of places the compiler names.

use crate::ids::{ExposureField, Field};

pub struct FieldDef {
    pub id: Field,
    pub label: &'static str,
    pub definition: &'static str,
    /// The question in plain words, for the patient view.
    pub plain: &'static str,
}

pub static FIELDS: &[FieldDef] = &[
    FieldDef { id: Field::Her2, label: "HER2 status", definition: "Status used for decisions, as today's pathology report gives it (ASCO/CAP 2018, affirmed 2023): positive = IHC 3+, or ISH-positive; negative = IHC 0, 1+, or 2+ with negative ISH; equivocal = IHC 2+ with ISH not done or not yet resolved. The 2012 review used ASCO/CAP 2007, when an ISH ratio of 1.8–2.2 was equivocal.", plain: "HER2 result" },
    FieldDef { id: Field::Er, label: "Estrogen receptor (ER)", definition: "Positive: ≥ 1% of tumour nuclei (ASCO/CAP 2010).", plain: "ER (estrogen receptor) result" },
    FieldDef { id: Field::Pr, label: "Progesterone receptor (PR)", definition: "Positive: ≥ 1% of tumour nuclei (ASCO/CAP 2010).", plain: "PR (progesterone receptor) result" },
    FieldDef { id: Field::ReceptorSource, label: "Receptors measured on", definition: "Where ER, PR and HER2 were measured.", plain: "Which sample was tested" },
    FieldDef { id: Field::Biopsy, label: "Biopsy of a metastatic site", definition: "Confirms metastatic breast cancer and re-tests ER, PR and HER2.", plain: "A biopsy of a place the cancer has spread to" },
    FieldDef { id: Field::PrimaryEr, label: "Primary tumour ER", definition: "The primary tumour's result, for the discordance check.", plain: "ER result of the first cancer" },
    FieldDef { id: Field::PrimaryPr, label: "Primary tumour PR", definition: "The primary tumour's result, for the discordance check.", plain: "PR result of the first cancer" },
    FieldDef { id: Field::PrimaryHer2, label: "Primary tumour HER2", definition: "The primary tumour's result, for the discordance check.", plain: "HER2 result of the first cancer" },
    FieldDef { id: Field::StagingDone, label: "Staging imaging completed", definition: "CT chest/abdomen/pelvis and bone scan.", plain: "Scans to see where the cancer is" },
    FieldDef { id: Field::Sites, label: "Sites of metastasis", definition: "Lung, pleura, liver, brain and other visceral sites are visceral.", plain: "Where the cancer has spread" },
    FieldDef { id: Field::Emergencies, label: "Oncologic emergencies now", definition: "Each needs urgent local management first.", plain: "Urgent problems now" },
    FieldDef { id: Field::VisceralCrisis, label: "Visceral crisis", definition: "Severe organ dysfunction from symptomatic, rapidly progressive visceral disease (e.g. rising bilirubin from liver metastases, lymphangitic lung spread with hypoxia) — needs the fastest possible response.", plain: "Whether the cancer is badly harming an organ" },
    FieldDef { id: Field::RapidProgression, label: "Rapid progression", definition: "Rapidly progressive or life-threatening disease without frank organ failure.", plain: "Whether the cancer is growing fast" },
    FieldDef { id: Field::Age, label: "Age (years)", definition: "In years.", plain: "Age" },
    FieldDef { id: Field::Ecog, label: "ECOG performance status", definition: "A whole number.", plain: "Activity score (ECOG)" },
    FieldDef { id: Field::Menopause, label: "Menopausal status", definition: "Postmenopausal (NCCN): prior bilateral oophorectomy; or age ≥ 60; or age < 60 with ≥ 12 months' amenorrhoea without chemotherapy, tamoxifen/toremifene or ovarian suppression and FSH/estradiol in the postmenopausal range. Amenorrhoea after chemotherapy does not establish it; it cannot be assigned on an LHRH agonist.", plain: "Menopause status" },
    FieldDef { id: Field::AmenorrheaAfterChemo, label: "Amenorrhoea began with or after chemotherapy", definition: "Chemotherapy-induced amenorrhoea does not establish postmenopausal status.", plain: "Whether periods stopped after chemotherapy" },
    FieldDef { id: Field::OvarianSuppression, label: "Ovarian function suppressed now", definition: "LHRH agonist, bilateral oophorectomy or ovarian irradiation.", plain: "Whether the ovaries are stopped by treatment now" },
    FieldDef { id: Field::EndocrineHistory, label: "Prior endocrine therapy", definition: "Oldest first. Progressed = disease progressed or relapsed while on it.", plain: "Earlier hormone therapy" },
    FieldDef { id: Field::ChemoHistory, label: "Prior chemotherapy", definition: "Oldest first. Progressed = disease progressed or relapsed while on it.", plain: "Earlier chemotherapy" },
    FieldDef { id: Field::AnthracyclineDose, label: "Cumulative anthracycline dose (mg/m²)", definition: "Lifetime, doxorubicin-equivalent: epirubicin counts × 0.5, pegylated liposomal doxorubicin × 1.", plain: "Total dose of anthracycline so far" },
    FieldDef { id: Field::LvefReduced, label: "Reduced LVEF or significant cardiac disease", definition: "Excludes anthracyclines.", plain: "Heart function" },
    FieldDef { id: Field::Neuropathy, label: "Peripheral neuropathy grade ≥ 2", definition: "Pre-existing; excludes taxanes, eribulin and ixabepilone.", plain: "Nerve damage (numbness or tingling)" },
    FieldDef { id: Field::HepaticImpairment, label: "Hepatic impairment", definition: "Bilirubin > 1 × ULN, or AST/ALT > 1.5 × ULN with alkaline phosphatase > 2.5 × ULN, or AST/ALT > 2.5 × ULN.", plain: "Liver function" },
    FieldDef { id: Field::RenalImpairment, label: "Renal impairment", definition: "Creatinine clearance < 30 mL/min.", plain: "Kidney function" },
    FieldDef { id: Field::VteHistory, label: "Prior venous thromboembolism", definition: "A relative contraindication to tamoxifen, megestrol and estradiol.", plain: "Blood clots in the past" },
    FieldDef { id: Field::Brca, label: "Germline BRCA1/2", definition: "Germline BRCA1 or BRCA2 mutation.", plain: "BRCA gene test" },
    FieldDef { id: Field::PrefersOral, label: "Prefers oral treatment", definition: "A preference; it never brings back an excluded option.", plain: "Wish for treatment by mouth" },
    FieldDef { id: Field::AvoidAlopecia, label: "Wishes to avoid hair loss", definition: "A preference; it never brings back an excluded option.", plain: "Wish to avoid hair loss" },
    FieldDef { id: Field::TrialInterest, label: "Open to a clinical trial", definition: "Lists the clinical-trial option first within its group.", plain: "Interest in a clinical trial" },
];

/// The "since 2012" layer's inputs (SINCE-2012-v2.md §9.1): optional, never read
/// by the 2012 rules, asked in a section of their own.
pub static SINCE_2012_FIELDS: &[FieldDef] = &[
    FieldDef { id: Field::Her2Ihc, label: "HER2 IHC score", definition: "Of a HER2-negative tumour; 1+ or 2+ with negative ISH is HER2-low. IHC 0 covers HER2-null and HER2-ultralow, which this field cannot tell apart.", plain: "HER2 score (how much HER2)" },
    FieldDef { id: Field::PdL1Cps, label: "PD-L1 combined positive score", definition: "22C3 assay; triple-negative disease.", plain: "PD-L1 test result" },
    FieldDef { id: Field::Esr1Mutation, label: "ESR1 mutation", definition: "In a sample taken at the latest recurrence or progression on endocrine therapy (blood preferred); an earlier negative result counts as unknown.", plain: "ESR1 gene test" },
    FieldDef { id: Field::Pi3kPathway, label: "PIK3CA, AKT1 or PTEN alteration", definition: "A negative circulating-DNA result alone counts as unknown: test tumour tissue, if available.", plain: "PIK3CA, AKT1 or PTEN gene test" },
    FieldDef { id: Field::PriorCdk46Inhibitor, label: "Prior CDK4/6 inhibitor", definition: "Palbociclib, ribociclib or abemaciclib for metastatic disease.", plain: "An earlier CDK4/6 inhibitor" },
    FieldDef {
        id: Field::AdjuvantCdk46Inhibitor,
        label: "CDK4/6 inhibitor for early breast cancer",
        definition: "Abemaciclib or ribociclib (or another CDK4/6 inhibitor) with endocrine therapy for early breast cancer (monarchE, NATALEE).",
        plain: "A CDK4/6 inhibitor after surgery for early cancer",
    },
    FieldDef {
        id: Field::PriorAntiPd1,
        label: "Prior PD-1 or PD-L1 inhibitor",
        definition: "Pembrolizumab or another PD-1/PD-L1 inhibitor before, in any setting (most often with chemotherapy before and after surgery, KEYNOTE-522).",
        plain: "An earlier immune drug such as pembrolizumab",
    },
    FieldDef {
        id: Field::PriorParpInhibitor,
        label: "Prior PARP inhibitor",
        definition: "Olaparib or talazoparib before, in any setting (for early disease most often adjuvant olaparib, OlympiA).",
        plain: "An earlier PARP inhibitor such as olaparib",
    },
    FieldDef {
        id: Field::PriorAdc,
        label: "Prior antibody–drug conjugate",
        definition: "Sacituzumab govitecan, datopotamab deruxtecan or trastuzumab deruxtecan for metastatic disease; counts as one metastatic chemotherapy line in the \"since 2012\" layer.",
        plain: "An earlier antibody–drug conjugate for spread cancer",
    },
];

impl Field {
    /// Its label, definition and plain words: `FIELDS` then
    /// `SINCE_2012_FIELDS` follow `Field::ALL` (tests/knowledge.rs).
    pub fn def(self) -> &'static FieldDef {
        let i = self.index();
        FIELDS.get(i).unwrap_or_else(|| &SINCE_2012_FIELDS[i - FIELDS.len()])
    }

    pub fn label(self) -> &'static str {
        self.def().label
    }

    /// The question in plain words, for the patient view.
    pub fn plain(self) -> &'static str {
        self.def().plain
    }

    /// An input of the "since 2012" layer (SINCE-2012-v2.md §9.1), never read by the 2012 rules.
    pub fn is_since_2012(self) -> bool {
        use Field::*;
        match self {
            Her2Ihc
            | PdL1Cps
            | Esr1Mutation
            | Pi3kPathway
            | PriorCdk46Inhibitor
            | AdjuvantCdk46Inhibitor
            | PriorAntiPd1
            | PriorParpInhibitor
            | PriorAdc => true,
            Her2 | Er | Pr | ReceptorSource | Biopsy | PrimaryEr | PrimaryPr | PrimaryHer2 | StagingDone | Sites
            | Emergencies | VisceralCrisis | RapidProgression | Age | Ecog | Menopause | AmenorrheaAfterChemo
            | OvarianSuppression | EndocrineHistory | ChemoHistory | AnthracyclineDose | LvefReduced | Neuropathy
            | HepaticImpairment | RenalImpairment | VteHistory | Brca | PrefersOral | AvoidAlopecia | TrialInterest => {
                false
            }
        }
    }

    /// A list: left out of a damaged link it would read as "none", so it is never dropped alone.
    pub fn is_list(self) -> bool {
        use Field::*;
        match self {
            Sites | Emergencies | EndocrineHistory | ChemoHistory => true,
            Her2
            | Er
            | Pr
            | ReceptorSource
            | Biopsy
            | PrimaryEr
            | PrimaryPr
            | PrimaryHer2
            | StagingDone
            | VisceralCrisis
            | RapidProgression
            | Age
            | Ecog
            | Menopause
            | AmenorrheaAfterChemo
            | OvarianSuppression
            | AnthracyclineDose
            | LvefReduced
            | Neuropathy
            | HepaticImpairment
            | RenalImpairment
            | VteHistory
            | Brca
            | PrefersOral
            | AvoidAlopecia
            | TrialInterest
            | Her2Ihc
            | PdL1Cps
            | Esr1Mutation
            | Pi3kPathway
            | PriorCdk46Inhibitor
            | AdjuvantCdk46Inhibitor
            | PriorAntiPd1
            | PriorParpInhibitor
            | PriorAdc => false,
        }
    }

    /// A number field's limits (§1, inclusive) and the bands "what would
    /// change" explores it by; `None` for every other field.
    fn number(self) -> Option<(Limits, &'static [Band])> {
        use Field::*;
        match self {
            Age => Some((Limits { min: 18.0, max: Some(120.0), whole: true }, AGE_BANDS)),
            Ecog => Some((Limits { min: 0.0, max: Some(4.0), whole: true }, ECOG_BANDS)),
            AnthracyclineDose => Some((Limits { min: 0.0, max: Some(2000.0), whole: false }, DOSE_BANDS)),
            Her2
            | Er
            | Pr
            | ReceptorSource
            | Biopsy
            | PrimaryEr
            | PrimaryPr
            | PrimaryHer2
            | StagingDone
            | Sites
            | Emergencies
            | VisceralCrisis
            | RapidProgression
            | Menopause
            | AmenorrheaAfterChemo
            | OvarianSuppression
            | EndocrineHistory
            | ChemoHistory
            | LvefReduced
            | Neuropathy
            | HepaticImpairment
            | RenalImpairment
            | VteHistory
            | Brca
            | PrefersOral
            | AvoidAlopecia
            | TrialInterest
            | Her2Ihc
            | PdL1Cps
            | Esr1Mutation
            | Pi3kPathway
            | PriorCdk46Inhibitor
            | AdjuvantCdk46Inhibitor
            | PriorAntiPd1
            | PriorParpInhibitor
            | PriorAdc => None,
        }
    }

    /// The limits of a number field (§1), inclusive.
    pub fn limits(self) -> Option<Limits> {
        self.number().map(|(limits, _)| limits)
    }

    /// The bands "what would change" explores a number field by (see `Band`).
    pub fn bands(self) -> &'static [Band] {
        self.number().map_or(&[], |(_, bands)| bands)
    }

    /// Its definition as the form and the About page show it, with its limits if it is a number.
    pub fn definition(self) -> String {
        with_limits(self.def().definition, self.limits())
    }
}

impl ExposureField {
    /// §1: months since a course ended are "≥ 0".
    pub fn limits(self) -> Option<Limits> {
        match self {
            ExposureField::MonthsSinceEnd => Some(Limits { min: 0.0, max: None, whole: false }),
            ExposureField::Agent | ExposureField::Setting | ExposureField::Outcome | ExposureField::Benefit => None,
        }
    }

    pub fn bands(self) -> &'static [Band] {
        match self {
            ExposureField::MonthsSinceEnd => MONTHS_BANDS,
            ExposureField::Agent | ExposureField::Setting | ExposureField::Outcome | ExposureField::Benefit => &[],
        }
    }
}

/// One band of a number, as "what would change" explores it: its range in
/// words and a value inside it to evaluate.
pub struct Band {
    pub label: &'static str,
    pub value: f64,
}

/// The bands of the number fields that the rules tell apart: age 50
/// (genetics, §2), 60 (menopause after chemotherapy, §1) and 65
/// (everolimus, §3.1); ECOG ≤ 2 or ≥ 3 (§3.3); cumulative anthracycline dose
/// 300 and 450 mg/m² (§3.3); months since a course ended, 3 and 12
/// (resistance, §1).
const AGE_BANDS: &[Band] = &[
    Band { label: "18–49", value: 45.0 },
    Band { label: "50–59", value: 55.0 },
    Band { label: "60–64", value: 62.0 },
    Band { label: "65 or more", value: 70.0 },
];
const ECOG_BANDS: &[Band] = &[Band { label: "0–2", value: 1.0 }, Band { label: "3–4", value: 3.0 }];
const DOSE_BANDS: &[Band] = &[
    Band { label: "below 300 mg/m²", value: 200.0 },
    Band { label: "300–449 mg/m²", value: 350.0 },
    Band { label: "450 mg/m² or more", value: 450.0 },
];
const MONTHS_BANDS: &[Band] = &[
    Band { label: "under 3 months", value: 1.0 },
    Band { label: "3–11 months", value: 6.0 },
    Band { label: "12 months or more", value: 24.0 },
];

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

fn with_limits(definition: &str, limits: Option<Limits>) -> String {
    match limits {
        Some(l) => format!("{definition} Range: {}.", l.text()),
        None => definition.to_string(),
    }
}
