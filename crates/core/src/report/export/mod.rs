//! The comparison as files — CSV, JSON and Markdown — with exactly what the page shows: the
//! plans in display order (pinned first, hidden left out), the currencies of the view, ranges,
//! "at least" where a price is unknown, and the lines of the plans whose breakdown is open.
//!
//! [`report`] builds one [`Report`]; the three writers only lay it out. CSV goes through the
//! `csv` crate and JSON through `serde_json`; the words of the page (its language) come from
//! the shell through [`Words`].

mod build;
mod csv;
mod embed;
mod json;
mod markdown;

pub use build::{report, Amount, Latency, LineReport, PlanReport, Report, Span, UnitPrice, View};
pub use csv::{to_csv, CSV_HEADER};
pub use embed::{host_script, EMBED_MESSAGE_TYPE};
pub use json::to_json;
pub use markdown::{md_cell, to_markdown};

use crate::engine::estimate::LineState;
use crate::model::catalog::{Date, Unit};
use crate::model::vocab::Workload;

/// Version of the export layout; bumped when a field changes meaning.
pub const EXPORT_VERSION: u32 = 1;

/// The words an export uses, in the page's language. The UI implements it with its i18n.
pub trait Words {
    /// "at least", before a total that has an unknown price in it.
    fn at_least(&self) -> &'static str;
    /// Shown where a price is unknown.
    fn unknown(&self) -> &'static str;
    fn unit(&self, unit: Unit) -> &'static str;
    /// A line that does not count as priced: optional and off, or already owned.
    fn line_state(&self, state: LineState) -> Option<&'static str>;
    /// Headings and labels of the Markdown report.
    fn label(&self, label: Label) -> &'static str;
}

/// Labels of the Markdown report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Title,
    Scenario,
    CatalogAsOf,
    ExportedOn,
    FxRate,
    Plan,
    Monthly,
    Yearly,
    PerUser,
    Latency,
    Lines,
    Item,
    Quantity,
    UnitPrice,
    Subtotal,
    Source,
}

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
