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
    let mut out = Vec::new();
    let mut last_sign = 0.0_f64;
    // where the difference became zero, if it still is
    let mut zero_from: Option<f64> = None;
    let mut prev_end: Option<f64> = None;
    let sign = |ya: f64, yb: f64| {
        let d = ya - yb;
        if d.abs() <= tolerance(ya.abs().max(yb.abs())) {
            0.0
        } else {
            d.signum()
        }
    };
    let cheaper = |s: f64| {
        if s < 0.0 {
            a.plan.clone()
        } else {
            b.plan.clone()
        }
    };
    for w in xs.windows(2) {
        let (u0, u1) = (w[0], w[1]);
        if u1 <= u0 {
            continue;
        }
        let (a0, b0) = (a.right_of(u0), b.right_of(u0));
        let (a1, b1) = (a.at(u1), b.at(u1));
        let (s0, s1) = (sign(a0, b0), sign(a1, b1));
        let jumped = prev_end.is_some_and(|d: f64| (d - (a0 - b0)).abs() > tolerance(a0.max(b0)));
        // the start of the stretch
        if s0 == 0.0 {
            zero_from.get_or_insert(u0);
        } else {
            if last_sign != 0.0 && s0 != last_sign {
                let kind = if zero_from.is_none() && jumped {
                    CrossKind::Step
                } else {
                    CrossKind::Linear
                };
                let x = zero_from.unwrap_or(u0);
                out.push(BreakEven {
                    x,
                    kind,
                    cheaper_above: cheaper(s0),
                    a_usd: a.right_of(x),
                    b_usd: b.right_of(x),
                });
            }
            last_sign = s0;
            zero_from = None;
        }
        // inside the stretch
        if s0 != 0.0 && s1 != 0.0 && s0 != s1 {
            let (d0, d1) = (a0 - b0, a1 - b1);
            let x = u0 + (u1 - u0) * d0 / (d0 - d1);
            let cost = a0 + (a1 - a0) * (x - u0) / (u1 - u0);
            out.push(BreakEven {
                x,
                kind: CrossKind::Linear,
                cheaper_above: cheaper(s1),
                a_usd: cost,
                b_usd: cost,
            });
            last_sign = s1;
        }
        // the end of the stretch
        if s1 == 0.0 {
            zero_from.get_or_insert(u1);
        } else if last_sign != 0.0 && s1 != last_sign {
            let x = zero_from.unwrap_or(u1);
            out.push(BreakEven {
                x,
                kind: CrossKind::Linear,
                cheaper_above: cheaper(s1),
                a_usd: a.at(x),
                b_usd: b.at(x),
            });
            last_sign = s1;
            zero_from = None;
        } else {
            last_sign = s1;
            zero_from = None;
        }
        prev_end = Some(a1 - b1);
    }
    out
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
