//! plan × scenario × catalog -> Estimate: itemised lines with ranges, totals in USD and CNY.

use crate::domain::catalog::{Catalog, Category, Confidence, Date, PriceId, Unit};
use crate::domain::money::{Currency, Fx, MoneyRange, Range, MONTHS_PER_YEAR};
use crate::domain::plan::{Plan, PlanId, SeedAmount};
use crate::domain::scenario::Scenario;

/// One estimated line.
#[derive(Clone, Debug, PartialEq)]
pub struct LineEstimate {
    pub index: usize,
    pub price_id: PriceId,
    pub category: Category,
    pub unit: Unit,
    pub quantity: Range<f64>,
    /// Unit price in the record's currency; `None` when the price is unknown.
    pub unit_price: Option<MoneyRange>,
    /// Monthly subtotal in the record's currency; `None` when the price is unknown.
    pub subtotal: Option<MoneyRange>,
    pub confidence: Confidence,
    pub source: String,
    pub as_of: Date,
    pub seed_figure: Option<SeedAmount>,
}

/// A plan's estimate for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub plan: PlanId,
    pub lines: Vec<LineEstimate>,
    pub monthly_usd: MoneyRange,
    pub monthly_cny: MoneyRange,
    /// Indexes of lines whose price is unknown: the totals are then a lower bound.
    pub unknown_lines: Vec<usize>,
    pub seed_total: Option<SeedAmount>,
    /// Line templates whose price record is missing from the catalog (a catalog bug that the
    /// loader should have caught; kept so nothing is silently dropped).
    pub missing_records: Vec<PriceId>,
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
}

/// Estimates one plan.
pub fn estimate(plan: &Plan, scenario: &Scenario, catalog: &Catalog) -> Estimate {
    let fx = Fx::new(scenario.fx_rate);
    let mut usd = MoneyRange::zero(Currency::Usd);
    let mut lines = Vec::with_capacity(plan.lines.len());
    let mut unknown_lines = Vec::new();
    let mut missing_records = Vec::new();
    for (index, tpl) in plan.lines.iter().enumerate() {
        let Some(rec) = catalog.price(&tpl.price) else {
            missing_records.push(tpl.price.clone());
            continue;
        };
        let quantity = tpl.quantity.eval(scenario);
        let unit_price = rec.price.map(|p| MoneyRange::new(p.range(), rec.currency));
        let subtotal = unit_price.map(|u| {
            let billable = Range::new(
                (quantity.low - rec.free_quota.unwrap_or(0.0)).max(0.0),
                (quantity.high - rec.free_quota.unwrap_or(0.0)).max(0.0),
            );
            MoneyRange::new(u.range() * billable, u.currency)
        });
        match subtotal {
            Some(sub) => usd = usd.plus(sub, fx),
            None => unknown_lines.push(index),
        }
        lines.push(LineEstimate {
            index,
            price_id: rec.id.clone(),
            category: rec.category,
            unit: rec.unit,
            quantity,
            unit_price,
            subtotal,
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
        monthly_cny: usd.to(Currency::Cny, fx),
        unknown_lines,
        seed_total: plan.seed_total.clone(),
        missing_records,
    }
}
