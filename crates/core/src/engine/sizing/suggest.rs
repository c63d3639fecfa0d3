//! What would work instead (issue #16 item 4): each suggestion is one change to the request
//! (precision, GPU count, card, context) under which the same replica search succeeds.
//! Only computed on the error path.

use super::error::{CardFit, SizingError, Suggestions};
use super::memory::{ModelFigures, MAX_TENSOR_PARALLEL};
use super::replicas::{best_replica, LatencyTarget, ReplicaSetup};
use crate::model::catalog::{GpuRecord, ModelArch};
use crate::model::vocab::Precision;

/// Everything one replica search depends on.
#[derive(Clone, Copy, Debug)]
pub(super) struct Query<'a> {
    pub arch: &'a ModelArch,
    pub gpu: &'a GpuRecord,
    pub instance_gpus: u32,
    pub precision: Precision,
    pub input_tokens: f64,
    pub output_tokens: f64,
    pub latency: LatencyTarget,
}

impl Query<'_> {
    /// The replica for this query: the model's figures, the context limit, then the best
    /// split (see [`best_replica`]).
    pub fn replica(&self) -> Result<ReplicaSetup, SizingError> {
        let m = ModelFigures::of(self.arch)?;
        let context = self.input_tokens + self.output_tokens;
        if let Some(max) = m.max_context_tokens {
            if context > f64::from(max) {
                return Err(SizingError::ContextTooLong {
                    requested: context,
                    max,
                    suggest: Suggestions::default(),
                });
            }
        }
        best_replica(
            &m,
            self.gpu,
            self.instance_gpus,
            self.precision,
            self.input_tokens,
            self.output_tokens,
            self.latency,
        )
    }

    fn works(&self) -> bool {
        self.replica().is_ok()
    }
}

/// Most bisection steps for the longest context that works (whole tokens: 40 steps cover
/// 2⁴⁰ tokens).
pub const CONTEXT_STEPS: u32 = 40;

/// Fills the suggestions of `err` (when it has any) for query `q`, trying `candidates`.
pub(super) fn fill(err: &mut SizingError, q: &Query, candidates: &[GpuRecord]) {
    if let Some(s) = err.suggestions_mut() {
        s.precision = smaller_precision(q);
        s.gpus = more_gpus(q);
        s.cards = other_cards(q, candidates);
        s.context_tokens = shorter_context(q);
    }
}

/// The most precise precision below the asked one that works (FP8 only on FP8 boards).
fn smaller_precision(q: &Query) -> Option<Precision> {
    let asked = q.precision.bytes_per_weight();
    [Precision::Fp8, Precision::Int8, Precision::Int4]
        .into_iter()
        .filter(|p| p.bytes_per_weight() < asked)
        .filter(|&p| p != Precision::Fp8 || q.gpu.fp8_dense_tflops.is_some())
        .find(|&p| Query { precision: p, ..*q }.works())
}

/// The fewest GPUs of the same card, above the instance's count, that work.
fn more_gpus(q: &Query) -> Option<u32> {
    [2u32, 4, 8]
        .into_iter()
        .filter(|&n| n > q.instance_gpus && n <= MAX_TENSOR_PARALLEL)
        .find(|&n| {
            Query {
                instance_gpus: n,
                ..*q
            }
            .works()
        })
}

/// Other candidate cards that work at the same precision, each with the fewest GPUs it
/// needs; fewest GPUs first, then least memory.
fn other_cards(q: &Query, candidates: &[GpuRecord]) -> Vec<CardFit> {
    let mut fits: Vec<(u32, f64, CardFit)> = candidates
        .iter()
        .filter(|g| g.id != q.gpu.id)
        .filter_map(|g| {
            let n = [1u32, 2, 4, 8].into_iter().find(|&n| {
                Query {
                    gpu: g,
                    instance_gpus: n,
                    ..*q
                }
                .works()
            })?;
            let card = CardFit {
                gpu: g.id.clone(),
                gpus: n,
            };
            Some((n, g.memory_gb.unwrap_or(f64::INFINITY), card))
        })
        .collect();
    fits.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    fits.into_iter().map(|(_, _, c)| c).collect()
}

/// The longest context (input and output shortened in proportion, within the model's
/// maximum) that works, when shorter than asked; `None` when none with at least one output
/// token does.
fn shorter_context(q: &Query) -> Option<f64> {
    let context = q.input_tokens + q.output_tokens;
    let at = |tokens: f64| {
        let s = tokens / context;
        Query {
            input_tokens: q.input_tokens * s,
            output_tokens: q.output_tokens * s,
            ..*q
        }
        .works()
    };
    // Fewest tokens that still keep one output token: context ÷ output.
    let fewest = (context / q.output_tokens).ceil();
    let max = ModelFigures::of(q.arch).ok()?.max_context_tokens;
    let limit = max.map_or(context, |m| f64::from(m).min(context)).floor();
    if limit < fewest {
        return None;
    }
    if at(limit) {
        return (limit < context).then_some(limit);
    }
    if !at(fewest) {
        return None;
    }
    // Bisect whole token counts: `lo` works, `hi` does not.
    let (mut lo, mut hi) = (fewest, limit);
    for _ in 0..CONTEXT_STEPS {
        if hi - lo <= 1.0 {
            break;
        }
        let mid = ((lo + hi) / 2.0).floor();
        if at(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(lo)
}
