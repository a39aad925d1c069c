//! Alert codes with their severity and standing text (ALGORITHM.md §2, §3,
//! §5, §6). The engine adds case-specific detail to the text where it has any.

use crate::assessment::Severity;
use crate::ids::{AlertCode, Field};
use AlertCode::*;

pub struct AlertDef {
    pub code: AlertCode,
    pub severity: Severity,
    pub title: &'static str,
    pub text: &'static str,
    /// The alert in plain words, for the patient view.
    pub plain: &'static str,
}

use Severity::*;

pub static ALERTS: &[AlertDef] = &[
    AlertDef {
        code: EmergencyCordCompression,
        severity: Urgent,
        title: "Spinal cord compression",
        text: "Urgent steroids and radiotherapy or surgery.",
        plain: "Pressure on the spinal cord. This needs treatment straight away: steroids, and radiotherapy or surgery.",
    },
    AlertDef {
        code: EmergencyHypercalcemia,
        severity: Urgent,
        title: "Hypercalcaemia",
        text: "Hydration and a bisphosphonate; no calcium supplements.",
        plain: "Too much calcium in the blood. This needs treatment straight away: fluids and a medicine. Calcium supplements should not be taken.",
    },
    AlertDef {
        code: EmergencySymptomaticBrain,
        severity: Urgent,
        title: "Symptomatic brain metastases",
        text: "Steroids and surgery, radiosurgery or whole-brain radiotherapy.",
        plain: "Cancer in the brain that is causing symptoms. This needs treatment straight away: steroids, and surgery or radiotherapy.",
    },
    AlertDef {
        code: EmergencyImpendingFracture,
        severity: Urgent,
        title: "Impending pathological fracture",
        text: "Orthopaedic review.",
        plain: "A bone is at risk of breaking. A bone surgeon should see you first.",
    },
    AlertDef {
        code: VisceralCrisis,
        severity: Urgent,
        title: "Visceral crisis",
        text: "Severe organ dysfunction from symptomatic, rapidly progressive visceral disease needs the fastest possible response.",
        plain: "The cancer is badly harming an organ, such as the liver or lungs. This needs the fastest treatment that can work.",
    },
    AlertDef {
        code: Her2PositiveOutOfScope,
        severity: Warning,
        title: "HER2-positive: outside this algorithm",
        text: "HER2-directed therapy applies; this aid covers HER2-negative disease only and lists no endocrine or chemotherapy option.",
        plain: "The cancer is HER2-positive. Treatments aimed at HER2 are used, and this guide does not cover them. Ask your team about them.",
    },
    AlertDef {
        code: Her2EquivocalRetest,
        severity: Warning,
        title: "HER2 equivocal: re-test",
        text: "Repeat or reflex testing (IHC / ISH) before choosing therapy; no endocrine or chemotherapy option is listed until HER2 status is settled.",
        plain: "The HER2 test was not clear. It needs to be done again. This guide lists no treatment until then.",
    },
    AlertDef {
        code: ReceptorsMissing,
        severity: Warning,
        title: "Receptor status missing",
        text: "ER, PR and HER2 status decide the therapy; no endocrine or chemotherapy option is listed until they are known.",
        plain: "The ER, PR and HER2 results are not known yet. They decide the treatment, so no treatment is listed yet.",
    },
    AlertDef {
        code: ReceptorsIncomplete,
        severity: Warning,
        title: "Receptor status incomplete",
        text: "One hormone receptor is negative and the other unknown: the subtype (hormone receptor-positive or triple-negative) cannot be decided, so no endocrine or chemotherapy option is listed.",
        plain: "One hormone receptor result is missing. Until it is known, this guide cannot tell the type of cancer, so no treatment is listed.",
    },
    AlertDef {
        code: DiscordanceHr,
        severity: Warning,
        title: "Hormone receptor discordance",
        text: "The metastasis and the primary tumour differ in hormone receptor status. The metastasis drives this algorithm; endocrine therapy may still be discussed — clinician choice.",
        plain: "The hormone receptor results differ between the first cancer and the spread. The newer result is used. Hormone therapy may still be talked about.",
    },
    AlertDef {
        code: DiscordanceHer2,
        severity: Warning,
        title: "HER2 discordance",
        text: "The primary tumour was HER2-positive and the metastasis HER2-negative: re-test (second sample, IHC and ISH). 2012 consensus considered HER2-directed therapy reasonable when any sample is HER2-positive, which is outside this algorithm; the HER2-negative options apply if HER2-negative status is confirmed.",
        plain: "The first cancer was HER2-positive, but the spread is HER2-negative. The test should be done again.",
    },
    AlertDef {
        code: ConfirmMenopause,
        severity: Warning,
        title: "Confirm menopausal status",
        text: "Menopausal status decides the endocrine options. Amenorrhoea after chemotherapy does not establish postmenopausal status; status cannot be assigned while on an LHRH agonist.",
        plain: "Your menopause status needs to be checked. It decides which hormone therapies fit. Periods that stopped after chemotherapy do not prove menopause.",
    },
    AlertDef {
        code: AssessPace,
        severity: Warning,
        title: "Assess the pace of disease",
        text: "Whether there is a visceral crisis or rapid progression is not known; it decides between endocrine therapy and chemotherapy, and between single agents and combinations. The result is provisional.",
        plain: "It is not yet known how fast the cancer is growing, or if it is harming an organ. This decides the type of treatment, so these results may change.",
    },
    AlertDef {
        code: RapidProgression,
        severity: Warning,
        title: "Rapidly progressive disease",
        text: "Rapidly progressive or life-threatening disease without frank organ failure.",
        plain: "The cancer is growing fast. This calls for a treatment that works quickly.",
    },
    AlertDef {
        code: EndocrineRefractory,
        severity: Warning,
        title: "Endocrine-refractory disease",
        text: "Endocrine therapy is no longer the preferred approach: chemotherapy.",
        plain: "Hormone therapy has stopped working well. Chemotherapy is the next step.",
    },
    AlertDef {
        code: PoorPerformanceStatus,
        severity: Warning,
        title: "Poor performance status (ECOG ≥ 3)",
        text: "Single agents only; best supportive care preferred alongside. If the poor performance status is caused by the visceral crisis itself, an active regimen may be considered — clinician choice.",
        plain: "Your activity score (ECOG) is 3 or more. Then one chemotherapy drug at a time is used, and care for comfort comes first.",
    },
    AlertDef {
        code: AnthracyclineDoseNearLimit,
        severity: Warning,
        title: "Cumulative anthracycline dose near the limit",
        text: "Cumulative dose 300–449 mg/m²: cap the cycles so the lifetime dose stays below 450 mg/m² (lower with prior chest radiotherapy, age > 65 or cardiac risk), with LVEF monitoring.",
        plain: "You have already had a large total dose of anthracycline. Only a limited amount more can be given, because of the risk to the heart.",
    },
    AlertDef {
        code: HepaticDoseModification,
        severity: Warning,
        title: "Hepatic impairment",
        text: "No combination chemotherapy with hepatic impairment; docetaxel-containing regimens and ixabepilone with capecitabine are excluded, and other agents need dose modification.",
        plain: "Your liver is not working fully. Some chemotherapy cannot be used, and some needs a changed dose.",
    },
    AlertDef {
        code: BrainMetastases,
        severity: Warning,
        title: "Brain metastases",
        text: "Local therapy evaluation (surgery, radiosurgery, whole-brain radiotherapy) even if asymptomatic.",
        plain: "The cancer has spread to the brain. Treatment aimed at the brain, such as surgery or radiotherapy, will be looked at, even without symptoms.",
    },
    AlertDef {
        code: BiopsyRecommended,
        severity: Info,
        title: "Biopsy recommended",
        text: "Biopsy a metastatic site when safely feasible: it confirms metastatic breast cancer and re-tests ER, PR and HER2, which can differ from the primary.",
        plain: "A biopsy of a place the cancer has spread to is advised, if it is safe. It shows it is breast cancer and tests the cancer again.",
    },
    AlertDef {
        code: ReceptorsFromPrimary,
        severity: Info,
        title: "Receptors from the primary tumour",
        text: "A biopsy of a metastasis is not feasible: decisions rest on the primary tumour's receptor results, which can differ from the metastasis.",
        plain: "A biopsy of the spread is not possible. The results from the first cancer are used, but they can differ.",
    },
    AlertDef {
        code: StagingRecommended,
        severity: Info,
        title: "Complete staging",
        text: "Staging: CT chest/abdomen/pelvis and bone scan; PET/CT when standard imaging is equivocal.",
        plain: "The scans to see where the cancer is (a CT scan and a bone scan) are not recorded here as done.",
    },
    AlertDef {
        code: EndocrineResistanceSuspected,
        severity: Info,
        title: "Endocrine resistance suspected",
        text: "Chemotherapy is a reasonable clinician choice.",
        plain: "The cancer may be starting to resist hormone therapy. Chemotherapy is a fair option to talk about.",
    },
];

pub fn alert(code: AlertCode) -> &'static AlertDef {
    &ALERTS[code.index()]
}

/// The inputs an alert speaks of: when one of them is unknown and would
/// change the strategy or the preferred options once known, the answer at a
/// glance names the alert as something the answer rests on.
pub fn inputs(code: AlertCode) -> &'static [Field] {
    use Field as F;
    match code {
        AssessPace => &[F::VisceralCrisis, F::RapidProgression],
        ConfirmMenopause => &[F::Menopause, F::AmenorrheaAfterChemo, F::Age, F::OvarianSuppression],
        ReceptorsMissing => &[F::Her2, F::Er, F::Pr],
        ReceptorsIncomplete => &[F::Er, F::Pr],
        EmergencyCordCompression
        | EmergencyHypercalcemia
        | EmergencySymptomaticBrain
        | EmergencyImpendingFracture
        | VisceralCrisis
        | Her2PositiveOutOfScope
        | Her2EquivocalRetest
        | DiscordanceHr
        | DiscordanceHer2
        | RapidProgression
        | EndocrineRefractory
        | PoorPerformanceStatus
        | AnthracyclineDoseNearLimit
        | HepaticDoseModification
        | BrainMetastases
        | BiopsyRecommended
        | ReceptorsFromPrimary
        | StagingRecommended
        | EndocrineResistanceSuspected => &[],
    }
}
