//! The view layer: Leptos components over the engine. Browser-only code
//! lives here and nowhere else; nothing clinical is decided in it.

mod about;
mod address;
mod app;
mod files;
mod flowchart;
mod form;
mod glance;
mod grid;
mod masthead;
mod notices;
mod patient;
mod print;
mod provenance;
mod pwa;
mod results;
mod sections;
mod shared;
mod statements;
mod summary;
mod values;

pub use app::App;
pub use form::parse_number;
use wasm_bindgen::prelude::*;

/// Mounts the app, with a panic hook that reports instead of freezing. The
/// static start screen is removed in the task that mounts the app, so no
/// frame is painted with both or with neither.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_failure(&info.to_string());
    }));
    if let Some(screen) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("start-screen"))
    {
        screen.remove();
    }
    leptos::mount::mount_to_body(App);
}

/// Replaces a dead app with a readable error and a way to reload. Built with
/// the DOM directly: after a panic nothing of the app can be trusted to run.
fn show_failure(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    let Ok(panel) = doc.create_element("div") else { return };
    panel.set_id("failure");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("data-testid", "failure");
    let add = |tag: &str, text: &str| {
        if let Ok(el) = doc.create_element(tag) {
            el.set_text_content(Some(text));
            let _ = panel.append_child(&el);
            return Some(el);
        }
        None
    };
    add("h2", "mbc-aid stopped because of an internal error");
    add("p", "Nothing was sent anywhere. Your case is still in the address bar: reloading the page restores it.");
    if let Some(a) = add("a", "Reload") {
        let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        let _ = a.set_attribute("href", &href);
        let _ = a.set_attribute("class", "button");
        let _ = a.set_attribute("id", "failure-reload");
    }
    add("pre", detail);
    let _ = body.insert_before(&panel, body.first_child().as_ref());
}

/// Evaluates a case file's text and returns the assessment as a JS object:
/// the engine for scripts on the page (the benchmark measures WASM speed
/// through it).
#[wasm_bindgen]
pub fn evaluate_json(text: &str) -> Result<JsValue, JsValue> {
    let case = crate::Case::from_json(text).map_err(|e| JsValue::from_str(&e.to_string()))?;
    serde_wasm_bindgen::to_value(&crate::evaluate(&case)).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Panics on purpose, so the end-to-end tests can prove a panic shows a
/// readable error instead of a frozen page.
#[wasm_bindgen]
pub fn self_test_panic() {
    panic!("self-test: a deliberate panic");
}
