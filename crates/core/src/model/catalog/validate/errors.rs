//! What a failed catalog load reports: the rule broken, and the file and record that broke it.

use std::fmt;

/// The rule a catalog record broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The JSON does not parse, or a record does not have the expected shape.
    Malformed,
    DuplicateId,
    UnknownUnit,
    UnknownCurrency,
    NegativePrice,
    InvertedRange,
    BadDate,
    FutureDate,
    MissingSource,
    MissingAsOf,
    /// A reference (provider, price, performance, runtime or FX record) that resolves to
    /// nothing.
    DanglingReference,
    /// A performance figure, VRAM size or count below zero (or not finite); a hardware figure
    /// or count that is not positive; an owned-hardware figure outside its range (a PUE or a
    /// loaded factor below 1, a write-off under a year, a yearly maintenance share above 1).
    NegativeValue,
    /// Figures of one record that contradict each other (e.g. query heads not a multiple of
    /// the KV heads).
    Inconsistent,
}

impl Rule {
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Malformed => "malformed",
            Rule::DuplicateId => "duplicate_id",
            Rule::UnknownUnit => "unknown_unit",
            Rule::UnknownCurrency => "unknown_currency",
            Rule::NegativePrice => "negative_price",
            Rule::InvertedRange => "inverted_range",
            Rule::BadDate => "bad_date",
            Rule::FutureDate => "future_date",
            Rule::MissingSource => "missing_source",
            Rule::MissingAsOf => "missing_as_of",
            Rule::DanglingReference => "dangling_reference",
            Rule::NegativeValue => "negative_value",
            Rule::Inconsistent => "inconsistent",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CatalogError {
    pub file: String,
    pub record: String,
    pub rule: Rule,
    pub detail: String,
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "catalog/{}: record `{}`: {:?}: {}",
            self.file, self.record, self.rule, self.detail
        )
    }
}

pub(super) struct Errors(pub(super) Vec<CatalogError>);

impl Errors {
    pub(super) fn push(&mut self, file: &str, record: &str, rule: Rule, detail: impl Into<String>) {
        self.0.push(CatalogError {
            file: file.to_string(),
            record: record.to_string(),
            rule,
            detail: detail.into(),
        });
    }

    pub(super) fn len(&self) -> usize {
        self.0.len()
    }
}
