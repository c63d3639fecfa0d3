//! Records whose published tokens/s is a decode rate, not output over a run: the
//! calibration compares them with the model's decode rate.

use deploycalc_core::model::catalog::LlmBenchmark;

/// Records whose published tokens/s is a decode rate (tokens/s while decoding, prefill left
/// out), compared with [`Prediction::decode_tokens_per_s`] rather than a run's rate; each with
/// the reason.
///
/// [`Prediction::decode_tokens_per_s`]: deploycalc_core::engine::sizing::Prediction
pub const DECODE_RATES: &[(&str, &str)] = &[
    ("bench-t4-autoawq-mistral-7b-int4-c1", AUTOAWQ_DECODE),
    ("bench-rtx4090-autoawq-mistral-7b-int4-c1", AUTOAWQ_DECODE),
    ("bench-rtx4090-autoawq-mistral-7b-int4-b8", AUTOAWQ_DECODE),
    (
        "bench-a100-40gb-vllm-llama31-8b-bf16-c1",
        "the article's words: \"decode at one request per time runs at about 75 tokens/sec\"",
    ),
    (
        "bench-a100-40gb-vllm-llama31-8b-bf16-c8",
        "derived as 75 (the one stream's decode rate) × 6.6 (the article's gain at 8), and it \
         cannot be output over a run: 8 × 128 tokens at 495 tokens/s take 2.07 s, of which 128 \
         decode steps at the pace the one stream measured (75 tokens/s × 16.14e9 B = 1.21e12 \
         B/s; 17.14e9 B a step at 8, 14.2 ms) take 1.81 s, leaving 0.26 s to prefill 8 × 1024 \
         tokens, 8,192 × 16e9 = 1.31e14 FLOPs: 510 TFLOPS, above the A100's 312 peak",
    ),
];

const AUTOAWQ_DECODE: &str = "AutoAWQ's benchmark prints prefill and decode tokens/s in \
     separate columns; the record quotes the decode column";

/// Why `b`'s published tokens/s is a decode rate, if it is one ([`DECODE_RATES`]).
pub fn decode_rate(b: &LlmBenchmark) -> Option<&'static str> {
    DECODE_RATES
        .iter()
        .find(|(id, _)| *id == b.id.as_str())
        .map(|(_, why)| *why)
}
