//! The app: one case, its assessment, and the views of both, laid out. The
//! case's life outside the page (address, print, notices) is in hooks and
//! components of their own.

use super::about::About;
use super::address::use_case_in_address;
use super::flowchart::Flowchart;
use super::form::CaseForm;
use super::glance::Glance;
use super::masthead::{Masthead, View};
use super::notices::{Notices, Replacing};
use super::patient::PatientView;
use super::print::provide_print_mode;
use super::provenance::Since2012;
use super::results::Results;
use super::sections::SectionBar;
use super::shared::{Rejected, Replaced};
use super::summary::PrintSummary;
use super::values::Values;
use crate::assessment::Assessment;
use crate::evaluate;
use crate::kb::frame;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The window's width, as it changes.
fn use_window_width() -> RwSignal<f64> {
    let read = || window().inner_width().ok().and_then(|w| w.as_f64());
    let width = RwSignal::new(read().unwrap_or(1280.0));
    let _ = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(w) = read() {
            width.set(w);
        }
    });
    width
}

#[component]
pub fn App() -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let replaced = RwSignal::new(0u32);
    provide_context(Replaced(replaced));
    provide_context(Rejected(RwSignal::new(Vec::new())));
    provide_print_mode();
    let case = use_case_in_address(problem, replaced);
    let assessment = Memo::new(move |_| case.with(evaluate));
    let values = RwSignal::new(Values::default());
    let replacing = Replacing::new(case, values, replaced);
    let show_all = RwSignal::new(false);
    let view_mode = RwSignal::new(View::Clinician);
    // The assessment pinned for comparison: in memory only, never in the link, a file or storage.
    let pinned = RwSignal::new(None::<Assessment>);
    let width = use_window_width();
    let cols = Memo::new(move |_| crate::layout::cols_for_width(width.get()));

    // The case view fills the window on a wide screen (its columns scroll on
    // their own); the patient view and the About page scroll as pages.
    Effect::new(move |_| {
        let case_view = view_mode.get() == View::Clinician;
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force("case-view", case_view);
        }
    });

    view! {
        <a class="skip" href="#main" on:click=|ev| { ev.prevent_default(); focus_main(); }>{frame::SKIP}</a>
        <Masthead case=case view_mode=view_mode problem=problem replacing=replacing/>
        <Notices problem=problem replacing=replacing/>
        <main id="main" tabindex="-1" data-testid="app-ready">
            <div class="workspace" hidden=move || view_mode.get() != View::Clinician>
                <div class="answer-bar">
                    <Glance case=case assessment=assessment/>
                    <SectionBar/>
                </div>
                <div class="cols">
                    <div class="col form-col" id="section-case"><CaseForm case=case assessment=assessment show_all=show_all/></div>
                    <div class="col flow-col" id="section-flowchart"><Flowchart case=case assessment=assessment cols=cols pinned=pinned/></div>
                    <div class="col results-col" id="section-results">
                        <PrintSummary case=case assessment=assessment values=values/>
                        <Results case=case assessment=assessment show_all=show_all pinned=pinned/>
                        <Since2012 case=case assessment=assessment/>
                    </div>
                </div>
            </div>
            // Mounted only while shown: hidden, the patient view would redraw on
            // every input of the case view, and the About page slow the first paint.
            {move || (view_mode.get() == View::Patient).then(|| view! {
                <div class="patient-col">
                    <PatientView case=case assessment=assessment values=values/>
                    <Since2012/>
                </div>
            })}
            {move || (view_mode.get() == View::About).then(|| view! {
                <div>
                    <About/>
                    <Since2012/>
                </div>
            })}
        </main>
    }
}

fn focus_main() {
    if let Some(el) = document().get_element_by_id("main") {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}
