//! Pieces used by more than one page: the ECharts figure, the site header, the URL notice.

pub mod chart;
pub mod header;
pub mod url_notice;
