//! One replica (GPU split, batch, throughput, latency) and the deployment for a demand
//! (replicas, whole instances, utilisation).

use super::demand::{sequences_in_flight, Demand};
use super::error::{LatencyKind, SizingError};
use super::memory::{does_not_fit, fit_on, split_options, MemoryFit, ModelFigures};
use super::throughput::{avg_decode_context, memory_gb, Roofline, MAX_BATCH};
use crate::model::catalog::GpuRecord;
use crate::model::vocab::Precision;

/// Share of a replica's capacity planned for use at the peak: 0.8 leaves a fifth for bursts
/// within the peak and for the latency growth of a fuller batch (a common capacity-planning
/// margin; the request can set its own).
pub const DEFAULT_HEADROOM: f64 = 0.8;

/// Default per-token latency limit, ms: 100 ms is 10 tokens/s per stream, faster than
/// people read (about 4–5 words/s) or speak (about 2.5 words/s), so neither chat nor
/// synthesised speech waits on the model.
pub const DEFAULT_TPOT_TARGET_MS: f64 = 100.0;

/// The latency limits a replica must meet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatencyTarget {
    /// Time to first token, ms.
    pub first_token_ms: f64,
    /// Time per output token, ms.
    pub per_token_ms: f64,
}

/// The replica chosen for a model on a card within one instance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReplicaSetup {
    /// The memory fit on the chosen split (its `gpus` are the GPUs per replica).
    pub fit: MemoryFit,
    pub roofline: Roofline,
    /// Sequences decoded together at full load: the largest that fits in memory, keeps the
    /// step within the per-token limit, and is at most [`MAX_BATCH`].
    pub batch: f64,
    /// Output tokens/s of the replica at that batch: batch ÷ step time.
    pub tokens_per_s: f64,
    /// Prefill time of one request, s (the time to first token).
    pub prefill_s: f64,
    /// Average context while decoding (input + output ÷ 2).
    pub avg_context: f64,
}

/// The largest whole batch ≤ `x` (with a hair of tolerance for float noise).
fn whole(x: f64) -> f64 {
    (x + 1e-9).floor()
}

/// The best replica of `m` on `gpu` within an instance of `instance_gpus` GPUs: among the
/// splits (1, 2, 4, 8 GPUs) on which one sequence of the full context fits and both latency
/// limits are met at batch 1, the one with the most output tokens/s per instance (replicas
/// per instance × tokens/s per replica; fewer GPUs on a tie, as when both splits are
/// compute-bound). Errors: `DoesNotFit` when no
/// split holds one sequence; `LatencyUnreachable` (first token, else per token) with the best
/// figure over the fitting splits.
pub fn best_replica(
    m: &ModelFigures,
    gpu: &GpuRecord,
    instance_gpus: u32,
    precision: Precision,
    input_tokens: f64,
    output_tokens: f64,
    latency: LatencyTarget,
) -> Result<ReplicaSetup, SizingError> {
    let mem = memory_gb(gpu)?;
    let context = input_tokens + output_tokens;
    let avg = avg_decode_context(input_tokens, output_tokens);
    let (ttft_target, tpot_target) = (latency.first_token_ms / 1e3, latency.per_token_ms / 1e3);
    let mut unfit = None;
    let (mut best_ttft, mut best_tpot) = (f64::INFINITY, f64::INFINITY);
    let mut best: Option<(f64, ReplicaSetup)> = None;
    for n in split_options(instance_gpus) {
        let fit = match fit_on(m, precision, mem, n, context, 1.0) {
            Ok(f) => f,
            Err(f) => {
                unfit = Some(f);
                continue;
            }
        };
        let roof = Roofline::new(m, gpu, n, precision)?;
        let prefill = roof.prefill_s(input_tokens);
        best_ttft = best_ttft.min(prefill);
        if prefill > ttft_target {
            continue;
        }
        best_tpot = best_tpot.min(roof.step_s(1.0, avg));
        let batch = whole(
            roof.batch_within(tpot_target, avg)
                .min(fit.max_sequences)
                .min(MAX_BATCH),
        );
        if batch < 1.0 {
            continue;
        }
        let tokens_per_s = batch / roof.step_s(batch, avg);
        let per_instance = f64::from(instance_gpus / n) * tokens_per_s;
        if best
            .as_ref()
            .is_none_or(|(score, _)| per_instance > *score * (1.0 + 1e-9))
        {
            let setup = ReplicaSetup {
                fit,
                roofline: roof,
                batch,
                tokens_per_s,
                prefill_s: prefill,
                avg_context: avg,
            };
            best = Some((per_instance, setup));
        }
    }
    match best {
        Some((_, setup)) => Ok(setup),
        None if best_ttft.is_infinite() && unfit.is_some() => Err(does_not_fit(unfit, mem)),
        None if best_tpot.is_infinite() => Err(unreachable(
            LatencyKind::FirstToken,
            best_ttft,
            latency.first_token_ms,
        )),
        None => Err(unreachable(
            LatencyKind::PerToken,
            best_tpot,
            latency.per_token_ms,
        )),
    }
}

fn unreachable(which: LatencyKind, best_s: f64, target_ms: f64) -> SizingError {
    SizingError::LatencyUnreachable {
        which,
        best_ms: best_s * 1e3,
        target_ms,
        suggest: Default::default(),
    }
}

/// Whole units for a real count, with a hair of tolerance so that 2.000000000001 is 2.
pub fn whole_units(x: f64) -> u64 {
    let x = x - 1e-9 * x.abs().max(1.0);
    x.ceil().max(0.0) as u64
}

/// Replicas and instances for a demand, and how loaded they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Deployment {
    /// Replica-seconds of work per second at the peak: output tokens/s ÷ tokens/s per
    /// replica (decode) + requests/s × prefill seconds (prefill, counted as taking the
    /// replica whole: conservative, since a memory-bound step has spare compute).
    pub load: f64,
    /// ⌈load ÷ headroom⌉, at least 1.
    pub replicas: u64,
    /// Replicas one instance holds: ⌊GPUs per instance ÷ GPUs per replica⌋.
    pub replicas_per_instance: u64,
    /// ⌈replicas ÷ replicas per instance⌉.
    pub instances: u64,
    /// Load ÷ replicas deployed (instances × replicas per instance).
    pub utilisation: f64,
    /// Sequences each needed replica decodes together at the peak: the full batch × the
    /// decode share of its capacity in use, at least 1 (a smaller batch steps faster, so
    /// this errs slow).
    pub operating_batch: f64,
    /// Time per output token at the operating batch, s.
    pub tpot_s: f64,
    /// Sequences in flight over all replicas (Little's law).
    pub sequences_in_flight: f64,
}

/// The deployment of `setup` for `demand` with `headroom` on instances of `instance_gpus`.
pub fn deploy(
    setup: &ReplicaSetup,
    demand: &Demand,
    headroom: f64,
    instance_gpus: u32,
) -> Deployment {
    let decode = demand.peak_output_tokens_per_s() / setup.tokens_per_s;
    let load = decode + demand.peak_requests_per_s * setup.prefill_s;
    let replicas = whole_units(load / headroom).max(1);
    let per_instance = u64::from(instance_gpus / setup.fit.gpus).max(1);
    let instances = replicas.div_ceil(per_instance);
    let share = decode / replicas as f64;
    let operating_batch = (setup.batch * share).clamp(1.0, setup.batch);
    let tpot_s = setup.roofline.step_s(operating_batch, setup.avg_context);
    let stay_s = setup.prefill_s + demand.output_tokens_per_request * tpot_s;
    Deployment {
        load,
        replicas,
        replicas_per_instance: per_instance,
        instances,
        utilisation: load / (instances * per_instance) as f64,
        operating_batch,
        tpot_s,
        sequences_in_flight: sequences_in_flight(demand.peak_requests_per_s, stay_s),
    }
}
