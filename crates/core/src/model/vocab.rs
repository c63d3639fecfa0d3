//! The vocabulary every layer speaks: workloads, regions, the currency view, purchase options,
//! the UI language, bilingual text, and every typed id (one `id_type!` macro). This is the
//! floor of the crate: it imports nothing above it (only `money::Currency`, itself a floor).

use crate::model::money::Currency;
use serde::{Deserialize, Serialize};

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

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        /// Maps and sets keyed by this id can be looked up with a `&str`.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
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
id_type!(
    /// Identifies a plan, e.g. `s000-ec2-gpu`. Stable: URLs, tests and exports use it.
    PlanId
);
id_type!(
    /// Identifies a runtime class, e.g. `gpu-t4-self-hosted`.
    RuntimeId
);
id_type!(
    /// Identifies a self-hosted model, e.g. `llama3-8b`.
    ModelId
);
id_type!(
    /// Identifies a GPU record of the hardware catalog, e.g. `nvidia-t4`.
    GpuId
);
id_type!(
    /// Identifies a model-architecture record of the hardware catalog, e.g. `llama3-8b`.
    ArchId
);
id_type!(
    /// Identifies a cloud GPU instance type of the hardware catalog, e.g. `aws-g4dn-xlarge`.
    InstanceId
);
id_type!(
    /// Identifies any other record of the hardware catalog: an owned server, an electricity
    /// price, a PUE, a staff cost, a speech or LLM benchmark figure.
    HardwareId
);
id_type!(
    /// Identifies a decision-tree question, e.g. `s000-users`; unique across all trees (the URL
    /// keeps answers as `a.<node id>=<option id>`).
    NodeId
);
id_type!(
    /// Identifies an answer (option) to a decision-tree question; unique within its question.
    OptionId
);

/// Text in both languages of the UI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct I18nText {
    pub zh: String,
    pub en: String,
}

/// Language of the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Accepts `zh`, `en` and browser tags such as `zh-CN` or `en-US`.
    pub fn parse(s: &str) -> Option<Lang> {
        let primary = s
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

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

/// Where most users are: decides which network-latency figures apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    /// Users near the provider's region (no extra network stage).
    Global,
    /// Users in mainland China reaching the provider (seed 004's latency table).
    China,
}

impl Region {
    pub const ALL: [Region; 2] = [Region::Global, Region::China];

    pub fn as_str(self) -> &'static str {
        match self {
            Region::Global => "global",
            Region::China => "cn",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        match s.to_ascii_lowercase().as_str() {
            "global" => Some(Region::Global),
            "cn" | "china" => Some(Region::China),
            _ => None,
        }
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
    /// An LLM provider's batch API (asynchronous, results within 24 h): LLM token prices only.
    Batch,
}

impl PurchaseOption {
    /// serde's name.
    pub fn as_str(self) -> &'static str {
        match self {
            PurchaseOption::OnDemand => "on_demand",
            PurchaseOption::Spot => "spot",
            PurchaseOption::Reserved1y => "reserved_1y",
            PurchaseOption::Reserved3y => "reserved_3y",
            PurchaseOption::SavingsPlan1y => "savings_plan_1y",
            PurchaseOption::Subscription => "subscription",
            PurchaseOption::Batch => "batch",
        }
    }
}

/// How many bytes one weight (and one KV-cache element) takes: the precision a model is served
/// at. The sizing model reads weights at this width; the KV cache stays at FP16 except at FP8.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// FP16 or BF16: 2 bytes a weight.
    Fp16,
    /// FP8 (Hopper, Ada and newer): 1 byte a weight.
    Fp8,
    /// INT8 weight-only or W8A8: 1 byte a weight.
    Int8,
    /// 4-bit weights (AWQ, GPTQ, GGUF Q4): half a byte a weight.
    Int4,
}

impl Precision {
    pub const ALL: [Precision; 4] = [
        Precision::Fp16,
        Precision::Fp8,
        Precision::Int8,
        Precision::Int4,
    ];

    /// serde's name, also the URL's.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Fp16 => "fp16",
            Precision::Fp8 => "fp8",
            Precision::Int8 => "int8",
            Precision::Int4 => "int4",
        }
    }

    pub fn parse(s: &str) -> Option<Precision> {
        match s.to_ascii_lowercase().as_str() {
            "fp16" | "bf16" => Some(Precision::Fp16),
            "fp8" => Some(Precision::Fp8),
            "int8" => Some(Precision::Int8),
            "int4" => Some(Precision::Int4),
            _ => None,
        }
    }

    /// Bytes one weight takes at this precision.
    pub fn bytes_per_weight(self) -> f64 {
        match self {
            Precision::Fp16 => 2.0,
            Precision::Fp8 | Precision::Int8 => 1.0,
            Precision::Int4 => 0.5,
        }
    }
}

/// How a sized GPU deployment is billed: which hours of the month it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingMode {
    /// Running all month (730 h).
    AlwaysOn,
    /// Running the scenario's GPU hours a day.
    ActiveHours,
    /// Started on traffic, stopped when idle (billed for hours with traffic; cold start).
    ScaleToZero,
}

impl BillingMode {
    pub const ALL: [BillingMode; 3] = [
        BillingMode::AlwaysOn,
        BillingMode::ActiveHours,
        BillingMode::ScaleToZero,
    ];

    /// The URL's and the exports' name.
    pub fn as_str(self) -> &'static str {
        match self {
            BillingMode::AlwaysOn => "always",
            BillingMode::ActiveHours => "hours",
            BillingMode::ScaleToZero => "zero",
        }
    }

    pub fn parse(s: &str) -> Option<BillingMode> {
        BillingMode::ALL.into_iter().find(|b| b.as_str() == s)
    }
}
