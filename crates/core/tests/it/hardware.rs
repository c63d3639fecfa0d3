//! The hardware catalog (`catalog/hardware/*.json`, issue #16 item 1): GPUs and model
//! architectures. The rules reject bad records (hand-built JSON on the small valid fixture);
//! the real records carry the figures of their sources (written out beside each check) and
//! the invariants the sizing model will rely on.

use crate::catalog_fixture::Fixture;
use crate::common::catalog;
use deploycalc_core::model::catalog::{ArchKind, Catalog, CatalogError, Confidence, Rule};
use serde_json::{json, Value};

/// A valid GPU record; tests break one field.
fn gpu() -> Value {
    json!({"id": "gpu-a", "name": "GPU A", "vendor": "NVIDIA", "memory_gb": 16,
           "memory_bandwidth_gb_s": 320, "fp16_dense_tflops": 65, "int8_dense_tops": 130,
           "fp8_dense_tflops": null, "tdp_w": 70,
           "source": "vendor datasheet", "as_of": "2025-01-01", "confidence": "list"})
}

/// A valid model-architecture record, tied to the fixture's self-hosted model `m-a`.
fn arch() -> Value {
    json!({"id": "arch-a", "name": "Arch A", "kind": "llm", "model": "m-a",
           "parameters_billions": 8, "layers": 32, "attention_heads": 32, "kv_heads": 8,
           "head_dim": 128, "max_context_tokens": 8192,
           "source": "config.json", "as_of": "2025-01-01", "confidence": "list"})
}

/// Loads the fixture with one hardware file holding `gpus` and `models`.
fn load(gpus: Vec<Value>, models: Vec<Value>) -> Result<Catalog, Vec<CatalogError>> {
    let mut src = Fixture::new().sources();
    src.hardware = vec![(
        "hardware/t.json".into(),
        json!({"gpus": gpus, "models": models}).to_string(),
    )];
    Catalog::from_sources(&src)
}

/// Loading fails, every error is `rule`, and one names `record`.
fn rejects(rule: Rule, record: &str, gpus: Vec<Value>, models: Vec<Value>) {
    let errs = match load(gpus, models) {
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
}

fn with(mut v: Value, key: &str, value: Value) -> Value {
    v[key] = value;
    v
}

fn without(mut v: Value, key: &str) -> Value {
    v.as_object_mut().unwrap().remove(key);
    v
}

#[test]
fn valid_records_load_with_their_figures_and_nulls() {
    let cat = load(vec![gpu()], vec![arch()]).expect("valid hardware loads");
    let g = cat.gpu("gpu-a").expect("gpu-a");
    assert_eq!(g.memory_bandwidth_gb_s, Some(320.0));
    assert_eq!(g.fp8_dense_tflops, None, "null stays unknown, not 0");
    let m = cat.model_arch("arch-a").expect("arch-a");
    assert_eq!((m.layers, m.kv_heads), (Some(32), Some(8)));
    // unknown figures may be null, and the reference to a self-hosted model is optional
    let sparse = json!({"id": "arch-b", "name": "B", "kind": "embedding",
        "parameters_billions": null, "layers": null, "attention_heads": null, "kv_heads": null,
        "head_dim": null, "max_context_tokens": 8192,
        "source": "model card", "as_of": "2025-01-01", "confidence": "estimate"});
    assert!(load(vec![gpu()], vec![arch(), sparse]).is_ok());
}

#[test]
fn ids_are_unique_per_kind() {
    rejects(Rule::DuplicateId, "gpu-a", vec![gpu(), gpu()], vec![]);
    rejects(Rule::DuplicateId, "arch-a", vec![], vec![arch(), arch()]);
    // a GPU and a model may share an id: they are different kinds
    assert!(load(
        vec![with(gpu(), "id", json!("x"))],
        vec![with(arch(), "id", json!("x"))]
    )
    .is_ok());
}

#[test]
fn every_record_has_a_source_and_a_valid_date() {
    rejects(
        Rule::MissingSource,
        "gpu-a",
        vec![without(gpu(), "source")],
        vec![],
    );
    rejects(
        Rule::MissingSource,
        "gpu-a",
        vec![with(gpu(), "source", json!("  "))],
        vec![],
    );
    rejects(
        Rule::MissingSource,
        "arch-a",
        vec![],
        vec![with(arch(), "source", json!(""))],
    );
    rejects(
        Rule::MissingAsOf,
        "gpu-a",
        vec![without(gpu(), "as_of")],
        vec![],
    );
    rejects(
        Rule::MissingAsOf,
        "arch-a",
        vec![],
        vec![without(arch(), "as_of")],
    );
    rejects(
        Rule::BadDate,
        "gpu-a",
        vec![with(gpu(), "as_of", json!("2025-13-01"))],
        vec![],
    );
    rejects(
        Rule::BadDate,
        "arch-a",
        vec![],
        vec![with(arch(), "as_of", json!("March 2025"))],
    );
    // the fixture's catalog date is earlier than 2099
    rejects(
        Rule::FutureDate,
        "gpu-a",
        vec![with(gpu(), "as_of", json!("2099-01-01"))],
        vec![],
    );
}

#[test]
fn figures_are_positive_and_finite_or_null_never_zero() {
    for field in [
        "memory_gb",
        "memory_bandwidth_gb_s",
        "fp16_dense_tflops",
        "int8_dense_tops",
        "tdp_w",
    ] {
        rejects(
            Rule::NegativeValue,
            "gpu-a",
            vec![with(gpu(), field, json!(0))],
            vec![],
        );
        rejects(
            Rule::NegativeValue,
            "gpu-a",
            vec![with(gpu(), field, json!(-1.5))],
            vec![],
        );
    }
    rejects(
        Rule::NegativeValue,
        "arch-a",
        vec![],
        vec![with(arch(), "parameters_billions", json!(0))],
    );
    for field in [
        "layers",
        "attention_heads",
        "kv_heads",
        "head_dim",
        "max_context_tokens",
    ] {
        rejects(
            Rule::NegativeValue,
            "arch-a",
            vec![],
            vec![with(arch(), field, json!(0))],
        );
        // a count is a whole number: a negative or fractional count does not parse
        rejects(
            Rule::Malformed,
            "arch-a",
            vec![],
            vec![with(arch(), field, json!(-8))],
        );
        rejects(
            Rule::Malformed,
            "arch-a",
            vec![],
            vec![with(arch(), field, json!(7.5))],
        );
    }
}

#[test]
fn units_are_in_the_field_names_and_unknown_fields_are_refused() {
    // `memory` without its unit is not a field: a typo cannot silently drop a figure
    let g = with(without(gpu(), "memory_gb"), "memory", json!(16));
    rejects(Rule::Malformed, "gpu-a", vec![g], vec![]);
    rejects(
        Rule::Malformed,
        "arch-a",
        vec![],
        vec![with(arch(), "context", json!(8192))],
    );
    // every field is spelled out, null when unknown; leaving one out is an error too
    rejects(
        Rule::Malformed,
        "gpu-a",
        vec![without(gpu(), "tdp_w")],
        vec![],
    );
    // a GPU without its memory cannot be sized at all
    rejects(
        Rule::Malformed,
        "gpu-a",
        vec![with(gpu(), "memory_gb", json!(null))],
        vec![],
    );
    rejects(
        Rule::Malformed,
        "arch-a",
        vec![],
        vec![with(arch(), "kind", json!("robot"))],
    );
    rejects(
        Rule::Malformed,
        "gpu-a",
        vec![with(gpu(), "confidence", json!("sure"))],
        vec![],
    );
}

#[test]
fn query_heads_are_a_multiple_of_the_kv_heads() {
    rejects(
        Rule::Inconsistent,
        "arch-a",
        vec![],
        vec![with(arch(), "kv_heads", json!(5))],
    );
    rejects(
        Rule::Inconsistent,
        "arch-a",
        vec![],
        vec![with(arch(), "kv_heads", json!(64))],
    );
    // without GQA the KV heads equal the query heads
    assert!(load(vec![], vec![with(arch(), "kv_heads", json!(32))]).is_ok());
}

#[test]
fn a_model_reference_names_a_self_hosted_model() {
    rejects(
        Rule::DanglingReference,
        "arch-a",
        vec![],
        vec![with(arch(), "model", json!("nope"))],
    );
}

#[test]
fn a_hardware_file_is_an_object_of_gpus_and_models() {
    let mut src = Fixture::new().sources();
    src.hardware = vec![("hardware/t.json".into(), json!({"gpu": []}).to_string())];
    let errs = Catalog::from_sources(&src).expect_err("unknown key refused");
    assert!(errs
        .iter()
        .all(|e| e.rule == Rule::Malformed && e.record == "(file)"));
}

// ---- the real records --------------------------------------------------------------------

fn real_gpu(id: &str) -> &'static deploycalc_core::model::catalog::GpuRecord {
    catalog().gpu(id).unwrap_or_else(|| panic!("no GPU `{id}`"))
}

fn real_arch(id: &str) -> &'static deploycalc_core::model::catalog::ModelArch {
    catalog()
        .model_arch(id)
        .unwrap_or_else(|| panic!("no model architecture `{id}`"))
}

#[test]
fn every_gpu_the_issue_names_is_there() {
    for id in [
        "nvidia-t4",
        "nvidia-l4",
        "nvidia-a10",
        "nvidia-a10g",
        "nvidia-v100-16gb",
        "nvidia-v100-32gb",
        "nvidia-a100-40gb",
        "nvidia-a100-80gb",
        "nvidia-h100-sxm",
        "nvidia-h100-pcie",
        "nvidia-h20",
        "nvidia-l20",
        "nvidia-rtx-4090",
    ] {
        real_gpu(id);
    }
    assert_eq!(catalog().gpus.len(), 13);
}

#[test]
fn gpu_figures_match_their_datasheets() {
    // T4: 16 GB GDDR6, 320 GB/s, 65 TFLOPS FP16, 130 TOPS INT8, 70 W (NVIDIA T4 datasheet
    // figures via networkoutlet.com; 320.0 GB/s sysrqmts.com). Turing: no sparsity, no FP8.
    let t4 = real_gpu("nvidia-t4");
    assert_eq!(
        (
            t4.memory_gb,
            t4.memory_bandwidth_gb_s,
            t4.fp16_dense_tflops,
            t4.int8_dense_tops
        ),
        (Some(16.0), Some(320.0), Some(65.0), Some(130.0))
    );
    assert_eq!((t4.fp8_dense_tflops, t4.tdp_w), (None, Some(70.0)));
    // A100 40 GB SXM4: 1,555 GB/s, 312 TFLOPS FP16 dense (624 sparse), 624 TOPS INT8 dense,
    // 400 W (NVIDIA A100 datasheet via glennklockwood.com and the PC2 wiki).
    let a40 = real_gpu("nvidia-a100-40gb");
    assert_eq!(
        (
            a40.memory_bandwidth_gb_s,
            a40.fp16_dense_tflops,
            a40.int8_dense_tops,
            a40.tdp_w
        ),
        (Some(1555.0), Some(312.0), Some(624.0), Some(400.0))
    );
    // A100 80 GB SXM4: 2,039 GB/s, same FLOPS and power as the 40 GB part.
    let a80 = real_gpu("nvidia-a100-80gb");
    assert_eq!(
        (a80.memory_gb, a80.memory_bandwidth_gb_s),
        (Some(80.0), Some(2039.0))
    );
    assert_eq!(a80.fp16_dense_tflops, a40.fp16_dense_tflops);
    // H100 SXM5: 80 GB, 3,350 GB/s, 700 W; FP16 1,979 TFLOPS and FP8 3,958 *with sparsity*
    // (HPC Tech's copy of NVIDIA's table): dense = 1,979 ÷ 2 = 989.5 and 3,958 ÷ 2 = 1,979.
    let h = real_gpu("nvidia-h100-sxm");
    assert_eq!(
        (h.memory_bandwidth_gb_s, h.tdp_w),
        (Some(3350.0), Some(700.0))
    );
    assert_eq!(h.fp16_dense_tflops, Some(1979.0 / 2.0));
    assert_eq!(h.fp8_dense_tflops, Some(3958.0 / 2.0));
    assert_eq!(h.confidence, Confidence::Derived);
    // L4: 24 GB, 300 GB/s, 72 W; FP16 242 and FP8 485 with sparsity → 121 and 242.5 dense.
    let l4 = real_gpu("nvidia-l4");
    assert_eq!(
        (l4.memory_gb, l4.memory_bandwidth_gb_s, l4.tdp_w),
        (Some(24.0), Some(300.0), Some(72.0))
    );
    assert_eq!(
        (l4.fp16_dense_tflops, l4.fp8_dense_tflops),
        (Some(242.0 / 2.0), Some(485.0 / 2.0))
    );
    // H20: 96 GB, 4,000 GB/s, 148 TFLOPS FP16 dense, 296 TOPS INT8, 400 W (third party).
    let h20 = real_gpu("nvidia-h20");
    assert_eq!(
        (
            h20.memory_gb,
            h20.memory_bandwidth_gb_s,
            h20.fp16_dense_tflops,
            h20.tdp_w
        ),
        (Some(96.0), Some(4000.0), Some(148.0), Some(400.0))
    );
}

#[test]
fn gpu_invariants_hold() {
    let bw = |id| real_gpu(id).memory_bandwidth_gb_s.expect("bandwidth known");
    assert!(bw("nvidia-h100-sxm") > bw("nvidia-a100-80gb"));
    assert!(bw("nvidia-a100-80gb") > bw("nvidia-a100-40gb"));
    assert!(bw("nvidia-a100-40gb") > bw("nvidia-v100-16gb"));
    assert!(bw("nvidia-h100-sxm") > bw("nvidia-h100-pcie"));
    assert!(
        bw("nvidia-l4") < bw("nvidia-t4"),
        "L4 300 GB/s is below T4's 320"
    );
    let mem = |id| real_gpu(id).memory_gb.expect("memory known");
    assert_eq!(mem("nvidia-a10"), mem("nvidia-a10g"));
    assert!(mem("nvidia-h20") > mem("nvidia-h100-sxm"));
    for g in &catalog().gpus {
        // a derived record says how it was derived
        if g.confidence == Confidence::Derived {
            let note = g.note.as_deref().unwrap_or_default();
            assert!(
                note.contains("÷ 2"),
                "{}: derived without its working",
                g.id
            );
        }
        // INT8 tensor throughput is at least the FP16 throughput where both are known
        if let (Some(f16), Some(i8)) = (g.fp16_dense_tflops, g.int8_dense_tops) {
            assert!(i8 >= f16, "{}: INT8 {i8} below FP16 {f16}", g.id);
        }
        assert!(
            g.source.contains("read 2026-12-04"),
            "{}: no read date",
            g.id
        );
    }
}

#[test]
fn every_model_the_issue_names_is_there() {
    for id in [
        "llama3-8b",
        "llama3-70b",
        "llava-1-5-7b",
        "qwen2-5-7b-instruct",
        "qwen2-5-72b-instruct",
        "deepseek-r1-distill-qwen-7b",
        "mistral-7b-v0-1",
        "bge-m3",
    ] {
        real_arch(id);
    }
    assert_eq!(real_arch("bge-m3").kind, ArchKind::Embedding);
    assert_eq!(real_arch("llava-1-5-7b").kind, ArchKind::Vision);
}

#[test]
fn model_figures_match_their_configs() {
    // Llama 3 8B: 32 layers, 32 heads, 8 KV heads, head_dim 4096 ÷ 32 = 128, 8k context
    // (Meta's MODEL_CARD.md; Llama 3.1 8B config as tabulated by oumi).
    let l8 = real_arch("llama3-8b");
    assert_eq!(
        (
            l8.layers,
            l8.attention_heads,
            l8.kv_heads,
            l8.head_dim,
            l8.max_context_tokens
        ),
        (Some(32), Some(32), Some(8), Some(128), Some(8192))
    );
    // Llama 3 70B: 80 layers, 64 heads, 8 KV heads, head_dim 8192 ÷ 64 = 128.
    let l70 = real_arch("llama3-70b");
    assert_eq!(
        (l70.layers, l70.attention_heads, l70.kv_heads),
        (Some(80), Some(64), Some(8))
    );
    // Qwen2.5 7B Instruct: "7.61B", 28 layers, "28 for Q and 4 for KV", 131,072 tokens.
    let q7 = real_arch("qwen2-5-7b-instruct");
    assert_eq!(q7.parameters_billions, Some(7.61));
    assert_eq!(
        (
            q7.layers,
            q7.attention_heads,
            q7.kv_heads,
            q7.max_context_tokens
        ),
        (Some(28), Some(28), Some(4), Some(131_072))
    );
    // Mistral 7B v0.1: 32 layers, 32 heads, 8 KV heads, head_dim 128.
    let m = real_arch("mistral-7b-v0-1");
    assert_eq!(
        (m.layers, m.kv_heads, m.head_dim),
        (Some(32), Some(8), Some(128))
    );
    // KV cache per token at FP16 for Llama 3 8B, by hand: 2 (K and V) × 32 layers × 8 KV heads
    // × 128 dims × 2 bytes = 131,072 bytes = 128 KiB.
    let per_token = 2 * 32 * 8 * 128 * 2;
    assert_eq!(per_token, 131_072);
    let got = 2 * l8.layers.unwrap() * l8.kv_heads.unwrap() * l8.head_dim.unwrap() * 2;
    assert_eq!(got, per_token);
}

#[test]
fn model_invariants_hold() {
    for m in &catalog().model_archs {
        if let (Some(q), Some(kv)) = (m.attention_heads, m.kv_heads) {
            assert_eq!(
                q % kv,
                0,
                "{}: heads {q} not divisible by KV heads {kv}",
                m.id
            );
        }
        if let Some(model) = &m.model {
            assert!(
                catalog().model(model.as_str()).is_some(),
                "{}: dangling",
                m.id
            );
        }
        assert!(
            m.source.contains("read 2026-12-04"),
            "{}: no read date",
            m.id
        );
    }
    let p = |id| real_arch(id).parameters_billions.expect("size known");
    assert!(p("llama3-70b") > p("llama3-8b"));
    assert!(p("qwen2-5-72b-instruct") > p("qwen2-5-7b-instruct"));
    // the seeds' models tie to their self-hosted records (VRAM, fits) in catalog/perf
    assert_eq!(
        real_arch("llama3-8b").model.as_ref().map(|m| m.as_str()),
        Some("llama3-8b")
    );
    assert_eq!(
        real_arch("llava-1-5-7b").model.as_ref().map(|m| m.as_str()),
        Some("llava")
    );
}
