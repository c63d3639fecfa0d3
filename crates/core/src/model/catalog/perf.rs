//! Performance records (latency, capacity, scalability), runtime classes and the self-hosted
//! models that run on them. Files: `catalog/perf/*.json`, each an object with optional
//! `runtimes`, `models` and `records` arrays.

use super::confidence::Confidence;
use super::date::Date;
use crate::model::vocab::{I18nText, ModelId, PerfId, PriceId, ProviderId, RuntimeId, Workload};

use serde::{Deserialize, Serialize};

/// A figure that may be exact, a range, or bounded on one side only.
///
/// JSON: `100` | `{"low": 20, "high": 100}` | `{"below": 100}` ("<100") |
/// `{"at_least": 50}` ("50+").
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Figure {
    Point(f64),
    Range { low: f64, high: f64 },
    Below { below: f64 },
    AtLeast { at_least: f64 },
}

impl Figure {
    /// Lowest value the figure allows; `None` when it has no lower bound ("<100").
    pub fn low(self) -> Option<f64> {
        match self {
            Figure::Point(x) | Figure::AtLeast { at_least: x } => Some(x),
            Figure::Range { low, .. } => Some(low),
            Figure::Below { .. } => None,
        }
    }

    /// Highest value the figure allows; `None` when it has no upper bound ("50+").
    pub fn high(self) -> Option<f64> {
        match self {
            Figure::Point(x) | Figure::Below { below: x } => Some(x),
            Figure::Range { high, .. } => Some(high),
            Figure::AtLeast { .. } => None,
        }
    }

    /// Every number written in the figure (for validation).
    pub fn numbers(self) -> Vec<f64> {
        match self {
            Figure::Point(x) | Figure::Below { below: x } | Figure::AtLeast { at_least: x } => {
                vec![x]
            }
            Figure::Range { low, high } => vec![low, high],
        }
    }

    /// Compact text as a seed writes it: `100`, `20–100`, `<100`, `50+`.
    pub fn to_text(self) -> String {
        match self {
            Figure::Point(x) => fmt_num(x),
            Figure::Range { low, high } => format!("{}–{}", fmt_num(low), fmt_num(high)),
            Figure::Below { below } => format!("<{}", fmt_num(below)),
            Figure::AtLeast { at_least } => format!("{}+", fmt_num(at_least)),
        }
    }
}

fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}

/// What is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    AsrLatency,
    LlmLatency,
    TtsLatency,
    EndToEndLatency,
    /// Concurrent users one deployment (or one instance) serves.
    ConcurrentUsers,
    CrossCloudLatency,
    FileReadLatency,
    VectorSearchLatency,
    KgQueryLatency,
    AgentLatency,
    /// Response time of the key services of a system.
    ServiceLatency,
    Availability,
    MaxNodesPerCluster,
    NodeStartup,
    DbLatency,
    NetworkThroughput,
    StorageIops,
    NetworkLatencyFromChina,
    /// Time to set the deployment up the first time.
    SetupTime,
}

impl Metric {
    /// serde's snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Metric::AsrLatency => "asr_latency",
            Metric::LlmLatency => "llm_latency",
            Metric::TtsLatency => "tts_latency",
            Metric::EndToEndLatency => "end_to_end_latency",
            Metric::ConcurrentUsers => "concurrent_users",
            Metric::CrossCloudLatency => "cross_cloud_latency",
            Metric::FileReadLatency => "file_read_latency",
            Metric::VectorSearchLatency => "vector_search_latency",
            Metric::KgQueryLatency => "kg_query_latency",
            Metric::AgentLatency => "agent_latency",
            Metric::ServiceLatency => "service_latency",
            Metric::Availability => "availability",
            Metric::MaxNodesPerCluster => "max_nodes_per_cluster",
            Metric::NodeStartup => "node_startup",
            Metric::DbLatency => "db_latency",
            Metric::NetworkThroughput => "network_throughput",
            Metric::StorageIops => "storage_iops",
            Metric::NetworkLatencyFromChina => "network_latency_from_china",
            Metric::SetupTime => "setup_time",
        }
    }
}

/// Unit of a performance figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerfUnit {
    Ms,
    S,
    Minutes,
    Hours,
    Users,
    Nodes,
    Iops,
    Gbps,
    Percent,
}

impl PerfUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            PerfUnit::Ms => "ms",
            PerfUnit::S => "s",
            PerfUnit::Minutes => "minutes",
            PerfUnit::Hours => "hours",
            PerfUnit::Users => "users",
            PerfUnit::Nodes => "nodes",
            PerfUnit::Iops => "iops",
            PerfUnit::Gbps => "gbps",
            PerfUnit::Percent => "percent",
        }
    }

    pub fn parse(s: &str) -> Option<PerfUnit> {
        serde_json::from_value(serde_json::Value::String(s.to_string())).ok()
    }

    /// Factor to milliseconds for time units, so latencies compare across records.
    pub fn to_ms(self) -> Option<f64> {
        match self {
            PerfUnit::Ms => Some(1.0),
            PerfUnit::S => Some(1_000.0),
            PerfUnit::Minutes => Some(60_000.0),
            PerfUnit::Hours => Some(3_600_000.0),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Percentile {
    P50,
    P95,
    P99,
}

/// What a performance figure is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    /// `{"runtime": "gpu-t4-self-hosted"}`
    Runtime(RuntimeId),
    /// `{"provider": "aws"}`
    Provider(ProviderId),
    /// `{"route": {"from": "tencent", "to": "alibaba"}}`: traffic between two providers.
    Route { from: ProviderId, to: ProviderId },
    /// `{"workload": "s003"}`: a requirement or property of a seed's whole system.
    Workload(Workload),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PerfRecord {
    pub id: PerfId,
    pub subject: Subject,
    pub metric: Metric,
    #[serde(default)]
    pub percentile: Option<Percentile>,
    pub value: Figure,
    pub unit: PerfUnit,
    /// A requirement the seed sets, not a figure it reports.
    #[serde(default)]
    pub target: bool,
    /// Price records the figure applies to (e.g. the instance it was measured on).
    #[serde(default)]
    pub prices: Vec<PriceId>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

/// Broad kind of a runtime class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuntimeKind {
    SelfHostedGpu,
    CpuContainer,
    CpuServer,
    RemoteApi,
    LocalWorkstation,
    Serverless,
}

/// A runtime class: where a pipeline runs (e.g. "self-hosted GPU T4", "remote API").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Runtime {
    pub id: RuntimeId,
    pub name: I18nText,
    pub kind: RuntimeKind,
    /// Price records that make up the runtime (instances, per-unit API prices).
    #[serde(default)]
    pub prices: Vec<PriceId>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelTask {
    Asr,
    Llm,
    Tts,
    Vision,
    Embedding,
}

/// A self-hosted model and what it needs to run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelRecord {
    pub id: ModelId,
    pub name: String,
    pub task: ModelTask,
    /// Server that runs it, e.g. "Ollama".
    #[serde(default)]
    pub server: Option<String>,
    /// GPU memory needed for inference; `None` when no seed or source says.
    pub vram_gib: Option<Figure>,
    /// A seed runs (or says it can run) the model without a GPU.
    #[serde(default)]
    pub runs_on_cpu: bool,
    /// GPU price records it fits on (GPU VRAM ≥ the model's lower VRAM bound).
    #[serde(default)]
    pub fits: Vec<PriceId>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

/// One perf file as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PerfFile {
    #[serde(default)]
    pub runtimes: Vec<serde_json::Value>,
    #[serde(default)]
    pub models: Vec<serde_json::Value>,
    #[serde(default)]
    pub records: Vec<serde_json::Value>,
}
