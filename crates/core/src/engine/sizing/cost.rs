//! Money per month: cloud billing (always on, active hours a day, scale to zero with its
//! cold start), owned hardware (depreciation, power × PUE, maintenance) and staff time.
//! Plain numbers in one currency: the caller converts. An unknown price gives `None` or
//! `MissingFigure`, never 0.

use super::demand::Demand;
use super::error::{at_least, positive, SizingError};
use crate::model::money::HOURS_PER_MONTH;
use crate::model::scenario::Scenario;

/// Bytes per second at which a scaled-from-zero replica loads its weights, GB/s. An
/// estimate for weights read from network storage or a container image layer into GPU
/// memory (local NVMe is faster, object storage often slower).
pub const LOAD_GB_PER_S: f64 = 1.0;

/// Seconds before a scaled-from-zero container can use its GPU: "Cloud Run instances with
/// an attached L4 GPU with drivers pre-installed start in approximately 5 seconds" (Google
/// Cloud, "GPU support for services", https://cloud.google.com/run/docs/configuring/services/gpu).
/// Pulling a large image the first time on a node adds more; weights are counted apart.
pub const CONTAINER_START_S: f64 = 5.0;

/// How the GPU instances are billed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Billing {
    /// Running all month: [`HOURS_PER_MONTH`] hours.
    AlwaysOn,
    /// Running this many hours a day: 730 × h ÷ 24 hours a month.
    ActiveHours(f64),
    /// Running only while there is traffic: the demand's traffic hours, at most 730; every
    /// first request after idle waits a cold start. Every instance the peak needs is billed
    /// for all those hours (an upper bound: off-peak, fewer would run).
    ScaleToZero,
}

impl Billing {
    /// The scenario's billing: always on at 24 GPU hours a day, else active hours.
    pub fn of(s: &Scenario) -> Billing {
        if s.gpu_hours_per_day >= 24.0 {
            Billing::AlwaysOn
        } else {
            Billing::ActiveHours(s.gpu_hours_per_day)
        }
    }

    /// Hours a month each instance is billed for `demand`.
    pub fn billed_hours(self, demand: &Demand) -> f64 {
        match self {
            Billing::AlwaysOn => HOURS_PER_MONTH,
            Billing::ActiveHours(h) => HOURS_PER_MONTH * h / 24.0,
            Billing::ScaleToZero => demand.traffic_hours_per_month.min(HOURS_PER_MONTH),
        }
    }

    pub(super) fn check(self) -> Result<(), SizingError> {
        match self {
            Billing::ActiveHours(h) if !(0.0..=24.0).contains(&h) => {
                Err(SizingError::InvalidInput {
                    field: "active_hours_per_day",
                    value: h,
                })
            }
            _ => Ok(()),
        }
    }
}

/// Seconds from zero to serving: weights ÷ [`LOAD_GB_PER_S`] + [`CONTAINER_START_S`].
pub fn cold_start_s(weights_gb: f64) -> f64 {
    weights_gb / LOAD_GB_PER_S + CONTAINER_START_S
}

/// Monthly cost of `instances` at `hourly` for `hours` each; `None` when the hourly price is
/// unknown.
pub fn monthly_cost(instances: u64, hourly: Option<f64>, hours: f64) -> Option<f64> {
    hourly.map(|p| instances as f64 * p * hours)
}

/// One owned server (or workstation) and what it costs to run. `None` is unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct OwnedInputs {
    /// Purchase price of one server.
    pub purchase: Option<f64>,
    pub lifetime_years: Option<f64>,
    /// Power drawn while serving, W.
    pub power_w: Option<f64>,
    /// Power usage effectiveness of the room (≥ 1; 1 for an office with no cooling load).
    pub pue: Option<f64>,
    pub price_per_kwh: Option<f64>,
    /// Maintenance (support contract, parts) a year as a share of the purchase price.
    pub maintenance_share_per_year: Option<f64>,
}

/// Monthly cost of owned servers, itemised.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OwnedMonthly {
    /// purchase ÷ (lifetime years × 12), per server.
    pub depreciation: f64,
    /// power W ÷ 1000 × hours × PUE × price per kWh, per server.
    pub power: f64,
    /// maintenance share × purchase ÷ 12, per server.
    pub maintenance: f64,
    /// (depreciation + power + maintenance) × servers.
    pub total: f64,
}

/// Monthly cost of `servers` owned servers running `hours` a month each.
pub fn owned_monthly(
    o: &OwnedInputs,
    servers: u64,
    hours: f64,
) -> Result<OwnedMonthly, SizingError> {
    let get = |v: Option<f64>, figure: &'static str| {
        v.ok_or_else(|| SizingError::missing("owned", figure))
    };
    let purchase = at_least("purchase", get(o.purchase, "purchase")?, 0.0)?;
    let years = positive("lifetime_years", get(o.lifetime_years, "lifetime_years")?)?;
    let watts = at_least("power_w", get(o.power_w, "power_w")?, 0.0)?;
    let pue = at_least("pue", get(o.pue, "pue")?, 1.0)?;
    let kwh = at_least("price_per_kwh", get(o.price_per_kwh, "price_per_kwh")?, 0.0)?;
    let share = get(o.maintenance_share_per_year, "maintenance_share_per_year")?;
    let share = at_least("maintenance_share_per_year", share, 0.0)?;
    let hours = at_least("hours", hours, 0.0)?;
    let depreciation = purchase / (years * 12.0);
    let power = watts / 1000.0 * hours * pue * kwh;
    let maintenance = share * purchase / 12.0;
    Ok(OwnedMonthly {
        depreciation,
        power,
        maintenance,
        total: (depreciation + power + maintenance) * servers as f64,
    })
}

/// Staff time: a share of an engineer at a loaded monthly cost.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StaffInputs {
    /// Share of one engineer's time the deployment takes (0.1 = 10 %).
    pub ops_fraction: f64,
    /// Loaded monthly cost of one engineer (salary, benefits, overhead); `None` is unknown.
    pub loaded_monthly: Option<f64>,
}

/// Staff cost a month: ops fraction × loaded monthly cost.
pub fn staff_monthly(s: &StaffInputs) -> Result<f64, SizingError> {
    let fraction = at_least("ops_fraction", s.ops_fraction, 0.0)?;
    let loaded = s
        .loaded_monthly
        .ok_or_else(|| SizingError::missing("staff", "loaded_monthly"))?;
    Ok(fraction * at_least("loaded_monthly", loaded, 0.0)?)
}
