//! The hardware catalog: GPUs (memory, bandwidth, dense throughput, power) and the
//! architecture of the models that run on them (parameters, layers, heads, context), the data
//! the sizing model (issue #16) reads. Files: `catalog/hardware/*.json`, each an object with
//! optional `gpus`, `models` and `instances` arrays (instances: see `instances.rs`).
//!
//! Every figure is as its source states it; a figure no source gives is `None` (JSON `null`),
//! never 0. Units are in the field names. Throughput is always **dense** (without 2:4
//! structured sparsity): where a vendor gives only the sparse figure, the record halves it,
//! says `derived` and shows the working in its note.

use super::confidence::Confidence;
use super::date::Date;
use crate::model::vocab::{ArchId, GpuId, ModelId};
use serde::{Deserialize, Serialize};

/// One GPU model (a board, not an instance).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GpuRecord {
    pub id: GpuId,
    pub name: String,
    pub vendor: String,
    /// Memory on the board, in GB as the vendor writes it (decimal: 16 GB, 80 GB).
    pub memory_gb: Option<f64>,
    /// Peak memory bandwidth, GB/s.
    pub memory_bandwidth_gb_s: Option<f64>,
    /// Dense FP16 / BF16 tensor throughput, TFLOPS (no sparsity).
    pub fp16_dense_tflops: Option<f64>,
    /// Dense INT8 tensor throughput, TOPS (no sparsity).
    pub int8_dense_tops: Option<f64>,
    /// Dense FP8 tensor throughput, TFLOPS (no sparsity); `None` on boards without FP8.
    pub fp8_dense_tflops: Option<f64>,
    /// Thermal design power (maximum board power), W.
    pub tdp_w: Option<f64>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

impl GpuRecord {
    /// Every numeric field as (name, value), for validation and tables.
    pub fn figures(&self) -> [(&'static str, Option<f64>); 6] {
        [
            ("memory_gb", self.memory_gb),
            ("memory_bandwidth_gb_s", self.memory_bandwidth_gb_s),
            ("fp16_dense_tflops", self.fp16_dense_tflops),
            ("int8_dense_tops", self.int8_dense_tops),
            ("fp8_dense_tflops", self.fp8_dense_tflops),
            ("tdp_w", self.tdp_w),
        ]
    }
}

/// What a model does (decides which figures the sizing model needs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArchKind {
    /// Decoder-only language model (KV cache grows with context).
    Llm,
    /// Language model with a vision encoder in front.
    Vision,
    /// Encoder producing embeddings (no KV cache across tokens).
    Embedding,
}

/// The architecture of one open-weights model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelArch {
    pub id: ArchId,
    pub name: String,
    pub kind: ArchKind,
    /// The self-hosted model record (`catalog/perf`) this architecture belongs to, if any.
    #[serde(default)]
    pub model: Option<ModelId>,
    /// Total parameters, billions.
    pub parameters_billions: Option<f64>,
    /// Transformer layers (`num_hidden_layers`).
    pub layers: Option<u32>,
    /// Query heads per layer (`num_attention_heads`).
    pub attention_heads: Option<u32>,
    /// Key/value heads per layer (`num_key_value_heads`; equal to the query heads without GQA).
    pub kv_heads: Option<u32>,
    /// Dimension of one head (`head_dim`, or `hidden_size ÷ num_attention_heads`).
    pub head_dim: Option<u32>,
    /// Longest context the published configuration supports, tokens.
    pub max_context_tokens: Option<u32>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

impl ModelArch {
    /// Every count as (name, value), for validation.
    pub fn counts(&self) -> [(&'static str, Option<u32>); 5] {
        [
            ("layers", self.layers),
            ("attention_heads", self.attention_heads),
            ("kv_heads", self.kv_heads),
            ("head_dim", self.head_dim),
            ("max_context_tokens", self.max_context_tokens),
        ]
    }
}

/// One hardware file as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct HardwareFile {
    #[serde(default)]
    pub gpus: Vec<serde_json::Value>,
    #[serde(default)]
    pub models: Vec<serde_json::Value>,
    // owned hardware, running costs and speed figures: model/catalog/{owned,bench}.rs
    #[serde(default)]
    pub servers: Vec<serde_json::Value>,
    #[serde(default)]
    pub electricity: Vec<serde_json::Value>,
    #[serde(default)]
    pub pue: Vec<serde_json::Value>,
    #[serde(default)]
    pub staff: Vec<serde_json::Value>,
    #[serde(default)]
    pub speech: Vec<serde_json::Value>,
    #[serde(default)]
    pub benchmarks: Vec<serde_json::Value>,
    /// Cloud GPU instance types (validated in `validate/instances.rs`).
    #[serde(default)]
    pub instances: Vec<serde_json::Value>,
}
