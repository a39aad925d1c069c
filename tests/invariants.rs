//! The safety invariants of ALGORITHM.md §7 over the whole input space:
//! an exhaustive sweep over the clinically distinct values (tests/support/space.rs)
//! and a property test over arbitrary cases, with shrinking.

mod support;

use mbc_aid::ids::{AlertCode, NodeId, OptionId};
use mbc_aid::invariants::violations;
use mbc_aid::{evaluate, Case};
use proptest::prelude::*;
use std::collections::BTreeSet;
use support::space;

/// What a sweep saw: how many cases, the first failures, and which nodes,
/// options and alerts some case reached.
#[derive(Default)]
struct Seen {
    count: u64,
    failures: Vec<String>,
    nodes: BTreeSet<NodeId>,
    listed: BTreeSet<OptionId>,
    offered: BTreeSet<OptionId>,
    alerts: BTreeSet<AlertCode>,
}

fn sweep(run: space::Sweep) -> Seen {
    let mut seen = Seen::default();
    run(&mut |case: &Case| {
        seen.count += 1;
        let a = evaluate(case);
        let v = violations(case, &a);
        if !v.is_empty() && seen.failures.len() < 5 {
            seen.failures.push(format!("{v:?}\n  case: {}", case.to_json()));
        }
        seen.nodes.extend(a.path.iter().copied());
        for o in &a.options {
            seen.listed.insert(o.id);
            if o.role.is_offered() {
                seen.offered.insert(o.id);
            }
        }
        seen.alerts.extend(a.alerts.iter().map(|al| al.code));
    });
    seen
}

#[test]
fn invariants_hold_over_the_enumerated_space() {
    let sweeps = space::SWEEPS;
    let results: Vec<(&str, Seen)> = std::thread::scope(|s| {
        let handles: Vec<_> = sweeps.iter().map(|&(name, run)| (name, s.spawn(move || sweep(run)))).collect();
        handles.into_iter().map(|(name, h)| (name, h.join().expect("sweep thread"))).collect()
    });
    let mut total = 0;
    let mut failures = Vec::new();
    let mut all = Seen::default();
    for (name, seen) in results {
        println!("{name} sweep: {} cases", seen.count);
        assert!(seen.count > 1_000_000, "{name} sweep enumerated only {} cases", seen.count);
        total += seen.count;
        failures.extend(seen.failures.iter().map(|f| format!("[{name}] {f}")));
        all.nodes.extend(seen.nodes);
        all.listed.extend(seen.listed);
        all.offered.extend(seen.offered);
        all.alerts.extend(seen.alerts);
    }
    println!("enumerated {total} cases in all");
    assert!(failures.is_empty(), "invariant violations:\n{}", failures.join("\n"));

    // The knowledge base has nothing no case can reach.
    let unreached =
        |all_ids: &[NodeId]| all_ids.iter().filter(|id| !all.nodes.contains(id)).copied().collect::<Vec<_>>();
    assert_eq!(unreached(NodeId::ALL), vec![], "nodes on no case's path");
    let never_listed: Vec<_> = OptionId::ALL.iter().filter(|id| !all.listed.contains(id)).collect();
    assert_eq!(never_listed, Vec::<&OptionId>::new(), "options no case lists");
    let never_offered: Vec<_> = OptionId::ALL.iter().filter(|id| !all.offered.contains(id)).copied().collect();
    assert_eq!(
        never_offered,
        vec![
            OptionId::TamoxifenEverolimus,
            OptionId::AnastrozoleFulvestrant,
            OptionId::PaclitaxelBevacizumab,
            OptionId::ConcurrentEtChemo,
            OptionId::Iniparib
        ],
        "options no case offers (only invariant 10's may be)"
    );
    let silent: Vec<_> = AlertCode::ALL.iter().filter(|c| !all.alerts.contains(c)).collect();
    assert_eq!(silent, Vec::<&AlertCode>::new(), "alerts no case raises");
}

#[test]
fn the_checker_catches_a_broken_assessment() {
    // A checker that never fails proves nothing: break an assessment on purpose.
    let case = Case::from_json(r#"{"her2":"negative","er":"negative","pr":"negative","neuropathy":"yes","visceral_crisis":"no","rapid_progression":"no","ecog":1}"#).unwrap();
    let mut a = evaluate(&case);
    assert!(violations(&case, &a).is_empty());
    a.options.insert(
        0,
        mbc_aid::assessment::OptionResult {
            id: mbc_aid::ids::OptionId::Docetaxel,
            role: mbc_aid::assessment::Role::Preferred,
            reasons: vec!["broken".into()],
            refs: vec![],
        },
    );
    let v = violations(&case, &a).join("\n");
    assert!(v.contains("7: docetaxel offered with neuropathy"), "{v}");
    assert!(v.contains("8: docetaxel offered without a reference"), "{v}");
    // A later result beside an option not offered, and one the layer's inputs changed.
    let mut a = evaluate(&case);
    assert!(mbc_aid::invariants::since_2012_violations(&case, &a).is_empty());
    a.later_results.push(mbc_aid::assessment::LaterResult {
        option: mbc_aid::ids::OptionId::ExemestaneEverolimus,
        trial: mbc_aid::ids::TrialId::Bolero2Final,
    });
    let v = mbc_aid::invariants::since_2012_violations(&case, &a).join("\n");
    assert!(
        v.contains("9.7: a later result for exemestane_everolimus") && v.contains("changed the later results"),
        "{v}"
    );
}

fn cases() -> u32 {
    std::env::var("MBC_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_for_arbitrary_cases(case in support::arb::case()) {
        let a = evaluate(&case);
        let v = violations(&case, &a);
        prop_assert!(v.is_empty(), "{:?}", v);
        // SINCE-2012-v2.md §9.3, over arbitrary values of its nine inputs too, and §9.7.
        let v = mbc_aid::invariants::since_2012_violations(&case, &a);
        prop_assert!(v.is_empty(), "{:?}", v);
    }

    #[test]
    fn every_case_round_trips_through_json_and_the_address(case in support::arb::case()) {
        prop_assert_eq!(&Case::from_json(&case.to_json()).unwrap(), &case);
        let fragment = mbc_aid::share::to_fragment(&case);
        prop_assert_eq!(mbc_aid::share::from_fragment_partial(&fragment).unwrap(), Some((case, Vec::new())));
    }
}
