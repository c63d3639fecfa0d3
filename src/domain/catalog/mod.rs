//! Typed catalog records, embedded at compile time (`include_str!`) and validated on load.
//! Every price and performance figure carries a source, an as-of date and a confidence.

pub mod date;
mod files;
mod validate;

use crate::domain::money::{Currency, Range};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

pub use date::Date;
pub use validate::{CatalogError, Rule};

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(s: impl Into<String>) -> Self {
                $name(s.into())
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies a price record, e.g. `aws-ec2-g4dn-xlarge`.
    PriceId
);
id_type!(
    /// Identifies a performance record.
    PerfId
);
id_type!(
    /// Identifies a provider (cloud, API vendor, SaaS, or `self` for owned hardware).
    ProviderId
);

/// Text in both languages of the UI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct I18nText {
    pub zh: String,
    pub en: String,
}

/// How far a figure can be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read from the provider, or from a file generated from its price API.
    List,
    /// Arithmetic on a listed figure (e.g. a monthly figure ÷ 730 h).
    Derived,
    /// Only a seed write-up states it.
    Seed,
    /// Our own or a third party's estimate.
    Estimate,
}

impl Confidence {
    pub const ALL: [Confidence; 4] = [
        Confidence::List,
        Confidence::Derived,
        Confidence::Seed,
        Confidence::Estimate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::List => "list",
            Confidence::Derived => "derived",
            Confidence::Seed => "seed",
            Confidence::Estimate => "estimate",
        }
    }
}

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
}

impl Unit {
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
    Other,
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

/// Ways to buy the same thing at another price.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PurchaseOption {
    OnDemand,
    Spot,
    #[serde(rename = "reserved_1y")]
    Reserved1y,
    #[serde(rename = "reserved_3y")]
    Reserved3y,
    #[serde(rename = "savings_plan_1y")]
    SavingsPlan1y,
    /// 包年包月 (monthly/yearly subscription on Chinese clouds).
    Subscription,
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
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceRecord {
    pub id: PriceId,
    pub provider: ProviderId,
    pub service: String,
    pub category: Category,
    #[serde(default)]
    pub sku: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub specs: Option<Specs>,
    pub unit: Unit,
    /// `None` = nobody knows; shown as "unknown", never as 0.
    pub price: Option<PriceValue>,
    pub currency: Currency,
    #[serde(default)]
    pub options: BTreeMap<PurchaseOption, OptionPrice>,
    /// Units per month that are free (in `unit`).
    #[serde(default)]
    pub free_quota: Option<f64>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
    /// Date from which the SKU can no longer be bought.
    #[serde(default)]
    pub retired: Option<Date>,
    #[serde(default)]
    pub seed_figures: Vec<SeedFigure>,
}

/// FX reference rate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FxRecord {
    pub id: String,
    pub cny_per_usd: f64,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Provider {
    pub id: ProviderId,
    pub name: I18nText,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The date the catalog was last reviewed; no record may be dated after it.
    pub as_of: Date,
    /// Id of the FX record used by default.
    pub default_fx: String,
    pub fx: Vec<FxRecord>,
}

/// The whole catalog, validated.
#[derive(Clone, Debug)]
pub struct Catalog {
    pub meta: Meta,
    pub providers: Vec<Provider>,
    pub prices: Vec<PriceRecord>,
    pub plans: Vec<crate::domain::plan::Plan>,
    price_index: HashMap<PriceId, usize>,
}

impl Catalog {
    /// Loads and validates the catalog embedded in the binary.
    pub fn embedded() -> Result<Catalog, Vec<CatalogError>> {
        validate::load(&files::embedded())
    }

    /// Loads and validates catalog sources given as (file name, JSON text).
    pub fn from_sources(sources: &files::Sources) -> Result<Catalog, Vec<CatalogError>> {
        validate::load(sources)
    }

    pub fn price(&self, id: &PriceId) -> Option<&PriceRecord> {
        self.price_index.get(id).map(|&i| &self.prices[i])
    }

    pub fn plan(&self, id: &str) -> Option<&crate::domain::plan::Plan> {
        self.plans.iter().find(|p| p.id.as_str() == id)
    }

    pub fn default_fx(&self) -> &FxRecord {
        self.meta
            .fx
            .iter()
            .find(|f| f.id == self.meta.default_fx)
            .unwrap_or(&self.meta.fx[0])
    }
}

pub use files::Sources;

/// The embedded catalog, loaded and validated once per process.
pub fn shared() -> &'static Result<Catalog, Vec<CatalogError>> {
    static CATALOG: std::sync::OnceLock<Result<Catalog, Vec<CatalogError>>> =
        std::sync::OnceLock::new();
    CATALOG.get_or_init(Catalog::embedded)
}
