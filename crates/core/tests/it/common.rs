//! Shared helpers for the native test suites (each suite uses some of them).
#![allow(dead_code)]

use deploycalc_core::engine::audit::{audit, Audit};
use deploycalc_core::engine::estimate::{estimate, Estimate};
use deploycalc_core::model::catalog::plan::Plan;
use deploycalc_core::model::catalog::{self, Catalog};
use deploycalc_core::model::money::{Fx, MoneyRange};
use deploycalc_core::model::scenario::Scenario;
use deploycalc_core::model::vocab::Workload;

/// The embedded catalog; panics with every load error listed.
pub fn catalog() -> &'static Catalog {
    match catalog::shared() {
        Ok(c) => c,
        Err(errs) => panic!("catalog does not load: {errs:#?}"),
    }
}

pub fn plan(id: &str) -> &'static Plan {
    catalog()
        .plan(id)
        .unwrap_or_else(|| panic!("no plan `{id}`"))
}

/// Estimate of plan `id` under `s`.
pub fn est(id: &str, s: &Scenario) -> Estimate {
    estimate(plan(id), s, catalog())
}

/// Estimate of plan `id` under its workload's preset.
pub fn est_default(id: &str) -> Estimate {
    let p = plan(id);
    estimate(p, &Scenario::preset(p.workload), catalog())
}

/// Seed audit of plan `id` under `s`.
/// Indexes of the lines the audit flags (more than 10 % from the seed's figure).
pub fn flagged_lines(a: &Audit) -> Vec<usize> {
    a.lines
        .iter()
        .filter(|l| l.flagged)
        .map(|l| l.index)
        .collect()
}

pub fn audit_of(id: &str, s: &Scenario) -> Audit {
    audit(plan(id), &est(id, s), Fx::new(s.fx_rate))
}

pub fn preset(w: Workload) -> Scenario {
    Scenario::preset(w)
}

/// A workload's preset with the seeds' GPU counts priced (`gc=0`, e.g. seed 000's 50 users per
/// g4dn): for the suites worked out by hand with the seed's constant, whose subject is not the
/// GPU count (curves, break-even, exports, overrides). The model's count, the default since
/// URL version 2, is worked out in `gpu_default`.
pub fn seed_counts(w: Workload) -> Scenario {
    Scenario {
        gpus_from_model: false,
        ..Scenario::preset(w)
    }
}

/// Equal to within a cent-fraction (floating-point sums of prices).
pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6 * b.abs().max(1.0)
}

/// Asserts a money range equals `(low, high)` to within rounding.
#[track_caller]
pub fn assert_range(r: MoneyRange, low: f64, high: f64) {
    assert!(
        close(r.low, low) && close(r.high, high),
        "expected {low}–{high} {:?}, got {}–{}",
        r.currency,
        r.low,
        r.high
    );
}

/// The subtotal of line `n` of an estimate (panics if unknown).
#[track_caller]
pub fn line(e: &Estimate, n: usize) -> MoneyRange {
    e.lines[n]
        .subtotal
        .unwrap_or_else(|| panic!("line {n} of {} has no known price", e.plan.as_str()))
}
