//! The case's fields as questions: label and one-line definition (ALGORITHM.md
//! §1 "meaning"). The form asks them, the missing-inputs list names them, the
//! flowchart shows a case's values under the same labels.

pub struct Field {
    /// The case-file field name (§1).
    pub name: &'static str,
    pub label: &'static str,
    pub definition: &'static str,
}

pub static FIELDS: &[Field] = &[
    Field { name: "her2", label: "HER2 status", definition: "Status used for decisions (ASCO/CAP 2007): positive IHC 3+ or ISH ratio > 2.2; equivocal IHC 2+ or ratio 1.8–2.2." },
    Field { name: "er", label: "Estrogen receptor (ER)", definition: "Positive: ≥ 1% of tumour nuclei (ASCO/CAP 2010)." },
    Field { name: "pr", label: "Progesterone receptor (PR)", definition: "Positive: ≥ 1% of tumour nuclei (ASCO/CAP 2010)." },
    Field { name: "receptor_source", label: "Receptors measured on", definition: "Where ER, PR and HER2 were measured." },
    Field { name: "biopsy", label: "Biopsy of a metastatic site", definition: "Confirms metastatic breast cancer and re-tests ER, PR and HER2." },
    Field { name: "primary_er", label: "Primary tumour ER", definition: "The primary tumour's result, for the discordance check." },
    Field { name: "primary_pr", label: "Primary tumour PR", definition: "The primary tumour's result, for the discordance check." },
    Field { name: "primary_her2", label: "Primary tumour HER2", definition: "The primary tumour's result, for the discordance check." },
    Field { name: "staging_done", label: "Staging imaging completed", definition: "CT chest/abdomen/pelvis and bone scan." },
    Field { name: "sites", label: "Sites of metastasis", definition: "Lung, pleura, liver, brain and other visceral sites are visceral." },
    Field { name: "emergencies", label: "Oncologic emergencies now", definition: "Each needs urgent local management first." },
    Field { name: "visceral_crisis", label: "Visceral crisis", definition: "Severe organ dysfunction from symptomatic, rapidly progressive visceral disease (e.g. rising bilirubin from liver metastases, lymphangitic lung spread with hypoxia) — needs the fastest possible response." },
    Field { name: "rapid_progression", label: "Rapid progression", definition: "Rapidly progressive or life-threatening disease without frank organ failure." },
    Field { name: "age", label: "Age (years)", definition: "18–120." },
    Field { name: "ecog", label: "ECOG performance status", definition: "0–4." },
    Field { name: "menopause", label: "Menopausal status", definition: "Postmenopausal (NCCN): prior bilateral oophorectomy; or age ≥ 60; or age < 60 with ≥ 12 months' amenorrhoea without chemotherapy, tamoxifen/toremifene or ovarian suppression and FSH/estradiol in the postmenopausal range. Amenorrhoea after chemotherapy does not establish it; it cannot be assigned on an LHRH agonist." },
    Field { name: "amenorrhea_after_chemo", label: "Amenorrhoea began with or after chemotherapy", definition: "Chemotherapy-induced amenorrhoea does not establish postmenopausal status." },
    Field { name: "ovarian_suppression", label: "Ovarian function suppressed now", definition: "LHRH agonist, bilateral oophorectomy or ovarian irradiation." },
    Field { name: "endocrine_history", label: "Prior endocrine therapy", definition: "Oldest first. Progressed = disease progressed or relapsed while on it." },
    Field { name: "chemo_history", label: "Prior chemotherapy", definition: "Oldest first. Progressed = disease progressed or relapsed while on it." },
    Field { name: "anthracycline_dose", label: "Cumulative anthracycline dose (mg/m²)", definition: "Lifetime, doxorubicin-equivalent: epirubicin counts × 0.5, pegylated liposomal doxorubicin × 1. 0–2000." },
    Field { name: "lvef_reduced", label: "Reduced LVEF or significant cardiac disease", definition: "Excludes anthracyclines." },
    Field { name: "neuropathy", label: "Peripheral neuropathy grade ≥ 2", definition: "Pre-existing; excludes taxanes, eribulin and ixabepilone." },
    Field { name: "hepatic_impairment", label: "Hepatic impairment", definition: "Bilirubin > 1 × ULN, or AST/ALT > 1.5 × ULN with alkaline phosphatase > 2.5 × ULN, or AST/ALT > 2.5 × ULN." },
    Field { name: "renal_impairment", label: "Renal impairment", definition: "Creatinine clearance < 30 mL/min." },
    Field { name: "vte_history", label: "Prior venous thromboembolism", definition: "A relative contraindication to tamoxifen, megestrol and estradiol." },
    Field { name: "brca", label: "Germline BRCA1/2", definition: "Germline BRCA1 or BRCA2 mutation." },
    Field { name: "prefers_oral", label: "Prefers oral treatment", definition: "A preference; it never brings back an excluded option." },
    Field { name: "avoid_alopecia", label: "Wishes to avoid hair loss", definition: "A preference; it never brings back an excluded option." },
    Field { name: "trial_interest", label: "Open to a clinical trial", definition: "Lists the clinical-trial option first within its group." },
];

/// The field a `missing` entry names: `chemo_history[1].months_since_end` → `chemo_history`.
pub fn field(name: &str) -> Option<&'static Field> {
    let base = name.split(['[', '.']).next().unwrap_or(name);
    FIELDS.iter().find(|f| f.name == base)
}
