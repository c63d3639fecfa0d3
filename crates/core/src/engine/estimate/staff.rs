//! Staff time as a plan line (issue #16): the plan's recurring operations effort as a share
//! of one engineer, times that engineer's loaded monthly cost in the scenario's region.

use crate::model::catalog::plan::Plan;
use crate::model::catalog::{Catalog, Confidence, Date, Market};
use crate::model::money::MoneyRange;
use crate::model::scenario::Scenario;
use crate::model::vocab::HardwareId;

/// Hours a week of operations work per star of a plan's recurring effort (its `daily` and
/// `troubleshooting` ratings, 1 easy … 5 hard): 1 star ≈ 2 h a week (checking a dashboard,
/// applying updates), 5 stars ≈ 10 h (a quarter of an engineer). An estimate: the seeds rate
/// effort in stars without hours.
pub const OPS_HOURS_PER_WEEK_PER_STAR: f64 = 2.0;

/// A working week, hours.
pub const WORK_HOURS_PER_WEEK: f64 = 40.0;

/// The staff-time line of one plan.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffLine {
    /// Mean of the plan's `daily` and `troubleshooting` ratings.
    pub stars: f64,
    /// Share of one engineer: stars × 2 h ÷ 40 h.
    pub fraction: f64,
    /// One engineer's loaded monthly cost.
    pub per_engineer: MoneyRange,
    /// fraction × per engineer.
    pub subtotal: MoneyRange,
    /// The staff record used; `None` when the visitor typed the cost.
    pub record: Option<HardwareId>,
    pub source: String,
    pub as_of: Option<Date>,
    pub confidence: Confidence,
}

/// The staff line of `plan` under `s`, when staff time is switched on and the plan rates its
/// recurring effort; `None` otherwise (or when the region has no staff record and no cost was
/// typed).
pub fn staff_line(plan: &Plan, s: &Scenario, catalog: &Catalog) -> Option<StaffLine> {
    if !s.staff_time {
        return None;
    }
    let ops = plan.ops.as_ref()?;
    let ratings: Vec<f64> = [ops.daily, ops.troubleshooting]
        .into_iter()
        .flatten()
        .map(f64::from)
        .collect();
    if ratings.is_empty() {
        return None;
    }
    let stars = ratings.iter().sum::<f64>() / ratings.len() as f64;
    let fraction = stars * OPS_HOURS_PER_WEEK_PER_STAR / WORK_HOURS_PER_WEEK;
    let market = Market::of(s.region);
    let rec = catalog.staff_in(market).next();
    let currency = rec.map_or(market.currency(), |r| r.currency);
    let (monthly, record, source, as_of, confidence) = match (s.engineer_monthly, rec) {
        (Some(v), _) => (v, None, String::new(), None, Confidence::Estimate),
        (None, Some(r)) => (
            r.monthly_cost(),
            Some(r.id.clone()),
            r.source.clone(),
            Some(r.as_of),
            r.confidence,
        ),
        (None, None) => return None,
    };
    let per_engineer = MoneyRange::new(crate::model::money::Range::point(monthly), currency);
    Some(StaffLine {
        stars,
        fraction,
        per_engineer,
        subtotal: per_engineer.scale(fraction),
        record,
        source,
        as_of,
        confidence,
    })
}
