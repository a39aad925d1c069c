//! The knowledge base validates: tables in id order, no dangling ids, a
//! reference behind every option and node, and the references as EVIDENCE.md
//! gives them. (That every node, option and alert is reached by some case is
//! checked by the invariant sweep, which sees millions of cases.)

use mbc_aid::ids::{AlertCode, NodeId, OptionId, RefId};
use mbc_aid::kb::alerts::ALERTS;
use mbc_aid::kb::nodes::{Figure, NODES};
use mbc_aid::kb::options::OPTIONS;
use mbc_aid::kb::refs::REFERENCES;

#[test]
fn tables_are_complete_and_in_id_order() {
    assert_eq!(NODES.iter().map(|n| n.id).collect::<Vec<_>>(), NodeId::ALL);
    assert_eq!(OPTIONS.iter().map(|o| o.id).collect::<Vec<_>>(), OptionId::ALL);
    assert_eq!(ALERTS.iter().map(|a| a.code).collect::<Vec<_>>(), AlertCode::ALL);
    assert_eq!(REFERENCES.iter().map(|r| r.id).collect::<Vec<_>>(), RefId::ALL);
}

#[test]
fn every_option_and_node_has_references_and_text() {
    for o in OPTIONS {
        assert!(!o.refs.is_empty(), "{} has no reference", o.id);
        assert!(!o.summary.is_empty() && !o.name.is_empty(), "{} has no text", o.id);
    }
    for n in NODES {
        assert!(!n.refs.is_empty(), "{} has no reference", n.id);
        assert!(!n.text.is_empty() && !n.title.is_empty() && !n.when.is_empty(), "{} has no text", n.id);
    }
    for r in REFERENCES {
        assert!(!r.citation.is_empty() && !r.study.is_empty(), "{} is empty", r.id);
    }
}

#[test]
fn the_flowchart_is_connected() {
    let roots = [NodeId::WSuspected, NodeId::THrPos, NodeId::TTnbc];
    let mut reached: Vec<NodeId> = roots.to_vec();
    let mut i = 0;
    while i < reached.len() {
        let node = &NODES[reached[i].index()];
        for &next in node.next {
            assert_eq!(NODES[next.index()].figure, node.figure, "{} → {next} crosses figures", node.id);
            if !reached.contains(&next) {
                reached.push(next);
            }
        }
        i += 1;
    }
    let orphans: Vec<_> = NodeId::ALL.iter().filter(|n| !reached.contains(n)).collect();
    assert!(orphans.is_empty(), "boxes no arrow leads to: {orphans:?}");
    assert!(NODES.iter().filter(|n| n.figure == Figure::Workup).all(|n| n.id.as_str().starts_with("w.")));
}

/// EVIDENCE.md is the source; refs.rs is its transcription. Where the shared
/// folder is beside the checkout, every citation and result must match it.
#[test]
fn references_match_evidence_md() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/clinical/EVIDENCE.md");
    let Ok(evidence) = std::fs::read_to_string(path) else {
        eprintln!("note: {path} is not present; references not compared");
        return;
    };
    for r in REFERENCES {
        let row = evidence
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", r.id)))
            .unwrap_or_else(|| panic!("{} is not in EVIDENCE.md", r.id));
        // Markdown emphasis is the document's presentation, never shown as such on screen.
        let row = row.replace("**", "");
        for part in [r.citation, r.study, r.result, r.used_for] {
            assert!(row.contains(part), "{}: {part:?} is not as EVIDENCE.md has it", r.id);
        }
    }
    let rows = evidence.lines().filter(|l| l.starts_with("| `")).count();
    assert_eq!(rows, REFERENCES.len(), "EVIDENCE.md has references refs.rs lacks");
}

/// `Field` is the case format: every variant is a field a case file may
/// carry, the definitions follow its order, and no field is left out.
#[test]
fn the_field_type_is_the_case_format() {
    use mbc_aid::ids::Field;
    use mbc_aid::kb::fields::{FIELDS, SINCE_2012_FIELDS};
    let case = serde_json::to_value(mbc_aid::Case::default()).unwrap();
    assert!(case.as_object().unwrap().is_empty(), "the default case serialises to {{}}");
    let defs: Vec<Field> = FIELDS.iter().chain(SINCE_2012_FIELDS).map(|f| f.id).collect();
    assert_eq!(defs, Field::ALL, "the definitions follow Field's order");
    for &f in Field::ALL {
        let probe = format!(r#"{{"{f}": null}}"#);
        assert!(mbc_aid::Case::from_json(&probe).is_ok(), "{f} is not a case field");
        assert_eq!(f.def().id, f);
        assert_eq!(f.is_since_2012(), SINCE_2012_FIELDS.iter().any(|d| d.id == f), "{f}");
    }
    assert_eq!(FIELDS.len(), 30, "ALGORITHM.md §1 has 30 fields");
    assert!(Field::parse("chemo_history").is_some() && Field::parse("chemo_history[2].months_since_end").is_none());
    // A field the case format does not know is refused, however close its name.
    assert!(mbc_aid::Case::from_json(r#"{"visceral_crsis": null}"#).is_err());
}

/// Each number's limits live in one table: the parser accepts exactly that
/// range, and the definition the form shows states it.
#[test]
fn number_limits_come_from_one_table() {
    use mbc_aid::ids::{ExposureField, Field};
    use mbc_aid::Case;
    let parse = |name: &str, v: f64| {
        let text = if name == "months_since_end" {
            format!(
                r#"{{"chemo_history": [{{"agent": "taxane", "setting": "adjuvant", "outcome": "completed", "months_since_end": {v}}}]}}"#
            )
        } else {
            format!(r#"{{"{name}": {v}}}"#)
        };
        Case::from_json(&text).map_err(|e| e.to_string())
    };
    let numbers = Field::ALL.iter().filter_map(|&f| Some((f.as_str(), f.limits()?, Some(f))));
    let months = ("months_since_end", ExposureField::MonthsSinceEnd.limits().expect("months have limits"), None);
    let mut checked = 0;
    for (name, l, field) in numbers.chain([months]) {
        assert!(parse(name, l.min).is_ok() && parse(name, l.min - 1.0).is_err(), "{name} below {}", l.min);
        match l.max {
            Some(max) => {
                assert!(parse(name, max).is_ok(), "{name} at {max}");
                let err = parse(name, max + 1.0).unwrap_err();
                assert!(err.contains(&l.text()), "{name}: {err}");
            }
            None => assert!(parse(name, 1e6).is_ok(), "{name} has no upper limit"),
        }
        assert_eq!(parse(name, l.min + 0.5).is_err(), l.whole, "{name}: whole numbers only = {}", l.whole);
        if let Some(f) = field {
            assert!(f.definition().ends_with(&format!("Range: {}.", l.text())), "{}", f.definition());
        }
        checked += 1;
    }
    assert_eq!(checked, 4, "age, ECOG, anthracycline dose and months since a course ended");
}

/// The engine writes an agent's label and a box's "when" in lower case with
/// ASCII conversion (Unicode's would bring its case tables back into the
/// browser's module): it must give what full Unicode lower-casing gives.
#[test]
fn words_the_engine_lower_cases_are_ascii_lower_cased_alike() {
    use mbc_aid::case::{ChemoAgent, EndocrineAgent};
    let labels = EndocrineAgent::ALL.iter().map(|a| a.label()).chain(ChemoAgent::ALL.iter().map(|a| a.label()));
    // Of a box's "when", only the first letter is lower-cased.
    let whens = NODES.iter().map(|n| n.when.get(..n.when.chars().next().map_or(0, char::len_utf8)).unwrap_or_default());
    for text in labels.chain(whens) {
        assert_eq!(text.to_ascii_lowercase(), text.to_lowercase(), "{text:?} has a letter only Unicode lower-cases");
    }
}
