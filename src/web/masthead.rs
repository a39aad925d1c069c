//! The masthead: the title, the views, the case's file actions and the
//! provenance bar, on every screen.

use super::files;
use super::notices::Replacing;
use super::provenance::ProvenanceBar;
use super::values::Values;
use crate::case::Case;
use crate::kb::frame;
use leptos::prelude::*;

/// The three views of one case.
#[derive(Clone, Copy, PartialEq)]
pub enum View {
    Clinician,
    Patient,
    About,
}

#[component]
fn ViewButton(id: &'static str, label: &'static str, this: View, view_mode: RwSignal<View>) -> impl IntoView {
    view! {
        <button type="button" id=id aria-pressed=move || (view_mode.get() == this).to_string()
            on:click=move |_| view_mode.set(this)>{label}</button>
    }
}

#[component]
pub fn Masthead(
    case: RwSignal<Case>,
    view_mode: RwSignal<View>,
    problem: RwSignal<Option<String>>,
    replacing: Replacing,
) -> impl IntoView {
    view! {
        <header class="masthead">
            <div class="brand">
                <h1>{frame::TITLE}</h1>
                <p class="subtitle">{frame::SUBTITLE}</p>
            </div>
            <nav aria-label=frame::NAV_LABEL>
                <ViewButton id="nav-clinician" label=frame::NAV_CASE this=View::Clinician view_mode=view_mode/>
                <ViewButton id="nav-patient" label=frame::NAV_PATIENT this=View::Patient view_mode=view_mode/>
                <ViewButton id="nav-about" label=frame::NAV_ABOUT this=View::About view_mode=view_mode/>
                <button type="button" id="export" on:click=move |_| case.with(files::export)>{frame::EXPORT}</button>
                <label class="button">
                    {frame::IMPORT}
                    <input type="file" id="import" class="visually-hidden" accept=".json,application/json"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                files::import(file, problem, move |c| replacing.replace("replaced by the imported file", c, None));
                            }
                            input.set_value("");
                        }/>
                </label>
                <button type="button" id="print" on:click=move |_| { let _ = window().print(); }>{frame::PRINT}</button>
                <button type="button" id="clear" on:click=move |_| {
                    problem.set(None);
                    replacing.replace("cleared", Case::default(), Some(Values::default()));
                }>{frame::CLEAR}</button>
            </nav>
            <ProvenanceBar/>
        </header>
    }
}
