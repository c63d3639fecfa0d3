//! zh + en words for the web pages. Every word lives in core (`deploycalc_core::report::text`,
//! shared with exports and the catalog CSV); this module re-exports it so that components
//! keep writing `use crate::ui::i18n::{t, tr, Key}`.

pub use deploycalc_core::report::text::*;
