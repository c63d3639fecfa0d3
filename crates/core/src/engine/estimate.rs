//! plan × scenario × catalog -> Estimate: itemised lines with ranges, totals in USD and CNY,
//! capacity against the peak, latency against the target.

use crate::engine::purchase::{effective_unit_price, Adjustment};
use crate::model::catalog::plan::{LineTemplate, Plan, SeedAmount, Stage, ToggleKind};
use crate::model::catalog::quantity::{units_needed, Quantity};
use crate::model::catalog::{Catalog, Category, Confidence, Date, PriceRecord, Unit};
use crate::model::money::{Currency, Fx, MoneyRange, Range, MONTHS_PER_YEAR};
use crate::model::scenario::Scenario;
use crate::model::vocab::{PerfId, PlanId, PriceId};
use serde::Serialize;

/// Whether a line counts in the total. Exports write it as `counted`, `excluded` or `owned`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineState {
    /// Priced and counted.
    Counted,
    /// An optional component that is switched off: listed, not counted.
    Excluded,
    /// A resource the team already owns: counted at zero.
    Owned,
}

/// One estimated line.
#[derive(Clone, Debug, PartialEq)]
pub struct LineEstimate {
    pub index: usize,
    pub price_id: PriceId,
    pub category: Category,
    pub unit: Unit,
    pub quantity: Range<f64>,
    /// Quantity actually billed, after the record's free quota.
    pub billable: Range<f64>,
    /// The record's on-demand unit price; `None` when unknown.
    pub list_unit_price: Option<MoneyRange>,
    /// Unit price paid under the scenario (purchase option, spot, discount, override).
    pub unit_price: Option<MoneyRange>,
    pub adjustments: Vec<Adjustment>,
    /// Monthly subtotal in the record's currency; `None` when the price is unknown.
    pub subtotal: Option<MoneyRange>,
    pub state: LineState,
    pub confidence: Confidence,
    pub source: String,
    pub as_of: Date,
    pub seed_figure: Option<SeedAmount>,
}

/// Whether the plan serves the scenario's peak concurrency.
#[derive(Clone, Debug, PartialEq)]
pub enum CapacityStatus {
    /// Enough units are priced (or the plan scales them with the peak).
    Ok,
    /// The plan can scale, but serving the peak needs more units than the lines price.
    NeedsMore { needed: f64, priced: f64 },
    /// The plan cannot add units; it serves at most `max_users` at once.
    CannotScale { max_users: f64 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct CapacityCheck {
    pub per_unit: f64,
    pub needed_units: f64,
    pub scales: bool,
    pub status: CapacityStatus,
    pub perf: Option<PerfId>,
}

/// Whether the end-to-end latency meets the scenario's target. Exports write it as `yes`,
/// `maybe` or `no`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Meets {
    Yes,
    /// The range straddles the target.
    Maybe,
    No,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StageLatency {
    pub stage: Stage,
    pub perf: PerfId,
    pub ms: Range<f64>,
    /// The source gives only an upper bound ("< 500 ms"); the figure is that bound.
    pub upper_bound: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LatencyEstimate {
    pub stages: Vec<StageLatency>,
    /// Sum of the stages, ms.
    pub total_ms: Range<f64>,
    /// The seed's own end-to-end figure, ms.
    pub stated_ms: Option<Range<f64>>,
    pub target_ms: f64,
    pub meets: Meets,
}

/// A plan's estimate for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub plan: PlanId,
    pub lines: Vec<LineEstimate>,
    pub monthly_usd: MoneyRange,
    pub monthly_cny: MoneyRange,
    /// Indexes of counted lines whose price is unknown: the totals are then a lower bound.
    pub unknown_lines: Vec<usize>,
    pub seed_total: Option<SeedAmount>,
    /// Line templates whose price record is missing from the catalog (a catalog bug that the
    /// loader should have caught; kept so nothing is silently dropped).
    pub missing_records: Vec<PriceId>,
    pub capacity: Option<CapacityCheck>,
    pub latency: Option<LatencyEstimate>,
}

impl Estimate {
    pub fn monthly(&self, currency: Currency) -> MoneyRange {
        match currency {
            Currency::Usd => self.monthly_usd,
            Currency::Cny => self.monthly_cny,
        }
    }

    pub fn yearly(&self, currency: Currency) -> MoneyRange {
        self.monthly(currency).scale(MONTHS_PER_YEAR)
    }

    /// Monthly cost per active user; `None` when there are no users.
    pub fn per_user(&self, currency: Currency, users: f64) -> Option<MoneyRange> {
        (users > 0.0).then(|| self.monthly(currency).scale(1.0 / users))
    }

    /// True when an unknown price makes the total a lower bound ("at least").
    pub fn is_lower_bound(&self) -> bool {
        !self.unknown_lines.is_empty() || !self.missing_records.is_empty()
    }

    /// Sum of counted lines by category, in `currency` (for stacked charts).
    pub fn by_category(&self, currency: Currency, fx: Fx) -> Vec<(Category, MoneyRange)> {
        let mut out: Vec<(Category, MoneyRange)> = Vec::new();
        for l in &self.lines {
            let Some(sub) = l.subtotal else { continue };
            if l.state == LineState::Excluded {
                continue;
            }
            match out.iter_mut().find(|(c, _)| *c == l.category) {
                Some((_, acc)) => *acc = acc.plus(sub, fx),
                None => out.push((l.category, sub.to(currency, fx))),
            }
        }
        out
    }
}

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

fn capacity(plan: &Plan, s: &Scenario) -> Option<CapacityCheck> {
    let cap = plan.capacity.as_ref()?;
    let needed = units_needed(s.peak_concurrency, cap.per_unit, 1.0);
    let status = if !cap.scales {
        if s.peak_concurrency <= cap.per_unit {
            CapacityStatus::Ok
        } else {
            CapacityStatus::CannotScale {
                max_users: cap.per_unit,
            }
        }
    } else if plan
        .lines
        .iter()
        .any(|l| matches!(l.quantity, Quantity::Instances { .. }))
    {
        CapacityStatus::Ok
    } else {
        let priced = plan
            .lines
            .iter()
            .filter(|l| {
                matches!(
                    l.quantity,
                    Quantity::AlwaysOn { .. } | Quantity::GpuHours { .. }
                )
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
        per_unit: cap.per_unit,
        needed_units: needed,
        scales: cap.scales,
        status,
        perf: cap.perf.clone(),
    })
}

fn latency(plan: &Plan, s: &Scenario, catalog: &Catalog) -> Option<LatencyEstimate> {
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
