//! Typed catalog records, embedded at compile time (`include_str!`) and validated on load.
//! Every price and performance figure carries a source, an as-of date and a confidence.

pub mod bench;
mod confidence;
pub mod date;
pub(crate) mod files;
pub mod hardware;
pub mod instances;
pub mod matrix;
pub mod owned;
pub mod perf;
pub mod plan;
mod price;
pub mod quantity;
mod validate;

use crate::model::vocab::{I18nText, InstanceId, PerfId, PriceId, ProviderId};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub use bench::{BenchMetric, LlmBenchmark, SpeechRecord, SpeechTask};
pub use confidence::Confidence;
pub use date::Date;
pub use hardware::{ArchKind, GpuRecord, ModelArch};
pub use instances::GpuInstance;
pub use matrix::{
    Cell, CellValue, Level, MatrixRow, MatrixSection, ProviderMatrix, Scale, Support,
};
pub use owned::{ElectricityPrice, Facility, Market, OwnedServer, PueRecord, StaffCost};
pub use perf::{
    Figure, Metric, ModelRecord, ModelTask, Percentile, PerfRecord, PerfUnit, Runtime, RuntimeKind,
    Subject,
};
pub use price::{Category, GpuSpec, OptionPrice, PriceRecord, PriceValue, SeedFigure, Specs, Unit};
pub use validate::{CatalogError, Rule};

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
    /// Seed write-ups that carry no date (three digits, "000"). A record citing one of them
    /// is dated the day the seed was read, which says nothing about when its figure was
    /// true, so freshness counts it as undated instead of fresh.
    #[serde(default)]
    pub undated_seeds: Vec<String>,
}

/// The whole catalog, validated.
#[derive(Clone, Debug)]
pub struct Catalog {
    pub meta: Meta,
    pub providers: Vec<Provider>,
    pub prices: Vec<PriceRecord>,
    pub plans: Vec<crate::model::catalog::plan::Plan>,
    pub perf: Vec<PerfRecord>,
    pub runtimes: Vec<Runtime>,
    pub models: Vec<ModelRecord>,
    /// GPU boards (`catalog/hardware`), in file order.
    pub gpus: Vec<GpuRecord>,
    /// Model architectures (`catalog/hardware`), in file order.
    pub model_archs: Vec<ModelArch>,
    /// Servers and workstations to buy (`catalog/hardware` `servers`), in file order.
    pub owned_servers: Vec<OwnedServer>,
    /// Electricity prices per market (`catalog/hardware` `electricity`).
    pub electricity: Vec<ElectricityPrice>,
    /// Facility overheads (`catalog/hardware` `pue`).
    pub pue: Vec<PueRecord>,
    /// Loaded cost of an operations engineer per market (`catalog/hardware` `staff`).
    pub staff: Vec<StaffCost>,
    /// Speech models' real-time factors per device (`catalog/hardware` `speech`).
    pub speech: Vec<SpeechRecord>,
    /// Published LLM serving figures (`catalog/hardware` `benchmarks`).
    pub benchmarks: Vec<LlmBenchmark>,
    /// Cloud GPU instance types (`catalog/hardware`), in file order.
    pub instances: Vec<GpuInstance>,
    pub matrix: ProviderMatrix,
    price_index: HashMap<PriceId, usize>,
    perf_index: HashMap<PerfId, usize>,
}

impl Catalog {
    /// Loads and validates the catalog embedded in the binary.
    #[cfg(feature = "embedded")]
    pub fn embedded() -> Result<Catalog, Vec<CatalogError>> {
        validate::load(&files::embedded())
    }

    /// The embedded catalog's files as text, for tests that change one thing and load them.
    #[cfg(feature = "embedded")]
    pub fn embedded_sources() -> files::Sources {
        files::embedded()
    }

    /// Loads and validates catalog sources given as (file name, JSON text).
    pub fn from_sources(sources: &files::Sources) -> Result<Catalog, Vec<CatalogError>> {
        validate::load(sources)
    }

    /// [`Catalog::from_sources`] with `pause().await` between its stages (see
    /// [`crate::steps`]).
    pub async fn from_sources_in_steps<F: std::future::Future<Output = ()>>(
        sources: &files::Sources,
        pause: &mut impl FnMut() -> F,
    ) -> Result<Catalog, Vec<CatalogError>> {
        validate::load_in_steps(sources, pause).await
    }

    pub fn price(&self, id: &PriceId) -> Option<&PriceRecord> {
        self.price_index.get(id).map(|&i| &self.prices[i])
    }

    /// A price record by its id as text.
    pub fn price_by_str(&self, id: &str) -> Option<&PriceRecord> {
        self.price(&PriceId::new(id))
    }

    pub fn plan(&self, id: &str) -> Option<&crate::model::catalog::plan::Plan> {
        self.plans.iter().find(|p| p.id.as_str() == id)
    }

    pub fn provider(&self, id: &ProviderId) -> Option<&Provider> {
        self.providers.iter().find(|p| &p.id == id)
    }

    pub fn perf_record(&self, id: &PerfId) -> Option<&PerfRecord> {
        self.perf_index.get(id).map(|&i| &self.perf[i])
    }

    pub fn runtime(&self, id: &str) -> Option<&Runtime> {
        self.runtimes.iter().find(|r| r.id.as_str() == id)
    }

    pub fn model(&self, id: &str) -> Option<&ModelRecord> {
        self.models.iter().find(|m| m.id.as_str() == id)
    }

    pub fn gpu(&self, id: &str) -> Option<&GpuRecord> {
        self.gpus.iter().find(|g| g.id.as_str() == id)
    }

    pub fn model_arch(&self, id: &str) -> Option<&ModelArch> {
        self.model_archs.iter().find(|m| m.id.as_str() == id)
    }

    pub fn owned_server(&self, id: &str) -> Option<&OwnedServer> {
        self.owned_servers.iter().find(|s| s.id.as_str() == id)
    }

    /// The electricity prices of one market, in file order.
    pub fn electricity_in(&self, market: Market) -> impl Iterator<Item = &ElectricityPrice> {
        self.electricity.iter().filter(move |e| e.market == market)
    }

    /// The staff costs of one market, in file order.
    pub fn staff_in(&self, market: Market) -> impl Iterator<Item = &StaffCost> {
        self.staff.iter().filter(move |s| s.market == market)
    }

    /// The LLM benchmark figures for one model architecture, in file order.
    pub fn benchmarks_for(&self, model: &str) -> impl Iterator<Item = &LlmBenchmark> + '_ {
        let model = model.to_string();
        self.benchmarks
            .iter()
            .filter(move |b| b.model.as_str() == model)
    }

    /// A cloud GPU instance type by its id.
    pub fn instance(&self, id: &InstanceId) -> Option<&GpuInstance> {
        self.instances.iter().find(|i| &i.id == id)
    }

    /// An instance with its GPU board and its hourly price record (validation guarantees
    /// both exist), the three things sizing an instance needs.
    pub fn instance_parts(
        &self,
        id: &InstanceId,
    ) -> Option<(&GpuInstance, &GpuRecord, &PriceRecord)> {
        let i = self.instance(id)?;
        Some((i, self.gpu(i.gpu.as_str())?, self.price(&i.price)?))
    }

    /// Machines (not bare GPU attachments priced per GPU-hour) whose GPUs together have at
    /// least `vram_gib` of memory and that can still be bought on the catalog's date,
    /// smallest VRAM first (then by id).
    pub fn gpus_with_vram(&self, vram_gib: f64) -> Vec<&PriceRecord> {
        let mut v: Vec<(f64, &PriceRecord)> = self
            .prices
            .iter()
            .filter(|p| !p.is_retired_on(self.meta.as_of) && p.unit != Unit::GpuHour)
            .filter_map(|p| p.gpu().map(|g| (g.total_vram_gib(), p)))
            .filter(|(vram, _)| *vram >= vram_gib)
            .collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
        v.into_iter().map(|(_, p)| p).collect()
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
#[cfg(feature = "embedded")]
pub fn shared() -> &'static Result<Catalog, Vec<CatalogError>> {
    static CATALOG: std::sync::OnceLock<Result<Catalog, Vec<CatalogError>>> =
        std::sync::OnceLock::new();
    CATALOG.get_or_init(Catalog::embedded)
}
