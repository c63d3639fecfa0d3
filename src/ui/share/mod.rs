//! Sharing the scenario: the share bar (copy link, embed, export) and the custom prices.

pub mod bar;
pub mod custom_prices;
pub mod embed;
pub mod export;
