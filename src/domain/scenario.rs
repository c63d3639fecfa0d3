//! RawScenario (as typed, from the URL or the form) -> Scenario (validated, with defaults and
//! the list of what was rejected and why). Like ripgrep's LowArgs -> HiArgs.

use crate::domain::money::Currency;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A workload preset: one of the seeds' applications, or custom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Workload {
    #[serde(rename = "s000")]
    S000,
    #[serde(rename = "s001")]
    S001,
    #[serde(rename = "s002")]
    S002,
    #[serde(rename = "s003")]
    S003,
    #[serde(rename = "s004")]
    S004,
    #[serde(rename = "custom")]
    Custom,
}

impl Workload {
    pub const ALL: [Workload; 6] = [
        Workload::S000,
        Workload::S001,
        Workload::S002,
        Workload::S003,
        Workload::S004,
        Workload::Custom,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Workload::S000 => "s000",
            Workload::S001 => "s001",
            Workload::S002 => "s002",
            Workload::S003 => "s003",
            Workload::S004 => "s004",
            Workload::Custom => "custom",
        }
    }

    pub fn parse(s: &str) -> Option<Workload> {
        Workload::ALL.into_iter().find(|w| w.as_str() == s)
    }
}

/// Which currency the page shows totals in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CurrencyView {
    Usd,
    Cny,
    Both,
}

impl CurrencyView {
    pub fn as_str(self) -> &'static str {
        match self {
            CurrencyView::Usd => "usd",
            CurrencyView::Cny => "cny",
            CurrencyView::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<CurrencyView> {
        match s.to_ascii_lowercase().as_str() {
            "usd" => Some(CurrencyView::Usd),
            "cny" => Some(CurrencyView::Cny),
            "both" => Some(CurrencyView::Both),
            _ => None,
        }
    }

    /// The currencies to show, primary first.
    pub fn currencies(self) -> &'static [Currency] {
        match self {
            CurrencyView::Usd => &[Currency::Usd],
            CurrencyView::Cny => &[Currency::Cny],
            CurrencyView::Both => &[Currency::Usd, Currency::Cny],
        }
    }
}

/// A numeric scenario input. The snake_case name is used for `input-<field>` test ids and in
/// exports; URL keys live in `share::Param`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NumField {
    Users,
    PeakConcurrency,
    ConversationHours,
    FxRate,
}

impl NumField {
    pub const ALL: [NumField; 4] = [
        NumField::Users,
        NumField::PeakConcurrency,
        NumField::ConversationHours,
        NumField::FxRate,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NumField::Users => "users",
            NumField::PeakConcurrency => "peak_concurrency",
            NumField::ConversationHours => "conversation_hours",
            NumField::FxRate => "fx_rate",
        }
    }

    /// Accepted range, inclusive.
    pub fn bounds(self) -> (f64, f64) {
        match self {
            NumField::Users => (0.0, 1e9),
            NumField::PeakConcurrency => (0.0, 1e8),
            NumField::ConversationHours => (0.0, 1e6),
            NumField::FxRate => (0.01, 1000.0),
        }
    }

    /// Whether only whole numbers make sense.
    pub fn integer(self) -> bool {
        matches!(self, NumField::Users | NumField::PeakConcurrency)
    }
}

/// Why an input was not applied.
#[derive(Clone, Debug, PartialEq)]
pub enum Reject {
    NotANumber,
    NotAWholeNumber,
    OutOfRange { min: f64, max: f64 },
    UnknownValue,
}

/// One rejected input: which, what was typed, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Rejection {
    pub field: String,
    pub value: String,
    pub reason: Reject,
}

/// The scenario exactly as typed; nothing here is trusted yet.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawScenario {
    pub workload: Option<String>,
    pub currency: Option<String>,
    pub nums: BTreeMap<NumField, String>,
}

/// A validated scenario: every field present and in range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub workload: Workload,
    pub users: f64,
    pub peak_concurrency: f64,
    pub conversation_hours: f64,
    pub currency: CurrencyView,
    pub fx_rate: f64,
}

/// FX used when nothing else is given: the catalog's default reference rate (checked by a test).
pub const DEFAULT_FX_RATE: f64 = 6.7686;

impl Scenario {
    /// Defaults of a workload preset: they reproduce its seed.
    pub fn preset(workload: Workload) -> Scenario {
        Scenario {
            workload,
            // seed 000 names no user count; 200 MAU is our assumption, shown in the form
            users: 200.0,
            peak_concurrency: 10.0,
            // seed 000: "100 小时/月对话"
            conversation_hours: 100.0,
            currency: CurrencyView::Usd,
            fx_rate: DEFAULT_FX_RATE,
        }
    }

    pub fn num(&self, f: NumField) -> f64 {
        match f {
            NumField::Users => self.users,
            NumField::PeakConcurrency => self.peak_concurrency,
            NumField::ConversationHours => self.conversation_hours,
            NumField::FxRate => self.fx_rate,
        }
    }

    pub fn set_num(&mut self, f: NumField, v: f64) {
        match f {
            NumField::Users => self.users = v,
            NumField::PeakConcurrency => self.peak_concurrency = v,
            NumField::ConversationHours => self.conversation_hours = v,
            NumField::FxRate => self.fx_rate = v,
        }
    }
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario::preset(Workload::S000)
    }
}

/// Parses one numeric input as a user would type it (spaces, thousands commas allowed).
pub fn parse_num(field: NumField, text: &str) -> Result<f64, Reject> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '，')
        .collect();
    let v: f64 = cleaned.parse().map_err(|_| Reject::NotANumber)?;
    if !v.is_finite() {
        return Err(Reject::NotANumber);
    }
    let (min, max) = field.bounds();
    if v < min || v > max {
        return Err(Reject::OutOfRange { min, max });
    }
    if field.integer() && v.fract() != 0.0 {
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
                    field: "workload".into(),
                    value: w.into(),
                    reason: Reject::UnknownValue,
                });
                Workload::S000
            }),
        };
        let mut s = Scenario::preset(workload);
        if let Some(c) = self.currency.as_deref() {
            match CurrencyView::parse(c) {
                Some(v) => s.currency = v,
                None => rejected.push(Rejection {
                    field: "currency".into(),
                    value: c.into(),
                    reason: Reject::UnknownValue,
                }),
            }
        }
        for (&field, text) in &self.nums {
            match parse_num(field, text) {
                Ok(v) => s.set_num(field, v),
                Err(reason) => rejected.push(Rejection {
                    field: field.name().into(),
                    value: text.clone(),
                    reason,
                }),
            }
        }
        (s, rejected)
    }
}
