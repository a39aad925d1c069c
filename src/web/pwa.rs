//! Offline use: registers the service worker that scripts/postbuild.mjs
//! generates, and reports when a newer version is installed and waiting.
//! The page never reloads by itself; the user chooses when.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// Registers the worker; `ready` becomes true when a newer version waits.
pub fn register(ready: RwSignal<bool>) {
    let container = window().navigator().service_worker();
    let secure = window().is_secure_context();
    if !secure {
        return;
    }
    let promise = container.register("./sw.js");
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(promise).await else { return };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        let has_controller = move || window().navigator().service_worker().controller().is_some();
        if reg.waiting().is_some() && has_controller() {
            ready.set(true);
        }
        let reg2 = reg.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = reg2.installing() else { return };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

/// Activates the waiting version, then reloads once it controls the page.
pub fn apply_update() {
    let container = window().navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        let _ = window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(window().navigator().service_worker().get_registration()).await else { return };
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        match reg.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str("skipWaiting"));
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}
