//! The printable summary: what was entered, the path taken, and the basis.
//! Shown only in print; the results, alerts and missing inputs print from
//! the results panel itself, so nothing is written twice.

use super::flowchart::{case_json, value_of};
use crate::assessment::Assessment;
use crate::case::Case;
use crate::kb::fields::FIELDS;
use crate::kb::nodes::node;
use crate::kb::provenance::*;
use leptos::prelude::*;

#[component]
pub fn PrintSummary(case: RwSignal<Case>, assessment: Memo<Assessment>) -> impl IntoView {
    let printed = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    // Every field in words, once per change of the case: both lists read it.
    let values = Memo::new(move |_| {
        let json = case.with(case_json);
        FIELDS.iter().map(|f| (f.label, value_of(&json, f.name))).collect::<Vec<_>>()
    });
    let inputs = move || {
        values.with(|vs| {
            vs.iter()
                .filter(|(_, v)| v != "unknown" && v != "none")
                .map(|(label, v)| view! { <tr><th scope="row">{*label}</th><td>{v.clone()}</td></tr> })
                .collect_view()
        })
    };
    let unknown = move || {
        values.with(|vs| vs.iter().filter(|(_, v)| v == "unknown").map(|(label, _)| *label).collect::<Vec<_>>().join(", "))
    };
    let path = move || {
        assessment.with(|a| a.path.iter().map(|&id| view! { <li>{node(id).title}</li> }).collect_view())
    };
    view! {
        <section class="print-only print-summary">
            <h2>"Case summary — mbc-aid"</h2>
            <p class="basis">
                {SOURCE}" · "{CONTENT_VERSION}" · app "{env!("CARGO_PKG_VERSION")}" · printed "{printed.get(..10).unwrap_or_default().to_string()}
            </p>
            <p class="basis"><strong>{DISCLAIMER}</strong>" Evidence frozen at early 2012; see \"Since 2012\" below."</p>
            <h3>"Inputs"</h3>
            <table class="inputs"><tbody>{inputs}</tbody></table>
            <p class="unknown"><strong>"Not known: "</strong>{unknown}</p>
            <h3>"Path through the algorithm"</h3>
            <ol class="path">{path}</ol>
        </section>
    }
}
