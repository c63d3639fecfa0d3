//! View-models for the catalog browser: the price table (filter, search, sort, currency,
//! normalised per-vCPU / per-GiB / per-GPU hour columns, staleness), the performance-record
//! list, the provider matrix as tables, and the price table as CSV.
//!
//! The UI only lays these out. Every cell's text comes from [`PriceRow::cell_text`], which the
//! CSV export uses too, so the file holds exactly what the table shows.
//!
//! Words come from [`crate::report::text`]. One file a concern: `source` (staleness, source links),
//! `columns` (columns, sort, query), `amount` (cell amounts), `prices` (rows and the table),
//! `facets`, `csv_export`, `perf` and `matrix`.

mod amount;
mod columns;
mod csv_export;
mod facets;
mod matrix;
mod perf;
mod prices;
mod source;

pub use amount::{derived_price, Amount};
pub use columns::{next_sort, Column, Direction, PriceQuery};
pub use csv_export::price_csv;
pub use facets::{price_facets, PriceFacets};
pub use matrix::{matrix_tables, MatrixCellView, MatrixRowView, MatrixTable, MatrixValue};
pub use perf::{perf_rows, PerfRow, SubjectName};
pub use prices::{price_table, search_terms, PriceRow, PriceTable};
pub use source::{is_stale, source_url, stale_cutoff, STALE_AFTER_MONTHS};

use crate::model::catalog::Provider;

use crate::model::vocab::{I18nText, ProviderId};

/// A provider's name, or its id in both languages when the catalog does not list it.
pub(crate) fn provider_name(providers: &[Provider], id: &ProviderId) -> I18nText {
    providers
        .iter()
        .find(|p| &p.id == id)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| I18nText {
            zh: id.to_string(),
            en: id.to_string(),
        })
}
