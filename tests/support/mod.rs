#![allow(dead_code)] // each test binary uses a different part of the support code

pub mod arb;
pub mod space;
