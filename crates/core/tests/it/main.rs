//! The native tests of the engine, as one test binary (one link step instead of 23): each
//! module is one suite; `common` holds the catalog helper and shared assertions.

mod analysis;
mod audit_report;
mod break_even_report;
mod catalog;
mod catalog_fixture;
mod catalog_quality;
mod catalog_rules;
mod catalog_table;
mod common;
mod compare;
mod compare_view;
mod data_file;
mod decision;
mod deploy_headers;
mod engine;
mod estimate;
mod export;
mod fixture;
mod format;
mod freshness;
mod fuzz_overrides;
mod fuzz_url;
mod hardware;
mod instances;
mod instances_real;
mod layers;
mod overrides;
mod plans_s001_s002;
mod plans_s003;
mod plans_s004;
mod properties;
mod share;
mod text;
mod tree_inputs;
mod url_fixtures;
