//! The words of the page's frame: its title, the views and actions, the
//! columns' headings. Shared by the app (`web`) and the start screen written
//! at build time (`start_screen`), so the screen painted before the app runs
//! says what the app then says.

pub const TITLE: &str = "mbc-aid";
pub const SUBTITLE: &str = "Decision aid for HER2-negative metastatic breast cancer";
pub const SKIP: &str = "Skip to the case";
pub const NAV_LABEL: &str = "Views";
pub const NAV_CASE: &str = "Case";
pub const NAV_PATIENT: &str = "For patients";
pub const NAV_ABOUT: &str = "About / basis";
pub const EXPORT: &str = "Export case";
pub const IMPORT: &str = "Import case";
pub const PRINT: &str = "Print summary";
pub const CLEAR: &str = "Clear everything";
pub const CASE_TITLE: &str = "The case";
pub const SHOW_ALL: &str = "Show all questions";
pub const FLOW_TITLE: &str = "The algorithm";
pub const FIT: &str = "Fit both figures";
pub const FOLLOW: &str = "Follow the path";
pub const RESULTS_TITLE: &str = "Assessment";
pub const PIN: &str = "Pin this assessment";

/// The start screen's words while the app starts: nothing is evaluated yet,
/// and it must not look as if it were (a case in the link is read only then).
pub const STARTING: &str = "Starting the decision engine…";
pub const STARTING_NOTE: &str = "It runs on this device: nothing you enter is sent anywhere.";
pub const PATH_PENDING: &str = "The patient's path lights up once the engine has started.";
pub const FORM_PENDING: &str = "The questions appear once the engine has started. A case in the link is read then.";
pub const RESULTS_PENDING: &str = "Nothing is evaluated yet.";
/// Shown on the start screen, in place of the two "starting" lines, if the
/// module fails to load or start: the screen must not say "starting" forever.
pub const START_FAILED: &str = "The decision engine could not start in this browser, so nothing has been evaluated. It needs a current browser with WebAssembly; reloading the page may help.";

/// The form's section of the "since 2012" layer's inputs (SINCE-2012-v2.md §9.4).
pub const SINCE_INPUTS: &str = "Since 2012 — tests and treatments not used by the 2012 guide";
pub const SINCE_INPUTS_NOTE: &str = "They change nothing in the 2012 assessment; they only tell which newer treatments this case resembles (\"Since 2012\", with the results).";
pub const SINCE_TESTS: &str = "Tests";
pub const SINCE_TREATED_BEFORE: &str = "Treatments given before";

/// The flowchart's legend: a solid border for the path, a dashed one off it,
/// and, once an assessment is pinned, a thick dashed one for a box that moved.
pub const LEGEND_PATH: &str =
    " on this patient's path (solid border) · boxes off the path are dimmed, with a dashed border";
pub const LEGEND_PINNED: &str =
    " · a thick dashed border: the box entered or left the path since the assessment was pinned";
