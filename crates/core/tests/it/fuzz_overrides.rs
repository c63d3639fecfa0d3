#![cfg(not(target_arch = "wasm32"))]
//! Fuzzing the custom-prices importer (`domain::overrides::import`): generated files built from
//! a model whose outcome is known (valid and invalid records, wrong types, unknown ids,
//! negative, exponent and huge numbers, duplicate ids and duplicate keys, wrappers), deep
//! nesting, oversized files, random bytes, and mutations of the committed corpus in
//! `tests/corpus/overrides/`. Properties: no panic; every rejection names its record (where the
//! record has an id) and says why; a valid file is applied whole, an invalid one not at all; and
//! export → import gives back the same prices.
//! Cases: `FUZZ_CASES` per property (default 1,000 in `make test`; a hundredth for the
//! 70 KB files), e.g. 10⁶:
//! `FUZZ_CASES=1000000 cargo test --release -p deploycalc-core --test it fuzz_overrides`.

use crate::common::catalog;
use deploycalc_core::model::custom_prices::{
    import, CustomPrices, ImportError, Problem, MAX_BYTES, MAX_RECORDS,
};
use deploycalc_core::model::money::Currency;
use deploycalc_core::model::scenario::{Scenario, DISCOUNT_BOUNDS, OVERRIDE_BOUNDS};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

pub(crate) fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000)
}

// ---------------------------------------------------------------------------------------------
// Checks that hold for any input

/// Problems that only a record can have: they must name it.
fn is_record_problem(p: &Problem) -> bool {
    matches!(
        p,
        Problem::UnknownProvider
            | Problem::UnknownPrice
            | Problem::CurrencyMismatch { .. }
            | Problem::Duplicate
            | Problem::NotANumber { .. }
            | Problem::OutOfRange { .. }
    )
}

/// Problems of the file as a whole: they name no record.
fn is_file_problem(p: &Problem) -> bool {
    matches!(
        p,
        Problem::TooLarge { .. }
            | Problem::NotJson { .. }
            | Problem::WrongFormat { .. }
            | Problem::FutureVersion { .. }
            | Problem::BadVersion
            | Problem::TooManyRecords { .. }
    )
}

/// What must hold for the result of importing any text.
fn check_outcome(text: &str, result: &Result<CustomPrices, Vec<ImportError>>) {
    match result {
        Err(errors) => {
            assert!(!errors.is_empty(), "refused without a reason: {text:?}");
            for e in errors {
                let reason = e.problem.to_string();
                assert!(!reason.trim().is_empty(), "empty reason {e:?} for {text:?}");
                assert!(!e.to_string().trim().is_empty());
                if is_record_problem(&e.problem) {
                    assert!(!e.record.is_empty(), "{e:?} names no record: {text:?}");
                }
                if is_file_problem(&e.problem) {
                    assert!(e.record.is_empty(), "{e:?} is about the file: {text:?}");
                }
                if let Problem::NotJson { line, column } = e.problem {
                    assert!(line >= 1 && column <= text.len() + 1, "{e:?}");
                }
            }
        }
        Ok(prices) => {
            assert!(text.len() <= MAX_BYTES);
            assert!(prices.len() <= MAX_RECORDS);
            let c = catalog();
            for (p, pct) in &prices.discounts {
                assert!(c.providers.iter().any(|x| x.id == *p), "{p}");
                assert!(pct.is_finite() && (0.0..=100.0).contains(pct), "{p} {pct}");
                assert!(pct.is_sign_positive(), "{p}: {pct}");
            }
            for (id, price) in &prices.overrides {
                assert!(c.price_by_str(id.as_str()).is_some(), "{id}");
                assert!(
                    price.is_finite() && (0.0..=1e9).contains(price),
                    "{id} {price}"
                );
                assert!(price.is_sign_positive(), "{id}: {price}");
            }
            round_trip(prices);
            applies_whole(prices);
        }
    }
}

/// Export, then import: the same prices, bit for bit.
fn round_trip(prices: &CustomPrices) {
    let text = prices.to_json(catalog());
    let back = import(&text, catalog());
    match back {
        Ok(back) => {
            assert_eq!(&back, prices, "round trip through:\n{text}");
            for (k, v) in &prices.discounts {
                assert_eq!(back.discounts[k].to_bits(), v.to_bits(), "{k}");
            }
            for (k, v) in &prices.overrides {
                assert_eq!(back.overrides[k].to_bits(), v.to_bits(), "{k}");
            }
        }
        Err(e) => panic!("an exported file is refused: {e:?}\n{text}"),
    }
}

/// Applying replaces the scenario's custom prices with exactly these, whatever was there.
fn applies_whole(prices: &CustomPrices) {
    let mut s = Scenario::default();
    s.discounts.insert("stale-provider".into(), 50.0);
    s.overrides.insert("stale-record".into(), 1.0);
    let before = s.clone();
    prices.apply_to(&mut s);
    assert_eq!(s.discounts, prices.discounts);
    assert_eq!(s.overrides, prices.overrides);
    // nothing else in the scenario moves
    s.discounts = before.discounts.clone();
    s.overrides = before.overrides.clone();
    assert_eq!(s, before);
}

fn run(text: &str) -> Result<CustomPrices, Vec<ImportError>> {
    let result = import(text, catalog());
    check_outcome(text, &result);
    // the same text gives the same answer
    assert_eq!(import(text, catalog()), result);
    result
}

// ---------------------------------------------------------------------------------------------
// The model: a file whose outcome is known before it is imported

/// A JSON value as text, with what the importer must make of it as a number.
#[derive(Clone, Debug)]
struct Num {
    text: String,
    /// `Some(x)`: a number that reads as `x`; `None`: not a number (a string, null, …).
    value: Option<f64>,
    /// The text is not JSON at all (`NaN`, `1e400`, `01`): the whole file is refused.
    breaks_json: bool,
}

fn num_text(x: f64, style: u8) -> String {
    match style % 4 {
        0 => format!("{x}"),
        1 => format!("{x:?}"),
        2 => format!("{x:e}"),
        _ => format!("{x:E}"),
    }
}

/// A number field's value: in bounds, out of bounds, or not a number at all.
fn num(lo: f64, hi: f64) -> impl Strategy<Value = Num> {
    let good = |x: f64, style: u8| Num {
        text: num_text(x, style),
        value: Some(x),
        breaks_json: false,
    };
    let raw = |t: &str, value: Option<f64>, breaks_json: bool| Num {
        text: t.to_string(),
        value,
        breaks_json,
    };
    prop_oneof![
        6 => (lo..=hi, any::<u8>()).prop_map(move |(x, s)| good(x, s)),
        2 => (0u32..=hi.min(1e6) as u32, any::<u8>()).prop_map(move |(x, s)| good(x as f64, s)),
        1 => prop::sample::select(vec![lo, hi, 0.1, 0.3, 1.0 / 3.0, 0.1 + 0.2, 12.5, 99.99])
            .prop_filter("in bounds", move |x| (lo..=hi).contains(x))
            .prop_map(move |x| good(x, 1)),
        1 => (-1e12..-1e-9f64, any::<u8>()).prop_map(move |(x, s)| good(x, s)),
        1 => (hi * 1.000_001..1e300, any::<u8>()).prop_map(move |(x, s)| good(x, s)),
        1 => prop::sample::select(vec![
            raw("-0", Some(0.0), false),
            raw("-0.0", Some(0.0), false),
            raw("1e2", Some(100.0), false),
            raw("1E-2", Some(0.01), false),
            raw("0.30000000000000004", Some(0.1 + 0.2), false),
            raw("1.7976931348623157e308", Some(f64::MAX), false),
            raw("5e-324", Some(5e-324), false),
            raw("123456789012345678901234567890", Some(1.2345678901234568e29), false),
            raw("-123456789012345678901", Some(-1.2345678901234568e20), false),
            raw("\"10\"", None, false),
            raw("\"NaN\"", None, false),
            raw("\"Infinity\"", None, false),
            raw("null", None, false),
            raw("true", None, false),
            raw("[1]", None, false),
            raw("{\"value\": 1}", None, false),
            raw("NaN", None, true),
            raw("Infinity", None, true),
            raw("-Infinity", None, true),
            raw("1e400", None, true),
            raw("-1e400", None, true),
            raw("01", None, true),
            raw("+1", None, true),
            raw(".5", None, true),
            raw("1.", None, true),
            raw("0x10", None, true),
        ]),
    ]
}

/// A record's id field.
#[derive(Clone, Debug)]
enum Id {
    /// A string (maybe padded with spaces, maybe unknown to the catalog).
    Text(String),
    /// Present but not a string (a number, null, …) or blank.
    Unusable(String),
    Missing,
}

fn id(known: Vec<String>) -> impl Strategy<Value = Id> {
    prop_oneof![
        8 => prop::sample::select(known.clone()).prop_map(Id::Text),
        1 => (prop::sample::select(known), " {0,2}", " {0,2}")
            .prop_map(|(k, a, b)| Id::Text(format!("{a}{k}{b}"))),
        2 => "[a-z0-9-]{1,24}".prop_map(Id::Text),
        1 => "\\PC{0,12}".prop_map(Id::Text),
        1 => prop::sample::select(vec![
            "\"\"", "\"   \"", "1", "null", "false", "[\"aws\"]", "{\"id\": \"aws\"}",
        ])
        .prop_map(|s| Id::Unusable(s.to_string())),
        1 => Just(Id::Missing),
    ]
}

#[derive(Clone, Debug)]
struct Rec {
    id: Id,
    /// The number field (`percent` / `price`), absent when `None`.
    number: Option<Num>,
    /// `currency` as JSON text (prices only).
    currency: Option<String>,
    /// Allowed free fields (`unit`, `note`; prices only) as JSON text.
    free: Vec<(&'static str, String)>,
    /// A field the format does not have.
    unknown: Option<String>,
    /// The same key written twice: `(key index into the fields, JSON text of the first copy)`.
    dup_key: Option<(usize, String)>,
    /// Not an object at all: this JSON text instead.
    not_object: Option<String>,
    /// Order the fields are written in.
    shuffle: u64,
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Any JSON value, as text, for free fields and junk.
pub(crate) fn any_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|i| i.to_string()),
        (-1e6..1e6f64).prop_map(|x| format!("{x:?}")),
        "\\PC{0,16}".prop_map(|s| json_str(&s)),
        Just(json_str("<img src=x onerror=alert(1)>")),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(","))),
            // keys once each: a key written twice is a fault of its own (see `Rec::dup_key`)
            prop::collection::btree_map("[a-z]{0,6}", inner, 0..4).prop_map(|v| {
                let fields: Vec<String> = v
                    .iter()
                    .map(|(k, v)| format!("{}:{v}", json_str(k)))
                    .collect();
                format!("{{{}}}", fields.join(","))
            }),
        ]
    })
}

fn record(known: Vec<String>, lo: f64, hi: f64, is_price: bool) -> impl Strategy<Value = Rec> {
    let currency = prop_oneof![
        4 => Just(None),
        4 => Just(Some("RIGHT".to_string())),
        1 => Just(Some("right".to_string())),
        1 => prop::sample::select(vec!["\"USD\"", "\"CNY\"", "\"RMB\"", "\"EUR\"", "\"\"", "1", "null"])
            .prop_map(|s| Some(s.to_string())),
    ];
    let free = prop::collection::vec(
        (prop::sample::select(vec!["unit", "note"]), any_json()),
        0..2,
    );
    (
        id(known),
        prop::option::weighted(0.95, num(lo, hi)),
        currency,
        free,
        prop::option::weighted(0.05, "[a-zA-Z_]{1,8}"),
        prop::option::weighted(0.04, (0usize..4, any_json())),
        prop::option::weighted(0.03, any_json()),
        any::<u64>(),
    )
        .prop_map(
            move |(id, number, currency, free, unknown, dup_key, not_object, shuffle)| Rec {
                id,
                number,
                currency: if is_price { currency } else { None },
                free: if is_price {
                    // a key may appear once only (duplicates are tested separately)
                    let mut seen = BTreeSet::new();
                    free.into_iter().filter(|(k, _)| seen.insert(*k)).collect()
                } else {
                    Vec::new()
                },
                unknown,
                dup_key,
                not_object,
                shuffle,
            },
        )
}

#[derive(Clone, Debug)]
struct File {
    discounts: Vec<Rec>,
    prices: Vec<Rec>,
    /// 0: right; 1: missing; 2: another format; 3: not a string.
    format: u8,
    /// 0: 1; 1: missing; 2: 0; 3: 2 (future); 4: "1"; 5: 1.5; 6: -1.
    version: u8,
    /// 0: a list; 1: absent; 2: null; 3: not a list.
    discounts_as: u8,
    prices_as: u8,
    top_unknown: bool,
    /// Inside an exported comparison.
    wrapped: bool,
    /// Whitespace style: 0 compact, 1 spaces, 2 pretty with CRLF.
    ws: u8,
    shuffle: u64,
}

fn file() -> impl Strategy<Value = File> {
    let c = catalog();
    let providers: Vec<String> = c
        .providers
        .iter()
        .map(|p| p.id.as_str().to_string())
        .collect();
    let prices: Vec<String> = c.prices.iter().map(|p| p.id.as_str().to_string()).collect();
    let pick = |valid_weight: u32, n: u8| prop_oneof![valid_weight => Just(0u8), 1 => 1..n];
    (
        prop::collection::vec(
            record(providers, DISCOUNT_BOUNDS.0, DISCOUNT_BOUNDS.1, false),
            0..5,
        ),
        prop::collection::vec(
            record(prices, OVERRIDE_BOUNDS.0, OVERRIDE_BOUNDS.1, true),
            0..8,
        ),
        pick(30, 4),
        pick(30, 7),
        pick(20, 4),
        pick(20, 4),
        prop::bool::weighted(0.03),
        prop::bool::weighted(0.1),
        0u8..3,
        any::<u64>(),
    )
        .prop_map(
            |(
                discounts,
                prices,
                format,
                version,
                discounts_as,
                prices_as,
                top_unknown,
                wrapped,
                ws,
                shuffle,
            )| File {
                discounts,
                prices,
                format,
                version,
                discounts_as,
                prices_as,
                top_unknown,
                wrapped,
                ws,
                shuffle,
            },
        )
}

/// Deterministic shuffle of the fields of an object (a small LCG).
fn shuffled<T>(mut v: Vec<T>, mut seed: u64) -> Vec<T> {
    for i in (1..v.len()).rev() {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        v.swap(i, (seed >> 33) as usize % (i + 1));
    }
    v
}

fn object(fields: Vec<(String, String)>, ws: u8) -> String {
    let (open, sep, colon, close) = match ws {
        0 => ("{", ",", ":", "}"),
        1 => ("{ ", ", ", ": ", " }"),
        _ => ("{\r\n  ", ",\r\n  ", ": ", "\r\n}"),
    };
    let parts: Vec<String> = fields
        .iter()
        .map(|(k, v)| format!("{}{colon}{v}", json_str(k)))
        .collect();
    format!("{open}{}{close}", parts.join(sep))
}

fn record_text(
    r: &Rec,
    id_field: &str,
    num_field: &str,
    currency: Option<Currency>,
    ws: u8,
) -> String {
    if let Some(junk) = &r.not_object {
        // an object is a record after all: use an array around it
        return if junk.starts_with('{') {
            format!("[{junk}]")
        } else {
            junk.clone()
        };
    }
    let mut fields = Vec::new();
    match &r.id {
        Id::Text(s) => fields.push((id_field.to_string(), json_str(s))),
        Id::Unusable(t) => fields.push((id_field.to_string(), t.clone())),
        Id::Missing => {}
    }
    if let Some(n) = &r.number {
        fields.push((num_field.to_string(), n.text.clone()));
    }
    if let Some(cur) = &r.currency {
        let text = match (cur.as_str(), currency) {
            ("RIGHT", Some(c)) => json_str(c.as_str()),
            ("right", Some(c)) => json_str(&c.as_str().to_lowercase()),
            ("RIGHT" | "right", None) => json_str("USD"),
            (t, _) => t.to_string(),
        };
        fields.push(("currency".to_string(), text));
    }
    for (k, v) in &r.free {
        fields.push((k.to_string(), v.clone()));
    }
    if let Some(k) = &r.unknown {
        fields.push((format!("x_{k}"), "1".to_string()));
    }
    let mut fields = shuffled(fields, r.shuffle);
    if let Some((i, first)) = &r.dup_key {
        if !fields.is_empty() {
            let key = fields[i % fields.len()].0.clone();
            fields.insert(0, (key, first.clone()));
        }
    }
    object(fields, ws)
}

fn currency_of(id: &Id) -> Option<Currency> {
    match id {
        Id::Text(s) => catalog().price_by_str(s.trim()).map(|r| r.currency),
        _ => None,
    }
}

fn file_text(f: &File) -> String {
    let list = |recs: &[Rec],
                id_field: &str,
                num_field: &str,
                is_price: bool,
                how: u8|
     -> Option<String> {
        match how {
            0 => {
                let items: Vec<String> = recs
                    .iter()
                    .map(|r| {
                        let cur = if is_price { currency_of(&r.id) } else { None };
                        record_text(r, id_field, num_field, cur, f.ws)
                    })
                    .collect();
                Some(format!("[{}]", items.join(", ")))
            }
            1 => None,
            2 => Some("null".to_string()),
            _ => Some("{}".to_string()),
        }
    };
    let mut fields = Vec::new();
    match f.format {
        0 => fields.push(("format".to_string(), json_str("deploycalc-custom-prices"))),
        1 => {}
        2 => fields.push(("format".to_string(), json_str("deploycalc-prices"))),
        _ => fields.push(("format".to_string(), "[1]".to_string())),
    }
    let version = ["1", "", "0", "2", "\"1\"", "1.5", "-1"][f.version as usize];
    if !version.is_empty() {
        fields.push(("version".to_string(), version.to_string()));
    }
    if let Some(t) = list(&f.discounts, "provider", "percent", false, f.discounts_as) {
        fields.push(("discounts".to_string(), t));
    }
    if let Some(t) = list(&f.prices, "id", "price", true, f.prices_as) {
        fields.push(("prices".to_string(), t));
    }
    if f.top_unknown {
        fields.push(("comment".to_string(), json_str("hi")));
    }
    let inner = object(shuffled(fields, f.shuffle), f.ws);
    if f.wrapped {
        object(
            vec![
                ("format".to_string(), json_str("deploycalc-comparison")),
                ("version".to_string(), "1".to_string()),
                ("plans".to_string(), "[]".to_string()),
                ("custom_prices".to_string(), inner),
            ],
            f.ws,
        )
    } else {
        inner
    }
}

/// What the importer must answer, worked out from the model alone.
enum Expect {
    NotJson,
    /// Refused; each of these record names must be among the errors.
    Refused(BTreeSet<String>),
    Applied(CustomPrices),
}

fn expect(f: &File) -> Expect {
    let c = catalog();
    let mut names = BTreeSet::new();
    let mut refused = false;
    let mut out = CustomPrices::default();
    // a number that is not JSON, or a key written twice, in a list that is written
    let broken = |recs: &[Rec], is_price: bool| {
        recs.iter().filter(|r| r.not_object.is_none()).any(|r| {
            let has_fields = !matches!(r.id, Id::Missing)
                || r.number.is_some()
                || r.unknown.is_some()
                || (is_price && (r.currency.is_some() || !r.free.is_empty()));
            r.number.as_ref().is_some_and(|n| n.breaks_json) || (r.dup_key.is_some() && has_fields)
        })
    };
    if (f.discounts_as == 0 && broken(&f.discounts, false))
        || (f.prices_as == 0 && broken(&f.prices, true))
    {
        return Expect::NotJson;
    }
    if f.format != 0 || f.version != 0 || f.top_unknown {
        refused = true;
    }
    if f.discounts_as == 3 {
        refused = true;
        names.insert("discounts".to_string());
    }
    if f.prices_as == 3 {
        refused = true;
        names.insert("prices".to_string());
    }
    let written = |how: u8, recs: &[Rec]| if how == 0 { recs.len() } else { 0 };
    if written(f.discounts_as, &f.discounts) + written(f.prices_as, &f.prices) > MAX_RECORDS {
        return Expect::Refused(BTreeSet::new());
    }
    for (list, how, is_price) in [
        (&f.discounts, f.discounts_as, false),
        (&f.prices, f.prices_as, true),
    ] {
        if how != 0 {
            continue;
        }
        let (bounds, tag) = if is_price {
            (OVERRIDE_BOUNDS, "prices")
        } else {
            (DISCOUNT_BOUNDS, "discounts")
        };
        let mut seen = BTreeSet::new();
        for (i, r) in list.iter().enumerate() {
            let position = format!("{tag}[{i}]");
            if r.not_object.is_some() {
                refused = true;
                names.insert(position);
                continue;
            }
            let id = match &r.id {
                Id::Text(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
                _ => None,
            };
            let name = id.clone().unwrap_or(position);
            let known = id.as_deref().is_some_and(|id| {
                if is_price {
                    c.price_by_str(id).is_some()
                } else {
                    c.providers.iter().any(|p| p.id.as_str() == id)
                }
            });
            let value = r.number.as_ref().and_then(|n| n.value);
            let in_bounds = value.is_some_and(|x| x >= bounds.0 && x <= bounds.1);
            let currency_ok = match r.currency.as_deref() {
                None | Some("RIGHT") | Some("right") => true,
                Some(t) => {
                    let rec = id.as_deref().and_then(|id| c.price_by_str(id));
                    match rec {
                        // a currency only matters for a known record
                        None => true,
                        Some(rec) => {
                            serde_json::from_str::<String>(t)
                                .ok()
                                .and_then(|s| Currency::parse(&s))
                                == Some(rec.currency)
                        }
                    }
                }
            };
            let ok = known && in_bounds && currency_ok && r.unknown.is_none();
            if !ok {
                refused = true;
                names.insert(name.clone());
                continue;
            }
            let (id, x) = (id.unwrap(), value.unwrap());
            if !seen.insert(id.clone()) {
                refused = true;
                names.insert(id);
                continue;
            }
            // -0 is read as 0
            let x = x + 0.0;
            if is_price {
                out.overrides.insert(id.into(), x);
            } else {
                out.discounts.insert(id.into(), x);
            }
        }
    }
    if refused {
        Expect::Refused(names)
    } else {
        Expect::Applied(out)
    }
}

// ---------------------------------------------------------------------------------------------
// Corpus and mutations

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/overrides")
}

/// The committed corpus: `(file name, text)`, sorted by name.
fn corpus() -> &'static [(String, String)] {
    static CORPUS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut files: Vec<(String, String)> = std::fs::read_dir(corpus_dir())
            .expect("tests/corpus/overrides")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    })
}

#[derive(Clone, Debug)]
pub(crate) enum Mutation {
    FlipBit(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    InsertToken(usize, &'static str),
    /// Copy a slice of the file to another place in it.
    Repeat(usize, usize, usize),
    /// Splice: the start of this file, the rest of another corpus file.
    Splice(usize, usize, usize),
    /// Replace a number in the file by another number text.
    Number(usize, &'static str),
}

pub(crate) fn mutation() -> impl Strategy<Value = Mutation> {
    let pos = any::<usize>();
    prop_oneof![
        (pos, 0u8..8).prop_map(|(p, b)| Mutation::FlipBit(p, b)),
        (pos, 1usize..16).prop_map(|(p, n)| Mutation::Delete(p, n)),
        (pos, prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(p, v)| Mutation::Insert(p, v)),
        (
            pos,
            prop::sample::select(vec![
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "\\",
                "null",
                "-",
                "e",
                "0",
                "1e308",
                "\u{0}",
                "\"aws\"",
                "\"percent\": 5,",
                "\"price\": 1,",
                "\"id\": \"aws-ebs-gp3\",",
                "{\"provider\": \"aws\", \"percent\": 1},",
                "\u{feff}",
                "\u{1F600}",
            ])
        )
            .prop_map(|(p, t)| Mutation::InsertToken(p, t)),
        (pos, pos, 1usize..64).prop_map(|(a, b, n)| Mutation::Repeat(a, b, n)),
        (pos, any::<usize>(), pos).prop_map(|(a, f, b)| Mutation::Splice(a, f, b)),
        (
            pos,
            prop::sample::select(vec![
                "-1",
                "0",
                "-0",
                "100.0000001",
                "1e9",
                "1e10",
                "3.3333333333333335",
                "1e-320",
                "1e999",
                "NaN"
            ])
        )
            .prop_map(|(p, t)| Mutation::Number(p, t)),
    ]
}

pub(crate) fn mutate(bytes: &mut Vec<u8>, m: &Mutation) {
    let at = |p: usize, len: usize| if len == 0 { 0 } else { p % (len + 1) };
    match m {
        Mutation::FlipBit(p, b) => {
            if !bytes.is_empty() {
                let i = p % bytes.len();
                bytes[i] ^= 1 << b;
            }
        }
        Mutation::Delete(p, n) => {
            let i = at(*p, bytes.len());
            let end = (i + n).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Insert(p, v) => {
            let i = at(*p, bytes.len());
            bytes.splice(i..i, v.iter().copied());
        }
        Mutation::InsertToken(p, t) => {
            let i = at(*p, bytes.len());
            bytes.splice(i..i, t.bytes());
        }
        Mutation::Repeat(a, b, n) => {
            let from = at(*a, bytes.len());
            let end = (from + n).min(bytes.len());
            let piece: Vec<u8> = bytes[from..end].to_vec();
            let to = at(*b, bytes.len());
            bytes.splice(to..to, piece);
        }
        Mutation::Splice(a, f, b) => {
            let other = corpus()[f % corpus().len()].1.as_bytes();
            let cut = at(*a, bytes.len());
            let from = at(*b, other.len());
            bytes.truncate(cut);
            bytes.extend_from_slice(&other[from..]);
        }
        Mutation::Number(p, t) => {
            // the first digit at or after p, and the run of number characters around it
            if bytes.is_empty() {
                return;
            }
            let start = p % bytes.len();
            if let Some(i) = (start..bytes.len()).find(|&i| bytes[i].is_ascii_digit()) {
                let num = |c: u8| c.is_ascii_digit() || b"+-.eE".contains(&c);
                let mut s = i;
                while s > 0 && num(bytes[s - 1]) {
                    s -= 1;
                }
                let mut e = i;
                while e < bytes.len() && num(bytes[e]) {
                    e += 1;
                }
                bytes.splice(s..e, t.bytes());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        // a failure prints its minimal input; no regression file in the working tree
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Generated files: the importer's answer is the one the model predicts.
    #[test]
    fn generated_files_get_the_predicted_answer(f in file()) {
        let text = file_text(&f);
        let result = run(&text);
        match (expect(&f), &result) {
            (Expect::NotJson, Err(errors)) => {
                prop_assert!(matches!(errors[..], [ImportError { problem: Problem::NotJson { .. }, .. }]),
                    "{text}\n{errors:?}");
            }
            (Expect::Refused(names), Err(errors)) => {
                let named: BTreeSet<&str> = errors.iter().map(|e| e.record.as_str()).collect();
                for n in &names {
                    prop_assert!(named.contains(n.as_str()), "{n} not named in {errors:?}\n{text}");
                }
            }
            (Expect::Applied(want), Ok(got)) => {
                prop_assert_eq!(got, &want, "{}", text);
                for (k, v) in &want.overrides {
                    prop_assert_eq!(got.overrides[k].to_bits(), v.to_bits(), "{}", k);
                }
                for (k, v) in &want.discounts {
                    prop_assert_eq!(got.discounts[k].to_bits(), v.to_bits(), "{}", k);
                }
            }
            (Expect::NotJson, Ok(got)) => prop_assert!(false, "not JSON, yet applied {got:?}\n{text}"),
            (Expect::Refused(names), Ok(got)) => {
                prop_assert!(false, "should be refused ({names:?}), yet applied {got:?}\n{text}")
            }
            (Expect::Applied(want), Err(errors)) => {
                prop_assert!(false, "should apply {want:?}, refused {errors:?}\n{text}")
            }
        }
    }

    /// Any valid set of custom prices survives export → import unchanged.
    #[test]
    fn export_then_import_is_the_identity(
        discounts in prop::collection::btree_map(
            prop::sample::select(catalog().providers.iter().map(|p| p.id.as_str().to_string()).collect::<Vec<_>>()),
            prop_oneof![0.0..=100.0f64, (0u8..=100).prop_map(f64::from)],
            0..6,
        ),
        overrides in prop::collection::btree_map(
            prop::sample::select(catalog().prices.iter().map(|p| p.id.as_str().to_string()).collect::<Vec<_>>()),
            prop_oneof![0.0..=1e9f64, 0.0..1.0f64, 1e-12..1e-3f64, (0u32..=1_000_000).prop_map(f64::from)],
            0..20,
        ),
    ) {
        let prices = CustomPrices {
            discounts: discounts.into_iter().map(|(k, v)| (k.into(), v)).collect(),
            overrides: overrides.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        };
        round_trip(&prices);
    }

    /// Mutations of the committed corpus: no panic, every refusal says why.
    #[test]
    fn mutated_corpus_files_never_panic(
        which in any::<usize>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let mut bytes = corpus()[which % corpus().len()].1.clone().into_bytes();
        for m in &mutations {
            mutate(&mut bytes, m);
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = run(&text);
    }

    /// Random bytes and random JSON values.
    #[test]
    fn random_input_never_panics(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        value in any_json(),
    ) {
        let _ = run(&String::from_utf8_lossy(&bytes));
        let _ = run(&value);
        // a value where a record or a list belongs
        let _ = run(&format!(r#"{{"format":"deploycalc-custom-prices","version":1,"prices":[{value}],"discounts":{value}}}"#));
    }

}

proptest! {
    // files up to 70 KB each: a hundredth of the cases (at least 20)
    #![proptest_config(ProptestConfig {
        cases: (cases() / 100).max(20),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Deep nesting, long strings and many records stay bounded and explained.
    #[test]
    fn deep_and_large_input_is_refused_with_a_reason(
        depth in 1usize..5000,
        open in prop::sample::select(vec!["[", "{\"a\":"]),
        records in 0usize..1500,
        pad in 0usize..70_000,
    ) {
        let deep = format!(
            r#"{{"format":"deploycalc-custom-prices","version":1,"prices":[{{"id":"aws-ebs-gp3","price":1,"note":{}1{}}}]}}"#,
            open.repeat(depth),
            if open == "[" { "]".repeat(depth) } else { "}".repeat(depth) },
        );
        let r = run(&deep);
        // serde_json's nesting limit (128) refuses deep files with a position, not a crash
        if depth <= 100 {
            prop_assert!(r.is_ok(), "depth {depth}: {r:?}");
        } else if depth >= 200 {
            let not_json = matches!(r.as_ref().map_err(|e| &e[..]), Err([ImportError { problem: Problem::NotJson { .. }, .. }]));
            prop_assert!(not_json, "depth {}: {:?}", depth, r);
        }
        let items: Vec<String> = (0..records).map(|i| format!(r#"{{"provider":"p{i}","percent":1}}"#)).collect();
        let many = format!(r#"{{"format":"deploycalc-custom-prices","version":1,"discounts":[{}]}}"#, items.join(","));
        let r = run(&many);
        prop_assert_eq!(r.is_ok(), records == 0);
        let padded = format!(r#"{{"format":"deploycalc-custom-prices","version":1,"prices":[{{"id":"aws-ebs-gp3","price":1,"note":"{}"}}]}}"#, "x".repeat(pad));
        let r = run(&padded);
        prop_assert_eq!(r.is_ok(), padded.len() <= MAX_BYTES);
    }
}

// ---------------------------------------------------------------------------------------------
// The corpus itself

/// `valid-*.json` imports and round-trips; `invalid-*.json` is refused, naming what it names.
#[test]
fn the_corpus_files_get_their_expected_answer() {
    let files = corpus();
    assert!(files.len() >= 10, "{} corpus files", files.len());
    let mut valid = 0;
    for (name, text) in files {
        let result = run(text);
        if name.starts_with("valid-") {
            let prices = result.unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert!(!prices.is_empty() || name.contains("empty"), "{name}");
            valid += 1;
        } else {
            assert!(
                name.starts_with("invalid-"),
                "{name}: name it valid-* or invalid-*"
            );
            assert!(result.is_err(), "{name} was accepted");
        }
    }
    assert!(valid >= 3);
}

/// The model's checks are not vacuous: the generator makes valid files and each kind of fault.
#[test]
fn the_generator_covers_valid_and_invalid_files() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = file();
    let (mut applied, mut refused, mut not_json, mut with_records) = (0, 0, 0, 0);
    let mut problems: BTreeMap<String, usize> = BTreeMap::new();
    for _ in 0..2000 {
        let f = strategy.new_tree(&mut runner).unwrap().current();
        match expect(&f) {
            Expect::Applied(p) => {
                applied += 1;
                if p.len() >= 2 {
                    with_records += 1;
                }
            }
            Expect::Refused(_) => refused += 1,
            Expect::NotJson => not_json += 1,
        }
        if let Err(errors) = import(&file_text(&f), catalog()) {
            for e in errors {
                let kind = format!("{:?}", e.problem);
                let kind = kind.split([' ', '{', '(']).next().unwrap().to_string();
                *problems.entry(kind).or_default() += 1;
            }
        }
    }
    assert!(
        applied > 100 && with_records > 30,
        "applied {applied}, with ≥ 2 records {with_records}"
    );
    assert!(
        refused > 200 && not_json > 20,
        "refused {refused}, not JSON {not_json}"
    );
    for kind in [
        "NotJson",
        "NotAnObject",
        "WrongFormat",
        "FutureVersion",
        "BadVersion",
        "UnknownField",
        "MissingField",
        "NotAList",
        "NotANumber",
        "OutOfRange",
        "UnknownProvider",
        "UnknownPrice",
        "CurrencyMismatch",
        "Duplicate",
    ] {
        assert!(
            problems.get(kind).copied().unwrap_or(0) > 0,
            "never generated: {kind} ({problems:?})"
        );
    }
}
