//! What is shown or exported: chart options (charming, pure), exports (CSV, JSON, Markdown),
//! catalog tables, freshness per source and number formats.

pub mod catalog_table;
pub mod chart;
pub mod export;
pub mod format;
pub mod freshness;
pub mod sizing;
pub mod text;
