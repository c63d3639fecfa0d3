//! The itemised cost of a plan: one line per template, priced from the catalog, and the
//! totals-only path the cost curves use.

use super::checks::{capacity, latency};
use super::staff;
use super::{Estimate, LineEstimate, LineState, SizedCount};
use crate::engine::purchase::{effective_unit_price, Adjustment};
use crate::engine::sizing::line::{self, LineSizing};
use crate::engine::sizing::SizingError;
use crate::model::catalog::plan::{LineTemplate, Plan, ToggleKind};
use crate::model::catalog::{Catalog, PriceRecord};
use crate::model::money::{Currency, Fx, MoneyRange, Range};
use crate::model::scenario::Scenario;

/// One line's arithmetic: its state, quantity, unit price and subtotal.
struct LineCost {
    state: LineState,
    quantity: Range<f64>,
    billable: Range<f64>,
    unit_price: Option<MoneyRange>,
    adjustments: Vec<Adjustment>,
    /// `None` when the price is unknown.
    subtotal: Option<MoneyRange>,
    sizing: Option<Result<LineSizing, SizingError>>,
    instances: Option<SizedCount>,
}

fn line_cost(
    tpl: &LineTemplate,
    rec: &PriceRecord,
    scenario: &Scenario,
    catalog: &Catalog,
) -> LineCost {
    let state = match &tpl.component {
        Some(c) => match (c.kind, scenario.component_on(&c.key, c.default_on)) {
            (ToggleKind::Optional, false) => LineState::Excluded,
            (ToggleKind::Owned, true) => LineState::Owned,
            _ => LineState::Counted,
        },
        None => LineState::Counted,
    };
    let sizing = line::of_quantity(&tpl.quantity, scenario, catalog);
    // the model's capacity is priced when the scenario asks for it; shown either way
    let capacity = sizing
        .as_ref()
        .and_then(|r| r.as_ref().ok())
        .filter(|_| scenario.gpus_from_model)
        .map(|l| l.conversations_per_instance);
    let quantity = tpl.quantity.eval_sized(scenario, rec.unit, capacity);
    let instances = sizing.as_ref().and_then(|_| {
        Some(SizedCount {
            priced: tpl.quantity.units_sized(scenario, capacity)?,
            seed: tpl.quantity.units(scenario)?,
        })
    });
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
        sizing,
        instances,
    }
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
            sizing,
            instances,
        } = line_cost(tpl, rec, scenario, catalog);
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
            sizing,
            instances,
        });
    }
    let model = model_capacity(plan, scenario, &lines);
    let staff = staff::staff_line(plan, scenario, catalog);
    if let Some(st) = &staff {
        usd = usd.plus(st.subtotal, fx);
        cny = cny.plus(st.subtotal, fx);
    }
    Estimate {
        plan: plan.id.clone(),
        lines,
        monthly_usd: usd,
        monthly_cny: cny,
        unknown_lines,
        seed_total: plan.seed_total.clone(),
        missing_records,
        capacity: capacity(plan, scenario, model),
        latency: latency(plan, scenario, catalog),
        staff,
    }
}

/// The conversations one unit of the plan carries by the sizing model, when its GPUs are
/// priced from it: a sized line's capacity per instance, or for machines the line does not
/// scale (the seed's count: an owned machine) what all of them carry. `None` when the
/// scenario prices the seeds' constants, the plan has no sized line, or the model could not
/// size it; a pool that sends its overflow to an API keeps the seed's figure (the API carries
/// the rest).
fn model_capacity(plan: &Plan, scenario: &Scenario, lines: &[LineEstimate]) -> Option<f64> {
    if !scenario.gpus_from_model {
        return None;
    }
    lines.iter().find_map(|l| {
        let q = &plan.lines[l.index].quantity;
        let Some(Ok(z)) = &l.sizing else { return None };
        match q {
            crate::model::catalog::quantity::Quantity::Sized {
                overflow_to_api: true,
                ..
            } => None,
            _ if q.prices_seed_count() => q
                .units(scenario)
                .map(|n| z.conversations_per_instance * n.high),
            _ => Some(z.conversations_per_instance),
        }
    })
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
