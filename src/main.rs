//! The command-line evaluator, for reviewers and batch validation.
//!
//! ```text
//! mbc-aid evaluate FILE|-     print the assessment of one case as JSON
//! mbc-aid check DIR           run every example case in DIR against its `expect` block
//! ```

use mbc_aid::check::{check_dir, CheckOutcome};
use mbc_aid::{evaluate, Case};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: mbc-aid evaluate FILE   (FILE may be - for standard input)
       mbc-aid check DIR";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["evaluate", file] => evaluate_file(file),
        ["check", dir] => check(dir),
        ["--help" | "-h" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("mbc-aid: {USAGE}");
            ExitCode::from(2)
        }
    }
}

fn evaluate_file(file: &str) -> ExitCode {
    let text = if file == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map(|_| s)
    } else {
        std::fs::read_to_string(file)
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("mbc-aid: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    match Case::from_json(&text) {
        Ok(case) => {
            let out = serde_json::to_string_pretty(&evaluate(&case)).expect("an assessment always serialises");
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mbc-aid: {file}: {e}");
            ExitCode::from(2)
        }
    }
}

fn check(dir: &str) -> ExitCode {
    let results = match check_dir(std::path::Path::new(dir)) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("mbc-aid: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut passed, mut failed) = (0, 0);
    for (name, outcome) in &results {
        match outcome {
            CheckOutcome::Pass => {
                passed += 1;
                println!("ok     {name}");
            }
            CheckOutcome::Fail(problems) => {
                failed += 1;
                println!("FAILED {name}");
                for p in problems {
                    println!("       {p}");
                }
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
