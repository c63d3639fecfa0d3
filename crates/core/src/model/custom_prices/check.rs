//! Import: the whole file is checked, every problem listed, and only a clean file applied.

use super::problem::err;
use super::strict::parse_strict;
use super::{
    CustomPrices, ImportError, Problem, COMPARISON_FORMAT, FORMAT, MAX_BYTES, MAX_RECORDS, VERSION,
};
use crate::model::catalog::Catalog;
use crate::model::money::Currency;
use crate::model::scenario::{DISCOUNT_BOUNDS, OVERRIDE_BOUNDS};
use crate::model::vocab::{PriceId, ProviderId};
use serde_json::{Map, Value};

/// Checks a whole custom-prices file (or an exported comparison) against the catalog. Returns
/// every problem, or the prices when there is none.
pub fn import(text: &str, catalog: &Catalog) -> Result<CustomPrices, Vec<ImportError>> {
    if text.len() > MAX_BYTES {
        return Err(vec![err(
            "",
            Problem::TooLarge {
                bytes: text.len(),
                limit: MAX_BYTES,
            },
        )]);
    }
    let root: Value = parse_strict(text).map_err(|e| {
        vec![err(
            "",
            Problem::NotJson {
                line: e.line(),
                column: e.column(),
            },
        )]
    })?;
    let Value::Object(top) = root else {
        return Err(vec![err("", Problem::NotAnObject)]);
    };
    // an exported comparison: its custom prices live under `custom_prices`
    if top.get("format").and_then(Value::as_str) == Some(COMPARISON_FORMAT) {
        return match top.get("custom_prices") {
            Some(Value::Object(inner)) => check_file(inner, catalog),
            Some(_) => Err(vec![err("custom_prices", Problem::NotAnObject)]),
            None => Err(vec![err(
                "",
                Problem::MissingField {
                    field: "custom_prices",
                },
            )]),
        };
    }
    check_file(&top, catalog)
}

fn check_file(
    top: &Map<String, Value>,
    catalog: &Catalog,
) -> Result<CustomPrices, Vec<ImportError>> {
    let mut errors = check_header(top);
    let discounts = list(top, "discounts", &mut errors);
    let prices = list(top, "prices", &mut errors);
    let count = discounts.len() + prices.len();
    if count > MAX_RECORDS {
        errors.push(err(
            "",
            Problem::TooManyRecords {
                count,
                limit: MAX_RECORDS,
            },
        ));
        return Err(errors);
    }
    let mut out = CustomPrices::default();
    for (i, item) in discounts.iter().enumerate() {
        check_discount(i, item, catalog, &mut out, &mut errors);
    }
    for (i, item) in prices.iter().enumerate() {
        check_price(i, item, catalog, &mut out, &mut errors);
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// The file's `format` and `version`, and no top-level field but the four known ones.
fn check_header(top: &Map<String, Value>) -> Vec<ImportError> {
    let mut errors = Vec::new();
    match top.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => errors.push(err(
            "",
            Problem::WrongFormat {
                found: Some(f.clone()),
            },
        )),
        Some(_) => errors.push(err("", Problem::WrongFormat { found: None })),
        None => errors.push(err("", Problem::MissingField { field: "format" })),
    }
    match top.get("version") {
        None => errors.push(err("", Problem::MissingField { field: "version" })),
        Some(v) => match v.as_u64() {
            Some(n) if (1..=VERSION).contains(&n) => {}
            Some(n) if n > VERSION => errors.push(err("", Problem::FutureVersion { found: n })),
            _ => errors.push(err("", Problem::BadVersion)),
        },
    }
    for key in top.keys() {
        if !matches!(key.as_str(), "format" | "version" | "discounts" | "prices") {
            errors.push(err("", Problem::UnknownField { field: key.clone() }));
        }
    }
    errors
}

/// A top-level list (`discounts` or `prices`); missing or `null` is empty.
fn list(
    top: &Map<String, Value>,
    field: &'static str,
    errors: &mut Vec<ImportError>,
) -> Vec<Value> {
    match top.get(field) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items.clone(),
        Some(_) => {
            errors.push(err(field, Problem::NotAList { field }));
            Vec::new()
        }
    }
}

/// Discount `i`: a known provider, a percent within bounds, given once.
fn check_discount(
    i: usize,
    item: &Value,
    catalog: &Catalog,
    out: &mut CustomPrices,
    errors: &mut Vec<ImportError>,
) {
    let fallback = format!("discounts[{i}]");
    let Some(rec) = check_record(item, &fallback, "provider", &["percent"], errors) else {
        return;
    };
    let Record { id, fields, name } = rec;
    let mut ok = true;
    if let Some(id) = &id {
        if !catalog.providers.iter().any(|p| p.id.as_str() == id) {
            errors.push(err(&name, Problem::UnknownProvider));
            ok = false;
        }
    }
    let pct = number(&fields, "percent", DISCOUNT_BOUNDS, &name, errors);
    if let (Some(id), Some(pct), true) = (id, pct, ok) {
        if out.discounts.insert(ProviderId(id), pct).is_some() {
            errors.push(err(&name, Problem::Duplicate));
        }
    }
}

/// Price `i`: a known record, in the record's currency, a price within bounds, given once.
fn check_price(
    i: usize,
    item: &Value,
    catalog: &Catalog,
    out: &mut CustomPrices,
    errors: &mut Vec<ImportError>,
) {
    let fallback = format!("prices[{i}]");
    let Some(rec) = check_record(
        item,
        &fallback,
        "id",
        &["price", "currency", "unit", "note"],
        errors,
    ) else {
        return;
    };
    let Record { id, fields, name } = rec;
    let record = id.as_deref().and_then(|id| catalog.price_by_str(id));
    let mut ok = id.is_some();
    if id.is_some() && record.is_none() {
        errors.push(err(&name, Problem::UnknownPrice));
        ok = false;
    }
    if let (Some(rec), Some(c)) = (record, fields.get("currency")) {
        let found = c
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| c.to_string());
        if Currency::parse(&found) != Some(rec.currency) {
            errors.push(err(
                &name,
                Problem::CurrencyMismatch {
                    expected: rec.currency,
                    found,
                },
            ));
            ok = false;
        }
    }
    let price = number(&fields, "price", OVERRIDE_BOUNDS, &name, errors);
    if let (Some(id), Some(price), true) = (id, price, ok) {
        if out.overrides.insert(PriceId(id), price).is_some() {
            errors.push(err(&name, Problem::Duplicate));
        }
    }
}

struct Record {
    /// The record's id, when present and a string.
    id: Option<String>,
    fields: Map<String, Value>,
    /// How errors name the record: its id, or its position.
    name: String,
}

/// Checks a record's shape: an object with a string `id_field` and no fields but `allowed`.
fn check_record(
    item: &Value,
    fallback: &str,
    id_field: &'static str,
    allowed: &[&str],
    errors: &mut Vec<ImportError>,
) -> Option<Record> {
    let Value::Object(fields) = item else {
        errors.push(err(fallback, Problem::NotAnObject));
        return None;
    };
    let id = match fields.get(id_field) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    };
    let name = id.clone().unwrap_or_else(|| fallback.to_string());
    if id.is_none() {
        errors.push(err(&name, Problem::MissingField { field: id_field }));
    }
    for key in fields.keys() {
        if key != id_field && !allowed.contains(&key.as_str()) {
            errors.push(err(&name, Problem::UnknownField { field: key.clone() }));
        }
    }
    Some(Record {
        id,
        fields: fields.clone(),
        name,
    })
}

/// A required number field within `(min, max)`.
fn number(
    fields: &Map<String, Value>,
    field: &'static str,
    (min, max): (f64, f64),
    name: &str,
    errors: &mut Vec<ImportError>,
) -> Option<f64> {
    match fields.get(field) {
        None => {
            errors.push(err(name, Problem::MissingField { field }));
            None
        }
        Some(v) => match v.as_f64() {
            None => {
                errors.push(err(name, Problem::NotANumber { field }));
                None
            }
            Some(x) if !(min..=max).contains(&x) => {
                errors.push(err(name, Problem::OutOfRange { field, min, max }));
                None
            }
            // `-0` is read as 0, so that it never shows as "-0"
            Some(x) => Some(x + 0.0),
        },
    }
}
