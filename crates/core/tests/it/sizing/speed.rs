//! Throughput and latency: the decode roofline, prefill, the batch under the per-token
//! limit, the split chosen, and `predict`.

use super::{arch, gpu, near, request, s000, with_peak};
use deploycalc_core::engine::sizing::memory::ModelFigures;
use deploycalc_core::engine::sizing::throughput::{compute_tflops, Roofline};
use deploycalc_core::engine::sizing::{predict, size, SizingError, MAX_BATCH};
use deploycalc_core::model::vocab::{GpuId, Precision};

#[test]
fn flops_per_precision_and_the_fp8_fallback() {
    // FP16, INT8 and INT4 compute at the FP16 rate (weight-only quantisation).
    assert_eq!(
        compute_tflops(gpu("nvidia-h100-sxm"), Precision::Fp16),
        Ok(989.5)
    );
    assert_eq!(
        compute_tflops(gpu("nvidia-h100-sxm"), Precision::Int8),
        Ok(989.5)
    );
    assert_eq!(
        compute_tflops(gpu("nvidia-h100-sxm"), Precision::Int4),
        Ok(989.5)
    );
    // FP8 on a board with FP8: its FP8 rate; on a T4 (no FP8): the FP16 rate.
    assert_eq!(
        compute_tflops(gpu("nvidia-h100-sxm"), Precision::Fp8),
        Ok(1979.0)
    );
    assert_eq!(compute_tflops(gpu("nvidia-l4"), Precision::Fp8), Ok(242.5));
    assert_eq!(compute_tflops(gpu("nvidia-t4"), Precision::Fp8), Ok(65.0));
    // Unknown FP16 rate: named, never 0.
    let mut g = gpu("nvidia-t4").clone();
    g.id = GpuId::new("no-fp16");
    g.fp16_dense_tflops = None;
    assert_eq!(
        compute_tflops(&g, Precision::Int8),
        Err(SizingError::MissingFigure {
            record: "no-fp16".into(),
            figure: "fp16_dense_tflops",
            suggest: Default::default(),
        })
    );
}

#[test]
fn decode_step_and_prefill_of_llama3_8b_int8_on_a_t4() {
    let m = ModelFigures::of(arch("llama3-8b")).unwrap();
    let r = Roofline::new(&m, gpu("nvidia-t4"), 1, Precision::Int8).unwrap();
    // Bandwidth 320 GB/s × 0.7 = 224e9 B/s; compute 65 TFLOPS × 0.5 = 32.5e12 FLOP/s;
    // 2 × 8e9 = 16e9 FLOPs a token.
    near(r.bytes_per_s, 224e9);
    near(r.decode_flops, 32.5e12);
    near(r.flops_per_token, 16e9);
    // Average context 500 + 150 ÷ 2 = 575 tokens → 575 × 131,072 = 75,366,400 B a sequence.
    // Batch 1: memory (8e9 + 75,366,400) ÷ 224e9 = 0.0360507429 s; compute 16e9 ÷ 32.5e12
    // = 0.000492 s → memory-bound, 36.05 ms a token.
    near(r.step_s(1.0, 575.0), 8_075_366_400.0 / 224e9);
    // Batch 63: memory (8e9 + 63 × 75,366,400 = 12,748,083,200) ÷ 224e9 = 0.0569110857 s;
    // compute 63 × 16e9 ÷ 32.5e12 = 0.0310154 s → still memory-bound.
    near(r.step_s(63.0, 575.0), 12_748_083_200.0 / 224e9);
    // Prefill 500 tokens: compute 500 × 16e9 ÷ 32.5e12 = 0.246153846 s beats reading the
    // weights (8e9 ÷ 224e9 = 0.0357 s): 246 ms to the first token.
    near(r.prefill_s(500.0), 8e12 / 32.5e12);
    // A 10-token prompt is bound by the weight read instead.
    near(r.prefill_s(10.0), 8e9 / 224e9);
    // Batch within 100 ms: memory (0.1 × 224e9 − 8e9) ÷ 75,366,400 = 191.07; compute 0.1 ×
    // 32.5e12 ÷ 16e9 = 203.125 → 191.07.
    near(r.batch_within(0.1, 575.0), 14.4e9 / 75_366_400.0);
}

#[test]
fn size_picks_the_largest_batch_memory_and_latency_allow() {
    let t4 = gpu("nvidia-t4");
    let req = request(
        arch("llama3-8b"),
        Precision::Int8,
        t4,
        1,
        Some(0.526),
        &s000(),
    );
    let s = size(&req, &[]).unwrap();
    // Batch = min(memory 63, per-token limit 191.07, MAX_BATCH 256) = 63.
    assert_eq!(s.batch, 63.0);
    assert_eq!(s.gpus_per_replica(), 1);
    // 63 ÷ 0.0569110857 s = 1106.99 tokens/s.
    near(
        s.tokens_per_s_per_replica,
        63.0 / (12_748_083_200.0 / 224e9),
    );
    near(s.ttft_ms, 8e12 / 32.5e12 * 1e3);
    // Memory at that batch: 8 + 63 × 0.0851968 + 1 = 14.3673984 GB of the 14.4 usable.
    near(s.need_gb_per_gpu_at_batch(), 14.3673984);
}

#[test]
fn an_eight_gpu_box_keeps_one_gpu_replicas_when_compute_bound() {
    // Llama 3 8B FP16 on A100 80 GB. One GPU: KV room 72 − 1 − 16 = 55 GB ÷ (650 × 131,072)
    // = 645 sequences; per-token limit: memory (0.1 × 1427.3e9 − 16e9) ÷ 75,366,400 = 1681,
    // compute 0.1 × 156e12 ÷ 16e9 = 975; so MAX_BATCH 256. Step at 256: memory (16e9 + 256
    // × 75,366,400) ÷ 1427.3e9 = 0.024728 s < compute 256 × 16e9 ÷ 156e12 = 0.026256 s →
    // 256 ÷ 0.026256 = 9750 tokens/s, × 8 replicas = 78,000 per instance. Two GPUs: 19,500 a
    // replica × 4 = 78,000, a tie: the smaller split wins.
    let a100 = gpu("nvidia-a100-80gb");
    let req = request(
        arch("llama3-8b"),
        Precision::Fp16,
        a100,
        8,
        None,
        &with_peak(10.0),
    );
    let s = size(&req, &[]).unwrap();
    assert_eq!(s.batch, MAX_BATCH);
    assert_eq!(s.gpus_per_replica(), 1);
    assert_eq!(s.deployment.replicas_per_instance, 8);
    near(s.tokens_per_s_per_replica, 9750.0);
}

#[test]
fn a_tight_memory_fit_splits_for_throughput() {
    // Llama 3 70B INT8 on an 8 × A100 80 GB box (KV 650 × 327,680 = 212,992,000 B a
    // sequence at full context, 575 × 327,680 = 188,416,000 B on average).
    // One GPU: room 72 − 1 − 70 = 1 GB → 4 sequences; step (70e9 + 4 × 188,416,000) ÷
    // 1427.3e9 = 0.04957 s → 80.7 tokens/s, × 8 replicas = 645 per instance.
    // Two GPUs: room (72 − 1) × 2 − 70 = 72 GB → 338 sequences, MAX_BATCH 256; at 256 the
    // compute time 256 × 140e9 ÷ 312e12 = 0.1149 s is over the 100 ms limit, so the batch is
    // ⌊0.1 × 312e12 ÷ 140e9 = 222.86⌋ = 222, compute-bound: 312e12 ÷ 140e9 = 2228.6
    // tokens/s, × 4 replicas = 8914.3 per instance.
    // Four GPUs: 256 sequences, compute 256 × 140e9 ÷ 624e12 = 0.05744 s → 4457.1 tokens/s,
    // × 2 = 8914.3; eight: 8914.3 × 1. Compute-bound splits tie; the smallest (2) wins.
    let a100 = gpu("nvidia-a100-80gb");
    let req = request(
        arch("llama3-70b"),
        Precision::Int8,
        a100,
        8,
        None,
        &with_peak(10.0),
    );
    let s = size(&req, &[]).unwrap();
    assert_eq!(s.gpus_per_replica(), 2);
    assert_eq!(s.batch, 222.0);
    near(s.tokens_per_s_per_replica, 312e12 / 140e9);
}

#[test]
fn predict_one_stream_of_llama3_8b_fp16_on_an_a100() {
    // 128 in, 128 out, one stream: average context 128 + 64 = 192 → 192 × 131,072 =
    // 25,165,824 B. Step = (16e9 + 25,165,824) ÷ (2039e9 × 0.7 = 1427.3e9) = 0.0112276 s
    // (compute 16e9 ÷ 156e12 = 0.0001 s): 11.23 ms a token, a decode rate of 89.07 tokens/s.
    // First token: max(16e9 ÷ 1427.3e9 = 0.01121, 128 × 16e9 ÷ 156e12 = 0.0131282) = 13.13 ms.
    // The run pays that prefill once: 128 tokens in 0.0131282 + 128 × 0.0112276 = 1.450262 s
    // → 88.26 tokens/s.
    let p = predict(
        arch("llama3-8b"),
        gpu("nvidia-a100-80gb"),
        1,
        Precision::Fp16,
        1,
        128.0,
        128.0,
    )
    .unwrap();
    let step = 16_025_165_824.0 / 1427.3e9;
    near(p.tpot_ms, step * 1e3);
    near(p.decode_tokens_per_s, 1.0 / step);
    near(p.ttft_ms, 2.048e12 / 156e12 * 1e3);
    near(
        p.output_tokens_per_s,
        128.0 / (2.048e12 / 156e12 + 128.0 * step),
    );
    assert!((p.output_tokens_per_s - 88.26).abs() < 0.01, "{p:?}");
    assert_eq!(p.batch, 1.0);
}

#[test]
fn predict_caps_the_batch_at_memory_and_at_max_batch() {
    // 1000 streams of 256 + 256 on one A100 80 GB at FP16: room 55 GB ÷ (512 × 131,072) =
    // 819.6 sequences, so MAX_BATCH 256 binds.
    let a100 = gpu("nvidia-a100-80gb");
    let p = predict(
        arch("llama3-8b"),
        a100,
        1,
        Precision::Fp16,
        1000,
        256.0,
        256.0,
    )
    .unwrap();
    assert_eq!(p.batch, 256.0);
    // On a T4 at INT8 with 500 + 150: memory binds at 63 sequences.
    let t4 = gpu("nvidia-t4");
    let p = predict(
        arch("llama3-8b"),
        t4,
        1,
        Precision::Int8,
        1000,
        500.0,
        150.0,
    )
    .unwrap();
    assert_eq!(p.batch, 63.0);
    // Two T4s split the model: twice the bandwidth, so one stream steps in about half the
    // time: (8e9 + 75,366,400) ÷ 448e9 = 0.018025 s.
    let p2 = predict(arch("llama3-8b"), t4, 2, Precision::Int8, 1, 500.0, 150.0).unwrap();
    near(p2.tpot_ms, 8_075_366_400.0 / 448e9 * 1e3);
    // 70B at FP16 does not fit one T4: an error, not a number.
    let e = predict(arch("llama3-70b"), t4, 1, Precision::Fp16, 1, 500.0, 150.0);
    assert!(matches!(e, Err(SizingError::DoesNotFit { .. })), "{e:?}");
}

#[test]
fn predict_is_near_a_published_vllm_sweep() {
    // John Musgrave, "vLLM throughput-latency sweep on NVIDIA A100" (johnmusgrave.com, vLLM
    // 0.23.0): Llama 3.1 8B BF16 (the same shape as Llama 3 8B) on one A100 40 GB, 1024 in
    // and 128 out: a decode rate of about 75 tokens/s at one stream, and 6.6 × that (≈ 495)
    // at 8 (a decode rate too: docs/sizing-calibration.md, "Decode rates").
    // The model: average context 1024 + 64 = 1088 → 1088 × 131,072 = 142,606,336 B a
    // stream; bandwidth 1555e9 × 0.7 = 1088.5e9 B/s; prefill FLOP/s 312e12 × 0.5 = 156e12.
    // One stream: step (16e9 + 142,606,336) ÷ 1088.5e9 = 0.014830 s → decode 67.43 tokens/s
    // (−10 %). The run also prefills 1024 × 16e9 ÷ 156e12 = 0.105026 s: 128 tokens in 0.105026
    // + 128 × 0.014830 = 2.003283 s → 63.90 tokens/s.
    // Eight: step (16e9 + 8 × 142,606,336) ÷ 1088.5e9 = 0.015747 s → decode 508.0 tokens/s
    // (+2.6 %). The run prefills 8 × 1024 prompts, 0.840205 s: 1024 tokens in 0.840205 + 128
    // × 0.015747 = 2.855849 s → 358.56 tokens/s.
    let a100 = gpu("nvidia-a100-40gb");
    let one = predict(
        arch("llama3-8b"),
        a100,
        1,
        Precision::Fp16,
        1,
        1024.0,
        128.0,
    )
    .unwrap();
    let step1 = 16_142_606_336.0 / 1088.5e9;
    near(one.decode_tokens_per_s, 1.0 / step1);
    near(
        one.output_tokens_per_s,
        128.0 / (1024.0 * 16e9 / 156e12 + 128.0 * step1),
    );
    assert!((one.output_tokens_per_s - 63.90).abs() < 0.01, "{one:?}");
    let eight = predict(
        arch("llama3-8b"),
        a100,
        1,
        Precision::Fp16,
        8,
        1024.0,
        128.0,
    )
    .unwrap();
    let step8 = 17_140_850_688.0 / 1088.5e9;
    near(eight.decode_tokens_per_s, 8.0 / step8);
    near(
        eight.output_tokens_per_s,
        1024.0 / (8.0 * 1024.0 * 16e9 / 156e12 + 128.0 * step8),
    );
    assert!(
        (eight.output_tokens_per_s - 358.56).abs() < 0.01,
        "{eight:?}"
    );
    for (got, published) in [
        (one.decode_tokens_per_s, 75.0),
        (eight.decode_tokens_per_s, 495.0),
    ] {
        let error = (got - published) / published;
        assert!(
            error.abs() < 0.15,
            "{got:.1} vs {published}: {:.1} %",
            error * 100.0
        );
    }
}
