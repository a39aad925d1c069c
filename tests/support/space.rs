//! The input space, enumerated over its clinically distinct values: every
//! value of each enumerated field (unknown included), numbers at each side of
//! every threshold the spec names, and prior-therapy histories built from each
//! class's states. Three sweeps cover the three parts of the algorithm; each
//! is the full product of its dimensions.

use mbc_aid::case::*;

const TRI: [Tri; 3] = [Tri::Yes, Tri::No, Tri::Unknown];
/// Age classes: unknown, < 50 (genetics), 50–59, 60–64 (menopause), ≥ 65 (everolimus).
const AGES: [Option<u8>; 5] = [None, Some(45), Some(55), Some(62), Some(70)];

fn exp<A>(agent: A, setting: Setting, outcome: Outcome, months: Option<f64>, benefit: Benefit) -> Exposure<A> {
    Exposure { agent, setting, outcome, months_since_end: months, benefit }
}

/// Endocrine histories: each of four classes absent, resistant (progressed,
/// no benefit) or stopped for toxicity; then the histories the product misses.
pub fn endocrine_histories() -> Vec<Vec<Exposure<EndocrineAgent>>> {
    use EndocrineAgent::*;
    let agents = [Letrozole, Exemestane, Tamoxifen, Fulvestrant];
    let mut out = Vec::new();
    for code in 0..3usize.pow(4) {
        let mut h = Vec::new();
        for (k, &agent) in agents.iter().enumerate() {
            match code / 3usize.pow(k as u32) % 3 {
                1 => h.push(exp(agent, Setting::Metastatic, Outcome::Progressed, None, Benefit::No)),
                2 => h.push(exp(agent, Setting::Metastatic, Outcome::StoppedToxicity, None, Benefit::Yes)),
                _ => {}
            }
        }
        out.push(h);
    }
    let m = Setting::Metastatic;
    let a = Setting::Adjuvant;
    out.extend([
        vec![exp(Tamoxifen, a, Outcome::Completed, Some(6.0), Benefit::Unknown)],
        vec![exp(Tamoxifen, a, Outcome::Completed, None, Benefit::Unknown)],
        vec![exp(Anastrozole, a, Outcome::Completed, Some(11.9), Benefit::Unknown)],
        vec![exp(Letrozole, m, Outcome::Completed, Some(1.0), Benefit::Yes)],
        vec![exp(OvarianSuppression, m, Outcome::Progressed, None, Benefit::No)],
        vec![
            exp(Letrozole, m, Outcome::Progressed, None, Benefit::Yes),
            exp(EverolimusExemestane, m, Outcome::Progressed, None, Benefit::Yes),
        ],
        vec![
            exp(Letrozole, m, Outcome::Progressed, None, Benefit::Yes),
            exp(EverolimusExemestane, m, Outcome::StoppedToxicity, None, Benefit::Unknown),
        ],
        vec![exp(TamoxifenEverolimus, m, Outcome::Progressed, None, Benefit::No)],
        vec![
            exp(Letrozole, m, Outcome::Progressed, None, Benefit::No),
            exp(Exemestane, m, Outcome::Progressed, None, Benefit::No),
            exp(Tamoxifen, m, Outcome::Progressed, None, Benefit::No),
            exp(Fulvestrant, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Megestrol, m, Outcome::Progressed, None, Benefit::No),
        ],
        vec![
            exp(Anastrozole, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Exemestane, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Tamoxifen, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Fulvestrant, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Megestrol, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Estradiol, m, Outcome::Progressed, None, Benefit::Yes),
        ],
        vec![
            exp(Letrozole, m, Outcome::Progressed, None, Benefit::Unknown),
            exp(Exemestane, m, Outcome::Completed, None, Benefit::No),
            exp(Megestrol, m, Outcome::Completed, None, Benefit::No),
        ],
    ]);
    out
}

/// Chemotherapy histories: anthracycline, taxane and capecitabine each absent,
/// resistant (progressed on it for metastatic disease, no response) or
/// tolerated (adjuvant, completed 36 months before relapse); then the rest.
pub fn chemo_histories() -> Vec<Vec<Exposure<ChemoAgent>>> {
    use ChemoAgent::*;
    let agents = [Anthracycline, Taxane, Capecitabine];
    let m = Setting::Metastatic;
    let a = Setting::Adjuvant;
    let mut out = Vec::new();
    for code in 0..3usize.pow(3) {
        let mut h = Vec::new();
        for (k, &agent) in agents.iter().enumerate() {
            match code / 3usize.pow(k as u32) % 3 {
                1 => h.push(exp(agent, m, Outcome::Progressed, None, Benefit::No)),
                2 => h.push(exp(agent, a, Outcome::Completed, Some(36.0), Benefit::Unknown)),
                _ => {}
            }
        }
        out.push(h);
    }
    out.extend([
        vec![
            exp(Pld, a, Outcome::StoppedToxicity, None, Benefit::Unknown),
            exp(Taxane, a, Outcome::Completed, Some(8.0), Benefit::Unknown),
        ],
        vec![
            exp(Anthracycline, a, Outcome::Completed, None, Benefit::Unknown),
            exp(Taxane, m, Outcome::Completed, Some(2.0), Benefit::Yes),
        ],
        vec![
            exp(Vinorelbine, m, Outcome::Progressed, None, Benefit::No),
            exp(Gemcitabine, m, Outcome::Progressed, None, Benefit::No),
            exp(Eribulin, m, Outcome::Progressed, None, Benefit::No),
        ],
        vec![
            exp(Anthracycline, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Taxane, m, Outcome::Progressed, None, Benefit::Unknown),
            exp(Capecitabine, m, Outcome::Progressed, None, Benefit::No),
            exp(Vinorelbine, m, Outcome::Progressed, None, Benefit::No),
        ],
        vec![
            exp(Platinum, m, Outcome::Progressed, None, Benefit::No),
            exp(Gemcitabine, m, Outcome::StoppedToxicity, None, Benefit::Yes),
        ],
        vec![
            exp(Anthracycline, a, Outcome::Completed, Some(40.0), Benefit::Unknown),
            exp(Taxane, m, Outcome::Progressed, None, Benefit::Yes),
            exp(Vinorelbine, m, Outcome::Progressed, None, Benefit::No),
            exp(Capecitabine, m, Outcome::StoppedToxicity, None, Benefit::No),
        ],
        vec![
            exp(Cmf, a, Outcome::Progressed, None, Benefit::Unknown),
            exp(Ixabepilone, m, Outcome::Completed, Some(1.0), Benefit::No),
        ],
    ]);
    out
}

/// Hormone receptor status, menopause and endocrine history (§1, §3.1).
pub fn endocrine_sweep(mut f: impl FnMut(&Case)) {
    let histories = endocrine_histories();
    let chemo = [
        Vec::new(),
        vec![exp(ChemoAgent::Taxane, Setting::Adjuvant, Outcome::Completed, Some(36.0), Benefit::Unknown)],
    ];
    let mut case = Case { sites: vec![Site::Bone], vte_history: Tri::Yes, ecog: Some(1), ..Case::default() };
    for her2 in [Her2::Negative, Her2::Unknown] {
        for er in Receptor::ALL {
            for pr in Receptor::ALL {
                for menopause in Menopause::ALL {
                    for amen in TRI {
                        for ofs in TRI {
                            for age in AGES {
                                for crisis in TRI {
                                    for rapid in TRI {
                                        for c in &chemo {
                                            for h in &histories {
                                                case.her2 = her2;
                                                case.er = *er;
                                                case.pr = *pr;
                                                case.menopause = *menopause;
                                                case.amenorrhea_after_chemo = amen;
                                                case.ovarian_suppression = ofs;
                                                case.age = age;
                                                case.visceral_crisis = crisis;
                                                case.rapid_progression = rapid;
                                                case.chemo_history.clone_from(c);
                                                case.endocrine_history.clone_from(h);
                                                f(&case);
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Pace, performance status, organ function, BRCA, preferences and
/// chemotherapy history (§3.2, §3.3), for HR-positive and triple-negative disease.
pub fn chemo_sweep(mut f: impl FnMut(&Case)) {
    let histories = chemo_histories();
    let mut case = Case {
        her2: Her2::Negative,
        menopause: Menopause::Post,
        sites: vec![Site::Liver, Site::Bone, Site::Brain],
        ..Case::default()
    };
    for (er, pr) in [(Receptor::Positive, Receptor::Negative), (Receptor::Negative, Receptor::Negative)] {
        for crisis in TRI {
            for rapid in TRI {
                for ecog in [None, Some(2), Some(3)] {
                    for lvef in TRI {
                        for dose in [None, Some(0.0), Some(350.0), Some(450.0)] {
                            for neuropathy in TRI {
                                for hepatic in TRI {
                                    for renal in TRI {
                                        for brca in Brca::ALL {
                                            for (oral, alopecia) in
                                                [(false, false), (true, false), (false, true), (true, true)]
                                            {
                                                for h in &histories {
                                                    case.er = er;
                                                    case.pr = pr;
                                                    case.visceral_crisis = crisis;
                                                    case.rapid_progression = rapid;
                                                    case.ecog = ecog;
                                                    case.lvef_reduced = lvef;
                                                    case.anthracycline_dose = dose;
                                                    case.neuropathy = neuropathy;
                                                    case.hepatic_impairment = hepatic;
                                                    case.renal_impairment = renal;
                                                    case.brca = *brca;
                                                    case.prefers_oral = oral;
                                                    case.avoid_alopecia = alopecia;
                                                    case.chemo_history.clone_from(h);
                                                    f(&case);
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Receptors, discordance, biopsy, staging, emergencies, genetics (§2, §5).
pub fn workup_sweep(mut f: impl FnMut(&Case)) {
    let emergencies: Vec<Vec<Emergency>> = std::iter::once(Vec::new())
        .chain(Emergency::ALL.iter().map(|&e| vec![e]))
        .chain(std::iter::once(Emergency::ALL.to_vec()))
        .collect();
    let mut case = Case { menopause: Menopause::Post, ..Case::default() };
    for her2 in Her2::ALL {
        for er in Receptor::ALL {
            for pr in Receptor::ALL {
                for primary_er in Receptor::ALL {
                    for primary_pr in Receptor::ALL {
                        for primary_her2 in [Her2::Positive, Her2::Unknown] {
                            for biopsy in Biopsy::ALL {
                                for source in ReceptorSource::ALL {
                                    for staging in TRI {
                                        for crisis in TRI {
                                            for em in &emergencies {
                                                for brca in Brca::ALL {
                                                    for age in [None, Some(45), Some(55)] {
                                                        case.her2 = *her2;
                                                        case.er = *er;
                                                        case.pr = *pr;
                                                        case.primary_er = *primary_er;
                                                        case.primary_pr = *primary_pr;
                                                        case.primary_her2 = primary_her2;
                                                        case.biopsy = *biopsy;
                                                        case.receptor_source = *source;
                                                        case.staging_done = staging;
                                                        case.visceral_crisis = crisis;
                                                        case.emergencies.clone_from(em);
                                                        case.brca = *brca;
                                                        case.age = age;
                                                        f(&case);
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A sweep of the space: it calls its visitor once per case.
pub type Sweep = fn(&mut dyn FnMut(&Case));

/// The three sweeps, by the part of the algorithm each covers.
pub const SWEEPS: [(&str, Sweep); 3] =
    [("endocrine", |f| endocrine_sweep(f)), ("chemotherapy", |f| chemo_sweep(f)), ("work-up", |f| workup_sweep(f))];
