//! A plan's fit beyond cost: capacity against the peak, latency against the target.

use super::{CapacityCheck, CapacityStatus, LatencyEstimate, Meets, StageLatency};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::quantity::{units_needed, Quantity};
use crate::model::catalog::Catalog;
use crate::model::money::Range;
use crate::model::scenario::Scenario;

/// The plan's capacity at the peak. `model`: the conversations one unit carries by the sizing
/// model, when the plan's GPUs are priced from it (`Scenario::gpus_from_model`); it replaces
/// the seed's figure, except that a plan which cannot add units serves at most the smaller of
/// the two (seed 000's local machine: the seed's 1 user is reachability, not GPU speed).
pub(super) fn capacity(plan: &Plan, s: &Scenario, model: Option<f64>) -> Option<CapacityCheck> {
    let cap = plan.capacity.as_ref()?;
    let per_unit = match model.filter(|c| c.is_finite() && *c > 0.0) {
        Some(c) if cap.scales => c,
        Some(c) => cap.per_unit.min(c.floor()),
        None => cap.per_unit,
    };
    let needed = units_needed(s.peak_concurrency, per_unit, 1.0);
    let status = if !cap.scales {
        if s.peak_concurrency <= per_unit {
            CapacityStatus::Ok
        } else {
            CapacityStatus::CannotScale {
                max_users: per_unit,
            }
        }
    } else if plan.lines.iter().any(|l| {
        matches!(l.quantity, Quantity::Instances { .. })
            || matches!(l.quantity, Quantity::Sized { .. }) && !l.quantity.prices_seed_count()
    }) {
        CapacityStatus::Ok
    } else {
        let priced = plan
            .lines
            .iter()
            .filter(|l| {
                matches!(
                    l.quantity,
                    Quantity::AlwaysOn { .. } | Quantity::GpuHours { .. }
                ) || l.quantity.prices_seed_count()
            })
            .filter_map(|l| l.quantity.units(s))
            .map(|r| r.high)
            .fold(0.0_f64, f64::max);
        if priced >= needed || priced == 0.0 {
            CapacityStatus::Ok
        } else {
            CapacityStatus::NeedsMore { needed, priced }
        }
    };
    Some(CapacityCheck {
        per_unit,
        needed_units: needed,
        scales: cap.scales,
        status,
        perf: cap.perf.clone(),
    })
}

pub(super) fn latency(plan: &Plan, s: &Scenario, catalog: &Catalog) -> Option<LatencyEstimate> {
    if plan.latency.is_empty() {
        return None;
    }
    let mut stages = Vec::new();
    for st in &plan.latency {
        if st.region.is_some_and(|r| r != s.region) {
            continue;
        }
        let Some((ms, upper_bound)) = catalog.perf_record(&st.perf).and_then(figure_ms) else {
            continue;
        };
        stages.push(StageLatency {
            stage: st.stage,
            perf: st.perf.clone(),
            ms,
            upper_bound,
        });
    }
    let total_ms = stages.iter().fold(Range::zero(), |acc, st| acc + st.ms);
    let stated_ms = plan
        .latency_stated
        .as_ref()
        .and_then(|id| catalog.perf_record(id))
        .and_then(figure_ms)
        .map(|(r, _)| r);
    let target_ms = s.latency_target_ms;
    let meets = if total_ms.high <= target_ms {
        Meets::Yes
    } else if total_ms.low > target_ms {
        Meets::No
    } else {
        Meets::Maybe
    };
    Some(LatencyEstimate {
        stages,
        total_ms,
        stated_ms,
        target_ms,
        meets,
    })
}

/// A performance figure as milliseconds, and whether it is only an upper bound.
pub fn figure_ms(rec: &crate::model::catalog::PerfRecord) -> Option<(Range<f64>, bool)> {
    use crate::model::catalog::Figure;
    let k = rec.unit.to_ms()?;
    let (r, upper) = match rec.value {
        Figure::Point(x) => (Range::point(x), false),
        Figure::Range { low, high } => (Range::new(low, high), false),
        Figure::Below { below } => (Range::point(below), true),
        Figure::AtLeast { at_least } => (Range::point(at_least), false),
    };
    Some((r.scale(k), upper))
}
