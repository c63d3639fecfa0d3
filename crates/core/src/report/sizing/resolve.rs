//! The panel's inputs resolved against the catalog: each `None` in the URL's
//! [`SizingParams`] becomes the workload's default, and an id the catalog does not have (or
//! cannot size) becomes the default too, with a notice saying so.

use crate::engine::sizing::{Billing, DEFAULT_HEADROOM, DEFAULT_TPOT_TARGET_MS};
use crate::model::catalog::{
    ArchKind, Catalog, GpuInstance, GpuRecord, ModelArch, OwnedServer, PriceRecord,
};
use crate::model::catalog::{Category, Unit};
use crate::model::scenario::Scenario;
use crate::model::vocab::{BillingMode, InstanceId, Precision, Region, Workload};
use crate::url::{SizingField, SizingParams};

/// Default model: Llama 3 8B, the open model the seeds' self-hosted plans run.
pub const DEFAULT_MODEL: &str = "llama3-8b";

/// Default precision: INT4. The seeds serve their model with Ollama, whose default model
/// tags are 4-bit (Q4) quantisations, so INT4 is what a seed's GPU actually holds.
pub const DEFAULT_PRECISION: Precision = Precision::Int4;

/// Default hardware: AWS g4dn.xlarge (1 × T4), the GPU instance of seeds 000 and 003.
pub const DEFAULT_HARDWARE: &str = "aws-g4dn-xlarge";

/// Default hardware when the users are in China: Tencent GN7.2XLARGE32, the same T4 on a
/// mainland cloud.
pub const DEFAULT_HARDWARE_CHINA: &str = "tencent-gn7-2xlarge32";

/// Default API when the workload's plans price no LLM by the token: gpt-4o-mini, the API
/// of seed 000's API plan.
pub const DEFAULT_API: &str = "openai-gpt-4o-mini";

/// The machine one replica runs on.
#[derive(Clone, Copy, Debug)]
pub enum Hardware<'a> {
    /// A cloud instance with its board and hourly price record.
    Instance(&'a GpuInstance, &'a GpuRecord, &'a PriceRecord),
    /// An owned server (only those whose board the catalog names are offered).
    Owned(&'a OwnedServer, &'a GpuRecord),
}

impl<'a> Hardware<'a> {
    pub fn id(&self) -> &'a str {
        match self {
            Hardware::Instance(i, _, _) => i.id.as_str(),
            Hardware::Owned(s, _) => s.id.as_str(),
        }
    }
    pub fn gpu(&self) -> &'a GpuRecord {
        match self {
            Hardware::Instance(_, g, _) | Hardware::Owned(_, g) => g,
        }
    }
    pub fn gpus(&self) -> u32 {
        match self {
            Hardware::Instance(i, _, _) => i.gpu_count,
            Hardware::Owned(s, _) => s.gpu_count.unwrap_or(1),
        }
    }
    pub fn name(&self) -> &'a str {
        match self {
            Hardware::Instance(i, _, _) => &i.name,
            Hardware::Owned(s, _) => &s.name,
        }
    }
}

/// One id from the URL that was replaced by the default.
#[derive(Clone, Debug, PartialEq)]
pub struct Replaced {
    pub field: SizingField,
    /// The id as the URL wrote it.
    pub asked: String,
    /// The name of what is shown instead.
    pub shown: String,
}

/// Every input of the panel, resolved.
#[derive(Clone, Debug)]
pub struct Resolved<'a> {
    pub arch: &'a ModelArch,
    pub precision: Precision,
    pub hardware: Hardware<'a>,
    pub billing_mode: BillingMode,
    pub billing: Billing,
    /// Tokens of context per sequence (input + output).
    pub context: f64,
    pub first_token_ms: f64,
    pub per_token_ms: f64,
    /// Share of capacity planned for, in (0, 1].
    pub headroom: f64,
    /// The API stem (`<stem>-input` and `<stem>-output` exist and are not retired).
    pub api: String,
    pub replaced: Vec<Replaced>,
}

/// Models the panel sizes: decoder-only LLMs. Vision models (the encoder in front is not
/// modelled, and the catalog's one has no figures) and embedding models (no KV cache, no
/// decode) are left out of the list rather than shown disabled.
pub fn sizable_models(c: &Catalog) -> impl Iterator<Item = &ModelArch> {
    c.model_archs.iter().filter(|m| m.kind == ArchKind::Llm)
}

/// Owned servers the panel offers: those whose GPU board the catalog names (seed 000's
/// "local machine, GPU optional" has none and cannot be sized).
pub fn sizable_owned(c: &Catalog) -> impl Iterator<Item = (&OwnedServer, &GpuRecord)> {
    c.owned_servers
        .iter()
        .filter_map(|s| Some((s, c.gpu(s.gpu.as_ref()?.as_str())?)))
}

/// LLM API stems whose input and output token prices both exist and are not retired on the
/// catalog's date, in file order.
pub fn api_stems(c: &Catalog) -> Vec<(&PriceRecord, &PriceRecord)> {
    let day = c.meta.as_of;
    let live = |p: &&PriceRecord| p.category == Category::LlmApi && !p.is_retired_on(day);
    c.prices
        .iter()
        .filter(live)
        .filter(|p| p.unit == Unit::MInputTokens)
        .filter_map(|i| {
            let stem = i.id.as_str().strip_suffix("-input")?;
            let o = c.price_by_str(&format!("{stem}-output"))?;
            (o.unit == Unit::MOutputTokens && live(&o)).then_some((i, o))
        })
        .collect()
}

/// The stem of an API's price records.
pub fn stem(input: &PriceRecord) -> &str {
    input
        .id
        .as_str()
        .strip_suffix("-input")
        .unwrap_or(input.id.as_str())
}

/// The API the workload's plans price by the token (the first such plan line), else
/// [`DEFAULT_API`].
pub fn default_api(c: &Catalog, w: Workload) -> String {
    let stems = api_stems(c);
    c.plans
        .iter()
        .filter(|p| p.workload == w)
        .flat_map(|p| p.lines.iter())
        .map(|l| &l.price)
        .find_map(|id| {
            stems
                .iter()
                .find(|(i, _)| i.id == *id)
                .map(|(i, _)| stem(i).to_string())
        })
        .unwrap_or_else(|| DEFAULT_API.to_string())
}

/// The hardware an id names, when the catalog can size it.
pub fn hardware<'a>(c: &'a Catalog, id: &str) -> Option<Hardware<'a>> {
    if let Some((i, g, p)) = c.instance_parts(&InstanceId::new(id)) {
        return Some(Hardware::Instance(i, g, p));
    }
    sizable_owned(c)
        .find(|(s, _)| s.id.as_str() == id)
        .map(|(s, g)| Hardware::Owned(s, g))
}

/// The default hardware for a scenario's region.
pub fn default_hardware_id(s: &Scenario) -> &'static str {
    match s.region {
        Region::China => DEFAULT_HARDWARE_CHINA,
        Region::Global => DEFAULT_HARDWARE,
    }
}

/// The default billing: active hours when the scenario runs its GPUs under 24 h a day.
pub fn default_billing(s: &Scenario) -> BillingMode {
    if s.gpu_hours_per_day < 24.0 {
        BillingMode::ActiveHours
    } else {
        BillingMode::AlwaysOn
    }
}

/// The engine's billing for a mode under scenario `s`.
pub fn billing(mode: BillingMode, s: &Scenario) -> Billing {
    match mode {
        BillingMode::AlwaysOn => Billing::AlwaysOn,
        BillingMode::ActiveHours => Billing::ActiveHours(s.gpu_hours_per_day),
        BillingMode::ScaleToZero => Billing::ScaleToZero,
    }
}

/// Resolves `p` for scenario `s`. `None` only when the catalog lacks the defaults
/// themselves (a broken catalog).
pub fn resolve<'a>(c: &'a Catalog, s: &Scenario, p: &SizingParams) -> Option<Resolved<'a>> {
    let mut replaced = Vec::new();
    let mut note = |field, asked: &str, shown: &str| {
        replaced.push(Replaced {
            field,
            asked: asked.to_string(),
            shown: shown.to_string(),
        })
    };
    let default_arch = c.model_arch(DEFAULT_MODEL)?;
    let arch = match &p.model {
        None => default_arch,
        Some(id) => match sizable_models(c).find(|m| m.id.as_str() == id) {
            Some(m) => m,
            None => {
                note(SizingField::Model, id, &default_arch.name);
                default_arch
            }
        },
    };
    let default_hw = hardware(c, default_hardware_id(s))?;
    let hw = match &p.hardware {
        None => default_hw,
        Some(id) => hardware(c, id).unwrap_or_else(|| {
            note(SizingField::Hardware, id, default_hw.name());
            default_hw
        }),
    };
    let default_api = default_api(c, s.workload);
    let api = match &p.api {
        None => default_api,
        Some(id) if api_stems(c).iter().any(|(i, _)| stem(i) == id) => id.clone(),
        Some(id) => {
            note(SizingField::Api, id, &default_api);
            default_api
        }
    };
    let mode = p.billing.unwrap_or_else(|| default_billing(s));
    Some(Resolved {
        arch,
        precision: p.precision.unwrap_or(DEFAULT_PRECISION),
        hardware: hw,
        billing_mode: mode,
        billing: billing(mode, s),
        context: p
            .context
            .unwrap_or(s.input_tokens_per_turn + s.output_tokens_per_turn),
        first_token_ms: p.first_token_ms.unwrap_or(s.latency_target_ms),
        per_token_ms: p.per_token_ms.unwrap_or(DEFAULT_TPOT_TARGET_MS),
        headroom: p.headroom_pct.map_or(DEFAULT_HEADROOM, |h| h / 100.0),
        api,
        replaced,
    })
}
