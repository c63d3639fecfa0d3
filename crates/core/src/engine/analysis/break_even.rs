//! Break-even points: where the cheaper of two plans changes along a driver.

use super::curve::tolerance;
use super::{cost_curve, Axis, CostCurve};
use crate::model::catalog::plan::Plan;
use crate::model::catalog::Catalog;
use crate::model::scenario::Scenario;
use crate::model::vocab::PlanId;

/// How the cost order changes at a break-even point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrossKind {
    /// The two costs are equal at `x` and cross there.
    Linear,
    /// One cost jumps at `x` (one more instance) past the other.
    Step,
}

/// A driver value at which the cheaper of two plans changes.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEven {
    pub x: f64,
    pub kind: CrossKind,
    /// The plan that is cheaper just above `x`.
    pub cheaper_above: PlanId,
    /// Each plan's monthly cost just above `x` (USD, midpoint).
    pub a_usd: f64,
    pub b_usd: f64,
}

/// Every point where the cheaper of `a` and `b` changes, in increasing `x`. Ties (equal costs
/// over a stretch) are not a change.
pub fn break_even(a: &CostCurve, b: &CostCurve) -> Vec<BreakEven> {
    let mut xs: Vec<f64> = a
        .pieces
        .iter()
        .chain(&b.pieces)
        .flat_map(|p| [p.x0, p.x1])
        .collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup();
    let mut scan = Scan {
        a,
        b,
        out: Vec::new(),
        last_sign: 0.0,
        zero_from: None,
        prev_end: None,
    };
    for w in xs.windows(2) {
        if w[1] <= w[0] {
            continue;
        }
        scan.stretch(w[0], w[1]);
    }
    scan.out
}

/// The walk along the joint piece boundaries, one stretch (both curves linear) at a time.
struct Scan<'c> {
    a: &'c CostCurve,
    b: &'c CostCurve,
    out: Vec<BreakEven>,
    /// The sign of `a − b` last seen away from a tie (0 before any).
    last_sign: f64,
    /// Where the difference became zero, if it still is.
    zero_from: Option<f64>,
    /// `a − b` at the end of the previous stretch.
    prev_end: Option<f64>,
}

impl Scan<'_> {
    /// The sign of `ya − yb`, 0 within the tolerance.
    fn sign(ya: f64, yb: f64) -> f64 {
        let d = ya - yb;
        if d.abs() <= tolerance(ya.abs().max(yb.abs())) {
            0.0
        } else {
            d.signum()
        }
    }

    /// The plan cheaper where `a − b` has sign `s`.
    fn cheaper(&self, s: f64) -> PlanId {
        if s < 0.0 {
            self.a.plan.clone()
        } else {
            self.b.plan.clone()
        }
    }

    /// The stretch `(u0, u1]`: its start, inside, and its end.
    fn stretch(&mut self, u0: f64, u1: f64) {
        let (a, b) = (self.a, self.b);
        let (a0, b0) = (a.right_of(u0), b.right_of(u0));
        let (a1, b1) = (a.at(u1), b.at(u1));
        let (s0, s1) = (Self::sign(a0, b0), Self::sign(a1, b1));
        let jumped = self
            .prev_end
            .is_some_and(|d: f64| (d - (a0 - b0)).abs() > tolerance(a0.max(b0)));
        self.start(u0, s0, jumped);
        // inside the stretch
        if s0 != 0.0 && s1 != 0.0 && s0 != s1 {
            let (d0, d1) = (a0 - b0, a1 - b1);
            let x = u0 + (u1 - u0) * d0 / (d0 - d1);
            let cost = a0 + (a1 - a0) * (x - u0) / (u1 - u0);
            self.out.push(BreakEven {
                x,
                kind: CrossKind::Linear,
                cheaper_above: self.cheaper(s1),
                a_usd: cost,
                b_usd: cost,
            });
            self.last_sign = s1;
        }
        self.end(u1, s1);
        self.prev_end = Some(a1 - b1);
    }

    /// The start of a stretch: a change there is a step (a jump past the other cost) unless the
    /// costs were tied just before.
    fn start(&mut self, u0: f64, s0: f64, jumped: bool) {
        if s0 == 0.0 {
            self.zero_from.get_or_insert(u0);
            return;
        }
        if self.last_sign != 0.0 && s0 != self.last_sign {
            let kind = if self.zero_from.is_none() && jumped {
                CrossKind::Step
            } else {
                CrossKind::Linear
            };
            let x = self.zero_from.unwrap_or(u0);
            self.out.push(BreakEven {
                x,
                kind,
                cheaper_above: self.cheaper(s0),
                a_usd: self.a.right_of(x),
                b_usd: self.b.right_of(x),
            });
        }
        self.last_sign = s0;
        self.zero_from = None;
    }

    /// The end of a stretch.
    fn end(&mut self, u1: f64, s1: f64) {
        if s1 == 0.0 {
            self.zero_from.get_or_insert(u1);
            return;
        }
        if self.last_sign != 0.0 && s1 != self.last_sign {
            let x = self.zero_from.unwrap_or(u1);
            self.out.push(BreakEven {
                x,
                kind: CrossKind::Linear,
                cheaper_above: self.cheaper(s1),
                a_usd: self.a.at(x),
                b_usd: self.b.at(x),
            });
        }
        self.last_sign = s1;
        self.zero_from = None;
    }
}

/// Break-even points of two plans along `axis`, over [`Axis::span`].
pub fn break_even_plans(
    a: &Plan,
    b: &Plan,
    s: &Scenario,
    catalog: &Catalog,
    axis: Axis,
) -> Vec<BreakEven> {
    let span = axis.span(s);
    break_even(
        &cost_curve(a, s, catalog, axis, span),
        &cost_curve(b, s, catalog, axis, span),
    )
}
