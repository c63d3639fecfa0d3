//! Typed quantity drivers: how much of a priced unit a plan line uses under a scenario.

use super::price::{PriceValue, Unit};
use crate::model::money::{Range, HOURS_PER_MONTH};
use crate::model::scenario::Scenario;
use crate::model::vocab::{ArchId, HardwareId, InstanceId, Precision};
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
    /// GPU instances sized from the traffic (issue #16): `max(1, ⌈peak_concurrency ÷ c⌉)`
    /// instances (or, with `overflow_to_api` or an `owned` machine, the seed's count), where
    /// `c`, the conversations one instance serves, comes from the sizing model for `sized`
    /// under the scenario (`engine::sizing::line`), running all month or the
    /// scenario's GPU hours a day. The seed's own constant stays beside it: `seed_capacity`
    /// (conversations per instance) or `seed_count` (instances); when the model cannot size
    /// the line (it says why), the seed's constant is what is priced.
    Sized {
        sized: SizedSpec,
        hours: SizedHours,
        #[serde(default)]
        seed_capacity: Option<f64>,
        #[serde(default)]
        seed_count: Option<PriceValue>,
        /// The plan sends what its GPUs cannot carry to an API (seed 003's "本地 T4 + API
        /// 降级"): the seed's count is priced, and the model's capacity says how much of the
        /// peak that pool carries.
        #[serde(default)]
        overflow_to_api: bool,
    },
}

/// What a sized line runs: a model at a precision on a cloud GPU instance, with the speech
/// models (ASR, TTS) that share its GPU.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizedSpec {
    pub model: ArchId,
    pub precision: Precision,
    /// The cloud GPU instance, priced by the line's own record; exactly one of `instance` and
    /// `owned` is given.
    #[serde(default)]
    pub instance: Option<InstanceId>,
    /// Or a machine the visitor owns (`catalog/hardware/owned.json`, e.g. seed 000's "your own
    /// machine"): there is only the seed's count of it, never more, so the line prices that
    /// count and the model says how much of the peak it carries.
    #[serde(default)]
    pub owned: Option<HardwareId>,
    /// Speech speed records (`catalog/hardware/speech.json`) of the models on the same GPU.
    #[serde(default)]
    pub speech: Vec<HardwareId>,
}

/// Which hours a sized line's instances run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SizedHours {
    AlwaysOn,
    /// The scenario's GPU hours a day.
    GpuHours,
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
        self.eval_sized(s, unit, None)
    }

    /// [`Quantity::eval`] with the conversations one instance serves as the sizing model
    /// found them (`capacity`) for a [`Quantity::Sized`] line; `None` prices the seed's constant.
    pub fn eval_sized(&self, s: &Scenario, unit: Unit, capacity: Option<f64>) -> Range<f64> {
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
            Quantity::Sized { hours, .. } => {
                let fraction = match hours {
                    SizedHours::AlwaysOn => 1.0,
                    SizedHours::GpuHours => s.gpu_hours_per_day / 24.0,
                };
                running(self.sized_units(s, capacity), fraction)
            }
        }
    }

    /// Instances a sized line runs: from the model's `capacity` when it has one, else the
    /// seed's capacity or count (1 when the seed gives neither); the seed's count first when
    /// the line [prices the seed's count](Quantity::prices_seed_count).
    fn sized_units(&self, s: &Scenario, capacity: Option<f64>) -> Range<f64> {
        let Quantity::Sized {
            seed_capacity,
            seed_count,
            ..
        } = self
        else {
            return Range::point(1.0);
        };
        let capacity = capacity.filter(|_| !self.prices_seed_count());
        let fixed = self.prices_seed_count();
        match (capacity, *seed_capacity, seed_count) {
            (None, _, Some(n)) if fixed => n.range(),
            (Some(c), _, _) | (None, Some(c), _) => {
                Range::point(units_needed(s.peak_concurrency, c, 1.0))
            }
            (None, None, Some(n)) => n.range(),
            (None, None, None) => Range::point(1.0),
        }
    }

    /// A sized line whose count is the seed's whatever the model says: a pool that sends its
    /// overflow to an API (seed 003), or machines the visitor owns (seed 000's local one).
    pub fn prices_seed_count(&self) -> bool {
        matches!(
            self,
            Quantity::Sized {
                overflow_to_api: true,
                ..
            }
        ) || matches!(self, Quantity::Sized { sized, .. } if sized.owned.is_some())
    }

    /// Machines this line keeps running (for the capacity check), if it is that kind of line.
    pub fn units(&self, s: &Scenario) -> Option<Range<f64>> {
        self.units_sized(s, None)
    }

    /// [`Quantity::units`] with a sized line's model capacity (see [`Quantity::eval_sized`]).
    pub fn units_sized(&self, s: &Scenario, capacity: Option<f64>) -> Option<Range<f64>> {
        if let Quantity::Sized { .. } = self {
            return Some(self.sized_units(s, capacity));
        }
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
