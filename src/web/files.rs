//! Export the case as a JSON file and import it back. Files stay on the
//! device; an import is validated exactly like a case file.

use crate::case::{Case, MAX_CASE_BYTES};
use crate::share::plain_error;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;

/// Saves the case as `mbc-aid-case.json` through a download of a local blob.
pub fn export(case: &Case) {
    let parts = js_sys::Array::of1(&JsValue::from_str(&case.to_json_pretty()));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download("mbc-aid-case.json");
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads the chosen file; a valid case goes to `apply`, anything else leaves
/// the current case untouched and says what is wrong.
pub fn import(file: web_sys::File, problem: RwSignal<Option<String>>, apply: impl FnOnce(Case) + 'static) {
    let name = file.name();
    if file.size() > MAX_CASE_BYTES as f64 {
        problem.set(Some(format!(
            "\"{name}\" could not be imported — it is {} KB; a case file is at most {} KB. Your current entries are kept.",
            (file.size() / 1024.0).round(),
            MAX_CASE_BYTES / 1024
        )));
        return;
    }
    let file = gloo::file::File::from(file);
    let reader = gloo::file::callbacks::read_as_text(&file, move |result| {
        match result.map_err(|e| e.to_string()).and_then(|text| Case::from_json(&text).map_err(|e| plain_error(&e))) {
            Ok(c) => {
                problem.set(None);
                apply(c);
            }
            Err(e) => {
                problem.set(Some(format!("\"{name}\" could not be imported — {e}. Your current entries are kept.")))
            }
        }
        READER.with(|r| r.borrow_mut().take());
    });
    // Dropping the reader cancels the read: keep it until its callback runs.
    READER.with(|r| *r.borrow_mut() = Some(reader));
}

thread_local! {
    static READER: std::cell::RefCell<Option<gloo::file::callbacks::FileReader>> = const { std::cell::RefCell::new(None) };
}
