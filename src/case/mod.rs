//! The case: what the user knows about one patient (ALGORITHM.md §1).
//!
//! Unknown is a value of its own: every enumerated field has an `Unknown`
//! variant, and an absent field or `null` reads as it. Parsing is strict: a
//! field name the schema does not know, a value outside its set or range, or a
//! wrong type is an error that names the field.

mod decode;
mod error;

pub use decode::MAX_CASE_BYTES;
pub use error::{CaseError, Expected, Found, JsonFault, Location, Problem};

use crate::ids::{ExposureField, Field};
use crate::kb::fields::Limits;
use serde::Serialize;

/// A field with a closed set of values, as the form and the flowchart show it.
pub trait Choice: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn as_str(self) -> &'static str;
    fn label(self) -> &'static str;
    fn parse(s: &str) -> Option<Self>;
    /// Every value as a case file spells it.
    fn spellings() -> &'static [&'static str];
}

/// Declares an enumerated field: its values, their JSON spellings and the
/// labels the form shows. `Unknown` is always present, is the default, and
/// is also what `null` reads as.
macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal : $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($var,)+ #[default] Unknown }

        // Written as it is read: one spelling per value.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl $name {
            /// Every value, `Unknown` last.
            pub const ALL: &'static [$name] = &[$($name::$var,)+ $name::Unknown];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s,)+ $name::Unknown => "unknown" }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$var => $label,)+ $name::Unknown => "Unknown" }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$var),)+ "unknown" => Some($name::Unknown), _ => None }
            }

            pub fn is_unknown(&self) -> bool { *self == $name::Unknown }
        }

        impl Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn as_str(self) -> &'static str { $name::as_str(self) }
            fn label(self) -> &'static str { $name::label(self) }
            fn parse(s: &str) -> Option<Self> { $name::parse(s) }
            fn spellings() -> &'static [&'static str] { &[$($s,)+ "unknown"] }
        }
    };
}

choice!(
    /// Yes, no, or not known.
    Tri { Yes = "yes": "Yes", No = "no": "No" }
);
choice!(Menopause { Pre = "pre": "Premenopausal", Peri = "peri": "Perimenopausal", Post = "post": "Postmenopausal" });
choice!(Receptor { Positive = "positive": "Positive", Negative = "negative": "Negative" });
choice!(Her2 { Negative = "negative": "Negative", Equivocal = "equivocal": "Equivocal", Positive = "positive": "Positive" });
choice!(ReceptorSource { Metastasis = "metastasis": "Metastasis", Primary = "primary": "Primary tumour" });
choice!(Biopsy { Done = "done": "Done", NotDone = "not_done": "Not done", NotFeasible = "not_feasible": "Not feasible" });
choice!(Brca { Mutation = "mutation": "Germline BRCA1/2 mutation", NoMutation = "no_mutation": "No mutation" });
choice!(Benefit { Yes = "yes": "Yes (response or stable ≥ 6 months)", No = "no": "No" });
// The "since 2012" layer's inputs (SINCE-2012-v2.md §9.1): never read by the 2012 rules.
choice!(Her2Ihc { Ihc0 = "ihc_0": "IHC 0", Ihc1Plus = "ihc_1plus": "IHC 1+", Ihc2PlusIshNegative = "ihc_2plus_ish_negative": "IHC 2+, ISH negative" });
choice!(PdL1Cps { AtLeast10 = "at_least_10": "CPS ≥ 10", Below10 = "below_10": "CPS < 10" });
choice!(Pi3kPathway { Altered = "altered": "Altered", NotAltered = "not_altered": "Not altered" });

/// A closed set of values with no `unknown` (sites, emergencies, agents…).
macro_rules! closed {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal : $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($var,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$var,)+];
            pub fn as_str(self) -> &'static str { match self { $($name::$var => $s,)+ } }
            pub fn label(self) -> &'static str { match self { $($name::$var => $label,)+ } }
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$var),)+ _ => None } }
        }

        impl Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn as_str(self) -> &'static str { $name::as_str(self) }
            fn label(self) -> &'static str { $name::label(self) }
            fn parse(s: &str) -> Option<Self> { $name::parse(s) }
            fn spellings() -> &'static [&'static str] { &[$($s,)+] }
        }
    };
}

closed!(Site {
    Bone = "bone": "Bone",
    SoftTissue = "soft_tissue": "Soft tissue",
    LymphNode = "lymph_node": "Lymph node",
    Lung = "lung": "Lung",
    Pleura = "pleura": "Pleura",
    Liver = "liver": "Liver",
    Brain = "brain": "Brain",
    OtherVisceral = "other_visceral": "Other visceral",
});

closed!(Emergency {
    CordCompression = "cord_compression": "Spinal cord compression",
    Hypercalcemia = "hypercalcemia": "Hypercalcaemia",
    SymptomaticBrain = "symptomatic_brain": "Symptomatic brain metastases",
    ImpendingFracture = "impending_fracture": "Impending pathological fracture",
});

closed!(EndocrineAgent {
    Tamoxifen = "tamoxifen": "Tamoxifen",
    Anastrozole = "anastrozole": "Anastrozole",
    Letrozole = "letrozole": "Letrozole",
    Exemestane = "exemestane": "Exemestane",
    Fulvestrant = "fulvestrant": "Fulvestrant",
    EverolimusExemestane = "everolimus_exemestane": "Everolimus + exemestane",
    TamoxifenEverolimus = "tamoxifen_everolimus": "Tamoxifen + everolimus",
    Megestrol = "megestrol": "Megestrol acetate",
    Estradiol = "estradiol": "Estradiol",
    OvarianSuppression = "ovarian_suppression": "Ovarian suppression",
});

closed!(ChemoAgent {
    Anthracycline = "anthracycline": "Anthracycline (doxorubicin/epirubicin)",
    Pld = "pld": "Pegylated liposomal doxorubicin",
    Taxane = "taxane": "Taxane",
    Capecitabine = "capecitabine": "Capecitabine",
    Eribulin = "eribulin": "Eribulin",
    Vinorelbine = "vinorelbine": "Vinorelbine",
    Gemcitabine = "gemcitabine": "Gemcitabine",
    Ixabepilone = "ixabepilone": "Ixabepilone",
    Platinum = "platinum": "Platinum",
    Cmf = "cmf": "CMF",
});

closed!(Setting { Adjuvant = "adjuvant": "Adjuvant / neoadjuvant", Metastatic = "metastatic": "Metastatic" });

closed!(Outcome {
    Progressed = "progressed": "Progressed or relapsed on it",
    Completed = "completed": "Completed as planned",
    StoppedToxicity = "stopped_toxicity": "Stopped for toxicity",
});

/// One prior therapy (ALGORITHM.md §1, "exposure").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Exposure<A> {
    pub agent: A,
    pub setting: Setting,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months_since_end: Option<f64>,
    #[serde(skip_serializing_if = "Benefit::is_unknown")]
    pub benefit: Benefit,
}

impl<A> Exposure<A> {
    pub fn new(agent: A, setting: Setting, outcome: Outcome) -> Self {
        Exposure { agent, setting, outcome, months_since_end: None, benefit: Benefit::Unknown }
    }
}

/// Everything known about one patient. Field names are the contract of ALGORITHM.md §1.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Case {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    #[serde(skip_serializing_if = "Menopause::is_unknown")]
    pub menopause: Menopause,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub amenorrhea_after_chemo: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub ovarian_suppression: Tri,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ecog: Option<u8>,
    #[serde(skip_serializing_if = "Receptor::is_unknown")]
    pub er: Receptor,
    #[serde(skip_serializing_if = "Receptor::is_unknown")]
    pub pr: Receptor,
    #[serde(skip_serializing_if = "Her2::is_unknown")]
    pub her2: Her2,
    #[serde(skip_serializing_if = "ReceptorSource::is_unknown")]
    pub receptor_source: ReceptorSource,
    #[serde(skip_serializing_if = "Receptor::is_unknown")]
    pub primary_er: Receptor,
    #[serde(skip_serializing_if = "Receptor::is_unknown")]
    pub primary_pr: Receptor,
    #[serde(skip_serializing_if = "Her2::is_unknown")]
    pub primary_her2: Her2,
    #[serde(skip_serializing_if = "Biopsy::is_unknown")]
    pub biopsy: Biopsy,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub staging_done: Tri,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<Site>,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub visceral_crisis: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub rapid_progression: Tri,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emergencies: Vec<Emergency>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub endocrine_history: Vec<Exposure<EndocrineAgent>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub chemo_history: Vec<Exposure<ChemoAgent>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anthracycline_dose: Option<f64>,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub lvef_reduced: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub neuropathy: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub hepatic_impairment: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub renal_impairment: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub vte_history: Tri,
    #[serde(skip_serializing_if = "Brca::is_unknown")]
    pub brca: Brca,
    /// Absent or unknown preferences read as `no` (§1).
    #[serde(skip_serializing_if = "is_false", serialize_with = "yes_no")]
    pub prefers_oral: bool,
    #[serde(skip_serializing_if = "is_false", serialize_with = "yes_no")]
    pub avoid_alopecia: bool,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub trial_interest: Tri,
    // SINCE-2012-v2.md §9.1: read only by `engine::since2012`, never by the 2012 rules.
    #[serde(skip_serializing_if = "Her2Ihc::is_unknown")]
    pub her2_ihc: Her2Ihc,
    #[serde(skip_serializing_if = "PdL1Cps::is_unknown")]
    pub pdl1_cps: PdL1Cps,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub esr1_mutation: Tri,
    #[serde(skip_serializing_if = "Pi3kPathway::is_unknown")]
    pub pi3k_pathway: Pi3kPathway,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub prior_cdk46_inhibitor: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub adjuvant_cdk46_inhibitor: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub prior_anti_pd1: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub prior_parp_inhibitor: Tri,
    #[serde(skip_serializing_if = "Tri::is_unknown")]
    pub prior_adc: Tri,
}

impl Case {
    /// The same case without the "since 2012" layer's inputs (§9.3: the 2012
    /// assessment must not depend on them).
    pub fn without_since_2012(&self) -> Case {
        Case {
            her2_ihc: Her2Ihc::Unknown,
            pdl1_cps: PdL1Cps::Unknown,
            esr1_mutation: Tri::Unknown,
            pi3k_pathway: Pi3kPathway::Unknown,
            prior_cdk46_inhibitor: Tri::Unknown,
            adjuvant_cdk46_inhibitor: Tri::Unknown,
            prior_anti_pd1: Tri::Unknown,
            prior_parp_inhibitor: Tri::Unknown,
            prior_adc: Tri::Unknown,
            ..self.clone()
        }
    }
}

impl Case {
    pub fn has_site(&self, site: Site) -> bool {
        self.sites.contains(&site)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a case always serialises")
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a case always serialises")
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn yes_no<S: serde::Serializer>(b: &bool, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(if *b { "yes" } else { "no" })
}

/// A preference that was not given: the format holds only "yes" (absent, `null`
/// and "no" read alike), so false is "not stated", never a "No" she gave.
pub const NOT_STATED: &str = "Not stated";

/// A case's value for a field in the form's own words (the labels of
/// `case.rs`), or `None` when it is unknown. The print-out and the box detail
/// show these, so they say what the form says.
pub fn value_text(case: &Case, field: Field) -> Option<String> {
    use Field as F;
    fn choice<T: Choice>(v: T) -> Option<String> {
        (v.as_str() != "unknown").then(|| v.label().to_string())
    }
    fn list<T: Choice>(items: &[T]) -> Option<String> {
        Some(if items.is_empty() {
            "None".to_string()
        } else {
            items.iter().map(|v| v.label()).collect::<Vec<_>>().join(", ")
        })
    }
    fn exposures<A: Choice>(items: &[Exposure<A>]) -> Option<String> {
        if items.is_empty() {
            return Some("None".into());
        }
        let one = |e: &Exposure<A>| {
            let mut parts =
                vec![e.agent.label().to_string(), e.setting.label().to_string(), e.outcome.label().to_string()];
            if let Some(m) = e.months_since_end {
                parts.push(format!("{} months from its end", crate::number::fmt_number(m)));
            }
            if let Some(b) = choice(e.benefit) {
                parts.push(format!("benefit: {b}"));
            }
            parts.join(" · ")
        };
        Some(items.iter().map(one).collect::<Vec<_>>().join("; "))
    }
    let stated = |b: bool| Some(if b { "Yes" } else { NOT_STATED }.to_string());
    let c = case;
    match field {
        F::Age => c.age.map(|v| v.to_string()),
        F::Ecog => c.ecog.map(|v| v.to_string()),
        F::AnthracyclineDose => c.anthracycline_dose.map(|v| format!("{} mg/m²", crate::number::fmt_number(v))),
        F::Menopause => choice(c.menopause),
        F::AmenorrheaAfterChemo => choice(c.amenorrhea_after_chemo),
        F::OvarianSuppression => choice(c.ovarian_suppression),
        F::Er => choice(c.er),
        F::Pr => choice(c.pr),
        F::Her2 => choice(c.her2),
        F::ReceptorSource => choice(c.receptor_source),
        F::PrimaryEr => choice(c.primary_er),
        F::PrimaryPr => choice(c.primary_pr),
        F::PrimaryHer2 => choice(c.primary_her2),
        F::Biopsy => choice(c.biopsy),
        F::StagingDone => choice(c.staging_done),
        F::Sites => list(&c.sites),
        F::VisceralCrisis => choice(c.visceral_crisis),
        F::RapidProgression => choice(c.rapid_progression),
        F::Emergencies => list(&c.emergencies),
        F::EndocrineHistory => exposures(&c.endocrine_history),
        F::ChemoHistory => exposures(&c.chemo_history),
        F::LvefReduced => choice(c.lvef_reduced),
        F::Neuropathy => choice(c.neuropathy),
        F::HepaticImpairment => choice(c.hepatic_impairment),
        F::RenalImpairment => choice(c.renal_impairment),
        F::VteHistory => choice(c.vte_history),
        F::Brca => choice(c.brca),
        // Absent preferences are "no" (§1): shown as not stated, never as unknown.
        F::PrefersOral => stated(c.prefers_oral),
        F::AvoidAlopecia => stated(c.avoid_alopecia),
        F::TrialInterest => choice(c.trial_interest),
        F::Her2Ihc => choice(c.her2_ihc),
        F::PdL1Cps => choice(c.pdl1_cps),
        F::Esr1Mutation => choice(c.esr1_mutation),
        F::Pi3kPathway => choice(c.pi3k_pathway),
        F::PriorCdk46Inhibitor => choice(c.prior_cdk46_inhibitor),
        F::AdjuvantCdk46Inhibitor => choice(c.adjuvant_cdk46_inhibitor),
        F::PriorAntiPd1 => choice(c.prior_anti_pd1),
        F::PriorParpInhibitor => choice(c.prior_parp_inhibitor),
        F::PriorAdc => choice(c.prior_adc),
    }
}

fn known<T: Choice>() -> Vec<(&'static str, &'static str)> {
    T::all().iter().filter(|v| v.as_str() != "unknown").map(|v| (v.as_str(), v.label())).collect()
}

/// The known values of an enumerated field, as (JSON spelling, label);
/// empty for a number, a list or a preference.
pub fn choices(field: Field) -> Vec<(&'static str, &'static str)> {
    use Field as F;
    match field {
        F::Menopause => known::<Menopause>(),
        F::Er | F::Pr | F::PrimaryEr | F::PrimaryPr => known::<Receptor>(),
        F::Her2 | F::PrimaryHer2 => known::<Her2>(),
        F::ReceptorSource => known::<ReceptorSource>(),
        F::Biopsy => known::<Biopsy>(),
        F::Brca => known::<Brca>(),
        F::Her2Ihc => known::<Her2Ihc>(),
        F::PdL1Cps => known::<PdL1Cps>(),
        F::Pi3kPathway => known::<Pi3kPathway>(),
        F::AmenorrheaAfterChemo
        | F::OvarianSuppression
        | F::StagingDone
        | F::VisceralCrisis
        | F::RapidProgression
        | F::LvefReduced
        | F::Neuropathy
        | F::HepaticImpairment
        | F::RenalImpairment
        | F::VteHistory
        | F::TrialInterest
        | F::Esr1Mutation
        | F::PriorCdk46Inhibitor
        | F::AdjuvantCdk46Inhibitor
        | F::PriorAntiPd1
        | F::PriorParpInhibitor
        | F::PriorAdc => known::<Tri>(),
        F::Age
        | F::Ecog
        | F::AnthracyclineDose
        | F::Sites
        | F::Emergencies
        | F::EndocrineHistory
        | F::ChemoHistory
        | F::PrefersOral
        | F::AvoidAlopecia => Vec::new(),
    }
}

/// The known values of an exposure's field, as in `choices`.
pub fn exposure_choices(field: ExposureField) -> Vec<(&'static str, &'static str)> {
    match field {
        ExposureField::Setting => known::<Setting>(),
        ExposureField::Outcome => known::<Outcome>(),
        ExposureField::Benefit => known::<Benefit>(),
        ExposureField::Agent | ExposureField::MonthsSinceEnd => Vec::new(),
    }
}
