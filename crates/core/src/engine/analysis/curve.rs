//! A plan's monthly cost along an axis as exact straight pieces: where it steps, and where a
//! free quota bends it.

use super::{mid_usd, Axis};
use crate::engine::estimate::estimate;
use crate::engine::sizing::line;
use crate::model::catalog::plan::Plan;
use crate::model::catalog::quantity::{Driver, Quantity};
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::PlanId;

/// Upper bound on the pieces of one cost curve (a guard; real plans need a few dozen).
const MAX_PIECES: usize = 4096;
/// Depth of the search for kinks (free quotas) inside a piece.
const MAX_DEPTH: u32 = 48;

/// A straight piece of a cost curve: linear on `(x0, x1]`; `y0` is the limit just right of
/// `x0` (a step up or down sits exactly at a piece boundary).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Piece {
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
}

impl Piece {
    pub fn at(&self, x: f64) -> f64 {
        if self.x1 <= self.x0 {
            return self.y1;
        }
        self.y0 + (self.y1 - self.y0) * (x - self.x0) / (self.x1 - self.x0)
    }

    pub fn slope(&self) -> f64 {
        if self.x1 <= self.x0 {
            0.0
        } else {
            (self.y1 - self.y0) / (self.x1 - self.x0)
        }
    }
}

/// A plan's monthly cost (USD, midpoint) along an axis, as exact straight pieces.
#[derive(Clone, Debug, PartialEq)]
pub struct CostCurve {
    pub plan: PlanId,
    pub pieces: Vec<Piece>,
    /// At the scenario's own value an unknown price makes the total "at least".
    pub lower_bound: bool,
}

impl CostCurve {
    /// The value just right of `x` (on the piece that starts at or before `x`).
    pub fn right_of(&self, x: f64) -> f64 {
        let i = self.pieces.partition_point(|p| p.x1 <= x);
        self.pieces
            .get(i)
            .or(self.pieces.last())
            .map_or(0.0, |p| p.at(x))
    }

    /// The value at `x` (on the piece that ends at or after `x`).
    pub fn at(&self, x: f64) -> f64 {
        let i = self.pieces.partition_point(|p| p.x1 < x);
        self.pieces
            .get(i)
            .or(self.pieces.last())
            .map_or(0.0, |p| p.at(x))
    }
}

/// Where a plan's cost can jump along the axis: the users at which one more instance is needed
/// (`⌈peak ÷ capacity⌉` grows), or at which the peak itself steps, for lines priced per peak user.
pub fn steps(
    plan: &Plan,
    s: &Scenario,
    catalog: &Catalog,
    axis: Axis,
    lo: f64,
    hi: f64,
) -> Vec<f64> {
    if axis != Axis::Users || s.users <= 0.0 || s.peak_concurrency <= 0.0 {
        return Vec::new();
    }
    // users per unit of peak: the peak is ⌈peak₀ × x ÷ users₀⌉
    let per_peak = s.users / s.peak_concurrency;
    let mut out = Vec::new();
    for l in &plan.lines {
        // a sized line steps like `instances` with the model's capacity (min 1); none when
        // the model cannot size it at this scenario (the seed's capacity is then priced)
        let sized = match (&l.quantity, line::of_quantity(&l.quantity, s, catalog)) {
            (q, _) if q.prices_seed_count() => None,
            (_, Some(Ok(z))) if s.gpus_from_model => Some(z.conversations_per_instance),
            (Quantity::Sized { seed_capacity, .. }, _) => *seed_capacity,
            _ => None,
        };
        let instances = match l.quantity {
            Quantity::Instances { capacity, min, .. } => Some((capacity, min)),
            _ => sized.map(|c| (c, 1.0)),
        };
        if let Some((capacity, min)) = instances.filter(|(c, _)| c.is_finite() && *c > 0.0) {
            // units = max(min, ⌈peak ÷ capacity⌉) goes from m to m + 1 when the peak passes
            // ⌊m × capacity⌋
            let mut m = min.max(1.0);
            loop {
                let x = (m * capacity).floor() * per_peak;
                if x >= hi || out.len() >= MAX_PIECES {
                    break;
                }
                if x > lo {
                    out.push(x);
                }
                m += 1.0;
            }
            continue;
        }
        if let Quantity::PerDriver {
            driver: Driver::PeakConcurrency,
            ..
        } = l.quantity
        {
            let mut p = 1.0;
            loop {
                let x = p * per_peak;
                if x >= hi || out.len() >= MAX_PIECES {
                    break;
                }
                if x > lo {
                    out.push(x);
                }
                p += 1.0;
            }
        }
    }
    out.sort_by(f64::total_cmp);
    out.dedup();
    out
}

/// The plan's cost curve on `[lo, hi]`: split at its steps, and inside each stretch wherever
/// the cost is not a straight line (a free quota running out).
pub fn cost_curve(
    plan: &Plan,
    s: &Scenario,
    catalog: &Catalog,
    axis: Axis,
    (lo, hi): (f64, f64),
) -> CostCurve {
    let f = |x: f64| mid_usd(&estimate(plan, &axis.at(s, x), catalog));
    let mut cuts = vec![lo];
    cuts.extend(steps(plan, s, catalog, axis, lo, hi));
    cuts.push(hi);
    let mut pieces = Vec::new();
    for w in cuts.windows(2) {
        let mut stretch = Vec::new();
        fit(&f, w[0], w[1], MAX_DEPTH, &mut stretch);
        pieces.extend(tidy(stretch));
    }
    CostCurve {
        plan: plan.id.clone(),
        pieces,
        lower_bound: estimate(plan, s, catalog).is_lower_bound(),
    }
}

/// Cost differences below this are rounding (e.g. a fraction of a request), not a kink.
pub(super) fn tolerance(y: f64) -> f64 {
    1e-5 + 1e-7 * y.abs()
}

/// Fits `f` on `(a, b]` with straight pieces. The line through points just inside both ends
/// is checked at 30 %, 50 % and 70 %; where it misses, the stretch is halved.
fn fit(f: &dyn Fn(f64) -> f64, a: f64, b: f64, depth: u32, out: &mut Vec<Piece>) {
    let w = b - a;
    if w <= 0.0 {
        return;
    }
    let e = w * 1e-7;
    let (xa, xb) = (a + e, b - e);
    let (ya, yb) = (f(xa), f(xb));
    let slope = (yb - ya) / (xb - xa);
    let line = |x: f64| ya + slope * (x - xa);
    let tol = tolerance(ya.abs().max(yb.abs()));
    let straight = [0.3, 0.5, 0.7].iter().all(|t| {
        let x = a + t * w;
        (f(x) - line(x)).abs() <= tol
    });
    if straight || depth == 0 || out.len() >= MAX_PIECES || w < 1e-9 * (1.0 + b.abs()) {
        out.push(Piece {
            x0: a,
            x1: b,
            y0: line(a),
            y1: line(b),
        });
        return;
    }
    let m = a + w / 2.0;
    fit(f, a, m, depth - 1, out);
    fit(f, m, b, depth - 1, out);
}

/// Merges neighbouring pieces that lie on one line, then replaces the short pieces the
/// search leaves around a kink with the exact corner: where the lines on either side meet.
fn tidy(pieces: Vec<Piece>) -> Vec<Piece> {
    let line_at = |p: &Piece, x: f64| p.y0 + p.slope() * (x - p.x0);
    let mut merged: Vec<Piece> = Vec::with_capacity(pieces.len());
    for p in pieces {
        if let Some(q) = merged.last_mut() {
            let (sq, sp) = (q.slope(), p.slope());
            let same_slope = (sq - sp).abs() <= 1e-9 * (1.0 + sq.abs().max(sp.abs()));
            let joined = (line_at(q, p.x0) - p.y0).abs() <= tolerance(p.y0);
            if same_slope && joined {
                q.y1 = line_at(q, p.x1);
                q.x1 = p.x1;
                continue;
            }
        }
        merged.push(p);
    }
    let mut out: Vec<Piece> = Vec::with_capacity(merged.len());
    let mut i = 0;
    while i < merged.len() {
        let left = merged[i];
        // a run of up to 3 short pieces, then a piece whose line meets `left`'s inside the run
        let mut spliced = false;
        for j in (i + 2)..merged.len().min(i + 5) {
            let right = merged[j];
            let (m1, m2) = (left.slope(), right.slope());
            if (m1 - m2).abs() <= 1e-12 {
                break;
            }
            // left.y1 + m1 (x − left.x1) = right.y0 + m2 (x − right.x0)
            let x = (right.y0 - m2 * right.x0 - left.y1 + m1 * left.x1) / (m1 - m2);
            let (r0, r1) = (merged[i + 1].x0, merged[j - 1].x1);
            let run_short = r1 - r0 <= 1e-3 * (1.0 + r1.abs());
            if !(run_short && x >= r0 && x <= r1) {
                continue;
            }
            let corner = left.y1 + m1 * (x - left.x1);
            out.push(Piece {
                x1: x,
                y1: corner,
                ..left
            });
            merged[j] = Piece {
                x0: x,
                y0: corner,
                ..right
            };
            i = j;
            spliced = true;
            break;
        }
        if !spliced {
            out.push(left);
            i += 1;
        }
    }
    out
}
