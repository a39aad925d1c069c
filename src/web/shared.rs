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

/// Scrolls an element into view and moves focus to it.
pub fn bring_into_view(el: web_sys::Element) {
    el.scroll_into_view();
    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
        let _ = el.focus();
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
