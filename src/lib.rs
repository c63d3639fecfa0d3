//! DeployCalc (部署方案计算器): compare ways to deploy an AI application, in the browser.
//!
//! `domain` is pure Rust and holds every computation; `ui` is a thin Leptos layer.

pub mod domain;
pub mod ui;
