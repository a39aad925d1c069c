//! What the views share, below all of them: the context types and the small
//! helpers several views use. It imports no view, so views import downward only.

use crate::ids::{DrugRef, RefId};
use crate::kb::drug_pages::drug_page;
use crate::kb::reference;
use leptos::prelude::*;

/// True from `beforeprint` to `afterprint`.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

/// Counts replacements of the whole case (cleared, imported, loaded from a
/// link), so that a field drops an invalid entry the new case does not hold.
#[derive(Clone, Copy)]
pub struct Replaced(pub RwSignal<u32>);

/// The form's entries that are not used because they are invalid: (the
/// field's path, what the answer at a glance says of it).
#[derive(Clone, Copy)]
pub struct Rejected(pub RwSignal<Vec<(String, String)>>);

/// A list entry's key is its whole content, so a changed entry is rebuilt;
/// hashed, because the keyed list clones its keys on every update.
pub fn content_key<T: std::hash::Hash>(item: &T) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(item)
}

/// Drug-information pages as a citation: their ids (for `data-drug-ref`) and
/// their publishers ("Macmillan; Cancer Research UK").
pub fn drug_citation(pages: &[DrugRef]) -> (String, String) {
    let ids = pages.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(" ");
    let names = pages.iter().map(|&p| drug_page(p).publisher).collect::<Vec<_>>().join("; ");
    (ids, names)
}

/// Scrolls an element into view (see `place_in_view`) and moves focus to it.
pub fn bring_into_view(el: web_sys::Element) {
    place_in_view(el.clone());
    focus_quietly(el);
}

/// Moves focus to an element without scrolling again.
pub fn focus_quietly(el: web_sys::Element) {
    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// Where the page scrolls under the pinned answer bar (narrow screens): an
/// element must sit below it. Wide screens scroll each column on its own.
fn pinned_clearance() -> Option<f64> {
    let narrow = window().match_media("(max-width: 1199px)").ok().flatten().is_some_and(|m| m.matches());
    let bar = document().query_selector(".workspace .answer-bar").ok().flatten()?;
    narrow.then(|| bar.get_bounding_client_rect().height())
}

/// Brings an element fully into view: on a phone below the pinned answer
/// bar, on a wide screen within its column. Sections off screen are laid out
/// only when reached, and change size as they are, so the position is
/// checked again each frame until it holds (at most a dozen frames).
pub fn place_in_view(el: web_sys::Element) {
    settle(el, 12, f64::NAN);
}

fn settle(el: web_sys::Element, frames: u32, last_top: f64) {
    const MARGIN: f64 = 8.0;
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let r = el.get_bounding_client_rect();
    match pinned_clearance() {
        Some(clear) => {
            let fits = r.height() <= height - clear - MARGIN;
            if r.top() < clear + MARGIN || (fits && r.bottom() > height) || (!fits && r.top() > clear + MARGIN) {
                let options = web_sys::ScrollToOptions::new();
                options.set_top(r.top() - clear - MARGIN);
                options.set_behavior(web_sys::ScrollBehavior::Instant);
                window().scroll_by_with_scroll_to_options(&options);
            }
        }
        None => {
            if r.top() < 0.0 || r.bottom() > height {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                options.set_behavior(web_sys::ScrollBehavior::Instant);
                el.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    }
    let top = el.get_bounding_client_rect().top();
    if frames > 0 && top != last_top {
        request_animation_frame(move || settle(el, frames - 1, top));
    }
}

/// Whether the `<details>` a `toggle` event came from is now open.
pub fn is_open(ev: &web_sys::Event) -> bool {
    event_target::<web_sys::HtmlDetailsElement>(ev).open()
}

/// A reference: citation, what was studied, and the result as published.
pub fn reference_view(r: RefId) -> impl IntoView {
    let d = reference(r);
    view! {
        <li class="ref" data-ref=r.as_str()>
            <span class="citation">{d.citation}</span>
            {(!d.result.is_empty()).then(|| view! { <span class="study">" — "{d.study}": "</span><span class="result">{d.result}</span> })}
            {d.result.is_empty().then(|| view! { <span class="study">" — "{d.study}</span> })}
        </li>
    }
}
