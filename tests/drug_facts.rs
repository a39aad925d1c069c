//! The drug facts (how each option is given, its common side effects, its
//! serious warnings) are DRUG-FACTS.md's: every statement's words are found in
//! the file, the pages it cites are the ones those words cite there, a
//! `(weak source)` statement is marked limited, a NOT FOUND one cites nothing;
//! every option the engine can offer has all three parts.

use std::collections::BTreeSet;

use mbc_aid::ids::{DrugRef, OptionId};
use mbc_aid::kb::drug_facts::{drug_facts, Fact, DRUG_FACTS};
use mbc_aid::kb::drug_pages::{drug_page, DRUG_PAGES};

/// Never offered (ALGORITHM.md §7 invariant 10), and the trials, which the file has no section for.
const WITHOUT_FACTS: &[OptionId] = &[
    OptionId::PaclitaxelBevacizumab,
    OptionId::Iniparib,
    OptionId::ConcurrentEtChemo,
    OptionId::AnastrozoleFulvestrant,
    OptionId::TamoxifenEverolimus,
    OptionId::ParpTrial,
    OptionId::ClinicalTrial,
];

fn all_facts() -> impl Iterator<Item = (OptionId, &'static Fact)> {
    DRUG_FACTS.iter().flat_map(|d| d.statements().map(move |f| (d.id, f)))
}

#[test]
fn pages_are_in_id_order_and_each_is_cited() {
    assert_eq!(DRUG_PAGES.iter().map(|p| p.id).collect::<Vec<_>>(), DrugRef::ALL);
    for p in DRUG_PAGES {
        assert!(p.url.starts_with("http") && !p.publisher.is_empty(), "{}", p.id);
        assert!(all_facts().any(|(_, f)| f.pages.contains(&p.id)), "{} is cited by no fact", p.id);
    }
}

#[test]
fn every_option_that_can_be_offered_has_how_common_and_serious() {
    for &id in OptionId::ALL {
        let d = drug_facts(id);
        assert_eq!(
            d.is_none(),
            WITHOUT_FACTS.contains(&id),
            "{id}: drug facts {}",
            if d.is_some() { "present" } else { "missing" }
        );
        let Some(d) = d else { continue };
        assert!(!d.how.is_empty() && !d.common.is_empty() && !d.serious.is_empty(), "{id}: a part is empty");
        for &p in d.parts {
            assert!(
                drug_facts(p).is_some_and(|f| f.parts.is_empty()),
                "{id}: part {p} has no facts of its own, or parts of its own"
            );
        }
    }
    assert_eq!(DRUG_FACTS.len(), DRUG_FACTS.iter().map(|d| d.id).collect::<BTreeSet<_>>().len(), "an option twice");
    for (id, f) in all_facts() {
        assert!(!f.text.is_empty() && !f.from.is_empty(), "{id}: an empty statement");
        assert!(!(f.limited && f.not_found()), "{id}: {:?} is limited but cites nothing", f.text);
    }
}

/// DRUG-FACTS.md, by option section: its text and its "Sn" → address table.
struct Section {
    id: String,
    text: String,
    pages: Vec<(String, String)>,
}

fn sections(file: &str) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for chunk in file.split("\n### ").skip(1) {
        let id = chunk.split_whitespace().next().unwrap().to_string();
        let body = chunk.split("\n## ").next().unwrap();
        let sources =
            body.lines().find_map(|l| l.strip_prefix("- sources: ")).unwrap_or_else(|| panic!("{id}: no sources line"));
        let mut pages = Vec::new();
        for part in sources.split("; ") {
            let (labels, rest) = part.split_once(" = ").unwrap_or_else(|| panic!("{id}: {part}"));
            if let Some(url) = rest.rsplit_once(", ").map(|(_, u)| u).filter(|u| u.starts_with("http")) {
                pages.push((labels.to_string(), url.to_string()));
            } else {
                // "S2, S3 = ixabepilone S4 (…), S5 (…)": labels borrowed from another section.
                let (other, borrowed) = rest.split_once(' ').unwrap();
                let targets: Vec<&str> = borrowed.split(", ").map(|b| b.split_whitespace().next().unwrap()).collect();
                for (label, target) in labels.split(", ").zip(targets) {
                    let url = out
                        .iter()
                        .find(|s| s.id == other)
                        .and_then(|s| s.pages.iter().find(|(l, _)| l == target))
                        .map(|(_, u)| u.clone());
                    pages.push((label.to_string(), url.unwrap_or_else(|| panic!("{id}: {label} → {other} {target}"))));
                }
            }
        }
        out.push(Section { id, text: body.to_string(), pages });
    }
    out
}

/// The "[Sn]" labels of `s`, in order.
fn labels(s: &str) -> Vec<String> {
    s.match_indices("[S").map(|(i, _)| s[i + 1..].split(']').next().unwrap().to_string()).collect()
}

/// What DRUG-FACTS.md says of a statement's words in one section: the
/// addresses they cite (their own labels, or the labels right after them)
/// and whether a "(weak source)" marks them.
fn cited_in(section: &Section, from: &str) -> Option<(BTreeSet<String>, bool)> {
    let at = section.text.find(from)?;
    let after = section.text[at + from.len()..].trim_start();
    let own = labels(from);
    let (found, weak) = if own.is_empty() {
        let mut rest = after;
        let mut found = Vec::new();
        while let Some(r) = rest.strip_prefix("[S") {
            let (label, tail) = r.split_once(']').unwrap();
            found.push(format!("S{label}"));
            rest = tail;
        }
        (found, rest.trim_start().starts_with("(weak source)"))
    } else {
        (own, from.ends_with("(weak source)") || after.starts_with("(weak source)"))
    };
    let urls = found
        .iter()
        .map(|l| section.pages.iter().find(|(k, _)| k == l).map(|(_, u)| u.clone()).unwrap_or_default())
        .collect();
    Some((urls, weak))
}

fn check(file: &str, sections: &[Section], f: &Fact) -> Result<(), String> {
    if f.not_found() {
        let stated = f.from.contains("NOT FOUND")
            || f.from.contains("not applicable")
            || file.split("\n## NOT FOUND").nth(1).is_some_and(|nf| nf.contains(f.from));
        return if stated && file.contains(f.from) {
            Ok(())
        } else {
            Err(format!("{:?} is not a NOT FOUND line of the file", f.from))
        };
    }
    let want: BTreeSet<String> = f.pages.iter().map(|&p| drug_page(p).url.to_string()).collect();
    let readings: BTreeSet<_> = sections.iter().filter_map(|s| cited_in(s, f.from)).collect();
    if readings.is_empty() {
        return Err(format!("{:?} is not in DRUG-FACTS.md", f.from));
    }
    match readings.iter().find(|(urls, _)| *urls == want) {
        None => Err(format!("{:?} cites {readings:?} there, not {want:?}", f.from)),
        Some((_, weak)) if *weak != f.limited => {
            Err(format!("{:?}: weak source {weak}, limited {}", f.from, f.limited))
        }
        Some(_) => Ok(()),
    }
}

fn drug_facts_md() -> Option<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/clinical/DRUG-FACTS.md");
    let text = std::fs::read_to_string(path);
    if text.is_err() {
        eprintln!("note: {path} is not present; drug facts not compared");
    }
    text.ok()
}

#[test]
fn every_fact_is_drug_facts_md_with_its_pages() {
    let Some(file) = drug_facts_md() else { return };
    let sections = sections(&file);
    let errors: Vec<String> =
        all_facts().filter_map(|(id, f)| check(&file, &sections, f).err().map(|e| format!("{id}: {e}"))).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    let urls: BTreeSet<&str> = sections.iter().flat_map(|s| s.pages.iter().map(|(_, u)| u.as_str())).collect();
    let ours: BTreeSet<&str> = DRUG_PAGES.iter().map(|p| p.url).collect();
    assert_eq!(urls, ours, "the pages of DRUG-FACTS.md and drug_pages.rs differ");
}

#[test]
fn the_check_catches_a_wrong_page_a_missing_mark_and_invented_words() {
    let Some(file) = drug_facts_md() else { return };
    let sections = sections(&file);
    use mbc_aid::ids::DrugRef::*;
    let from = "one tablet by mouth once a day [S1][S6]";
    let right =
        Fact { text: "", pages: &[CrukNsai, CrukNsai3], limited: false, hair_loss: false, pregnancy: false, from };
    assert_eq!(check(&file, &sections, &right), Ok(()));
    assert!(check(&file, &sections, &Fact { pages: &[CrukNsai], ..right }).is_err(), "a page left out");
    assert!(check(&file, &sections, &Fact { limited: true, ..right }).is_err(), "marked limited without a weak source");
    assert!(
        check(&file, &sections, &Fact { from: "two tablets by mouth once a day [S1][S6]", ..right }).is_err(),
        "words not in the file"
    );
    let weak = "Poor appetite, rash [S2] (weak source)";
    assert!(
        check(&file, &sections, &Fact { pages: &[DailyrxCapecitabine], from: weak, ..right }).is_err(),
        "a weak source not marked"
    );
    assert!(
        check(&file, &sections, &Fact { pages: &[], from: "Poor appetite, rash", ..right }).is_err(),
        "a sourced fact passed off as not found"
    );
}

/// The words that make a statement a warning about pregnancy.
const PREGNANCY_WORDS: &[&str] = &["unborn baby", "birth control"];

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    text.split(". ").map(str::trim).filter(|s| !s.is_empty())
}

/// What the grid's hair-loss row shows and what is left out after menopause
/// are marked on the statements; the marks must match their words, and a
/// pregnancy warning must hold nothing else, so leaving it out hides nothing.
fn topic_problems(id: OptionId, f: &Fact) -> Vec<String> {
    let lower = f.text.to_lowercase();
    let mut out = Vec::new();
    if f.hair_loss != lower.contains("hair loss") {
        out.push(format!("{id}: {:?} is marked hair loss {}", f.text, f.hair_loss));
    }
    let about_pregnancy = |s: &str| PREGNANCY_WORDS.iter().any(|w| s.to_lowercase().contains(w));
    if f.pregnancy != about_pregnancy(f.text) {
        out.push(format!("{id}: {:?} is marked pregnancy {}", f.text, f.pregnancy));
    }
    if f.pregnancy {
        out.extend(
            sentences(f.text)
                .filter(|s| !about_pregnancy(s))
                .map(|s| format!("{id}: {s:?} would be left out with its pregnancy warning")),
        );
    }
    out
}

#[test]
fn hair_loss_and_pregnancy_marks_match_the_words() {
    let problems: Vec<String> = all_facts().flat_map(|(id, f)| topic_problems(id, f)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(all_facts().filter(|(_, f)| f.hair_loss).count() >= 10, "hair loss marked on too few statements");
    assert!(all_facts().filter(|(_, f)| f.pregnancy).count() >= 8, "pregnancy marked on too few statements");
    for d in DRUG_FACTS {
        assert!(
            d.how.iter().chain(d.course).all(|f| !f.pregnancy),
            "{}: a pregnancy warning outside the warnings",
            d.id
        );
    }
}

#[test]
fn the_mark_check_catches_a_mixed_warning_and_a_missing_mark() {
    let base = Fact { text: "", pages: &[], limited: false, hair_loss: false, pregnancy: false, from: "" };
    let mixed = Fact { text: "It can harm an unborn baby. It can thin the bones.", pregnancy: true, ..base };
    assert_eq!(topic_problems(OptionId::Tamoxifen, &mixed).len(), 1, "a bone warning hidden with a pregnancy one");
    let unmarked = Fact { text: "It can harm an unborn baby.", ..base };
    assert_eq!(topic_problems(OptionId::Tamoxifen, &unmarked).len(), 1);
    let hair = Fact { text: "Hair loss in 9 of 10.", ..base };
    assert_eq!(topic_problems(OptionId::Tamoxifen, &hair).len(), 1);
}

#[test]
fn pregnancy_warnings_are_left_out_only_when_they_cannot_apply() {
    use mbc_aid::case::{Case, Menopause, Tri};
    use mbc_aid::kb::drug_facts::pregnancy_warnings_apply;
    let unknown = Case::default();
    assert!(pregnancy_warnings_apply(&unknown), "an unknown status keeps them");
    assert!(!pregnancy_warnings_apply(&Case { menopause: Menopause::Post, ..Case::default() }));
    assert!(!pregnancy_warnings_apply(&Case { age: Some(60), ..Case::default() }));
    assert!(!pregnancy_warnings_apply(&Case { age: Some(62), menopause: Menopause::Pre, ..Case::default() }));
    assert!(pregnancy_warnings_apply(&Case { age: Some(59), menopause: Menopause::Pre, ..Case::default() }));
    assert!(pregnancy_warnings_apply(&Case { menopause: Menopause::Peri, ..Case::default() }));
    for doubt in [
        Case { menopause: Menopause::Post, amenorrhea_after_chemo: Tri::Yes, age: Some(45), ..Case::default() },
        Case { menopause: Menopause::Post, ovarian_suppression: Tri::Yes, ..Case::default() },
    ] {
        assert!(pregnancy_warnings_apply(&doubt), "a status §1 does not accept keeps them: {doubt:?}");
    }
}
