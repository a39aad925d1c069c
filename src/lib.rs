//! mbc-aid: a decision aid for HER2-negative metastatic breast cancer,
//! implementing the 2012 algorithm of Gogineni & DeMichele.
//!
//! The crate is a pure core — [`case`] (the input), [`kb`] (the knowledge
//! base), [`engine`] (the rules), [`assessment`] (the output) — used natively
//! by the command-line evaluator and in the browser by the `web` view layer.

pub mod assessment;
pub mod case;
pub mod check;
pub mod engine;
pub mod ids;
pub mod invariants;
pub mod kb;
pub mod layout;
pub mod number;
pub mod share;
pub mod start_screen;
#[cfg(feature = "web")]
pub mod web;

pub use assessment::Assessment;
pub use case::Case;
pub use engine::evaluate;
