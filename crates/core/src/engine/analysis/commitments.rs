//! On-demand vs committed prices: months of use to break even, and GPU hours a day.

use crate::engine::estimate::{estimate, Estimate};
use crate::engine::purchase::{effective_unit_price, Adjustment};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::{Catalog, Category, Unit};
use crate::model::money::{Currency, Fx};
use crate::model::scenario::Scenario;
use crate::model::vocab::{PriceId, PurchaseOption};

/// Committed purchase options and the length of their commitment, months.
pub const COMMITMENTS: [(PurchaseOption, f64); 3] = [
    (PurchaseOption::SavingsPlan1y, 12.0),
    (PurchaseOption::Reserved1y, 12.0),
    (PurchaseOption::Reserved3y, 36.0),
];

/// On demand vs a commitment, for the lines the commitment covers.
#[derive(Clone, Debug, PartialEq)]
pub struct Commitment {
    pub option: PurchaseOption,
    pub term_months: f64,
    /// The covered lines per month on demand (USD, midpoint).
    pub on_demand_usd: f64,
    /// The covered lines per month under the commitment (USD, midpoint).
    pub committed_usd: f64,
}

impl Commitment {
    /// Months of actual use after which the commitment (paid for the whole term) costs less
    /// than paying on demand for only those months: `term × committed ÷ on demand`.
    pub fn months_to_break_even(&self) -> Option<f64> {
        (self.on_demand_usd > 0.0)
            .then(|| self.term_months * self.committed_usd / self.on_demand_usd)
    }

    pub fn saving_usd(&self) -> f64 {
        self.on_demand_usd - self.committed_usd
    }
}

fn line_usd(e: &Estimate, index: usize, fx: Fx) -> Option<f64> {
    e.lines
        .iter()
        .find(|l| l.index == index)
        .and_then(|l| l.subtotal)
        .map(|m| m.to(Currency::Usd, fx).range().mid())
}

/// Each commitment that covers some of the plan's lines (with a price of its own or a
/// generic discount).
pub fn commitments(plan: &Plan, s: &Scenario, catalog: &Catalog) -> Vec<Commitment> {
    let fx = Fx::new(s.fx_rate);
    let base = Scenario {
        purchase_option: PurchaseOption::OnDemand,
        ..s.clone()
    };
    let on_demand = estimate(plan, &base, catalog);
    COMMITMENTS
        .into_iter()
        .filter_map(|(option, term_months)| {
            let committed = estimate(
                plan,
                &Scenario {
                    purchase_option: option,
                    ..s.clone()
                },
                catalog,
            );
            let covered: Vec<usize> = committed
                .lines
                .iter()
                .filter(|l| {
                    l.adjustments
                        .iter()
                        .any(|a| matches!(a, Adjustment::Purchase { .. }))
                })
                .map(|l| l.index)
                .collect();
            let sum =
                |e: &Estimate| -> Option<f64> { covered.iter().map(|&i| line_usd(e, i, fx)).sum() };
            let (od, c) = (sum(&on_demand)?, sum(&committed)?);
            (!covered.is_empty() && od > 0.0).then_some(Commitment {
                option,
                term_months,
                on_demand_usd: od,
                committed_usd: c,
            })
        })
        .collect()
}

/// A GPU used `h` hours a day on demand vs kept on all day under a commitment.
#[derive(Clone, Debug, PartialEq)]
pub struct GpuHoursBreakEven {
    pub price: PriceId,
    pub option: PurchaseOption,
    pub currency: Currency,
    /// Unit price per hour on demand (midpoint, record's currency).
    pub on_demand_hourly: f64,
    /// Effective unit price per hour under the commitment.
    pub committed_hourly: f64,
    /// Above this many hours a day the commitment is cheaper: `24 × committed ÷ on demand`.
    pub hours_per_day: f64,
}

/// For each GPU record of the plan priced by the hour and each commitment that prices it.
pub fn gpu_hours_break_even(
    plan: &Plan,
    s: &Scenario,
    catalog: &Catalog,
) -> Vec<GpuHoursBreakEven> {
    let mut out: Vec<GpuHoursBreakEven> = Vec::new();
    for l in &plan.lines {
        let Some(rec) = catalog.price(&l.price) else {
            continue;
        };
        let hourly = matches!(rec.unit, Unit::Hour | Unit::GpuHour);
        if rec.category != Category::Gpu || !hourly || out.iter().any(|g| g.price == rec.id) {
            continue;
        }
        let at = |option| {
            effective_unit_price(
                rec,
                &Scenario {
                    purchase_option: option,
                    spot_share: 0.0,
                    ..s.clone()
                },
            )
        };
        let Some(od) = at(PurchaseOption::OnDemand).0.map(|r| r.mid()) else {
            continue;
        };
        for (option, _) in COMMITMENTS {
            let (price, adj) = at(option);
            let priced = adj.iter().any(|a| matches!(a, Adjustment::Purchase { .. }));
            if let (true, Some(p)) = (priced && od > 0.0, price) {
                out.push(GpuHoursBreakEven {
                    price: rec.id.clone(),
                    option,
                    currency: rec.currency,
                    on_demand_hourly: od,
                    committed_hourly: p.mid(),
                    hours_per_day: 24.0 * p.mid() / od,
                });
            }
        }
    }
    out
}
