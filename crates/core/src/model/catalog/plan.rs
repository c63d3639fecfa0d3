//! Plans: a deployment architecture from a seed, as data (catalog/plans/*.json). Adding a plan
//! is a JSON edit.

use super::price::PriceValue;
use super::quantity::Quantity;
use crate::model::money::Currency;
use crate::model::vocab::{I18nText, PerfId, PlanId, PriceId, Region, Workload};
use serde::{Deserialize, Serialize};

/// A figure a seed states, in its currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeedAmount {
    pub value: PriceValue,
    pub currency: Currency,
    #[serde(default)]
    pub note: Option<String>,
    /// For a plan's other stated totals: the component toggles under which the seed states
    /// it (e.g. `{"s001-qdrant": true}`); the audit then compares against it.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub when: std::collections::BTreeMap<String, bool>,
}

/// How a scenario can switch a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToggleKind {
    /// An optional component: the line counts only when it is on.
    Optional,
    /// A resource the team may already own: when on, the line costs nothing.
    Owned,
}

/// A switchable part of a plan. The key is shared by every line (and plan) it applies to, so
/// one toggle in the scenario switches them together; it is also the URL key (`c.<key>`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Component {
    pub key: String,
    pub kind: ToggleKind,
    #[serde(default)]
    pub default_on: bool,
    pub label: I18nText,
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
    /// Why the catalog price differs from the seed's figure, when it does.
    #[serde(default)]
    pub audit_note: Option<I18nText>,
    #[serde(default)]
    pub component: Option<Component>,
}

/// A stage of the request path, for the latency pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Asr,
    Llm,
    Tts,
    Network,
    Database,
    Search,
    Agent,
    Service,
}

impl Stage {
    pub const ALL: [Stage; 8] = [
        Stage::Asr,
        Stage::Llm,
        Stage::Tts,
        Stage::Network,
        Stage::Database,
        Stage::Search,
        Stage::Agent,
        Stage::Service,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Asr => "asr",
            Stage::Llm => "llm",
            Stage::Tts => "tts",
            Stage::Network => "network",
            Stage::Database => "database",
            Stage::Search => "search",
            Stage::Agent => "agent",
            Stage::Service => "service",
        }
    }
}

/// One latency stage: which performance record gives its time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LatencyStage {
    pub stage: Stage,
    pub perf: PerfId,
    /// Counts only when the scenario's users are in this region.
    #[serde(default)]
    pub region: Option<Region>,
}

/// How many concurrent users one unit serves, and whether the plan can add units.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Capacity {
    /// Concurrent users per unit (machine, task, node).
    pub per_unit: f64,
    /// Whether more units can be added (autoscaling or more boxes).
    pub scales: bool,
    /// The performance record the figure comes from.
    #[serde(default)]
    pub perf: Option<PerfId>,
}

/// Where a kind of data goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataPlace {
    /// Stays on machines the team controls.
    Private,
    /// Sent to a third party (an API provider).
    ThirdParty,
    /// Not applicable to this plan.
    None,
}

/// Privacy per data kind (seed 000's table) and a 1-5 rating.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Privacy {
    #[serde(default = "none_place")]
    pub voice: DataPlace,
    #[serde(default = "none_place")]
    pub chat: DataPlace,
    #[serde(default = "none_place")]
    pub model_weights: DataPlace,
    #[serde(default = "none_place")]
    pub documents: DataPlace,
    /// 1 (data leaves for third parties) … 5 (everything private).
    pub rating: u8,
    #[serde(default)]
    pub source: Option<String>,
}

fn none_place() -> DataPlace {
    DataPlace::None
}

/// Operations effort, 1 (easy) … 5 (hard) per task; `None` = not applicable (seed 000's table).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OpsEffort {
    pub setup: Option<u8>,
    pub daily: Option<u8>,
    pub scaling: Option<u8>,
    pub troubleshooting: Option<u8>,
    #[serde(default)]
    pub source: Option<String>,
}

impl OpsEffort {
    /// Mean of the applicable ratings.
    pub fn mean(&self) -> Option<f64> {
        let xs: Vec<f64> = [self.setup, self.daily, self.scaling, self.troubleshooting]
            .into_iter()
            .flatten()
            .map(f64::from)
            .collect();
        (!xs.is_empty()).then(|| xs.iter().sum::<f64>() / xs.len() as f64)
    }
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
    /// Other totals the seed states (e.g. with an optional part, or after its optimisations).
    #[serde(default)]
    pub seed_totals_other: Vec<SeedAmount>,
    #[serde(default)]
    pub latency: Vec<LatencyStage>,
    /// The end-to-end figure the seed states, shown beside the sum of the stages.
    #[serde(default)]
    pub latency_stated: Option<PerfId>,
    #[serde(default)]
    pub capacity: Option<Capacity>,
    #[serde(default)]
    pub privacy: Option<Privacy>,
    #[serde(default)]
    pub ops: Option<OpsEffort>,
    #[serde(default)]
    pub pros: Vec<I18nText>,
    #[serde(default)]
    pub cons: Vec<I18nText>,
}

impl Plan {
    /// The plan's switchable components, each once, in line order.
    pub fn components(&self) -> Vec<&Component> {
        let mut out: Vec<&Component> = Vec::new();
        for c in self.lines.iter().filter_map(|l| l.component.as_ref()) {
            if !out.iter().any(|o| o.key == c.key) {
                out.push(c);
            }
        }
        out
    }
}
