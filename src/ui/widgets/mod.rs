//! Pieces used by more than one page: the ECharts figure, the site header, the debounced number
//! input, the URL notice.

pub mod chart;
pub mod header;
pub mod number_input;
pub mod url_notice;
