//! On a narrow screen the case, the flowchart and the results stack; a small
//! bar under the pinned summary jumps between them. Each jump is a history
//! entry holding a scroll position, so the browser's back button returns to
//! where the user was (the address itself never changes for a jump).

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

const SECTIONS: &[(&str, &str)] =
    &[("section-case", "Case"), ("section-flowchart", "Flowchart"), ("section-results", "Results")];

fn position(y: f64) -> JsValue {
    let state = Object::new();
    let _ = Reflect::set(&state, &"y".into(), &y.into());
    state.into()
}

/// The scroll position a jump's history entry holds, if it is one.
pub fn jumped_from(state: &JsValue) -> Option<f64> {
    Reflect::get(state, &"y".into()).ok().and_then(|y| y.as_f64())
}

fn jump(id: &str) {
    let Some(window) = web_sys::window() else { return };
    let Some(doc) = window.document() else { return };
    let (Some(target), Ok(history)) = (doc.get_element_by_id(id), window.history()) else { return };
    let here = window.scroll_y().unwrap_or(0.0);
    let pinned = doc
        .query_selector(".workspace .answer-bar")
        .ok()
        .flatten()
        .map_or(0.0, |p| p.get_bounding_client_rect().height());
    let to = (target.get_bounding_client_rect().top() + here - pinned - 4.0).max(0.0);
    let _ = history.replace_state(&position(here), "");
    let _ = history.push_state(&position(to), "");
    window.scroll_to_with_x_and_y(0.0, to);
    // Keyboard users land in the section they asked for.
    if let Some(el) =
        target.query_selector("h2, h3, legend").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.set_attribute("tabindex", "-1");
        let _ = el.focus_with_options(&{
            let o = web_sys::FocusOptions::new();
            o.set_prevent_scroll(true);
            o
        });
    }
}

/// Returns to a jump's scroll position.
pub fn restore(y: f64) {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, y);
    }
}

#[component]
pub fn SectionBar() -> impl IntoView {
    view! {
        <nav class="section-bar" aria-label="Sections">
            {SECTIONS.iter().map(|&(id, label)| view! {
                <button type="button" data-section=id on:click=move |_| jump(id)>{label}</button>
            }).collect_view()}
        </nav>
    }
}
