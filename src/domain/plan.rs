//! Plans: a deployment architecture from a seed, as data (catalog/plans/*.json).

use crate::domain::catalog::{I18nText, PriceId, PriceValue};
use crate::domain::money::Currency;
use crate::domain::quantity::Quantity;
use crate::domain::scenario::Workload;
use serde::{Deserialize, Serialize};

/// Identifies a plan, e.g. `s000-ec2-gpu`. Stable: URLs, tests and exports use it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlanId(pub String);

impl PlanId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A figure a seed states, in its currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeedAmount {
    pub value: PriceValue,
    pub currency: Currency,
    #[serde(default)]
    pub note: Option<String>,
}

/// One priced line of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LineTemplate {
    pub label: I18nText,
    pub price: PriceId,
    pub quantity: Quantity,
    /// What the seed says this line costs per month, if it says.
    #[serde(default)]
    pub seed_figure: Option<SeedAmount>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub id: PlanId,
    /// Seed file number, e.g. "000".
    pub seed: String,
    pub workload: Workload,
    pub name: I18nText,
    pub summary: I18nText,
    pub lines: Vec<LineTemplate>,
    /// The monthly total the seed states for the plan.
    #[serde(default)]
    pub seed_total: Option<SeedAmount>,
}
