//! Memory fit: weights + KV cache + runtime overhead against the usable memory of each GPU
//! of a tensor-parallel group.
//!
//! All sizes are decimal GB (10⁹ bytes), as the catalog's `memory_gb` is written.

use super::error::{positive, SizingError};
use crate::model::catalog::ModelArch;
use crate::model::vocab::Precision;

/// Share of each GPU's memory the serving engine may use: vLLM's default
/// `--gpu-memory-utilization` 0.9 (vllm-project/vllm, `vllm/engine/arg_utils.py`
/// `EngineArgs`; the same default in Unsloth's vLLM guide and Vultr's vLLM tuning notes);
/// the rest is left to the CUDA context, other processes and fragmentation.
pub const USABLE_VRAM_SHARE: f64 = 0.90;

/// Runtime memory per GPU besides weights and KV cache, GB: activations of one forward
/// pass, CUDA graphs and the sampler's buffers. An estimate (vLLM's start-up log reports
/// about 0.5–2 GB of non-KV, non-weight memory for 7–8B models); the calibration table
/// checks it.
pub const RUNTIME_OVERHEAD_GB: f64 = 1.0;

/// The most GPUs one replica is split over (tensor parallel within one machine): 8, the
/// most GPUs any cloud instance in the catalog carries (p4d, p5, a3, ND H100 v5).
pub const MAX_TENSOR_PARALLEL: u32 = 8;

/// Bytes in a decimal GB.
pub const BYTES_PER_GB: f64 = 1e9;

/// The model figures sizing needs, all present and positive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelFigures {
    pub parameters_billions: f64,
    pub layers: u32,
    pub kv_heads: u32,
    pub head_dim: u32,
    /// `None` when no source gives it: then no context is rejected as too long.
    pub max_context_tokens: Option<u32>,
}

impl ModelFigures {
    /// The figures of `arch`, or `MissingFigure` naming the first unknown one.
    pub fn of(arch: &ModelArch) -> Result<ModelFigures, SizingError> {
        let id = arch.id.as_str();
        let params = arch
            .parameters_billions
            .ok_or_else(|| SizingError::missing(id, "parameters_billions"))?;
        let count = |v: Option<u32>, figure: &'static str| match v {
            None => Err(SizingError::missing(id, figure)),
            Some(0) => Err(SizingError::InvalidInput {
                field: figure,
                value: 0.0,
            }),
            Some(n) => Ok(n),
        };
        Ok(ModelFigures {
            parameters_billions: positive("parameters_billions", params)?,
            layers: count(arch.layers, "layers")?,
            kv_heads: count(arch.kv_heads, "kv_heads")?,
            head_dim: count(arch.head_dim, "head_dim")?,
            max_context_tokens: arch.max_context_tokens,
        })
    }

    /// Weights in GB: parameters (billions) × bytes per weight.
    pub fn weights_gb(&self, precision: Precision) -> f64 {
        weights_gb(self.parameters_billions, precision)
    }

    /// KV cache bytes one token of context takes: 2 (K and V) × layers × KV heads × head
    /// dimension × bytes per element.
    pub fn kv_bytes_per_token(&self, precision: Precision) -> f64 {
        2.0 * f64::from(self.layers)
            * f64::from(self.kv_heads)
            * f64::from(self.head_dim)
            * kv_bytes_per_element(precision)
    }
}

/// Weights in GB: `parameters_billions × bytes_per_weight`.
pub fn weights_gb(parameters_billions: f64, precision: Precision) -> f64 {
    parameters_billions * precision.bytes_per_weight()
}

/// Bytes of one KV-cache element: 1 with FP8 weights (the engine runs an FP8 KV cache with
/// them), else 2 (FP16: INT8 and INT4 quantise the weights only, the KV cache stays FP16).
pub fn kv_bytes_per_element(precision: Precision) -> f64 {
    match precision {
        Precision::Fp8 => 1.0,
        Precision::Fp16 | Precision::Int8 | Precision::Int4 => 2.0,
    }
}

/// Usable memory of one GPU, GB: `memory_gb × USABLE_VRAM_SHARE`.
pub fn usable_gb(memory_gb: f64) -> f64 {
    memory_gb * USABLE_VRAM_SHARE
}

/// Tensor-parallel degrees tried for an instance with `gpus` GPUs: the powers of two ≤
/// `gpus` and ≤ [`MAX_TENSOR_PARALLEL`], smallest first.
pub fn split_options(gpus: u32) -> impl Iterator<Item = u32> {
    [1u32, 2, 4, 8]
        .into_iter()
        .filter(move |&n| n <= gpus && n <= MAX_TENSOR_PARALLEL)
}

/// How a model sits in the memory of `gpus` GPUs at one context length.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MemoryFit {
    /// GPUs the replica is split over (tensor parallel).
    pub gpus: u32,
    pub weights_gb: f64,
    pub kv_bytes_per_token: f64,
    /// Context per sequence the fit is computed at (input + output tokens).
    pub context_tokens: f64,
    /// Memory each GPU needs for the weights, the runtime overhead and `sequences` sequences.
    pub need_gb_per_gpu: f64,
    pub usable_gb_per_gpu: f64,
    /// The most sequences at this context whose KV cache fits beside the weights.
    pub max_sequences: f64,
}

/// Memory each GPU of a `gpus`-way split needs: (weights + sequences × context × KV per
/// token) ÷ gpus + [`RUNTIME_OVERHEAD_GB`].
pub fn need_gb_per_gpu(
    weights_gb: f64,
    kv_bytes_per_token: f64,
    context_tokens: f64,
    sequences: f64,
    gpus: u32,
) -> f64 {
    let kv_gb = sequences * context_tokens * kv_bytes_per_token / BYTES_PER_GB;
    (weights_gb + kv_gb) / f64::from(gpus) + RUNTIME_OVERHEAD_GB
}

/// The fit of `m` at `precision` split over exactly `gpus` GPUs of `memory_gb` each, with
/// `sequences` sequences of `context_tokens`: `Ok` when it fits, else `Err` with the same
/// figures (the need that is over the usable memory).
pub fn fit_on(
    m: &ModelFigures,
    precision: Precision,
    memory_gb: f64,
    gpus: u32,
    context_tokens: f64,
    sequences: f64,
) -> Result<MemoryFit, MemoryFit> {
    let weights = m.weights_gb(precision);
    let kv = m.kv_bytes_per_token(precision);
    let usable = usable_gb(memory_gb);
    let need = need_gb_per_gpu(weights, kv, context_tokens, sequences, gpus);
    // KV room over the whole group: (usable − overhead) × gpus − weights.
    let room_gb = (usable - RUNTIME_OVERHEAD_GB) * f64::from(gpus) - weights;
    let max_sequences = if room_gb <= 0.0 {
        0.0
    } else {
        (room_gb * BYTES_PER_GB / (context_tokens * kv)).floor()
    };
    let fit = MemoryFit {
        gpus,
        weights_gb: weights,
        kv_bytes_per_token: kv,
        context_tokens,
        need_gb_per_gpu: need,
        usable_gb_per_gpu: usable,
        max_sequences,
    };
    if need <= usable {
        Ok(fit)
    } else {
        Err(fit)
    }
}

/// The smallest split of an instance with `instance_gpus` GPUs on which weights, overhead
/// and `sequences` sequences of `context_tokens` fit; else `DoesNotFit` with the need on the
/// largest split tried.
pub fn memory_fit(
    m: &ModelFigures,
    precision: Precision,
    memory_gb: f64,
    instance_gpus: u32,
    context_tokens: f64,
    sequences: f64,
) -> Result<MemoryFit, SizingError> {
    let mut last = None;
    for n in split_options(instance_gpus) {
        match fit_on(m, precision, memory_gb, n, context_tokens, sequences) {
            Ok(fit) => return Ok(fit),
            Err(fit) => last = Some(fit),
        }
    }
    Err(does_not_fit(last, memory_gb))
}

/// `DoesNotFit` from the largest split tried (or none, for an instance of zero GPUs).
pub(super) fn does_not_fit(last: Option<MemoryFit>, memory_gb: f64) -> SizingError {
    match last {
        Some(f) => SizingError::DoesNotFit {
            need_gb_per_gpu: f.need_gb_per_gpu,
            usable_gb_per_gpu: f.usable_gb_per_gpu,
            gpus: f.gpus,
            suggest: Default::default(),
        },
        None => SizingError::DoesNotFit {
            need_gb_per_gpu: f64::INFINITY,
            usable_gb_per_gpu: usable_gb(memory_gb),
            gpus: 0,
            suggest: Default::default(),
        },
    }
}
