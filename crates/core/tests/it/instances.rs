//! Cloud GPU instance types (`instances` in `catalog/hardware/*.json`, issue #16 item 1): the
//! rules reject broken records (hand-built JSON on the small valid fixture, whose price record
//! `aws-a` is 1 × T4, 4 vCPU, 16 GiB at 0.5 USD an hour). The real records: `instances_real.rs`.

use crate::catalog_fixture::{push, Fixture};
use deploycalc_core::model::catalog::{Catalog, CatalogError, Rule};
use deploycalc_core::model::vocab::InstanceId;
use serde_json::{json, Value};

/// A valid GPU record for the fixture.
fn gpu() -> Value {
    json!({"id": "gpu-a", "name": "GPU A", "vendor": "NVIDIA", "memory_gb": 16,
           "memory_bandwidth_gb_s": 320, "fp16_dense_tflops": 65, "int8_dense_tops": 130,
           "fp8_dense_tflops": null, "tdp_w": 70,
           "source": "vendor datasheet", "as_of": "2025-01-01", "confidence": "list"})
}

/// A valid instance on the fixture's hourly price record `aws-a`; tests break one field.
fn inst() -> Value {
    json!({"id": "inst-a", "name": "AWS a", "provider": "aws", "price": "aws-a",
           "gpu": "gpu-a", "gpu_count": 1, "vcpu": 4, "ram_gib": 16,
           "source": "instance table", "as_of": "2025-01-01", "confidence": "list"})
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

/// Loads `f` with one hardware file holding the GPU and `instances`.
fn load_with(f: &Fixture, instances: Vec<Value>) -> Result<Catalog, Vec<CatalogError>> {
    let mut src = f.sources();
    src.hardware = vec![(
        "hardware/t.json".into(),
        json!({"gpus": [gpu()], "instances": instances}).to_string(),
    )];
    Catalog::from_sources(&src)
}

fn load(instances: Vec<Value>) -> Result<Catalog, Vec<CatalogError>> {
    load_with(&Fixture::new(), instances)
}

/// Loading fails, every error is `rule`, and one names `record` in the hardware file.
fn rejects_in(f: &Fixture, rule: Rule, record: &str, instances: Vec<Value>) -> Vec<CatalogError> {
    let errs = match load_with(f, instances) {
        Ok(_) => panic!("{rule:?}: a broken `{record}` still loads"),
        Err(e) => e,
    };
    assert!(
        errs.iter().all(|e| e.rule == rule),
        "{rule:?}: other rules too: {errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.record == record && e.file == "hardware/t.json"),
        "{rule:?}: no error names `{record}`: {errs:#?}"
    );
    errs
}

fn rejects(rule: Rule, record: &str, instances: Vec<Value>) -> Vec<CatalogError> {
    rejects_in(&Fixture::new(), rule, record, instances)
}

fn says(errs: &[CatalogError], words: &str) -> bool {
    errs.iter().any(|e| e.detail.contains(words))
}

#[test]
fn a_valid_instance_loads_and_is_found_by_its_id() {
    let cat = load(vec![inst()]).expect("a valid instance loads");
    let i = cat
        .instance(&InstanceId::new("inst-a"))
        .expect("inst-a by id");
    assert_eq!((i.gpu_count, i.vcpu, i.ram_gib), (1, 4, 16.0));
    assert_eq!(i.price.as_str(), "aws-a");
    assert_eq!(cat.instances.len(), 1);
    assert!(cat.instance(&InstanceId::new("inst-b")).is_none());
    // a hardware file without instances still loads, with none
    let mut src = Fixture::new().sources();
    src.hardware = vec![(
        "hardware/t.json".into(),
        json!({"gpus": [gpu()]}).to_string(),
    )];
    assert!(Catalog::from_sources(&src).unwrap().instances.is_empty());
}

#[test]
fn instance_ids_are_unique() {
    rejects(Rule::DuplicateId, "inst-a", vec![inst(), inst()]);
    // two different ids on the same price record are fine (e.g. one machine, two names)
    assert!(load(vec![inst(), with(inst(), "id", json!("inst-b"))]).is_ok());
}

#[test]
fn every_instance_has_a_source_and_a_valid_date() {
    rejects(
        Rule::MissingSource,
        "inst-a",
        vec![without(inst(), "source")],
    );
    rejects(
        Rule::MissingSource,
        "inst-a",
        vec![with(inst(), "source", json!(" "))],
    );
    rejects(Rule::MissingAsOf, "inst-a", vec![without(inst(), "as_of")]);
    rejects(
        Rule::BadDate,
        "inst-a",
        vec![with(inst(), "as_of", json!("2025-02-30"))],
    );
    // the fixture's catalog is dated 2026-11-22
    rejects(
        Rule::FutureDate,
        "inst-a",
        vec![with(inst(), "as_of", json!("2026-11-23"))],
    );
}

#[test]
fn counts_are_one_or_more_and_ram_is_positive() {
    let errs = rejects(
        Rule::NegativeValue,
        "inst-a",
        vec![with(inst(), "gpu_count", json!(0))],
    );
    assert!(says(&errs, "gpu_count must be 1 or more"), "{errs:#?}");
    let errs = rejects(
        Rule::NegativeValue,
        "inst-a",
        vec![with(inst(), "vcpu", json!(0))],
    );
    assert!(says(&errs, "vcpu must be 1 or more"), "{errs:#?}");
    for ram in [json!(0), json!(-16)] {
        rejects(
            Rule::NegativeValue,
            "inst-a",
            vec![with(inst(), "ram_gib", ram)],
        );
    }
    // counts are whole numbers: negative or fractional counts do not parse
    rejects(
        Rule::Malformed,
        "inst-a",
        vec![with(inst(), "gpu_count", json!(-1))],
    );
    rejects(
        Rule::Malformed,
        "inst-a",
        vec![with(inst(), "vcpu", json!(4.5))],
    );
}

#[test]
fn unknown_or_missing_fields_are_refused() {
    // `ram_gb` is not the field: the unit is GiB, and a typo cannot silently drop the RAM
    let typo = with(without(inst(), "ram_gib"), "ram_gb", json!(16));
    rejects(Rule::Malformed, "inst-a", vec![typo]);
    rejects(Rule::Malformed, "inst-a", vec![without(inst(), "gpu")]);
    rejects(
        Rule::Malformed,
        "inst-a",
        vec![with(inst(), "confidence", json!("sure"))],
    );
    // an instances key the hardware file does not know is refused with the file
    let mut src = Fixture::new().sources();
    src.hardware = vec![(
        "hardware/t.json".into(),
        json!({"instance": [inst()]}).to_string(),
    )];
    let errs = Catalog::from_sources(&src).expect_err("unknown key refused");
    assert!(errs
        .iter()
        .all(|e| e.rule == Rule::Malformed && e.record == "(file)"));
}

#[test]
fn provider_gpu_and_price_must_exist() {
    let errs = rejects(
        Rule::DanglingReference,
        "inst-a",
        vec![with(inst(), "gpu", json!("gpu-zz"))],
    );
    assert!(says(&errs, "gpu-zz"), "{errs:#?}");
    let errs = rejects(
        Rule::DanglingReference,
        "inst-a",
        vec![with(inst(), "price", json!("aws-zz"))],
    );
    assert!(says(&errs, "aws-zz"), "{errs:#?}");
    // an unknown provider is dangling; it also differs from the price record's provider
    let errs = load(vec![with(inst(), "provider", json!("ibm"))]).expect_err("refused");
    assert!(errs
        .iter()
        .any(|e| e.rule == Rule::DanglingReference && e.detail.contains("ibm")));
}

#[test]
fn the_price_is_hourly_and_the_same_providers() {
    // gcp-b is a monthly storage price in CNY: not per hour, gcp's, and no machine specs
    let errs = rejects(
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "price", json!("gcp-b"))],
    );
    assert!(says(&errs, "per month, not per hour"), "{errs:#?}");
    assert!(says(&errs, "is gcp's, the instance is aws's"), "{errs:#?}");
    assert!(says(&errs, "names no GPU"), "{errs:#?}");
    // an hourly record of another provider: only the provider differs
    let errs = rejects(
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "provider", json!("gcp"))],
    );
    assert_eq!(errs.len(), 1, "{errs:#?}");
}

#[test]
fn the_shape_agrees_with_the_price_records_specs() {
    // aws-a lists 1 GPU, 4 vCPU, 16 GiB
    let errs = rejects(
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "gpu_count", json!(2))],
    );
    assert!(says(
        &errs,
        "gpu_count 2 but price record `aws-a` lists 1 GPUs"
    ));
    let errs = rejects(
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "vcpu", json!(8))],
    );
    assert!(says(&errs, "vcpu 8 but price record `aws-a` lists 4"));
    let errs = rejects(
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "ram_gib", json!(32))],
    );
    assert!(says(
        &errs,
        "ram_gib 32 but price record `aws-a` lists 16 GiB"
    ));
    // 16.4 is within the 0.5 GiB a price file may round by; 16.5 is not
    assert!(load(vec![with(inst(), "ram_gib", json!(16.4))]).is_ok());
    rejects(
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "ram_gib", json!(16.5))],
    );
}

#[test]
fn a_price_record_without_specs_cannot_vouch_for_an_instance() {
    // an hourly aws record with no vCPU or memory in its specs, only the GPU
    let mut f = Fixture::new();
    push(
        &mut f.prices,
        "",
        json!({"id": "aws-c", "provider": "aws", "service": "EC2", "category": "gpu",
               "specs": {"gpu": {"model": "T4", "count": 1, "vram_gib": 16}},
               "unit": "hour", "price": 0.5, "currency": "USD",
               "source": "file c", "as_of": "2026-01-01", "confidence": "list"}),
    );
    let errs = rejects_in(
        &f,
        Rule::Inconsistent,
        "inst-a",
        vec![with(inst(), "price", json!("aws-c"))],
    );
    assert!(says(&errs, "gives no vCPU"), "{errs:#?}");
    assert!(says(&errs, "gives no memory"), "{errs:#?}");
}
