//! Throughput and latency of one replica, a roofline: a decode step reads every weight and
//! the KV cache of every sequence in the batch once and does 2 × parameters FLOPs per
//! sequence; it takes the longer of the memory time and the compute time. Prefill is the
//! same forward pass over all input tokens at once, bounded by compute.
//!
//! Not modelled: attention FLOPs (small beside the weights' at these contexts), the
//! communication cost of tensor parallelism, queueing, speculative decoding, prefix caching.

use super::error::{positive, SizingError};
use super::memory::{fit_on, ModelFigures, BYTES_PER_GB};
use crate::model::catalog::{GpuRecord, ModelArch};
use crate::model::vocab::Precision;

/// Share of peak memory bandwidth a decode step achieves (model bandwidth utilisation, MBU,
/// as Databricks / MosaicML define it in "LLM Inference Performance Engineering: Best
/// Practices", 2023-10-12: achieved bytes/s ÷ peak). 0.7 is our estimate for a tuned
/// engine, a little under one public measurement: vLLM serving Llama 3.1 8B (BF16) on one
/// A100 40 GB decoded about 75 tokens/s at one stream, "roughly 77 % of the GPU's
/// memory-bandwidth ceiling" (John Musgrave, "vLLM throughput-latency sweep on NVIDIA
/// A100", johnmusgrave.com, vLLM 0.23.0). Calibration (docs/sizing-calibration.md,
/// 2026-12-04): the single-stream vLLM runs imply 0.74 (H100 SXM), 0.78 (A100 40 GB) and
/// 0.87 (L4), so 0.7 predicts one stream 5–20 % slow; raising it would speed up every
/// decode-bound row, those the model already predicts fast too (4-bit weights, the H100 at
/// 16 in flight), and the table's errors are two-sided (2026-12-05, with each run's prefill
/// paid), so it is kept.
pub const DECODE_BANDWIDTH_EFFICIENCY: f64 = 0.7;

/// Share of peak dense tensor throughput a compute-bound decode step achieves (MFU). An
/// estimate (large-batch decode runs skinny matrix products that reach about half of peak).
/// Calibration (docs/sizing-calibration.md, 2026-12-04): one run in the table is decode
/// compute-bound under the model (Llama 3 70B FP8 on two H100s, 128 in and 128 out, 256
/// sequences); with its prefill paid the model comes +11 % fast, a hint that 0.5 is a little
/// high for tensor-parallel decode (whose communication is not modelled). One run is too
/// little to move it; kept.
pub const DECODE_MFU: f64 = 0.5;

/// Share of peak dense tensor throughput prefill achieves (MFU). An estimate: prefill is
/// large matrix products, typically 40–60 % of peak in serving engines. Calibration
/// (docs/sizing-calibration.md, 2026-12-04): with each batch's prefill paid at this rate,
/// TensorRT-LLM's offline H100 runs come within −12 % to +26 % (2048 in, 128 out: −12 %,
/// the prefill-bound one), so it is kept.
pub const PREFILL_MFU: f64 = 0.5;

/// The most sequences one replica batches: vLLM's default `max_num_seqs` for its OpenAI
/// server, 256 on every GPU except boards of ≥ 70 GiB that are not A100s, where it is 1024
/// (vllm-project/vllm, `vllm/engine/arg_utils.py`, `default_max_num_seqs`). 256 for all
/// keeps one rule; on an H100 it errs towards fewer tokens/s.
pub const MAX_BATCH: f64 = 256.0;

/// Dense tensor throughput (TFLOPS) `gpu` computes with at `precision`: FP16 for FP16 and for
/// the weight-only INT8 and INT4 formats (the weights are dequantised to FP16 before the
/// matrix product: INT8 here means weight-only, not W8A8); FP8 on boards with native FP8,
/// else FP16 (the FP8 weights run weight-only). `MissingFigure` when the figure is unknown.
pub fn compute_tflops(gpu: &GpuRecord, precision: Precision) -> Result<f64, SizingError> {
    let fp16 = || {
        gpu.fp16_dense_tflops
            .ok_or_else(|| SizingError::missing(gpu.id.as_str(), "fp16_dense_tflops"))
    };
    let tflops = match precision {
        Precision::Fp8 => match gpu.fp8_dense_tflops {
            Some(t) => t,
            None => fp16()?,
        },
        Precision::Fp16 | Precision::Int8 | Precision::Int4 => fp16()?,
    };
    positive("dense_tflops", tflops)
}

/// The GPU's memory per board, GB, or `MissingFigure`.
pub fn memory_gb(gpu: &GpuRecord) -> Result<f64, SizingError> {
    let v = gpu
        .memory_gb
        .ok_or_else(|| SizingError::missing(gpu.id.as_str(), "memory_gb"))?;
    positive("memory_gb", v)
}

/// The GPU's memory bandwidth, GB/s, or `MissingFigure`.
pub fn bandwidth_gb_s(gpu: &GpuRecord) -> Result<f64, SizingError> {
    let v = gpu
        .memory_bandwidth_gb_s
        .ok_or_else(|| SizingError::missing(gpu.id.as_str(), "memory_bandwidth_gb_s"))?;
    positive("memory_bandwidth_gb_s", v)
}

/// One replica's roofline: what a step reads and computes, and how fast the group does it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Roofline {
    /// Weight bytes read per step.
    pub weight_bytes: f64,
    pub kv_bytes_per_token: f64,
    /// FLOPs per token through the weights: 2 × parameters.
    pub flops_per_token: f64,
    /// Effective bytes/s of the group: bandwidth × gpus × [`DECODE_BANDWIDTH_EFFICIENCY`].
    pub bytes_per_s: f64,
    /// Effective decode FLOP/s: tflops × gpus × [`DECODE_MFU`].
    pub decode_flops: f64,
    /// Effective prefill FLOP/s: tflops × gpus × [`PREFILL_MFU`].
    pub prefill_flops: f64,
}

impl Roofline {
    /// The roofline of `m` at `precision` split over `gpus` GPUs of `gpu`.
    pub fn new(
        m: &ModelFigures,
        gpu: &GpuRecord,
        gpus: u32,
        precision: Precision,
    ) -> Result<Roofline, SizingError> {
        let n = f64::from(gpus);
        let bw = bandwidth_gb_s(gpu)?;
        let tflops = compute_tflops(gpu, precision)?;
        Ok(Roofline {
            weight_bytes: m.weights_gb(precision) * BYTES_PER_GB,
            kv_bytes_per_token: m.kv_bytes_per_token(precision),
            flops_per_token: 2.0 * m.parameters_billions * 1e9,
            bytes_per_s: bw * BYTES_PER_GB * n * DECODE_BANDWIDTH_EFFICIENCY,
            decode_flops: tflops * 1e12 * n * DECODE_MFU,
            prefill_flops: tflops * 1e12 * n * PREFILL_MFU,
        })
    }

    /// Seconds of one decode step for `batch` sequences at an average context of
    /// `avg_context` tokens: max(memory time, compute time).
    pub fn step_s(&self, batch: f64, avg_context: f64) -> f64 {
        let bytes = self.weight_bytes + batch * avg_context * self.kv_bytes_per_token;
        let memory = bytes / self.bytes_per_s;
        let compute = self.flops_per_token * batch / self.decode_flops;
        memory.max(compute)
    }

    /// Seconds to prefill `input_tokens`: max(reading the weights once, 2 × parameters ×
    /// input ÷ effective FLOP/s). The first token appears after it.
    pub fn prefill_s(&self, input_tokens: f64) -> f64 {
        let memory = self.weight_bytes / self.bytes_per_s;
        let compute = self.flops_per_token * input_tokens / self.prefill_flops;
        memory.max(compute)
    }

    /// Output tokens/s of a run in which `batch` requests are prefilled together (`input_tokens`
    /// each) and then decoded together for `output_tokens` steps: batch × output ÷
    /// (prefill(batch × input) + output × step(batch, average context)). What offline and
    /// batched-serving benchmarks measure: output tokens over the whole run, prefill included.
    pub fn run_tokens_per_s(&self, batch: f64, input_tokens: f64, output_tokens: f64) -> f64 {
        let step = self.step_s(batch, avg_decode_context(input_tokens, output_tokens));
        let prefill = self.prefill_s(batch * input_tokens);
        batch * output_tokens / (prefill + output_tokens * step)
    }

    /// The largest batch (real, not rounded) whose step stays within `step_target_s` at
    /// `avg_context`: the smaller of the memory bound (target × bytes/s − weights) ÷ (context
    /// × KV per token) and the compute bound target × FLOP/s ÷ FLOPs per token.
    pub fn batch_within(&self, step_target_s: f64, avg_context: f64) -> f64 {
        let memory = (step_target_s * self.bytes_per_s - self.weight_bytes)
            / (avg_context * self.kv_bytes_per_token);
        let compute = step_target_s * self.decode_flops / self.flops_per_token;
        memory.min(compute)
    }
}

/// Average context of a sequence while decoding: input + output ÷ 2 (the context grows from
/// the input to input + output).
pub fn avg_decode_context(input_tokens: f64, output_tokens: f64) -> f64 {
    input_tokens + output_tokens / 2.0
}

/// What the model predicts for one benchmark configuration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prediction {
    /// Output tokens per second of the whole replica over a run that pays its prefill
    /// ([`Roofline::run_tokens_per_s`]): the batch's prompts are prefilled together, then
    /// decoded together. One stream: output ÷ (its prompt's prefill + output × step). A batch:
    /// batch × output ÷ (prefill of batch × input tokens + output × step), so long prompts
    /// against short outputs weigh. Not the decode rate alone, which is batch ÷ step
    /// ([`Prediction::decode_tokens_per_s`]).
    pub output_tokens_per_s: f64,
    /// The decode rate alone, batch ÷ step: output tokens/s while the batch decodes, prefill
    /// left out. What a benchmark that reports "decode tokens/s" (or 1 ÷ time a token per
    /// stream) measures.
    pub decode_tokens_per_s: f64,
    /// Time to first token, ms: the prefill of one request (no queueing).
    pub ttft_ms: f64,
    /// Time per output token, ms: one decode step at the batch.
    pub tpot_ms: f64,
    /// Sequences decoded together: the concurrency, capped by memory and [`MAX_BATCH`].
    pub batch: f64,
}

/// The prediction for `concurrency` requests of `input_tokens` in and `output_tokens` out on
/// `arch` at `precision` split over exactly `gpus` GPUs of `gpu`, for comparing with a
/// published benchmark. The batch is the concurrency capped by what fits in memory and by
/// [`MAX_BATCH`]. Tokens/s is over the whole run, prefill included (see
/// [`Prediction::output_tokens_per_s`]); time a token is one decode step; time to the first
/// token is one request's prefill. `DoesNotFit` when not even one sequence fits.
pub fn predict(
    arch: &ModelArch,
    gpu: &GpuRecord,
    gpus: u32,
    precision: Precision,
    concurrency: u32,
    input_tokens: f64,
    output_tokens: f64,
) -> Result<Prediction, SizingError> {
    positive("gpus", f64::from(gpus))?;
    positive("concurrency", f64::from(concurrency))?;
    super::error::at_least("input_tokens", input_tokens, 0.0)?;
    super::error::at_least("output_tokens", output_tokens, 1.0)?;
    let m = ModelFigures::of(arch)?;
    let mem = memory_gb(gpu)?;
    let context = input_tokens + output_tokens;
    let fit = fit_on(&m, precision, mem, gpus, context, 1.0)
        .map_err(|f| super::memory::does_not_fit(Some(f), mem))?;
    let roof = Roofline::new(&m, gpu, gpus, precision)?;
    let batch = f64::from(concurrency).min(fit.max_sequences).min(MAX_BATCH);
    let step = roof.step_s(batch, avg_decode_context(input_tokens, output_tokens));
    Ok(Prediction {
        output_tokens_per_s: roof.run_tokens_per_s(batch, input_tokens, output_tokens),
        decode_tokens_per_s: batch / step,
        ttft_ms: roof.prefill_s(input_tokens) * 1e3,
        tpot_ms: step * 1e3,
        batch,
    })
}
