//! RawScenario (as typed, from the URL or the form) -> Scenario (validated, with defaults and
//! the list of what was rejected and why). Like ripgrep's LowArgs -> HiArgs.

mod fields;
mod preset;
mod raw;

pub use fields::{parse_purchase_option, NumField, PURCHASE_OPTIONS};
pub use raw::{
    parse_bounded, parse_num, Field, RawScenario, Reject, Rejection, DISCOUNT_BOUNDS,
    ENGINEER_MONTHLY_BOUNDS, OVERRIDE_BOUNDS,
};

use crate::model::vocab::{CurrencyView, PriceId, ProviderId, PurchaseOption, Region, Workload};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A validated scenario: every field present and in range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub workload: Workload,
    /// Monthly active users.
    pub users: f64,
    pub peak_concurrency: f64,
    /// Conversation (voice) hours per month.
    pub conversation_hours: f64,
    pub turns_per_minute: f64,
    pub input_tokens_per_turn: f64,
    pub output_tokens_per_turn: f64,
    /// Percent of input tokens served from the prompt cache: billed at the record's cached
    /// price where it has one (engine::purchase). 0 in every preset; absent in older exports.
    #[serde(default)]
    pub cached_input_share: f64,
    /// Characters of synthesised speech per conversation minute.
    pub tts_chars_per_minute: f64,
    pub storage_gb: f64,
    pub db_gb: f64,
    pub egress_gb: f64,
    pub log_gb: f64,
    /// API requests per month.
    pub requests: f64,
    /// Hours per day that on-demand GPU boxes run (24 = always on).
    pub gpu_hours_per_day: f64,
    /// Percent of GPU hours bought as spot.
    pub spot_share: f64,
    pub latency_target_ms: f64,
    pub region: Region,
    pub purchase_option: PurchaseOption,
    pub currency: CurrencyView,
    pub fx_rate: f64,
    /// Component toggles that differ from the plans' defaults (optional parts, owned resources).
    #[serde(default)]
    pub components: BTreeMap<String, bool>,
    /// Negotiated discount per provider, in percent.
    #[serde(default)]
    pub discounts: BTreeMap<ProviderId, f64>,
    /// Unit price per record id, in the record's currency.
    #[serde(default)]
    pub overrides: BTreeMap<PriceId, f64>,
    /// Counts staff time as a line on every plan: the plan's recurring ops effort as a share
    /// of one engineer (`engine::estimate::staff`). Off in every preset.
    #[serde(default)]
    pub staff_time: bool,
    /// Prices the GPU instances of a sized line (`Quantity::Sized`) from the sizing model's
    /// capacity instead of the seed's constant. On in every preset (issue #16: the self-hosted
    /// plans take their GPU count from the model); off prices the seed's constant. Either way
    /// the other figure is shown beside it, and the seed audit says where they differ.
    #[serde(default = "yes")]
    pub gpus_from_model: bool,
    /// One engineer's loaded monthly cost in the currency of the region's staff record (USD
    /// for global, CNY for China); `None` uses the catalog's record.
    #[serde(default)]
    pub engineer_monthly: Option<f64>,
}

fn yes() -> bool {
    true
}

/// FX used when nothing else is given: the catalog's default reference rate (checked by a test).
pub const DEFAULT_FX_RATE: f64 = 6.7686;

impl Scenario {
    pub fn num(&self, f: NumField) -> f64 {
        match f {
            NumField::Users => self.users,
            NumField::PeakConcurrency => self.peak_concurrency,
            NumField::ConversationHours => self.conversation_hours,
            NumField::TurnsPerMinute => self.turns_per_minute,
            NumField::InputTokensPerTurn => self.input_tokens_per_turn,
            NumField::OutputTokensPerTurn => self.output_tokens_per_turn,
            NumField::CachedInputShare => self.cached_input_share,
            NumField::TtsCharsPerMinute => self.tts_chars_per_minute,
            NumField::StorageGb => self.storage_gb,
            NumField::DbGb => self.db_gb,
            NumField::EgressGb => self.egress_gb,
            NumField::LogGb => self.log_gb,
            NumField::Requests => self.requests,
            NumField::GpuHoursPerDay => self.gpu_hours_per_day,
            NumField::SpotShare => self.spot_share,
            NumField::LatencyTargetMs => self.latency_target_ms,
            NumField::FxRate => self.fx_rate,
        }
    }

    pub fn set_num(&mut self, f: NumField, v: f64) {
        let slot = match f {
            NumField::Users => &mut self.users,
            NumField::PeakConcurrency => &mut self.peak_concurrency,
            NumField::ConversationHours => &mut self.conversation_hours,
            NumField::TurnsPerMinute => &mut self.turns_per_minute,
            NumField::InputTokensPerTurn => &mut self.input_tokens_per_turn,
            NumField::OutputTokensPerTurn => &mut self.output_tokens_per_turn,
            NumField::CachedInputShare => &mut self.cached_input_share,
            NumField::TtsCharsPerMinute => &mut self.tts_chars_per_minute,
            NumField::StorageGb => &mut self.storage_gb,
            NumField::DbGb => &mut self.db_gb,
            NumField::EgressGb => &mut self.egress_gb,
            NumField::LogGb => &mut self.log_gb,
            NumField::Requests => &mut self.requests,
            NumField::GpuHoursPerDay => &mut self.gpu_hours_per_day,
            NumField::SpotShare => &mut self.spot_share,
            NumField::LatencyTargetMs => &mut self.latency_target_ms,
            NumField::FxRate => &mut self.fx_rate,
        };
        *slot = v;
    }

    /// Conversation minutes per month.
    pub fn conversation_minutes(&self) -> f64 {
        self.conversation_hours * 60.0
    }

    /// Whether a component is on: the scenario's toggle if set, else the plan's default.
    pub fn component_on(&self, key: &str, default_on: bool) -> bool {
        self.components.get(key).copied().unwrap_or(default_on)
    }
}
