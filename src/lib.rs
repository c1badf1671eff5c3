//! Quality & Safety Quiz (质量安全知识答题).
//!
//! The quiz core is plain Rust with no browser types, tested natively:
//! - [`bank`]: the bank file format, parsing and validation
//! - [`catalog`]: the banks loaded in this session
//! - [`paper`]: building a seeded paper
//! - [`scoring`]: judging answers and adding up a result
//! - [`attempt`]: one person working through a paper
//! - [`progress`]: per-question records, history and mastery
//! - [`store`]: saved data behind a key–value trait
//! - [`launch`]: link parameters
//! - [`i18n`], [`text`]: interface strings and bank text in two languages
//!
//! The browser UI (`ui`) is compiled for wasm32 only and calls into the core.

pub mod attempt;
pub mod bank;
pub mod catalog;
pub mod i18n;
pub mod launch;
pub mod paper;
pub mod progress;
pub mod scoring;
pub mod store;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
