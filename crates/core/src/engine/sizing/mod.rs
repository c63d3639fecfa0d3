//! Sizing self-hosted LLM inference from the traffic (issue #16 item 2): memory fit, decode
//! and prefill throughput, replicas within the latency limits, whole instances, billed
//! hours and monthly cost; owned hardware, staff time and the break-even against an API.
//!
//! Pure and cheap: [`size`] allocates nothing on success (suggestions are only searched on
//! the error path), so a bench can call it in a loop. Every constant is a named `pub const`
//! with its reason; the UI shows them as assumptions.
//!
//! - [`memory`]: weights + KV cache + overhead against usable VRAM, split over 1–8 GPUs;
//! - [`throughput`]: the roofline of a decode step and of prefill, and [`predict`];
//! - [`demand`]: peak rates and monthly tokens from the scenario;
//! - [`replicas`]: the best split and batch, replicas, instances, utilisation;
//! - [`cost`]: billing (always on, active hours, scale to zero), owned hardware, staff;
//! - [`break_even`]: the traffic at which an API costs as much as the GPUs;
//! - [`error`]: what goes wrong and what would work instead.

pub mod break_even;
pub mod cost;
pub mod demand;
pub mod error;
pub mod line;
pub mod memory;
pub mod replicas;
mod suggest;
pub mod throughput;

pub use break_even::{
    break_even, ApiPrice, BreakEven, BREAK_EVEN_MAX_MULTIPLIER, MAX_SCANNED_STEPS,
};
pub use cost::{
    cold_start_s, owned_monthly, staff_monthly, Billing, OwnedInputs, OwnedMonthly, StaffInputs,
    CONTAINER_START_S, LOAD_GB_PER_S,
};
pub use demand::Demand;
pub use error::{CardFit, LatencyKind, SizingError, Suggestions};
pub use memory::{
    MemoryFit, ModelFigures, MAX_TENSOR_PARALLEL, RUNTIME_OVERHEAD_GB, USABLE_VRAM_SHARE,
};
pub use replicas::{LatencyTarget, DEFAULT_HEADROOM, DEFAULT_TPOT_TARGET_MS};
pub use suggest::CONTEXT_STEPS;
pub use throughput::{
    predict, Prediction, DECODE_BANDWIDTH_EFFICIENCY, DECODE_MFU, MAX_BATCH, PREFILL_MFU,
};

use crate::model::catalog::{GpuRecord, ModelArch};
use crate::model::scenario::Scenario;
use crate::model::vocab::Precision;
use error::{at_least, positive};

/// Every constant of the model as (stable key, value), in the order the panel lists its
/// assumptions; the text layer words the keys.
pub const ASSUMPTIONS: [(&str, f64); 12] = [
    ("usable_vram_share", USABLE_VRAM_SHARE),
    ("runtime_overhead_gb", RUNTIME_OVERHEAD_GB),
    ("max_tensor_parallel", MAX_TENSOR_PARALLEL as f64),
    ("decode_bandwidth_efficiency", DECODE_BANDWIDTH_EFFICIENCY),
    ("decode_mfu", DECODE_MFU),
    ("prefill_mfu", PREFILL_MFU),
    ("max_batch", MAX_BATCH),
    ("default_headroom", DEFAULT_HEADROOM),
    ("default_tpot_target_ms", DEFAULT_TPOT_TARGET_MS),
    ("load_gb_per_s", LOAD_GB_PER_S),
    ("container_start_s", CONTAINER_START_S),
    ("break_even_max_multiplier", BREAK_EVEN_MAX_MULTIPLIER),
];

/// The machine a replica runs on: `gpus` boards of `gpu` in one instance (or one owned
/// server), at `hourly` (unknown: `None`) in the caller's currency.
#[derive(Clone, Copy, Debug)]
pub struct InstanceShape<'a> {
    pub gpu: &'a GpuRecord,
    pub gpus: u32,
    pub hourly: Option<f64>,
}

/// Everything one sizing depends on.
#[derive(Clone, Copy, Debug)]
pub struct SizingRequest<'a> {
    pub arch: &'a ModelArch,
    pub precision: Precision,
    pub shape: InstanceShape<'a>,
    pub demand: Demand,
    pub latency: LatencyTarget,
    /// Share of each replica's capacity planned for use at the peak, in (0, 1].
    pub headroom: f64,
    pub billing: Billing,
}

impl<'a> SizingRequest<'a> {
    /// The request for scenario `s`: its demand, its latency target as the first-token
    /// limit (with [`DEFAULT_TPOT_TARGET_MS`] per token), [`DEFAULT_HEADROOM`], and its GPU
    /// hours a day as the billing.
    pub fn from_scenario(
        arch: &'a ModelArch,
        precision: Precision,
        shape: InstanceShape<'a>,
        s: &Scenario,
    ) -> SizingRequest<'a> {
        SizingRequest {
            arch,
            precision,
            shape,
            demand: Demand::of(s),
            latency: LatencyTarget {
                first_token_ms: s.latency_target_ms,
                per_token_ms: DEFAULT_TPOT_TARGET_MS,
            },
            headroom: DEFAULT_HEADROOM,
            billing: Billing::of(s),
        }
    }

    fn check(&self) -> Result<(), SizingError> {
        positive("gpus", f64::from(self.shape.gpus))?;
        positive("headroom", self.headroom)?;
        if self.headroom > 1.0 {
            return Err(SizingError::InvalidInput {
                field: "headroom",
                value: self.headroom,
            });
        }
        positive("first_token_ms", self.latency.first_token_ms)?;
        positive("per_token_ms", self.latency.per_token_ms)?;
        if let Some(h) = self.shape.hourly {
            at_least("hourly", h, 0.0)?;
        }
        self.demand.check()?;
        self.billing.check()
    }

    fn query(&self) -> suggest::Query<'a> {
        suggest::Query {
            arch: self.arch,
            gpu: self.shape.gpu,
            instance_gpus: self.shape.gpus,
            precision: self.precision,
            input_tokens: self.demand.input_tokens_per_request,
            output_tokens: self.demand.output_tokens_per_request,
            latency: self.latency,
        }
    }
}

/// Everything the sizing panel shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sizing {
    /// Memory fit on the chosen split: GPUs per replica, weights, KV per token, the most
    /// sequences at the request's context.
    pub fit: MemoryFit,
    /// Sequences one replica decodes together at full load.
    pub batch: f64,
    /// Output tokens/s of one replica at that batch.
    pub tokens_per_s_per_replica: f64,
    /// Time to first token, ms.
    pub ttft_ms: f64,
    /// Time per output token at the peak's operating batch, ms.
    pub tpot_ms: f64,
    pub deployment: replicas::Deployment,
    /// Hours each instance is billed a month.
    pub billed_hours: f64,
    /// instances × hourly × billed hours; `None` when the hourly price is unknown.
    pub monthly_cost: Option<f64>,
    /// Seconds from zero to serving, when billed as scale-to-zero.
    pub cold_start_s: Option<f64>,
    /// What was sized (kept for [`break_even`]).
    pub demand: Demand,
    pub billing: Billing,
    pub headroom: f64,
    pub hourly: Option<f64>,
}

impl Sizing {
    pub fn gpus_per_replica(&self) -> u32 {
        self.fit.gpus
    }
    pub fn replicas(&self) -> u64 {
        self.deployment.replicas
    }
    pub fn instances(&self) -> u64 {
        self.deployment.instances
    }
    pub fn utilisation(&self) -> f64 {
        self.deployment.utilisation
    }
    /// Memory each GPU of a replica uses with the full batch at the full context, GB.
    pub fn need_gb_per_gpu_at_batch(&self) -> f64 {
        let f = &self.fit;
        memory::need_gb_per_gpu(
            f.weights_gb,
            f.kv_bytes_per_token,
            f.context_tokens,
            self.batch,
            f.gpus,
        )
    }
}

/// Sizes `req`. On an error that another choice could fix, the error's suggestions name
/// what would work, trying `candidates` (the catalog's GPUs) for a different card.
pub fn size(req: &SizingRequest, candidates: &[GpuRecord]) -> Result<Sizing, SizingError> {
    req.check()?;
    let q = req.query();
    let setup = q.replica().map_err(|mut e| {
        suggest::fill(&mut e, &q, candidates);
        e
    })?;
    let deployment = replicas::deploy(&setup, &req.demand, req.headroom, req.shape.gpus);
    let billed_hours = req.billing.billed_hours(&req.demand);
    Ok(Sizing {
        fit: setup.fit,
        batch: setup.batch,
        tokens_per_s_per_replica: setup.tokens_per_s,
        ttft_ms: setup.prefill_s * 1e3,
        tpot_ms: deployment.tpot_s * 1e3,
        deployment,
        billed_hours,
        monthly_cost: cost::monthly_cost(deployment.instances, req.shape.hourly, billed_hours),
        cold_start_s: matches!(req.billing, Billing::ScaleToZero)
            .then(|| cold_start_s(setup.fit.weights_gb)),
        demand: req.demand,
        billing: req.billing,
        headroom: req.headroom,
        hourly: req.shape.hourly,
    })
}
