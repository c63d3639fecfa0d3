//! Break-even against an API: the traffic multiplier k (the scenario's traffic k times
//! over) at which the API's monthly cost first reaches the GPU deployment's at that same
//! traffic. The API cost is linear in k; the GPU cost is a step function of the instances
//! k needs (times the billed hours, themselves linear in k under scale-to-zero until they
//! reach 730), plus a fixed monthly amount (staff, say).
//!
//! This is the *first* crossing. Because the GPU cost steps up with each instance, the API
//! can be cheaper again just past a step (and under scale-to-zero, where each instance
//! adds to the slope, for good); `engine::analysis::break_even` lists every crossing of
//! two cost curves when that matters.

use super::error::{at_least, SizingError};
use super::{Billing, Sizing};
use crate::model::money::HOURS_PER_MONTH;

/// The largest traffic multiplier searched: 10⁴ × the scenario's traffic. Beyond it the
/// answer is "they do not cross" (`None`).
pub const BREAK_EVEN_MAX_MULTIPLIER: f64 = 1e4;

/// Most instance counts scanned one by one while scale-to-zero hours still grow with the
/// traffic (past them, `None`); the always-billed part is solved in closed form.
pub const MAX_SCANNED_STEPS: u64 = 1_000_000;

/// An API's price per million tokens, in the same currency as the instance's hourly price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ApiPrice {
    pub input_per_mtok: f64,
    pub output_per_mtok: f64,
}

/// Where the API first costs as much as the GPUs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BreakEven {
    /// Traffic multiplier k (1 = the scenario's traffic). 0 when the GPUs are never dearer
    /// (scale-to-zero with no fixed cost and a lower cost per traffic hour).
    pub multiplier: f64,
    pub monthly_input_mtokens: f64,
    pub monthly_output_mtokens: f64,
    pub api_monthly: f64,
    /// Instances × hourly × billed hours + the fixed monthly amount.
    pub gpu_monthly: f64,
    pub instances: u64,
    /// Load ÷ replicas deployed at that traffic: a crossing at 3 % utilisation is not the
    /// same answer as one at 80 %.
    pub utilisation: f64,
}

/// GPU cost on one stretch of k: `alpha + beta × k`, on `[from, to]`.
#[derive(Clone, Copy, Debug)]
struct Piece {
    from: f64,
    to: f64,
    alpha: f64,
    beta: f64,
}

/// The smallest k on `p` at which `api × k ≥ alpha + beta × k`.
fn first_on(p: Piece, api: f64) -> Option<f64> {
    if p.from > p.to {
        return None;
    }
    // At k = 0 both may be 0 (scale-to-zero, nothing fixed): that only counts as reaching
    // the GPUs when the API also rises at least as fast.
    let at_zero = p.from <= 0.0 && api < p.beta;
    if api * p.from >= p.alpha + p.beta * p.from && !at_zero {
        return Some(p.from);
    }
    if api <= p.beta {
        return None;
    }
    let k = p.alpha / (api - p.beta);
    (k <= p.to * (1.0 + 1e-12)).then_some(k.max(p.from))
}

/// The break-even of sizing `s` against `api`, with `fixed_monthly` added to the GPU side.
/// `Ok(None)` when the API never reaches the GPU cost for k ≤
/// [`BREAK_EVEN_MAX_MULTIPLIER`]; `MissingFigure` when the hourly price is unknown.
pub fn break_even(
    s: &Sizing,
    api: ApiPrice,
    fixed_monthly: f64,
) -> Result<Option<BreakEven>, SizingError> {
    let hourly = s
        .hourly
        .ok_or_else(|| SizingError::missing("instance", "hourly"))?;
    at_least("input_per_mtok", api.input_per_mtok, 0.0)?;
    at_least("output_per_mtok", api.output_per_mtok, 0.0)?;
    let fixed = at_least("fixed_monthly", fixed_monthly, 0.0)?;
    let d = s.demand;
    // API cost a month at k = 1.
    let a = d.monthly_input_mtokens * api.input_per_mtok
        + d.monthly_output_mtokens * api.output_per_mtok;
    if a <= 0.0 {
        return Ok(None);
    }
    let rpi = s.deployment.replicas_per_instance as f64;
    // The k one instance covers: m instances hold m × rpi replicas, enough while
    // k × load ÷ headroom ≤ m × rpi.
    let per_instance = if s.deployment.load > 0.0 {
        rpi * s.headroom / s.deployment.load
    } else {
        f64::INFINITY
    };
    let search = Search {
        s,
        a,
        hourly,
        fixed,
        per_instance,
    };
    Ok(search.run().map(|(k, m)| search.point(k, m)))
}

struct Search<'s> {
    s: &'s Sizing,
    a: f64,
    hourly: f64,
    fixed: f64,
    per_instance: f64,
}

impl Search<'_> {
    /// k at which scale-to-zero hours reach 730 (0 for the other billings: always flat).
    fn full_hours_at(&self) -> f64 {
        let t = self.s.demand.traffic_hours_per_month;
        match self.s.billing {
            Billing::ScaleToZero if t > 0.0 => HOURS_PER_MONTH / t,
            Billing::ScaleToZero => f64::INFINITY,
            Billing::AlwaysOn | Billing::ActiveHours(_) => 0.0,
        }
    }

    /// Billed hours once they no longer grow with k.
    fn flat_hours(&self) -> f64 {
        match self.s.billing {
            Billing::ScaleToZero => HOURS_PER_MONTH,
            b => b.billed_hours(&self.s.demand),
        }
    }

    /// The smallest k that needs `m` instances (0 for the first; never 0 × ∞ when the peak
    /// has no load and one instance covers every k).
    fn start(&self, m: u64) -> f64 {
        if m <= 1 {
            0.0
        } else {
            (m - 1) as f64 * self.per_instance
        }
    }

    /// The first crossing within the k covered by exactly `m` instances.
    fn in_segment(&self, m: u64) -> Option<f64> {
        let mf = m as f64;
        let from = self.start(m);
        let to = (mf * self.per_instance).min(BREAK_EVEN_MAX_MULTIPLIER);
        let full_at = self.full_hours_at();
        let per_hour = mf * self.hourly;
        let growing = Piece {
            from,
            to: to.min(full_at),
            alpha: self.fixed,
            beta: per_hour * self.s.demand.traffic_hours_per_month,
        };
        let flat = Piece {
            from: from.max(full_at),
            to,
            alpha: per_hour * self.flat_hours() + self.fixed,
            beta: 0.0,
        };
        let grows = from < full_at;
        grows
            .then(|| first_on(growing, self.a))
            .flatten()
            .or_else(|| first_on(flat, self.a))
    }

    /// (k, instances) of the first crossing.
    fn run(&self) -> Option<(f64, u64)> {
        let full_at = self.full_hours_at();
        let mut m: u64 = 1;
        // Scan while the billed hours still grow with k; stop once a further instance can
        // no longer cross there (the GPU slope m × hourly × traffic hours ≥ the API's).
        while self.start(m) < full_at.min(BREAK_EVEN_MAX_MULTIPLIER) {
            if let Some(k) = self.in_segment(m) {
                return Some((k, m));
            }
            if m >= MAX_SCANNED_STEPS {
                return None;
            }
            let slope = m as f64 * self.hourly * self.s.demand.traffic_hours_per_month;
            if slope >= self.a {
                break;
            }
            m += 1;
        }
        // The segment where the hours stop growing (every segment before it grows only).
        if full_at.is_finite() && self.per_instance.is_finite() {
            m = m.max(((full_at / self.per_instance).ceil() as u64).max(1));
        }
        if let Some(k) = self.in_segment(m) {
            return Some((k, m));
        }
        if !self.per_instance.is_finite() {
            return None;
        }
        // From here the hours are flat: in segment m the API reaches the GPUs by its end
        // when a × m × per_instance ≥ m × hourly × hours + fixed, i.e.
        // m ≥ fixed ÷ (a × per_instance − hourly × hours).
        let margin = self.a * self.per_instance - self.hourly * self.flat_hours();
        if margin <= 0.0 {
            return None;
        }
        let need = (self.fixed / margin).ceil().max(m as f64 + 1.0);
        if (need - 1.0) * self.per_instance > BREAK_EVEN_MAX_MULTIPLIER {
            return None;
        }
        let need = need as u64;
        // The closed form can be one off from float rounding: try it and the next.
        (need..need + 2).find_map(|m| self.in_segment(m).map(|k| (k, m)))
    }

    fn point(&self, k: f64, m: u64) -> BreakEven {
        let d = self.s.demand.scaled(k);
        let hours = self.s.billing.billed_hours(&d);
        let deployed = m as f64 * self.s.deployment.replicas_per_instance as f64;
        BreakEven {
            multiplier: k,
            monthly_input_mtokens: d.monthly_input_mtokens,
            monthly_output_mtokens: d.monthly_output_mtokens,
            api_monthly: self.a * k,
            gpu_monthly: m as f64 * self.hourly * hours + self.fixed,
            instances: m,
            utilisation: self.s.deployment.load * k / deployed,
        }
    }
}
