//! Alert codes with their severity and standing text (ALGORITHM.md §2, §3,
//! §5, §6). The engine adds case-specific detail to the text where it has any.

use crate::ids::AlertCode;
use serde::Serialize;
use AlertCode::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Urgent,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Urgent => "urgent",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

pub struct AlertDef {
    pub code: AlertCode,
    pub severity: Severity,
    pub title: &'static str,
    pub text: &'static str,
}

use Severity::*;

pub static ALERTS: &[AlertDef] = &[
    AlertDef {
        code: EmergencyCordCompression,
        severity: Urgent,
        title: "Spinal cord compression",
        text: "Urgent steroids and radiotherapy or surgery.",
    },
    AlertDef {
        code: EmergencyHypercalcemia,
        severity: Urgent,
        title: "Hypercalcaemia",
        text: "Hydration and a bisphosphonate; no calcium supplements.",
    },
    AlertDef {
        code: EmergencySymptomaticBrain,
        severity: Urgent,
        title: "Symptomatic brain metastases",
        text: "Steroids and surgery, radiosurgery or whole-brain radiotherapy.",
    },
    AlertDef {
        code: EmergencyImpendingFracture,
        severity: Urgent,
        title: "Impending pathological fracture",
        text: "Orthopaedic review.",
    },
    AlertDef {
        code: VisceralCrisis,
        severity: Urgent,
        title: "Visceral crisis",
        text: "Severe organ dysfunction from symptomatic, rapidly progressive visceral disease needs the fastest possible response.",
    },
    AlertDef {
        code: Her2PositiveOutOfScope,
        severity: Warning,
        title: "HER2-positive: outside this algorithm",
        text: "HER2-directed therapy applies; this aid covers HER2-negative disease only and lists no endocrine or chemotherapy option.",
    },
    AlertDef {
        code: Her2EquivocalRetest,
        severity: Warning,
        title: "HER2 equivocal: re-test",
        text: "Repeat or reflex testing (IHC / ISH) before choosing therapy; no endocrine or chemotherapy option is listed until HER2 status is settled.",
    },
    AlertDef {
        code: ReceptorsMissing,
        severity: Warning,
        title: "Receptor status missing",
        text: "ER, PR and HER2 status decide the therapy; no endocrine or chemotherapy option is listed until they are known.",
    },
    AlertDef {
        code: ReceptorsIncomplete,
        severity: Warning,
        title: "Receptor status incomplete",
        text: "One hormone receptor is negative and the other unknown: the subtype (hormone receptor-positive or triple-negative) cannot be decided, so no endocrine or chemotherapy option is listed.",
    },
    AlertDef {
        code: DiscordanceHr,
        severity: Warning,
        title: "Hormone receptor discordance",
        text: "The metastasis and the primary tumour differ in hormone receptor status. The metastasis drives this algorithm; endocrine therapy may still be discussed — clinician choice.",
    },
    AlertDef {
        code: DiscordanceHer2,
        severity: Warning,
        title: "HER2 discordance",
        text: "The primary tumour was HER2-positive and the metastasis HER2-negative: re-test (second sample, IHC and ISH). 2012 consensus considered HER2-directed therapy reasonable when any sample is HER2-positive, which is outside this algorithm; the HER2-negative options apply if HER2-negative status is confirmed.",
    },
    AlertDef {
        code: ConfirmMenopause,
        severity: Warning,
        title: "Confirm menopausal status",
        text: "Menopausal status decides the endocrine options. Amenorrhoea after chemotherapy does not establish postmenopausal status; status cannot be assigned while on an LHRH agonist.",
    },
    AlertDef {
        code: AssessPace,
        severity: Warning,
        title: "Assess the pace of disease",
        text: "Whether there is a visceral crisis or rapid progression is not known; it decides between endocrine therapy and chemotherapy, and between single agents and combinations. The result is provisional.",
    },
    AlertDef {
        code: RapidProgression,
        severity: Warning,
        title: "Rapidly progressive disease",
        text: "Rapidly progressive or life-threatening disease: chemotherapy rather than endocrine therapy.",
    },
    AlertDef {
        code: EndocrineRefractory,
        severity: Warning,
        title: "Endocrine-refractory disease",
        text: "Endocrine therapy is no longer the preferred approach: chemotherapy.",
    },
    AlertDef {
        code: PoorPerformanceStatus,
        severity: Warning,
        title: "Poor performance status (ECOG ≥ 3)",
        text: "Single agents only; best supportive care preferred alongside. If the poor performance status is caused by the visceral crisis itself, an active regimen may be considered — clinician choice.",
    },
    AlertDef {
        code: AnthracyclineDoseNearLimit,
        severity: Warning,
        title: "Cumulative anthracycline dose near the limit",
        text: "Cumulative dose 300–449 mg/m²: cap the cycles so the lifetime dose stays below 450 mg/m² (lower with prior chest radiotherapy, age > 65 or cardiac risk), with LVEF monitoring.",
    },
    AlertDef {
        code: HepaticDoseModification,
        severity: Warning,
        title: "Hepatic impairment",
        text: "No combination chemotherapy with hepatic impairment; docetaxel-containing regimens and ixabepilone with capecitabine are excluded, and other agents need dose modification.",
    },
    AlertDef {
        code: BrainMetastases,
        severity: Warning,
        title: "Brain metastases",
        text: "Local therapy evaluation (surgery, radiosurgery, whole-brain radiotherapy) even if asymptomatic.",
    },
    AlertDef {
        code: BiopsyRecommended,
        severity: Info,
        title: "Biopsy recommended",
        text: "Biopsy a metastatic site when safely feasible: it confirms metastatic breast cancer and re-tests ER, PR and HER2, which can differ from the primary.",
    },
    AlertDef {
        code: ReceptorsFromPrimary,
        severity: Info,
        title: "Receptors from the primary tumour",
        text: "A biopsy of a metastasis is not feasible: decisions rest on the primary tumour's receptor results, which can differ from the metastasis.",
    },
    AlertDef {
        code: StagingRecommended,
        severity: Info,
        title: "Complete staging",
        text: "Staging: CT chest/abdomen/pelvis and bone scan; PET/CT when standard imaging is equivocal.",
    },
    AlertDef {
        code: EndocrineResistanceSuspected,
        severity: Info,
        title: "Endocrine resistance suspected",
        text: "Chemotherapy is a reasonable clinician choice.",
    },
];

pub fn alert(code: AlertCode) -> &'static AlertDef {
    &ALERTS[code.index()]
}
