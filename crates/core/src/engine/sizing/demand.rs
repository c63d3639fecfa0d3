//! Demand from the scenario: peak request and token rates, monthly tokens (the same driver
//! formula as the plan lines' `Driver::LlmInputMtokens`, so the numbers agree) and the
//! hours with traffic.

use super::error::{at_least, SizingError};
use crate::model::catalog::quantity::Driver;
use crate::model::scenario::Scenario;

/// The traffic one sizing serves. Every rate and volume scales with a traffic multiplier
/// ([`Demand::scaled`]); the tokens per request do not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Demand {
    /// Requests (LLM turns) per second at the peak: peak concurrent conversations × turns
    /// per minute ÷ 60.
    pub peak_requests_per_s: f64,
    pub input_tokens_per_request: f64,
    pub output_tokens_per_request: f64,
    /// Millions of input tokens a month: conversation minutes × turns per minute × input
    /// tokens per turn ÷ 10⁶.
    pub monthly_input_mtokens: f64,
    /// Millions of output tokens a month, likewise.
    pub monthly_output_mtokens: f64,
    /// Hours a month with traffic, for scale-to-zero billing: the conversation hours (an
    /// upper bound when conversations overlap; capped at 730 when billed).
    pub traffic_hours_per_month: f64,
}

impl Demand {
    /// The demand of scenario `s`.
    pub fn of(s: &Scenario) -> Demand {
        Demand {
            peak_requests_per_s: s.peak_concurrency * s.turns_per_minute / 60.0,
            input_tokens_per_request: s.input_tokens_per_turn,
            output_tokens_per_request: s.output_tokens_per_turn,
            monthly_input_mtokens: Driver::LlmInputMtokens.value(s),
            monthly_output_mtokens: Driver::LlmOutputMtokens.value(s),
            traffic_hours_per_month: s.conversation_hours,
        }
    }

    /// The same traffic `k` times over (more conversations of the same shape).
    pub fn scaled(&self, k: f64) -> Demand {
        Demand {
            peak_requests_per_s: self.peak_requests_per_s * k,
            monthly_input_mtokens: self.monthly_input_mtokens * k,
            monthly_output_mtokens: self.monthly_output_mtokens * k,
            traffic_hours_per_month: self.traffic_hours_per_month * k,
            ..*self
        }
    }

    /// Input tokens per second at the peak.
    pub fn peak_input_tokens_per_s(&self) -> f64 {
        self.peak_requests_per_s * self.input_tokens_per_request
    }

    /// Output tokens per second at the peak.
    pub fn peak_output_tokens_per_s(&self) -> f64 {
        self.peak_requests_per_s * self.output_tokens_per_request
    }

    /// Context one request reaches: input + output tokens.
    pub fn context_tokens(&self) -> f64 {
        self.input_tokens_per_request + self.output_tokens_per_request
    }

    /// Every field a finite number ≥ 0, and at least one output token a request.
    pub fn check(&self) -> Result<(), SizingError> {
        at_least("peak_requests_per_s", self.peak_requests_per_s, 0.0)?;
        at_least(
            "input_tokens_per_request",
            self.input_tokens_per_request,
            0.0,
        )?;
        at_least(
            "output_tokens_per_request",
            self.output_tokens_per_request,
            1.0,
        )?;
        at_least("monthly_input_mtokens", self.monthly_input_mtokens, 0.0)?;
        at_least("monthly_output_mtokens", self.monthly_output_mtokens, 0.0)?;
        at_least("traffic_hours_per_month", self.traffic_hours_per_month, 0.0)?;
        Ok(())
    }
}

/// Sequences in flight by Little's law: arrival rate (per second) × seconds each request
/// stays (first token + output tokens × time per token).
pub fn sequences_in_flight(requests_per_s: f64, seconds_per_request: f64) -> f64 {
    requests_per_s * seconds_per_request
}
