//! The case in the address (`#case=…`): read when the page opens and when a
//! link is pasted, written back once the user pauses. The fragment never
//! reaches a server.

use super::sections;
use crate::case::{Case, CaseError};
use crate::share::{self, plain_error};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// How long after the last change the address is brought up to date.
const ADDRESS_DELAY_MS: i32 = 200;

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

/// The case the page opens with, read from its address; what could not be
/// read is said in `problem`.
fn opening_case(problem: RwSignal<Option<String>>) -> Case {
    match share::from_fragment_partial(&location_hash()) {
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
    }
}

/// The case, kept in step with the address: read from it now, written to it
/// after each pause in editing, replaced by a link pasted into it (`replaced`
/// counts replacements, which clear the form's invalid entries).
pub fn use_case_in_address(problem: RwSignal<Option<String>>, replaced: RwSignal<u32>) -> RwSignal<Case> {
    let case = RwSignal::new(opening_case(problem));
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
    let _ =
        window_event_listener(leptos::ev::hashchange, move |_| match share::from_fragment_partial(&location_hash()) {
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
        });

    // Back from a section jump: its scroll position, and the address made the
    // current case again (the entry was pushed before later edits, so its
    // address may hold an older case, which must not come back with it).
    let _ = window_event_listener(leptos::ev::popstate, move |ev| {
        if let Some(y) = sections::jumped_from(&ev.state()) {
            case.with_untracked(write_hash);
            sections::restore(y);
        }
    });
    case
}
