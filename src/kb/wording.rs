//! Every sentence the engine can put in an assessment — option reasons,
//! alert details, derived facts and "Why not" — grouped by role, each named
//! for what it says (`caution::RENAL_PLATINUM`, `alert::COMBINATION_FOR_FAST_RESPONSE`).
//! The engine chooses which; the words are here, so a clinical reviewer reads
//! them in one place. Sentences that take a value from the case are functions
//! with named parameters.

use crate::number::fmt_number;

/// Why an option is not recommended for this patient: an input excludes it (§3.3, §7).
pub mod exclusion {
    pub const EVEROLIMUS_ALREADY_GIVEN: &str = "Excluded: everolimus was already given.";
    pub const AI_BEFORE_MENOPAUSE: &str = "Excluded: needs postmenopausal status or ovarian suppression.";
    pub const ONLY_AFTER_NATURAL_MENOPAUSE: &str =
        "Not recommended on ovarian suppression without natural menopause: evidence only in postmenopausal women.";
    pub const CARDIAC: &str = "Excluded: reduced LVEF or clinically significant cardiac disease.";
    pub const NEUROPATHY: &str = "Excluded: pre-existing peripheral neuropathy grade ≥ 2.";
    pub const HEPATIC: &str =
        "Excluded: hepatic impairment (label: treatment-related deaths rise with liver dysfunction).";
    pub const RENAL: &str = "Excluded: creatinine clearance < 30 mL/min (contraindicated).";
}

/// Cautions beside a listed option (§3.3); the cards badge them (`kb::labels`).
pub mod caution {
    pub const THROMBOEMBOLISM: &str = "Caution — prior venous thromboembolism: relative contraindication.";
    pub const THROMBOEMBOLISM_UNKNOWN: &str =
        "Caution: prior venous thromboembolism not known — it would be a relative contraindication.";
    pub const EVEROLIMUS_AGE_65: &str = "Caution: age ≥ 65 — more deaths were reported with everolimus at this age.";
    pub const LVEF_UNKNOWN: &str =
        "Caution — LVEF assessment required: LVEF not known; assess (echo/MUGA) before any anthracycline.";
    pub const ANTHRACYCLINE_DOSE_UNKNOWN: &str = "Caution — cumulative dose unknown: prior anthracycline with unknown cumulative dose; establish it before more.";
    pub const NEUROPATHY: &str = "Caution: pre-existing peripheral neuropathy grade ≥ 2.";
    pub const NEUROPATHY_UNKNOWN: &str =
        "Caution: neuropathy status not known — grade ≥ 2 neuropathy would exclude it.";
    pub const HEPATIC: &str = "Caution — hepatic impairment: dose modification.";
    pub const HEPATIC_UNKNOWN: &str = "Caution: liver function not known — hepatic impairment would exclude it.";
    pub const RENAL_PLATINUM: &str =
        "Caution: creatinine clearance < 30 mL/min — avoid cisplatin; carboplatin dosed by AUC.";
    pub const RENAL: &str = "Caution: creatinine clearance < 30 mL/min.";
    pub const RENAL_UNKNOWN: &str =
        "Caution: renal function not known — creatinine clearance < 30 mL/min would exclude it.";
    /// How a prior toxicity's caution begins: the cards badge it.
    pub const PRIOR_TOXICITY: &str = "Caution — prior toxicity: ";
}

/// Why an option is listed where it is: its evidence, its place in the sequence, its standing notes.
pub mod reason {
    pub const ERIBULIN_LABEL: &str = "Labelled in 2012 after at least two chemotherapy regimens for metastatic disease, including an anthracycline and a taxane (adjuvant or metastatic).";
    pub const IXABEPILONE_LABEL: &str = "Labelled in 2012 after an anthracycline and a taxane have failed (with capecitabine), or after an anthracycline, a taxane and capecitabine (alone).";
    pub const BEVACIZUMAB_NO_SURVIVAL_GAIN: &str = "First-line PFS gain without survival gain (E2100: PFS 11.8 vs 5.9 months, overall survival 26.7 vs 25.2 months, not significant; AVADO; RIBBON-1). The FDA revoked the US breast indication in November 2011, while NCCN 2011–2012 and the EU label still listed it for selected patients.";
    pub const INIPARIB_NOT_CONFIRMED: &str =
        "Phase II benefit not confirmed in phase III (overall survival HR 0.88, P = .28).";
    pub const NO_SINGLE_AGENT_LEFT: &str = "No single agent is left after exclusions.";
    pub const WITH_PALLIATIVE_CARE: &str = "With concurrent palliative care.";
    pub const TRIALS_FOR_TRIPLE_NEGATIVE: &str = "Triple-negative disease: in 2012 no targeted therapy was established, and the guide called clinical trials of new agents critical.";
    pub const TRIALS_ALONGSIDE: &str = "Clinical trials are offered alongside standard therapy.";
    pub const PARP_TRIAL_RESPONSES: &str = "Olaparib gave responses in 41% of BRCA carriers at 400 mg twice daily, the capsule dose of that phase II study (Tutt 2010); PARP inhibitors were available only in trials in 2012.";
    pub const PREFERS_ORAL: &str =
        "Oral treatment: joins the preferred set because the patient prefers oral treatment.";
    pub const AVOIDS_HAIR_LOSS: &str = "Joins the preferred set because the patient wishes to avoid hair loss.";
    pub const PLATINUM_FOR_BRCA_CARRIERS: &str = "Germline BRCA carrier — clinician choice: non-randomised phase II data (responses 54.5% in BRCA carriers, TBCRC009; 80% with cisplatin in BRCA1 carriers, Byrski 2012); randomised evidence awaited in 2012.";
    pub const NOT_AUTHORISED_IN_EU: &str = "Not authorised in the EU.";
    pub const NO_ENDOCRINE_WITH_CHEMOTHERAPY: &str = "No benefit from combining endocrine therapy with chemotherapy.";
    pub const WITH_OVARIAN_SUPPRESSION: &str = "With continued ovarian suppression.";
    pub const POSTMENOPAUSAL_EVIDENCE: &str = "Trial evidence in postmenopausal women.";
    pub const OFS_TAMOXIFEN_FIRST: &str = "LHRH agonist + tamoxifen beat LHRH agonist alone: overall survival HR 0.78, progression-free survival HR 0.70 (Klijn 2001).";
    pub const AI_ONLY_WITH_OFS: &str = "An aromatase inhibitor only with ovarian suppression or ablation.";
    pub const TAMOXIFEN_IF_OFS_DECLINED: &str = "Tamoxifen alone if ovarian suppression is declined.";
    pub const OFS_AI_AFTER_TAMOXIFEN: &str =
        "Tamoxifen-resistant: an aromatase inhibitor, only with ovarian suppression or ablation.";
    pub const NSAI_FIRST_LINE: &str = "Letrozole and, in one of two trials, anastrozole improved time to progression over tamoxifen, with less thromboembolism; no survival difference (Mouridsen 2001/2003, Nabholtz 2000, Bonneterre 2000).";
    pub const NSAI_AFTER_STEROIDAL_AI: &str =
        " Limited data after a steroidal AI; fulvestrant or tamoxifen equally reasonable.";
    pub const TAMOXIFEN_FIRST_LINE: &str = "Letrozole and, in one of two trials, anastrozole improved time to progression over tamoxifen (Mouridsen 2001, Nabholtz 2000, Bonneterre 2000).";
    pub const EXEMESTANE_FIRST_LINE: &str = "Exemestane vs tamoxifen: median PFS 9.9 vs 5.8 months, but the primary comparison was not significant (Paridaens 2008).";
    pub const FULVESTRANT_FIRST_LINE: &str = "Fulvestrant 500 mg first line — clinician choice: phase II evidence only (FIRST); off-label first line in 2012.";
    pub const ANASTROZOLE_FULVESTRANT_CONFLICTING: &str =
        "Conflicting phase III results: FACT negative, S0226 positive and published after the review.";
    pub const EVEROLIMUS_AFTER_NSAI: &str = "Equal choice (clinician choice): largest PFS gain (BOLERO-2); more toxicity — stomatitis, pneumonitis, hyperglycaemia; no survival data and not yet approved in early 2012.";
    pub const FULVESTRANT_AFTER_NSAI: &str = "Equal choice (clinician choice): after a non-steroidal AI, time to progression 3.7 months with fulvestrant and with exemestane (EFECT); 500 mg better than 250 mg, PFS HR 0.80 (CONFIRM).";
    pub const EXEMESTANE_AFTER_NSAI: &str =
        "Equal choice (clinician choice): steroidal AI after a non-steroidal AI (EFECT).";
    pub const TAMOXIFEN_AFTER_AI: &str = "Tamoxifen after an aromatase inhibitor.";
    pub const TAMOXIFEN_EVEROLIMUS_PHASE_II: &str = "Randomised phase II evidence only (TAMRAD).";
    pub const AFTER_BOTH_AI_CLASSES: &str = "Later line after both aromatase inhibitor classes.";
    pub const ESTRADIOL_LOW_DOSE: &str = "Estradiol 6 mg/day gave similar clinical benefit to 30 mg/day in a small phase II, with fewer severe side effects (Ellis 2009).";
    pub const MEGESTROL_AFTER_FULVESTRANT_AND_TAMOXIFEN: &str =
        "Resistant to fulvestrant and tamoxifen; chemotherapy is a reasonable clinician choice.";
    pub const LATER_LINE_ENDOCRINE: &str = "Later-line endocrine option.";
    pub const BONE_AGENTS_EQUAL: &str = "Bone metastases: equal choices — ASCO 2011 found insufficient evidence that one agent is better; denosumab delayed skeletal events vs zoledronic acid in one trial (HR 0.82), without survival difference, with more hypocalcaemia (Stopeck 2010).";
    pub const NO_CALCIUM_IN_HYPERCALCAEMIA: &str = "Hypercalcaemia present: no calcium supplements.";
    pub const CALCIUM_AND_VITAMIN_D: &str = "Calcium and vitamin D supplements.";
    pub const BONE_AGENTS_RENAL: &str = "Creatinine clearance < 30 mL/min: zoledronic acid not recommended, pamidronate with caution; denosumab needs no renal dose change but carries the highest hypocalcaemia risk (correct calcium and vitamin D first).";
    /// A standing note of the option's (kb::options), as a reason.
    pub const NOTE_PREFIX: &str = "Note: ";
}

/// What an alert says of this case, beside its title (`kb::alerts`).
pub mod alert {
    pub const COMBINATION_FOR_FAST_RESPONSE: &str =
        "With ECOG known and ≤ 2 and no hepatic impairment: a combination for a faster, higher response.";
    pub const SEQUENTIAL_WITH_HEPATIC_IMPAIRMENT: &str =
        "Visceral crisis or rapid progression with hepatic impairment: sequential single agents.";
    pub const CHEMOTHERAPY_FIRST: &str = "Endocrine therapy is not the first approach: chemotherapy.";
    pub const NO_ENDOCRINE_OPTION_LEFT: &str = "No endocrine option is left after exclusions.";
    pub const FULVESTRANT_AND_TAMOXIFEN_RESISTANT: &str = "Resistant to fulvestrant and tamoxifen.";
    pub const LAST_ENDOCRINE_LINE_FAILED: &str =
        "The most recent endocrine line for metastatic disease brought no benefit.";
    pub const PERIMENOPAUSAL_AS_PREMENOPAUSAL: &str = "Recorded as perimenopausal: treated as premenopausal.";
    pub const MENOPAUSE_UNKNOWN_AS_PREMENOPAUSAL: &str = "Menopausal status not known: treated as premenopausal.";
    pub const CHEMO_AMENORRHOEA_AGE_UNKNOWN: &str = "Recorded as postmenopausal, but amenorrhoea began with chemotherapy and age is not known: treated as premenopausal.";
    pub const POSTMENOPAUSAL_BY_AGE: &str = "Treated as postmenopausal by age ≥ 60; menopausal status not recorded.";
    pub const ASK_IF_AMENORRHOEA_FROM_CHEMO: &str =
        "Postmenopausal under 60 (or age unknown) after chemotherapy: was the amenorrhoea caused by chemotherapy?";
    pub const TREAT_WITHOUT_WAITING: &str = "Treatment must not wait for re-testing: discuss urgently.";
    pub const STAGING_NOT_DONE: &str = "Staging imaging not done.";
    pub const STAGING_NOT_RECORDED: &str = "Staging imaging not recorded.";
    pub const HER2_UNKNOWN: &str = "HER2 status is not known.";
    pub const HORMONE_RECEPTORS_UNKNOWN: &str = "ER and PR status are not known.";
    pub const HORMONE_RECEPTORS_LOST: &str = "Primary tumour hormone receptor-positive; metastasis ER and PR negative.";
    pub const HORMONE_RECEPTORS_GAINED: &str =
        "Primary tumour ER and PR negative; metastasis hormone receptor-positive.";
}

/// Derived facts: the "why" behind the path (§1).
pub mod fact {
    pub const ENDOCRINE_MAINTENANCE: &str = "After a response to chemotherapy, switching to endocrine therapy as maintenance is a reasonable clinician choice.";
    pub const ENDOCRINE_PROVISIONAL: &str = "Endocrine therapy is provisional until the pace of disease is assessed.";
    pub const OFS_PART_OF_ENDOCRINE: &str =
        "Not postmenopausal for treatment: ovarian suppression or ablation is part of endocrine therapy.";
    pub const TRIPLE_NEGATIVE: &str = "Triple-negative: ER, PR and HER2 negative.";
    pub const ANTHRACYCLINES_BARRED: &str = "Anthracyclines not allowed (reduced LVEF or cumulative dose ≥ 450 mg/m²).";
}

/// Parts of sentences, joined into reasons, alerts and facts.
pub mod phrase {
    pub const VISCERAL_CRISIS: &str = "visceral crisis";
    pub const RAPID_PROGRESSION: &str = "rapid progression";
    pub const CRISIS_AND_RAPID_PROGRESSION: &str = "visceral crisis and rapid progression";
    pub const RAPIDLY_PROGRESSIVE: &str = "rapidly progressive disease";
    pub const ENDOCRINE_REFRACTORY: &str = "endocrine-refractory disease";
    pub const NON_VISCERAL_ONLY: &str = "bone, soft-tissue or nodal disease only";
    pub const LONG_DISEASE_FREE_INTERVAL: &str = "long disease-free interval (> 2 years)";
    pub const PRIOR_ENDOCRINE_BENEFIT: &str = "prior benefit from endocrine therapy";
    pub const TAXANE_ROW: &str = "not taxane-resistant";
    pub const AFTER_ANTHRACYCLINE_AND_TAXANE_ROW: &str = "after an anthracycline and a taxane";
    pub const SEQUENTIAL_REGIMEN: &str = "regimen for sequential use";
    pub const SINGLE_AGENT: &str = "single agent";
}

/// "Why not …?": why an option is not offered at all.
pub mod why_not {
    pub const HER2_POSITIVE: &str =
        "HER2-positive disease is outside this algorithm: no endocrine or chemotherapy option is listed.";
    pub const AWAITING_WORKUP: &str =
        "No endocrine or chemotherapy option is listed until HER2, ER and PR allow a choice of therapy (work-up).";
    pub const NO_ENDOCRINE_FOR_TRIPLE_NEGATIVE: &str =
        "Excluded: ER and PR negative — no endocrine option is listed for triple-negative disease.";
    pub const SUPPORTIVE_CARE_STEPS: &str = "Listed with chemotherapy only after 3 or more regimens without response, with ECOG ≥ 3, or when no single-agent row keeps a preferred agent.";
    pub const ENDOCRINE_FIRST: &str = "Endocrine therapy comes first for this case; listed only at a chemotherapy step";
    pub const STEP_NOT_REACHED: &str = "Listed only at a step this case does not reach";
    pub const NOT_ON_BRANCH: &str = "Not part of the branch of the algorithm this case takes.";
}

pub fn excluded_resistant(class: &str, why: &str) -> String {
    format!("Excluded: resistant to {class} ({why}).")
}

pub fn excluded_both_ai_classes(nsai_why: &str, exemestane_why: &str) -> String {
    format!("Excluded: resistant to both aromatase inhibitor classes ({nsai_why}; {exemestane_why}).")
}

pub fn excluded_anthracycline_dose(dose: f64) -> String {
    format!(
        "Excluded: cumulative anthracycline dose {} mg/m² (limit 450 mg/m²; heart failure risk rises steeply with dose).",
        fmt_number(dose)
    )
}

pub fn caution_prior_toxicity(what: &str) -> String {
    format!("{}{what}; review before re-use.", caution::PRIOR_TOXICITY)
}

pub fn anthracycline_dose(dose: f64) -> String {
    format!("Cumulative anthracycline dose {} mg/m².", fmt_number(dose))
}

pub fn note(note: &str) -> String {
    format!("{}{note}.", reason::NOTE_PREFIX)
}

pub fn ecog(ecog: u8) -> String {
    format!("ECOG performance status {ecog}.")
}

pub fn regimens_without_response(regimens: usize) -> String {
    format!("{regimens} most recent chemotherapy regimens for metastatic disease without response.")
}

pub fn poor_performance_bsc(ecog: u8) -> String {
    format!("ECOG performance status {ecog}: best supportive care preferred alongside single agents.")
}

pub fn class_resistant(class: &str, why: &str) -> String {
    format!("{class}-resistant: {why}.")
}

pub fn prior_regimens(regimens: usize, without_response: usize) -> String {
    format!("{regimens} prior chemotherapy regimen(s) for metastatic disease, {without_response} most recent without response.")
}

/// `what`: a single agent, or CMF's "regimen for sequential use"; `row`: the single-agent row in words.
pub fn preferred_for_line(what: &str, row: &str) -> String {
    format!("Preferred {what} for this line ({row}); NCCN listed preferred single agents without ranking.")
}

pub fn single_agent_for_line(row: &str) -> String {
    format!("Single agent for this line ({row}).")
}

pub fn other_for_line(what: &str, row: &str) -> String {
    format!("Other {what} for this line ({row}).")
}

pub fn eribulin_regimens(regimens: usize) -> String {
    format!(
        "{regimens} prior chemotherapy regimen(s) for metastatic disease; preferred after ≥ 2. EMBRACE: overall survival 13.1 vs 10.6 months (HR 0.81)."
    )
}

/// `why`: visceral crisis, rapid progression, or both.
pub fn combination(why: &str, ecog: u8) -> String {
    format!(
        "Combination for a faster, higher response ({why}, ECOG {ecog}): higher response and time to progression with more toxicity; Cochrane meta-analysis overall survival HR 0.88, mostly where single-agent arms did not plan the partner drug; E1193 with planned crossover found no survival difference. Consider primary G-CSF for regimens with high febrile-neutropenia risk."
    )
}

pub fn endocrine_lines_without_benefit(lines: usize) -> String {
    format!("{lines} most recent endocrine lines for metastatic disease without benefit.")
}

pub fn chemotherapy_indicated(reasons: &[&str]) -> String {
    format!("Chemotherapy indicated: {}.", reasons.join(", "))
}

pub fn sensitivity_features(features: &[&str]) -> String {
    format!("Features supporting endocrine sensitivity: {}.", features.join("; "))
}

pub fn amenorrhoea_after_chemo_at(age: u8) -> String {
    format!("Recorded as postmenopausal, but amenorrhoea began with chemotherapy at age {age} (under 60): treated as premenopausal.")
}

// Why an exposure makes the patient resistant (§1), as the reasons quote it.
pub fn relapsed_on_adjuvant(agent: &str) -> String {
    format!("relapsed while on adjuvant {agent}")
}

pub fn progressed_on_metastatic(agent: &str) -> String {
    format!("progressed on {agent} for metastatic disease")
}

pub fn relapsed_after_adjuvant(months: f64, setting: &str, agent: &str) -> String {
    format!("relapsed {} months after completing {setting} {agent} (under 12 months)", fmt_number(months))
}

pub fn progressed_after_metastatic(months: f64, agent: &str) -> String {
    format!("progressed {} months after completing {agent} for metastatic disease (under 3 months)", fmt_number(months))
}

pub fn stopped_for_toxicity(agent: &str) -> String {
    format!("{agent} was stopped for toxicity")
}

// "Why not …?"
/// An alternative, with the reason that places it where it is ("Why not …?").
pub fn not_first(reason: &str) -> String {
    format!("Listed as an alternative, not first: {reason}")
}

pub fn listed_at_steps(lead: &str, steps: &[String]) -> String {
    format!("{lead}: {}.", steps.join("; or "))
}

/// A box by its title and when it is on the path: “Taxane next” — not resistant to taxanes.
pub fn step(title: &str, when: &str) -> String {
    format!("“{title}” — {when}")
}

pub fn combination_taken(combinations: &[&str]) -> String {
    format!(
        "The combination branches are tried in order and the first with a combination left applies; for this case it lists {}.",
        combinations.join(" and ")
    )
}

pub fn not_known(inputs: &[&str]) -> String {
    format!("Not known: {}.", inputs.join(", "))
}

pub fn hormone_receptor_positive(er: &str, pr: &str) -> String {
    format!("Hormone receptor-positive: ER {er}, PR {pr}, HER2 negative.")
}

/// `receptor`: `er` or `pr`.
pub fn receptor_not_known(receptor: &str) -> String {
    format!("{} is not known.", receptor.to_ascii_uppercase())
}
