//! The patient view's text: every option the engine can offer is explained,
//! every number is the source's own, benefits and harms get equal detail, it
//! reads at about age 12, and it never tells the patient what to choose.

use mbc_aid::ids::OptionId;
use mbc_aid::kb::alerts::ALERTS;
use mbc_aid::kb::drug_facts::DRUG_FACTS;
use mbc_aid::kb::fields::FIELDS;
use mbc_aid::kb::nodes::NODES;
use mbc_aid::kb::options::{option, OPTIONS};
use mbc_aid::kb::patient::*;
use mbc_aid::kb::reference;

/// ALGORITHM.md §7 invariant 10: never offered, so never explained to a patient.
const NEVER_OFFERED: &[OptionId] = &[
    OptionId::PaclitaxelBevacizumab,
    OptionId::Iniparib,
    OptionId::ConcurrentEtChemo,
    OptionId::AnastrozoleFulvestrant,
    OptionId::TamoxifenEverolimus,
];

#[test]
fn every_option_the_engine_can_offer_is_explained_once() {
    for &id in OptionId::ALL {
        let n = PATIENT_OPTIONS.iter().filter(|p| p.id == id).count();
        let expected = usize::from(!NEVER_OFFERED.contains(&id));
        assert_eq!(n, expected, "{id}: {n} plain-language entries");
    }
    for p in PATIENT_OPTIONS {
        assert!(!p.name.is_empty() && !p.what.is_empty(), "{}: no name or description", p.id);
        for f in p.benefits.iter().chain(p.harms) {
            assert!(!f.text.is_empty(), "{}: an empty statement", p.id);
        }
    }
}

/// The numbers of a text: "9,742" is one number, "6.0" keeps its decimal.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = (c == '.' || c == ',') && !cur.is_empty() && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || inner {
            if c != ',' {
                cur.push(c);
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn source_text(id: OptionId, source: Source) -> String {
    match source {
        Source::Ref(r) => {
            let d = reference(r);
            format!("{} {}", d.study, d.result).replace(',', "")
        }
        Source::Spec => {
            let o = option(id);
            format!("{} {}", o.summary, o.notes.join(" "))
        }
    }
}

/// DRUG-FACTS.md's page labels ("[S3]") are not figures.
fn without_labels(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("[S") {
        out.push_str(&rest[..i]);
        rest = rest[i..].split_once(']').map_or("", |(_, tail)| tail);
    }
    out.push_str(rest);
    out
}

fn appears(number: &str, haystack: &str) -> bool {
    numbers(haystack).iter().any(|n| n == number)
}

#[test]
fn every_number_shown_to_a_patient_is_in_its_source() {
    let mut checked = 0;
    for p in PATIENT_OPTIONS {
        let by_step = BY_STEP.iter().filter(|s| s.id == p.id).flat_map(|s| s.benefits);
        for f in p.benefits.iter().chain(p.harms).chain(by_step) {
            let src = source_text(p.id, f.source);
            let labels = f.groups.iter().map(|g| g.label).collect::<Vec<_>>().join(" ");
            for n in numbers(f.text).into_iter().chain(numbers(&labels)) {
                assert!(appears(&n, &src), "{}: {n} in {:?} is not in {:?}", p.id, f.text, f.source);
                checked += 1;
            }
            for g in f.groups {
                let Source::Ref(r) = f.source else { panic!("{}: figures need a study", p.id) };
                let d = reference(r);
                let reported = format!("{} {}", d.study, d.result);
                assert!(
                    reported.contains(&format!("{}%", g.percent)),
                    "{}: {}% is not a result of {r}",
                    p.id,
                    g.percent
                );
                checked += 1;
            }
        }
        assert!(numbers(p.what).is_empty(), "{}: numbers in the description", p.id);
    }
    // The drug facts: each number in the words of DRUG-FACTS.md the statement is drawn from.
    for d in DRUG_FACTS {
        for f in d.statements() {
            let src = without_labels(f.from);
            let text = without_marked_conversions(f.text).unwrap_or_else(|e| panic!("{}: {e}", d.id));
            for n in numbers(&text) {
                // "22%" is shown as "22 of every 100".
                let per_100 = n == "100" && src.contains('%');
                assert!(appears(&n, &src) || per_100, "{}: {n} in {:?} is not in {:?}", d.id, f.text, f.from);
                checked += 1;
            }
        }
    }
    // Later results (SINCE-2012-v2.md §9.7): the plain words' figures are the clinician text's.
    for l in mbc_aid::kb::since2012::LATER_RESULTS {
        for x in numbers(l.plain) {
            let per_100 = x == "100" && l.text.contains('%');
            assert!(appears(&x, l.text) || per_100, "{}: {x} not in its later result", l.option);
            checked += 1;
        }
    }
    for n in NODES {
        for x in numbers(n.plain) {
            assert!(appears(&x, &format!("{} {} {}", n.title, n.text, n.when)), "{}: {x} not in the box", n.id);
        }
    }
    for a in ALERTS {
        for x in numbers(a.plain) {
            assert!(appears(&x, &format!("{} {}", a.title, a.text)), "{}: {x} not in the alert", a.code);
        }
    }
    assert!(checked > 100, "only {checked} numbers checked");
}

/// How a temperature a page gives in °F only is shown: with its °C beside
/// it, marked as our conversion: "100.5°F (about 38°C, converted by us)".
const CONVERSION: (&str, &str) = ("°F (about ", "°C, converted by us)");

/// The text without its marked °F-to-°C conversions, each checked: the one
/// figure a patient may read that its page does not print. An °F left
/// without its conversion, or a conversion that is wrong, is an error.
fn without_marked_conversions(text: &str) -> Result<String, String> {
    let (open, close) = CONVERSION;
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("°F") {
        let before = &rest[..at];
        let fahrenheit: f64 = numbers(before).last().and_then(|n| n.parse().ok()).ok_or("°F without a figure")?;
        let tail = rest[at..].strip_prefix(open).ok_or_else(|| format!("{fahrenheit}°F without its °C beside it"))?;
        let (celsius, after) = tail.split_once(close).ok_or("a conversion not marked as ours")?;
        let expected = ((fahrenheit - 32.0) * 5.0 / 9.0).round();
        if celsius.parse::<f64>().ok() != Some(expected) {
            return Err(format!("{fahrenheit}°F is about {expected}°C, not {celsius}°C"));
        }
        out.push_str(before);
        out.push_str("°F");
        rest = after;
    }
    if rest.contains("°C, converted") {
        return Err("a conversion without its °F".into());
    }
    out.push_str(rest);
    Ok(out)
}

#[test]
fn a_marked_conversion_is_the_only_figure_allowed_beyond_the_page() {
    assert_eq!(
        without_marked_conversions("a temperature of 100.5°F (about 38°C, converted by us) or above").unwrap(),
        "a temperature of 100.5°F or above"
    );
    assert!(without_marked_conversions("100.5°F or above").is_err(), "°F alone");
    assert!(without_marked_conversions("100.5°F (about 39°C, converted by us)").is_err(), "a wrong conversion");
    assert!(without_marked_conversions("100.5°F (about 38°C)").is_err(), "not marked as ours");
    assert!(without_marked_conversions("38°C or more").unwrap() == "38°C or more");
}

#[test]
fn the_number_check_catches_a_number_not_in_the_source() {
    let src = source_text(OptionId::Nsai, Source::Ref(mbc_aid::ids::RefId::Mouridsen2001));
    assert!(appears("907", &src));
    assert!(!appears("90", &src) && !appears("9", &src));
    assert_eq!(numbers("9,742 women, 6.0 months, 3."), ["9742", "6.0", "3"]);
    let label_only = without_labels("tablets by mouth [S1]");
    assert!(!appears("1", &label_only), "a page label counted as a figure");
    assert!(appears("5", &without_labels("usually 5 years [S1][S5]")) && !appears("15", &without_labels("a [S1]5")));
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn side_words(findings: &[Finding], unstudied: bool, missing: &str) -> usize {
    let stated: usize = findings
        .iter()
        .map(|f| {
            words(f.text)
                + f.groups.iter().map(|g| words(g.label) + words(mbc_aid::kb::copy::PER_100) + 1).sum::<usize>()
        })
        .sum();
    stated + if unstudied { words(missing) } else { 0 }
}

fn has_any_study(findings: &[Finding]) -> bool {
    studies(findings) > 0
}

fn studies(findings: &[Finding]) -> usize {
    findings.iter().filter(|f| matches!(f.source, Source::Ref(_))).count()
}

/// IPDAS: benefits and harms in equal detail. Each side is reported from a
/// study or says plainly that the sources give no figures. Where both sides
/// have studies, neither gets more than twice the words of the other; where
/// only one side has, it is held to a single study, so the side the sources
/// leave blank is not outweighed by a list of results.
#[test]
fn benefits_and_harms_have_equal_detail() {
    let mut unequal = Vec::new();
    // Each option as shown at every step that has its own findings, and elsewhere.
    let shown = PATIENT_OPTIONS.iter().map(|p| (p, p.benefits)).chain(BY_STEP.iter().map(|s| {
        (PATIENT_OPTIONS.iter().find(|p| p.id == s.id).expect("a step finding of a known option"), s.benefits)
    }));
    for (p, benefits) in shown {
        let b = side_words(benefits, !has_any_study(benefits), BENEFITS_NOT_IN_SOURCES);
        let h = side_words(p.harms, p.harms_unstudied(), HARMS_NOT_IN_SOURCES);
        assert!(b > 0 && h > 0, "{}: a side with nothing to say", p.id);
        match (studies(benefits), studies(p.harms)) {
            (0, 0) => {}
            (n, 0) | (0, n) if n > 1 => unequal.push(format!("{}: {n} studies on one side, none on the other", p.id)),
            (0, _) | (_, 0) => {}
            _ if b.max(h) > 2 * b.min(h) => unequal.push(format!("{}: benefits {b} words, harms {h} words", p.id)),
            _ => {}
        }
    }
    assert!(unequal.is_empty(), "unequal detail:\n{}", unequal.join("\n"));
}

/// The comparison grid's study row: the headline of what the studies
/// showed, beside every side effect they reported, or the plain line that
/// the sources give none. Held to the cards' rule: where both are studies,
/// neither has more than twice the words of the other.
#[test]
fn the_grids_study_row_has_equal_detail() {
    let mut unequal = Vec::new();
    let steps = BY_STEP.iter().map(|s| (s.id, vec![s.step]));
    let shown = PATIENT_OPTIONS.iter().map(|p| (p.id, Vec::new())).chain(steps);
    let mut checked = 0;
    for (id, path) in shown {
        let p = PATIENT_OPTIONS.iter().find(|p| p.id == id).expect("a known option");
        let benefit = p.headline_benefit(&path);
        let b = side_words(benefit.map_or(&[], std::slice::from_ref), benefit.is_none(), BENEFITS_NOT_IN_SOURCES);
        let h = side_words(p.harms, p.harms_unstudied(), HARMS_NOT_IN_SOURCES);
        assert!(b > 0 && h > 0, "{id}: a side of the grid's study row says nothing");
        let studied = benefit.is_some_and(|f| matches!(f.source, Source::Ref(_))) && !p.harms_unstudied();
        if studied && b.max(h) > 2 * b.min(h) {
            unequal.push(format!("{id} at {path:?}: benefit {b} words, side effects {h} words"));
        }
        checked += 1;
    }
    assert!(checked > PATIENT_OPTIONS.len(), "every option and every step finding checked");
    assert!(unequal.is_empty(), "unequal detail in the grid:\n{}", unequal.join("\n"));
}

/// Every string literal of the patient knowledge module, as written.
fn literals(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = source.chars().peekable();
    let mut in_comment = false;
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if in_comment {
            in_comment = c != '\n';
        } else if c == '/' && prev == '/' {
            in_comment = true;
        } else if c == '"' {
            let mut s = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => s.extend(chars.next()),
                    '"' => break,
                    _ => s.push(d),
                }
            }
            out.push(s);
        }
        prev = c;
    }
    out
}

fn patient_strings() -> Vec<String> {
    let modules = [include_str!("../src/kb/patient.rs"), include_str!("../src/kb/copy.rs")];
    let mut all: Vec<String> =
        modules.iter().flat_map(|m| literals(m)).filter(|s| s.chars().any(char::is_alphabetic)).collect();
    all.extend(DRUG_FACTS.iter().flat_map(|d| d.statements()).map(|f| f.text.to_string()));
    all.extend(NODES.iter().map(|n| n.plain.to_string()));
    all.extend(ALERTS.iter().map(|a| a.plain.to_string()));
    all.extend(FIELDS.iter().map(|f| f.plain.to_string()));
    all.extend(mbc_aid::kb::since2012::POINTERS.iter().map(|p| p.plain.to_string()));
    all.extend(mbc_aid::kb::since2012::LATER_RESULTS.iter().map(|l| l.plain.to_string()));
    use mbc_aid::kb::since2012::{
        PLAIN_ASSUMES, PLAIN_GENERAL, PLAIN_GENERAL_TITLE, PLAIN_INTRO, PLAIN_LATER_RESULT, PLAIN_TEST, PLAIN_TITLE,
    };
    all.extend(
        [PLAIN_TITLE, PLAIN_INTRO, PLAIN_TEST, PLAIN_ASSUMES, PLAIN_LATER_RESULT, PLAIN_GENERAL_TITLE, PLAIN_GENERAL]
            .map(String::from),
    );
    all
}

/// The words of the medicines' names (option names and summaries, drug classes): a patient
/// needs them as they are, so a single string is not failed for them; they
/// count as two syllables there. The whole-text grade counts them in full.
fn drug_words() -> Vec<String> {
    let mut names: Vec<String> = OPTIONS.iter().map(|o| o.name.to_string()).collect();
    names.extend(OPTIONS.iter().flat_map(|o| o.contains).map(|c| c.label().to_string()));
    names.extend(OPTIONS.iter().map(|o| o.summary.to_string()));
    names
        .iter()
        .flat_map(|n| n.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase).collect::<Vec<_>>())
        .filter(|w| w.len() > 3)
        .collect()
}

fn syllables(word: &str) -> usize {
    let w: String = word.chars().filter(char::is_ascii_alphabetic).collect::<String>().to_ascii_lowercase();
    if w.is_empty() {
        return 0;
    }
    if w.len() <= 3 {
        return 1;
    }
    let trimmed = w.strip_suffix("es").or_else(|| w.strip_suffix("ed")).filter(|t| !t.ends_with('l')).unwrap_or(&w);
    let trimmed = trimmed.strip_suffix('e').filter(|t| !t.ends_with('l')).unwrap_or(trimmed);
    let mut count = 0;
    let mut in_vowel = false;
    for c in trimmed.chars() {
        let v = "aeiouy".contains(c);
        if v && !in_vowel {
            count += 1;
        }
        in_vowel = v;
    }
    count.max(1)
}

struct Counts {
    sentences: usize,
    words: usize,
    syllables: usize,
}

fn counts(text: &str, names: &[String]) -> Counts {
    let ws: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).collect();
    let ends = text.matches(['.', '!', '?', ':']).count();
    let count = |w: &&str| {
        let bare: String = w.chars().filter(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        if names.contains(&bare) {
            2
        } else {
            syllables(w).max(1)
        }
    };
    Counts { sentences: ends.max(1), words: ws.len(), syllables: ws.iter().map(count).sum() }
}

/// Flesch–Kincaid grade level; a reading age is about the grade plus 5.
fn grade(c: &Counts) -> f64 {
    0.39 * c.words as f64 / c.sentences as f64 + 11.8 * c.syllables as f64 / c.words as f64 - 15.59
}

#[test]
fn the_syllable_count_is_sane() {
    for (w, n) in [
        ("the", 1),
        ("cancer", 2),
        ("treatment", 2),
        ("chemotherapy", 5),
        ("medicine", 3),
        ("table", 2),
        ("shrank", 1),
        ("grade", 1),
    ] {
        assert_eq!(syllables(w), n, "{w}");
    }
    assert!(grade(&counts("The cat sat on the mat.", &[])) < 1.0);
    let hard = "Pharmacokinetic heterogeneity necessitates individualised pharmacotherapeutic optimisation.";
    assert!(grade(&counts(hard, &drug_words())) > 15.0);
    assert!(drug_words().contains(&"cyclophosphamide".to_string()) && !drug_words().contains(&"cancer".to_string()));
}

/// Reading age about 12 (Flesch–Kincaid grade 7) over all the patient text,
/// and no single sentence-bearing string above grade 10.
#[test]
fn patient_text_reads_at_about_age_12() {
    let strings = patient_strings();
    assert!(strings.len() > 150, "only {} strings found", strings.len());
    // The comparison grid's own words are held to it too.
    use mbc_aid::kb::copy::{GRID_ALONGSIDE, GRID_EQUAL, GRID_INTRO, GRID_NO_HAIR_LOSS, PREGNANCY_LEFT_OUT};
    for grid in [GRID_INTRO, GRID_EQUAL, GRID_ALONGSIDE, GRID_NO_HAIR_LOSS, PREGNANCY_LEFT_OUT] {
        assert!(strings.iter().any(|s| s == grid), "{grid:?} is not read by this test");
    }
    let names = drug_words();
    let mut total = Counts { sentences: 0, words: 0, syllables: 0 };
    let mut hardest = Vec::new();
    for s in &strings {
        let c = counts(s, &[]);
        if c.words >= 8 {
            let g = grade(&counts(s, &names));
            if g > 10.0 {
                hardest.push(format!("{g:.1}: {s}"));
            }
        }
        total.sentences += c.sentences;
        total.words += c.words;
        total.syllables += c.syllables;
    }
    let g = grade(&total);
    println!("patient text: {} strings, {} words, Flesch–Kincaid grade {g:.1}", strings.len(), total.words);
    assert!(hardest.is_empty(), "above grade 10:\n{}", hardest.join("\n"));
    assert!(g <= 7.0, "grade {g:.1} over all patient text");
}

#[test]
fn patient_text_never_tells_which_treatment_to_choose() {
    let directive = [
        "you should",
        "we recommend",
        "recommended for you",
        "best for you",
        "best option",
        "the right choice",
        "you must have",
        "you need to have",
    ];
    for s in patient_strings() {
        let lower = s.to_lowercase();
        for d in directive {
            assert!(!lower.contains(d), "{d:?} in {s:?}");
        }
    }
}

/// Study figures match the line of therapy: after a non-steroidal AI the
/// exemestane and fulvestrant cards show the trial run in that setting (EFECT),
/// not first-line data; the fulvestrant dose is explained as the dose used.
#[test]
fn study_figures_match_the_line_of_therapy() {
    use mbc_aid::ids::RefId;
    use mbc_aid::{evaluate, Case};
    let cited = |case: &str, id: OptionId| {
        let a = evaluate(&Case::from_json(case).unwrap());
        assert!(a.is_offered(id), "{id} offered");
        let p = PATIENT_OPTIONS.iter().find(|p| p.id == id).unwrap();
        p.benefits_at(&a.path)
            .iter()
            .filter_map(|f| match f.source {
                Source::Ref(r) => Some(r),
                Source::Spec => None,
            })
            .collect::<Vec<_>>()
    };
    let first_line = r#"{"her2": "negative", "er": "positive", "menopause": "post", "visceral_crisis": "no", "rapid_progression": "no"}"#;
    let after_nsai = r#"{"her2": "negative", "er": "positive", "menopause": "post", "visceral_crisis": "no", "rapid_progression": "no",
        "endocrine_history": [{"agent": "letrozole", "setting": "metastatic", "outcome": "progressed", "benefit": "yes"}]}"#;
    assert_eq!(cited(first_line, OptionId::Exemestane), [RefId::Paridaens2008]);
    assert_eq!(cited(after_nsai, OptionId::Exemestane), [RefId::Chia2008]);
    assert_eq!(cited(after_nsai, OptionId::Fulvestrant), [RefId::Chia2008]);
    let fulvestrant = PATIENT_OPTIONS.iter().find(|p| p.id == OptionId::Fulvestrant).unwrap();
    let first = &fulvestrant.benefits_at(&evaluate(&Case::from_json(first_line).unwrap()).path)[0];
    assert!(first.text.starts_with("The dose used is the higher of two"), "{}", first.text);
}

/// Doses are the care team's to set: no milligrams anywhere a patient reads.
#[test]
fn no_dose_in_mg_in_patient_text() {
    let mut all = patient_strings();
    all.extend(
        PATIENT_OPTIONS
            .iter()
            .flat_map(|p| p.benefits.iter().chain(p.harms))
            .flat_map(|f| f.groups)
            .map(|g| g.label.to_string()),
    );
    let mg = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case("mg") || w.eq_ignore_ascii_case("mcg"))
    };
    assert!(
        mg("500 mg a day") && mg("6mg".trim_start_matches(char::is_numeric)) && !mg("megestrol"),
        "the check itself"
    );
    let doses: Vec<&String> = all.iter().filter(|s| mg(s)).collect();
    assert!(doses.is_empty(), "doses in patient text: {doses:?}");
}

/// `Group::per_100` rounds from the digits (no float parser in the module):
/// it must agree with reading the percentage as a number and rounding it.
#[test]
fn every_percentage_rounds_as_its_value_does() {
    let findings = PATIENT_OPTIONS
        .iter()
        .flat_map(|p| p.benefits.iter().chain(p.harms))
        .chain(BY_STEP.iter().flat_map(|s| s.benefits));
    let groups = findings.flat_map(|f| f.groups);
    let mut seen = 0;
    for g in groups {
        let value: f64 =
            g.percent.parse().unwrap_or_else(|_| panic!("{}: {:?} is not a percentage", g.label, g.percent));
        assert_eq!(g.per_100(), value.round() as usize, "{}: {}%", g.label, g.percent);
        seen += 1;
    }
    assert!(seen > 0, "no percentage checked");
    for (percent, n) in [("2.45", 2), ("2.5", 3), ("0.5", 1), ("99.9", 100), ("30", 30)] {
        assert_eq!(Group { label: "", percent }.per_100(), n, "{percent}");
    }
}

/// A qualifier of an EVIDENCE.md row, and the plain words that carry it.
struct Qualifier {
    what: &'static str,
    /// Words of the row (study and result, lower case) that mark it.
    in_row: &'static [&'static str],
    /// Any of these, in the finding's own text, carries it.
    plain: &'static [&'static str],
}

/// What a study showed is never told without these: "never round a 'not
/// significant' into a win" (EVIDENCE.md), nor a gain without the crossover
/// that explains it (`oshaughnessy2002`, `carrick2009`).
const QUALIFIERS: &[Qualifier] = &[
    Qualifier {
        what: "not significant",
        in_row: &["not significant"],
        plain: &["could have been chance", "not clearly"],
    },
    Qualifier {
        what: "no survival gain",
        in_row: &["no survival gain", "no survival difference", "no difference in survival"],
        plain: &[
            "did not live longer",
            "did not clearly live longer",
            "survival did not differ",
            "survival was the same",
        ],
    },
    Qualifier {
        what: "the crossover caveat",
        in_row: &["never received", "did not plan the partner drug later"],
        plain: &["never had", "did not plan"],
    },
];

/// The percentages a clause of a result gives ("8% vs 1%").
fn percentages(clause: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = clause;
    while let Some(i) = rest.find('%') {
        let head = &rest[..i];
        let digits: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !digits.is_empty() {
            out.push(digits);
        }
        rest = &rest[i + 1..];
    }
    out
}

/// What a finding on a card leaves out of its EVIDENCE.md row. `benefit`:
/// it tells what the study showed; `first`: the card's first finding from
/// this row (the one that must say how the study was built).
fn qualifier_problems(id: OptionId, f: &Finding, benefit: bool, first: bool) -> Vec<String> {
    let Source::Ref(r) = f.source else { return Vec::new() };
    let d = reference(r);
    let row = format!("{} {}", d.study, d.result).to_lowercase();
    let text = f.text.to_lowercase();
    let labels = f.groups.iter().map(|g| g.label).collect::<Vec<_>>().join(" ").to_lowercase();
    let mut problems = Vec::new();
    if benefit {
        for q in QUALIFIERS {
            if q.in_row.iter().any(|w| row.contains(w)) && !q.plain.iter().any(|w| text.contains(w)) {
                problems.push(format!("{id}: {:?} leaves out {r}'s {}", f.text, q.what));
            }
        }
    }
    // A severity grade goes with the figures of its clause: "grade 3–4" is "severe".
    let graded = d.result.split(';').filter(|c| c.contains("grade")).flat_map(percentages).collect::<Vec<_>>();
    let figures = f.groups.iter().map(|g| g.percent.to_string()).chain(numbers(f.text));
    if figures.into_iter().any(|n| graded.contains(&n)) && !text.contains("severe") {
        problems.push(format!("{id}: {:?} gives {r}'s graded figures without \"severe\"", f.text));
    }
    // A single-drug card citing a trial of a combination: both arms named, and which one this drug was.
    let single = !option(id).name.contains('+');
    if single && first && d.study.contains(" + ") {
        let both_arms =
            text.contains("alone") && (text.contains("both drugs") || f.groups.len() >= 2 && labels.contains("with"));
        let this_arm = text.contains("was the comparison") || text.contains("on its own");
        if !both_arms || !this_arm {
            problems.push(format!(
                "{id}: {:?} is from a combination trial ({r}) but does not name both arms and this drug's",
                f.text
            ));
        }
    }
    problems
}

/// Every finding shown, on its card, with whether it tells a benefit and is the card's first from its row.
fn every_finding_shown() -> Vec<(OptionId, &'static Finding, bool, bool)> {
    let mut out = Vec::new();
    for p in PATIENT_OPTIONS {
        let steps = BY_STEP.iter().filter(|s| s.id == p.id).map(|s| s.benefits);
        for benefits in std::iter::once(p.benefits).chain(steps) {
            let mut seen = Vec::new();
            for (f, benefit) in benefits.iter().map(|f| (f, true)).chain(p.harms.iter().map(|f| (f, false))) {
                let first = !seen.contains(&f.source);
                seen.push(f.source);
                out.push((p.id, f, benefit, first));
            }
        }
    }
    out
}

#[test]
fn every_finding_carries_its_rows_qualifiers() {
    let shown = every_finding_shown();
    assert!(shown.len() > 50, "only {} findings", shown.len());
    let problems: Vec<String> =
        shown.iter().flat_map(|&(id, f, benefit, first)| qualifier_problems(id, f, benefit, first)).collect();
    assert!(problems.is_empty(), "qualifiers left out:\n{}", problems.join("\n"));
}

/// The wording this check was written against would fail it.
#[test]
fn the_qualifier_check_catches_the_old_wording() {
    use mbc_aid::ids::RefId::*;
    let finding = |source, text, groups| Finding { source: Source::Ref(source), text, groups };
    static PNEUMONITIS: [Group; 2] = [
        Group { label: "exemestane with everolimus", percent: "3" },
        Group { label: "exemestane alone", percent: "0" },
    ];
    let old = [
        (OptionId::ExemestaneEverolimus, finding(Baselga2012, "Inflamed lungs (pneumonitis) happened in:", &PNEUMONITIS), false),
        (OptionId::AcEc, finding(Carrick2009, "There were 43 studies with 9,742 women. People given two or more drugs together lived a little longer than people given one drug at a time.", &[]), true),
        (OptionId::Docetaxel, finding(Oshaughnessy2002, "In a study of 511 women, the typical survival was 11.5 months with docetaxel alone and 14.5 months when capecitabine was added.", &[]), true),
        (OptionId::Gemcitabine, finding(Albain2008, "In a study of 529 women, adding gemcitabine to paclitaxel gave a typical survival of 18.6 months, and 15.8 months with paclitaxel alone.", &[]), true),
        (OptionId::Nsai, finding(Mouridsen2003, "The typical time before the cancer grew was 9.4 months with letrozole and 6.0 months with tamoxifen.", &[]), true),
    ];
    for (id, f, benefit) in &old {
        let problems = qualifier_problems(*id, f, *benefit, true);
        assert!(!problems.is_empty(), "{id}: {:?} passed", f.text);
    }
    static ARMS: [Group; 2] = [
        Group { label: "ixabepilone with capecitabine", percent: "35" },
        Group { label: "capecitabine alone", percent: "14" },
    ];
    let shrank = finding(Thomas2007, "A study of 752 women compared ixabepilone with capecitabine to capecitabine alone. Women did not live longer with both drugs. The cancer shrank in:", &ARMS);
    assert!(
        qualifier_problems(OptionId::IxabepiloneCapecitabine, &shrank, true, true).is_empty(),
        "the combination's own card needs no arm named"
    );
    assert!(
        !qualifier_problems(OptionId::Capecitabine, &shrank, true, true).is_empty(),
        "capecitabine's card must say it was the comparison"
    );
    assert_eq!(percentages("grade 3–4 stomatitis 8% vs 1%, pneumonitis 3% vs 0%"), ["8", "1", "3", "0"]);
}
