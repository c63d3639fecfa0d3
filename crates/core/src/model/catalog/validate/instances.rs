//! Rules for cloud GPU instance records (the `instances` arrays of `catalog/hardware/*.json`):
//! ids unique, a source and an as-of date on every record, counts of 1 or more and RAM
//! positive, the provider, GPU board and price record all known, the price billed per hour
//! by the same provider, and the instance's shape the same as its price record's specs (GPU
//! count, vCPU, RAM), so the sizing model and the price tables never describe two machines.

use super::{parse_record, provenance, Errors, Known, Rule, Unique};
use crate::model::catalog::instances::GpuInstance;
use crate::model::catalog::{GpuRecord, PriceRecord, Unit};
use serde_json::Value;

/// RAM figures agree when they differ by less than this many GiB (a price file may round).
const RAM_TOLERANCE_GIB: f64 = 0.5;

pub(super) fn load(
    errs: &mut Errors,
    raw: Vec<(String, Value)>,
    known: &Known,
    gpus: &[GpuRecord],
    prices: &[PriceRecord],
) -> Vec<GpuInstance> {
    let mut ids = Unique::new();
    let mut out = Vec::new();
    for (i, (file, value)) in raw.into_iter().enumerate() {
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| format!("#{i} (no id)"), str::to_string);
        if !ids.check(errs, &file, &id, "instance") {
            continue;
        }
        let before = errs.len();
        provenance(
            errs,
            &file,
            &id,
            "every instance record",
            &value,
            known.meta,
        );
        if errs.len() > before {
            continue;
        }
        let Some(inst) = parse_record::<GpuInstance>(errs, &file, &id, value) else {
            continue;
        };
        counts(errs, &file, &inst);
        // a record whose own counts are wrong is not also compared with its price record
        let counts_ok = errs.len() == before;
        references(errs, &file, &inst, known, gpus);
        if let Some(p) = prices.iter().find(|p| counts_ok && p.id == inst.price) {
            agrees_with_price(errs, &file, &inst, p);
        }
        if errs.len() == before {
            out.push(inst);
        }
    }
    out
}

fn counts(errs: &mut Errors, file: &str, inst: &GpuInstance) {
    let id = inst.id.as_str();
    for (what, n) in [("gpu_count", inst.gpu_count), ("vcpu", inst.vcpu)] {
        if n == 0 {
            errs.push(
                file,
                id,
                Rule::NegativeValue,
                format!("{what} must be 1 or more"),
            );
        }
    }
    if !(inst.ram_gib.is_finite() && inst.ram_gib > 0.0) {
        errs.push(
            file,
            id,
            Rule::NegativeValue,
            "ram_gib must be a positive finite number",
        );
    }
}

fn references(
    errs: &mut Errors,
    file: &str,
    inst: &GpuInstance,
    known: &Known,
    gpus: &[GpuRecord],
) {
    let id = inst.id.as_str();
    if !known.provider(&inst.provider) {
        errs.push(
            file,
            id,
            Rule::DanglingReference,
            format!("unknown provider `{}`", inst.provider),
        );
    }
    if !gpus.iter().any(|g| g.id == inst.gpu) {
        errs.push(
            file,
            id,
            Rule::DanglingReference,
            format!("gpu names unknown GPU record `{}`", inst.gpu),
        );
    }
    if !known.prices.contains(&inst.price) {
        errs.push(
            file,
            id,
            Rule::DanglingReference,
            format!("price names unknown price record `{}`", inst.price),
        );
    }
}

/// The price record bills this very machine: per hour, by the same provider, with the same
/// GPU count, vCPU and RAM in its specs.
fn agrees_with_price(errs: &mut Errors, file: &str, inst: &GpuInstance, p: &PriceRecord) {
    let id = inst.id.as_str();
    let mut differ = |detail: String| errs.push(file, id, Rule::Inconsistent, detail);
    if p.unit != Unit::Hour {
        differ(format!(
            "price record `{}` is per {}, not per hour (an instance is billed by the hour)",
            p.id,
            p.unit.as_str()
        ));
    }
    if p.provider != inst.provider {
        differ(format!(
            "price record `{}` is {}'s, the instance is {}'s",
            p.id, p.provider, inst.provider
        ));
    }
    let specs = p.specs.clone().unwrap_or_default();
    match specs.gpu.as_ref().map(|g| g.count) {
        Some(n) if n == inst.gpu_count => {}
        Some(n) => differ(format!(
            "gpu_count {} but price record `{}` lists {n} GPUs",
            inst.gpu_count, p.id
        )),
        None => differ(format!("price record `{}` names no GPU in its specs", p.id)),
    }
    match specs.vcpu {
        Some(v) if v == f64::from(inst.vcpu) => {}
        Some(v) => differ(format!(
            "vcpu {} but price record `{}` lists {v}",
            inst.vcpu, p.id
        )),
        None => differ(format!(
            "price record `{}` gives no vCPU in its specs",
            p.id
        )),
    }
    match specs.memory_gib {
        Some(m) if (m - inst.ram_gib).abs() < RAM_TOLERANCE_GIB => {}
        Some(m) => differ(format!(
            "ram_gib {} but price record `{}` lists {m} GiB",
            inst.ram_gib, p.id
        )),
        None => differ(format!(
            "price record `{}` gives no memory in its specs",
            p.id
        )),
    }
}
