//! Memory fit: weights, KV cache, overhead, splits, the most sequences.

use super::{arch, gpu, near};
use deploycalc_core::engine::sizing::memory::{
    fit_on, kv_bytes_per_element, memory_fit, need_gb_per_gpu, usable_gb, weights_gb, ModelFigures,
};
use deploycalc_core::engine::sizing::SizingError;
use deploycalc_core::model::vocab::Precision;

#[test]
fn the_figures_the_arithmetic_uses() {
    let figures = |id: &str| {
        let g = gpu(id);
        (
            g.memory_gb,
            g.memory_bandwidth_gb_s,
            g.fp16_dense_tflops,
            g.fp8_dense_tflops,
        )
    };
    assert_eq!(
        figures("nvidia-t4"),
        (Some(16.0), Some(320.0), Some(65.0), None)
    );
    assert_eq!(
        figures("nvidia-l4"),
        (Some(24.0), Some(300.0), Some(121.0), Some(242.5))
    );
    assert_eq!(
        figures("nvidia-a100-40gb"),
        (Some(40.0), Some(1555.0), Some(312.0), None)
    );
    assert_eq!(
        figures("nvidia-a100-80gb"),
        (Some(80.0), Some(2039.0), Some(312.0), None)
    );
    assert_eq!(
        figures("nvidia-h100-sxm"),
        (Some(80.0), Some(3350.0), Some(989.5), Some(1979.0))
    );
    let m8 = ModelFigures::of(arch("llama3-8b")).unwrap();
    assert_eq!(
        (m8.parameters_billions, m8.layers, m8.kv_heads, m8.head_dim),
        (8.0, 32, 8, 128)
    );
    assert_eq!(m8.max_context_tokens, Some(8192));
    let m70 = ModelFigures::of(arch("llama3-70b")).unwrap();
    assert_eq!(
        (
            m70.parameters_billions,
            m70.layers,
            m70.kv_heads,
            m70.head_dim
        ),
        (70.0, 80, 8, 128)
    );
}

#[test]
fn weights_and_kv_cache_per_precision() {
    // Llama 3 8B: 8 × 2 = 16 GB at FP16, 8 × 1 = 8 at FP8 and INT8, 8 × 0.5 = 4 at INT4.
    assert_eq!(weights_gb(8.0, Precision::Fp16), 16.0);
    assert_eq!(weights_gb(8.0, Precision::Fp8), 8.0);
    assert_eq!(weights_gb(8.0, Precision::Int8), 8.0);
    assert_eq!(weights_gb(8.0, Precision::Int4), 4.0);
    let m = ModelFigures::of(arch("llama3-8b")).unwrap();
    // KV per token: 2 × 32 layers × 8 KV heads × 128 dims × 2 B = 131,072 B (FP16 cache,
    // also with INT8 and INT4 weights); × 1 B at FP8 = 65,536 B.
    assert_eq!(m.kv_bytes_per_token(Precision::Fp16), 131_072.0);
    assert_eq!(m.kv_bytes_per_token(Precision::Int8), 131_072.0);
    assert_eq!(m.kv_bytes_per_token(Precision::Int4), 131_072.0);
    assert_eq!(m.kv_bytes_per_token(Precision::Fp8), 65_536.0);
    assert_eq!(kv_bytes_per_element(Precision::Fp8), 1.0);
    // Llama 3 70B: 2 × 80 × 8 × 128 × 2 = 327,680 B a token.
    let m70 = ModelFigures::of(arch("llama3-70b")).unwrap();
    assert_eq!(m70.kv_bytes_per_token(Precision::Fp16), 327_680.0);
    // T4: 16 GB × 0.9 = 14.4 GB usable.
    near(usable_gb(16.0), 14.4);
}

#[test]
fn llama3_8b_fp16_does_not_fit_one_t4_but_int8_does() {
    let m = ModelFigures::of(arch("llama3-8b")).unwrap();
    // One sequence of 500 + 150 = 650 tokens: KV = 650 × 131,072 = 85,196,800 B = 0.0851968
    // GB. FP16: 16 + 0.0851968 + 1 (overhead) = 17.0851968 GB > 14.4 usable.
    let err = memory_fit(&m, Precision::Fp16, 16.0, 1, 650.0, 1.0).unwrap_err();
    match err {
        SizingError::DoesNotFit {
            need_gb_per_gpu,
            usable_gb_per_gpu,
            gpus,
            ..
        } => {
            near(need_gb_per_gpu, 17.0851968);
            near(usable_gb_per_gpu, 14.4);
            assert_eq!(gpus, 1);
        }
        e => panic!("want DoesNotFit, got {e:?}"),
    }
    // INT8: 8 + 0.0851968 + 1 = 9.0851968 GB ≤ 14.4. Room for KV: 14.4 − 1 − 8 = 5.4 GB;
    // 5.4e9 ÷ 85,196,800 B a sequence = 63.38 → 63 sequences.
    let fit = memory_fit(&m, Precision::Int8, 16.0, 1, 650.0, 1.0).unwrap();
    assert_eq!(fit.gpus, 1);
    near(fit.need_gb_per_gpu, 9.0851968);
    assert_eq!(fit.max_sequences, 63.0);
    // 64 sequences: 8 + 64 × 0.0851968 + 1 = 14.4525952 > 14.4; 63: 14.3673984 fits.
    assert!(fit_on(&m, Precision::Int8, 16.0, 1, 650.0, 64.0).is_err());
    assert!(fit_on(&m, Precision::Int8, 16.0, 1, 650.0, 63.0).is_ok());
}

#[test]
fn llama3_70b_needs_80_gb_as_seed_003_says_at_int8_and_two_a100s_at_fp16() {
    let m = ModelFigures::of(arch("llama3-70b")).unwrap();
    // INT8 on one A100 80 GB (usable 72): 70 + 650 × 327,680 B (0.212992 GB) + 1 =
    // 71.212992 ≤ 72. KV room 72 − 1 − 70 = 1 GB ÷ 212,992,000 B = 4.69 → 4 sequences.
    let fit = memory_fit(&m, Precision::Int8, 80.0, 1, 650.0, 1.0).unwrap();
    near(fit.need_gb_per_gpu, 71.212992);
    assert_eq!((fit.gpus, fit.max_sequences), (1, 4.0));
    // FP16 = 140 GB: one GPU 141.21 > 72; split over 2: (140 + 0.212992) ÷ 2 + 1 =
    // 71.106496 ≤ 72: the smallest split of an 8-GPU instance that fits is 2.
    let fit = memory_fit(&m, Precision::Fp16, 80.0, 8, 650.0, 1.0).unwrap();
    assert_eq!(fit.gpus, 2);
    near(fit.need_gb_per_gpu, 71.106496);
    // Sequences count too: 71.106496 + (s − 1) × 0.212992 ÷ 2 per GPU stays ≤ 72 up to
    // s = 1 + 0.893504 ÷ 0.106496 = 9.39 → 9 on two GPUs (room (72 − 1) × 2 − 140 = 2 GB ÷
    // 0.212992 = 9.39).
    assert_eq!(fit.max_sequences, 9.0);
    near(
        need_gb_per_gpu(140.0, 327_680.0, 650.0, 9.0, 2),
        (140.0 + 9.0 * 0.212992) / 2.0 + 1.0,
    );
}

#[test]
fn splits_stop_at_the_instance_and_at_eight() {
    let m = ModelFigures::of(arch("llama3-70b")).unwrap();
    // FP16 on T4s: 8-way (140.212992 ÷ 8 + 1 = 18.526624) is still > 14.4; a 4-GPU instance
    // tries 1, 2, 4 and reports the 4-way need: 140.212992 ÷ 4 + 1 = 36.053248.
    match memory_fit(&m, Precision::Fp16, 16.0, 4, 650.0, 1.0) {
        Err(SizingError::DoesNotFit {
            need_gb_per_gpu,
            gpus,
            ..
        }) => {
            assert_eq!(gpus, 4);
            near(need_gb_per_gpu, 36.053248);
        }
        r => panic!("want DoesNotFit, got {r:?}"),
    }
    // A 16-GPU machine still splits at most 8 ways.
    match memory_fit(&m, Precision::Fp16, 16.0, 16, 650.0, 1.0) {
        Err(SizingError::DoesNotFit {
            need_gb_per_gpu,
            gpus,
            ..
        }) => {
            assert_eq!(gpus, 8);
            near(need_gb_per_gpu, 18.526624);
        }
        r => panic!("want DoesNotFit, got {r:?}"),
    }
    // 3 GPUs: splits 1 and 2 only (a power of two ≤ 3).
    let fit = memory_fit(&m, Precision::Fp16, 80.0, 3, 650.0, 1.0).unwrap();
    assert_eq!(fit.gpus, 2);
    assert!(memory_fit(&m, Precision::Fp16, 80.0, 1, 650.0, 1.0).is_err());
}

#[test]
fn the_assumptions_the_panel_lists() {
    use deploycalc_core::engine::sizing::ASSUMPTIONS;
    let get = |key: &str| {
        ASSUMPTIONS
            .iter()
            .find(|(k, _)| *k == key)
            .map(|&(_, v)| v)
            .unwrap_or_else(|| panic!("no assumption `{key}`"))
    };
    // vLLM's default memory share and batch limit; 730-hour months are money's, not ours.
    assert_eq!(get("usable_vram_share"), 0.9);
    assert_eq!(get("max_batch"), 256.0);
    assert_eq!(get("max_tensor_parallel"), 8.0);
    assert_eq!(get("container_start_s"), 5.0);
    let mut keys: Vec<&str> = ASSUMPTIONS.iter().map(|(k, _)| *k).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), ASSUMPTIONS.len(), "a key twice");
}
