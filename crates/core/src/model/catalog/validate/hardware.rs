//! Rules for the hardware catalog (`catalog/hardware/*.json`): GPUs and model architectures.
//! Like prices: ids unique, a source and an as-of date on every record, every figure a
//! positive finite number or `null` (unknown), never 0; plus the shape checks the sizing
//! model relies on (query heads a multiple of the KV heads).

use super::{parse_record, parse_whole, provenance, split_records, Errors, Known, Rule, Unique};
use crate::model::catalog::hardware::{GpuRecord, HardwareFile, ModelArch};
use crate::model::catalog::ModelRecord;
use serde_json::Value;

pub(super) struct Loaded {
    pub gpus: Vec<GpuRecord>,
    pub archs: Vec<ModelArch>,
    /// Instance records as written, (file, record): checked by `instances.rs` once the GPUs
    /// and prices they refer to are known.
    pub instances: Vec<(String, serde_json::Value)>,
}

pub(super) fn load(
    errs: &mut Errors,
    files: &[(String, String)],
    known: &Known,
    models: &[ModelRecord],
) -> Loaded {
    let mut out = Loaded {
        gpus: Vec::new(),
        archs: Vec::new(),
        instances: Vec::new(),
    };
    let parsed: Vec<(&str, HardwareFile)> = files
        .iter()
        .filter_map(|(file, text)| Some((file.as_str(), parse_whole(errs, file, text)?)))
        .collect();

    let mut ids = Unique::new();
    for (file, hf) in &parsed {
        for (id, value) in split_records(hf.gpus.clone()) {
            if ids.check(errs, file, &id, "GPU") {
                if let Some(g) = gpu(errs, file, &id, value, known) {
                    out.gpus.push(g);
                }
            }
        }
    }
    for (file, hf) in &parsed {
        let file = file.to_string();
        out.instances
            .extend(hf.instances.iter().map(|v| (file.clone(), v.clone())));
    }
    let mut ids = Unique::new();
    for (file, hf) in &parsed {
        for (id, value) in split_records(hf.models.clone()) {
            if ids.check(errs, file, &id, "model architecture") {
                if let Some(m) = arch(errs, file, &id, value, known, models) {
                    out.archs.push(m);
                }
            }
        }
    }
    out
}

fn gpu(errs: &mut Errors, file: &str, id: &str, value: Value, known: &Known) -> Option<GpuRecord> {
    let before = errs.len();
    provenance(errs, file, id, "every GPU record", &value, known.meta);
    if errs.len() > before {
        return None;
    }
    spelled_out(errs, file, id, &value, &GPU_FIGURES);
    if errs.len() > before {
        return None;
    }
    let g: GpuRecord = parse_record(errs, file, id, value)?;
    for (what, x) in g.figures() {
        positive(errs, file, id, what, x);
    }
    if g.memory_gb.is_none() {
        errs.push(
            file,
            id,
            Rule::Malformed,
            "memory_gb is required: a GPU record without its memory cannot be sized",
        );
    }
    (errs.len() == before).then_some(g)
}

fn arch(
    errs: &mut Errors,
    file: &str,
    id: &str,
    value: Value,
    known: &Known,
    models: &[ModelRecord],
) -> Option<ModelArch> {
    let before = errs.len();
    provenance(
        errs,
        file,
        id,
        "every model architecture",
        &value,
        known.meta,
    );
    if errs.len() > before {
        return None;
    }
    spelled_out(errs, file, id, &value, &ARCH_FIGURES);
    if errs.len() > before {
        return None;
    }
    let m: ModelArch = parse_record(errs, file, id, value)?;
    positive(errs, file, id, "parameters_billions", m.parameters_billions);
    for (what, n) in m.counts() {
        if n == Some(0) {
            errs.push(
                file,
                id,
                Rule::NegativeValue,
                format!("{what} must be 1 or more, or null when unknown (never 0)"),
            );
        }
    }
    if let (Some(q), Some(kv)) = (m.attention_heads, m.kv_heads) {
        if q > 0 && kv > 0 && (kv > q || q % kv != 0) {
            errs.push(
                file,
                id,
                Rule::Inconsistent,
                format!("attention_heads {q} is not a multiple of kv_heads {kv}"),
            );
        }
    }
    if let Some(model) = &m.model {
        if !models.iter().any(|r| &r.id == model) {
            errs.push(
                file,
                id,
                Rule::DanglingReference,
                format!("model names unknown self-hosted model `{model}`"),
            );
        }
    }
    (errs.len() == before).then_some(m)
}

const GPU_FIGURES: [&str; 6] = [
    "memory_gb",
    "memory_bandwidth_gb_s",
    "fp16_dense_tflops",
    "int8_dense_tops",
    "fp8_dense_tflops",
    "tdp_w",
];

const ARCH_FIGURES: [&str; 6] = [
    "parameters_billions",
    "layers",
    "attention_heads",
    "kv_heads",
    "head_dim",
    "max_context_tokens",
];

/// Every figure is written out, `null` when unknown: a left-out field is an error, so an
/// unknown figure is always a decision someone wrote down, never an omission.
fn spelled_out(errs: &mut Errors, file: &str, id: &str, v: &Value, keys: &[&str]) {
    for key in keys {
        if v.get(key).is_none() {
            errs.push(
                file,
                id,
                Rule::Malformed,
                format!("{key} is missing: write the figure, or null when no source gives it"),
            );
        }
    }
}

/// A figure that, when known, must be a positive finite number.
fn positive(errs: &mut Errors, file: &str, id: &str, what: &str, x: Option<f64>) {
    if let Some(x) = x {
        if !(x.is_finite() && x > 0.0) {
            errs.push(
                file,
                id,
                Rule::NegativeValue,
                format!("{what} must be a positive finite number, or null when unknown (never 0)"),
            );
        }
    }
}
