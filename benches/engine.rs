//! Engine speed, natively: evaluations per second over the example cases
//! and over the exhaustive case space, and the time of the whole invariant
//! sweep. A benchmark, not a test: it prints figures and asserts nothing.
//! Run: cargo bench --bench engine

#[path = "../tests/support/space.rs"]
mod space;

use mbc_aid::invariants::violations;
use mbc_aid::{evaluate, Case};
use std::hint::black_box;
use std::time::Instant;

fn examples() -> Vec<Case> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("tests/cases") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("case file");
        let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        out.push(Case::from_json(&doc["case"].to_string()).expect("a valid case"));
    }
    out
}

fn main() {
    let cases = examples();
    let rounds = 20_000;
    let start = Instant::now();
    for _ in 0..rounds {
        for c in &cases {
            black_box(evaluate(black_box(c)));
        }
    }
    let n = rounds * cases.len();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "native: {:.0} evaluations/s over the {} example cases ({n} evaluations in {secs:.2} s)",
        n as f64 / secs,
        cases.len()
    );

    let mut total = 0u64;
    let mut bad = 0u64;
    let all = Instant::now();
    for (name, run) in space::SWEEPS {
        let (mut count, t) = (0u64, Instant::now());
        run(&mut |c: &Case| {
            count += 1;
            if !violations(c, &evaluate(c)).is_empty() {
                bad += 1;
            }
        });
        let secs = t.elapsed().as_secs_f64();
        println!(
            "invariant sweep, {name}: {count} cases in {secs:.1} s ({:.0} cases/s, evaluation and check)",
            count as f64 / secs
        );
        total += count;
    }
    println!(
        "invariant sweep, whole: {total} cases in {:.1} s on one thread, {bad} violations",
        all.elapsed().as_secs_f64()
    );
}
