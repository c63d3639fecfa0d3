//! Owned hardware, running costs and speed figures (`servers`, `electricity`, `pue`, `staff`,
//! `speech`, `benchmarks` in `catalog/hardware/*.json`, issue #16): each rule rejects a
//! hand-broken record on the small valid fixture; the per-month helpers are checked against
//! arithmetic done by hand (the range and shape rules are in `owned_rules`, the real records
//! in `owned_records`).

use crate::catalog_fixture::Fixture;
use crate::common::close;
use deploycalc_core::model::catalog::{Catalog, CatalogError, Rule};
use serde_json::{json, Value};

const FILE: &str = "hardware/t.json";

fn prov(mut v: Value) -> Value {
    v["source"] = json!("a datasheet");
    v["as_of"] = json!("2025-01-01");
    v["confidence"] = json!("list");
    v
}

pub fn server() -> Value {
    prov(
        json!({"id": "srv-a", "name": "Server A", "gpu": "gpu-a", "gpu_count": 2,
        "purchase_price": 12000, "currency": "USD", "lifetime_years": 4, "power_w": 800,
        "idle_w": 100, "maintenance_per_year_share": 0.1, "price": "aws-a"}),
    )
}

pub fn elec() -> Value {
    prov(
        json!({"id": "el-a", "market": "us", "name": "US commercial",
        "price_per_kwh": {"low": 0.1, "high": 0.2}, "currency": "USD"}),
    )
}

pub fn pue() -> Value {
    prov(json!({"id": "pue-a", "name": "Data center", "facility": "datacenter", "pue": 1.5}))
}

pub fn staff() -> Value {
    prov(
        json!({"id": "st-a", "market": "cn", "role": "ops engineer", "annual_salary": 240000,
        "currency": "CNY", "loaded_factor": 1.35}),
    )
}

pub fn speech() -> Value {
    prov(
        json!({"id": "sp-a", "model": "Whisper", "task": "asr", "gpu": "gpu-a",
        "precision": "fp16", "rtf": 0.05, "batch": 8}),
    )
}

pub fn bench() -> Value {
    prov(
        json!({"id": "b-a", "model": "arch-a", "gpu": "gpu-a", "gpu_count": 1,
        "precision": "fp16", "engine": "vLLM 0.6", "concurrency": 1, "input_tokens": 128,
        "output_tokens": 128, "metric": "output_tokens_per_s", "value": 80}),
    )
}

/// Every kind once, valid.
fn all() -> Value {
    json!({"servers": [server()], "electricity": [elec()], "pue": [pue()], "staff": [staff()],
           "speech": [speech()], "benchmarks": [bench()]})
}

/// Loads the fixture with one hardware file: a GPU `gpu-a`, an architecture `arch-a`, and the
/// arrays of `records`.
pub fn load(records: Value) -> Result<Catalog, Vec<CatalogError>> {
    let mut file = records;
    file["gpus"] = json!([prov(
        json!({"id": "gpu-a", "name": "GPU A", "vendor": "NVIDIA",
        "memory_gb": 16, "memory_bandwidth_gb_s": 320, "fp16_dense_tflops": 65,
        "int8_dense_tops": 130, "fp8_dense_tflops": null, "tdp_w": 70})
    )]);
    file["models"] = json!([prov(
        json!({"id": "arch-a", "name": "Arch A", "kind": "llm",
        "parameters_billions": 8, "layers": 32, "attention_heads": 32, "kv_heads": 8,
        "head_dim": 128, "max_context_tokens": 8192})
    )]);
    let mut src = Fixture::new().sources();
    src.hardware = vec![(FILE.into(), file.to_string())];
    Catalog::from_sources(&src)
}

/// One record of `kind` replaced by `record`, the other kinds valid.
pub fn one(kind: &str, record: Value) -> Value {
    let mut v = all();
    v[kind] = json!([record]);
    v
}

/// Loading fails, every error is `rule`, and one names `id` in the test file.
#[track_caller]
pub fn rejects(rule: Rule, id: &str, records: Value) {
    let errs = match load(records) {
        Ok(_) => panic!("{rule:?}: a broken `{id}` still loads"),
        Err(e) => e,
    };
    assert!(
        errs.iter().all(|e| e.rule == rule),
        "{rule:?}: other rules too: {errs:#?}"
    );
    assert!(
        errs.iter().any(|e| e.record == id && e.file == FILE),
        "{rule:?}: no error names `{id}`: {errs:#?}"
    );
}

/// `rejects` for one broken record of `kind` (the others valid), named by its own id.
#[track_caller]
pub fn bad(rule: Rule, kind: &str, record: Value) {
    let id = record["id"].as_str().expect("an id").to_string();
    rejects(rule, &id, one(kind, record));
}

pub fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

pub fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

#[test]
fn valid_records_load_with_their_figures_and_per_month_costs() {
    let cat = load(all()).expect("valid records load");
    let s = cat.owned_server("srv-a").expect("srv-a");
    assert_eq!(
        (s.gpu_count, s.power_w, s.idle_w),
        (Some(2), Some(800.0), Some(100.0))
    );
    // depreciation by hand: 12,000 ÷ (4 years × 12 months) = 250 a month
    assert_eq!(s.depreciation_per_month(), Some(250.0));
    // maintenance by hand: 12,000 × 0.1 a year ÷ 12 = 100 a month
    assert_eq!(s.maintenance_per_month(), Some(100.0));
    // loaded staff cost by hand: 240,000 × 1.35 ÷ 12 = 324,000 ÷ 12 = 27,000 a month
    assert!(close(cat.staff[0].monthly_cost(), 27_000.0));
    // real-time factor 0.05: one device handles 1 ÷ 0.05 = 20 s of audio per second
    assert!(close(cat.speech[0].speedup(), 20.0));
    assert!(cat.benchmarks[0].is_single_stream());
    assert_eq!(cat.pue.len() + cat.electricity.len(), 2);
    assert_eq!(cat.benchmarks_for("arch-a").count(), 1);
    assert_eq!(cat.benchmarks_for("arch-b").count(), 0);
}

#[test]
fn unknown_figures_stay_unknown_and_a_sunk_purchase_costs_nothing() {
    let bare = with(
        with(server(), "purchase_price", json!(null)),
        "lifetime_years",
        json!(null),
    );
    let cat = load(one("servers", bare)).expect("nulls are allowed");
    let s = &cat.owned_servers[0];
    assert_eq!(s.depreciation_per_month(), None, "unknown, never 0");
    assert_eq!(s.maintenance_per_month(), None);
    // already owned: no depreciation even without a price; the power is still drawn
    let owned = with(
        with(without(server(), "gpu_count"), "already_owned", json!(true)),
        "gpu",
        json!(null),
    );
    let owned = with(owned, "purchase_price", json!(null));
    let cat = load(one("servers", owned)).expect("an owned machine without a price loads");
    assert_eq!(cat.owned_servers[0].depreciation_per_month(), Some(0.0));
    assert_eq!(cat.owned_servers[0].power_w, Some(800.0));
}

#[test]
fn ids_are_unique_across_every_kind() {
    let mut v = all();
    v["servers"] = json!([server(), server()]);
    rejects(Rule::DuplicateId, "srv-a", v);
    // one id space (HardwareId): a PUE record may not reuse a server's id
    bad(Rule::DuplicateId, "pue", with(pue(), "id", json!("srv-a")));
    bad(
        Rule::DuplicateId,
        "speech",
        with(speech(), "id", json!("b-a")),
    );
}

#[test]
fn every_record_has_a_source_and_a_valid_date() {
    let kinds = [
        ("servers", server()),
        ("electricity", elec()),
        ("pue", pue()),
        ("staff", staff()),
        ("speech", speech()),
        ("benchmarks", bench()),
    ];
    for (kind, record) in kinds {
        let id = record["id"].as_str().unwrap().to_string();
        rejects(
            Rule::MissingSource,
            &id,
            one(kind, without(record.clone(), "source")),
        );
        rejects(
            Rule::MissingSource,
            &id,
            one(kind, with(record.clone(), "source", json!(" "))),
        );
        rejects(
            Rule::MissingAsOf,
            &id,
            one(kind, without(record.clone(), "as_of")),
        );
        rejects(
            Rule::BadDate,
            &id,
            one(kind, with(record.clone(), "as_of", json!("2025-02-30"))),
        );
        // the fixture's catalog is dated 2026-11-22
        rejects(
            Rule::FutureDate,
            &id,
            one(kind, with(record, "as_of", json!("2027-01-01"))),
        );
    }
}

#[test]
fn references_resolve() {
    bad(
        Rule::DanglingReference,
        "servers",
        with(server(), "gpu", json!("gpu-x")),
    );
    bad(
        Rule::DanglingReference,
        "servers",
        with(server(), "price", json!("nope")),
    );
    bad(
        Rule::DanglingReference,
        "speech",
        with(speech(), "gpu", json!("gpu-x")),
    );
    bad(
        Rule::DanglingReference,
        "benchmarks",
        with(bench(), "gpu", json!("gpu-x")),
    );
    // a benchmark names a model architecture, not a self-hosted model record
    bad(
        Rule::DanglingReference,
        "benchmarks",
        with(bench(), "model", json!("m-a")),
    );
}

#[test]
fn a_broken_hardware_file_is_reported_once() {
    let mut src = Fixture::new().sources();
    src.hardware = vec![(FILE.into(), "{\"servers\": [".into())];
    let errs = Catalog::from_sources(&src).expect_err("not JSON");
    assert_eq!(errs.len(), 1, "one error for one broken file: {errs:#?}");
    assert_eq!(
        (errs[0].rule, errs[0].record.as_str()),
        (Rule::Malformed, "(file)")
    );
}
