//! Derived facts (ALGORITHM.md §1): computed once from the case, each with
//! the words that explain it to the user.

use crate::assessment::Missing;
use crate::case::*;
use crate::ids::{ExposureField, Field};
use crate::kb::options::Class;
use crate::kb::wording as w;
use std::collections::BTreeMap;

/// Resistance, prior toxicity and exposure by drug class, and the counts the
/// rules turn on.
pub struct Facts {
    /// Class → why the patient is resistant to it.
    pub resistant: BTreeMap<Class, String>,
    /// Class → which exposure was stopped for toxicity.
    pub toxicity: BTreeMap<Class, String>,
    pub exposed: Vec<Class>,
    pub everolimus_given: bool,
    pub endocrine_lines_without_benefit: usize,
    /// Field names of metastatic endocrine lines whose unknown benefit decides refractoriness.
    pub endocrine_benefit_unknown: Vec<Missing>,
    pub metastatic_regimens: usize,
    pub regimens_without_response: usize,
    pub chemo_benefit_unknown: Vec<Missing>,
    pub anthracycline_naive: bool,
    pub anthracyclines_allowed: bool,
    pub postmenopausal: bool,
    /// Completed adjuvant exposures with unknown `months_since_end` (§1).
    pub endocrine_interval_unknown: Vec<Missing>,
    pub chemo_interval_unknown: Vec<Missing>,
    /// The most recent metastatic endocrine line (not ovarian suppression) had no benefit.
    pub last_endocrine_line_failed: bool,
    pub endocrine_progression: bool,
}

pub fn endocrine_classes(agent: EndocrineAgent) -> &'static [Class] {
    use EndocrineAgent::*;
    match agent {
        Tamoxifen => &[Class::Tamoxifen],
        Anastrozole | Letrozole => &[Class::Nsai],
        Exemestane => &[Class::Exemestane],
        Fulvestrant => &[Class::Fulvestrant],
        EverolimusExemestane => &[Class::Exemestane, Class::Everolimus],
        TamoxifenEverolimus => &[Class::Tamoxifen, Class::Everolimus],
        Megestrol => &[Class::Megestrol],
        Estradiol => &[Class::Estradiol],
        OvarianSuppression => &[],
    }
}

pub fn chemo_class(agent: ChemoAgent) -> Class {
    use ChemoAgent::*;
    match agent {
        Anthracycline | Pld => Class::Anthracycline,
        Taxane => Class::Taxane,
        Capecitabine => Class::Capecitabine,
        Eribulin => Class::Eribulin,
        Vinorelbine => Class::Vinorelbine,
        Gemcitabine => Class::Gemcitabine,
        Ixabepilone => Class::Ixabepilone,
        Platinum => Class::Platinum,
        Cmf => Class::Cmf,
    }
}

/// Why an exposure makes the patient resistant, if it does (§1 "resistant to a class").
fn resistance<A>(e: &Exposure<A>, name: &str, chemo: bool) -> Option<String> {
    let setting = match e.setting {
        Setting::Adjuvant => "adjuvant",
        Setting::Metastatic => "metastatic",
    };
    match (e.outcome, e.setting, e.months_since_end) {
        (Outcome::Progressed, Setting::Adjuvant, _) => Some(w::relapsed_on_adjuvant(name)),
        (Outcome::Progressed, Setting::Metastatic, _) => Some(w::progressed_on_metastatic(name)),
        (Outcome::Completed, Setting::Adjuvant, Some(m)) if m < 12.0 => {
            Some(w::relapsed_after_adjuvant(m, setting, name))
        }
        (Outcome::Completed, Setting::Metastatic, Some(m)) if chemo && m < 3.0 => {
            Some(w::progressed_after_metastatic(m, name))
        }
        _ => None,
    }
}

/// Length of the run of most recent entries with `benefit = no`, and the
/// unknown-benefit entries that, read as `no`, would extend that run to `limit`.
fn run_without_benefit(benefits: &[(usize, Benefit)], field: Field, limit: usize) -> (usize, Vec<Missing>) {
    let run = benefits.iter().rev().take_while(|(_, b)| *b == Benefit::No).count();
    if run >= limit {
        return (run, Vec::new());
    }
    let mut unknown = Vec::new();
    let mut widened = 0;
    for (i, b) in benefits.iter().rev() {
        match b {
            Benefit::Yes => break,
            Benefit::Unknown => unknown.push(Missing::exposure(field, *i, ExposureField::Benefit)),
            Benefit::No => {}
        }
        widened += 1;
        if widened >= limit {
            return (run, unknown);
        }
    }
    (run, Vec::new())
}

impl Facts {
    pub fn new(case: &Case) -> Facts {
        let mut resistant = BTreeMap::new();
        let mut toxicity = BTreeMap::new();
        let mut exposed = Vec::new();
        let mut endocrine_interval_unknown = Vec::new();
        let mut chemo_interval_unknown = Vec::new();

        let mut note = |classes: &[Class], outcome: Outcome, why: Option<String>, name: &str| {
            for &c in classes {
                if !exposed.contains(&c) {
                    exposed.push(c);
                }
                if let Some(w) = &why {
                    resistant.entry(c).or_insert_with(|| w.clone());
                }
                if outcome == Outcome::StoppedToxicity {
                    toxicity.entry(c).or_insert_with(|| w::stopped_for_toxicity(name));
                }
            }
        };

        for (i, e) in case.endocrine_history.iter().enumerate() {
            let classes = endocrine_classes(e.agent);
            let name = e.agent.label().to_ascii_lowercase();
            let why = if classes.is_empty() { None } else { resistance(e, &name, false) };
            note(classes, e.outcome, why, &name);
            if e.setting == Setting::Adjuvant
                && e.outcome == Outcome::Completed
                && e.months_since_end.is_none()
                && !classes.is_empty()
            {
                endocrine_interval_unknown.push(Missing::exposure(
                    Field::EndocrineHistory,
                    i,
                    ExposureField::MonthsSinceEnd,
                ));
            }
        }
        for (i, e) in case.chemo_history.iter().enumerate() {
            let name = e.agent.label().to_ascii_lowercase();
            note(&[chemo_class(e.agent)], e.outcome, resistance(e, &name, true), &name);
            if e.setting == Setting::Adjuvant && e.outcome == Outcome::Completed && e.months_since_end.is_none() {
                chemo_interval_unknown.push(Missing::exposure(Field::ChemoHistory, i, ExposureField::MonthsSinceEnd));
            }
        }

        let endocrine_lines: Vec<(usize, Benefit)> = case
            .endocrine_history
            .iter()
            .enumerate()
            .filter(|(_, e)| e.setting == Setting::Metastatic && e.agent != EndocrineAgent::OvarianSuppression)
            .map(|(i, e)| (i, e.benefit))
            .collect();
        let (endocrine_lines_without_benefit, endocrine_benefit_unknown) =
            run_without_benefit(&endocrine_lines, Field::EndocrineHistory, 3);

        let regimens: Vec<(usize, Benefit)> = case
            .chemo_history
            .iter()
            .enumerate()
            .filter(|(_, e)| e.setting == Setting::Metastatic)
            .map(|(i, e)| (i, e.benefit))
            .collect();
        let (regimens_without_response, chemo_benefit_unknown) = run_without_benefit(&regimens, Field::ChemoHistory, 3);

        let anthracycline_naive =
            !case.chemo_history.iter().any(|e| matches!(e.agent, ChemoAgent::Anthracycline | ChemoAgent::Pld));
        let anthracyclines_allowed =
            case.lvef_reduced != Tri::Yes && !case.anthracycline_dose.is_some_and(|d| d >= 450.0);

        Facts {
            everolimus_given: exposed.contains(&Class::Everolimus),
            resistant,
            toxicity,
            exposed,
            endocrine_lines_without_benefit,
            endocrine_benefit_unknown,
            metastatic_regimens: regimens.len(),
            regimens_without_response,
            chemo_benefit_unknown,
            anthracycline_naive,
            anthracyclines_allowed,
            postmenopausal: postmenopausal(case),
            endocrine_interval_unknown,
            chemo_interval_unknown,
            last_endocrine_line_failed: endocrine_lines.last().is_some_and(|(_, b)| *b == Benefit::No),
            endocrine_progression: case.endocrine_history.iter().any(|e| {
                e.setting == Setting::Metastatic
                    && e.outcome == Outcome::Progressed
                    && e.agent != EndocrineAgent::OvarianSuppression
            }),
        }
    }

    pub fn is_resistant(&self, class: Class) -> bool {
        self.resistant.contains_key(&class)
    }

    pub fn is_exposed(&self, class: Class) -> bool {
        self.exposed.contains(&class)
    }
}

/// "Postmenopausal for treatment" (§1): ovarian suppression in place, or
/// menopause recorded as post unless amenorrhoea began with chemotherapy
/// before 60 (or at an unknown age), or (v1.4) not recorded at age 60 or more.
pub fn postmenopausal(case: &Case) -> bool {
    case.ovarian_suppression == Tri::Yes
        || (case.menopause == Menopause::Post
            && !(case.amenorrhea_after_chemo == Tri::Yes && case.age.is_none_or(|a| a < 60)))
        || by_age(case)
}

/// v1.4: postmenopausal for treatment by age alone (NCCN: age ≥ 60), the status not recorded.
pub fn by_age(case: &Case) -> bool {
    case.menopause == Menopause::Unknown && case.ovarian_suppression != Tri::Yes && case.age.is_some_and(|a| a >= 60)
}
