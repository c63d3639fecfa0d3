//! Cloud GPU instance types (issue #16 item 1): the machines a visitor can size a model onto.
//! Each names its GPU board (a [`GpuRecord`](super::GpuRecord) of `catalog/hardware`), how
//! many of them, its vCPUs and RAM, and the hourly price record (`catalog/prices`) that bills
//! it, which carries the on-demand price and, where a source publishes it, spot.
//!
//! The instance record holds the shape; the money stays in the price record, so a price is
//! written once and every plan, table and sizing result reads the same figure. Validation
//! checks that the two agree (GPU count, vCPU, RAM, provider) and that the price is hourly.

use super::confidence::Confidence;
use super::date::Date;
use crate::model::vocab::{GpuId, InstanceId, PriceId, ProviderId};
use serde::{Deserialize, Serialize};

/// One cloud GPU instance type, e.g. AWS g4dn.xlarge: 1 × NVIDIA T4, 4 vCPU, 16 GiB.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GpuInstance {
    pub id: InstanceId,
    /// Display name with the provider's own spelling of the type, e.g. "AWS g4dn.xlarge".
    pub name: String,
    pub provider: ProviderId,
    /// The hourly price record that bills this instance (unit `hour`).
    pub price: PriceId,
    /// The GPU board (catalog/hardware GPU record).
    pub gpu: GpuId,
    /// GPUs in one instance, 1 or more.
    pub gpu_count: u32,
    /// Virtual CPUs, 1 or more.
    pub vcpu: u32,
    /// Main memory, GiB (what the clouds call "GB" or "GiB" for instance memory is binary).
    pub ram_gib: f64,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}
