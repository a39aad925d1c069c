//! The command-line evaluator, for reviewers and batch validation.
//!
//! ```text
//! mbc-aid evaluate FILE|-     print the assessment of one case as JSON
//! mbc-aid whatif FILE|-       print, as JSON, each missing input with each value it
//!                             can take and the strategy, preferred options and path
//!                             that would follow
//! mbc-aid assumptions FILE|-  print, as JSON, the codes of the warning alerts the
//!                             answer rests on (an unknown input that could change
//!                             the strategy or the preferred options)
//! mbc-aid check DIR           run every example case in DIR against its `expect` block
//! mbc-aid start-screen        print the static start screen that the build writes
//!                             into index.html (painted before the app runs)
//! mbc-aid --version           print the app's version and the clinical content's
//! ```

use mbc_aid::check::{check_dir, CheckOutcome};
use mbc_aid::engine::whatif::{assumptions, whatif};
use mbc_aid::{evaluate, Case};
use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: mbc-aid evaluate FILE   (FILE may be - for standard input)
       mbc-aid whatif FILE
       mbc-aid assumptions FILE
       mbc-aid check DIR
       mbc-aid start-screen
       mbc-aid --version";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["evaluate", file] => print_json(file, |case| serde_json::to_string_pretty(&evaluate(case))),
        ["whatif", file] => print_json(file, |case| serde_json::to_string_pretty(&whatif(case))),
        ["assumptions", file] => print_json(file, |case| serde_json::to_string(&assumptions(case, &evaluate(case)))),
        ["check", dir] => check(dir),
        ["start-screen"] => {
            print!("{}", mbc_aid::start_screen::html());
            ExitCode::SUCCESS
        }
        ["--version" | "-V"] => {
            println!("mbc-aid {} ({})", env!("CARGO_PKG_VERSION"), mbc_aid::kb::provenance::CONTENT_VERSION);
            ExitCode::SUCCESS
        }
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

/// Reads the case in `file` (or standard input) and prints `output` of it;
/// a case that cannot be read is one line on standard error and exit code 2.
fn print_json(file: &str, output: fn(&Case) -> serde_json::Result<String>) -> ExitCode {
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
            println!("{}", output(&case).expect("the output always serialises"));
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
