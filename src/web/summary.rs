//! The printable summaries' own parts: the basis line, what was entered, the
//! path taken. Shown only in print; the results, alerts, missing inputs and
//! values print from their panels, so nothing is written twice. The clinician
//! version prints from the case view, the patient version from the patient view.

use super::shared::Printing;
use super::values::{Values, ValuesSummary};
use crate::assessment::Assessment;
use crate::case::Case;
use crate::case::{value_text, NOT_STATED};
use crate::kb::copy::{ENTERED_TITLE, PRINT_TITLE};
use crate::kb::fields::{FieldDef, FIELDS, SINCE_2012_FIELDS};
use crate::kb::nodes::node;
use crate::kb::provenance::*;
use crate::kb::since2012::{overtaken, NEWER_AT_THIS_STEP};
use leptos::prelude::*;

/// The 2012 inputs, then the "since 2012" layer's tests.
fn all_fields() -> impl Iterator<Item = &'static FieldDef> {
    FIELDS.iter().chain(SINCE_2012_FIELDS)
}

/// Every field in the form's words (`None`: unknown), in `all_fields` order, once per change of the case.
fn entered(case: RwSignal<Case>) -> Memo<Vec<Option<String>>> {
    Memo::new(move |_| case.with(|c| all_fields().map(|f| value_text(c, f.id)).collect()))
}

fn known_rows(values: Memo<Vec<Option<String>>>, label: fn(&FieldDef) -> &'static str) -> impl IntoView {
    move || {
        values.with(|vs| {
            all_fields()
                .zip(vs)
                // A list with nothing in it and a preference not given say nothing on paper.
                .filter_map(|(f, v)| v.as_ref().filter(|v| *v != "None" && *v != NOT_STATED).map(|v| (f, v)))
                .map(|(f, v)| view! { <tr><th scope="row">{label(f)}</th><td>{v.clone()}</td></tr> })
                .collect_view()
        })
    }
}

fn basis() -> impl IntoView {
    let printed = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
    view! {
        <p class="basis">
            {SOURCE}" · "{CONTENT_VERSION}" · app "{env!("CARGO_PKG_VERSION")}" · printed "{printed.get(..10).unwrap_or_default().to_string()}". "
            <strong>{DISCLAIMER}</strong>" Evidence frozen at early 2012; see \"Since 2012\" below."
        </p>
    }
}

#[component]
pub fn PrintSummary(case: RwSignal<Case>, assessment: Memo<Assessment>, values: RwSignal<Values>) -> impl IntoView {
    let Printing(printing) = expect_context();
    move || printing.get().then(|| print_summary(case, assessment, values))
}

fn print_summary(case: RwSignal<Case>, assessment: Memo<Assessment>, values: RwSignal<Values>) -> impl IntoView {
    let fields = entered(case);
    let unknown = move || {
        // The 2012 inputs only: the optional "since 2012" tests are listed when known.
        fields.with(|vs| {
            FIELDS.iter().zip(vs).filter(|(_, v)| v.is_none()).map(|(f, _)| f.label).collect::<Vec<_>>().join(", ")
        })
    };
    let path = move || {
        assessment.with(|a| {
            a.path
                .iter()
                .map(|&id| {
                    let newer = overtaken(id, a).then_some(
                        view! { " — "<span class="newer" data-newer=id.as_str()>{NEWER_AT_THIS_STEP}</span> },
                    );
                    view! { <li>{node(id).title}{newer}</li> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="print-only print-summary">
            <h2>"Case summary — mbc-aid"</h2>
            {basis()}
            <h3>"Inputs"</h3>
            <table class="inputs"><tbody>{known_rows(fields, |f| f.label)}</tbody></table>
            <p class="unknown"><strong>"Not known: "</strong>{unknown}</p>
            <h3>"Path through the algorithm"</h3>
            <ol class="path">{path}</ol>
            <ValuesSummary values=values/>
        </section>
    }
}

#[component]
pub fn PatientPrintHeader(case: RwSignal<Case>) -> impl IntoView {
    let Printing(printing) = expect_context();
    move || printing.get().then(|| patient_print_header(case))
}

fn patient_print_header(case: RwSignal<Case>) -> impl IntoView {
    let fields = entered(case);
    view! {
        <section class="print-only print-summary">
            <h2>{PRINT_TITLE}" — mbc-aid"</h2>
            {basis()}
            <h3>{ENTERED_TITLE}</h3>
            <table class="inputs"><tbody>{known_rows(fields, |f| f.plain)}</tbody></table>
        </section>
    }
}
