//! The sizing panel's inputs in the URL: model, precision, hardware, billing, latency targets,
//! headroom, context and the API it is weighed against. Each is optional: `None`
//! follows the workload's default, so an untouched input is left out of the link.

use crate::model::scenario::{parse_bounded, Reject};
use crate::model::vocab::{BillingMode, Precision};

/// The sizing panel's inputs, each with its own short key (`Param::Sizing`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SizingField {
    /// `zm`: the model architecture (a hardware-catalog id, e.g. `llama3-8b`).
    Model,
    /// `zq`: the precision it is served at (`fp16`, `fp8`, `int8`, `int4`).
    Precision,
    /// `zi`: the hardware: a cloud GPU instance or an owned server (a hardware-catalog id).
    Hardware,
    /// `zb`: billing (`always`, `hours`, `zero`).
    Billing,
    /// `zc`: tokens of context per sequence (1 – 10⁷, whole).
    Context,
    /// `zf`: first-token latency target, ms (10 – 600,000).
    FirstTokenMs,
    /// `zt`: per-token latency target, ms (1 – 10,000).
    PerTokenMs,
    /// `zh`: headroom: the share of a replica's capacity planned for, % (10 – 100, whole).
    HeadroomPct,
    /// `za`: the LLM API weighed against (the price records' common stem, e.g.
    /// `openai-gpt-4o-mini`).
    Api,
}

impl SizingField {
    pub const ALL: [SizingField; 9] = [
        SizingField::Model,
        SizingField::Precision,
        SizingField::Hardware,
        SizingField::Billing,
        SizingField::Context,
        SizingField::FirstTokenMs,
        SizingField::PerTokenMs,
        SizingField::HeadroomPct,
        SizingField::Api,
    ];

    /// `(min, max)` and whether the value must be whole, for the numeric fields.
    pub fn bounds(self) -> Option<((f64, f64), bool)> {
        match self {
            SizingField::Context => Some(((1.0, 1e7), true)),
            SizingField::FirstTokenMs => Some(((10.0, 600_000.0), false)),
            SizingField::PerTokenMs => Some(((1.0, 10_000.0), false)),
            SizingField::HeadroomPct => Some(((10.0, 100.0), true)),
            SizingField::Model
            | SizingField::Precision
            | SizingField::Hardware
            | SizingField::Billing
            | SizingField::Api => None,
        }
    }
}

/// The sizing panel's inputs as the URL carries them (`None`: the workload's default). Ids are
/// checked for their shape here and against the catalog where they are used (an unknown one is
/// said there, and the default used).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SizingParams {
    pub model: Option<String>,
    pub precision: Option<Precision>,
    pub hardware: Option<String>,
    pub billing: Option<BillingMode>,
    pub context: Option<f64>,
    pub first_token_ms: Option<f64>,
    pub per_token_ms: Option<f64>,
    pub headroom_pct: Option<f64>,
    pub api: Option<String>,
}

/// Catalog ids: lowercase letters, digits, dashes, dots and underscores, at most 80.
fn id_like(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
        })
}

impl SizingParams {
    /// Decodes one value; the reason when it is rejected.
    pub(super) fn read(&mut self, f: SizingField, value: &str) -> Result<(), Reject> {
        let number = || match f.bounds() {
            Some((b, whole)) => parse_bounded(value, b, whole),
            None => Err(Reject::UnknownValue),
        };
        let id = || {
            id_like(value)
                .then(|| value.to_string())
                .ok_or(Reject::UnknownValue)
        };
        match f {
            SizingField::Model => self.model = Some(id()?),
            SizingField::Hardware => self.hardware = Some(id()?),
            SizingField::Api => self.api = Some(id()?),
            SizingField::Precision => {
                self.precision = Some(Precision::parse(value).ok_or(Reject::UnknownValue)?)
            }
            SizingField::Billing => {
                self.billing = Some(BillingMode::parse(value).ok_or(Reject::UnknownValue)?)
            }
            SizingField::Context => self.context = Some(number()?),
            SizingField::FirstTokenMs => self.first_token_ms = Some(number()?),
            SizingField::PerTokenMs => self.per_token_ms = Some(number()?),
            SizingField::HeadroomPct => self.headroom_pct = Some(number()?),
        }
        Ok(())
    }

    /// The value written for `f`, or `None` when it is left out.
    pub(super) fn written(&self, f: SizingField) -> Option<String> {
        let num = |v: Option<f64>| v.map(|v| format!("{v}"));
        match f {
            SizingField::Model => self.model.clone(),
            SizingField::Hardware => self.hardware.clone(),
            SizingField::Api => self.api.clone(),
            SizingField::Precision => self.precision.map(|p| p.as_str().to_string()),
            SizingField::Billing => self.billing.map(|b| b.as_str().to_string()),
            SizingField::Context => num(self.context),
            SizingField::FirstTokenMs => num(self.first_token_ms),
            SizingField::PerTokenMs => num(self.per_token_ms),
            SizingField::HeadroomPct => num(self.headroom_pct),
        }
    }
}
