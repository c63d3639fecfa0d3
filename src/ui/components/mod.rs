pub mod assumptions;
pub mod catalog_page;
pub mod chart;
pub mod header;
pub mod plan_card;
pub mod scenario_form;
pub mod url_notice;
