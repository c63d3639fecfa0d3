//! Pure Rust: every computation of DeployCalc. Never imports leptos, web_sys, js_sys,
//! wasm_bindgen or gloo.

pub mod analysis;
pub mod audit;
pub mod catalog;
pub mod catalog_table;
pub mod chart;
pub mod compare;
pub mod decide_chart;
pub mod decision;
pub mod estimate;
pub mod export;
pub mod format;
pub mod money;
pub mod overrides;
pub mod plan;
pub mod purchase;
pub mod quantity;
pub mod scenario;
pub mod share;
