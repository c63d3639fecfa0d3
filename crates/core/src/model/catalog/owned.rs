//! Owning the hardware instead of renting it (issue #16): GPU servers and workstations a team
//! could buy, the electricity they draw, the facility overhead on top (PUE) and the engineer who
//! keeps them running. Read from the `servers`, `electricity`, `pue` and `staff` arrays of
//! `catalog/hardware/*.json`.
//!
//! As everywhere in the catalog, a figure no source gives is `None` (JSON `null`), never 0, and
//! units are in the field names. Every record carries a source, an as-of date (when the figure
//! was true) and a confidence; a derived figure shows its working in the note.

use super::confidence::Confidence;
use super::date::Date;
use super::perf::Figure;
use crate::model::money::Currency;
use crate::model::vocab::{GpuId, HardwareId, PriceId, Region};
use serde::{Deserialize, Serialize};

/// Months in a year, for the per-month figures below.
pub const MONTHS_PER_YEAR: f64 = 12.0;

/// The country whose prices a record gives (electricity tariffs and salaries are national).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Market {
    /// United States.
    Us,
    /// Mainland China.
    Cn,
}

impl Market {
    pub const ALL: [Market; 2] = [Market::Us, Market::Cn];

    pub fn as_str(self) -> &'static str {
        match self {
            Market::Us => "us",
            Market::Cn => "cn",
        }
    }

    /// The market whose records (electricity, staff) apply to users in `region`.
    pub fn of(region: Region) -> Market {
        match region {
            Region::China => Market::Cn,
            Region::Global => Market::Us,
        }
    }

    /// The market's own currency.
    pub fn currency(self) -> Currency {
        match self {
            Market::Us => Currency::Usd,
            Market::Cn => Currency::Cny,
        }
    }
}

/// A machine a team buys: a workstation under a desk or a server in a rack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnedServer {
    pub id: HardwareId,
    pub name: String,
    /// The GPU board it carries (`catalog/hardware` GPU record); `None` when the source does
    /// not say (seed 000's "local machine, GPU optional").
    #[serde(default)]
    pub gpu: Option<GpuId>,
    /// How many of that board; given exactly when `gpu` is.
    #[serde(default)]
    pub gpu_count: Option<u32>,
    /// What the whole machine cost to buy, in `currency`.
    pub purchase_price: Option<f64>,
    pub currency: Currency,
    /// Bought already (a sunk cost): no depreciation is charged, power still is.
    #[serde(default)]
    pub already_owned: bool,
    /// Years over which the purchase is written off (straight line).
    pub lifetime_years: Option<f64>,
    /// Whole-system draw under inference load, W.
    pub power_w: Option<f64>,
    /// Whole-system draw when idle, W.
    #[serde(default)]
    pub idle_w: Option<f64>,
    /// Yearly maintenance and spares as a fraction of the purchase price (0.1 = 10 %).
    #[serde(default)]
    pub maintenance_per_year_share: Option<f64>,
    /// The price record this machine stands for on a plan line, if any.
    #[serde(default)]
    pub price: Option<PriceId>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

impl OwnedServer {
    /// Straight-line depreciation per month: price ÷ (lifetime × 12). Zero for a machine
    /// already owned (its purchase is sunk); `None` when the price or lifetime is unknown.
    pub fn depreciation_per_month(&self) -> Option<f64> {
        if self.already_owned {
            return Some(0.0);
        }
        Some(self.purchase_price? / (self.lifetime_years? * MONTHS_PER_YEAR))
    }

    /// Maintenance per month: price × yearly share ÷ 12; `None` when either is unknown.
    pub fn maintenance_per_month(&self) -> Option<f64> {
        Some(self.purchase_price? * self.maintenance_per_year_share? / MONTHS_PER_YEAR)
    }

    /// Every numeric field as (name, value), for validation.
    pub fn figures(&self) -> [(&'static str, Option<f64>); 5] {
        [
            ("purchase_price", self.purchase_price),
            ("lifetime_years", self.lifetime_years),
            ("power_w", self.power_w),
            ("idle_w", self.idle_w),
            (
                "maintenance_per_year_share",
                self.maintenance_per_year_share,
            ),
        ]
    }
}

/// What one kWh costs a business in a market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElectricityPrice {
    pub id: HardwareId,
    pub market: Market,
    /// Which tariff or average it is, e.g. "US commercial average".
    pub name: String,
    /// Price of one kWh in `currency`: one number or `{"low", "high"}`.
    pub price_per_kwh: Figure,
    pub currency: Currency,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

/// Where the machine stands, which decides the facility overhead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Facility {
    /// Under a desk or in an office: no cooling or power plant of its own.
    Desk,
    /// A server closet or small server room.
    ServerRoom,
    /// A data center (colocation or enterprise).
    Datacenter,
}

impl Facility {
    pub fn as_str(self) -> &'static str {
        match self {
            Facility::Desk => "desk",
            Facility::ServerRoom => "server_room",
            Facility::Datacenter => "datacenter",
        }
    }
}

/// Power usage effectiveness: total facility power ÷ IT power (1.0 = no overhead).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PueRecord {
    pub id: HardwareId,
    pub name: String,
    pub facility: Facility,
    /// One number or `{"low", "high"}`; never below 1.
    pub pue: Figure,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

/// What one operations engineer costs an employer in a market.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffCost {
    pub id: HardwareId,
    pub market: Market,
    /// The role the salary is for, as the source names it.
    pub role: String,
    /// Gross yearly salary, in `currency`.
    pub annual_salary: f64,
    pub currency: Currency,
    /// Employer's total cost ÷ gross salary (benefits, social insurance, payroll taxes).
    pub loaded_factor: f64,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

impl StaffCost {
    /// Loaded cost of one full-time engineer per month: salary × factor ÷ 12.
    pub fn monthly_cost(&self) -> f64 {
        self.annual_salary * self.loaded_factor / MONTHS_PER_YEAR
    }
}
