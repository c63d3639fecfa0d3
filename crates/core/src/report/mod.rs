//! What is shown or exported: chart options (charming, pure), exports (CSV, JSON, Markdown),
//! catalog tables and number formats.

pub mod catalog_table;
pub mod chart;
pub mod export;
pub mod format;
pub mod text;
