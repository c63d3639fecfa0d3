//! Loading rules. Each failure names the file and the record, so a bad edit is found at once.

use super::{Catalog, Date, Meta, PriceRecord, PriceValue, Provider, Sources, Unit};
use crate::domain::plan::Plan;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
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
    /// A reference (provider, price record, FX record) that resolves to nothing.
    DanglingReference,
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

struct Errors(Vec<CatalogError>);

impl Errors {
    fn push(&mut self, file: &str, record: &str, rule: Rule, detail: impl Into<String>) {
        self.0.push(CatalogError {
            file: file.to_string(),
            record: record.to_string(),
            rule,
            detail: detail.into(),
        });
    }
}

pub(super) fn load(src: &Sources) -> Result<Catalog, Vec<CatalogError>> {
    let mut errs = Errors(Vec::new());
    let meta: Option<Meta> = parse_whole(&mut errs, "meta.json", &src.meta);
    let providers: Vec<Provider> =
        parse_whole(&mut errs, "providers.json", &src.providers).unwrap_or_default();
    let Some(meta) = meta else {
        return Err(errs.0);
    };
    check_meta(&mut errs, &meta);
    let provider_ids: HashSet<&str> = providers.iter().map(|p| p.id.as_str()).collect();

    let mut prices: Vec<PriceRecord> = Vec::new();
    let mut seen = HashSet::new();
    for (file, text) in &src.prices {
        for (id, value) in records(&mut errs, file, text) {
            if let Some(rec) = price_record(&mut errs, file, &id, value, &meta) {
                if !seen.insert(rec.id.clone()) {
                    errs.push(
                        file,
                        &id,
                        Rule::DuplicateId,
                        "this id is used by an earlier record",
                    );
                    continue;
                }
                if !provider_ids.contains(rec.provider.as_str()) {
                    errs.push(
                        file,
                        &id,
                        Rule::DanglingReference,
                        format!("unknown provider `{}`", rec.provider),
                    );
                }
                prices.push(rec);
            }
        }
    }
    let price_index: HashMap<_, _> = prices
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();

    let mut plans: Vec<Plan> = Vec::new();
    let mut plan_ids = HashSet::new();
    for (file, text) in &src.plans {
        for (id, value) in records(&mut errs, file, text) {
            let plan: Plan = match serde_json::from_value(value) {
                Ok(p) => p,
                Err(e) => {
                    errs.push(file, &id, Rule::Malformed, e.to_string());
                    continue;
                }
            };
            if !plan_ids.insert(plan.id.clone()) {
                errs.push(
                    file,
                    &id,
                    Rule::DuplicateId,
                    "this plan id is used by an earlier plan",
                );
            }
            for line in &plan.lines {
                if !price_index.contains_key(&line.price) {
                    errs.push(
                        file,
                        &id,
                        Rule::DanglingReference,
                        format!(
                            "line `{}` names unknown price `{}`",
                            line.label.en, line.price
                        ),
                    );
                }
            }
            plans.push(plan);
        }
    }

    if errs.0.is_empty() {
        Ok(Catalog {
            meta,
            providers,
            prices,
            plans,
            price_index,
        })
    } else {
        Err(errs.0)
    }
}

fn parse_whole<T: serde::de::DeserializeOwned>(
    errs: &mut Errors,
    file: &str,
    text: &str,
) -> Option<T> {
    serde_json::from_str(text)
        .map_err(|e| errs.push(file, "(file)", Rule::Malformed, e.to_string()))
        .ok()
}

fn check_meta(errs: &mut Errors, meta: &Meta) {
    if meta.fx.is_empty() || !meta.fx.iter().any(|f| f.id == meta.default_fx) {
        errs.push(
            "meta.json",
            &meta.default_fx,
            Rule::DanglingReference,
            "default_fx names no FX record",
        );
    }
    for fx in &meta.fx {
        if fx.source.trim().is_empty() {
            errs.push(
                "meta.json",
                &fx.id,
                Rule::MissingSource,
                "FX record has no source",
            );
        }
        if !(fx.cny_per_usd.is_finite() && fx.cny_per_usd > 0.0) {
            errs.push(
                "meta.json",
                &fx.id,
                Rule::NegativePrice,
                "FX rate must be positive",
            );
        }
        if fx.as_of > meta.as_of {
            errs.push(
                "meta.json",
                &fx.id,
                Rule::FutureDate,
                format!("as_of {} is after the catalog's {}", fx.as_of, meta.as_of),
            );
        }
    }
}

/// Splits a file holding a JSON array of records into (id, record).
fn records(errs: &mut Errors, file: &str, text: &str) -> Vec<(String, Value)> {
    let Some(Value::Array(items)) = parse_whole::<Value>(errs, file, text) else {
        if serde_json::from_str::<Value>(text).is_ok() {
            errs.push(
                file,
                "(file)",
                Rule::Malformed,
                "expected a JSON array of records",
            );
        }
        return Vec::new();
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            let id = v
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("#{i} (no id)"));
            (id, v)
        })
        .collect()
}

fn price_record(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
    meta: &Meta,
) -> Option<PriceRecord> {
    let before = errs.0.len();
    let text = |k: &str| {
        value
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    if text("source").is_none() {
        errs.push(
            file,
            id,
            Rule::MissingSource,
            "every price needs a source (URL or document + section)",
        );
    }
    match text("as_of") {
        None => errs.push(
            file,
            id,
            Rule::MissingAsOf,
            "every price needs an as_of date",
        ),
        Some(d) => match Date::parse(d) {
            None => errs.push(
                file,
                id,
                Rule::BadDate,
                format!("as_of {d:?} is not a YYYY-MM-DD date"),
            ),
            Some(d) if d > meta.as_of => errs.push(
                file,
                id,
                Rule::FutureDate,
                format!("as_of {d} is after the catalog's {}", meta.as_of),
            ),
            Some(_) => {}
        },
    }
    match text("unit") {
        Some(u) if Unit::parse(u).is_some() => {}
        u => errs.push(
            file,
            id,
            Rule::UnknownUnit,
            format!("unit {u:?} is not one of the known units"),
        ),
    }
    match text("currency") {
        Some("USD") | Some("CNY") => {}
        c => errs.push(
            file,
            id,
            Rule::UnknownCurrency,
            format!("currency {c:?} is not USD or CNY"),
        ),
    }
    if errs.0.len() > before {
        return None;
    }
    let rec: PriceRecord = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => {
            errs.push(file, id, Rule::Malformed, e.to_string());
            return None;
        }
    };
    check_price(errs, file, id, rec.price, "price");
    for (opt, p) in &rec.options {
        check_price(errs, file, id, Some(p.price), &format!("{opt:?} price"));
        if p.source.trim().is_empty() {
            errs.push(
                file,
                id,
                Rule::MissingSource,
                format!("{opt:?} price has no source"),
            );
        }
        if p.as_of > meta.as_of {
            errs.push(
                file,
                id,
                Rule::FutureDate,
                format!(
                    "{opt:?} as_of {} is after the catalog's {}",
                    p.as_of, meta.as_of
                ),
            );
        }
    }
    for s in &rec.seed_figures {
        check_price(
            errs,
            file,
            id,
            Some(s.price),
            &format!("seed {} figure", s.seed),
        );
    }
    if let Some(q) = rec.free_quota {
        if !(q.is_finite() && q >= 0.0) {
            errs.push(
                file,
                id,
                Rule::NegativePrice,
                "free_quota must be zero or more",
            );
        }
    }
    (errs.0.len() == before).then_some(rec)
}

fn check_price(errs: &mut Errors, file: &str, id: &str, price: Option<PriceValue>, what: &str) {
    let Some(p) = price else { return };
    let r = p.range();
    if !(r.low.is_finite() && r.high.is_finite()) || r.low < 0.0 || r.high < 0.0 {
        errs.push(
            file,
            id,
            Rule::NegativePrice,
            format!("{what} must be a finite amount of zero or more"),
        );
    } else if r.low > r.high {
        errs.push(
            file,
            id,
            Rule::InvertedRange,
            format!("{what}: low {} is above high {}", r.low, r.high),
        );
    }
}
