//! Typed quantity drivers: how much of a priced unit a plan line uses under a scenario.

use super::price::{PriceValue, Unit};
use crate::model::money::{Range, HOURS_PER_MONTH};
use crate::model::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// A scenario quantity that a line can scale with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    /// Monthly active users.
    Users,
    /// Peak concurrent users.
    PeakConcurrency,
    /// Conversation hours per month.
    ConversationHours,
    /// Conversation minutes per month (hours × 60).
    ConversationMinutes,
    /// Millions of LLM input tokens per month: minutes × turns/min × input tokens/turn ÷ 10⁶.
    LlmInputMtokens,
    /// Millions of LLM output tokens per month.
    LlmOutputMtokens,
    /// Millions of synthesised characters per month: minutes × chars/min ÷ 10⁶.
    TtsMchars,
    /// Object storage, GB-month.
    StorageGb,
    /// Database storage, GB-month.
    DbGb,
    /// Internet egress, GB per month.
    EgressGb,
    /// Logs ingested, GB per month.
    LogGb,
    /// Millions of requests per month.
    Mrequests,
    /// Thousands of requests per month.
    Krequests,
}

impl Driver {
    pub const ALL: [Driver; 13] = [
        Driver::Users,
        Driver::PeakConcurrency,
        Driver::ConversationHours,
        Driver::ConversationMinutes,
        Driver::LlmInputMtokens,
        Driver::LlmOutputMtokens,
        Driver::TtsMchars,
        Driver::StorageGb,
        Driver::DbGb,
        Driver::EgressGb,
        Driver::LogGb,
        Driver::Mrequests,
        Driver::Krequests,
    ];

    pub fn value(self, s: &Scenario) -> f64 {
        let turns = s.conversation_minutes() * s.turns_per_minute;
        match self {
            Driver::Users => s.users,
            Driver::PeakConcurrency => s.peak_concurrency,
            Driver::ConversationHours => s.conversation_hours,
            Driver::ConversationMinutes => s.conversation_minutes(),
            Driver::LlmInputMtokens => turns * s.input_tokens_per_turn / 1e6,
            Driver::LlmOutputMtokens => turns * s.output_tokens_per_turn / 1e6,
            Driver::TtsMchars => s.conversation_minutes() * s.tts_chars_per_minute / 1e6,
            Driver::StorageGb => s.storage_gb,
            Driver::DbGb => s.db_gb,
            Driver::EgressGb => s.egress_gb,
            Driver::LogGb => s.log_gb,
            Driver::Mrequests => s.requests / 1e6,
            Driver::Krequests => s.requests / 1e3,
        }
    }
}

/// How a line's quantity (in its price record's unit) follows from the scenario.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Quantity {
    /// A fixed amount, e.g. 50 GB-month of disk or 1 month of a plan; may be a range
    /// ("3-5 instances").
    Fixed { value: PriceValue },
    /// `count` machines running all month: `count × 730` hours for hourly prices, `count`
    /// months for monthly ones.
    AlwaysOn { count: PriceValue },
    /// `count` GPU boxes running the scenario's GPU hours per day:
    /// `count × 730 × gpu_hours_per_day ÷ 24` hours.
    GpuHours { count: PriceValue },
    /// `factor` units per unit of a scenario driver (a range factor gives a range).
    PerDriver { driver: Driver, factor: PriceValue },
    /// Enough units for the peak: `max(min, ⌈peak_concurrency ÷ capacity⌉) × size`, running all
    /// month (hours or months by the record's unit). `size` is e.g. vCPUs per task.
    Instances {
        capacity: f64,
        #[serde(default = "one")]
        min: f64,
        #[serde(default = "one")]
        size: f64,
    },
}

fn one() -> f64 {
    1.0
}

/// Whether a unit is billed per hour of running time.
fn hourly(unit: Unit) -> bool {
    matches!(
        unit,
        Unit::Hour | Unit::VcpuHour | Unit::GbHour | Unit::GpuHour | Unit::LcuHour | Unit::VmHour
    )
}

/// Number of units needed for `peak` users at `capacity` users each, at least `min`.
pub fn units_needed(peak: f64, capacity: f64, min: f64) -> f64 {
    if capacity <= 0.0 {
        return min;
    }
    (peak / capacity).ceil().max(min)
}

impl Quantity {
    /// The quantity, low and high, for this scenario in the record's `unit`. Never negative for
    /// a valid scenario.
    pub fn eval(&self, s: &Scenario, unit: Unit) -> Range<f64> {
        let running = |count: Range<f64>, fraction: f64| {
            if hourly(unit) {
                count.scale(HOURS_PER_MONTH * fraction)
            } else {
                count.scale(fraction)
            }
        };
        match *self {
            Quantity::Fixed { value } => value.range(),
            Quantity::AlwaysOn { count } => running(count.range(), 1.0),
            Quantity::GpuHours { count } => running(count.range(), s.gpu_hours_per_day / 24.0),
            Quantity::PerDriver { driver, factor } => factor.range().scale(driver.value(s)),
            Quantity::Instances {
                capacity,
                min,
                size,
            } => running(
                Range::point(units_needed(s.peak_concurrency, capacity, min) * size),
                1.0,
            ),
        }
    }

    /// Machines this line keeps running (for the capacity check), if it is that kind of line.
    pub fn units(&self, s: &Scenario) -> Option<Range<f64>> {
        match *self {
            Quantity::AlwaysOn { count } | Quantity::GpuHours { count } => Some(count.range()),
            Quantity::Instances { capacity, min, .. } => Some(Range::point(units_needed(
                s.peak_concurrency,
                capacity,
                min,
            ))),
            _ => None,
        }
    }
}
