//! The assessment under construction: path, options, alerts and missing
//! inputs, with the exclusions and cautions of §3.3 applied in one place so
//! that no branch can list an option the patient must not be offered.

use super::facts::Facts;
use crate::assessment::*;
use crate::case::*;
use crate::ids::{AlertCode, Field, NodeId, OptionId};
use crate::kb::alerts::alert;
use crate::kb::options::{option, Class, Effect};
use crate::kb::wording as w;

pub struct Builder<'a> {
    pub case: &'a Case,
    pub facts: Facts,
    pub subtype: Subtype,
    pub strategy: Strategy,
    pub chemo_mode: Option<ChemoMode>,
    pub provisional: bool,
    path: Vec<NodeId>,
    options: Vec<OptionResult>,
    alerts: Vec<Alert>,
    missing: Vec<Missing>,
    facts_text: Vec<String>,
}

/// Options that need postmenopausal status (invariant 1).
const POSTMENOPAUSAL_ONLY: &[OptionId] = &[
    OptionId::Nsai,
    OptionId::Exemestane,
    OptionId::ExemestaneEverolimus,
    OptionId::TamoxifenEverolimus,
    OptionId::Fulvestrant,
    OptionId::AnastrozoleFulvestrant,
    OptionId::Estradiol,
];

impl<'a> Builder<'a> {
    pub fn new(case: &'a Case) -> Self {
        Builder {
            case,
            facts: Facts::new(case),
            subtype: Subtype::Unknown,
            strategy: Strategy::Workup,
            chemo_mode: None,
            provisional: false,
            path: Vec::new(),
            options: Vec::new(),
            alerts: Vec::new(),
            missing: Vec::new(),
            facts_text: Vec::new(),
        }
    }

    pub fn step(&mut self, node: NodeId) {
        if !self.path.contains(&node) {
            self.path.push(node);
        }
    }

    pub fn path_contains(&self, node: NodeId) -> bool {
        self.path.contains(&node)
    }

    pub fn alert(&mut self, code: AlertCode) {
        self.alert_with(code, String::new());
    }

    /// Raises an alert; `detail` is the case-specific part, put before the standing text.
    pub fn alert_with(&mut self, code: AlertCode, detail: String) {
        if self.alerts.iter().any(|a| a.code == code) {
            return;
        }
        let def = alert(code);
        let message = if detail.is_empty() { def.text.to_string() } else { format!("{detail} {}", def.text) };
        self.alerts.push(Alert { code, severity: def.severity, message });
    }

    pub fn missing(&mut self, field: impl Into<Missing>) {
        let field = field.into();
        if !self.missing.contains(&field) {
            self.missing.push(field);
        }
    }

    pub fn fact(&mut self, text: String) {
        if !self.facts_text.contains(&text) {
            self.facts_text.push(text);
        }
    }

    /// Why the patient must not be offered this option, or `None`.
    pub fn exclusion(&self, id: OptionId) -> Option<String> {
        self.prior_use_exclusion(id).or_else(|| self.input_exclusion(id))
    }

    /// An exclusion by resistance or prior use, naming the exposure.
    pub fn prior_use_exclusion(&self, id: OptionId) -> Option<String> {
        let def = option(id);
        let f = &self.facts;
        for &class in def.contains {
            if let Some(why) = f.resistant.get(&class) {
                return Some(w::excluded_resistant(class.label(), why));
            }
        }
        if id == OptionId::OfsAi && f.is_resistant(Class::Nsai) && f.is_resistant(Class::Exemestane) {
            return Some(w::excluded_both_ai_classes(&f.resistant[&Class::Nsai], &f.resistant[&Class::Exemestane]));
        }
        if id == OptionId::ExemestaneEverolimus && f.everolimus_given {
            return Some(w::exclusion::EVEROLIMUS_ALREADY_GIVEN.into());
        }
        None
    }

    /// An exclusion by an input of the case (menopause, heart, nerves, liver, kidneys).
    pub fn input_exclusion(&self, id: OptionId) -> Option<String> {
        let def = option(id);
        let case = self.case;
        let f = &self.facts;
        if POSTMENOPAUSAL_ONLY.contains(&id) && !f.postmenopausal {
            return Some(w::exclusion::AI_BEFORE_MENOPAUSE.into());
        }
        if id == OptionId::Estradiol && case.ovarian_suppression == Tri::Yes && case.menopause != Menopause::Post {
            return Some(w::exclusion::ONLY_AFTER_NATURAL_MENOPAUSE.into());
        }
        if def.is_anthracycline() && !f.anthracyclines_allowed {
            return Some(if case.lvef_reduced == Tri::Yes {
                w::exclusion::CARDIAC.into()
            } else {
                w::excluded_anthracycline_dose(case.anthracycline_dose.unwrap_or_default())
            });
        }
        if def.neuropathy == Effect::Excluded && case.neuropathy == Tri::Yes {
            return Some(w::exclusion::NEUROPATHY.into());
        }
        if def.hepatic == Effect::Excluded && case.hepatic_impairment == Tri::Yes {
            return Some(w::exclusion::HEPATIC.into());
        }
        if def.renal == Effect::Excluded && case.renal_impairment == Tri::Yes {
            return Some(w::exclusion::RENAL.into());
        }
        None
    }

    pub fn is_excluded(&self, id: OptionId) -> bool {
        self.exclusion(id).is_some()
    }

    /// Lists an option with a role; an exclusion turns it into
    /// `not_recommended` with the exclusion as its first reason. Returns
    /// whether it is offered. An option already listed keeps its first entry.
    pub fn list(&mut self, id: OptionId, role: Role, reasons: Vec<String>) -> bool {
        if self.options.iter().any(|o| o.id == id) {
            return self.options.iter().any(|o| o.id == id && o.role.is_offered());
        }
        let (role, reasons) = match (role, self.exclusion(id)) {
            (Role::NotRecommended, _) => (role, reasons),
            (_, Some(why)) => (Role::NotRecommended, vec![why]),
            (_, None) => {
                let mut reasons = reasons;
                self.cautions(id, &mut reasons);
                (role, reasons)
            }
        };
        let refs = option(id).refs.to_vec();
        self.options.push(OptionResult { id, role, reasons, refs });
        role.is_offered()
    }

    pub fn not_recommended(&mut self, id: OptionId, reason: impl Into<String>) {
        self.list(id, Role::NotRecommended, vec![reason.into()]);
    }

    /// Case-specific cautions (§3.1, §3.3): reasons, not alerts; an unknown
    /// input that would exclude the option goes in `missing`.
    fn cautions(&mut self, id: OptionId, reasons: &mut Vec<String>) {
        let def = option(id);
        let case = self.case;
        for &class in def.contains {
            if let Some(t) = self.facts.toxicity.get(&class) {
                reasons.push(w::caution_prior_toxicity(t));
                break;
            }
        }
        match (def.thrombotic, case.vte_history) {
            (true, Tri::Yes) => reasons.push(w::caution::THROMBOEMBOLISM.into()),
            (true, Tri::Unknown) => {
                reasons.push(w::caution::THROMBOEMBOLISM_UNKNOWN.into());
                self.missing(Field::VteHistory);
            }
            _ => {}
        }
        if def.contains(Class::Everolimus) && case.age.is_some_and(|a| a >= 65) {
            reasons.push(w::caution::EVEROLIMUS_AGE_65.into());
        }
        if def.is_anthracycline() {
            if case.lvef_reduced == Tri::Unknown {
                reasons.push(w::caution::LVEF_UNKNOWN.into());
                self.missing(Field::LvefReduced);
            }
            if !self.facts.anthracycline_naive && case.anthracycline_dose.is_none() {
                reasons.push(w::caution::ANTHRACYCLINE_DOSE_UNKNOWN.into());
                self.missing(Field::AnthracyclineDose);
            }
            if let Some(d) = case.anthracycline_dose.filter(|d| (300.0..450.0).contains(d)) {
                self.alert_with(AlertCode::AnthracyclineDoseNearLimit, w::anthracycline_dose(d));
            }
        }
        match (def.neuropathy, case.neuropathy) {
            (Effect::Caution, Tri::Yes) => reasons.push(w::caution::NEUROPATHY.into()),
            (Effect::Excluded, Tri::Unknown) => {
                reasons.push(w::caution::NEUROPATHY_UNKNOWN.into());
                self.missing(Field::Neuropathy);
            }
            _ => {}
        }
        match (def.hepatic, case.hepatic_impairment) {
            (Effect::Caution, Tri::Yes) => reasons.push(w::caution::HEPATIC.into()),
            (Effect::Excluded, Tri::Unknown) => {
                reasons.push(w::caution::HEPATIC_UNKNOWN.into());
                self.missing(Field::HepaticImpairment);
            }
            _ => {}
        }
        match (def.renal, case.renal_impairment) {
            (Effect::Caution, Tri::Yes) => reasons.push(if id == OptionId::Platinum {
                w::caution::RENAL_PLATINUM.into()
            } else {
                w::caution::RENAL.into()
            }),
            (Effect::Excluded, Tri::Unknown) => {
                reasons.push(w::caution::RENAL_UNKNOWN.into());
                self.missing(Field::RenalImpairment);
            }
            _ => {}
        }
        for note in def.notes {
            reasons.push(w::note(note));
        }
    }

    pub fn finish(mut self) -> Assessment {
        let trial_first = self.case.trial_interest == Tri::Yes;
        let rank = |o: &OptionResult| -> (Role, usize) {
            let tail = match o.id {
                OptionId::ClinicalTrial if trial_first => 0,
                OptionId::BestSupportiveCare => 2,
                OptionId::ClinicalTrial => 3,
                OptionId::ParpTrial => 4,
                OptionId::BoneModifyingAgent => 5,
                _ => 1,
            };
            (o.role, tail)
        };
        self.options.sort_by_key(rank);
        self.alerts.sort_by_key(|a| a.severity);
        Assessment {
            subtype: self.subtype,
            strategy: self.strategy,
            chemo_mode: self.chemo_mode,
            path: self.path,
            options: self.options,
            alerts: self.alerts,
            missing: self.missing,
            provisional: self.provisional,
            facts: self.facts_text,
            since_2012: Vec::new(),
            since_2012_current_to: crate::kb::since2012::CURRENT_TO,
            later_results: Vec::new(),
        }
    }
}
