//! The static start screen (`mbc-aid start-screen`): true before anything is
//! evaluated, complete, and drawn for the widths the app draws for.

use mbc_aid::kb::frame;
use mbc_aid::kb::nodes::{Figure, NODES};
use mbc_aid::kb::provenance::{DISCLAIMER, SINCE_2012, SINCE_2012_TITLE};
use mbc_aid::layout::{cols_for_width, COLS_BREAKS};
use mbc_aid::start_screen::{drawings, html};

#[test]
fn shows_the_basis_and_both_figures_and_nothing_evaluated() {
    let page = html();
    assert!(
        page.starts_with(r#"<div id="start-screen" class="start-screen" inert>"#),
        "one inert root the app removes"
    );
    for words in [
        DISCLAIMER,
        SINCE_2012_TITLE,
        frame::STARTING,
        frame::TITLE,
        Figure::Workup.caption(),
        Figure::Therapy.caption(),
    ] {
        assert!(page.contains(&words.replace('&', "&amp;")), "missing: {words}");
    }
    // The failure line is there, hidden until the loader shows it.
    assert!(
        page.contains(&format!(r#"id="start-failed" role="alert" hidden><strong>{}</strong>"#, frame::START_FAILED))
    );
    for s in SINCE_2012 {
        assert!(page.contains(&s.replace('&', "&amp;")), "since 2012 item missing: {s}");
    }
    // Every box once in each of the drawings, and nothing else carries a box id.
    for n in NODES {
        let count = page.matches(&format!(r#"data-node="{}""#, n.id.as_str())).count();
        assert_eq!(count, drawings().len(), "{} drawn {count} times", n.id.as_str());
    }
    assert_eq!(page.matches("data-node=").count(), NODES.len() * drawings().len());
    // Nothing that reads as an evaluation: no path, no strategy, no option.
    for state in ["on-path", "data-on-path", "data-strategy", "data-summary", "data-option", "class=\"option", "lit"] {
        assert!(!page.contains(state), "the start screen shows state: {state}");
    }
    // The Content-Security-Policy allows no inline style or script.
    for inline in ["style=", "<script", "<style"] {
        assert!(!page.contains(inline), "inline {inline:?} in the start screen");
    }
    let handler = page.match_indices(" on").find(|(i, _)| {
        let name: String = page[i + 3..].chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && page[i + 3 + name.len()..].starts_with('=')
    });
    assert!(handler.is_none(), "an inline event handler in the start screen");
}

#[test]
fn one_drawing_for_each_width_the_app_draws_for() {
    assert_eq!(drawings(), [2, 3, 4]);
    for w in [0.0, 320.0, 639.0, 640.0, 1200.0, 1499.0, 1500.0, 2560.0] {
        assert!(drawings().contains(&cols_for_width(w)));
    }
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css")).unwrap();
    // The rule block that follows a media query, up to its closing brace.
    let block = |query: String| {
        css.split(&query).nth(1).and_then(|rest| rest.split("\n}").next()).map(str::to_owned).unwrap_or_default()
    };
    let below = block(format!("@media (max-width: {}px) {{", COLS_BREAKS[0] - 0.02));
    let above = block(format!("@media (min-width: {}px) {{", COLS_BREAKS[1]));
    assert!(
        below.contains(".start-screen .figure-svg.start-cols-2 { display: block; }"),
        "style/main.css must show the 2-box drawing below {}px",
        COLS_BREAKS[0]
    );
    assert!(
        above.contains(".start-screen .figure-svg.start-cols-4 { display: block; }"),
        "style/main.css must show the 4-box drawing from {}px",
        COLS_BREAKS[1]
    );
}
