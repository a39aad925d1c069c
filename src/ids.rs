//! The identifiers of ALGORITHM.md: node ids, option ids, alert codes and
//! reference ids. They are a contract, so each is a Rust enum spelled exactly
//! as the spec spells it: a typo is a compile error, not a silent miss.

use serde::{Serialize, Serializer};

macro_rules! ids {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($var,)+ }

        impl $name {
            /// Every id, in the order the spec lists them.
            pub const ALL: &'static [$name] = &[$($name::$var,)+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$var => $s,)+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($s => Some($name::$var),)+ _ => None }
            }

            /// Position in `ALL`, for tables indexed by id.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

ids!(
    /// Flowchart boxes of Figure 1 (`w.*`) and Figure 2 (`t.*`).
    NodeId {
        WSuspected = "w.suspected",
        WBaseline = "w.baseline",
        WImaging = "w.imaging",
        WBiopsy = "w.biopsy",
        WReceptors = "w.receptors",
        WHer2Pos = "w.her2_pos",
        WHer2Equivocal = "w.her2_equivocal",
        WHer2Neg = "w.her2_neg",
        WGoals = "w.goals",
        WGenetics = "w.genetics",
        WEmergency = "w.emergency",
        WBone = "w.bone",
        THrPos = "t.hr_pos",
        TEtCandidate = "t.et_candidate",
        TPre = "t.pre",
        TPreOfsTam = "t.pre.ofs_tam",
        TPreOfsAi = "t.pre.ofs_ai",
        TPost = "t.post",
        TPostFirst = "t.post.first",
        TPostAfterNsai = "t.post.after_nsai",
        TPostLater = "t.post.later",
        TEtProgression = "t.et_progression",
        TChemoIndicated = "t.chemo_indicated",
        TTnbc = "t.tnbc",
        TTnbcBrca = "t.tnbc.brca",
        TChemo = "t.chemo",
        TChemoSequential = "t.chemo.sequential",
        TChemoCombination = "t.chemo.combination",
        TBsc = "t.bsc",
        TChemoAnthraNaive = "t.chemo.anthra_naive",
        TChemoTaxaneNext = "t.chemo.taxane_next",
        TChemoAfterAT = "t.chemo.after_a_t",
    }
);

ids!(
    /// Management options (ALGORITHM.md §6), in the spec's order.
    OptionId {
        OfsTamoxifen = "ofs_tamoxifen",
        OfsAi = "ofs_ai",
        Tamoxifen = "tamoxifen",
        Nsai = "nsai",
        Exemestane = "exemestane",
        ExemestaneEverolimus = "exemestane_everolimus",
        TamoxifenEverolimus = "tamoxifen_everolimus",
        Fulvestrant = "fulvestrant",
        AnastrozoleFulvestrant = "anastrozole_fulvestrant",
        Megestrol = "megestrol",
        Estradiol = "estradiol",
        Anthracycline = "anthracycline",
        Pld = "pld",
        PaclitaxelWeekly = "paclitaxel_weekly",
        Docetaxel = "docetaxel",
        NabPaclitaxel = "nab_paclitaxel",
        Capecitabine = "capecitabine",
        Eribulin = "eribulin",
        Vinorelbine = "vinorelbine",
        Gemcitabine = "gemcitabine",
        Ixabepilone = "ixabepilone",
        Platinum = "platinum",
        AcEc = "ac_ec",
        FacFec = "fac_fec",
        At = "at",
        Cmf = "cmf",
        DocetaxelCapecitabine = "docetaxel_capecitabine",
        GemcitabinePaclitaxel = "gemcitabine_paclitaxel",
        IxabepiloneCapecitabine = "ixabepilone_capecitabine",
        GemcitabineCarboplatin = "gemcitabine_carboplatin",
        PaclitaxelBevacizumab = "paclitaxel_bevacizumab",
        ConcurrentEtChemo = "concurrent_et_chemo",
        Iniparib = "iniparib",
        ParpTrial = "parp_trial",
        ClinicalTrial = "clinical_trial",
        BestSupportiveCare = "best_supportive_care",
        BoneModifyingAgent = "bone_modifying_agent",
    }
);

ids!(
    /// Alert codes (ALGORITHM.md §6).
    AlertCode {
        EmergencyCordCompression = "emergency_cord_compression",
        EmergencyHypercalcemia = "emergency_hypercalcemia",
        EmergencySymptomaticBrain = "emergency_symptomatic_brain",
        EmergencyImpendingFracture = "emergency_impending_fracture",
        VisceralCrisis = "visceral_crisis",
        Her2PositiveOutOfScope = "her2_positive_out_of_scope",
        Her2EquivocalRetest = "her2_equivocal_retest",
        ReceptorsMissing = "receptors_missing",
        ReceptorsIncomplete = "receptors_incomplete",
        DiscordanceHr = "discordance_hr",
        DiscordanceHer2 = "discordance_her2",
        ConfirmMenopause = "confirm_menopause",
        AssessPace = "assess_pace",
        RapidProgression = "rapid_progression",
        EndocrineRefractory = "endocrine_refractory",
        PoorPerformanceStatus = "poor_performance_status",
        AnthracyclineDoseNearLimit = "anthracycline_dose_near_limit",
        HepaticDoseModification = "hepatic_dose_modification",
        BrainMetastases = "brain_metastases",
        BiopsyRecommended = "biopsy_recommended",
        ReceptorsFromPrimary = "receptors_from_primary",
        StagingRecommended = "staging_recommended",
        EndocrineResistanceSuspected = "endocrine_resistance_suspected",
    }
);

ids!(
    /// References (EVIDENCE.md), in its order.
    RefId {
        Gogineni2012 = "gogineni2012",
        Nccn2011 = "nccn2011",
        Khatcheressian2006 = "khatcheressian2006",
        Cardoso2009 = "cardoso2009",
        Vanpoznak2011 = "vanpoznak2011",
        Smith2012 = "smith2012",
        Hammond2010 = "hammond2010",
        Wolff2007 = "wolff2007",
        Swain2003 = "swain2003",
        Harris2007 = "harris2007",
        Pusztai2010 = "pusztai2010",
        Klijn2001 = "klijn2001",
        Mouridsen2001 = "mouridsen2001",
        Mouridsen2003 = "mouridsen2003",
        Nabholtz2000 = "nabholtz2000",
        Bonneterre2000 = "bonneterre2000",
        Paridaens2008 = "paridaens2008",
        Robertson2009 = "robertson2009",
        Dileo2010 = "dileo2010",
        Chia2008 = "chia2008",
        Baselga2012 = "baselga2012",
        Bachelot2012 = "bachelot2012",
        Ellis2009 = "ellis2009",
        Bergh2012 = "bergh2012",
        Mehta2012 = "mehta2012",
        Sledge2003 = "sledge2003",
        Carrick2009 = "carrick2009",
        Seidman2008 = "seidman2008",
        Gradishar2005 = "gradishar2005",
        Obrien2004 = "obrien2004",
        Cortes2011 = "cortes2011",
        Thomas2007 = "thomas2007",
        Sparano2010 = "sparano2010",
        Oshaughnessy2002 = "oshaughnessy2002",
        Albain2008 = "albain2008",
        Miller2007 = "miller2007",
        Miles2010 = "miles2010",
        Robert2011 = "robert2011",
        Fda2011 = "fda2011",
        Gennari2011 = "gennari2011",
        Tutt2010 = "tutt2010",
        Isakoff2011 = "isakoff2011",
        Byrski2012 = "byrski2012",
        Oshaughnessy2011 = "oshaughnessy2011",
        Oshaughnessy2014 = "oshaughnessy2014",
        Carey2012 = "carey2012",
        Stopeck2010 = "stopeck2010",
    }
);

ids!(
    /// The "since 2012" pointers (SINCE-2012-v2.md §9.2), in the table's order.
    PointerId {
        Cdk46FirstLine = "s.cdk46_first_line",
        Cdk46AfterEt = "s.cdk46_after_et",
        Cdk46AfterCdk46 = "s.cdk46_after_cdk46",
        RibociclibAggressive = "s.ribociclib_aggressive",
        Inavolisib = "s.inavolisib",
        Pi3kAkt = "s.pi3k_akt",
        Esr1 = "s.esr1",
        Parp = "s.parp",
        ParpTest = "s.parp_test",
        Pembrolizumab = "s.pembrolizumab",
        TnbcFirstLineAdc = "s.tnbc_first_line_adc",
        SacituzumabTnbc = "s.sacituzumab_tnbc",
        SacituzumabHr = "s.sacituzumab_hr",
        DatoHr = "s.dato_hr",
        TdxdLow = "s.tdxd_low",
        TdxdLowBeforeChemo = "s.tdxd_low_before_chemo",
    }
);

ids!(
    /// The trials since 2012 (SINCE-2012-v2.md §9.5), by their names.
    TrialId {
        Paloma2 = "PALOMA-2",
        Monaleesa2 = "MONALEESA-2",
        Monarch3 = "MONARCH 3",
        Monaleesa7 = "MONALEESA-7",
        Paloma3 = "PALOMA-3",
        Monaleesa3 = "MONALEESA-3",
        Solar1 = "SOLAR-1",
        Capitello291 = "CAPItello-291",
        Emerald = "EMERALD",
        Olympiad = "OlympiAD",
        Embraca = "EMBRACA",
        Keynote355 = "KEYNOTE-355",
        Impassion130 = "IMpassion130",
        Ascent = "ASCENT",
        Tropics02 = "TROPiCS-02",
        DestinyBreast04 = "DESTINY-Breast04",
        DestinyBreast06 = "DESTINY-Breast06",
        Postmonarch = "postMONARCH",
        Ember3 = "EMBER-3",
        Inavo120 = "INAVO120",
        TropionBreast01 = "TROPION-Breast01",
        RightChoice = "RIGHT Choice",
        Ascent04 = "ASCENT-04",
        Ascent03 = "ASCENT-03",
        TropionBreast02 = "TROPION-Breast02",
        Tbcrc048 = "TBCRC 048",
        Calgb70604 = "CALGB 70604",
        Bolero2Final = "BOLERO-2 final",
        Tnt = "TNT",
    }
);

ids!(
    /// Drug-information pages (DRUG-FACTS.md), in its order: patient-facing
    /// facts on how each option is given and what it does, apart from the
    /// trial evidence of `RefId`.
    DrugRef {
        MacmillanOfsTamoxifen = "macmillan_ofs_tamoxifen",
        BcnOfsTamoxifen = "bcn_ofs_tamoxifen",
        CrukOfsTamoxifen = "cruk_ofs_tamoxifen",
        DrugscomOfsTamoxifen = "drugscom_ofs_tamoxifen",
        BcnOfsAi = "bcn_ofs_ai",
        CrukTamoxifen = "cruk_tamoxifen",
        SoltamoxTamoxifen = "soltamox_tamoxifen",
        SoltamoxTamoxifen2 = "soltamox_tamoxifen_2",
        MacmillanSecondaryHormonal = "macmillan_secondary_hormonal",
        LbbcHormonalQuestions = "lbbc_hormonal_questions",
        SoltamoxTamoxifen3 = "soltamox_tamoxifen_3",
        CrukNsai = "cruk_nsai",
        CrukNsai2 = "cruk_nsai_2",
        Her2Nsai = "her2_nsai",
        NhsNsai = "nhs_nsai",
        RxlistNsai = "rxlist_nsai",
        CrukNsai3 = "cruk_nsai_3",
        CrukExemestane = "cruk_exemestane",
        MimsExemestane = "mims_exemestane",
        PfizerExemestane = "pfizer_exemestane",
        CrukExemestane2 = "cruk_exemestane_2",
        BcnExemestane = "bcn_exemestane",
        BcnExemestaneEverolimus = "bcn_exemestane_everolimus",
        EmeddbExemestaneEverolimus = "emeddb_exemestane_everolimus",
        AfinitorExemestaneEverolimus = "afinitor_exemestane_everolimus",
        OncolinkExemestaneEverolimus = "oncolink_exemestane_everolimus",
        DrugscomExemestaneEverolimus = "drugscom_exemestane_everolimus",
        MacmillanFulvestrant = "macmillan_fulvestrant",
        RxlistFulvestrant = "rxlist_fulvestrant",
        DrugscomFulvestrant = "drugscom_fulvestrant",
        DrugscomFulvestrant2 = "drugscom_fulvestrant_2",
        CrukMegestrol = "cruk_megestrol",
        EndocrinologyMegestrol = "endocrinology_megestrol",
        RecallguideMegestrol = "recallguide_megestrol",
        RxlistMegestrol = "rxlist_megestrol",
        PharmacyMegestrol = "pharmacy_megestrol",
        BuzzrxEstradiol = "buzzrx_estradiol",
        CrukEstradiol = "cruk_estradiol",
        DailymedEstradiol = "dailymed_estradiol",
        ScilitEstradiol = "scilit_estradiol",
        CrukAnthracycline = "cruk_anthracycline",
        RxlistAnthracycline = "rxlist_anthracycline",
        DrugsdoseAnthracycline = "drugsdose_anthracycline",
        FdaAnthracycline = "fda_anthracycline",
        FdaAnthracycline2 = "fda_anthracycline_2",
        RxlistAnthracycline2 = "rxlist_anthracycline_2",
        CrukTemperature = "cruk_temperature",
        CrukPld = "cruk_pld",
        DoxilPld = "doxil_pld",
        FdaPld = "fda_pld",
        BreastPaclitaxelWeekly = "breast_paclitaxel_weekly",
        CrukPaclitaxelWeekly = "cruk_paclitaxel_weekly",
        GoodrxPaclitaxelWeekly = "goodrx_paclitaxel_weekly",
        FdaPaclitaxelWeekly = "fda_paclitaxel_weekly",
        CrukDocetaxel = "cruk_docetaxel",
        MimsDocetaxel = "mims_docetaxel",
        FdaDocetaxel = "fda_docetaxel",
        CrukDocetaxel2 = "cruk_docetaxel_2",
        OncolinkDocetaxel = "oncolink_docetaxel",
        CrukNabPaclitaxel = "cruk_nab_paclitaxel",
        MdtodateNabPaclitaxel = "mdtodate_nab_paclitaxel",
        FdaNabPaclitaxel = "fda_nab_paclitaxel",
        DrugscomNabPaclitaxel = "drugscom_nab_paclitaxel",
        CrukCapecitabine = "cruk_capecitabine",
        DailyrxCapecitabine = "dailyrx_capecitabine",
        FdaCapecitabine = "fda_capecitabine",
        DrugscomCapecitabine = "drugscom_capecitabine",
        DailymedEribulin = "dailymed_eribulin",
        VelindreEribulin = "velindre_eribulin",
        RxlistEribulin = "rxlist_eribulin",
        BcnEribulin = "bcn_eribulin",
        BcnVinorelbine = "bcn_vinorelbine",
        CrukVinorelbine = "cruk_vinorelbine",
        BcnVinorelbine2 = "bcn_vinorelbine_2",
        RxlistVinorelbine = "rxlist_vinorelbine",
        FdaVinorelbine = "fda_vinorelbine",
        MimsGemcitabine = "mims_gemcitabine",
        PfizerGemcitabine = "pfizer_gemcitabine",
        RxlistGemcitabine = "rxlist_gemcitabine",
        RxlistIxabepilone = "rxlist_ixabepilone",
        OncolinkIxabepilone = "oncolink_ixabepilone",
        FdaIxabepilone = "fda_ixabepilone",
        RxlistIxabepilone2 = "rxlist_ixabepilone_2",
        IxempraIxabepilone = "ixempra_ixabepilone",
        BcnPlatinum = "bcn_platinum",
        MacmillanPlatinum = "macmillan_platinum",
        GoshPlatinum = "gosh_platinum",
        FdaPlatinum = "fda_platinum",
        FdaPlatinum2 = "fda_platinum_2",
        CrukPlatinum = "cruk_platinum",
        DrugscomPlatinum = "drugscom_platinum",
        CrukAcEc = "cruk_ac_ec",
        CrukAcEc2 = "cruk_ac_ec_2",
        PfizerAcEc = "pfizer_ac_ec",
        CrukAcEc3 = "cruk_ac_ec_3",
        RxreasonerAcEc = "rxreasoner_ac_ec",
        DrugscomAcEc = "drugscom_ac_ec",
        CrukFacFec = "cruk_fac_fec",
        LbbcFacFec = "lbbc_fac_fec",
        BreastdiseasescomFacFec = "breastdiseasescom_fac_fec",
        FdaFacFec = "fda_fac_fec",
        BcnFacFec = "bcn_fac_fec",
        ScilitAt = "scilit_at",
        ClinAt = "clin_at",
        CrukCmf = "cruk_cmf",
        WikipediaCmf = "wikipedia_cmf",
        FdaCmf = "fda_cmf",
        MacmillanDocetaxelCapecitabine = "macmillan_docetaxel_capecitabine",
        OshaughnessyDocetaxelCapecitabine = "oshaughnessy_docetaxel_capecitabine",
        CrukGemcitabinePaclitaxel = "cruk_gemcitabine_paclitaxel",
        MimsGemcitabinePaclitaxel = "mims_gemcitabine_paclitaxel",
        ThomasIxabepiloneCapecitabine = "thomas_ixabepilone_capecitabine",
        CrukGemcitabineCarboplatin = "cruk_gemcitabine_carboplatin",
        VelindreGemcitabineCarboplatin = "velindre_gemcitabine_carboplatin",
        OncolinkBoneModifyingAgent = "oncolink_bone_modifying_agent",
        GsttBoneModifyingAgent = "gstt_bone_modifying_agent",
        MacmillanBoneModifyingAgent = "macmillan_bone_modifying_agent",
        MacmillanBoneModifyingAgent2 = "macmillan_bone_modifying_agent_2",
        RxlistBoneModifyingAgent = "rxlist_bone_modifying_agent",
        PamidronateBoneModifyingAgent = "pamidronate_bone_modifying_agent",
        XgevaBoneModifyingAgent = "xgeva_bone_modifying_agent",
        NciBestSupportiveCare = "nci_best_supportive_care",
        OlverBestSupportiveCare = "olver_best_supportive_care",
        SupportBestSupportiveCare = "support_best_supportive_care",
    }
);

ids!(
    /// The case's fields (ALGORITHM.md §1, then SINCE-2012-v2.md §9.1), spelled
    /// as a case file spells them: the form, the missing-inputs list, the
    /// flowchart, the print-out and the error messages name them by this.
    Field {
        Her2 = "her2",
        Er = "er",
        Pr = "pr",
        ReceptorSource = "receptor_source",
        Biopsy = "biopsy",
        PrimaryEr = "primary_er",
        PrimaryPr = "primary_pr",
        PrimaryHer2 = "primary_her2",
        StagingDone = "staging_done",
        Sites = "sites",
        Emergencies = "emergencies",
        VisceralCrisis = "visceral_crisis",
        RapidProgression = "rapid_progression",
        Age = "age",
        Ecog = "ecog",
        Menopause = "menopause",
        AmenorrheaAfterChemo = "amenorrhea_after_chemo",
        OvarianSuppression = "ovarian_suppression",
        EndocrineHistory = "endocrine_history",
        ChemoHistory = "chemo_history",
        AnthracyclineDose = "anthracycline_dose",
        LvefReduced = "lvef_reduced",
        Neuropathy = "neuropathy",
        HepaticImpairment = "hepatic_impairment",
        RenalImpairment = "renal_impairment",
        VteHistory = "vte_history",
        Brca = "brca",
        PrefersOral = "prefers_oral",
        AvoidAlopecia = "avoid_alopecia",
        TrialInterest = "trial_interest",
        Her2Ihc = "her2_ihc",
        PdL1Cps = "pdl1_cps",
        Esr1Mutation = "esr1_mutation",
        Pi3kPathway = "pi3k_pathway",
        PriorCdk46Inhibitor = "prior_cdk46_inhibitor",
        AdjuvantCdk46Inhibitor = "adjuvant_cdk46_inhibitor",
        PriorAntiPd1 = "prior_anti_pd1",
        PriorParpInhibitor = "prior_parp_inhibitor",
        PriorAdc = "prior_adc",
    }
);

ids!(
    /// The fields of one prior therapy (§1 "exposure").
    ExposureField {
        Agent = "agent",
        Setting = "setting",
        Outcome = "outcome",
        MonthsSinceEnd = "months_since_end",
        Benefit = "benefit",
    }
);
