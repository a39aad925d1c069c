//! The architecture invariants of ARCHITECTURE.md, checked on the source
//! itself: what is deliberately absent stays absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// The `.rs` files of a folder under `src/`, by file stem, with their text.
fn files(dir: &str) -> BTreeMap<String, String> {
    std::fs::read_dir(Path::new(SRC).join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

/// The text with comments removed and every string literal listed apart
/// (but for panic messages).
fn split(text: &str) -> (String, Vec<String>) {
    let (mut code, mut literals) = (String::new(), Vec::new());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for d in chars.by_ref() {
                    if d == '\n' {
                        code.push('\n');
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"', '\\'), or a lifetime: copied as it is.
                code.push(c);
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with('\\') {
                    code.extend(chars.by_ref().take(3));
                } else if rest.chars().nth(1) == Some('\'') {
                    code.extend(chars.by_ref().take(2));
                }
            }
            '"' => {
                let mut s = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            s.push(d);
                            s.extend(chars.next());
                        }
                        '"' => break,
                        _ => s.push(d),
                    }
                }
                // A panic message (`expect("…")`) is for developers, not the screen.
                if !code.trim_end().ends_with("expect(") {
                    literals.push(s);
                }
                code.push_str("\"\"");
            }
            _ => code.push(c),
        }
    }
    (code, literals)
}

fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count()
}

/// The engine chooses; the knowledge base words. No sentence is written in the engine.
#[test]
fn the_engine_never_writes_a_sentence() {
    let mut found = Vec::new();
    for (name, text) in files("engine") {
        for s in split(&text).1.into_iter().filter(|s| words(s) >= 3) {
            found.push(format!("engine/{name}.rs: \"{s}\""));
        }
    }
    assert!(found.is_empty(), "sentences belong in src/kb/:\n{}", found.join("\n"));
    assert_eq!(
        split(r#"x("three words here") // "a comment, not a literal""#).1,
        ["three words here"],
        "the scanner reads literals"
    );
}

/// `src/web/` imports downward only: no view imports a view that imports it back.
#[test]
fn views_import_downward_only() {
    let views = files("web");
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, text) in &views {
        let code = split(text).0;
        let uses = code
            .lines()
            .filter_map(|l| l.trim().strip_prefix("use super::"))
            .flat_map(|rest| {
                let rest = rest.trim_end_matches(';');
                match rest.strip_prefix('{') {
                    Some(list) => list
                        .trim_end_matches('}')
                        .split(',')
                        .map(|m| m.trim().split("::").next().unwrap().to_string())
                        .collect::<Vec<_>>(),
                    None => vec![rest.split("::").next().unwrap().to_string()],
                }
            })
            .filter(|m| views.contains_key(m))
            .collect();
        graph.insert(name.clone(), uses);
    }
    // Depth-first search for a cycle.
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            return Some(path[i..].iter().cloned().chain([n.to_string()]).collect());
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            if let Some(cycle) = visit(m, g, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        if let Some(cycle) = visit(n, &graph, &mut Vec::new(), &mut done) {
            panic!("import cycle in src/web/: {}", cycle.join(" → "));
        }
    }
    assert!(
        graph["app"].contains("results") && graph["results"].contains("shared"),
        "the scanner reads imports: {graph:?}"
    );
}

/// Dependencies point one way: views → engine → knowledge base → identifiers;
/// the engine and the knowledge base know nothing of the browser or the views,
/// and the knowledge base nothing of the rules.
#[test]
fn dependencies_point_one_way() {
    let code = |dir: &str| files(dir).into_iter().map(|(n, t)| (n, split(&t).0)).collect::<Vec<_>>();
    for (name, text) in code("engine") {
        for banned in ["crate::web", "leptos", "web_sys", "wasm_bindgen"] {
            assert!(!text.contains(banned), "engine/{name}.rs uses {banned}");
        }
    }
    for (name, text) in code("kb") {
        for banned in ["crate::engine", "crate::web", "leptos", "web_sys", "super::super"] {
            assert!(!text.contains(banned), "kb/{name}.rs uses {banned}");
        }
    }
}

/// `src/web/` decides nothing clinical: of the engine it calls only the entry
/// points that answer a whole question (evaluate, why not, what if, what the
/// answer rests on).
#[test]
fn views_call_only_the_engine_entry_points() {
    const ALLOWED: &[&str] = &[
        "crate::engine::why_not",
        "crate::engine::whatif::{whatif, with_value}",
        "crate::engine::whatif::whatif",
        "crate::engine::whatif::assumptions",
    ];
    for (name, text) in files("web") {
        let code = split(&text).0;
        let mut rest = code.as_str();
        while let Some(i) = rest.find("crate::engine") {
            let tail = &rest[i..];
            assert!(ALLOWED.iter().any(|a| tail.starts_with(a)), "web/{name}.rs: {}", tail.lines().next().unwrap());
            rest = &tail[1..];
        }
    }
}

/// Nothing in `src/` reads the network, and the browser bindings that could are not even compiled in.
#[test]
fn nothing_reads_the_network() {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push((p.display().to_string(), std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    let mut all = Vec::new();
    walk(Path::new(SRC), &mut all);
    assert!(all.len() > 30, "the walk reads src/");
    const NETWORK: &[&str] = &[
        "fetch_with",
        "XmlHttpRequest",
        "WebSocket",
        "EventSource",
        "send_beacon",
        "RequestInit",
        "std::net",
        "TcpStream",
    ];
    for (path, text) in &all {
        let code = split(text).0;
        for n in NETWORK {
            assert!(!code.contains(n), "{path} uses {n}");
        }
    }
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    for feature in [
        "\"Request\"",
        "\"Response\"",
        "\"Headers\"",
        "\"WebSocket\"",
        "\"EventSource\"",
        "\"XmlHttpRequest\"",
        "\"RequestInit\"",
    ] {
        assert!(!manifest.contains(feature), "web-sys feature {feature} is enabled");
    }
}
