//! The thin Leptos layer: formats and lays out what `domain` returns; no arithmetic here.

mod app;
mod components;
pub mod i18n;
mod state;

pub use app::App;
pub use components::scenario_form::NumInput;
pub use state::{AppState, UrlSync};
