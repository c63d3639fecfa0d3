//! DeployCalc (部署方案计算器): compare ways to deploy an AI application, in the browser.
#![recursion_limit = "256"]
//!
//! This package is the thin Leptos layer: every computation lives in `deploycalc_core`
//! (crates/core), which cannot depend on Leptos or the browser.

pub mod ui;
