//! Every management option (ALGORITHM.md §3, §5, §6): what it is, which drug
//! classes it contains (resistance, prior toxicity and the invariants work by
//! class), how neuropathy, liver and kidney function bear on it, its standing
//! cautions and its references.

use crate::ids::{NodeId, OptionId, RefId};
use OptionId::*;
use RefId::*;

/// Drug classes (§1 "classes"): an exposure to a class makes every option
/// containing it resistant or cautioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Class {
    Nsai,
    Exemestane,
    Tamoxifen,
    Everolimus,
    Fulvestrant,
    Megestrol,
    Estradiol,
    Anthracycline,
    Taxane,
    Capecitabine,
    Eribulin,
    Vinorelbine,
    Gemcitabine,
    Ixabepilone,
    Platinum,
    Cmf,
}

impl Class {
    pub fn label(self) -> &'static str {
        match self {
            Class::Nsai => "non-steroidal aromatase inhibitors",
            Class::Exemestane => "exemestane",
            Class::Tamoxifen => "tamoxifen",
            Class::Everolimus => "everolimus",
            Class::Fulvestrant => "fulvestrant",
            Class::Megestrol => "megestrol",
            Class::Estradiol => "estradiol",
            Class::Anthracycline => "anthracyclines",
            Class::Taxane => "taxanes",
            Class::Capecitabine => "capecitabine",
            Class::Eribulin => "eribulin",
            Class::Vinorelbine => "vinorelbine",
            Class::Gemcitabine => "gemcitabine",
            Class::Ixabepilone => "ixabepilone",
            Class::Platinum => "platinum",
            Class::Cmf => "CMF",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Endocrine,
    Chemotherapy,
    Combination,
    /// Listed only to say why not (bevacizumab, iniparib, ET with chemotherapy).
    Other,
    Trial,
    Supportive,
}

/// How an organ-function input bears on an option (§3.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    Caution,
    Excluded,
}

pub struct OptionDef {
    pub id: OptionId,
    pub name: &'static str,
    pub kind: Kind,
    pub contains: &'static [Class],
    /// What it is, as the spec states it.
    pub summary: &'static str,
    /// Standing cautions, shown whenever it is listed.
    pub notes: &'static [&'static str],
    pub neuropathy: Effect,
    pub hepatic: Effect,
    pub renal: Effect,
    /// Thromboembolic risk (§3.1 cautions): `vte_history = yes` is a relative contraindication.
    pub thrombotic: bool,
    pub refs: &'static [RefId],
}

impl OptionDef {
    pub fn contains(&self, class: Class) -> bool {
        self.contains.contains(&class)
    }

    pub fn is_anthracycline(&self) -> bool {
        self.contains(Class::Anthracycline)
    }
}

const FLARE: &str = "flare: worse bone pain or rising markers in the first weeks may be flare rather than progression; check calcium (flare hypercalcaemia occurs in a few per cent with bone metastases)";
const TAMOXIFEN: &str = "endometrial effects; avoid strong CYP2D6 inhibitors (paroxetine, fluoxetine)";
const THROMBOSIS: &str = "thromboembolism risk";
const EVEROLIMUS: &str =
    "everolimus: stomatitis, pneumonitis, hyperglycaemia, CYP3A4 interactions; more deaths reported at age ≥ 65";
const ANTHRACYCLINE_CAP: &str = "not continued to progression: cycles are capped so the cumulative dose stays below 450 mg/m² (lower with prior chest radiotherapy, age > 65 or cardiac risk), with LVEF monitoring";
const STANDARD: &[RefId] = &[Nccn2011, Gogineni2012];

const fn opt(id: OptionId, name: &'static str, kind: Kind, contains: &'static [Class]) -> OptionDef {
    OptionDef {
        id,
        name,
        kind,
        contains,
        summary: "",
        notes: &[],
        neuropathy: Effect::None,
        hepatic: Effect::None,
        renal: Effect::None,
        thrombotic: false,
        refs: STANDARD,
    }
}

use Class as C;
use Effect::{Caution, Excluded};
use Kind::*;

pub static OPTIONS: &[OptionDef] = &[
    OptionDef {
        summary: "Ovarian suppression or ablation (LHRH agonist, oophorectomy or ovarian irradiation) with tamoxifen",
        notes: &[THROMBOSIS, TAMOXIFEN, FLARE],
        thrombotic: true,
        refs: &[Klijn2001],
        ..opt(OfsTamoxifen, "Ovarian suppression + tamoxifen", Endocrine, &[C::Tamoxifen])
    },
    OptionDef {
        summary: "Ovarian suppression or ablation with an aromatase inhibitor (an AI only with ovarian suppression or ablation)",
        ..opt(OfsAi, "Ovarian suppression + aromatase inhibitor", Endocrine, &[])
    },
    OptionDef {
        summary: "Tamoxifen 20 mg (the dose of the trials cited)",
        notes: &[THROMBOSIS, TAMOXIFEN, FLARE],
        thrombotic: true,
        refs: &[Bonneterre2000, Paridaens2008],
        ..opt(Tamoxifen, "Tamoxifen", Endocrine, &[C::Tamoxifen])
    },
    OptionDef {
        summary: "Non-steroidal aromatase inhibitor: letrozole 2.5 mg or anastrozole 1 mg (the doses of the trials cited)",
        refs: &[Mouridsen2001, Mouridsen2003, Nabholtz2000, Bonneterre2000],
        ..opt(Nsai, "Non-steroidal aromatase inhibitor (letrozole, anastrozole)", Endocrine, &[C::Nsai])
    },
    OptionDef {
        summary: "Exemestane 25 mg (steroidal aromatase inhibitor)",
        refs: &[Paridaens2008, Chia2008],
        ..opt(Exemestane, "Exemestane", Endocrine, &[C::Exemestane])
    },
    OptionDef {
        summary: "Everolimus with exemestane",
        notes: &[EVEROLIMUS],
        hepatic: Caution,
        refs: &[Baselga2012],
        ..opt(ExemestaneEverolimus, "Exemestane + everolimus", Endocrine, &[C::Exemestane, C::Everolimus])
    },
    OptionDef {
        summary: "Tamoxifen with everolimus",
        notes: &[EVEROLIMUS, THROMBOSIS, TAMOXIFEN],
        thrombotic: true,
        refs: &[Bachelot2012],
        ..opt(TamoxifenEverolimus, "Tamoxifen + everolimus", Endocrine, &[C::Tamoxifen, C::Everolimus])
    },
    OptionDef {
        summary: "Fulvestrant 500 mg",
        refs: &[Robertson2009, Dileo2010, Chia2008],
        ..opt(Fulvestrant, "Fulvestrant 500 mg", Endocrine, &[C::Fulvestrant])
    },
    OptionDef {
        summary: "Anastrozole with fulvestrant",
        refs: &[Bergh2012, Mehta2012, Nccn2011, Gogineni2012],
        ..opt(AnastrozoleFulvestrant, "Anastrozole + fulvestrant", Endocrine, &[C::Nsai, C::Fulvestrant])
    },
    OptionDef {
        summary: "Megestrol acetate (a progestin)",
        notes: &[THROMBOSIS, FLARE],
        thrombotic: true,
        ..opt(Megestrol, "Megestrol acetate", Endocrine, &[C::Megestrol])
    },
    OptionDef {
        summary: "Estradiol 6 mg daily",
        notes: &[THROMBOSIS, FLARE],
        thrombotic: true,
        refs: &[Ellis2009],
        ..opt(Estradiol, "Estradiol", Endocrine, &[C::Estradiol])
    },
    OptionDef {
        summary: "Doxorubicin or epirubicin",
        notes: &[ANTHRACYCLINE_CAP],
        hepatic: Caution,
        refs: &[Sledge2003, Obrien2004, Swain2003],
        ..opt(Anthracycline, "Anthracycline (doxorubicin or epirubicin)", Chemotherapy, &[C::Anthracycline])
    },
    OptionDef {
        summary: "Pegylated liposomal doxorubicin 50 mg/m² every 4 weeks",
        notes: &[ANTHRACYCLINE_CAP],
        hepatic: Caution,
        refs: &[Obrien2004],
        ..opt(Pld, "Pegylated liposomal doxorubicin", Chemotherapy, &[C::Anthracycline])
    },
    OptionDef {
        summary: "Paclitaxel 80 mg/m² weekly",
        neuropathy: Excluded,
        hepatic: Caution,
        refs: &[Seidman2008],
        ..opt(PaclitaxelWeekly, "Weekly paclitaxel", Chemotherapy, &[C::Taxane])
    },
    OptionDef {
        summary: "Docetaxel",
        neuropathy: Excluded,
        hepatic: Excluded,
        refs: &[Oshaughnessy2002],
        ..opt(Docetaxel, "Docetaxel", Chemotherapy, &[C::Taxane])
    },
    OptionDef {
        summary: "nab-paclitaxel",
        neuropathy: Excluded,
        hepatic: Caution,
        refs: &[Gradishar2005],
        ..opt(NabPaclitaxel, "nab-paclitaxel", Chemotherapy, &[C::Taxane])
    },
    OptionDef {
        summary: "Capecitabine (oral)",
        renal: Excluded,
        refs: &[Thomas2007, Oshaughnessy2002],
        ..opt(Capecitabine, "Capecitabine", Chemotherapy, &[C::Capecitabine])
    },
    OptionDef {
        summary: "Eribulin",
        neuropathy: Excluded,
        hepatic: Caution,
        renal: Caution,
        refs: &[Cortes2011],
        ..opt(Eribulin, "Eribulin", Chemotherapy, &[C::Eribulin])
    },
    OptionDef {
        summary: "Vinorelbine",
        neuropathy: Caution,
        hepatic: Caution,
        ..opt(Vinorelbine, "Vinorelbine", Chemotherapy, &[C::Vinorelbine])
    },
    OptionDef {
        summary: "Gemcitabine",
        hepatic: Caution,
        renal: Caution,
        refs: &[Albain2008],
        ..opt(Gemcitabine, "Gemcitabine", Chemotherapy, &[C::Gemcitabine])
    },
    OptionDef {
        summary: "Ixabepilone (not authorised in the EU)",
        neuropathy: Excluded,
        hepatic: Caution,
        refs: &[Thomas2007],
        ..opt(Ixabepilone, "Ixabepilone", Chemotherapy, &[C::Ixabepilone])
    },
    OptionDef {
        summary: "Cisplatin or carboplatin",
        neuropathy: Caution,
        renal: Caution,
        refs: &[Isakoff2011, Byrski2012, Nccn2011, Gogineni2012],
        ..opt(Platinum, "Platinum (cisplatin or carboplatin)", Chemotherapy, &[C::Platinum])
    },
    OptionDef {
        summary: "Doxorubicin or epirubicin with cyclophosphamide",
        notes: &[ANTHRACYCLINE_CAP],
        ..opt(AcEc, "AC / EC", Combination, &[C::Anthracycline])
    },
    OptionDef {
        summary: "Fluorouracil, doxorubicin or epirubicin, cyclophosphamide",
        notes: &[ANTHRACYCLINE_CAP],
        ..opt(FacFec, "FAC / FEC", Combination, &[C::Anthracycline])
    },
    OptionDef {
        summary: "Doxorubicin or epirubicin with a taxane (the E1193 combination)",
        notes: &[ANTHRACYCLINE_CAP],
        neuropathy: Excluded,
        refs: &[Sledge2003, Nccn2011, Gogineni2012],
        ..opt(At, "Anthracycline + taxane (AT)", Combination, &[C::Anthracycline, C::Taxane])
    },
    OptionDef {
        summary: "Cyclophosphamide, methotrexate, fluorouracil: a combination regimen, listed for sequential use",
        ..opt(Cmf, "CMF", Chemotherapy, &[C::Cmf])
    },
    OptionDef {
        summary: "Docetaxel with capecitabine",
        neuropathy: Excluded,
        hepatic: Excluded,
        renal: Excluded,
        refs: &[Oshaughnessy2002],
        ..opt(DocetaxelCapecitabine, "Docetaxel + capecitabine", Combination, &[C::Taxane, C::Capecitabine])
    },
    OptionDef {
        summary: "Gemcitabine with paclitaxel",
        neuropathy: Excluded,
        refs: &[Albain2008],
        ..opt(GemcitabinePaclitaxel, "Gemcitabine + paclitaxel", Combination, &[C::Gemcitabine, C::Taxane])
    },
    OptionDef {
        summary: "Ixabepilone with capecitabine (not authorised in the EU)",
        neuropathy: Excluded,
        hepatic: Excluded,
        renal: Excluded,
        refs: &[Thomas2007, Sparano2010],
        ..opt(IxabepiloneCapecitabine, "Ixabepilone + capecitabine", Combination, &[C::Ixabepilone, C::Capecitabine])
    },
    OptionDef {
        summary: "Gemcitabine with carboplatin",
        ..opt(GemcitabineCarboplatin, "Gemcitabine + carboplatin", Combination, &[C::Gemcitabine, C::Platinum])
    },
    OptionDef {
        summary: "Paclitaxel with bevacizumab",
        notes: &["contraindications: uncontrolled hypertension, recent surgery or bleeding, proteinuria"],
        refs: &[Miller2007, Miles2010, Robert2011, Fda2011],
        ..opt(PaclitaxelBevacizumab, "Paclitaxel + bevacizumab", Other, &[C::Taxane])
    },
    OptionDef {
        summary: "Endocrine therapy given at the same time as chemotherapy",
        ..opt(ConcurrentEtChemo, "Endocrine therapy with chemotherapy", Other, &[])
    },
    OptionDef {
        summary: "Iniparib with gemcitabine and carboplatin",
        refs: &[Oshaughnessy2011, Oshaughnessy2014],
        ..opt(Iniparib, "Iniparib", Other, &[])
    },
    OptionDef {
        summary: "A clinical trial of a PARP inhibitor (trials only in 2012)",
        refs: &[Tutt2010],
        ..opt(ParpTrial, "PARP-inhibitor clinical trial", Trial, &[])
    },
    OptionDef {
        summary: "A clinical trial",
        ..opt(ClinicalTrial, "Clinical trial", Trial, &[])
    },
    OptionDef {
        summary: "Best supportive care, with concurrent palliative care",
        refs: &[Smith2012, Nccn2011, Gogineni2012],
        ..opt(BestSupportiveCare, "Best supportive care", Supportive, &[])
    },
    OptionDef {
        summary: "Zoledronic acid 4 mg IV or pamidronate 90 mg IV every 3–4 weeks, or denosumab 120 mg SC every 4 weeks — equal choices",
        notes: &[
            "confirm bone metastases on imaging",
            "dental review first (osteonecrosis of the jaw)",
            "check creatinine before every bisphosphonate dose",
        ],
        refs: &[Vanpoznak2011, Stopeck2010],
        ..opt(BoneModifyingAgent, "Bone-modifying agent", Supportive, &[])
    },
];

pub fn option(id: OptionId) -> &'static OptionDef {
    &OPTIONS[id.index()]
}

/// The flowchart boxes whose step lists the option (§3, §5): the "Why not …?"
/// list names them when a case does not reach them. The invariant sweep checks
/// that every option offered has one of them on the path.
pub fn listed_at(id: OptionId) -> &'static [NodeId] {
    use NodeId as N;
    const ROWS: &[NodeId] = &[N::TChemoAnthraNaive, N::TChemoTaxaneNext, N::TChemoAfterAT];
    const TAXANE_ROWS: &[NodeId] = &[N::TChemoAnthraNaive, N::TChemoTaxaneNext];
    match id {
        OfsTamoxifen => &[N::TPreOfsTam],
        OfsAi => &[N::TPreOfsTam, N::TPreOfsAi],
        Tamoxifen => &[N::TPreOfsTam, N::TPostFirst, N::TPostAfterNsai, N::TPostLater],
        Nsai | AnastrozoleFulvestrant => &[N::TPostFirst],
        Exemestane => &[N::TPostFirst, N::TPostAfterNsai],
        ExemestaneEverolimus | TamoxifenEverolimus => &[N::TPostAfterNsai],
        Fulvestrant => &[N::TPostFirst, N::TPostAfterNsai, N::TPostLater],
        Megestrol | Estradiol => &[N::TPostLater],
        Anthracycline => &[N::TChemoAnthraNaive],
        PaclitaxelWeekly | Docetaxel | NabPaclitaxel => TAXANE_ROWS,
        Pld | Capecitabine | Vinorelbine | Gemcitabine | Cmf => ROWS,
        Eribulin | Ixabepilone => &[N::TChemoAfterAT],
        Platinum => &[N::TTnbcBrca, N::TChemoAfterAT],
        AcEc
        | FacFec
        | At
        | DocetaxelCapecitabine
        | GemcitabinePaclitaxel
        | IxabepiloneCapecitabine
        | GemcitabineCarboplatin => &[N::TChemoCombination],
        PaclitaxelBevacizumab => &[N::TChemo],
        ConcurrentEtChemo => &[N::TChemoIndicated],
        Iniparib => &[N::TTnbc],
        ParpTrial => &[N::TTnbcBrca],
        ClinicalTrial => &[N::THrPos, N::TTnbc],
        BestSupportiveCare => &[N::TBsc, N::TChemoAfterAT],
        BoneModifyingAgent => &[N::WBone],
    }
}
