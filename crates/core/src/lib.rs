//! DeployCalc's engine: every computation, in pure Rust. This crate never depends on leptos,
//! web-sys, js-sys, wasm-bindgen or gloo (`tests/it/layers.rs` checks it with `cargo metadata`
//! and `cargo tree`).
//!
//! - `model`: what is given — vocabulary (`model::vocab`: workloads, regions, language, every
//!   typed id), money, scenario, the catalog (prices, perf, plans, quantities).
//! - `engine`: what is computed — estimates, purchase options, audit, comparison, analysis
//!   (curves, break-even, commitments, growth), decision trees.
//! - `report`: what is shown or exported — chart options, exports, catalog tables, formats.
//! - `url`: the scenario <-> query string codec; one enum (`url::Param`) spells every key.
//! - `steps`: long computations (the data file's validation) in steps, with a pause between.

pub mod engine;
pub mod model;
pub mod report;
pub mod steps;
pub mod url;
