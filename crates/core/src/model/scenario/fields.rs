//! The scenario's numeric inputs (names, bounds) and the purchase options it can choose.

use crate::model::vocab::PurchaseOption;

/// A numeric scenario input. The snake_case name is used for `input-<field>` test ids and in
/// exports; URL keys live in `url::Param`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NumField {
    Users,
    PeakConcurrency,
    ConversationHours,
    TurnsPerMinute,
    InputTokensPerTurn,
    OutputTokensPerTurn,
    /// Percent of input tokens served from the provider's prompt cache.
    CachedInputShare,
    TtsCharsPerMinute,
    StorageGb,
    DbGb,
    EgressGb,
    LogGb,
    Requests,
    GpuHoursPerDay,
    SpotShare,
    LatencyTargetMs,
    FxRate,
}

impl NumField {
    pub const ALL: [NumField; 17] = [
        NumField::Users,
        NumField::PeakConcurrency,
        NumField::ConversationHours,
        NumField::TurnsPerMinute,
        NumField::InputTokensPerTurn,
        NumField::OutputTokensPerTurn,
        NumField::CachedInputShare,
        NumField::TtsCharsPerMinute,
        NumField::StorageGb,
        NumField::DbGb,
        NumField::EgressGb,
        NumField::LogGb,
        NumField::Requests,
        NumField::GpuHoursPerDay,
        NumField::SpotShare,
        NumField::LatencyTargetMs,
        NumField::FxRate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NumField::Users => "users",
            NumField::PeakConcurrency => "peak_concurrency",
            NumField::ConversationHours => "conversation_hours",
            NumField::TurnsPerMinute => "turns_per_minute",
            NumField::InputTokensPerTurn => "input_tokens_per_turn",
            NumField::OutputTokensPerTurn => "output_tokens_per_turn",
            NumField::CachedInputShare => "cached_input_share",
            NumField::TtsCharsPerMinute => "tts_chars_per_minute",
            NumField::StorageGb => "storage_gb",
            NumField::DbGb => "db_gb",
            NumField::EgressGb => "egress_gb",
            NumField::LogGb => "log_gb",
            NumField::Requests => "requests",
            NumField::GpuHoursPerDay => "gpu_hours_per_day",
            NumField::SpotShare => "spot_share",
            NumField::LatencyTargetMs => "latency_target_ms",
            NumField::FxRate => "fx_rate",
        }
    }

    pub fn parse_name(name: &str) -> Option<NumField> {
        NumField::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Accepted range, inclusive.
    pub fn bounds(self) -> (f64, f64) {
        match self {
            NumField::Users => (0.0, 1e9),
            NumField::PeakConcurrency => (0.0, 1e8),
            NumField::ConversationHours => (0.0, 1e7),
            NumField::TurnsPerMinute => (0.0, 60.0),
            NumField::InputTokensPerTurn | NumField::OutputTokensPerTurn => (0.0, 1e6),
            NumField::TtsCharsPerMinute => (0.0, 10_000.0),
            NumField::StorageGb | NumField::DbGb | NumField::EgressGb | NumField::LogGb => {
                (0.0, 1e9)
            }
            NumField::Requests => (0.0, 1e13),
            NumField::GpuHoursPerDay => (0.0, 24.0),
            NumField::SpotShare | NumField::CachedInputShare => (0.0, 100.0),
            NumField::LatencyTargetMs => (1.0, 600_000.0),
            NumField::FxRate => (0.01, 1000.0),
        }
    }

    /// Whether only whole numbers make sense.
    pub fn integer(self) -> bool {
        matches!(
            self,
            NumField::Users | NumField::PeakConcurrency | NumField::Requests
        )
    }
}

/// Purchase options the scenario can choose: applied to compute-like lines, and `Batch` to
/// LLM token lines whose record has a batch price.
pub const PURCHASE_OPTIONS: [PurchaseOption; 5] = [
    PurchaseOption::OnDemand,
    PurchaseOption::SavingsPlan1y,
    PurchaseOption::Reserved1y,
    PurchaseOption::Reserved3y,
    PurchaseOption::Batch,
];

pub fn parse_purchase_option(s: &str) -> Option<PurchaseOption> {
    PURCHASE_OPTIONS.into_iter().find(|p| p.as_str() == s)
}
