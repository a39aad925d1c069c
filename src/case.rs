//! The case: what the user knows about one patient (ALGORITHM.md §1).
//!
//! Unknown is a value of its own: every enumerated field has an `Unknown`
//! variant, and an absent field or `null` reads as it. Parsing is strict: a
//! field name the schema does not know, a value outside its set or range, or a
//! wrong type is an error that names the field.

use crate::kb::fields::{limits, Limits};
use serde::{de, Deserialize, Deserializer, Serialize};
use std::fmt;

/// A field with a closed set of values, as the form and the flowchart show it.
pub trait Choice: Copy + PartialEq + 'static {
    fn all() -> &'static [Self];
    fn as_str(self) -> &'static str;
    fn label(self) -> &'static str;
    fn parse(s: &str) -> Option<Self>;
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
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> de::Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str(concat!("one of ", $("\"", $s, "\", ",)+ "\"unknown\" or null"))
                    }
                    fn visit_str<E: de::Error>(self, s: &str) -> Result<$name, E> {
                        $name::parse(s).ok_or_else(|| E::custom(format!(
                            concat!("\"{}\" is not allowed; expected one of ", $("\"", $s, "\", ",)+ "\"unknown\""), s)))
                    }
                    fn visit_unit<E: de::Error>(self) -> Result<$name, E> { Ok($name::Unknown) }
                    fn visit_none<E: de::Error>(self) -> Result<$name, E> { Ok($name::Unknown) }
                }
                d.deserialize_any(V)
            }
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
// The "since 2012" layer's inputs (SINCE-2012.md §9.1): never read by the 2012 rules.
choice!(Her2Ihc { Ihc0 = "ihc_0": "IHC 0", Ihc1Plus = "ihc_1plus": "IHC 1+", Ihc2PlusIshNegative = "ihc_2plus_ish_negative": "IHC 2+, ISH negative" });
choice!(PdL1Cps { AtLeast10 = "at_least_10": "CPS ≥ 10", Below10 = "below_10": "CPS < 10" });
choice!(Pi3kPathway { Altered = "altered": "Altered", NotAltered = "not_altered": "Not altered" });

/// A closed set of values with no `unknown` (sites, emergencies, agents…).
macro_rules! closed {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal : $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exposure<A> {
    pub agent: A,
    pub setting: Setting,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "months")]
    pub months_since_end: Option<f64>,
    #[serde(default, skip_serializing_if = "Benefit::is_unknown")]
    pub benefit: Benefit,
}

impl<A> Exposure<A> {
    pub fn new(agent: A, setting: Setting, outcome: Outcome) -> Self {
        Exposure { agent, setting, outcome, months_since_end: None, benefit: Benefit::Unknown }
    }
}

/// Everything known about one patient. Field names are the contract of ALGORITHM.md §1.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "age")]
    pub age: Option<u8>,
    #[serde(default, skip_serializing_if = "Menopause::is_unknown")]
    pub menopause: Menopause,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub amenorrhea_after_chemo: Tri,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub ovarian_suppression: Tri,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "ecog")]
    pub ecog: Option<u8>,
    #[serde(default, skip_serializing_if = "Receptor::is_unknown")]
    pub er: Receptor,
    #[serde(default, skip_serializing_if = "Receptor::is_unknown")]
    pub pr: Receptor,
    #[serde(default, skip_serializing_if = "Her2::is_unknown")]
    pub her2: Her2,
    #[serde(default, skip_serializing_if = "ReceptorSource::is_unknown")]
    pub receptor_source: ReceptorSource,
    #[serde(default, skip_serializing_if = "Receptor::is_unknown")]
    pub primary_er: Receptor,
    #[serde(default, skip_serializing_if = "Receptor::is_unknown")]
    pub primary_pr: Receptor,
    #[serde(default, skip_serializing_if = "Her2::is_unknown")]
    pub primary_her2: Her2,
    #[serde(default, skip_serializing_if = "Biopsy::is_unknown")]
    pub biopsy: Biopsy,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub staging_done: Tri,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "set")]
    pub sites: Vec<Site>,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub visceral_crisis: Tri,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub rapid_progression: Tri,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "set")]
    pub emergencies: Vec<Emergency>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "list")]
    pub endocrine_history: Vec<Exposure<EndocrineAgent>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty", deserialize_with = "list")]
    pub chemo_history: Vec<Exposure<ChemoAgent>>,
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "dose")]
    pub anthracycline_dose: Option<f64>,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub lvef_reduced: Tri,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub neuropathy: Tri,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub hepatic_impairment: Tri,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub renal_impairment: Tri,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub vte_history: Tri,
    #[serde(default, skip_serializing_if = "Brca::is_unknown")]
    pub brca: Brca,
    /// Absent or unknown preferences read as `no` (§1).
    #[serde(default, skip_serializing_if = "is_false", serialize_with = "yes_no", deserialize_with = "preference")]
    pub prefers_oral: bool,
    #[serde(default, skip_serializing_if = "is_false", serialize_with = "yes_no", deserialize_with = "preference")]
    pub avoid_alopecia: bool,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub trial_interest: Tri,
    // SINCE-2012.md §9.1: read only by `engine::since2012`, never by the 2012 rules.
    #[serde(default, skip_serializing_if = "Her2Ihc::is_unknown")]
    pub her2_ihc: Her2Ihc,
    #[serde(default, skip_serializing_if = "PdL1Cps::is_unknown")]
    pub pdl1_cps: PdL1Cps,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub esr1_mutation: Tri,
    #[serde(default, skip_serializing_if = "Pi3kPathway::is_unknown")]
    pub pi3k_pathway: Pi3kPathway,
    #[serde(default, skip_serializing_if = "Tri::is_unknown")]
    pub prior_cdk46_inhibitor: Tri,
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
            ..self.clone()
        }
    }
}

impl Case {
    pub fn has_site(&self, site: Site) -> bool {
        self.sites.contains(&site)
    }
}

/// Why a case file was refused: the field it names (`endocrine_history[0].agent`,
/// or empty for the document as a whole) and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseError {
    pub field: String,
    pub problem: String,
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "field `{}`: {}", self.field, self.problem)
        }
    }
}

impl std::error::Error for CaseError {}

/// The largest case text accepted. A real case is a few kilobytes; refusing
/// megabytes up front keeps a hostile file or link from stalling the page.
pub const MAX_CASE_BYTES: usize = 256 * 1024;

/// Deeper than any valid case (object → list → exposure is 2); refusing deep
/// nesting before parsing keeps the parser's recursion bounded.
const MAX_DEPTH: usize = 16;

impl Case {
    /// Parses a case file strictly (ALGORITHM.md §1).
    pub fn from_json(text: &str) -> Result<Case, CaseError> {
        if text.len() > MAX_CASE_BYTES {
            return Err(CaseError {
                field: String::new(),
                problem: format!(
                    "the case is {} KB; a case file is at most {} KB",
                    text.len() / 1024,
                    MAX_CASE_BYTES / 1024
                ),
            });
        }
        if let Some(field) = too_deep(text) {
            let problem = if field.is_empty() {
                format!("the case is nested more than {MAX_DEPTH} levels deep")
            } else {
                format!("nested more than {MAX_DEPTH} levels deep")
            };
            return Err(CaseError { field, problem });
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| CaseError { field: String::new(), problem: clean_message(&e) })?;
        objects_where_objects_belong(&value)?;
        let case: Case = serde_path_to_error::deserialize(value).map_err(|e| {
            let field = e.path().to_string();
            let field = if field == "." { String::new() } else { field };
            CaseError { field, problem: clean_message(&e.into_inner()) }
        })?;
        Ok(case)
    }

    /// Reads what can be read of a damaged case (a link): a field of one value
    /// that cannot be read is left unknown, with its error, and every other
    /// field is kept. A list that cannot be read fails the whole case, since
    /// leaving it out would read as "none" (no sites, no emergency, no prior
    /// therapy); so does anything wrong with the document as a whole.
    pub fn from_json_partial(text: &str) -> Result<(Case, Vec<CaseError>), CaseError> {
        const LISTS: &[&str] = &["sites", "emergencies", "endocrine_history", "chemo_history"];
        let is_list = |field: &str| LISTS.contains(&field.split(['[', '.']).next().unwrap_or(field));
        match Case::from_json(text) {
            Ok(case) => return Ok((case, Vec::new())),
            Err(e) if e.field.is_empty() || is_list(&e.field) => return Err(e),
            Err(_) => {}
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| CaseError { field: String::new(), problem: clean_message(&e) })?;
        let Some(fields) = value.as_object() else {
            return Err(CaseError { field: String::new(), problem: "a case must be a JSON object".into() });
        };
        let (mut readable, mut errors) = (serde_json::Map::new(), Vec::new());
        for (name, v) in fields {
            let one = serde_json::Value::Object([(name.clone(), v.clone())].into_iter().collect());
            match Case::from_json(&one.to_string()) {
                Ok(_) => {
                    readable.insert(name.clone(), v.clone());
                }
                Err(e) if is_list(name) => return Err(e),
                Err(e) => errors.push(e),
            }
        }
        Ok((Case::from_json(&serde_json::Value::Object(readable).to_string())?, errors))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a case always serialises")
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a case always serialises")
    }
}

/// serde reads a struct from a JSON array too (fields by position); a case
/// and its exposures must be objects, so that every value is named.
fn objects_where_objects_belong(value: &serde_json::Value) -> Result<(), CaseError> {
    let not_object = |field: String, what: &str| CaseError { field, problem: format!("{what} must be a JSON object") };
    let Some(case) = value.as_object() else { return Err(not_object(String::new(), "a case")) };
    for list in ["endocrine_history", "chemo_history"] {
        if let Some(items) = case.get(list).and_then(|v| v.as_array()) {
            if let Some(i) = items.iter().position(|e| !e.is_object()) {
                return Err(not_object(format!("{list}[{i}]"), "an exposure"));
            }
        }
    }
    Ok(())
}

/// serde_json appends " at line L column C"; for a one-line fragment that is
/// noise, so it is kept only where the text has several lines.
fn clean_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = match msg.find(" at line ") {
        Some(i) if e.line() <= 1 => msg[..i].to_string(),
        _ => msg,
    };
    if e.is_eof() {
        format!("the case is not complete JSON ({msg})")
    } else if e.is_syntax() {
        format!("the case is not valid JSON ({msg})")
    } else {
        msg
    }
}

/// Where the brackets first nest deeper than `MAX_DEPTH` (outside strings,
/// without building anything): `Some` with the top-level field they sit in
/// (empty when not inside one), `None` when the text stays within the limit.
fn too_deep(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let (mut depth, mut in_str, mut escaped) = (0usize, false, false);
    // The last string closed at depth 1 becomes the current field at its colon.
    let (mut str_start, mut last_str, mut field) = (0usize, (0usize, 0usize), None);
    for (i, &b) in bytes.iter().enumerate() {
        if in_str {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => {
                    in_str = false;
                    last_str = (str_start, i);
                }
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                in_str = true;
                str_start = i + 1;
            }
            b':' if depth == 1 => field = Some(last_str),
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    let name = field.map(|(s, e)| text.get(s..e).unwrap_or_default()).unwrap_or_default();
                    return Some(name.chars().take(64).collect());
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn yes_no<S: serde::Serializer>(b: &bool, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(if *b { "yes" } else { "no" })
}

/// A JSON number or null, checked against an inclusive range; `whole` asks
/// for an integer, where `2.0` counts as one (§1).
fn number<'de, D: Deserializer<'de>>(d: D, name: &str) -> Result<Option<f64>, D::Error> {
    let limits: Limits = limits(name).expect("a number field has limits");
    struct V;
    impl<'de> de::Visitor<'de> for V {
        type Value = Option<f64>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a number or null")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Ok(Some(v))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Err(E::custom(format!("expected a number or null, found the string \"{s}\"")))
        }
    }
    let Some(v) = d.deserialize_any(V)? else { return Ok(None) };
    let range = limits.text();
    if !limits.admits(v) {
        return Err(de::Error::custom(format!("{v} is out of range; expected {range}")));
    }
    if limits.whole && v.fract() != 0.0 {
        return Err(de::Error::custom(format!("{v} is not a whole number; expected {range}")));
    }
    Ok(Some(v))
}

fn age<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    Ok(number(d, "age")?.map(|v| v as u8))
}

fn ecog<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    Ok(number(d, "ecog")?.map(|v| v as u8))
}

fn dose<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    number(d, "anthracycline_dose")
}

fn months<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    number(d, "months_since_end")
}

fn preference<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(Tri::deserialize(d)? == Tri::Yes)
}

/// A list, where `null` reads as empty.
fn list<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A set: a list read as in `list`, duplicates dropped, first order kept.
fn set<'de, D: Deserializer<'de>, T: Deserialize<'de> + PartialEq>(d: D) -> Result<Vec<T>, D::Error> {
    let mut out: Vec<T> = Vec::new();
    for v in list::<D, T>(d)? {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    Ok(out)
}

/// A case's value for a field in the form's own words (the labels of
/// `case.rs`), or `None` when it is unknown. The print-out and the box detail
/// show these, so they say what the form says.
pub fn value_text(case: &Case, name: &str) -> Option<String> {
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
    let yes_no = |b: bool| Some(if b { "Yes" } else { "No" }.to_string());
    let c = case;
    match name {
        "age" => c.age.map(|v| v.to_string()),
        "ecog" => c.ecog.map(|v| v.to_string()),
        "anthracycline_dose" => c.anthracycline_dose.map(|v| format!("{} mg/m²", crate::number::fmt_number(v))),
        "menopause" => choice(c.menopause),
        "amenorrhea_after_chemo" => choice(c.amenorrhea_after_chemo),
        "ovarian_suppression" => choice(c.ovarian_suppression),
        "er" => choice(c.er),
        "pr" => choice(c.pr),
        "her2" => choice(c.her2),
        "receptor_source" => choice(c.receptor_source),
        "primary_er" => choice(c.primary_er),
        "primary_pr" => choice(c.primary_pr),
        "primary_her2" => choice(c.primary_her2),
        "biopsy" => choice(c.biopsy),
        "staging_done" => choice(c.staging_done),
        "sites" => list(&c.sites),
        "visceral_crisis" => choice(c.visceral_crisis),
        "rapid_progression" => choice(c.rapid_progression),
        "emergencies" => list(&c.emergencies),
        "endocrine_history" => exposures(&c.endocrine_history),
        "chemo_history" => exposures(&c.chemo_history),
        "lvef_reduced" => choice(c.lvef_reduced),
        "neuropathy" => choice(c.neuropathy),
        "hepatic_impairment" => choice(c.hepatic_impairment),
        "renal_impairment" => choice(c.renal_impairment),
        "vte_history" => choice(c.vte_history),
        "brca" => choice(c.brca),
        // Absent preferences are "no" (§1): never shown as unknown.
        "prefers_oral" => yes_no(c.prefers_oral),
        "avoid_alopecia" => yes_no(c.avoid_alopecia),
        "trial_interest" => choice(c.trial_interest),
        "her2_ihc" => choice(c.her2_ihc),
        "pdl1_cps" => choice(c.pdl1_cps),
        "esr1_mutation" => choice(c.esr1_mutation),
        "pi3k_pathway" => choice(c.pi3k_pathway),
        "prior_cdk46_inhibitor" => choice(c.prior_cdk46_inhibitor),
        _ => None,
    }
}

/// The known values of an enumerated field (or of an exposure's `benefit`),
/// as (JSON spelling, label); empty for any other field.
pub fn choices(name: &str) -> Vec<(&'static str, &'static str)> {
    fn known<T: Choice>() -> Vec<(&'static str, &'static str)> {
        T::all().iter().filter(|v| v.as_str() != "unknown").map(|v| (v.as_str(), v.label())).collect()
    }
    match name {
        "menopause" => known::<Menopause>(),
        "er" | "pr" | "primary_er" | "primary_pr" => known::<Receptor>(),
        "her2" | "primary_her2" => known::<Her2>(),
        "receptor_source" => known::<ReceptorSource>(),
        "biopsy" => known::<Biopsy>(),
        "brca" => known::<Brca>(),
        "benefit" => known::<Benefit>(),
        "her2_ihc" => known::<Her2Ihc>(),
        "pdl1_cps" => known::<PdL1Cps>(),
        "pi3k_pathway" => known::<Pi3kPathway>(),
        "esr1_mutation" | "prior_cdk46_inhibitor" => known::<Tri>(),
        "amenorrhea_after_chemo"
        | "ovarian_suppression"
        | "staging_done"
        | "visceral_crisis"
        | "rapid_progression"
        | "lvef_reduced"
        | "neuropathy"
        | "hepatic_impairment"
        | "renal_impairment"
        | "vte_history"
        | "trial_interest" => known::<Tri>(),
        _ => Vec::new(),
    }
}
