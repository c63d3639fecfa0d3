//! Pieces used by more than one page: the ECharts figure, the site header, the debounced number
//! input, the URL notice, the load-error page, the freshness badge, `later` (progressive mount) and `near`
//! (whether an element is on or near the screen).

pub mod chart;
pub mod freshness_badge;
pub mod header;
pub mod later;
pub mod load_error;
pub mod near;
pub mod number_input;
pub mod url_notice;
