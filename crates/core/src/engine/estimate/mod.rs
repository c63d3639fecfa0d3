//! plan × scenario × catalog -> Estimate: itemised lines with ranges, totals in USD and CNY,
//! capacity against the peak, latency against the target.

mod checks;
mod cost;
pub mod staff;

pub use checks::figure_ms;
pub use cost::{estimate, estimate_workload, plans_for};

use crate::engine::purchase::Adjustment;
use crate::engine::sizing::line::LineSizing;
use crate::engine::sizing::SizingError;
use crate::model::catalog::plan::{SeedAmount, Stage};
use crate::model::catalog::{Category, Confidence, Date, Unit};
use crate::model::money::{Currency, Fx, MoneyRange, Range, MONTHS_PER_YEAR};
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
    /// A line sized from the traffic (`Quantity::Sized`): the model's capacity, or why it
    /// could not be found (the seed's constant is then what is priced).
    pub sizing: Option<Result<LineSizing, SizingError>>,
    /// A sized line's instances: those priced, and those the seed's constant gives at this
    /// peak (equal unless the model's count is priced).
    pub instances: Option<SizedCount>,
}

/// Instances of a sized line: priced, and by the seed's constant.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SizedCount {
    pub priced: Range<f64>,
    pub seed: Range<f64>,
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
    /// Staff time, when the scenario counts it (included in the totals).
    pub staff: Option<staff::StaffLine>,
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
