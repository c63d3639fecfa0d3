//! Sharing the scenario: the share bar (copy link, embed, export) and the custom prices.

pub mod bar;
pub mod custom_prices;
pub mod embed;
// only the compare page exports (its bundle alone carries the report and sizing code)
#[cfg(feature = "page-compare")]
pub mod export;
