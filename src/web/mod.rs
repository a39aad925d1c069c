//! The view layer: Leptos components over the engine. Browser-only code
//! lives here and nowhere else; nothing clinical is decided in it.

mod about;
mod app;
mod flowchart;
mod form;
mod provenance;
mod results;

pub use app::App;

/// Mounts the app, with a panic hook that reports instead of freezing.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
