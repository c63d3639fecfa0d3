//! What goes wrong when sizing (issue #16 item 4), as typed data: the UI words it in zh and
//! en. Every error that a different choice could fix carries [`Suggestions`]: what would
//! work instead (quantise, more GPUs, a bigger card, a shorter context), never a silent
//! number.

use crate::model::vocab::{GpuId, Precision};

/// Which latency limit cannot be met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LatencyKind {
    /// Time to the first token (prefill).
    FirstToken,
    /// Time per output token (one decode step).
    PerToken,
}

/// A card from the candidates on which the request works, with the fewest GPUs of that
/// card it needs (a power of two up to [`super::MAX_TENSOR_PARALLEL`]).
#[derive(Clone, Debug, PartialEq)]
pub struct CardFit {
    pub gpu: GpuId,
    pub gpus: u32,
}

/// What would work instead. Empty when nothing tried works.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggestions {
    /// The most precise smaller precision that works on the same GPUs (quantise). FP8 is
    /// only offered on boards with native FP8 throughput.
    pub precision: Option<Precision>,
    /// GPUs of the same card that would work (a power of two above the instance's count, up
    /// to [`super::MAX_TENSOR_PARALLEL`]): a bigger instance of the same family.
    pub gpus: Option<u32>,
    /// Candidate cards that work at the same precision, fewest GPUs first, then least
    /// memory.
    pub cards: Vec<CardFit>,
    /// The longest context a request (input + output tokens, in the same proportion) at
    /// which it works, when shorter than asked.
    pub context_tokens: Option<f64>,
}

impl Suggestions {
    pub fn is_empty(&self) -> bool {
        self.precision.is_none()
            && self.gpus.is_none()
            && self.cards.is_empty()
            && self.context_tokens.is_none()
    }
}

/// Why a sizing cannot be computed.
#[derive(Clone, Debug, PartialEq)]
pub enum SizingError {
    /// An input out of its range (negative, not a number, a zero GPU count, headroom
    /// outside (0, 1], ...): `field` names it.
    InvalidInput { field: &'static str, value: f64 },
    /// A figure the model needs is unknown (`None` in the catalog or the inputs): `record`
    /// is the id of the record (or the input struct), `figure` the field.
    MissingFigure {
        record: String,
        figure: &'static str,
        suggest: Suggestions,
    },
    /// The request's context (input + output tokens) is longer than the model's maximum.
    ContextTooLong {
        requested: f64,
        max: u32,
        suggest: Suggestions,
    },
    /// Weights, KV cache for one sequence and the runtime overhead do not fit even split
    /// over the most GPUs tried (`gpus`): `need_gb_per_gpu` against `usable_gb_per_gpu`.
    DoesNotFit {
        need_gb_per_gpu: f64,
        usable_gb_per_gpu: f64,
        gpus: u32,
        suggest: Suggestions,
    },
    /// A latency target is below the best this setup achieves (`best_ms`, at batch 1 on the
    /// most favourable GPU split).
    LatencyUnreachable {
        which: LatencyKind,
        best_ms: f64,
        target_ms: f64,
        suggest: Suggestions,
    },
}

impl SizingError {
    /// What would work instead, for the errors a different choice can fix.
    pub fn suggestions(&self) -> Option<&Suggestions> {
        match self {
            SizingError::InvalidInput { .. } => None,
            SizingError::MissingFigure { suggest, .. }
            | SizingError::ContextTooLong { suggest, .. }
            | SizingError::DoesNotFit { suggest, .. }
            | SizingError::LatencyUnreachable { suggest, .. } => Some(suggest),
        }
    }

    pub(super) fn suggestions_mut(&mut self) -> Option<&mut Suggestions> {
        match self {
            SizingError::InvalidInput { .. } => None,
            SizingError::MissingFigure { suggest, .. }
            | SizingError::ContextTooLong { suggest, .. }
            | SizingError::DoesNotFit { suggest, .. }
            | SizingError::LatencyUnreachable { suggest, .. } => Some(suggest),
        }
    }

    pub(super) fn missing(record: &str, figure: &'static str) -> SizingError {
        SizingError::MissingFigure {
            record: record.to_string(),
            figure,
            suggest: Suggestions::default(),
        }
    }
}

/// `Ok(v)` when `v` is a finite number ≥ `min`, else `InvalidInput` naming `field`.
pub(super) fn at_least(field: &'static str, v: f64, min: f64) -> Result<f64, SizingError> {
    if v.is_finite() && v >= min {
        Ok(v)
    } else {
        Err(SizingError::InvalidInput { field, value: v })
    }
}

/// `Ok(v)` when `v` is a finite number > 0, else `InvalidInput` naming `field`.
pub(super) fn positive(field: &'static str, v: f64) -> Result<f64, SizingError> {
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(SizingError::InvalidInput { field, value: v })
    }
}
