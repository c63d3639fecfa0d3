//! The scenario as typed (from the URL or the form), and its validation: every input parsed,
//! checked against its bounds, and each rejected one listed with the reason.

use super::{parse_purchase_option, NumField, Scenario};
use crate::model::vocab::{CurrencyView, PriceId, ProviderId, Region, Workload};
use std::collections::BTreeMap;

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
    StaffTime,
    EngineerMonthly,
    GpusFromModel,
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
    /// `1`/`0`: staff time counted.
    pub staff_time: Option<String>,
    /// One engineer's loaded monthly cost.
    pub engineer_monthly: Option<String>,
    /// `1`/`0`: GPU counts from the sizing model.
    pub gpus_from_model: Option<String>,
    pub nums: BTreeMap<NumField, String>,
    /// Component key -> "1"/"0" (on/off), overriding the plan's default.
    pub components: BTreeMap<String, String>,
    /// Provider id -> discount in percent.
    pub discounts: BTreeMap<String, String>,
    /// Price record id -> unit price in the record's currency.
    pub overrides: BTreeMap<String, String>,
}

/// One engineer's loaded monthly cost accepts this range (in the staff record's currency).
pub const ENGINEER_MONTHLY_BOUNDS: (f64, f64) = (0.0, 1e7);

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
        let workload = choice(
            self.workload.as_deref(),
            Workload::parse,
            Field::Workload,
            &mut rejected,
        );
        let mut s = Scenario::preset(workload.unwrap_or(Workload::S000));
        let region = choice(
            self.region.as_deref(),
            Region::parse,
            Field::Region,
            &mut rejected,
        );
        if let Some(v) = region {
            s.region = v;
        }
        let purchase = choice(
            self.purchase_option.as_deref(),
            parse_purchase_option,
            Field::PurchaseOption,
            &mut rejected,
        );
        if let Some(v) = purchase {
            s.purchase_option = v;
        }
        self.read_components(&mut s, &mut rejected);
        self.read_staff(&mut s, &mut rejected);
        let discounts = keyed(&self.discounts, DISCOUNT_BOUNDS, &mut rejected, |k| {
            Field::Discount(k.into())
        });
        s.discounts
            .extend(discounts.into_iter().map(|(k, x)| (ProviderId(k), x)));
        let overrides = keyed(&self.overrides, OVERRIDE_BOUNDS, &mut rejected, |k| {
            Field::Override(k.into())
        });
        s.overrides
            .extend(overrides.into_iter().map(|(k, x)| (PriceId(k), x)));
        let currency = choice(
            self.currency.as_deref(),
            CurrencyView::parse,
            Field::Currency,
            &mut rejected,
        );
        if let Some(v) = currency {
            s.currency = v;
        }
        for (&field, text) in &self.nums {
            match parse_num(field, text) {
                Ok(v) => s.set_num(field, v),
                Err(reason) => rejected.push(Rejection {
                    field: Field::Num(field),
                    value: text.clone(),
                    reason,
                }),
            }
        }
        (s, rejected)
    }

    /// Staff time (the switch, `1`/`0`, and the engineer's monthly cost) and the switch for
    /// GPU counts from the sizing model.
    fn read_staff(&self, s: &mut Scenario, rejected: &mut Vec<Rejection>) {
        let switches = [
            (&self.staff_time, Field::StaffTime, &mut s.staff_time),
            (
                &self.gpus_from_model,
                Field::GpusFromModel,
                &mut s.gpus_from_model,
            ),
        ];
        for (text, field, slot) in switches {
            let Some(v) = text else { continue };
            match v.as_str() {
                "1" | "on" | "true" => *slot = true,
                "0" | "off" | "false" => *slot = false,
                _ => rejected.push(Rejection {
                    field,
                    value: v.clone(),
                    reason: Reject::UnknownValue,
                }),
            }
        }
        if let Some(v) = &self.engineer_monthly {
            match parse_bounded(v, ENGINEER_MONTHLY_BOUNDS, false) {
                Ok(x) => s.engineer_monthly = Some(x),
                Err(reason) => rejected.push(Rejection {
                    field: Field::EngineerMonthly,
                    value: v.clone(),
                    reason,
                }),
            }
        }
    }

    /// Component toggles: `1`/`on`/`true` or `0`/`off`/`false` under an identifier-like key.
    fn read_components(&self, s: &mut Scenario, rejected: &mut Vec<Rejection>) {
        for (k, v) in &self.components {
            match (valid_key(k), v.as_str()) {
                (true, "1" | "on" | "true") => {
                    s.components.insert(k.clone(), true);
                }
                (true, "0" | "off" | "false") => {
                    s.components.insert(k.clone(), false);
                }
                _ => rejected.push(Rejection {
                    field: Field::Component(k.clone()),
                    value: v.clone(),
                    reason: Reject::UnknownValue,
                }),
            }
        }
    }
}

/// One of a closed set of values: `None` when not given, or (rejected) when unknown.
fn choice<T>(
    text: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    field: Field,
    rejected: &mut Vec<Rejection>,
) -> Option<T> {
    let text = text?;
    let value = parse(text);
    if value.is_none() {
        rejected.push(Rejection {
            field,
            value: text.into(),
            reason: Reject::UnknownValue,
        });
    }
    value
}

/// Numbers under identifier-like keys (discounts, overrides), each within `bounds`; the
/// accepted ones in key order.
fn keyed(
    raw: &BTreeMap<String, String>,
    bounds: (f64, f64),
    rejected: &mut Vec<Rejection>,
    field: impl Fn(&str) -> Field,
) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for (k, v) in raw {
        let parsed = if valid_key(k) {
            parse_bounded(v, bounds, false)
        } else {
            Err(Reject::UnknownValue)
        };
        match parsed {
            Ok(x) => out.push((k.clone(), x)),
            Err(reason) => rejected.push(Rejection {
                field: field(k),
                value: v.clone(),
                reason,
            }),
        }
    }
    out
}
