//! Published speed figures to size and calibrate against (issue #16): speech models' real-time
//! factors per GPU, and LLM serving figures (tokens per second, first-token and per-token
//! latency) per model, GPU, precision and engine. Read from the `speech` and `benchmarks` arrays
//! of `catalog/hardware/*.json`.
//!
//! Each record says exactly what its source measured: the engine and its version, the batch or
//! the number of sequences in flight, the prompt and output lengths. A condition the source
//! does not state is `None`, never guessed.

use super::confidence::Confidence;
use super::date::Date;
use crate::model::vocab::{ArchId, GpuId, HardwareId, Precision};
use serde::{Deserialize, Serialize};

/// Which way the speech goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeechTask {
    /// Speech to text.
    Asr,
    /// Text to speech.
    Tts,
}

impl SpeechTask {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeechTask::Asr => "asr",
            SpeechTask::Tts => "tts",
        }
    }
}

/// One published speed of a speech model on one device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeechRecord {
    pub id: HardwareId,
    /// The model as the source names it, e.g. "Whisper large-v3".
    pub model: String,
    pub task: SpeechTask,
    /// The GPU it ran on; `None` when it ran on a CPU (then `cpu` names it).
    pub gpu: Option<GpuId>,
    /// The CPU it ran on, as the source names it (only without a GPU).
    #[serde(default)]
    pub cpu: Option<String>,
    /// Weight precision, when it is one of the sizing model's; `None` for FP32 or unstated.
    pub precision: Option<Precision>,
    /// Runtime and version, e.g. "faster-whisper (CTranslate2)".
    #[serde(default)]
    pub engine: Option<String>,
    /// Real-time factor: processing time ÷ audio duration (0.1 = ten times faster than real
    /// time). For TTS the audio is the speech produced.
    pub rtf: f64,
    /// Utterances batched into one forward pass, when the source says.
    #[serde(default)]
    pub batch: Option<u32>,
    /// Requests in flight at once, when the source says.
    #[serde(default)]
    pub concurrency: Option<u32>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

impl SpeechRecord {
    /// Seconds of audio one device processes per second of wall time: 1 ÷ RTF.
    pub fn speedup(&self) -> f64 {
        1.0 / self.rtf
    }
}

/// What an LLM benchmark figure measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BenchMetric {
    /// Output tokens per second, summed over every sequence in flight.
    OutputTokensPerS,
    /// Time to the first output token, ms.
    TtftMs,
    /// Time per output token after the first, ms (one sequence's pace).
    TpotMs,
}

impl BenchMetric {
    pub fn as_str(self) -> &'static str {
        match self {
            BenchMetric::OutputTokensPerS => "output_tokens_per_s",
            BenchMetric::TtftMs => "ttft_ms",
            BenchMetric::TpotMs => "tpot_ms",
        }
    }
}

/// One published LLM serving figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LlmBenchmark {
    pub id: HardwareId,
    /// The model architecture (`catalog/hardware` model record).
    pub model: ArchId,
    pub gpu: GpuId,
    /// GPUs the model was split over (tensor parallel size).
    pub gpu_count: u32,
    pub precision: Precision,
    /// Engine and version as the source gives them, e.g. "vLLM 0.6.4".
    pub engine: String,
    /// Sequences in flight; `None` for an offline maximum-throughput run (every request
    /// queued at once, the engine batches as it can).
    pub concurrency: Option<u32>,
    /// Prompt length per request, tokens; `None` when the source does not fix it.
    pub input_tokens: Option<u32>,
    /// Output length per request, tokens; `None` when the source does not fix it.
    pub output_tokens: Option<u32>,
    pub metric: BenchMetric,
    pub value: f64,
    pub source: String,
    pub as_of: Date,
    pub confidence: Confidence,
    #[serde(default)]
    pub note: Option<String>,
}

impl LlmBenchmark {
    /// A single-stream figure: one sequence in flight, the bandwidth-bound case.
    pub fn is_single_stream(&self) -> bool {
        self.concurrency == Some(1)
    }
}
