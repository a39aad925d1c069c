//! Example cases with expected results (`cases/README.md` format):
//! `{ "name", "case", "expect" }`. Used by `mbc-aid check` and the tests.

use crate::assessment::{Assessment, Role};
use crate::ids::OptionId;
use crate::kb::options::{option, Kind};
use crate::{evaluate, Case};
use serde_json::Value;
use std::path::Path;

pub enum CheckOutcome {
    Pass,
    Fail(Vec<String>),
}

/// The first preferred drug: supportive options and trials aside.
fn first_preferred_drug(a: &Assessment) -> Option<OptionId> {
    a.with_role(Role::Preferred).map(|o| o.id).find(|&id| {
        !matches!(
            id,
            OptionId::ClinicalTrial | OptionId::BestSupportiveCare | OptionId::ParpTrial | OptionId::BoneModifyingAgent
        )
    })
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::Array(items) => items.iter().filter_map(|i| i.as_str().map(String::from)).collect(),
        Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// Every way the assessment departs from `expect`; empty when it matches.
pub fn check_expect(a: &Assessment, expect: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(expect) = expect.as_object() else {
        return vec!["`expect` is not an object".into()];
    };
    let offered = |id: &str| a.options.iter().any(|o| o.id.as_str() == id && o.role.is_offered());
    let preferred = |id: &str| a.options.iter().any(|o| o.id.as_str() == id && o.role == Role::Preferred);
    let endocrine_with = |pred: &dyn Fn(Role) -> bool| {
        a.options
            .iter()
            .filter(|o| option(o.id).kind == Kind::Endocrine && pred(o.role))
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
    };
    for (key, want) in expect {
        let items = strings(want);
        let mut fail = |msg: String| problems.push(format!("{key}: {msg}"));
        match key.as_str() {
            "subtype" | "strategy" | "chemo_mode" => {
                let got = match key.as_str() {
                    "subtype" => Some(a.subtype.as_str()),
                    "strategy" => Some(a.strategy.as_str()),
                    _ => a.chemo_mode.map(|m| m.as_str()),
                };
                if got != want.as_str() {
                    fail(format!("expected {want}, got {}", got.unwrap_or("null")));
                }
            }
            "path_includes" | "path_excludes" => {
                let include = key == "path_includes";
                for id in &items {
                    if a.path.iter().any(|n| n.as_str() == id) != include {
                        fail(format!("{id} {} the path", if include { "is not on" } else { "is on" }));
                    }
                }
            }
            "preferred_includes"
            | "preferred_excludes"
            | "offered_includes"
            | "offered_excludes"
            | "supportive_includes" => {
                let include = key.ends_with("includes");
                let test = if key.starts_with("preferred") { &preferred as &dyn Fn(&str) -> bool } else { &offered };
                for id in &items {
                    if test(id) != include {
                        let role = a.options.iter().find(|o| o.id.as_str() == id).map_or("absent", |o| o.role.as_str());
                        fail(format!("{id} is {role}"));
                    }
                }
            }
            "offered_excludes_class" | "preferred_excludes_class" => {
                if want.as_str() != Some("endocrine") {
                    fail(format!("unknown class {want}"));
                    continue;
                }
                let found = if key.starts_with("offered") {
                    endocrine_with(&|r: Role| r.is_offered())
                } else {
                    endocrine_with(&|r: Role| r == Role::Preferred)
                };
                if !found.is_empty() {
                    fail(format!("endocrine options present: {}", found.join(", ")));
                }
            }
            "no_therapy" => {
                let therapy: Vec<&str> = a
                    .options
                    .iter()
                    .filter(|o| {
                        o.role.is_offered()
                            && matches!(option(o.id).kind, Kind::Endocrine | Kind::Chemotherapy | Kind::Combination)
                    })
                    .map(|o| o.id.as_str())
                    .collect();
                if (want.as_bool() == Some(true)) != therapy.is_empty() {
                    fail(format!("therapy options offered: [{}]", therapy.join(", ")));
                }
            }
            "alerts_include" | "alerts_exclude" | "alerts_include_urgent" => {
                for code in &items {
                    let alert = a.alerts.iter().find(|al| al.code.as_str() == code);
                    let ok = match key.as_str() {
                        "alerts_include" => alert.is_some(),
                        "alerts_exclude" => alert.is_none(),
                        _ => alert.is_some_and(|al| al.severity.as_str() == "urgent"),
                    };
                    if !ok {
                        fail(format!("{code} {}", if alert.is_some() { "present (or not urgent)" } else { "absent" }));
                    }
                }
            }
            "missing_includes" => {
                for field in &items {
                    if !a.missing.iter().any(|m| m == field.as_str()) {
                        fail(format!(
                            "{field} not in missing {:?}",
                            a.missing.iter().map(|m| m.to_string()).collect::<Vec<_>>()
                        ));
                    }
                }
            }
            "first_preferred_drug" => {
                let got = first_preferred_drug(a).map(|id| id.as_str());
                if got != want.as_str() {
                    fail(format!("expected {want}, got {}", got.unwrap_or("none")));
                }
            }
            "preferred_excludes_combination" => {
                let combos: Vec<&str> = a
                    .with_role(Role::Preferred)
                    .filter(|o| option(o.id).kind == Kind::Combination)
                    .map(|o| o.id.as_str())
                    .collect();
                if want.as_bool() == Some(true) && !combos.is_empty() {
                    fail(format!("combinations preferred: {}", combos.join(", ")));
                }
            }
            other => fail(format!("unknown expectation key `{other}`")),
        }
    }
    problems
}

/// Checks one example file's text; `Err` when the file itself is unusable.
pub fn check_example(text: &str) -> Result<(String, CheckOutcome), String> {
    let doc: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let name = doc.get("name").and_then(Value::as_str).unwrap_or("(unnamed)").to_string();
    let case = doc.get("case").ok_or("no `case`")?;
    let case = Case::from_json(&case.to_string()).map_err(|e| format!("{name}: {e}"))?;
    let expect = doc.get("expect").ok_or("no `expect`")?;
    let problems = check_expect(&evaluate(&case), expect);
    Ok((name, if problems.is_empty() { CheckOutcome::Pass } else { CheckOutcome::Fail(problems) }))
}

/// Every `*.json` file in `dir` with an `expect` block, in name order.
pub fn check_dir(dir: &Path) -> Result<Vec<(String, CheckOutcome)>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let has_expect = serde_json::from_str::<Value>(&text).ok().is_some_and(|v| v.get("expect").is_some());
        if !has_expect {
            continue;
        }
        let label = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        match check_example(&text) {
            Ok((name, outcome)) => out.push((name, outcome)),
            Err(e) => out.push((label, CheckOutcome::Fail(vec![e]))),
        }
    }
    if out.is_empty() {
        return Err(format!("no case file with an `expect` block in {}", dir.display()));
    }
    Ok(out)
}
