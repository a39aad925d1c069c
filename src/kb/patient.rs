//! The options in plain words, for the patient view: what each is, what the
//! studies showed and which side effects they reported. How each is given and
//! its common and serious side effects are the drug facts (`drug_facts.rs`).
//! Every statement names its source, and every number in it must appear in
//! that source (`tests/patient_text.rs` checks it): a reference of
//! EVIDENCE.md, or the option's own summary and notes from ALGORITHM.md.
//! Where the sources say nothing, the view says so rather than fill the gap.

use crate::ids::{NodeId, OptionId, RefId};
use OptionId::*;
use RefId::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Ref(RefId),
    /// The option's summary and standing notes (ALGORITHM.md §3–§5).
    Spec,
}

/// One arm of a study, as "N out of every 100" and an icon array.
pub struct Group {
    pub label: &'static str,
    /// The percentage exactly as the source gives it.
    pub percent: &'static str,
}

impl Group {
    /// The percentage rounded half up, for the words and the icons. Read
    /// from its digits: reading it as a float would bring core's float
    /// parser and its tables into the browser's module for this one use.
    pub fn per_100(&self) -> usize {
        let (whole, decimals) = self.percent.split_once('.').unwrap_or((self.percent, ""));
        whole.parse::<usize>().unwrap_or(0) + usize::from(decimals.starts_with(['5', '6', '7', '8', '9']))
    }
}

pub struct Finding {
    pub source: Source,
    pub text: &'static str,
    pub groups: &'static [Group],
}

pub struct PatientOption {
    pub id: OptionId,
    pub name: &'static str,
    pub what: &'static str,
    /// What the studies showed.
    pub benefits: &'static [Finding],
    /// The side effects and precautions the sources report.
    pub harms: &'static [Finding],
}

impl PatientOption {
    /// No study result behind the benefits: the view says so.
    pub fn benefits_unstudied(&self) -> bool {
        !has_study(self.benefits)
    }

    /// No study figure behind the harms: the view says so, whatever precautions are listed.
    pub fn harms_unstudied(&self) -> bool {
        !has_study(self.harms)
    }
}

impl PatientOption {
    /// What the studies showed, for a case at this path: a study run at a step
    /// of the sequence replaces the usual finding when the case is at that
    /// step, so the figures match the line of therapy.
    pub fn benefits_at(&self, path: &[NodeId]) -> &'static [Finding] {
        BY_STEP.iter().find(|s| s.id == self.id && path.contains(&s.step)).map_or(self.benefits, |s| s.benefits)
    }
}

impl PatientOption {
    /// The comparison grid's study result: the card's first finding of what
    /// the studies showed, at this path. The grid gives the side effects the
    /// studies reported beside it in full (`harms`), so a benefit never
    /// stands there alone.
    pub fn headline_benefit(&self, path: &[NodeId]) -> Option<&'static Finding> {
        self.benefits_at(path).first()
    }
}

/// A study of one step of the sequence, shown for the option at that step.
pub struct StepFindings {
    pub id: OptionId,
    pub step: NodeId,
    pub benefits: &'static [Finding],
}

/// After a non-steroidal AI, exemestane and fulvestrant were compared in EFECT.
const EFECT: Finding = Finding {
    source: Source::Ref(Chia2008),
    text: "In a study of 693 women whose cancer grew after letrozole or anastrozole, fulvestrant and exemestane were compared. The typical time before the cancer grew was 3.7 months with each. The cancer shrank or stopped growing for a time in about:",
    groups: &[g("fulvestrant", "32.2"), g("exemestane", "31.5")],
};

pub static BY_STEP: &[StepFindings] = &[
    StepFindings { id: Exemestane, step: NodeId::TPostAfterNsai, benefits: &[EFECT] },
    StepFindings { id: Fulvestrant, step: NodeId::TPostAfterNsai, benefits: &[EFECT] },
];

fn has_study(findings: &[Finding]) -> bool {
    findings.iter().any(|f| matches!(f.source, Source::Ref(_)))
}

pub const BENEFITS_NOT_IN_SOURCES: &str = "Our sources give no study results for it. The guide lists it as a standard choice. Ask your care team what to expect.";
pub const HARMS_NOT_IN_SOURCES: &str = "The studies in this guide give no figures for its side effects. That does not mean it has none: see the lists below.";

const fn f(source: RefId, text: &'static str) -> Finding {
    Finding { source: Source::Ref(source), text, groups: &[] }
}

const fn spec(text: &'static str) -> Finding {
    Finding { source: Source::Spec, text, groups: &[] }
}

const fn g(label: &'static str, percent: &'static str) -> Group {
    Group { label, percent }
}

const TAMOXIFEN_HARMS: Finding = spec("Tamoxifen raises the risk of blood clots. It can change the lining of the womb. Tell your team about every medicine you take. Some antidepressants can make tamoxifen work less well. Do not stop any medicine without asking your team first.");
const FLARE: Finding = spec("In the first weeks, bone pain may get worse for a while (a flare). This may not mean the cancer is growing. Your team may check the calcium in your blood.");
const CLOTS: Finding = spec("It raises the risk of blood clots.");
const COMBINED_BENEFIT: Finding = f(Carrick2009, "In 43 studies with 9,742 women, people given two or more drugs together lived a little longer than people given one drug at a time. But the gain came mostly from studies that did not plan to give the other drug later.");
const COMBINED_HARMS: Finding = f(Carrick2009, "In the same 43 studies, drugs given together caused more hair loss, sickness and vomiting, and more low white blood cell counts.");
const HEART: Finding = Finding {
    source: Source::Ref(Swain2003),
    text:
        "Doxorubicin can harm the heart. The risk grows with the total dose over a lifetime. Heart failure happened in:",
    groups: &[g("a lower total dose", "5"), g("a higher total dose", "26")],
};
const HEART_LIMIT: Finding = spec("So the number of cycles is limited, and the heart is checked with scans.");
const SEVERE_DOCETAXEL: Finding = Finding {
    source: Source::Ref(Oshaughnessy2002),
    text: "In a study of 511 women, severe side effects happened in:",
    groups: &[g("docetaxel with capecitabine", "71"), g("docetaxel alone", "49")],
};
/// A study of the two drugs together, on the card of the two together.
const IXABEPILONE_CAPECITABINE_SHRANK: Finding = Finding {
    source: Source::Ref(Thomas2007),
    text: "A study of 752 women compared ixabepilone with capecitabine to capecitabine alone. Women did not live longer with both drugs. The cancer shrank in:",
    groups: &[g("ixabepilone with capecitabine", "35"), g("capecitabine alone", "14")],
};
/// The same study on ixabepilone's own card: it was only given with capecitabine.
const IXABEPILONE_IN_COMBINATION: Finding = Finding {
    source: Source::Ref(Thomas2007),
    text: "A study of 752 women compared ixabepilone with capecitabine to capecitabine alone. It did not test ixabepilone on its own: ixabepilone was one of the two drugs given together. Women did not live longer with both drugs, in this study or a second one. The cancer shrank in:",
    groups: &[g("ixabepilone with capecitabine", "35"), g("capecitabine alone", "14")],
};
/// The same study on capecitabine's own card: capecitabine alone was the group it was compared with.
const CAPECITABINE_AS_COMPARISON: Finding = Finding {
    source: Source::Ref(Thomas2007),
    text: "A study of 752 women gave capecitabine alone to one group and ixabepilone with capecitabine to the other. Capecitabine alone was the comparison group. So the study shows what adding ixabepilone did, not how capecitabine compares with other choices. Women did not live longer with both drugs, in this study or a second one. The cancer shrank in:",
    groups: &[g("capecitabine alone", "14"), g("ixabepilone with capecitabine", "35")],
};
const IXABEPILONE_HARMS: Finding = Finding {
    source: Source::Ref(Thomas2007),
    text: "In the same study, severe nerve damage (numbness or tingling) happened in women given both drugs. More women with liver problems died from side effects.",
    groups: &[g("ixabepilone with capecitabine", "21")],
};
const NOT_IN_EU: Finding = spec("Ixabepilone is not allowed for use in the EU.");
const TRIAL_HARMS: Finding =
    spec("Each trial is different. Before you join, the trial team must explain its possible risks and side effects.");

pub static PATIENT_OPTIONS: &[PatientOption] = &[
    PatientOption {
        id: OfsTamoxifen,
        name: "Stopping the ovaries, plus tamoxifen",
        what: "Two treatments together. One stops the ovaries from working. The other is tamoxifen, a hormone therapy.",
        benefits: &[f(Klijn2001, "4 studies with 506 women before menopause compared both treatments with stopping the ovaries alone. Women given both lived longer, and their cancer took longer to grow. The cancer also shrank in more of them. The women were followed for a typical 6.8 years.")],
        harms: &[TAMOXIFEN_HARMS, FLARE],
    },
    PatientOption {
        id: OfsAi,
        name: "Stopping the ovaries, plus an aromatase inhibitor",
        what: "Two treatments together. One stops the ovaries from working. The other is a hormone therapy called an aromatase inhibitor, which is only used with the ovaries stopped.",
        benefits: &[],
        harms: &[],
    },
    PatientOption {
        id: Tamoxifen,
        name: "Tamoxifen",
        what: "A hormone therapy.",
        benefits: &[
            Finding {
                source: Source::Ref(Paridaens2008),
                text: "In a study of 371 women, tamoxifen was compared with exemestane as the first hormone therapy. The time before the cancer grew was not clearly different, and survival did not differ. The cancer shrank in:",
                groups: &[g("tamoxifen", "31"), g("exemestane", "46")],
            },
            f(Bonneterre2000, "In a study of 668 women, the typical time before the cancer grew was about the same with tamoxifen (8.3 months) as with anastrozole (8.2 months)."),
        ],
        harms: &[
            Finding {
                source: Source::Ref(Bonneterre2000),
                text: "In the same study of 668 women, blood clots happened in:",
                groups: &[g("tamoxifen", "7.3"), g("anastrozole", "4.8")],
            },
            TAMOXIFEN_HARMS,
        ],
    },
    PatientOption {
        id: Nsai,
        name: "Letrozole or anastrozole",
        what: "A hormone therapy called an aromatase inhibitor, used after menopause.",
        benefits: &[
            Finding {
                source: Source::Ref(Mouridsen2001),
                text: "In a study of 907 women, letrozole was compared with tamoxifen as the first hormone therapy. The cancer shrank in:",
                groups: &[g("letrozole", "30"), g("tamoxifen", "20")],
            },
            f(Mouridsen2003, "The typical time before the cancer grew was 9.4 months with letrozole and 6.0 months with tamoxifen. The gap in survival (34 and 30 months) could have been chance."),
        ],
        harms: &[
            Finding {
                source: Source::Ref(Bonneterre2000),
                text: "In a study of 668 women, blood clots happened in:",
                groups: &[g("anastrozole", "4.8"), g("tamoxifen", "7.3")],
            },
            Finding {
                source: Source::Ref(Bonneterre2000),
                text: "In the same study, bleeding from the vagina happened in:",
                groups: &[g("anastrozole", "1.2"), g("tamoxifen", "2.4")],
            },
        ],
    },
    PatientOption {
        id: Exemestane,
        name: "Exemestane",
        what: "A hormone therapy: another kind of aromatase inhibitor, used after menopause.",
        benefits: &[
            Finding {
                source: Source::Ref(Paridaens2008),
                text: "In a study of 371 women, exemestane was compared with tamoxifen as the first hormone therapy. The time before the cancer grew was not clearly different, and survival did not differ. The cancer shrank in:",
                groups: &[g("exemestane", "46"), g("tamoxifen", "31")],
            },
        ],
        harms: &[],
    },
    PatientOption {
        id: ExemestaneEverolimus,
        name: "Exemestane with everolimus",
        what: "Two medicines together. Exemestane is a hormone therapy. Everolimus is a medicine that works in another way.",
        benefits: &[f(Baselga2012, "In a study of 724 women whose cancer grew after letrozole or anastrozole, the typical time before the cancer grew was 6.9 months with both medicines and 2.8 months with exemestane alone. In early 2012, no one knew yet if it helps people live longer.")],
        harms: &[
            Finding {
                source: Source::Ref(Baselga2012),
                text: "In the same study, severe mouth sores happened in:",
                groups: &[g("exemestane with everolimus", "8"), g("exemestane alone", "1")],
            },
            Finding {
                source: Source::Ref(Baselga2012),
                text: "Severe inflamed lungs (pneumonitis) happened in:",
                groups: &[g("exemestane with everolimus", "3"), g("exemestane alone", "0")],
            },
            spec("Everolimus can also raise blood sugar and interact with other medicines. More deaths were reported in people aged 65 or older."),
        ],
    },
    PatientOption {
        id: Fulvestrant,
        name: "Fulvestrant",
        what: "A hormone therapy, used after menopause.",
        benefits: &[
            Finding {
                source: Source::Ref(Dileo2010),
                text: "The dose used is the higher of two. A study of 736 women found it worked better than the lower dose. The cancer shrank or stopped growing for a time in:",
                groups: &[g("the higher dose, the one used", "45.6"), g("the lower dose", "39.6")],
            },
        ],
        harms: &[],
    },
    PatientOption {
        id: Megestrol,
        name: "Megestrol",
        what: "A hormone therapy (a progestin).",
        benefits: &[],
        harms: &[CLOTS, FLARE],
    },
    PatientOption {
        id: Estradiol,
        name: "Estradiol",
        what: "A form of the hormone estrogen. It is used after menopause, when other hormone therapies have stopped working.",
        benefits: &[Finding {
            source: Source::Ref(Ellis2009),
            text: "In a small study of 66 women, a low dose and a high dose were compared. The cancer shrank or stopped growing for a time in about:",
            groups: &[g("the low dose", "29"), g("the high dose", "28")],
        }],
        harms: &[f(Ellis2009, "In the same study, severe side effects were more common with the high dose."), CLOTS, FLARE],
    },
    PatientOption {
        id: Anthracycline,
        name: "Doxorubicin or epirubicin",
        what: "A type of chemotherapy called an anthracycline.",
        benefits: &[Finding {
            source: Source::Ref(Sledge2003),
            text: "In a study of 739 women, each given a first chemotherapy, survival was not clearly different between the groups. The cancer shrank in:",
            groups: &[g("doxorubicin", "36"), g("paclitaxel", "34")],
        },
        f(Obrien2004, "In another study of 509 women, the typical time before the cancer grew was 7.8 months with doxorubicin.")],
        harms: &[HEART, HEART_LIMIT],
    },
    PatientOption {
        id: Pld,
        name: "Liposomal doxorubicin",
        what: "A special form of doxorubicin, a chemotherapy.",
        benefits: &[f(Obrien2004, "In a study of 509 women, it worked about as well as ordinary doxorubicin. The typical time before the cancer grew was 6.9 months, and 7.8 months with ordinary doxorubicin.")],
        harms: &[
            Finding {
                source: Source::Ref(Obrien2004),
                text: "In the same study, sore, red hands and feet (hand-foot syndrome) happened in:",
                groups: &[g("liposomal doxorubicin", "48"), g("ordinary doxorubicin", "2")],
            },
            f(Obrien2004, "Harm to the heart was 3.16 times more likely with ordinary doxorubicin."),
        ],
    },
    PatientOption {
        id: PaclitaxelWeekly,
        name: "Weekly paclitaxel",
        what: "A chemotherapy called a taxane, given once a week.",
        benefits: &[Finding {
            source: Source::Ref(Seidman2008),
            text: "In a study of 735 women, paclitaxel once a week was compared with paclitaxel every 3 weeks. The cancer shrank in:",
            groups: &[g("once a week", "42"), g("every 3 weeks", "29")],
        }],
        harms: &[
            f(Seidman2008, "In the same study, nerve damage (numbness or tingling) was more common with the weekly plan."),
            spec("It is not used if nerve damage is already a problem. Your team takes care if your liver is not working fully."),
        ],
    },
    PatientOption {
        id: Docetaxel,
        name: "Docetaxel",
        what: "A chemotherapy called a taxane.",
        benefits: &[f(Oshaughnessy2002, "In a study of 511 women, docetaxel alone was the comparison group, and the other group had docetaxel with capecitabine. So the study shows what adding capecitabine did. The typical survival was 11.5 months with docetaxel alone and 14.5 months with both drugs. Many women given docetaxel alone never had capecitabine later.")],
        harms: &[SEVERE_DOCETAXEL, spec("It is not used if nerve damage is already a problem or the liver is not working fully.")],
    },
    PatientOption {
        id: NabPaclitaxel,
        name: "nab-paclitaxel",
        what: "A form of paclitaxel, a chemotherapy called a taxane.",
        benefits: &[Finding {
            source: Source::Ref(Gradishar2005),
            text: "In a study of 454 women, the cancer shrank in:",
            groups: &[g("nab-paclitaxel", "33"), g("ordinary paclitaxel", "19")],
        }],
        harms: &[Finding {
            source: Source::Ref(Gradishar2005),
            text: "In the same study, severe nerve damage (numbness or tingling) happened in:",
            groups: &[g("nab-paclitaxel", "10"), g("ordinary paclitaxel", "2")],
        }],
    },
    PatientOption {
        id: Capecitabine,
        name: "Capecitabine",
        what: "A chemotherapy taken by mouth.",
        benefits: &[CAPECITABINE_AS_COMPARISON],
        harms: &[spec("It is not used if the kidneys work poorly.")],
    },
    PatientOption {
        id: Eribulin,
        name: "Eribulin",
        what: "A chemotherapy, used after an anthracycline and a taxane.",
        benefits: &[f(Cortes2011, "In a study of 762 women who had had 2 to 5 earlier chemotherapies, the typical survival was 13.1 months with eribulin and 10.6 months with other treatments. The time before the cancer grew was not clearly different.")],
        harms: &[spec("It is not used if nerve damage is already a problem. Your team takes care if your liver or kidneys do not work fully.")],
    },
    PatientOption {
        id: Vinorelbine,
        name: "Vinorelbine",
        what: "A chemotherapy.",
        benefits: &[],
        harms: &[spec("Your team takes care if you have nerve damage or your liver does not work fully.")],
    },
    PatientOption {
        id: Gemcitabine,
        name: "Gemcitabine",
        what: "A chemotherapy.",
        benefits: &[f(Albain2008, "In a study of 529 women, gemcitabine was given with paclitaxel and compared with paclitaxel alone. It did not test gemcitabine on its own: gemcitabine was one of the two drugs given together. The typical survival was 18.6 months with both drugs and 15.8 months with paclitaxel alone.")],
        harms: &[spec("Your team takes care if your liver or kidneys do not work fully.")],
    },
    PatientOption {
        id: Ixabepilone,
        name: "Ixabepilone",
        what: "A chemotherapy, used after an anthracycline and a taxane.",
        benefits: &[IXABEPILONE_IN_COMBINATION],
        harms: &[IXABEPILONE_HARMS, NOT_IN_EU],
    },
    PatientOption {
        id: Platinum,
        name: "Cisplatin or carboplatin",
        what: "A platinum chemotherapy.",
        benefits: &[Finding {
            source: Source::Ref(Isakoff2011),
            text: "In a study of women with triple-negative cancer, the cancer shrank in:",
            groups: &[g("all the women", "25.6"), g("women with a BRCA gene change", "54.5")],
        }],
        harms: &[spec("Your team takes care if you have nerve damage or your kidneys do not work fully.")],
    },
    PatientOption {
        id: AcEc,
        name: "AC or EC",
        what: "Two chemotherapy drugs together: doxorubicin or epirubicin, with cyclophosphamide.",
        benefits: &[COMBINED_BENEFIT],
        harms: &[COMBINED_HARMS, HEART_LIMIT],
    },
    PatientOption {
        id: FacFec,
        name: "FAC or FEC",
        what: "Three chemotherapy drugs together: fluorouracil, doxorubicin or epirubicin, and cyclophosphamide.",
        benefits: &[COMBINED_BENEFIT],
        harms: &[COMBINED_HARMS, HEART_LIMIT],
    },
    PatientOption {
        id: At,
        name: "An anthracycline with a taxane",
        what: "Two chemotherapy drugs together: doxorubicin or epirubicin, with a taxane.",
        benefits: &[Finding {
            source: Source::Ref(Sledge2003),
            text: "In a study of 739 women, those given one drug were planned to get the other drug later. Women given both drugs together did not clearly live longer. The cancer shrank in:",
            groups: &[g("both drugs together", "47"), g("doxorubicin alone", "36")],
        }],
        harms: &[COMBINED_HARMS, HEART_LIMIT],
    },
    PatientOption {
        id: Cmf,
        name: "CMF",
        what: "Three chemotherapy drugs together: cyclophosphamide, methotrexate and fluorouracil.",
        benefits: &[],
        harms: &[],
    },
    PatientOption {
        id: DocetaxelCapecitabine,
        name: "Docetaxel with capecitabine",
        what: "Two chemotherapy drugs together.",
        benefits: &[f(Oshaughnessy2002, "In a study of 511 women, the typical survival was 14.5 months with both drugs and 11.5 months with docetaxel alone. Many women given docetaxel alone never had capecitabine later.")],
        harms: &[SEVERE_DOCETAXEL],
    },
    PatientOption {
        id: GemcitabinePaclitaxel,
        name: "Gemcitabine with paclitaxel",
        what: "Two chemotherapy drugs together.",
        benefits: &[f(Albain2008, "In a study of 529 women, the typical survival was 18.6 months with both drugs and 15.8 months with paclitaxel alone.")],
        harms: &[COMBINED_HARMS],
    },
    PatientOption {
        id: IxabepiloneCapecitabine,
        name: "Ixabepilone with capecitabine",
        what: "Two chemotherapy drugs together. They are used after an anthracycline and a taxane.",
        benefits: &[IXABEPILONE_CAPECITABINE_SHRANK, f(Sparano2010, "In a second study of 1,221 women, people did not live longer with both drugs (16.4 and 15.6 months): the gap could have been chance.")],
        harms: &[IXABEPILONE_HARMS, NOT_IN_EU],
    },
    PatientOption {
        id: GemcitabineCarboplatin,
        name: "Gemcitabine with carboplatin",
        what: "Two chemotherapy drugs together.",
        benefits: &[COMBINED_BENEFIT],
        harms: &[COMBINED_HARMS],
    },
    PatientOption {
        id: ParpTrial,
        name: "A trial of a PARP inhibitor",
        what: "A clinical trial of a newer kind of medicine for people with a BRCA gene change. When this guide was written, these medicines were only given in trials.",
        benefits: &[f(Tutt2010, "In an early study of 27 women with a BRCA gene change, the cancer shrank in 41 out of every 100 at the higher dose.")],
        harms: &[TRIAL_HARMS],
    },
    PatientOption {
        id: ClinicalTrial,
        name: "A clinical trial",
        what: "A study that tests a new treatment, or a new way to give one. Joining is always your choice.",
        benefits: &[],
        harms: &[TRIAL_HARMS],
    },
    PatientOption {
        id: BestSupportiveCare,
        name: "Supportive care",
        what: "Care that treats symptoms and aims for the best quality of life, with a palliative care team.",
        benefits: &[f(Smith2012, "Experts advise care for comfort alongside cancer care. This is for people whose cancer has spread, or who have many symptoms.")],
        harms: &[],
    },
    PatientOption {
        id: BoneModifyingAgent,
        name: "A medicine for the bones",
        what: "A medicine for cancer that has spread to bone: zoledronic acid, pamidronate or denosumab.",
        benefits: &[f(Stopeck2010, "In a study of 2,046 women, denosumab put off the first bone problem caused by the cancer for longer than zoledronic acid. Survival was the same.")],
        harms: &[
            f(Stopeck2010, "In the same study, low calcium in the blood was more common with denosumab."),
            spec("You need a dental check first, because these medicines can harm the jaw bone. Your kidneys are checked before each dose of zoledronic acid or pamidronate."),
        ],
    },
];

/// The plain-language entry of an option; every option the engine can offer has one.
pub fn patient_option(id: OptionId) -> Option<&'static PatientOption> {
    PATIENT_OPTIONS.iter().find(|p| p.id == id)
}

/// The strategy in plain words.
pub fn strategy(s: crate::assessment::Strategy) -> &'static str {
    use crate::assessment::Strategy::*;
    match s {
        Workup => "More tests are needed before a treatment can be chosen.",
        Endocrine => "The guide's next step is hormone therapy. This is also called endocrine therapy.",
        Chemotherapy => "The guide's next step is chemotherapy.",
        OutOfScope => "This guide does not cover this type of cancer (HER2-positive).",
    }
}

pub fn chemo_mode(m: crate::assessment::ChemoMode) -> &'static str {
    use crate::assessment::ChemoMode::*;
    match m {
        Sequential => "One chemotherapy drug at a time.",
        Combination => "Two or more chemotherapy drugs together.",
    }
}

pub const PROVISIONAL: &str = "These results may change when more is known.";
