//! The app: one case, its assessment, and the views of both. The case lives
//! in the address fragment too (`#case=…`), so it can be bookmarked or shared
//! without ever reaching a server.

use super::about::About;
use super::flowchart::Flowchart;
use super::form::CaseForm;
use super::glance::Glance;
use super::patient::PatientView;
use super::provenance::{ProvenanceBar, Since2012};
use super::results::Results;
use super::sections::{self, SectionBar};
use super::shared::{Printing, Replaced};
use super::summary::PrintSummary;
use super::values::Values;
use super::{files, pwa};
use crate::case::{Case, CaseError};
use crate::kb::frame;
use crate::share::plain_error;
use crate::{evaluate, share};
use gloo::events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Puts the case in the address without adding a history entry.
fn write_hash(case: &Case) {
    let target = if *case == Case::default() {
        let loc = window().location();
        format!("{}{}", loc.pathname().unwrap_or_default(), loc.search().unwrap_or_default())
    } else {
        format!("#{}", share::to_fragment(case))
    };
    if let Ok(history) = window().history() {
        // The entry's state is a section jump's scroll position (`sections`): kept.
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&target));
    }
}

/// The message for a link read in part, naming each field left unknown.
fn partly_read(unread: &[CaseError]) -> Option<String> {
    (!unread.is_empty()).then(|| {
        let each: Vec<String> = unread.iter().map(plain_error).collect();
        format!(
            "Part of the case in this link could not be read and is left unknown — {}. Everything else was loaded.",
            each.join("; ")
        )
    })
}

/// A replaced case and its values, kept so that the replacement can be undone.
#[derive(Clone)]
struct Undo {
    what: &'static str,
    case: Case,
    values: Values,
}

/// How long after the last change the address is brought up to date.
const ADDRESS_DELAY_MS: i32 = 200;

#[derive(Clone, Copy, PartialEq)]
enum View {
    Clinician,
    Patient,
    About,
}

#[component]
pub fn App() -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    let initial = match share::from_fragment_partial(&location_hash()) {
        Ok(loaded) => {
            let (case, unread) = loaded.unwrap_or_default();
            problem.set(partly_read(&unread));
            case
        }
        Err(e) => {
            problem.set(Some(format!(
                "The case in this link could not be read — {}. The form starts empty.",
                plain_error(&e)
            )));
            Case::default()
        }
    };
    let case = RwSignal::new(initial);

    let assessment = Memo::new(move |_| case.with(evaluate));
    let show_all = RwSignal::new(false);
    let view_mode = RwSignal::new(View::Clinician);
    let values = RwSignal::new(Values::default());
    // The assessment pinned for comparison: in memory only, never in the link, a file or storage.
    let pinned = RwSignal::new(None::<crate::assessment::Assessment>);
    let replaced = RwSignal::new(0u32);
    provide_context(Replaced(replaced));
    // What the last "Clear everything" or import replaced, until undone or dismissed.
    let undo = RwSignal::new(None::<Undo>);
    let keep_for_undo = move |what: &'static str| {
        undo.set(Some(Undo { what, case: case.get_untracked(), values: values.get_untracked() }));
        replaced.update(|n| *n += 1);
    };

    // replaceState is slow in Chromium (a few milliseconds with a long
    // address, more than the rest of an input's work): the address follows
    // once the user pauses, not on every change.
    let hash_timer = StoredValue::new(None::<i32>);
    // A case just read from the address is not written back: a link that was
    // read in part stays as given until the user changes something.
    let from_address = StoredValue::new(true);
    Effect::new(move |_| {
        case.track();
        if from_address.get_value() {
            from_address.set_value(false);
            return;
        }
        if let Some(id) = hash_timer.get_value() {
            window().clear_timeout_with_handle(id);
        }
        let write = Closure::once_into_js(move || {
            hash_timer.set_value(None);
            case.with_untracked(write_hash);
        });
        let id = window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(write.unchecked_ref(), ADDRESS_DELAY_MS)
            .ok();
        hash_timer.set_value(id);
    });

    // A link pasted into the address bar: load it, or say why not and keep the current case.
    let on_hash = move |_: &web_sys::Event| match share::from_fragment_partial(&location_hash()) {
        Ok(Some((c, unread))) => {
            problem.set(partly_read(&unread));
            if c != case.get_untracked() {
                replaced.update(|n| *n += 1);
                from_address.set_value(true);
                case.set(c);
            }
        }
        Ok(None) => {}
        Err(e) => {
            problem.set(Some(format!(
                "The case in this link could not be read — {}. Your current entries are kept.",
                plain_error(&e)
            )));
            case.with_untracked(write_hash);
        }
    };
    EventListener::new(&window(), "hashchange", on_hash).forget();

    // Back from a section jump: its scroll position, and the address made the
    // current case again (the entry was pushed before later edits, so its
    // address may hold an older case, which must not come back with it).
    let _ = window_event_listener(leptos::ev::popstate, move |ev| {
        if let Some(y) = sections::jumped_from(&ev.state()) {
            case.with_untracked(write_hash);
            sections::restore(y);
        }
    });

    let width = RwSignal::new(window().inner_width().ok().and_then(|w| w.as_f64()).unwrap_or(1280.0));
    EventListener::new(&window(), "resize", move |_| {
        if let Some(w) = window().inner_width().ok().and_then(|w| w.as_f64()) {
            width.set(w);
        }
    })
    .forget();

    // The print-only parts are built when printing starts (the browser lays
    // the page out for print after this handler's microtasks), not on every
    // input. The references print too: on screen they sit in closed <details>.
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    EventListener::new(&window(), "afterprint", move |_| printing.set(false)).forget();
    EventListener::new(&window(), "beforeprint", move |_| {
        printing.set(true);
        if let Ok(all) = document().query_selector_all("details.more") {
            for i in 0..all.length() {
                if let Some(el) = all.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
    })
    .forget();

    // The case view fills the window on a wide screen (its columns scroll on
    // their own); the patient view and the About page scroll as pages.
    Effect::new(move |_| {
        let case_view = view_mode.get() == View::Clinician;
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force("case-view", case_view);
        }
    });

    let update_ready = RwSignal::new(false);
    pwa::register(update_ready);
    let cols = Memo::new(move |_| crate::layout::cols_for_width(width.get()));

    view! {
        <a class="skip" href="#main" on:click=|ev| { ev.prevent_default(); focus_main(); }>{frame::SKIP}</a>
        <header class="masthead">
            <div class="brand">
                <h1>{frame::TITLE}</h1>
                <p class="subtitle">{frame::SUBTITLE}</p>
            </div>
            <nav aria-label=frame::NAV_LABEL>
                <button type="button" id="nav-clinician" aria-pressed=move || (view_mode.get() == View::Clinician).to_string()
                    on:click=move |_| view_mode.set(View::Clinician)>{frame::NAV_CASE}</button>
                <button type="button" id="nav-patient" aria-pressed=move || (view_mode.get() == View::Patient).to_string()
                    on:click=move |_| view_mode.set(View::Patient)>{frame::NAV_PATIENT}</button>
                <button type="button" id="nav-about" aria-pressed=move || (view_mode.get() == View::About).to_string()
                    on:click=move |_| view_mode.set(View::About)>{frame::NAV_ABOUT}</button>
                <button type="button" id="export" on:click=move |_| case.with(files::export)>{frame::EXPORT}</button>
                <label class="button">
                    {frame::IMPORT}
                    <input type="file" id="import" class="visually-hidden" accept=".json,application/json"
                        on:change=move |ev| {
                            let input: web_sys::HtmlInputElement = event_target(&ev);
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                files::import(file, problem, move |c| {
                                    keep_for_undo("replaced by the imported file");
                                    case.set(c);
                                });
                            }
                            input.set_value("");
                        }/>
                </label>
                <button type="button" id="print" on:click=move |_| { let _ = window().print(); }>{frame::PRINT}</button>
                <button type="button" id="clear" on:click=move |_| {
                    problem.set(None);
                    keep_for_undo("cleared");
                    case.set(Case::default());
                    values.set(Values::default());
                }>{frame::CLEAR}</button>
            </nav>
            <ProvenanceBar/>
        </header>
        <div class="problem" role="alert" data-testid="problem" hidden=move || problem.with(Option::is_none)>
            <p>{move || problem.get().unwrap_or_default()}</p>
            <button type="button" on:click=move |_| problem.set(None)>"Dismiss"</button>
        </div>
        <div class="update" role="status" data-testid="undo" hidden=move || undo.with(Option::is_none)>
            <p>{move || undo.with(|u| u.as_ref().map(|u| format!("The case was {}.", u.what)))}</p>
            <button type="button" id="undo" on:click=move |_| {
                if let Some(u) = undo.get_untracked() {
                    undo.set(None);
                    replaced.update(|n| *n += 1);
                    case.set(u.case);
                    values.set(u.values);
                }
            }>"Undo"</button>
            <button type="button" on:click=move |_| undo.set(None)>"Dismiss"</button>
        </div>
        <div class="update" role="status" data-testid="update-ready" hidden=move || !update_ready.get()>
            <p>"A newer version of mbc-aid is ready. It will not replace this one until you choose: your current case stays in the address."</p>
            <button type="button" id="apply-update" on:click=move |_| pwa::apply_update()>"Reload to update"</button>
        </div>
        <main id="main" tabindex="-1" data-testid="app-ready">
            <div class="workspace" hidden=move || view_mode.get() != View::Clinician>
                <div class="answer-bar">
                    <Glance assessment=assessment/>
                    <SectionBar/>
                </div>
                <div class="cols">
                    <div class="col form-col" id="section-case"><CaseForm case=case assessment=assessment show_all=show_all/></div>
                    <div class="col flow-col" id="section-flowchart"><Flowchart case=case assessment=assessment cols=cols pinned=pinned/></div>
                    <div class="col results-col" id="section-results">
                        <PrintSummary case=case assessment=assessment values=values/>
                        <Results case=case assessment=assessment show_all=show_all pinned=pinned/>
                        <Since2012 assessment=assessment/>
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
