//! The comparison as files — CSV, JSON and Markdown — with exactly what the page shows: the
//! plans in display order (pinned first, hidden left out), the currencies of the view, ranges,
//! "at least" where a price is unknown, and the lines of the plans whose breakdown is open.
//!
//! [`report`] builds one [`Report`]; the three writers only lay it out. CSV goes through the
//! `csv` crate and JSON through `serde_json`; the words come from
//! `report::text` in the view's language.

mod build;
mod csv;
mod embed;
mod json;
mod markdown;
mod sizing;

pub use build::{report, Amount, Latency, LineReport, PlanReport, Report, Span, UnitPrice, View};
pub use csv::{to_csv, CSV_HEADER};
pub use embed::{host_script, EMBED_MESSAGE_TYPE};
pub use json::to_json;
pub use markdown::{md_cell, to_markdown};
pub use sizing::{SizingItem, SizingReport};

use crate::model::catalog::Date;
use crate::model::vocab::Workload;

/// Version of the export layout; bumped when a field changes meaning.
pub const EXPORT_VERSION: u32 = 1;

/// Labels of the Markdown report; their words are in [`crate::report::text`].
pub use crate::report::text::ExportLabel as Label;

/// Which export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Markdown,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Markdown => "md",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Csv => "text/csv;charset=utf-8",
            Format::Json => "application/json",
            Format::Markdown => "text/markdown;charset=utf-8",
        }
    }
}

/// `deploycalc-s000-2026-11-22.csv`: the workload and the date of the export.
pub fn file_name(workload: Workload, today: Date, format: Format) -> String {
    format!(
        "deploycalc-{}-{}.{}",
        workload.as_str(),
        today,
        format.extension()
    )
}
