//! The sizing model (issue #16 item 2 and item 4): every formula against figures worked
//! out by hand from the catalog's records (the arithmetic is in the comments), the seeds'
//! cases, boundaries, monotonicity, and bad input with what would work instead.
//!
//! The GPU and model figures the arithmetic uses are asserted once in
//! `fit::the_figures_the_arithmetic_uses`, so a changed record shows there first.

mod bad_input;
mod crossing;
mod deploy;
mod fit;
mod money;
mod props;
mod speed;

use crate::common::catalog;
use deploycalc_core::engine::sizing::{
    InstanceShape, LatencyTarget, SizingRequest, DEFAULT_HEADROOM,
};
use deploycalc_core::model::catalog::{GpuRecord, ModelArch};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::{Precision, Workload};

pub fn gpu(id: &str) -> &'static GpuRecord {
    catalog().gpu(id).unwrap_or_else(|| panic!("no GPU `{id}`"))
}

pub fn arch(id: &str) -> &'static ModelArch {
    catalog()
        .model_arch(id)
        .unwrap_or_else(|| panic!("no model architecture `{id}`"))
}

/// Equal to within 10⁻⁹ relative (float noise of the hand arithmetic).
#[track_caller]
pub fn near(got: f64, want: f64) {
    assert!(
        (got - want).abs() <= 1e-9 * want.abs().max(1.0),
        "got {got}, want {want}"
    );
}

/// Equal to within `tol` relative: for hand figures written to a few digits.
#[track_caller]
pub fn about(got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol * want.abs().max(1e-12),
        "got {got}, want {want} (± {tol})"
    );
}

/// 2 s to the first token, 100 ms a token.
pub const TARGETS: LatencyTarget = LatencyTarget {
    first_token_ms: 2000.0,
    per_token_ms: 100.0,
};

/// Seed 000's preset: 10 peak conversations, 100 h a month, 4 turns a minute, 500 tokens in
/// and 150 out a turn, always on, 2000 ms latency target.
pub fn s000() -> Scenario {
    Scenario::preset(Workload::S000)
}

/// Seed 000's preset with `peak` concurrent conversations.
pub fn with_peak(peak: f64) -> Scenario {
    let mut s = s000();
    s.peak_concurrency = peak;
    s
}

/// A request for scenario `s` with [`TARGETS`] and the default headroom.
pub fn request<'a>(
    arch: &'a ModelArch,
    precision: Precision,
    gpu: &'a GpuRecord,
    gpus: u32,
    hourly: Option<f64>,
    s: &Scenario,
) -> SizingRequest<'a> {
    let shape = InstanceShape { gpu, gpus, hourly };
    let mut r = SizingRequest::from_scenario(arch, precision, shape, s);
    r.latency = TARGETS;
    assert_eq!(r.headroom, DEFAULT_HEADROOM);
    r
}

/// The candidate cards the suggestion tests pass: T4, L4, A100 40 GB, A100 80 GB, H100 SXM
/// (in this order: ties sort stably).
pub fn candidates() -> Vec<GpuRecord> {
    [
        "nvidia-t4",
        "nvidia-l4",
        "nvidia-a100-40gb",
        "nvidia-a100-80gb",
        "nvidia-h100-sxm",
    ]
    .iter()
    .map(|id| gpu(id).clone())
    .collect()
}
