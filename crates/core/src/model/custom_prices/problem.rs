//! What can be wrong with an imported file, and the record each problem concerns.

use super::{FORMAT, VERSION};
use crate::model::money::Currency;

/// Why a file, or one of its records, was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file is larger than [`MAX_BYTES`].
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    /// Not JSON; where the parser stopped (1-based).
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not an object at the top level (or where a record should be).
    NotAnObject,
    /// `format` is missing or names another kind of file.
    WrongFormat {
        found: Option<String>,
    },
    /// Written by a newer version of the app.
    FutureVersion {
        found: u64,
    },
    /// `version` is not a positive whole number.
    BadVersion,
    /// A field this format does not have (likely a typo; nothing is silently ignored).
    UnknownField {
        field: String,
    },
    MissingField {
        field: &'static str,
    },
    /// `discounts` or `prices` is not a list.
    NotAList {
        field: &'static str,
    },
    NotANumber {
        field: &'static str,
    },
    OutOfRange {
        field: &'static str,
        min: f64,
        max: f64,
    },
    /// No provider with this id in the catalog.
    UnknownProvider,
    /// No price record with this id in the catalog.
    UnknownPrice,
    /// The record is priced in another currency than the file says.
    CurrencyMismatch {
        expected: Currency,
        found: String,
    },
    /// The same provider or record appears twice.
    Duplicate,
    /// More than [`MAX_RECORDS`] discounts and prices.
    TooManyRecords {
        count: usize,
        limit: usize,
    },
}

/// One problem: which record (empty for the file as a whole) and why.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError {
    /// Provider id, price id, or `discounts[3]` / `prices[0]` when the record has no usable id.
    pub record: String,
    pub problem: Problem,
}

/// The reason in plain English (the page shows its own zh / en wording of each problem).
impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::TooLarge { bytes, limit } => {
                write!(f, "file too large ({bytes} bytes); the limit is {limit}")
            }
            Problem::NotJson { line, column } => {
                write!(f, "not valid JSON (line {line}, column {column})")
            }
            Problem::NotAnObject => f.write_str("not a JSON object"),
            Problem::WrongFormat { found: Some(x) } => {
                write!(f, "\"format\" is {x:?}, not {FORMAT:?}")
            }
            Problem::WrongFormat { found: None } => {
                write!(f, "\"format\" must be the string {FORMAT:?}")
            }
            Problem::FutureVersion { found } => {
                write!(f, "version {found} is newer than this app ({VERSION})")
            }
            Problem::BadVersion => f.write_str("\"version\" must be a whole number from 1"),
            Problem::UnknownField { field } => write!(f, "unknown field {field:?}"),
            Problem::MissingField { field } => write!(f, "\"{field}\" is missing"),
            Problem::NotAList { field } => write!(f, "\"{field}\" must be a list"),
            Problem::NotANumber { field } => write!(f, "\"{field}\" must be a number"),
            Problem::OutOfRange { field, min, max } => {
                write!(f, "\"{field}\" must be between {min} and {max}")
            }
            Problem::UnknownProvider => f.write_str("no such provider in the catalog"),
            Problem::UnknownPrice => f.write_str("no such price record in the catalog"),
            Problem::CurrencyMismatch { expected, found } => write!(
                f,
                "currency {found}, but the record is priced in {}",
                expected.as_str()
            ),
            Problem::Duplicate => f.write_str("appears twice"),
            Problem::TooManyRecords { count, limit } => {
                write!(f, "{count} records; the limit is {limit}")
            }
        }
    }
}

/// `record — reason`, or the reason alone for the file as a whole.
impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.record.is_empty() {
            write!(f, "{}", self.problem)
        } else {
            write!(f, "{} — {}", self.record, self.problem)
        }
    }
}

pub(super) fn err(record: impl Into<String>, problem: Problem) -> ImportError {
    ImportError {
        record: record.into(),
        problem,
    }
}
