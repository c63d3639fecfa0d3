//! RawScenario (as typed, from the URL or the form) -> Scenario (validated, with defaults and
//! the list of what was rejected and why). Like ripgrep's LowArgs -> HiArgs.

use crate::model::vocab::{CurrencyView, PriceId, ProviderId, PurchaseOption, Region, Workload};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A numeric scenario input. The snake_case name is used for `input-<field>` test ids and in
/// exports; URL keys live in `share::Param`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NumField {
    Users,
    PeakConcurrency,
    ConversationHours,
    TurnsPerMinute,
    InputTokensPerTurn,
    OutputTokensPerTurn,
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
    pub const ALL: [NumField; 16] = [
        NumField::Users,
        NumField::PeakConcurrency,
        NumField::ConversationHours,
        NumField::TurnsPerMinute,
        NumField::InputTokensPerTurn,
        NumField::OutputTokensPerTurn,
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
            NumField::SpotShare => (0.0, 100.0),
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

/// Purchase options the scenario can choose; applied to compute-like lines.
pub const PURCHASE_OPTIONS: [PurchaseOption; 4] = [
    PurchaseOption::OnDemand,
    PurchaseOption::SavingsPlan1y,
    PurchaseOption::Reserved1y,
    PurchaseOption::Reserved3y,
];

pub fn parse_purchase_option(s: &str) -> Option<PurchaseOption> {
    PURCHASE_OPTIONS.into_iter().find(|p| p.as_str() == s)
}

/// Why an input was not applied.
#[derive(Clone, Debug, PartialEq)]
pub enum Reject {
    NotANumber,
    NotAWholeNumber,
    OutOfRange { min: f64, max: f64 },
    UnknownValue,
}

/// Which scenario input was rejected. The URL layer maps each to its key (`url::Param`), so
/// no URL name is spelled here.
#[derive(Clone, Debug, PartialEq)]
pub enum Field {
    Workload,
    Currency,
    Region,
    PurchaseOption,
    Num(NumField),
    /// A component toggle, by its key (e.g. `s001-qdrant`).
    Component(String),
    /// A provider's discount.
    Discount(ProviderId),
    /// A price record's unit-price override.
    Override(PriceId),
}

/// One rejected input: which, what was typed, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    pub field: Field,
    pub value: String,
    pub reason: Reject,
}

/// The scenario exactly as typed; nothing here is trusted yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawScenario {
    pub workload: Option<String>,
    pub currency: Option<String>,
    pub region: Option<String>,
    pub purchase_option: Option<String>,
    pub nums: BTreeMap<NumField, String>,
    /// Component key -> "1"/"0" (on/off), overriding the plan's default.
    pub components: BTreeMap<String, String>,
    /// Provider id -> discount in percent.
    pub discounts: BTreeMap<String, String>,
    /// Price record id -> unit price in the record's currency.
    pub overrides: BTreeMap<String, String>,
}

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
}

/// FX used when nothing else is given: the catalog's default reference rate (checked by a test).
pub const DEFAULT_FX_RATE: f64 = 6.7686;

impl Scenario {
    /// Defaults of a workload preset: they reproduce its seed. Figures a seed does not give
    /// are our assumptions and are shown as such in the form.
    pub fn preset(workload: Workload) -> Scenario {
        let base = Scenario {
            workload,
            users: 200.0,
            peak_concurrency: 10.0,
            conversation_hours: 100.0,
            turns_per_minute: 4.0,
            input_tokens_per_turn: 500.0,
            output_tokens_per_turn: 150.0,
            tts_chars_per_minute: 600.0,
            storage_gb: 50.0,
            db_gb: 10.0,
            egress_gb: 50.0,
            log_gb: 10.0,
            requests: 1_000_000.0,
            gpu_hours_per_day: 24.0,
            spot_share: 0.0,
            latency_target_ms: 2000.0,
            region: Region::Global,
            purchase_option: PurchaseOption::OnDemand,
            currency: CurrencyView::Usd,
            fx_rate: DEFAULT_FX_RATE,
            components: BTreeMap::new(),
            discounts: BTreeMap::new(),
            overrides: BTreeMap::new(),
        };
        match workload {
            // seed 000: "100 小时/月对话"; it names no user count, 200 MAU is ours
            Workload::S000 => base,
            // seed 001: a knowledge base for a small team; COS 50 GB; users in China
            Workload::S001 => Scenario {
                users: 100.0,
                peak_concurrency: 10.0,
                conversation_hours: 0.0,
                storage_gb: 50.0,
                region: Region::China,
                currency: CurrencyView::Cny,
                latency_target_ms: 1000.0,
                ..base
            },
            // seed 002: an MVP recruiting platform with WebRTC interviews, users in China
            Workload::S002 => Scenario {
                users: 500.0,
                peak_concurrency: 20.0,
                conversation_hours: 50.0,
                region: Region::China,
                currency: CurrencyView::Cny,
                latency_target_ms: 1000.0,
                ..base
            },
            // seed 003 §9.1: 1,000 active users, 10-20 concurrent, S3 10 GB, 50 GB traffic
            Workload::S003 => Scenario {
                users: 1000.0,
                peak_concurrency: 20.0,
                conversation_hours: 0.0,
                storage_gb: 10.0,
                egress_gb: 50.0,
                log_gb: 50.0,
                // §9.2: "GPU（按需）g4dn.xlarge (T4) × 8小时/天"
                gpu_hours_per_day: 8.0,
                latency_target_ms: 2000.0,
                ..base
            },
            // seed 004 §2.2: medium deployment, 500 GB storage, 1 TB traffic, users in China
            Workload::S004 => Scenario {
                users: 10_000.0,
                peak_concurrency: 200.0,
                conversation_hours: 0.0,
                storage_gb: 500.0,
                db_gb: 100.0,
                egress_gb: 1000.0,
                latency_target_ms: 200.0,
                region: Region::China,
                ..base
            },
            Workload::Custom => base,
        }
    }

    pub fn num(&self, f: NumField) -> f64 {
        match f {
            NumField::Users => self.users,
            NumField::PeakConcurrency => self.peak_concurrency,
            NumField::ConversationHours => self.conversation_hours,
            NumField::TurnsPerMinute => self.turns_per_minute,
            NumField::InputTokensPerTurn => self.input_tokens_per_turn,
            NumField::OutputTokensPerTurn => self.output_tokens_per_turn,
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

impl Default for Scenario {
    fn default() -> Self {
        Scenario::preset(Workload::S000)
    }
}

/// Discounts and overrides accept this range.
pub const DISCOUNT_BOUNDS: (f64, f64) = (0.0, 100.0);
/// Overridden unit prices accept this range (in the record's currency).
pub const OVERRIDE_BOUNDS: (f64, f64) = (0.0, 1e9);

/// Identifier-like keys (component keys, provider ids, price ids).
fn valid_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 80
        && k.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Parses one numeric input as a user would type it (spaces, thousands commas allowed).
pub fn parse_num(field: NumField, text: &str) -> Result<f64, Reject> {
    parse_bounded(text, field.bounds(), field.integer())
}

/// Parses a number as typed and checks it against `(min, max)`.
pub fn parse_bounded(text: &str, (min, max): (f64, f64), integer: bool) -> Result<f64, Reject> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .collect();
    let v: f64 = cleaned.parse().map_err(|_| Reject::NotANumber)?;
    if !v.is_finite() {
        return Err(Reject::NotANumber);
    }
    if v < min || v > max {
        return Err(Reject::OutOfRange { min, max });
    }
    if integer && v.fract() != 0.0 {
        return Err(Reject::NotAWholeNumber);
    }
    Ok(v)
}

impl RawScenario {
    /// Validates every field; a rejected field keeps the preset's default.
    pub fn validate(&self) -> (Scenario, Vec<Rejection>) {
        let mut rejected = Vec::new();
        let workload = match self.workload.as_deref() {
            None => Workload::S000,
            Some(w) => Workload::parse(w).unwrap_or_else(|| {
                rejected.push(Rejection {
                    field: Field::Workload,
                    value: w.into(),
                    reason: Reject::UnknownValue,
                });
                Workload::S000
            }),
        };
        let mut s = Scenario::preset(workload);
        let mut reject = |field: Field, value: &str, reason: Reject| {
            rejected.push(Rejection {
                field,
                value: value.into(),
                reason,
            })
        };
        if let Some(r) = self.region.as_deref() {
            match Region::parse(r) {
                Some(v) => s.region = v,
                None => reject(Field::Region, r, Reject::UnknownValue),
            }
        }
        if let Some(p) = self.purchase_option.as_deref() {
            match parse_purchase_option(p) {
                Some(v) => s.purchase_option = v,
                None => reject(Field::PurchaseOption, p, Reject::UnknownValue),
            }
        }
        for (k, v) in &self.components {
            match (valid_key(k), v.as_str()) {
                (true, "1" | "on" | "true") => {
                    s.components.insert(k.clone(), true);
                }
                (true, "0" | "off" | "false") => {
                    s.components.insert(k.clone(), false);
                }
                _ => reject(Field::Component(k.clone()), v, Reject::UnknownValue),
            }
        }
        for (k, v) in &self.discounts {
            if !valid_key(k) {
                reject(Field::Discount(k.as_str().into()), v, Reject::UnknownValue);
                continue;
            }
            match parse_bounded(v, DISCOUNT_BOUNDS, false) {
                Ok(x) => {
                    s.discounts.insert(ProviderId::new(k.as_str()), x);
                }
                Err(e) => reject(Field::Discount(k.as_str().into()), v, e),
            }
        }
        for (k, v) in &self.overrides {
            if !valid_key(k) {
                reject(Field::Override(k.as_str().into()), v, Reject::UnknownValue);
                continue;
            }
            match parse_bounded(v, OVERRIDE_BOUNDS, false) {
                Ok(x) => {
                    s.overrides.insert(PriceId::new(k.as_str()), x);
                }
                Err(e) => reject(Field::Override(k.as_str().into()), v, e),
            }
        }
        if let Some(c) = self.currency.as_deref() {
            match CurrencyView::parse(c) {
                Some(v) => s.currency = v,
                None => reject(Field::Currency, c, Reject::UnknownValue),
            }
        }
        for (&field, text) in &self.nums {
            match parse_num(field, text) {
                Ok(v) => s.set_num(field, v),
                Err(reason) => reject(Field::Num(field), text, reason),
            }
        }
        (s, rejected)
    }
}
