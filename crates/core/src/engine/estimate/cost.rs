//! The itemised cost of a plan: one line per template, priced from the catalog, and the
//! totals-only path the cost curves use.

use super::checks::{capacity, latency};
use super::{Estimate, LineEstimate, LineState};
use crate::engine::purchase::{effective_unit_price, Adjustment};
use crate::model::catalog::plan::{LineTemplate, Plan, ToggleKind};
use crate::model::catalog::{Catalog, PriceRecord};
use crate::model::money::{Currency, Fx, MoneyRange, Range};
use crate::model::scenario::Scenario;

/// One line's arithmetic: shared by [`estimate`] and [`monthly_mid`], so that both add the
/// same numbers in the same order.
struct LineCost {
    state: LineState,
    quantity: Range<f64>,
    billable: Range<f64>,
    unit_price: Option<MoneyRange>,
    adjustments: Vec<Adjustment>,
    /// `None` when the price is unknown.
    subtotal: Option<MoneyRange>,
}

fn line_cost(tpl: &LineTemplate, rec: &PriceRecord, scenario: &Scenario) -> LineCost {
    let state = match &tpl.component {
        Some(c) => match (c.kind, scenario.component_on(&c.key, c.default_on)) {
            (ToggleKind::Optional, false) => LineState::Excluded,
            (ToggleKind::Owned, true) => LineState::Owned,
            _ => LineState::Counted,
        },
        None => LineState::Counted,
    };
    let quantity = tpl.quantity.eval(scenario, rec.unit);
    let free = rec.free_quota.unwrap_or(0.0);
    let billable = Range::new(
        (quantity.low - free).max(0.0),
        (quantity.high - free).max(0.0),
    );
    let (paid, adjustments) = effective_unit_price(rec, scenario);
    let unit_price = paid.map(|p| MoneyRange::new(p, rec.currency));
    let subtotal = match state {
        LineState::Counted => unit_price.map(|u| MoneyRange::new(u.range() * billable, u.currency)),
        LineState::Excluded | LineState::Owned => Some(MoneyRange::zero(rec.currency)),
    };
    LineCost {
        state,
        quantity,
        billable,
        unit_price,
        adjustments,
        subtotal,
    }
}

/// The midpoint of a plan's monthly total in `currency`: exactly
/// `estimate(plan, scenario, catalog).monthly(currency).range().mid()`, without building the
/// lines, capacity and latency (the cost curves evaluate it hundreds of times per input).
pub fn monthly_mid(plan: &Plan, scenario: &Scenario, catalog: &Catalog, currency: Currency) -> f64 {
    let fx = Fx::new(scenario.fx_rate);
    let mut total = MoneyRange::zero(currency);
    for tpl in &plan.lines {
        let Some(rec) = catalog.price(&tpl.price) else {
            continue;
        };
        if let Some(sub) = line_cost(tpl, rec, scenario).subtotal {
            total = total.plus(sub, fx);
        }
    }
    total.range().mid()
}

/// Estimates one plan.
pub fn estimate(plan: &Plan, scenario: &Scenario, catalog: &Catalog) -> Estimate {
    let fx = Fx::new(scenario.fx_rate);
    let mut usd = MoneyRange::zero(Currency::Usd);
    let mut cny = MoneyRange::zero(Currency::Cny);
    let mut lines = Vec::with_capacity(plan.lines.len());
    let mut unknown_lines = Vec::new();
    let mut missing_records = Vec::new();
    for (index, tpl) in plan.lines.iter().enumerate() {
        let Some(rec) = catalog.price(&tpl.price) else {
            missing_records.push(tpl.price.clone());
            continue;
        };
        let LineCost {
            state,
            quantity,
            billable,
            unit_price,
            adjustments,
            subtotal,
        } = line_cost(tpl, rec, scenario);
        match subtotal {
            Some(sub) => {
                usd = usd.plus(sub, fx);
                cny = cny.plus(sub, fx);
            }
            None => unknown_lines.push(index),
        }
        lines.push(LineEstimate {
            index,
            price_id: rec.id.clone(),
            category: rec.category,
            unit: rec.unit,
            quantity,
            billable,
            list_unit_price: rec.price.map(|p| MoneyRange::new(p.range(), rec.currency)),
            unit_price,
            adjustments,
            subtotal,
            state,
            confidence: rec.confidence,
            source: rec.source.clone(),
            as_of: rec.as_of,
            seed_figure: tpl.seed_figure.clone(),
        });
    }
    Estimate {
        plan: plan.id.clone(),
        lines,
        monthly_usd: usd,
        monthly_cny: cny,
        unknown_lines,
        seed_total: plan.seed_total.clone(),
        missing_records,
        capacity: capacity(plan, scenario),
        latency: latency(plan, scenario, catalog),
    }
}

/// Estimates every plan of the scenario's workload (all plans for `custom`).
pub fn estimate_workload(scenario: &Scenario, catalog: &Catalog) -> Vec<Estimate> {
    plans_for(scenario.workload, catalog)
        .map(|p| estimate(p, scenario, catalog))
        .collect()
}

/// The plans shown for a workload: its seed's plans, or every plan for `custom`.
pub fn plans_for(
    workload: crate::model::vocab::Workload,
    catalog: &Catalog,
) -> impl Iterator<Item = &Plan> {
    use crate::model::vocab::Workload;
    catalog
        .plans
        .iter()
        .filter(move |p| workload == Workload::Custom || p.workload == workload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::vocab::Workload;

    /// The cost curves rely on it: the totals-only path gives the full estimate's figure, to
    /// the bit, for every plan, currency and purchase option.
    #[test]
    fn monthly_mid_is_the_estimates_midpoint() {
        let catalog = crate::model::catalog::shared()
            .as_ref()
            .expect("catalog loads");
        for users in [0.0, 1.0, 200.0, 12_345.0, 1e9] {
            for option in [
                crate::model::vocab::PurchaseOption::OnDemand,
                crate::model::vocab::PurchaseOption::Reserved3y,
            ] {
                let mut s = Scenario::preset(Workload::Custom);
                s.users = users;
                s.conversation_hours = users / 2.0;
                s.spot_share = 30.0;
                s.purchase_option = option;
                for plan in &catalog.plans {
                    for c in [Currency::Usd, Currency::Cny] {
                        let full = estimate(plan, &s, catalog).monthly(c).range().mid();
                        assert_eq!(
                            monthly_mid(plan, &s, catalog, c).to_bits(),
                            full.to_bits(),
                            "{} at {users} users",
                            plan.id.as_str()
                        );
                    }
                }
            }
        }
    }
}
