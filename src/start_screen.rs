//! The start screen as static HTML, written into `index.html` at build time
//! (`mbc-aid start-screen`, run by `scripts/build.sh`) so that the browser
//! paints the frame, the basis and both figures while the WASM module is
//! still arriving. The app removes it as it mounts (`web::start`).
//!
//! Everything on it is true before any evaluation: the figures are drawn by
//! the same `layout` as the app's, but no path is lit and no result is
//! shown, since a case in the link is read only once the app runs. It is
//! `inert`: nothing on it can be clicked or typed into and lost. If the
//! module fails to load or start, the page's loader (`scripts/postbuild.mjs`)
//! shows `START_FAILED` in place of the "starting" lines.

use crate::kb::frame::*;
use crate::kb::nodes::{node, Figure};
use crate::kb::provenance::*;
use crate::layout::{arrow_id, cols_for_width, layout, ARROWHEAD, COLS_BREAKS, H, W};
use std::fmt::Write;

/// Text for an HTML text node or a double-quoted attribute.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One figure drawn for `cols` boxes a row: the app's drawing without its
/// state (no lit path, no marks, no selection) and without its handlers.
fn figure_svg(out: &mut String, figure: Figure, cols: usize) {
    let l = layout(figure, cols);
    // Every drawing is in the page at once: marker ids must differ per drawing.
    let arrow = format!("{}-{cols}", arrow_id(figure));
    let _ = write!(
        out,
        r#"<svg viewBox="{}" class="figure-svg start-cols-{cols}" role="group" aria-label="{}"><defs><marker id="{arrow}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="{ARROWHEAD}"></path></marker></defs>"#,
        l.view_box(),
        esc(figure.caption()),
    );
    for r in l.routes() {
        let _ = write!(out, r#"<path d="{}" class="edge" marker-end="url(#{arrow})"></path>"#, r.d);
    }
    for b in &l.boxes {
        let _ = write!(
            out,
            r#"<g class="node" data-node="{}" aria-label="{}"><rect x="{}" y="{}" width="{W}" height="{H}" rx="8"></rect>"#,
            b.id.as_str(),
            esc(node(b.id).title),
            b.x,
            b.y,
        );
        for (i, line) in b.lines.iter().enumerate() {
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" text-anchor="middle">{}</text>"#,
                b.centre_x(),
                b.line_y(i),
                esc(line)
            );
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
}

/// The widths at which the app draws 2, 3 and 4 boxes a row: one drawing
/// for each, `style/main.css` showing the one the app will draw.
pub fn drawings() -> [usize; 3] {
    [cols_for_width(0.0), cols_for_width(COLS_BREAKS[0]), cols_for_width(COLS_BREAKS[1])]
}

pub fn html() -> String {
    let mut out = String::new();
    let button = |label: &str, pressed: Option<bool>| match pressed {
        Some(p) => format!(r#"<button type="button" aria-pressed="{p}">{}</button>"#, esc(label)),
        None => format!(r#"<button type="button">{}</button>"#, esc(label)),
    };
    let _ = write!(
        out,
        r#"<div id="start-screen" class="start-screen" inert>
<header class="masthead"><div class="brand"><h1>{}</h1><p class="subtitle">{}</p></div>
<nav aria-label="{}">{}{}{}{}<label class="button">{}</label>{}{}</nav>
<div class="provenance"><p><strong>{}</strong> {} <cite>{}</cite> {} <span class="version">{} · app {}</span></p></div>
</header>
<main><div class="workspace">
<div class="answer-bar"><section class="glance"><p class="glance-strategy" id="start-starting"><strong>{}</strong></p><p class="glance-next" id="start-note">{}</p><p class="glance-strategy" id="start-failed" role="alert" hidden><strong>{}</strong></p></section></div>
<div class="cols">
<div class="col form-col"><div class="case-form"><div class="form-head"><h2>{}</h2></div><p class="hint">{}</p></div></div>
<div class="col flow-col"><section class="flowchart"><h2>{}</h2><p class="legend">{}</p><div class="flow-controls"><button type="button">{}</button><label class="check"><input type="checkbox" checked>{}</label></div><div class="figures">
"#,
        esc(TITLE),
        esc(SUBTITLE),
        esc(NAV_LABEL),
        button(NAV_CASE, Some(true)),
        button(NAV_PATIENT, Some(false)),
        button(NAV_ABOUT, Some(false)),
        button(EXPORT, None),
        esc(IMPORT),
        button(PRINT, None),
        button(CLEAR, None),
        esc(DISCLAIMER),
        esc(BASED_ON),
        esc(JOURNAL),
        esc(FROZEN),
        esc(CONTENT_VERSION),
        env!("CARGO_PKG_VERSION"),
        esc(STARTING),
        esc(STARTING_NOTE),
        esc(START_FAILED),
        esc(CASE_TITLE),
        esc(FORM_PENDING),
        esc(FLOW_TITLE),
        esc(PATH_PENDING),
        esc(FIT),
        esc(FOLLOW),
    );
    for figure in Figure::BOTH {
        let _ = write!(
            out,
            r#"<figure class="figure" data-figure="{}"><figcaption>{}</figcaption>"#,
            esc(figure.caption()),
            esc(figure.caption())
        );
        for cols in drawings() {
            figure_svg(&mut out, figure, cols);
        }
        out.push_str("</figure>\n");
    }
    let _ = write!(
        out,
        r#"</div></section></div>
<div class="col results-col"><section class="results"><div class="results-head"><h2>{}</h2></div><p class="hint">{}</p></section>
<aside class="since2012"><h2>{}</h2><p>{}</p><ul class="general">{}</ul></aside></div>
</div></div></main></div>
"#,
        esc(RESULTS_TITLE),
        esc(RESULTS_PENDING),
        esc(SINCE_2012_TITLE),
        esc(SINCE_2012_NOTE),
        SINCE_2012.iter().map(|s| format!("<li>{}</li>", esc(s))).collect::<String>(),
    );
    out
}
