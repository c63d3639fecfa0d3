//! Field checks shared by the record kinds: a raw record's text fields, its source and as-of
//! date, its currency, unique ids within a kind, and the figures of performance records.

use super::errors::{Errors, Rule};
use crate::model::catalog::{Date, Figure, Meta};
use serde_json::Value;
use std::collections::HashSet;

/// Non-empty trimmed text of a field of a raw record.
pub(super) fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Checks `source` and `as_of` of a raw record (or of a part of one, named by `what`).
pub(super) fn provenance(
    errs: &mut Errors,
    file: &str,
    id: &str,
    what: &str,
    v: &Value,
    meta: &Meta,
) {
    if text(v, "source").is_none() {
        errs.push(
            file,
            id,
            Rule::MissingSource,
            format!("{what} needs a source (URL or document + section)"),
        );
    }
    check_date(errs, file, id, what, v, meta, true);
}

/// Checks a date field `as_of` (required or not) of a raw record.
pub(super) fn check_date(
    errs: &mut Errors,
    file: &str,
    id: &str,
    what: &str,
    v: &Value,
    meta: &Meta,
    required: bool,
) {
    match v.get("as_of") {
        None | Some(Value::Null) if required => errs.push(
            file,
            id,
            Rule::MissingAsOf,
            format!("{what} needs an as_of date"),
        ),
        None | Some(Value::Null) => {}
        Some(d) => match d.as_str().map(str::trim).and_then(Date::parse) {
            None => errs.push(
                file,
                id,
                Rule::BadDate,
                format!("{what}: as_of {d} is not a YYYY-MM-DD date"),
            ),
            Some(d) if d > meta.as_of => errs.push(
                file,
                id,
                Rule::FutureDate,
                format!("{what}: as_of {d} is after the catalog's {}", meta.as_of),
            ),
            Some(_) => {}
        },
    }
}

/// Checks a currency field of a raw record part.
pub(super) fn check_currency(errs: &mut Errors, file: &str, id: &str, what: &str, v: &Value) {
    match text(v, "currency") {
        Some("USD") | Some("CNY") => {}
        c => errs.push(
            file,
            id,
            Rule::UnknownCurrency,
            format!("{what}: currency {c:?} is not USD or CNY"),
        ),
    }
}

/// Checks that every id is new, reporting repeats under `DuplicateId`.
pub(super) struct Unique(pub(super) HashSet<String>);

impl Unique {
    pub(super) fn new() -> Self {
        Unique(HashSet::new())
    }

    pub(super) fn check(&mut self, errs: &mut Errors, file: &str, id: &str, kind: &str) -> bool {
        let fresh = self.0.insert(id.to_string());
        if !fresh {
            errs.push(
                file,
                id,
                Rule::DuplicateId,
                format!("this {kind} id is used by an earlier {kind}"),
            );
        }
        fresh
    }
}

/// Checks a one- or two-sided figure: finite, not negative, not inverted.
pub(super) fn check_figure(errs: &mut Errors, file: &str, id: &str, what: &str, f: Figure) {
    if f.numbers().iter().any(|x| !(x.is_finite() && *x >= 0.0)) {
        errs.push(
            file,
            id,
            Rule::NegativeValue,
            format!("{what} must be a finite number of zero or more"),
        );
    } else if let Figure::Range { low, high } = f {
        if low > high {
            errs.push(
                file,
                id,
                Rule::InvertedRange,
                format!("{what}: low {low} is above high {high}"),
            );
        }
    }
}
