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
use crate::model::vocab::{Lang, Workload};
use crate::report::text;

/// Version of the export layout; bumped when a field changes meaning.
pub const EXPORT_VERSION: u32 = 1;

/// The words an export uses, in the page's language: [`TextWords`] in the app.
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

/// Labels of the Markdown report; their words are in [`crate::report::text`].
pub use crate::report::text::ExportLabel as Label;

/// The page's words, from [`crate::report::text`]: what the app exports. The [`Words`] trait
/// stays only as the seam through which a test can put in words of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextWords(pub Lang);

impl Words for TextWords {
    fn at_least(&self) -> &'static str {
        text::t(self.0, text::Key::AtLeast)
    }
    fn unknown(&self) -> &'static str {
        text::t(self.0, text::Key::Unknown)
    }
    fn unit(&self, unit: Unit) -> &'static str {
        text::unit_text(self.0, unit)
    }
    fn line_state(&self, state: LineState) -> Option<&'static str> {
        text::line_state_text(self.0, state)
    }
    fn label(&self, label: Label) -> &'static str {
        text::export_label(self.0, label)
    }
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
