//! Arbitrary cases over the whole input space: every field, every value,
//! numbers across their full ranges, histories of any agents in any order.

use mbc_aid::case::*;
use proptest::prelude::*;
use proptest::sample::select;

fn tri() -> impl Strategy<Value = Tri> {
    select(Tri::ALL)
}

fn exposure<A: Clone + std::fmt::Debug + 'static>(agents: &'static [A]) -> impl Strategy<Value = Exposure<A>> {
    (
        select(agents),
        select(Setting::ALL),
        select(Outcome::ALL),
        prop_oneof![Just(None), (0u32..60).prop_map(|m| Some(m as f64 / 2.0))],
        select(Benefit::ALL),
    )
        .prop_map(|(agent, setting, outcome, months_since_end, benefit)| Exposure {
            agent,
            setting,
            outcome,
            months_since_end,
            benefit,
        })
}

fn subset<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Vec<T>> {
    proptest::collection::vec(any::<bool>(), all.len())
        .prop_map(move |keep| all.iter().zip(keep).filter(|(_, k)| *k).map(|(v, _)| *v).collect())
}

pub fn case() -> impl Strategy<Value = Case> {
    let who = (
        prop_oneof![Just(None), (18u8..=120).prop_map(Some)],
        select(Menopause::ALL),
        tri(),
        tri(),
        prop_oneof![Just(None), (0u8..=4).prop_map(Some)],
    );
    let receptors = (
        select(Receptor::ALL),
        select(Receptor::ALL),
        select(Her2::ALL),
        select(ReceptorSource::ALL),
        select(Receptor::ALL),
        select(Receptor::ALL),
        select(Her2::ALL),
        select(Biopsy::ALL),
        tri(),
    );
    let disease = (subset(Site::ALL), tri(), tri(), subset(Emergency::ALL));
    let history = (
        proptest::collection::vec(exposure(EndocrineAgent::ALL), 0..6),
        proptest::collection::vec(exposure(ChemoAgent::ALL), 0..6),
        prop_oneof![Just(None), (0u32..=2000).prop_map(|d| Some(d as f64))],
    );
    let fitness = (tri(), tri(), tri(), tri(), tri(), select(Brca::ALL), any::<bool>(), any::<bool>(), tri());
    let since_2012 = (select(Her2Ihc::ALL), select(PdL1Cps::ALL), tri(), select(Pi3kPathway::ALL), tri());
    let treated_before = (tri(), tri(), tri(), tri());
    (who, receptors, disease, history, fitness, since_2012, treated_before).prop_map(
        |(
            (age, menopause, amenorrhea_after_chemo, ovarian_suppression, ecog),
            (er, pr, her2, receptor_source, primary_er, primary_pr, primary_her2, biopsy, staging_done),
            (sites, visceral_crisis, rapid_progression, emergencies),
            (endocrine_history, chemo_history, anthracycline_dose),
            (
                lvef_reduced,
                neuropathy,
                hepatic_impairment,
                renal_impairment,
                vte_history,
                brca,
                prefers_oral,
                avoid_alopecia,
                trial_interest,
            ),
            (her2_ihc, pdl1_cps, esr1_mutation, pi3k_pathway, prior_cdk46_inhibitor),
            (adjuvant_cdk46_inhibitor, prior_anti_pd1, prior_parp_inhibitor, prior_adc),
        )| Case {
            age,
            menopause,
            amenorrhea_after_chemo,
            ovarian_suppression,
            ecog,
            er,
            pr,
            her2,
            receptor_source,
            primary_er,
            primary_pr,
            primary_her2,
            biopsy,
            staging_done,
            sites,
            visceral_crisis,
            rapid_progression,
            emergencies,
            endocrine_history,
            chemo_history,
            anthracycline_dose,
            lvef_reduced,
            neuropathy,
            hepatic_impairment,
            renal_impairment,
            vte_history,
            brca,
            prefers_oral,
            avoid_alopecia,
            trial_interest,
            her2_ihc,
            pdl1_cps,
            esr1_mutation,
            pi3k_pathway,
            prior_cdk46_inhibitor,
            adjuvant_cdk46_inhibitor,
            prior_anti_pd1,
            prior_parp_inhibitor,
            prior_adc,
        },
    )
}
