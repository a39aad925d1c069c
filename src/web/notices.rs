//! The notices under the masthead: a problem to dismiss (a link or file that
//! could not be read), the undo of a replaced case, and a newer version
//! ready to load.

use super::pwa;
use super::values::Values;
use crate::case::Case;
use leptos::prelude::*;

/// A replaced case and its values, kept so that the replacement can be undone.
#[derive(Clone)]
struct Undone {
    what: &'static str,
    case: Case,
    values: Values,
}

/// Replacing the whole case (import, clear), with the way back. `replaced`
/// counts replacements: the form clears its invalid entries at each.
#[derive(Clone, Copy)]
pub struct Replacing {
    case: RwSignal<Case>,
    values: RwSignal<Values>,
    replaced: RwSignal<u32>,
    last: RwSignal<Option<Undone>>,
}

impl Replacing {
    pub fn new(case: RwSignal<Case>, values: RwSignal<Values>, replaced: RwSignal<u32>) -> Self {
        Replacing { case, values, replaced, last: RwSignal::new(None) }
    }

    /// Replaces the case (and the values, if given), keeping the old ones until undone or dismissed.
    pub fn replace(self, what: &'static str, case: Case, values: Option<Values>) {
        self.last.set(Some(Undone { what, case: self.case.get_untracked(), values: self.values.get_untracked() }));
        self.replaced.update(|n| *n += 1);
        self.case.set(case);
        if let Some(v) = values {
            self.values.set(v);
        }
    }

    fn undo(self) {
        if let Some(u) = self.last.get_untracked() {
            self.last.set(None);
            self.replaced.update(|n| *n += 1);
            self.case.set(u.case);
            self.values.set(u.values);
        }
    }
}

#[component]
pub fn Notices(problem: RwSignal<Option<String>>, replacing: Replacing) -> impl IntoView {
    let last = replacing.last;
    let update_ready = RwSignal::new(false);
    pwa::register(update_ready);
    view! {
        <div class="problem" role="alert" data-testid="problem" hidden=move || problem.with(Option::is_none)>
            <p>{move || problem.get().unwrap_or_default()}</p>
            <button type="button" on:click=move |_| problem.set(None)>"Dismiss"</button>
        </div>
        <div class="update" role="status" data-testid="undo" hidden=move || last.with(Option::is_none)>
            <p>{move || last.with(|u| u.as_ref().map(|u| format!("The case was {}.", u.what)))}</p>
            <button type="button" id="undo" on:click=move |_| replacing.undo()>"Undo"</button>
            <button type="button" on:click=move |_| last.set(None)>"Dismiss"</button>
        </div>
        <div class="update" role="status" data-testid="update-ready" hidden=move || !update_ready.get()>
            <p>"A newer version of mbc-aid is ready. It will not replace this one until you choose: your current case stays in the address."</p>
            <button type="button" id="apply-update" on:click=move |_| pwa::apply_update()>"Reload to update"</button>
        </div>
    }
}
