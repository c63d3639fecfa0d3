//! Loading rules. Each failure names the file and the record, so a bad edit is found at once.
//!
//! Records are first checked as raw JSON (source, as_of, unit, currency), so that a missing or
//! unknown field is reported under its own rule rather than as "malformed"; then parsed with
//! serde; then their values and references are checked.

mod errors;
mod fields;
mod hardware;
mod instances;
mod matrix;
mod owned;
mod perf;
mod prices;
mod sized;

use super::{Catalog, Meta, Provider, Sources};
use errors::Errors;
pub use errors::{CatalogError, Rule};
use fields::{check_currency, check_figure, provenance, text, Unique};

use crate::model::vocab::{PerfId, PriceId, ProviderId};
use crate::steps;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::future::Future;

/// What later records may refer to.
pub(super) struct Known<'a> {
    pub meta: &'a Meta,
    pub providers: HashSet<&'a str>,
    pub prices: HashSet<PriceId>,
    pub perf: HashSet<PerfId>,
}

impl Known<'_> {
    fn provider(&self, p: &ProviderId) -> bool {
        self.providers.contains(p.as_str())
    }
}

pub(super) fn load(src: &Sources) -> Result<Catalog, Vec<CatalogError>> {
    steps::now(load_in_steps(src, &mut steps::no_pause))
}

/// [`load`], with `pause().await` between its three stages of about equal cost (the prices;
/// the performance figures and hardware; the plans, matrix and sized lines): see
/// [`crate::steps`].
pub(super) async fn load_in_steps<F: Future<Output = ()>>(
    src: &Sources,
    pause: &mut impl FnMut() -> F,
) -> Result<Catalog, Vec<CatalogError>> {
    let mut errs = Errors(Vec::new());
    let meta: Option<Meta> = parse_whole(&mut errs, "meta.json", &src.meta);
    let providers: Vec<Provider> =
        parse_whole(&mut errs, "providers.json", &src.providers).unwrap_or_default();
    let Some(meta) = meta else {
        return Err(errs.0);
    };
    check_meta(&mut errs, &meta);
    let mut seen = HashSet::new();
    for p in &providers {
        if !seen.insert(p.id.as_str()) {
            errs.push(
                "providers.json",
                p.id.as_str(),
                Rule::DuplicateId,
                "provider listed twice",
            );
        }
    }
    let mut known = Known {
        meta: &meta,
        providers: seen,
        prices: HashSet::new(),
        perf: HashSet::new(),
    };

    let (prices, price_ids) = prices::load_prices(&mut errs, &src.prices, &known);
    known.prices = price_ids;
    pause().await;
    let mut perf = perf::load(&mut errs, &src.perf, &known);
    known.perf = std::mem::take(&mut perf.record_ids);
    let mut hardware = hardware::load(&mut errs, &src.hardware, &known, &perf.models);
    let raw_instances = std::mem::take(&mut hardware.instances);
    let instances = instances::load(&mut errs, raw_instances, &known, &hardware.gpus, &prices);
    let owned = owned::load(&mut errs, &src.hardware, &known, &hardware);
    pause().await;
    let plans = prices::load_plans(&mut errs, &src.plans, &known);
    let matrix = matrix::load(&mut errs, &src.matrix, &known);
    sized::check(
        &mut errs,
        &plans,
        &sized::Refs {
            instances: &instances,
            servers: &owned.servers,
            archs: &hardware.archs,
            gpus: &hardware.gpus,
            speech: &owned.speech,
        },
    );

    if !errs.0.is_empty() {
        return Err(errs.0);
    }
    let price_index = index(prices.iter().map(|p| p.id.clone()));
    let perf_index = index(perf.records.iter().map(|p| p.id.clone()));
    Ok(Catalog {
        meta,
        providers,
        prices,
        plans,
        perf: perf.records,
        runtimes: perf.runtimes,
        models: perf.models,
        gpus: hardware.gpus,
        model_archs: hardware.archs,
        owned_servers: owned.servers,
        electricity: owned.electricity,
        pue: owned.pue,
        staff: owned.staff,
        speech: owned.speech,
        benchmarks: owned.benchmarks,
        instances,
        matrix,
        price_index,
        perf_index,
    })
}

fn index<K: std::hash::Hash + Eq>(ids: impl Iterator<Item = K>) -> HashMap<K, usize> {
    ids.enumerate().map(|(i, k)| (k, i)).collect()
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

/// Parses an already-prechecked record, reporting a shape error as `Malformed`.
fn parse_record<T: serde::de::DeserializeOwned>(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
) -> Option<T> {
    serde_json::from_value(value)
        .map_err(|e| errs.push(file, id, Rule::Malformed, e.to_string()))
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
    let mut ids = HashSet::new();
    for fx in &meta.fx {
        if !ids.insert(fx.id.as_str()) {
            errs.push("meta.json", &fx.id, Rule::DuplicateId, "FX id used twice");
        }
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
    for seed in &meta.undated_seeds {
        if !(seed.len() == 3 && seed.bytes().all(|b| b.is_ascii_digit())) {
            errs.push(
                "meta.json",
                seed,
                Rule::Malformed,
                "undated_seeds names a seed by its three digits (\"000\")",
            );
        }
    }
}

/// Splits a JSON array of records into (id, record).
fn split_records(items: Vec<Value>) -> Vec<(String, Value)> {
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

/// Splits a file holding a JSON array of records into (id, record).
fn records(errs: &mut Errors, file: &str, text: &str) -> Vec<(String, Value)> {
    match parse_whole::<Value>(errs, file, text) {
        Some(Value::Array(items)) => split_records(items),
        Some(_) => {
            errs.push(
                file,
                "(file)",
                Rule::Malformed,
                "expected a JSON array of records",
            );
            Vec::new()
        }
        None => Vec::new(),
    }
}
