//! Print mode: the print-only parts are built when printing starts (the
//! browser lays the page out for print after this handler's microtasks), not
//! on every input. The references print too: on screen they sit in closed
//! `<details>`.

use super::shared::Printing;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Provides `Printing` to every view, true from `beforeprint` to `afterprint`.
pub fn provide_print_mode() {
    let printing = RwSignal::new(false);
    provide_context(Printing(printing));
    let _ = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| {
        printing.set(true);
        if let Ok(all) = document().query_selector_all("details.more") {
            for i in 0..all.length() {
                if let Some(el) = all.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                    let _ = el.set_attribute("open", "");
                }
            }
        }
    });
}
