//! Bad input (issue #16 item 4): impossible combinations are typed errors that carry what
//! would work: a smaller precision, more GPUs, a bigger card, a shorter context.

use super::{arch, candidates, gpu, near, request, s000, TARGETS};
use deploycalc_core::engine::sizing::{
    size, CardFit, LatencyKind, LatencyTarget, SizingError, Suggestions,
};
use deploycalc_core::model::vocab::{ArchId, GpuId, Precision};

fn cards(list: &[(&str, u32)]) -> Vec<CardFit> {
    list.iter()
        .map(|&(id, gpus)| CardFit {
            gpu: GpuId::new(id),
            gpus,
        })
        .collect()
}

#[test]
fn llama3_70b_fp16_on_one_t4_does_not_fit_and_says_what_would() {
    let t4 = gpu("nvidia-t4");
    let req = request(
        arch("llama3-70b"),
        Precision::Fp16,
        t4,
        1,
        Some(0.526),
        &s000(),
    );
    let err = size(&req, &candidates()).unwrap_err();
    // Need 140 + 0.212992 + 1 = 141.212992 GB against 14.4.
    // Quantising cannot help (INT8 70 + 1, INT4 35 + 1 GB > 14.4), nor can up to 8 T4s
    // (140.212992 ÷ 8 + 1 = 18.53 > 14.4), nor a shorter context (the weights alone).
    // Cards at FP16, fewest GPUs each (the latencies all hold at 2 s / 100 ms):
    // A100 80 GB and H100: 2 (140.212992 ÷ 2 + 1 = 71.11 ≤ 72);
    // L4: 4-way 36.05 > 21.6, 8-way 18.53 ≤ 21.6 → 8 (first token 500 × 140e9 ÷ (8 ×
    // 60.5e12) = 0.145 s; a token (140e9 + 188,416,000) ÷ (8 × 210e9) = 0.0834 s);
    // A100 40 GB: 4-way 36.05 > 36, so 8.
    let want = SizingError::DoesNotFit {
        need_gb_per_gpu: 141.212992,
        usable_gb_per_gpu: 14.4,
        gpus: 1,
        suggest: Suggestions {
            precision: None,
            gpus: None,
            cards: cards(&[
                ("nvidia-a100-80gb", 2),
                ("nvidia-h100-sxm", 2),
                ("nvidia-l4", 8),
                ("nvidia-a100-40gb", 8),
            ]),
            context_tokens: None,
        },
    };
    match (&err, &want) {
        (
            SizingError::DoesNotFit {
                need_gb_per_gpu: got,
                suggest: s,
                ..
            },
            SizingError::DoesNotFit {
                need_gb_per_gpu: w,
                suggest: ws,
                ..
            },
        ) => {
            near(*got, *w);
            assert_eq!(s, ws);
        }
        _ => panic!("want DoesNotFit, got {err:?}"),
    }
}

#[test]
fn llama3_8b_fp16_on_one_t4_suggests_int8_two_t4s_or_an_l4() {
    let t4 = gpu("nvidia-t4");
    let req = request(
        arch("llama3-8b"),
        Precision::Fp16,
        t4,
        1,
        Some(0.526),
        &s000(),
    );
    let err = size(&req, &candidates()).unwrap_err();
    // 17.085 GB > 14.4. INT8 fits (9.085) — FP8 is skipped, a T4 has none; two T4s fit
    // ((16 + 0.0852) ÷ 2 + 1 = 9.04); every other card fits on one: L4 (24 GB: 17.085 ≤
    // 21.6; first token 8e12 ÷ 60.5e12 = 0.132 s; a token (16e9 + 75,366,400) ÷ 210e9 =
    // 0.0765 s), A100 40, A100 80, H100 (by memory); the weights alone (17 GB) rule out a
    // shorter context.
    let s = err.suggestions().expect("suggestions");
    assert!(matches!(err, SizingError::DoesNotFit { .. }), "{err:?}");
    assert_eq!(s.precision, Some(Precision::Int8));
    assert_eq!(s.gpus, Some(2));
    assert_eq!(
        s.cards,
        cards(&[
            ("nvidia-l4", 1),
            ("nvidia-a100-40gb", 1),
            ("nvidia-a100-80gb", 1),
            ("nvidia-h100-sxm", 1),
        ])
    );
    assert_eq!(s.context_tokens, None);
}

#[test]
fn a_context_longer_than_the_model_says_its_maximum() {
    // 8000 + 500 = 8500 tokens > Llama 3's 8192; at 8192 it works on an A100 80 GB.
    let mut s = s000();
    s.input_tokens_per_turn = 8000.0;
    s.output_tokens_per_turn = 500.0;
    let a100 = gpu("nvidia-a100-80gb");
    let req = request(arch("llama3-8b"), Precision::Fp16, a100, 1, None, &s);
    let err = size(&req, &candidates()).unwrap_err();
    match err {
        SizingError::ContextTooLong {
            requested,
            max,
            suggest,
        } => {
            assert_eq!((requested, max), (8500.0, 8192));
            assert_eq!(suggest.context_tokens, Some(8192.0));
            assert_eq!((suggest.precision, suggest.gpus), (None, None));
            assert!(
                suggest.cards.is_empty(),
                "no card lengthens the model's context"
            );
        }
        e => panic!("want ContextTooLong, got {e:?}"),
    }
}

#[test]
fn a_first_token_target_out_of_reach() {
    // Llama 3 70B INT8 on one A100 80 GB, first token within 100 ms: prefill 500 × 140e9 ÷
    // 156e12 = 0.448718 s. INT4 computes at the same FP16 rate and the A100 has no FP8: no
    // precision helps. 2 GPUs 0.224 s, 4: 0.112 s, 8: 0.0561 s → 8. H100: 1 GPU 0.1415 s, 2:
    // 0.0707 s → 2; A100 40 GB: 2-way does not fit (36.106 > 36), 4-way 0.112 s, 8-way
    // 0.056 s → 8; L4 (8-way 0.145 s) and T4 (8-way 0.269 s) never. A shorter prompt: 500 s
    // × 140e9 ÷ 156e12 ≤ 0.1 → s ≤ 0.222857; × 650 = 144.86 → 144 tokens.
    let a100 = gpu("nvidia-a100-80gb");
    let mut req = request(arch("llama3-70b"), Precision::Int8, a100, 1, None, &s000());
    req.latency = LatencyTarget {
        first_token_ms: 100.0,
        ..TARGETS
    };
    let err = size(&req, &candidates()).unwrap_err();
    match err {
        SizingError::LatencyUnreachable {
            which,
            best_ms,
            target_ms,
            suggest,
        } => {
            assert_eq!(which, LatencyKind::FirstToken);
            near(best_ms, 7e13 / 156e12 * 1e3);
            assert_eq!(target_ms, 100.0);
            assert_eq!(suggest.precision, None);
            assert_eq!(suggest.gpus, Some(8));
            assert_eq!(
                suggest.cards,
                cards(&[("nvidia-h100-sxm", 2), ("nvidia-a100-40gb", 8)])
            );
            assert_eq!(suggest.context_tokens, Some(144.0));
        }
        e => panic!("want LatencyUnreachable, got {e:?}"),
    }
}

#[test]
fn a_per_token_target_out_of_reach() {
    // 70B INT8 on one A100 80 GB, 10 ms a token: one stream steps (70e9 + 575 × 327,680) ÷
    // 1427.3e9 = 0.049176 s = 49.18 ms; INT4 halves the weights: (35e9 + 188,416,000) ÷
    // 1427.3e9 = 24.65 ms, still over; 8 GPUs: (70e9 + 188,416,000) ÷ 11,418.4e9 = 6.147 ms
    // → 8 (first token 0.056 s ≤ 2 s).
    let a100 = gpu("nvidia-a100-80gb");
    let mut req = request(arch("llama3-70b"), Precision::Int8, a100, 1, None, &s000());
    req.latency = LatencyTarget {
        per_token_ms: 10.0,
        ..TARGETS
    };
    let err = size(&req, &candidates()).unwrap_err();
    match err {
        SizingError::LatencyUnreachable {
            which,
            best_ms,
            suggest,
            ..
        } => {
            assert_eq!(which, LatencyKind::PerToken);
            near(best_ms, 70_188_416_000.0 / 1427.3e9 * 1e3);
            assert_eq!(suggest.precision, None);
            assert_eq!(suggest.gpus, Some(8));
        }
        e => panic!("want LatencyUnreachable, got {e:?}"),
    }
}

#[test]
fn missing_figures_are_named() {
    // A model whose parameter count is unknown (every catalog LLM now has one, so a copy of
    // Llama 3 8B without it): named, and no card can help.
    let t4 = gpu("nvidia-t4");
    let mut unsized_arch = arch("llama3-8b").clone();
    unsized_arch.id = ArchId::new("no-params");
    unsized_arch.parameters_billions = None;
    let req = request(&unsized_arch, Precision::Int8, t4, 1, None, &s000());
    match size(&req, &candidates()).unwrap_err() {
        SizingError::MissingFigure {
            record,
            figure,
            suggest,
        } => {
            assert_eq!(
                (record.as_str(), figure),
                ("no-params", "parameters_billions")
            );
            assert!(suggest.is_empty(), "{suggest:?}");
        }
        e => panic!("want MissingFigure, got {e:?}"),
    }
    // A card without an FP16 figure: named, and the cards that have it are offered.
    let mut g = t4.clone();
    g.id = GpuId::new("no-fp16");
    g.fp16_dense_tflops = None;
    let req = request(arch("llama3-8b"), Precision::Int8, &g, 1, None, &s000());
    match size(&req, &candidates()).unwrap_err() {
        SizingError::MissingFigure {
            record,
            figure,
            suggest,
        } => {
            assert_eq!((record.as_str(), figure), ("no-fp16", "fp16_dense_tflops"));
            assert_eq!(
                suggest.cards.first().map(|c| c.gpu.as_str()),
                Some("nvidia-t4")
            );
            assert_eq!(suggest.cards.len(), 5);
        }
        e => panic!("want MissingFigure, got {e:?}"),
    }
}

#[test]
fn out_of_range_inputs_are_rejected_by_name() {
    let t4 = gpu("nvidia-t4");
    let base = request(arch("llama3-8b"), Precision::Int8, t4, 1, None, &s000());
    let field = |r: &deploycalc_core::engine::sizing::SizingRequest| match size(r, &[]) {
        Err(SizingError::InvalidInput { field, .. }) => field,
        other => panic!("want InvalidInput, got {other:?}"),
    };
    let mut r = base;
    r.shape.gpus = 0;
    assert_eq!(field(&r), "gpus");
    let mut r = base;
    r.headroom = 1.5;
    assert_eq!(field(&r), "headroom");
    let mut r = base;
    r.demand.output_tokens_per_request = 0.0;
    assert_eq!(field(&r), "output_tokens_per_request");
    let mut r = base;
    r.demand.peak_requests_per_s = f64::NAN;
    assert_eq!(field(&r), "peak_requests_per_s");
    let mut r = base;
    r.latency.first_token_ms = 0.0;
    assert_eq!(field(&r), "first_token_ms");
}
