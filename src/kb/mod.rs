//! The knowledge base: everything clinical, defined once. The engine, the
//! flowchart, the explanations, the print-out and the command-line evaluator
//! all read these tables; nothing clinical is written anywhere else.

pub mod alerts;
pub mod copy;
pub mod drug_facts;
pub mod drug_pages;
pub mod fields;
pub mod frame;
pub mod labels;
pub mod nodes;
pub mod options;
pub mod patient;
pub mod provenance;
pub mod refs;
pub mod since2012;
pub mod wording;

use crate::ids::RefId;

pub fn reference(id: RefId) -> &'static refs::Reference {
    &refs::REFERENCES[id.index()]
}
