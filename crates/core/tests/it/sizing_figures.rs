//! The figures sizing needs are all in the catalog (issue #16 item 1): every GPU has memory,
//! bandwidth and dense FP16 throughput, so every cloud GPU instance can be sized; every
//! language and vision model has parameters, layers, KV heads, head dimension and maximum
//! context. The figures filled in on 2026-12-04 are checked against their sources' arithmetic.

use crate::common::catalog;
use deploycalc_core::engine::sizing::memory::ModelFigures;
use deploycalc_core::engine::sizing::predict;
use deploycalc_core::model::catalog::{ArchKind, Confidence};
use deploycalc_core::model::vocab::Precision;

fn gpu(id: &str) -> &'static deploycalc_core::model::catalog::GpuRecord {
    catalog().gpu(id).unwrap_or_else(|| panic!("no GPU `{id}`"))
}

fn arch(id: &str) -> &'static deploycalc_core::model::catalog::ModelArch {
    catalog()
        .model_arch(id)
        .unwrap_or_else(|| panic!("no model `{id}`"))
}

#[test]
fn every_gpu_has_the_figures_sizing_needs() {
    for g in &catalog().gpus {
        for (name, v) in [
            ("memory_gb", g.memory_gb),
            ("memory_bandwidth_gb_s", g.memory_bandwidth_gb_s),
            ("fp16_dense_tflops", g.fp16_dense_tflops),
        ] {
            assert!(v.is_some_and(|v| v > 0.0), "{}: {name} unknown", g.id);
        }
    }
}

#[test]
fn every_cloud_gpu_instance_can_be_sized() {
    // Llama 3 8B at INT8 (8 GB of weights) fits every board in the catalog (16 GB and up).
    let l8 = arch("llama3-8b");
    for i in &catalog().instances {
        let g = gpu(i.gpu.as_str());
        let p = predict(l8, g, 1, Precision::Int8, 1, 500.0, 150.0);
        assert!(p.is_ok(), "{} ({}): {p:?}", i.id, i.gpu);
    }
}

#[test]
fn every_language_and_vision_model_has_the_figures_sizing_needs() {
    for m in &catalog().model_archs {
        if m.kind == ArchKind::Embedding {
            continue;
        }
        let f = ModelFigures::of(m).unwrap_or_else(|e| panic!("{}: {e:?}", m.id));
        assert!(f.max_context_tokens.is_some(), "{}: no max context", m.id);
    }
}

#[test]
fn the_filled_gpu_figures_follow_their_sources() {
    // A10: BF16/FP16 tensor 250 TFLOPS with sparsity → 250 ÷ 2 = 125 dense; INT8 250 TOPS; 150 W.
    let a10 = gpu("nvidia-a10");
    assert_eq!(
        (a10.fp16_dense_tflops, a10.int8_dense_tops, a10.tdp_w),
        (Some(250.0 / 2.0), Some(250.0), Some(150.0))
    );
    // A10G: 62.5 TFLOPS FP16 (third party, half the A10's), 300 W as nvidia-smi reports on G5.
    let a10g = gpu("nvidia-a10g");
    assert_eq!(
        (a10g.fp16_dense_tflops, a10g.tdp_w),
        (Some(125.0 / 2.0), Some(300.0))
    );
    assert_eq!(a10g.confidence, Confidence::Estimate);
    // L20: 119.5 TFLOPS FP16, 239 TOPS INT8 (= 2 × 119.5); FP8 unknown, never 0.
    let l20 = gpu("nvidia-l20");
    assert_eq!(
        (
            l20.fp16_dense_tflops,
            l20.int8_dense_tops,
            l20.fp8_dense_tflops
        ),
        (Some(119.5), Some(2.0 * 119.5), None)
    );
}

#[test]
fn the_filled_model_figures_follow_their_sources() {
    // LLaVA 1.5 7B: FP16 files 13.5 GB + 0.624 GB = 14.124 GB ÷ 2 B a weight = 7.062 billion,
    // written 7.06; 32 heads, no GQA; 4096 ÷ 32 = 128 a head; 4,096 tokens of context.
    let llava = arch("llava-1-5-7b");
    assert_eq!(llava.parameters_billions, Some(7.06));
    assert!(((13.5 + 0.624) / 2.0 - 7.06_f64).abs() < 0.005);
    assert_eq!(
        (
            llava.layers,
            llava.kv_heads,
            llava.head_dim,
            llava.max_context_tokens
        ),
        (Some(32), Some(32), Some(4096 / 32), Some(4096))
    );
    // Qwen2.5 72B Instruct: 32,768 positions × YaRN factor 4 = 131,072. Parameters from the
    // config: a layer 8192² × 2 + 2 × 8192 × 1024 + 10,240 biases + 3 × 8192 × 29,568 +
    // 16,384 norms = 877,684,736, × 80; plus 2 × 152,064 × 8192 embeddings and head and the
    // final 8,192 norm: 72,706,203,648 ≈ 72.7 billion.
    let q72 = arch("qwen2-5-72b-instruct");
    assert_eq!(q72.max_context_tokens, Some(32_768 * 4));
    let layer: u64 = 8192 * 8192 * 2 + 2 * 8192 * 1024 + 10_240 + 3 * 8192 * 29_568 + 16_384;
    let total = 80 * layer + 2 * 152_064 * 8192 + 8192;
    assert_eq!(total, 72_706_203_648);
    assert_eq!(q72.parameters_billions, Some(72.7));
    // bge-m3: 560M parameters, 24 layers, 16 heads of 1024 ÷ 16 = 64.
    let bge = arch("bge-m3");
    assert_eq!(
        (bge.parameters_billions, bge.layers, bge.head_dim),
        (Some(0.56), Some(24), Some(1024 / 16))
    );
}

#[test]
fn aws_g5_and_the_l20_now_size_by_hand() {
    // Llama 3 8B INT8, one stream of 500 in and 150 out: average context 500 + 75 = 575 →
    // 575 × 131,072 = 75,366,400 B of KV; a step reads 8,075,366,400 B.
    let l8 = arch("llama3-8b");
    // A10G: 600e9 × 0.7 = 420e9 B/s → 19.227 ms a token. First token: 500 × 16e9 ÷ (62.5e12
    // × 0.5 = 31.25e12) = 0.256 s (reading the weights, 8e9 ÷ 420e9 = 0.019 s, is less).
    // The run pays the prompt once: 150 tokens in 0.256 + 150 × 0.0192271 = 3.140059 s →
    // 47.770 tokens/s (decode alone 1 ÷ 19.227 ms = 52.01).
    let p = predict(l8, gpu("nvidia-a10g"), 1, Precision::Int8, 1, 500.0, 150.0).unwrap();
    assert!((p.tpot_ms - 8_075_366_400.0 / 420e9 * 1e3).abs() < 1e-9);
    assert!((p.ttft_ms - 256.0).abs() < 1e-9);
    let run = 150.0 / (0.256 + 150.0 * 8_075_366_400.0 / 420e9);
    assert!((p.output_tokens_per_s - run).abs() < 1e-9 * run);
    assert!((p.output_tokens_per_s - 47.770).abs() < 0.001, "{p:?}");
    assert!((p.decode_tokens_per_s - 420e9 / 8_075_366_400.0).abs() < 1e-9);
    // L20: 864e9 × 0.7 = 604.8e9 B/s → 13.352 ms; first token 8e12 ÷ 59.75e12 = 133.89 ms;
    // the run: 150 tokens in 0.133891 + 150 × 0.0133521 = 2.136710 s → 70.201 tokens/s.
    let p = predict(l8, gpu("nvidia-l20"), 1, Precision::Int8, 1, 500.0, 150.0).unwrap();
    assert!((p.tpot_ms - 8_075_366_400.0 / 604.8e9 * 1e3).abs() < 1e-9);
    assert!((p.ttft_ms - 8e12 / 59.75e12 * 1e3).abs() < 1e-9);
    assert!((p.output_tokens_per_s - 70.201).abs() < 0.001, "{p:?}");
}
