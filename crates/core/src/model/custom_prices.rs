//! Custom prices as a file: per-provider discounts (%) and per-record unit-price overrides
//! (negotiated prices), exported and imported as JSON.
//!
//! Import is all or nothing: the whole file is checked first, every problem is listed with the
//! record it concerns (provider id, price id, or the list position when the id is missing) and
//! the reason; only a file without a single problem is applied. Files over [`MAX_BYTES`] are
//! refused before they are parsed.
//!
//! ```json
//! {
//!   "format": "deploycalc-custom-prices",
//!   "version": 1,
//!   "discounts": [{ "provider": "aws", "percent": 10 }],
//!   "prices": [{ "id": "aws-ec2-g4dn-xlarge", "price": 0.4, "currency": "USD" }]
//! }
//! ```
//!
//! A comparison exported as JSON (`deploycalc-comparison`) carries the same object under
//! `custom_prices`, so it imports too.

use crate::model::catalog::Catalog;
use crate::model::money::Currency;
use crate::model::scenario::{Scenario, DISCOUNT_BOUNDS, OVERRIDE_BOUNDS};
use crate::model::vocab::{PriceId, ProviderId};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The `format` tag of a custom-prices file.
pub const FORMAT: &str = "deploycalc-custom-prices";
/// The file version this build writes; files of every earlier version keep importing.
pub const VERSION: u64 = 1;
/// Largest file accepted: 64 KiB, far more than a price list of every catalog record needs.
pub const MAX_BYTES: usize = 64 * 1024;
/// Most discounts plus prices in one file.
pub const MAX_RECORDS: usize = 1000;
/// The `format` tag of an exported comparison, which embeds a custom-prices object.
pub const COMPARISON_FORMAT: &str = "deploycalc-comparison";

/// What a custom-prices file sets: discount % per provider id, unit price per price id (in the
/// record's own currency).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomPrices {
    pub discounts: BTreeMap<ProviderId, f64>,
    pub overrides: BTreeMap<PriceId, f64>,
}

impl CustomPrices {
    pub fn from_scenario(s: &Scenario) -> CustomPrices {
        CustomPrices {
            discounts: s.discounts.clone(),
            overrides: s.overrides.clone(),
        }
    }

    /// Replaces the scenario's discounts and overrides with these.
    pub fn apply_to(&self, s: &mut Scenario) {
        s.discounts = self.discounts.clone();
        s.overrides = self.overrides.clone();
    }

    pub fn is_empty(&self) -> bool {
        self.discounts.is_empty() && self.overrides.is_empty()
    }

    pub fn len(&self) -> usize {
        self.discounts.len() + self.overrides.len()
    }

    /// The file's JSON object. Each price carries its record's currency and unit (from the
    /// catalog) so that a reader sees what the number means; import checks the currency.
    pub fn to_value(&self, catalog: &Catalog) -> Value {
        let discounts: Vec<Value> = self
            .discounts
            .iter()
            .map(|(p, pct)| json!({ "provider": p, "percent": pct }))
            .collect();
        let prices: Vec<Value> = self
            .overrides
            .iter()
            .map(|(id, price)| {
                let mut o = Map::new();
                o.insert("id".into(), json!(id));
                o.insert("price".into(), json!(price));
                if let Some(rec) = catalog.price_by_str(id.as_str()) {
                    o.insert("currency".into(), json!(rec.currency.as_str()));
                    o.insert("unit".into(), json!(rec.unit.as_str()));
                }
                Value::Object(o)
            })
            .collect();
        json!({
            "format": FORMAT,
            "version": VERSION,
            "discounts": discounts,
            "prices": prices,
        })
    }

    /// The file's text (pretty-printed JSON, ending in a newline).
    pub fn to_json(&self, catalog: &Catalog) -> String {
        let mut s = serde_json::to_string_pretty(&self.to_value(catalog)).unwrap_or_default();
        s.push('\n');
        s
    }
}

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

fn err(record: impl Into<String>, problem: Problem) -> ImportError {
    ImportError {
        record: record.into(),
        problem,
    }
}

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
    let list = |field: &'static str, errors: &mut Vec<ImportError>| -> Vec<Value> {
        match top.get(field) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items.clone(),
            Some(_) => {
                errors.push(err(field, Problem::NotAList { field }));
                Vec::new()
            }
        }
    };
    let discounts = list("discounts", &mut errors);
    let prices = list("prices", &mut errors);
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
        let fallback = format!("discounts[{i}]");
        let Some(rec) = check_record(item, &fallback, "provider", &["percent"], &mut errors) else {
            continue;
        };
        let Record { id, fields, name } = rec;
        let mut ok = true;
        if let Some(id) = &id {
            if !catalog.providers.iter().any(|p| p.id.as_str() == id) {
                errors.push(err(&name, Problem::UnknownProvider));
                ok = false;
            }
        }
        let pct = number(&fields, "percent", DISCOUNT_BOUNDS, &name, &mut errors);
        if let (Some(id), Some(pct), true) = (id, pct, ok) {
            if out.discounts.insert(ProviderId(id), pct).is_some() {
                errors.push(err(&name, Problem::Duplicate));
            }
        }
    }
    for (i, item) in prices.iter().enumerate() {
        let fallback = format!("prices[{i}]");
        let Some(rec) = check_record(
            item,
            &fallback,
            "id",
            &["price", "currency", "unit", "note"],
            &mut errors,
        ) else {
            continue;
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
        let price = number(&fields, "price", OVERRIDE_BOUNDS, &name, &mut errors);
        if let (Some(id), Some(price), true) = (id, price, ok) {
            if out.overrides.insert(PriceId(id), price).is_some() {
                errors.push(err(&name, Problem::Duplicate));
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
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

/// Parses JSON as `serde_json::from_str` does, with two differences that keep a file meaning
/// exactly what it says:
/// - a key written twice in one object is an error (serde_json keeps the last one silently,
///   which would drop a whole `prices` list, or let `"price": -1, "price": 1` through); it is
///   refused as not JSON, with the line and column of the second key's closing quote;
/// - a number with a fraction or an exponent is read with correct rounding (`str::parse`), so
///   that an exported price comes back bit for bit (serde_json without its `float_roundtrip`
///   feature may be one unit in the last place off, e.g. for 0.9370807819079071).
fn parse_strict(text: &str) -> serde_json::Result<Value> {
    use serde::de::DeserializeSeed;
    let numbers = number_tokens(text);
    let next = std::cell::Cell::new(0);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Strict {
        numbers: &numbers,
        next: &next,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

/// The number tokens of a JSON text in document order (outside strings). Only used once
/// serde_json has read the same text as valid JSON, so each token is a well-formed number.
fn number_tokens(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9')
                {
                    i += 1;
                }
                out.push(&text[start..i]);
            }
            _ => i += 1,
        }
    }
    out
}

/// Builds a `Value` while serde_json reads the text (see [`parse_strict`]).
#[derive(Clone, Copy)]
struct Strict<'a> {
    numbers: &'a [&'a str],
    /// Index of the next number token.
    next: &'a std::cell::Cell<usize>,
}

impl Strict<'_> {
    /// Text of the number serde_json has just read.
    fn token(&self) -> Option<&str> {
        let i = self.next.get();
        self.next.set(i + 1);
        self.numbers.get(i).copied()
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        self.token();
        Ok(Value::from(n))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        self.token();
        Ok(Value::from(n))
    }
    fn visit_f64<E>(self, x: f64) -> Result<Value, E> {
        // the same number read again with correct rounding; serde_json's value if that fails
        let exact = self
            .token()
            .and_then(|t| t.parse::<f64>().ok())
            .filter(|y| y.is_finite())
            .unwrap_or(x);
        Ok(serde_json::Number::from_f64(exact).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(self)? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "key {key:?} written twice"
                )));
            }
            let v = map.next_value_seed(self)?;
            out.insert(key, v);
        }
        Ok(Value::Object(out))
    }
}
