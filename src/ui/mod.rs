//! The thin Leptos layer: lays out what `deploycalc_core` computes; no arithmetic here.
//!
//! - `app`: the shell (header, share bar, the page of `view=`, footer).
//! - `pages/{compare,decide,catalog}`: one folder a page.
//! - `widgets`: pieces used by several pages. `share`: link, embed, export, custom prices.
//! - `bundle`: which pages this build contains (one bundle per page), and how to reach the rest.
//! - `browser`: clipboard, downloads, file reading, the page's address, today.
//! - `state`: the scenario decoded from the URL; `AppState::commit` is the only write.

mod app;
pub mod browser;
pub mod bundle;
pub mod i18n;
pub mod pages;
pub mod share;
pub mod sizing;
mod state;
pub mod widgets;

pub use app::{render_static, App};
pub use state::{perf_mark, AppState, UrlSync};
