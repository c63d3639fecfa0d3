//! Price records: what a service costs per unit, with provenance (source, as_of, confidence).

use super::confidence::Confidence;
use super::date::Date;
use crate::model::vocab::{PriceId, ProviderId, PurchaseOption};

use crate::model::money::{Currency, Range};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a price is charged per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Hour,
    Month,
    Year,
    GbMonth,
    Gb,
    Tib,
    VcpuHour,
    GbHour,
    GpuHour,
    VcpuSecond,
    GbSecond,
    LcuHour,
    MInputTokens,
    MOutputTokens,
    MTokens,
    Minute,
    MCharacters,
    MRequests,
    KRequests,
    HostMonth,
    GbRamMonth,
    Image,
    JobMonth,
    /// Per 1M messages (Pub/Sub, message queues).
    MMessages,
    /// Per 1M events (EventBridge).
    MEvents,
    /// Per user seat per month (observability SaaS).
    UserMonth,
    /// Per VM an hour: a charge for each machine a service is attached to (Cloud NAT bills each
    /// assigned VM, up to a cap).
    VmHour,
}

impl Unit {
    pub const ALL: [Unit; 27] = [
        Unit::Hour,
        Unit::Month,
        Unit::Year,
        Unit::GbMonth,
        Unit::Gb,
        Unit::Tib,
        Unit::VcpuHour,
        Unit::GbHour,
        Unit::GpuHour,
        Unit::VcpuSecond,
        Unit::GbSecond,
        Unit::LcuHour,
        Unit::MInputTokens,
        Unit::MOutputTokens,
        Unit::MTokens,
        Unit::Minute,
        Unit::MCharacters,
        Unit::MRequests,
        Unit::KRequests,
        Unit::HostMonth,
        Unit::GbRamMonth,
        Unit::Image,
        Unit::JobMonth,
        Unit::MMessages,
        Unit::MEvents,
        Unit::UserMonth,
        Unit::VmHour,
    ];

    pub fn as_str(self) -> &'static str {
        // serde's snake_case names, kept in one place for CSV and lookups
        match self {
            Unit::Hour => "hour",
            Unit::Month => "month",
            Unit::Year => "year",
            Unit::GbMonth => "gb_month",
            Unit::Gb => "gb",
            Unit::Tib => "tib",
            Unit::VcpuHour => "vcpu_hour",
            Unit::GbHour => "gb_hour",
            Unit::GpuHour => "gpu_hour",
            Unit::VcpuSecond => "vcpu_second",
            Unit::GbSecond => "gb_second",
            Unit::LcuHour => "lcu_hour",
            Unit::MInputTokens => "m_input_tokens",
            Unit::MOutputTokens => "m_output_tokens",
            Unit::MTokens => "m_tokens",
            Unit::Minute => "minute",
            Unit::MCharacters => "m_characters",
            Unit::MRequests => "m_requests",
            Unit::KRequests => "k_requests",
            Unit::HostMonth => "host_month",
            Unit::GbRamMonth => "gb_ram_month",
            Unit::Image => "image",
            Unit::JobMonth => "job_month",
            Unit::MMessages => "m_messages",
            Unit::MEvents => "m_events",
            Unit::UserMonth => "user_month",
            Unit::VmHour => "vm_hour",
        }
    }

    pub fn parse(s: &str) -> Option<Unit> {
        serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
    }
}

/// Broad kind of service, for filters and stacked charts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Compute,
    Gpu,
    Container,
    Serverless,
    Storage,
    Database,
    Cache,
    Network,
    Cdn,
    Hosting,
    LlmApi,
    SpeechApi,
    EmbeddingApi,
    ThirdPartyApi,
    Messaging,
    Monitoring,
    Logging,
    Security,
    Domain,
    ApiGateway,
    Scheduler,
    CiCd,
    Other,
}

impl Category {
    pub const ALL: [Category; 23] = [
        Category::Compute,
        Category::Gpu,
        Category::Container,
        Category::Serverless,
        Category::Storage,
        Category::Database,
        Category::Cache,
        Category::Network,
        Category::Cdn,
        Category::Hosting,
        Category::LlmApi,
        Category::SpeechApi,
        Category::EmbeddingApi,
        Category::ThirdPartyApi,
        Category::Messaging,
        Category::Monitoring,
        Category::Logging,
        Category::Security,
        Category::Domain,
        Category::ApiGateway,
        Category::Scheduler,
        Category::CiCd,
        Category::Other,
    ];

    /// serde's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Compute => "compute",
            Category::Gpu => "gpu",
            Category::Container => "container",
            Category::Serverless => "serverless",
            Category::Storage => "storage",
            Category::Database => "database",
            Category::Cache => "cache",
            Category::Network => "network",
            Category::Cdn => "cdn",
            Category::Hosting => "hosting",
            Category::LlmApi => "llm_api",
            Category::SpeechApi => "speech_api",
            Category::EmbeddingApi => "embedding_api",
            Category::ThirdPartyApi => "third_party_api",
            Category::Messaging => "messaging",
            Category::Monitoring => "monitoring",
            Category::Logging => "logging",
            Category::Security => "security",
            Category::Domain => "domain",
            Category::ApiGateway => "api_gateway",
            Category::Scheduler => "scheduler",
            Category::CiCd => "ci_cd",
            Category::Other => "other",
        }
    }
}

/// A price: one figure or a low/high range. `null` in the JSON means unknown.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PriceValue {
    Point(f64),
    Range { low: f64, high: f64 },
}

impl PriceValue {
    pub fn range(self) -> Range<f64> {
        match self {
            PriceValue::Point(x) => Range::point(x),
            PriceValue::Range { low, high } => Range::new(low, high),
        }
    }
}

/// The price of a record under one purchase option, with its own provenance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionPrice {
    pub price: PriceValue,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

/// GPU part of an instance's specs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GpuSpec {
    pub model: String,
    pub count: u32,
    pub vram_gib: f64,
}

impl GpuSpec {
    /// VRAM of all GPUs together.
    pub fn total_vram_gib(&self) -> f64 {
        self.vram_gib * f64::from(self.count)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Specs {
    #[serde(default)]
    pub vcpu: Option<f64>,
    #[serde(default)]
    pub memory_gib: Option<f64>,
    #[serde(default)]
    pub gpu: Option<GpuSpec>,
    #[serde(default)]
    pub disk_gb: Option<f64>,
}

/// A figure a seed states for this record, kept beside the sourced one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeedFigure {
    pub seed: String,
    pub price: PriceValue,
    pub currency: Currency,
    pub unit: Unit,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A price record as the catalog's JSON writes it. Serialising leaves out the optional fields
/// that are absent, so a record written by a tool (crates/catalog-import) reads like a
/// hand-written one and parses back to the same value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceRecord {
    pub id: PriceId,
    pub provider: ProviderId,
    pub service: String,
    pub category: Category,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub specs: Option<Specs>,
    pub unit: Unit,
    /// `None` = nobody knows; shown as "unknown", never as 0.
    pub price: Option<PriceValue>,
    pub currency: Currency,
    /// Price per `unit` of input tokens served from the provider's prompt cache (a cache
    /// hit), where the provider lists one; only on `m_input_tokens` records. Same source,
    /// date and currency as `price`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cached_input: Option<f64>,
    /// Price per `unit` through the provider's asynchronous batch API, where it lists one.
    /// Same source, date and currency as `price`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<PurchaseOption, OptionPrice>,
    /// Units per month that are free (in `unit`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_quota: Option<f64>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Date from which the SKU can no longer be bought.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<Date>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seed_figures: Vec<SeedFigure>,
}

impl PriceRecord {
    /// The record's GPU, if its specs name one.
    pub fn gpu(&self) -> Option<&GpuSpec> {
        self.specs.as_ref().and_then(|s| s.gpu.as_ref())
    }

    /// True when the SKU can no longer be bought on `day`.
    pub fn is_retired_on(&self, day: Date) -> bool {
        self.retired.is_some_and(|r| r <= day)
    }
}
